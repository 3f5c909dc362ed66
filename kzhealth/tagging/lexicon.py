"""Terms of many labels matched on a document's lemmas in one pass.

A term is one word or a sequence of words (`общий наркоз`, `қатерлі ісік`). A word ending in `*` matches any lemma
starting with it (`онко*`: онкопациент, онкоскрининг). Otherwise a word (a Kazakh one in any of its current
spellings: санитариялық, санитарлық; in a lexicon for Kazakh in Latin letters, a Kazakh or Russian word also as
such a text reads back: vaksinasia, ваксинасия) matches a lemma equal to it, or, by
language, the lemma is the word plus an ending: a Kazakh inflection chain for Kazakh terms and for Russian terms of
four letters or more (loanwords inflect in Kazakh text: донорлық, трансплантациясы), an English plural for
English terms. Every distinct lemma is matched once and remembered, so a document costs a few dict lookups per
lemma. Where terms overlap, the longest sequence starting at a lemma wins.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import compress
from operator import contains
from typing import NamedTuple

from ..lang.kazakh import lexicalised_words
from ..lang.script import latin_readings
from ..lang.tokenize import fold, without_kazakh_letters, words
from ..memo import Memo
from .forms import StemIndex, english_endings, kazakh_endings, kazakh_spellings, kazakh_stem_variants

_MIN_RU_STEM_FOR_KK = 4


# Named tuples rather than dataclasses: they are built (hits) and hashed (entries, by the tagger) in C.
class Entry(NamedTuple):
    label: str
    lang: str
    term: str
    weight: float


class Hit(NamedTuple):
    start: int
    length: int
    entries: tuple[Entry, ...]


class _Starts(NamedTuple):
    """The terms that may start at a lemma: multi-word ones, longest first (of equal length, in the order of the
    lemma's word ids), and the one-word terms it is."""

    longer: tuple[tuple[int, ...], ...]
    single: tuple[Entry, ...]


def unmatchable_word(term: str) -> str | None:
    """The first word of a term that no lemma can ever be, or None: each word must be one word token as text is
    cut into words (`ВИЧ/СПИД` is two, `2024` none), and a `*` may only end a word."""
    for part in term.split():
        core = part[:-1] if part.endswith("*") else part
        if words(core) != [core]:
            return part
    return None


class Lexicon:
    def __init__(self, terms: Iterable[tuple[str, str, str, float]], latin: bool = False, typed: bool = False) -> None:
        """`terms`: (label, language, term, weight) with language ru, kk or en; each word a lemma or a prefix.
        `latin`: Kazakh and Russian words also match as a Kazakh text in Latin letters reads them back. `typed`:
        for Kazakh typed without Kazakh letters, whose lemmas are looked up folded so (`without_kazakh_letters`):
        Kazakh words and endings are folded too (дәрігерлер: даригерлер)."""
        self._latin = latin
        self._typed = typed
        self._word_ids: dict[tuple[str, str], int] = {}
        self._exact: dict[str, set[int]] = {}
        self._prefix: dict[str, set[int]] = {}
        self._inflected = StemIndex()
        self._sequences: dict[tuple[int, ...], tuple[Entry, ...]] = {}
        self._starts: dict[int, list[tuple[int, ...]]] = {}
        self.word_ids: Callable[[str], frozenset[int]] = Memo(self._word_ids_of).one
        self._tried_at: Memo[str, _Starts | tuple[()]] = Memo(self._starts_at)
        for label, lang, term, weight in terms:
            key = tuple(self._word_id(word, lang) for word in fold(term).split())
            if not key:
                continue
            self._sequences[key] = (*self._sequences.get(key, ()), Entry(label, lang, term, weight))
            if len(key) > 1 and key not in self._starts.get(key[0], []):
                self._starts.setdefault(key[0], []).append(key)
        self._prefixes = tuple(self._prefix)
        own = lexicalised_words()
        self._own_words = frozenset(map(without_kazakh_letters, own)) if typed else own

    def _word_id(self, word: str, lang: str) -> int:
        mode = "prefix" if word.endswith("*") else lang
        if (mode, word) in self._word_ids:
            return self._word_ids[mode, word]
        wid = self._word_ids[mode, word] = len(self._word_ids)
        if mode == "prefix":
            self._prefix.setdefault(without_kazakh_letters(word[:-1]) if self._typed else word[:-1], set()).add(wid)
            return wid
        forms = [(form, mode) for form in (kazakh_spellings(word) if mode == "kk" else [word])]
        if self._typed:
            forms = [(without_kazakh_letters(form), form_mode) for form, form_mode in forms]
        if self._latin and mode in ("kk", "ru"):  # inflected as Kazakh: it is Kazakh text
            forms += [(form, "kk") for form in latin_readings(word)]
        for form, form_mode in forms:
            self._exact.setdefault(form, set()).add(wid)
            if form_mode == "kk" or (form_mode == "ru" and len(form) >= _MIN_RU_STEM_FOR_KK):
                for stem in kazakh_stem_variants(form):
                    self._inflected.add(stem, wid, kazakh_endings(typed=self._typed))
            elif form_mode == "en":
                self._inflected.add(form, wid, english_endings())
        return wid

    def _word_ids_of(self, lemma: str) -> frozenset[int]:
        """Ids of the term words this lemma matches (a hyphenated lemma that is no term word whole matches through
        its parts: фельдшерско-акушерский, a rural clinic's name, is not акушерский); see `word_ids`, which
        remembers them."""
        folded = fold(lemma)
        whole = self._whole(folded)
        found = whole | self._prefixed(folded)
        # a term word whole (not a prefix term: кардио* in кардио-онкологический)
        if "-" in folded and not whole:
            found = found.union(*(self._match(part) for part in folded.split("-") if part))
        return frozenset(found)

    def _match(self, lemma: str) -> set[int]:
        return self._whole(lemma) | self._prefixed(lemma)

    def _whole(self, lemma: str) -> set[int]:
        """The term words a lemma is, as written or with an ending (not a Kazakh word of its own that looks like a
        shorter one with an ending: Қордай is no қор, "fund", + -дай)."""
        found = set(self._exact.get(lemma, ()))
        if lemma not in self._own_words:
            found.update(self._inflected.lookup(lemma))
        return found

    def _prefixed(self, lemma: str) -> set[int]:
        """The `*` term words a lemma begins with."""
        found: set[int] = set()
        if lemma.startswith(self._prefixes):  # one test in C for the many lemmas that no `*` term begins
            for cut in range(1, len(lemma) + 1):
                found.update(self._prefix.get(lemma[:cut], ()))
        return found

    def find(self, lemmas: Sequence[str]) -> Iterator[Hit]:
        """Non-overlapping hits, left to right, the longest term at each position."""
        starts = self._tried_at.many(lemmas)
        free = 0  # the first position not inside a hit already found
        for i in compress(range(len(starts)), starts):  # most lemmas start no term: skipped in C
            if i < free:
                continue
            longer, single = starts[i]
            key = next((key for key in longer if self._follows(lemmas, i, key)), None)
            if key is not None:
                yield Hit(i, len(key), self._sequences[key])
                free = i + len(key)
            else:
                if single:
                    yield Hit(i, 1, single)
                free = i + 1

    def _starts_at(self, lemma: str) -> _Starts | tuple[()]:
        """What `find` tries at a lemma, or () if no term starts with it: most lemmas, and also those that are only
        a later word of multi-word terms (the ones `_follows` looks at)."""
        ids = self.word_ids(lemma)
        found: _Starts | tuple[()] = ()
        if ids:
            longer = tuple(sorted((key for wid in ids for key in self._starts.get(wid, ())), key=len, reverse=True))
            single = tuple(entry for wid in ids for entry in self._sequences.get((wid,), ()))
            if longer or single:
                found = _Starts(longer, single)
        return found

    def _follows(self, lemmas: Sequence[str], start: int, key: tuple[int, ...]) -> bool:
        """Whether the lemmas from `start` on are the words of the multi-word term `key`."""
        end = start + len(key)
        return end <= len(lemmas) and all(map(contains, map(self.word_ids, lemmas[start:end]), key))
