"""Parse a decoded news document into its metadata (date, title, outlet) and clean body paragraphs.

A scraped file starts with a ` date YYYY-MM-DD` header glued to its first line, then whatever the page showed:
navigation, the headline, timestamps, credits, the story, widgets. Each non-empty line is one unit:

1. Every line gets a kind from the data files: timestamp, junk (widgets, navigation words, counters, keyword
   lines), credit (photo credits), teaser ("Читайте также") or content.
2. The head: lines above the first body paragraph (a sentence-like line). The headline is the first content line
   there that reads like one (a few words, no final period, not lower-case, not a rubric, slogan or outlet name);
   content above it is navigation, short lines between it and the body are badges (author, "1 мин").
3. Position rules: a short line glued above a credit is its caption; short unpunctuated lines after the last
   sentence are sign-offs and tags; a closing one-sentence "Ранее ..." links to an earlier story.
4. Date: the header, else the first timestamp line or dated navigation line, else an agency's dateline or today's
   date opening the story's first paragraph; never another date inside the story.
   Outlet: the first attribution in the story, else a dateline ("ӨСКЕМЕН. KAZINFORM —"), else an outlet named in
   the navigation, keyword line or sign-off, else in a photo credit; spelled through outlets.toml.

Every regex is compiled once at import and each line is looked at a fixed number of times, so the cost is linear
in the size of the text.
"""

from __future__ import annotations

import datetime
import functools
import os
import re
import re._constants as _c
import re._parser  # the parse tree of a pattern, for _required_words and _opening_chars (private, the same since 3.11)
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice, takewhile
from dataclasses import dataclass, field
from typing import NamedTuple

import ahocorasick

from ..lang.script import CYRILLIC_LETTER, spellings
from ..lang.tokenize import KAZAKH_CAPITALS, KAZAKH_LETTERS, TYPED_WITH_RUSSIAN_LETTERS, fold, words
from ..memo import Memo
from ..shipped import read_toml
from .outlets import (
    ABROAD, ALIASES, DOMAIN, HOSTING_PLATFORMS, OUTLETS, PLATFORM_COMPANIES, SEARCHED_ALIASES, SITE_PREFIXES,
    SOCIAL_NETWORKS, canonical_outlet, known_outlet, transliterates, unmarked,
)


@dataclass
class ParsedDocument:
    date: datetime.date | None
    title: str | None
    outlet: str | None
    paragraphs: list[str]  # clean body paragraphs, in order, without title and junk
    warnings: list[str] = field(default_factory=list)


REQUIRED_WORD_MIN_CHARS = 3  # a gate on shorter words would let most lines through


def _may_occur(*patterns: re.Pattern) -> Callable[[str], bool]:
    """A cheap test that passes every line in which any of some case-insensitive patterns occurs, and few others:
    a line in which one of the literal words they need occurs, found as _Patterns finds theirs (_NEEDED_WORDS). Python's
    re is several times slower on Cyrillic with IGNORECASE, and an alternation whose branches open with groups or
    lookbehinds is tried at every character. Patterns of which one needs no such word pass every line."""
    needed = [_required_words(re._parser.parse(p.pattern, p.flags & ~re.IGNORECASE)) for p in patterns]
    words = set().union(*needed)
    if not all(needed) or min(map(len, words)) < REQUIRED_WORD_MIN_CHARS:
        return lambda line: True
    number = _NEEDED_WORDS.add(words)
    return lambda line: number in _NEEDED_WORDS.found(line)


def _required_words(sequence) -> set[str]:
    """Literal strings one of which every line a parsed regex sequence matches in contains; empty when there are
    none.

    A run of literals must appear as it stands; a group, a lookahead or lookbehind (not a negative one), or a repeat
    of at least once, needs what its content needs; an alternation needs one of what its branches need (nothing,
    if a branch needs nothing). Of the sets found along the sequence, each of which is enough, the one whose
    shortest word is longest is kept."""
    found, run = [], ""
    for op, arg in [*sequence, (None, None)]:
        if op is _c.LITERAL:
            run += chr(arg)
            continue
        if run:
            found.append({run})
            run = ""
        if op is _c.SUBPATTERN:
            found.append(_required_words(arg[-1]))
        elif op is _c.ATOMIC_GROUP:
            found.append(_required_words(arg))
        elif op is _c.ASSERT:
            found.append(_required_words(arg[1]))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT) and arg[0] >= 1:
            found.append(_required_words(arg[2]))
        elif op is _c.BRANCH:
            branches = [_required_words(branch) for branch in arg[1]]
            found.append(set().union(*branches) if all(branches) else set())
    return max((words for words in found if words), key=lambda words: min(map(len, words)), default=set())


def _opening_chars(sequence) -> set[str]:
    """The characters one of which every match of a parsed regex sequence opens with; empty when that is not known
    from its literals (a class, a wildcard, or something that may match nothing comes first)."""
    optional: set[str] = set()  # what optional parts met so far open with: the match may start with them too
    for op, arg in sequence:
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):  # anchors and lookarounds take no character
            continue
        repeat = op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)
        if repeat and arg[0] == 0:
            if not (opening := _opening_chars(arg[2])):
                return set()
            optional |= opening
            continue
        if op is _c.LITERAL:
            opening = {chr(arg)}
        elif op is _c.SUBPATTERN:
            opening = _opening_chars(arg[-1])
        elif op is _c.ATOMIC_GROUP:
            opening = _opening_chars(arg)
        elif repeat:
            opening = _opening_chars(arg[2])
        elif op is _c.BRANCH:
            branches = [_opening_chars(branch) for branch in arg[1]]
            opening = set().union(*branches) if all(branches) else set()
        else:
            return set()
        return optional | opening if opening else set()
    return set()


def _never(line: str) -> bool:
    return False


def _typed_too(patterns: list[str]) -> list[str]:
    """The patterns, and those with Kazakh letters also as Kazakh is typed without them, for the labels that end a
    story or open a list of others ("Осы такырыпта:", "Пикирлер (12)" on a page typed so)."""
    typed = (pattern.translate(TYPED_WITH_RUSSIAN_LETTERS[0]) for pattern in patterns)
    return patterns + [other for pattern, other in zip(patterns, typed) if other != pattern]


class _Patterns:
    """Any of a list of case-insensitive patterns; those anchored with ^ are tried at the line start only.

    Most lines match none, and saying so is what has to be fast. As one alternation, 200 patterns are each tried
    in turn at every character: under IGNORECASE, on Cyrillic, a lookahead of opening letters rejects few of them.
    So a pattern that needs one of some literal words (`_required_words`, of 3 letters or more) is tried on its own,
    and only on a line in which one of them occurs (`_NEEDED_WORDS` finds them); the others are tried as one
    alternation at the start and one anywhere."""

    def __init__(self, patterns: list[str]):
        self._anchored = [p[1:] for p in patterns if p.startswith("^")]
        self._start: re.Pattern | None = None  # strip's alternation of them, compiled when first needed
        alternated: dict[bool, list[str]] = {True: [], False: []}
        self._tried: dict[int, tuple[str, bool]] = {}  # by the number _NEEDED_WORDS gave its words
        for pattern in patterns:
            at_start = pattern.startswith("^")
            body = pattern[1:] if at_start else pattern
            needed = _required_words(re._parser.parse(body))
            if min(map(len, needed), default=0) < REQUIRED_WORD_MIN_CHARS:
                alternated[at_start].append(body)
            else:
                self._tried[_NEEDED_WORDS.add(needed)] = (body, at_start)
        # no pattern in a group: never try it (a search for the empty alternation still walks the whole line)
        start, anywhere = (re.compile(_alternation(alternated[at]), re.IGNORECASE) for at in (True, False))
        self._alternated_start = start.match if alternated[True] else _never
        self._alternated_anywhere = anywhere.search if alternated[False] else _never

    def search(self, line: str) -> bool:
        if self._alternated_start(line) or self._alternated_anywhere(line):
            return True
        tried = self._tried
        return any(_tried_alone(*tried[number])(line) for number in _NEEDED_WORDS.found(line) if number in tried)

    def strip(self, line: str) -> str:
        """The line without an anchored pattern's match at its start: the first of them that matches."""
        if self._start is None:
            self._start = re.compile(_alternation(self._anchored), re.IGNORECASE)
        match = self._start.match(line)
        return line[match.end() :] if match else line


@functools.cache
def _tried_alone(pattern: str, at_start: bool) -> Callable[[str], object]:
    """A pattern as _Patterns tries it on its own, compiled the first time a line has one of the words it needs:
    most never meet one in a run, and compiling all of them would double the time an import takes."""
    compiled = re.compile(_guarded(pattern) if at_start else pattern, re.IGNORECASE)
    return compiled.match if at_start else compiled.search


class _NeededWords:
    """The words the _Patterns' patterns need, looked for in a line all at once: an Aho-Corasick automaton walks
    the line once for all of them, where `word in line` would walk it once a word. What was found in the last
    lines looked at is remembered: a document's lines are tried against several sets of patterns in turn."""

    REMEMBERED_CHARS = 1 << 18  # the lines remembered: a few documents' (a file of one 40 MB line, that line only)

    def __init__(self) -> None:
        self._by_word: dict[str, list[int]] = {}
        self._patterns = 0
        self._automaton: ahocorasick.Automaton | None = None
        self._seen: dict[str, set[int]] = {}
        self._seen_chars = 0

    def add(self, words: set[str]) -> int:
        """The number `found` gives a line in which one of the words a pattern needs occurs."""
        number = self._patterns
        self._patterns += 1
        for word in words:
            self._by_word.setdefault(_lowered(word), []).append(number)
        self._automaton = None  # built again, and the lines looked at looked at again, with the new words
        self._seen.clear()
        self._seen_chars = 0
        return number

    def found(self, line: str) -> set[int]:
        """The numbers of the patterns one of whose words occurs in the line."""
        if (numbers := self._seen.get(line)) is not None:
            return numbers
        if self._automaton is None:
            self._automaton = ahocorasick.Automaton()
            for word, needing in self._by_word.items():
                self._automaton.add_word(word, needing)
            self._automaton.make_automaton()
        numbers = set()
        for _, needing in self._automaton.iter(_lowered(line)):
            numbers.update(needing)
        self._seen_chars += len(line)
        if self._seen_chars > self.REMEMBERED_CHARS:
            self._seen.clear()
            self._seen_chars = len(line)
        self._seen[line] = numbers
        return numbers


_NEEDED_WORDS = _NeededWords()


def _lowered(text: str) -> str:
    """Text lower-cased as re compares letters under IGNORECASE, for looking for a pattern's words in a line: one
    letter to one (str.lower makes "İ" an "i" and a combining dot, which re's "i" would match without)."""
    return text.lower().replace("\u0307", "")


class _WithoutAddress:
    """Patterns of a whole line, tried on it as it is and without the site's address after a dot, a bar or a dash,
    which a tagline may end in ("Қарағанды облыстық қоғамдық-саяси газеті · ortalyq.kz")."""

    def __init__(self, patterns: _Patterns):
        self._patterns = patterns

    def search(self, line: str) -> bool:
        if self._patterns.search(line):
            return True
        cut = max(map(line.rfind, "·|•—–"))  # the last mark only: a search for one would retry at every space
        return cut > 0 and bool(ADDRESS_AFTER.fullmatch(line, cut)) and self._patterns.search(line[:cut].rstrip())


SPELLINGS_APART = re.compile(r"\s+[|/—–]\s+")  # a logo's spellings of one name, as _head_logo reads them
ADDRESS_AFTER = re.compile(r"[·|•—–]\s*+(?:[a-z0-9-]++\.)++[a-z]{2,6}/?\s*+", re.IGNORECASE)


def _alternation(patterns: list[str]) -> str:
    """Patterns as one alternation, each _guarded, and the whole too when every one's opening characters are known."""
    if not patterns:
        return "(?!)"
    openings = [_opening_chars(re._parser.parse(p)) for p in patterns]  # parsed once: parsing is most of import time
    branches = "|".join(map(_guarded, patterns, openings))
    return _guarded(branches, set().union(*openings) if all(openings) else set())


def _guarded(pattern: str, opening: set[str] | None = None) -> str:
    """A pattern behind a lookahead of the characters it opens with (`opening`, else read from it), when those are
    known. Under IGNORECASE re tries each string of a branch like `(поделиться|бөлісу|share)` in turn at every
    position it comes to, where the lookahead rejects any other character in one test."""
    if opening is None:
        opening = _opening_chars(re._parser.parse(pattern))
    # one character without case is a single test to re already, and one a search skips ahead to
    if not opening or (len(opening) == 1 and (char := min(opening)).lower() == char.upper()):
        return f"(?:{pattern})"
    return f"(?=[{_first_chars(opening)}])(?:{pattern})"


def _words(items) -> str:
    """Regex alternation of literal strings, longest first, spaces matching any whitespace."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(items), key=len, reverse=True))


def _first_chars(items) -> str:
    """The characters literal strings open with, for a regex class. A lookahead `(?=[...])` of them before an
    alternation rejects any other position in one test, where re would try every string in turn (it cannot skip
    ahead by itself under IGNORECASE or after a lookbehind)."""
    return "".join(sorted({r"\s" if w[0].isspace() else re.escape(w[0]) for w in items}))


BOILERPLATE = read_toml(__package__, "boilerplate.toml")
JUNK = _Patterns([
    *BOILERPLATE["junk"]["patterns"], BOILERPLATE["junk"]["tags_label"], BOILERPLATE["post"]["footer"],
    BOILERPLATE["post"]["actions"], rf"^({BOILERPLATE['post']['forwarded']})\b",
    BOILERPLATE["end"]["comment_button"], *BOILERPLATE["end"]["disclaimer"], BOILERPLATE["post"]["in_reply"],
])
POST_FOOTER = re.compile(BOILERPLATE["post"]["footer"], re.IGNORECASE)
VIEWS_AT_END = re.compile(r"\S\s++👁\ufe0f?\s*+\d[\d.,]*+[kкmм]?$", re.IGNORECASE)  # a post's views after its last words
POST_CLOCK = re.compile(r"(?:(?:edited|изменено|өңделген)\s++)?\d{1,2}:\d{2}", re.IGNORECASE)  # a post's time, alone
TELEGRAM_INVITATION = re.compile(BOILERPLATE["post"]["invitation"], re.IGNORECASE)
POST_BELOW_LINES = 6  # the invitation atop a post: two of the lines under it, or more, are the post's sentences
AD_MARK = re.compile(BOILERPLATE["post"]["ad_mark"], re.IGNORECASE)
POST_ACTIONS = re.compile(BOILERPLATE["post"]["actions"], re.IGNORECASE)
POST_REPLY = re.compile(BOILERPLATE["post"]["reply"], re.IGNORECASE)
MORE_COMMENTS = re.compile(BOILERPLATE["post"]["more_comments"], re.IGNORECASE)
SUMMARY_HEADING = re.compile(BOILERPLATE["head"]["summary_heading"], re.IGNORECASE)
SUMMARY_HEADING_MAX_CHARS = 60
SUMMARY_MAX_LINES = BOILERPLATE["head"]["summary_max_lines"]
SUMMARY_BOX_MAX_LINES = BOILERPLATE["head"]["summary_box_max_lines"]
SUMMARY_NOTE = re.compile(BOILERPLATE["head"]["summary_note"], re.IGNORECASE)
SUMMARY_POINT = re.compile(r"[^\w\s«»\"„“”(\[]\s*+\w|\d{1,2}[.)]\s++\w")  # "• ...", "— ...", "✔ ...", "1. ...", "2) ..."
POLL_HEADING = re.compile(BOILERPLATE["head"]["poll_heading"], re.IGNORECASE)
POLL_LABEL_CHARS = 20  # "🗳 Опрос недели:"
POLL_RESULTS = re.compile(BOILERPLATE["head"]["poll_results"], re.IGNORECASE)
POLL_ANSWER = re.compile(BOILERPLATE["head"]["poll_answer"])
POLL_MIN_ANSWERS = 2
AD_LABEL = re.compile(BOILERPLATE["ads"]["label"], re.IGNORECASE)
AD_RULE = re.compile(BOILERPLATE["ads"]["rule"])
AD_RULED_LABEL = re.compile(BOILERPLATE["ads"]["ruled_label"], re.IGNORECASE)
AD_MAX_LINES = BOILERPLATE["ads"]["max_lines"]
AD_MAX_CHARS = BOILERPLATE["ads"]["max_chars"]
BOXED_AD_MAX_CHARS = 90  # a boxed ad's line with no sign of an ad; a story's paragraph is longer
AD_SIGNS = re.compile(BOILERPLATE["ads"]["signs"], re.IGNORECASE)
AD_LEGAL = re.compile(BOILERPLATE["ads"]["legal"], re.IGNORECASE)
TAGS_LABEL = re.compile(BOILERPLATE["junk"]["tags_label"], re.IGNORECASE)
RUBRIC_LABEL = re.compile(BOILERPLATE["junk"]["rubric_label"], re.IGNORECASE)
# a line of tags: two or more short items set apart by commas, bars, dots, runs of spaces or hashes
TAG_ITEMS = re.compile(r"\s*[,;|·•]\s*|\s{2,}|\s+(?=#)")
TAG_MAX_WORDS = 4
HEAD_JUNK = _Patterns(BOILERPLATE["head"]["patterns"])
CHAPTER = re.compile(BOILERPLATE["head"]["chapter"], re.IGNORECASE)
CHAPTER_MAX_WORDS = BOILERPLATE["head"]["chapter_max_words"]
CREDIT = _Patterns(BOILERPLATE["credit"]["patterns"])
PRESENTER = re.compile(BOILERPLATE["credit"]["presenter"], re.IGNORECASE)
NOTICES = _Patterns(BOILERPLATE["junk"]["notices"])
TEASER = _Patterns(_typed_too(BOILERPLATE["teaser"]["patterns"]))
CLOSING_TEASER = re.compile(rf"(?:{_words(BOILERPLATE['teaser']['closing_starts'])})(?!\w)", re.IGNORECASE)
NAVIGATION_WORDS = frozenset(w.casefold() for w in BOILERPLATE["head"]["navigation_words"])
HEADLINE_ENDS = frozenset(BOILERPLATE["head"]["headline_ends"])
OPINION_RUBRICS = frozenset(w.casefold() for w in BOILERPLATE["head"]["opinion_rubrics"])
WEEKDAY_NUMBERS = {day.casefold(): i % 7 for i, day in enumerate(BOILERPLATE["timestamp"]["weekdays"])}  # Monday 0
WEEKDAYS = frozenset(WEEKDAY_NUMBERS)
TIMESTAMP_WORDS = frozenset(
    w.casefold() for key in ("words", "weekdays", "short_weekdays") for w in BOILERPLATE["timestamp"][key]
)
# a stamp line may also carry the section it is filed under ("Аймақтар 14 Ақпан, 2020") and its view count
STAMP_EXTRA_WORDS = TIMESTAMP_WORDS | NAVIGATION_WORDS
WIDGET = _Patterns([BOILERPLATE["timestamp"]["today"], *BOILERPLATE["timestamp"]["widget"]])
TODAY_WORD = re.compile(BOILERPLATE["timestamp"]["today"], re.IGNORECASE)
BRACKET_MENU = re.compile(r"(?:\[[^\[\]]{1,40}+\]\s*+)++")  # a menu of items in brackets ...
BRACKET_ITEM = re.compile(r"\[([^\[\]]++)\]")  # ... and each of them
TODAY_LABEL = re.compile(rf"^(?:{BOILERPLATE['timestamp']['today']})\s*+[:,—–-]?\s*+", re.IGNORECASE)  # "Бүгін: "
TODAY_THEN_TIME = re.compile(rf"(?:{BOILERPLATE['timestamp']['today']})[\s,:·|–—-]*+\d{{1,2}}:\d{{2}}(?!\d)", re.IGNORECASE)
CUT = ("...", "…")  # how a line cut short ends
CUT_TITLE_MIN_CHARS, CUT_TITLE_LINES = 20, 4  # a headline cut short in an app's bar, in full this near under it
VISITOR_GREETING = re.compile(BOILERPLATE["timestamp"]["visitor_greeting"], re.IGNORECASE)
WEATHER_WORDS = frozenset(BOILERPLATE["timestamp"]["weather_words"])
WIND_WORDS = frozenset(BOILERPLATE["timestamp"]["wind_words"])
WEEKDAY = re.compile(rf"(?<!\w)(?:{_words(WEEKDAYS)})(?!\w)", re.IGNORECASE)
SHORT_WEEKDAYS = frozenset(BOILERPLATE["timestamp"]["short_weekdays"])
SHORT_WEEKDAY = re.compile(rf"(?<!\w)(?:{_words(SHORT_WEEKDAYS)})(?!\w)", re.IGNORECASE)
ARTICLE_END = _Patterns(_typed_too(
    [*BOILERPLATE["end"]["patterns"], *BOILERPLATE["end"]["disclaimer"], BOILERPLATE["post"]["invitation"]]
))
FORUM_SUBJECT, FORUM_FIRST_POST, FORUM_REPLIES, FORUM_REPLY = (
    re.compile(BOILERPLATE["forum"][key], re.IGNORECASE) for key in ("subject", "first_post", "replies", "reply")
)
FORUM_POSTER_LINES = 5  # a post's poster over it: name, rank, count of posts, city
FORUM_POSTER_LINE_WORDS = 3
FORUM_HEAD_LINES = 20  # a thread's subject and its first post's number stand this near the top
SELF_PROMOTION = [re.compile(pattern, re.IGNORECASE) for pattern in BOILERPLATE["self_promotion"]["patterns"]]
SELF_PROMOTION_CHARS = 120  # a promotion names its site this near its line's start
FORUM_COUNT_LINES = 2  # ... and its count of replies this near its subject
COMMENTS_HEADING = re.compile("|".join(_typed_too([BOILERPLATE["end"]["comments_heading"]])), re.IGNORECASE)
COMMENT_FORM = re.compile(BOILERPLATE["end"]["comment_form"], re.IGNORECASE)
DISCUSSION_HEADING = re.compile(BOILERPLATE["end"]["discussion_heading"], re.IGNORECASE)
READER_STAMP = re.compile(BOILERPLATE["end"]["reader_stamp"])
STAMP_MARK = re.compile(r"\s[·•|]\s")  # between a reader's name and the day: "Ерлан К. · 05.02.2026"
NAME_INITIAL = re.compile(r"[^\W\d][\w-]+\s[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.\s")  # a reader's name and initial: "Айгерим Т. "
READER_STAMPS_MIN = 2
# a reader's name alone: a name and an initial ("Нурлан К."), or a handle ("Anna_Almaty", "guest77")
READER_NAME = re.compile(r"[^\W\d][\w-]{1,20}\s[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.|(?=[\w.-]*[_\d])[^\W\d][\w.-]{2,29}")
COMMENT_SIGNS = _Patterns(BOILERPLATE["end"]["comment_signs"])
READERS_LINE = re.compile(BOILERPLATE["end"]["readers_line"], re.IGNORECASE)
COMMENT_LINES = BOILERPLATE["end"]["comment_lines"]
COMMENT_HEADING_MAX_CHARS = 40  # "Оставить комментарий", "Посмотреть все комментарии (1 284)": a heading or a label is short
READER_HEAD_CHARS = 40  # a reader's name and date before the comment: "Гульнар, 03.09.2024 11:40 - ..."
_POST = BOILERPLATE["post"]
# (a verified account's tick between: "kzo_vesti ✔ • Подписаться")
FOLLOW = re.compile(rf"(?P<account>{_POST['account']})(?:\s*+[✔✓☑]\ufe0f?)?\s*+[•·]\s*+(?:{'|'.join(_POST['follow'])})")
# an account alone on its line (a letter in it: not a date), perhaps ticked as verified
ACCOUNT = re.compile(rf"(?P<account>(?=[\d._]*[a-z]){_POST['account']})(?:\s*+[✔✓☑]\ufe0f?)?")
FOLLOW_WORDS = frozenset(word.casefold() for word in _POST["follow"])
PLATFORM_LABELS = frozenset(word.casefold() for word in _POST["labels"])
FOLLOW_MAX_CHARS = max(map(len, FOLLOW_WORDS))
THREADS_HEAD = re.compile(rf"(?P<account>{_POST['account']})\s{{3,}}(?P<time>\S.{{0,40}})")
AUDIENCE = re.compile(rf"[•·]\s*+(?:{_words(_POST['audience'])})\W*$")
AUDIENCE_TAIL_CHARS = 40  # searched in a line's end only: a long run of symbols costs nothing
POST_HEAD_MAX_WORDS = 8
# a reader's account: with a dot, an underscore or a digit in it, or followed by a reply's @ or by text in another
# script (a word of a caption in Latin letters is neither)
COMMENT = re.compile(rf"(?=[a-z0-9]*+[._\d])(?:{_POST['account']})\s|(?:{_POST['account']})\s+(?:@|(?![\x00-\x7f])\w)")
LOCATION_MAX_WORDS = 6  # "Уральск, Западно-Казахстанская область" under a post's account

ROMAN_MONTHS = {numeral: n for n, numeral in enumerate("I II III IV V VI VII VIII IX X XI XII".split(), 1)}
_ROMAN = "(?-i:" + "|".join(sorted(ROMAN_MONTHS, key=len, reverse=True)) + ")"
def _month_key(name: str) -> str:
    """A month's name as MONTHS knows it: case-insensitive matching also takes ı for i (Şilde for şılde)."""
    return name.casefold().replace("ı", "i").replace("i̇", "i")


def _months() -> dict[str, int]:
    """Each month's names (months.toml), the Kazakh ones also as typed without Kazakh letters ("7 казан 2025", "18
    акпан", "мамырдын 3-и"; not the short forms: "кан", "кар" are other words so typed)."""
    months = {}
    for lang, table in read_toml(__package__, "months.toml").items():
        for n, forms in table.items():
            for form in forms:
                months[_month_key(form)] = int(n)
                if lang == "kk" and len(form) > MONTH_ABBREVIATION_MAX_CHARS:
                    months.update((_month_key(form.translate(typed)), int(n)) for typed in TYPED_WITH_RUSSIAN_LETTERS)
    return months


MONTH_ABBREVIATION_MAX_CHARS = 4
MONTHS = _months()
_M = rf"(?<!\w)(?:{_words(MONTHS)})(?!\w)\.?"
MONTH_NAME = re.compile(_M, re.IGNORECASE)
# A header's day without its year, its weekday before or after it: "Понедельник, 7 октября", "7 қазан, дүйсенбі"
WEEKDAY_AND_DAY = re.compile(
    rf"(?:(?:{_words(WEEKDAYS)}),?\s+\d{{1,2}}\s+{_M}|\d{{1,2}}\s+{_M},?\s+(?:{_words(WEEKDAYS)}))\.?", re.IGNORECASE
)
# A stamp without its year, with its time (a chronology's "2 марта" heading has none), alone on its line or before its
# other fields ("14 марта, 10:15   |   Автор"); and a line that gives the page's own address with its day in it
# ("Материалдың сілтемесі: https://turkystan.kz/2025/02/14/...")
# (its weekday before or after the day: "Понедельник, 18 ноября · 11:30", "9 желтоқсан, дүйсенбі · 10:15")
YEARLESS_STAMP = re.compile(
    rf"(?:(?:(?P<weekday>{_words(WEEKDAYS)}),?\s+)?(?P<day>\d{{1,2}})\s+(?P<month>{_M})(?:,?\s+(?P<weekday_after>"
    rf"{_words(WEEKDAYS)}))?|(?:сегодня|бүгін|today))(?:,|\s+[|·•])?\s+(?:в\s+)?\d{{1,2}}:\d{{2}}"
    r"(?=\s*(?:$|[|·•]|\s{2}))",
    re.IGNORECASE,
)
# An agency's dateline opening the story's first paragraph: its place, its day and month (its year and time perhaps),
# its agency, and a dash, or the dash and then its agency: "Ақтөбе, 17 маусым 2025 11:30. ҚазАқпарат –", "АЛМАТЫ, 3 мар
# – Sputnik.", "Алматы. 12 февраля. ИНТЕРФАКС-КАЗАХСТАН –" (the agency is checked apart: _agency_dateline). It dates a page
# that shows no stamp.
LEAD_DATELINE = re.compile(
    rf"^(?P<place>[^\W\d_][\w-]*+(?:\s[^\W\d_][\w-]*+){{0,2}})[.,]\s++(?P<day>\d{{1,2}})\s++(?P<month>{_M})"
    r"(?:\s++(?P<year>\d{4}))?(?:\s++ж\.|\s++жыл\w*+|\s++г\.|\s++года)?(?:,?\s++\d{1,2}:\d{2})?\s*+[.,]?\s*+"
    r"(?P<agency>[^—–.\d]{2,40}?)??\s*+[—–-]\s++",
    re.IGNORECASE,
)
AGENCY_AFTER_DASH = re.compile(r"[A-Z][A-Za-z]++")  # "– Sputnik.", "— Reuters." (a word in Latin letters)
# ... and a lead that opens with today's date ("Сегодня, 9 марта 2026 года, ...", "Бүгін, 2026 жылғы 2 ақпанда")
LEAD_TODAY = re.compile(r"^(?:сегодня|бүгін),?\s++(?=\d)", re.IGNORECASE)
_DATED_PATH = r"(?P<path>/(?:\S*?/)?(?P<y>20\d\d)[/-]?(?P<m>[01]\d)[/-]?(?P<d>[0-3]\d)(?!\d))"
PAGE_LINK = re.compile(
    r"^(?:короткая ссылка|ссылка на (?:материал|статью|новость)|постоянная ссылка|адрес (?:материала|страницы)|"
    r"материалдың сілтемесі|мақаланың сілтемесі|permalink|short link)\s*+:\s*+https?://[^/\s]+" + _DATED_PATH,
    re.IGNORECASE,
)
MEDIA_FILE = re.compile(r"/uploads?/|\.(?:jpe?g|png|gif|webp|svg|pdf|mp4)$", re.IGNORECASE)  # an image's, no page's
# a page's address alone on its line, perhaps without its scheme ("kz.kursiv.media/2026-07-23/...")
PAGE_ADDRESS = re.compile(r"(?:https?://)?[\w-]++(?:\.[\w-]++)++" + _DATED_PATH + r"\S*")
DATE = re.compile(
    rf"(?=[\d{_first_chars(MONTHS)}])(?:"  # a digit or a month name opens every date
    rf"(?<!\d)(?P<d1>\d{{1,2}})([./-])(?P<m1>\d{{1,2}})\2(?P<y1>\d{{4}})(?!\d)"  # 14.12.2025, 14/12/2025, 14-12-2025
    # 2025-12-14, 2025.12.14; with dots or slashes, padded or with its time ("Версия 2024.12.3" is a version,
    # "2025/3/7 14:22" a stamp), and not in a URL's path
    rf"|(?<![\d/])(?P<y2>\d{{4}})(?P<s2>-|[./](?=\d\d[./]\d\d|\d\d?[./]\d\d?\s*+\d\d?:\d\d))(?P<m2>\d{{1,2}})(?P=s2)(?P<d2>\d{{1,2}})(?![\d/])"
    rf"|(?<!\d)(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+|-)(?P<m3>{_M}),?\s+(?P<y3>\d{{4}})(?!\d)"  # 03 Февраль 2026, 18-қазан 2019
    # 2024 жылғы 7 маусым, and the month declined after its day ("2026 жылғы 5 наурызда", "... 5 наурыздағы №18 санында")
    rf"|(?<!\d)(?P<y4>\d{{4}})\s+ж\w*\.?\s+(?P<d4>\d{{1,2}})\s+(?:(?P<m4>{_M})|(?<!\w)(?P<m8>{_words(MONTHS)})"
    r"[дт][ае](?:ғы|гі)?(?!\w))"
    # December 9, 2025; Feb. 3rd, 2025; a Kazakh day after its month's genitive, "мамырдың 3-і, 2025 ж."
    rf"|(?P<m5>{_M})\s+(?P<d5>\d{{1,2}})(?:st|nd|rd|th|-[сш]?[іыи])?,?\s+(?P<y5>\d{{4}})(?!\d)"
    rf"|(?<!\d)(?P<d7>\d{{1,2}})\.(?P<m7>{_ROMAN})\.(?P<y7>\d{{4}})(?!\d)"  # 14.III.2025, as newspapers date issues
    # 14.12.25, 13:03: a two-digit year only in a stamp with its time, where it cannot be a version or a score
    rf"|(?<![\d.])(?P<d6>\d{{1,2}})\.(?P<m6>\d{{2}})\.(?P<y6>\d{{2}})(?=\s*+[,|·]?\s*+\d{{1,2}}:\d{{2}}(?!\d)))",
    re.IGNORECASE,
)
# cheap test before the month-name alternation (a class first: re skips to a digit): a year, or a dd.mm.yy stamp
YEAR = re.compile(r"\d(?:\d{3}|\.\d\d\.\d\d)")
# (not "Время прибытия бригады: ...", nor an event's "Күні: 2025 жылғы 14 маусым")
STAMP_LABELS = re.compile(
    r"время\s+(?:публикации|чтения)|(?:жарияланған|жаңартылған|эфир)\s+күні|дата\s+эфира", re.IGNORECASE
)
# a programme's name and its air, before the day and time it went out ("«Утро на Business FM» — эфир от 17 ноября 2025,
# 08:10", "«Алматы жаңалықтары», эфир 21:00", "«Ақпарат» бағдарламасы, эфир 20:00")
PROGRAMME_AIR = re.compile(
    r"(?:программа\s++)?[«\"“][^«»\"“”]{1,60}[»\"”](?:\s++(?:бағдарламасы|программа))?\s*+[,.:—–-]?\s*+"
    r"(?:эфир|выпуск|шығарылым)(?:\s++от)?(?!\w)",
    re.IGNORECASE,
)
FOUR_DIGITS = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")

TIME = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)")
TIMEZONE = re.compile(r"\b(?:GMT|UTC)\s*[+−-]?\s*\d{0,2}", re.IGNORECASE)
HEADER = re.compile(r"\A\s*date\s+(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)[ \t]*")
NUMERIC_DATE = frozenset({"d1", "d2", "d6", "d7"})
# (and a live broadcast's announced start: "Прямой эфир: 25.09.2025, 15:00 – Pavlodar News", "Тікелей эфир: ...")
DEADLINE_BEFORE = re.compile(r"(?<!\w)(?:до|по|с|со|(?:прямой|тікелей)\s++эфир\s*+:)\s*+$", re.IGNORECASE)
DEADLINE_AFTER = re.compile(
    r"\s*+(?:-?(?:ге|ға|ке|қа|не|на|ден|дан|тен|тан|нен|нан)\s++)?(?:дейін|бастап)(?!\w)", re.IGNORECASE
)
UPDATED = re.compile(
    r"\W*(?:обновлено|обновлён|обновлен|изменено|жаңартылды|жаңартылған|updated|modified)", re.IGNORECASE
)
# a stamp that says it is the publication's, which dates the article even at the page's foot, under the comments
_PUBLISHED_WORDS = r"(?:опубликовано|дата публикации|жарияланды|жарияланған|published)\b"
PUBLISHED = re.compile(r"\W*" + _PUBLISHED_WORDS, re.IGNORECASE)  # a line that opens with it
PUBLISHED_LABEL = re.compile(r"(?<!\w)" + _PUBLISHED_WORDS, re.IGNORECASE)  # ... anywhere in it
# uCoz's line of an article's facts under it: "Категория: Здоровье | Добавил: redaktor (18.04.2025) | Автор: ..."
ADDED_BY = re.compile(r"(?:^|\|)\s*(?:добавил|қосқан):\s*[^|()]{1,40}\((?P<stamp>[^()]{6,30})\)", re.IGNORECASE)
# A print's furniture, which dates no story: a browser's print footer (the address, then far apart, by wide gaps or
# a tab, the page's number) and the line saying when a print version was printed ("Распечатано: 03.04.2024 16:22"),
# or a reading app saved the page ("Saved November 3, 2023 · 3 min read")
PRINTED = re.compile(
    r"https?://\S++(?:\s{3,}|[^\S\t]*+\t\s*+)\d{1,3}/\d{1,3}$"
    r"|(?:распечатано|дата печати|дата распечатки|басып шығарылды|басып шығарылған күні|printed(?: on)?)\s*+:"
    r"|(?:saved|сохранено)(?:\s++on)?(?:\s*+:)?\s++(?=\d{1,2}[./]\d{1,2}[./]\d{2,4}|[^\W\d]{3,9}\.?\s++\d{1,2},?\s++\d{4}"
    r"|\d{1,2}\s++[^\W\d]{3,9}\.?,?\s++\d{4})",  # (a date: not "Сохранено 120 жизней")
    re.IGNORECASE,
)
# A time, then far apart a title, where no stamp with its byline reads ("04.04.2023, 11:37   Автор: ..."): a feed's
# item; and as the page's first line, apart by wide gaps or a tab, a browser's print header (the tab's title)
_DATE_TIME = r"\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s++\d{1,2}:\d{2}"
TIMED_TITLE = re.compile(_DATE_TIME + r"\s{3,}\S")
PRINT_HEADER = re.compile(_DATE_TIME + r"(?:\s{3,}|[^\S\t]*+\t)\S")
STAMP_PARTS = re.compile(r"(?<!\s)\s+[·•|]\s+")  # once per run of spaces: linear on long runs
# ... and apart by wide gaps, when each part but the stamp is a byline's field or a counter: "18 июля 2024   Автор:
# Виктория Ли   Просмотров: 1 318" (a feed's item, "18 июля 2024   Headline", has no field's label)
WIDE_GAP = re.compile(r"\s{3,}")
# two spaces or more: between a labelled trail's parts ("Вы здесь:  Главная  Здоровье"), a text table's cells
GAP = re.compile(r"\s{2,}")
LANGUAGE_BUTTON = re.compile(r"қаз|рус|eng|kaz|rus|en|ru|kk|qaz|қазақша|русский|english|latyn", re.IGNORECASE)
TRAIL_GAP = re.compile(r"\s{2,}|\s+[|/›»>→]\s+")  # between a trail's parts: a gap, a bar or an arrow
# (and its source: "Источник: Kazinform", "қайнар көзі: Іле газеті" as a Xinjiang paper's stamp reads in Cyrillic)
BYLINE_FIELD = re.compile(
    # (the Kazakh editor's, "жауапты редакторы", read in Cyrillic from the Arabic script perhaps as "редәктөрі")
    r"(автор|авторы|текст|редактор|(?:жауапты\s++)?ред[аә]кт[оө]р[ыі]|author|фото|сурет|источник|қайнар көзі"
    r"|дерек\s?көз\w*|source)\s*+:\s*+[^:]{1,60}",
    re.IGNORECASE,
)
# ... of them the author's, its label then five words at most, apart by spaces or commas ("Авторы: Ақбота МҰСАҚЫЗЫ,
# Ақтөбе"), which a stamp line apart by bars may give beside a long labelled date
AUTHOR_FIELD = re.compile(r"(автор|авторы|author)\s*+:\s*+[^\W\d_][\w.-]*+(?:,?\s++[^\W\d_][\w.-]*+){0,4}", re.IGNORECASE)
# ... or with a bio after the name, in a stamp's line apart by wide gaps (_gapped_stamp)
AUTHOR_WITH_BIO = re.compile(r"(?:автор|авторы|author)\s*+:\s*+[^\W\d_][^.!?:]{0,120}", re.IGNORECASE)
# the weather beside a "today" widget's date: "Четверг, 18 июля 2024   Кокшетау +31°", "⛅ Петропавл +17°",
# "Петропавл  🌤 +14°"
WEATHER = re.compile(
    r"(?:(?<!\S)[^\w\s]\s*+)?(?<![^\W\d])[^\W\d]\S{0,40}+(?:\s[^\W\d]\S{0,40}+)?\s++(?:[^\w\s+−-]{1,3}\s++)?"
    r"[+−-]?\d{1,2}\s*+°[CcСс]?(?!\w)"
)
# ... or the temperature before its city: "Сегодня, 12 марта 2026 г.   -4°C   Павлодар"
WEATHER_THEN_PLACE = re.compile(r"[+−-]?\d{1,2}\s*+°[CcСс]?(?!\w)\s++[^\W\d][\w-]{0,40}")
RUNNING_HEAD_PARTS = re.compile(r"\s+[·•|]\s+|\s{2,}")  # a printed page's running head, apart by gaps
QUOTED_HEAD = re.compile(r"[«\"“]([^«»\"“”]{1,60})[»\"”]")  # a name in quotes, first in a part of a running head
# ... and its page's number: "стр. 5", "3-бет", "5 бет"
PAGE_NUMBER = re.compile(
    r"(?<!\w)(?:(?:стр\.|страница|бет|page)\s*+\d{1,3}|\d{1,3}\s*+-?\s*+(?:бет|стр\.))(?!\w)", re.IGNORECASE
)
STAMP_PART_MAX_WORDS = 5
TABLE_CELLS = re.compile(r"\s*\|\s*|\t\s*")
FIGURE_CELL = re.compile(r"[+−-]?\d[\d\s.,]*%?")
# a stamp's reading time, apart from its date: "6 min read · Dec 15, 2024", "3 мин чтения · 14 марта 2025"
READING_TIME = re.compile(
    r"\d{1,3}\s*+(?:min read|мин\.? (?:на )?чтени[ея]|минут\w* (?:на )?чтени[ея]|минут оқу|мин оқу)"
    r"|мақаланы оқуға \d{1,3} минут",
    re.IGNORECASE,
)
# ... and labelled ("Время чтения: 3 мин.", "Оқу уақыты: 2 минут"): alone in a story, a doctor's advice may read so
LABELLED_READING_TIME = re.compile(
    r"(?:время чтения|оқу уақыты|reading time)\s*+:?\s*+\d{1,3}(?:\s*+[–-]\s*+\d{1,3})?\s*+(?:мин\w*|min\w*)\.?",
    re.IGNORECASE,
)
READING_TIME_PARTS = re.compile(r"\s{3,}|\s+[·•|]\s+")  # it and the counters and buttons beside it ...
READING_TIME_FIELD_MAX_WORDS = 6  # ... each of a few words: "Слушать статью ▶ Озвучено ИИ 02:14"
# A stamp relative to the day of the visit ("Вчера, 16:40", "Бүгін, 10:15", "3 сағат бұрын"), perhaps with its
# fields apart by bars ("Вчера, 16:40 | Категория: Новости / Здоровье | Просмотров: 1 245"): a stamp line, not a menu,
# that dates the page only by a header strip giving the day of the visit (_relative_to_today; else the scraper's
# header dates it)
DAYS_BEFORE_TODAY = {"сегодня": 0, "бүгін": 0, "today": 0, "вчера": 1, "кеше": 1, "yesterday": 1, "позавчера": 2}
RELATIVE_DAY = re.compile("|".join(sorted(DAYS_BEFORE_TODAY, key=len, reverse=True)), re.IGNORECASE)
STRIP_CLOCK = re.compile(r"[\s,|·•—–-]*+(\d{1,2}:\d{2})(?!\d)")  # the clock right after a strip's date
AGO = re.compile(r"(\d{1,2})\s++(минут\w*|час\w*|сағат|minutes?|hours?)\s++(?:назад|бұрын|ago)(?!\w)", re.IGNORECASE)
RELATIVE_STAMP = re.compile(
    rf"(?:{RELATIVE_DAY.pattern})\s*+,?\s*+(?:в\s++)?\d{{1,2}}:\d{{2}}(?!\d)|{AGO.pattern}",
    re.IGNORECASE,
)
DAYS_AGO = re.compile(r"(\d{1,2})\s++(?:дн\w*|день|күн|days?)\s++(?:назад|бұрын|ago)(?!\w)", re.IGNORECASE)
DASHES = ("-", "–", "—")
HASHTAGS = re.compile(r"#\w+")
ISSUE_NUMBER = re.compile(r"№\s*\d+\s*\(\s*\d[\d\s]*\)")  # a newspaper's issue: its number, the total in brackets
# a site's note of the printed issue that carried the story, beside its stamp ("Опубликовано в № 134 от 27 ноября
# 2025 г.")
PRINTED_IN = re.compile(
    r"(?:опубликовано|вышло)\s++в\s++(?:номере\s++)?№\s*+\d++(?:\s*+\(\s*+\d[\d\s]*+\))?(?:\s++от)?", re.IGNORECASE
)
# "2025-03-13T19:40:00Z", "Mon, 31 Mar 2025 20:15:00 +0000", "31 Mar 2025 20:15 GMT": a machine's stamp in another
# time zone is dated in Kazakhstan's (not "GMT +6", a site's note of its own zone)
ZONED_TIME = re.compile(
    r"(?:(?P<t>T)|,?[ \t]+)(?P<hour>\d\d?):(?P<minute>\d\d)(?P<seconds>:\d\d(?:\.\d+)?)?"
    r"(?:(?P<zone>Z|(?P<apart>[ \t])?[+-]\d\d:?\d\d)(?![\d:])|[ \t]*(?P<utc>GMT|UTC)(?![ \t]*[+−-]?[ \t]*\d))"
)
STRIP_LAG = datetime.timedelta(days=7)  # a stamp this far after a header's "today" is of that year still (an old strip)
LEAP_YEARS = 4  # how far back a leap day's year is looked for
WEEKDAY_YEARS = 5  # ... and a day's on its weekday (it moves 4 or 5 days over them: no weekday twice)
KAZAKHSTAN_TIME = datetime.timezone(datetime.timedelta(hours=5))  # across the country since March 2024
KAZAKHSTAN_OFFSETS = (datetime.timedelta(hours=5), datetime.timedelta(hours=6))  # the east's, and most of it, until then


def kazakhstan_day(moment: datetime.datetime) -> datetime.date:
    """The day of a moment in Kazakhstan: one in another zone moved to UTC+5; one in Kazakhstan's own zones (+05:00,
    +06:00) or in none as it stands."""
    offset = moment.utcoffset()
    if offset is not None and offset not in KAZAKHSTAN_OFFSETS:
        try:
            moment = moment.astimezone(KAZAKHSTAN_TIME)
        except OverflowError:  # 9999-12-31T23:00-05:00: the day as written
            pass
    return moment.date()

KNOWN = rf"(?=[{_first_chars(SEARCHED_ALIASES)}])(?<![\w-])(?:{_words(SEARCHED_ALIASES)})(?!\w|\.\w)"
# the site's terms of reuse as a notice on its own line: the site's materials, the link, that it is due ("При
# перепечатке ссылка на avn.kz обязательна"); not a partner's or a project's terms, nor a link offered ("Записаться к
# врачу: ссылка на damumed.kz")
REUSE_NOTICE = re.compile(
    r"(?<!\w)(материал|перепечат|цитирован|использ|көшір|пайдалан)\w*+[^!?]{0,80}?(ссылк|сілтеме)\w*+[^!?]{0,80}?"
    r"(обязательн|міндетті)",
    re.IGNORECASE,
)
PARTNER_WORDS = r"партн[её]р|серіктес|partner"
OTHERS_TERMS = re.compile(rf"{PARTNER_WORDS}|проект|жоба", re.IGNORECASE)
REUSE_LINK = re.compile(  # "ссылка на Tengrinews.kz обязательна", "Tengrinews.kz сайтына сілтеме міндетті"
    # (perhaps after the site's name, its domain in brackets: "ссылка на «Диапазон» (diapazon.kz)")
    rf"(?:ссылка|гиперссылка)\s++(?:на\s++)?(?:сайт\s++)?(?:«[^«»\n]{{1,40}}»\s*+\(\s*+)?({DOMAIN})"
    rf"|({DOMAIN})\s++(?:сайтына\s++)?(?:гипер)?сілтеме"
    # ... or its name ("ссылка на «Вести Семей» обязательна", "«Ордабасы оттары» газетіне гиперсілтеме жасау
    # міндетті", "ссылка на Управление здравоохранения области Абай обязательна")
    r"|(?:ссылка|гиперссылка)\s++на\s++(?:газету\s++|сайт\s++)?«([^«»\n]{1,40})»(?!\s*+\()"
    r"|«([^«»\n]{1,40})»\s++(?:газетіне|сайтына)\s++(?:гипер)?сілтеме"
    r"|(?:ссылка|гиперссылка)\s++на\s++((?:управление|департамент|акимат|министерство|комитет)\s[^.!?,«»]{3,80}?)"
    r"\s++обязательн",
    re.IGNORECASE,
)
QUOTED = r"«[^«»\n]{2,40}»"  # сообщает газета «Aq Jaiyq»
# an outlet the data file lacks: a domain ("Ulysmedia.kz") or a few capitalised Latin words ("Forbes Kazakhstan")
UNKNOWN = rf"{DOMAIN}|{QUOTED}|(?-i:[A-Z][\w&’'-]*(?:\s+[A-Z0-9][\w&’'-]*){{0,3}})"
OUTLET_NAME = re.compile(rf"{KNOWN}|{UNKNOWN}", re.IGNORECASE)
KNOWN_OUTLET = re.compile(KNOWN, re.IGNORECASE)
# an agency's credit after a dateline's place, in a stamp: "14:22, 18 февраля 2025, Бишкек – 24.kg, Анара Токтогулова"
# (not a timeline's item, "11:30 – Zakon.kz: ...", nor a broadcast's time and channel)
AGENCY_CREDIT = re.compile(rf"[^\W\d]\w+\s[—–-]\s*+(?:{KNOWN}|{DOMAIN})(?!\s*:)", re.IGNORECASE)
# ... and after the stamp's time, a known agency: "Караганда, 4 апреля 2025, 11:47 — КазТАГ. Мирлан АЙТКУЛОВ"
TIMED_AGENCY = re.compile(rf"(?<=\d:\d\d)\s*+[—–]\s*+(?:{KNOWN})(?=[.,\s]|$)", re.IGNORECASE)
KNOWN_NAMES = frozenset(ALIASES.values())
# the case endings a Russian name's words take in a sentence (Звезда Прииртышья: «Звезды Прииртышья», «Звезде
# Прииртышья»; Казахстанская правда: «Казахстанской правды»), after a stem of DECLINED_STEM_CHARS at least
DECLINED = re.compile(r"|а|я|ы|и|у|ю|е|ой|ей|ою|ею|ом|ем|ая|яя|ую|юю|ое|ее|ого|его|ому|ему|ым|им|ых|их|ий|ый|ой")
DECLINED_STEM_CHARS = 5
SIGNED_STEM_CHARS = 3  # ... and against the name the page's own copyright line writes (see _as_signed)
_NAMES_BY_LENGTH: dict[int, list[tuple[list[str], str]]] = {}  # the searched names' words, by their number
for _alias, _outlet in SEARCHED_ALIASES.items():
    _NAMES_BY_LENGTH.setdefault(len(_alias.split()), []).append((_alias.split(), _outlet))
del _alias, _outlet
FORWARDED = re.compile(rf"({BOILERPLATE['post']['forwarded']}):?\s", re.IGNORECASE)
PINNED_ALONE = re.compile(
    r"\W{0,3}(?:(?:закреплённое|закрепленное|бекітілген)\s++(?:сообщение|хабарлама|жазба)|pinned message)\W*+",
    re.IGNORECASE,
)
PINNED_MAX_WORDS = 20  # the message's first line, as the channel's head shows it
CHANNEL_HEAD_LINES = 12  # a channel's name, handle, audience, description and buttons atop its web view
CHANNEL_HEAD_TEXT_LINES = 2  # ... of which so many at most are text: its description, its invitation to the app
IN_REPLY = re.compile(BOILERPLATE["post"]["in_reply"], re.IGNORECASE)
FORWARDED_ALONE = re.compile(rf"\W{{0,3}}(?:{BOILERPLATE['post']['forwarded']})\s*+:?", re.IGNORECASE)
# a domain or an account's handle, which a site's Cyrillic name may be written as (see _as_branded)
HANDLE = re.compile(r"[a-z0-9][a-z0-9-]*(?:[._][a-z0-9-]+)+", re.IGNORECASE | re.ASCII)
BRAND_MAX_WORDS = 4
INITIALS_MIN_WORDS = 3  # a domain of a name's first letters: nnkc.kz
NAME_DASH = re.compile(r"\s+[—–-]\s+")  # a site's name, then what it is: "инАктау — новости города Актау ..."
DOMAIN_STEM_MIN_CHARS = 5  # a domain spelling the start of a word of the name: not a two-letter abbreviation
QUOTED_NAME = re.compile(QUOTED)
QUOTATION = re.compile(r"«[^«»]+»[.!?…]*|“[^“”]+”[.!?…]*|\"[^\"]+\"[.!?…]*")  # a whole line in quotes
# a weather service's warning, which under the header's weather strip is its banner ("Штормовое предупреждение: ...",
# "ДАУЫЛДЫ ЕСКЕРТУ: ..."), not the page's headline
STORM_WARNING = re.compile(
    r"\W*(штормовое предупреждение|штормовое оповещение|дауылды ескерту)(\s*+/\s*+[^:!]{5,30})?\s*+[:!]", re.IGNORECASE
)
# a salutation alone on its line, to its addressees ("Құрметті Абай облысының тұрғындары!"; not a headline that goes on,
# "Уважаемые павлодарцы! Пройдите ...", thanks, "Уважаемые медики, спасибо вам за отца!", or an honorary title,
# "Құрметті донор атанған ...: «...!»")
GREETING = re.compile(r"(уважаем\w*|құрметті|қадірлі|ардақты)\s[^.!?,:;«»\"]{1,60}!\s*$", re.IGNORECASE)
KICKER_COLON = re.compile(r"^\S+(?:\s+\S+){0,4}:\s")  # a headline's subject before a colon: "Смерть роженицы в Атырау: ..."
DOMAIN_NAME = re.compile(DOMAIN, re.IGNORECASE)
# a site's address and what it is, in Kazakh word order, as a byline under the headline ("Abai.kz ақпараттық порталы")
SITE_BY_ADDRESS = re.compile(
    rf"(?:{DOMAIN})\s++(?:ақпараттық\s++|жаңалықтар\s++|ақпараттық-сараптамалық\s++)?(?:порталы|сайты|агенттігі)",
    re.IGNORECASE,
)
# a paper's name before its tagline, which says what it is at its end ("«Дидар» – Шығыс Қазақстан облыстық газеті"; not
# a quote before a headline, "«Врача ждём по три недели» — газета области получила ...")
QUOTED_NAME_BEFORE = re.compile(r"\A«[^«»\n]{1,40}»\s*+[—–-]\s*+")
PAPER_TAGLINE = re.compile(
    r"(?:газеті|газетасы|газета|газет|басылымы|порталы|телеарнасы|телерадиокомпаниясы|еженедельник|издание)\W*$", re.IGNORECASE
)
# a medium's name in quotes beside the word for it: "газета «Время»", "«Жайық үні» газеті" (not "«Ақтөбе» газетіне")
PAPER_NAMED = re.compile(
    r"(?:газета|издание|портал|сайт|телеканал|телерадиокомпания)\s++«([^«»\n]{1,40})»"
    r"|«([^«»\n]{1,40})»\s++(?:газеті|газетасы|басылымы|порталы|сайты|телеарнасы)(?!\w)",
    re.IGNORECASE,
)
# a site's name in quotes and its address: "«Уральская неделя» — uralskweek.kz" (not a feed's headline with its site:
# "Вспышка кори - Tengrinews.kz")
NAME_AND_DOMAIN = re.compile(rf"«[^«»\n]{{1,40}}»\s*+[—–|-]\s*+{DOMAIN}", re.IGNORECASE)
# an institution's name in its footer's quotes, longer than a paper's: counted where its head writes it too
LONG_QUOTED_NAME = re.compile(r"«[^«»\n]{41,100}»")
# what a copyright line's quotes hold when they hold no name: a notice or a photo's credit
COPYRIGHT_NOTICE = re.compile(
    r"перепечат|цитир|ссылк|запрещ|разрешен|рұқсат|сілтеме|фото|сурет|photo|разработ|веб-студи|сайт жаса", re.IGNORECASE
)  # (and the site's maker: "© 2025 Разработка сайта Веб-студия Артикул")
COPYRIGHT_YEAR_FIRST = re.compile(r"©\s*\d{4}")
# a credit's copyright line, its label and a colon first: "© Фото: Kazinform", "© 2024 Сайт разработан: WebStudio.kz"
COPYRIGHT_CREDIT = re.compile(r"©\s*+(?:\d{4}\S*+\s*+)?[^:.«»]{1,30}:")
CLAUSE_END = re.compile(r"[.,;|](?:\s|$)")
COPYRIGHT_SIGNS = re.compile(r"[©\d\W_]++")  # a copyright line's sign, years, marks: what is left of it names someone
NAME_BEFORE_COPYRIGHT = re.compile(r"[^©.!?]{2,60}+©\s*+\d{4}")  # "«Вести Семей» © 2012–2024.": a credit line, the site's
STRICT_OUTLET_NAME = re.compile(rf"{KNOWN}|{DOMAIN}|{QUOTED}", re.IGNORECASE)
KNOWN_MAX_WORDS = max(len(alias.split()) for alias in SEARCHED_ALIASES)
_A = OUTLETS["attribution"]
# "сообщает [корреспондент агентства] NAME": the name is read right after the match
ATTRIBUTION = re.compile(
    _guarded(rf"(?<!\w)(?:{'|'.join(_A['before'])})(?:\s+(?:{'|'.join(_A['roles'])}))*\s+"), re.IGNORECASE
)
# "NAME агенттігінің тілшісі": the name is read in the few characters before the match
ATTRIBUTION_AFTER = re.compile(
    _guarded(rf"(?<=\s)(?:{'|'.join(_A['after'])})(?!\w)(?!\s+(?:{'|'.join(_A['cited_after'])}))"), re.IGNORECASE
)
# "как передает ТАСС", "Kazinform хабарлағандай": a story citing another outlet, not its own publisher
CITING = re.compile(r"(?<!\w)(?:как|as)\s+\Z", re.IGNORECASE)
CITING_CHARS = 6
CITED_AFTER = re.compile(r"[ғгқк][аеә]ндай", re.IGNORECASE)
# a byline's role at its outlet, before the outlet's name in Russian or English, after it in Kazakh
STAFF_ROLE = re.compile(
    r"^(?:аналитик|обозреватель|корреспондент|собственный корреспондент|собкор|журналист|редактор|шеф-редактор"
    r"|главный редактор|колумнист|analyst|correspondent|columnist|editor|reporter)\s+"
    r"|\s+(?:тілшісі|шолушысы|сарапшысы|редакторы|бас редакторы|журналисі)$",
    re.IGNORECASE,
)
REPORTER = re.compile(r"корреспондент|собкор|тілші|til(?:ş|sh|s')i|correspondent", re.IGNORECASE)
# most lines attribute nothing; those that may are searched by _attribution itself, once
_MAY_ATTRIBUTE = _may_occur(ATTRIBUTION, ATTRIBUTION_AFTER)
# the site's terms for quoting it name its own address ("При использовании материалов ссылка на primeminister.kz
# обязательна", "Материалдарды пайдаланғанда qamshy.kz сайтына сілтеме міндетті")
QUOTING_TERMS = re.compile(
    rf"(?<!\w)(?:гипер)?ссылк\w*\s+на\s+(?:(?:сайт|источник|портал|первоисточник)\s+)?(?P<ru>{DOMAIN})[^.!?]{{0,40}}?"
    rf"(?<!\w)обязательн|(?P<kk>{DOMAIN})\s+(?:сайтына\s+|порталына\s+)?(?:активті\s+)?(?:гипер)?сілтеме[^.!?]{{0,30}}?"
    rf"(?<!\w)міндетті",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"[.;|](?:\s|$)")
MASTHEAD_DOMAIN = re.compile(rf"(?:{DOMAIN})(?=\s*[-–—|:]|\s*$)", re.IGNORECASE)  # "Sk-news.kz - Новости ..."
MASTHEAD = _Patterns(OUTLETS["masthead"]["patterns"])
# a feed reader's label over an item, and a subject's over an e-mail or a citizen's question to an official
FIELD_LABEL = re.compile(
    r"^(?:title|заголовок|тақырыбы|тема|subject)\s*+:\s++(?:(?:re|fwd?|fw|ответ)\s*+:\s*+)*+", re.IGNORECASE
)  # (and a reply's or a forward's mark after it: "Тема: Fwd: Неделя «Власти»: ...")
# the page's own address as a read-later app or a browser's save writes it ("Saved from https://vlast.kz/... on April 2,
# 2024", "Сохранено с https://...")
SAVED_FROM = re.compile(
    rf"^(?:saved from|сохранено с|сақталды|url|link|ссылка на страницу)\s*+:?\s*+https?://(?P<domain>{DOMAIN})",
    re.IGNORECASE,
)
# a share button's link, which carries the page's own address ("https://www.facebook.com/sharer/sharer.php?u=https://
# 7152.kz/news/...", "https://t.me/share/url?url=https://...", "https://api.whatsapp.com/send?text=https://...")
SHARE_LINK = re.compile(
    rf"(?:sharer\.php\?u=|/send\?text=|/share/url\?url=|/share\?url=|share\.php\?url=|/intent/tweet\?url=)"
    rf"https?(?::|%3A)(?://|%2F%2F)"
    rf"(?P<domain>{DOMAIN})",
    re.IGNORECASE,
)
# a site's registration as a medium in its copyright line, by its domain or its quoted name ("© 2011–2026 ТОО «Устинка
# Медиа Групп». Сетевое издание ustinka.kz.", "Сетевое издание «Караван»")
PARTNER = re.compile(rf"{PARTNER_WORDS}|по материалам|перепечат", re.IGNORECASE)  # another's medium
REGISTERED_AS = re.compile(
    rf"(?:сетевое издание|интернет-издание|желілік басылым)\s++(?P<name>«[^»]{{2,40}}»|(?:{DOMAIN}))", re.IGNORECASE
)
OFFICIAL_SITE = re.compile(OUTLETS["masthead"]["official"], re.IGNORECASE)
SITE_DESCRIPTION = re.compile(r"(официальный|ресми|official)\s++(интернет-ресурс\w*|сайт\w*|website)\s", re.IGNORECASE)
TAGLINE = _WithoutAddress(
    _Patterns([OUTLETS["masthead"]["official"], *OUTLETS["masthead"]["tagline"], OUTLETS["masthead"]["audience"]])
)
AUDIENCE_LINE = re.compile(OUTLETS["masthead"]["audience"], re.IGNORECASE)
# a channel's page as Telegram's web view shows it: the network named, or the channel's address, in its head
CHANNEL_PAGE = re.compile(r"telegram|телеграм|(?<![\w.])t\.me/", re.IGNORECASE)
INSTANT_VIEW = re.compile(r"^\W*instant view\W*$", re.IGNORECASE | re.MULTILINE)  # Telegram's reader, by its button
NEWS_TAGLINE = re.compile(OUTLETS["masthead"]["news_tagline"], re.IGNORECASE)
CARD = re.compile(OUTLETS["masthead"]["card"], re.IGNORECASE)
CARD_LINES = 2  # the story's own card is this close to its headline
OFFICIAL_RESOURCE = re.compile(OUTLETS["masthead"]["official_resource"], re.IGNORECASE)
# (the bare line too, wherever the platform's signs are skipped: its sign only beside a state body, _on_gov_platform)
GOV_PLATFORM = re.compile(f"{OUTLETS['masthead']['platform']}|{OFFICIAL_RESOURCE.pattern}", re.IGNORECASE)
# ... and its banner, which is no headline ("Мемлекеттік органдардың ресми интернет-ресурстарының бірыңғай платформасы")
GOV_BANNER = re.compile(
    r"^(?=.{0,120}$)(?=.*(?:бірыңғай|единая|unified)\s++платформ)(?=.*(?:интернет-ресурс|internet\s++resources))"
    r"(?=.*(?:органдардың|государственных\s++органов|government))",
    re.IGNORECASE,
)
SITE_DESCRIBED = re.compile(r"портал|сайт|новост|жаңалық|ақпарат", re.IGNORECASE)  # a site's description of itself
AGENCY_MINISTRY = re.compile(OUTLETS["masthead"]["agency_ministry"], re.IGNORECASE)
AGENCY_COMMITTEE = re.compile(OUTLETS["masthead"]["agency_committee"], re.IGNORECASE)
AGENCY_REGION = re.compile(OUTLETS["masthead"]["agency_region"], re.IGNORECASE)
PAPER_NOTE = re.compile(OUTLETS["masthead"]["paper_note"], re.IGNORECASE)
CRUMB_JOINER = re.compile(r"\s[›»>/→]\s")  # "Государственные органы › Местные исполнительные органы › ..."
CRUMB_ARROW = re.compile(r"\s[›»>→]\s")  # (not a slash, which two words of a headline may have between them)
ABOUT_ITEM = re.compile(r"^(?:\S+\s+туралы|о\s+нас|об?\s+\S+|about(?:\s+us)?|біз туралы)$", re.IGNORECASE)
# a page's trail from the site's home, perhaps under its label ("Вы здесь:  Главная  Здоровье  ...")
HOME_CRUMB = re.compile(
    r"^(?:(?:вы здесь|вы находитесь здесь|вы находитесь|сіз осындасыз|сіз осы жердесіз|you are here)\s*+:\s*+)?"
    r"(?:главная|басты бет|home)\b",
    re.IGNORECASE,
)
TRAILING_DOTS = re.compile(r"\s*(?:\.{3}|…)$")  # a trail's headline cut short: "В Экибастузе открылась ..."
CRUMB_MIN_PARTS = 3
TRAIL_WORD = re.compile(r"\s*+([А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]++)")  # a section's word, perhaps glued to the next
HOME_WORDS = frozenset({"главная", "домой", "басты"})
TRAIL_WORDS = NAVIGATION_WORDS | HOME_WORDS
PLACE_KIND_AFTER = re.compile(r"\s(?:қ|г|обл|ауд|р-н)\.$")  # "Астана қ.", "Павлодарская обл."
CRUMB_MAX_PART_WORDS = 4
SERIES_NAME_MAX_WORDS = 6  # a series' name the trail ends in, over its story's headline: "Как живут сельские врачи"
# a series' name with the part a story is ("Жизнь после диагноза. Часть третья", "Ауыл дәрігері. 2-бөлім")
SERIES_PART = re.compile(
    r"[.:,—–-]\s*+(?:(?:часть|выпуск|серия|part)\s++(?:\d{1,2}|[ivx]{1,4}|перв\w+|втор\w+|трет\w+|четв[её]рт\w+|пят\w+"
    r"|шест\w+)|(?:\d{1,2}|бірінші|екінші|үшінші|төртінші|бесінші)(?:-|\s)?(?:бөлім|шығарылым))\.?$",
    re.IGNORECASE,
)
TRAIL_NEAR_LINES = 3  # a site's name over its trail from home, past its language switch and search button
AGENCY_MENU_ITEMS = 3  # a menu one item a line under the agency's name: at least its first three items
PLACE_KINDS = frozenset(["область", "облысы", "район", "ауданы", "город", "қаласы", "region", "oblast"])
SETTLEMENT_KINDS = PLACE_KINDS | {"ауылы", "кенті", "село", "поселок", "посёлок"}  # ... and villages' (_places)
PLACE_NAME_MAX_WORDS = 3
FOOTER_BRAND_MIN_WORDS = 3
AGENCY_MAX_WORDS = 14  # "Департамент санитарно-эпидемиологического контроля Павлодарской области Комитета ..."
# the platform's (gov.kz) list of agencies, in its trail from home
PLATFORM_AGENCIES = re.compile(r"государственные органы|мемлекеттік органдар|government agencies", re.IGNORECASE)
# ... and its other sections in its menu ("Мемлекеттік қызметтер", "Государственные услуги")
PLATFORM_MENU = re.compile(
    r"(?:государственные|мемлекеттік)\s++(?:органы|органдар|услуги|қызметтер)|government\s++(?:agencies|services)",
    re.IGNORECASE,
)
# the judiciary's platform: its owner, the Supreme Court, over every court's page, and a court's name: its kinds before
# "суд", its place, number and cases after it ("Алматинский районный суд г. Астаны", "Суд города республиканского
# значения Шымкент", "Специализированный межрайонный суд по делам несовершеннолетних г. Астаны", "Суд области
# Жетісу"), a Kazakh one ending in "соты" (not the list of courts, "Суды", "Соттар", a city's group, "Шымкент
# қаласының соттары", a jury, "Суд присяжных", nor a headline, "Суд вынес приговор врачу")
SUPREME_COURT = re.compile(
    r"^(верховный суд республики казахстан|қазақстан республикасының жоғарғы соты)$", re.IGNORECASE
)
COURT_NAME = re.compile(
    r"^(?:[^\W\d][\w-]*?(?:ый|ой|ий)\s++){0,4}суд"
    r"(?:\s++(?:№\s*+\d++|по\s++(?:[^\W\d][\w-]*+\s++)?делам(?:\s++[^\W\d][\w-]*+){0,2}?"
    r"|г\.|города|области|района|гарнизона|округа|значения|[^\W\d][\w-]*?(?:ской|ского|ого|ной|ного)"
    r"|(?-i:[А-ЯЁӘҒҚҢӨҰҮҺІ])[\w-]*+))*$"
    r"|^(?:\S++\s++){1,8}соты$",
    re.IGNORECASE,
)
EMBLEM = re.compile(r"^\[(?:герб|елтаңба|логотип|логотипі|logo|emblem)\]\s*+", re.IGNORECASE)  # an emblem's alt text
# a state body's name: opening with what it is in Russian, ending with it in Kazakh
NATIONAL_BODY = re.compile(  # (a committee is a ministry's: "Комитет ... контроля", "... комитеті")
    r"министерств|министрлігі|республики казахстан|қазақстан республикасы|комитет", re.IGNORECASE
)
MINISTRY = re.compile(r"^министерство\s|\sминистрлігі$", re.IGNORECASE)  # a ministry's own name
PRESS_CENTRE = re.compile(
    r"пресс-центр|пресс-служба|баспасөз орталығы|баспасөз қызметі|press cent(?:er|re)", re.IGNORECASE
)
# the words of a state body's Russian name after its first, other than names ("Управление здравоохранения Атырауской
# области", "Департамент санитарно-эпидемиологического контроля города Шымкент")
AGENCY_NAME_WORDS = frozenset(
    "здравоохранения района области города республики по делам и контроля санитарно-эпидемиологического "
    "общественного здоровья медицинского фармацевтического качества безопасности товаров услуг социальной защиты "
    "населения образования комитета министерства".split()
)
STATE_BODY = re.compile(
    r"^(?:департамент|управление|комитет|министерство|агентство|акимат|аппарат акима|прокуратура)\s"
    r"|\s(?:департаменті|басқармасы|комитеті|министрлігі|агенттігі|әкімдігі|әкімінің аппараты|прокуратурасы)$",
    re.IGNORECASE,
)
NEWSROOM_MAIL = re.compile(OUTLETS["masthead"]["newsroom_mail"], re.IGNORECASE)
PUBLIC_MAIL = frozenset(OUTLETS["masthead"]["public_mail"])
SOURCE = _Patterns(OUTLETS["source"]["patterns"])
SOURCE_MAX_WORDS = 16  # "Перепечатка: газета «Индустриальная Караганда», № 64 (23 110) от 10 июня 2025 года"
# the name in a copyright line with no known name, domain or quotes: "© Атырау ТВ, 2025", "© 2024 Qazaq Times.",
# "© 2024 Qazaq Eli – Kazak Türkleri ... Derneği" (the owner after a dash, in three words or more)
COPYRIGHT_NAME = re.compile(
    # (a clinic's number and its town's abbreviation: "© 2025 Поликлиника №4 г. Караганды", "© 2025 №7 қалалық емхана")
    r"©\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?P<quoted>«)?(?P<name>(?:[^\W\d]|№\s*\d{1,3}(?!\d))"
    r"(?:[^,.;|©\d«»№]|№\s*\d{1,3}(?!\d)|(?<=\sг)\.|(?<=\sим)\.){1,38}?)"
    # (a quoted name, perhaps with the kind of medium it is: "© 2024 «Ақтөбе» газеті.")
    r"(?:»(?:\s+(?:газеті|газетасы|газета|журналы|журнал|апталығы|телеарнасы|порталы))?)?\s*"
    r"(?:[,;|]|(?<!\sг)(?<!\sим)\.|\d{4}|$|[-–—]\s(?=[^.;|]*?[^.;|\s]\s+[^.;|\s]+\s+[^.;|\s]))"
)
# a name right before the sign ("Наш Костанай © 2010–2025"); a footer's item stands further off ("Русский   © 2025")
ENGLISH_NAME_JOINERS = frozenset({"of", "and", "for", "the", "&"})  # not "from", "by": "© 2025 Instagram from Meta"
NUMBER_SIGN = re.compile(r"№\s*\d")
COPYRIGHT_WORD = re.compile(r"copyright|авторское право|авторлық құқық", re.IGNORECASE)
NAME_THEN_COPYRIGHT = re.compile(r"(?P<name>[^\W\d][\w.-]*(?: [^\W\d][\w.-]*){0,3}) ?©\s*\d{4}")
LOGO_ABBREVIATION_CHARS = 5  # "г.", "им.", "обл." inside a logo's name
LOGO_MAX_WORDS = 6  # above a tagline ("Түркістан облысының денсаулық сақтау басқармасы"); in capitals, 3
LOGO_CAPITALS_MAX_WORDS = 3
LOGO_LINES = 3  # the logo is among the page's first lines
LOGO_QUOTED = re.compile(r"[«“\"]([^»”\"]{2,60})[»”\"]")
# a header's strip of the day: the weather, exchange rates, prayer times ("Намаз: Таң 04:58  Бесін 13:12")
TODAY_STRIP = re.compile(
    r"°|(?<!\w)(?:usd|eur|rub)(?!\w)|^\W*(?:намаз|время намаза|prayer times)\b[^.!?]*\d{1,2}:\d{2}", re.IGNORECASE
)
MASTHEAD_NAMES = (KNOWN_OUTLET, DOMAIN_NAME, QUOTED_NAME)  # in this order
# a company's legal form in a copyright line: the line names the owner, which may not be the site's brand
COMPANY_FORMS = (  # a company's, which may stand before its quoted name, shortened or spelt out in any case and form
    "АО", "ТОО", "АҚ", "ЖШС", "LLP", "JSC", r"(?i:товариществ\w* с ограниченной ответственностью)",
    r"(?i:акционерн\w* обществ\w*)", r"(?i:жауапкершілігі шектеулі серіктестіг\w*|жауапкершілігі шектеулі серіктестік)",
    r"(?i:акционерлік қоғам\w*)",
)
LEADING_LEGAL_FORM = re.compile(rf"^(?:{'|'.join(COMPANY_FORMS)})\s+")
LEGAL_FORM = re.compile(
    rf"(?<!\w)(?:{'|'.join(COMPANY_FORMS)}|ЖАҚ|РГП|ГКП|ЧУ|ФГУП|МИА|ИП|ЖК|ЧП|ГУ|КГУ|ОО|ОФ|агенттігі|телерадиокомпания\w*)(?!\w)"
)
# an institution's legal form, before or after its name in quotes, atop its own site
_STATE_FORMS = r"(?:ГКП|КГП|РГП|ГУ|КГУ|ТОО|АО|НАО|ЧУ|ШЖҚ|МКК|КМК|РМК|ЖШС|АҚ|КЕАҚ|КеАҚ|ММ|РММ|КММ)"
# (the line opens with it, or with its parent's name in Kazakh, "... құқығындағы «...» МКК"; what follows is nothing,
# its parent's name or its form spelt out: "В ТОО «Медцентр» выявили нарушения" is a headline)
INNER_QUOTE = re.compile(r"[\"“„«]")  # the opening of a name in quotes inside another
LEGAL_MASTHEAD = re.compile(
    rf"^(?:{_STATE_FORMS}(?:\s+на\s+ПХВ)?\s+)+«(?P<name>[^«»]{{5,120}})»"
    rf"|^(?:[^«»]*\s(?:құқығындағы|\S+(?:ның|нің|дың|дің|тың|тің))\s+)?«(?P<named>[^«»]{{5,120}})»\s+{_STATE_FORMS}(?!\w)"
)
MASTHEAD_REST = re.compile(
    rf"\s*(?:$|{_STATE_FORMS}(?!\w)|мемлекеттік\s+(?:коммуналдық|мекеме|кәсіпорн)|государственн\w+\s+(?:коммунальн|учрежден|предприяти)"
    rf"|коммунал|г\.\s|города\s|\("
    rf"|(?:управления|министерства|акимата|комитета|департамента)(?:\s|$))",
    re.IGNORECASE,
)
# (or a name in quotes, declined in them or not, before its reporter: "«Сыр бойының» тілшісі" ...
NAME_BEFORE = re.compile(
    rf"(?:{KNOWN}|{DOMAIN}|«(?P<quoted>[^«»\n]{{2,40}}?)(?:ның|нің|дың|дің|тың|тің)?»)\s+\Z", re.IGNORECASE
)
# ... in the nominative, not after "about this": "Бұл туралы «Хабар 24» телеарнасы хабарлады" cites another, and
# "«Егемен Қазақстан» газетінің тілшісіне берген сұхбатында" is another's reporter)
OWN_REPORTER = re.compile(r"тілшісі\Z", re.IGNORECASE)
THIS_REPORTED = re.compile(r"(?:бұл|осы)\s++(?:туралы|жайында|жөнінде)\s*+\Z", re.IGNORECASE)
THIS_REPORTED_CHARS = 20
NAME_BEFORE_CHARS = 60
SAME_STEM_MIN_CHARS, SAME_STEM_MAX_ENDING = 4, 3  # Северного, Северный
# "ӨСКЕМЕН. KAZINFORM —": a place of up to three words, then the outlet. Words are split at spaces only: a word
# takes its own hyphens (`Усть-Каменогорск`), and letting a hyphen also split words made a hyphenated URL slug
# backtrack in cubic time (1,600 characters took seconds). Runs of spaces are taken whole (`\s++`), else a long
# run after the full stop is split between the spaces and the name in cubically many ways; so are words (`*+`),
# which only a space or the stop may follow, else each is given back a letter at a time on every line that fails.
DATELINE = re.compile(r"^[^\W\d_][\w-]*+(?: [^\W\d_][\w-]*+){0,2}[.,]\s++(?:\d{1,2}\s++\w+\.?\s++)?(?P<name>[^—–.]{2,40}?)\s*+[—–-]\s")
# "ERNUR.KZ – ...", "KAZINFORM – ...": a site in capitals opening the lead
NAME_DATELINE = re.compile(rf"(?P<name>{KNOWN}|{DOMAIN})\s*[—–-]\s", re.IGNORECASE)

CLOSERS = "»\"”’')]* "
TRAILING_SYMBOLS = re.compile(r"(?:[^\w\s.,!?…:;«»\"”’'()\[\]-]\s*+)++$")  # emoji after a post's sentence: "детей! 💉"
TAIL_CHARS = 40
AUTHOR_MARKS = "✍✏✒🖊🖋📝👤\ufe0f"  # a pen's or a person's emoji before a stamp's author (not a teaser's pin, "📌")
LEADING_SYMBOLS = re.compile(r"\A(?:[^\w\s.,!?…:;«»\"“”’'()\[\]-]\s*+)++")  # emoji before a post's headline: "💉 В ..."
# Pictographs, the marks that dress them (variation selector, joiner, keycap) and the spaces between: a headline's
# decoration ("❗️В Шымкенте ...", "💉 ... прививка 🏥"), not its words
PICTOGRAPHS = "\u203c\u2049\u2190-\u2bff\u3030\u303d\u3297\u3299\ufe0f\u200d\u20e3\U0001f000-\U0001faff"
CLOSING_PICTOGRAPH = re.compile(rf"[{PICTOGRAPHS}]\s*$")
DECORATION = re.compile(rf"\A[{PICTOGRAPHS}\s]+|(?<=\S)[{PICTOGRAPHS}\s]+\Z")
MARKDOWN_BOLD = re.compile(r"\*\*(.+)\*\*|__(?!_)(.+)__")
SENTENCE_MARKS = ".,!?…:;"
HEADLINE_STOPS = SENTENCE_MARKS.replace("?", "")  # a headline ends in none of these (a question may end it)
UNSTOPPED_MIN_WORDS = 5
# (not "2026 г.", a year's, nor "и пр.", which end sentences)
ABBREVIATION_TAIL_CHARS = 8  # the end a line's abbreviation stands in: " к-сі." and what stands before it
ABBREVIATION_ENDS = frozenset([" қ", " г", "бл", "ул", "сі", "өш", "ңғ", "кр", "-н"])  # its last two letters, a cheap test
ABBREVIATED_END = re.compile(r"(?<!\w)(?:қ|(?<!\d\s)(?<!\d)г|обл|ул|к-сі|көш|даңғ|мкр|р-н)\.$", re.IGNORECASE)
CALLS_TO_READERS = frozenset(BOILERPLATE["teaser"]["calls_to_readers"])
# The spaces after a full stop are taken whole (`\s++`): given back one at a time to the lookahead's `\s*`, a long run
# of them took quadratic time.
SENTENCE_BREAK = re.compile(rf"[.!?…][»\"”)]*\s++(?=[«\"“(—–-]?\s*[A-ZА-ЯЁ{KAZAKH_CAPITALS}])")
BULLETS = "•·▪►*| \t"
# A menu as a scraper saves it: three or more capitalised items of up to three words, set apart by runs of spaces,
# tabs or bars ("Новости  Статьи  Коронавирус  Экономика"). A headline's words are set apart by single spaces.
SECTION_NUMBER = re.compile(r"\d{1,2}\.\s")
MORE_SIGN = re.compile(r"(?<!\s)\s{2,}+(?:\.{3}|…|☰|▾)$")  # a menu's last item, for more: "Видео  Подкасты  ..."
SHARE_FIRST = re.compile(r"(?:поделиться|поделитесь|бөлісу|бөлісіңіз|share)(?!\w)", re.IGNORECASE)  # a share bar
MENU_GAP = re.compile(r"\s*\|\s*|\t\s*|\s{2,}")
# ... or apart by bullets ("Басты бет • Аурухана туралы • ..."), which a strip of tags under a headline may be too
# ("Корь • Вакцинация • Дети • Алматы • Минздрав"): see _menu
BULLET_GAP = re.compile(r"\s[•·]\s")
RUBRIC_DOTS = re.compile(r"(?<=\S)\s++[•·]\s++")  # from a run's start only: linear on long runs of spaces
RUBRIC_ITEM_MAX_WORDS = 3
# a Kazakh address line ("Мекенжайы: Астана қ., ..."), the newsroom's among the footer's lines (see
# _mark_footer_addresses; "Адрес:" is boilerplate wherever it stands)
ADDRESS_LINE = re.compile(r"(?P<one>мекенжайы)\s*:|(мекенжайлары|мекенжайымыз|адреса|наши адреса)\s*:", re.IGNORECASE)
# what a menu line may carry besides its items: its label, and at its end the weather and the exchange rates
MENU_LABEL = re.compile(r"(?:мәзір|меню|menu|разделы|бөлімдер|рубрики|айдарлар)\s*:", re.IGNORECASE)
MENU_WIDGET = re.compile(
    r"[^\W\d]\S*(?:\s[^\W\d]\S*)?\s++[+−-]?\d{1,2}\s*+°[CcСс]?"  # Алматы +4°C
    r"|(?:[₸$€₽]\s*+)?(?:USD|EUR|RUB|CNY|KZT|\$|€|₽)\s*+[\d.,]+"  # ₸ USD 525.6
)
RUBRIC_LABELS = frozenset(BOILERPLATE["head"]["rubric_labels"])
QUOTED_RUBRIC = re.compile(r"(\w++)\s++[«\"“][^«»\"“”]++[»\"”]")  # a label and a name in quotes
SECTION_LABELS = frozenset(BOILERPLATE["head"]["section_labels"])  # ... of them, those that label nothing else
PRINTED_RUBRIC_MAX_WORDS = 3  # a printed page's rubric in capitals over its headline: "АНА МЕН БАЛА"
LABELLED_RUBRIC_MAX_WORDS = 3  # "Регионы: Омская область"; a headline after a section's name says more ...
SECTION_MAX_WORDS = 6  # ... unless the label is only ever a section's: "Рубрика: Здоровье за неделю"
MENU_MIN_ITEMS = 3
NAME_LIST_MIN_ITEMS = 4  # names apart by bars after a label (see _labelled_names)
MENU_MAX_ITEM_WORDS = 3
# a site's own menu under its name: more items, and longer ones ("Сыбайлас жемқорлыққа қарсы іс-қимыл")
SITE_MENU_MIN_ITEMS = 5
HEADER_MENU_MIN_ITEMS = 4  # a menu's items between a logo and the day's date on one line
TITLE_WITH_SITE = re.compile(rf"\S\s++[|—–-]\s++(?:www\.)?(?:{DOMAIN})\s*+$")  # a headline and its site's address
URL_HOST = re.compile(r"https?://(?:www\.)?([^/\s]+)")  # an address and its host (what it opens with)
CHANNEL_NUMBER_MAX_DIGITS = 2  # a channel's number in its logo: Хабар 24
CREDIT_SEPARATORS = "/|·•—–-"  # between a site's address and its author and time under a headline
TAB_TITLE_SEPARATORS = "-–—|"  # between a page's headline and its site in a browser's title bar
TAB_TITLE_BAR = re.compile(r"\s[-–—|]\s")  # ... with spaces around it
TAB_SITE_MAX_WORDS = 8  # a site's name and tagline before the headline in a title bar
# so much of a headline, at least, a title bar gives (not a section's name: "Денсаулық - Egemen.kz")
TAB_HEADLINE_MIN_WORDS = 4
LOGO_SPLIT_MAX_WORDS = 2  # a logo's name before a dash and its tagline on the first line ("Арқа ажары – ..."); longer
# in capitals only (a page's title is a headline before a dash and the site's tagline)
PAPER_LABELS = frozenset(["gazeti", "gazet", "gazetasy"])  # a paper's word after its name in its address
NAME_STEM_CHARS = 5  # the letters a logo's word and its legal name's are compared by
NAME_EXTRA_WORDS = 2  # the words a logo may add to its legal name (its region, its city)
HEADER_LEAD_ITEMS = 3  # the logo, its address and what it is, before a header's menu on the same line
VERTICAL_MENU_MIN_ITEMS, VERTICAL_MENU_MAX_ITEM_WORDS = 6, 4
SITE_MENU_MAX_ITEM_WORDS = 4
RUBRIC = re.compile(rf"(?P<rubric>[^|]{{2,30}}?)\s+\|\s+(?=[\w{PICTOGRAPHS}])")
SITE_NAME = re.compile(rf"{KNOWN}|{DOMAIN}", re.IGNORECASE)
# an image as a scraper writes it, by its alt text: "[Сурет: ...]", "[Фото: ...]", "[Image: ...]"
IMAGE_ALT = re.compile(r"\[(?:сурет|фото|фотосурет|изображение|image|photo|picture)\s*:\s*(?P<alt>[^\]]+)\]", re.IGNORECASE)
SITE_SUFFIX = re.compile(r"\s+[|—–-]\s+(?P<site>[^|—–]{2,40})$")
LIST_MARK = re.compile(r"^(?:[•*+\-–—]|\d{1,2}[.)])\s+")
FEED_TIME = re.compile(r"^(\d{1,2}):(\d{2})\s+")  # a news feed's item, its time first: "10:22   В Атырау ..."
FEED_ITEM = re.compile(r"^(?:\d{1,2}:\d{2}|\d{1,2}\.\d{2}\.\d{4})\s+")  # ... or its date: "21.01.2025 Токаев ..."
LINK_AFTER = re.compile(r"\s*(?:→\s*)?https?://\S+$")
LINK_LIST_MIN_ITEMS = 2
NEXT_HEAD_LINES = 3  # another article's head under the story: its headline, stamp and lead this close together
NEXT_AFTER_PARAGRAPHS = 2  # ... under this many lines of the story at least
NEXT_FURNITURE_LINES = 3  # ... its stamp perhaps further from its lead, past its photo's credit, author and counters
NEXT_RUBRIC_MAX_WORDS = 2  # ... perhaps under its rubric ("Сұхбат", "Интервью")
PRINTED_HEADLINE_MAX_WORDS = 8  # a printed page's next story: its headline in capitals, this long at most
PAGE_FURNITURE = frozenset(["junk", "nav"])  # what may stand between the story and the next article (not a credit)
DATE_IN_BRACKETS = re.compile(r"\(([^()]{4,40})\)")  # a teaser's date after it, looked for from the last bracket
# a site's address, then what it is after a dash, or its menu after a dot ("atyrau.tv · Жаңалықтар · Бағдарламалар")
ADDRESS_THEN_WHAT = re.compile(rf"(?:www\.)?(?:{DOMAIN})\s*+(?:[—–-]\s++|[·|•]\s*+)[^\W\d]")
UPDATE_LINES = 3  # an update's stamp, its paragraph (a line or two), then the story's own stamp
PLACE_AND_DAY_MAX_CHARS = 40
# a header's place or "today" before its day ("Астана, ", "Бүгін: "; a label before a colon is a headline's subject,
# "Коронавирус: 31 декабря 2019 года", unless it says today)
HEADER_DAY_LABEL = re.compile(r"\W*+([^\W\d][\w-]*+)([,:])\s")
# a feed's item's stamp: its time alone on its line, perhaps with its zone ("16:10 | GMT +5")
ENTRY_TIME = re.compile(r"\d{1,2}:\d{2}(?:[ \t|]*+(?:GMT|UTC)[ \t]*+[+−-][ \t]*+\d{1,2})?")
LIVE_ENTRY_TIME = re.compile(r"\d{1,2}:\d{2}")  # ... a live blog entry's: its time alone (a feed box may show a zone)
COLUMNS = re.compile(r"\t|\S {3,}\S")
LABEL_MAX_WORDS = 5
LABEL_KINDS = ("junk", "nav", "teaser", "signoff")  # what a list's label may have been taken for already
LINK_MAX_CHARS = 160  # a headline in a list of links; a paragraph is longer
FEED_LABEL = re.compile(_words(BOILERPLATE["teaser"]["feed_labels"]), re.IGNORECASE)
SMALL_LABEL = re.compile(_words(BOILERPLATE["teaser"]["feed_labels"] + BOILERPLATE["teaser"]["list_labels"]), re.IGNORECASE)
AGGREGATOR_CREDIT = re.compile(BOILERPLATE["junk"]["aggregator_credit"], re.IGNORECASE)
ABBREVIATIONS = frozenset(BOILERPLATE["head"]["abbreviations"])
RELATED_CATEGORY = re.compile(r'in\s+"[^"]{1,40}"', re.IGNORECASE)
POST_LINK = re.compile(
    r"[←‹<«]?\s*(?:previous|prev|предыдущая|предыдущий|алдыңғы|next|следующая|следующий|келесі)"
    r"(?:\s+(?:post|article|story|запись|статья|материал|новость|жазба|мақала|жаңалық))?\s*[→›>»]?",
    re.IGNORECASE,
)
STORY_SOURCE = re.compile(r"(?:источник|дереккөз|қайнар|source)\s*+:(?!\s*+(?:фото|сурет|photo))", re.IGNORECASE)
DECK_SENTENCES = re.compile(rf"(\w+)\.\s++(?=[A-ZА-ЯЁ{KAZAKH_CAPITALS}])")  # a full stop, then a capital
INNER_STOP = re.compile(r"[.!…]\s")  # a question may open a headline: "Скорая опоздала? В Атырау наказали врачей"
LIST_ITEM = re.compile(r"[—–•*-]|\d{1,2}[.)]\s")  # list items closing a story are story, not a sign-off
TOKEN = re.compile(r"[^\s/|,•·:;.()-]+")  # words and numbers between separators
STAMP_SIGNS = "+−─━═🗓📅📆⏰⏱🕐🕑🕒🕓🕔🕕🕖🕗🕘🕙🕚🕛\ufe0f"  # rules and icons around a date, no words
CAPTION_MAX_CHARS = 250  # a caption or headline is one line, never a paragraph-long text
CAPTION_STAMP_LINES = 2  # a headline under a caption and its credit has its stamp under it, perhaps after a byline
CAPTION_MAX_WORDS = 3  # a photo's caption under its credit and over the headline is short (a headline is longer)
SMALL_WORDS = frozenset(BOILERPLATE["head"]["small_words"])  # prepositions, conjunctions a broken line stops on
TITLE_MIN_WORDS = 3  # shorter lines above the body are rubrics and badges ("Общество", "1 мин")
TITLE_MAX_CHARS = 250
SIGNOFF_MAX_WORDS = 12  # author names, press-service signatures and tag lines after the story's last sentence
BODY_MIN_WORDS = 4
NAVIGATION_MAX_CHARS = 120  # rubric, switcher and outlet-name lines are short
TAGLINE_PLACE_MAX_WORDS, TAGLINE_PLACE_MAX_CHARS = 4, 60  # "Республика Казахстан, Алматы" after a site's description
DUPLICATE_MIN_CHARS = 40  # a paragraph printed twice (lead repeated around a share widget) is kept once
TIE_MIN_CHARS = 4  # shorter words are mostly function words, which tie any line to any lead
TIE_STEM_CHARS = 5  # enough letters to tell words apart, few enough to pass over case endings
LEAD_PARAGRAPHS = 2  # the headline's words come back in the first paragraphs
STORY_PARAGRAPHS = 8  # ... or, for a headline over its deck, further on
TIE_SHARE_OF_BEST = 0.5
TIMELINE_TIE = 0.5  # dated lines tying this much with the lead, on average, are the story's timeline
NAMES_ONLY_MAX_WORDS = 4
NAME_JOINERS = frozenset(["и", "және", "мен", "and", "&", "|", "–", "—", "-", "»", "›", ">", "/", "→"])  # and crumbs
# a platform's line over an agency's page naming the akimat above it ("Акимат Павлодарской области", "Сарқан ауданы
# әкімдігі"), which ties the lead through its place's name as a rubric of places does
AKIMAT_LINE = re.compile(
    r"^(?:акимат|аппарат акима)\s+\S+(?:\s+(?:области|района|города))?$|^\S+(?:\s+(?:облысы|ауданы|қаласы))?\s+әкімдігі$",
    re.IGNORECASE,
)
HEADLINE_MIN_TIED_WORDS = 2  # a headline above a deck that ties more (see _headline) ...
DECK_LENGTH_SHARE = 0.6  # ... has most of the deck's length in words (a rubric's kicker has a third of it or less)
BROKEN_HEADLINE_MAX_LINES, BROKEN_HEADLINE_LINE_MAX_WORDS = 3, 5  # a headline in capitals broken over short lines
SHORT_HEADLINE_MIN_WORDS, SHORT_HEADLINE_MAX_WORDS = 2, 6  # a feature's short headline over its deck ...
# ... of sentences this long: a headline of two sentences is shorter (17 words at most over the 4,322 probe pages)
SHORT_HEADLINE_DECK_MIN_WORDS = 18
DECK_MIN_WORDS = 14  # ... of a deck this long or under the stamp with it; of a shorter line (under a kicker, perhaps),
KICKER_LENGTH_SHARE = 0.75
QUOTED_HEADLINE_MIN_WORDS = 6  # a quotation this long over a deck is its headline (a rubric's name in quotes is shorter)
AUTHOR_MIN_WORDS, AUTHOR_MAX_WORDS = 2, 3  # an opinion column's author above the headline: "Данияр Мукашев"
BIO_MAX_WORDS = 80  # the bio under the name is one short paragraph
_LOWER = f"a-zа-яё{KAZAKH_LETTERS}"
GLUE = re.compile(f"(?<=[{_LOWER}])(?=[A-ZА-ЯЁ{KAZAKH_CAPITALS}][{_LOWER}])")


def parse_document(text: str, view: Callable[[str], str] | None = None) -> ParsedDocument:
    """`view` gives the lines are also read in: Kazakh written in Latin or Arabic letters is read through its
    Cyrillic transliteration (lang.script), where the month names of months.toml and the Kazakh boilerplate are
    ("Oqi otyryñyz:" is "Оқи отырыңыз:")."""
    warnings: list[str] = []
    date = None
    header = HEADER.match(text)
    if header:
        text = text[header.end() :]
        date = _valid_date(*map(int, header.groups()), f"{header[1]}-{header[2]}-{header[3]}", "header", warnings)
    text = _under_instant_view(text)

    lines, glued, blank = [], [], True
    for raw in text.split("\n"):
        line = raw.strip()
        if line:
            lines.append(line)
            glued.append(not blank)
        blank = not line
    _join_broken_capitals(lines, glued)
    date_lines = [_date_line(line, view) for line in lines] if view else lines
    if view:
        kinds = [
            _kind(line, date_line, view(line) if date_line is line else None) for line, date_line in zip(lines, date_lines)
        ]
    else:  # a site's menus, credits and footers come back on each of its pages: each such line is read once
        kinds = [_LINE_KINDS[line] if len(line) <= REMEMBERED_LINE_MAX_CHARS else _kind(line, line) for line in lines]
    top = 1 if header and text.split("\n", 1)[0].strip() else 0  # the page's first line, under the header's site
    if top < len(lines) and kinds[top] != "ts" and PRINT_HEADER.match(lines[top]):
        kinds[top] = "junk"
    _take_teaser_links(date_lines, glued, kinds)
    _channel_posts(lines, kinds)
    chat = _exported_chat(lines, kinds)
    _mark_channel_labels(lines, kinds)
    _mark_summaries(lines, glued, kinds)
    # the head of a social post the page saves or quotes, its time and audience ("19 мая в 22:47 · 🌐"), if any
    post_head = next((i for i, line in enumerate(lines) if AUDIENCE.search(line[-AUDIENCE_TAIL_CHARS:])), len(lines))
    _mark_embedded_comments(lines, kinds, post_head)
    _take_forum_subject(lines, kinds)
    promoted = set()  # the outlets the site's promotion of itself names (see _promoting_itself)
    for i, line in enumerate(lines):
        if name := _self_promoted(line):
            promoted.add(name)
            kinds[i] = kinds[i] or "junk"

    _mark_boxed_ads(lines, glued, kinds)
    body_start = _body_start(lines, kinds)
    boxed = _mark_drawn_boxes(lines, kinds, body_start)
    if _mark_captions_over_headline(lines, glued, kinds, body_start) or boxed:
        body_start = _body_start(lines, kinds)
    post = _post(lines, glued, kinds)
    on_post = post is not None and _is_the_page(post, lines, kinds, body_start)
    if on_post:  # the page is a post: no headline, its caption is the text, readers' comments under it
        body_start = _mark_post(post, lines, kinds)
    for i in range(body_start + 1, len(lines)):
        # the rest is another article's (its stamp and story too) or comments ("Pıkırler (2)" read as Пікірлер)
        # (and a blog's related post, its headline over its date and its category: 'In "Nation"')
        if _under_embedded_post(lines, i, body_start, post_head):
            kinds[i] = "junk"  # its buttons, its link to more comments: the story goes on under them
            continue
        if ARTICLE_END.search(lines[i]) or (date_lines is not lines and ARTICLE_END.search(date_lines[i])) or (
            RELATED_CATEGORY.fullmatch(lines[i]) and kinds[i - 1] == "ts"
        ) or (
            _comments_under(lines, i) or (date_lines is not lines and _comments_under(date_lines, i))
        ) or _next_article_at(lines, kinds, i, body_start) or _next_printed_story(lines, kinds, i, body_start) or (
            _closing_list(lines, glued, kinds, i, body_start)
        ):
            if TELEGRAM_INVITATION.match(lines[i]) and sum(map(_is_body, lines[i + 1 : i + 1 + POST_BELOW_LINES])) >= 2:
                kinds[i] = "junk"  # Telegram's invitation in the channel's header, over the post: the post goes on
                continue
            kinds[i:] = ["after"] * (len(lines) - i)
            break
    in_menus = _vertical_menus(lines, kinds, body_start)
    gov = _on_gov_platform(lines[:body_start])  # an agency's page on the platform
    candidates = [
        i
        for i in range(0 if on_post else body_start)
        if not kinds[i] and i not in in_menus and _is_title(lines[i]) and not _names_the_site(lines, kinds, i, gov)
        and not _legal_masthead(lines[i])  # an institution's name with its legal form atop its site
        and not _in_feed(lines, i)  # "08:40  Ревакцинация для взрослых ..." among the feed's other timed items
        and not _gap_trail(lines[i])  # "Home  Nation  Measles cases rise ...": the trail, the headline under it
        and not (i and _trail_naming(lines[i - 1], lines[i]))  # the platform's trail of the agency named above it
        and not _trail_from_menu(lines, i)  # "Оқырман шығармашылығы » Медицина қызметкерлері күніне" under its menu
        and not _storm_banner(lines, i, body_start)
        and not _tab_title(lines, i, body_start)  # the browser's title bar over the page: its headline, its date, its site
        and not _cut_title(lines, i)  # ... or an app's bar, the headline cut short over it in full
        and not _in_columns(lines, i)  # a letterhead's two columns, Kazakh and Russian, saved from a document
        and (date_lines is lines or not TAGLINE.search(date_lines[i]))  # a tagline in Latin or Arabic letters
    ]
    # title-shaped lines together: the name of a section of the site's menus over the headline ("Люди нашего города",
    # perhaps with its series after a dot: "ПОДКАСТЫ · «Второе мнение»"; a section's own page, its vacancies, is
    # headed by its name), a series' name with its part over the part's
    # headline and deck ("Жизнь после диагноза. Часть третья"; not a part's own headline, "... Часть вторая", over its
    # deck), a column's byline under its headline ("Айгүл Жақсылықова, анестезиолог-реаниматолог, ..."; not a
    # headline of the same shape, "Асель Жумабекова, медсестра из Тараза, спасла ...")
    if any(i + 1 in candidates for i in candidates):
        sections = {item.casefold() for line in lines[:body_start] if _site_menu(line) for item in MENU_GAP.split(line)}
        candidates = [
            i for i in candidates
            if not (i + 1 in candidates and lines[i].split(" · ", 1)[0].strip().casefold() in sections)
            and not (i + 2 in candidates and i + 1 in candidates and SERIES_PART.search(lines[i]))
            and not (i - 1 in candidates and _author_with_bio(lines[i]))
        ]
    title_at = _headline(lines, kinds, body_start, candidates, in_menus)
    if title_at is None and body_start < len(lines) and (split := _glued_headline(lines[body_start])):
        # the headline ran straight into the lead: it becomes a line of its own
        lines[body_start : body_start + 1] = split
        if date_lines is not lines:
            date_lines[body_start : body_start + 1] = [_date_line(line, view) for line in split]  # type: ignore[misc]
        glued.insert(body_start, glued[body_start])
        kinds.insert(body_start, "")
        title_at, body_start = body_start, body_start + 1
    if title_at is None and not candidates and (under := _headline_under_author(lines, kinds, body_start)):
        title_at, body_start = under, under + 1  # the author's name and bio above it are no story
    if title_at is None:  # nothing ties: the line over the stamp, else the first title-shaped line (not a banner)
        plain = [i for i in candidates if not lines[i].isupper()]
        title_at = next((i for i in plain if kinds[i + 1 : i + 2] == ["ts"]), plain[0] if plain else None)
    if title_at is None:
        title_at = _short_headline_in_capitals(lines, kinds, body_start)
    if title_at is None:  # a feature's headline in capitals that says nothing of its lead, over its byline and stamp
        title_at = next((i for i in candidates if _capitals_over_byline(lines, kinds, i, body_start)), None)
    if title_at is None:  # a headline in capitals that names what a roundup's items tell further on, not its lead
        story = _lead(lines, kinds, body_start, STORY_PARAGRAPHS)  # ("БАСПАСӨЗ ШОЛУЫ: БҮЙРЕК ДОНОРЛЫҒЫ, ...")
        tied = (
            i for i in candidates
            if len(_content_stems(lines[i]) & story) > HEADLINE_MIN_TIED_WORDS and not STATE_BODY.search(lines[i])
        )  # (not an institution's banner, which a press release's closing attribution ties)
        title_at = next(tied, None)
    if title_at is None and (image := _headline_in_image(lines, kinds, body_start)) is not None:
        title_at, alt = image
        lines[title_at] = alt  # the headline is the alt text, not its brackets
    if title_at is not None and title_at + 1 < len(lines) and lines[title_at + 1].casefold() == lines[title_at].casefold():
        # the headline printed twice, once in capitals (a banner over it): the one as written, the other no text
        if lines[title_at].isupper():
            title_at += 1
        else:
            kinds[title_at + 1] = "junk"
    title_lines = [] if title_at is None else [lines[title_at]]
    if title_at is not None and _headline_goes_on(lines, glued, kinds, title_at, body_start):
        title_lines.append(lines[title_at + 1])  # a headline broken over two lines
        kinds[title_at + 1] = "title"
    if not on_post:  # a post's date stands under its text
        for i in range(body_start, len(lines)):
            # (a stamp that says it is one stays: a blog's "Опубликовано 21 октября 2025" under its text)
            if kinds[i] == "ts" and not (
                _timestamp(date_lines[i].strip(BULLETS), clocked=True) or PUBLISHED.match(lines[i])
            ):
                kinds[i] = ""
    # With neither a body paragraph nor a headline there is no page around the text: its lines are the document
    # itself (a short note, "Қызылша індеті тарады."), not navigation above a story.
    bare_note = body_start == len(lines) and title_at is None
    for i in range(0 if bare_note else body_start):
        if kinds[i] == "point":  # a box of the story's points (_mark_summaries)
            kinds[i] = "" if title_at is not None and i > title_at else "nav"
        if kinds[i]:
            continue
        if title_at is None or i < title_at:
            kinds[i] = "nav"
        elif i == title_at:
            kinds[i] = "title"
        elif HEAD_JUNK.search(lines[i]) or len(lines[i].split()) < TITLE_MIN_WORDS or _dotted_items(lines[i]):
            kinds[i] = "nav"
    _mark_footer_addresses(lines, glued, kinds)
    _mark_ads(lines, glued, kinds, body_start)
    _mark_by_position(lines, glued, kinds)
    _take_post_links(lines, kinds, body_start)
    _take_link_lists(lines, glued, kinds, body_start)

    title = _without_rubric(DECORATION.sub("", re.sub(r"\s+", " ", " ".join(title_lines)))) if title_lines else None
    title = DECORATION.sub("", title) if title else None  # and the emoji before a site's name or after a rubric
    if title and (bold := MARKDOWN_BOLD.fullmatch(title)):  # a headline saved with Markdown's stars: "**...**"
        title = bold[1]
    paragraphs, seen = [], {title, *title_lines}
    for line, kind in zip(lines, kinds):
        if not kind and line not in seen:
            paragraphs.append(line)
            if len(line) >= DUPLICATE_MIN_CHARS:
                seen.add(line)

    headline_at = body_start if title_at is None else title_at
    if date is None:
        date = _first_date(date_lines, kinds, body_start, headline_at, warnings, lines)
    if date is None:
        date = _date_without_year(date_lines, headline_at, body_start, warnings)
    if date is None:
        date = _relative_to_today(date_lines, kinds, headline_at, body_start, warnings)
    outlet = _outlet(lines, kinds, date_lines, promoted) or chat or (
        (post.name and canonical_outlet(DECORATION.sub("", post.name))) or _as_branded(post.account, lines, lines[: post.head]) if on_post else None
    )
    return ParsedDocument(date, title, outlet, paragraphs, warnings)


def _reactions_or_clock(line: str) -> bool:
    """A post's reactions and their counts, no word, day or time ("❤️ 214  👍 97  😡 41"), or its time alone."""
    return bool(POST_CLOCK.fullmatch(line.strip())) or (
        not any(map(str.isalpha, line)) and not TIME.search(line) and not DATE.search(line)
    )


def _next_article_at(lines, kinds, i, body_start) -> bool:
    """Whether line i heads another article that the page loaded under the story (infinite scroll): a headline over
    its stamp (perhaps past its photo credit or view count) and its lead, or under its stamp with its lead right under
    it ("Жизнь  12 ноября 2025, 12:10" / headline / lead), set apart from the story above by furniture (the story's tags
    or share bar, a loading placeholder, the site's menu again), perhaps under a "Читайте также" the site puts over the
    article it loads. Not under a list's item or a list's label right under a paragraph (an inline teaser: the story
    goes on under it), not a story's own subheading over a chronicle's date (it follows its paragraph), not a forum's
    message (it follows its stamp)."""
    # (the article's rubric over it, "Сұхбат", "Интервью", or its time, "16:10 | GMT +5", under the furniture)
    rubric = not kinds[i - 1] and i > 1 and kinds[i - 2] in PAGE_FURNITURE and (  # (the cheap tests first)
        len(lines[i - 1].split()) <= NEXT_RUBRIC_MAX_WORDS and _last_mark(lines[i - 1]) not in SENTENCE_MARKS
        or bool(ENTRY_TIME.fullmatch(lines[i - 1]))
    )
    if kinds[i] or not (kinds[i - 1] or rubric) or not _is_title(lines[i]) or _is_body(lines[i]):  # (most lines)
        return False
    top = i - 1 if kinds[i - 1] == "ts" else i  # the block's first line: its stamp above the headline, or the headline
    above = top - 1 - rubric
    if above > 0 and kinds[above] == "teaser" and TEASER.search(lines[above]):
        above -= 1  # a "Читайте также" over the article the site loads: what stands above it tells
    if above < 1 or kinds[above] not in PAGE_FURNITURE:
        return False  # under the story's text, a stamp, a list's item, or a photo's credit (the story goes on)
    if sum(not kind for kind in kinds[body_start:top]) < NEXT_AFTER_PARAGRAPHS:
        return False  # the story's own head, its stamp under its lead ("Түркістан. ҚазАқпарат – ..." / "Автор:" / stamp)
    if top < i:  # under its stamp with its time (a chronicle's entries have their day only), its lead next
        # (or relative to the day of the visit, "Бүгін, 14:00", on a feed whose items are all stamped so: the story's
        # own stamp too, not an embedded post's "Вчера, 18:30" under a story stamped in full, nor an announcement's
        # under its ad label, "Жарнама" / "Бүгін, 15:00")
        stamp = lines[top].strip(BULLETS)
        relative = RELATIVE_STAMP.match(stamp) and not AD_MARK.search(lines[top - 1]) and any(
            kinds[k] == "ts" and RELATIVE_STAMP.match(lines[k].strip(BULLETS)) for k in range(body_start)
        )
        if not (_timestamp(stamp, clocked=True) or relative) or any(map(LIVE_ENTRY_TIME.fullmatch, lines[:top])):
            return False  # ... and not a live blog's entry, whose earlier entries have their time alone ("11:20")
        for k in _head_below(lines, i):
            if kinds[k] == "ts":
                return False
            if not kinds[k]:
                return _is_body(lines[k])
        return False
    lead = False
    for j in _head_below(lines, i):
        # (its stamp, or a furniture line dated to the minute: the photo's keywords and the site's name with the day,
        # "Роддом, беременность, ... - Новости Zakon.kz от 17.04.2025 09:58 Фото: ...")
        if kinds[j] == "ts" or (kinds[j] in ("junk", "credit") and _new_clock(lines, j)):
            return lead or any(not kinds[k] and _is_body(lines[k]) for k in _head_below(lines, j)) or (
                kinds[j] == "ts" and _lead_past_furniture(lines, kinds, j)
            )
        if not kinds[j]:  # text between the headline and its stamp: only an agency's lead ("АҚТАУ. ҚазАқпарат – ...")
            if not lead and _byline_name(lines[j]):
                continue  # ... or its author's name ("Айгерим Тулеева" / "03.02.2025")
            if lead or not _is_body(lines[j]) or not _dateline(lines[j]):
                break
            lead = True
    # a feed's item under its time alone, no stamp, its lead an agency's dateline ("11:55" / "В аптеках Шымкента ..." /
    # "Шымкент. 5 ноября. КазТАГ – ...")
    return lead and bool(ENTRY_TIME.fullmatch(lines[i - 1]))


def _lead_past_furniture(lines, kinds, j) -> bool:
    """Whether an article's lead stands under its stamp at line j past its photo's credit, its author and its counters
    ("14 ноября 2025, 09:12" / "Фото: Zakon.kz/архив" / "Автор: ..." / "👁 2 087   💬 11" / lead)."""
    for k in range(j + 1, min(j + 1 + NEXT_HEAD_LINES + NEXT_FURNITURE_LINES, len(lines))):
        if kinds[k] not in ("credit", "caption", "junk"):
            return not kinds[k] and _is_body(lines[k])
    return False


def _closing_list(lines, glued, kinds, i, body_start) -> bool:
    """Whether line i is the label of a list of other stories right under the story's closing furniture (its tags,
    its share bar, its comments' box), its items with their leads ("ГЛАВНОЕ ЗА ДЕНЬ" / "18:55   В Актобе ..." /
    "Водитель бригады ...", printed right under its headline): no more of the story follows (a list inside the story
    follows its text). (A list of headlines alone is taken apart as such, and the footer under it read.)"""
    if not (kinds[i] == "teaser" and kinds[i - 1] in PAGE_FURNITURE and _bare_label(lines[i])):
        return False
    lead = next((j for j in range(i + 1, len(lines)) if kinds[j] != "teaser"), len(lines))
    if lead + 1 < len(lines) and not kinds[lead] and _is_title(lines[lead]) and not _is_body(lines[lead]):
        lead += 1  # (the first item's headline, under the list's day, not taken for a teaser: its lead under it)
    return (
        lead < len(lines) and glued[lead] and not kinds[lead] and _is_body(lines[lead])
        and sum(not kind for kind in kinds[body_start:i]) >= NEXT_AFTER_PARAGRAPHS
    )


def _next_printed_story(lines, kinds, i, body_start) -> bool:
    """Whether line i heads the next story of a paper's printed page, set apart from the story above by a rule of
    asterisks ("* * *"): its headline of a few words in capitals, a headline or deck under it, then its byline or its
    text (a long read's next part under such a rule opens with its text, or with one subheading)."""
    if i + 2 >= len(lines) or kinds[i - 1] != "junk" or "*" not in lines[i - 1] or any(map(str.isalnum, lines[i - 1])):
        return False  # (not a newsletter's rules between its numbered sections: "———" / "2. ЗДРАВООХРАНЕНИЕ" / ...)
    if sum(not kind for kind in kinds[body_start : i - 1]) < NEXT_AFTER_PARAGRAPHS:
        return False
    headline = lines[i]
    words = len(headline.split())
    if not (headline.isupper() and headline[0].isalpha() and TITLE_MIN_WORDS <= words <= PRINTED_HEADLINE_MAX_WORDS) or (
        headline[-1:] in ".,;:"
    ):
        return False
    deck = lines[i + 1]  # (not an interview's question under its part's subheading)
    under = range(i + 2, min(i + 4, len(lines)))
    return _is_title(deck) and _last_mark(deck) != "?" and any(_is_body(lines[k]) for k in under)


def _under_embedded_post(lines, i, body_start, post_head) -> bool:
    """Whether line i is the buttons or the link to more comments of a social post that the story quotes: the page's
    first post head (`post_head`, "11 февраля в 23:08 · 🌐") stands above it and under the story's first line (a saved
    post's head stands over its text, and a post it shares under its first line)."""
    if not (POST_ACTIONS.match(lines[i]) or MORE_COMMENTS.match(lines[i])):
        return False
    return body_start < post_head < i


def _mark_embedded_comments(lines, kinds, post_head) -> None:
    """A reader's comment under a post the page embeds (under the post's head, `post_head`), over its buttons ("Алия
    Бекенова" / "В Усть-Каменогорске с моей мамой было то же самое" / "Нравится · Ответить · 2 д."): its text and its
    author's name are no story (a comment the story quotes itself, with no post above, stays)."""
    for i in range(post_head + 3, len(lines)):  # (no post on the page: none)
        line = lines[i]
        if kinds[i] == "junk" and POST_REPLY.search(line) and POST_ACTIONS.match(line):
            kinds[i - 1] = kinds[i - 1] or "junk"
            if not kinds[i - 2] and _author_name(lines[i - 2]):
                kinds[i - 2] = "junk"


def _new_clock(lines, j) -> bool:
    """Whether line j gives a day and a time that no line above it gives (the next article's photo keywords line has
    its own; the story's photos further on repeat the story's: "... - Новости Zakon.kz от 17.04.2025 11:20")."""
    if not ((day := DATE.search(lines[j])) and (time := TIME.search(lines[j]))):
        return False
    return not any(day[0] in line and time[0] in line for line in lines[:j])


def _head_below(lines, i) -> range:
    """The lines under line i that an article's head may hold: its stamp, its credit or views, its lead."""
    return range(i + 1, min(i + 1 + NEXT_HEAD_LINES, len(lines)))


def _comments_under(lines, i) -> bool:
    """Whether line i is a comments heading or a comment form with readers' comments right under it (see
    comment_form in boilerplate.toml)."""
    if len(lines[i]) > COMMENT_HEADING_MAX_CHARS:
        return False
    discussion = DISCUSSION_HEADING.match(lines[i])
    if not (discussion or COMMENTS_HEADING.match(lines[i]) or COMMENT_FORM.match(lines[i])):
        return False
    under = lines[i + 1 : i + 1 + COMMENT_LINES]
    if any(COMMENT_SIGNS.search(line) for line in under):
        return True
    stamps = [bool(READER_STAMP.match(line)) for line in lines[i + 1 : i + 2 + COMMENT_LINES]]
    if sum(a and not b for a, b in zip(stamps, stamps[1:])) >= READER_STAMPS_MIN:  # each over its comment
        return True
    if discussion:
        return False
    readers = [bool(READERS_LINE.match(line)) for line in under]
    # one reader's comment, then the page's footer or nothing: its line ("Name: text", under "Комментарии:" or "Пікірлер:"
    # too), or its stamp with the time, a mark or a name's initial over its text ("Сәуле   03.12.2025 10:47", "Ерлан К. ·
    # 05.02.2026", "Айгерим Т. 22.11.2025" / text; not an office's dated reply, "Управление ..., 14.03.2025")
    if readers and readers[0] and _footer_or_nothing(lines, i + 2):
        return True
    if lines[i].endswith(":"):  # "Комментарии:" may head a story's section of experts' words: readers give dates
        readers = [reader and any(map(str.isdigit, line[:READER_HEAD_CHARS])) for reader, line in zip(readers, under)]
    if any(a and b for a, b in zip(readers, readers[1:])):
        return True
    if readers and readers[0]:
        return False
    # ... or each comment under the reader's name alone, its date and time under it ("Нурлан К." / text / "05.06.2025
    # 16:10" / "Anna_Almaty" / ...): a name with an initial or a handle, not a word ("Минздрав", "Педиатр"), two
    # comments so, or one and then the page's footer
    if not lines[i].endswith(":") and _reader_over_comment(lines, i + 1) and (
        _reader_over_comment(lines, i + 4) or _footer_or_nothing(lines, i + 4)
    ):
        return True
    if stamps[:2] != [True, False]:  # (a stamp over a line of text: the stamp is lines[i + 1])
        return False
    stamp = lines[i + 1]
    marked = TIME.search(stamp) or STAMP_MARK.search(stamp) or NAME_INITIAL.match(stamp)
    return bool(marked) and _footer_or_nothing(lines, i + 3)


def _reader_over_comment(lines, i) -> bool:
    """Whether line i is a reader's name alone over the comment, with its date and time under that (READER_NAME), or
    right under the name, over the comment ("Айгерім С." / "20 тамыз 2025, 09:12" / text, as WordPress prints it)."""
    return i + 2 < len(lines) and bool(READER_NAME.fullmatch(lines[i])) and any(
        TIME.search(lines[j]) and _timestamp(lines[j], clocked=True) for j in (i + 2, i + 1)
    )


def _footer_or_nothing(lines, i) -> bool:
    """Whether line i is the page's footer or past the end, perhaps after a dated line ("Сегодня, 25 апреля 2025")."""
    if i < len(lines) and _timestamp(lines[i]):
        i += 1
    return i >= len(lines) or lines[i].startswith("©") or bool(MASTHEAD.search(lines[i]))


def _under_instant_view(text: str) -> str:
    """The article that Telegram's reader opens under a channel's post, its audience above ("126 540 жазылушы" ...
    "INSTANT VIEW"), no other post under it: the page is that article; the channel and its post are none of it."""
    view = INSTANT_VIEW.search(text)
    if not view or not any(AUDIENCE_LINE.match(line.strip()) for line in text[: view.start()].split("\n")):
        return text
    article = text[view.end() :]
    # (not a button under a post whose link was left closed, other posts under it)
    return text if any(POST_FOOTER.match(line.strip()) for line in article.split("\n")) else article


def _channel_posts(lines, kinds) -> None:
    """On a channel's page (Telegram's web view: its audience under its name, each post ending with its views and
    time), marks all but the page's story: of several posts, the one with the most text. The others are not its
    text, nor are the day lines above it but its own, and what follows its footer is other posts and readers'
    comments."""
    # (a post's footer, or its views at the end of its last line: "... на время ремонта. 👁 890"), as (the line it
    # ends on, the end of the post's text)
    bounds = []
    for i, line in enumerate(lines):
        if POST_FOOTER.match(line):
            bounds.append((i, i))
        elif "👁" in line and VIEWS_AT_END.search(line):
            bounds.append((i, i + 1))
    if not bounds:
        return
    ends = [end for _, end in bounds]
    # the audience atop the page, above any story text (not an article's embedded post: "Минздрав РК / 84 512
    # подписчиков" under the article's lead)
    text = next((i for i, kind in enumerate(kinds) if not kind and _is_body(lines[i])), len(lines))
    if not any(AUDIENCE_LINE.match(line) for line in lines[: min(ends[0], text)]):
        return
    spans = list(zip([0] + [line + 1 for line, _ in bounds[:-1]], ends))  # what follows the last footer is no post
    # not a paid post ("#реклама"), unless every post is one
    posts = [span for span in spans if not any(AD_MARK.search(lines[i]) for i in range(*span))] or spans
    start, end = max(posts, key=lambda span: sum(len(lines[i]) for i in range(*span) if not kinds[i]))
    for i in range(start):
        if not kinds[i] or kinds[i] == "ts":
            kinds[i] = "junk"
    kinds[end:] = ["after"] * (len(lines) - end)


EXPORT_SENDER = re.compile(r"(?P<name>\S.{0,80}?)\s++(?P<time>[012]?\d:[0-5]\d)")  # "Orda.kz 10:14"
TIME_ALONE = re.compile(r"[012]?\d:[0-5]\d")
EXPORT_HEAD_LINES = 12
# a message copied from Telegram Desktop, its sender and its day and time over it: "Минздрав РК, [04.11.2026 18:02]"
COPIED_HEAD = re.compile(r"(?P<name>[^\s\[\]].{0,80}?),\s*+\[\d{1,2}\.\d{2}\.\d{4}\s++[012]?\d:[0-5]\d(?::[0-5]\d)?\]")


def _exported_chat(lines, kinds) -> str | None:
    """A chat exported from Telegram Desktop, its pages saved as text: the chat's name atop (perhaps with "Exported
    Data" and its description), a day's line, then each message under its sender's name and its time ("Orda.kz
    10:14", or the time on a line of its own), the channel's name. The page is its first message: what stands above
    its text is furniture, and the next message's head and all under it are other posts. The chat's name (which
    publishes the post), or None for any other page. So are messages copied from it, each under its sender, day and
    time (COPIED_HEAD)."""
    if lines and (copied := COPIED_HEAD.fullmatch(lines[0])):
        kinds[0] = "ts"  # (its day dates the page)
        following = next((j for j in range(1, len(lines)) if COPIED_HEAD.fullmatch(lines[j])), len(lines))
        kinds[following:] = ["after"] * (len(lines) - following)
        return copied["name"]
    for i in range(1, min(len(lines) - 1, EXPORT_HEAD_LINES)):
        if not (head := _message_head(lines, i)):
            continue
        name, text = head
        if name not in lines[:i] or "ts" not in kinds[lines.index(name) : i]:
            continue
        for j in range(text):
            kinds[j] = kinds[j] or "junk"
        following = (j for j in range(text + 1, len(lines)) if (other := _message_head(lines, j)) and other[0] == name)
        if (other := next(following, None)) is not None:
            kinds[other:] = ["after"] * (len(lines) - other)
        return name
    return None


def _message_head(lines, i: int) -> tuple[str, int] | None:
    """A message's head at line i in a chat's export: its sender's name and the line its text opens on (the name and
    the time on one line, or the time on a line of its own under the name)."""
    if sender := EXPORT_SENDER.fullmatch(lines[i]):
        return sender["name"], i + 1
    if i + 1 < len(lines) and TIME_ALONE.fullmatch(lines[i + 1]):
        return lines[i], i + 2
    return None


def _mark_channel_labels(lines, kinds) -> None:
    """A channel's label alone over what it labels, as Telegram's web view sets them: a forwarded post's source
    ("Forwarded from" / "Аральская районная больница") and, under the channel's audience, its pinned message's first
    line ("📌 Закреплённое сообщение" / "Реклама и объявления: @kulsary_admin ..."; elsewhere the label may stand over
    a headline). Neither is a headline, as neither is with its label on one line. Nor is what stands between the
    channel's audience and a forwarded post's label: its description, its buttons ("View in Telegram"); nor the
    channel's name again over its post, as its sender, nor what stands between its name atop and that; nor a reply's
    label and the earlier post's words it quotes."""
    audience = next((i for i, line in enumerate(lines[:CHANNEL_HEAD_LINES]) if AUDIENCE_LINE.match(line)), None)
    forwarded = audience is not None and next(
        (i for i in range(audience + 1, min(audience + CHANNEL_HEAD_LINES, len(lines))) if FORWARDED.match(lines[i])
         or FORWARDED_ALONE.fullmatch(lines[i])), None
    )
    if forwarded:
        kinds[audience + 1 : forwarded] = [kind or "junk" for kind in kinds[audience + 1 : forwarded]]
    # the channel's name again over its post, as the post's sender (its name atop, perhaps over its @handle), and
    # what stands between them: the channel's handle, its description and its buttons, above its audience or below
    if audience:
        handle = next((i for i in range(audience - 1, max(audience - 3, 0), -1) if lines[i].startswith("@")), None)
        name_at = audience - 1 if handle is None else handle - 1
        head = range(audience + 1, min(audience + CHANNEL_HEAD_LINES, len(lines)))
        senders = [i for i in head if lines[i] == lines[name_at]]
        between = range(audience + 1, senders[0] if senders else audience + 1)
        # (not over a post: a post's lines, its footer; the name under them is the next post's sender or the page's)
        if sum(not kinds[i] for i in between) <= CHANNEL_HEAD_TEXT_LINES and not any(
            POST_FOOTER.match(lines[i]) for i in between
        ):
            for i in chain(range(name_at + 1, audience), between):
                kinds[i] = kinds[i] or "junk"
        for i in senders:
            kinds[i] = kinds[i] or "junk"
    for i in range(len(lines) - 1):
        # a reply's label (junk), and the earlier post's words it quotes under it, which, as another story's, its day
        # does not date the page (a teaser's)
        if kinds[i] and (reply := IN_REPLY.match(lines[i])):
            quoted = i + 1
            if reply.end() == len(lines[i]) and i + 2 < len(lines):  # the label alone: its sender under it
                kinds[i + 1], quoted = kinds[i + 1] or "junk", i + 2
            if kinds[quoted] in ("", "ts"):
                kinds[quoted] = "teaser"
        below = lines[i + 1]
        if (FORWARDED_ALONE.fullmatch(lines[i]) and len(below.split()) <= POST_HEAD_MAX_WORDS and (
            _last_mark(below) not in SENTENCE_MARKS
        )) or (PINNED_ALONE.fullmatch(lines[i]) and len(below.split()) <= PINNED_MAX_WORDS and any(
            map(AUDIENCE_LINE.match, lines[:i])
        )):
            kinds[i + 1] = kinds[i + 1] or "junk"


def _headline_goes_on(lines, glued, kinds, title_at, body_start) -> bool:
    """Whether the line under the headline is the rest of it: printed right under it, opening in lower case, above
    the body, with the headline not closed by a stop (and not a site's address, the source an aggregator credits
    under it, "otyrar.kz", a feed reader's "anatili.kazgazeta.kz / by ... / Feb 11, 2025"; unless the headline stops
    on a small word: "... инструкция на" / "egov.kz")."""
    below = title_at + 1
    return (
        below < body_start
        and glued[below]
        and not kinds[below]
        and lines[below][0].islower()
        and not (_credit_of_site(lines[below]) and lines[title_at].split()[-1] not in SMALL_WORDS)
        and not lines[below].startswith(("http://", "https://"))  # the item's link under it
        and lines[title_at].rstrip(CLOSERS)[-1:] not in ".!?…:;"
        and len(lines[title_at]) + len(lines[below]) < TITLE_MAX_CHARS
    )


def _credit_of_site(line: str) -> bool:
    """Whether a line is a site's address alone, or first and apart from what follows by a separator ("otyrar.kz",
    "anatili.kazgazeta.kz  /  by Gülnar Sadyq  /  Feb 11, 2025"; not "fms.kz без регистрации и ЭЦП", a headline's
    rest)."""
    first, *rest = line.split(None, 1)
    return bool(DOMAIN_NAME.fullmatch(first)) and (not rest or rest[0][:1] in CREDIT_SEPARATORS)


def _without_rubric(title: str) -> str:
    """A headline without the rubric some sites print before it ("ЗДОРОВЬЕ | В Жезказгане ...", "Общество | ...")
    and the site's name a page's title adds after it ("... клинику проверяют | Orda.kz"), and a feed reader's label
    before it ("Title: ...")."""
    title = FIELD_LABEL.sub("", title, count=1)
    title = _without_trail(title)
    match = RUBRIC.match(title)
    if match and (match["rubric"].isupper() or _navigation_only(match["rubric"])):
        title = title[match.end() :]
    site = SITE_SUFFIX.search(title)
    if site and SITE_NAME.fullmatch(site["site"]):  # not a quote: "Главврач о нехватке кадров — «Мы работаем ...»"
        title = title[: site.start()]
        # a browser tab's title puts the site's section between: "... - новости Казахстана | Вечерний Алматы"
        section = SITE_SUFFIX.search(title)
        # a headline's own last words follow a dash ("— в Казахстане"); a bar sets off a section ("| Видео |")
        ends = section and "|" not in section[0] and section["site"].split()[0].casefold() in HEADLINE_ENDS
        if section and not ends and _navigation_only(section["site"]):
            title = title[: section.start()]
    return title


def _without_trail(title: str) -> str:
    """A headline without a trail of sections saved before it without its marks, apart by spaces or by nothing
    ("Басты Жаңалықтар Қоғам Степногорскіде ...", "ДомойНовостиЗдоровьеСестра отдала почку брату ...")."""
    home = TRAIL_WORD.match(title)
    if not home or home[1].casefold() not in HOME_WORDS:
        return title  # (a trail starts at home: not "Kazakhstan Health Forum ...", "World Health Day ...")
    end, crumbs = home.end(), 1
    while (word := TRAIL_WORD.match(title, end)) and word[1].casefold() in TRAIL_WORDS:
        end, crumbs = word.end(), crumbs + 1
    rest = title[end:].lstrip()
    if crumbs < CRUMB_MIN_PARTS - 1 or not rest[:1].isupper() or len(rest.split()) < TITLE_MIN_WORDS:
        return title
    return rest


class _Post(NamedTuple):
    head: int  # its head line: "account • Подписаться", "14 апреля в 10:15 · 🌐"
    account: str
    instagram: bool
    caption: int  # the line its text opens with
    name: str | None = None  # the account's display name, where the page shows it ("Кызылординские вести")


def _post(lines, glued, kinds) -> _Post | None:
    """The head of a post saved from a social network ([post] in boilerplate.toml), the page's own or one an article
    quotes; the head line is junk (a Facebook post's also dates it), and so is the page's name above it."""
    for head, line in enumerate(lines):
        # Threads: the account and the post's time, apart ("atyrau_zhanalyqtary   14.10.2025")
        if (threads := THREADS_HEAD.fullmatch(line)) and _timestamp(threads["time"]):
            account, instagram = threads["account"], False
            break
        # Instagram's head over lines: the account, perhaps its display name (no sentence), then "Follow" alone
        if len(line) <= FOLLOW_MAX_CHARS and line.casefold() in FOLLOW_WORDS and (above := _account_above(lines, head)):
            account_at, account = above
            instagram = True
            name = lines[head - 1] if account_at < head - 1 and _display_name(lines[head - 1], kinds[head - 1]) else None
            kinds[account_at:head] = ["junk"] * (head - account_at)
            break
        if "•" not in line and "·" not in line:
            continue
        if follow := FOLLOW.fullmatch(line):  # Instagram: "account • Подписаться"
            account, instagram, name = follow["account"], True, None
            break
        # Facebook: the page's name, then a few words of its time and the audience icon ("14 апреля в 10:15 · 🌐",
        # "Вчера · 🌐", "3 ч. · Общедоступно")
        if head and len(line.split()) <= POST_HEAD_MAX_WORDS and AUDIENCE.search(line[-AUDIENCE_TAIL_CHARS:]):
            account, instagram = lines[head - 1], False
            kinds[head - 1] = "junk"
            break
    else:
        return None
    if kinds[head] != "ts":
        kinds[head] = "ts" if _timestamp(STAMP_PARTS.split(lines[head])[0]) else "junk"
    caption = head + 1
    if instagram:
        under = range(caption, min(caption + 3, len(lines)))  # the lines printed right under it, no blank between
        tags = [lines[j] for j in takewhile(lambda j: glued[j] and not lines[j].startswith(account), under)]
        named = bool(tags) and _display_name(tags[0], kinds[caption])
        place = len(tags) == 2 and _short_label(tags[1]) and kinds[caption + 1] not in ("junk", "ts") and not (
            _platform_label(tags[1])
        )
        if named and place:  # the display name over the location tag (any place: "Областной перинатальный центр")
            name, caption = name or tags[0], caption + 2
        elif named and " | " in tags[0]:  # the name and the place: "Ұлытау жаңалықтары | Жезқазған"
            name, caption = name or tags[0].split(" | ")[0], caption + 1
        elif caption < len(lines) and _location(lines[caption], account):
            caption += 1
        elif named:  # the display name alone under the follow button ("Ақтөбе облысының денсаулық сақтау басқармасы")
            name, caption = name or tags[0], caption + 1
    else:
        name = None
    while caption < len(lines) and (kinds[caption] or (instagram and _platform_label(lines[caption]))):
        kinds[caption] = kinds[caption] or "junk"  # (the reel's tab over it, "Reels")
        caption += 1
    return _Post(head, account, instagram, caption, name)


def _account_above(lines, head) -> tuple[int, str] | None:
    """The account a bare follow button (line `head`) stands under, with its line: right above it, or above its
    display name."""
    for i in (head - 1, head - 2):
        if i >= 0 and (found := ACCOUNT.fullmatch(lines[i])) and (i == head - 1 or _short_label(lines[head - 1])):
            return i, found["account"]
    return None


def _short_label(line: str) -> bool:
    """A few words, no sentence: what may stand between an account and its follow button."""
    return len(line.split()) <= POST_HEAD_MAX_WORDS and _last_mark(line) not in SENTENCE_MARKS


def _display_name(line: str, kind: str) -> bool:
    """Whether a line may be an account's display name: a few words, no sentence, not a location ("Павлодар,
    Павлодарская область"), a stamp, or the platform's own label ("Verified", "Реклама")."""
    return (
        _short_label(line)
        and "," not in line
        and kind not in ("junk", "ts")
        and not _platform_label(line)
    )


def _platform_label(line: str) -> bool:
    """Whether a line is the social network's own label by an account ("Verified", "Реклама", "Оригинальный звук")."""
    return DECORATION.sub("", line).casefold() in PLATFORM_LABELS


def _location(line: str, account: str) -> bool:
    """An Instagram post's location tag under its account: "Уральск, Западно-Казахстанская область", "Astana"."""
    words = len(line.split())
    return (
        not line.startswith(account)
        and (words <= 2 or ("," in line and words <= LOCATION_MAX_WORDS))
        and _last_mark(line) not in ".!?…"
    )


def _is_the_page(post: _Post, lines, kinds, body_start) -> bool:
    """Whether a post is the page itself, not one an article quotes: it opens the text, nothing above it is a stamp
    (an article's stamp is above its text, a post's time is its head or under it), and an Instagram caption opens
    with the account's name."""
    return (
        post.caption <= body_start
        and "ts" not in kinds[: post.head]
        and (not post.instagram or (post.caption < len(lines) and lines[post.caption].startswith(post.account)))
    )


def _mark_post(post: _Post, lines, kinds) -> int:
    """Marks a post page's location tag and readers' comments junk; the line its text opens with. (A reply on
    Threads opens with its own head, the account and its time, over its text.)"""
    kinds[post.head + 1 : post.caption] = ["junk"] * (post.caption - post.head - 1)
    for i in range(post.caption + 1, len(lines)):
        if (reply := THREADS_HEAD.fullmatch(lines[i])) and _timestamp(reply["time"]):
            kinds[i : i + 2] = ["junk"] * len(kinds[i : i + 2])
        elif not kinds[i] and COMMENT.match(lines[i]):
            kinds[i] = "junk"
    return post.caption


def _names_the_site(lines: list[str], kinds: list[str], i: int, gov: bool = False) -> bool:
    """Whether line i is followed by the site's tagline or menu, which makes it the site's name ("Абай облысының
    денсаулық сақтау басқармасы" above "Басқарма туралы   Қызметтер   Құжаттар"), not a headline; on the government
    platform (`gov`), also by a menu one item a line, as _agency reads it. (A share bar under a headline is junk, not
    a menu.)"""
    below = _under_name(lines, kinds, i, len(lines)) if gov else i + 1
    menu = range(below, below + AGENCY_MENU_ITEMS)
    if TITLE_WITH_SITE.search(lines[i]):
        return False  # the page's title, its headline with the site's address after it ("... | Pavlodarnews.kz")
    if gov and _agency_name_only(lines[i]) and _agency_atop(lines, i):
        return True
    if i and DOMAIN_NAME.fullmatch(lines[i - 1].strip()) and _initials_of(lines[i], _site_label(lines[i - 1])):
        return True  # the site's name under its domain: "nnkc.kz" / "Национальный научный кардиохирургический центр"
    return below < len(lines) and bool(
        _over_home_trail(lines, i, below)
        or TAGLINE.search(lines[below])
        or _legal_name_of(lines[i].strip(), lines[below])  # an institution's logo over its legal name
        or (not kinds[below] and _site_menu(lines[below], bullets=False))  # (bullets: a strip of tags, perhaps)
        or (gov and menu[-1] < len(lines) and all(kinds[j] in ("", "nav") and _menu_item(lines[j]) for j in menu))
    )


# a state body's legal form alone, spelt out, on a line under its name ("Государственное учреждение")
STATE_FORM_ALONE = re.compile(
    r"(?:(?:республиканск|коммунальн|государственн|казенн)\w*+\s++)+(?:учреждение|предприятие)"
    r"|(?:(?:республикалық|коммуналдық|мемлекеттік|қазыналық)\s++)+(?:мекеме|кәсіпорын)",
    re.IGNORECASE,
)


def _under_name(lines: list[str], kinds: list[str], i: int, end: int) -> int:
    """The line under an agency's name at line i, past the platform's breadcrumb of it ("Государственные органы ›
    Местные исполнительные органы › Область Абай"), its name in quotes with its legal form ("«...» ММ") or its form
    alone ("Государственное учреждение"), the region it is in ("Абай облысы" under a district's akimat) or its name
    in Latin letters ("Aqtöbe oblysynyñ äkımdıgı")."""
    if not (i + 1 < end and i + 2 < len(lines)):
        return i + 1
    below = lines[i + 1]
    quoted = below.startswith("«") and below[1:].casefold().startswith(lines[i].casefold() + "»")
    trail = _breadcrumb(below) and (kinds[i + 1] != "junk" or bool(HOME_CRUMB.match(below)))  # not a language switch
    trail = trail or _trail_naming(lines[i], below)
    legal = bool(STATE_FORM_ALONE.fullmatch(below.strip()))
    return i + 1 + (quoted or trail or legal or _place_name(below) or _latin_spelling_of(lines[i], below))


def _tab_title(lines: list[str], i: int, end: int) -> bool:
    """Whether line i is a line below it with more after a dash or a bar, as a browser's title bar gives the page's
    headline with its date and site ("... по часу - 09.02.2025, Sputnik Казахстан" over the page whose headline is
    "... по часу"; "...санавиацией: 12 марта 2025, 14:27 - новости на Tengrinews.kz", its date after a colon); or a
    shorter form of a line below with the site after it, as a title bar may cut a headline at its
    colon ("Алматыда ... қосалқы станциясы ашылды | Qamshy.kz" over "Алматыда ... ашылды: бригадалар 40 жаңа көлік
    алды")."""
    line = lines[i]
    site = SITE_SUFFIX.search(line)
    short = line[: site.start()] if site and SITE_NAME.fullmatch(site["site"]) else None
    # the site first, perhaps with its tagline, then the headline, perhaps cut ("Экибастуз Онлайн — новости Экибастуза
    # | День вакцинации в Экибастузе: за субботу привили" over the headline in full)
    tails = [
        tail for found in TAB_TITLE_BAR.finditer(line)
        if len(line[: found.start()].split()) <= TAB_SITE_MAX_WORDS
        and len((tail := line[found.end() :]).split()) >= TAB_HEADLINE_MIN_WORDS
    ]
    return any(
        _bar_over(line, below)
        or short is not None and len(below) > len(short) and below.startswith(short) and below[len(short)] in ":—–,"
        or any(below.startswith(tail) for tail in tails)
        for below in lines[i + 1 : end]
    )


def _in_columns(lines: list[str], i: int) -> bool:
    """Whether line i is a row of cells apart by tabs among others (a document's letterhead in two columns,
    "ДЕНСАУЛЫҚ САҚТАУ МИНИСТРЛІГІ<tab>РЕСПУБЛИКИ КАЗАХСТАН"; not a headline after its stamp on a printed page's
    head, "03.04.2024, 16:22<tab>В Шымкенте ...")."""
    return "\t" in lines[i].strip() and any("\t" in lines[j].strip() for j in (i - 1, i + 1) if 0 <= j < len(lines))


def _bar_over(bar: str, headline: str) -> bool:
    """Whether a line is a browser's title bar over a headline: the headline, then its site or its date."""
    return len(headline) < len(bar) and bar.startswith(headline) and _tab_title_tail(bar[len(headline) :].lstrip())


def _tab_title_tail(tail: str) -> bool:
    """What a title bar gives after the headline: its site or date after a dash or a bar, or its date after a colon."""
    return tail[:1] in TAB_TITLE_SEPARATORS or tail[:1] == ":" and bool(DATE.match(tail[1:].lstrip()))


def _trail_naming(name: str, line: str) -> bool:
    """Whether a line is a trail one of whose parts is the name, as the platform's trail of an agency under its name
    ("Мемлекеттік органдар › Солтүстік Қазақстан облысының денсаулық сақтау басқармасы › Баспасөз орталығы"), whose
    parts may be longer than a menu's."""
    parts = CRUMB_JOINER.split(line)
    return len(parts) >= CRUMB_MIN_PARTS and name.casefold() in (part.casefold() for part in parts)


def _place_name(line: str, kinds: frozenset[str] = PLACE_KINDS) -> bool:
    """Whether a line is only a region's or town's name with its kind ("Карагандинская область", "Абай облысы"), or
    with one of `kinds`."""
    words = line.split()
    return 0 < len(words) <= PLACE_NAME_MAX_WORDS and words[-1].casefold() in kinds


def _places(line: str) -> bool:
    """Whether a line is places apart by commas, each with its kind: a paper's place, "Ордабасы ауданы, Темірлан
    ауылы" (not "Медики покидают село")."""
    parts = line.split(", ")
    return len(parts) > 1 and all(_place_name(part, SETTLEMENT_KINDS) for part in parts)


def _over_home_trail(lines: list[str], i: int, under: int) -> bool:
    """Whether line i stands over the page's trail from home ("Главная > Пресс-центр > Новости"), as a site's name
    does and a headline does not (it is under the trail; the platform's trail of an agency, "Государственные органы ›
    ...", may stand under either), or over the region it is in and then the trail ("Аппарат акима Ерейментауского
    района" / "Акмолинская область" / "Главная / Пресс-центр / Новости"). `under` is the line under line i past a
    trail or a region (_under_name)."""
    if under == i + 1:
        return False
    return bool(
        HOME_CRUMB.match(lines[i + 1])
        or _trail_naming(lines[i], lines[i + 1])
        or (_place_name(lines[i + 1]) and HOME_CRUMB.match(lines[under]))
    )


def _breadcrumb(line: str) -> bool:
    """A trail of three or more short parts, each a few words of a menu ("Главная > Пресс-центр > Новости"), not a
    stamp ("22.07.2025 / 10:15") nor a sentence that has a slash in it; or of two behind a guillemet or an arrow, the
    last a section's name ("Аудан өмірі » Денсаулық")."""
    parts = CRUMB_JOINER.split(line)
    section = len(parts) == 2 and bool(CRUMB_ARROW.search(line)) and parts[-1].strip().casefold() in NAVIGATION_WORDS
    return (len(parts) >= CRUMB_MIN_PARTS or section) and all(map(_crumb_part, parts))


def _storm_banner(lines, i, body_start) -> bool:
    """A storm warning under the header's weather strip, a title-shaped line under it before the story: the site's
    banner, not the page's headline ("Штормовое предупреждение: ..." right over its stamp and story is one)."""
    if not (i and STORM_WARNING.match(lines[i]) and "°" in lines[i - 1]):
        return False
    return any(_is_title(lines[k]) for k in range(i + 1, body_start))


def _trail_from_menu(lines, i) -> bool:
    """A trail of two parts behind an arrow, the first an item of the site's menu above it: a section and its
    subsection ("Оқырман шығармашылығы » Медицина қызметкерлері күніне" under "... Руханият   Оқырман шығармашылығы
    Газет мұрағаты"), whatever the subsection's name."""
    parts = CRUMB_JOINER.split(lines[i])
    if len(parts) != 2 or not CRUMB_ARROW.search(lines[i]) or len(parts[1].split()) > CRUMB_MAX_PART_WORDS:
        return False
    first = parts[0].strip().casefold()
    return any(first in map(str.casefold, MENU_GAP.split(lines[j])) for j in range(i) if _site_menu(lines[j]))


def _crumb_part(part: str) -> bool:
    """A part of a trail: a few words of a menu, no figure (a place's with its kind shortened: "Астана қ.")."""
    part = PLACE_KIND_AFTER.sub("", part)
    return 0 < len(part.split()) <= CRUMB_MAX_PART_WORDS and not any(ch.isdigit() for ch in part) and _menu_item(part)


def _name_then_menu(line: str) -> bool:
    """A known outlet's name, then its menu's items apart by single spaces: a sticky header ("Sputnik Қазақстан
    Жаңалықтар Қоғам Экономика Денсаулық"). (Most lines fail at once: their last word is no menu item.)"""
    last = line.rsplit(None, 1)[-1].casefold()
    if last not in NAVIGATION_WORDS:
        return False
    name = KNOWN_OUTLET.match(line)
    return bool(name) and name.end() < len(line) and _navigation_only(line[name.end() :])


def _section_trail(line: str) -> bool:
    """A trail from a section of the menu to its subsection, in a few words each: "Денсаулық / Жоғары технологиялы
    медициналық көмек", "Новости › Здоровье › Педиатрия" (a headline under its rubric is longer); perhaps ending behind
    an arrow in the page's headline cut short ("Новости Казахстана › Роддома больше не будет: больницу Каражала...")."""
    first, *rest = CRUMB_JOINER.split(line)
    if not (rest and _navigation_only(first)):
        return False
    if TRAILING_DOTS.search(rest[-1]) and CRUMB_ARROW.search(line):
        rest.pop()
    return all(map(_crumb_part, rest))


def _self_promoted(line: str) -> str | None:
    """The outlet a line of the site's own promotion names ("Поделиться статьей Tengrinews:"), else None."""
    head = line[:SELF_PROMOTION_CHARS]  # (an app's banner may go on with its stores and slogans)
    found = next((found for pattern in SELF_PROMOTION if (found := pattern.match(head))), None)
    if found is None:
        return None
    return canonical_outlet(found["name"]) if KNOWN_OUTLET.fullmatch(found["name"]) else None


def _promoting_itself(promoted: set[str], lines, sources: set[str]) -> set[str]:
    """The outlets the page's promotion of itself names (`promoted`, as _self_promoted reads its lines); none on a
    reprint that copied its source's promotion with the rest (the promoted outlet its "Источник:", another known site
    its copyright line)."""
    signed = {canonical_outlet(found[0]) for line in lines if line.startswith("©") for found in KNOWN_OUTLET.finditer(line)}
    return set() if promoted & sources and signed - promoted else promoted


def _take_forum_subject(lines, kinds) -> None:
    """On a forum thread's page, its subject, its label dropped, as a line that may be the headline (the first post
    ties with it as a lead does: "Тема: Лечение зубов ребенку под седацией — кто делал?" over "Сообщение #1"), and
    its replies, from the second post on, as what follows the page's text."""
    head = lines[:FORUM_HEAD_LINES]
    at = next((i for i, line in enumerate(head) if FORUM_SUBJECT.match(line)), None)
    first = next((i for i, line in enumerate(head) if FORUM_FIRST_POST.match(line)), None)
    counted = at is not None and any(
        map(FORUM_REPLIES.match, lines[max(at - FORUM_COUNT_LINES, 0) : at + FORUM_COUNT_LINES + 1])
    )
    if first is None and not counted:
        return
    if at is not None:
        lines[at], kinds[at] = FORUM_SUBJECT.match(lines[at])["subject"], ""
    start = max(i for i in (at, first) if i is not None) + 1
    reply = next((i for i in range(start, len(lines)) if FORUM_REPLY.match(lines[i])), len(lines))
    # (and its poster's name, rank and city over its number: "Dinara_K" / "Участник" / "Сообщений: 58" / "Город:
    # Караганда", short lines under the first post's buttons)
    for _ in range(FORUM_POSTER_LINES):
        if reply - 1 <= start or kinds[reply - 1] or len(lines[reply - 1].split()) > FORUM_POSTER_LINE_WORDS:
            break
        reply -= 1
    kinds[reply:] = ["after"] * (len(lines) - reply)


def _vertical_menus(lines, kinds, body_start) -> set[int]:
    """The lines of a menu printed one item a line above the story (a hospital's departments): a run of at least
    VERTICAL_MENU_MIN_ITEMS short lines, none a sentence nor a stamp. (A headline's block, its rubric, stamp and
    byline, is shorter; its stamp ends a run: "Кіру | Тіркелу" / "Бөлім: Қоғам" / "Ауылдың жалғыз дәрігері" / "13
    Наурыз, 2026" / "Қаралым саны: 1 208" / "Автор: ..." is no menu.) A short headline right under the menu and its
    rubric, over its stamp, is no item of it ("Денсаулық" / "Ауылдық жерлерде дәрігерлер жетіспейді" / "11.04.2025 |
    10:15")."""
    found: set[int] = set()
    run: list[int] = []
    for i in range(body_start + 1):
        line = lines[i] if i < body_start else ""
        if line and kinds[i] != "ts" and _menu_item(line):
            run.append(i)
            continue
        if run and kinds[run[-1] + 1 : run[-1] + 2] == ["ts"] and len(lines[run[-1]].split()) >= TITLE_MIN_WORDS:
            run.pop()
        if len(run) >= VERTICAL_MENU_MIN_ITEMS:
            found.update(run)
        run = []
    return found


def _menu_item(line: str) -> bool:
    """A line that may be an item of a menu printed one item a line: short, no sentence."""
    return len(line.split()) <= VERTICAL_MENU_MAX_ITEM_WORDS and _last_mark(line) not in SENTENCE_MARKS


def _head_end(kinds) -> int:
    """Where the page's head ends: its first line of story or its headline (0 when it has neither)."""
    return next((i for i, kind in enumerate(kinds) if kind in ("", "title")), 0)


def _site_menu(line: str, bullets: bool = True) -> bool:
    return _menu(line, SITE_MENU_MIN_ITEMS, SITE_MENU_MAX_ITEM_WORDS, bullets)


def _date_line(line: str, view: Callable[[str], str]) -> str:
    """The line dates and boilerplate are read in besides the line itself: the line as written when a date reads
    there already (numbers, English months on a Kazakh Latin page: `March 14, 2025`), else its view."""
    return line if YEAR.search(line) and DATE.search(line) else view(line)


def _kind(line: str, date_line: str, seen: str | None = None) -> str:
    """What a line is; `date_line` as _date_line gives it, and `seen`, the line's view where that is not the date
    line: a stamp's date in figures reads in the line as written, its labels and fields in the view ("ۋاقىتى:
    2024-04-18 11:20    قاينار كوزى: ..." is "уақыты: 2024-04-18 11:20    қайнар көзі: ...")."""
    core = line.strip(BULLETS)
    if PRINTED.match(core) or _today_widget(core):  # (the header's strip of the day: no stamp, no story)
        return "junk"
    # (a longer line only as a stamp's parts apart by bars: "Опубликовано: ... | Обновлено: ... | Автор: ...")
    if (len(core) <= 100 or _stamp_parts(core)) and (
        _timestamp(date_line.strip(BULLETS)) or (seen is not None and _timestamp(seen.strip(BULLETS)))
    ):
        return "ts"
    if core[:1].isdigit() and "   " in core and _gapped_stamp(core):
        return "ts"
    if RELATIVE_STAMP.match(core) and all(
        len(part.split()) <= STAMP_PART_MAX_WORDS for bar_part in STAMP_PARTS.split(core) for part in WIDE_GAP.split(bar_part)
    ):  # its fields apart by bars or wide gaps ("Кеше, 17:42   👁 1 203   Пікірлер: 3")
        return "ts"
    if TIMED_TITLE.match(core) or ("№" in core and _running_head_only(core)):
        return "junk"
    return _boilerplate_kind(core) or (_boilerplate_kind(date_line.strip(BULLETS)) if date_line is not line else "")


# The kinds of the lines read so far, per process; prose seldom comes back, so long lines are not kept
REMEMBERED_LINE_MAX_CHARS = 200
_LINE_KINDS: Memo[str, str] = Memo(lambda line: _kind(line, line), limit=50_000)


def _boilerplate_kind(core: str) -> str:
    if JUNK.search(core) or _navigation_only(core) or _outlet_name_only(core) or _rubric(core) or CARD.match(core):
        return "junk"
    if STAMP_MARK.search(core) and _labelled_names(core):
        return "junk"
    if len(core) <= NAVIGATION_MAX_CHARS and (_section_trail(core) or _name_then_menu(core)):
        return "junk"
    if "·" in core and AGGREGATOR_CREDIT.fullmatch(core):
        return "junk"
    if ". " in core and _tagline_and_place(core):
        return "junk"
    if ("мин" in (lower := core.lower()) or "min" in lower) and _reading_time(core):
        return "junk"
    if CREDIT.search(core) or _staff_role(core) or _presenter(core):
        return "credit"
    if NOTICES.search(core):
        return "junk"
    if TEASER.search(core):
        return "teaser"
    if len(core) <= NAVIGATION_MAX_CHARS and "  " in core and (_all_junk(WIDE_GAP.split(core)) or _all_junk(MENU_GAP.split(core))):
        return "junk"  # widgets side by side: "Вход / Регистрация          Поиск...", "Поделиться  Распечатать"
    return ""


def _tagline_and_place(line: str) -> bool:
    """A site's description ending in its name in quotes, and where it is, in its footer: "Информационно-аналитический
    портал «Власть». Республика Казахстан, Алматы." (its city is no place of the story; not a story's "Газета района
    помогла найти донора для мальчика из Экибастуза. Спасибо Айгуль Сапаровой!")."""
    tagline, _, place = line.partition(". ")
    words = place[:-1].split() if len(place) <= TAGLINE_PLACE_MAX_CHARS and place.endswith(".") else []
    named = 0 < len(words) <= TAGLINE_PLACE_MAX_WORDS and all(word[:1].isupper() for word in words)
    return named and tagline.endswith(("»", '"')) and bool(TAGLINE.search(tagline))


def _presenter(line: str) -> bool:
    """Whether a line credits a programme's presenter or guest (PRESENTER), alone or last after a bar."""
    return ":" in line and bool(PRESENTER.match(line[line.rfind("|") + 1 :].lstrip()))


def _staff_role(line: str) -> bool:
    """A byline's second line, its author's role at a known outlet ("Аналитик Forbes Kazakhstan", "Egemen Qazaqstan
    тілшісі"): not a headline whose subject is a reporter ("Корреспондент Tengrinews побывал в ...")."""
    if len(line) > NAVIGATION_MAX_CHARS or not (role := STAFF_ROLE.search(line)):
        return False
    return bool(_outlet_name_only(line[: role.start()] if role.start() else line[role.end() :]))


def _all_junk(parts: list[str]) -> bool:
    """Whether a line's parts apart by gaps or bars are two or more, each furniture of its own."""
    return len(parts) > 1 and all(_boilerplate_kind(part.strip()) == "junk" for part in parts)


def _reading_time(line: str) -> bool:
    """A story's reading time among its counters and buttons, which a stamp line has not taken ("⏱ 4 мин чтения   👁
    9 870", "Оқу уақыты: 2 минут   Мақаланы тыңдау ▶"; no sentence's part), or alone unless labelled ("3 мин чтения";
    "Время чтения: 3 мин." alone is furniture in the head only, see _is_body)."""
    parts = [part.strip(STAMP_SIGNS + " ") for part in READING_TIME_PARTS.split(line.strip())]
    labelled = len(parts) > 1 and any(LABELLED_READING_TIME.fullmatch(part) for part in parts)
    return (labelled or any(READING_TIME.fullmatch(part) for part in parts)) and all(
        len(part.split()) <= READING_TIME_FIELD_MAX_WORDS and not SENTENCE_BREAK.search(part) for part in parts
    )


def _labelled_names(line: str) -> bool:
    """A label and names apart by bars, a channel's branches or a site's cities ("Хабар 24 в регионах: Алматы |
    Шымкент | Караганда | Актобе"), or apart by dots under a section's label ("Регионы: Астана · Алматы · ВКО"): no
    story's (a table's rows have figures; a story's list apart by dots is its own: "Симптомы: Головная боль • Тошнота")."""
    label, colon, rest = line.partition(":")
    dotted = "|" not in rest
    if dotted and label.strip().casefold() not in RUBRIC_LABELS:
        return False
    items = [item.strip() for item in STAMP_MARK.split(rest)]
    return bool(colon) and len(items) >= NAME_LIST_MIN_ITEMS and all(
        item[:1].isupper() and len(item.split()) <= MENU_MAX_ITEM_WORDS and not any(map(str.isdigit, item))
        for item in items
    )


def _rubric(line: str) -> bool:
    """A rubric's label and its section, navigation words only: "Рубрика: Медицина", "Раздел: Здоровье"."""
    label = RUBRIC_LABEL.match(line)
    return bool(label) and _navigation_only(line[label.end() :])


def _tag_list(line: str) -> bool:
    items = [item for item in TAG_ITEMS.split(line) if item]
    return len(items) >= 2 and all(len(item.split()) <= TAG_MAX_WORDS for item in items)


def _navigation_only(line: str) -> bool:
    if len(line) > NAVIGATION_MAX_CHARS:
        return False
    words = (m[0] for m in TOKEN.finditer(line.casefold()) if not m[0].isdigit())  # lazy: prose fails at once
    return next(words, None) in NAVIGATION_WORDS and all(w in NAVIGATION_WORDS for w in words)


def _outlet_name_only(line: str) -> str | None:
    """The name of a known outlet that is alone on its line (a logo's alt text), or None."""
    if len(line) > NAVIGATION_MAX_CHARS:
        return None
    name = line.strip(CLOSERS + "«“")
    # The names' spaces match runs of whitespace and nothing else does, so a name has as many words as it is written
    # with: a line of more words than any is none, which spares most lines the alternation of all the names.
    return name if len(name.split(None, KNOWN_MAX_WORDS)) <= KNOWN_MAX_WORDS and KNOWN_OUTLET.fullmatch(name) else None


def _head_logo(line: str) -> str | None:
    """A known name alone on a line atop the page, or in its spellings apart by bars ("Хабар 24 | Khabar 24"), or first
    in a strip of buttons that names no other outlet ("КТК   ▶ Прямой эфир", "24KZ   ХАБАР 24 — ПЕРВЫЙ ...")."""
    first, *rest = MENU_GAP.split(line, 1)
    if rest and all(canonical_outlet(name[0]) == canonical_outlet(first) for name in KNOWN_OUTLET.finditer(rest[0])):
        return _outlet_name_only(first)
    # ... or in both alphabets, or by its name and its address: "Хабар 24 | Khabar 24", "24.kz — Хабар 24"
    spellings = SPELLINGS_APART.split(line)
    if len(spellings) > 1:
        names = [_outlet_name_only(part) for part in spellings]
        if names[0] and len({canonical_outlet(name) if name else None for name in names}) == 1:
            return names[0]
    return _outlet_name_only(line)


BY_AUTHOR = re.compile(r"\sby\s++([^\W\d][^\d,;|]*+)$")


def _timestamp(line: str, clocked: bool = False) -> re.Match | None:
    """The first date of a line that is nothing but dates, times and timestamp words.

    `clocked` asks for a machine-looking stamp (a time or a numeric date): inside the story a bare "5 декабря 2025
    года" line is a chronicle heading, while "05.12.2025, 10:48" is still the page's timestamp.
    """
    first = YEAR.search(line) and DATE.search(line)
    if not first or DEADLINE_BEFORE.search(line, 0, first.start()) or DEADLINE_AFTER.match(line, first.end()):
        return None  # a deadline or a start: "Вакансии актуальны до 30.06.2025.", "01.07.2025 бастап"
    # a life's span ("03.03.1941 – 31.01.2025"), not a weekly's issue ("13.03.2025 – 19.03.2025", its first day)
    if line[first.end() :].lstrip()[:1] in DASHES:
        second = DATE.search(line, first.end())
        if second and line[first.end() : second.start()].strip() in DASHES and _year(first) != _year(second):
            return None
    # a video's tags beside its date, a newspaper's issue number before it ("Выпуск № 54 (20 517) от 14 мая 2025")
    rest = ISSUE_NUMBER.sub(" ", line)
    if "№" in rest:
        rest = PRINTED_IN.sub(" ", rest)
    lower = rest.lower()  # (tests in C spare the other lines the searches)
    if "ремя" in lower or "үні" in lower or "эфир" in lower:
        rest = STAMP_LABELS.sub(" ", rest)
    if "эфир" in lower or "выпуск" in lower or "шығарылым" in lower:
        rest = PROGRAMME_AIR.sub(" ", rest)
    if "–" in rest or "—" in rest:
        rest = TIMED_AGENCY.sub(" ", rest)
    for furniture in (DATE, TIME, TIMEZONE, HASHTAGS, WEATHER):
        rest = furniture.sub(" ", rest)
    if "–" in rest or "—" in rest or " - " in rest:  # (a test in C spares the other lines the search)
        rest = AGENCY_CREDIT.sub(" ", rest)
    # (a blog's author after the date: "Posted on March 27, 2026 by Ақмарал Нұрғожина")
    if " by " in rest and (by := BY_AUTHOR.search(rest)) and _author_name(by[1]):
        rest = rest[: by.start()]
    # (a run of rules around the date is no word: "─────── 15 January 2025 ───────", a channel's day separator; nor is
    # a calendar's or a clock's icon: "🗓 2026 жылғы 7 қазан")
    left = [t for t in TOKEN.findall(rest.casefold()) if t.strip(STAMP_SIGNS) and not t.isdigit() and t not in STAMP_EXTRA_WORDS]
    # (a numeric date in brackets after words is a list's item's: "Махамбет ауданы (05.03.2026)")
    before = line[: first.start()].rstrip()
    bracketed = before.endswith("(") and before[:-1].strip() != "" and line[first.end() :].lstrip().startswith(")")
    clock = bool(TIME.search(line) or (NUMERIC_DATE & _date_groups(first) and not bracketed))
    if (clock or not clocked) and (not left or (clock and len(left) <= 3)):
        return first
    # a stamp, then its byline and reading time: "25.06.2025, 08:00 · Асель Жумабаева · Время чтения: 9 минут", or its
    # rubric ("20 декабря 2025 г.    Рубрика: Здоровье    Просмотров: 2 118"; a teaser's headline with its stamp after
    # it is no stamp line)
    if WIDE_GAP.search(line):  # its labelled fields make it a stamp without a time too (not a table's row)
        parts = WIDE_GAP.split(line.strip())
        dated = [(part, _timestamp(part)) for part in parts]
        stamps = [stamp for _, stamp in dated if stamp]
        fields = [
            part for part, stamp in dated
            if not stamp and (BYLINE_FIELD.fullmatch(part) or _counter(part) or _stamp_rubric(part))
        ]
        # ... and beside them the author's bare name ("5 ноября 2024 г.   Ольга Кравченко   Просмотры 1 984"), or with the
        # paper's, with or without other fields ("Жанболат АУПБАЕВ, «Egemen Qazaqstan»   Қаралды: 1 204", "12 Қыркүйек,
        # 2025 | 11:20        Айман ЖҰМАҒАЛИ, «Egemen Qazaqstan», Маңғыстау облысы")
        # (perhaps after a pen's emoji: "📅 2 желтоқсан 2025, 12:05     ✍ Бекзат ОРАЗБАЙ     👁 1 733"), or with the
        # correspondent's region alone ("26.08.2025 | 09:30     Нұрлан ӘБДІҒАЛИ, Алматы облысы     Қаралды: 1 954"); or
        # the categories the site filed it under ("22 Сәуір, 2025   👁 1 204   Клиника, Жаңалықтар")
        names = [
            part for part in parts
            if (fields and (_author_in(part.lstrip(AUTHOR_MARKS).lstrip()) or _categories(part))) or _author_of(part)
        ]
        if stamps and (fields or names) and len(stamps) + len(fields) + len(names) == len(parts):
            return stamps[0]
        # ... or its date in words and the state body that wrote it, as gov.kz sets a release's (not a table's row of
        # a date in figures and a body: "12.03.2025   Департамент ... контроля города Алматы")
        if len(parts) == 2 and dated[0][1] and not NUMERIC_DATE & _date_groups(dated[0][1]) and _body(parts[1]):
            return dated[0][1]
    issue = bool(ISSUE_NUMBER.search(line))
    printed = issue or bool(PAGE_NUMBER.search(line))  # (a printed page's head: its issue's or page's number)
    if not clocked and (printed or STAMP_PARTS.search(line)):
        parts = (RUNNING_HEAD_PARTS if printed else STAMP_PARTS).split(line.strip())
        # (a labelled field may be longer: "Жарияланған уақыты: 2025 жылғы 14 наурыз, 16:08 | Бөлім: Денсаулық |
        # Авторы: Ақбота МҰСАҚЫЗЫ, Ақтөбе"; only a part of the line, which `_timestamp` reads on its own: the line whole
        # would be read again without end)
        if all(len(part.split()) <= STAMP_PART_MAX_WORDS or (len(parts) > 1 and _stamp_field(part)) for part in parts):
            # the stamp, perhaps after a newspaper's issue number ("№ 29 (22 614) · 14.III.2025"), and on a printed
            # page after its number and the paper's name too ("3   «ЖАҢААРҚА»   № 40 (8731)   10 қазан 2025 жыл"),
            # or after its description under its name ("городской еженедельник • № 20 (1543) • 22 мая 2025 г."), or
            # after its author's or its site's name ("Айгуль Сапарова • 19 января 2026 • Обновлено 20 января 2026")
            for part in parts:
                if stamp := _timestamp(part):
                    return stamp
                paper = printed and (part.isdigit() or _paper_name(part) or TAGLINE.search(part))
                if not (ISSUE_NUMBER.fullmatch(part) or paper or READING_TIME.fullmatch(part) or _author_name(part)):
                    return None
    return None


def _gapped_stamp(line: str) -> bool:
    """Whether a line is a stamp's date and then its fields apart by wide gaps, its author's with the bio a blog gives
    ("27.01.2026   Автор: Гульмира Садыкова, детский стоматолог, стаж 14 лет   Время чтения: 5 мин   👁 2 915"; not
    a schedule's row, "12 августа 2025   Врач: Асхат Сейткали   Талонов: 40   Булаево, районная больница")."""
    parts = WIDE_GAP.split(line)
    return len(parts) > 1 and _timestamp(parts[0]) is not None and all(
        AUTHOR_WITH_BIO.fullmatch(part) or _stamp_field(part) or LABELLED_READING_TIME.fullmatch(part)
        for part in parts[1:]
    )


def _stamp_field(part: str) -> bool:
    """A stamp line's labelled field: its date labelled ("Жарияланған уақыты: 14 наурыз 2025, 16:08"), its author by
    name (perhaps with a place: "Авторы: Ақбота МҰСАҚЫЗЫ, Ақтөбе"; not a source's sentence: "Источник: в Павлодаре
    умерла пациентка"), its rubric, a counter."""
    return bool(_timestamp(part) or AUTHOR_FIELD.fullmatch(part) or _counter(part) or _stamp_rubric(part))


def _stamp_rubric(part: str) -> bool:
    """The rubric a stamp line may name among its fields, labelled so ("Рубрика: Здоровье"; not a schedule's
    "Регион: Туркестанская область")."""
    return bool(RUBRIC_LABEL.match(part)) and len(part.split()) <= LABELLED_RUBRIC_MAX_WORDS + 1


def _date_groups(date: re.Match) -> set[str]:
    """The names of a DATE match's groups that matched: which of its shapes it is."""
    return {key for key, value in date.groupdict().items() if value}


def _body(part: str) -> bool:
    """A state body's name, as gov.kz sets it beside a release's date for its author ("16 декабря 2025   Департамент
    Агентства по противодействию коррупции по городу Шымкенту", "... Шымкент қаласының денсаулық сақтау басқармасы")."""
    return _agency_sized(part) and bool(STATE_BODY.search(part))


def _agency_sized(name: str) -> bool:
    """Whether a line may be an agency's name: AGENCY_MAX_WORDS words at most, no sentence's mark last."""
    return len(name.split()) <= AGENCY_MAX_WORDS and _last_mark(name) not in SENTENCE_MARKS


def _stamp_parts(line: str) -> bool:
    """Whether a line has parts apart by bars, dots or wide gaps, as a stamp's fields are (most lines: no regex):
    "уақыты: 2025-10-16 20:18   дереккөзі: шыңжаң телевизиясы ...   редакторы: нұржан"."""
    return (("|" in line or "·" in line or "•" in line) and bool(STAMP_PARTS.search(line))) or "   " in line


def _author_of(part: str) -> bool:
    """An author's name and a known paper's after a comma, perhaps the correspondent's region after it: "Жанболат
    АУПБАЕВ, «Egemen Qazaqstan»", "Айман ЖҰМАҒАЛИ, «Egemen Qazaqstan», Маңғыстау облысы" (not a table's "Асель
    Жумабаева, «Городская поликлиника № 4»")."""
    name, *rest = part.split(", ")
    if not 1 <= len(rest) <= 2:
        return False
    return _author_name(name) and bool(_outlet_name_only(rest[0])) and (len(rest) == 1 or _byline_place(rest[1]))


def _author_in(part: str) -> bool:
    """An author's bare name, perhaps with the correspondent's region after a comma ("Нұрлан ӘБДІҒАЛИ, Алматы
    облысы")."""
    name, comma, place = part.partition(", ")
    return _author_name(name) and (not comma or _byline_place(place))


def _categories(part: str) -> bool:
    """A few categories apart by commas, each a word or two with a capital: "Клиника, Жаңалықтар"."""
    items = part.split(", ")
    return 1 < len(items) <= CATEGORIES_MAX and all(0 < len(item.split()) <= 2 and item[:1].isupper() for item in items)


CATEGORIES_MAX = 4


def _byline_place(part: str) -> bool:
    """The correspondent's place in a byline, after the name: a few words, capitalised ("Маңғыстау облысы")."""
    return len(part.split()) <= PLACE_MAX_WORDS and part[:1].isupper()


def _author_name(part: str) -> bool:
    """A person's bare name: two or three capitalised words of letters ("Ольга Кравченко", "Ерлан СЕЙІТҚАЛИ")."""
    words = part.split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w.rstrip(".").replace("-", "").isalpha() for w in words)


PLACE_MAX_WORDS = 3  # a correspondent's region after the paper in a byline: "Маңғыстау облысы"
SURNAME_ENDINGS = ("ов", "ова", "ев", "ева", "ёв", "ёва", "ин", "ина", "ын", "ына", "ский", "ская", "ұлы", "улы", "қызы",
                   "кызы", "енко")


def _byline_name(part: str) -> bool:
    """A person's name as a byline gives it, a surname among its words ("Айгуль Серикова", "АЙГУЛЬ СЕРИКОВА"): not a
    paper's name of two capitalised words ("Звезда Прииртышья", "ВЕЧЕРНИЙ КОСТАНАЙ")."""
    return _author_name(part) and any(word.casefold().endswith(SURNAME_ENDINGS) for word in part.split())


def _author_with_bio(line: str) -> bool:
    """A column's author with what they are, as its byline gives them ("Айгүл Жақсылықова, анестезиолог-реаниматолог,
    медицина ғылымдарының кандидаты"): a name with a surname, a comma, and none of the colon or quotes of a headline
    that quotes a speaker ("Алексей Цой, министр здравоохранения: «...»"), nor the age and sentences of a fund's
    appeal ("Алихан Сериков, 4 года, г. Караганда. Нейробластома IV стадии")."""
    name, comma, bio = line.partition(",")
    return bool(comma) and _byline_name(name.strip()) and not (
        any(mark in bio for mark in ':«"“') or any(map(str.isdigit, bio)) or ". " in bio
    )


def _counter(part: str) -> bool:
    """A stamp's counter, labelled or with its icon: "Просмотров: 1 318", "Қаралым: 1 127", "👁 842" (not a table's
    bare figure)."""
    words = TOKEN.findall(part.casefold())
    labels = [w for w in words if not w.isdigit()]
    return len(labels) < len(words) and bool(labels) and all(w in TIMESTAMP_WORDS or not w.isalnum() for w in labels)


def _year(date: re.Match) -> str:
    return next(value for key, value in date.groupdict().items() if key[0] == "y" and value)


def _running_head_name(line: str) -> str | None:
    """The newspaper's name in a printed page's running head (see _timestamp), or None."""
    # the name in quotes, else in capitals (not a rubric, "4   ЗДОРОВЬЕ   «Огни Алатау»   № 11 (2345)", nor a byline)
    parts = [
        part for part in RUNNING_HEAD_PARTS.split(line.strip())
        if not YEAR.search(part) and not _navigation_only(part) and not _byline_name(part)
    ]
    quoted = [part for part in parts if QUOTED_HEAD.match(part)]
    return next((canonical_outlet(name) for part in quoted or parts if (name := _paper_name(part))), None)


def _running_head_only(line: str) -> bool:
    """Whether a line is a printed page's running head with no date: the paper's name and its issue apart by wide
    gaps, perhaps after the page's number ("РУДНЫЙ АЛТАЙ      № 14 (20 517)", "5      ЕРТІС ӨҢІРІ      № 124 (20 108)";
    the date, on the next line, makes a stamp)."""
    parts = RUNNING_HEAD_PARTS.split(line.strip())
    if not 2 <= len(parts) <= 3 or not ISSUE_NUMBER.fullmatch(parts[-1]):
        return False
    return all(part.isdigit() and len(part) <= 3 for part in parts[:-2]) and _paper_name(parts[-2]) is not None


def _paper_name(part: str) -> str | None:
    """A newspaper's name in its running head: in quotes (perhaps before the word for a paper: "«Сарыағаш» газеті") or
    in capitals."""
    if quoted := QUOTED_HEAD.match(part.strip()):
        return quoted[1].strip() or None
    name = part.strip("«»\"“” ")
    return name if name and name.isupper() else None


def _valid_date(year: int, month: int, day: int, shown: str, where: str, warnings: list[str]):
    try:
        return datetime.date(year, month, day)
    except ValueError:
        warnings.append(f"impossible date {shown} in {where}, ignored")
        return None


def _date_of(match: re.Match, warnings: list[str], where: str):
    g = {k: v for k, v in match.groupdict().items() if v and k[0] in "ymd"}
    y, m, d = (next(g[k] for k in g if k[0] == part) for part in "ymd")
    month = int(m) if m.isdigit() else ROMAN_MONTHS.get(m) or MONTHS.get(_month_key(re.sub(r"\s+", " ", m.rstrip("."))))
    if match["d1"] and month and month > 12 >= int(d) and "/" in match[0]:  # 03/24/2025: the US order
        month, d = int(d), m
    if month is None:  # IGNORECASE matched a name that casefold spells otherwise (`APRİL`): no date
        return None
    year = int(y) if len(y) == 4 else _full_year(int(y))
    date = _valid_date(year, month, int(d), match[0], where, warnings)
    zoned = ZONED_TIME.match(match.string, match.end()) if date else None
    # a zone in figures after an ISO time ("T10:00+05:00"), a time with its seconds ("20:15:00 +0000"), apart from
    # its time or ahead of it ("22:00 +0000", "22:00+05:00"), not the second hour of a range ("10:00-12:00")
    zone = zoned["zone"] if zoned else None
    if zoned and (zoned["utc"] or zone == "Z" or zoned["t"] or zoned["seconds"] or zoned["apart"] or zone[:1] == "+"):
        zone = (zoned["zone"] or "Z").strip().replace(":", "")
        offset = datetime.timedelta()
        if zone != "Z":
            offset = int(zone[0] + "1") * datetime.timedelta(hours=int(zone[1:3]), minutes=int(zone[3:]))
        if abs(offset) < datetime.timedelta(hours=24):  # no zone is a day off or more: "+24:00" is no zone
            time = datetime.time(int(zoned["hour"]) % 24, int(zoned["minute"]) % 60, tzinfo=datetime.timezone(offset))
            date = kazakhstan_day(datetime.datetime.combine(date, time))
    return date


def _header_date(line: str, under_menu: bool, beside: tuple[str, ...] = (), menu: bool = True) -> str:
    """What a dated line above the headline is: "widget", the day of the visit (today's date, the weather, exchange
    rates; a weekday and a date without a time above the site's menu: "Четверг, 3 декабря 2026"; the clock beside
    uCoz's greeting of the visitor, or with its weekday beside another site's, one of the lines `beside` it); "weak",
    a weekday's date without a time that may be the article's, under the menu ("Денсаулық / 2025 жылғы 14 наурыз,
    жұма / headline") or with the weekday shortened as stamps do ("Пт, 14.03.2025"), or a paper's issue after its
    description ("городской еженедельник • № 20 (1543) • 22 мая 2025 г.") or beside it on a page with no site's
    `menu`, which dates the article when nothing else does; else "" (a stamp with its time, a newspaper's issue
    line)."""
    greeted = [found for other in beside if (found := VISITOR_GREETING.match(other))]
    dated = YEAR.search(line) and DATE.search(line)
    # (a stamp that says "today" before its time and its date is no widget: "Сегодня, 09:47 · 08 апреля 2026")
    today = TODAY_THEN_TIME.match(line) if dated else None
    if WIDGET.search(line[today.end() :] if today else line) or any(found["ucoz"] or WEEKDAY.search(line) for found in greeted):
        return "widget"
    if dated and ISSUE_NUMBER.search(line) and any(map(TAGLINE.search, RUNNING_HEAD_PARTS.split(line.strip()))):
        return "weak"  # a paper's current issue under its name, on every page of its site
    if not dated or TIME.search(line) or ISSUE_NUMBER.search(line):
        return ""
    if WEEKDAY.search(line):
        # (beside the issue's number, on a line of its own, on a page with no site's menu: a printed page's date of
        # issue, "5 маусым, 2025 жыл, бейсенбі" / "№ 44 (21105)"; a site prints today's date so above its menu, and a
        # page saved without its menu may keep the widget alone)
        # (or under the running head of its name and issue: "РУДНЫЙ АЛТАЙ      № 14 (20 517)")
        issue = not menu and any(ISSUE_NUMBER.fullmatch(other.strip()) or _running_head_only(other) for other in beside)
        return "weak" if under_menu or issue else "widget"
    return "weak" if SHORT_WEEKDAY.search(line) else ""


def _full_year(two_digits: int) -> int:
    """A two-digit year in this century unless that is more than a year ahead (18.05.99 is 1999)."""
    year = 2000 + two_digits
    return year if year <= datetime.date.today().year + 1 else year - 100


def _date_without_year(lines, title_at, body_start, warnings):
    """The date of a page whose stamp has no year, which a site prints for the year it is (by "14 марта, 10:15" or
    "Сегодня, 09:40" under the headline), or that has no stamp: the date in the page's own address where a line gives
    it ("Короткая ссылка: https://ru.sputnik.kz/20250318/...", or the address alone on a line above the headline, as
    a scraper saves it), else the stamp's day and month (or, with no stamp, the day and month of an agency's dateline
    opening the story: "АЛМАТЫ, 3 мар – Sputnik.") in the year of that address or of the footer's copyright line
    ("© 2004–2025 Zakon.kz"), or, before the footer, of the header's "today" strip (a stamp of "29 декабря" under
    "Сегодня: 2 января 2026" is of the year before). None when the page shows neither."""
    stamp = next((found for line in lines[max(title_at - 1, 0) : body_start + 1] if (found := YEARLESS_STAMP.match(line))), None)
    if stamp is None and body_start < len(lines):  # an agency's dateline without its year: "АЛМАТЫ, 3 мар – Sputnik."
        stamp = _agency_dateline(lines[body_start])
    link = next((found for line in lines if (found := PAGE_LINK.match(line))), None)
    if link is None:  # the page's own address alone on a line above the headline, as a scraper saves it (on its
        # first line, or, where the stamp gives its day, one that gives the same, or, where there is no stamp, the one
        # dated address above the headline among the page's first lines, under its logo: not a read-also item's or a
        # previous story's link over the headline, a photo's)
        above = lines[: max(title_at, 1)]
        addresses = [(i, found) for i, line in enumerate(above) if (found := PAGE_ADDRESS.fullmatch(line))]
        link = next(
            (
                found for i, found in addresses if found[0].count("://") <= 1
                and (i == 0 or _same_day(found, stamp) or (stamp is None and len(addresses) == 1 and i < LOGO_LINES))
                and not MEDIA_FILE.search(found[0])
            ),
            None,
        )
    if link and (day := _valid_date(*map(int, link.group("y", "m", "d")), link["path"], "the page's address", warnings)):
        return day
    if stamp is None or stamp["day"] is None:
        return None
    month = MONTHS.get(_month_key(stamp["month"].rstrip(".")))
    _, today = _today(lines, title_at)
    groups = stamp.groupdict()  # (an agency's dateline names no weekday)
    weekday = groups.get("weekday") or groups.get("weekday_after")
    if link:
        year = int(link["y"])
    elif today and month and weekday and (found := _year_of_weekday(stamp, month, weekday, today)):
        year = found  # the latest year in which the day fell on its weekday
    elif today and month:  # the visit's day and year in the header: the stamp's day is that day or before it (a day
        # a little after it is an old strip's; a leap day is of the latest leap year)
        day = int(stamp["day"])
        years = range(today.year, today.year - LEAP_YEARS, -1)
        found = next((found for year in years if (found := _valid_date(year, month, day, "", "", []))), None)
        year = found.year - (found > today + STRIP_LAG) if found else today.year
    else:  # a footer left at an old year says nothing of a story that names a later one
        signed = [int(year) for line in lines if line.startswith("©") for year in FOUR_DIGITS.findall(line)]
        named = [int(year) for line in lines[body_start:] if not line.startswith("©") for year in FOUR_DIGITS.findall(line)]
        year = max(signed, default=None)
        if year is not None and max(named, default=year) > year:
            return None
        if year and month and weekday:
            year = _year_of_weekday(stamp, month, weekday, datetime.date(year, 12, 31)) or year
    return _valid_date(year, month, int(stamp["day"]), stamp[0], "the stamp", warnings) if year and month else None


def _year_of_weekday(stamp: re.Match, month: int, weekday: str, latest: datetime.date) -> int | None:
    """The latest year, up to `latest` (or an old strip's lag after it), in which a yearless stamp's day fell on the
    weekday it gives ("Понедельник, 18 ноября" under a strip of 5 December 2025: 2024). A day's weekday moves on a day
    or two a year, so the years searched see each weekday once at most."""
    for year in range(latest.year, latest.year - WEEKDAY_YEARS, -1):
        found = _valid_date(year, month, int(stamp["day"]), "", "", [])
        if found and found <= latest + STRIP_LAG and found.weekday() == WEEKDAY_NUMBERS[weekday.casefold()]:
            return year
    return None


def _first_date(lines, kinds, body_start, title_at, warnings, written):
    """The article's stamp: the first under the headline (a stamp line, or a dated navigation or credit line:
    "... Новости Zakon.kz от 14.12.2025 13:03", "Фото: пресс-служба акимата 14.02.2020"); else the stamp line
    nearest above it, as a list of the latest news above the article dates each of its own headlines ("Обновлено"
    stamps after the others there); else a date on another line above the headline (a breadcrumb, a keyword line);
    else the first stamp line in the story (a post's, a print version's), or a publication's labelled stamp under the
    article's end (uCoz's "Добавил: redaktor (18.04.2025)" too); else the dateline or today's date opening the story
    (_lead_date); last, a date beside another story's headline above this one. A "today" widget in the header (a
    weekday, the weather, a clock beside the greeting of the visitor) above the headline shows the day of the visit,
    not of the article; a weekday's date that may be either dates it when nothing else does (see _header_date).
    `lines` are as dates are read in (_date_line), `written` as the page has them (a channel's audience may read in
    either)."""
    above: list[re.Match] = []  # stamp lines above the headline
    above_updated: list[re.Match] = []
    under_updated: list[re.Match] = []  # "Обновлено: ..." under the headline
    glued: list[re.Match] = []  # dates on other lines above the headline: a breadcrumb, a keyword line
    teasers: list[re.Match] = []  # ... and on another story's headline ("Корь в Атырау · 02.03.2025, 09:10")
    below: list[re.Match] = []  # stamp lines in the story: a post's or a print version's, or a comment's
    labelled: list[re.Match] = []  # ... those that say they are the publication's ("Жарияланған уақыты: ...")
    placed: list[re.Match] = []  # a place and day under the headline, where no stamp dates the page
    under_update: list[re.Match] = []  # ... those right under an update's paragraph, and no update's themselves
    last_update = -1  # the line of the last update's stamp
    foot: list[re.Match] = []  # a labelled publication stamp under the article's end ("Жарияланды: 03.10.2024")
    posted: list[re.Match] = []  # a channel's post's day in its footer: the first under the story is the story's
    weak: list[re.Match] = []  # a weekday's date above the headline that may be the article's (see _header_date)
    menu = next((i for i in range(title_at) if _site_menu(lines[i])), title_at)  # the site's menu, if any
    channel = None  # whether the page is a channel's (read from its head when a views line asks)
    for i, (line, kind) in enumerate(zip(lines, kinds)):
        if PRINTED.match(line) or (i <= 1 and kind == "junk" and PRINT_HEADER.match(line)):
            continue  # the day it was printed (a print header is the page's first line, perhaps under the header's)
        header = (
            _header_date(line, under_menu=i > menu, beside=tuple(lines[max(i - 1, 0) : i + 2]), menu=menu < title_at)
            if i < title_at else ""
        )
        if header == "widget":
            continue
        if header == "weak":
            weak.append(DATE.search(line))  # _header_date found it
            continue
        if i >= body_start and line.startswith("👁"):
            if channel is None:
                heads = (*lines[:body_start], *written[:body_start])  # (in the view, or as written)
                channel = any(CHANNEL_PAGE.search(head) or AUDIENCE_LINE.match(head) for head in heads)
            # under a channel's post: its views, its edit and its day ("👁 1.9K  edited  Aug 7, 2025 at 15:40"), its
            # day perhaps under its reactions or its time, as Telegram's page of one post prints them ("❤️ 214  👍 97" /
            # "16 Feb 2026", "edited  06:52" / "Jan 23, 2026")
            after = next((j for j in range(i + 1, len(lines)) if not _reactions_or_clock(lines[j])), len(lines))
            if channel and (match := _timestamp(line) or (after < len(lines) and _timestamp(lines[after]))):
                posted.append(match)
                continue
        if kind == "after" and PUBLISHED.match(line):
            if _foot_stamp(lines, i) and (match := _timestamp(line.strip(BULLETS))):
                foot.append(match)
            continue
        if kind in ("after", "signoff") and (added := ADDED_BY.search(line)):
            if match := _timestamp(added["stamp"]):
                foot.append(match)
            continue
        if kind == "signoff" and kinds[i - 1] == "signoff" and _author_name(lines[i - 1]) and (match := _timestamp(line)):
            foot.append(match)  # the day under the author's name that signs the story ("Анна БЕРЕЖНАЯ" / "14 мая 2024 г.")
            continue
        if kind == "ts" and _today_line(line):
            continue  # the header's "today" under the headline too (_today_under)
        if title_at < i <= body_start and not kind and _place_and_day(line) and (match := DATE.search(line)):
            placed.append(match)  # a release's place and day under its headline: "Астана, 14 января 2025 г."
            continue
        if kind == "ts":  # (a stamp told by its view's words: its date, as written, the first)
            match = _timestamp(line.strip(BULLETS)) or DATE.search(line)
        elif i < body_start and kind in ("junk", "nav", "credit"):
            match = DATE.search(line)
        else:
            continue
        if not match:
            continue
        updated = bool(UPDATED.match(line))  # "Обновлено: 14.03.2025": the article is older
        if updated and (published := PUBLISHED_LABEL.search(line)) and (day := DATE.search(line, published.end())):
            match, updated = day, False  # "Обновлено 08.08.2025 18:40 | Опубликовано 05.08.2025 09:15": the latter
        if updated:
            last_update = i
        if title_at < i < body_start:
            if not updated and (date := _date_of(match, warnings, "timestamp line")):
                return date  # under the headline: the article's own
            under_updated.append(match)
        elif i >= body_start:
            below.append(match)
            if PUBLISHED.match(line):
                labelled.append(match)
            if kind == "ts" and not updated and i - last_update <= UPDATE_LINES:
                under_update.append(match)
        elif kind == "ts" and not _in_feed(lines, i):  # (a feed's item: "16.09.2025  Ертіс жағалауы абаттандырылады")
            (above_updated if updated else above).append(match)
        else:
            (teasers if _is_title(TIME.sub("", DATE.sub("", line)).strip(" ·•|,-—–")) else glued).append(match)
    foot = foot if len(foot) == 1 else []  # one for the page: several are its comments' or other stories'
    # updates told above the story, each over its paragraph ("Жаңартылды: 09.07.2025, 20:10" / ...), the story's own
    # stamp right under the last (and older than the first): that stamp
    updates = [date for match in under_updated if (date := _date_of(match, [], ""))]
    original = [match for match in under_update if updates and (date := _date_of(match, [], "")) and date <= min(updates)]
    lead = _lead_date(lines[body_start]) if body_start < len(lines) else []
    candidates = [
        *original[:1], *under_updated, *reversed(above), *reversed(above_updated), *glued, *below, *foot, *posted[:1]
    ]
    yearless = [
        i for i in range(max(title_at - 1, 0), min(body_start + 1, len(lines)))
        if (found := YEARLESS_STAMP.match(lines[i])) and found["day"]
    ]
    if yearless:
        # a stamp by the headline gives its day without the year (_date_without_year): the dates above it are other
        # stories' ("19.01.2025 | ..." in a list of the latest news over "9 желтоқсан, дүйсенбі · 10:15"); under the
        # headline it is the article's, and the dates in the story are comments', those that say they are the
        # publication's aside; over the headline it may be the site's clock or a teaser's, and a stamp in the story
        # or under it comes first
        in_story = labelled if yearless[-1] > title_at else below
        candidates, weak, teasers = [*original[:1], *under_updated, *in_story, *foot, *posted[:1]], [], []
    for match in [*candidates, *placed[:1], *lead]:
        if date := _date_of(match, warnings, "timestamp line"):
            return date
    # (a weekday's date above the headline that is the day of the visit, under a stamp relative to it: "Среда, 19
    # ноября 2025" / ... / "Вчера, 18:40" / headline)
    if weak and (date := _relative_to_today(lines, kinds, title_at, body_start, warnings)):
        return date
    for match in [*weak, *teasers]:
        if date := _date_of(match, warnings, "timestamp line"):
            return date
    return None


def _lead_date(line: str) -> list[re.Match]:
    """The date with its year that the story's first paragraph opens with: its agency's dateline's ("Ақтөбе, 17
    маусым 2025 11:30. ҚазАқпарат –"), or today's ("Сегодня, 9 марта 2026 года, ...")."""
    dateline = _agency_dateline(line)
    if dateline and dateline["year"]:
        found = DATE.match(line, dateline.start("day"))
    else:
        found = (today := LEAD_TODAY.match(line)) and DATE.match(line, today.end())
    return [found] if found else []


def _agency_dateline(line: str) -> re.Match | None:
    """An agency's dateline opening a line (LEAD_DATELINE), its place capitalised and its agency a known outlet or in
    capitals, before the dash or right after it: not a recap's "Напомним, 12 мая 2023 года в больнице умерла женщина
    – ..." or "Еске салайық, 5 мамыр 2023 жылы – Шымкентте ...")."""
    found = LEAD_DATELINE.match(line)
    if not found or not all(word[:1].isupper() for word in found["place"].split()):
        return None
    agency = (found["agency"] or "").strip()
    if agency:
        return found if _agency_name(agency) else None
    after = KNOWN_OUTLET.match(line, found.end()) or AGENCY_AFTER_DASH.match(line, found.end())
    return found if after and line[after.end() : after.end() + 1] in (".", ",") else None


def _agency_name(name: str) -> bool:
    """Whether a dateline's name is an agency's: a known outlet's, or in capitals ("KAZINFORM")."""
    return bool(KNOWN_OUTLET.fullmatch(name)) or name.isupper()


def _relative_to_today(lines, kinds, title_at, body_start, warnings) -> datetime.date | None:
    """A stamp line by the headline relative to the day of the visit ("Вчера, 18:05", "2 сағат бұрын"), when the
    header's "today" strip above it gives that day with its year ("Сегодня: 12 марта 2026, четверг", "Жұма, 15 мамыр
    2026"): the day it names (not a lead's "Вчера в 23:40 ...", the event's day). A "today" line under the headline
    dates the story itself when no stamp under it is relative: the day the page was saved, as near as it tells."""
    strip, today = _today(lines, title_at)
    under = today is None and (found := _today_under(lines, kinds, title_at, body_start, warnings)) is not None
    if under:
        strip, today = found
    stamps = [i for i in range(strip + 1, body_start) if kinds[i] == "ts"] if today else []
    # the headline's own: the nearest, under it on a tie (not a feed's item above it)
    for i in sorted(stamps, key=lambda i: (abs(i - title_at), i < title_at)):
        core = lines[i].strip(BULLETS)
        if word := RELATIVE_DAY.match(core):
            return today - datetime.timedelta(days=DAYS_BEFORE_TODAY[word[0].casefold()])
        if RELATIVE_STAMP.match(core):  # "2 сағат бұрын", "40 минут назад": today, or the day before the strip's clock
            return _before_the_clock(lines[strip], core, today)
    # days ago right under or over the headline ("3 күн бұрын"; not a feed's items further up, each under its own)
    beside = [lines[i].strip(BULLETS) for i in (title_at + 1, title_at - 1) if today and strip < i < body_start]
    if ago := next((found for line in beside if (found := DAYS_AGO.match(line))), None):
        return today - datetime.timedelta(days=int(ago[1]))
    return today if under else None


def _before_the_clock(strip: str, stamp: str, today: datetime.date) -> datetime.date:
    """The day a stamp of hours or minutes ago means, counted back from the clock right after the date in the header's
    strip of today, perhaps across midnight ("Сенбі, 1 ақпан 2025 | 01:40" over "3 сағат бұрын": 31 January); today
    without one (a clock further on is a prayer's time or the weather's update: "... | Таң намазы 05:47")."""
    day, ago = DATE.search(strip), AGO.match(stamp)
    clock = STRIP_CLOCK.match(strip, day.end()) if day else None
    if not (clock and ago):
        return today
    hours, minutes = map(int, clock[1].split(":"))
    hourly = ago[2][0].casefold() in "чсh"
    back = datetime.timedelta(hours=int(ago[1])) if hourly else datetime.timedelta(minutes=int(ago[1]))
    return (datetime.datetime.combine(today, datetime.time(hours, minutes)) - back).date()


def _today_under(lines, kinds, title_at, body_start, warnings) -> tuple[int, datetime.date] | None:
    """The header's "today" under the headline ("Сегодня: 10 апреля 2026, пятница", no time) and its day."""
    for i in range(title_at + 1, body_start):
        if kinds[i] == "ts" and _today_line(lines[i]) and (found := DATE.search(lines[i])):
            if day := _date_of(found, warnings, "today line"):
                return i, day
    return None


def _today_line(line: str) -> bool:
    """A stamp line that is the header's "today", with no time: "Сегодня: 10 апреля 2026, пятница"."""
    return bool(TODAY_WORD.match(line)) and not TIME.search(line)


def _same_day(address: re.Match, stamp: re.Match | None) -> bool:
    """Whether a dated address gives the day a stamp without a year gives."""
    if stamp is None or stamp["day"] is None:
        return False
    month = MONTHS.get(_month_key(stamp["month"].rstrip(".")))
    return (int(address["m"]), int(address["d"])) == (month, int(stamp["day"]))


def _today(lines, title_at) -> tuple[int, datetime.date | None]:
    """The header's "today" strip above the headline and the day it gives with its year ("Сегодня: 12 марта 2026,
    четверг", "Жұма, 15 мамыр 2026"), or (-1, None)."""
    strip = next(
        (i for i in range(title_at) if (WIDGET.search(lines[i]) or WEEKDAY.search(lines[i])) and YEAR.search(lines[i])),
        None,
    )
    found = DATE.search(lines[strip]) if strip is not None else None
    today = _date_of(found, [], "") if found else None
    return (strip, today) if today else (-1, None)


def _foot_stamp(lines: list[str], i: int) -> bool:
    """Whether a publication stamp under the article's end is the page's own: a stamp's length, not under another
    story's headline or a reader's name ("Ержан" / "Опубликовано: 23.04.2025 15:02")."""
    above = lines[i - 1] if i else ""
    words = above.split()
    reader = 0 < len(words) <= 2 and all(word[:1].isupper() for word in words)
    return len(lines[i]) <= NAVIGATION_MAX_CHARS and not reader and not _headline_item(above)


def _is_body(line: str) -> bool:
    """Whether a line may open the story: a sentence, not a menu ending in "...", a header's place and day, a trail,
    or a reading time ending in a full stop ("Время чтения: 3 мин." under the stamp)."""
    return len(line.split()) >= BODY_MIN_WORDS and not _bar_list(line) and (
        line.rstrip(CLOSERS)[-1:] in ".;:…" or len(line) > TITLE_MAX_CHARS or bool(_attribution(line)[0])
    ) and not _menu(MORE_SIGN.sub("", line)) and not _place_and_day(line) and not LABELLED_READING_TIME.fullmatch(line) and (
        not _breadcrumb(line)  # a trail ending in a place's shortened kind: "Баспасөз орталығы / ... / Астана қ."
    )


def _place_and_day(line: str) -> bool:
    """A header's place and day, which ends in "г." or "ж." as a sentence ends, alone or after the logo across a wide
    gap: "Актобе, 21 октября 2025 г.", "JAS ALASH — jasalash.kz        Сәрсенбі, 15 қаңтар 2025 ж." """
    if not line.endswith(("г.", "ж.")):
        return False
    return any(len(day) <= PLACE_AND_DAY_MAX_CHARS and DATE.search(day) for day in (line, WIDE_GAP.split(line)[-1]))


def _bar_list(line: str) -> bool:
    """A list of names apart by bars, perhaps after its label: "Аудандар: Ақсу | Алакөл | ... | Талдықорған қ." (a
    menu, not the story's first paragraph)."""
    items = line.split(" | ")
    return len(items) >= MENU_MIN_ITEMS and all(0 < len(item.split()) <= MENU_MAX_ITEM_WORDS for item in items[1:])


def _is_title(line: str) -> bool:
    words = line.split()
    first = LEADING_SYMBOLS.sub("", line[:TAIL_CHARS], count=1)[:1]  # after any emoji: "💉 В Павлодарской области ..."
    return (
        len(words) >= TITLE_MIN_WORDS
        and len(line) <= TITLE_MAX_CHARS
        # a capital, or a letter of a script without case (Kazakh in Arabic letters)
        and ((first.isalpha() and not first.islower()) or first.isdigit() or first in "«\"“'")
        and line.rstrip(CLOSERS)[-1:] not in ".,;:"
        and not (len(words) <= 4 and line.isupper() and _last_mark(line) != "?")  # a rubric or a banner, not "ПОЧЕМУ?"
        and not HEAD_JUNK.search(FIELD_LABEL.sub("", line, count=1))  # (a subject's line may be the headline)
        and not (len(words) <= CHAPTER_MAX_WORDS and CHAPTER.match(line))
        and not _menu(line)
        and not TAGLINE.search(line)
        and not SITE_BY_ADDRESS.fullmatch(line)
        and not GOV_BANNER.match(line)
        and not (QUOTED_NAME_BEFORE.match(line) and PAPER_TAGLINE.search(line))  # "«Дидар» – ... облыстық газеті"
        and not _site_name_and_tagline(line)
        and not _dotted_items(line)
        and not (CRUMB_ARROW.search(line) and _breadcrumb(line))  # "Аудан өмірі » Денсаулық" (round 146b)
        and not _today_widget(line)
        and not _header_day(line)
        # (a stamp in words: "Опубликовано двадцать первого августа 2025 года")
        and not (PUBLISHED.match(line) and YEAR.search(line) and MONTH_NAME.search(line))
        and not WEEKDAY_AND_DAY.fullmatch(TODAY_LABEL.sub("", line, count=1))  # "Бүгін: 16 ақпан, дүйсенбі"
        and not YEARLESS_STAMP.match(line)  # a stamp without its year: "9 желтоқсан, дүйсенбі · 10:15"
        and not _places(line)
        and not SECTION_NUMBER.match(line)  # a numbered section's heading or a contents' item: "1. Қызылша қандай ауру?"
        and not ISSUE_NUMBER.match(line)  # a paper's issue number, alone or with its day: "№ 41 (20218) от ..."
        and not _button_pair(line)
        and not _labelled_rubric(line, len(words))
        and not GREETING.match(LEADING_SYMBOLS.sub("", line, count=1))  # "❗️Құрметті ... тұрғындары!", an appeal's
        and not ("." in line[-8:] and NAME_AND_DOMAIN.fullmatch(line))  # "«Уральская неделя» — uralskweek.kz"
    )


def _capitals_over_byline(lines, kinds, i, body_start) -> bool:
    """Whether line i is a headline in capitals right over its author's name and its stamp, the story under them
    ("МЫҢДАҒАН СӘБИДІ ҚАБЫЛДАҒАН МЕЙІРІМДІ АЛАҚАН" / "Мәди СЕРІКҚАЛИЕВ" / "14.05.2025   Қаралды: 642" / story): more
    words than a rubric's, no slogan's dash ("ДЕНІ САУ ҰРПАҚ – ЕЛ БОЛАШАҒЫ"), no other headline under the stamp (a
    banner over the byline: "ГОД РАБОЧИХ ПРОФЕССИЙ В КАЗАХСТАНЕ")."""
    line = lines[i]
    return (
        line.isupper() and len(line.split()) > PRINTED_RUBRIC_MAX_WORDS and " – " not in line and " — " not in line
        and i + 3 == body_start and _author_name(lines[i + 1]) and kinds[i + 2] == "ts"
    )


def _short_headline_in_capitals(lines, kinds, body_start) -> int | None:
    """Where no line is the headline, a few words in capitals between the stamp and the story ("2024 жылғы 18 қазан" /
    "ПЕРЗЕНТХАНАДА ЖАҢА БӨЛМЕЛЕР АШЫЛДЫ" / story): a district paper's headline (a rubric or a banner stands over the
    stamp, not under it; on a printed page, a rubric in capitals stands over the headline, under the stamp and the
    issue's number: "№ 41 (20218)" / "ПРОБЛЕМА" / "ИНСУЛИН ПО ГРАФИКУ")."""
    i = body_start - 1
    if i < 1 or kinds[i]:
        return None
    above = i - 1
    if above >= 1 and kinds[above] in ("", "junk") and lines[above].isupper() and (
        len(lines[above].split()) <= PRINTED_RUBRIC_MAX_WORDS
    ):
        above -= 1  # the page's rubric (perhaps known as one: "ДЕНСАУЛЫҚ")
    while above >= 1 and ISSUE_NUMBER.fullmatch(lines[above].strip()):
        above -= 1
    if kinds[above] != "ts":
        return None
    line = lines[i]
    if not (TITLE_MIN_WORDS <= len(line.split()) <= 4 and line.isupper()) or _last_mark(line) == "!":
        return None  # (an appeal is no headline: "ҚҰРМЕТТІ АУДАН ТҰРҒЫНДАРЫ!")
    return None if HEAD_JUNK.search(line) or _menu(line) else i


def _join_broken_capitals(lines: list[str], glued: list[bool]) -> None:
    """Joins a headline in capitals broken over two or three short lines printed one under the other, blank lines
    around them, as a narrow column or a printed page sets it ("ЛЕКАРСТВО" / "ПО РАСПИСАНИЮ", "НАРКОЗ У
    СТОМАТОЛОГА:" / "СОН БЕЗ РИСКА?"), into one line; not the page's first lines (a logo), nor a menu one item a line."""
    i = 1
    while i < len(lines) - 1:
        if glued[i] or not glued[i + 1] or not lines[i].isupper():  # (most lines: the cheap tests first)
            i += 1
            continue
        end = i + 1
        while end < len(lines) and glued[end] and end - i < BROKEN_HEADLINE_MAX_LINES:
            end += 1
        if _byline_name(lines[end - 1]):
            end -= 1  # the author's name in capitals under it: "АЙГҮЛ СЕЙІТОВА"
        part = lines[i:end]
        if (
            end - i >= 2 and (end == len(lines) or not glued[end] or _byline_name(lines[end]))
            and all(_broken_capitals(line) for line in part)
            and not any(_last_mark(line) in ".!?…;" for line in part[:-1])
            and len(" ".join(part).split()) >= TITLE_MIN_WORDS
        ):
            lines[i:end] = [" ".join(part)]
            del glued[i + 1 : end]
        i += 1


def _broken_capitals(line: str) -> bool:
    """A short line in capitals that may be part of a headline: no menu's, date's, credit's or tagline's ("14 НАУРЫЗ
    2026", "ФОТО: ДАНИЯР ЕСЕНОВ", "ОБЛЫСТЫҚ ҚОҒАМДЫҚ-САЯСИ ГАЗЕТ" under its logo)."""
    return (
        line.isupper() and len(line.split()) <= BROKEN_HEADLINE_LINE_MAX_WORDS and not _navigation_only(line)
        and not DATE.search(line) and not TIME.search(line) and not CREDIT.search(line) and not TAGLINE.search(line)
        and not any(mark in line for mark in "|/•·[")
    )


def _labelled_rubric(line: str, words: int) -> bool:
    """A section's label and its value, no headline: "Регионы: Омская область", "Рубрика: Здоровье за неделю",
    "Рубрика «Спасибо, доктор»" (not "Казахстан: корь отступает", nor Aidar speaking: "Айдар: Ең қиыны – күту
    болды")."""
    if words > SECTION_MAX_WORDS:
        return False
    label, colon, value = line.partition(":")
    if not colon and (quoted := QUOTED_RUBRIC.fullmatch(line)):  # its value in quotes: "Рубрика «Спасибо, доктор»"
        return quoted[1].casefold() in SECTION_LABELS
    label = label.strip().casefold()
    return bool(colon) and (label in SECTION_LABELS or (words <= LABELLED_RUBRIC_MAX_WORDS and label in RUBRIC_LABELS))


def _button_pair(line: str) -> bool:
    """Two buttons set wide apart, a site's toolbar ("Проверить статус застрахованности      Личный кабинет
    поставщика"): a few capitalised words each, no sentence (a menu has three items or more, see _menu)."""
    if "   " not in line:  # most lines: no regex
        return False
    items = WIDE_GAP.split(line.strip())
    return len(items) == 2 and all(
        item[0].isupper() and 2 <= len(item.split()) <= MENU_MAX_ITEM_WORDS and item[-1].isalpha() for item in items
    )  # (of two words or three each: a place's name set apart before a headline, "Шымкент      Қызылша ...", is none)


def _header_day(line: str) -> bool:
    """A header's day, a place or "today" before a date ("Астана, 14 апреля 2026", "Бүгін: 16 наурыз 2026 жыл,
    дүйсенбі"): no headline ("Выборы 15 марта 2026", "Коронавирус: 31 декабря 2019 года" may be one)."""
    if not (YEAR.search(line) and (date := DATE.search(line))):
        return False
    label = HEADER_DAY_LABEL.match(line)
    if not (label and label.end() <= date.start() and (label[2] == "," or WIDGET.search(label[1]))):
        return False
    rest = DATE.sub(" ", line[label.end() :])
    return not [t for t in TOKEN.findall(rest.casefold()) if t.isalpha() and t not in STAMP_EXTRA_WORDS and t not in WEEKDAYS]


YEAR_WORDS = frozenset(["года", "год", "г", "жылғы", "жыл", "жылы"])  # a date's word for its year: "2026 жылғы 29 наурыз"


def _today_widget(line: str) -> bool:
    """A header's strip of the day: the city's weather and today's day ("Петропавл  🌤 +14°   Бүгін: 3 қыркүйек,
    сейсенбі", "Сегодня, 12 марта 2026 г.   -4°C   Павлодар", "Алматы, 19 января 2026 — сегодня: -11 °C, смог"), no
    headline; without a year, no date reads it."""
    if "°" not in line or not (WEATHER.search(line) or WEATHER_THEN_PLACE.search(line)):  # most lines: no weather
        return False
    # (the city before its temperature or after it, or, beside "today" and the date with its year, anywhere)
    today = bool(TODAY_WORD.search(line))
    dated = bool(YEAR.search(line)) and today
    day_named = today or bool(WEEKDAY.search(line) or SHORT_WEEKDAY.search(line))
    for rest in (WEATHER.sub(" ", line), WEATHER.sub(" ", WEATHER_THEN_PLACE.sub(" ", line))):
        tokens = [token for token in TOKEN.findall(rest) if not token.isdigit() and token.isalnum()]
        months = [_month_key(token.casefold()) in MONTHS for token in tokens]
        # (the wind's words count beside today's date or a weekday's: "... жел 8 м/с | Бүгін: 26 желтоқсан", "Вт, 27
        # мая · Актау +24° · Ветер СЗ 9 м/с"; жел is no month there)
        windy = day_named and any(month for token, month in zip(tokens, months) if token.casefold() not in WIND_WORDS)
        other = [
            token for token, month in zip(tokens, months)
            if not (month or (folded := token.casefold()) in WEEKDAYS or folded in SHORT_WEEKDAYS
                    or folded in WEATHER_WORDS
                    or (windy and folded in WIND_WORDS)
                    or folded in TIMESTAMP_WORDS or folded in YEAR_WORDS or WIDGET.search(folded))
        ]
        # (not a headline's month and place: "Температура 15 января опустилась до -42°", "Рекорд 12 июля 2025 года:
        # +47°", with no "today")
        if not other or (
            dated and any(months) and len(other) == 1 and other[0][0].isupper()
        ):
            return True
    return False


def _dotted_items(line: str) -> bool:
    """Short items set apart by dots: a rubric and a region by the headline ("Оқиға • Қызылорда облысы", "Общество ·
    Алматы"); a few capitalised words each, no sentence. Above the story only: in it, such a line is a list of the
    story's ("Терапевт · Педиатр · Гинеколог")."""
    if "•" not in line and "·" not in line:  # most lines: no regex
        return False
    items = RUBRIC_DOTS.split(line)
    return len(items) >= 2 and all(
        0 < len(item.split()) <= RUBRIC_ITEM_MAX_WORDS and item[0].isupper() and item[-1].isalnum() for item in items
    )


def _menu(
    line: str, min_items: int = MENU_MIN_ITEMS, max_item_words: int = MENU_MAX_ITEM_WORDS, bullets: bool = True
) -> bool:
    """A menu line (MENU_GAP): its one word from the story (a rubric, `Коронавирус`) must not make it a headline. A
    share bar is no menu. Its label ("☰ Мәзір:") and the widgets at its end ("Алматы +4°C", "₸ USD 525.6") are
    none of its items. With `bullets`, its items may be apart by bullets (BULLET_GAP); without, only from its home
    item on."""
    # (each item in brackets, as a text browser saves links: "[Новости] [Семей] [Здоровье] [Афиша]")
    bracketed = line.startswith("[") and BRACKET_MENU.fullmatch(line)
    items = BRACKET_ITEM.findall(line) if bracketed else MENU_GAP.split(line)
    min_items = min(min_items, MENU_MIN_ITEMS) if bracketed else min_items  # (the brackets say they are links)
    if len(items) < min_items and (bullets or HOME_CRUMB.match(line)):
        items = BULLET_GAP.split(line)
    if len(items) < min_items:  # most lines
        return False
    if not items[-1][:1].isupper() or "°" in items[-1]:  # a widget at its end (rates, or a city's weather)
        items = [item for item in items if not MENU_WIDGET.fullmatch(item)]
    if items and ":" in items[0] and MENU_LABEL.fullmatch(LEADING_SYMBOLS.sub("", items[0], count=1)):
        items = items[1:]
    if len(items) < min_items or SHARE_FIRST.match(line):
        return False
    if all(_menu_entry(item, max_item_words) for item in items):
        return True
    # a header saved on one line: the logo glued before the first item, the day's date after the last ("Уральская
    # неделя uralskweek.kz Новости  Общество  ...  Видео Понедельник, 19 февраля 2024")
    inner = items[1:-1]
    if (
        len(inner) >= HEADER_MENU_MIN_ITEMS and all(_menu_entry(item, max_item_words) for item in inner)
        and len(items[0].split()) <= LOGO_MAX_WORDS + 1 and bool(DATE.search(items[-1]))
    ):
        return True
    # ... or the logo, its address and what it is before the menu's first item ("Спектр  spectr.com.kz  Семейская
    # городская газета  Главная  Новости  Город  ...")
    # (an address's path is no item: "Хабар 24  24.kz/kz  Жаңалықтар  ...", its "kz" a language's)
    first = next(
        (k for k, item in enumerate(items[1 : HEADER_LEAD_ITEMS + 1], 1)
         if _navigation_only(item) and _menu_entry(item, max_item_words)),
        None,
    )
    menu = items[first:] if first else []
    return len(menu) >= HEADER_MENU_MIN_ITEMS and all(_menu_entry(item, max_item_words) for item in menu)


def _menu_entry(item: str, max_item_words: int) -> bool:
    """A menu's item: a few words opening with a capital, or with a letter of a script without case (a language
    switcher's "中文")."""
    first = item[:1]
    return (
        (first.isupper() or (first.isalpha() and not first.islower()))
        and len(item.split()) <= max_item_words and item[-1] not in ".!?:;,"
    )


def _content_stems(text: str) -> set[str]:
    """The words that tie a headline to its lead, compared by their first letters so that inflection (Шымкентте,
    Шымкент; детская, детей) does not hide them, and a compound's by its parts; short words and section names tie
    nothing."""
    return {
        folded[:TIE_STEM_CHARS]
        for word in words(text)
        for part in (word.split("-") if "-" in word else (word,))  # школу-гимназию, школы-гимназии
        if len(part) >= TIE_MIN_CHARS and (folded := fold(part)) not in NAVIGATION_WORDS
    }


def _tie(line: str, lead: set[str]) -> float:
    """The share of a line's content words that come back in the lead."""
    stems = _content_stems(line)
    return len(stems & lead) / len(stems) if stems else 0.0


def _headline_over_its_deck(above: str, stems: set[str], deck: str, lead: set[str]) -> bool:
    """Whether a line is the headline over a shorter deck that ties the lead more, though the lead repeats one word of
    it only: a word the deck shares with it too ("Медсестры на пределе: почему каждая вторая медсестра в Казахстане
    думает об увольнении" over "Исследование показало, что у 58% медсестер ..."; not a photo's caption, a kicker or
    another story's headline above a short headline, which share none of its words, nor a banner: "🔥 Акция ...").
    `stems`: the line's _content_stems."""
    if len(above.split()) <= len(deck.split()) or LEADING_SYMBOLS.match(above):
        return False
    return bool(stems & _content_stems(deck) & lead)


def _lead(lines, kinds, body_start, paragraphs: int = LEAD_PARAGRAPHS) -> set[str]:
    story = [line for line, kind in zip(lines[body_start:], kinds[body_start:]) if not kind]
    return _content_stems(" ".join(story[:paragraphs]))


def _headline(lines, kinds, body_start, candidates, in_menus) -> int | None:
    """The headline among the title-shaped lines above the body: the first whose words come back in the lead
    about as much as any line's (at least `TIE_SHARE_OF_BEST` of the best tie; a subheadline under the headline
    may tie even more). A menu line, a banner, a widget, a logo's alt text or a byline has no such tie: None
    when no line has one."""
    if not candidates:  # no lead to read then
        return None
    # the page's trail from home ends in its headline ("Главная / Здоровье / Полтора часа до новой жизни")
    # (longer than a section's or a series' name: "Главная / Спецпроекты / Люди в белых халатах" names a kicker)
    # (its parts apart by wide gaps under a label; its last one perhaps cut short, "...")
    crumbs = [_trail(line) for line in lines[: candidates[-1]] if HOME_CRUMB.match(line)]
    trails = [
        last for parts in crumbs
        if len(parts) > 1 and len((last := parts[-1].strip()).split()) > CRUMB_MAX_PART_WORDS
        and not COURT_NAME.match(last)  # (a court's page: its name last, set over its news, is no headline)
    ]
    # (not a series' name the trail ends in, over the story's own headline, "Как живут сельские врачи" / "Фельдшер из
    # Шахана: ..."; a headline's deck under it is longer)
    named = next((i for i in candidates for last in trails if _ends_trail(lines[i], last)), None)
    if named is not None and not (
        named + 1 in candidates and len(lines[named + 1].split()) < DECK_MIN_WORDS
        and len(lines[named].split()) <= SERIES_NAME_MAX_WORDS
    ):
        return named
    # the browser's title bar gives the headline, its site after it ("Өңірлерге анестезиолог неге бармайды? -
    # Egemen.kz" over the headline and its deck, whose words the lead may take up more)
    barred = next((
        i for i in candidates
        if len(lines[i].split()) >= TAB_HEADLINE_MIN_WORDS and any(_bar_over(bar, lines[i]) for bar in lines[:i])
    ), None)
    if barred is not None:
        return barred
    lead = _lead(lines, kinds, body_start)
    # (a court in the trail is the site's unit, its name as a heading over its news: "Алматинский районный суд г.
    # Астаны" under "Главная / Суды / ... / Алматинский районный суд г. Астаны / Новости", or last in the trail)
    units = {part.strip().casefold() for parts in crumbs for part in parts[1:] if COURT_NAME.match(part.strip())}
    ties = [0.0 if lines[i].strip().casefold() in units else _tie(lines[i], lead) for i in candidates]
    # The site's own menu ends its header: a tied line under it is the headline, not the name of the site's owner
    # above it ("Управление здравоохранения Актюбинской области" over a hospital's menu)
    # (the last menu, on one line or one item a line, above the first stamp: a strip of tags or a toolbar under the
    # headline's stamp is no such end; nor is a strip of today's date above the menu, "Бүгін: 01.09.2025, дүйсенбі
    # Ауа райы: +29°C", which has no clock)
    end = next(
        (i for i in range(candidates[-1]) if kinds[i] == "ts" and not (WIDGET.search(lines[i]) and not TIME.search(lines[i]))),
        candidates[-1],
    )
    menu = next(
        (i for i in range(end - 1, -1, -1) if i in in_menus or (kinds[i] in ("", "junk") and _site_menu(lines[i]))), None
    )
    if menu is not None and any(tie for i, tie in zip(candidates, ties) if i > menu):
        candidates, ties = zip(*[(i, tie) for i, tie in zip(candidates, ties) if i > menu])
    # a banner opens with an emoji ("🔴 Корь в Атырауской области: все новости"): a plain tied line is the headline
    if any(tie and not LEADING_SYMBOLS.match(lines[i]) for i, tie in zip(candidates, ties)):
        ties = [0.0 if LEADING_SYMBOLS.match(lines[i]) else tie for i, tie in zip(candidates, ties)]
    best = max(ties, default=0.0)
    if best == 0:
        return None
    chosen = next(i for i, tie in zip(candidates, ties) if tie >= TIE_SHARE_OF_BEST * best)
    if _names_only(lines[chosen]):
        # a rubric or a breadcrumb of places ("Усть-Каменогорск и ВКО", "Маңғыстау » Жаңаөзен") ties through its
        # names: a tied headline under it wins
        chosen = next(
            (i for i, tie in zip(candidates, ties) if i > chosen and tie >= TIE_SHARE_OF_BEST * best
             and not _names_only(lines[i])),
            chosen,
        )
    # a feature's short headline (in capitals, perhaps) over a deck of sentences ("УЛЫБКА ПОД НАРКОЗОМ" / "В
    # Талдыкоргане детям ... начали лечить зубы во сне. Лечение по ОСМС ..."; not a kicker over a headline)
    if chosen and _short_headline(lines[chosen - 1], kinds[chosen - 1]) and _sentences(lines[chosen]) and (
        len(lines[chosen].split()) >= SHORT_HEADLINE_DECK_MIN_WORDS
    ):
        return chosen - 1
    # a photo's short caption under its credit, above the headline over its stamp ("Сурет: ... баспасөз қызметі" /
    # "Кардиохирургтар ота кезінде" / headline / "09.09.2024, 11:30"; not a short headline under a photo's credit
    # over its deck, which is as long as decks are)
    after = chosen + 1
    if kinds[chosen - 1 : chosen] == ["credit"] and after in candidates and kinds[after + 1 : after + 2] == ["ts"]:
        caption, headline = len(lines[chosen].split()), len(lines[after].split())
        if caption <= CAPTION_MAX_WORDS < headline < DECK_MIN_WORDS and ties[candidates.index(after)]:
            return after
    # a deck under its headline sums the whole story up and ties far more; the headline above it, of most of its
    # length or asking ("ТЕГІН ДӘРІ НЕГЕ ЖЕТПЕЙДІ?"; not a rubric's kicker, "Коронавирус в Казахстане:
    # главное"), still shares some of the lead's words
    above = chosen - 1
    deck = len(lines[chosen].split())
    # (a shorter line may be a headline, and the line above it a long kicker; not where both stand under the stamp,
    # the headline over its deck)
    under_stamp = kinds[above - 1 : above] == ["ts"]
    share = DECK_LENGTH_SHARE if deck >= DECK_MIN_WORDS or under_stamp else KICKER_LENGTH_SHARE
    # (its words perhaps only further on: "Смерть роженицы в Атырау: Минздрав направил комиссию, полиция начала
    # расследование" over a deck that retells the lead's first hours)
    if above in candidates and not _names_only(lines[above]) and (
        len(lines[above].split()) >= share * deck or _last_mark(lines[above]) == "?"
    ):
        headline = _content_stems(lines[above])
        tied = len(headline & lead) >= HEADLINE_MIN_TIED_WORDS
        if tied or _headline_over_its_deck(lines[above], headline, lines[chosen], lead):
            return above
        # (not over a headline set as one, "Тема: ...": the line above is a caption or a kicker)
        if not KICKER_COLON.match(lines[chosen]) and (
            len(headline & _lead(lines, kinds, body_start, STORY_PARAGRAPHS)) >= HEADLINE_MIN_TIED_WORDS + 1
        ):
            return above
    # ... and a deck of sentences ("... исполняется 90 лет. В ее стенах работали ...") stands under a headline of one,
    # however few of the headline's words the lead repeats (a feature's headline plays on words); so does a deck under
    # an interview's headline that is a quotation from it, whose words are the speaker's, not the lead's ("«Нам
    # сказали: это обычная процедура»" / "Родители мальчика ... рассказали, что произошло")
    if above in candidates and not _names_only(lines[above]) and len(lines[above].split()) >= TITLE_MIN_WORDS:
        if _sentences(lines[chosen]) and not _sentences(lines[above]):
            return above
        # (words the story says: not a series' or a rubric's name in quotes, «Люди в белых халатах»; or, over a deck,
        # a whole clause an interview's speaker says, whose words the lead's introduction need not repeat but the
        # answers do: «Я одна на три села, и уходить мне некуда» over "Фельдшер из Теректинского района — о работе без
        # врача ...", not an epigraph or a reader's quoted comment over a long headline)
        if QUOTATION.fullmatch(lines[above]) and not QUOTATION.fullmatch(lines[chosen]):
            quoted = _content_stems(lines[above])
            if len(quoted & _lead(lines, kinds, body_start, STORY_PARAGRAPHS)) >= HEADLINE_MIN_TIED_WORDS or (
                deck >= DECK_MIN_WORDS and len(lines[above].split()) >= QUOTED_HEADLINE_MIN_WORDS
                and len(quoted & _lead(lines, kinds, body_start, len(lines))) >= HEADLINE_MIN_TIED_WORDS
            ):
                return above
    return chosen


def _gap_trail(line: str) -> bool:
    """A trail from home of a few parts ("Главная   Здоровье   В Темиртау ..."), which is no headline itself."""
    return bool(HOME_CRUMB.match(line)) and len(_trail(line)) >= CRUMB_MIN_PARTS


def _short_headline(line: str, kind: str) -> bool:
    """A feature's short headline that _is_title leaves out or ties with no lead: two to six words in capitals, or
    asking or exclaiming, no stop, no rubric's, menu's, byline's or day's ("ГОРОД БЕЗ ХИРУРГА", "ҚЫЗЫЛША ҚАЙТА
    ОРАЛДЫ!"; not "Талдыкорган, Текели", "Четверг, 3 октября", "Здоровье нации" over a page's first paragraph)."""
    words = line.split()
    return (
        not kind
        and SHORT_HEADLINE_MIN_WORDS <= len(words) <= SHORT_HEADLINE_MAX_WORDS
        and line[:1].isupper()
        and (line.isupper() or _last_mark(line) in "?!")
        and _last_mark(line) not in ".,;:"
        and not WEEKDAY_AND_DAY.search(line)
        and not _navigation_only(line)
        and not HEAD_JUNK.search(line)
        and not _menu(line)
        and not _byline_name(line)  # "Айнұр БЕКМҰРАТОВА" over the deck
    )


def _sentences(line: str) -> bool:
    """Whether a line holds two sentences: a full stop after a word that is no abbreviation ("им. акад. Сызганова",
    "в г. Алматы"), then a capital. (A headline's "Осторожно, корь! В Атырау ..." is one exclamation.)"""
    return any(
        len(word := found[1]) >= 3 and word.casefold() not in ABBREVIATIONS for found in DECK_SENTENCES.finditer(line)
    )


def _trail(line: str) -> list[str]:
    """A trail's parts, apart by its arrows or slashes, or by wide gaps ("Вы здесь:  Главная  ...", "Home  Nation
    ...")."""
    parts = CRUMB_JOINER.split(line)
    if len(parts) == 1 and (label := HOME_CRUMB.match(line)):
        parts = GAP.split(line[line.index(":") + 1 :].strip() if ":" in label[0] else line)
    return parts


def _ends_trail(line: str, last: str) -> bool:
    """Whether a line is the headline a trail ends with, in full or cut short."""
    if (cut := TRAILING_DOTS.search(last)) is None:
        return line == last
    return line.startswith(last[: cut.start()]) and len(line) > cut.start()


def _names_only(line: str) -> bool:
    """A short line of capitalised words and the words joining them: a rubric's places, a widget's name; or a line
    naming an akimat (AKIMAT_LINE)."""
    words = line.split()
    return len(words) <= NAMES_ONLY_MAX_WORDS and _last_mark(line) != "?" and (
        all(word[:1].isupper() or word.casefold() in NAME_JOINERS for word in words) or bool(AKIMAT_LINE.match(line))
    )


def _headline_under_author(lines, kinds, body_start) -> int | None:
    """An opinion column's headline under its author's block: under the column's rubric (Мнения, Пікір), a name
    line (two or three capitalised words), one paragraph of the author's bio (taken for the body's start), then the
    headline and the story it ties to. (Without the rubric, a byline, a lead and a subheading look the same.)"""
    at = body_start + 1
    if body_start == 0 or at + 1 >= len(lines) or kinds[at] or kinds[at + 1] or kinds[body_start - 1]:
        return None
    if not any(line.strip(" :|").casefold() in OPINION_RUBRICS for line in lines[: body_start - 1]):
        return None
    name = lines[body_start - 1].split()
    capitalised = all(word[0].isupper() and word[1:].islower() for word in name)
    if not (capitalised and AUTHOR_MIN_WORDS <= len(name) <= AUTHOR_MAX_WORDS):
        return None
    if len(lines[body_start].split()) > BIO_MAX_WORDS or not _is_title(lines[at]) or not _is_body(lines[at + 1]):
        return None
    return at if _tie(lines[at], _lead(lines, kinds, at + 1)) > 0 else None


def _headline_in_image(lines, kinds, body_start) -> tuple[int, str] | None:
    """A page with no headline in its text, whose cover image's alt text is one ("[Сурет: Түнгі кезекшілік: ...]"
    over a photo story): a title-shaped alt text with the story's stamp beside it (right above it, or under it
    perhaps after a credit), as a headline has, that ties to the lead. (Under a headline, or over a post, an
    image's alt text describes the picture.) Its line, and the alt text."""
    lead = _lead(lines, kinds, body_start)
    for i in range(body_start):
        image = IMAGE_ALT.fullmatch(lines[i]) if not kinds[i] and "ts" in kinds[max(i - 1, 0) : i + 3] else None
        if image and _is_title(alt := image["alt"].strip()) and _tie(alt, lead) > 0:
            return i, alt
    return None


def _glued_headline(line: str) -> list[str] | None:
    """A headline and the lead printed as one line ("...өмірін сақтап қалдыШымкент қалалық ..."): split where a
    lower-case letter runs into a capitalised word, when the part before reads as a headline tied to the rest."""
    for glue in GLUE.finditer(line, 0, TITLE_MAX_CHARS):
        head, rest = line[: glue.start()], line[glue.start() :]
        if _is_title(head) and _is_body(rest) and _tie(head, _content_stems(rest)) > 0:
            return [head, rest]
    return None


def _take_teaser_links(lines, glued, kinds):
    """A bare "Читайте также:" label takes the linked headlines printed right under it; a tags label ("Теги",
    "Облако тегов") the line of tags right under it, a list of short items, no sentence (a headline or a lead under a
    menu item "Тегтер" stays)."""
    for i, kind in enumerate(kinds):
        below = i + 1
        if kind == "junk" and below < len(lines) and not kinds[below] and glued[below] and TAGS_LABEL.match(lines[i]):
            if _last_mark(lines[below]) not in SENTENCE_MARKS and _tag_list(lines[below]):
                kinds[below] = "junk"
            continue
        if kind != "teaser" or not _bare_label(lines[i]):
            continue
        for j in range(i + 1, min(i + 4, len(lines))):
            if kinds[j] or lines[j].rstrip(CLOSERS)[-1:] == "." or (j > i + 1 and not glued[j]):
                break
            kinds[j] = "teaser"


def _bare_label(line: str) -> bool:
    """Whether a teaser's line is its label alone ("Читайте также:", "ГЛАВНОЕ ЗА ДЕНЬ"), no headline after it."""
    return len(TEASER.strip(line).strip(" :-—")) <= 1


def _take_post_links(lines, kinds, body_start) -> None:
    """A blog's links to the posts before and after this one, each headline under its word ("Previous" / headline /
    "Next" / headline; the newest post's "Previous" alone): teasers. (The words alone, "Previous" / "Next", are a
    gallery's buttons; over figures, a table's column.)"""
    for i in range(body_start + 1, len(lines) - 1):  # (above the story, a "Келесі" button is no post's link)
        if POST_LINK.fullmatch(lines[i]) and _is_title(lines[i + 1]) and _last_mark(lines[i + 1]) not in HEADLINE_STOPS:
            kinds[i : i + 2] = ["teaser"] * 2


def _take_link_lists(lines, glued, kinds, body_start):
    """Below the story's start, a label ("Ещё новости", "Популярное", "ТАКЖЕ НА ЭТОЙ НЕДЕЛЕ") over two or more
    headlines of other stories, one a line (each perhaps under its time), is a list of links: teasers, and so is its
    label. (A list inside the story follows a sentence or a subheading that announces it, and is the story's.)"""
    i = body_start + 1
    while i < len(lines):
        end = i + 1
        if not kinds[i] and (dated := _dated_list(lines, i + 1, lambda: _lead(lines, kinds, body_start))):
            # a label in small letters over other stories each under its date, newest first ("Другие отзывы" /
            # "11.03.2025  Отзыв серии ..."; a story's chronology runs forward)
            kinds[i : i + 1 + dated] = ["teaser"] * (1 + dated)
            end = i + 1 + dated
        elif kinds[i] in LABEL_KINDS or (not kinds[i] and (_label(lines[i]) or SMALL_LABEL.fullmatch(lines[i]))):
            # a label in small letters that a story's subheading may be too ("Latest"): only over a feed's items
            small = not kinds[i] and not _label(lines[i]) and bool(FEED_LABEL.fullmatch(lines[i]))
            items = []  # each may have its time or date line above it ("12:05")
            # a teaser label has taken its first few items already (see _take_teaser_links); the rest of its list is
            # printed right under them, not after a blank line (a subheading of the story, "Симптомы кори у детей"),
            # unless each item is apart with its stamp under it (a TV site's videos: headline / stamp / duration)
            taken = ("teaser",) if kinds[i] == "teaser" else ()
            dated = bool(TEASER.search(lines[i]))  # its items may carry their dates, not a subheading's rows
            while end < len(lines) and (
                kinds[end] in ("junk", "ts", *taken)
                or (kinds[end] in ("", "signoff") and _headline_item(lines[end], dated, _cut_run(lines, end))
                    and (not taken or glued[end] or any(_timestamp(line) for line in lines[end - 2 : end])))
            ):
                if kinds[end] not in ("junk", "ts"):
                    items.append(end)
                end += 1
            # under a list's label in capitals, timed items are a feed's only newest first (a programme runs forward)
            feed = not small or all(FEED_TIME.match(lines[j]) for j in items)
            if len(items) >= LINK_LIST_MIN_ITEMS and feed and (taken or _feed_order(lines[j] for j in items)):
                kinds[i] = kinds[i] or "teaser"
                for item in items:
                    kinds[item] = "teaser"
            else:  # no list under it ("Поделиться: ..."): the last list's label it passed over before its one item,
                # else that item, may head one ("Популярное", "Другие новости больницы")
                first = items[0] if items else end
                passed = [j for j in range(i + 1, first) if kinds[j] == "junk" and TEASER.search(lines[j])]
                end = passed[-1] if passed else first
        i = end


def _cut_run(lines: list[str], i: int) -> bool:
    """Whether the line before line i or the one after it ends cut short too ("..."), as a list's headlines do."""
    return lines[i - 1].endswith(CUT) or (i + 1 < len(lines) and lines[i + 1].endswith(CUT))


def _dated_list(lines: list[str], start: int, lead: Callable[[], set[str]]) -> int:
    """How many lines from `start` on are other stories' headlines, each after its date and newest first, under a
    short label at `start - 1`; 0 when fewer than LINK_LIST_MIN_ITEMS are, or their dates run forward."""
    label = lines[start - 1]
    if len(label.split()) > LABEL_MAX_WORDS or _last_mark(label) in ".!?…;,":
        return 0
    dates = []
    for line in lines[start:]:
        found = DATE.match(line)
        rest = line[found.end() :].strip(" ·|–—-") if found else ""
        if not (found and (day := _date_of(found, [], "list")) and len(rest) <= LINK_MAX_CHARS and _is_title(rest)):
            break
        dates.append(day)
    if len(dates) < LINK_LIST_MIN_ITEMS:
        return 0
    newest_first = all(later >= earlier for later, earlier in zip(dates, dates[1:])) and dates[0] > dates[-1]
    # ... of other stories: a story's own timeline, newest first, tells its lead's event ("Ребенка перевели в
    # реанимацию областной больницы" under "Врачи областной больницы спасли ребенка")
    stems = lead()
    ties = [_tie(DATE.sub("", line), stems) for line in lines[start : start + len(dates)]]
    timeline = sum(ties) / len(ties) >= TIMELINE_TIE
    return len(dates) if newest_first and not timeline else 0


def _feed_order(items: Iterable[str]) -> bool:
    """Whether the times items open with, if they do, run newest first, as a feed's do (a programme's run forward:
    "10:00   Открытие форума", "11:00   Пленарное заседание"; a list of videos under "Смотрите также" gives their
    lengths, in no order, and is a teaser label's)."""
    times = [(int(found[1]), int(found[2])) for item in items if (found := FEED_TIME.match(item))]
    return all(later >= earlier for later, earlier in zip(times, times[1:]))


def _label(line: str) -> bool:
    """A list's label in capitals ("ТАКЖЕ НА ЭТОЙ НЕДЕЛЕ"); one in small letters is a teaser label (boilerplate.toml)
    or a subheading of the story ("Симптомы кори"), whose list is the story's."""
    return len(line.split()) <= LABEL_MAX_WORDS and line.isupper() and _last_mark(line) not in SENTENCE_MARKS


def _in_feed(lines: list[str], i: int) -> bool:
    """Whether a line is an item of a news feed: its time or its date first ("21.01.2025 В Астане ожидаются морозы"),
    as the line above or below it has."""
    return bool(FEED_ITEM.match(lines[i])) and any(0 <= j < len(lines) and FEED_ITEM.match(lines[j]) for j in (i - 1, i + 1))


def _headline_item(line: str, dated: bool = False, cut_run: bool = False) -> bool:
    """A line that reads as another story's headline: a bullet or number at most before it, a link after it, and,
    `dated`, under a label of such lists, its date ("В Шымкенте школьников начнут проверять на сколиоз   5 сентября
    2024", or in brackets; under a story's subheading, a chronology's rows are the story's) or its words cut short,
    after its time, or in one clause beside another line cut so (`cut_run`: "В Экибастузе открылся новый кардиоцентр
    для..."; a sentence of the story under a link may end so: "Врачи почти час боролись за жизнь ребенка...", and
    quotes under a subheading in capitals do)."""
    head, *date = WIDE_GAP.split(line.strip(), 1) if dated else [line]
    if date and _timestamp(date[0]):
        line = head
    elif dated and line.endswith(")") and (paren := DATE_IN_BRACKETS.fullmatch(line, line.rfind("("))) and _timestamp(
        paren[1]
    ):
        line = line[: paren.start()].rstrip()  # "• В Экибастузе откроют новый кардиоцентр (10 марта 2026 г.)"
    if COLUMNS.search(FEED_TIME.sub("", line, count=1)):  # a table's row (a feed's time may stand apart)
        return False
    if line.startswith("|") and _table_row(line):  # ... or a Markdown table's, its bars at both ends
        return False
    item = LINK_AFTER.sub("", LIST_MARK.sub("", FEED_TIME.sub("", line, count=1), count=1))
    if dated and item.endswith(CUT) and (FEED_TIME.match(line) or (cut_run and "," not in item)):
        item = item.rstrip(".…").rstrip()  # a headline the site cut short, timed or beside another cut so
    return (
        bool(item)
        and len(item) <= LINK_MAX_CHARS
        and _is_title(item)
        and (_last_mark(item).isalnum() or item[-1] == "?")
        and not INNER_STOP.search(item)  # one sentence, no stop inside (but a question)
    )


def _mark_summaries(lines, glued, kinds) -> None:
    """A site's machine summary (SUMMARY_HEADING) and a poll (POLL_HEADING, with POLL_RESULTS under it), each with
    its lines printed under it up to a blank line, are junk. A box of the story's points above its first paragraph
    (SUMMARY_HEADING's `box`) is junk if a machine wrote it, else its heading is and its points are "point" lines:
    no headline, no story's first paragraph (parse_document makes them text under the headline, furniture above
    it, as the rest of a page's head). Points bulleted or numbered end at the first line that is not one, but for a
    note that a machine wrote them: a page saved without blank lines has its headline right under them."""
    for i, line in enumerate(lines):
        summary = len(line) <= SUMMARY_HEADING_MAX_CHARS and SUMMARY_HEADING.match(line)
        # (the colon or the length first: tests in C that most lines fail)
        colon = ":" in line[:POLL_LABEL_CHARS]
        if not (summary or (colon or len(line) <= POLL_LABEL_CHARS) and POLL_HEADING.match(line)):
            continue
        end, box = i + 1, bool(summary and summary["box"])
        if box and any(not kinds[j] and _is_body(lines[j]) for j in range(i)):
            continue  # "Главное" over a paragraph of the story: the story's own heading
        noted = False
        if summary and end < len(lines) and _box_point(lines, glued, kinds, end):
            while end < min(len(lines), i + 1 + SUMMARY_MAX_LINES) and _box_point(lines, glued, kinds, end):
                end += 1
            noted = end < len(lines) and glued[end] and bool(SUMMARY_NOTE.search(lines[end]))
            end += noted
        else:
            while end < min(len(lines), i + 1 + SUMMARY_MAX_LINES) and glued[end]:
                end += 1
            if box and not (i + 1 < end <= i + 1 + SUMMARY_BOX_MAX_LINES and end < len(lines)):
                continue  # a word alone over a page's glued lines (a menu's "Главное"), not a box set apart
        if box and not (summary["machine"] or noted):
            kinds[i : end] = ["junk"] + ["point"] * (end - i - 1)
        elif summary or (
            any(POLL_RESULTS.search(lines[j]) for j in range(i, end)) if colon else _poll_under(lines[i + 1 : end])
        ):
            kinds[i:end] = ["junk"] * (end - i)


def _poll_under(lines) -> bool:
    """Whether lines under a poll's heading alone on its line are its question and answers, a mark before each, and
    its results."""
    answers = sum(1 for line in lines[1:] if POLL_ANSWER.match(line))
    voted = any(POLL_RESULTS.search(line) for line in lines)
    return bool(lines) and _last_mark(lines[0]) == "?" and answers >= POLL_MIN_ANSWERS and voted


def _box_point(lines, glued, kinds, i) -> bool:
    """Whether line i goes on a box's points: bulleted or numbered, right under the line above, nothing else yet."""
    return glued[i] and not kinds[i] and bool(SUMMARY_POINT.match(lines[i]))


def _mark_ads(lines, glued, kinds, body_start) -> None:
    """An advertisement in the story ([ads] in boilerplate.toml): its label, its lines and its closing label or rule
    are junk, and so is the rule that opens its box right under the label (a label over no such block stays as it
    was)."""
    for i in range(body_start, len(lines)):
        if not AD_LABEL.match(lines[i]):
            continue
        run = i + 1  # the lines glued under the label, up to a blank line
        while run < min(i + 1 + AD_MAX_LINES, len(lines)) and glued[run]:
            run += 1
        # (with the advertiser's legal line, "... erid: 5KwQmzR2vTc", long lines are the ad's)
        legal = any(AD_LEGAL.search(line) for line in lines[i + 1 : run])
        end, said = i + 1, legal
        if end < run and AD_RULE.match(lines[end]):  # a box under the label ("Реклама" / "─────" / ... / "─────"):
            # its lines down to its closing rule, however long, where one of them says what an ad says
            close = next((j for j in range(end + 1, run) if AD_RULE.match(lines[j])), None)
            if close is not None and (legal or any(AD_SIGNS.search(line) for line in lines[end + 1 : close])):
                kinds[i : close + 1] = ["junk"] * (close + 1 - i)
                continue
        while end < run:
            if AD_LABEL.match(lines[end]) or AD_RULE.match(lines[end]):
                end, said = end + 1, True
                break
            signed = bool(AD_SIGNS.search(lines[end]))
            if not (signed or legal) and len(lines[end]) > AD_MAX_CHARS:
                break  # a story's line: the block ends above it
            end, said = end + 1, said or signed
        if said:
            kinds[i:end] = ["junk"] * (end - i)


def _body_start(lines, kinds) -> int:
    """The first line that may open the story (see _is_body), or the end; not the headline cut short in an app's bar,
    printed in full under it ("В Майкаине открыли врачебную амбулаторию…" over "В Майкаине открыли врачебную
    амбулаторию: в посёлок приехали два молодых врача")."""
    opening = (i for i, k in enumerate(kinds) if not k and _is_body(lines[i]) and not _cut_title(lines, i))
    return next(opening, len(lines))


def _cut_title(lines: list[str], i: int) -> bool:
    """Whether line i is a headline cut short ("…") with the headline in full a few lines under it."""
    line = lines[i]
    if not line.endswith(CUT) or len(line) > TITLE_MAX_CHARS:
        return False
    start = TRAILING_DOTS.sub("", line)
    return len(start) >= CUT_TITLE_MIN_CHARS and any(
        later.startswith(start) and len(later) > len(line) for later in lines[i + 1 : i + 1 + CUT_TITLE_LINES]
    )


def _mark_captions_over_headline(lines, glued, kinds, body_start) -> bool:
    """A photo's caption of sentences glued over its credit, atop the page (above any line of the story): the headline
    under the credit, over its stamp, perhaps after a byline ("Новое здание ... в Павлодаре. В первый же день ..." /
    "Фото: пресс-служба акимата" / headline / "Ольга Кириленко, Павлодар" / "7 ноября 2024, 17:20"). Its sentences
    would open the story, or be taken for the headline. A line that ends in a full stop and is longer than the line
    under the credit is a caption, whatever it says; one that is not, or has no full stop last, only where the story
    under the stamp repeats its words no more than the headline's: a headline of two sentences over its credit and
    its deck ("В Алматы открыли центр ... Первых пациентов приняли в понедельник" / "Фото: ..." / "Центр рассчитан на
    двести детей в год") stays the headline. (A caption without a full stop is one anywhere, see _mark_by_position.)
    Looked for down to `body_start`, the story's first line as it was (the caption itself, perhaps); whether any was
    found."""
    found = False
    for i in range(min(body_start + 1, len(lines) - 3)):
        headline = i + 2
        if (
            not kinds[i]
            and kinds[i + 1] == "credit"
            and glued[i + 1]
            and len(lines[i]) <= CAPTION_MAX_CHARS
            and (_last_mark(lines[i]) == "." or _sentences(lines[i]))
            and not kinds[headline]
            and _is_title(lines[headline])
            and _last_mark(lines[headline]) not in ".…"
            and not _byline_name(lines[headline].partition(",")[0])  # "Ольга Кириленко, Павлодар"
        ):
            under = range(headline + 1, headline + 1 + CAPTION_STAMP_LINES)
            stamp = next((j for j in under if kinds[j : j + 1] == ["ts"]), None)
            # (not under the page's own headline and stamp: a related item's headline is under the lead's credit)
            if stamp is not None and not any(kinds[j] == "ts" and _is_title(lines[j - 1]) for j in range(1, i)):
                longer = len(lines[i].split()) > len(lines[headline].split())
                story = _lead(lines, kinds, stamp + 1)
                if (_last_mark(lines[i]) == "." and longer) or _tie(lines[headline], story) >= _tie(lines[i], story):
                    kinds[i], found = "caption", True
    return found


def _mark_drawn_boxes(lines, kinds, body_start) -> bool:
    """A widget drawn in a box of box-drawing lines above the story (opening above `body_start`), none of its lines a
    sentence or a headline ("┌────┐" / "│ ГАЗЕТТІҢ СОҢҒЫ САНЫ │" / "│ № 16 (20 541), 07.02.2026 │" / "└────┘"): junk
    (its issue's date had dated the story); whether any was found. A box of the story's figures, or one that holds the
    headline, stays."""
    found = False
    for i, line in enumerate(lines[:body_start]):
        if not line.startswith("┌"):
            continue
        end = next((j for j in range(i + 1, min(i + 2 + AD_MAX_LINES, len(lines))) if lines[j].startswith("└")), None)
        box = lines[i + 1 : end] if end else []
        inside = [row.strip("│ ") for row in box]
        if inside and all(row.startswith("│") for row in box) and not any(
            (_last_mark(part) in ".!?" and len(part.split()) >= BODY_MIN_WORDS)
            or (_is_title(part) and not any(map(str.isdigit, part)))  # (a headline; not "Жазылу индексі: 65 421")
            for part in inside
        ):
            kinds[i : end + 1], found = ["junk"] * (end + 1 - i), True
    return found


def _mark_boxed_ads(lines, glued, kinds) -> None:
    """An advertisement boxed by two rules, anywhere on the page (above the story too, where its sentences would open
    the story): junk. Its label is first in the box, perhaps with its first words after a bar ("******" / "ЖАРНАМА  |
    Жаңа смартфон ...!" / its lines / "******"), or right above it ("Жарнама" / "╔═════╗" / its lines / "╚═════╝"),
    or set in the first rule, the site's slot for ads ("─── РЕКЛАМА ───" / its lines / "──────"). No line is a
    story's paragraph, and what it says is an ad's: its slot's, its words after the label or an ad's signs (a price,
    a phone). (A story on medicines' advertising may head a part of it "Реклама" between rules.)"""
    for i in range(len(lines) - 2):
        top = i  # the box's first line, or its label's above it
        if AD_RULE.match(lines[i]) and i and AD_LABEL.match(lines[i - 1]) and glued[i]:
            top, first, slot, said = i - 1, i + 1, False, True
        elif AD_RULE.match(lines[i]):
            label, _, words = lines[i + 1].partition("|")
            if not AD_LABEL.match(label.strip()):
                continue
            first, slot, said = i + 2, False, bool(words.strip())
        elif AD_RULED_LABEL.match(lines[i]):  # "───────── РЕКЛАМА ─────────"
            first, slot, said = i + 1, True, True
        else:
            continue
        end = next((j for j in range(first, min(first + AD_MAX_LINES, len(lines))) if AD_RULE.match(lines[j])), None)
        # (the slot's box is its lines glued together: an empty slot over the story's paragraphs boxes none of them,
        # though they give prices)
        if end is None or (slot and not all(glued[first : end + 1])):
            if slot:
                kinds[i] = "junk"  # the empty slot
            continue
        signed = [bool(AD_SIGNS.search(line)) for line in lines[first:end]]
        short = all(len(line) <= BOXED_AD_MAX_CHARS or sign for line, sign in zip(lines[first:end], signed))
        if short and (said or any(signed)):
            kinds[top : end + 1] = ["junk"] * (end + 1 - top)


def _mark_footer_addresses(lines, glued, kinds):
    """An address line ("Мекенжайы: Астана қ., ...") printed with the footer's lines (a copyright, a registration,
    the editor, the phone) is the newsroom's, and with an advertisement's (its licence, its warning) the
    advertiser's; one among a story's practical lines (its opening hours, a photo's credit) is where to go."""
    for i, line in enumerate(lines):
        if kinds[i] or not (address := ADDRESS_LINE.match(line)):
            continue
        near = [j for j in (i - 1, i + 1) if 0 <= j < len(lines) and glued[max(i, j)]]
        # (a list of branches, "Адреса:", only beside junk: a story's own list may stand by its photo's credit)
        if any(kinds[j] == "junk" or (address["one"] and kinds[j] == "credit" and "©" in lines[j]) for j in near):
            kinds[i] = "junk"


def _table_row(line: str, wide: bool = False) -> bool:
    """Whether a line is a table's row: cells apart by bars or tabs (or by wide gaps, as a text table aligns them:
    "20   Астана   112,9"), one of them a figure ("Северо-Казахстанская область | 318,6 | +12,7%"; not a gallery's
    caption with its photo's number, "Операционный блок | 2")."""
    cells = (GAP if wide else TABLE_CELLS).split(line.strip(" |"))
    figures = [cell for cell in cells if FIGURE_CELL.fullmatch(cell)]
    return len(cells) >= 2 and bool(figures) and (
        len(cells) >= 3 or any(len(cell) >= 3 or not cell.isdigit() for cell in figures)
    )


def _mark_by_position(lines, glued, kinds):
    """Captions above credits (not a channel post's sentences above its source: "... разбили стёкла. Нападавший
    задержан 👮" over "Источник: pavlodarnews.kz", on a page with a post's views and time), sign-offs after the last
    sentence (not a sentence without its stop: a post's last line, "Родители, не оставляйте детей у воды 🙏"), a
    closing teaser paragraph."""
    for i in range(len(lines) - 1):
        if (
            not kinds[i]
            and kinds[i + 1] == "credit"
            and glued[i + 1]
            and len(lines[i]) <= CAPTION_MAX_CHARS
            and lines[i].rstrip(CLOSERS)[-1:] != "."
            # a table's last row over its source (aligned by wide gaps, under a row aligned so: a caption may have a
            # gap before its photo's year)
            and not (_table_row(lines[i]) or (i and _table_row(lines[i], wide=True) and _table_row(lines[i - 1], wide=True)))
            # ... and a list's last item under the others ("• Атырау облысы – 139,6" over "Дереккөз: ҰСБ")
            and not (i and LIST_ITEM.match(lines[i]) and LIST_ITEM.match(lines[i - 1]))
            # (the page's lines read for a post's footer only here, where a caption over a source is in question)
            and not (STORY_SOURCE.match(lines[i + 1]) and _sentences(lines[i]) and any(map(POST_FOOTER.match, lines)))
        ):
            kinds[i] = "caption"
    content = [i for i, k in enumerate(kinds) if not k]
    # a line's stop, not an abbreviation's dot closing a short address ("Астана қ.", "г. Караганда, ул. Ленина 1.")
    # (nor a date's, the year shortened: "14 мая 2024 г." under the author's name that signs the story)
    ends = [i for i in content if _last_mark(lines[i]) in ".!?…:;" and not (
        len(lines[i].split()) <= SIGNOFF_MAX_WORDS and (
            lines[i][-3:-1].casefold() in ABBREVIATION_ENDS and ABBREVIATED_END.search(lines[i][-ABBREVIATION_TAIL_CHARS:])
            or _timestamp(lines[i])
        )
    )]
    if ends:
        for i in content:
            if i > ends[-1] and len(lines[i].split()) <= SIGNOFF_MAX_WORDS and not LIST_ITEM.match(lines[i]) and not (
                _unstopped_sentence(lines[i])
            ):
                kinds[i] = "signoff"
            elif i > ends[-1] and "|" in lines[i] and _site_menu(lines[i], bullets=False):
                kinds[i] = "junk"  # a menu below the story, however long: a union's regional branches, one a region
        last = ends[-1]
        if CLOSING_TEASER.match(lines[last]) and lines[last][-1] not in ":;" and not SENTENCE_BREAK.search(lines[last]):
            kinds[last] = "teaser"


def _unstopped_sentence(line: str) -> bool:
    """A sentence whose stop an emoji stands for: words, a comma between them, and an emoji last ("Ата-аналар,
    балаларға тек қайнаған су беріңіздер 🙏"), not a sign-off's name or a call to share."""
    words = line.split()
    return (
        len(words) >= UNSTOPPED_MIN_WORDS and "," in line and bool(CLOSING_PICTOGRAPH.search(line))
        and words[0].strip(",.!:").casefold() not in CALLS_TO_READERS
    )


def _last_mark(line: str) -> str:
    """The character a line ends with, past closing quotes and brackets and any emoji after them."""
    last = line.rstrip(CLOSERS)[-1:]
    if last.isalnum() or last in SENTENCE_MARKS:  # nearly every line
        return last
    return TRAILING_SYMBOLS.sub("", line[-TAIL_CHARS:]).rstrip(CLOSERS)[-1:]  # the tail: a run of symbols is cheap


def _attribution(line: str) -> tuple[str | None, bool]:
    """The outlet a line attributes its story to, and whether the attribution cites another outlet rather than
    naming the page's own: "как передает ТАСС", "Kazinform хабарлағандай", or an agency abroad without its
    reporter ("Бұл туралы ТАСС агенттігі хабарлайды"; "/Корреспондент ТАСС/" is the agency's own page)."""
    if not _MAY_ATTRIBUTE(line):
        return None, False
    found = []
    # In a line in Latin letters (Kazakh in Latin, English) any capitalised word looks like a name: only a known
    # name, a domain or a quoted one is the publisher there ("dep habarlady Respýblıkalyq ortalyq" names none).
    names = OUTLET_NAME if CYRILLIC_LETTER.search(line) else STRICT_OUTLET_NAME
    for match in ATTRIBUTION.finditer(line):
        if name := names.match(line, match.end()):
            cited = bool(CITING.search(line, max(0, match.start() - CITING_CHARS), match.start()))
            found.append((match.start(), name[0], cited, bool(REPORTER.search(match[0]))))
            break
    for match in ATTRIBUTION_AFTER.finditer(line):
        name = NAME_BEFORE.search(line, max(0, match.start() - NAME_BEFORE_CHARS), match.start())
        before = max(0, name.start() - THIS_REPORTED_CHARS) if name else 0
        own = not name or not name["quoted"] or (
            OWN_REPORTER.search(match[0]) and not THIS_REPORTED.search(line, before, name.start())
        )  # (quoted, only the paper's own reporter: not "Бұл туралы «Алматы» телеарнасының тілшісі хабарлады")
        if name and own:
            named = name["quoted"] or name[0].strip()
            found.append((name.start(), named, bool(CITED_AFTER.search(match[0])), bool(REPORTER.search(match[0]))))
            break
    if not found:
        return None, False
    _, name, cited, reporter = min(found)
    outlet = canonical_outlet(name)
    return outlet, cited or (outlet in ABROAD and not reporter)


def _outlet(lines, kinds, views, promoted: set[str]) -> str | None:
    """The publisher: the first outlet `_outlets_named` gives, in its order (a news reader's card by the headline,
    a forwarded post's outlet, an institution's legal name atop its site, a logo its copyright line signs, a paper's
    note about itself, the site's own promotion, a known name alone as the page's first line, the site's registration
    as a medium; then datelines ("АСТАНА. KAZINFORM – ..., пишет Inbusiness.kz") and attributions; then logos,
    channels, mastheads and copyright lines; then names in the navigation and credits, the terms for quoting the
    site, the newsroom's e-mail and a share button's link; last, the outlets the story cites, "как передает ТАСС").
    An outlet a reprint names as its source ("По материалам Sputnik Казахстан", "Перепечатка: газета «...»") is not
    the publisher, even where the lead attributes the story to it, unless it is a known outlet and the only one the
    page names (its own site left no trace)."""
    sources = {  # (a part of a stamp line apart by a bar: "13.02.2026 09:15 | Просмотров: 486 | Источник: Интерфакс")
        found
        for line in lines
        for part in (STAMP_PARTS.split(line) if _stamp_parts(line) else (line,))
        if SOURCE.search(part) and len(part.split()) <= SOURCE_MAX_WORDS and (found := _masthead_name(part))
    }
    card, logo = _card(lines, kinds), _logo(lines, kinds, views)
    # a site names itself to its readers ("Подпишитесь на Telegram-канал Informburo"): its "Источник:" line is its own
    promoted = _promoting_itself(promoted, lines, sources)
    sources -= promoted
    if sources:  # "Источник: https://informburo.kz/..." under a print version of Informburo.kz is its own address
        # ... and a news reader's card names the site its "Источник:" line links to, and a Turbo page's logo its own
        head = lines[: _head_end(kinds)]
        sources -= {_masthead_name(line) for line in lines if MASTHEAD.search(line)} | {logo, card}
        sources -= {canonical_outlet(name) for line in head if (name := _head_logo(line))}
    named = _outlets_named(lines, kinds, card, logo, promoted)
    found = next(
        (found for found in named if found and canonical_outlet(found) not in sources and not _social(found)), None
    )
    if not found and len(sources) == 1 and (source := next(iter(sources))) in KNOWN_NAMES:
        found = source  # a reprint whose own site left no trace: its one source, a known outlet, is all it names
    if found and (fuller := _fuller_name_atop(found, lines, kinds)):
        return fuller
    found = found and (known_outlet(found) or _declined_known(found) or found)
    if not found or found in KNOWN_NAMES:
        return found
    if HANDLE.fullmatch(found):
        furniture = [line for line, kind in zip(lines, kinds) if kind]
        return _as_branded(found, lines, lines[: min(_head_end(kinds), LOGO_LINES)], furniture)
    return _as_signed(_as_written(found, lines), lines)  # (a name in Latin capitals as the page writes it in quotes)


# What a brand's edition adds to its name: a number (Khabar 24) or the country (Sputnik Kazakhstan); not another word,
# which makes another outlet (Azattyq Ruhy is not Azattyq's)
EDITION = re.compile(
    r"\d+|kazakhstan|qazaqstan|казахстан|қазақстан|kz|kyrgyzstan|кыргызстан|uzbekistan|узбекистан|oʻzbekiston",
    re.IGNORECASE,
)


def _fuller_name_atop(name: str, lines, kinds) -> str | None:
    """The known outlet atop the page whose name is `name` and an edition's number or country: a dateline's brand
    ("АЛМАТЫ, 8 ноя — Sputnik") under the logo of the brand's edition ("Sputnik Казахстан"), whose page it is."""
    words = name.casefold().split()
    for full in _logos_atop(lines, kinds):
        head, rest = full.casefold().split()[: len(words)], full.split()[len(words) :]
        if head == words and rest and all(EDITION.fullmatch(word) for word in rest):
            return full
    return None


def _logos_atop(lines, kinds) -> list[str]:
    """The names, canonical, of the known outlets alone atop the page (_head_logo) among its first LOGO_LINES lines."""
    return [canonical_outlet(name) for line in lines[: min(_head_end(kinds), LOGO_LINES)] if (name := _head_logo(line))]


def _social(name: str) -> bool:
    """Whether a name is a social network's own (instagram.com, Instagram) or its company's (Spotify AB, Meta): a
    saved post's publisher is its account."""
    key = name.casefold().removeprefix("www.")
    return key in SOCIAL_NETWORKS or f"{key}.com" in SOCIAL_NETWORKS or key in PLATFORM_COMPANIES


def _signed_by_another(name: str, lines) -> bool:
    """Whether a copyright line of the page signs it with another outlet's name than `name`'s brand (the first word:
    "© «Хабар» агенттігі" signs Khabar 24's page; a reader's "© Innologica Ltd. ... Inoreader" names no outlet)."""
    brand = name.split()[0].casefold()
    signed = (_masthead_name(line) for line in lines if line.startswith("©"))
    return any(found and found.split()[0].casefold() != brand for found in signed)


def _card(lines, kinds) -> str | None:
    """The site a news reader's copy names in the story's card ("Baq.kz · 3 сағат бұрын"), right above or under its
    headline; the cards of other stories stand apart (a strip of the latest news above, a list below)."""
    title = next((i for i, kind in enumerate(kinds) if kind == "title"), None)
    # (or a known outlet's name alone between the headline and its stamp, as a feed reader or Telegram's reader
    # shows the source: "В Актобе открыли ..." / "Kazinform" / "18 апр. 2025 г., 10:47 · Айжан Сарсенбаева"; not an
    # aggregator's credit of its source by its address, "otyrar.kz", nor a reprint's credit on a site that signs
    # itself with another name, "Казинформ" under "© 2025 Вести Семей")
    if title is not None and kinds[title + 2 : title + 3] == ["ts"] and not DOMAIN_NAME.fullmatch(lines[title + 1]) and (
        known := _outlet_name_only(lines[title + 1])
    ) and not _signed_by_another(source := canonical_outlet(known), lines):
        return source
    near = [] if title is None else [title + side * step for step in range(1, CARD_LINES + 1) for side in (1, -1)]
    card = next((found for i in near if 0 <= i < len(lines) and (found := CARD.match(lines[i]))), None)
    name = OUTLET_NAME.fullmatch(card["name"]) if card else None
    return canonical_outlet(name[0]) if name else None


def _as_signed(name: str, lines) -> str:
    """An unknown name as the page's copyright line writes it: an attribution declines it ("Журналисты «Северного
    бизнеса»", "В редакцию «Нашей газеты»"), "© 2025 «Северный бизнес»" gives it in the nominative (a short word's
    case ending on a short stem: нашей, наша)."""
    words = name.casefold().split()
    for line in lines:
        if line.startswith("©") and (quoted := QUOTED_NAME.search(line)):
            signed = quoted[0].strip("«»")
            other = signed.casefold().split()
            if len(other) == len(words) and all(
                _same_stem(a, b) or _declined(a, b, SIGNED_STEM_CHARS) for a, b in zip(words, other)
            ):
                return canonical_outlet(signed)
    return name


def _as_branded(handle: str, lines, head, furniture=()) -> str:
    """An unknown site's domain or account (Vostok-info.kz, atyrau_zhanalyqtary) as the name its copyright line or
    its head (`head`, the lines above the story) writes in Cyrillic, or its `furniture` (the lines no story's) in
    quotes, where the domain is that name in Latin letters («Восток-Инфо», Атырау жаңалықтары, «Жайық үні»)."""
    label = handle.casefold().removeprefix("www.")
    if re.fullmatch(DOMAIN, label):  # an account's dots are its own (zhana.ozen.zhanalyqtary)
        label = label.rsplit(".", 1)[0]
        site, _, host = label.rpartition(".")
        label = site if host in HOSTING_PLATFORMS else label  # zhanaozen-info.ucoz.kz: zhanaozen-info
    # (not a company's name, with its legal form: the site "© 2024 «Өзен-Ақпарат» ЖШС. ozen-aqparat.kz" is its domain)
    signed = [
        quoted[0].strip("«»") for line in lines if line.startswith("©") for quoted in QUOTED_NAME.finditer(line)
        if not _company_named(quoted)
    ]
    signed += [brand for line in lines if line.startswith("©") and (brand := _signed_brand(line))]
    written = list(signed)
    # a logo: in capitals, or of two words or more (not a city's tag, "Тараз", which taraz.info also spells)
    written += [line for line in head if 1 < len(line.split()) <= BRAND_MAX_WORDS or line.isupper()]
    # ... or a paper's name in quotes beside the word for it, in the site's furniture ("Орал қалалық «Жайық үні» газеті
    # – ..." for zhaikuni.kz; not the story's "... «Ақтөбе» газеті хабарлады" on aqtobe.info)
    written += [found[1] or found[2] for line in furniture for found in PAPER_NAMED.finditer(line)]
    # ... or before a dash opening a line of it ("инАктау — новости города Актау ..." for inaktau.kz)
    # (not a word alone written as a name is, a city's: "Тараз — +3°" for taraz.info)
    dashed = (NAME_DASH.split(line, 1) for line in furniture)
    written += [
        name for name, *rest in dashed
        if rest and 0 < len(name.split()) <= BRAND_MAX_WORDS and (" " in name or not name.istitle())
    ]
    for name in written:
        if transliterates(name, label) or _initials_of(name, label):
            return _as_written(name, lines)
    # an institution's domain spells the start of a longer word of the Cyrillic name the page's last copyright line
    # gives, or its logo in capitals where that line writes it too (parlam.kz: ҚАЗАҚСТАН РЕСПУБЛИКАСЫ ПАРЛАМЕНТІНІҢ
    # МӘЖІЛІСІ over "© 2025 Қазақстан Республикасы Парламентінің Мәжілісі"); not a photo's credit, nor a line where
    # the domain stands itself, nor a rubric in capitals
    footer = _last_copyright(lines)
    own = [] if label in footer.casefold() or CREDIT.search(footer) else [
        name for name in (_signed_brand(footer), *(q[0].strip("«»") for q in QUOTED_NAME.finditer(footer))) if name
    ]
    own += [line for line in head if line.isupper() and len(line.split()) > 1 and line.casefold() in footer.casefold()]
    if len(label) >= DOMAIN_STEM_MIN_CHARS and label.isalpha():
        for name in own:
            if CYRILLIC_LETTER.search(name) and any(
                transliterates(word[:n], label) for word in name.split() if len(word) >= len(label) + 3
                for n in range(len(label) - 1, len(label) + 2)
            ):
                return _as_written(name, lines)
    return handle


def _initials_of(name: str, label: str) -> bool:
    """Whether a domain's label is an institution's name of three words or more by their first letters
    (nnkc.kz: Национальный научный кардиохирургический центр)."""
    words = name.split()
    return len(words) >= INITIALS_MIN_WORDS and transliterates("".join(word[0] for word in words), label)


def _declined_known(name: str) -> str | None:
    """A known outlet's Russian name of two words or more as a sentence declines it ("В редакцию «Звезды Прииртышья»
    обратились ...": Звезда Прииртышья): each word the name's own but for a case ending (DECLINED); one outlet only.
    Not the outlets' names that are also ordinary phrases (spellings), nor a word of another stem (вести, вестник)."""
    words = name.casefold().split()
    if len(words) < 2:
        return None
    found = {outlet for parts, outlet in _NAMES_BY_LENGTH.get(len(words), ()) if all(map(_declined, words, parts))}
    return found.pop() if len(found) == 1 else None


def _declined(word: str, known: str, stem_chars: int = DECLINED_STEM_CHARS) -> bool:
    """Whether a word is a known one, or it with another case ending (DECLINED) on a stem of `stem_chars`."""
    if word == known:
        return True
    stem = os.path.commonprefix([word, known])
    return len(stem) >= stem_chars and bool(DECLINED.fullmatch(word[len(stem) :])) and bool(
        DECLINED.fullmatch(known[len(stem) :])
    )


def _same_stem(a: str, b: str) -> bool:
    """Two forms of one word: the same word, or all but their endings (up to three letters) the same and four letters
    at least ("Ак Жайыка" is "Ак Жайык")."""
    if a == b:
        return True
    common = len(os.path.commonprefix([a, b]))
    return common >= max(SAME_STEM_MIN_CHARS, max(len(a), len(b)) - SAME_STEM_MAX_ENDING)


def _outlets_named(lines, kinds, card: str | None, logo: str | None, promoted: set[str]) -> Iterator[str | None]:
    """The outlets a page names, the likeliest publisher first (see _outlet); `card` and `logo` as `_card` and
    `_logo` find them, `promoted` as `_promoting_itself` does."""
    story = [line for line, kind in zip(lines, kinds) if not kind]
    head = lines[: _head_end(kinds)]  # above the story's first line or its headline
    yield card
    # the page's own address, where a read-later app or a browser saved it ("Saved from https://vlast.kz/... on ...")
    saved = (SAVED_FROM.match(line) for line in lines[:LOGO_LINES])
    yield next((canonical_outlet(found["domain"]) for found in saved if found), None)
    # a channel's post forwarded from an outlet is the outlet's ("Forwarded from Kazinform | Қазақша")
    forwarded = (KNOWN_OUTLET.search(line) for line in lines if FORWARDED.match(line))
    yield next((canonical_outlet(name[0]) for name in forwarded if name), None)
    # an institution's own site names it at the top with its legal form ("ГКП на ПХВ «Костанайская областная
    # больница»", "... құқығындағы «Шымкент қалалық перинаталдық орталығы» МКК"), before its press service's
    # attribution in the story ("... деп хабарлады орталықтың баспасөз қызметі") and its domain
    # (its logo right above, if it writes the same name, as the page shows it: "ПАВЛОДАРСКАЯ ОБЛАСТНАЯ БОЛЬНИЦА им. Г.
    # СУЛТАНОВА" over "ГКП на ПХВ «Павлодарская областная больница имени Г. Султанова» ...", without the logo's alt
    # text: "[логотип] Түркістан қалалық №2 емханасы")
    yield next(
        (
            canonical_outlet(
                logo if i and "|" not in (logo := EMBLEM.sub("", lines[i - 1].strip())) and _legal_name_of(logo, line)
                else name
            )
            for i, line in enumerate(head)
            if (name := _legal_masthead(line))
        ),
        None,
    )
    # a logo atop the page that the footer's copyright line names too is the site's own, whatever outlet the story
    # quotes as its source ("Zakon.kz" ... "..., сообщает Kazinform." ... "© 2000–2025 Zakon.kz")
    signed = {_masthead_name(SENTENCE_END.split(line, 1)[0]) for line in lines if line.startswith("©")}  # its first part
    # ... or the name before the sign ("Zakon.kz © 1999-2025. Все права защищены.")
    signed |= {_masthead_name(found["name"]) for line in lines if (found := NAME_THEN_COPYRIGHT.match(line))}
    # ... or the site its terms of reuse ask a link to ("© 2014-2026 ТОО «Тенгри Медиа». ... ссылка на Tengrinews.kz
    # обязательна": the company first, the site after), in the copyright line or on a line of their own below the
    # story ("При использовании материалов гиперссылка на atyrau.info обязательна")
    story_end = max((i for i, kind in enumerate(kinds) if not kind), default=-1)
    terms = {  # (the cheap test first: REUSE_LINK on every line cost 3% of the parse)
        line for i, line in enumerate(lines) if (line.startswith("©") or i > story_end) and REUSE_LINK.search(line) and (
            line.startswith("©") or (REUSE_NOTICE.search(line) and not OTHERS_TERMS.search(line))
        )
    }
    linked = {
        canonical_outlet(next(filter(None, found.groups()))) for line in terms for found in REUSE_LINK.finditer(line)
    }
    signed |= linked
    signed.discard(None)
    atop = ([logo] if logo else _logos_atop(lines, kinds)) if signed else []
    yield next((name for name in atop if name in signed and name in KNOWN_NAMES), None)
    # a paper's note about itself, below the story (in the story such a line credits another paper), or under the
    # site's copyright line with its year (not a photo's: "© Фото: ...")
    footer = max((i for i, line in enumerate(lines) if line.startswith("©")), default=-1)
    signature = max((i for i, line in enumerate(lines) if COPYRIGHT_YEAR_FIRST.match(line)), default=len(lines))
    notes = (
        PAPER_NOTE.match(line) for i, (line, kind) in enumerate(zip(lines, kinds))
        if kind in ("after", "junk", "nav") or i > signature
    )
    note = next((canonical_outlet(found["name"]) for found in notes if found), None)
    # the one site its terms of reuse ask a link to is the page's own, whatever outlet the story says it reports,
    # where the copyright lines name that site or no one, or the copyright line that asks names only the company
    # that owns it ("..., сообщает Kazinform" ... "© 2024 ТОО «Hola Media». ... гиперссылка на holanews.kz
    # обязательна", "© 2024. 16+"; not "© 1991–2025 «Наша газета». ... ссылка на ng.kz", nor "© 2024 Тобыл TV." over
    # its own line asking a link to tobyltv.kz), and neither a logo nor the paper's note names it otherwise (ЗВЕЗДА
    # ПРИИРТЫШЬЯ over "... ссылка на zv.kz")
    # (a credit's copyright line, a photo's or the developer's, "© Фото: Kazinform", says nothing of it)
    signatures = [(line, SENTENCE_END.split(line, 1)[0]) for line in lines if line.startswith("©") and not (
        COPYRIGHT_CREDIT.match(line)
    )]
    owned = bool(signatures) and all(
        _masthead_name(signed) in linked or _names_no_one(signed) or (line in terms and LEGAL_FORM.search(signed))
        for line, signed in signatures
    )
    if len(linked) == 1 and owned and note is None and not (logo or any(name in KNOWN_NAMES for name in atop if name)):
        yield next(iter(linked))
    # the site's own promotion names it, before any outlet the story attributes its news to ("..., сообщает Kazinform"
    # over "Поделиться статьей Tengrinews:"), and so does the paper's note about itself
    yield min(promoted, default=None)
    yield note
    # the site's registration as a medium in its copyright line, whatever outlet the story credits
    registered = (REGISTERED_AS.search(line) for line in lines if line.startswith("©") and not PARTNER.search(line))
    yield next((canonical_outlet(found["name"]) for found in registered if found), None)
    # a known outlet's name alone as the page's first line is the site's logo, whatever outlet the lead says the story
    # is from: a reprint keeps its source's attribution ("Qazaquni.kz" over "..., деп хабарлайды Kazinform."); not
    # where the page's copyright line or a logo with its tagline under it names another outlet
    # (the known names alone on the head's lines; one with another beside it is a switcher of a network's channels)
    logos = [canonical_outlet(name) if (name := _head_logo(line)) else None for line in head]
    alone = [
        bool(name) and all(other in (None, name) for other in logos[max(i - 1, 0) : i + 2]) for i, name in enumerate(logos)
    ]
    first = logos[0] if logos and alone[0] and kinds[0] in ("nav", "junk") else None
    yield first if first and logo in (None, first) and (not signed or first in signed) else None
    yield from map(_dateline, story)
    cited = []  # outlets the story cites: after the page's own names
    for line in story:
        name, citing = _attribution(line)
        if citing:
            cited.append(name)
        else:
            yield name
    # under a photo "© Kazinform, 2024" names the photo's owner; "© 2020 Semeyinfo.kz" is a footer anywhere, and so
    # is the page's last copyright line below the story's last paragraph ("© Qazsport, 2024. «Qazaqstan» РТРК» АҚ")
    mastheads = [
        line
        for i, (line, kind) in enumerate(zip(lines, kinds))
        if (kind not in ("credit", "caption") or COPYRIGHT_YEAR_FIRST.match(line) or NAME_BEFORE_COPYRIGHT.match(line)
            or i == footer > story_end)
        and MASTHEAD.search(line)
    ]
    owners = [line for line in mastheads if "©" in line and LEGAL_FORM.search(line)]  # "«Хабар» агенттігі АҚ © 2025" too
    # a paper's logo over its tagline names it before its footer's address does ("© 2025 ng.kz" under НАША ГАЗЕТА)
    yield logo
    yield _channel(lines, kinds)
    yield _agency(lines, kinds)
    yield from (_masthead_name(line) for line in mastheads if line not in owners)
    yield from (
        _running_head_name(line) for line, kind in zip(lines, kinds)
        if (kind == "ts" and (ISSUE_NUMBER.search(line) or PAGE_NUMBER.search(line)))
        or (kind == "junk" and "№" in line and _running_head_only(line))
    )
    # the site's logo, a known name alone on a line above the story ("КТК", "Khabar 24"), before a copyright line
    # that names the company owning the site (АО «Коммерческий Телевизионный Канал», «Хабар» агенттігі АҚ); not a
    # switcher of the network's channels, a known name on each line (the scraper's header may repeat the logo's line)
    # (a clinic's name atop its site and in its copyright line before a known name among its menu's items: "Павлодарская
    # областная многопрофильная больница" over "... Антикоррупционная служба ...")
    yield _institution(lines, head)
    yield from (name for name, single in zip(logos, alone) if single)
    yield from map(_owner_brand, owners)
    yield _footer_brand(lines)
    credited_abroad, agencies = [], []
    for wanted in (("junk", "nav", "signoff"), ("credit", "caption")):
        for line, kind in zip(lines, kinds):
            if kind in wanted and (found := KNOWN_OUTLET.search(line)):
                if (name := canonical_outlet(found[0])) in ABROAD and kind in ("credit", "caption"):
                    credited_abroad.append(name)
                else:
                    yield name
            # an unknown site's own name (not the government platform's: "gov.kz", "eGov.kz | Мемлекеттік ..."; a
            # state body's own address on it, "shymkent.gov.kz", after the body's name its copyright line gives)
            if kind == "nav" and (found := MASTHEAD_DOMAIN.match(line)) and not (
                GOV_PLATFORM.fullmatch(found[0]) or GOV_PLATFORM.search(line, found.end())
            ):
                if found[0].casefold().endswith(".gov.kz"):
                    agencies.append(canonical_outlet(found[0]))
                else:
                    yield canonical_outlet(found[0])
    yield _copyright_holder(lines)
    yield from agencies
    terms = (QUOTING_TERMS.search(line) for line, kind in zip(lines, kinds) if kind)  # not a story's sentence
    yield next((canonical_outlet(found["ru"] or found["kk"]) for found in terms if found), None)
    yield next(
        (
            canonical_outlet(mail["domain"])
            for line in lines
            if (mail := NEWSROOM_MAIL.match(line)) and mail["domain"].casefold() not in PUBLIC_MAIL
        ),
        None,
    )
    # (a button's link alone on its line, not one in a story's sentence; "://" first: a test in C most lines fail)
    shared = (SHARE_LINK.search(line) for line in lines if "://" in line and " " not in line.strip())
    yield next((canonical_outlet(found["domain"]) for found in shared if found), None)
    # the one site its terms of reuse ask a link to, on a page with no copyright line, where nothing else named one
    # ("Сайт материалдарын пайдаланғанда «Ордабасы оттары» газетіне гиперсілтеме жасау міндетті"; a reprint's terms
    # under a site's own domain name its source)
    yield next(iter(linked)) if len(linked) == 1 and not signatures else None
    yield from cited
    yield from credited_abroad


def _owner_brand(line: str) -> str | None:
    """The outlet a copyright line naming the owning company gives: the brand before the company ("© Qazsport,
    2024. «Qazaqstan» РТРК» АҚ", "Pavlodar News © 2025. ТОО «Медиахолдинг «Павлодар-Ақпарат»"), else its known name,
    domain or quoted name (АО «Коммерческий Телевизионный Канал»)."""
    if (before := NAME_THEN_COPYRIGHT.match(line)) and _brand(before["name"]):
        return canonical_outlet(before["name"])
    found = COPYRIGHT_NAME.search(line)
    if found and not LEGAL_FORM.search(found["name"]) and _names_someone(found):
        return canonical_outlet(found["name"])
    return _masthead_name(line)


def _brand(name: str) -> bool:
    """Whether words before a copyright sign are a brand ("Pavlodar News"), not a company, a notice or the word
    Copyright ("Все права защищены © 2025", "Copyright © 2025")."""
    return not (LEGAL_FORM.search(name) or _notice(name) or COPYRIGHT_WORD.fullmatch(name)) and all(
        word[0].isupper() or word[0].isdigit() for word in name.split()
    )


def _names_someone(found: re.Match) -> bool:
    """Whether a copyright line's name (COPYRIGHT_NAME) is one: in quotes («Қазақ радиосы»), or every word of it
    capitalised (or a brand's "еКараганда"), which a notice is not ("© 2023 Все права защищены"), or an institution's
    name, its first and last words capitalised ("© 2025 Верховный суд Республики Казахстан")."""
    name = found["name"]
    if found["quoted"]:  # not a notice in quotes: «Все права защищены»
        return not _notice(name)
    if NUMBER_SIGN.search(name):  # a numbered institution's, which no notice is: "№7 қалалық емхана"
        return True
    words = name.split()
    # (an English title's small words between its capitalised ones: "The Times of Central Asia"; not a notice's or a
    # credit's, "Terms of Use", "Photos of the Press Service")
    small = [i and words[0] == "The" and word in ENGLISH_NAME_JOINERS for i, word in enumerate(words)]
    if all(
        word[0].isupper() or word[0].isdigit() or _camel_brand(word) or small[i] for i, word in enumerate(words)
    ):
        return True
    return (
        len(words) >= 3 and words[0][0].isupper() and words[-1][0].isupper() and not _notice(name)
        and all(word.replace("-", "").isalpha() and not word.isascii() for word in words)  # not "Instagram from Meta"
    )


def _camel_brand(word: str) -> bool:
    """A Cyrillic brand written with a small letter before its capital: "еКараганда" (a Latin one is a photo bank's
    or a gadget's: "© iStock, 2024" under a photo)."""
    return word[:1].islower() and not word[:1].isascii() and word[1:2].isupper()


def _notice(quoted: str) -> bool:
    """Whether a copyright line's quotes hold a notice or a photo's credit, not a name («Все права защищены»)."""
    return bool(MASTHEAD.search(quoted) or COPYRIGHT_NOTICE.search(quoted))


def _copyright_holder(lines) -> str | None:
    """The last resort: the name in a copyright line ("© Атырау ТВ, 2025", "© «Сыр бойы», 2025"), which may be a
    company's."""
    signed = [line for line in lines if line.startswith("©") and MASTHEAD.search(line)]
    for line in signed:
        # a name, every word of it capitalised: "© 2023 Все права защищены", "© 2024 При цитировании ссылка
        # обязательна" name no one
        found = COPYRIGHT_NAME.search(line)
        if found and _names_someone(found):
            return canonical_outlet(found["name"])
    # the name before the sign in the page's last copyright line: "Наш Костанай © 2010–2025. Все права защищены." (not
    # "Copyright © 2025", nor a language switcher's "Русский © 2025")
    found = NAME_THEN_COPYRIGHT.match(next((line for line in reversed(lines) if "©" in line), ""))
    if found and all(word[0].isupper() for word in found["name"].split()):
        name = found["name"]
        if not (MASTHEAD.search(name) or _navigation_only(name)):
            return canonical_outlet(name)
    for back, line in enumerate(reversed(signed)):  # the footer's, the page's last: a photo's credit stands above it
        # a name in quotes right after the sign, not a notice; in the page's last copyright line also after the
        # company's legal form (© ТОО «Вечерняя Астана»: a photo's credit above it may be a clinic's)
        rest = line.lstrip("© ")
        quoted = QUOTED_NAME.match(LEADING_LEGAL_FORM.sub("", rest) if back == 0 else rest)
        if quoted and not _notice(quoted[0]):
            return canonical_outlet(quoted[0].strip("«»"))
    return None


def _logo(lines, kinds, views) -> str | None:
    """The site's name atop the page: a short name above the site's tagline, or one in capitals above the menu
    ("QAZAQ TIMES"), among its first LOGO_LINES lines (an address, a language switcher or a cookie banner may come
    first). A name in capitals is spelt as the page writes it elsewhere (НАША ГАЗЕТА, «Наша газета» — еженедельник).
    The tagline is read in the lines' views: a Latin page's "Aqtöbe qalasynyñ aqparattyq portaly" under AQTOBE INFO."""
    # a logo's alt text first on the page: its name, a dash, its tagline (any words after a known outlet's name:
    # "Хабар 24 — новости Казахстана и мира")
    if lines and (split := _name_and_tagline(lines[0])):
        if kinds[0] in ("nav", "junk", "title") and (found := _logo_at(*split)):
            return found
        if known := _outlet_name_only(split[0]):
            return canonical_outlet(known)
    if (masthead := _masthead_over_issue(lines)) is not None:
        return canonical_outlet(_as_written(masthead, lines))
    # the first lines but the "today" widgets (weather, rates, prayer times), which may stand above the logo too
    for i in islice((i for i in range(len(lines) - 1) if not TODAY_STRIP.search(lines[i])), LOGO_LINES):
        # an institution's name over its legal name, which quotes it ("Шығыс Қазақстан облыстық қан орталығы" /
        # "ШЖҚ КМК «Шығыс Қазақстан облыстық қан орталығы» | ...")
        if kinds[i] in ("nav", "junk") and _legal_name_of(lines[i].strip(), lines[i + 1]):
            # (in its spellings apart, one known outlet's: "ӘМСҚ | Әлеуметтік медициналық сақтандыру қоры")
            known = {known_outlet(part) for part in SPELLINGS_APART.split(lines[i].strip())}
            return canonical_outlet(known.pop() if len(known) == 1 and None not in known else lines[i].strip())
        # a name over the site's menu, under the page's address that spells it ("https://atyrau-gazeti.kz/..." /
        # "Атырау" / "Басты   Жаңалықтар   Қоғам")
        if kinds[i] in ("nav", "junk") and i and _site_menu(lines[i + 1]) and _spelt_by_address(lines[i], lines[i - 1]):
            return canonical_outlet(lines[i].strip())
        if kinds[i] in ("nav", "junk") and (name := _logo_at(lines[i], views[i + 1])):
            # a known name over a place, which a channel's branch is (QAZAQSTAN / АТЫРАУ)
            if i and kinds[i - 1] in ("nav", "junk") and (branch := _outlet_name_only(f"{lines[i - 1].strip()} {name}")):
                return canonical_outlet(branch)
            # a logo broken over two lines (ПЕРВЫЙ КАНАЛ / ЕВРАЗИЯ), not the header's copy of it above it, nor its
            # Latin spelling (QOSTANAI TANY / ҚОСТАНАЙ ТАҢЫ)
            if name.isupper() and i and lines[i - 1] != lines[i] and _logo_first_line(lines[i - 1], kinds[i - 1]) and (
                not _latin_spelling_of(name, lines[i - 1].strip())
            ):
                name = f"{lines[i - 1].strip()} {name}"
            # a logo in Latin letters over a tagline that quotes the paper's name in Cyrillic: the name as the
            # tagline writes it (JETISÝ over «Жетісу» облыстық газеті)
            quoted = LOGO_QUOTED.match(lines[i + 1])
            if quoted and _latin_spelling_of(quoted[1], name):
                return canonical_outlet(quoted[1])
            return canonical_outlet(_as_written(name, lines))
    return None


def _legal_name_of(name: str, line: str) -> bool:
    """Whether a line is the legal name of `name` (a few words): it in quotes with a state or company form (ШЖҚ КМК
    «...», ГКП на ПХВ «...»), as _same_name compares them; or the name its owner's name leads into, in quotes of its
    own («Қызылорда облысының денсаулық сақтау басқармасының "Облыстық перинаталдық орталығы"» ШЖҚ МКК)."""
    legal = LEGAL_MASTHEAD.match(line)
    if not (legal and 1 < len(name.split()) <= LOGO_MAX_WORDS):
        return False
    full = legal["name"] or legal["named"]
    return _same_name(name, full) or _same_name(name, INNER_QUOTE.split(full.rstrip('"”»'))[-1])


def _same_name(logo: str, quoted: str) -> bool:
    """Whether a logo writes an institution's quoted name: its words by their first letters (им. for имени, ауруханасы
    for аурухана), perhaps after its region ("АТЫРАУ ОБЛЫСТЫҚ ЖЕДЕЛ ... СТАНЦИЯСЫ", «Облыстық жедел ... станциясы»)."""
    ours, theirs = ([word.casefold().rstrip(".")[:NAME_STEM_CHARS] for word in text.split()] for text in (logo, quoted))
    return 0 <= len(ours) - len(theirs) <= NAME_EXTRA_WORDS and all(
        any(a.startswith(b) or b.startswith(a) for a in ours) for b in theirs
    )


def _channel(lines, kinds) -> str | None:
    """A channel's name above its audience, anywhere above the story's first line, where a video's page shows it
    under the headline ("Рудный Алтай" over "52,7 тыс. подписчиков")."""
    story = next((i for i, kind in enumerate(kinds) if not kind), len(lines))
    for i in range(story - 1):
        below = lines[i + 1]
        if below.lstrip().startswith("@") and i + 2 < len(lines):
            # its handle between ("Павлодар облысының соттары" / "@pvl_sotlary" / "8 421 subscribers")
            below = lines[i + 2]
        if kinds[i] in ("nav", "junk") and AUDIENCE_LINE.match(below) and (
            name := _logo_at(lines[i], below)
            or next(filter(None, (_logo_at(part, below) for part in _names_in_language(lines[i], lines[story:]))), None)
        ):
            return _as_written(name, lines)
    return None


def _names_in_language(name: str, story: list[str]) -> list[str]:
    """A name in Kazakh and in Russian apart by a bar, the one in the story's language first, told by Kazakh letters
    in most of its lines ("Павлодар облысының соттары | Суды Павлодарской области" over a story in Kazakh: the
    first; a post in both languages, a paragraph of each in turn, is Russian first); none for two names that are no
    such pair (two Cyrillic names, no dash of a slogan: "Medinfo.kz | Денсаулық — басты байлық")."""
    parts = name.split(" | ")
    named = all(CYRILLIC_LETTER.search(part) and "–" not in part and "—" not in part for part in parts)
    if len(parts) != 2 or not named:
        return []  # (where the letters do not tell the languages apart, the first: "Алматы облысы соттары | ...")
    lines = story[:STORY_PARAGRAPHS]
    kazakh = 2 * sum(any(letter in line for letter in KAZAKH_LETTERS) for line in lines) > len(lines)
    return sorted(parts, key=lambda part: any(letter in part for letter in KAZAKH_LETTERS) != kazakh)


def _logo_first_line(line: str, kind: str) -> bool:
    """Whether a line is the first line of a logo in capitals broken over two lines: a word or two in capitals."""
    words = line.split()
    return kind in ("nav", "junk") and 0 < len(words) <= LOGO_CAPITALS_MAX_WORDS and line.isupper() and all(
        word.isalpha() for word in words
    ) and not _navigation_only(line) and not _outlet_name_only(line)


def _platform_title(line: str) -> str | None:
    """The agency a browser's title bar over a platform's page names between the headline and the site's tagline ("В
    Темиртау открылась ... - Акимат Карагандинской области | Официальный интернет-ресурс"), or after the headline
    alone ("Шекаралас аудандарда ... жүргізілуде | Жамбыл облысы әкімдігінің денсаулық сақтау басқармасы"), or None."""
    title, bar, tagline = line.rpartition(" | ")
    if bar and OFFICIAL_SITE.match(tagline.strip()):
        for mark in (" - ", " – ", " — "):
            headline, dash, agency = title.rpartition(mark)
            if dash and headline.strip():
                return agency.strip()
    elif bar and title.strip() and STATE_BODY.search(tagline):
        return tagline.strip()
    return None


def _agency(lines, kinds) -> str | None:
    """On the government's platform (gov.kz), the agency whose site the page is: its name above its own menu, on one
    line or one item a line ("Министерство здравоохранения Республики Казахстан" over "О министерстве"), or last in
    the platform's trail from home (_agency_in_trail)."""
    head = _head_end(kinds)
    if not _on_gov_platform(lines[:head]):
        return None
    for i in range(head - 1):
        name = EMBLEM.sub("", lines[i])  # (its emblem's alt text before it: "[герб] Прокуратура ...")
        name = _platform_title(name) or name
        # (from the platform's name, a state body's: not "Войти", "Местные исполнительные органы", "Акмолинская
        # область")
        if (HOME_CRUMB.match(name) or GOV_PLATFORM.match(name)) and (agency := _agency_in_trail(name)) and (
            HOME_CRUMB.match(name) or STATE_BODY.search(agency)
        ):
            return agency
        if SITE_DESCRIPTION.match(name):
            continue  # the site's description: "Официальный интернет-ресурс акимата Аккольского района ..."
        under = _under_name(lines, kinds, i, head)
        # past a language switch ("Қазақша | Русский | Latyn", "ҚАЗ  РУС  ENG   Көзі нашар көретіндерге арналған
        # нұсқа"), an accessibility link on its own line right over the menu or its first item ("Басты бет", "Әкімдік
        # туралы"; not over another agency's name: a city's under its region's), and the platform's banner ("gov.kz –
        # Мемлекеттік органдардың бірыңғай платформасы")
        while under < head - 1 and (
            kinds[under] == "junk" or _switch_line(lines[under]) or GOV_PLATFORM.search(lines[under])
            or (HEAD_JUNK.search(lines[under]) and not _site_menu(lines[under])
                and bool(HOME_CRUMB.match(lines[under + 1]) or ABOUT_ITEM.match(lines[under + 1])
                         or _site_menu(lines[under + 1]) or kinds[under + 1] == "junk"))
        ):
            under += 1
        below = lines[under]
        words = name.split()
        if kinds[i] == "junk" or not (1 < len(words) <= AGENCY_MAX_WORDS and name[:1].isupper()):
            continue
        # the platform's banner, an accessibility link, perhaps among the language switch's buttons
        if GOV_PLATFORM.search(name) or any(HEAD_JUNK.search(part) for part in GAP.split(name)):
            continue
        if _last_mark(name) in SENTENCE_MARKS or _menu(name) or _navigation_only(name):
            continue
        if ":" in name:
            continue  # its contacts by their labels: "Call-орталық: 1406 (МӘМС) | Басқарманың сенім телефоны: +7 ..."
        if _place_name(name):
            continue  # the platform's region above the agency's name: "Карагандинская область"
        if PLATFORM_MENU.fullmatch(name.strip()):
            continue  # the platform's own menu over its items: "Мемлекеттік қызметтер" / "Азаматтарға" / "Бизнеске"
        if ABOUT_ITEM.match(name) or HOME_CRUMB.fullmatch(name):
            continue  # the menu's first items: "Басты бет", "Басқарма туралы", "Об управлении"
        if MINISTRY.search(name) and _agency_name_only(lines[i + 1]):
            continue  # a letterhead's ministry over its committee or department, whose page it is
        items = lines[under : under + AGENCY_MENU_ITEMS]
        one_a_line = len(items) == AGENCY_MENU_ITEMS and all(map(_menu_item, items))
        if _site_menu(below) or TAGLINE.search(below) or one_a_line or _over_home_trail(lines, i, under):
            if SUPREME_COURT.match(name) and (court := _court_in_trail(lines[i + 1 : head])):
                return court  # the platform's owner over a court's page: the court, last in the trail
            unit = EMBLEM.sub("", lines[i - 1]) if i else ""
            if NATIONAL_BODY.search(name) and _agency_name_only(unit) and not NATIONAL_BODY.search(unit):
                name = unit  # the unit's name over its national body's, whose site it is not ("Прокуратура
                # Туркестанской области" / "Генеральная прокуратура Республики Казахстан" / its menu)
            return canonical_outlet(_without_parents(name))
    # ... or, where no menu follows it, a state body's name atop the page (a printed or mobile view), the unit's
    # rather than the national body's above or under it ("Қазақстан Республикасы Ішкі істер министрлігі" /
    # "Қостанай облысының полиция департаменті")
    named = [name for i, name in enumerate(lines[:head]) if _agency_name_only(name) and _agency_atop(lines, i)]
    units = (
        [name for name in named if not NATIONAL_BODY.search(name)]
        or [name for name in named if not MINISTRY.search(name)]  # (a committee's own page, its ministry over it)
        or named
    )
    return canonical_outlet(_without_parents(units[0])) if units else None


def _on_gov_platform(head: list[str]) -> bool:
    """Whether the page's head is an agency's page on the government's platform: the platform named ("gov.kz",
    "Мемлекеттік органдар"), or, as its mobile and printed views show it, a state body's name and a trail from home
    through its press centre ("Басты бет › Баспасөз орталығы › Жаңалықтар"), or its name and its parent's atop the
    page ("Департамент санитарно-эпидемиологического контроля ..." / "Комитет ... Министерства здравоохранения ...";
    not a news site's links to state bodies under its menu)."""
    signs = [line for line in head if GOV_PLATFORM.search(line)]
    # (the bare line "Официальный интернет-ресурс" only beside a state body's name: a fund's or a portal's site has it)
    if any(not OFFICIAL_RESOURCE.match(line) for line in signs) or (
        signs and any(STATE_BODY.search(line) or SUPREME_COURT.match(line) for line in head)
    ):
        return True
    if any(HOME_CRUMB.match(line) and PRESS_CENTRE.search(line) for line in head):
        return any(map(_agency_name_only, head))
    top = 1 if head and PRINT_HEADER.match(head[0]) else 0  # (under a browser's print header)
    # (a unit's name and its parent's atop the page: a print view's head)
    return len(head) > top + 1 and _agency_name_only(head[top]) and _agency_name_only(head[top + 1])


def _agency_atop(lines: list[str], i: int) -> bool:
    """Whether a state body's name at line i stands where the site's name does on the platform's views: among the
    page's first lines, by the trail from home, or by another body's name (its parent's, a letterhead's)."""
    return i < LOGO_LINES or _by_home_trail(lines, i) or any(
        _agency_name_only(lines[j]) for j in (i - 1, i + 1) if 0 <= j < len(lines)
    )


def _by_home_trail(lines: list[str], i: int) -> bool:
    """Whether line i stands right under the trail from home, or over it past a few lines of buttons ("Қаз | Рус |
    Eng", "🔍"), as a site's name does on the platform's printed and mobile views."""
    return any(HOME_CRUMB.match(line) for line in lines[max(i - 1, 0) : i + TRAIL_NEAR_LINES + 1])


def _agency_name_only(line: str) -> bool:
    """Whether a line is a state body's name alone, no headline about it: "Абай облысы Аягөз ауданының әкімдігі",
    "Акимат Бурлинского района Западно-Казахстанской области" (not "Управление здравоохранения напоминает ...")."""
    words = line.split()
    if not (STATE_BODY.search(line) and 1 < len(words) <= AGENCY_MAX_WORDS) or _last_mark(line) in SENTENCE_MARKS:
        return False
    if NAME_DASH.search(line) or ":" in line:
        return False  # a headline quoting the body: "Төлебиде жаңа перзентхана салынады – Шу ауданының әкімдігі"
    return STATE_BODY.search(" " + words[-1]) is not None or all(
        word[:1].isupper() or word.casefold() in AGENCY_NAME_WORDS for word in words[1:]
    )


def _court_in_trail(lines: list[str]) -> str | None:
    """The court last in the judiciary platform's trail from home ("Главная / Суды / Суд города Астаны / Алматинский
    районный суд г. Астаны / Новости"), if a trail names one."""
    for line in lines:
        if HOME_CRUMB.match(line):
            # (a court's name, not a headline the trail ends in; nor the Supreme Court itself)
            crumbs = TRAIL_GAP.split(line.strip())[1:]
            courts = [crumb for crumb in crumbs if COURT_NAME.match(crumb) and not _supreme_court(crumb)]
            if courts:
                return canonical_outlet(courts[-1])
    return None


def _supreme_court(name: str) -> bool:
    """Whether a name is the Supreme Court's, in full or short."""
    return bool(SUPREME_COURT.match(name)) or name.casefold() in ("верховный суд", "жоғарғы сот")


def _language_switch(line: str) -> bool:
    """Whether a line is nothing but a language switch's buttons: names of languages or codes of three capitals at
    most apart by bars or slashes ("МОН | ҚАЗ", "ҚАЗ / РУС / ENG")."""
    parts = [part.strip() for part in re.split(r"[|/]", line)]
    return len(parts) > 1 and all(
        LANGUAGE_BUTTON.fullmatch(part) or (0 < len(part) <= 3 and part.isupper() and part.isalpha()) for part in parts
    )


def _switch_line(line: str) -> bool:
    """Whether a head's line is the language switch, perhaps with an accessibility link or a search box among its
    buttons ("ҚАЗ  РУС  ENG   Нашар көретіндерге арналған нұсқа   Кіру")."""
    parts = GAP.split(line.strip())
    return sum(bool(LANGUAGE_BUTTON.fullmatch(part)) for part in parts) >= 2 and any(map(HEAD_JUNK.search, parts))


def _agency_in_trail(line: str) -> str | None:
    """The agency last in the platform's trail from home or from the platform's name, after the platform's list of
    agencies ("Главная  Государственные органы  Департамент по чрезвычайным ситуациям Павлодарской области", "gov.kz |
    Государственные органы | Акимат Аккольского района"), or None."""
    trail = TRAIL_GAP.split(line.strip())
    if len(trail) < CRUMB_MIN_PARTS or not PLATFORM_AGENCIES.fullmatch(trail[-2]):
        return None
    return canonical_outlet(_without_parents(trail[-1])) if _agency_sized(trail[-1]) else None


def _without_parents(agency: str) -> str:
    """An agency's own name without the national bodies above it, which readers leave out (outlets.toml): "Комитет
    ... контроля" of "... Министерства здравоохранения РК", "Медициналық ... комитеті" of "... министрлігінің ...";
    and a district's body without its region ("Аппарат акима Бурлинского района")."""
    unit = AGENCY_COMMITTEE.sub(lambda found: found[1] or "", AGENCY_MINISTRY.sub("", agency, count=1), count=1)
    unit = AGENCY_REGION.sub(lambda found: found[1] or "", unit, count=1)
    return unit[0].upper() + unit[1:] if unit else agency


def _name_and_tagline(line: str) -> tuple[str, str] | None:
    """A site's short name, a dash and its tagline on one line, as a logo's alt text gives them ("Арқа ажары – Ақмола
    облыстық газеті"; a hyphen for the dash, as a text browser writes it: "ОҢТҮСТІК ҚАЗАҚСТАН - облыстық
    қоғамдық-саяси газет"), or an agency's name and its official site's tagline apart by a gap, as its site sets them
    side by side ("Министерство здравоохранения Республики Казахстан  Официальный интернет-ресурс")."""
    for mark in (" – ", " — ", " - "):
        name, dash, tagline = line.partition(mark)
        if dash:
            words = len(name.split())
            short = words <= LOGO_SPLIT_MAX_WORDS or (name.isupper() and words <= LOGO_CAPITALS_MAX_WORDS)
            # (a known outlet's may say it is news: "Sputnik Казахстан — новости")
            described = TAGLINE.search(tagline) or (NEWS_TAGLINE.fullmatch(tagline) and _outlet_name_only(name))
            return (name, tagline) if short and described else None
    name, *rest = GAP.split(line.strip(), maxsplit=1)
    return (name, rest[0]) if rest and OFFICIAL_SITE.match(rest[0]) else None


def _site_name_and_tagline(line: str) -> bool:
    """A site's name and its tagline on a line under its menu: a name of capitalised words, not in quotes ("Qostanay
    TV — телеканал Костанайской области"; not a headline, "Врача ждём – газета области получила сотни жалоб",
    "«Densaulyq Online» – жаңа ақпараттық портал"), or a known outlet's name as it is spelt ("Қостанай таңы –
    Қостанай облыстық қоғамдық-саяси газеті")."""
    split = _name_and_tagline(line)
    return bool(split) and line[:1] not in "«\"“" and (
        all(word[:1].isupper() for word in split[0].split()) or bool(_outlet_name_only(split[0]))
    )


def _logo_at(line: str, below: str) -> str | None:
    if TAGLINE.search(line) and (quoted := QUOTED_NAME.search(line)):  # "«Орал өңірі» газеті"
        return canonical_outlet(quoted[0].strip("«»"))
    name = line.strip(CLOSERS + "«“")
    words = name.split()
    # words, perhaps set apart as a channel's name sets them ("Шымкент | Главное"), perhaps a channel's number after
    # them ("Ақтөбе жаңалықтары 24"; not a year, not a number alone)
    if not 0 < len(words) <= LOGO_MAX_WORDS or not all(
        w.replace("-", "").isalpha() or w in "|/·–—" or (i and w.isdigit() and len(w) <= CHANNEL_NUMBER_MAX_DIGITS)
        # an abbreviation inside the name: "Управление общественного здравоохранения г. Алматы", "им. Абая"
        or (0 < i < len(words) - 1 and w.endswith(".") and w[:-1].isalpha() and len(w) <= LOGO_ABBREVIATION_CHARS)
        for i, w in enumerate(words)
    ):
        return None
    latin, slash, cyrillic = name.partition(" / ")
    if slash and not _latin_spelling_of(cyrillic, latin):  # one name in two alphabets only: not "Үржар / Урджар"
        return None
    plain = " ".join(word for word in words if word.isalnum() or "-" in word)  # not a breadcrumb, set apart so
    if _navigation_only(name) or HEAD_JUNK.search(plain):  # an accessibility link, a logo's alt text
        return None
    if _language_switch(name):  # "МОН | ҚАЗ", "ҚАЗ / РУС"
        return None
    capitals = len(words) <= LOGO_CAPITALS_MAX_WORDS and name.isupper()
    if TAGLINE.search(below) or (capitals and _menu(below)) or (
        len(words) <= LOGO_CAPITALS_MAX_WORDS and _address_of(name, below)
    ) or (capitals and bool(ADDRESS_THEN_WHAT.match(below.strip()))):  # ЭКИБАСТУЗСКАЯ НЕДЕЛЯ / ekinews.kz — новости ...
        if whole := known_outlet(f"{name} {below.strip()}"):
            return whole  # a known outlet's name with its kind on the line under it ("ЖЕТІСУ" / "телеарнасы")
        # a known outlet's channel says what it is after a bar: "Otyrar TV | Новости Шымкента"
        known = (part for part in re.split(r"\s+[|/·–—]\s+", name) if _outlet_name_only(part))
        # a channel's name over its handle or audience is all of it ("Шымкент | Главное" over @shymkent_glavnoe)
        channel = below.lstrip().startswith("@") or AUDIENCE_LINE.search(below)
        return canonical_outlet(next(known, name if channel else _logo_name(name)))
    return None


def _masthead_over_issue(lines) -> str | None:
    """A printed page's masthead, its first line, over the issue's number, perhaps under the issue's date ("Звезда
    Прииртышья" / "№ 134 (19872)   20 ноября 2025 года", "РУДНЫЙ АЛТАЙ" / "10 апреля 2025 года" / "№ 41 (20218)"): a
    name of a few words (not a byline, not a navigation word)."""
    if not any(ISSUE_NUMBER.search(line) for line in lines[1:3]):
        return None
    name = lines[0].strip()
    words = name.split()
    plain = 0 < len(words) <= LOGO_MAX_WORDS and all(word.replace("-", "").isalpha() for word in words)
    return name if plain and not _byline_name(name) and not _navigation_only(name) else None


def _spelt_by_address(name: str, line: str) -> bool:
    """Whether a line is a page's address whose site's name spells `name`, whole or before the word for a paper
    (atyrau-gazeti.kz: Атырау; not kostanay-news.kz: Костанай, nor almaty.kazpravda.kz: Алматы)."""
    address = URL_HOST.match(line.strip()) if len(line.split()) == 1 else None  # the address alone on its line
    if not address or not 0 < len(name.split()) <= LOGO_CAPITALS_MAX_WORDS:
        return False
    labels = address[1].casefold().split(".")
    if len(labels) != 2:
        return False  # a section's host (almaty.kazpravda.kz) names no site
    first, _, rest = labels[0].partition("-")
    return transliterates(name, labels[0]) or (rest in PAPER_LABELS and transliterates(name, first))


def _address_of(name: str, line: str) -> bool:
    """Whether a line is the site's address alone and spells `name`, as a logo's line under it does: КАРАВАН over
    caravan.kz, LS over lsm.kz (its first letters, in capitals); not a link's text over it ("Версия для печати" over
    informburo.kz, "in" over informburo.kz)."""
    if not DOMAIN_NAME.fullmatch(line.strip()):
        return False
    label = _site_label(line)
    initials = len(name) >= 2 and name.isascii() and name.isalpha() and name.isupper()  # not a button's "in" or "f"
    return transliterates(name, label) or (initials and label.startswith(name.casefold()))


def _site_label(domain: str) -> str:
    """The label that names the site in a domain, past "www." and the other prefixes of a site's hosts
    ("www.nnkc.kz": nnkc)."""
    labels = domain.strip().casefold().split(".")
    while len(labels) > 2 and labels[0] in SITE_PREFIXES:
        labels = labels[1:]
    return labels[0]


def _logo_name(name: str) -> str:
    """A logo's name: its Cyrillic spelling where it gives the Latin one first ("ERTIS ÓŃIRI / ЕРТІС ӨҢІРІ", or apart by
    a bar), its first part where a bar sets apart its name in the other language ("ЖАРКЕНТ ТАҢЫ | Жаркентская заря");
    a name with a dash is one name ("Кокшетау — Азия"), and so is one with a rubric's word after a bar ("Шымкент |
    Главное")."""
    _, slash, cyrillic = name.partition(" / ")
    if slash:
        return cyrillic
    parts = re.split(r"\s+[|·]\s+", name)
    if len(parts) == 2 and _latin_spelling_of(parts[1], parts[0]):
        return parts[1]  # "SARYARQA SAMALY | САРЫАРҚА САМАЛЫ"
    return name if any(map(_navigation_only, parts[1:])) else parts[0]  # "Шымкент | Главное" is all one name


def _latin_spelling_of(name: str, latin: str) -> bool:
    """Whether `latin` is a Cyrillic `name` written in one of the Kazakh Latin alphabets, their marks left off or not
    (JETISÝ: Жетісу; Qostanai tany: Қостанай таңы), word by word; not another name (ANA TILI over «Қазақ тілі»)."""
    words, written = name.casefold().split(), unmarked(latin).split()
    return len(words) == len(written) and all(
        target in {unmarked(spelling.written(word) or "") for spelling in spellings().values()}
        for word, target in zip(words, written)
    )



def _as_written(name: str, lines: list[str]) -> str:
    """A name in capitals as a line of the page writes it with a capital and small letters, or in Cyrillic in quotes,
    if one does (not as a domain: ktk.kz); a known name, or one not in capitals, as it is."""
    if not name.isupper() or name in KNOWN_NAMES:
        return name
    pattern = re.compile(rf"(?<![\w.]){re.escape(name)}(?!\w|\.\w)", re.IGNORECASE)
    for line in lines:
        for found in pattern.finditer(line):
            if found[0][0].isupper() and not found[0].isupper():
                return found[0]
    # a logo in Latin capitals, its name in Cyrillic and in quotes elsewhere (SOLTÜSTIK QAZAQSTAN: «Солтүстік Қазақстан»)
    quoted = (found[0].strip("«»") for line in lines for found in QUOTED_NAME.finditer(line))
    return next((canonical_outlet(cyrillic) for cyrillic in quoted if _latin_spelling_of(cyrillic, name)), name)


def _masthead_name(line: str) -> str | None:
    """A known name, else a domain, else a quoted name: a footer's quoted name is often the owning company's
    ("© 2024 ТОО «Уральская неделя». Все права защищены. Uralskweek.kz"). A domain in a copyright line's notice
    gives way to the brand the line signs with, if it spells it ("© 2011–2025 Устинка Live. ... при условии ссылки на
    ustinka.kz", "© 1991–2025 «Наша газета». ... ссылка на ng.kz")."""
    for pattern in MASTHEAD_NAMES:
        if found := pattern.search(line):
            if pattern is KNOWN_OUTLET and (longer := _quoted_around(line, found)):
                return canonical_outlet(longer)  # «Ortalyq Qazaqstan», a paper named with a channel's name in it
            if pattern is QUOTED_NAME and _notice(found[0]):
                return None  # a notice in quotes: «Все права защищены»
            if pattern is MASTHEAD_NAMES[1]:
                brand = _signed_brand(line) or _quoted_after_years(line)
                if brand and _spelt_by(brand, found[0]):
                    return canonical_outlet(brand)
            return canonical_outlet(found[0])
    return None


def _legal_masthead(line: str) -> str | None:
    """The institution an own site's head line names with its legal form (LEGAL_MASTHEAD), if the line is that."""
    found = LEGAL_MASTHEAD.match(line)
    return (found["name"] or found["named"]) if found and MASTHEAD_REST.match(line, found.end()) else None


def _quoted_around(line: str, found: re.Match) -> str | None:
    """The longer name in quotes a known name was found inside of, if any."""
    for quoted in QUOTED_NAME.finditer(line):
        if not quoted.start() < found.start() < found.end() < quoted.end():
            continue
        # a name of more words, each capitalised: «Ortalyq Qazaqstan», not «Kazinform халықаралық ақпарат агенттігі»
        # nor a notice in quotes («Ссылка на Tengrinews.kz обязательна»)
        more = (line[quoted.start() + 1 : found.start()] + line[found.end() : quoted.end() - 1]).split()
        if more and all(word[0].isupper() for word in more):
            return None if _notice(quoted[0]) else quoted[0].strip("«»")
    return None


def _institution(lines, head) -> str | None:
    """An institution's long name in the quotes of the page's last copyright line, where the page's head writes it
    too (© 2025 АО «Казахский научно-исследовательский институт онкологии и радиологии» under that name), or its name
    right after the years, where the head writes it alone on a line ("Арал аудандық көпбейінді ауруханасы" atop,
    "© 2026 Арал аудандық көпбейінді ауруханасы. Барлық құқықтар қорғалған." below)."""
    footer = _last_copyright(lines)
    written = {line.casefold() for line in head}
    for found in LONG_QUOTED_NAME.finditer(footer):
        if (name := found[0].strip("«»")).casefold() in written:
            return canonical_outlet(name)
    found = _name_after_years(footer)  # (not a site's description: "© 2025 Павлодарский новостной портал")
    # (a clinic's longer name too, which a copyright line's other readings leave, a brand's owner's among them: "©
    # 2015–2026 Павлодарская областная многопрофильная больница. Все права защищены.")
    if not found and (found := INSTITUTION_AFTER_YEARS.match(footer)) and not CLINIC.search(found["name"]):
        found = None
    name = found["name"].strip() if found else ""
    return canonical_outlet(name) if name.casefold() in written and not SITE_DESCRIBED.search(name) else None


INSTITUTION_AFTER_YEARS = re.compile(
    r"©\s*+\d{4}(?:\s*+[-–]\s*+\d{4})?\s*+(?P<name>[^\W\d][^,.;|©\d«»]{1,100}+)(?:[,.;|]|$)"
)
# a clinic's name: a hospital, a polyclinic, a centre, a dispensary, in Russian or Kazakh
CLINIC = re.compile(r"больниц|госпитал|поликлиник|клиник|диспансер|центр|аурухана|емхана|орталығ|перзентхана", re.I)


def _last_copyright(lines) -> str:
    """The page's last copyright line (its footer's), or ""."""
    return next((line for line in reversed(lines) if line.startswith("©")), "")


def _footer_brand(lines) -> str | None:
    """The name the page's last copyright line signs with after its years, its words mostly capitalised ("© 2025
    Қазақстан Республикасы Парламентінің Мәжілісі.", "© 2024 Қазақстан Қызыл Жарты Ай қоғамы."): the site's own,
    before a domain that only the scraper's header or a navigation line gives. Not the government platform's."""
    found = _name_after_years(_last_copyright(lines))
    if not found:
        return None
    name = found["name"].strip()
    words = name.split()
    # an institution's name: three words or more, each capitalised but perhaps the last (its noun: қоғамы), not a
    # footer's link ("Карта сайта", "Информационный портал Уральска"), a person (a photo's credit) or a platform's
    if len(words) < FOOTER_BRAND_MIN_WORDS or not all(word[:1].isupper() for word in words[:-1]):
        return None
    return None if GOV_PLATFORM.search(name) else canonical_outlet(name)


PAPER_WORDS = ("газеті", "газета")  # a paper's domain may spell its name with the word: aqtobegazeti.kz, «Ақтөбе»


def _spelt_by(brand: str, domain: str) -> bool:
    """Whether a domain spells a brand or its first word (ustinka.kz: Устинка Live), as a site's own domain does."""
    label = domain.casefold().removeprefix("www.").rsplit(".", 1)[0]
    words = brand.split()
    initials = "".join(word[0] for word in words[:-1]) + words[-1]  # vsemey.kz: Вечерний Семей
    letters = "".join(word[0] for word in words) if len(words) > 1 else ""  # ng.kz: Наша газета
    papers = [f"{brand} {word}" for word in PAPER_WORDS]
    return any(transliterates(spelling, label) for spelling in (brand, words[0], initials, letters, *papers) if spelling)


def _after_years(line: str) -> re.Match | None:
    """A copyright line's name (COPYRIGHT_NAME) where it stands right after the sign and its years."""
    found = COPYRIGHT_NAME.search(line)
    return found if found and COPYRIGHT_YEAR_FIRST.match(line, found.start()) else None


def _company_named(quoted: re.Match) -> bool:
    """Whether a name in quotes is a company's: a legal form in its clause, before or after it ("ТОО «...»", "«...»
    жауапкершілігі шектеулі серіктестігі")."""
    line = quoted.string
    before = CLAUSE_END.split(line[: quoted.start()])[-1]
    after = CLAUSE_END.split(line[quoted.end() :], 1)[0]
    return bool(LEGAL_FORM.search(before) or LEGAL_FORM.search(after))


def _names_no_one(line: str) -> bool:
    """Whether a copyright line names no one: its sign and years alone, or with a notice ("© 2024. 16+", "© 2024
    Барлық құқықтар қорғалған"; not "© Тобыл TV, 2024")."""
    rest = COPYRIGHT_SIGNS.sub(" ", line).strip()
    return not rest or _notice(rest)


def _name_after_years(line: str) -> re.Match | None:
    """A copyright line's name right after its years, not in quotes, where it is no company, notice, credit or
    navigation: the name _footer_brand and _signed_brand read."""
    found = _after_years(line)
    if not found or found["quoted"]:
        return None
    name = found["name"].strip()
    if ":" in name or LEGAL_FORM.search(name) or _notice(name) or _navigation_only(name):
        return None
    return found


def _quoted_after_years(line: str) -> str | None:
    """The name a copyright line gives in quotes right after its years ("© 1991–2025 «Наша газета»")."""
    found = _after_years(line)
    return found["name"].strip() if found and found["quoted"] else None


def _signed_brand(line: str) -> str | None:
    """The name a copyright line gives right after its years, every word capitalised, where it is not a domain, a
    company, a notice or a credit."""
    found = _name_after_years(line)
    if not found or not _names_someone(found):
        return None
    domain = MASTHEAD_NAMES[1].search(line, found.start("name"))
    if domain and domain.start() <= found.end("name"):  # "© 2025 elordainfo.kz", "© 2025 Сайт Zhaiyq.kz"
        return None
    return canonical_outlet(found["name"].strip())


def _dateline(line: str) -> str | None:
    dateline = DATELINE.match(line)
    if dateline and _agency_name(dateline["name"]):
        return canonical_outlet(dateline["name"])
    # ... or after the dash, its day before it ("АСТАНА, 11 июн — Sputnik. ..."), a name the outlets table knows (not
    # "— COVID, грипп и корь ...", "— COVID. ..."), as written: a logo atop may name its edition
    if (dated := _agency_dateline(line)) and not dated["agency"]:
        after = KNOWN_OUTLET.match(line, dated.end()) or AGENCY_AFTER_DASH.match(line, dated.end())
        return after[0] if known_outlet(after[0]) else None
    # The name opens the line, so a lower-case second character is in it or, after a one-letter name, where only a
    # space or a dash may stand: no name in capitals, which most lines (a capital, then small letters) show at once.
    if line[1:2].islower():
        return None
    dateline = NAME_DATELINE.match(line)
    if dateline and dateline["name"].isupper():
        return canonical_outlet(dateline["name"])
    return None
