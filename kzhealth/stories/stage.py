"""The stories stage: read the records once to map each to a signature, group the signatures, then read the
records again and write each with its story fields, in input order.

Only the signatures stay in memory. stdin cannot be read twice, so it is first copied to a temporary file, which is
removed however the run ends (an error, Ctrl-C, SIGTERM, a closed output pipe).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from ..errors import InputError
from ..jsonl import dump, parse_record, rereadable
from .cluster import group
from .features import Signature, signature


def _raise(error: InputError) -> None:
    raise error


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
