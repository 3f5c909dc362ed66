from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from kzhealth.cli import app

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"

needs_shared = pytest.mark.skipif(not (SHARED / "eval").is_dir(), reason="../shared/eval is not present")


@pytest.fixture
def seeds() -> Path:
    return SEEDS


@pytest.fixture
def kz():
    """Run a kzhealth command in-process: kz("tag", input=...) -> result with .exit_code, .stdout, .stderr."""
    runner = CliRunner()

    def invoke(*args: str, input: str | bytes | None = None):
        return runner.invoke(app, list(args), input=input)

    return invoke
