"""Daily use, in one run (issue 15): the one-pass `ingest --tag` against the pipe `ingest | tag`, and an
incremental re-run after 1% new files against the full run.

    .venv/bin/python bench/daily_bench.py --docs 4000 --large 40000      # what `make bench` runs

1. On DOCS documents: `kzhealth ingest C | kzhealth tag > F` (a shell pipe) and `kzhealth ingest C --tag -o F`,
   each with all cores, taken in turn --repeat times; the best wall time of each counts (a busy machine only ever
   adds time), and the outputs must be the same bytes. Target: --tag at >= 1.2x the documents per second of the
   pipe. Also printed: the median CPU time of each (all its processes), and the work per document in one process
   with every memo warm (the one pass's stage against ingest's and tag's, on the same documents, in turns), which
   is what the one pass can save however the cores are shared. `kzhealth ingest C -o F` alone is timed in turn with
   them: the pipe's time over it is what tagging in a second process adds, the one pass's what tagging in the
   workers adds, and with those two the time ingest alone would have to take for the one pass to reach the target.
2. On LARGE documents: `kzhealth ingest C --tag -o F.jsonl --incremental` from nothing (the full run), then again
   after LARGE/100 new files are added. Target: the re-run takes <= 15% of the full run's wall time, and its
   output equals a full run's over the grown folder.
Exit 1 if a target is missed or an output differs.
"""

from __future__ import annotations

import argparse
import resource
import shlex
import statistics
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
    return timed_with_cpu(command)[0]


def timed_with_cpu(command: str) -> tuple[float, float]:
    """Wall time and CPU time (user and system, of every process the command started)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    run = subprocess.run(command, shell=True, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - started
    if run.returncode:  # (kzhealth changed between two runs of an incremental pair: its options differ)
        last = run.stderr.strip().splitlines()[-1:] or ["no message"]
        sys.exit(f"bench: `{command}` exited {run.returncode}: {last[0]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def work_per_document(files: list[Path], warm: int = 1000, rounds: int = 2) -> dict[str, float]:
    """Seconds per document of each stage, in this process, with every memo warm: the one pass (`ingest --tag`'s
    stage), and ingest's and tag's stages as the pipe runs them (tag reading the lines ingest wrote). The measured
    documents go once through both, untimed, first: the stages share the lemmatizers' memos, and whichever came
    first to a document would pay for its new words. Then they are timed on batches of 100, the one pass and the
    pipe in turns that alternate, so a machine slowing down weighs on both."""
    from kzhealth.jsonl import Line
    from kzhealth.pipeline import IngestStage
    from kzhealth.tagging.stage import TagStage
    from kzhealth.tagging.tagger import Taxonomy

    taxonomy = Taxonomy.load()
    one, ingest, tag = IngestStage(TagStage(taxonomy)), IngestStage(), TagStage(taxonomy)

    def one_pass(batch: list[Path]) -> dict[str, float]:
        started = time.perf_counter()
        list(one.many(batch))  # as a worker runs it: records built, then tagged, a few at a time
        return {"one pass": time.perf_counter() - started}

    def pipe(batch: list[Path]) -> dict[str, float]:
        started = time.perf_counter()
        lines = [(str(path), ingest(path).line) for path in batch]
        ingested = time.perf_counter()
        for where, line in lines:
            tag(Line(where, line))
        return {"ingest": ingested - started, "tag": time.perf_counter() - ingested}

    warm = min(warm, len(files) // 2)  # a small corpus: half to warm the memos, half to measure
    measured = files[warm : 2 * warm]
    for path in files[: 2 * warm]:
        one_pass([path]), pipe([path])
    spent = {"one pass": 0.0, "ingest": 0.0, "tag": 0.0}
    for turn, start in enumerate(start for _ in range(rounds) for start in range(0, len(measured), 100)):
        batch = measured[start : start + 100]
        for run in (one_pass, pipe) if turn % 2 else (pipe, one_pass):
            for name, seconds in run(batch).items():
                spent[name] += seconds
    return {name: seconds / (rounds * len(measured)) for name, seconds in spent.items()}


def _more_or_less(change: float, spec: str = ".0%") -> str:
    """A relative change in words: "12% more", "9% less" (a noisy machine may give either)."""
    return f"{abs(change):{spec}} {'more' if change >= 0 else 'less'}"


def linked(files: list[Path], folder: Path) -> Path:
    folder.mkdir(exist_ok=True)
    for path in files:
        (folder / path.name).symlink_to(path.resolve())
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=4000)
    parser.add_argument("--large", type=int, default=40000)
    parser.add_argument("--repeat", type=int, default=3, help="runs of the pipe and of --tag, taken in turn")
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = parser.parse_args(argv)
    shared = Path(args.shared) if Path(args.shared, "eval").is_dir() else None
    out = ROOT / "bench" / "out"
    status = 0
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)

        corpus, _ = corpus_builder.ensure_corpus(args.docs, corpus_builder.SEEDS, shared, out)
        c = shlex.quote(str(corpus))
        commands = {
            "ingest | tag": f"{KZ} ingest {c} | {KZ} tag > {tmp}/pipe.jsonl",
            "ingest --tag": f"{KZ} ingest {c} --tag -o {tmp}/one.jsonl",
            "ingest alone": f"{KZ} ingest {c} -o {tmp}/ingested.jsonl",
        }
        runs: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for _ in range(args.repeat):
            for name, command in commands.items():
                runs[name].append(timed_with_cpu(command))
        same = (tmp / "pipe.jsonl").read_bytes() == (tmp / "one.jsonl").read_bytes()
        wall = {name: min(seconds for seconds, _ in times) for name, times in runs.items()}
        cpu = {name: statistics.median(seconds for _, seconds in times) for name, times in runs.items()}
        for name in commands:
            print(f"{name:18} {args.docs:>6} documents {wall[name]:8.2f} s  {args.docs / wall[name]:7.0f} docs/s  "
                  f"(best of {args.repeat}; CPU {cpu[name]:.2f} s, median)")
        pipe, one, alone = wall["ingest | tag"], wall["ingest --tag"], wall["ingest alone"]
        ratio = pipe / one
        saved = cpu["ingest --tag"] / cpu["ingest | tag"] - 1
        print(f"the one pass does {_more_or_less(saved)} CPU work than the pipe")
        # (alone + pipe's) / (alone + one's) >= target  <=>  alone <= (pipe's - target * one's) / (target - 1)
        most = (pipe - alone - TARGET_ONE_PASS * (one - alone)) / (TARGET_ONE_PASS - 1)
        reach = f"ingest alone at or under {most:.2f} s" if most > 0 else "more than a faster ingest"
        print(f"tagging adds {pipe - alone:.2f} s to ingest alone in the pipe, {one - alone:.2f} s in the one pass: "
              f"with those, {TARGET_ONE_PASS}x needs {reach}")
        work = work_per_document(corpus_builder.corpus_files(corpus))
        pipe_work = work["ingest"] + work["tag"]
        print(f"work per document, memos warm: one pass {work['one pass'] * 1000:.2f} ms; ingest "
              f"{work['ingest'] * 1000:.2f} ms + tag {work['tag'] * 1000:.2f} ms: the pipe does "
              f"{_more_or_less(pipe_work / work['one pass'] - 1, '.1%')}")
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
