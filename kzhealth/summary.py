"""Summaries of a stream of records: documents by language, topic, region, outlet and month, and the top lemmas
of each topic; after `stories`, also the number of distinct stories beside each count of documents. Accumulated one
record at a time, so the corpus is never held in memory (story counts keep the set of story ids of each key)."""

from __future__ import annotations

import csv
import io
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from .errors import UsageError
from .ingest.outlets import canonical_outlet
from .lang.tokenize import fold
from .models import Record, outlet_key
from .shipped import read_toml

DIMENSIONS = ("lang", "topic", "region", "outlet", "month")
NONE = "(none)"


@cache
def stopwords() -> frozenset[str]:
    data = read_toml("kzhealth", "stopwords.toml")
    return frozenset(fold(word) for words in data.values() for word in words.split())  # as lemmas are: ё as е


def _counts_words(lemma: str, stop: frozenset[str]) -> bool:
    return len(lemma) > 2 and lemma not in stop and not any(ch.isdigit() for ch in lemma)


def keys(record: Record, dimension: str) -> list[str]:
    """The keys a record counts under in one dimension: one for lang, outlet and month, each of its topics or
    regions (or NONE) for those; a record without a date or an outlet counts under NONE, never nowhere."""
    if dimension == "lang":
        return [record.lang]
    if dimension == "outlet":  # one outlet whatever alias, case or domain suffix names it, as `filter --outlet` has it
        return [_outlet(record.outlet)[0] if record.outlet else NONE]
    if dimension == "month":
        # four digits always (strftime writes the year 5 as `5`), so that months sort, and month_axis runs, in time
        return [f"{record.date.year:04d}-{record.date.month:02d}" if record.date else NONE]
    if dimension == "region":
        return record.regions or [NONE]
    return record.topics or [NONE]


@lru_cache(maxsize=1 << 14)
def _outlet(name: str) -> tuple[str, str]:
    """An outlet's key (as `keys` gives it) and its canonical spelling; a corpus names its outlets again and again."""
    return outlet_key(name), canonical_outlet(name)


def ordered(dimension: str, counts: Counter) -> list[str]:
    """Keys of one dimension in reading order: every month from the first to the last (month_axis), the rest most
    frequent first; NONE last."""
    if dimension == "month":
        return month_axis(list(counts))
    return sorted(counts, key=lambda k: (-counts[k], k == NONE, k))


def month_axis(months: list[str]) -> list[str]:
    """Every calendar month from the first to the last one given, so that a series over time is continuous and a
    quiet month shows as a zero (in a report, a gap), not as nothing; NONE (no date) stays last."""
    dated = sorted(m for m in months if m != NONE)
    axis = []
    if dated:
        year, month = map(int, dated[0].split("-"))
        while (key := f"{year:04d}-{month:02d}") <= dated[-1]:
            axis.append(key)
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return axis + [NONE] * (NONE in months)


@dataclass
class OutletNames:
    """How the records wrote each outlet they count under (Pavon.kz, pavon.kz and Pavon are one outlet, `keys`), so
    that each is shown in its commonest spelling (of a tie, the first in code-point order): a fold, which shows the
    same names whatever order records and partitions came in."""

    spellings: Counter = field(default_factory=Counter)  # (outlet key, canonical spelling) -> records

    def add(self, record: Record) -> None:
        if record.outlet:
            self.spellings[_outlet(record.outlet)] += 1

    def merge(self, other: "OutletNames") -> "OutletNames":
        self.spellings.update(other.spellings)
        return self

    def shown(self) -> dict[str, str]:
        """Each outlet key's name as shown."""
        best: dict[str, tuple[int, str]] = {}
        for (key, spelling), count in self.spellings.items():
            if key not in best or (-count, spelling) < best[key]:
                best[key] = (-count, spelling)
        return {key: spelling for key, (_, spelling) in best.items()}

    def label(self, dimension: str) -> Callable[[str], str]:
        """How a key of `dimension` is written out: an outlet's by its name, any other as it is."""
        if dimension != "outlet":
            return str
        shown = self.shown()
        return lambda key: shown.get(key, key)


@dataclass
class StoryCounts:
    """Distinct stories (after `kzhealth stories`), in all and per dimension and key: one set of story ids per key,
    merged by union, so summarise and the report count them alike. Empty, and false, until a record carries one."""

    dimensions: tuple[str, ...] = DIMENSIONS
    ids: set[str] = field(default_factory=set)
    by: dict[str, defaultdict] = field(init=False)

    def __post_init__(self) -> None:
        self.by = {d: defaultdict(set) for d in self.dimensions}

    def add(self, story: str | None, record_keys: dict[str, list[str]]) -> None:
        """Count a record's story under the keys it counts under (`keys`, per dimension)."""
        if story is None:
            return
        self.ids.add(story)
        for d in self.dimensions:
            for key in record_keys[d]:
                self.by[d][key].add(story)

    def merge(self, other: "StoryCounts") -> "StoryCounts":
        self.ids |= other.ids
        for d in self.dimensions:
            for key, ids in other.by[d].items():
                self.by[d][key] |= ids
        return self

    def __bool__(self) -> bool:
        return bool(self.ids)

    def __len__(self) -> int:
        return len(self.ids)

    def count(self, dimension: str, key: str) -> int:
        return len(self.by[dimension].get(key, ()))


@dataclass
class Summary:
    """A fold (kzhealth.stages.Fold): records are added one at a time, and partial summaries merge."""

    top: int = 10
    documents: int = 0
    words: int = 0
    by: dict[str, Counter] = field(default_factory=lambda: {d: Counter() for d in DIMENSIONS})
    topic_lemmas: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    stories: StoryCounts = field(default_factory=StoryCounts)
    outlets: OutletNames = field(default_factory=OutletNames)

    def add(self, record: Record) -> None:
        self.documents += 1
        self.words += record.n_words
        record_keys = {d: keys(record, d) for d in DIMENSIONS}
        for d in DIMENSIONS:
            self.by[d].update(record_keys[d])
        self.stories.add(record.story, record_keys)
        self.outlets.add(record)
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
        self.stories.merge(other.stories)
        self.outlets.merge(other.outlets)
        return self

    def rows(self, dimension: str) -> list[tuple[str, str, int]]:
        """Counts of one dimension, each as (key, the key as shown, count): months in calendar order, the rest most
        frequent first."""
        counts, label = self.by[dimension], self.outlets.label(dimension)
        return [(key, label(key), counts[key]) for key in ordered(dimension, counts)]

    def top_lemmas(self) -> dict[str, list[tuple[str, int]]]:
        return {
            topic: sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))[: self.top]
            for topic, counter in sorted(self.topic_lemmas.items())
        }

    def to_dict(self) -> dict:
        stories = {}
        if self.stories:
            stories = {
                "stories": len(self.stories),
                **{
                    f"stories_by_{d}": {name: self.stories.count(d, key) for key, name, _ in self.rows(d)}
                    for d in DIMENSIONS
                },
            }
        return {
            "documents": self.documents,
            "words": self.words,
            **{f"by_{d}": {name: count for _, name, count in self.rows(d)} for d in DIMENSIONS},
            "top_lemmas": {topic: dict(pairs) for topic, pairs in self.top_lemmas().items()},
            **stories,
        }

    def to_csv(self) -> str:
        """Long format, one count per row: `section,key,count` (sections by_lang..., top_lemmas:<topic>)."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["section", "key", "count"])
        writer.writerow(["total", "documents", self.documents])
        writer.writerow(["total", "words", self.words])
        for d in DIMENSIONS:
            writer.writerows([f"by_{d}", name, count] for _, name, count in self.rows(d))
        for topic, pairs in self.top_lemmas().items():
            writer.writerows([f"top_lemmas:{topic}", lemma, count] for lemma, count in pairs)
        if self.stories:
            writer.writerow(["total", "stories", len(self.stories)])
            for d in DIMENSIONS:
                writer.writerows([f"stories_by_{d}", name, self.stories.count(d, key)] for key, name, _ in self.rows(d))
        return out.getvalue()


@dataclass
class CrossTab:
    """Documents counted by one dimension, or by two (rows by the first, columns by the second): a fold like
    Summary. A document with two topics counts in both topics' cells, as it does in Summary. With `stories`, each
    cell counts the distinct stories of its documents instead (after `kzhealth stories`)."""

    by: tuple[str, ...]
    stories: bool = False
    documents: Counter = field(default_factory=Counter)  # (row,) or (row, column) -> documents
    story_ids: defaultdict = field(default_factory=lambda: defaultdict(set))  # cell -> its documents' story ids
    outlets: OutletNames = field(default_factory=OutletNames)

    @classmethod
    def parse(cls, spec: str, stories: bool = False) -> "CrossTab":
        """A cross-tab from `--by month,topic`: one or two dimension names, separated by a comma."""
        by = tuple(part.strip() for part in spec.split(","))
        if not 1 <= len(by) <= 2 or not set(by) <= set(DIMENSIONS):
            raise UsageError(f"--by takes one or two of {', '.join(DIMENSIONS)} separated by a comma, got {spec!r}")
        if len(set(by)) != len(by):
            raise UsageError(
                f"--by takes two different dimensions, rows and columns, got {spec!r} (one alone: --by {by[0]})"
            )
        return cls(by, stories)

    def add(self, record: Record) -> None:
        if "outlet" in self.by:
            self.outlets.add(record)
        if len(self.by) == 1:
            cells = [(key,) for key in keys(record, self.by[0])]
        else:
            columns = keys(record, self.by[1])
            cells = [(row, column) for row in keys(record, self.by[0]) for column in columns]
        self.documents.update(cells)
        if self.stories and record.story is not None:
            for cell in cells:
                self.story_ids[cell].add(record.story)

    def merge(self, other: "CrossTab") -> "CrossTab":
        self.documents.update(other.documents)
        for cell, ids in other.story_ids.items():
            self.story_ids[cell] |= ids
        self.outlets.merge(other.outlets)
        return self

    @property
    def counts(self) -> Counter:
        """What each cell counts: documents, or with `stories` distinct stories (a cell without any: 0)."""
        if not self.stories:
            return self.documents
        return Counter({cell: len(self.story_ids.get(cell, ())) for cell in self.documents})

    def labels(self) -> tuple[Callable[[str], str], list[str]]:
        """How the rows' keys are written out, and the columns as written out."""
        column = self.outlets.label(self.by[1]) if len(self.by) == 2 else str
        return self.outlets.label(self.by[0]), [column(key) for key in self.columns()]

    def _keys(self, axis: int) -> list[str]:
        totals: Counter = Counter()
        for cell, count in self.counts.items():
            totals[cell[axis]] += count
        return ordered(self.by[axis], totals)

    def rows(self) -> list[str]:
        return self._keys(0)

    def columns(self) -> list[str]:
        """The second dimension's keys; with one dimension, the one column of counts."""
        return self._keys(1) if len(self.by) == 2 else ["stories" if self.stories else "documents"]

    def grid(self) -> list[tuple[str, list[int]]]:
        """Each row key with its counts in the order of columns(), zeros included."""
        counts = self.counts
        if len(self.by) == 1:
            return [(row, [counts[(row,)]]) for row in self.rows()]
        columns = self.columns()
        return [(row, [counts[(row, column)] for column in columns]) for row in self.rows()]

    def to_dict(self) -> dict:
        """`{"by": [...], "count": "documents" or "stories", "counts": {row: count}}`, or `{row: {column: count}}`
        for two dimensions."""
        row, columns = self.labels()
        if len(self.by) == 1:
            counts: dict = {row(key): values[0] for key, values in self.grid()}
        else:
            counts = {row(key): dict(zip(columns, values)) for key, values in self.grid()}
        return {"by": list(self.by), "count": "stories" if self.stories else "documents", "counts": counts}

    def to_csv(self) -> str:
        """Wide format: the first dimension's keys as rows, the second's (or `documents`) as columns."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        row, columns = self.labels()
        writer.writerow([self.by[0], *columns])
        writer.writerows([row(key), *values] for key, values in self.grid())
        return out.getvalue()

    def table(self):
        """A rich table of the cross-tab, for a terminal."""
        from rich.table import Table

        what = "Stories" if self.stories else "Documents"
        table = Table(title=f"{what} by {' and '.join(self.by)}", title_justify="left")
        table.add_column(self.by[0])
        row, columns = self.labels()
        for column in columns:
            table.add_column(column, justify="right")
        for key, values in self.grid():
            table.add_row(row(key), *map(str, values))
        return table


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
        if summary.stories:
            table.add_column("Stories", justify="right")
        for key, name, count in summary.rows(d):
            stories = [str(summary.stories.count(d, key))] if summary.stories else []
            table.add_row(name, str(count), f"{count / summary.documents:.0%}" if summary.documents else "", *stories)
        result.append(table)
    table = Table(title=f"Top {summary.top} lemmas per topic", title_justify="left")
    table.add_column("Topic")
    table.add_column("Lemmas (count)")
    for topic, pairs in summary.top_lemmas().items():
        table.add_row(topic, ", ".join(f"{lemma} ({count})" for lemma, count in pairs))
    result.append(table)
    return result
