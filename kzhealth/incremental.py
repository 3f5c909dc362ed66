"""Incremental ingest: keep a corpus up to date with a growing scrape folder, redoing only what changed.

A file is known by its resolved absolute path and the digest of its bytes, so a run from another directory, or
`./scrapes` for `scrapes/`, finds the same files. What tells a changed file cheaply lives in a small sidecar next
to the output (`OUTPUT.kzstate.json`), one entry per record in output order: the path, the size, mtime and ctime
(a rewrite that keeps size and mtime still changes ctime, and then the digest decides) and the digest. Records are
not bloated with it. The sidecar also records the options that shape a record, and a run with other options stops
rather than mix records.

Against the old output and its sidecar, each file the walk finds is:
- unchanged: its old line is copied, not processed again;
- new or changed: ingested (a changed file's old record is replaced);
- renamed (the bytes of a file whose old path is gone): ingested under its new name, one record as before;
and each old record whose file is gone is kept, where its path sorts: a corpus does not forget an article because a
scrape folder was cleaned. The result is in the order a full run gives; with nothing gone, the same bytes.
"""

from __future__ import annotations

import hashlib
import heapq
import json
import os
import stat
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import kzhealth

from .errors import InputError, UsageError
from .ingest.files import Skipped, Streamed
from .jsonl import Companion
from .models import SCHEMA_VERSION
from .shards import names_folder, shard_paths, temp_name
from .stages import Outcome
from .streams import compression_of, open_input

SIDECAR_SUFFIX = ".kzstate.json"
FOLDER_STATE = "_kzstate.json"  # in a folder of shards, beside its manifest
READ_CHUNK = 1 << 20


def sidecar_path(output: str) -> Path:
    if names_folder(output):
        return Path(output) / FOLDER_STATE
    target = Path(os.path.realpath(output))
    return target.with_name(target.name + SIDECAR_SUFFIX)


def file_digest(path: str | Path) -> str:
    digest = hashlib.blake2b(digest_size=16)
    with open(path, "rb") as stream:
        while chunk := stream.read(READ_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass
class Entry:
    """One record's file: where it is, what told it apart last time, and its bytes' digest."""

    path: str  # resolved: the file's identity
    order: str  # absolute, not resolved: where the walk met it, which decides its place in the output
    size: int
    mtime_ns: int
    ctime_ns: int
    digest: str

    def same_stat(self, info: os.stat_result) -> bool:
        return (self.size, self.mtime_ns, self.ctime_ns) == (info.st_size, info.st_mtime_ns, info.st_ctime_ns)

    @classmethod
    def of(cls, path: str, info: os.stat_result, digest: str, resolved: str | None = None) -> "Entry":
        return cls(resolved or os.path.realpath(path), os.path.abspath(path), info.st_size, info.st_mtime_ns,
                   info.st_ctime_ns, digest)


class Resolver:
    """`os.path.realpath` for many files in few folders. realpath looks up every component of every path (a dozen
    lstat calls for a file reached through a link), so a plan over 40,000 files spent most of its time there; this
    resolves each folder once and then looks up the file's own name only, following a link the same way."""

    MAX_LINKS = 40  # as the kernel allows; past it, realpath decides (it knows loops)

    def __init__(self) -> None:
        self._folders: dict[str, str] = {}

    def __call__(self, path: str) -> str:
        found = path
        for _ in range(self.MAX_LINKS):
            folder, name = os.path.split(found)
            if name in ("", os.curdir, os.pardir):
                break
            real = self._folders.get(folder)
            if real is None:
                real = self._folders[folder] = os.path.realpath(folder)  # `..` after a link resolved as realpath does
            joined = os.path.join(real, name)
            try:
                if not stat.S_ISLNK(os.lstat(joined).st_mode):
                    return joined
                found = os.path.join(real, os.readlink(joined))  # a relative link is relative to its own folder
            except OSError:  # gone, or in a folder that cannot be entered
                break
        return os.path.realpath(path)  # what realpath makes of the rare rest (and of loops)


@dataclass
class State:
    options: dict
    entries: list[Entry]
    output: dict = field(default_factory=dict)  # size and mtime of the output the entries describe

    def to_bytes(self) -> bytes:
        value = {
            "options": self.options,  # the kzhealth version among them
            "output": self.output,
            "files": [[e.path, e.order, e.size, e.mtime_ns, e.ctime_ns, e.digest] for e in self.entries],
        }
        # ASCII escapes: a path that is not UTF-8 holds surrogates, which \\udcNN keeps and UTF-8 cannot
        return json.dumps(value, ensure_ascii=True, separators=(",", ":")).encode("ascii") + b"\n"

    @classmethod
    def load(cls, path: Path, output: str) -> "State":
        try:
            value = json.loads(path.read_bytes())
            entries = [Entry(*item) for item in value["files"]]
            return cls(value["options"], entries, value["output"])
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise UsageError(f"{path}: not a kzhealth state file ({exc}); {rebuild(output)}") from None


def run_options(tag_digest: str | None, topics: Sequence[str]) -> dict:
    """What shapes a record: a run with other values cannot reuse old records."""
    return {
        "kzhealth": kzhealth.__version__,
        "schema_version": SCHEMA_VERSION,
        "tag": tag_digest is not None,
        "taxonomy": tag_digest,
        "topic": sorted(topics),
    }


_OPTION_NAMES = {"kzhealth": "kzhealth version", "schema_version": "schema version", "tag": "--tag",
                 "taxonomy": "taxonomy", "topic": "--topic"}


def rebuild(output: str) -> str:
    """How to start afresh: remove the output, and the same command makes it anew with its state (a run without
    --incremental writes no state to build on)."""
    return f"remove {output} and run again for a full run"


def check_options(old: dict, new: dict, output: str) -> None:
    for key, name in _OPTION_NAMES.items():
        was, now = old.get(key), new.get(key)
        if was != now:
            if isinstance(was, bool) or isinstance(now, bool):  # a flag: "made with --tag, now without"
                change = f"with {name}, now without" if was else f"without {name}, now with"
            else:
                change = f"another {name} ({was!r}, now {now!r})"
            raise UsageError(f"--incremental: {output} was made {change}; {rebuild(output)}")


# --- The plan -----------------------------------------------------------------------------------------------------


@dataclass
class Plan:
    """What to do, in output order: ("reuse", old index, entry) or ("ingest", item, entry or None)."""

    steps: list[tuple] = field(default_factory=list)
    counts: Counter = field(default_factory=Counter)
    # a changed file's old record, by the file: kept if the file now makes none (emptied, truncated to nothing)
    previous: dict[Path, tuple[int, Entry]] = field(default_factory=dict)

    def to_ingest(self) -> Iterator[Path | Skipped]:
        return (step[1] for step in self.steps if step[0] == "ingest")

    def reused(self) -> set[int]:
        """The old records that may be written again: the unchanged and gone files', and the changed ones' too."""
        return {step[1] for step in self.steps if step[0] == "reuse"} | {index for index, _ in self.previous.values()}


def _order_key(absolute: str, roots: dict[str, int]) -> tuple:
    """Where a path comes in a full run's output: the walk takes the given paths in turn, each folder's names in
    sorted order, depth first, which is the order of (the first given path holding it, the relative path's parts).
    The given paths are looked up by each ancestor, so a list of a million paths (`ingest -`) costs no more."""
    parts = _parts(absolute)
    best: tuple[int, int] | None = None
    ancestor = absolute  # os.path.join(*parts[:depth]), from the whole path up to the root
    for depth in range(len(parts), 0, -1):
        index = roots.get(ancestor)
        if index is not None and (best is None or index < best[0]):
            best = (index, depth)
        ancestor = os.path.dirname(ancestor)
    if best is None:  # under none of them: after them all
        return (len(roots), *parts)
    return (best[0], *parts[best[1] :])


def _parts(absolute: str) -> tuple[str, ...]:
    """`Path(absolute).parts` of a normalized absolute path (as abspath gives it), without building a Path: a plan
    orders every file of the corpus."""
    if os.sep != "/" or absolute.startswith("//"):  # drives, or the root POSIX lets be `//`
        return Path(absolute).parts
    return ("/", *absolute[1:].split("/")) if absolute != "/" else ("/",)


def plan(files: Iterable[Path | Skipped], roots: Sequence[str], state: State | None) -> Plan:
    result = Plan()
    absolute_roots: dict[str, int] = {}
    for index, root in enumerate(roots):
        absolute_roots.setdefault(os.path.abspath(root), index)
    old = {entry.path: index for index, entry in enumerate(state.entries)} if state else {}
    present: list[tuple] = []
    claimed: set[int] = set()
    unknown: list[str] = []  # the digests of files whose path the old run did not have
    resolved = Resolver()
    for item in files:
        if isinstance(item, (Skipped, Streamed)):  # no file to know again: ingested (or skipped) every time
            present.append(("ingest", item, None))
            continue
        try:
            info = os.stat(item)
            real = resolved(str(item))
            index = old.get(real)
            if index is not None and state.entries[index].same_stat(info):  # type: ignore[union-attr]
                claimed.add(index)
                present.append(("reuse", index, state.entries[index]))  # type: ignore[union-attr]
                result.counts["unchanged"] += 1
                continue
            digest = file_digest(item)
        except OSError:  # vanished or unreadable since the walk: the stage says so, as in a full run
            present.append(("ingest", item, None))
            continue
        entry = Entry.of(str(item), info, digest, real)
        if index is not None:
            claimed.add(index)
            if state.entries[index].digest == digest:  # type: ignore[union-attr]  # touched, not changed
                present.append(("reuse", index, entry))
                result.counts["unchanged"] += 1
            else:
                present.append(("ingest", item, entry))
                result.counts["changed"] += 1
                result.previous[item] = (index, state.entries[index])  # type: ignore[union-attr]
        else:
            present.append(("ingest", item, entry))
            unknown.append(digest)
    # a new path with the bytes of an old path that is gone is that file renamed: one record, under its new name
    gone_by_digest: dict[str, list[int]] = {}
    for index, entry in enumerate(state.entries if state else ()):
        if index not in claimed:
            gone_by_digest.setdefault(entry.digest, []).append(index)
    for digest in unknown:
        if gone_by_digest.get(digest):
            claimed.add(gone_by_digest[digest].pop())
            result.counts["renamed"] += 1
        else:
            result.counts["new"] += 1
    gone = [
        (_order_key(entry.order, absolute_roots), ("reuse", index, entry))
        for index, entry in enumerate(state.entries if state else ())
        if index not in claimed
    ]
    result.counts["gone"] = len(gone)
    gone.sort(key=lambda pair: pair[0])
    keyed = ((_order_key(_absolute(step), absolute_roots), step) for step in present)
    result.steps = [step for _, step in heapq.merge(keyed, gone, key=lambda pair: pair[0])]
    return result


def _absolute(step: tuple) -> str:
    item = step[1]
    path = item.path if isinstance(item, (Skipped, Streamed)) else item
    return os.path.abspath(path) if step[0] == "ingest" else step[2].order


# --- Reading the old output and writing the new one ----------------------------------------------------------------


@contextmanager
def old_lines(output: str, state: State, wanted: set[int]) -> Iterator[Callable[[int], bytes]]:
    """A function from an old record's index to its line. The old output (a file, or a folder's shards in order) is
    read once; its lines are found again by offset, in the file itself when it is plain, or in a spool beside it
    when it is compressed."""
    folder = names_folder(output)
    target = Path(os.path.realpath(output))
    sources = shard_paths(output) if folder else [output]
    plain = not folder and compression_of(output) is None
    spool_path = target.parent / temp_name()
    offsets: dict[int, tuple[int, int]] = {}
    spool = None
    try:
        spool = None if plain else open(spool_path, "w+b")  # made inside the try that removes it (see jsonl._atomic)
        count = 0
        for source in sources:
            with open_input(source) as stream:
                position = 0
                while line := stream.readline():
                    if count in wanted:
                        if spool is None:
                            offsets[count] = (position, len(line))
                        else:
                            offsets[count] = (spool.tell(), len(line))
                            spool.write(line)
                    position += len(line)
                    count += 1
        if count != len(state.entries):
            raise InputError(
                f"{output}: {count} records, but its state names {len(state.entries)} (changed by hand?); "
                + rebuild(output)
            )
        source = open(target, "rb") if spool is None else spool

        def line(index: int) -> bytes:
            start, size = offsets[index]
            source.seek(start)
            return source.read(size)

        try:
            yield line
        finally:
            if spool is None:
                source.close()
    finally:
        if spool is not None:
            spool.close()
        spool_path.unlink(missing_ok=True)


def merged(
    plan_: Plan, outcomes: Iterator[Outcome], line_of: Callable[[int], bytes] | None, entries: list[Entry]
) -> Iterator[Outcome]:
    """The outcomes in output order: reused lines from the old output, the rest from the stage. `entries` gets the
    new state's entry of each line written."""
    for kind, item, entry in plan_.steps:
        if kind == "reuse":
            entries.append(entry)
            assert line_of is not None
            yield Outcome(entry.order, line_of(item))
            continue
        outcome = next(outcomes)
        if outcome.line is None and outcome.skipped and item in plan_.previous:
            # a file that made a record and now makes none: its content is gone, and so kept, as a gone file's is
            index, entry = plan_.previous[item]
            plan_.counts["changed"] -= 1
            plan_.counts["gone"] += 1
            reason = f"{outcome.skipped} ({outcome.detail})" if outcome.detail else outcome.skipped
            assert line_of is not None
            kept = f"{outcome.where}: {reason} now; its record of the last run is kept"
            outcome = Outcome(outcome.where, line_of(index), warnings=[kept])
        if outcome.line is not None and not isinstance(item, Streamed):
            if entry is None:  # a file that vanished between the walk and now, yet read: known by its bytes
                entry = Entry.of(str(item), os.stat(item), file_digest(item))
            entries.append(entry)
        yield outcome


def companion(output: str, options: dict, entries: list[Entry]) -> Companion:
    """The sidecar, made when the output is finished, of the entries of the lines it holds."""

    def make(info: os.stat_result | None) -> bytes:
        written = {"size": info.st_size, "mtime_ns": info.st_mtime_ns} if info is not None else {}
        return State(options, entries, written).to_bytes()

    return sidecar_path(output), make


def load_state(output: str, options: dict) -> State | None:
    """The state of the previous run into `output`, or None when there is none to build on (a full run)."""
    if not os.path.exists(output) or (names_folder(output) and not any(Path(output).iterdir())):
        return None
    path = sidecar_path(output)
    if not path.exists():
        raise UsageError(f"--incremental: {output} exists but has no {path.name}; {rebuild(output)}")
    state = State.load(path, output)
    check_options(state.options, options, output)
    if not names_folder(output):  # a folder's state is swapped in with its shards, never apart from them
        info = os.stat(output)
        if state.output != {"size": info.st_size, "mtime_ns": info.st_mtime_ns}:
            raise UsageError(f"--incremental: {path.name} does not describe {output} as it is now; {rebuild(output)}")
    return state

