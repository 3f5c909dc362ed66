"""Ordered parallel map in bounded memory.

Each stage is a pure function of one item, so it can run inline, over a process pool here, or over shards on a
cluster. Here: items go to worker processes in small batches, at most a fixed number of batches are in flight
(a bounded window, never the whole corpus), and results come back in input order.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import chain, islice
from typing import Any, TypeVar

T = TypeVar("T")
R = TypeVar("R")

BATCH = 64
WINDOW_PER_JOB = 4


@dataclass
class Outcome:
    """What became of one input: a JSONL line to write, or the reason it was skipped; plus warnings."""

    where: str
    line: bytes | None = None
    skipped: str | None = None
    warnings: list[str] = field(default_factory=list)
    size: int = 0


def default_jobs() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _batches(items: Iterator[T], size: int) -> Iterator[list[T]]:
    while batch := list(islice(items, size)):
        yield batch


def _worker_init(initializer: Callable[..., Any] | None, initargs: tuple) -> None:
    # Ctrl-C is the parent's business: it stops feeding and shuts the pool down; workers must not print
    # tracebacks of their own.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if initializer is not None:
        initializer(*initargs)


def _run_batch(fn: Callable[[T], R], batch: list[T]) -> list[R]:
    return [fn(item) for item in batch]


def ordered_map(
    fn: Callable[[T], R],
    items: Iterable[T],
    jobs: int = 1,
    initializer: Callable[..., Any] | None = None,
    initargs: tuple = (),
    batch: int = BATCH,
) -> Iterator[R]:
    """`map(fn, items)` over `jobs` processes, in order. The first two batches run inline, and so does the rest
    when it is less than a batch: small inputs never start processes, and the workers, forked afterwards, inherit
    what the stage learned on them (its memo of word forms) rather than each learning the commonest words anew.
    `initializer` prepares each worker process (the caller prepares its own process); `fn` and `initializer` must
    be module-level functions."""
    items = iter(items)
    yield from map(fn, islice(items, 2 * batch))
    first = list(islice(items, batch))
    if jobs <= 1 or len(first) < batch:  # one process, or less than a batch left: not worth starting processes
        yield from map(fn, first)
        yield from map(fn, items)
        return
    batches = chain([first], _batches(items, batch))
    # The loaded models move to the collector's permanent generation while the workers are forked: their
    # collections then never walk them (time) or write to their pages (memory shared with this process stays shared).
    gc.freeze()
    try:
        yield from _pooled(fn, batches, jobs, initializer, initargs)
    finally:
        gc.unfreeze()


def _pooled(
    fn: Callable[[T], R],
    batches: Iterator[list[T]],
    jobs: int,
    initializer: Callable[..., Any] | None,
    initargs: tuple,
) -> Iterator[R]:
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
    with ProcessPoolExecutor(jobs, mp_context=context, initializer=_worker_init, initargs=(initializer, initargs)) as pool:
        try:
            pending = deque(pool.submit(_run_batch, fn, b) for b in islice(batches, jobs * WINDOW_PER_JOB))
            while pending:
                results = pending.popleft().result()
                for b in islice(batches, 1):
                    pending.append(pool.submit(_run_batch, fn, b))
                yield from results
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
