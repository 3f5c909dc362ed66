from __future__ import annotations

import importlib.util
import signal
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kzhealth.cli import app

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"

# A shell starts a background job with Ctrl-C ignored, and the processes the tests start would inherit that: the
# tests that send SIGINT need it heard, as a terminal's Ctrl-C is.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

needs_shared = pytest.mark.skipif(not (SHARED / "eval").is_dir(), reason="../shared/eval is not present")


@pytest.fixture(scope="session")
def seeds() -> Path:
    return SEEDS


@pytest.fixture
def kz():
    """Run a kzhealth command in-process: kz("tag", input=...) -> result with .exit_code, .stdout, .stderr."""
    runner = CliRunner()

    def invoke(*args: str, input: str | bytes | None = None):
        return runner.invoke(app, list(args), input=input)

    return invoke


def pool_workers(proc, within: float) -> list[str]:
    """The pids of `proc`'s children once its pool's two workers are up (or whatever it has after `within` seconds)."""
    deadline = time.monotonic() + within
    children: list[str] = []
    while len(children) < 2 and time.monotonic() < deadline:
        children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children").read_text().split()
        time.sleep(0.05)
    return children


def still_running(pids: list[str]) -> list[str]:
    """Those of `pids` whose process is still there, half a second on."""
    time.sleep(0.5)
    return [pid for pid in pids if Path(f"/proc/{pid}").exists()]


def load_bench_corpus_module():
    """bench/corpus.py, the benchmark's deterministic corpus generator, as a module."""
    if "bench_corpus" in sys.modules:
        return sys.modules["bench_corpus"]
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_corpus"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def bench_corpus(tmp_path_factory) -> Path:
    """A folder of 240 synthetic documents from bench/corpus.py, built from the seeds alone."""
    module = load_bench_corpus_module()
    folder = tmp_path_factory.mktemp("bench") / "corpus"
    module.write_corpus(folder, 240, module.load_pools(SEEDS, shared_dir=None))
    return folder
