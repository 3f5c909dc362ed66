"""Input paths -> the files to read, in a deterministic order, and an account of what could not be read.

Files named on the command line are taken whatever their name; folders are walked recursively in sorted order for
names matching a glob. Nothing here opens a file: FIFOs and devices are reported, never read (a FIFO would block
the walk forever), symlink loops are reported, and a folder reached twice (through a symlink) is walked once.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path

from ..errors import UsageError
from ..shards import is_temp_name

__all__ = ["Skipped", "iter_files", "read_bytes"]


@dataclass
class Skipped:
    """A path that gives no document, and why: "not found" (a dangling symlink), "not a regular file" (FIFO,
    device, socket), "symlink loop", "unreadable", "already read" (the same file or folder reached twice)."""

    path: str
    reason: str


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symlink loop"
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return "not found"
    return "unreadable"


def iter_files(paths: Sequence[str], glob: str = "*.txt") -> Iterator[Path | Skipped]:
    """The regular files under `paths`, and a Skipped for each path that cannot give one.

    A path that does not exist at all raises UsageError at once, before anything is walked. Names inside folders
    are matched against `glob` ignoring case (`*.txt` takes `NOTE.TXT`, as Windows tools write it)."""
    for path in paths:
        if not os.path.lexists(path):
            raise UsageError(f"no such file or folder: {path}")
    return _walk(paths, glob.lower())


def _walk(paths: Sequence[str], glob: str) -> Iterator[Path | Skipped]:
    seen: set[int] = set()
    for path in paths:
        try:
            info = os.stat(path)
        except OSError as exc:
            yield Skipped(path, _reason(exc))
            continue
        if stat.S_ISDIR(info.st_mode):
            yield from _walk_folder(path, info, glob, seen)
        else:
            yield _file(path, info, seen)


def _identity(info: os.stat_result) -> int:
    """The file a path leads to, as one int (device and inode): a run remembers one per file read, so a file
    reached twice is read once, and at a million files a pair of ints would cost twice the memory."""
    return info.st_dev << 64 | info.st_ino


def _file(path: str, info: os.stat_result, seen: set[int]) -> Path | Skipped:
    if not stat.S_ISREG(info.st_mode):
        return Skipped(path, "not a regular file")
    key = _identity(info)
    if key in seen:
        return Skipped(path, "already read")
    seen.add(key)
    return Path(path)


def _walk_folder(
    top: str, info: os.stat_result, glob: str, seen: set[int]
) -> Iterator[Path | Skipped]:
    # An explicit stack of folders rather than recursion: folders may nest deeper than Python's stack. Each holds
    # its names only, sorted last first and popped as they are taken, so a folder of a million files costs its
    # names' memory, and less and less of it. `ancestors` are the folders on the way down, to tell a symlink loop
    # from a folder merely reached twice.
    seen.add(_identity(info))
    stack: list[tuple[str, list[str]]] = []
    ancestors: list[int] = []

    def enter(folder: str, key: int) -> Skipped | None:
        try:
            with os.scandir(folder) as entries:
                names = sorted((entry.name for entry in entries), reverse=True)
        except OSError as exc:
            return Skipped(folder, _reason(exc))
        stack.append((folder, names))
        ancestors.append(key)
        return None

    failure = enter(top, _identity(info))
    if failure:
        yield failure
    while stack:
        folder, names = stack[-1]
        if not names:
            stack.pop()
            ancestors.pop()
            continue
        name = names.pop()
        path = os.path.join(folder, name)
        try:
            entry_info = os.stat(path)  # follows symlinks; never opens the file
        except OSError as exc:
            # A looping link may stand for a folder, so it is always reported; other failures when the name matches.
            if _reason(exc) == "symlink loop" or fnmatchcase(name.lower(), glob):
                yield Skipped(path, _reason(exc))
            continue
        if stat.S_ISDIR(entry_info.st_mode):
            key = _identity(entry_info)
            if key in ancestors:
                yield Skipped(path, "symlink loop")
            elif key in seen:
                yield Skipped(path, "already read")
            else:
                seen.add(key)
                failure = enter(path, key)
                if failure:
                    yield failure
        elif fnmatchcase(name.lower(), glob) and not is_temp_name(name):  # not an -o of ours being written here
            yield _file(path, entry_info, seen)


def read_bytes(path: str | Path) -> bytes:
    """The bytes of a regular file. Opens without blocking and checks the opened file, so a path swapped for a FIFO
    after the walk cannot hang the run; raises OSError (EINVAL for a file that is not regular)."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file", str(path))
        with os.fdopen(fd, "rb", closefd=False) as stream:
            return stream.read()
    finally:
        os.close(fd)


def paths_from(stream) -> Iterator[str]:
    """Paths listed on a text stream, one per line (`find ... | kzhealth ingest -`), or NUL-separated (`-print0`)."""
    if stream is None:
        raise UsageError("ingest -: stdin is closed; give paths as arguments")
    data = stream.buffer.read()
    separator = b"\0" if b"\0" in data else b"\n"
    for raw in data.split(separator):
        raw = raw.rstrip(b"\r") if separator == b"\n" else raw
        if raw.strip():
            yield os.fsdecode(raw)
