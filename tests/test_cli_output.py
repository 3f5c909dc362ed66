"""Reports on machines set up otherwise: a cp1251 stdout, a taxonomy that is not a file of text."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SEEDS

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def tagged(tmp_path_factory) -> Path:
    from typer.testing import CliRunner

    from kzhealth.cli import app

    ingested = CliRunner().invoke(app, ["ingest", str(SEEDS), "--jobs", "1"])
    result = CliRunner().invoke(app, ["tag", "--jobs", "1"], input=ingested.stdout_bytes)
    path = tmp_path_factory.mktemp("tagged") / "tagged.jsonl"
    path.write_bytes(result.stdout_bytes)
    return path


@pytest.mark.parametrize(
    "args",
    [["summarise"], ["summarise", "-f", "json"], ["summarise", "-f", "csv"], ["topics"], ["topics", "-f", "json"]],
)
def test_reports_are_utf8_whatever_the_locale(tagged, args):
    env = {**os.environ, "PYTHONIOENCODING": "cp1251", "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-m", "kzhealth", *args, str(tagged)] if args[0] == "summarise" else
        [sys.executable, "-m", "kzhealth", *args],
        capture_output=True, env=env, timeout=120,
    )
    assert done.returncode == 0, done.stderr.decode()
    text = done.stdout.decode("utf-8")
    assert any(letter in text for letter in "әғқңөұүһі")
    if "json" in args:
        assert json.loads(text)


def test_a_taxonomy_past_16_mib_is_refused_naming_the_bound(kz, tmp_path):
    result = kz("topics", "--taxonomy", "/dev/zero")
    assert result.exit_code == 2
    assert result.stderr == "kzhealth: error: taxonomy /dev/zero: larger than 16 MiB, the bound for a taxonomy file\n"
    big = tmp_path / "big.toml"
    big.write_bytes(b"# " + b"x" * (16 << 20) + b"\n")
    result = kz("tag", "--taxonomy", str(big), input=b"")
    assert result.exit_code == 2 and "16 MiB" in result.stderr
