"""Streaming JSONL in and out: line-numbered errors on the way in (plain, compressed, shards or stdin), atomic
files on the way out."""

from __future__ import annotations

import errno
import os
import stat
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import orjson
from pydantic import BaseModel, ValidationError

from .errors import EnvironmentIOError, InputError, KzhealthError, UsageError
from .models import Record, record_dict
from .shards import shard_paths, temp_name
from .streams import compressing, compression_of, open_input


@dataclass(frozen=True)
class Line:
    """One raw input line and where it came from, for error messages (`corpus.jsonl:12`)."""

    where: str
    data: bytes


MAX_LINE = 256 << 20  # one JSONL line; ingest accepts 40 MB documents, and their records fit many times over


def iter_lines(sources: Sequence[str]) -> Iterator[Line]:
    """Non-blank lines of each source in turn: a file (plain, gzip or zstd), a folder of shards (in the order its
    manifest gives), or `-` (or no source at all) for stdin."""
    for source in sources or ["-"]:
        if source != "-" and os.path.isdir(source):
            for shard in shard_paths(source):
                yield from _lines_of(shard)
        else:
            yield from _lines_of(source)


def _lines_of(source: str) -> Iterator[Line]:
    if source == "-" and sys.stdin is None:
        raise EnvironmentIOError("cannot read stdin: it is closed")
    name = "stdin" if source == "-" else source
    with open_input(source) as stream:
        number = 0
        while data := stream.readline(MAX_LINE + 1):
            number += 1
            if len(data) > MAX_LINE:
                raise InputError(f"{name}:{number}: a line longer than {MAX_LINE >> 20} MiB; is this JSONL?")
            if data.strip():
                yield Line(f"{name}:{number}", data)


def parse_object(line: Line) -> dict:
    """The JSON object on a line, or an InputError naming the line and the problem."""
    try:
        value = orjson.loads(line.data)
    except orjson.JSONDecodeError as exc:
        raise InputError(f"{line.where}: not valid JSON ({exc.args[0].split(':')[0]})") from None
    if not isinstance(value, dict):
        raise InputError(f"{line.where}: expected a JSON object, got {type(value).__name__}")
    return value


def parse_record(line: Line) -> Record:
    """The record on a line, or an InputError naming the line and the first problem found.

    pydantic parses the JSON itself here: faster than parsing and then validating, and its string cache makes
    the many repeated lemmas of a record one object each rather than one per occurrence."""
    try:
        return Record.model_validate_json(line.data)
    except ValidationError as exc:
        error = exc.errors()[0]
        if error["type"] == "json_invalid":
            raise InputError(f"{line.where}: not valid JSON ({error['msg'].removeprefix('Invalid JSON: ')})") from None
        if error["type"] == "model_type":
            raise InputError(f"{line.where}: expected a JSON object") from None
        field = ".".join(str(part) for part in error["loc"]) or "record"
        raise InputError(f"{line.where}: not a kzhealth record ({field}: {error['msg']})") from None


def _json_default(value: object) -> object:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def dump(record: Record | dict) -> bytes:
    """One JSONL line (with its newline) for a record or a plain object. orjson writes the record's own fields
    directly (dates as YYYY-MM-DD), without first copying the record into a dict of dicts."""
    value = record_dict(record) if isinstance(record, Record) else record
    return orjson.dumps(value, default=_json_default, option=orjson.OPT_APPEND_NEWLINE)


Companion = tuple[Path, Callable[[os.stat_result], bytes]]


@contextmanager
def open_output(path: str | None, companion: Companion | None = None) -> Iterator[BinaryIO]:
    """Where a command writes, as `>` would: stdout; a regular file (new or replaced) written to a temporary
    sibling and renamed into place only when the run succeeds, keeping the mode of the file it replaces; or, for
    a FIFO, a device or /dev/stdout, the node itself, written through. Compressed when the name ends in .gz or
    .zst. A symlink is followed, so the link stays and its target is replaced.

    `companion` (a path, and a function of the finished file's stat giving bytes) is a small file that belongs
    with a regular file's output, such as the state of an incremental run: written beside it, renamed into place
    right after it, and never left behind by a failed run."""
    if path is None or path == "-":
        yield sys.stdout.buffer
        _flush(sys.stdout.buffer, "stdout")
        return
    try:
        info: os.stat_result | None = os.stat(path)  # follows symlinks, /dev/stdout's magic link included
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise _write_error(path, exc) from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise UsageError(f"cannot write {path}: it is a folder (end it with / to write shards into it)")
    kind = compression_of(path)
    if info is not None and not stat.S_ISREG(info.st_mode):
        if companion is not None:
            raise UsageError(f"cannot keep state beside {path}: it is not a regular file")
        try:
            with open(path, "wb") as raw, compressing(raw, kind) as stream:
                yield stream
        except OSError as exc:
            raise _write_error(path, exc) from None
        return
    yield from _atomic(path, Path(os.path.realpath(path)), info, kind, companion)


def _atomic(
    path: str, target: Path, info: os.stat_result | None, kind: str | None, companion: Companion | None
) -> Iterator[BinaryIO]:
    directory = target.parent
    if len(os.fsencode(target.name)) > 255:
        raise UsageError(f"cannot write {path}: the name is longer than 255 bytes")
    if not directory.is_dir():
        raise UsageError(f"cannot write {path}: no such folder {directory}")
    tmp, side = directory / temp_name(), directory / temp_name()
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600)
    except OSError as exc:
        raise _write_error(path, exc) from None
    try:
        with os.fdopen(fd, "wb") as raw:
            with compressing(raw, kind) as stream:
                yield stream
        # mkstemp-like 0600 while written; then the mode of the file replaced, or the one `>` would give
        os.chmod(tmp, stat.S_IMODE(info.st_mode) if info is not None else 0o666 & ~_umask())
        if companion is not None:
            side.write_bytes(companion[1](os.stat(tmp)))
        os.replace(tmp, target)
        if companion is not None:
            os.replace(side, companion[0])
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        side.unlink(missing_ok=True)
        raise _write_error(path, exc) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        side.unlink(missing_ok=True)
        raise


def _flush(stream: BinaryIO, name: str) -> None:
    try:
        stream.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise _write_error(name, exc) from None


def _write_error(name: str, exc: OSError) -> KzhealthError:
    """A bad name is the user's to fix (exit 2); a full disk or a failing device is the environment's (exit 74)."""
    message = f"cannot write {name}: {exc.strerror or exc}"
    if exc.errno in (errno.ENAMETOOLONG, errno.ENOENT, errno.ENOTDIR, errno.EISDIR, errno.EACCES, errno.EPERM, errno.EROFS):
        return UsageError(message)
    return EnvironmentIOError(message)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
