"""The lemmatizer of each language: pymorphy3 with context for Russian, the suffix grammar for Kazakh, and
lower-casing for anything else; and terms written as ordinary words turned into the lemmas documents carry."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .kazakh import get_kazakh_lemmatizer
from .russian import get_russian_lemmatizer
from .tokenize import fold


def _lower(tokens: Sequence[str]) -> list[str]:
    return [token.lower() for token in tokens]


def lemmatizer_for(lang: str) -> Callable[[Sequence[str]], list[str]]:
    if lang == "ru":
        return get_russian_lemmatizer().lemmatize
    if lang == "kk":
        return get_kazakh_lemmatizer().lemmatize
    return _lower


def lemmatize_term(term: str, lang: str) -> str:
    """A term of the taxonomy's syntax (words separated by spaces, `*` ending a prefix) as the lemmas `ingest`
    gives its words in text of `lang`: `общего наркоза` -> `общий наркоз`, `балаларға` -> `бала`. The words are
    lemmatized together, so Russian agreement decides as it does in a sentence; a prefix is kept as written."""
    parts = term.split()
    plain = [i for i, part in enumerate(parts) if not part.endswith("*")]
    lemmas = lemmatizer_for(lang)([parts[i] for i in plain])
    for i, lemma in zip(plain, lemmas):
        parts[i] = lemma
    return fold(" ".join(parts))

