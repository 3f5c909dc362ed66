from conftest import pool_workers, still_running

from kzhealth.runner import ordered_map


def square(x: int) -> int:
    return x * x


def test_ordered_map_keeps_order_across_processes():
    assert list(ordered_map(square, range(1000), jobs=2, batch=16)) == [x * x for x in range(1000)]


def test_ordered_map_small_input_runs_inline():
    assert list(ordered_map(square, [3], jobs=4)) == [9]


_prepared: list[int] = []


def _prepare() -> None:
    import os

    _prepared.append(os.getpid())


def _seen_by_worker(x: int) -> tuple[int, int, tuple[int, ...]]:
    import os

    return x, os.getpid(), tuple(_prepared)


def test_workers_fork_after_prepare_and_share_what_it_built():
    """A stage's models are built once, here, before the workers fork: each worker has them without building."""
    import os

    _prepared.clear()
    results = list(ordered_map(_seen_by_worker, range(500), jobs=2, batch=16, prepare=_prepare))
    assert [x for x, _, _ in results] == list(range(500))
    assert _prepared == [os.getpid()]  # once, in this process
    assert {pid for _, pid, _ in results} - {os.getpid()}  # the work went to workers...
    assert {built for _, _, built in results} == {(os.getpid(),)}  # ...which inherited what prepare built


def test_small_input_neither_forks_nor_prepares():
    """Up to two batches run here: no process starts, nothing is prepared for workers."""
    import os

    _prepared.clear()
    results = list(ordered_map(_seen_by_worker, range(32), jobs=2, batch=16, prepare=_prepare))
    assert {pid for _, pid, _ in results} == {os.getpid()} and _prepared == []


def test_ordered_map_is_lazy():
    consumed = []

    def items():
        for i in range(10_000):
            consumed.append(i)
            yield i

    results = ordered_map(square, items(), jobs=2, batch=8)
    assert next(results) == 0
    assert len(consumed) < 200  # a bounded window, not the whole input
    results.close()


HALF_A_RESULT = '''
import os, signal, struct, sys, time
from concurrent.futures import ProcessPoolExecutor
from kzhealth import runner
from kzhealth.errors import Terminated

class HalfAResult(ProcessPoolExecutor):
    """A pool whose result pipe holds half a message, as when a worker is stopped while writing its result."""
    def submit(self, *args, **kwargs):
        future = super().submit(*args, **kwargs)
        if not getattr(self, "half_sent", False):
            self.half_sent = True
            self._result_queue._writer._send(struct.pack("!i", 1 << 20) + b"\\x80\\x04half")
        return future

def slow(i):
    time.sleep(0.01)
    return i

def stop(signum, frame):
    raise Terminated(signum)

runner.ProcessPoolExecutor = HalfAResult
signal.signal(signal.SIGTERM, stop)
print("started", flush=True)
try:
    for _ in runner.ordered_map(slow, range(100_000), jobs=2, batch=4):
        pass
except Terminated:
    sys.exit(143)
'''


def test_a_signal_ends_the_pool_even_with_half_a_result_in_its_pipe(tmp_path):
    """A worker stopped mid-write leaves half a message; the pool's shutdown must not wait for the rest forever."""
    import signal
    import subprocess
    import sys

    proc = subprocess.Popen([sys.executable, "-c", HALF_A_RESULT], stdout=subprocess.PIPE)
    assert proc.stdout.readline() == b"started\n"
    children = pool_workers(proc, within=30)
    proc.send_signal(signal.SIGTERM)
    try:
        assert proc.wait(timeout=20) == 143
    finally:
        proc.kill()
    assert not still_running(children)
