"""One opener for every reader and one wrapper for every writer: plain, gzip or zstd, told by magic bytes on the
way in (a file, `-` or stdin, whatever its name) and by suffix on the way out.

Compressed output is the same bytes on every run: gzip without a file name or a time in its header, level 6
(level 9 costs about 2.5x the time for a file a few per cent smaller).
"""

from __future__ import annotations

import gzip
import io
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import BinaryIO

from .errors import InputError, UsageError

GZIP_MAGIC = b"\x1f\x8b"
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
GZIP_LEVEL = 6
ZSTD_LEVEL = 3  # zstd's own default: faster than gzip 6 and smaller


@contextmanager
def open_input(source: str) -> Iterator[BinaryIO]:
    """The decompressed bytes of a file, or of stdin for `-`. Raises UsageError when the file cannot be opened."""
    try:
        raw: BinaryIO = sys.stdin.buffer if source == "-" else open(source, "rb")
    except OSError as exc:
        raise UsageError(f"cannot read {source}: {exc.strerror or exc}") from None
    try:
        buffered = raw if hasattr(raw, "peek") else io.BufferedReader(raw)  # type: ignore[arg-type]
        yield decompressed(buffered, "stdin" if source == "-" else source)
    finally:
        if raw is not sys.stdin.buffer:
            raw.close()


def decompressed(stream: BinaryIO, name: str) -> BinaryIO:
    """`stream` itself, or a decompressing reader over it when it starts with gzip's or zstd's magic bytes."""
    head = stream.peek(4)[:4]  # type: ignore[attr-defined]
    if not head:  # at its end already: a terminal gives the end (Ctrl-D) once, and another read would wait for more
        return io.BytesIO()
    if head.startswith(GZIP_MAGIC):
        return _CheckedReader(gzip.GzipFile(fileobj=stream, mode="rb"), name, "gzip")
    if head.startswith(ZSTD_MAGIC):
        import zstandard

        reader = zstandard.ZstdDecompressor().stream_reader(stream, read_across_frames=True)
        return _CheckedReader(io.BufferedReader(reader), name, "zstd")
    return stream


class _CheckedReader(io.BufferedIOBase):
    """A decompressing reader whose corrupt or truncated input is an InputError naming the file, not a traceback."""

    def __init__(self, inner: BinaryIO, name: str, kind: str) -> None:
        self._inner, self._name, self._kind = inner, name, kind

    def _guard(self, call, *args):
        try:
            return call(*args)
        except (OSError, EOFError, gzip.BadGzipFile) as exc:
            raise InputError(f"{self._name}: damaged {self._kind} data ({exc})") from None
        except Exception as exc:  # zstandard.ZstdError, without importing zstandard for plain input
            if type(exc).__name__ == "ZstdError":
                raise InputError(f"{self._name}: damaged {self._kind} data ({exc})") from None
            raise

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        return self._guard(self._inner.read, size)

    def read1(self, size: int = -1) -> bytes:
        return self._guard(self._inner.read1, size)  # type: ignore[attr-defined]

    def readline(self, size: int | None = -1) -> bytes:
        return self._guard(self._inner.readline, size)

    def __iter__(self):
        return self

    def __next__(self) -> bytes:
        line = self.readline()
        if not line:
            raise StopIteration
        return line


def compression_of(name: str) -> str | None:
    """`gzip`, `zstd` or None, from an output name's suffix."""
    if name.endswith(".gz"):
        return "gzip"
    if name.endswith(".zst"):
        return "zstd"
    return None


@contextmanager
def compressing(stream: BinaryIO, kind: str | None) -> Iterator[BinaryIO]:
    """A writer that compresses into `stream` (which it leaves open), or `stream` itself when `kind` is None."""
    if kind is None:
        yield stream
        return
    if kind == "gzip":
        writer: BinaryIO = gzip.GzipFile(filename="", mode="wb", fileobj=stream, compresslevel=GZIP_LEVEL, mtime=0)
    elif kind == "zstd":
        import zstandard

        writer = zstandard.ZstdCompressor(level=ZSTD_LEVEL).stream_writer(stream, closefd=False)
    else:  # pragma: no cover - callers pass compression_of()
        raise UsageError(f"unknown compression {kind!r}")
    # Buffered, so that many small record lines reach the compressor as large writes.
    buffered = io.BufferedWriter(writer, buffer_size=1 << 16)  # type: ignore[arg-type]
    try:
        yield buffered  # type: ignore[misc]
        buffered.flush()
        writer.close()  # ends the gzip member or zstd frame; `stream` stays open
    except BaseException:
        # Interrupted (a signal may land inside a write, leaving a writer half done): what was written is thrown
        # away, so the writers are ended as they can be while `stream` is still open, and the interruption goes on,
        # not an error of ending them ("write to closed file" had been reported instead of the Ctrl-C).
        for close in (buffered.close, writer.close):
            with suppress(Exception):
                close()
        raise
