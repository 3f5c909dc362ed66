"""Bounded per-item memos, looked up a whole sequence at a time.

The lemmatizers, the language identifier and the tagger remember what they made of each distinct word. A document
is mostly words seen before, so its look-ups run in C (`map(dict.get)`) and only the misses reach Python code.
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
    the common words are back at once.

    Values must not be None (None marks a miss), and should compare by identity or in C, so that looking for a
    miss stays cheap. Falsy values (an empty tuple, False) are fine."""

    def __init__(self, compute: Callable[[K], V], limit: int = LIMIT) -> None:
        super().__init__()
        self.compute = compute
        self.limit = limit

    def one(self, key: K) -> V:
        """The value of a key. A bound method, not `__call__`: Python calls it faster."""
        value = self.get(key)
        if value is None:
            return self._miss(key)
        return value

    def many(self, keys: Sequence[K]) -> list[V]:
        """The value of each key; a key missing twice is computed once."""
        values = list(map(self.get, keys))
        if None in values:
            values = [
                value if value is not None else self[key] if key in self else self._miss(key)
                for value, key in zip(values, keys)
            ]
        return values

    def _miss(self, key: K) -> V:
        if len(self) >= self.limit:
            self.clear()
        value = self[key] = self.compute(key)
        return value
