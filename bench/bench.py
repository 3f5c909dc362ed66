"""Throughput and memory of `kzhealth ingest | kzhealth tag`, beside the floor and natasha, in one run (issue 7).

    .venv/bin/python bench/bench.py --docs 4000                  # what `make bench` runs
    .venv/bin/python bench/bench.py --docs 4000 --skip natasha,pymorphy,jobs1
    .venv/bin/python bench/bench.py --compare 4000,40000          # does time grow linearly, memory not at all?
    .venv/bin/python bench/bench.py --docs 4000 --profile 300     # where ingest and tag spend their time

The corpus is built (or reused) by bench/corpus.py under bench/out/. Every pipeline runs in fresh processes:
  floor     read each file, tokenize with kzhealth's regex tokenizer, write JSONL with orjson; one process
  natasha   Segmenter + NewsEmbedding + NewsMorphTagger + MorphVocab (segment, tag_morph, lemmatize) on a sample
  pymorphy3 first parse of every word, uncached, on the same sample
  kzhealth  `kzhealth ingest --jobs J CORPUS | kzhealth tag --jobs J > FILE`, as a shell pipe, J = 1 and N

Tokens are the word tokens of the input (kzhealth.lang.tokenize.words), counted once, so every rate has the same
numerator per document. The floor and the kzhealth pipes are timed on the whole corpus; natasha and pymorphy3 on a
sample, model loading excluded (which only flatters them). The floor's time is taken inside its process (no
interpreter start-up); kzhealth's is the wall time of the pipe, start-up and all.

Peak memory is the peak RSS of the largest process: every stage of a pipe runs under a small wrapper that waits for
it and reads RUSAGE_CHILDREN's ru_maxrss, the maximum over that stage's process and the worker processes it waited
for. On Linux, /proc is also sampled to split that into main and worker processes and to show the whole pipe's
summed RSS.

Exit status: 0 when every target printed PASS, 1 when one printed FAIL or a pipeline failed to run.
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import corpus as corpus_builder  # noqa: E402  (bench/ is not a package)

OUT = ROOT / "bench" / "out"
KZHEALTH = Path(sys.executable).parent / "kzhealth"

# Done-when of issue 7.
TARGET_X_NATASHA = 40.0
TARGET_X_FLOOR = 0.30
TARGET_MAX_RSS_MB = 400.0
TARGET_TIME_GROWTH = 1.0  # time ratio per unit of size ratio: 10x the documents in at most ~10x the time
MEMORY_SLACK_MB, MEMORY_SLACK_FRACTION = 10.0, 0.05  # "no more memory": within what a run's noise moves


# --- Stages that run in their own fresh process (`bench.py --stage NAME CORPUS ...`); each prints one JSON line ---


def _maxrss_mb(who: int) -> float:
    import resource

    kb = resource.getrusage(who).ru_maxrss
    return kb / 1024 if sys.platform != "darwin" else kb / 1024 / 1024


def stage_floor(files: list[Path], out: Path) -> dict:
    import resource

    import orjson

    try:
        from kzhealth.lang.tokenize import tokenize
    except ImportError:  # the floor does not depend on kzhealth being importable
        import re

        tokenize = re.compile(r"\w+|[^\w\s]").findall
    started, cpu = time.perf_counter(), time.process_time()
    size = 0
    with open(out, "wb") as stream:
        for path in files:
            with open(path, "rb") as source:
                data = source.read()
            size += len(data)
            stream.write(orjson.dumps({"source": str(path), "tokens": tokenize(data.decode("utf-8"))}) + b"\n")
    return {"seconds": time.perf_counter() - started, "cpu_seconds": time.process_time() - cpu, "docs": len(files),
            "bytes": size, "rss_mb": _maxrss_mb(resource.RUSAGE_SELF)}


def stage_natasha(files: list[Path], out: Path) -> dict:
    import resource

    started = time.perf_counter()
    from natasha import Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, Segmenter

    segmenter, morph_vocab = Segmenter(), MorphVocab()
    tagger = NewsMorphTagger(NewsEmbedding())
    texts = [path.read_bytes().decode("utf-8") for path in files]
    loaded, cpu = time.perf_counter(), time.process_time()
    lemmas = 0
    for text in texts:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_morph(tagger)
        for token in doc.tokens:
            token.lemmatize(morph_vocab)
            lemmas += token.lemma is not None
    return {"seconds": time.perf_counter() - loaded, "cpu_seconds": time.process_time() - cpu,
            "load_seconds": loaded - started, "docs": len(files),
            "bytes": sum(len(t.encode("utf-8")) for t in texts), "lemmas": lemmas,
            "rss_mb": _maxrss_mb(resource.RUSAGE_SELF)}


def stage_pymorphy(files: list[Path], out: Path) -> dict:
    import resource

    import pymorphy3
    from kzhealth.lang.tokenize import words

    started = time.perf_counter()
    morph = pymorphy3.MorphAnalyzer()
    texts = [path.read_bytes().decode("utf-8") for path in files]
    loaded, cpu = time.perf_counter(), time.process_time()
    parsed = 0
    for text in texts:
        for word in words(text):
            morph.parse(word)[0].normal_form
            parsed += 1
    return {"seconds": time.perf_counter() - loaded, "cpu_seconds": time.process_time() - cpu,
            "load_seconds": loaded - started, "docs": len(files),
            "bytes": sum(len(t.encode("utf-8")) for t in texts), "parsed": parsed,
            "rss_mb": _maxrss_mb(resource.RUSAGE_SELF)}


STAGES = {"floor": stage_floor, "natasha": stage_natasha, "pymorphy": stage_pymorphy}


# --- Measuring ----------------------------------------------------------------------------------------------------

# Runs a command, waits for it, and writes "<peak RSS in kB> <exit code> <CPU seconds>" of it and of the
# descendants it waited for.
WRAPPER = (
    "import resource, subprocess, sys\n"
    "code = subprocess.call(sys.argv[2:])\n"
    "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
    "open(sys.argv[1], 'w').write(f'{usage.ru_maxrss} {code} {usage.ru_utime + usage.ru_stime}')\n"
    "sys.exit(code)\n"
)

# natasha's numpy would otherwise spread matrix products over OpenBLAS threads, which on a busy machine only
# spin: on 2 shared cores that tripled its time. One thread, like the floor, is its fair speed.
ONE_THREAD = {name: "1" for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")}


@dataclass
class Result:
    name: str
    docs: int = 0
    tokens: int = 0
    bytes: int = 0
    seconds: float = 0.0
    cpu_seconds: float = 0.0  # user + system, all processes and threads of the run
    rss_mb: float = 0.0  # peak RSS of the largest process
    note: str = ""
    error: str = ""
    breakdown: str = ""

    @property
    def ok(self) -> bool:
        return not self.error and self.seconds > 0

    @property
    def tokens_per_s(self) -> float:
        return self.tokens / self.seconds if self.ok else 0.0


@dataclass
class ProcessTree:
    """Samples /proc for the descendants of one process: each one's peak RSS (VmHWM), and their summed PSS (forked
    workers share pages with their parent: summing RSS would count those twice)."""

    root: int
    interval: float = 0.1
    peaks: dict[int, tuple[str, int, float]] = field(default_factory=dict)  # pid -> (role, parent, MB)
    total_peak_mb: float = 0.0
    _stop: threading.Event = field(default_factory=threading.Event)

    def start(self) -> "ProcessTree":
        if Path("/proc/self/status").exists():
            self._thread = threading.Thread(target=self._run, daemon=True)
            self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if hasattr(self, "_thread"):
            self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            self._sample()
            self._stop.wait(self.interval)

    def _sample(self) -> None:
        parents: dict[int, int] = {}
        for entry in os.scandir("/proc"):
            if entry.name.isdigit():
                try:
                    with open(f"/proc/{entry.name}/stat", "rb") as stream:
                        stat = stream.read()
                    parents[int(entry.name)] = int(stat[stat.rindex(b")") + 2:].split()[1])
                except (OSError, ValueError):
                    pass
        family, frontier = set(), {self.root}
        while frontier:
            family |= frontier
            frontier = {pid for pid, parent in parents.items() if parent in frontier} - family
        total = 0.0
        for pid in family - {self.root}:
            try:
                status = Path(f"/proc/{pid}/status").read_text()
                cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
            hwm = int(fields.get("VmHWM", "0 kB").split()[0]) / 1024
            total += _pss_mb(pid) or int(fields.get("VmRSS", "0 kB").split()[0]) / 1024
            role = _role(cmdline)
            if role:
                self.peaks[pid] = (role, parents.get(pid, 0), max(hwm, self.peaks.get(pid, ("", 0, 0.0))[2]))
        self.total_peak_mb = max(self.total_peak_mb, total)

    def describe(self) -> str:
        """'ingest main 120 MB, 2 workers ≤ 150 MB; tag main ...; whole pipe ≤ 600 MB'."""
        parts = []
        for stage in ("ingest", "tag"):
            mains = [mb for pid, (role, parent, mb) in self.peaks.items()
                     if role == stage and self.peaks.get(parent, ("",))[0] != stage]
            workers = [mb for pid, (role, parent, mb) in self.peaks.items()
                       if role == stage and self.peaks.get(parent, ("",))[0] == stage]
            if mains:
                text = f"{stage} main {max(mains):.0f} MB"
                if workers:
                    text += f", {len(workers)} worker{'s' * (len(workers) > 1)} ≤ {max(workers):.0f} MB"
                parts.append(text)
        if self.total_peak_mb:
            parts.append(f"whole pipe ≈ {self.total_peak_mb:.0f} MB PSS at its peak (sampled)")
        return "; ".join(parts)


def _pss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as stream:
            for line in stream:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return 0.0


def _role(cmdline: list[bytes]) -> str:
    args = [a.decode(errors="replace") for a in cmdline]
    if any(a.endswith("kzhealth") for a in args[:2]) and not any(a == "-c" for a in args[:2]):
        for word in ("ingest", "tag"):
            if word in args:
                return word
    return ""


def run_stage(name: str, files: list[Path], out: Path, timeout: float) -> dict:
    """Run one in-process stage in a fresh interpreter; its JSON report, or {'error': ...}."""
    listing = out.with_suffix(".files")
    listing.write_text("\n".join(str(f) for f in files) + "\n", encoding="utf-8")
    command = [sys.executable, str(Path(__file__).resolve()), "--stage", name, str(listing), str(out)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout, env={**os.environ, **ONE_THREAD})
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:.0f} s"}
    finally:
        listing.unlink(missing_ok=True)
    if done.returncode != 0:
        return {"error": _tail(done.stderr) or f"exit code {done.returncode}"}
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_kzhealth(corpus: Path, jobs: int, workdir: Path, timeout: float) -> tuple[float, float, float, str, str]:
    """Time `ingest | tag` on the corpus: (seconds, CPU seconds, peak RSS MB of the largest process, breakdown,
    error)."""
    wrap = [sys.executable, "-I", "-c", WRAPPER]
    kz = str(KZHEALTH)
    files = {name: workdir / f"kzhealth-j{jobs}.{name}" for name in ("out", "ingest.rss", "tag.rss", "ingest.err", "tag.err")}
    for path in files.values():
        path.unlink(missing_ok=True)
    q = shlex.quote
    ingest = " ".join(q(a) for a in [*wrap, str(files["ingest.rss"]), kz, "ingest", "--jobs", str(jobs), str(corpus)])
    tag = " ".join(q(a) for a in [*wrap, str(files["tag.rss"]), kz, "tag", "--jobs", str(jobs)])
    script = f"{ingest} 2> {q(str(files['ingest.err']))} | {tag} > {q(str(files['out']))} 2> {q(str(files['tag.err']))}"
    started = time.perf_counter()
    # Its own process group, so that a timeout stops the whole pipe, workers included.
    shell = subprocess.Popen(["bash", "-c", script], stdin=subprocess.DEVNULL, start_new_session=True)
    tree = ProcessTree(shell.pid).start()
    try:
        shell.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(shell.pid, signal.SIGKILL)
        shell.wait()
        tree.stop()
        return 0.0, 0.0, 0.0, "", f"timed out after {timeout:.0f} s"
    seconds = time.perf_counter() - started
    tree.stop()
    peaks, errors, cpu, warnings, cpu_by_stage = [], [], 0.0, 0, []
    for stage in ("ingest", "tag"):
        try:
            rss_kb, code, stage_cpu = files[f"{stage}.rss"].read_text().split()
        except (OSError, ValueError):
            errors.append(f"{stage}: did not finish")
            continue
        peaks.append(int(rss_kb) / 1024)
        cpu += float(stage_cpu)
        cpu_by_stage.append(f"{stage} {float(stage_cpu):.1f}")
        err = files[f"{stage}.err"].read_text(errors="replace") if files[f"{stage}.err"].exists() else ""
        warnings += len(err.splitlines())
        if code != "0":
            errors.append(f"{stage} exited {code}: {_tail(err)}")
    if not errors:
        lines = _count_lines(files["out"])
        if lines != _expected_docs(corpus):
            errors.append(f"{lines} records written for {_expected_docs(corpus)} documents")
    files["out"].unlink(missing_ok=True)  # it can be large; the floor's output is removed too
    breakdown = "; ".join(filter(None, [
        tree.describe(),
        f"CPU s (workers included): {', '.join(cpu_by_stage)}" if cpu_by_stage else "",
        f"{warnings} lines on stderr" if warnings else "",
    ]))
    return seconds, cpu, max(peaks, default=0.0), breakdown, "; ".join(errors)


def _expected_docs(corpus: Path) -> int:
    return len(corpus_builder.corpus_files(corpus))


def _count_lines(path: Path) -> int:
    if not path.exists():
        return 0
    count = 0
    with open(path, "rb") as stream:
        while chunk := stream.read(1 << 20):
            count += chunk.count(b"\n")
    return count


def _tail(text: str, lines: int = 3) -> str:
    return " | ".join(line.strip() for line in text.strip().splitlines()[-lines:])


# --- The corpus ---------------------------------------------------------------------------------------------------


@dataclass
class Corpus:
    path: Path
    files: list[Path]
    tokens: list[int]  # word tokens per file
    sizes: list[int]

    @classmethod
    def load(cls, path: Path) -> "Corpus":
        """Read every file once: counts the word tokens, and warms the page cache for every pipeline alike."""
        from kzhealth.lang.tokenize import words

        files = corpus_builder.corpus_files(path)
        tokens, sizes = [], []
        for file in files:
            data = file.read_bytes()
            sizes.append(len(data))
            tokens.append(len(words(data.decode("utf-8"))))
        return cls(path, files, tokens, sizes)

    def sample(self, n: int) -> tuple[list[Path], int, int]:
        """The first n files (documents are independent draws; the first n keep the 3:1 language mix)."""
        n = min(n, len(self.files))
        return self.files[:n], sum(self.tokens[:n]), sum(self.sizes[:n])


def build(docs: int, shared: Path | None) -> Corpus:
    started = time.perf_counter()
    path, manifest = corpus_builder.ensure_corpus(docs, corpus_builder.SEEDS, shared, OUT)
    corpus = Corpus.load(path)
    print(f"corpus: {path.relative_to(ROOT)}  {len(corpus.files):,} documents, {sum(corpus.tokens):,} word tokens, "
          f"{sum(corpus.sizes) / 1e6:.1f} MB, from {', '.join(manifest['sources'])}  ({time.perf_counter() - started:.1f} s)")
    return corpus


# --- Pipelines ----------------------------------------------------------------------------------------------------


def measure_floor(corpus: Corpus, repeat: int, timeout: float) -> Result:
    best: dict = {}
    for _ in range(max(repeat, 1)):
        report = run_stage("floor", corpus.files, OUT / "floor.jsonl", timeout)
        (OUT / "floor.jsonl").unlink(missing_ok=True)
        if "error" in report:
            return Result("floor", error=report["error"])
        if not best or report["seconds"] < best["seconds"]:
            best = report
    return Result("floor (read + regex tokenize + orjson write, 1 process)", len(corpus.files), sum(corpus.tokens),
                  sum(corpus.sizes), best["seconds"], best["cpu_seconds"], best["rss_mb"], note=f"best of {max(repeat, 1)}")


def measure_sampled(name: str, label: str, corpus: Corpus, sample: int, timeout: float) -> Result:
    files, tokens, size = corpus.sample(sample)
    report = run_stage(name, files, OUT / f"{name}.out", timeout)
    if "error" in report:
        return Result(label, error=report["error"])
    return Result(label, len(files), tokens, size, report["seconds"], report["cpu_seconds"], report["rss_mb"],
                  note=f"sample of {len(files)}; model load {report['load_seconds']:.1f} s excluded; one thread")


def measure_kzhealth(corpus: Corpus, jobs: int, repeat: int, timeout: float) -> Result:
    label = f"kzhealth ingest | tag --jobs {jobs}"
    best: Result | None = None
    for _ in range(max(repeat, 1)):
        seconds, cpu, rss, breakdown, error = run_kzhealth(corpus.path, jobs, OUT, timeout)
        if error:
            return Result(label, error=error)
        result = Result(label, len(corpus.files), sum(corpus.tokens), sum(corpus.sizes), seconds, cpu, rss,
                        note=f"best of {max(repeat, 1)}" if repeat > 1 else "", breakdown=breakdown)
        if best is None or result.seconds < best.seconds:
            best = result
    return best


# --- Report -------------------------------------------------------------------------------------------------------


def table(results: list[Result], floor: Result | None, natasha: Result | None) -> str:
    header = ["pipeline", "docs", "tokens", "seconds", "CPU s", "tokens/s", "docs/s", "MB/s", "peak RSS MB", "× floor", "× natasha"]
    rows = [header]
    for r in results:
        if not r.ok:
            rows.append([r.name] + [""] * (len(header) - 1))
            continue
        x_floor = f"{r.tokens_per_s / floor.tokens_per_s:.3f}" if floor and floor.ok else "–"
        x_natasha = f"{r.tokens_per_s / natasha.tokens_per_s:.1f}" if natasha and natasha.ok else "–"
        rows.append([
            r.name, f"{r.docs:,}", f"{r.tokens:,}", f"{r.seconds:.2f}", f"{r.cpu_seconds:.2f}", f"{r.tokens_per_s:,.0f}",
            f"{r.docs / r.seconds:,.1f}", f"{r.bytes / 1e6 / r.seconds:.2f}", f"{r.rss_mb:.0f}", x_floor, x_natasha,
        ])
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = []
    for n, row in enumerate(rows):
        cells = [row[0].ljust(widths[0])] + [cell.rjust(width) for cell, width in zip(row[1:], widths[1:])]
        lines.append("  ".join(cells).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    notes = [f"  {r.name}: {r.note}" for r in results if r.ok and r.note]
    notes += [f"  {r.name}: {r.breakdown}" for r in results if r.ok and r.breakdown]
    notes += [f"  {r.name}: FAILED: {r.error}" for r in results if not r.ok]
    return "\n".join(lines + (["", "notes:"] + notes if notes else []))


def verdict(ok: bool, text: str) -> str:
    return f"{'PASS' if ok else 'FAIL'}  {text}"


def targets(floor: Result, natasha: Result | None, kz: list[Result]) -> list[tuple[bool, str]]:
    checks: list[tuple[bool, str]] = []
    parallel = kz[-1] if kz else None
    if parallel is None or not parallel.ok:
        checks.append((False, "kzhealth ingest | tag ran on the corpus" + (f": {parallel.error}" if parallel else "")))
        return checks
    if natasha and natasha.ok:
        x = parallel.tokens_per_s / natasha.tokens_per_s
        checks.append((x >= TARGET_X_NATASHA, f"{parallel.name}: {x:.1f}× natasha's tokens/s (target ≥ {TARGET_X_NATASHA:g}×)"))
    if floor.ok:
        x = parallel.tokens_per_s / floor.tokens_per_s
        checks.append((x >= TARGET_X_FLOOR, f"{parallel.name}: {x:.3f}× the floor's tokens/s (target ≥ {TARGET_X_FLOOR:.2f}×)"))
    largest = max((r.rss_mb for r in kz if r.ok), default=0.0)
    checks.append((largest < TARGET_MAX_RSS_MB, f"largest kzhealth process: {largest:.0f} MB peak RSS (target < {TARGET_MAX_RSS_MB:.0f} MB)"))
    return checks


# --- Modes --------------------------------------------------------------------------------------------------------


def benchmark(args: argparse.Namespace, shared: Path | None) -> int:
    corpus = build(args.docs, shared)
    skip = set(args.skip)
    print(f"cores: {args.jobs} (kzhealth --jobs {args.jobs}); python {sys.version.split()[0]}")
    print("running: floor", end="", flush=True)
    floor = measure_floor(corpus, args.repeat_floor, args.timeout)
    results = [floor]
    natasha = None
    if "natasha" not in skip:
        print(", natasha", end="", flush=True)
        natasha = measure_sampled("natasha", "natasha 1.6 segment + morph + lemmatize", corpus, args.sample, args.timeout)
        results.append(natasha)
    if "pymorphy" not in skip:
        print(", pymorphy3", end="", flush=True)
        results.append(measure_sampled("pymorphy", "pymorphy3 first parse, uncached", corpus, args.sample, args.timeout))
    kz = []
    for jobs in ([] if "jobs1" in skip or args.jobs == 1 else [1]) + [args.jobs]:
        print(f", kzhealth --jobs {jobs}", end="", flush=True)
        kz.append(measure_kzhealth(corpus, jobs, args.repeat, args.timeout))
    results += kz
    print("\n")
    print(table(results, floor, natasha))
    print()
    checks = targets(floor, natasha, kz)
    for ok, text in checks:
        print(verdict(ok, text))
    return 0 if all(ok for ok, _ in checks) else 1


def compare(args: argparse.Namespace, shared: Path | None) -> int:
    sizes = [int(s) for s in args.compare.split(",")]
    if len(sizes) != 2 or sizes[0] >= sizes[1]:
        raise SystemExit("--compare expects two sizes, smaller first: --compare 4000,40000")
    runs = []
    for docs in sizes:
        corpus = build(docs, shared)
        print(f"running at {docs:,}: floor, kzhealth --jobs {args.jobs}", flush=True)
        floor = measure_floor(corpus, args.repeat_floor, args.timeout)
        kz = measure_kzhealth(corpus, args.jobs, args.repeat, args.timeout)
        floor.name, kz.name = f"floor @ {docs:,}", f"{kz.name} @ {docs:,}"
        runs.append((floor, kz))
    print()
    print(table([r for pair in runs for r in pair], None, None))
    print()
    (floor_a, kz_a), (floor_b, kz_b) = runs
    if not (kz_a.ok and kz_b.ok):
        print(verdict(False, "kzhealth ingest | tag ran at both sizes"))
        return 1
    size_ratio = kz_b.docs / kz_a.docs
    time_ratio = kz_b.seconds / kz_a.seconds
    floor_ratio = floor_b.seconds / floor_a.seconds if floor_a.ok and floor_b.ok else float("nan")
    slack = max(MEMORY_SLACK_MB, MEMORY_SLACK_FRACTION * kz_a.rss_mb)
    checks = [
        (time_ratio <= TARGET_TIME_GROWTH * size_ratio,
         f"{size_ratio:g}× the documents took {time_ratio:.2f}× the time (target ≤ ~{TARGET_TIME_GROWTH * size_ratio:g}×; "
         f"the floor took {floor_ratio:.2f}×)"),
        (kz_b.rss_mb <= kz_a.rss_mb + slack,
         f"largest process {kz_b.rss_mb:.0f} MB at {kz_b.docs:,} vs {kz_a.rss_mb:.0f} MB at {kz_a.docs:,} "
         f"(target: no more, within {slack:.0f} MB of run-to-run noise)"),
    ]
    for ok, text in checks:
        print(verdict(ok, text))
    return 0 if all(ok for ok, _ in checks) else 1


def profile(args: argparse.Namespace, shared: Path | None) -> int:
    """cProfile `ingest` then `tag`, in-process, over the first N files: once from cold (as a fresh worker starts:
    nothing memoised yet) and once more warm (every word form already seen); own time summed by stage."""
    import cProfile
    import pstats

    from kzhealth import pipeline
    from kzhealth.jsonl import Line
    from kzhealth.tagging import stage
    from kzhealth.tagging.tagger import Taxonomy

    corpus = build(args.docs, shared)
    files = corpus.files[: args.profile]
    tokens = sum(corpus.tokens[: len(files)])
    ingest_stage = pipeline.IngestStage()
    ingest_stage(corpus.files[-1])  # loads dictionaries and profiles; a document outside the sample

    def run(fn, items) -> tuple[pstats.Stats, float, list]:
        prof = cProfile.Profile()
        started = time.perf_counter()
        prof.enable()
        results = [fn(item) for item in items]
        prof.disable()
        return pstats.Stats(prof), time.perf_counter() - started, results

    ingest_cold, cold_s, outcomes = run(ingest_stage, files)
    ingest_warm, warm_s, _ = run(ingest_stage, files)
    started = time.perf_counter()
    for path in files:
        ingest_stage(path)
    plain_s = time.perf_counter() - started
    lines = [Line(f"<{n}>", o.line) for n, o in enumerate(outcomes) if o.line]
    tag_stage = stage.TagStage(Taxonomy.load())  # builds the tagger in this process
    tag_cold, tag_s, _ = run(tag_stage, lines)
    tag_warm, _, _ = run(tag_stage, lines)

    print(f"\n{len(files)} documents, {tokens:,} word tokens, one process. Profiled: ingest {cold_s:.2f} s cold, "
          f"{warm_s:.2f} s warm; tag {tag_s:.2f} s. Unprofiled, warm: ingest {plain_s:.2f} s = {tokens / plain_s:,.0f} "
          f"tokens/s (cProfile inflates small calls: compare shares, not seconds)\n")
    for name, cold, warm in (("ingest", ingest_cold, ingest_warm), ("tag", tag_cold, tag_warm)):
        print(stage_table(name, own_time_by_stage(cold), own_time_by_stage(warm)))
    for name, stats in (("ingest, cold", ingest_cold), ("tag, cold", tag_cold)):
        print(f"\n{name}: top functions by own time")
        stats.sort_stats("tottime").print_stats(args.profile_top)
    return 0


def stage_table(name: str, cold: dict[str, float], warm: dict[str, float]) -> str:
    cold_total, warm_total = sum(cold.values()) or 1.0, sum(warm.values()) or 1.0
    lines = [f"{name}: own time by stage      cold            warm (all forms seen before)"]
    for stage in sorted(cold.keys() | warm.keys(), key=lambda s: -cold.get(s, 0.0)):
        c, w = cold.get(stage, 0.0), warm.get(stage, 0.0)
        lines.append(f"  {stage:<22} {c:7.2f} s {100 * c / cold_total:5.1f} %   {w:7.2f} s {100 * w / warm_total:5.1f} %")
    lines.append(f"  {'total':<22} {cold_total:7.2f} s {100:5.1f} %   {warm_total:7.2f} s {100:5.1f} %")
    return "\n".join(lines) + "\n"


# Where a function's own time goes: the first pattern found in its file path; functions of other files (the
# standard library, builtins) are charged to the stages of their callers, in proportion to the calls' time.
STAGE_OF_FILE = [
    ("kzhealth/ingest/decode", "decode"),
    ("kzhealth/ingest/", "parse"),
    ("kzhealth/lang/langid", "langid"),
    ("langdetect", "langid"),
    ("kzhealth/lang/tokenize", "tokenize"),
    ("kzhealth/lang/russian", "lemmatize ru"),
    ("pymorphy", "lemmatize ru"),
    ("kzhealth/lang/kazakh", "lemmatize kk"),
    ("kzhealth/models", "record (pydantic)"),
    ("pydantic", "record (pydantic)"),
    ("kzhealth/jsonl", "JSON"),
    ("orjson", "JSON"),
    ("/json/", "JSON"),
    ("kzhealth/tagging/", "tag"),
    ("kzhealth/pipeline", "pipeline glue"),
]


def own_time_by_stage(stats) -> dict[str, float]:
    entries = stats.stats  # (file, line, name) -> (primitive calls, calls, own time, cumulative, callers)
    memo: dict = {}

    def shares(key, seen=frozenset()) -> dict[str, float]:
        """Fractions of this function's time that belong to each stage."""
        if key in memo:
            return memo[key]
        path = key[0].replace("\\", "/")
        for pattern, stage in STAGE_OF_FILE:
            if pattern in path:
                memo[key] = {stage: 1.0}
                return memo[key]
        callers = entries.get(key, (0, 0, 0, 0, {}))[4]
        weights: dict[str, float] = {}
        total = sum(c[3] for c in callers.values()) if callers else 0.0
        for caller, timing in callers.items():
            if caller in seen or total <= 0:
                continue
            for stage, fraction in shares(caller, seen | {key}).items():
                weights[stage] = weights.get(stage, 0.0) + fraction * timing[3] / total
        result = weights or {"other": 1.0}
        memo[key] = result
        return result

    by_stage: dict[str, float] = {}
    for key, (_, _, own, _, _) in entries.items():
        for stage, fraction in shares(key).items():
            by_stage[stage] = by_stage.get(stage, 0.0) + own * fraction
    return by_stage


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--stage"]:  # a fresh process measuring one in-process pipeline
        name, listing, out = argv[1:4]
        files = [Path(line) for line in Path(listing).read_text(encoding="utf-8").splitlines() if line]
        print(json.dumps(STAGES[name](files, Path(out))))
        return 0
    from kzhealth.runner import default_jobs  # noqa: PLC0415  (kept out of the stage processes)

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0], formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog="\n".join(__doc__.splitlines()[1:6]))
    parser.add_argument("--docs", type=int, default=4000, help="corpus size in documents (default: 4000)")
    parser.add_argument("--shared", default=str(corpus_builder.SHARED),
                        help="folder with eval/ud/*.conllu for vocabulary; 'none' for the seeds only")
    parser.add_argument("--jobs", type=int, default=default_jobs(), help="N for the parallel run (default: all cores)")
    parser.add_argument("--sample", type=int, default=200, help="documents for natasha and pymorphy3 (default: 200)")
    parser.add_argument("--skip", type=lambda s: [x for x in s.split(",") if x], default=[],
                        help="comma-separated: natasha, pymorphy, jobs1")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each kzhealth pipe; the fastest counts")
    parser.add_argument("--repeat-floor", type=int, default=2, help="runs of the floor; the fastest counts (default 2)")
    parser.add_argument("--timeout", type=float, default=1800, help="seconds allowed per pipeline run")
    parser.add_argument("--compare", metavar="SMALL,LARGE", help="run floor and kzhealth at two sizes, e.g. 4000,40000")
    parser.add_argument("--profile", type=int, metavar="N", help="cProfile ingest and tag in-process on N documents")
    parser.add_argument("--profile-top", type=int, default=25, help="functions listed per profile (default 25)")
    args = parser.parse_args(argv)
    unknown = set(args.skip) - {"natasha", "pymorphy", "jobs1"}
    if unknown:
        parser.error(f"--skip: unknown {', '.join(sorted(unknown))}")
    shared = None if args.shared.lower() == "none" else Path(args.shared)
    OUT.mkdir(parents=True, exist_ok=True)
    if args.profile:
        return profile(args, shared)
    if args.compare:
        return compare(args, shared)
    return benchmark(args, shared)


if __name__ == "__main__":
    sys.exit(main())
