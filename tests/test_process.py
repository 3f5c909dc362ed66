"""Behaviour only a real process shows: pipes closed early, Ctrl-C, atomic output under interruption."""

from __future__ import annotations

import os
import pty
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kzhealth.shards import PARTITION
from conftest import pool_workers, still_running

KZ = [sys.executable, "-m", "kzhealth"]


@pytest.fixture
def many_files(tmp_path, seeds) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(60):
        source = sorted(seeds.iterdir())[i % 5]
        shutil.copy(source, folder / f"{i:04d}.txt")
    return folder


def test_closed_pipe_exits_quietly(many_files):
    ingest = subprocess.Popen([*KZ, "ingest", str(many_files), "--jobs", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    head = ingest.stdout.readline()
    ingest.stdout.close()  # what `| head -1` does
    _, err = ingest.communicate(timeout=120)
    assert head.startswith(b"{")
    assert ingest.returncode == 141
    assert b"Traceback" not in err and b"BrokenPipe" not in err


@pytest.fixture(scope="module")
def tagged(tmp_path_factory, seeds) -> Path:
    path = tmp_path_factory.mktemp("tagged") / "tagged.jsonl"
    subprocess.run([*KZ, "ingest", str(seeds), "--tag", "--jobs", "1", "-o", str(path)], check=True)
    return path


@pytest.mark.parametrize("args", [["summarise"], ["summarise", "--by", "month"], ["topics"], ["regions"]])
def test_a_table_into_a_closed_pipe_exits_141_as_json_does(tagged, args):
    command = [*KZ, *args, str(tagged)] if args[0] == "summarise" else [*KZ, *args]
    table = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    table.stdout.close()  # what `| true` does: the reader is gone before the first line
    _, err = table.communicate(timeout=120)
    assert table.returncode == 141 and err == b""


@pytest.mark.parametrize("args", [["tag", "--jobs", "1"], ["summarise", "-f", "json"], ["stories"], ["filter"]])
def test_reading_a_terminal_says_so_and_one_ctrl_d_ends_it(args):
    master, slave = pty.openpty()
    command = subprocess.Popen([*KZ, *args], stdin=slave, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    os.close(slave)
    try:
        time.sleep(1)
        os.write(master, b"\x04")  # Ctrl-D at once: no records
        out, err = command.communicate(timeout=30)
    finally:
        command.kill()
        os.close(master)
    assert command.returncode == 0
    assert err.decode().splitlines()[0] == "kzhealth: note: reading records from stdin (end with Ctrl-D)"


def test_a_file_given_reads_no_terminal_and_says_nothing(tagged):
    master, slave = pty.openpty()
    done = subprocess.run([*KZ, "filter", "--lang", "kk", str(tagged)], stdin=slave, capture_output=True, timeout=60)
    os.close(slave)
    os.close(master)
    assert done.returncode == 0 and done.stderr == b"" and done.stdout.count(b"\n") == 1


@pytest.mark.parametrize("signum, code", [(signal.SIGINT, 130), (signal.SIGTERM, 143), (signal.SIGHUP, 129)])
def test_a_signal_ends_the_run_cleanly_and_leaves_no_partial_output(seeds, tmp_path, signum, code):
    corpus = subprocess.run([*KZ, "ingest", str(seeds), "--jobs", "1"], capture_output=True, check=True).stdout
    target = tmp_path / "out.jsonl"
    # `tag` gets some records, then waits on an open stdin: interrupted mid-run, deterministically.
    proc = subprocess.Popen([*KZ, "tag", "-o", str(target)], stdin=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdin.write(corpus)
    proc.stdin.flush()
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".kzhealth-*.part")) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)
    proc.send_signal(signum)
    err = proc.stderr.read()
    proc.wait(timeout=60)
    assert proc.returncode == code
    assert b"Traceback" not in err
    assert not target.exists() and not list(tmp_path.glob("*.part"))


def test_a_signal_stops_the_workers_too(seeds, tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(800):  # past the batches run inline, so the pool starts
        shutil.copy(sorted(seeds.iterdir())[i % 5], folder / f"{i:04d}.txt")
    target = tmp_path / "out.jsonl"
    # after the folder, a FIFO no one writes to: the run waits there, however fast the files went, until the signal
    fifo = tmp_path / "never-written"
    os.mkfifo(fifo)
    proc = subprocess.Popen([*KZ, "ingest", str(folder), str(fifo), "--jobs", "2", "-o", str(target)],
                            stderr=subprocess.PIPE)
    children = pool_workers(proc, within=60)
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=60)
    assert proc.returncode == 143
    assert not still_running(children)
    assert not list(tmp_path.glob("*.part")) and not target.exists()


@pytest.mark.parametrize("made", [True, False])
def test_a_signal_during_a_run_into_a_folder_of_shards_leaves_the_folder_as_it_was(seeds, tmp_path, made):
    folder = tmp_path / "corpus"
    folder.mkdir()
    for i in range(PARTITION + 20):  # a first shard is written, then the run waits on the FIFO
        shutil.copy(sorted(seeds.iterdir())[i % 5], folder / f"{i:04d}.txt")
    fifo = tmp_path / "never-written"
    os.mkfifo(fifo)
    shards = tmp_path / "shards"
    if not made:
        shards.mkdir()  # an empty folder the user made stays, empty
    proc = subprocess.Popen([*KZ, "ingest", str(folder), str(fifo), "--jobs", "1", "-o", f"{shards}/"],
                            stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not (shards / "part-00000.jsonl.gz").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    err = proc.stderr.read()
    proc.wait(timeout=60)
    assert proc.returncode == 130 and b"Traceback" not in err, err.decode(errors="replace")  # (what went wrong, if it did)
    assert (not shards.exists()) if made else list(shards.iterdir()) == []


def test_a_full_disk_and_a_closed_stdin_exit_74(seeds):
    with open("/dev/full", "wb") as full:
        result = subprocess.run([*KZ, "ingest", str(seeds)], stdout=full, stderr=subprocess.PIPE)
    assert result.returncode == 74 and b"No space left" in result.stderr and b"Traceback" not in result.stderr
    closed = subprocess.run([*KZ, "tag"], stdin=subprocess.DEVNULL, capture_output=True, close_fds=True,
                            preexec_fn=lambda: os.close(0))
    assert closed.returncode == 74 and b"stdin" in closed.stderr
