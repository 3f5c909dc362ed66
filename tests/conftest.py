from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kzhealth.cli import app

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"

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
