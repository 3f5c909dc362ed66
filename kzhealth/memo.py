"""Bounded per-item memos, looked up a whole sequence at a time.

The lemmatizers, the language identifier and the tagger remember what they made of each distinct word. A document
is mostly words seen before, so its look-ups run in C (`map` over the dict's own `__getitem__`) and only the misses
reach Python code (`__missing__`).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

LIMIT = 200_000  # keys a memo holds before it starts afresh


class Memo(dict, Generic[K, V]):
    """What `compute` makes of each key, remembered for up to `limit` keys. A full memo forgets everything and
    starts afresh, so memory stays bounded however many documents stream through; news vocabulary is Zipfian, so
    the common words are back at once. `memo[key]` computes a missing key; `one` is that look-up as a function."""

    def __init__(self, compute: Callable[[K], V], limit: int = LIMIT) -> None:
        super().__init__()
        self.compute = compute
        self.limit = limit
        self.one: Callable[[K], V] = self.__getitem__  # the dict's own look-up, bound once: no Python frame on a hit

    def many(self, keys: Sequence[K]) -> list[V]:
        """The value of each key; a key missing twice is computed once."""
        return list(map(self.__getitem__, keys))

    def __missing__(self, key: K) -> V:
        if len(self) >= self.limit:
            self.clear()
        value = self[key] = self.compute(key)
        return value
