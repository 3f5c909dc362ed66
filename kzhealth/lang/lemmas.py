"""The lemmatizer of each language: pymorphy3 with context for Russian, the suffix grammar for Kazakh, and
lower-casing for anything else."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .kazakh import get_kazakh_lemmatizer
from .russian import get_russian_lemmatizer


def _lower(tokens: Sequence[str]) -> list[str]:
    return [token.lower() for token in tokens]


def lemmatizer_for(lang: str) -> Callable[[Sequence[str]], list[str]]:
    if lang == "ru":
        return get_russian_lemmatizer().lemmatize
    if lang == "kk":
        return get_kazakh_lemmatizer().lemmatize
    return _lower
