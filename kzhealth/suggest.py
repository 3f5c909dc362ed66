"""Unknown ids: a usage error that suggests the known id a user most likely meant (`anaesthesia` -> `anesthesia`)."""

from __future__ import annotations

import difflib
import os
from collections.abc import Sequence

from .errors import UsageError

# How alike two ids must be (difflib's ratio) to take one for a misspelling of the other: a letter or two off in an
# id of ten letters (anaesthesia/anesthesia 0.95, almati/almaty 0.83), not a different word (astrology/cardiology 0.74).
CLOSE = 0.8
# Another form of an id's word shares its first letters with it, where the ratio is low (dental/dentistry 0.53,
# vaccine/vaccination 0.67): so many of them make a stem.
STEM = 4


def closest(name: str, known: Sequence[str]) -> str | None:
    """The known id closest to `name`: one it is a misspelling of, else one whose stem it shares, if any."""
    name = name.casefold()
    found = difflib.get_close_matches(name, known, n=1, cutoff=CLOSE)
    if found:
        return found[0]
    stem = max(known, key=lambda k: len(os.path.commonprefix([name, k])), default=None)
    return stem if stem is not None and len(os.path.commonprefix([name, stem])) >= STEM else None


def unknown_id(kind: str, name: str, known: Sequence[str], where: str) -> UsageError:
    """The usage error for an id that is not known: the closest known one, if any, and where to look."""
    guess = closest(name, known)
    hint = f"did you mean {guess!r}? {where}" if guess else where
    return UsageError(f"unknown {kind} {name!r} ({hint})")


def known_id(kind: str, name: str, known: Sequence[str], where: str) -> str:
    """The known id `name` stands for, in any case (`Anesthesia` is anesthesia), or unknown_id's usage error."""
    if name in known:
        return name
    folded = {k.casefold(): k for k in known}
    if name.casefold() in folded:
        return folded[name.casefold()]
    raise unknown_id(kind, name, known, where)
