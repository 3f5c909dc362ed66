"""Summaries of a stream of records: documents by language, topic, region, outlet and month, and the top lemmas
of each topic. Accumulated one record at a time, so the corpus is never held in memory."""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache

from .ingest.outlets import canonical_outlet
from .lang.tokenize import fold
from .models import Record
from .shipped import read_toml

DIMENSIONS = ("lang", "topic", "region", "outlet", "month")
NONE = "(none)"


@cache
def stopwords() -> frozenset[str]:
    data = read_toml("kzhealth", "stopwords.toml")
    return frozenset(fold(word) for words in data.values() for word in words.split())  # as lemmas are: ё as е


def _counts_words(lemma: str, stop: frozenset[str]) -> bool:
    return len(lemma) > 2 and lemma not in stop and not any(ch.isdigit() for ch in lemma)


@dataclass
class Summary:
    """A fold (kzhealth.stages.Fold): records are added one at a time, and partial summaries merge."""

    top: int = 10
    documents: int = 0
    words: int = 0
    by: dict[str, Counter] = field(default_factory=lambda: {d: Counter() for d in DIMENSIONS})
    topic_lemmas: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))

    def add(self, record: Record) -> None:
        self.documents += 1
        self.words += record.n_words
        self.by["lang"][record.lang] += 1
        self.by["outlet"][canonical_outlet(record.outlet) if record.outlet else NONE] += 1  # older records too
        self.by["month"][record.date.strftime("%Y-%m") if record.date else NONE] += 1
        self.by["region"].update(record.regions or [NONE])
        self.by["topic"].update(record.topics or [NONE])
        if record.topics:
            stop = stopwords()
            useful = [lemma for lemma in record.lemmas if _counts_words(lemma, stop)]
            for topic in record.topics:
                self.topic_lemmas[topic].update(useful)

    def merge(self, other: "Summary") -> "Summary":
        """This summary with another partition's counts added (a fold's merge): summaries of shards combine."""
        self.documents += other.documents
        self.words += other.words
        for d in DIMENSIONS:
            self.by[d].update(other.by[d])
        for topic, counter in other.topic_lemmas.items():
            self.topic_lemmas[topic].update(counter)
        return self

    def rows(self, dimension: str) -> list[tuple[str, int]]:
        """Counts of one dimension: months in calendar order, the rest most frequent first."""
        counts = self.by[dimension]
        if dimension == "month":
            return sorted(counts.items(), key=lambda kv: (kv[0] == NONE, kv[0]))
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0] == NONE, kv[0]))

    def top_lemmas(self) -> dict[str, list[tuple[str, int]]]:
        return {
            topic: sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[: self.top]
            for topic, counter in sorted(self.topic_lemmas.items())
        }

    def to_dict(self) -> dict:
        return {
            "documents": self.documents,
            "words": self.words,
            **{f"by_{d}": dict(self.rows(d)) for d in DIMENSIONS},
            "top_lemmas": {topic: dict(pairs) for topic, pairs in self.top_lemmas().items()},
        }

    def to_csv(self) -> str:
        """Long format, one count per row: `section,key,count` (sections by_lang..., top_lemmas:<topic>)."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["section", "key", "count"])
        writer.writerow(["total", "documents", self.documents])
        writer.writerow(["total", "words", self.words])
        for d in DIMENSIONS:
            writer.writerows([f"by_{d}", key, count] for key, count in self.rows(d))
        for topic, pairs in self.top_lemmas().items():
            writer.writerows([f"top_lemmas:{topic}", lemma, count] for lemma, count in pairs)
        return out.getvalue()


def tables(summary: Summary) -> list:
    """Rich tables of a summary, for a terminal."""
    from rich.table import Table

    titles = {"lang": "Language", "topic": "Topic", "region": "Region", "outlet": "Outlet", "month": "Month"}
    result = []
    for d in DIMENSIONS:
        table = Table(title=f"Documents by {titles[d].lower()}", title_justify="left")
        table.add_column(titles[d])
        table.add_column("Documents", justify="right")
        table.add_column("Share", justify="right")
        for key, count in summary.rows(d):
            table.add_row(key, str(count), f"{count / summary.documents:.0%}" if summary.documents else "")
        result.append(table)
    table = Table(title=f"Top {summary.top} lemmas per topic", title_justify="left")
    table.add_column("Topic")
    table.add_column("Lemmas (count)")
    for topic, pairs in summary.top_lemmas().items():
        table.add_row(topic, ", ".join(f"{lemma} ({count})" for lemma, count in pairs))
    result.append(table)
    return result
