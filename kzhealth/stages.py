"""The two shapes of a stage, as datatrove has them, and nothing about processes or machines.

- A **map** (`MapStage`) turns one item (a file, a JSONL line) into an `Outcome`: the JSONL line to write, or the
  reason the item was skipped, plus warnings. It is a small picklable value (its options, a taxonomy), and builds
  its models once per process, on first use: an executor may send it to a forked worker, to a Dask worker on
  another machine, or call it inline. Executors hand it many items at once (`many`), which it may take in steps
  (`ingest --tag` builds a few records, then tags them). ingest, tag, langid and filter are maps.
- A **fold** (`Fold`) adds records one at a time and merges with another fold of the same kind, so partitions
  reduce in parallel and the results combine. summarise is a fold.

Executors (`runner.LocalExecutor`, `dask_executor.DaskExecutor`) run any map; none knows what a stage does.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, Self, TypeVar

if TYPE_CHECKING:
    from .shards import ShardResult

T = TypeVar("T")


@dataclass
class Outcome:
    """What became of one input: a JSONL line to write, the reason it was skipped, or neither (a filter dropped
    it); plus warnings, each named by its input, and `once`, a warning the run gives only the first time.

    `invalid` marks a skip that is the input's fault (a JSONL line that is not a record), which stops the run
    unless the user asked to skip invalid lines."""

    where: str
    line: bytes | None = None
    skipped: str | None = None  # a short reason, counted by (`binary`, `empty`)
    detail: str = ""  # what more the user should know of a skip (`70 MB, past the bound of 64 MiB`)
    warnings: list[str] = field(default_factory=list)
    size: int = 0
    invalid: bool = False
    once: str | None = None


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
        """The built models: this stage's own reference, else the process's by key, else built now."""
        try:
            return self.__dict__["_models"]
        except KeyError:
            key = self.key()
            if key not in _BUILT:
                _BUILT[key] = self.build()
            models = self.__dict__["_models"] = _BUILT[key]
            return models

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state.pop("_models", None)  # models never travel: the receiving process builds or finds its own
        return state

    def apply(self, models: Any, item: T) -> Outcome:
        raise NotImplementedError

    def __call__(self, item: T) -> Outcome:
        return self.apply(self.models(), item)

    def many(self, items: Iterable[T]) -> Iterator[Outcome]:
        """The outcomes of many items, in order, as an executor's worker takes them: one item at a time, unless a
        stage has a better way."""
        return map(self, items)


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """The items in lists of `size` (the last one shorter), taken as they are needed."""
    items = iter(items)
    while batch := list(islice(items, size)):
        yield batch


class Executor(Protocol):
    """Runs any map stage: `map` gives the outcomes in input order; `shards` writes a folder of shards (one per
    partition of the input) and gives what each shard had to tell. Used as a context manager."""

    def __enter__(self) -> Self: ...

    def __exit__(self, *exc: object) -> None: ...

    def map(self, stage: MapStage, items: Iterable) -> Iterator[Outcome]: ...

    def shards(self, stage: MapStage, items: Iterable, folder: str) -> Iterator["ShardResult"]: ...


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
