"""How big and how slow the report and the exports are on a large corpus, quickly: the seeds' tagged records
repeated and perturbed (ids, dates over seven years, 60 outlets, topics, regions, evidence terms, stories) into N
records, then `kzhealth report` and `kzhealth export` on them as a user runs them.

    .venv/bin/python bench/report_size.py --records 100000     # prints sizes, times and peak memory

Record i depends only on i and the seeds, so the same N gives the same input on any machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from kzhealth.jsonl import dump
from kzhealth.models import Evidence, Record
from kzhealth.pipeline import ingest_file
from kzhealth.tagging.gazetteer import region_ids
from kzhealth.tagging.tagger import Tagger, Taxonomy

ROOT = Path(__file__).resolve().parent.parent
REPORT_LIMIT = 3_000_000  # bytes, for 100,000 articles (issue 18)


def seed_records() -> list[Record]:
    tagger = Tagger()
    return [tagger.tag(ingest_file(str(path)).record) for path in sorted((ROOT / "seeds").glob("*.txt"))]


def perturbed(seeds: list[Record], n: int) -> Iterator[bytes]:
    topics = Taxonomy.load().topics
    regions = region_ids()
    outlets = [f"Outlet {k:02d}.kz" for k in range(60)]
    first = dt.date(2019, 1, 1)
    for i in range(n):
        rng = random.Random(i)
        base = seeds[i % len(seeds)]
        chosen = rng.sample(topics, rng.choice((0, 1, 1, 2, 2, 3)))
        record = base.model_copy(
            update={
                "id": f"{i:016x}",
                "source": f"scrape/{i // 1000:03d}/{i:06d}.txt",
                "date": None if rng.random() < 0.05 else first + dt.timedelta(days=rng.randrange(7 * 365)),
                "outlet": None if rng.random() < 0.05 else rng.choice(outlets),
                "title": f"{base.title or 'Без заголовка'} ({i})",
                "topics": [t.id for t in chosen],
                "regions": rng.sample(regions, rng.choice((0, 1, 1, 2))),
                "topic_evidence": {
                    t.id: Evidence(score=2.5, terms={term: rng.randint(1, 3) for term in rng.sample(
                        [x for terms in t.terms.values() for x in terms], 3)})
                    for t in chosen
                },
            }
        )
        story = f"{i:016x}" if rng.random() < 0.6 else f"{rng.randrange(max(i, 1)):016x}"
        yield dump({**record.model_dump(mode="json", exclude_none=False), "story": story})


def run(args: list[str]) -> tuple[float, float]:
    """Seconds and the command's peak resident memory in MB."""
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-m", "kzhealth", *args])
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise SystemExit(f"kzhealth {args[0]} failed with exit code {child.returncode}")
    return time.perf_counter() - started, usage.ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="kzhealth-report-size-") as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        with open(corpus, "wb") as out:  # streamed: a forked child would count a corpus held here as its own
            out.writelines(perturbed(seed_records(), args.records))
        print(f"input: {args.records} records, {corpus.stat().st_size / 1e6:.0f} MB of JSONL")
        outputs = {
            "report": ["report", str(corpus), "-o", str(Path(tmp) / "report.html")],
            "export csv": ["export", str(corpus), "-f", "csv", "-o", str(Path(tmp) / "articles.csv")],
            "export parquet": ["export", str(corpus), "-f", "parquet", "-o", str(Path(tmp) / "articles.parquet")],
        }
        ok = True
        for name, command in outputs.items():
            seconds, peak = run(command)
            size = Path(command[-1]).stat().st_size
            print(f"{name}: {size / 1e6:.2f} MB in {seconds:.1f} s, peak memory {peak:.0f} MB")
            if name == "report" and size >= REPORT_LIMIT:
                print(f"report: FAILED, over {REPORT_LIMIT / 1e6:.0f} MB")
                ok = False
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
