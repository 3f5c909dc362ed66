"""Re-tagging some topics keeps the others; a user's taxonomy may write its terms as ordinary words."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from kzhealth.cli import app
from tests.conftest import ROOT, SEEDS

MINE = """
[topics.mental_health]
name = "Mental health"
terms.ru = ["психическое здоровье", "депрессии", "психиатров", "ВИЧ/СПИД"]
terms.kk = ["психикалық денсаулығы"]
"""

DOC = (
    " date 2025-10-01 Новости\nПсихиатров не хватает: депрессии у подростков\n\nВ Алматы обсудили психическое "
    "здоровье школьников. Психиатры говорят, что депрессию у подростков часто замечают поздно, а лечение в "
    "больнице и операции под наркозом детям назначают без консультации психиатра.\n"
)


@pytest.fixture(scope="module")
def tagged(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("docs")
    (folder / "mental.txt").write_text(DOC, encoding="utf-8")
    runner = CliRunner()
    corpus = runner.invoke(app, ["ingest", str(folder), str(SEEDS), "--jobs", "1"])
    result = runner.invoke(app, ["tag", "--jobs", "1"], input=corpus.stdout)
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.fixture
def mine(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text(MINE, encoding="utf-8")
    return path


def records(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines()]


def test_retagging_one_topic_keeps_the_others_in_the_order_a_full_tag_gives(kz, tagged, mine):
    result = kz("tag", "--taxonomy", str(mine), "-t", "mental_health", "--jobs", "1", input=tagged)
    assert result.exit_code == 0, result.stderr
    before, after = records(tagged), records(result.stdout)
    assert any(r["topics"] for r in before)
    full = records(kz("tag", "--taxonomy", str(mine), "--jobs", "1", input=tagged).stdout)
    for old, new, fresh in zip(before, after, full):
        assert set(new["topics"]) - {"mental_health"} == set(old["topics"])  # nothing wiped
        assert new["topics"] == fresh["topics"] and new["topic_evidence"] == fresh["topic_evidence"]
        assert new["regions"] == fresh["regions"]
    assert "mental_health" in after[0]["topics"]  # the file sorts first: mental.txt


def test_retagging_finds_regions_afresh(kz, tagged, mine):
    stale = [dict(r, regions=[], region_evidence={}) for r in records(tagged)]
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in stale)
    result = kz("tag", "--taxonomy", str(mine), "-t", "mental_health", "--jobs", "1", input=text)
    assert [r["regions"] for r in records(result.stdout)] == [r["regions"] for r in records(tagged)]


def test_terms_written_as_ordinary_words_match_and_a_term_that_cannot_match_is_named(kz, tagged, mine):
    result = kz("tag", "--taxonomy", str(mine), "-t", "mental_health", "--jobs", "1", input=tagged)
    terms = records(result.stdout)[0]["topic_evidence"]["mental_health"]["terms"]
    assert {"психический здоровье", "депрессия", "психиатр"} <= set(terms)
    assert "'ВИЧ/СПИД' can never match" in result.stderr


def test_the_taxonomy_lists_lemmatized_terms(kz, mine):
    rows = json.loads(kz("topics", "--taxonomy", str(mine), "--format", "json").stdout)
    mental = next(row for row in rows if row["id"] == "mental_health")
    assert "психический здоровье" in mental["terms"]["ru"] and "психикалық денсаулық" in mental["terms"]["kk"]


def test_tag_with_the_shipped_taxonomy_loads_no_lemmatizer():
    script = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from kzhealth.cli import app\n"
        "from kzhealth.lang.kazakh import get_kazakh_lemmatizer\n"
        "record = '{\"id\": \"x\", \"source\": \"x\", \"date\": null, \"title\": \"Наркоз\", \"outlet\": null, "
        "\"lang\": \"ru\", \"lang_confidence\": 1, \"text\": \"наркоз\", \"lemmas\": [\"наркоз\", \"наркоз\"]}'\n"
        "result = CliRunner().invoke(app, ['tag', '--jobs', '1'], input=record)\n"
        "assert result.exit_code == 0, result.stderr\n"
        "print('pymorphy3' in sys.modules, get_kazakh_lemmatizer.cache_info().currsize)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "0"]
