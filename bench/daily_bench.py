"""Daily use, in one run (issue 15): the one-pass `ingest --tag` against the pipe `ingest | tag`, and an
incremental re-run after 1% new files against the full run.

    .venv/bin/python bench/daily_bench.py --docs 4000 --large 40000      # what `make bench` runs

1. On DOCS documents: `kzhealth ingest C | kzhealth tag > F` (a shell pipe) and `kzhealth ingest C --tag -o F`,
   both with all cores, wall time of each; the outputs must be the same bytes. Target: --tag at >= 1.2x the
   documents per second of the pipe.
2. On LARGE documents: `kzhealth ingest C --tag -o F.jsonl --incremental` from nothing (the full run), then again
   after LARGE/100 new files are added. Target: the re-run takes <= 15% of the full run's wall time, and its
   output equals a full run's over the grown folder.
Exit 1 if a target is missed or an output differs.
"""

from __future__ import annotations

import argparse
import shlex
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import corpus as corpus_builder  # noqa: E402  (bench/ is not a package)

KZ = shlex.join([sys.executable, "-m", "kzhealth"])
TARGET_ONE_PASS = 1.2
TARGET_INCREMENTAL = 0.15


def timed(command: str) -> float:
    started = time.perf_counter()
    subprocess.run(command, shell=True, check=True, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def linked(files: list[Path], folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    for path in files:
        (folder / path.name).symlink_to(path.resolve())
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=4000)
    parser.add_argument("--large", type=int, default=40000)
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = parser.parse_args(argv)
    shared = Path(args.shared) if Path(args.shared, "eval").is_dir() else None
    out = ROOT / "bench" / "out"
    status = 0
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)

        corpus, _ = corpus_builder.ensure_corpus(args.docs, corpus_builder.SEEDS, shared, out)
        c = shlex.quote(str(corpus))
        pipe = timed(f"{KZ} ingest {c} | {KZ} tag > {tmp}/pipe.jsonl")
        one = timed(f"{KZ} ingest {c} --tag -o {tmp}/one.jsonl")
        same = (tmp / "pipe.jsonl").read_bytes() == (tmp / "one.jsonl").read_bytes()
        ratio = pipe / one
        print(f"ingest | tag       {args.docs:>6} documents {pipe:8.2f} s  {args.docs / pipe:7.0f} docs/s")
        print(f"ingest --tag       {args.docs:>6} documents {one:8.2f} s  {args.docs / one:7.0f} docs/s")
        verdict = "PASS" if ratio >= TARGET_ONE_PASS and same else "FAIL"
        status |= verdict == "FAIL"
        print(f"{verdict}: ingest --tag runs at {ratio:.2f}x the documents per second of the pipe (target >= "
              f"{TARGET_ONE_PASS}); outputs {'identical' if same else 'DIFFER'}")

        new = args.large // 100
        grown, _ = corpus_builder.ensure_corpus(args.large + new, corpus_builder.SEEDS, shared, out)
        files = corpus_builder.corpus_files(grown)
        folder = linked(files[: args.large], tmp / "scrapes")
        target = tmp / "tagged.jsonl"
        command = f"{KZ} ingest {folder} --tag -o {target} --incremental"
        full = timed(command)
        linked(files[args.large :], folder)
        again = timed(command)
        timed(f"{KZ} ingest {folder} --tag -o {tmp}/full.jsonl")
        same = target.read_bytes() == (tmp / "full.jsonl").read_bytes()
        share = again / full
        print(f"full run           {args.large:>6} documents {full:8.2f} s")
        print(f"incremental run    +{new:<5} new       {again:8.2f} s")
        verdict = "PASS" if share <= TARGET_INCREMENTAL and same else "FAIL"
        status |= verdict == "FAIL"
        print(f"{verdict}: the incremental run took {share:.1%} of the full run's wall time (target <= "
              f"{TARGET_INCREMENTAL:.0%}); output {'equals' if same else 'DIFFERS from'} a full run's")
    return status


if __name__ == "__main__":
    sys.exit(main())
