"""Selecting records. Every criterion is optional; the values of one criterion are alternatives (any of) and
different criteria must all hold. Piping one filter into another gives "all of" within one criterion."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .errors import InputError, UsageError
from .jsonl import Line, output_line, parse_record
from .lang.lemmas import lemmatize_term
from .lang.russian import get_russian_lemmatizer
from .lang.tokenize import KAZAKH_LETTERS, words
from .models import Record, outlet_key
from .stages import MapStage, Outcome
from .suggest import known_id, unknown_id
from .tagging.forms import russian_endings
from .tagging.gazetteer import region_ids, resolve_region
from .tagging.lexicon import Lexicon, unmatchable_word

_MIN_RU_STEM = 4  # a shorter stem left by cutting an ending is too short to stand for a word
KAZAKH_LETTERS_SET = frozenset(KAZAKH_LETTERS)


def query_terms(query: str) -> list[tuple[str, str]]:
    """(language, term) pairs a `--contains` query stands for, in the taxonomy's term syntax: the query as the
    lemmas ingest gives its words in Russian and in Kazakh text, also written with capitals (a name in text goes
    through another analysis: `Севорана` -> севоран where `севорана` -> севорать). A Russian word pymorphy3 does
    not know stands also for its stem as a prefix (`севорана` -> `севоран*`), since the lemmas of its forms in the
    text are guesses that may differ. `*` ends a prefix; several words are a phrase."""
    if not words(query.replace("*", "")):
        raise UsageError(f"--contains needs a word, got {query!r}")
    bad = unmatchable_word(query)
    if bad is not None:
        raise UsageError(f"--contains: {bad!r} is not a word as text is cut into words (a `*` may only end one)")
    capitalised = " ".join(word[:1].upper() + word[1:] for word in query.split())
    terms = [(lang, lemmatize_term(text, lang)) for lang in ("ru", "kk") for text in (query, capitalised)]
    unknown = [_stem(word) + "*" if _unknown_russian(word) else word for word in query.split()]
    if unknown != query.split():
        terms.append(("ru", lemmatize_term(" ".join(unknown), "ru")))
    return list(dict.fromkeys(terms))


def _unknown_russian(word: str) -> bool:
    """A word in Russian letters (no Kazakh ones) that pymorphy3 does not know, and not a prefix already."""
    return not word.endswith("*") and not KAZAKH_LETTERS_SET.intersection(word.lower()) and not (
        get_russian_lemmatizer().knows(word)
    )


def _stem(word: str) -> str:
    """The word less its longest Russian ending that leaves a stem long enough to stand for the word."""
    word = word.lower()
    cuts = [len(e) for e in russian_endings() if word.endswith(e) and len(word) - len(e) >= _MIN_RU_STEM]
    return word[: len(word) - max(cuts, default=0)]


def date_bound(value: str, option: str, last: bool = False) -> dt.date:
    """The date `--since` or `--until` gives: a day (YYYY-MM-DD), or a month (YYYY-MM) or a year (YYYY), which
    stand for their first day, or with `last` (`--until 2025-02`) for their last, so that the whole of it passes."""
    try:
        if re.fullmatch(r"\d{4}", value):
            return dt.date(int(value), 12, 31) if last else dt.date(int(value), 1, 1)
        if re.fullmatch(r"\d{4}-\d{2}", value):
            year, month = int(value[:4]), int(value[5:])
            return dt.date(year, month, calendar.monthrange(year, month)[1] if last else 1)
        return dt.date.fromisoformat(value)
    except ValueError:  # a month 13, a day 30 February
        raise UsageError(
            f"{option} expects a date as YYYY-MM-DD, a month as YYYY-MM or a year as YYYY, got {value!r}"
        ) from None


@dataclass
class RecordFilter:
    """`topics` may be ids in any case, `regions` ids or names in any language and form; `known_topics` are the
    topic ids that exist (the shipped taxonomy's unless given). After construction, `notes` say what the user
    should know (a name read as two regions), and `searched` what `contains` looks for."""

    langs: Sequence[str] = ()
    topics: Sequence[str] = ()
    regions: Sequence[str] = ()
    outlets: Sequence[str] = ()
    since: dt.date | None = None
    until: dt.date | None = None
    contains: Sequence[str] = ()
    known_topics: Sequence[str] | None = None
    notes: list[str] = field(init=False, default_factory=list)
    searched: list[str] = field(init=False, default_factory=list)
    _topics: frozenset[str] = field(init=False, repr=False)
    _regions: frozenset[str] = field(init=False, repr=False)
    _outlet_keys: frozenset[str] = field(init=False, repr=False)
    _query: Lexicon | None = field(init=False, repr=False)

    def __post_init__(self) -> None:
        if self.since and self.until and self.since > self.until:
            raise UsageError(f"--since {self.since} is later than --until {self.until}: no date can match")
        self._topics = frozenset(self._topic_ids())
        self._regions = frozenset(rid for name in self.regions for rid in self._region_ids(name))
        self._outlet_keys = frozenset(outlet_key(o) for o in self.outlets)
        self._query = None
        if self.contains:
            terms = [(query, lang, term) for query in self.contains for lang, term in query_terms(query)]
            self._query = Lexicon((query, lang, term, 1.0) for query, lang, term in terms)
            for query in self.contains:
                lemmas = dict.fromkeys(term for q, _, term in terms if q == query)
                self.searched.append(f"{query!r} as {' | '.join(lemmas)}")

    def _topic_ids(self) -> list[str]:
        """The topic ids asked for, in any case; an id the taxonomy lacks is an error, as a filter on it would pass
        nothing (records tagged with a topic of one's own come with the file that made it: --taxonomy FILE)."""
        if not self.topics:
            return []
        if self.known_topics is None:
            from .tagging.tagger import Taxonomy

            self.known_topics = Taxonomy.load().ids()
        where = "see kzhealth topics; a topic of your own needs --taxonomy FILE"
        return [known_id("topic", tid, self.known_topics, where) for tid in self.topics]

    def _region_ids(self, name: str) -> list[str]:
        found = resolve_region(name)
        if not found:
            raise unknown_id("region", name, region_ids(), "see kzhealth regions for ids and names")
        if len(found) > 1:
            self.notes.append(f"region {name!r} may mean {' or '.join(found)}: matching any of them")
        return found

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
        return self._query is None or next(iter(self._query.find(record.lemmas)), None) is not None


class FilterStage(MapStage):
    """The filter map: a line passes through unchanged, byte for byte, when its record matches."""

    name = "filter"

    def __init__(self, chosen: RecordFilter, first: frozenset[str] | None = None) -> None:
        self.chosen = chosen
        self.first = first  # with --first-of-story, where each story's first record is (first_of_stories)

    def apply(self, models: None, line: Line) -> Outcome:
        try:
            record = parse_record(line)
        except InputError as exc:
            return Outcome(line.where, skipped=str(exc), invalid=True)
        once = None
        if self.chosen.needs_tags and record.topics is None:
            once = f"{line.where}: record is not tagged, so --topic/--region cannot match it (run kzhealth tag)"
        data = output_line(line)  # without a byte-order mark, LF-ended
        passes = self.chosen.matches(record) and (self.first is None or line.where in self.first)
        return Outcome(line.where, data if passes else None, once=once)


def first_of_stories(lines: Iterable[Line]) -> frozenset[str]:
    """Where each story's first record is (`stdin:12`): the earliest dated (undated ones last), among equally early
    ones the longest text, then the smallest content id, then the first met. One entry per story in memory."""
    best: dict[str, tuple[tuple, str]] = {}
    for line in lines:
        record = parse_record(line)
        if record.story is None:
            raise InputError(f"{line.where}: record has no story (run kzhealth stories first)")
        rank = (record.date is None, record.date or dt.date.min, -len(record.text), record.id)
        if record.story not in best or rank < best[record.story][0]:
            best[record.story] = (rank, line.where)
    return frozenset(where for _, where in best.values())
