"""The Dask executor: the same map stages as the local one, on a `dask.distributed` cluster.

`local` starts a LocalCluster of single-threaded worker processes on this machine; any other address is an existing
scheduler (`dask scheduler` and `dask worker`, or dask's deployers for Kubernetes and Slurm). Work goes out in
partitions of PARTITION items (files or JSONL lines), never one task per document; the stage is sent to each worker
once. Results stream back in input order through a bounded window of partitions, or, for a folder of shards, each
worker writes its shard itself and sends back only its counts, skips and warnings. A worker lost mid-run costs
nothing: the scheduler runs its tasks again elsewhere, and a shard is written whole or not at all.

Workers need kzhealth at the same version, and the input at the same path (a shared filesystem).
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import CancelledError
from itertools import chain, islice

import kzhealth

from .errors import KzhealthError, UsageError
from .shards import PARTITION, ShardResult, write_outcomes
from .stages import MapStage, Outcome, batches

log = logging.getLogger(__name__)
CONNECT_TIMEOUT = 15  # seconds to reach a scheduler before giving up with one line
WINDOW_PER_WORKER = 2  # partitions in flight per worker thread: enough to keep every worker busy, bounded
RESUBMITS = 2  # times a partition the scheduler cancelled is submitted again


class ClusterUnavailable(KzhealthError):
    """The scheduler cannot be reached (EX_UNAVAILABLE from sysexits)."""

    exit_code = 69


# --- What runs on a worker (module-level, so it pickles by reference) -----------------------------------------


def _enter(folder: str) -> None:
    """Work in the client's folder: relative input paths mean what they mean to the user (the folder is on the
    filesystem the workers share), and `source` stays the path as given."""
    if os.getcwd() != folder:
        os.chdir(folder)


def run_partition(stage: MapStage, items: list, folder: str) -> list[Outcome]:
    _enter(folder)
    return list(stage.many(items))


def write_partition(stage: MapStage, items: list, folder: str, output: str, index: int) -> ShardResult:
    _enter(folder)
    return write_outcomes(stage.many(items), output, index)


def _worker_version() -> str:
    from kzhealth import __version__ as version

    return version


def _unreadable(paths: Sequence[str], folder: str) -> list[str]:
    if not os.path.isdir(folder):
        return [folder]
    _enter(folder)
    return [path for path in paths if not os.access(path, os.R_OK)]


def _result(index: int, part: list, future, submit):
    """A partition's result. A task the scheduler cancelled on its own ("already forgotten", as it may after losing
    a worker) is submitted again, up to RESUBMITS times; a task that failed raises as it did."""
    for _ in range(RESUBMITS):
        try:
            return future.result()
        except CancelledError:
            log.warning("partition %d was cancelled by the scheduler: submitted again", index)
            future = submit(index, part)
    return future.result()


def _build(stage: MapStage) -> None:
    stage.models()  # at connection time, so a run's first partitions do not wait for each worker's models


# --- The executor ---------------------------------------------------------------------------------------------


def local_cluster(workers: int, verbose: bool = False):
    """A LocalCluster as `--dask local` starts it: single-threaded worker processes, listening on 127.0.0.1 only,
    no dashboard (the scheduler's own HTTP routes on a free loopback port, not on 8787)."""
    import distributed

    return distributed.LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        host="127.0.0.1",
        dashboard_address=None,
        scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
        silence_logs=logging.INFO if verbose else logging.CRITICAL,
    )


class DaskExecutor:
    def __init__(self, address: str, jobs: int, verbose: bool = False, partition: int = PARTITION) -> None:
        self.partition = partition
        try:
            import distributed
        except ImportError:
            raise UsageError("--dask needs dask: pip install 'kzhealth[dask]'") from None
        if not verbose:  # dask's own log lines stay off stderr unless asked for
            for name in ("distributed", "tornado", "bokeh"):
                logging.getLogger(name).setLevel(logging.CRITICAL)
        self.cluster = None
        try:
            if address == "local":
                self.cluster = local_cluster(jobs, verbose)
                self.client = distributed.Client(self.cluster, timeout=CONNECT_TIMEOUT)
            else:
                self.client = distributed.Client(address, timeout=CONNECT_TIMEOUT)
        except ValueError as exc:  # `lcoal`, `tcp://`: not an address
            self.close()
            raise UsageError(f"--dask {address}: not 'local' or a scheduler address such as tcp://HOST:8786 ({exc})") from None
        except (OSError, TimeoutError) as exc:
            self.close()
            raise ClusterUnavailable(
                f"cannot reach the Dask scheduler at {address} within {CONNECT_TIMEOUT} s ({exc})"
            ) from None
        self._check_versions()

    def __enter__(self) -> "DaskExecutor":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        client, cluster = getattr(self, "client", None), self.cluster
        self.client = self.cluster = None
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()

    def workers(self) -> int:
        return max(1, sum(self.client.nthreads().values()))

    def _check_versions(self) -> None:
        versions = self.client.run(_worker_version)
        if not versions:
            raise ClusterUnavailable("the Dask scheduler has no workers (start some with `dask worker ADDRESS`)")
        for worker, version in sorted(versions.items()):
            if version != kzhealth.__version__:
                raise UsageError(
                    f"worker {worker} runs kzhealth {version}, this is {kzhealth.__version__}: install the same version"
                )

    def check_readable(self, paths: Sequence[str]) -> None:
        """One clear line when a worker cannot read an input path (it must be on a filesystem they all share)."""
        for worker, missing in sorted(self.client.run(_unreadable, list(paths), os.getcwd()).items()):
            if missing:
                raise UsageError(f"worker {worker} cannot read {missing[0]}: the input must be at the same path on every worker")

    def prepare(self, stage: MapStage):
        """The stage, sent once to every worker, with its models built there now; a future tasks refer to."""
        self.client.run(_build, stage)
        return self.client.scatter(stage, broadcast=True, hash=False)

    def _windowed(self, submit, parts: Iterator[list]) -> Iterator:
        window = self.workers() * WINDOW_PER_WORKER
        pending = deque((index, part, submit(index, part)) for index, part in enumerate(islice(parts, window)))
        index = len(pending)
        try:
            while pending:
                result = _result(*pending.popleft(), submit)
                for part in islice(parts, 1):
                    pending.append((index, part, submit(index, part)))
                    index += 1
                yield result
        finally:
            for _, _, future in pending:
                future.cancel()

    def map(self, stage: MapStage, items: Iterable) -> Iterator[Outcome]:
        remote = self.prepare(stage)
        here = os.getcwd()
        submit = lambda index, part: self.client.submit(run_partition, remote, part, here, pure=False)  # noqa: E731
        for outcomes in self._windowed(submit, batches(iter(items), self.partition)):
            yield from outcomes

    def shards(self, stage: MapStage, items: Iterable, folder: str) -> Iterator[ShardResult]:
        remote = self.prepare(stage)
        here, folder = os.getcwd(), os.path.abspath(folder)
        submit = lambda index, part: self.client.submit(  # noqa: E731
            write_partition, remote, part, here, folder, index, pure=False
        )
        parts = batches(iter(items), self.partition)
        first = next(parts, None)
        if first is None:  # no input at all: one empty shard, so the folder still reads as a corpus
            yield write_outcomes((), folder, 0)
            return
        yield from self._windowed(submit, chain([first], parts))
