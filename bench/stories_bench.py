"""Time and memory of `kzhealth stories` beside `kzhealth tag` over the same records, extrapolated to 1,000,000
records (issue 17: at most 1.5 GB, at most 4x the time of `tag`).

    .venv/bin/python bench/stories_bench.py                   # 10,000 records: a few minutes
    .venv/bin/python bench/stories_bench.py --docs 100000     # what `make bench` runs

The records are bench/corpus.py's synthetic documents (built or reused under bench/out/), ingested once and not
timed. Then, each in a fresh process, one core each (`tag --jobs 1`; `stories` has no workers):
  tag      `kzhealth tag --jobs 1 < ingested.jsonl`
  stories  `kzhealth stories < tagged.jsonl`, on the first quarter of the records and on all of them, through
           stdin so that the spooling is paid for too.
Peak memory is the child's own peak RSS (os.wait4). The figures for 1,000,000 records come from the straight line
through the two `stories` runs (time and memory both: what start-up costs does not grow); `tag` is taken as
proportional to the records, which is what it is: one record at a time in constant memory.

The synthetic documents draw their sentences from one pool, so they share far more wording and figures than real
news does: more candidate pairs per record than a real corpus gives, which makes this a pessimistic measure.

Exit status: 0 when both targets print PASS, 1 otherwise.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import corpus as corpus_builder  # noqa: E402  (bench/ is not a package)

KZHEALTH = [sys.executable, "-m", "kzhealth"]
TARGET_RECORDS = 1_000_000
TARGET_MAX_RSS_MB = 1500.0
TARGET_X_TAG = 4.0


def run(args: list[str], stdin: Path, stdout: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one command in a fresh process."""
    with open(stdin, "rb") as source, open(stdout, "wb") as sink:
        started = time.monotonic()
        proc = subprocess.Popen(args, stdin=source, stdout=sink, cwd=ROOT)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.monotonic() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode:
        raise SystemExit(f"stories bench: {' '.join(args[2:])} failed with exit code {proc.returncode}")
    return seconds, usage.ru_maxrss / 1024


def head(source: Path, lines: int, target: Path) -> Path:
    with open(source, "rb") as stream, open(target, "wb") as out:
        for n, line in enumerate(stream):
            if n == lines:
                break
            out.write(line)
    return target


def ingested(docs: int, shared: Path | None) -> Path:
    """The corpus of `docs` documents as ingested records, built once and reused."""
    folder, manifest = corpus_builder.ensure_corpus(docs, shared_dir=shared)
    target = folder.with_name(f"{folder.name}.ingested.jsonl")
    stamp = target.with_suffix(".fingerprint")
    if target.exists() and stamp.exists() and stamp.read_text() == manifest["fingerprint"]:
        return target
    print(f"ingesting {docs} documents (once; not timed) ...", file=sys.stderr)
    with open(target, "wb") as out:
        subprocess.run([*KZHEALTH, "ingest", str(folder)], stdout=out, check=True, cwd=ROOT)
    stamp.write_text(manifest["fingerprint"])
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=10_000, help="records to measure (default: 10000)")
    parser.add_argument("--shared", default=str(corpus_builder.SHARED), help="shared folder, or 'none'")
    args = parser.parse_args(argv)
    shared = None if args.shared.lower() == "none" else Path(args.shared)
    records = ingested(args.docs, shared)
    work = records.parent / f"stories-{args.docs}"
    work.mkdir(exist_ok=True)

    tagged = work / "tagged.jsonl"
    tag_s, tag_mb = run([*KZHEALTH, "tag", "--jobs", "1"], records, tagged)
    quarter = args.docs // 4
    small_s, small_mb = run([*KZHEALTH, "stories"], head(tagged, quarter, work / "quarter.jsonl"), work / "quarter.out")
    full_s, full_mb = run([*KZHEALTH, "stories"], tagged, work / "stories.jsonl")

    def at_target(small: float, full: float) -> float:
        return full + (full - small) / (args.docs - quarter) * (TARGET_RECORDS - args.docs)

    stories_s, stories_mb = at_target(small_s, full_s), at_target(small_mb, full_mb)
    tag_target_s = tag_s * TARGET_RECORDS / args.docs
    print(f"stories bench: {args.docs} synthetic records, one core each (machine load {os.getloadavg()[0]:.1f})")
    print(f"  tag --jobs 1   {args.docs:>7} records  {tag_s:8.1f} s  {tag_mb:7.0f} MB peak RSS")
    print(f"  stories        {quarter:>7} records  {small_s:8.1f} s  {small_mb:7.0f} MB")
    print(f"  stories        {args.docs:>7} records  {full_s:8.1f} s  {full_mb:7.0f} MB   ({full_s / tag_s:.2f}x tag)")
    print(f"  at {TARGET_RECORDS} records: stories {stories_s:.0f} s, {stories_mb:.0f} MB; tag {tag_target_s:.0f} s")
    results = [
        (stories_mb <= TARGET_MAX_RSS_MB, f"memory at 1M {stories_mb:.0f} MB (target <= {TARGET_MAX_RSS_MB:.0f} MB)"),
        (stories_s <= TARGET_X_TAG * tag_target_s,
         f"time at 1M {stories_s / tag_target_s:.2f}x tag (target <= {TARGET_X_TAG:.0f}x)"),
    ]
    for ok, text in results:
        print(f"  {'PASS' if ok else 'FAIL'}  {text}")
    return 0 if all(ok for ok, _ in results) else 1


if __name__ == "__main__":
    sys.exit(main())
