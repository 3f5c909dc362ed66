"""iter_files and read_bytes on a folder of dirty cases written into tmp_path; decode on what they give."""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

import pytest

from kzhealth.errors import UsageError
from kzhealth.ingest.decode import DecodeError, decode
from kzhealth.ingest.files import iter_files, read_bytes

RU = "Минздрав сообщил о вакцинации.\nВрачи советуют привиться.\n"


def outcomes(paths: list[str], glob: str = "*.txt") -> list[tuple[str, str]]:
    """(path, "file" or the skip reason) for each item, in order, with a time limit so a hang fails the test."""
    result: list = []
    walker = threading.Thread(target=lambda: result.extend(iter_files(paths, glob)), daemon=True)
    walker.start()
    walker.join(timeout=10)
    assert not walker.is_alive(), "the walk hangs"
    return [
        (str(item), "file") if isinstance(item, Path) else (item.path, getattr(item, "reason", "stream"))
        for item in result
    ]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "b" / "deep").mkdir(parents=True)
    (root / "a.txt").write_text(RU, encoding="utf-8")
    (root / "b" / "cp1251.txt").write_bytes(RU.encode("cp1251"))
    (root / "b" / "utf16.txt").write_bytes(RU.encode("utf-16"))
    (root / "b" / "crlf.txt").write_bytes(RU.replace("\n", "\r\n").encode())
    (root / "b" / "deep" / "empty.txt").write_bytes(b"")
    (root / "b" / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (root / "b" / "notes.md").write_text("не тот шаблон", encoding="utf-8")
    (root / "C.TXT").write_text(RU, encoding="utf-8")
    os.mkfifo(root / "b" / "pipe.txt")
    os.symlink("loop.txt", root / "b" / "loop.txt")
    os.symlink("missing.txt", root / "b" / "dangling.txt")
    os.symlink("..", root / "b" / "deep" / "up")  # a folder link back to an ancestor
    os.symlink(root / "b" / "deep", root / "deep-again")  # the same folder through a second path
    return root


def test_walk(corpus: Path) -> None:
    r = str(corpus)
    assert outcomes([r]) == [
        (f"{r}/C.TXT", "file"),
        (f"{r}/a.txt", "file"),
        (f"{r}/b/cp1251.txt", "file"),
        (f"{r}/b/crlf.txt", "file"),
        (f"{r}/b/dangling.txt", "not found"),
        (f"{r}/b/deep/empty.txt", "file"),
        (f"{r}/b/deep/up", "symlink loop"),
        (f"{r}/b/image.txt", "file"),
        (f"{r}/b/loop.txt", "symlink loop"),
        (f"{r}/b/pipe.txt", "not a regular file"),
        (f"{r}/b/utf16.txt", "file"),
        (f"{r}/deep-again", "already read"),
    ]


def test_what_each_file_gives(corpus: Path) -> None:
    given = {}
    for item in iter_files([str(corpus)]):
        if isinstance(item, Path):
            try:
                given[item.name] = decode(read_bytes(item))
            except DecodeError as exc:
                given[item.name] = exc.reason
    assert given == {
        "C.TXT": RU,
        "a.txt": RU,
        "cp1251.txt": RU,
        "crlf.txt": RU,
        "empty.txt": "empty",
        "image.txt": "binary",
        "utf16.txt": RU,
    }


def test_files_named_directly_are_taken_whatever_their_name(corpus: Path) -> None:
    # a device or FIFO named on the command line is a stream to read (/dev/stdin, <(zcat ...)); in a folder, never
    notes, loop = str(corpus / "b" / "notes.md"), str(corpus / "b" / "loop.txt")
    assert outcomes([notes, "/dev/null", loop, notes]) == [
        (notes, "file"),
        ("/dev/null", "stream"),
        (loop, "symlink loop"),
        (notes, "already read"),
    ]


def test_glob(corpus: Path) -> None:
    # Looping links are reported whatever their name: they may stand for a folder.
    names = [Path(p).name for p, _ in outcomes([str(corpus)], "*.md")]
    assert names == ["up", "loop.txt", "notes.md", "deep-again"]


def test_missing_path_is_a_usage_error_before_any_walk(corpus: Path) -> None:
    missing = str(corpus / "nowhere")
    with pytest.raises(UsageError, match="nowhere") as caught:
        iter_files([str(corpus), missing])
    assert "\n" not in str(caught.value)


def test_unreadable_folder(corpus: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads every folder")
    locked = corpus / "b" / "deep"
    locked.chmod(0)
    try:
        assert (str(locked), "unreadable") in outcomes([str(corpus)])
    finally:
        locked.chmod(0o755)


def test_deep_nesting_does_not_recurse(tmp_path: Path) -> None:
    folder = tmp_path
    for _ in range(300):
        folder = folder / "d"
        os.mkdir(folder)
    (folder / "x.txt").write_text(RU, encoding="utf-8")
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(150)  # shallower than the folders: a recursive walk would fail
    try:
        found = list(iter_files([str(tmp_path)]))
    finally:
        sys.setrecursionlimit(limit)
    assert found == [folder / "x.txt"]


def test_read_bytes_refuses_what_is_not_a_regular_file(corpus: Path) -> None:
    assert read_bytes(corpus / "a.txt") == RU.encode()
    with pytest.raises(OSError):
        read_bytes(corpus / "b" / "pipe.txt")  # opened without blocking, then refused
    with pytest.raises(OSError):
        read_bytes(corpus / "b")
