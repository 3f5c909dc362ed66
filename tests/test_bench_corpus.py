"""The benchmark's corpus builder (bench/corpus.py): deterministic, in the seeds' format, three Russian to one Kazakh.

Built from the seeds only, so it runs the same with or without ../shared.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import load_bench_corpus_module

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def corpus():
    return load_bench_corpus_module()


@pytest.fixture(scope="module")
def pools(corpus):
    return corpus.load_pools(SEEDS, shared_dir=None)


def read(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.glob("*.txt"))}


def test_pools_from_seeds_alone(pools):
    assert pools.sources == ("seeds/*.txt",)
    assert len(pools.ru) > 20 and len(pools.kk) > 5


def test_same_inputs_give_byte_identical_files(corpus, pools, tmp_path):
    first = corpus.write_corpus(tmp_path / "a", 24, pools)
    second = corpus.write_corpus(tmp_path / "b", 24, pools)
    assert first == second
    assert read(tmp_path / "a") == read(tmp_path / "b")
    assert len(read(tmp_path / "a")) == 24


def test_a_smaller_corpus_is_a_prefix_of_a_larger_one(corpus, pools, tmp_path):
    corpus.write_corpus(tmp_path / "small", 8, pools)
    corpus.write_corpus(tmp_path / "large", 16, pools)
    small, large = read(tmp_path / "small"), read(tmp_path / "large")
    assert small == {name: large[name] for name in sorted(large)[:8]}


def test_the_seed_changes_the_corpus(corpus, pools):
    assert corpus.generate_document(0, pools, seed=0) != corpus.generate_document(0, pools, seed=1)


def test_documents_look_like_the_seeds(corpus, pools, tmp_path):
    corpus.write_corpus(tmp_path / "c", 40, pools)
    files = read(tmp_path / "c")
    headed = 0
    for n, (name, data) in enumerate(files.items()):
        assert re.fullmatch(rf"{n:06d}_[0-9a-f]{{16}}\.txt", name)
        text = data.decode("utf-8")
        assert text.endswith("\n") and "\ufffd" not in text
        first = text.splitlines()[0]
        if first.startswith(" date "):
            headed += 1
            assert re.match(r" date \d{4}-\d{2}-\d{2} \S", first), first  # glued to the first line's text
        assert len(text.split()) > 100
        if n % 4 == 3:
            assert corpus.is_kazakh(text), name
            assert "хабарла" in text  # attribution: "деп хабарлайды X" or "X хабарлады"
        else:
            assert not corpus.is_kazakh(text), name
            assert "сообщает" in text
    assert headed >= len(files) * 0.7


def test_a_cached_corpus_is_reused_and_a_changed_one_rebuilt(corpus, tmp_path):
    path, manifest = corpus.ensure_corpus(12, SEEDS, None, tmp_path)
    assert path.name == "corpus-12-seeds-only" and manifest["docs"] == 12
    marker = path / "000000_untouched.txt"
    marker.write_text("kept\n", encoding="utf-8")
    assert corpus.ensure_corpus(12, SEEDS, None, tmp_path)[0] == path
    assert marker.exists()  # reused, not rewritten
    corpus.ensure_corpus(12, SEEDS, None, tmp_path, seed=7)
    assert not marker.exists()  # another seed: rebuilt
