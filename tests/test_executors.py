"""Executors run the same stages and give the same bytes: --jobs 1 and 2, the local pool and Dask, a file and a
folder of shards. Dask runs on a real LocalCluster of two worker processes, listening on 127.0.0.1 only."""

from __future__ import annotations

import gzip
import itertools
import json
import os
import signal
import sys
from pathlib import Path

import pytest

from kzhealth.pipeline import IngestStage
from kzhealth.runner import LocalExecutor
from kzhealth.shards import MANIFEST
from kzhealth.ingest.files import iter_files

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    """A scheduler and two single-threaded worker processes, as `dask scheduler` and `dask worker` would be."""
    from kzhealth.dask_executor import local_cluster

    with local_cluster(2) as cluster:
        yield cluster


@pytest.fixture(scope="module")
def local_ingest(bench_corpus) -> bytes:
    from typer.testing import CliRunner

    from kzhealth.cli import app

    result = CliRunner().invoke(app, ["ingest", str(bench_corpus), "--jobs", "1"])
    assert result.exit_code == 0, result.stderr
    return result.stdout_bytes


def shards_of(folder: Path) -> bytes:
    manifest = json.loads((folder / MANIFEST).read_text())
    return b"".join(gzip.decompress((folder / shard["file"]).read_bytes()) for shard in manifest["shards"])


def test_jobs_1_and_2_give_the_same_bytes(kz, bench_corpus, local_ingest):
    assert kz("ingest", str(bench_corpus), "--jobs", "2").stdout_bytes == local_ingest
    one = kz("tag", "--jobs", "1", input=local_ingest).stdout_bytes
    assert kz("tag", "--jobs", "2", input=local_ingest).stdout_bytes == one and one.count(b"\n") == 240


def test_dask_gives_the_local_bytes(kz, cluster, bench_corpus, local_ingest, tmp_path):
    address = cluster.scheduler_address
    assert kz("ingest", str(bench_corpus), "--dask", address).stdout_bytes == local_ingest
    source = tmp_path / "corpus.jsonl"
    source.write_bytes(local_ingest)
    local_tag = kz("tag", str(source), "--jobs", "1").stdout_bytes
    assert kz("tag", str(source), "--dask", address).stdout_bytes == local_tag


def test_dask_writes_shards_and_a_manifest_that_read_as_one_corpus(kz, cluster, bench_corpus, local_ingest, tmp_path):
    out = tmp_path / "out"
    result = kz("ingest", str(bench_corpus), "--dask", cluster.scheduler_address, "-o", f"{out}/")
    assert result.exit_code == 0, result.stderr
    manifest = json.loads((out / MANIFEST).read_text())
    assert manifest["records"] == 240 and manifest["command"] == "ingest" and manifest["kzhealth"]
    assert [shard["file"] for shard in manifest["shards"]] == sorted(p.name for p in out.glob("part-*.jsonl.gz"))
    assert shards_of(out) == local_ingest
    assert not [p for p in out.iterdir() if p.name.endswith(".part")]
    # a folder of shards reads as one corpus; tag writes shards from shards
    local_summary = kz("summarise", "--format", "json", input=local_ingest).stdout
    assert kz("summarise", "--format", "json", str(out)).stdout == local_summary
    tagged = tmp_path / "tagged"
    assert kz("tag", str(out), "--dask", cluster.scheduler_address, "-o", f"{tagged}/").exit_code == 0
    assert shards_of(tagged) == kz("tag", "--jobs", "1", input=local_ingest).stdout_bytes


def test_local_shards_equal_dask_shards(kz, bench_corpus, tmp_path):
    out = tmp_path / "local"
    assert kz("ingest", str(bench_corpus), "--jobs", "2", "-o", f"{out}/").exit_code == 0
    assert shards_of(out) == kz("ingest", str(bench_corpus), "--jobs", "1").stdout_bytes


def test_dask_local_starts_and_stops_its_own_cluster(kz, seeds):
    local = kz("ingest", str(seeds)).stdout_bytes
    result = kz("ingest", str(seeds), "--dask", "local", "--jobs", "2")
    assert result.exit_code == 0 and result.stdout_bytes == local
    assert result.stderr == ""  # dask's own log lines stay off stderr


def test_skips_on_workers_reach_the_user_once(kz, cluster, tmp_path, seeds):
    folder = tmp_path / "mixed"
    folder.mkdir()
    (folder / "a.txt").write_bytes((seeds / sorted(os.listdir(seeds))[0]).read_bytes())
    (folder / "b.txt").write_bytes(b"\x00\x01binary\x00" * 100)
    result = kz("ingest", str(folder), "--dask", cluster.scheduler_address, "-o", f"{tmp_path / 'out'}/")
    assert result.exit_code == 1
    assert result.stderr.count("b.txt") == 1 and "1 skipped" in result.stderr


def test_a_killed_worker_costs_nothing(cluster, bench_corpus, tmp_path):
    """One worker process is killed mid-run; Dask runs its partitions elsewhere and every record is there once."""
    from kzhealth.dask_executor import DaskExecutor

    files = list(iter_files([str(bench_corpus)]))
    expected = tmp_path / "expected"
    expected.mkdir()
    list(LocalExecutor(1, partition=10).shards(IngestStage(), files, str(expected)))
    out = tmp_path / "out"
    out.mkdir()
    with DaskExecutor(cluster.scheduler_address, 2, partition=10) as executor:
        pids = executor.client.run(os.getpid)
        results = executor.shards(IngestStage(), files, str(out))
        done = [next(results)]
        os.kill(sorted(pids.values())[0], signal.SIGKILL)
        done += list(results)
    assert sorted(r.index for r in done) == list(range(24))
    assert sum(r.records for r in done) == 240
    for index in range(24):
        name = f"part-{index:05d}.jsonl.gz"
        assert (out / name).read_bytes() == (expected / name).read_bytes()
    executor_restarted = distributed.Client(cluster.scheduler_address)
    executor_restarted.wait_for_workers(2, timeout=60)  # the nanny brings the worker back for the next tests
    executor_restarted.close()


def test_an_interrupted_sharded_run_leaves_the_folder_as_it_was_and_a_lost_one_reads_as_unfinished(
    kz, bench_corpus, tmp_path
):
    from kzhealth.cli import Account, run_map

    def files_then_interrupt():
        for n, path in enumerate(iter_files([str(bench_corpus)])):
            if n == 25:
                raise KeyboardInterrupt
            yield path

    out = tmp_path / "out"
    out.mkdir()
    executor = LocalExecutor(1, partition=10)
    with pytest.raises(KeyboardInterrupt):
        run_map(IngestStage(), files_then_interrupt(), f"{out}/", Account("ingest", "files"), executor)
    assert list(out.iterdir()) == []  # the two whole shards written removed: the run can be given again
    # a run that could not clean up (its machine went down) leaves whole shards and no manifest: refused as unfinished
    executor = LocalExecutor(1, partition=10)
    list(executor.shards(IngestStage(), itertools.islice(iter_files([str(bench_corpus)]), 25), str(out)))
    result = kz("summarise", str(out))
    assert result.exit_code == 1 and "unfinished run" in result.stderr


def test_shards_need_an_empty_folder(kz, seeds, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("x")
    result = kz("ingest", str(seeds), "-o", f"{out}/")
    assert result.exit_code == 2 and "not empty" in result.stderr


def test_dask_without_the_extra_says_what_to_install(kz, seeds, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)
    result = kz("ingest", str(seeds), "--dask", "local")
    assert result.exit_code == 2 and "pip install 'kzhealth[dask]'" in result.stderr


def test_an_unreachable_scheduler_is_one_line(kz, seeds, monkeypatch):
    import kzhealth.dask_executor

    monkeypatch.setattr(kzhealth.dask_executor, "CONNECT_TIMEOUT", 1)
    result = kz("ingest", str(seeds), "--dask", "tcp://127.0.0.1:9")
    assert result.exit_code == 69
    assert result.stderr.startswith("kzhealth: error: cannot reach the Dask scheduler") and result.stderr.count("\n") == 1


def test_a_worker_that_cannot_read_the_input_is_one_line(kz, cluster, tmp_path, monkeypatch):
    import kzhealth.dask_executor

    (tmp_path / "a.txt").write_text("Минздрав сообщил о вакцинации детей в школах города.\n", encoding="utf-8")
    monkeypatch.setattr(kzhealth.dask_executor, "_unreadable", lambda paths, folder: list(paths))  # another machine
    result = kz("ingest", str(tmp_path), "--dask", cluster.scheduler_address)
    assert result.exit_code == 2 and "cannot read" in result.stderr and result.stderr.count("\n") == 1


def test_relative_paths_mean_the_clients_folder_on_workers_started_elsewhere(kz, cluster, seeds, tmp_path, monkeypatch):
    (tmp_path / "mine").mkdir()
    for path in sorted(seeds.iterdir())[:2]:
        (tmp_path / "mine" / path.name).write_bytes(path.read_bytes())
    monkeypatch.chdir(tmp_path)  # the workers were started in another folder
    local = kz("ingest", "mine").stdout_bytes
    result = kz("ingest", "mine", "--dask", cluster.scheduler_address)
    assert result.exit_code == 0, result.stderr
    assert result.stdout_bytes == local and b'"source":"mine/' in local


def test_a_mistyped_address_is_a_usage_error(kz, seeds):
    result = kz("ingest", str(seeds), "--dask", "lcoal")
    assert result.exit_code == 2 and "--dask lcoal" in result.stderr and result.stderr.count("\n") == 1


def test_every_json_command_checks_the_folder_it_writes_shards_to(kz, seeds, tmp_path, local_ingest):
    corpus = tmp_path / "corpus"
    assert kz("tag", "-o", f"{corpus}/", input=local_ingest).exit_code == 0
    for command in (["filter", "--lang", "kk"], ["langid"]):
        result = kz(*command, str(corpus), "-o", f"{corpus}/")  # into the folder it reads: refused, not emptied
        assert result.exit_code == 2 and "not empty" in result.stderr
    assert kz("summarise", "--format", "json", str(corpus)).exit_code == 0
    assert kz("filter", "--lang", "kk", str(corpus), "-o", f"{tmp_path / 'new' / 'kk'}/").exit_code == 0
    assert kz("report", str(corpus), "-o", f"{tmp_path}/report/").exit_code == 2


def test_a_sharded_ingest_that_reads_nothing_writes_no_manifest(kz, tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_bytes(b"\x00\x01\x02" * 100)
    result = kz("ingest", str(tmp_path / "in"), "-o", f"{tmp_path / 'out'}/")
    assert result.exit_code == 1 and "nothing written" in result.stderr
    assert not (tmp_path / "out").exists()  # the folder the run made, removed with what it wrote


def test_a_partition_the_scheduler_cancelled_is_submitted_again():
    """After a lost worker the scheduler may cancel a task ("already forgotten"): its partition runs again, once
    or twice; a third cancellation, or a task's own error, is raised."""
    from concurrent.futures import CancelledError

    from kzhealth.dask_executor import RESUBMITS, _result

    class Future:
        def __init__(self, outcome):
            self.outcome = outcome

        def result(self):
            if isinstance(self.outcome, BaseException):
                raise self.outcome
            return self.outcome

    submitted = []

    def submit(index, part, outcomes=iter([CancelledError("already forgotten"), "done"])):
        submitted.append((index, part))
        return Future(next(outcomes))

    assert _result(3, ["a"], Future(CancelledError("already forgotten")), submit) == "done"
    assert submitted == [(3, ["a"])] * 2
    always = lambda index, part: Future(CancelledError("already forgotten"))  # noqa: E731
    with pytest.raises(CancelledError):
        _result(3, ["a"], always(3, ["a"]), always)
    with pytest.raises(ValueError):
        _result(3, ["a"], Future(ValueError("a bug")), submit)
    assert RESUBMITS >= 1


def test_replacing_shards_never_removes_a_folder_it_did_not_make(tmp_path, monkeypatch):
    """The new folder's name is random; should another run's folder have it, the run fails and leaves that one be."""
    from kzhealth import shards

    taken = tmp_path / ".kzhealth-taken.part"
    taken.mkdir()
    (taken / "theirs.jsonl.gz").write_bytes(b"")
    names = iter([taken.name, ".kzhealth-other.part"])
    monkeypatch.setattr(shards, "temp_name", lambda: next(names))
    with pytest.raises(FileExistsError):
        shards.replace_with_shards(str(tmp_path / "out"), iter(()), shards.Manifest("ingest"), None)
    assert (taken / "theirs.jsonl.gz").exists()
