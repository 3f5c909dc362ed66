"""Behaviour only a real process shows: pipes closed early, Ctrl-C, atomic output under interruption."""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

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


def test_ctrl_c_exits_130_and_leaves_no_partial_output(seeds, tmp_path):
    corpus = subprocess.run([*KZ, "ingest", str(seeds), "--jobs", "1"], capture_output=True, check=True).stdout
    target = tmp_path / "out.jsonl"
    # `tag` gets some records, then waits on an open stdin: interrupted mid-run, deterministically.
    proc = subprocess.Popen([*KZ, "tag", "-o", str(target)], stdin=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdin.write(corpus)
    proc.stdin.flush()
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".out.jsonl.*.part")) and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.5)
    proc.send_signal(signal.SIGINT)
    err = proc.stderr.read()
    proc.wait(timeout=60)
    assert proc.returncode == 130
    assert b"Traceback" not in err
    assert not target.exists() and not list(tmp_path.glob("*.part"))
