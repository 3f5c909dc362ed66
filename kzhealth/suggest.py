"""Unknown ids: a usage error that suggests the known id a user most likely meant (`anaesthesia` -> `anesthesia`)."""

from __future__ import annotations

import difflib
from collections.abc import Sequence

from .errors import UsageError

# How alike two ids must be (difflib's ratio) to take one for a misspelling of the other: a letter or two off in an
# id of ten letters (anaesthesia/anesthesia 0.95, almati/almaty 0.83), not a different word (vaccine/vaccination 0.67).
CLOSE = 0.8


def closest(name: str, known: Sequence[str]) -> str | None:
    """The known id closest to `name`, if it is close enough to be a misspelling of it."""
    found = difflib.get_close_matches(name.casefold(), known, n=1, cutoff=CLOSE)
    return found[0] if found else None


def unknown_id(kind: str, name: str, known: Sequence[str], where: str) -> UsageError:
    """The usage error for an id that is not known: the closest known one, if any, and where to look."""
    guess = closest(name, known)
    hint = f"did you mean {guess!r}? {where}" if guess else where
    return UsageError(f"unknown {kind} {name!r} ({hint})")
