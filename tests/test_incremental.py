"""`ingest --incremental`: only new or changed files are processed, the result is what a full run gives, and the
state beside the output says what was seen."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

KZ = [sys.executable, "-m", "kzhealth"]


@pytest.fixture
def scrapes(tmp_path, seeds) -> Path:
    folder = tmp_path / "scrapes"
    (folder / "day1").mkdir(parents=True)
    for path in sorted(seeds.iterdir()):
        shutil.copy(path, folder / "day1" / path.name)
    return folder


def run(kz, folder, output, *more):
    result = kz("ingest", str(folder), "--tag", "-o", str(output), "--incremental", "--jobs", "1", *more)
    assert result.exit_code == 0, result.stderr
    return result.stderr


def full(kz, folder, *more) -> bytes:
    return kz("ingest", str(folder), "--tag", "--jobs", "1", *more).stdout_bytes


@pytest.mark.parametrize("suffix", [".jsonl", ".jsonl.gz", ".jsonl.zst"])
def test_first_run_is_a_full_run_and_nothing_new_changes_nothing(kz, scrapes, tmp_path, suffix):
    output = tmp_path / f"tagged{suffix}"
    assert "5 new" in run(kz, scrapes, output)
    before, state = output.read_bytes(), (tmp_path / f"tagged{suffix}.kzstate.json").read_bytes()
    assert "0 new, 0 changed, 0 renamed, 5 unchanged, 0 gone" in run(kz, scrapes, output)
    assert output.read_bytes() == before
    assert kz("summarise", "--format", "json", str(output)).stdout == kz(
        "summarise", "--format", "json", input=full(kz, scrapes)
    ).stdout
    assert len(json.loads(state)["files"]) == 5


def test_new_files_are_added_in_full_run_order(kz, scrapes, tmp_path, seeds, monkeypatch):
    output = tmp_path / "tagged.jsonl"
    run(kz, scrapes, output)
    (scrapes / "day0").mkdir()  # sorts before day1
    shutil.copy(sorted(seeds.iterdir())[0], scrapes / "day0" / "a.txt")
    (scrapes / "day2").mkdir()
    (scrapes / "day2" / "b.txt").write_text("Минздрав Казахстана сообщил о вакцинации детей в Астане.\n", "utf-8")
    import kzhealth.pipeline

    seen: list[str] = []
    original = kzhealth.pipeline.ingest_file
    monkeypatch.setattr(kzhealth.pipeline, "ingest_file", lambda path: seen.append(str(path)) or original(path))
    assert "2 new, 0 changed, 0 renamed, 5 unchanged" in run(kz, scrapes, output)
    assert sorted(Path(p).name for p in seen) == ["a.txt", "b.txt"]  # unchanged files were not processed again
    monkeypatch.setattr(kzhealth.pipeline, "ingest_file", original)
    assert output.read_bytes() == full(kz, scrapes)


def test_a_changed_file_replaces_its_record_even_with_the_same_size_and_mtime(kz, scrapes, tmp_path):
    output = tmp_path / "tagged.jsonl"
    run(kz, scrapes, output)
    target = sorted((scrapes / "day1").iterdir())[1]
    info = target.stat()
    data = target.read_bytes()
    target.write_bytes(data.replace("а".encode(), "о".encode(), 1))  # same size
    os.utime(target, ns=(info.st_atime_ns, info.st_mtime_ns))  # same mtime
    assert "0 new, 1 changed, 0 renamed, 4 unchanged" in run(kz, scrapes, output)
    assert output.read_bytes() == full(kz, scrapes)


def test_a_deleted_files_record_is_kept_and_counted(kz, scrapes, tmp_path):
    output = tmp_path / "tagged.jsonl"
    run(kz, scrapes, output)
    before = output.read_bytes()
    sorted((scrapes / "day1").iterdir())[2].unlink()
    assert "0 new, 0 changed, 0 renamed, 4 unchanged, 1 gone (kept)" in run(kz, scrapes, output)
    assert output.read_bytes() == before  # in its place
    assert "1 gone (kept)" in run(kz, scrapes, output)  # and still kept the next day


def test_a_file_emptied_since_keeps_its_record_as_a_gone_file_does(kz, scrapes, tmp_path):
    """A scrape that failed the second time (an empty file, in place of the article) does not cost the corpus its
    article: its record stays where it was, counted with the gone, until the file has an article again."""
    output = tmp_path / "tagged.jsonl"
    run(kz, scrapes, output)
    before = output.read_bytes()
    target = sorted((scrapes / "day1").iterdir())[2]
    article = target.read_bytes()
    target.write_bytes(b"")
    result = kz("ingest", str(scrapes), "--tag", "-o", str(output), "--incremental", "--jobs", "1")
    assert result.exit_code == 0 and "empty now; its record of the last run is kept" in result.stderr
    assert "0 new, 0 changed, 0 renamed, 4 unchanged, 1 gone (kept)" in result.stderr
    assert output.read_bytes() == before
    target.write_bytes(article)
    assert "0 new, 0 changed, 0 renamed, 5 unchanged, 0 gone" in run(kz, scrapes, output)
    assert output.read_bytes() == before


def test_a_renamed_file_stays_one_record_with_its_new_source(kz, scrapes, tmp_path):
    output = tmp_path / "tagged.jsonl"
    run(kz, scrapes, output)
    old = sorted((scrapes / "day1").iterdir())[0]
    old.rename(scrapes / "day1" / "zz-renamed.txt")
    assert "0 new, 0 changed, 1 renamed, 4 unchanged, 0 gone" in run(kz, scrapes, output)
    sources = [json.loads(line)["source"] for line in output.read_bytes().splitlines()]
    assert len(sources) == 5 and sources[-1].endswith("zz-renamed.txt") and str(old) not in sources
    assert output.read_bytes() == full(kz, scrapes)


def test_the_same_folder_by_another_path_is_the_same_files(scrapes, tmp_path):
    output = tmp_path / "tagged.jsonl"
    first = subprocess.run([*KZ, "ingest", "scrapes/", "-o", "tagged.jsonl", "--incremental"], cwd=tmp_path,
                           capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    again = subprocess.run([*KZ, "ingest", "../scrapes", "-o", str(output), "--incremental"], cwd=elsewhere,
                           capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert "0 new, 0 changed, 0 renamed, 5 unchanged, 0 gone" in again.stderr


def test_an_output_made_with_other_options_stops_with_exit_2(kz, scrapes, tmp_path):
    output = tmp_path / "tagged.jsonl"
    run(kz, scrapes, output)
    before = output.read_bytes()
    mine = tmp_path / "mine.toml"
    mine.write_text('[topics.hand_hygiene]\nname = "Hand hygiene"\nterms = { ru = ["антисептик"] }\n', "utf-8")
    result = kz("ingest", str(scrapes), "--tag", "--taxonomy", str(mine), "-o", str(output), "--incremental")
    assert result.exit_code == 2 and "another taxonomy" in result.stderr and result.stderr.count("\n") == 1
    without_tag = kz("ingest", str(scrapes), "-o", str(output), "--incremental")
    assert without_tag.exit_code == 2 and "made with --tag, now without" in without_tag.stderr
    assert output.read_bytes() == before


def test_the_way_out_the_refusal_gives_works(kz, scrapes, tmp_path):
    """A file written without --incremental has no state: the refusal says to remove it, and that run rebuilds it."""
    output = tmp_path / "tagged.jsonl"
    assert kz("ingest", str(scrapes), "--tag", "-o", str(output)).exit_code == 0
    refused = kz("ingest", str(scrapes), "--tag", "-o", str(output), "--incremental")
    assert refused.exit_code == 2 and f"remove {output} and run again" in refused.stderr
    output.unlink()
    run(kz, scrapes, output)
    assert "0 new, 0 changed" in run(kz, scrapes, output)


def test_incremental_needs_a_file(kz, scrapes, tmp_path):
    assert kz("ingest", str(scrapes), "--incremental").exit_code == 2


def test_ctrl_c_during_an_incremental_run_leaves_the_old_file_and_state(scrapes, tmp_path, seeds):
    output = tmp_path / "tagged.jsonl"
    subprocess.run([*KZ, "ingest", str(scrapes), "-o", str(output), "--incremental"], check=True, capture_output=True)
    before = output.read_bytes(), (tmp_path / "tagged.jsonl.kzstate.json").read_bytes()
    (scrapes / "day2").mkdir()
    for i in range(400):
        shutil.copy(sorted(seeds.iterdir())[i % 5], scrapes / "day2" / f"{i:04d}.txt")
        with open(scrapes / "day2" / f"{i:04d}.txt", "a", encoding="utf-8") as f:
            f.write(f"\nВыпуск {i}.\n")  # new bytes, so each is a new file
    proc = subprocess.Popen([*KZ, "ingest", str(scrapes), "-o", str(output), "--incremental", "--jobs", "1"],
                            stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not list(tmp_path.glob(".kzhealth-*.part")) and time.monotonic() < deadline:
        time.sleep(0.02)
    proc.send_signal(signal.SIGINT)
    proc.wait(timeout=60)
    assert proc.returncode == 130
    assert (output.read_bytes(), (tmp_path / "tagged.jsonl.kzstate.json").read_bytes()) == before
    assert not list(tmp_path.glob("*.part"))


def test_a_folder_of_shards_is_kept_up_to_date_too(kz, scrapes, tmp_path, seeds):
    import gzip

    out = f"{tmp_path / 'out'}/"
    assert "5 new" in run(kz, scrapes, out)
    assert "5 unchanged" in run(kz, scrapes, out)
    (scrapes / "day2").mkdir()
    shutil.copy(sorted(seeds.iterdir())[0], scrapes / "day2" / "x.txt")
    with open(scrapes / "day2" / "x.txt", "a", encoding="utf-8") as f:
        f.write("\nДополнение.\n")
    assert "1 new, 0 changed, 0 renamed, 5 unchanged" in run(kz, scrapes, out)
    manifest = json.loads((tmp_path / "out" / "_manifest.json").read_text())
    shards = b"".join(gzip.decompress((tmp_path / "out" / s["file"]).read_bytes()) for s in manifest["shards"])
    assert shards == full(kz, scrapes) and manifest["records"] == 6
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".kzhealth-")]  # no folder left from the swap


def test_a_name_that_is_not_utf8_is_kept_in_the_state_too(kz, scrapes, tmp_path, seeds):
    folder = os.fsencode(scrapes / "day1")
    with open(os.path.join(folder, "\xcf\xf0\xe8\xec\xe5\xf0.txt".encode("latin-1")), "wb") as f:  # cp1251 bytes
        f.write(sorted(seeds.iterdir())[0].read_bytes() + "\nЕщё строка.\n".encode())
    output = tmp_path / "tagged.jsonl"
    first = kz("ingest", str(scrapes), "-o", str(output), "--incremental")
    assert first.exit_code == 0, first.stderr
    again = kz("ingest", str(scrapes), "-o", str(output), "--incremental")
    assert again.exit_code == 0 and "6 unchanged" in again.stderr
    shards = kz("ingest", str(scrapes), "-o", f"{tmp_path / 'out'}/")
    assert shards.exit_code == 0 and (tmp_path / "out" / "_manifest.json").exists()


def test_files_are_resolved_as_realpath_resolves_them(tmp_path, monkeypatch):
    """The plan resolves each folder once and each file by its own name; the paths must be realpath's, through
    links to files and folders, relative and absolute, chained, dangling, looping, and `..` after a link."""
    from kzhealth.incremental import Resolver, _parts

    real, other = tmp_path / "real", tmp_path / "other"
    (real / "sub").mkdir(parents=True)
    other.mkdir()
    (real / "a.txt").write_text("a")
    (real / "sub" / "b.txt").write_text("b")
    links = {
        "abs.txt": real / "a.txt", "rel.txt": "../real/a.txt", "up.txt": "sub/../a.txt", "chain.txt": "abs.txt",
        "dangling.txt": "nowhere.txt", "loop1.txt": "loop2.txt", "loop2.txt": "loop1.txt", "dir": real / "sub",
        "through.txt": "dir/../a.txt",
    }
    for name, target in links.items():
        (other / name).symlink_to(target)
    monkeypatch.chdir(tmp_path)
    resolver = Resolver()
    paths = [*links, "dir/b.txt", "missing.txt"]
    for given in [str(other / p) for p in paths] + [f"other/{p}" for p in paths] + ["./other/../real/a.txt"]:
        assert resolver(given) == os.path.realpath(given), given
    for absolute in ["/", "/a", "/a/b/c.txt", str(tmp_path)]:
        assert _parts(absolute) == Path(absolute).parts
