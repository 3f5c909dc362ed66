"""Streaming JSONL in and out: line-numbered errors on the way in, atomic files on the way out."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import orjson
from pydantic import BaseModel, ValidationError

from .errors import InputError, UsageError
from .models import Record, record_dict


@dataclass(frozen=True)
class Line:
    """One raw input line and where it came from, for error messages (`corpus.jsonl:12`)."""

    where: str
    data: bytes


def iter_lines(sources: Sequence[str]) -> Iterator[Line]:
    """Non-blank lines of each source in turn; `-` (or no source at all) is stdin."""
    for source in sources or ["-"]:
        name = "stdin" if source == "-" else source
        try:
            stream = sys.stdin.buffer if source == "-" else open(source, "rb")
        except OSError as exc:
            raise UsageError(f"cannot read {source}: {exc.strerror or exc}") from None
        try:
            for number, data in enumerate(stream, 1):
                if data.strip():
                    yield Line(f"{name}:{number}", data)
        finally:
            if stream is not sys.stdin.buffer:
                stream.close()


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


@contextmanager
def open_output(path: str | None) -> Iterator[BinaryIO]:
    """stdout, or a file written to a temporary sibling and renamed into place only when the run succeeds,
    so an interrupted run never leaves a truncated file behind."""
    if path is None or path == "-":
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise UsageError(f"cannot write {path}: no such directory {directory}")
    if target.is_dir():
        raise UsageError(f"cannot write {path}: it is a directory")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=directory)
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from None
    try:
        with os.fdopen(fd, "wb") as stream:
            yield stream
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the file the mode `>` would have
        os.replace(tmp, target)
    except OSError as exc:
        os.unlink(tmp)
        raise UsageError(f"cannot write {path}: {exc.strerror or exc}") from None
    except BaseException:
        os.unlink(tmp)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
