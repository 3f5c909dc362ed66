"""filter as a journalist uses it: --contains finds every form of a word and no other word, --region takes names,
and ids that are nearly right are caught."""

from __future__ import annotations

import json

import pytest
from rich.console import Console
from typer.testing import CliRunner

from kzhealth import cli
from kzhealth.cli import app

DOCS = {
    "anesthesia.txt": " date 2025-11-02 Новости\nВ клинике закончился запас Севорана\n\nВрачи частной клиники в "
    "Караганде использовали препарат Севоран для общего наркоза. Пациенту провели операцию под общим наркозом, "
    "после чего его перевели в онкологический центр. Проверку ведёт департамент контроля качества.\n",
    "blood_test.txt": " date 2025-11-03 Новости\nОбщий анализ крови бесплатно\n\nОбщий анализ крови теперь можно "
    "сдать бесплатно в поликлиниках Шымкента. Наркоз для этого, как пояснили врачи, не нужен, а запись открыта "
    "для всех жителей города.\n",
    "measles.txt": " date 2025-11-04 Жаңалықтар\nҚызылша індеті: балалар ауруханаға түсті\n\nОблыста қызылшамен "
    "ауырған балалар саны артты. Дәрігерлер қызылшаға қарсы екпе салуды ұсынады, деп хабарлайды облыстық "
    "денсаулық сақтау басқармасы.\n",
    "red_cross.txt": " date 2025-11-05 Жаңалықтар\nҚызыл Крест еріктілері көмек көрсетті\n\nҚызыл Крест "
    "қоғамының еріктілері қарт адамдарға азық-түлік таратты. Қызылорда облысында қызыл жалаулы көлікпен жүрген "
    "топ ауылдарды аралады.\n",
}


@pytest.fixture(scope="module")
def tagged(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("docs")
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    runner = CliRunner()
    corpus = runner.invoke(app, ["ingest", str(folder), "--jobs", "1"])
    assert corpus.exit_code == 0, corpus.stderr
    result = runner.invoke(app, ["tag", "--jobs", "1"], input=corpus.stdout)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def found(result) -> list[str]:
    assert result.exit_code == 0, result.stderr
    return sorted(json.loads(line)["source"].rsplit("/", 1)[-1] for line in result.stdout.splitlines())


@pytest.mark.parametrize("word", ["қызылша", "қызылшаға", "Қызылшамен"])
def test_measles_is_not_red(kz, tagged, word):
    # the Kazakh lemmatizer keeps қызылша (measles) whole, so the Red Cross story is not found
    assert found(kz("filter", "--contains", word, input=tagged)) == ["measles.txt"]


@pytest.mark.parametrize("word", ["севоран", "севорана", "Севораном", "севоран*"])
def test_a_word_pymorphy_does_not_know_is_found_in_any_form(kz, tagged, word):
    assert found(kz("filter", "--contains", word, input=tagged)) == ["anesthesia.txt"]


def test_a_phrase_matches_consecutive_lemmas_and_a_prefix_any_word_it_begins(kz, tagged):
    # blood_test.txt has общий and наркоз, but not together
    assert found(kz("filter", "--contains", "общий наркоз", input=tagged)) == ["anesthesia.txt"]
    assert found(kz("filter", "--contains", "онко*", input=tagged)) == ["anesthesia.txt"]


def test_contains_says_what_it_looked_for_on_a_terminal(kz, tagged, monkeypatch):
    monkeypatch.setattr(cli, "stderr", Console(stderr=True, force_terminal=True, highlight=False, soft_wrap=True))
    result = kz("filter", "--contains", "клиниках", input=tagged)
    assert "--contains looks for 'клиниках' as клиника" in result.stderr


def test_contains_says_nothing_into_a_pipe(kz, tagged):
    assert "looks for" not in kz("filter", "--contains", "клиниках", input=tagged).stderr


def test_regions_lists_ids_with_their_names(kz):
    rows = json.loads(kz("regions", "--format", "json").stdout)
    almaty = next(row for row in rows if row["id"] == "almaty_region")
    assert almaty == {"id": "almaty_region", "en": "Almaty Region", "ru": "Алматинская область", "kk": "Алматы облысы"}
    assert "Шымкент" in kz("regions").stdout


@pytest.mark.parametrize(
    ("name", "expected"),
    [("shymkent", ["blood_test.txt"]), ("Шымкентте", ["blood_test.txt"]), ("КАРАГАНДА", ["anesthesia.txt"]),
     ("Қарағанды облысы", ["anesthesia.txt"]), ("Karaganda Region", ["anesthesia.txt"]),
     # a city with its word, a region's word cut short, Kazakh in Latin letters
     ("г. Шымкент", ["blood_test.txt"]), ("Шымкент қаласы", ["blood_test.txt"]), ("Shymkent city", ["blood_test.txt"]),
     ("Карагандинская обл.", ["anesthesia.txt"]), ("Қарағанды обл.", ["anesthesia.txt"]),
     ("Qaraǵandy oblysy", ["anesthesia.txt"])],
)
def test_region_takes_a_name_in_any_language_case_or_form(kz, tagged, name, expected):
    assert found(kz("filter", "--region", name, input=tagged)) == expected


def test_a_city_name_also_means_its_region_and_says_so(kz):
    records = "".join(
        json.dumps({"id": rid, "source": f"{rid}.txt", "date": None, "title": None, "outlet": None, "lang": "ru",
                    "lang_confidence": 1.0, "text": "", "regions": [rid], "topics": []}) + "\n"
        for rid in ("almaty", "almaty_region", "astana")
    )
    result = kz("filter", "--region", "Алматы", input=records)
    assert found(result) == ["almaty.txt", "almaty_region.txt"]
    assert "almaty or almaty_region" in result.stderr
    assert found(kz("filter", "--region", "Алматинская область", input=records)) == ["almaty_region.txt"]
    assert found(kz("filter", "--region", "almaty", input=records)) == ["almaty.txt"]  # an id is that id
    for city in ("г. Алматы", "Алматы қаласы", "город Алматы"):  # named as a city, it is the city only
        assert found(kz("filter", "--region", city, input=records)) == ["almaty.txt"]


@pytest.mark.parametrize(
    ("option", "value", "guess"), [("--topic", "anaesthesia", "anesthesia"), ("--region", "almati", "almaty")]
)
def test_an_id_close_to_a_known_one_is_a_usage_error_with_a_suggestion(kz, tagged, option, value, guess):
    result = kz("filter", option, value, input=tagged)
    assert result.exit_code == 2 and f"did you mean {guess!r}?" in result.stderr and result.stdout == ""


@pytest.mark.parametrize(("value", "guess"), [("dental", "dentistry"), ("vaccine", "vaccination"), ("astrology", None)])
def test_an_unknown_topic_is_a_usage_error_unless_a_custom_taxonomy_knows_it(kz, tagged, tmp_path, value, guess):
    result = kz("filter", "--topic", value, input=tagged)
    assert result.exit_code == 2 and result.stdout == "" and len(result.stderr.splitlines()) == 1
    assert (f"did you mean {guess!r}?" in result.stderr) == (guess is not None)
    mine = tmp_path / "mine.toml"
    mine.write_text(f'[topics.{value}]\nname = "Mine"\nterms.ru = ["гороскоп"]\n', encoding="utf-8")
    result = kz("filter", "--topic", value, "--taxonomy", str(mine), input=tagged)
    assert result.exit_code == 0 and result.stderr == ""


@pytest.mark.parametrize("command", [["filter"], ["tag", "--jobs", "1"]])
def test_a_topic_id_is_taken_in_any_case(kz, tagged, command):
    assert kz(*command, "--topic", "Anesthesia", input=tagged).stdout == kz(*command, "--topic", "anesthesia", input=tagged).stdout
    assert found(kz("filter", "--topic", "ANESTHESIA", input=tagged)) == ["anesthesia.txt"]


def test_ingest_tag_takes_a_topic_id_in_any_case(kz, tmp_path):
    (tmp_path / "anesthesia.txt").write_text(DOCS["anesthesia.txt"], encoding="utf-8")
    result = kz("ingest", str(tmp_path), "--tag", "--topic", "Anesthesia", "--jobs", "1")
    assert result.exit_code == 0 and json.loads(result.stdout)["topics"] == ["anesthesia"]


def test_a_language_code_is_taken_in_any_case_and_a_wrong_one_is_one_clean_line(kz, tagged, tmp_path):
    assert found(kz("filter", "--lang", "KK", input=tagged)) == found(kz("filter", "--lang", "kk", input=tagged))
    assert found(kz("filter", "--lang", "Ru", "--lang", "kk", input=tagged)) == sorted(DOCS)
    report = kz("report", "--lang", "RU", input=tagged)
    assert report.exit_code == 0 and report.stdout == kz("report", "--lang", "ru", input=tagged).stdout
    conllu = tmp_path / "kk.conllu"
    conllu.write_text("1\tДәрігерлер\t_\t_\t_\t_\t_\t_\t_\t_\n\n", encoding="utf-8")
    assert "\tдәрігер\t" in kz("lemmatize", "--lang", "KK", "--conllu", str(conllu)).stdout
    for args in (["filter", "--lang", "xx"], ["report", "--lang", "de"], ["lemmatize", "--lang", "other", "--conllu", "-"]):
        result = kz(*args, input=tagged)
        assert result.exit_code == 2 and result.stdout == ""
        assert result.stderr.startswith("kzhealth: error: --lang takes ") and len(result.stderr.splitlines()) == 1
