"""What the report shows, folded from records one at a time (a kzhealth.stages.Fold): counts by month, language,
topic, region and outlet, the evidence terms of each topic and its most recent headlines. Only what is shown is
kept (a bounded heap of headlines per topic), so memory does not grow with the corpus."""

from __future__ import annotations

import heapq
import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple

from ..models import Record
from ..summary import NONE, CrossTab, StoryCounts, keys

HEADLINES = 8  # most recent headlines kept per topic
UNTITLED_CHARS = 140  # an item without a headline is shown by the start of its text

# The counts each chart draws: by one dimension, or by two (rows, columns).
VIEWS = {
    "month": ("month",),
    "lang": ("lang",),
    "topic": ("topic",),
    "region": ("region",),
    "outlet": ("outlet",),
    "month_lang": ("month", "lang"),
    "month_topic": ("month", "topic"),
    "outlet_topic": ("outlet", "topic"),
}
STORY_DIMENSIONS = ("month", "topic", "outlet")


class Headline(NamedTuple):
    """One article as the report lists it; tuples compare by `rank` first: the most recent is the largest, ties
    go by id and source, so which headlines are kept does not depend on input order."""

    rank: tuple
    date: str | None
    title: str
    untitled: bool
    outlet: str  # its key, as summary.keys gives it (NONE for none)
    source: str


def headline(record: Record) -> Headline:
    title = record.title or " ".join(record.text[:UNTITLED_CHARS].split())
    date = record.date.isoformat() if record.date else None
    rank = (date or "", record.id, record.source)
    outlet = keys(record, "outlet")[0]  # named as the outlets' table names it
    return Headline(rank, date, title, record.title is None, outlet, record.source)


@dataclass
class ReportData:
    """A fold: `add` one record, `merge` another partition's ReportData."""

    headlines: int = HEADLINES
    documents: int = 0
    first: dt.date | None = None  # the earliest and latest dates seen
    last: dt.date | None = None
    views: dict[str, CrossTab] = field(default_factory=lambda: {name: CrossTab(by) for name, by in VIEWS.items()})
    terms: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    recent: dict[str, list[Headline]] = field(default_factory=lambda: defaultdict(list))  # min-heaps by rank
    stories: StoryCounts = field(default_factory=lambda: StoryCounts(STORY_DIMENSIONS))  # as summarise counts them

    def add(self, record: Record) -> None:
        self.documents += 1
        self._span(record.date, record.date)
        for view in self.views.values():
            view.add(record)
        for topic, evidence in (record.topic_evidence or {}).items():
            self.terms[topic].update(evidence.terms)
        if record.topics:
            shown = headline(record)
            for topic in record.topics:
                self._keep(self.recent[topic], shown)
        if record.story is not None:
            self.stories.add(record.story, {d: keys(record, d) for d in STORY_DIMENSIONS})

    def _span(self, first: dt.date | None, last: dt.date | None) -> None:
        if first is not None:
            self.first = min(self.first or first, first)
        if last is not None:
            self.last = max(self.last or last, last)

    def _keep(self, heap: list[Headline], item: Headline) -> None:
        if len(heap) < self.headlines:
            heapq.heappush(heap, item)
        elif item > heap[0]:
            heapq.heapreplace(heap, item)

    def merge(self, other: "ReportData") -> "ReportData":
        self.documents += other.documents
        self._span(other.first, other.last)
        for name, view in self.views.items():
            view.merge(other.views[name])
        for topic, counter in other.terms.items():
            self.terms[topic].update(counter)
        for topic, heap in other.recent.items():
            for item in heap:
                self._keep(self.recent[topic], item)
        self.stories.merge(other.stories)
        return self

    def count(self, dimension: str) -> dict[str, int]:
        """Documents by one dimension, in reading order, by key (`summary.keys`): `summarise`'s by_<dimension>, whose
        outlets are shown by their names (`Labels.outlet`)."""
        return {key: values[0] for key, values in self.views[dimension].grid()}

    def undated(self) -> int:
        return self.views["month"].counts[(NONE,)]

    def top_terms(self, topic: str, n: int) -> list[tuple[str, int]]:
        return sorted(self.terms[topic].items(), key=lambda kv: (-kv[1], kv[0]))[:n]

    def most_recent(self, topic: str) -> list[Headline]:
        return sorted(self.recent[topic], reverse=True)
