"""The Dask executor beside the local one, on the same corpus in the same run (issue 14).

    .venv/bin/python bench/executors_bench.py --docs 4000      # what `make bench` runs

Each run is a fresh `kzhealth ingest CORPUS -o FILE` process, timed wall to wall:
  local   --jobs J (the forked pool)
  dask    --dask tcp://... against a LocalCluster of J single-threaded workers started by this script. Starting the
          cluster and loading the models on its workers (one warm-up run of a single file) is start-up, timed and
          printed on its own line, and not counted in the runs.
The outputs must be the same bytes. The cost per document of both is printed at a tenth of the corpus and at the
whole of it: it should stay flat as the corpus grows tenfold.

Target: dask at least 0.8x the local executor's documents per second at the full size. Exit 1 if it misses.
"""

from __future__ import annotations

import argparse
import logging
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import corpus as corpus_builder  # noqa: E402  (bench/ is not a package)

KZHEALTH = [sys.executable, "-m", "kzhealth"]
TARGET = 0.8


def timed(args: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(args, check=True, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def subset(files: list[Path], n: int, folder: Path) -> Path:
    """A folder of the first n files (symlinks), so both sizes come from one corpus."""
    folder.mkdir()
    for path in files[:n]:
        (folder / path.name).symlink_to(path.resolve())
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=4000)
    parser.add_argument("--jobs", type=int, default=len(os.sched_getaffinity(0)))
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = parser.parse_args(argv)
    from distributed import Client, LocalCluster

    shared = Path(args.shared) if Path(args.shared, "eval").is_dir() else None
    corpus, _ = corpus_builder.ensure_corpus(args.docs, corpus_builder.SEEDS, shared, ROOT / "bench" / "out")
    files = corpus_builder.corpus_files(corpus)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        sizes = {"1/10": subset(files, len(files) // 10, tmp_path / "tenth"), "all": corpus}

        started = time.perf_counter()
        cluster = LocalCluster(
            n_workers=args.jobs,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
            silence_logs=logging.CRITICAL,
        )
        client = Client(cluster)
        address = cluster.scheduler_address
        warm = subset(files, 1, tmp_path / "one")
        subprocess.run([*KZHEALTH, "ingest", str(warm), "--dask", address], check=True, capture_output=True)
        startup = time.perf_counter() - started
        try:
            print(f"dask start-up (LocalCluster of {args.jobs} workers, models loaded on them): {startup:.2f} s")
            print(f"{'run':<28} {'documents':>9} {'seconds':>8} {'docs/s':>8} {'ms/doc':>7}")
            rates: dict[tuple[str, str], float] = {}
            for size, folder in sizes.items():
                n = len(files) // 10 if size == "1/10" else len(files)
                outputs = {}
                for name, extra in (("local", ["--jobs", str(args.jobs)]), ("dask", ["--dask", address])):
                    shown = f"--jobs {args.jobs}" if name == "local" else "--dask tcp://(cluster)"
                    out = tmp_path / f"{name}-{n}.jsonl"
                    seconds = timed([*KZHEALTH, "ingest", str(folder), *extra, "-o", str(out)])
                    rates[name, size] = n / seconds
                    outputs[name] = out.read_bytes()
                    label = f"ingest {shown}"
                    print(f"{label:<28} {n:>9} {seconds:>8.2f} {n / seconds:>8.0f} {1000 * seconds / n:>7.2f}")
                if outputs["local"] != outputs["dask"]:
                    print("FAIL: dask and local outputs differ")
                    return 1
        finally:
            client.close()
            cluster.close()
    ratio = rates["dask", "all"] / rates["local", "all"]
    for name in ("local", "dask"):
        growth = rates[name, "1/10"] / rates[name, "all"]
        print(f"{name}: cost per document at 10x the documents = {growth:.2f}x the cost at 1/10 (flat is 1.0)")
    verdict = "PASS" if ratio >= TARGET else "FAIL"
    print(f"{verdict}: dask runs at {ratio:.2f}x the local executor's documents per second (target >= {TARGET})")
    return 0 if verdict == "PASS" else 1


if __name__ == "__main__":
    sys.exit(main())
