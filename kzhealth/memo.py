"""Per-item memos, looked up a whole sequence at a time.

The lemmatizers and the tagger remember what they made of each distinct word. A document is mostly words seen
before, so its look-ups run in C (`map(dict.get)`) and only the misses reach Python code.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


def recall(memo: dict[K, V], keys: Sequence[K], compute: Callable[[K], V]) -> list[V]:
    """The memo's value of each key; `compute(key)` for a key it lacks, which may store its result in the memo (a
    key missing twice is then computed once). Values must not be None, and should compare by identity or in C, so
    that looking for a miss stays cheap."""
    values = list(map(memo.get, keys))
    if None in values:
        values = [
            value if value is not None else memo[key] if key in memo else compute(key)
            for value, key in zip(values, keys)
        ]
    return values
