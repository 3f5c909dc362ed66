"""The stories stage: read the records once to map each to a signature, group the signatures, then read the
records again and write each with its story fields, in input order.

Only the signatures stay in memory. stdin cannot be read twice, so it is first copied to a temporary file, which is
removed however the run ends (an error, Ctrl-C, SIGTERM, a closed output pipe).
"""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from ..errors import InputError
from ..jsonl import Line, dump, iter_lines, parse_record
from ..streams import open_input
from .cluster import group
from .features import Signature, signature


def _raise(error: InputError) -> None:
    raise error


def _once_only(source: str) -> bool:
    """Whether a source can be read only once: stdin, a pipe, `<(...)`, /dev/stdin."""
    if source == "-":
        return True
    try:
        return not (stat.S_ISREG(os.stat(source).st_mode) or stat.S_ISDIR(os.stat(source).st_mode))
    except OSError:
        return False  # the reader names the problem


@contextmanager
def rereadable(sources: Sequence[str]) -> Iterator[Callable[[], Iterator[Line]]]:
    """A function that reads the sources' lines from the start each time it is called; stdin (`-`, or no source)
    and other streams are spooled to temporary files first, removed when the block ends, however it ends."""
    sources = list(sources) or ["-"]
    if not any(map(_once_only, sources)):
        yield lambda: iter_lines(sources)
        return
    with tempfile.TemporaryDirectory(prefix="kzhealth-stories-") as tmp:
        spools: dict[str, str] = {}  # spool path -> the name the user gave
        named = []
        for number, source in enumerate(sources):
            if not _once_only(source):
                named.append(source)
                continue
            spool = str(Path(tmp) / f"{number}.jsonl")
            with open_input(source) as stream, open(spool, "wb") as out:
                shutil.copyfileobj(stream, out, 1 << 20)
            spools[spool] = "stdin" if source == "-" else source
            named.append(spool)

        def lines() -> Iterator[Line]:
            for line in iter_lines(named):
                path, _, number = line.where.rpartition(":")
                yield Line(f"{spools[path]}:{number}", line.data) if path in spools else line

        yield lines


def story_lines(
    sources: Sequence[str], on_invalid: Callable[[InputError], None] = _raise, spill_dir: str | None = None
) -> Iterator[bytes]:
    """Every record of the sources as a JSONL line with `story`, `story_size` and `copy_of` set, in input order.
    A line that is not a record goes to `on_invalid` (which raises by default) before anything is written."""
    with rereadable(sources) as lines:  # SIGTERM and SIGHUP unwind it too (cli.main turns them into Terminated)
        signatures: list[Signature] = []
        invalid: set[int] = set()  # line numbers of the lines that are not records
        for number, line in enumerate(lines()):
            try:
                signatures.append(signature(parse_record(line)))
            except InputError as exc:
                on_invalid(exc)
                invalid.add(number)
        stories = iter(group(signatures, spill_dir))
        for number, line in enumerate(lines()):
            if number in invalid:
                continue
            story = next(stories)
            update = {"story": story.story, "story_size": story.story_size, "copy_of": story.copy_of}
            yield dump(parse_record(line).model_copy(update=update))
