"""Word forms: a stem plus an inflectional ending from `data/endings.toml`, for matching words by form.

Both the topic lexicon (Kazakh stems) and the region gazetteer (names in any case form) look words up through a
`StemIndex`: a dict from stem to values, tried at every split point of the word whose tail is an allowed ending.
Words are normalised once by `fold` (lower case, ё -> е) on both sides.
"""

from __future__ import annotations

import itertools
import tomllib
from collections.abc import Iterable
from functools import cache
from importlib import resources


@cache
def _tables() -> dict:
    return tomllib.loads(resources.files(__package__).joinpath("data/endings.toml").read_text("utf-8"))


@cache
def russian_endings() -> frozenset[str]:
    return frozenset(_tables()["russian"]["endings"])


@cache
def english_endings() -> frozenset[str]:
    return frozenset(_tables()["english"]["endings"])


@cache
def kazakh_endings() -> frozenset[str]:
    """Every chain derivation? plural? possessive? case? (relative after a locative), the empty one included."""
    kk = _tables()["kazakh"]
    locative, chains = set(kk["locative"]), set()
    for parts in itertools.product(*([""] + kk[slot] for slot in ("derivation", "plural", "possessive", "case"))):
        chains.add("".join(parts))
        if parts[-1] in locative:
            chains.update("".join(parts) + relative for relative in kk["relative"])
    chains |= {"-" + chain for chain in chains if chain}  # МӘМС-тегі, ШҚО-да
    return frozenset(chains)


def kazakh_stem_variants(stem: str) -> list[str]:
    """The stem and its voiced variant (жүрек -> жүрег) that appears before vowel-initial endings."""
    voiced = _tables()["kazakh"]["voicing"].get(stem[-1:])
    return [stem, stem[:-1] + voiced] if voiced else [stem]


@cache
def _longest(endings: frozenset[str]) -> int:
    return max(map(len, endings), default=0)


class StemIndex:
    """Values keyed by stems; `lookup(word)` finds the values of every stem that the word is `stem + ending`."""

    def __init__(self, min_stem: int = 2) -> None:
        self._stems: dict[str, list[tuple[object, frozenset[str]]]] = {}
        self._min_stem = min_stem
        self._max_ending = 0

    def add(self, stem: str, value: object, endings: Iterable[str] | frozenset[str]) -> None:
        endings = endings if isinstance(endings, frozenset) else frozenset(endings)
        self._stems.setdefault(stem, []).append((value, endings))
        self._max_ending = max(self._max_ending, _longest(endings))

    def lookup(self, word: str) -> list[object]:
        """Values of all matching stems, longest stem first; the word itself counts as stem + empty ending."""
        found = []
        for cut in range(len(word), max(self._min_stem, len(word) - self._max_ending) - 1, -1):
            for value, endings in self._stems.get(word[:cut], ()):
                if cut == len(word) or word[cut:] in endings:
                    found.append(value)
        return found


def is_inflection_of(word: str, stem: str) -> bool:
    """Whether `word` is `stem` (or its voiced variant) plus a Kazakh ending or the verbal noun -у: so a
    lemmatizer that turns тергеу into терге, дейінгі into дейінк only stripped an ending, not part of the root."""
    tails = _inflection_tails()
    return any(word.startswith(v) and word[len(v):] in tails for v in kazakh_stem_variants(stem))


@cache
def _inflection_tails() -> frozenset[str]:
    return kazakh_endings() | {"у", "ю"}
