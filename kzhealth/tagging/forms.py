"""Word forms: a stem plus an inflectional ending from `data/endings.toml`, for matching words by form.

Both the topic lexicon (Kazakh stems) and the region gazetteer (names in any case form) look words up through a
`StemIndex`: a dict from stem to values, tried at every split point of the word whose tail is an allowed ending.
Words are normalised once by `fold` (lower case, ё -> е) on both sides.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from ..lang.tokenize import without_kazakh_letters
from ..shipped import read_toml


@cache
def _tables() -> dict:
    return read_toml(__package__, "endings.toml")


@cache
def russian_endings() -> frozenset[str]:
    return frozenset(_tables()["russian"]["endings"])


@cache
def english_endings() -> frozenset[str]:
    return frozenset(_tables()["english"]["endings"])


class EndingChains:
    """Endings made of optional slots in a fixed order, each slot at most once: the Kazakh derivation? plural?
    possessive? case?, with a hyphen before any of it (МӘМС-тегі, ШҚО-да). There are over 130,000 such chains,
    so a tail is parsed slot by slot rather than looked up in a list."""

    def __init__(self, slots: Iterable[Iterable[str]]) -> None:
        self._slots = [frozenset(option for option in slot if option) for slot in slots]
        self._longest = [max(map(len, slot), default=0) for slot in self._slots]
        self.longest = 1 + sum(self._longest)  # the hyphen and the longest option of every slot

    def __contains__(self, tail: str) -> bool:
        if tail.startswith("-"):
            tail = tail[1:]
            if not tail:
                return False
        return self._parses(tail, 0)

    def _parses(self, tail: str, first: int) -> bool:
        """Whether `tail` is options of the slots from `first` on, in order."""
        if not tail:
            return True
        for slot in range(first, len(self._slots)):
            options = self._slots[slot]
            for n in range(1, min(len(tail), self._longest[slot]) + 1):
                if tail[:n] in options and self._parses(tail[n:], slot + 1):
                    return True
        return False


THIRD_PERSON = frozenset(["ы", "і", "сы", "сі"])  # the Kazakh possessive of "his, its": Түркия елордасы


@cache
def kazakh_endings(third_person: bool = True, typed: bool = False) -> EndingChains:
    """The Kazakh endings of data/endings.toml; a locative with a relative (-дағы) is one more case ending. Without
    `third_person`, no third-person possessive: a word that names a place only as no other's (елордада, елордамызда;
    not Түркия елордасында). `typed`: each also as typed without Kazakh letters (-дегі: -деги, -ға: -га), for
    Kazakh text typed so only (in Russian text such endings are Russian ones: закуп-ки)."""
    kk = _tables()["kazakh"]
    located = [locative + relative for locative in kk["locative"] for relative in kk["relative"]]
    possessive = kk["possessive"] if third_person else [ending for ending in kk["possessive"] if ending not in THIRD_PERSON]
    slots = [kk["derivation"], kk["plural"], possessive, kk["case"] + located]
    return EndingChains([[*slot, *map(without_kazakh_letters, slot)] if typed else slot for slot in slots])


def kazakh_spellings(word: str) -> list[str]:
    """The word and its other current spellings (санитариялық -> санитарлық, технологиялық -> технологиялы)."""
    found = [word]
    for written, also in _tables()["kazakh"]["spelling"]:
        if word.endswith(written) and len(word) > len(written):
            found.append(word[: -len(written)] + also)
    return found


def kazakh_stem_variants(stem: str) -> list[str]:
    """The stem and its voiced variant (жүрек -> жүрег) that appears before vowel-initial endings."""
    voiced = _tables()["kazakh"]["voicing"].get(stem[-1:])
    return [stem, stem[:-1] + voiced] if voiced else [stem]


@cache
def _longest(endings: frozenset[str] | EndingChains) -> int:
    """The length of the longest ending, found once per set: every stem of a lexicon adds one of the same few."""
    return endings.longest if isinstance(endings, EndingChains) else max(map(len, endings), default=0)


class StemIndex:
    """Values keyed by stems; `lookup(word)` finds the values of every stem that the word is `stem + ending`."""

    def __init__(self, min_stem: int = 2) -> None:
        self._stems: dict[str, list[tuple[object, frozenset[str] | EndingChains]]] = {}
        self._min_stem = min_stem
        self._max_ending = 0

    def add(self, stem: str, value: object, endings: frozenset[str] | EndingChains) -> None:
        self._stems.setdefault(stem, []).append((value, endings))
        self._max_ending = max(self._max_ending, _longest(endings))

    def lookup(self, word: str) -> list[object]:
        """Values of all matching stems, longest stem first; the word itself counts as stem + empty ending, even
        when shorter than `min_stem` (the "би" of "Төле би"), which only bounds the stems endings are cut to."""
        found = []
        shortest = min(len(word), max(self._min_stem, len(word) - self._max_ending))
        for cut in range(len(word), shortest - 1, -1):
            for value, endings in self._stems.get(word[:cut], ()):
                if cut == len(word) or word[cut:] in endings:
                    found.append(value)
        return found

