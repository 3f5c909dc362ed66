"""Grouping signatures into stories: candidates from a cheap index, a scored comparison of each candidate pair, and
the groups the pairs that match make, united strongest pair first, but not across a contradiction (a record of one
group in other regions than one of the other, or weeks apart).

Candidates: records that share a blocking key and are at most `LATE_DAYS` apart (a retelling a weekly publishes names
its event's day, see `Comparison.in_time`; else a match needs `WINDOW_DAYS`). The keys are the MinHash bands
(shared wording: reprints), the record's most distinctive figures and names, and its regions each with a date, a
figure or a name it gives (shared facts: rewrites and translations, whose wording differs, and which may round the
rest or write it in words). Within a block sorted by date, each record is compared with at most
`NEIGHBOURS` of the next ones, so a common key (a round figure in a busy week) costs linear work, not quadratic.

The (key, record) pairs are spilled to partition files by key and each partition is grouped on its own (the
shuffle of a distributed group-by), so besides the signatures, memory holds one partition's keys at a time. On
Dask, `signature` and `blocking_keys` are the map (one record each), the shuffle by key and `group` the rest.

Comparison (`same_story`): the date window, the regions, the topics and the figures can veto a match (the hard
negatives of news share the wording and the topic, and differ in the place, the date or the numbers; the same
hospital's other news shares its names and differs in subject); a match then needs shared wording, or shared figures
(as a rounding may write them) backed by a name, a place or a date, or the same place's event of the same day, or
many shared names. Undated records are
compared only with undated ones, and joined only by shared wording.
"""

from __future__ import annotations

import datetime
import os
import tempfile
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import combinations
from typing import NamedTuple

from .features import BINS, CIRCUMSTANCES, EMPTY, NEWS_DAYS, Signature, day_key

WINDOW_DAYS = 7
FOLLOW_UP_DAYS = 3  # from this many days apart, a record telling more new figures than old is a follow-up
# ... or up to LATE_DAYS, where the later names the day of the earlier's event: a weekly's, a district paper's or a
# magazine's retelling ("Как мы уже писали, в среду, 12 ноября", "Өткен аптада, 10 ақпанда")
LATE_DAYS = 31
LATE_MIN_FIGURES = 2  # ... and gives this many of the earlier's figures
LATE_MIN_FIGURES_BESIDE_OWN = 3  # ... or this many, where it gives figures of its own too
LATE_RECOUNTED = 0.5  # ... and at least this share of them
ROWS = 2  # MinHash bins per LSH band: 16 bands of 2 make a pair with 3-gram Jaccard 0.3 a candidate 80% of the time
# Blocking keys per record: specific figures, and pairs of names among NAME_KEYS names, those with the smallest
# hashes (a consistent pick: two records sharing names tend to pick the same ones)
FACT_KEYS = 6
NAME_KEYS = 5
PLACE_KEYS = 2  # regions paired with the record's dates and figures
NEIGHBOURS = 8  # a record is compared with at most this many of the next records of a block, in date order
KEYS_PER_PARTITION = 500_000  # (key, record) pairs grouped at a time: about 60 MB of dict

# Comparison thresholds (see same_story).
COPY_CONTAINMENT = 0.5  # share of the shorter text's 3-grams found in the other: a reprint
WORDING_CONTAINMENT = 0.35  # enough shared wording to be one story when no fact says otherwise
FIGURE_OVERLAP = 0.5  # share of the smaller set of figures found in the other
FIGURE_OVERLAP_OF_LARGER = 0.2  # ... and of the larger: two round counts (10, 14) turn up among twenty figures by chance
FIGURES_AGREE = 0.8  # a share of three or more figures that outweighs the tagger's regions
FIGURES_AGREE_OF_LARGER = 0.5  # ... and at least this share of the larger set's figures
NAME_OVERLAP = 0.5
FIGURE_ROUNDING = 0.03  # how far a rounded figure may stand from the exact one, relatively
ROUNDED_FROM = 100  # ... from this size up
HEDGED_ROUNDING = 0.1  # how far a figure given as approximate ("почти 40") may stand from the exact one, on its side
FLASH_DAYS = 1  # a flash and the fuller report of its event are a day apart at most
FLASH_MIN_FIGURE = 10  # ... and its one figure is at least this (a count of one or two recurs by chance)
COUNT_DRIFT = 0.2  # how far a count may grow or be corrected between the day's versions, relatively ...
DRIFT_MIN_FIGURE = 5  # ... of counts this large at least (one and two are other counts, not a grown one)
DRIFT_MAX_FIGURES = 5  # ... in versions giving a few counts each (among many figures, some stand near others by chance)
NAMES_BESIDE_PLACES = 2  # names shared besides the places' own, for the same people and institutions to tell a story
# Two records giving this many figures each, and sharing fewer than a third of the smaller set, are of other events,
# whatever chain of matches joins them: a national count that quotes a region's, a campaign's start or a school's
# closure quoting the week's count. (Over the stories sets, no two versions of one story with five figures each share
# under 0.4 of them; 35 of 39 pairs of other stories of the same place and subject within three days do.)
FOREIGN_MIN_FIGURES = 5
FOREIGN_SHARE = 1 / 3


class Comparison:
    """What two signatures share, each measure computed when first asked for, so a veto spares the rest."""

    def __init__(self, a: Signature, b: Signature) -> None:
        self.a, self.b = a, b

    @cached_property
    def days_apart(self) -> int | None:
        a, b = self.a.day, self.b.day
        return abs(a - b) if a is not None and b is not None else None

    @cached_property
    def in_time(self) -> bool:
        """Whether the two are near enough in time to be one story: WINDOW_DAYS apart at most, or LATE_DAYS where the
        later names the day the earlier was published or the day before (its event's day) and recounts it (and
        neither moves on: see moves_on)."""
        apart = self.days_apart
        if apart is None or apart <= WINDOW_DAYS:
            return True
        if apart > LATE_DAYS:
            return False
        earlier, later = self._in_order
        named = later.facts("dates")
        published = datetime.date.fromordinal(earlier.day)
        if not any(day_key(published - datetime.timedelta(days=back)) in named for back in (0, 1)):
            return False
        # ... and recounts the first report's facts: half its figures or more, and more of them than figures of its
        # own, and three at least if it gives any of its own. A follow-up recalls the day too, and tells its own facts
        # (a verdict's years, an inspection's fines, a count grown) beside the two or three it recalls
        recounted, own, first = self._recounted
        return (
            recounted >= (LATE_MIN_FIGURES if not own else LATE_MIN_FIGURES_BESIDE_OWN)
            and recounted >= LATE_RECOUNTED * first
            and recounted > own
        )

    @cached_property
    def moves_on(self) -> bool:
        """Whether the later record, FOLLOW_UP_DAYS or more after the earlier, tells what came after it: its follow-up
        (follows_up), or an event of a day after the earlier was published (nearer in time, the day's news goes on:
        "11 июня доставили еще двоих"). Asked last, after the cheaper reasons two records are no story."""
        apart = self.days_apart
        return apart is not None and apart >= FOLLOW_UP_DAYS and (self.follows_up or self._told_before_it_happened)

    @cached_property
    def _in_order(self) -> tuple[Signature, Signature]:
        """The earlier record, then the later (both dated)."""
        earlier, later = sorted((self.a, self.b), key=lambda sig: sig.day)
        return earlier, later

    @cached_property
    def _told_before_it_happened(self) -> bool:
        """Whether the later record's news is of a day after the earlier was published and before its own (a day the
        earlier does not name: no announcement of it; not the later's own day, which its dateline names, "АСТАНА,
        11 июн — Sputnik"): the earlier cannot have told that event (a piece on last year's outbreak in a village,
        days before this year's case there)."""
        earlier, later = self._in_order
        news = later.facts("news_days")
        if not news:
            return False
        published, named, apart = datetime.date.fromordinal(earlier.day), earlier.facts("dates"), self.days_apart
        days = range(max(1, apart - NEWS_DAYS), apart)  # (a text's news is of the NEWS_DAYS around it)
        return any(
            key in news and key not in named for key in (day_key(published + datetime.timedelta(days=d)) for d in days)
        )

    @cached_property
    def counts_drifted(self) -> bool:
        """Whether two versions of the day's news (fewer than FOLLOW_UP_DAYS apart) about the same people and places
        give counts that grew or were corrected as the day went on ("12 детей" in the morning, "14" by evening; 42
        sick against 38): both give a few figures, one the same at least, and most of those of one the same as one in
        the other or, of counts from DRIFT_MIN_FIGURE, within COUNT_DRIFT of it."""
        if self.days_apart is None or self.days_apart >= FOLLOW_UP_DAYS or not (
            self.figures[0] and self.places[0] and self.names[0] >= 3 and self.names_beside_places >= NAMES_BESIDE_PLACES
        ):
            return False
        x, y = sorted((self.a.figures(), self.b.figures()), key=len)
        if len(y) > DRIFT_MAX_FIGURES:
            return False  # among many figures, some stand near others by chance
        used: set[int] = set()
        for v in x:
            near = next((j for j, w in enumerate(y) if j not in used and (v == w or (
                min(v, w) >= DRIFT_MIN_FIGURE and abs(v - w) <= COUNT_DRIFT * max(v, w)))), None)
            if near is not None:
                used.add(near)
        return _share((len(used), len(x))) >= FIGURE_OVERLAP

    @cached_property
    def _recounted(self) -> tuple[int, int, int]:
        """Of the later record's figures, how many recount the earlier's and how many are its own; and how many the
        earlier gives."""
        earlier, later = self._in_order
        first, second = earlier.figures(), later.figures()
        recounted = _shared_figures(first, _Bounds.of(earlier), second, _Bounds.of(later))
        return recounted, len(second) - recounted, len(first)

    @cached_property
    def follows_up(self) -> bool:
        """Whether the later of two records some days apart (FOLLOW_UP_DAYS to WINDOW_DAYS) tells more figures of its
        own than it recalls of the earlier's: a follow-up (the lab's findings, a count grown, the fines), however much
        of the first report's wording and names it recalls; not a copy of it. (Of a flash's one figure, recalling it
        is enough: a feature retelling a flash gives figures of other events beside it; a first report of no figure
        makes none a follow-up.) Nearer in time, versions of the day's news differ in their counts as the day went
        on."""
        if self.days_apart is None or not FOLLOW_UP_DAYS <= self.days_apart <= WINDOW_DAYS:
            return False
        recounted, own, first = self._recounted
        first_tells = first >= LATE_MIN_FIGURES or (first and not recounted)  # (a flash's one figure recalled: no)
        return own > recounted and first_tells and self.containment < COPY_CONTAINMENT

    @cached_property
    def containment(self) -> float:
        return containment(self.a, self.b) if self.a.lang == self.b.lang else 0.0

    @cached_property
    def figures(self) -> tuple[int, int]:  # shared (as a rounding may write them), size of the smaller set
        (x, x_bounds), (y, y_bounds) = sorted(((sig.figures(), _Bounds.of(sig)) for sig in (self.a, self.b)), key=_size)
        return _shared_figures(x, x_bounds, y, y_bounds), len(x)

    @cached_property
    def larger(self) -> int:  # how many figures the record with more gives
        return max(len(self.a.figures()), len(self.b.figures()))

    @cached_property
    def largest_figure(self) -> float:  # the largest figure the record with fewer gives
        smaller = min(self.a.figures(), self.b.figures(), key=len)
        return max(smaller, default=0.0)

    @cached_property
    def names(self) -> tuple[int, int]:
        return _overlap(self.a.facts("names"), self.b.facts("names"))

    @cached_property
    def places(self) -> tuple[int, int]:
        return _overlap(self.a.facts("places"), self.b.facts("places"))

    @cached_property
    def dates(self) -> int:
        return _overlap(self.a.facts("dates"), self.b.facts("dates"))[0]

    @cached_property
    def same_ages(self) -> bool:  # the same people's ages, one or more, in both ("4-летний", "төрт жасар")
        ages = self.a.facts("ages")
        return bool(ages) and ages == self.b.facts("ages")

    @cached_property
    def news_days(self) -> int:  # shared days that are both texts' news's, not a day they recall (features._news_days)
        return _overlap(self.a.facts("news_days"), self.b.facts("news_days"))[0]

    @cached_property
    def subjects(self) -> tuple[int, int]:  # shared subjects (topics, kinds of incident), size of the smaller set
        return _overlap(self.a.facts("topics"), self.b.facts("topics"))

    @property
    def topics(self) -> int:
        return self.subjects[0]

    @property
    def nothing_unshared(self) -> bool:
        """Whether neither gives a figure or a name the other lacks (the smaller set's all shared, or none)."""
        return all(_all_of(pair) or not pair[1] for pair in (self.figures, self.names))

    @cached_property
    def matters(self) -> tuple[int, int]:  # shared subjects that are no circumstance (see CIRCUMSTANCES), smaller set
        return _overlap(self.a.facts("topics") - CIRCUMSTANCES, self.b.facts("topics") - CIRCUMSTANCES)

    @cached_property
    def names_beside_places(self) -> int:
        """Shared names less the shared places' (a place is among the capitalised names too: it counts once, as a
        place). A region named in several words (a city and its district) is one place, and one region found in a
        word no name is ("шымкентской больнице") takes none of the names."""
        shared = self.a.facts("names") & self.b.facts("names")
        placed = len(shared & (self.a.facts("placed") | self.b.facts("placed")))
        return len(shared) - min(self.places[0], placed)


class _Bounds(NamedTuple):
    """The figures a signature gives as approximate only: at most (`почти 40`) and at least (`более 200`)."""

    under: frozenset[float]
    over: frozenset[float]

    @classmethod
    def of(cls, sig: Signature) -> _Bounds:
        return cls(frozenset(sig.figures("under")), frozenset(sig.figures("over")))

    def admit(self, written: float, other: float) -> bool:
        """Whether `other` may be what the approximate `written` stands for (see HEDGED_ROUNDING)."""
        return (written in self.under and written * (1 - HEDGED_ROUNDING) <= other <= written) or (
            written in self.over and written <= other <= written * (1 + HEDGED_ROUNDING)
        )


def _size(figures: tuple[array, _Bounds]) -> int:
    return len(figures[0])


def _shared_figures(x: Sequence[float], x_bounds: _Bounds, y: Sequence[float], y_bounds: _Bounds) -> int:
    """How many figures of `x` have one in `y` that they may be, written exactly, rounded or said to be approximate
    (see _rounded_alike, _Bounds), one each: "почти 40" stands for one of 36, 38 and 39, not all three. Both
    ascending; the figures written alike are matched first ("более 200" does not take the 205 that 205 is)."""
    used: set[int] = set()
    unmatched = []
    for v in x:
        at = bisect_left(y, v)
        while at < len(y) and y[at] == v and at in used:
            at += 1
        if at < len(y) and y[at] == v:
            used.add(at)
        else:
            unmatched.append(v)
    for v in unmatched:
        window = range(bisect_left(y, v * (1 - HEDGED_ROUNDING)), bisect_right(y, v / (1 - HEDGED_ROUNDING)))
        found = next(
            (j for j in window if j not in used and (
                _rounded_alike(v, y[j]) or x_bounds.admit(v, y[j]) or y_bounds.admit(y[j], v)
            )),
            None,
        )
        if found is not None:
            used.add(found)
    return len(used)


def _rounded_alike(v: float, w: float) -> bool:
    """Whether two figures may be one, written exactly or rounded (13 420 and "почти 13,5 тысячи", 486 and
    "500-ге жуық"); small ones must be equal (ages 40 and 41 are two people)."""
    return v == w or min(v, w) >= ROUNDED_FROM and abs(v - w) <= FIGURE_ROUNDING * max(v, w)


def _overlap(x: frozenset[int], y: frozenset[int]) -> tuple[int, int]:
    return len(x & y), min(len(x), len(y))


def containment(a: Signature, b: Signature) -> float:
    """The estimated share of the smaller 3-gram set found in the other, from the MinHash Jaccard estimate."""
    x, y = array("I"), array("I")
    x.frombytes(a.minhash)
    y.frombytes(b.minhash)
    equal = filled = 0
    for i, j in zip(x, y):
        if i != EMPTY or j != EMPTY:
            filled += 1
            equal += i == j
    if not filled:
        return 0.0
    jaccard = equal / filled
    return min(1.0, jaccard * (a.shingles + b.shingles) / (1 + jaccard) / max(min(a.shingles, b.shingles), 1))


def _share(pair: tuple[int, int]) -> float:
    shared, smaller = pair
    return shared / smaller if smaller else 0.0


def same_story(c: Comparison) -> bool:
    """Whether two compared records report the same event."""
    if c.days_apart is None:
        # Without both dates, the facts cannot be placed in time (a story's figures and names come back in its
        # follow-ups and anniversaries): only shared wording counts.
        return c.containment >= COPY_CONTAINMENT and not _figures_disagree(c)
    if not c.in_time:
        return False
    if _none_shared(c.places) and not _figures_agree(c):
        # Both name regions, none in common: the same kind of event elsewhere. Unless most of many figures are the
        # same: then a region is one the tagger found in one version only (a translation's dateline city).
        return False
    if _other_subjects(c):
        return False
    if _figures_disagree(c) and not c.counts_drifted:
        return False  # both give figures, and they disagree: another month's statistics, another case
    if c.moves_on:
        return False  # a follow-up, or an event of a day after the earlier was published
    if c.containment >= WORDING_CONTAINMENT:
        return True
    if c.figures[0] >= 2 and _share(c.figures) >= FIGURE_OVERLAP and c.figures[0] >= FIGURE_OVERLAP_OF_LARGER * c.larger:
        # Shared figures, and the same people, place or dates: two figures alone recur by chance (a bed count)
        return c.names[0] >= 2 or bool(c.places[0] or c.dates) or bool(c.names[0] and c.topics)
    if (c.news_days or c.days_apart > WINDOW_DAYS) and c.places[0] and c.topics and (
        c.figures[0] or c.names_beside_places > 0
    ):
        # the same place's event of the same day (a late retelling names it: in_time), on the same subject, told in
        # other words
        return True
    if c.days_apart <= FLASH_DAYS and c.places[0] and c.topics and _all_of(c.figures) and _all_of(c.names) and (
        c.figures[0] >= 2 or c.largest_figure >= FLASH_MIN_FIGURE
    ):
        # a flash of a few lines, whose every figure and name the fuller report of the next day gives (two figures, or
        # one that is no count of one or two: 17 children, not "умер 1 ребенок" and "умер второй ребенок")
        return True
    if c.days_apart <= FLASH_DAYS and c.places[0] and c.matters[0] and c.same_ages and c.nothing_unshared:
        # ... or of people of the same ages, on the same matter, with no figure or name the other lacks: "В Алматы
        # четырехлетний мальчик умер после наркоза в стоматологии" and "Алматыда 4 жасар ұл жалпы наркоздан кейін ..."
        return True
    if c.days_apart <= FLASH_DAYS and c.places[0] and c.topics and c.dates - c.news_days >= 2 and c.nothing_unshared and (
        c.figures[0] or c.same_ages
    ):
        # ... or telling the same days of its events, two or more besides the days of the news, and a figure or the
        # people's ages, with no figure or name the other lacks: a verdict's versions ("9 декабря 2024 года ... 13
        # декабря", "2024 жылғы 9 желтоқсанда ... 13 желтоқсанда", the victim of 19), not two stories of the same
        # day that both say "today" and "yesterday", nor two campaigns of the same weeks ("с 1 по 31 марта")
        return True
    return (
        c.names[0] >= 3 and c.names_beside_places >= NAMES_BESIDE_PLACES and _share(c.names) >= NAME_OVERLAP
        and bool(c.places[0] or c.topics)
    )


def _strength(c: Comparison) -> float:
    """How strongly a matching pair is one story, to unite the strongest first: shared wording, then shared facts."""
    return 4 * c.containment + min(c.figures[0], 4) + min(c.names[0], 4) + c.places[0] + c.dates + c.topics


def _contradicts(c: Comparison) -> bool:
    """Whether two records cannot be one story, whatever matches join them: not in time (Comparison.in_time), in other
    regions or on other matters of medicine (unless most of many figures agree, as in same_story), the later moving
    on from the earlier (Comparison.moves_on), or many figures each and few in common (FOREIGN_SHARE), unless they are
    counts that grew as the day went on (Comparison.counts_drifted). Figures that disagree otherwise do not count
    here: a story's versions disagree on noise (a page's times, a rounding) that matching them directly tolerates."""
    if c.days_apart is None:
        return False
    shared, smaller = c.figures
    return (
        not c.in_time
        or (not _figures_agree(c) and (_none_shared(c.places) or _none_shared(c.matters)))
        or c.moves_on
        or (smaller >= FOREIGN_MIN_FIGURES and shared < FOREIGN_SHARE * smaller and not c.counts_drifted)
    )


def _other_subjects(c: Comparison) -> bool:
    """Whether two records are about other things: both about health subjects, none in common (the same hospital's
    or official's other news), or both about matters of medicine, none in common, whatever circumstances they share
    (an infant's heart surgery and a girl's dental sedation, both children flown to the capital). Unless most of many
    figures are the same: then the tagger read one version's subject only."""
    return not _figures_agree(c) and (_none_shared(c.subjects) or _none_shared(c.matters))


def _none_shared(pair: tuple[int, int]) -> bool:
    """Both have some (of regions, topics, matters), and none in common."""
    shared, smaller = pair
    return bool(smaller) and not shared


def _all_of(pair: tuple[int, int]) -> bool:
    shared, smaller = pair
    return bool(smaller) and shared == smaller


def _figures_agree(c: Comparison) -> bool:
    """Most of many figures the same, in both: a record of a few small counts (2, 3, 4) finds them all in one that
    lists seventeen figures by chance."""
    shared, _ = c.figures
    return shared >= 3 and _share(c.figures) >= FIGURES_AGREE and shared >= FIGURES_AGREE_OF_LARGER * c.larger


def _figures_disagree(c: Comparison) -> bool:
    return c.figures[1] >= 2 and _share(c.figures) < FIGURE_OVERLAP


def is_copy(a: Signature, b: Signature) -> bool:
    """Whether one record is a near-verbatim copy of the other (a reprint), not a rewrite or a translation."""
    return a.lang == b.lang and containment(a, b) >= COPY_CONTAINMENT


# --- Candidates ---------------------------------------------------------------------------------------------------

_KIND = 56  # key bits above this say what kind of key it is: a band (1..16), a figure, a name
_FIGURE, _NAMES, _PLACED = 32, 33, 34


def blocking_keys(sig: Signature) -> list[int]:
    """The index keys of one signature, as 64-bit integers: a pure function of it (mapped per record, then
    grouped). A band key packs its two 27-bit MinHash values. Fact keys are chosen to be rare, since a key shared
    by many records buys comparisons and no stories: the specific figures (`specific` in features), and pairs of
    names (one name, `Казахстан`, is in every other record; two seldom are)."""
    bins = array("I")
    bins.frombytes(sig.minhash)
    keys = [
        ((band + 1) << _KIND) | (bins[band * ROWS] << 27) | bins[band * ROWS + 1]
        for band in range(BINS // ROWS)
        if bins[band * ROWS] != EMPTY and bins[band * ROWS + 1] != EMPTY
    ]
    keys.extend((_FIGURE << _KIND) | h for h in sorted(sig.facts("specific"))[:FACT_KEYS])
    names = sorted(sig.facts("names"))[:NAME_KEYS]
    keys.extend((_NAMES << _KIND) | hash((a, b)) & 0xFFFFFFFFFFFFFF for a, b in combinations(names, 2))
    # a place with a date, a figure or a name it gives: a rewrite or a translation that rounds the rest shares these
    places = sorted(sig.facts("places"))[:PLACE_KEYS]
    placed = sorted(sig.facts("dates") | sig.facts("figures"))[:FACT_KEYS] + names
    keys.extend((_PLACED << _KIND) | hash((p, f)) & 0xFFFFFFFFFFFFFF for p in places for f in placed)
    return keys


KEYS_PER_RECORD = BINS // ROWS + FACT_KEYS + NAME_KEYS * (NAME_KEYS - 1) // 2 + PLACE_KEYS * (FACT_KEYS + NAME_KEYS)


def _order(sig: Signature) -> tuple:
    """Earliest first; undated last; ties by the smallest content id. Depends on the record only."""
    return (sig.day is None, sig.day or 0, sig.id)


def _block_pairs(members: list[int], signatures: Sequence[Signature]) -> Iterator[tuple[int, int]]:
    """Pairs of one block within LATE_DAYS: each member with at most NEIGHBOURS of the next in date."""
    members.sort(key=lambda i: _order(signatures[i]))
    for n, i in enumerate(members):
        day = signatures[i].day
        for j in members[n + 1 : n + 1 + NEIGHBOURS]:
            other = signatures[j].day
            if day is not None and (other is None or other - day > LATE_DAYS):
                break
            yield i, j


def candidate_pairs(signatures: Sequence[Signature], spill_dir: str | None = None) -> Iterator[tuple[int, int]]:
    """Pairs of indices that share a blocking key, within the date window (see the module's docstring).

    The (key, index) pairs are written once to one of several partition files by key, and each partition is
    grouped on its own, so memory holds one partition's keys at a time and the work grows linearly."""
    partitions = 1 + len(signatures) * KEYS_PER_RECORD // KEYS_PER_PARTITION
    with tempfile.TemporaryDirectory(prefix="kzhealth-stories-", dir=spill_dir) as tmp:
        files = [open(os.path.join(tmp, f"{part}.keys"), "w+b") for part in range(partitions)]
        try:
            buffers = [array("Q") for _ in range(partitions)]
            for index, sig in enumerate(signatures):
                for key in blocking_keys(sig):
                    buffer = buffers[key % partitions]
                    buffer.append(key)
                    buffer.append(index)
                    if len(buffer) >= _FLUSH:
                        buffer.tofile(files[key % partitions])
                        del buffer[:]
            for file, buffer in zip(files, buffers):
                buffer.tofile(file)
                del buffer[:]
                file.seek(0)
                buffer.frombytes(file.read())
                blocks: dict[int, list[int]] = {}
                for n in range(0, len(buffer), 2):
                    blocks.setdefault(buffer[n], []).append(buffer[n + 1])
                del buffer[:]
                for members in blocks.values():
                    if len(members) > 1:
                        yield from _block_pairs(members, signatures)
                del blocks
        finally:
            for file in files:
                file.close()


_FLUSH = 1 << 16


# --- Stories ------------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Story:
    """What `stories` writes on one record."""

    story: str
    story_size: int
    copy_of: str | None


@dataclass
class Stories:
    """The story of each of a list of signatures, as three arrays of record indices and sizes (12 bytes a record,
    not an object each): the story's first record, the story's size, and the record copied (-1 for none)."""

    signatures: Sequence[Signature]
    first: array
    size: array
    copies: array

    def __len__(self) -> int:
        return len(self.first)

    def __getitem__(self, index: int) -> Story:
        copied = self.copies[index]
        return Story(
            self.signatures[self.first[index]].id,
            self.size[index],
            self.signatures[copied].id if copied >= 0 else None,
        )

    def __iter__(self) -> Iterator[Story]:
        return (self[index] for index in range(len(self)))


class _Components:
    def __init__(self, size: int) -> None:
        self.parent = array("I", range(size))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


COPY_CANDIDATES = 50  # a record is checked as a copy of at most this many earlier texts of its story
CHAIN_CHECK = 8  # records of each side compared for a contradiction before two groups are united


def group(signatures: Sequence[Signature], spill_dir: str | None = None) -> Stories:
    """The story of each signature, in the same order. Depends only on the set of signatures, not their order."""
    count = len(signatures)
    components = _Components(count)
    by_id = sorted(range(count), key=lambda i: signatures[i].id)
    for i, j in zip(by_id, by_id[1:]):  # exact copies: one story, whatever else they match
        if signatures[i].id == signatures[j].id:
            components.union(i, j)
    del by_id
    # The pairs that match, strongest first (ties by content id: a function of the set of records), united unless a
    # record of one side contradicts one of the other: a chain of matches (A~B, B~C: a round-up retelling two
    # stories) does not make one story of records that cannot be one (A and C in other regions, or weeks apart).
    strength, first_of, second_of = array("d"), array("I"), array("I")
    for i, j in candidate_pairs(signatures, spill_dir):
        if components.find(i) == components.find(j):
            continue
        comparison = Comparison(signatures[i], signatures[j])
        if same_story(comparison):
            i, j = sorted((i, j), key=lambda k: signatures[k].id)
            strength.append(_strength(comparison))
            first_of.append(i)
            second_of.append(j)
    order = sorted(
        range(len(strength)),
        key=lambda e: (-strength[e], signatures[first_of[e]].id, signatures[second_of[e]].id),
    )
    members: dict[int, list[int]] = {}
    for e in order:
        a, b = components.find(first_of[e]), components.find(second_of[e])
        if a == b:
            continue
        side_a, side_b = members.get(a, [a]), members.get(b, [b])  # each group's first records, by content id
        if any(_contradicts(Comparison(signatures[x], signatures[y])) for x in side_a for y in side_b):
            continue
        components.union(a, b)
        root = components.find(a)
        members[root] = sorted(side_a + side_b, key=lambda k: signatures[k].id)[:CHAIN_CHECK]
        members.pop(a if root == b else b, None)
    del strength, first_of, second_of, order, members
    roots = array("I", (components.find(i) for i in range(count)))
    del components
    first, size, copies = array("I", bytes(4 * count)), array("I", bytes(4 * count)), array("i", [-1]) * count
    by_story = sorted(range(count), key=roots.__getitem__)
    start = 0
    while start < count:
        end = start + 1
        while end < count and roots[by_story[end]] == roots[by_story[start]]:
            end += 1
        members = sorted(by_story[start:end], key=lambda i: _order(signatures[i]))
        texts: dict[str, int] = {}  # the story's distinct texts, earliest first, by content id
        for index in members:
            sig = signatures[index]
            first[index], size[index] = members[0], len(members)
            if sig.id not in texts:
                copies[index] = _copy_of(signatures, list(texts.values())[:COPY_CANDIDATES], sig)
                texts[sig.id] = index
            else:
                copies[index] = copies[texts[sig.id]]
        start = end
    return Stories(signatures, first, size, copies)


def _copy_of(signatures: Sequence[Signature], earlier: list[int], sig: Signature) -> int:
    """The earliest record before `sig` in its story that `sig` copies near-verbatim, or -1."""
    return next((index for index in earlier if is_copy(signatures[index], sig)), -1)
