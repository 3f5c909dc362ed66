"""The stories stage: read the records once to map each to a signature, group the signatures, then read the
records again and write each with its story fields, in input order.

Only the signatures stay in memory. stdin cannot be read twice, so it is first copied to a temporary file, which is
removed however the run ends (an error, Ctrl-C, a closed output pipe).
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from ..errors import InputError
from ..jsonl import Line, dump, iter_lines, parse_record
from .cluster import Story, group
from .features import Signature, signature


def _raise(error: InputError) -> None:
    raise error


@contextmanager
def rereadable(sources: Sequence[str]) -> Iterator[Callable[[], Iterator[Line]]]:
    """A function that reads the sources' lines from the start each time it is called; stdin (`-`, or no source)
    is spooled to a temporary file first, and the file is removed when the block ends, however it ends."""
    sources = list(sources) or ["-"]
    if "-" not in sources:
        yield lambda: iter_lines(sources)
        return
    with tempfile.TemporaryDirectory(prefix="kzhealth-stories-") as tmp:
        spool = str(Path(tmp) / "stdin.jsonl")
        with open(spool, "wb") as out:
            shutil.copyfileobj(sys.stdin.buffer, out, 1 << 20)
        named = [spool if source == "-" else source for source in sources]

        def lines() -> Iterator[Line]:
            for line in iter_lines(named):
                yield Line(line.where.replace(spool, "stdin", 1), line.data) if line.where.startswith(spool) else line

        yield lines


def story_lines(
    sources: Sequence[str], on_invalid: Callable[[InputError], None] = _raise, spill_dir: str | None = None
) -> Iterator[bytes]:
    """Every record of the sources as a JSONL line with `story`, `story_size` and `copy_of` set, in input order.
    A line that is not a record goes to `on_invalid` (which raises by default) before anything is written."""
    with rereadable(sources) as lines:
        signatures: list[Signature | None] = []
        for line in lines():
            try:
                signatures.append(signature(parse_record(line)))
            except InputError as exc:
                on_invalid(exc)
                signatures.append(None)
        valid = [sig for sig in signatures if sig is not None]
        stories: Iterator[Story] = iter(group(valid, spill_dir))
        del valid
        for line, sig in zip(lines(), signatures):
            if sig is None:
                continue
            story = next(stories)
            record = parse_record(line)
            yield dump(record.model_copy(update={"story": story.story, "story_size": story.story_size, "copy_of": story.copy_of}))
