"""A few minutes of fuzzing of decode and decode -> parse_document (`make fuzz`; not part of CI).

Runs the properties of tests/test_fuzz_properties.py under hypothesis with fresh random seeds, round after round,
until the time is up; the first failure is printed with hypothesis' shrunk example and the run exits 1.

    .venv/bin/python bench/fuzz.py --minutes 3
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent


def load_properties():
    spec = importlib.util.spec_from_file_location("fuzz_properties", ROOT / "tests" / "test_fuzz_properties.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def targets(p) -> dict:
    """Name -> (strategy, check) for every property worth fuzzing."""

    def any_bytes(data: bytes) -> None:
        p.check_decode_any_bytes(data)
        p.check_decode_then_parse(data)

    return {
        "bytes": (st.binary(max_size=8192), any_bytes),
        "text as UTF-8": (st.text(max_size=2000).map(str.encode), any_bytes),
        "mutated documents": (p.mutated_seeds(), any_bytes),
        "clean text round trip": (p.clean_texts(), p.check_clean_text_round_trips),
        "CRLF is LF": (st.text(max_size=2000), p.check_crlf_is_lf),
        "Russian code pages": (p.russian_prose, p.check_russian_code_pages),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=3.0, help="How long to fuzz (default 3).")
    parser.add_argument("--examples", type=int, default=2000, help="Examples per property per round.")
    args = parser.parse_args()

    props = load_properties()
    deadline = time.monotonic() + 60 * args.minutes
    rounds, examples = 0, 0
    config = settings(
        max_examples=args.examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    while time.monotonic() < deadline:
        rounds += 1
        for name, (strategy, check) in targets(props).items():
            if time.monotonic() >= deadline:
                break
            started = time.monotonic()
            try:
                config(given(strategy)(check))()
            except Exception as exc:  # hypothesis re-raises the shrunk failure
                print(f"FAIL {name}: {type(exc).__name__}: {exc}", file=sys.stderr)
                raise
            examples += args.examples
            print(f"round {rounds}: {name}: {args.examples} examples in {time.monotonic() - started:.1f}s", flush=True)
    print(f"fuzz: {examples} examples in {rounds} rounds, no failure")
    return 0


if __name__ == "__main__":
    sys.exit(main())
