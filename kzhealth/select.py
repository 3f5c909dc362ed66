"""Selecting records. Every criterion is optional; the values of one criterion are alternatives (any of) and
different criteria must all hold. Piping one filter into another gives "all of" within one criterion."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from .errors import InputError, UsageError
from .lang.lemmas import lemmatizer_for
from .lang.tokenize import fold, words
from .models import Record, outlet_key
from .tagging.gazetteer import region_ids


def query_lemmas(word: str) -> frozenset[str]:
    """Every lemma a query word may stand for: its Russian and Kazakh lemmas and the folded word itself,
    so `--contains клиниках` and `--contains клиника` both find `клиника`."""
    if len(words(word)) != 1:
        raise UsageError(f"--contains takes one word at a time, got {word!r} (repeat the option for alternatives)")
    word = word.strip()
    return frozenset({fold(word), *(lemmatizer_for(lang)([word])[0] for lang in ("ru", "kk"))})


@dataclass
class RecordFilter:
    langs: Sequence[str] = ()
    topics: Sequence[str] = ()
    regions: Sequence[str] = ()
    outlets: Sequence[str] = ()
    since: dt.date | None = None
    until: dt.date | None = None
    contains: Sequence[str] = ()
    _topics: frozenset[str] = field(init=False, repr=False)
    _regions: frozenset[str] = field(init=False, repr=False)
    _outlet_keys: frozenset[str] = field(init=False, repr=False)
    _query: frozenset[str] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        unknown = [r for r in self.regions if r not in region_ids()]
        if unknown:
            raise UsageError(f"unknown region {unknown[0]!r}; valid regions: {', '.join(region_ids())}")
        self._topics, self._regions = frozenset(self.topics), frozenset(self.regions)
        self._outlet_keys = frozenset(outlet_key(o) for o in self.outlets)
        self._query = frozenset().union(*(query_lemmas(word) for word in self.contains))

    @property
    def needs_tags(self) -> bool:
        return bool(self.topics or self.regions)

    def matches(self, record: Record) -> bool:
        if self.langs and record.lang not in self.langs:
            return False
        if self.topics and self._topics.isdisjoint(record.topics or ()):
            return False
        if self.regions and self._regions.isdisjoint(record.regions or ()):
            return False
        if self._outlet_keys and (record.outlet is None or outlet_key(record.outlet) not in self._outlet_keys):
            return False
        if self.since and (record.date is None or record.date < self.since):
            return False
        if self.until and (record.date is None or record.date > self.until):
            return False
        return not self._query or not self._query.isdisjoint(record.lemmas)


@dataclass
class FirstOfStory:
    """Passes one record per story: the one whose content id is the story id, that is the story's earliest record
    (among equally early ones, the smallest content id, as `stories` chooses the id). Exact copies of it (the same
    content id) pass only the first time. Remembers the story ids it has passed, one string per story."""

    _passed: set[str] = field(default_factory=set, repr=False)

    def passes(self, record: Record, where: str) -> bool:
        if record.story is None:
            raise InputError(f"{where}: record has no story (run kzhealth stories first)")
        if record.id != record.story or record.story in self._passed:
            return False
        self._passed.add(record.story)
        return True
