"""Input paths -> the files to read, in a deterministic order, and an account of what could not be read.

Files named on the command line are taken whatever their name; folders are walked recursively in sorted order for
names matching a glob. The walk opens no file: FIFOs and devices are reported, never read (a FIFO would block
the walk forever), symlink loops are reported, and a folder reached twice (through a symlink) is walked once.
A folder that cannot be entered is reported. Paths longer than the system allows one call (PATH_MAX: deep wget
mirrors) are reached one folder at a time, relative to an opened folder, so they are walked and read like others.
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
from .decode import DecodeError, MAX_DOCUMENT_BYTES, SNIFF_BYTES, sniff
from ..shards import is_temp_name

__all__ = ["Skipped", "Streamed", "display_name", "iter_files", "read_bytes"]


def display_name(path: str | bytes | os.PathLike) -> str:
    """A path as valid UTF-8 text, for records and messages. A name the file system holds in another encoding (a
    cp1251 name out of a Windows zip) shows each byte that is not UTF-8 as `\\xNN`: Python keeps such bytes as lone
    surrogates, which no UTF-8 output can hold."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


@dataclass
class Skipped:
    """A path that gives no document, and why: "not found" (a dangling symlink), "not a regular file" (FIFO,
    device, socket), "symlink loop", "unreadable", "already read" (the same file or folder reached twice).
    `path` is for messages, as display_name gives it."""

    path: str
    reason: str

    def __post_init__(self) -> None:
        self.path = display_name(self.path)


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
        if not _lexists(path):
            raise UsageError(f"no such file or folder: {display_name(path)}")
    return _walk(paths, glob.lower())


def reads(paths: Sequence[str], glob: str, output: str) -> bool:
    """Whether `output` is a file that a walk of `paths` reads: one of them, or a name the glob takes in one of
    their folders (an -o that would replace a scraped article with the records made of it)."""
    target = os.path.realpath(output)
    if not os.path.isfile(target):
        return False
    for path in paths:
        given = os.path.realpath(path)
        if given == target:
            return True
        inside = os.path.isdir(given) and target.startswith(given.rstrip(os.sep) + os.sep)
        if inside and fnmatchcase(os.path.basename(target).lower(), glob.lower()):
            return True
    return False


def _path_like(line: str) -> bool:
    """Whether a line is written as a path: folders, or a name with an extension."""
    extension = os.path.splitext(line.strip())[1][1:]
    return os.sep in line or (0 < len(extension) <= PATH_EXTENSION_MAX_CHARS and extension.isalnum())


def _lexists(path: str) -> bool:
    try:
        _at(os.lstat, path)
    except OSError:
        return False
    return True


def _walk(paths: Sequence[str], glob: str) -> Iterator[Path | Skipped]:
    seen: set[int] = set()
    for path in paths:
        try:
            info = _at(os.stat, path)
        except OSError as exc:
            yield Skipped(path, _reason(exc))
            continue
        if stat.S_ISDIR(info.st_mode):
            yield from _walk_folder(path, info, glob, seen)
        elif stat.S_ISFIFO(info.st_mode) or stat.S_ISCHR(info.st_mode):
            yield _stream(path)
        else:
            yield _file(path, info, seen)


@dataclass
class Streamed:
    """A FIFO or a character device named on the command line (`/dev/stdin`, `<(zcat day.txt.gz)`), read by the
    walk itself, once: a stream cannot be opened again by a worker. Folders' FIFOs and devices are never read."""

    path: str
    data: bytes


def _stream(path: str) -> Streamed | Skipped:
    try:
        with open(path, "rb") as stream:
            data = stream.read(MAX_DOCUMENT_BYTES + 1)  # /dev/zero ends here
    except OSError as exc:
        return Skipped(path, _reason(exc))
    if len(data) > MAX_DOCUMENT_BYTES:
        return Skipped(path, "too large")
    return Streamed(path, data)


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
            names = sorted(_at(_names, folder), reverse=True)
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
            entry_info = _at(os.stat, path)  # follows symlinks; never opens the file
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EPERM) and not _at(os.access, folder, os.X_OK):
                # a folder that lists its names but cannot be entered (mode 0600): no name in it can be looked at
                names.clear()
                yield Skipped(folder, "unreadable (cannot enter the folder)")
            # A looping link may stand for a folder, so it is always reported; other failures when the name matches.
            elif _reason(exc) == "symlink loop" or fnmatchcase(name.lower(), glob):
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
    after the walk cannot hang the run; raises OSError (EINVAL for a file that is not regular).

    Memory stays bounded whatever the folder holds: the first bytes are looked at before the rest is read, so an
    archive or an image is refused (DecodeError "binary") from them, and a file past MAX_DOCUMENT_BYTES is refused
    (DecodeError "too large") unread."""
    fd = _at(os.open, path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise OSError(errno.EINVAL, "not a regular file", str(path))
        with os.fdopen(fd, "rb", closefd=False) as stream:
            head = stream.read(SNIFF_BYTES)
            sniff(head)
            if info.st_size > MAX_DOCUMENT_BYTES:
                raise DecodeError(
                    "too large", f"{info.st_size / 1e6:.0f} MB, past the bound of {MAX_DOCUMENT_BYTES >> 20} MiB for one document"
                )
            if len(head) < SNIFF_BYTES:
                return head
            stream.seek(0)  # one read of the whole file rather than head + rest: one copy in memory, not two
            return stream.read()
    finally:
        os.close(fd)


TEXT_WORDS = 4  # words in a missing "path" that make it a line of text: file names seldom have so many
PATH_EXTENSION_MAX_CHARS = 5  # ".txt", ".jsonl": a name's extension is short


def paths_from(stream) -> Iterator[str]:
    """Paths listed on a text stream, one per line (`find ... | kzhealth ingest -`), or NUL-separated (`-print0`)."""
    if stream is None:
        raise UsageError("ingest -: stdin is closed; give paths as arguments")
    data = stream.buffer.read()
    separator = b"\0" if b"\0" in data else b"\n"
    paths = [os.fsdecode(raw.rstrip(b"\r") if separator == b"\n" else raw) for raw in data.split(separator)]
    paths = [path for path in paths if path.strip()]
    # An article piped in (`cat article.txt | kzhealth ingest -`) gives lines of several words that name nothing
    # (not a path of folders or with an extension, spaces and all: "Health News 2025/Almaty clinic closes.txt")
    text = next(
        (path for path in paths if len(path.split()) >= TEXT_WORDS and not _path_like(path) and not _lexists(path)), None
    )
    if text is not None:
        shown = display_name(text.strip())
        shown = shown if len(shown) <= 60 else shown[:60] + "…"
        raise UsageError(
            f"no such file or folder: {shown} (this looks like an article's text: ingest - reads the "
            "paths of files from stdin, one a line, as find prints them; to ingest one article from stdin, "
            "give /dev/stdin)"
        )
    yield from paths


# --- Paths past PATH_MAX -------------------------------------------------------------------------------------------

# Folders are opened only to reach what is inside: O_PATH (Linux) needs no read permission on them, as a path does not.
_FOLDER_FLAGS = getattr(os, "O_PATH", os.O_RDONLY) | os.O_DIRECTORY | getattr(os, "O_CLOEXEC", 0)


def _at(call, path, *args):
    """`call(path, *args)`; for a path too long for one system call, `call(name, *args, dir_fd=folder)` with the
    folder holding it opened one component at a time. `call` is os.stat, os.open, os.access or _names."""
    try:
        return call(path, *args)
    except OSError as exc:
        if exc.errno != errno.ENAMETOOLONG:
            raise
    head, name = os.path.split(path)
    folder = os.open(os.sep if os.path.isabs(head) else os.curdir, _FOLDER_FLAGS)
    try:
        for part in head.split(os.sep):
            if part:
                inner = os.open(part, _FOLDER_FLAGS, dir_fd=folder)
                os.close(folder)
                folder = inner
        return call(name, *args, dir_fd=folder)
    finally:
        os.close(folder)


def _names(folder: str, dir_fd: int | None = None) -> list[str]:
    """The names in a folder; relative to `dir_fd` when given (scandir itself takes no dir_fd, but an opened folder)."""
    if dir_fd is None:
        with os.scandir(folder) as entries:
            return [entry.name for entry in entries]
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | getattr(os, "O_CLOEXEC", 0), dir_fd=dir_fd)
    try:
        with os.scandir(fd) as entries:
            return [entry.name for entry in entries]
    finally:
        os.close(fd)
