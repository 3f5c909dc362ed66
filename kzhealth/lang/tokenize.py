"""Tokenization that keeps Kazakh letters inside words.

razdel and similar Russian-only tokenizers split words at ә ғ қ ң ө ұ ү һ і; a Unicode-aware regex does not.
A token is a word (letters, with inner hyphens or apostrophes: `Нұр-Сұлтан`, `кое-где`), a number
(`2,4`, `10.763`, `580-нен`) or a single punctuation mark. Words may carry digits after a hyphen (`COVID-19`).
"""

from __future__ import annotations

import re
from itertools import compress
from operator import itemgetter

# The letters Kazakh writes beyond the Russian alphabet, in lower and upper case: one place for every module.
KAZAKH_LETTERS = "әғқңөұүһі"
KAZAKH_CAPITALS = KAZAKH_LETTERS.upper()
# Kazakh typed with Russian letters only, as small sites and phones write it: each letter as its Russian look-alike,
# і as и or as ы (Кызылордада жана аурухана ашылды; ушин, ушын)
_LOOKALIKES = "агкноуухи"
TYPED_WITH_RUSSIAN_LETTERS = (
    str.maketrans(KAZAKH_LETTERS, _LOOKALIKES), str.maketrans(KAZAKH_LETTERS, _LOOKALIKES[:-1] + "ы")
)
_TYPED_IN_BOTH_CASES = str.maketrans(KAZAKH_LETTERS + KAZAKH_CAPITALS, _LOOKALIKES + _LOOKALIKES.upper())


def without_kazakh_letters(text: str) -> str:
    """Kazakh as it is typed without Kazakh letters, in either case (Семейдегі: Семейдеги, Жетісу: Жетису)."""
    return text.translate(_TYPED_IN_BOTH_CASES)

_LETTERS = r"[^\W\d_]"
WORD_PATTERN = rf"{_LETTERS}+(?:[-‐'’]{_LETTERS}+)*(?:-\d+)?"
# A number may carry a hyphenated case ending, as Kazakh writes them: `580-нен`, `2021-жылдың`.
# No capturing groups, so `findall` returns the tokens themselves (several times faster than finditer).
_NUMBER_PATTERN = rf"\d+(?:[.,]\d+)*(?:-{_LETTERS}+)?"
TOKEN_RE = re.compile(rf"{WORD_PATTERN}|{_NUMBER_PATTERN}|[^\w\s]")


def tokenize(text: str) -> list[str]:
    """All tokens of `text` in order: words, numbers and punctuation marks."""
    return TOKEN_RE.findall(text)


def word_flags(tokens: list[str]) -> list[bool]:
    """Which tokens are words: those that start with a letter (`2021-жылы` is a number). `ingest` keeps one lemma
    per word and `tag` lines words up with those lemmas, so both tell words by this alone."""
    return list(map(str.isalpha, map(itemgetter(0), tokens)))


def words(text: str) -> list[str]:
    """Only the word tokens of `text`."""
    tokens = tokenize(text)
    return list(compress(tokens, word_flags(tokens)))


def fold(word: str) -> str:
    """The form words are compared in: lower case, ё written е (lemmas, terms, names and queries alike)."""
    return word.lower().replace("ё", "е")
