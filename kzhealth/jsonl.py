"""Streaming JSONL in and out: line-numbered errors on the way in (plain, compressed, shards or stdin), atomic
files on the way out."""

from __future__ import annotations

import codecs
import errno
import json
import math
import os
import re
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from decimal import Decimal
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
    first: bool = False  # its input's first non-blank line


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
        number, first = 0, True
        while data := stream.readline(MAX_LINE + 1):
            number += 1
            if len(data) > MAX_LINE:
                raise InputError(f"{name}:{number}: a line longer than {MAX_LINE >> 20} MiB; is this JSONL?")
            if data.strip().removeprefix(_BOM):  # a line of a BOM alone (an empty Notepad file) is blank too
                yield Line(f"{name}:{number}", data, first)
                first = False


# A byte-order mark opens the files PowerShell and Notepad save as UTF-8; JSON has no place for it, so it goes.
_BOM = codecs.BOM_UTF8

# orjson rounds integers past 64 bits to floats, and refuses numbers past a double's range (1e400); pydantic turns
# the latter into inf and rounds long decimals. A line where such a number may stand is read the exact way, with
# the standard json module, which keeps every number as written. A number orjson reads as written has at most 16
# digits and dots in a row and at most two exponent digits, so the line is looked at as a string of classes (0 a
# digit or dot, e an e, + a sign): far faster than a regex search. Strings that look alike make the slow way,
# never the wrong one.
_NUMBER_CLASSES = bytearray(b" " * 256)
for _chars, _class in ((b"0123456789.", b"0"), (b"eE", b"e"), (b"+-", b"+")):
    for _char in _chars:
        _NUMBER_CLASSES[_char] = _class[0]
_NUMBER_CLASSES = bytes(_NUMBER_CLASSES)
_WIDE_NUMBER_SHAPES = (b"0" * 17, b"e000", b"e+000")
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


def _may_hold_wide_number(data: bytes) -> bool:
    classes = data.translate(_NUMBER_CLASSES)
    return any(shape in classes for shape in _WIDE_NUMBER_SHAPES)


# The deepest nesting orjson writes: a line nested deeper could be read and never written, so it is refused.
MAX_DEPTH = 254


def json_text(line: Line) -> bytes:
    """The JSON text of a line: without a byte-order mark (kept by PowerShell and Notepad). The line end, LF or
    CRLF, is whitespace to JSON and stays."""
    return line.data[len(_BOM) :] if line.data.startswith(_BOM) else line.data


def output_line(line: Line) -> bytes:
    """A line written back unchanged: without a byte-order mark, ending in LF (CRLF input gives LF output)."""
    data = json_text(line)
    if data.endswith(b"\r\n"):
        return data[:-2] + b"\n"
    return data if data.endswith(b"\n") else data + b"\n"


def parse_object(line: Line) -> dict:
    """The JSON object on a line, or an InputError naming the line and the problem. Numbers orjson cannot hold
    come back exact: ints past 64 bits as int, other numbers a float cannot hold as Decimal."""
    data = json_text(line)
    if _may_hold_wide_number(data):
        return _exact_object(line, data)
    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        raise _not_json(line, data, exc.args[0].split(":")[0]) from None
    return _checked_object(line.where, data, value)


def parse_record(line: Line) -> Record:
    """The record on a line, or an InputError naming the line and the first problem found.

    pydantic parses the JSON itself here: faster than parsing and then validating, and its string cache makes
    the many repeated lemmas of a record one object each rather than one per occurrence. pydantic keeps integers
    exactly, not every float: when fields other tools added hold a float, the line is read again the exact way
    (the record's own floats are kzhealth's, and need no more than a float)."""
    data = json_text(line)
    try:
        try:
            record = Record.model_validate_json(data)
        except ValidationError as exc:
            if exc.errors()[0]["type"] != "json_invalid" or not _may_hold_wide_number(data):
                raise
            return Record.model_validate(_exact_object(line, data))  # an int of thousands of digits
        if record.__pydantic_extra__ and _holds_float(record.__pydantic_extra__):
            record = Record.model_validate(_exact_object(line, data))
        return record
    except ValidationError as exc:
        error = exc.errors()[0]
        if error["type"] == "json_invalid":
            raise _not_json(line, data, error["msg"].removeprefix("Invalid JSON: ")) from None
        if error["type"] in ("model_type", "model_attributes_type"):
            raise InputError(f"{line.where}: expected a JSON object") from None
        field = ".".join(str(part) for part in error["loc"]) or "record"
        raise InputError(f"{line.where}: not a kzhealth record ({field}: {error['msg']})") from None


def _not_json(line: Line, data: bytes, problem: str) -> InputError:
    """The error for a line that is not JSON. When it is an input's first (non-blank) line and does not even open an
    object or an array, the input is most likely an article's raw text given to a command that reads records, and
    the error says so."""
    hint = ""
    if line.first and not data.lstrip().startswith((b"{", b"[")):  # (an array is JSON broken, not an article)
        hint = "; this looks like a raw article, not JSONL: kzhealth ingest makes records of those"
    return InputError(f"{line.where}: not valid JSON ({problem}){hint}")


def _holds_float(value: object) -> bool:
    items = [value]
    while items:
        item = items.pop()
        if isinstance(item, float):
            return True
        if isinstance(item, dict):
            items.extend(item.values())
        elif isinstance(item, list):
            items.extend(item)
    return False


def _exact_object(line: Line, data: bytes) -> dict:
    return _checked_object(line.where, data, _exact_json(line, data))


def _checked_object(where: str, data: bytes, value: object) -> dict:
    if not isinstance(value, dict):
        raise InputError(f"{where}: expected a JSON object, got {type(value).__name__}")
    _check_depth(where, data, value)
    return value


def _exact_json(line: Line, data: bytes) -> object:
    """`data` read by the standard json module, every number kept as written. Like orjson, it refuses NaN,
    Infinity and unpaired surrogates (which no UTF-8 output can hold)."""
    where = line.where
    try:
        value = json.loads(data, parse_int=_exact_int, parse_float=_exact_float, parse_constant=_no_constant)
        if _SURROGATE_ESCAPE.search(data):
            json.dumps(value, ensure_ascii=False, default=str).encode("utf-8")
    except RecursionError:
        raise InputError(f"{where}: nested deeper than {MAX_DEPTH} levels") from None
    except UnicodeError:
        raise _not_json(line, data, "a string holds an unpaired surrogate or invalid UTF-8") from None
    except ValueError as exc:
        raise _not_json(line, data, str(exc).split(":")[0]) from None
    return value


def _exact_int(literal: str) -> int | Decimal:
    try:
        return int(literal)
    except ValueError:  # past Python's limit on digits converted to int
        return Decimal(literal)


def _exact_float(literal: str) -> float | Decimal:
    number = float(literal)
    # the float holds the literal when its shortest spelling has the literal's value (0.1 does, 1e400 does not)
    if math.isfinite(number) and Decimal(repr(number)) == Decimal(literal):
        return number
    return Decimal(literal)


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is not JSON")


def _check_depth(where: str, data: bytes, value: object) -> None:
    """InputError when `value` nests deeper than MAX_DEPTH; looked at only when the line has enough brackets."""
    if data.count(b"[") + data.count(b"{") <= MAX_DEPTH:
        return
    level = [(value, 1)]
    while level:
        item, depth = level.pop()
        if depth > MAX_DEPTH:
            raise InputError(f"{where}: nested deeper than {MAX_DEPTH} levels")
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else ()
        level.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))


def _json_default(value: object) -> object:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, Decimal):  # a number parse_object kept exact: written as it was read
        return orjson.Fragment(str(value).encode())
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def _wide_ints_written(value: object) -> object:
    """`value` with every int orjson cannot write (past 64 bits) as its exact digits."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return value if -(1 << 63) <= value < 1 << 64 else orjson.Fragment(str(value).encode())
    if isinstance(value, BaseModel):
        value = value.model_dump(mode="json")
    if isinstance(value, dict):
        return {key: _wide_ints_written(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_wide_ints_written(item) for item in value]
    return value


def dump(record: Record | dict) -> bytes:
    """One JSONL line (with its newline) for a record or a plain object. orjson writes the record's own fields
    directly (dates as YYYY-MM-DD), without first copying the record into a dict of dicts."""
    value = record_dict(record) if isinstance(record, Record) else record
    try:
        return orjson.dumps(value, default=_json_default, option=orjson.OPT_APPEND_NEWLINE)
    except orjson.JSONEncodeError:
        # an int past 64 bits (pydantic reads them exactly; so does parse_object): the slow way, for this line only
        return orjson.dumps(_wide_ints_written(value), default=_json_default, option=orjson.OPT_APPEND_NEWLINE)


Companion = tuple[Path, Callable[[os.stat_result], bytes]]
OTHER_COMPRESSIONS = (".bz2", ".xz", ".lz4", ".lzma", ".zip", ".7z", ".br", ".tgz")


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
    if path.endswith(("/", os.sep)):
        raise UsageError(f"cannot write {path}: a folder of shards is for JSONL commands (ingest, tag, filter, langid)")
    if path.lower().endswith(OTHER_COMPRESSIONS):  # it would be plain JSONL under a compressed name
        raise UsageError(f"cannot write {path}: kzhealth compresses to .gz and .zst only (or give a plain name)")
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
    # The file is made inside the try that removes it: a signal's exception is raised as a call returns, so a Ctrl-C
    # that lands while it is being made (a scheduler's moment) must find the handler in place already.
    fd = None
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0), 0o600)
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
        if fd is not None:  # not the making itself, which made nothing (under a name that may be another's)
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


def _once_only(source: str) -> bool:
    """Whether a source can be read only once: stdin, a pipe, `<(...)`, /dev/stdin."""
    if source == "-":
        return True
    try:
        return not (stat.S_ISREG(os.stat(source).st_mode) or stat.S_ISDIR(os.stat(source).st_mode))
    except OSError:
        return False  # the reader names the problem


@contextmanager
def rereadable(sources: Sequence[str]) -> Iterator[Callable[[], Iterator[Line]]]:
    """A function that reads the sources' lines from the start each time it is called; stdin (`-`, or no source)
    and other streams are spooled to temporary files first, removed when the block ends, however it ends."""
    sources = list(sources) or ["-"]
    if not any(map(_once_only, sources)):
        yield lambda: iter_lines(sources)
        return
    with tempfile.TemporaryDirectory(prefix="kzhealth-stories-") as tmp:
        spools: dict[str, str] = {}  # spool path -> the name the user gave
        named = []
        for number, source in enumerate(sources):
            if not _once_only(source):
                named.append(source)
                continue
            spool = str(Path(tmp) / f"{number}.jsonl")
            with open_input(source) as stream, open(spool, "wb") as out:
                shutil.copyfileobj(stream, out, 1 << 20)
            spools[spool] = "stdin" if source == "-" else source
            named.append(spool)

        def lines() -> Iterator[Line]:
            for line in iter_lines(named):
                path, _, number = line.where.rpartition(":")
                yield Line(f"{spools[path]}:{number}", line.data) if path in spools else line

        yield lines
