"""Parse time per character as lines grow: every pattern of parse.py must stay linear in its input.

    .venv/bin/python bench/regex_scaling.py            # lines of 1k, 10k and 100k characters
    .venv/bin/python bench/regex_scaling.py --max-growth 3

Each kind of line once broke a pattern (a hyphenated URL slug backtracked in cubic time in the dateline pattern,
spaced breadcrumbs in exponential time, a long run of spaces in quadratic time), and sits in a document as a
story line. Time per character should stay flat as the line grows; the run fails (exit 1) when it grows more
than --max-growth times from the shortest line to the longest.
"""

from __future__ import annotations

import argparse
import sys
import time

from kzhealth.ingest.parse import parse_document

STORY = "Врачи сообщили о вспышке кори в городе Алматы сегодня утром."
TITLE = "Корь в Алматы: врачи советуют привиться"


def repeated(unit: str):
    return lambda length: (unit * (length // len(unit) + 1))[:length]


LINES = {
    "URL slug": repeated("kazakhstan-vaccine-news-almaty-"),
    "Cyrillic slug": repeated("врачи-советуют-привиться-"),
    "breadcrumbs": lambda length: repeated("Новости  /  ")(length - 31) + "x" * 31,
    "spaces after a stop": lambda length: "Ранее." + " " * (length - 7) + "a",
    "dotted numbers": repeated("12.05."),
}
LENGTHS = (1_000, 10_000, 100_000)


def per_char(line: str) -> float:
    """Best of three: microseconds per character of the line, parsed as a story line between two sentences and as
    a line between a headline and the story (where other patterns look at it)."""
    documents = (f"{STORY}\n{line}\n{STORY}", f"{TITLE}\n{line}\n{STORY}")
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        for document in documents:
            parse_document(document)
        best = min(best, time.perf_counter() - started)
    return best / len(line) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-growth", type=float, default=5.0, help="allowed growth of time per character")
    args = parser.parse_args()
    print(f"{'line':<22}" + "".join(f"{f'{n:,} ch µs/ch':>18}" for n in LENGTHS) + f"{'growth':>9}")
    failed = False
    for name, make_line in LINES.items():
        times = [per_char(make_line(length)) for length in LENGTHS]
        growth = times[-1] / times[0]
        failed |= growth > args.max_growth
        print(f"{name:<22}" + "".join(f"{t:>18.3f}" for t in times) + f"{growth:>8.1f}×")
    if failed:
        print(f"time per character grew more than {args.max_growth}×: a pattern is not linear", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
