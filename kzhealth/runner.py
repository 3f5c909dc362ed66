"""The local executor: an ordered parallel map in bounded memory, over forked worker processes.

Items go to worker processes in small batches, at most a fixed number of batches are in flight (a bounded window,
never the whole corpus), and results come back in input order. The Dask executor (`dask_executor`) runs the same
stages on a cluster; both have `map` (outcomes in order) and `shards` (a folder of shards, see `shards`).
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from itertools import chain, islice
from typing import TypeVar

from .shards import PARTITION, ShardResult, write_partitions
from .stages import MapStage, Outcome, batches

T = TypeVar("T")
R = TypeVar("R")

BATCH = 16
WINDOW_PER_JOB = 4


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _worker_init(fn: Callable) -> None:
    # Ctrl-C is the parent's business: it stops feeding and shuts the pool down; workers must not print
    # tracebacks of their own. A worker whose parent dies without a word (SIGKILL) is told to end too.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for signum in (signal.SIGTERM, getattr(signal, "SIGHUP", None)):  # the parent's handlers are not theirs
        if signum is not None:
            signal.signal(signum, signal.SIG_DFL)
    _die_with_parent()
    global _fn
    _fn = fn


def _die_with_parent() -> None:
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG: Linux only
    except (OSError, AttributeError):
        pass


_fn: Callable | None = None  # what a worker runs on each batch, installed once when the worker starts


def _run_batch(batch: list) -> list:
    assert _fn is not None
    return list(_fn(batch))


def ordered_map(
    fn: Callable[[T], R], items: Iterable[T], jobs: int = 1, batch: int = BATCH, prepare: Callable[[], object] | None = None
) -> Iterator[R]:
    """`map(fn, items)` over `jobs` processes, in order (see `ordered_many`)."""
    return ordered_many(partial(map, fn), items, jobs, batch, prepare)


def ordered_many(
    many: Callable[[Iterable[T]], Iterable[R]],
    items: Iterable[T],
    jobs: int = 1,
    batch: int = BATCH,
    prepare: Callable[[], object] | None = None,
) -> Iterator[R]:
    """`many(items)` over `jobs` processes, in order, where `many` gives one result per item, in order (a map stage's
    `many`). An input of up to two batches runs inline: small inputs never start processes. A longer one goes to
    workers forked at once, after `prepare()` (a stage's models) has run here, so that they share what it built
    rather than each building it anew; each worker runs `many` on a batch at a time. `many` goes to each worker
    once, when it starts (inherited, not pickled, where processes fork), never with each batch."""
    items = iter(items)
    if jobs <= 1:
        yield from many(items)
        return
    head = list(islice(items, 2 * batch + 1))
    if len(head) <= 2 * batch:  # not worth starting processes
        yield from many(head)
        return
    if prepare is not None:
        prepare()
    # The loaded models move to the collector's permanent generation while the workers are forked: their
    # collections then never walk them (time) or write to their pages (memory shared with this process stays shared).
    gc.freeze()
    try:
        yield from _pooled(many, batches(chain(head, items), batch), jobs)
    finally:
        gc.unfreeze()


def _pooled(many: Callable[[list[T]], Iterable[R]], batches: Iterator[list[T]], jobs: int) -> Iterator[R]:
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_worker_init, initargs=(many,)) as pool:
        try:
            pending = deque(pool.submit(_run_batch, b) for b in islice(batches, jobs * WINDOW_PER_JOB))
            while pending:
                results = pending.popleft().result()
                for b in islice(batches, 1):
                    pending.append(pool.submit(_run_batch, b))
                yield from results
        except BaseException:
            # Interrupted, terminated or the reader went away: no worker outlives the run, busy or not.
            for process in list(getattr(pool, "_processes", {}).values()):
                process.terminate()
            # A worker stopped while writing a result leaves half a message in the result pipe, and the pool's
            # manager thread waits for the rest forever (shutdown with it). Closing this process's copy of the
            # pipe's writing end leaves the dead workers' copies only, so the read ends (EOF) and so does shutdown.
            result_queue = getattr(pool, "_result_queue", None)
            if result_queue is not None:
                result_queue._writer.close()
            pool.shutdown(wait=True, cancel_futures=True)
            raise


class LocalExecutor:
    """Runs a map stage here, over `jobs` forked processes."""

    def __init__(self, jobs: int = 1, partition: int = PARTITION) -> None:
        self.jobs = jobs
        self.partition = partition  # items per shard

    def __enter__(self) -> "LocalExecutor":
        return self

    def __exit__(self, *exc) -> None:
        pass

    def map(self, stage: MapStage, items: Iterable) -> Iterator[Outcome]:
        return ordered_many(stage.many, items, self.jobs, prepare=stage.models)

    def shards(self, stage: MapStage, items: Iterable, folder: str) -> Iterator[ShardResult]:
        """Shard k holds the outcomes of the k-th partition of the items, as on a cluster; written here, in order."""
        return write_partitions(self.map(stage, items), folder, self.partition)
