"""Compressed JSONL in every command: read by magic bytes (file, `-`, stdin), written by suffix, the same bytes on
every run; and -o that behaves like `>` for FIFOs, devices and symlinks, keeping a file's mode."""

from __future__ import annotations

import gzip
import io
import os
import stat
import threading

import pytest
import zstandard

from kzhealth.errors import InputError
from kzhealth.jsonl import iter_lines, open_output


@pytest.fixture(scope="module")
def corpus(seeds) -> bytes:
    from typer.testing import CliRunner

    from kzhealth.cli import app

    return CliRunner().invoke(app, ["ingest", str(seeds)]).stdout_bytes


def unzstd(data: bytes) -> bytes:
    return zstandard.ZstdDecompressor().stream_reader(io.BytesIO(data)).read()  # as `zstd -d` reads a stream


@pytest.mark.parametrize("suffix, decompress", [(".gz", gzip.decompress), (".zst", unzstd)])
def test_compressed_output_round_trips_and_is_the_same_bytes_every_run(kz, seeds, corpus, tmp_path, suffix, decompress):
    first, second = tmp_path / f"a.jsonl{suffix}", tmp_path / f"b.jsonl{suffix}"
    assert kz("ingest", str(seeds), "-o", str(first)).exit_code == 0
    assert kz("ingest", str(seeds), "-o", str(second)).exit_code == 0
    assert first.read_bytes() == second.read_bytes() != corpus
    assert decompress(first.read_bytes()) == corpus
    tagged = kz("tag", str(first)).stdout_bytes
    assert tagged == kz("tag", input=corpus).stdout_bytes


def test_gzip_header_has_no_name_and_no_time(kz, seeds, tmp_path):
    target = tmp_path / "corpus.jsonl.gz"
    kz("ingest", str(seeds), "-o", str(target))
    header = target.read_bytes()[:10]
    assert header[3] & 0x08 == 0  # FNAME flag unset
    assert header[4:8] == b"\0\0\0\0"  # MTIME zero


@pytest.mark.parametrize("compress", [gzip.compress, zstandard.compress])
def test_compressed_input_is_known_by_magic_bytes_on_stdin_and_in_any_file(kz, corpus, tmp_path, compress):
    data = compress(corpus)
    expected = kz("summarise", "--format", "json", input=corpus).stdout
    assert kz("summarise", "--format", "json", input=data).stdout == expected
    assert kz("summarise", "--format", "json", "-", input=data).stdout == expected
    odd = tmp_path / "corpus.data"  # no telling suffix
    odd.write_bytes(data)
    assert kz("summarise", "--format", "json", str(odd)).stdout == expected
    assert kz("filter", "--lang", "kk", str(odd)).stdout_bytes == kz("filter", "--lang", "kk", input=corpus).stdout_bytes


def test_conllu_and_labels_read_compressed_too(kz, tmp_path):
    conllu = "# text = Врачи лечат.\n1\tВрачи\t_\tNOUN\t_\t_\t0\troot\t_\t_\n2\tлечат\t_\tVERB\t_\t_\t1\tx\t_\t_\n\n"
    path = tmp_path / "x.conllu.gz"
    path.write_bytes(gzip.compress(conllu.encode()))
    result = kz("lemmatize", "--lang", "ru", "--conllu", str(path))
    assert result.exit_code == 0 and "\tврач\t" in result.stdout


def test_damaged_compressed_input_is_one_line_error(kz, corpus, tmp_path):
    broken = tmp_path / "broken.jsonl.gz"
    broken.write_bytes(gzip.compress(corpus)[:200])
    result = kz("tag", str(broken))
    assert result.exit_code == 1 and "damaged gzip data" in result.stderr and "Traceback" not in result.stderr


def test_a_line_past_the_bound_is_an_error_naming_it(tmp_path, monkeypatch):
    import kzhealth.jsonl

    monkeypatch.setattr(kzhealth.jsonl, "MAX_LINE", 1000)
    path = tmp_path / "huge.jsonl"
    path.write_bytes(b'{"text": "' + b"a" * 5000 + b'"}\n')
    with pytest.raises(InputError, match=r"huge.jsonl:1: a line longer than"):
        list(iter_lines([str(path)]))


def test_output_keeps_the_mode_of_the_file_it_replaces(tmp_path):
    target = tmp_path / "private.jsonl"
    target.write_bytes(b"old\n")
    target.chmod(0o600)
    with open_output(str(target)) as out:
        out.write(b"new\n")
    assert target.read_bytes() == b"new\n" and stat.S_IMODE(target.stat().st_mode) == 0o600


def test_output_through_a_symlink_keeps_the_link(tmp_path):
    real = tmp_path / "real.jsonl"
    real.write_bytes(b"old\n")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    with open_output(str(link)) as out:
        out.write(b"new\n")
    assert link.is_symlink() and real.read_bytes() == b"new\n"


def test_output_into_a_fifo_writes_through_it(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    with open_output(str(fifo)) as out:
        out.write(b"line\n")
    reader.join(timeout=10)
    assert got == [b"line\n"] and stat.S_ISFIFO(fifo.stat().st_mode)


def test_output_to_dev_null_leaves_it_a_device():
    with open_output("/dev/null") as out:
        out.write(b"x\n")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_long_legal_name_works(tmp_path):
    name = "ж" * 120 + ".jsonl"  # 246 bytes: legal for `>`, and for -o
    with open_output(str(tmp_path / name)) as out:
        out.write(b"x\n")
    assert (tmp_path / name).read_bytes() == b"x\n"


def test_errors_a_script_can_act_on(kz, seeds, tmp_path):
    too_long = kz("ingest", str(seeds), "-o", str(tmp_path / ("x" * 256)))
    assert too_long.exit_code == 2 and "too long" in too_long.stderr.lower() and too_long.stderr.count("\n") == 1


@pytest.mark.parametrize("kind", ["gzip", "zstd"])
def test_an_interruption_inside_a_compressed_write_goes_on_as_itself(kind):
    """A signal may land inside a write and leave the writers half done; the run must end as interrupted (exit 130),
    not with an error of ending them ("write to closed file")."""
    from kzhealth.streams import compressing

    raw = io.BytesIO()
    with pytest.raises(KeyboardInterrupt):
        with compressing(raw, kind) as out:
            out.write(b'{"id": "a"}\n' * 10)
            raw.close()  # the stream under the writers gone, as a half-done write may leave it
            raise KeyboardInterrupt
