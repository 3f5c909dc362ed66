"""Regions found in a text through the names of regions, cities, towns and districts, in any case form.

Every word of a name becomes a key: its shortest stem (Астана -> астан, Алматинская -> алматинск, облысы ->
облыс). A text word maps to a key when it is one of the name word's stems plus a Russian ending or a Kazakh
suffix chain (Астану, Астанада, облысының). Names are sequences of keys; the longest sequence starting at a word
wins, so `Алматы облысы` is almaty_region while `Алматы` alone is almaty.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from itertools import compress
from importlib import resources

from ..lang.tokenize import fold
from ..memo import recall
from .forms import StemIndex, kazakh_endings, russian_endings

_ADJECTIVE_ENDINGS = ("ий", "ый", "ой", "ая", "яя", "ое", "ее", "ые", "ие")
_VOWEL_OR_SOFT = set("аяоеёыиуюйь")
_MIN_STEM = 3
_CACHE_LIMIT = 200_000
_ADDRESS = "<address>"
_SENTENCE_END = re.compile(r"[.!?…:;»\"”)]\s*$")


def name_stems(word: str) -> list[str]:
    """The stems a name word may take endings on, the word itself first and its key (the shortest) last."""
    if len(word) > 5 and word.endswith(_ADJECTIVE_ENDINGS):
        return [word, word[:-2]]
    if len(word) > 4 and word[-1] in _VOWEL_OR_SOFT:
        return [word, word[:-1]]
    return [word]


@dataclass(frozen=True)
class _Name:
    region: str
    name: str
    capitals: tuple[bool, ...]  # which words must be capitalised in the text


class Gazetteer:
    def __init__(self, regions: dict[str, dict], matching: dict) -> None:
        self.ids = list(regions)
        self.min_paragraph_words = matching.get("min_paragraph_words", 0)
        self._index = StemIndex(min_stem=_MIN_STEM)
        self._endings = (russian_endings(), kazakh_endings())  # a Russian case ending or a Kazakh suffix chain
        self._registered: set[tuple[str, str]] = set()
        self._cache: dict[str, tuple[str, ...]] = {}
        generic = {fold(word) for word in matching.get("generic", ())}
        for word in matching.get("address_words", ()):
            self._register(fold(word), _ADDRESS)
        self._names: dict[tuple[str, ...], _Name] = {}
        self._prefixes: set[tuple[str, ...]] = set()
        for rid, spec in regions.items():
            for name in [*spec.get("names", ()), *spec.get("places", ())]:
                self._add_name(rid, name, generic)
        self._longest = max(map(len, self._names), default=0)

    def _register(self, word: str, key: str) -> None:
        for stem in name_stems(word):
            if (stem, key) not in self._registered:
                self._registered.add((stem, key))
                for endings in self._endings:
                    self._index.add(stem, key, endings)

    def _add_name(self, region: str, name: str, generic: set[str]) -> None:
        keys, capitals = [], []
        for word in name.split():
            folded = fold(word)
            key = name_stems(folded)[-1]
            self._register(folded, key)
            keys.append(key)
            capitals.append(folded not in generic and word[:1].isupper())
        seq = tuple(keys)
        old = self._names.get(seq)
        if old and old.region != region:
            raise ValueError(f"region name {name!r} is given for both {old.region} and {region}")
        if old:  # the same key sequence written twice (Петропавловск, петропавловский): the laxer spelling rules
            capitals = [a and b for a, b in zip(old.capitals, capitals)]
            name = old.name
        self._names[seq] = _Name(region, name, tuple(capitals))
        self._prefixes.update(seq[:n] for n in range(1, len(seq)))

    @classmethod
    @cache
    def shipped(cls) -> "Gazetteer":
        data = _shipped_data()
        return cls(data["regions"], data.get("matching", {}))

    def keys(self, word: str) -> tuple[str, ...]:
        found = self._cache.get(word)
        if found is None:
            found = tuple(dict.fromkeys(self._index.lookup(fold(word))))
            if len(self._cache) < _CACHE_LIMIT:
                self._cache[word] = found
        return found

    def find(self, tokens: list[str]) -> Iterable[tuple[_Name, int, int]]:
        """(name, start, end) of every region name in a list of word tokens, longest first, no overlaps."""
        keys = recall(self._cache, tokens, self.keys)
        free = 0  # the first position not inside a name already found
        for i in compress(range(len(keys)), keys):  # most words are no name's: skipped in C
            if i < free:
                continue
            match = self._longest_at(keys, tokens, i)
            if match is None:
                continue
            name, end = match
            near = keys[i - 1] if i else ()
            near += keys[end] if end < len(keys) else ()
            if _ADDRESS not in near:
                yield name, i, end
            free = end

    def _longest_at(self, keys: list[tuple[str, ...]], tokens: list[str], start: int) -> tuple[_Name, int] | None:
        best, frontier = None, [()]
        for end in range(start, min(len(keys), start + self._longest)):
            frontier = [seq + (key,) for seq in frontier for key in keys[end]]
            for seq in frontier:
                name = self._names.get(seq)
                if name and all(tok[:1].isupper() for tok, cap in zip(tokens[start:], name.capitals) if cap):
                    best = (name, end + 1)
            frontier = [seq for seq in frontier if seq in self._prefixes]
            if not frontier:
                break
        return best

    def count(self, title: list[str], paragraphs: Iterable[tuple[str, list[str]]]) -> dict[str, Counter]:
        """Per region id, the names found and how often, in the title's words and in the paragraphs (text, words)
        that are prose."""
        found: dict[str, Counter] = {}
        texts = [title] + [
            tokens
            for paragraph, tokens in paragraphs
            if len(tokens) >= self.min_paragraph_words or _SENTENCE_END.search(paragraph)
        ]
        for tokens in texts:
            for name, _, _ in self.find(tokens):
                found.setdefault(name.region, Counter())[name.name] += 1
        return found


@cache
def _shipped_data() -> dict:
    return tomllib.loads(resources.files(__package__).joinpath("data/regions.toml").read_text("utf-8"))


def region_ids() -> list[str]:
    """The ids of the shipped regions, without building the gazetteer."""
    return list(_shipped_data()["regions"])
