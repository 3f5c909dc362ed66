"""The tag stage: JSONL line -> Record -> topics and regions -> JSONL.

`Tagger.tag` is the pure stage function; `tag_lines` maps it over many lines (in worker processes when asked) and
hands back outcomes, in input order, for the CLI to write and count.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from ..errors import InputError
from ..jsonl import Line, dump, parse_record
from ..runner import Outcome, ordered_map
from .tagger import Tagger, Taxonomy

_tagger: Tagger | None = None
_tagger_config: tuple | None = None


def _init_tagger(taxonomy: Taxonomy | None, only: Sequence[str] | None) -> None:
    """Build the process's tagger; a worker forked from a process that has built the same one keeps it."""
    global _tagger, _tagger_config
    config = (taxonomy, tuple(only or ()))
    if _tagger is None or _tagger_config != config:
        _tagger, _tagger_config = Tagger(taxonomy or Taxonomy.load(), only), config


def _tag_outcome(line: Line) -> Outcome:
    assert _tagger is not None
    try:
        record = parse_record(line)
    except InputError as exc:
        return Outcome(line.where, skipped=str(exc))
    return Outcome(line.where, dump(_tagger.tag(record)), size=len(line.data))


def tag_lines(
    lines: Iterable[Line], taxonomy: Taxonomy | None = None, only: Sequence[str] | None = None, jobs: int = 1
) -> Iterator[Outcome]:
    """Tag outcomes of each JSONL line, in order; an invalid line comes back skipped with the reason."""
    _init_tagger(taxonomy, only)  # fails here, in the caller, on a bad taxonomy or topic id
    return ordered_map(_tag_outcome, lines, jobs, initializer=_init_tagger, initargs=(taxonomy, only))
