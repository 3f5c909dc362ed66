"""The tag map: one JSONL line to a tagged JSONL line (kzhealth.stages). Built from a taxonomy value, not a path,
so a worker on another machine needs nothing but the stage itself."""

from __future__ import annotations

from collections.abc import Sequence

from ..errors import InputError
from ..jsonl import Line, dump, parse_record
from ..stages import MapStage, Outcome
from .tagger import Tagger, Taxonomy


class TagStage(MapStage):
    name = "tag"

    def __init__(self, taxonomy: Taxonomy, only: Sequence[str] | None = None) -> None:
        self.taxonomy = taxonomy
        self.only = tuple(taxonomy.topic_ids(only or ()))  # fails here, in the caller, on a bad topic id
        self.models()  # built before a pool forks, so that its workers inherit the tagger

    def key(self) -> tuple:
        return ("tag", self.taxonomy.digest(), self.only)

    def build(self) -> Tagger:
        return Tagger(self.taxonomy, self.only)

    def apply(self, tagger: Tagger, line: Line) -> Outcome:
        try:
            record = parse_record(line)
        except InputError as exc:
            return Outcome(line.where, skipped=str(exc), invalid=True)
        return Outcome(line.where, dump(tagger.tag(record)), size=len(line.data))
