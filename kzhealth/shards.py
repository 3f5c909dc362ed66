"""A folder of shards: `part-00000.jsonl.gz`, ... written atomically one by one, and `_manifest.json` written last.

The manifest names each shard with its record count, and the kzhealth version and options of the run. A folder
with shards and no manifest is an unfinished run; readers refuse it rather than read part of a corpus. Shard k
holds the records of the k-th partition of the input (PARTITION items), whichever executor made it, so a local and
a distributed run give the same files.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shutil
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from itertools import chain, count, islice
from dataclasses import dataclass, field
from pathlib import Path

import kzhealth

from .errors import InputError, UsageError
from .streams import compressing

MANIFEST = "_manifest.json"
PARTITION = 500  # input items per shard (and per distributed task): big enough to amortise a task, small to balance
_SHARD = re.compile(r"part-\d{5,}\.jsonl\.gz")
TEMP_PREFIX = ".kzhealth-"  # temporary files are `.kzhealth-<random>.part`: short, so any legal target name works
TEMP_SUFFIX = ".part"


def names_folder(output: str | None) -> bool:
    """Whether `-o` names a folder of shards: a trailing slash says so."""
    return bool(output) and output.endswith(("/", os.sep))  # type: ignore[union-attr]


def shard_name(index: int) -> str:
    return f"part-{index:05d}.jsonl.gz"


def temp_name() -> str:
    return f"{TEMP_PREFIX}{secrets.token_hex(4)}{TEMP_SUFFIX}"


def is_temp_name(name: str) -> bool:
    return name.startswith(TEMP_PREFIX) and name.endswith(TEMP_SUFFIX)


@contextmanager
def prepared(folder: str) -> Iterator[Path]:
    """The output folder, created if absent; it must be absent or empty (exit 2), so no run mixes with another. A
    run that fails or is interrupted leaves it as it found it: what it wrote there is removed (the folder was empty),
    and so is the folder if the run made it."""
    path = Path(folder)
    if path.exists() and not path.is_dir():
        raise UsageError(f"cannot write shards to {folder}: it is a file (drop the trailing slash to write a file)")
    made = not path.exists()
    try:
        path.mkdir(parents=True, exist_ok=True)
        if any(path.iterdir()):
            raise UsageError(f"cannot write shards to {folder}: the folder is not empty")
    except OSError as exc:
        raise UsageError(f"cannot write shards to {folder}: {exc.strerror or exc}") from None
    try:
        yield path
    except BaseException:
        for entry in path.iterdir():
            if _SHARD.fullmatch(entry.name) or is_temp_name(entry.name) or entry.name == MANIFEST:
                entry.unlink(missing_ok=True)
        if made:
            with suppress(OSError):  # not empty: something else's is there now
                path.rmdir()
        raise


def write_shard(folder: str | Path, index: int, lines: Iterable[bytes]) -> int:
    """Write shard `index` atomically (a temporary file renamed into place); the number of lines written.
    A task run twice (a worker lost mid-run) writes the same bytes again, and the rename keeps one copy."""
    folder = Path(folder)
    tmp = folder / temp_name()
    count = 0
    try:
        with open(tmp, "wb") as raw, compressing(raw, "gzip") as out:
            for line in lines:
                out.write(line)
                count += 1
        os.replace(tmp, folder / shard_name(index))
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return count


def command_line() -> dict:
    """The options of this run, for a manifest: its command line, as valid UTF-8 (a file name that is not keeps
    its other bytes as \\xNN, as `source` does)."""
    return {"argv": [os.fsencode(arg).decode("utf-8", "backslashreplace") for arg in sys.argv[1:]]}


@dataclass
class Manifest:
    command: str
    options: dict = field(default_factory=command_line)
    shards: list[dict] = field(default_factory=list)

    def add(self, index: int, records: int) -> None:
        self.shards.append({"file": shard_name(index), "records": records})

    def finish(self, folder: str | Path) -> None:
        """Remove what a retried or lost task left behind, then write the manifest: the run is complete."""
        folder = Path(folder)
        for path in folder.iterdir():
            if is_temp_name(path.name):
                path.unlink(missing_ok=True)
        self.shards.sort(key=lambda shard: shard["file"])
        value = {
            "kzhealth": kzhealth.__version__,
            "command": self.command,
            "options": self.options,
            "records": sum(shard["records"] for shard in self.shards),
            "shards": self.shards,
        }
        tmp = folder / temp_name()
        try:
            tmp.write_text(json.dumps(value, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            os.replace(tmp, folder / MANIFEST)
        finally:
            tmp.unlink(missing_ok=True)


def shard_paths(folder: str) -> list[str]:
    """The shards of a finished run, in order, as its manifest names them."""
    path = Path(folder)
    manifest = path / MANIFEST
    if not manifest.is_file():
        if any(_SHARD.fullmatch(p.name) for p in path.iterdir()):
            raise InputError(f"{folder}: shards without {MANIFEST}: an unfinished run (run it again into an empty folder)")
        raise UsageError(f"{folder}: a folder, but not of kzhealth shards (no {MANIFEST}); give files instead")
    try:
        shards = json.loads(manifest.read_text("utf-8"))["shards"]
        names = [shard["file"] for shard in shards]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise InputError(f"{manifest}: not a kzhealth manifest ({exc})") from None
    for name in names:
        if not isinstance(name, str) or not _SHARD.fullmatch(name):
            raise InputError(f"{manifest}: not a shard name: {name!r}")
    return [str(path / name) for name in names]


@dataclass
class ShardResult:
    """What writing one shard gave: how many items were read and records written, and the outcomes that carry
    something to tell (skips, warnings), without their lines. Small, so it travels back from a remote worker."""

    index: int
    read: int
    records: int
    notes: list = field(default_factory=list)


def write_outcomes(outcomes: Iterable, folder: str | Path, index: int) -> ShardResult:
    """Shard `index` made of the lines of `outcomes` (kzhealth.stages.Outcome), and the result to account for."""
    result = ShardResult(index, 0, 0)

    def lines() -> Iterable[bytes]:
        for outcome in outcomes:
            result.read += 1
            if outcome.line is not None:
                yield outcome.line
            if outcome.skipped or outcome.warnings or outcome.once:
                outcome.line = None
                result.notes.append(outcome)

    result.records = write_shard(folder, index, lines())
    return result


def write_partitions(outcomes: Iterable, folder: str | Path, partition: int = PARTITION) -> Iterator[ShardResult]:
    """Shards of `partition` outcomes each, in order, into `folder`; at least one (empty) shard, so that the folder
    still reads as a corpus when there was nothing to write."""
    outcomes = iter(outcomes)
    for index in count():
        first = next(outcomes, None)
        if first is None:
            if index == 0:
                yield write_outcomes((), folder, 0)
            return
        yield write_outcomes(chain([first], islice(outcomes, partition - 1)), folder, index)


def replace_with_shards(
    folder: str, outcomes: Iterable, manifest: Manifest, state: tuple[str, Callable[[], bytes]] | None
) -> None:
    """`folder` replaced, as one step as far as the filesystem allows, by a folder of shards of `outcomes`, its
    manifest and a `state` file (its name, and what makes its bytes once the shards are written) beside them: all are written into a new sibling folder first, which
    is swapped in only when complete, so a failed or interrupted run leaves the old folder as it was."""
    target = Path(folder.rstrip("/" + os.sep))
    fresh, old = target.parent / temp_name(), target.parent / temp_name()
    try:
        try:
            fresh.mkdir()  # made inside the try that removes it (see jsonl._atomic)
        except FileExistsError:
            fresh = None  # another run's, by its name: not this one's to remove
            raise
        for result in write_partitions(outcomes, fresh):
            manifest.add(result.index, result.records)
        manifest.finish(fresh)
        if state is not None:
            (fresh / state[0]).write_bytes(state[1]())
        if target.exists():
            os.rename(target, old)
        os.rename(fresh, target)
    except BaseException:
        if fresh is not None:
            shutil.rmtree(fresh, ignore_errors=True)
        if old.exists() and not target.exists():
            os.rename(old, target)
        raise
    shutil.rmtree(old, ignore_errors=True)
