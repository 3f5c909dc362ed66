"""The two shapes of a stage, as datatrove has them, and nothing about processes or machines.

- A **map** (`MapStage`) turns one item (a file, a JSONL line) into an `Outcome`: the JSONL line to write, or the
  reason the item was skipped, plus warnings. It is a small picklable value (its options, a taxonomy), and builds
  its models once per process, on first use: an executor may send it to a forked worker, to a Dask worker on
  another machine, or call it inline. ingest, tag, langid and filter are maps.
- A **fold** (`Fold`) adds records one at a time and merges with another fold of the same kind, so partitions
  reduce in parallel and the results combine. summarise is a fold.

Executors (`kzhealth.executors`) run any map; none knows what a stage does.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, ClassVar, Generic, Protocol, Self, TypeVar

T = TypeVar("T")


@dataclass
class Outcome:
    """What became of one input: a JSONL line to write, or the reason it was skipped; plus warnings.

    `invalid` marks a skip that is the input's fault (a JSONL line that is not a record), which stops the run
    unless the user asked to skip invalid lines."""

    where: str
    line: bytes | None = None
    skipped: str | None = None
    warnings: list[str] = field(default_factory=list)
    size: int = 0
    invalid: bool = False


# Models built by map stages in this process, by stage key: a stage unpickled once per task on a Dask worker
# still builds its models once per process, and a worker forked from a process that built them inherits them.
_BUILT: dict[tuple, Any] = {}


class MapStage(Generic[T]):
    """One item to one Outcome. Subclasses keep their options as plain picklable attributes, say what identifies
    their models (`key`), build them in `build()`, and use them in `apply(models, item)`."""

    name: ClassVar[str] = "stage"

    def key(self) -> tuple:
        """What the models depend on: two stages with equal keys share the models built in a process."""
        return (type(self).__qualname__,)

    def build(self) -> Any:
        """The models this stage needs (a tagger, the language models); called once per process and key."""
        return None

    def models(self) -> Any:
        key = self.key()
        try:
            return _BUILT[key]
        except KeyError:
            built = _BUILT[key] = self.build()
            return built

    def apply(self, models: Any, item: T) -> Outcome:
        raise NotImplementedError

    def __call__(self, item: T) -> Outcome:
        return self.apply(self.models(), item)


class Fold(Protocol):
    """A reduction over records: `add` one, `merge` another partial result of the same kind."""

    def add(self, record: Any) -> None: ...

    def merge(self, other: Self) -> Self: ...


F = TypeVar("F", bound=Fold)


def fold(into: F, records: Iterable[Any]) -> F:
    """`into` with every record added: the local way to run a fold over one partition."""
    for record in records:
        into.add(record)
    return into
