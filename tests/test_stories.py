"""stories: one story per real-world event across reprints, rewrites and Russian-Kazakh translations, and never
across the hard negatives (the same kind of event elsewhere or in another month, the next month's statistics, a
follow-up with new facts). The documents are fictional, in tests/data/stories/docs (see its README)."""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kzhealth.jsonl import dump
from kzhealth.pipeline import ingest_file
from kzhealth.stories import cluster
from kzhealth.stories.cluster import Comparison, group, same_story
from kzhealth.stories.features import Signature, _hash, ages, figures_and_dates, names, numerals_as_digits, signature
from kzhealth.summary import Summary
from kzhealth.tagging.tagger import Tagger

DATA = Path(__file__).parent / "data" / "stories"
DOCS = DATA / "docs"


@pytest.fixture(scope="module")
def records():
    """The fixture documents ingested and tagged, by file stem."""
    tagger = Tagger()
    return {path.stem: tagger.tag(ingest_file(path).record) for path in sorted(DOCS.glob("*.txt"))}


@pytest.fixture(scope="module")
def corpus(records) -> bytes:
    return b"".join(dump(record) for record in records.values())


@pytest.fixture(scope="module")
def stories(records):
    """The story of each fixture document, by file stem."""
    names_ = list(records)
    return dict(zip(names_, group([signature(records[name]) for name in names_])))


def test_reprint_rewrite_and_translation_join_the_original(stories):
    story = stories["rehab-original"].story
    for name in ("rehab-reprint", "rehab-rewrite", "rehab-translation"):
        assert stories[name].story == story, name
    assert stories["rehab-original"].story_size == 4


@pytest.mark.parametrize(
    "negative",
    ["rehab-elsewhere", "rehab-another-month", "rehab-follow-up", "ambulance-october", "ambulance-september"],
)
def test_hard_negatives_and_follow_ups_are_stories_of_their_own(stories, negative):
    assert stories[negative].story_size == 1


def test_the_story_id_is_the_earliest_record_then_the_smallest_id(records, stories):
    members = [name for name in records if stories[name].story == stories["rehab-original"].story]
    earliest = min(members, key=lambda name: (records[name].date, records[name].id))
    assert stories["rehab-original"].story == records[earliest].id
    assert records["rehab-rewrite"].date > records[earliest].date  # a later rewrite never names the story


def test_copy_of_marks_near_verbatim_copies_only(records, stories):
    original, reprint = records["rehab-original"], records["rehab-reprint"]
    first, later = sorted([original, reprint], key=lambda r: (r.date, r.id))  # the same day: the smaller id is first
    assert stories[Path(first.source).stem].copy_of is None
    assert stories[Path(later.source).stem].copy_of == first.id
    assert stories["rehab-rewrite"].copy_of is None
    assert stories["rehab-translation"].copy_of is None


def test_next_months_statistics_are_vetoed_by_their_figures_even_in_the_same_week(records):
    september, october = records["ambulance-september"], records["ambulance-october"]
    october = october.model_copy(update={"date": september.date + dt.timedelta(days=1)})
    comparison = Comparison(signature(september), signature(october))
    assert comparison.containment > cluster.WORDING_CONTAINMENT  # the same sentences...
    assert not same_story(comparison)  # ...and other numbers


def test_the_same_event_elsewhere_is_vetoed_by_its_region(records):
    comparison = Comparison(signature(records["rehab-original"]), signature(records["rehab-elsewhere"]))
    assert comparison.places == (0, 1) and not same_story(comparison)


def test_undated_records_join_only_undated_near_copies(records):
    undated = {name: records[name].model_copy(update={"date": None}) for name in ("rehab-original", "rehab-reprint",
                                                                                    "rehab-rewrite")}
    result = group([signature(record) for record in (*undated.values(), records["rehab-translation"])])
    assert result[0].story == result[1].story  # the reprint, by its wording
    assert result[2].story_size == 1  # the rewrite shares facts, not wording: with no date, facts are not enough
    assert result[3].story_size == 1  # the dated translation is never compared with an undated record


def test_exact_copies_are_one_story_without_copy_of(records):
    original = records["rehab-original"]
    copy = original.model_copy(update={"source": "elsewhere/copy.txt"})
    result = group([signature(original), signature(copy), signature(records["rehab-elsewhere"])])
    assert result[0] == result[1]
    assert result[0].story == original.id and result[0].story_size == 2 and result[0].copy_of is None


def test_partitioned_index_finds_the_same_stories(records, monkeypatch):
    signatures = [signature(record) for record in records.values()]
    whole = group(signatures)
    monkeypatch.setattr(cluster, "KEYS_PER_PARTITION", 10)  # several spill files, even for nine records
    assert list(group(signatures)) == list(whole)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("пациентов 3 150, упаковок 1 140", {"3150", "1140"}),
        ("18 тысяч упаковок; 18 мың қаптама", {"18000"}),
        ("снизилась на 6,4% и составила 29,8 случая", {"6.4", "29.8"}),
        ("в 2024 году, до 10 апреля", set()),  # a year, and a date (see below)
        ("1,2 млн доз", {"1.2e+06"}),
        ("вирус COVID-19", set()),
        # references, not facts: a code's article and part, a phone line (every bribery case cites ст. 366)
        ("взятка 2,5 млн тенге, ч. 3 ст. 366 УК, ст. 367; по телефону call-центра 1424", {"2.5e+06"}),
        ("ҚК-нің 317-бабының 2-бөлігі бойынша 14 бала", {"14"}),
        ("тел. 8 7172 55 55 55, всего 14 детей", {"14"}),  # a phone number, all its groups
        ("Анықтама телефоны 8 (7172) 55-55-55, сенім телефоны 1406; 14 бала", {"14"}),
        ("по телефону 1406\n15 детей; по номеру 1406 (18 операторов)", {"15", "18"}),  # its line, its brackets only
        # a card's number, which a fund prints under every child's appeal (stories probe 35)
        ("Kaspi Gold: 4400 4302 1187 5531, нужно 48 млн тенге", {"4.8e+07"}),
        ("ИИК: KZ45 9650 0000 7788 9911, БИН: 170940034567; 14 детей", {"14"}),  # ... an account's, a business's
        ("Корь: 1203 1450 1980 2107 случаев по годам", {"1203", "1450", "2107"}),  # (a row of counts: 1980 a year)
        ("по статье 317 – 4 года, 12 пациентов", {"4", "12"}),  # an article's number only, not what follows it
        ("Пострадали 15 человек, в частности 12 детей; частично 7 выписаны", {"15", "12", "7"}),  # not a "часть"
    ],
)
def test_figures_are_normalised_across_languages(text, expected):
    assert figures_and_dates(text)[0] == expected


def test_names_and_dates_meet_across_languages():
    assert names("Сказала директор Гульнара Есенова.") == names("Деді директор Гүлнара Есенова.")
    # (the Kazakh ө as Russian writes it, о or у, and in Latin letters: stories probe 31 split its versions)
    assert names("Сказала вице-министр Айгуль Тулегенова.") == names("Деді вице-министр Айгүл Төлегенова.")
    assert names("Деді вице-министр Aigül Tölegenova.") == names("Деді вице-министр Айгүл Төлегенова.")
    assert figures_and_dates("до 10 апреля")[1] == figures_and_dates("10 сәуірге дейін")[1] == {"04-10"}


def test_a_short_name_in_quotes_is_a_name_and_quoted_speech_is_not():
    # a camp's name, written in each language's letters, opens its quotes
    assert names("в лагере «Сункар» заболели дети") == names("«Сұңқар» лагерінде балалар ауырды") == {"sunkar"}
    assert names("в клинике «Медикер Педиатрия»") == {"medike", "pediat"}
    # with a Kazakh case ending after a hyphen, or a colon after it
    assert names("Балаларды «Сұңқар»-ға жеткізді") == {"sunkar"}
    assert names("Препарат выпускает компания «Нурфарма»: поставки возобновят") == {"nurfar"}
    # a quote's words: the first is capitalised as any sentence's is, short or long
    assert names("«Мы забрали сына во вторник утром», – рассказала мама.") == set()
    for speech in ("«Мы забрали сына», – рассказала мама.", "«Нет лекарств»: жители жалуются на аптеки",
                   "«Дәрі жоқ», – дейді тұрғындар.", "ответ «Нет» на вопрос", "сказал: «Спасибо врачам» и ушел"):
        assert names(speech) == set(), speech


# --- The command ---------------------------------------------------------------------------------------------------


def _stories_by_id(stdout: str) -> dict[str, tuple]:
    rows = [json.loads(line) for line in stdout.splitlines()]
    return {row["id"]: (row["story"], row["story_size"], row.get("copy_of")) for row in rows}


def test_stories_keeps_input_order_and_adds_the_fields(kz, corpus):
    result = kz("stories", input=corpus)
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [row["id"] for row in rows] == [json.loads(line)["id"] for line in corpus.splitlines()]
    assert all({"story", "story_size"} <= row.keys() for row in rows)
    assert sum("copy_of" in row for row in rows) == 1  # null copy_of is left out, as unset tag fields are


def test_shuffled_input_gives_the_same_stories(kz, corpus):
    lines = corpus.splitlines(keepends=True)
    random.Random(7).shuffle(lines)
    assert _stories_by_id(kz("stories", input=b"".join(lines)).stdout) == _stories_by_id(kz("stories", input=corpus).stdout)


def test_stdin_is_spooled_and_removed(kz, corpus, tmp_path, monkeypatch):
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    from_stdin = kz("stories", input=corpus)
    source = tmp_path / "corpus.jsonl"
    source.write_bytes(corpus)
    from_file = kz("stories", str(source))
    assert from_stdin.exit_code == 0 and from_stdin.stdout == from_file.stdout
    assert list(tmp_path.iterdir()) == [source]


@pytest.mark.parametrize("stop, code", [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_an_interrupted_run_removes_the_spool(corpus, tmp_path, stop, code):
    spool_dir = tmp_path / "tmp"
    spool_dir.mkdir()
    env = {**os.environ, "TMPDIR": str(spool_dir)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "kzhealth", "stories"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, env=env,
    )
    proc.stdin.write(corpus)  # stdin stays open: the run waits in the spooling, interrupted there
    proc.stdin.flush()
    deadline = time.monotonic() + 60
    while not list(spool_dir.rglob("*.jsonl")) and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(stop)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == code
    assert b"Traceback" not in err
    assert list(spool_dir.iterdir()) == []


def test_an_invalid_line_stops_before_any_output_or_is_skipped(kz, corpus):
    broken = corpus + b"{not json\n"
    stopped = kz("stories", input=broken)
    assert stopped.exit_code == 1 and stopped.stdout == ""
    assert "stdin:10: not valid JSON" in stopped.stderr
    skipped = kz("stories", "--skip-invalid", input=broken)
    assert skipped.exit_code == 1 and len(skipped.stdout.splitlines()) == 9


def test_filter_first_of_story_passes_one_record_per_story(kz, corpus):
    tagged = kz("stories", input=corpus).stdout
    first_line = next(line for line in tagged.splitlines() if json.loads(line)["id"] == json.loads(line)["story"])
    doubled = tagged + first_line + "\n"  # an exact copy of a story's first record passes only once
    result = kz("filter", "--first-of-story", input=doubled)
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == len({row["story"] for row in rows}) == 6
    by_story: dict = {}
    for line in tagged.splitlines():
        record = json.loads(line)
        by_story.setdefault(record["story"], []).append(record)
    for row in rows:  # the earliest; of equally early ones, the longest
        earliest = min(r["date"] or "9999" for r in by_story[row["story"]])
        same_day = [r for r in by_story[row["story"]] if (r["date"] or "9999") == earliest]
        assert (row["date"] or "9999") == earliest and len(row["text"]) == max(len(r["text"]) for r in same_day)


def test_first_of_story_ties_go_to_the_longest(kz):
    def line(rid: str, text: str) -> str:
        return json.dumps({"id": rid, "source": f"{rid}.txt", "date": "2025-05-01", "title": None, "outlet": None,
                           "lang": "ru", "lang_confidence": 1, "text": text, "story": "a", "story_size": 2})

    corpus = line("a", "Короткая заметка.") + "\n" + line("b", "Та же новость, рассказанная подробнее.") + "\n"
    result = kz("filter", "--first-of-story", input=corpus)
    assert [json.loads(row)["id"] for row in result.stdout.splitlines()] == ["b"]


def test_filter_first_of_story_needs_stories(kz, corpus):
    result = kz("filter", "--first-of-story", input=corpus)
    assert result.exit_code == 1 and "run kzhealth stories first" in result.stderr


def test_summarise_counts_stories_beside_documents(kz, corpus):
    tagged = kz("stories", input=corpus).stdout
    summary = json.loads(kz("summarise", "--format", "json", input=tagged).stdout)
    assert summary["documents"] == 9 and summary["stories"] == 6
    assert summary["by_lang"] == {"ru": 8, "kk": 1} and summary["stories_by_lang"] == {"ru": 6, "kk": 1}
    assert "stories_by_lang,kk,1" in kz("summarise", "--format", "csv", input=tagged).stdout.splitlines()
    table = kz("summarise", input=tagged).stdout
    assert "9 documents" in table and "6 stories" in table and "Stories" in table
    assert "stories" not in json.loads(kz("summarise", "--format", "json", input=corpus).stdout)


def test_summary_merge_unites_story_sets(records):
    tagged = [r.model_copy(update={"story": s.story, "story_size": s.story_size}) for r, s in
              zip(records.values(), group([signature(r) for r in records.values()]))]
    whole, left, right = Summary(), Summary(), Summary()
    for n, record in enumerate(tagged):
        whole.add(record)
        (left if n % 2 else right).add(record)
    assert left.merge(right).to_dict() == whole.to_dict()


def test_eval_stories_scores_a_labelled_folder(kz):
    result = kz("eval", "stories", str(DATA))
    assert result.exit_code == 0, result.stderr
    assert "9 documents, 6 gold stories" in result.stdout
    for measure in ("B-cubed", "pairs", "ru-kk pairs"):
        assert measure in result.stdout


def test_eval_stories_scores_a_document_ingest_skips_as_a_story_of_its_own(kz, tmp_path):
    """An empty file labelled with a story is split from that story's other documents, not the end of the
    evaluation."""
    import shutil

    shutil.copytree(DATA, tmp_path / "set")
    (tmp_path / "set" / "docs" / "rehab-empty.txt").write_bytes(b"")
    with open(tmp_path / "set" / "labels.jsonl", "a", encoding="utf-8") as labels:
        labels.write('{"file": "rehab-empty.txt", "story": "rehab-pavlodar", "lang": "ru"}\n')
    result = kz("eval", "stories", str(tmp_path / "set"), "-v")
    assert result.exit_code == 0, result.stderr
    assert "10 documents, 6 gold stories, 7 found (1 skipped by ingest, each a story of its own)" in result.stdout
    assert "rehab-empty.txt: skipped by ingest (empty)" in result.stdout
    assert "miss  rehab-empty.txt rehab-original.txt: split" in result.stdout


def test_a_pipe_named_as_input_is_read_twice_too(kz, corpus, tmp_path):
    import threading

    fifo = tmp_path / "records.fifo"  # what `kzhealth stories <(zcat tagged.jsonl.gz)` reads
    os.mkfifo(fifo)
    writer = threading.Thread(target=fifo.write_bytes, args=(corpus,))
    writer.start()
    result = kz("stories", str(fifo))
    writer.join(timeout=10)
    assert result.exit_code == 0 and result.stdout == kz("stories", input=corpus).stdout != ""


# --- rewrites that restate the facts, and the same hospital's other news (a harder probe's cases) -----------------


def _tagged(text: str):
    from kzhealth.pipeline import build_record

    record, _, analysed = build_record(text, "story.txt")
    return Tagger().tag(record, analysed)


def test_a_rewrite_that_rounds_the_figures_is_the_same_story():
    exact = _tagged(
        " date 2025-01-15 Zakon.kz\nОтказы от прививок: 13 420 семей в 2024 году\n"
        "В 2024 году от плановых прививок детей отказались родители в 13 420 семьях, сообщили в Минздраве. Больше "
        "всего отказов в Алматы – 3 940 и в Шымкенте – 2 910. По религиозным причинам отказались 1 860 семей, из-за "
        "страха осложнений – 10 960."
    )
    rounded = _tagged(
        " date 2025-01-16 Orda.kz\nПочти 13,5 тысячи семей не стали прививать детей\n"
        "Минздрав подсчитал: в прошлом году отказов от прививок было почти 13,5 тысячи. Около 4 тысяч из них пришлось "
        "на Алматы, еще 2,9 тысячи – на Шымкент. Около 1,9 тысячи семей назвали причиной веру, почти 11 тысяч "
        "боятся осложнений."
    )
    comparison = Comparison(signature(exact), signature(rounded))
    assert comparison.figures[0] >= 4 and same_story(comparison)


@pytest.mark.parametrize(
    "text, under, over",
    [
        ("Почти 40 детей; 1,2 мыңға жуық доза", {"40", "1200"}, set()),
        ("более 200 учеников, 200-ден астам оқушы, не менее 12 проб", set(), {"200", "12"}),
        ("около 15 человек", {"15"}, {"15"}),  # either way
        ("почти 40 детей, из них 40 в больнице", set(), set()),  # written exactly once: exact
        ("сағат 06:40 шамасында 4 адам", set(), set()),  # about the time, not its minutes
        ("не  менее 12 проб", set(), {"12"}),  # whatever the spaces
        # limits and "very" are no hedges
        ("детям до 14 лет, с 8 до 20 часов; сағат 18-ге дейін", set(), set()),
        ("Облыста 12 аса қауіпті инфекция тіркелді", set(), set()),
    ],
)
def test_figures_given_as_approximate_are_known_and_which_way(text, under, over):
    assert figures_and_dates(text)[2:] == (under, over)


def test_an_approximate_figure_stands_for_one_on_its_side_of_it():
    def camp(text: str) -> Signature:
        return signature(_tagged(" date 2024-07-16 Kazinform\nОтравление в лагере «Сункар»\n" + text))

    exact = camp("В лагере «Сункар» Бурабайского района за помощью обратились 38 детей, 27 госпитализированы.")
    about = camp("В лагере «Сункар» Бурабайского района почти 40 детей отравились, более 25 госпитализированы.")
    assert Comparison(exact, about).figures == (2, 2)
    # one approximate figure stands for one figure, not for each near it
    measles = camp("В лагере «Сункар» Бурабайского района корью заболели 36 детей, 38 взрослых и 39 вожатых.")
    poisoning = camp("В лагере «Сункар» почти 40 детей отравились обедом: осмотрены 120 детей, изъято 500 порций, 12 проб.")
    assert Comparison(measles, poisoning).figures == (1, 3)
    # a figure written alike is matched first: "более 200" does not take the 205 that 205 is
    exact = camp("В лагере «Сункар» Бурабайского района обратились 215 детей, выдали 205 доз.")
    hedged = camp("В лагере «Сункар» Бурабайского района обратились более 200 детей, выдали 205 доз.")
    assert Comparison(exact, hedged).figures == Comparison(hedged, exact).figures == (2, 2)
    # "более 200" is not 186, nor "почти 40" 41
    other = camp("В лагере «Сункар» Бурабайского района за помощью обратились 41 ребенок, 23 госпитализированы.")
    assert Comparison(other, about).figures == (0, 2)


def test_a_chain_of_matches_does_not_join_records_in_other_regions():
    taraz = _tagged(" date 2025-01-15 Kazinform\nОтравление угарным газом в Таразе\n"
                    "В Таразе 12 человек отравились угарным газом, 3 детей госпитализированы, сообщили в ДЧС.")
    kostanay = _tagged(" date 2025-01-15 Zakon.kz\nОтравление угарным газом в Костанае\n"
                       "В Костанае 14 человек отравились угарным газом, 5 детей госпитализированы, сообщили в ДЧС.")
    roundup = _tagged(" date 2025-01-16 Orda.kz\nУгарный газ: итоги выходных\n"
                      "За выходные в Таразе отравились угарным газом 12 человек, 3 из них дети; в Костанае 14 человек, "
                      "из них 5 детей.")
    signatures = [signature(record) for record in (taraz, roundup, kostanay)]
    assert same_story(Comparison(signatures[0], signatures[1])) and same_story(Comparison(signatures[1], signatures[2]))
    stories = group(signatures)
    assert stories[0].story != stories[2].story


def test_a_transcript_sharing_only_the_place_and_a_name_is_a_candidate():
    """A TV transcript writes its numbers in words, shares no wording with the agency's story and quotes someone
    else: the region with a name it gives (the district) is a key they share."""
    agency = _tagged(
        " date 2025-05-13 Kazinform\nВ Туркестанской области от бешенства умер ребенок\n"
        "В Байдибекском районе Туркестанской области от бешенства умер 9-летний мальчик, которого 28 апреля укусила "
        "собака. Об этом сообщил руководитель департамента санэпидконтроля Нурлан Сейтов."
    )
    transcript = _tagged(
        " date 2025-05-13 Jibek Joly\nБайдібек ауданында құтыру дертінен бала қайтыс болды\n"
        "Түркістан облысы Байдібек ауданында тоғыз жасар бала құтырудан көз жұмды. Баланы бір ай бұрын ит қапқан. "
        "Ауыл тұрғындары қаңғыбас иттер көбейгенін айтады, деді ауыл әкімі Айгүл Серікова."
    )
    a, b = signature(agency), signature(transcript)
    assert Comparison(a, b).places[0] and Comparison(a, b).names[0]
    assert set(cluster.blocking_keys(a)) & set(cluster.blocking_keys(b))


def test_small_figures_are_alike_only_when_equal():
    assert not cluster._rounded_alike(40, 41) and cluster._rounded_alike(13420, 13500)
    assert cluster._rounded_alike(486, 500) and not cluster._rounded_alike(1710, 1860)


def test_the_same_hospitals_other_news_is_another_story():
    tumour = _tagged(
        " date 2025-10-04 Kazinform\nВ Астане хирурги удалили опухоль весом 12 кг\n"
        "Хирурги городской больницы №1 Астаны удалили пациентке опухоль весом 12 килограммов. Операция длилась "
        "четыре часа, рассказал главный врач Марат Сагындыков. Онкологи провели химиотерапию, женщина идет на поправку."
    )
    stroke = _tagged(
        " date 2025-10-09 Kazinform\nВ городской больнице №1 Астаны открыли инсультный центр\n"
        "В городской больнице №1 Астаны открыли инсультный центр на 60 коек, рассказал главный врач Марат "
        "Сагындыков. Центр оснастили новым ангиографом, строительство обошлось в 2 млрд тенге."
    )
    comparison = Comparison(signature(tumour), signature(stroke))
    assert comparison.names[0] >= 3 and comparison.places[0]  # the same hospital, chief doctor and city...
    assert comparison.subjects[1] and not comparison.topics  # ...on other subjects
    assert not same_story(comparison)


def test_a_translation_that_restates_all_but_a_date_a_place_and_a_figure_joins_its_original():
    ru = _tagged(
        " date 2025-03-21 Kazinform\nВ школе Каскелена выявили корь у 27 детей\n"
        "В средней школе №3 города Каскелен Алматинской области 21 марта выявили корь у 27 учеников. Школу закрыли на "
        "карантин, детей с признаками болезни госпитализировали, сообщили в департаменте санитарно-эпидемиологического "
        "контроля."
    )
    kk = _tagged(
        " date 2025-03-22 Kazinform\nҚарасай ауданындағы мектепте қызылша анықталды\n"
        "Алматы облысы Қарасай ауданындағы мектепте 21 наурызда 27 оқушыдан қызылша анықталды. Мектеп карантинге "
        "жабылды, ауырған балалар ауруханаға жатқызылды."
    )
    comparison = Comparison(signature(ru), signature(kk))
    assert comparison.dates and comparison.places[0] and comparison.topics and same_story(comparison)
    # and the index makes them candidates, though they share no wording and no specific figure
    assert (0, 1) in set(cluster.candidate_pairs([signature(ru), signature(kk)]))


FULL_REPORT = (
    " date 2025-09-23 Sputnik\nВ Шымкенте 17 детей из детского сада попали в больницу с кишечной инфекцией\n"
    "В Шымкенте 17 воспитанников частного детского сада «Балапан» в Каратауском районе госпитализированы с признаками "
    "острой кишечной инфекции, сообщает городской департамент санитарно-эпидемиологического контроля. Вечером 21 "
    "сентября у детей появились рвота и диарея, их поместили в инфекционное отделение детской больницы №2. Полиция "
    "начала досудебное расследование по статье 305 УК РК."
)


def test_a_flash_whose_one_figure_is_a_count_of_one_joins_nothing():
    """(the eighteenth session's review) "умер 1 ребенок" and the next day's second death share the 1 and the city"""
    first = _tagged(" date 2025-03-10 Zakon.kz\nВ Караганде от кори умер ребенок\nВ Караганде от осложнений кори умер "
                    "1 ребенок, сообщили в управлении здравоохранения.")
    second = _tagged(" date 2025-03-11 Orda.kz\nВторая смерть от кори за неделю\nВторой случай смерти от кори за неделю "
                     "зарегистрирован в Караганде: мальчику был 1 год и 3 месяца. Он не был привит, рассказали врачи "
                     "областной детской больницы.")
    assert not same_story(Comparison(signature(first), signature(second)))


@pytest.mark.parametrize(
    ("flash", "same"),
    [
        # the day before, in other words: every figure and name it gives is the fuller report's
        ("В Шымкенте 17 детей отравились в детском саду\nСемнадцать воспитанников частного детского сада в "
         "Каратауском районе Шымкента госпитализированы с признаками кишечной инфекции. Работа сада приостановлена.",
         True),
        # another kindergarten's children the same week: another figure
        ("В Шымкенте 9 детей отравились в детском саду\nДевять воспитанников детского сада в Каратауском районе "
         "Шымкента госпитализированы с признаками кишечной инфекции. Работа сада приостановлена.", False),
        # ... or another district of the city
        ("В Шымкенте 17 детей отравились в детском саду\nСемнадцать воспитанников детского сада в Абайском районе "
         "Шымкента госпитализированы с признаками кишечной инфекции. Работа сада приостановлена.", False),
    ],
)
def test_a_flash_joins_the_fuller_report_of_the_next_day_that_gives_all_its_facts(flash, same):
    flash = _tagged(" date 2025-09-22 Tengrinews.kz\n" + flash)
    comparison = Comparison(signature(flash), signature(_tagged(FULL_REPORT)))
    assert same_story(comparison) is same


DENTAL_DEATH_FLASH = (
    " date 2026-02-10 Tengrinews.kz\nВ Алматы ребенок умер после наркоза в стоматологии\nВ Алматы четырехлетний "
    "мальчик скончался в частной стоматологической клинике после общего наркоза, сообщили в полиции."
)


@pytest.mark.parametrize(
    ("other", "same"),
    [
        # the same day's flash in Kazakh, the age in digits: the same place, matter and child
        (" date 2026-02-10 kaz.tengrinews.kz\nАлматыда бала тіс емдеу кезінде наркоздан кейін қайтыс болды\n"
         "Алматыдағы жеке стоматологиялық клиникада 4 жасар ұл жалпы наркоздан кейін көз жұмды. Полиция тергеу "
         "бастады.", True),
        # ... not another child's: another age
        (" date 2026-02-10 kaz.tengrinews.kz\nАлматыда бала тіс емдеу кезінде наркоздан кейін қайтыс болды\n"
         "Алматыдағы жеке стоматологиялық клиникада алты жасар ұл жалпы наркоздан кейін көз жұмды. Полиция тергеу "
         "бастады.", False),
        # ... nor the same city's other child of that age the same day, on another matter (pills swallowed at home)
        (" date 2026-02-10 Zakon.kz\nВ Алматы ребенок отравился таблетками\nВ Алматы четырехлетняя девочка "
         "проглотила таблетки бабушки, ее доставили в токсикологическое отделение детской больницы.", False),
        # ... nor a four-month-old's (review: the unit counts)
        (" date 2026-02-10 kaz.tengrinews.kz\nАлматыда нәресте тіс емдеу кезінде наркоздан кейін қайтыс болды\n"
         "Алматыдағы жеке стоматологиялық клиникада 4 айлық нәресте жалпы наркоздан кейін көз жұмды.", False),
        # ... nor a report of two children, one of them that age (review: all ages the same)
        (" date 2026-02-10 Zakon.kz\nВ Алматы двое детей в реанимации после наркоза у стоматолога\nВ Алматы "
         "четырехлетний мальчик и шестилетняя девочка попали в реанимацию после общего наркоза в стоматологии.",
         False),
    ],
)
def test_flashes_of_the_same_day_join_by_the_persons_age(other, same):
    """Flashes give no figure but a person's age, in digits or in words ("четырехлетний", "4 жасар")."""
    comparison = Comparison(signature(_tagged(DENTAL_DEATH_FLASH)), signature(_tagged(other)))
    assert same_story(comparison) is same


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("В Алматы четырехлетний мальчик и его двадцатипятилетняя мать", "ru", {"4y", "25y"}),
        ("6-летняя девочка, четырехмесячный младенец, в возрасте 7 лет", "ru", {"6y", "4m", "7y"}),
        ("төрт жасар ұл, 25 жастағы ана, алты айлық нәресте, үш бала", "kk", {"4y", "25y", "6m"}),
        # (review) no person after it: a summer, a span, a plan, a pay, an age limit
        ("за 3 летних месяца, пятилетний план, трехмесячный курс, летний лагерь, многолетний опыт", "ru", set()),
        ("3 айлық жалақы, 5 жасқа дейінгі балалар, 18 жасқа толмаған", "kk", set()),
        # ... nor one end of a range, nor a decimal
        ("5–7-летнего ребенка, в возрасте 5–7 лет, в возрасте 2,5 лет", "ru", set()),
        ("3–4 жасар балалар", "kk", set()),
    ],
)
def test_peoples_ages_are_read_in_digits_and_in_words(text, lang, expected):
    assert ages(numerals_as_digits(text, lang), lang) == expected


HEART_AIRLIFT = (
    " date 2026-02-10 Tengrinews.kz\nВ Астане прооперировали младенца из Кызылординской области\nТрехмесячного "
    "мальчика из Жалагашского района Кызылординской области 9 февраля доставили санавиацией в Национальный научный "
    "кардиохирургический центр в Астане. Кардиохирурги устранили врожденный порок сердца, операция на открытом сердце "
    "длилась шесть часов."
)
SEDATION_AIRLIFT = (
    " date 2026-02-10 Orda.kz\nДевочку из Кызылординской области после седации у стоматолога доставили в Астану\n"
    "Пятилетнюю девочку из Шиелийского района Кызылординской области 9 февраля санавиацией доставили в Национальный "
    "научный центр материнства и детства в Астане. У ребенка остановилось дыхание во время лечения зубов под седацией "
    "в частной детской стоматологической клинике, стоматолог работал без анестезиолога. Ребенок в реанимации."
)
FALL_AIRLIFT = (
    " date 2026-02-11 Kazinform\nМальчика из Кызылординской области лечат в Астане\nСемилетний мальчик из "
    "Казалинского района Кызылординской области упал с высоты. 11 февраля его отправили бортом санавиации в "
    "Национальный научный центр материнства и детства, в Астане ребенка лечат детские хирурги и реаниматологи."
)


def test_children_flown_from_one_region_to_the_capital_the_same_week_are_not_one_story():
    """Two regions, a day in February, children and an air ambulance are the circumstances of all three; a heart
    surgery and a dental sedation are other matters, and the boy's fall shares no name with the girl's sedation but
    the places' and the centre's."""
    heart, sedation, fall = (_tagged(text) for text in (HEART_AIRLIFT, SEDATION_AIRLIFT, FALL_AIRLIFT))
    assert heart.regions == sedation.regions == fall.regions
    assert {"pediatrics"} <= set(heart.topics) & set(sedation.topics) & set(fall.topics)
    assert not same_story(Comparison(signature(heart), signature(sedation)))
    assert not same_story(Comparison(signature(fall), signature(sedation)))
    assert [story.story_size for story in group([signature(heart), signature(sedation), signature(fall)])] == [1, 1, 1]


def test_names_every_health_story_writes_are_no_names_of_its_event():
    text = ("Врача привлекли по статье 317 УК РК, сообщили в Комитете медицинского и фармацевтического контроля "
            "Минздрава. В Казахстане по ОСМС оплачивают МРТ. Хирург Ерлан Жумабаев из Актобе оперировал мальчика.")
    assert names(text) == {"erlan", "zhumab", "aktube"}  # (о, ө and у fold to u)


def test_a_few_small_counts_found_among_many_figures_do_not_outweigh_other_subjects():
    """A tender's story of seventeen figures holds the 2, 4 and 317 of a dental death's by chance: they are all of
    the death's figures, but few of the tender's, and do not make one story of a tender and a death."""
    tender = _tagged(
        " date 2025-03-11 LS\nСК-Фармация подвела итоги закупа лекарств\nВ Шымкенте, Алматы и Астане СК-Фармация "
        "закупила 312 наименований лекарств у 51 поставщика на 187,4 млрд тенге, экономия 9,3 млрд тенге. Поставки "
        "идут в 14 регионов, 41,2% препаратов отечественные, 32,9% из стран ЕАЭС, 21,5% из Европы. Средняя цена "
        "снизилась на 4,8%, по 2 и 3 лотам торги отменили, 5 договоров расторгнуты, 1 поставщик в реестре "
        "недобросовестных, 4 жалобы рассмотрены, 14,8 млн тенге штрафов, 9,6 млн неустойки."
    )
    death = _tagged(
        " date 2025-03-14 Otyrar.kz\nШымкентте 4 жасар бала тіс емдеу кезінде наркоздан кейін қайтыс болды\n"
        "Шымкентте 4 жасар бала жеке стоматологияда жалпы наркозбен тіс емдегеннен кейін қайтыс болды. Полиция "
        "ҚК 317-бабы бойынша қылмыстық іс қозғады, клиниканың 2 дәрігері қызметінен шеттетілді."
    )
    comparison = Comparison(signature(tender), signature(death))
    assert comparison.figures[0] == comparison.figures[1] >= 2 and not same_story(comparison)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("он төрт оқушы ауырды", "kk", "14 оқушы ауырды"),
        ("екі мың үш жүз қаптама", "kk", "2300 қаптама"),
        ("бір миллиард жүз миллион теңге", "kk", "1100000000 теңге"),
        ("сәуірдің он төртінде", "kk", "сәуірдің 14-інде"),
        ("жиырма бесі ауруханада", "kk", "25-і ауруханада"),
        ("сәуірдің бесінде", "kk", "сәуірдің 5-інде"),  # a day of a month, however small
        # under ten, a sentence's count; alone, an article, a face, "for", "there"
        ("үш бала бір адам үшін онда жүз пайыз", "kk", "үш бала бір адам үшін онда жүз пайыз"),
        ("двести тридцать пять человек", "ru", "235 человек"),
        ("он сказал, что два врача", "ru", "он сказал, что два врача"),
        ("он төрт", "ru", "он төрт"),  # another language's words
        ("пять миллионов тенге", "ru", "5000000 тенге"),
        # a day before its month is an ordinal; an ordinal that is no day is a rank, a week, a quarter or a year
        ("үшінші ақпанда", "kk", "3-інші ақпанда"),
        ("наурыздың бірінші аптасында", "kk", "наурыздың бірінші аптасында"),
        ("бірінші тоқсанында 120 адам", "kk", "бірінші тоқсанында 120 адам"),
        ("екі мың жиырма бесінші жылы", "kk", "екі мың жиырма бесінші жылы"),
        # one number's words stand apart by spaces only, in the order numbers are said
        ("он бес\nжиырма бес", "kk", "15\n25"),
        ("он бір он екі", "kk", "11 12"),
        ("жиырма мың үшін", "kk", "20000 үшін"),
        # a half, a decimal or an ordinal after the words makes them another number
        ("он екі жарым мың", "kk", "он екі жарым мың"),
        ("он екі бүтін бес пайыз", "kk", "он екі бүтін бес пайыз"),
        ("в тридцать пятой больнице", "ru", "в тридцать пятой больнице"),
        ("двадцать одна тысяча человек", "ru", "21000 человек"),
        # a range's ends, and a multiplier that cannot go on the number before it, are no one figure
        ("он бес-жиырма адам", "kk", "он бес-жиырма адам"),
        ("бес мың бес мың", "kk", "бес мың бес мың"),
        ("бір миллион бес жүз мың", "kk", "1500000"),
    ],
)
def test_numbers_in_words_are_read_as_figures(text, lang, expected):
    assert numerals_as_digits(text, lang) == expected


def test_an_articles_word_after_its_number_makes_it_no_figure_and_a_departments_does_not():
    numbers, _, _, _ = figures_and_dates("Ауруханада 12 бөлім және 14 бөлімше бар. ҚК 317 бабы, 317 бап бойынша, "
                                         "317-бабының 2-бөлігі, 317 бапта, 3 тармақта. 120 бапкер.")
    assert numbers == {"12", "14", "120"}


def test_a_kazakh_retelling_in_words_or_latin_letters_gives_the_figures_and_dates_of_its_original():
    words = _tagged(" date 2025-01-13 Egemen\nТаразда мектепте қызылша тіркелді\nТараз қаласындағы мектепте "
                    "қаңтардың он екісінде он төрт оқушыдан қызылша анықталды. Полиция ҚК үш жүз он жетінші бабы "
                    "бойынша тексеру бастады.")
    latin = _tagged(" date 2025-01-13 Egemen\nTarazda mektepte qyzylsha tirkeldi\nTaraz qalasyndağy mektepte "
                    "qañtardyñ 12-sinde 14 oqwşydan qyzylsha anyqtaldy. Polïcïya QK 317-babynyñ 2-bóligi boıynşa "
                    "tekserw bastady.")
    digits = _tagged(" date 2025-01-12 Kazinform\nВ школе Тараза выявили корь\nВ школе Тараза 12 января корь "
                     "выявили у 14 учеников, сообщили в департаменте санэпидконтроля. Полиция начала проверку по "
                     "ст. 317 УК.")
    for other in (words, latin):
        comparison = Comparison(signature(other), signature(digits))
        assert comparison.figures == (1, 1) and comparison.dates == 1 and same_story(comparison)


def test_two_round_counts_found_among_many_figures_do_not_make_one_story():
    """A short report's 12 and 14 are among the twenty figures of a city's report on its ambulances by chance."""
    short = _tagged(" date 2025-05-10 Qazsport\nВ Шымкенте боксера увезла скорая помощь\nВ Шымкенте после "
                    "нокаута боксера 14 минут приводили в чувство, бригада скорой помощи увезла его в больницу, где "
                    "он провел 12 часов в реанимации.")
    report = _tagged(" date 2025-05-12 Otyrar.kz\nСкорая помощь Шымкента: итоги года\nВ Шымкенте 103 бригады скорой "
                     "помощи, из них 14 реанимационных и 12 педиатрических. За год принято 118 тысяч вызовов, "
                     "среднее время доезда 18 минут, 45 фельдшеров приняты на работу, 60 машин обновлены, 20 "
                     "подстанций отремонтированы, 11 из них в новых районах, зарплата выросла на 30 процентов, "
                     "2300 вызовов были ложными, 1900 обслужены за городом.")
    comparison = Comparison(signature(short), signature(report))
    assert comparison.figures == (2, 2) and comparison.places[0] and not same_story(comparison)


@pytest.mark.parametrize(
    ("first", "second", "measured", "same"),
    [
        (  # Shymkent found in "шымкентской больнице" is a shared place, and the toxicologist the one shared name
            " date 2025-06-10 Tengrinews.kz\nРебенок отравился таблетками\nВ шымкентской детской больнице спасли "
            "трехлетнего мальчика, который проглотил таблетки бабушки 9 июня. Токсиколог Сапаров рассказал, что "
            "ребенка доставили в тяжелом состоянии, его отравление было острым.",
            " date 2025-06-10 Otyrar.kz\nМальчика спасли после отравления\nВрачи шымкентской детской больницы "
            "спасли ребенка, отравившегося лекарствами 9 июня, рассказал токсиколог Сапаров. Отравление было тяжелым.",
            lambda c: c.places == c.names == (1, 1) and c.names_beside_places == 1,
            True,
        ),
        (  # a ministry's rules and an expert's findings, six days apart, both recall the death of 1 February
            " date 2025-02-27 Zakon.kz\nМинздрав ужесточил правила наркоза в стоматологиях\nМинистерство "
            "здравоохранения утвердило новые правила общего наркоза в стоматологических клиниках Алматы и других "
            "городов. Поводом стала гибель девочки в клинике «ДентаЛюкс» 1 февраля.",
            " date 2025-03-05 Tengrinews.kz\nЭкспертиза назвала причину смерти девочки в стоматологии\n"
            "Судебно-медицинская экспертиза установила, что девочка, умершая 1 февраля в алматинской клинике "
            "«ДентаЛюкс» после общего наркоза, погибла от передозировки анестетика.",
            lambda c: c.dates == 1 and c.news_days == 0,
            False,
        ),
        (  # two reports, on 3 and 6 March, of a free screening on 8 March: a day ahead of both, and theirs
            " date 2025-03-03 Otyrar.kz\nВ Шымкенте проведут бесплатный маммографический скрининг\n8 марта в "
            "городском онкодиспансере Шымкента 200 женщин смогут бесплатно пройти маммографию, сообщил главный врач "
            "Нурлан Ахметов.",
            " date 2025-03-06 Tengrinews.kz\nБесплатная маммография для 200 женщин пройдет в Шымкенте\nВ Шымкенте 8 "
            "марта онкодиспансер проведет бесплатную маммографию для 200 женщин, рассказал Нурлан Ахметов.",
            lambda c: c.news_days == 1,
            True,
        ),
    ],
)
def test_a_place_counts_once_among_names_and_the_same_days_event_is_a_day_of_both_reports_news(
    first, second, measured, same
):
    """A place the tagger reads in a word no name is takes none of the shared names; a day both reports name within
    the week of their publication is their news's, a day they recall is not."""
    comparison = Comparison(signature(_tagged(first)), signature(_tagged(second)))
    assert measured(comparison) and same_story(comparison) is same


def test_a_kind_of_incident_the_taxonomy_has_no_topic_for_is_a_reports_matter():
    """A hospital's ceiling collapse told with its cause two days later joins the first report by the kind of incident
    both name (stories probe 32: split, neither had a topic); a fire at the same hospital is another incident."""
    first = _tagged(
        " date 2026-02-09 Новый Вестник\nВ областной больнице Караганды на пациенток обрушился потолок\nУтром 9 "
        "февраля в палате №412 областной больницы Караганды обрушился подвесной потолок, пострадали две пациентки. "
        "Родственники прислали фото в редакцию.")
    cause = _tagged(
        " date 2026-02-11 Kazinform\nПричиной обрушения потолка в больнице Караганды назвали протечку кровли\nВ палате "
        "№412 областной больницы Караганды 9 февраля обрушение потолка произошло из-за протечки кровли, сообщили в "
        "управлении здравоохранения. Прокуратура начала проверку, на ремонт кровли выделят 48 млн тенге.")
    assert same_story(Comparison(signature(first), signature(cause)))
    fire = _tagged(
        " date 2026-02-10 Kazinform\nВ областной больнице Караганды произошел пожар\nВ палате №412 областной больницы "
        "Караганды 9 февраля произошел пожар, эвакуированы 30 пациентов. Причину возгорания выясняют.")
    assert not same_story(Comparison(signature(first), signature(fire)))
    # ... and a hospital's fire and a gas explosion in a home, the same city and day, are two incidents (review: joined,
    # when an explosion was a fire's kind)
    ward = _tagged(
        " date 2026-02-10 Kazinform\nВ областной больнице Караганды произошел пожар\nВ областной больнице Караганды 9 "
        "февраля произошел пожар, эвакуированы пациенты, сообщили в ДЧС. Причину возгорания выясняют.")
    explosion = _tagged(
        " date 2026-02-10 Kazinform\nВзрыв газа в жилом доме в Караганде: пострадали трое\nВ Караганде 9 февраля "
        "в жилом доме произошел взрыв газа, трое пострадавших госпитализированы, сообщили в ДЧС.")
    assert not same_story(Comparison(signature(ward), signature(explosion)))


def test_kazakh_in_the_latin_letters_of_2017_gives_its_figures_and_days():
    latin = _tagged(" date 2025-01-13 Egemen\nTarazda mektepte qyzylsha tirkeldi\nTaraz qalasyndag'y mektepte "
                    "qan'tardyn' on ekisinde on to'rt oqy'shydan qyzylsha anyqtaldy.")
    numbers, dates, _, _ = figures_and_dates(latin.text)  # the record's text, as written
    assert "14" not in numbers
    comparison = Comparison(signature(latin), signature(_tagged(
        " date 2025-01-12 Kazinform\nВ школе Тараза выявили корь\nВ школе Тараза 12 января корь выявили у 14 "
        "учеников, сообщили в департаменте санэпидконтроля.")))
    assert comparison.figures == (1, 1) and comparison.dates == 1


# --- a weekly's retelling, days after the event ------------------------------------------------------------------


FIRST_REPORT = (
    " date 2025-12-05 Pavlodarnews.kz\nВ Павлодаре пьяный мужчина избил фельдшера скорой помощи\n"
    "Вечером 5 декабря бригада скорой помощи приехала на вызов в дом на улице Кутузова. 46-летний мужчина напал на "
    "фельдшера, медик получила перелом носа. Бригада ждала полицию 34 минуты, на подстанции работают 60 бригад. "
    "Нападавшему грозит до 5 лет."
)


def test_a_weeklys_retelling_that_names_the_events_day_is_the_same_story_a_follow_up_is_not():
    """Up to LATE_DAYS later, a retelling names the first report's day and recounts its figures; a follow-up names the
    day too, and tells its own facts (a verdict's years and damages)."""
    first = _tagged(FIRST_REPORT)
    retold = (
        " date 2025-12-16 Ertis-info.kz\nНапавшего на фельдшера павлодарца задержали\n"
        "Как мы уже писали, 5 декабря в Павлодаре 46-летний мужчина напал на фельдшера скорой помощи, которая приехала "
        "на вызов на улицу Кутузова. Медик получила перелом носа, бригада ждала полицию 34 минуты. Нападавшему грозит "
        "до 5 лет. В городе 60 бригад скорой помощи."
    )
    retelling = _tagged(retold)
    comparison = Comparison(signature(first), signature(retelling))
    assert comparison.days_apart > cluster.WINDOW_DAYS and comparison.in_time and same_story(comparison)
    # ... opening as a reminder too: the retelling is the reminder, not a story beside one (second review)
    for opener in ("Напомним,", "Ранее сообщалось, что"):
        reminder = _tagged(retold.replace("Как мы уже писали,", opener))
        assert same_story(Comparison(signature(first), signature(reminder))), opener
    # ... not without the day it recounts, nor a month and more later
    undated = _tagged(retold.replace("5 декабря", "на прошлой неделе"))
    assert not same_story(Comparison(signature(first), signature(undated)))
    late = retelling.model_copy(update={"date": first.date + dt.timedelta(days=cluster.LATE_DAYS + 1)})
    assert not same_story(Comparison(signature(first), signature(late)))
    verdict = _tagged(
        " date 2025-12-20 Ertis-info.kz\nПавлодарца, избившего фельдшера, осудили на 3 года\n"
        "Суд вынес приговор мужчине, который 5 декабря напал на фельдшера скорой помощи на улице Кутузова. 46-летний "
        "павлодарец получит 3 года колонии и выплатит медику 750 000 тенге морального вреда и 180 000 тенге за лечение. "
        "Процесс длился 2 дня, гособвинитель просил 4 года."
    )
    assert not same_story(Comparison(signature(first), signature(verdict)))
    # ... also one that recalls two of its figures and gives one of its own
    sentence = _tagged(
        " date 2025-12-28 Ertis-info.kz\nНапавшему на фельдшера павлодарцу дали 3 года\n"
        "Как мы сообщали, 5 декабря 46-летний мужчина напал на фельдшера скорой помощи, которая ждала полицию 34 минуты. "
        "Суд приговорил его к 3 годам колонии."
    )
    assert not same_story(Comparison(signature(first), signature(sentence)))
    found = group([signature(record) for record in (first, retelling, verdict)])  # (candidates 11 days apart too)
    assert found[0].story == found[1].story != found[2].story



# --- a follow-up within the week ----------------------------------------------------------------------------------


SCHOOL_POISONING = (
    " date 2026-02-17 Tengrinews\nВ Таразе 12 школьников отравились в столовой\n"
    "Утром 17 февраля после завтрака в столовой школы №42 Тараза 12 детей почувствовали себя плохо, их доставили в "
    "инфекционную больницу. Поставщик питания ТОО «Асхана-Сервис» обслуживает еще 7 школ города, сообщили в "
    "департаменте санитарно-эпидемиологического контроля Жамбылской области."
)


def test_a_follow_up_days_later_telling_more_new_figures_than_it_recalls_is_a_story_of_its_own():
    """Within WINDOW_DAYS, a record from FOLLOW_UP_DAYS on that recalls the first report (its school, its supplier, a
    figure or two) but tells more figures of its own (the lab's count, a fine) is its follow-up; a retelling that
    recounts the first report's figures, or a fuller one, is the same story."""
    first = _tagged(SCHOOL_POISONING)
    follow_up = _tagged(
        " date 2026-02-23 Informburo\nВ столовой школы Тараза нашли сальмонеллу: поставщика оштрафовали\n"
        "Лаборатория подтвердила сальмонеллёз у 27 детей, отравившихся в школе №42 Тараза. Поставщика питания ТОО "
        "«Асхана-Сервис» оштрафовали на 1 700 000 тенге, 15 детей все еще в больнице. Напомним, 17 февраля после "
        "завтрака в школьной столовой почувствовали себя плохо 12 детей."
    )
    comparison = Comparison(signature(first), signature(follow_up))
    assert cluster.FOLLOW_UP_DAYS <= comparison.days_apart <= cluster.WINDOW_DAYS
    assert comparison.follows_up and not same_story(comparison)
    retold = _tagged(
        " date 2026-02-21 Жамбыл-Тараз\nОтравление в школе №42: что известно\n"
        "Как мы уже писали, 17 февраля 12 учеников школы №42 Тараза отравились завтраком в столовой. Поставщик "
        "питания ТОО «Асхана-Сервис» кормит детей еще в 7 школах, в городе идут проверки столовых."
    )
    comparison = Comparison(signature(first), signature(retold))
    assert not comparison.follows_up and same_story(comparison)
    # ... and the same follow-up the next day is a version of the day's news, its counts grown as the day went on
    next_day = follow_up.model_copy(update={"date": first.date + dt.timedelta(days=cluster.FOLLOW_UP_DAYS - 1)})
    assert not Comparison(signature(first), signature(next_day)).follows_up


def test_a_record_cannot_tell_an_event_of_a_day_after_it_was_published():
    """A piece on last year's outbreak in a village, published days before this year's case there, shares the
    village, the disease and the contacts' count: the later report's news is of a day after the piece came out (and
    that the piece does not announce), so the piece cannot have told it."""
    anniversary = _tagged(
        " date 2026-05-15 Egemen\nЖылыбулак: год после вспышки КГЛ\nГод назад, 12 мая 2025 года, в селе Жылыбулак "
        "Сарыагашского района Туркестанской области у чабана Ерлана Абдиева выявили Конго-Крымскую геморрагическую "
        "лихорадку. Тогда под наблюдение взяли 40 контактных, в селе провели акарицидную обработку."
    )
    report = (
        " date 2026-05-19 Kazinform\nВ Жылыбулаке у чабана выявили КГЛ\n18 мая в селе Жылыбулак Сарыагашского района "
        "Туркестанской области у чабана Ерлана Абдиева подтвердили Конго-Крымскую геморрагическую лихорадку. Под "
        "наблюдение взяты 40 контактных, в селе проводят акарицидную обработку."
    )
    assert not same_story(Comparison(signature(anniversary), signature(_tagged(report))))
    # ... the same report of an event the day the piece came out may be its story
    assert same_story(Comparison(signature(anniversary), signature(_tagged(report.replace("18 мая", "15 мая")))))


WEDDING_MORNING = (
    " date 2025-08-10 Kazinform\nВ Кызылординской области после тоя отравились 38 человек\n"
    "В селе Тартогай Сырдарьинского района после свадьбы в банкетном зале «Ақ Отау» с признаками отравления "
    "обратились 38 человек, среди них 9 детей. На тое было около 350 гостей, сообщил руководитель департамента "
    "санэпидконтроля Данияр Сейтказиев."
)


def test_versions_of_the_days_news_whose_counts_grew_are_one_story():
    """The same day's versions of an outbreak give the counts of their hour: 38 sick and 9 children in the morning,
    42 and 10 by evening, the same village, hall and official. A few counts each, one the same: the day's news, not
    another case. Days later, or among many figures, near counts are no such sign."""
    morning = _tagged(WEDDING_MORNING)
    evening = _tagged(
        WEDDING_MORNING.replace("2025-08-10 Kazinform", "2025-08-10 Tengrinews")
        .replace("отравились 38 человек", "число отравившихся выросло до 42")
        .replace("обратились 38 человек, среди них 9 детей", "обратились уже 42 человека, из них 10 детей")
    )
    comparison = Comparison(signature(morning), signature(evening))
    assert comparison.figures == (1, 3) and comparison.counts_drifted and same_story(comparison)
    later = evening.model_copy(update={"date": morning.date + dt.timedelta(days=cluster.FOLLOW_UP_DAYS)})
    assert not Comparison(signature(morning), signature(later)).counts_drifted
    tallied = _tagged(
        WEDDING_MORNING.replace("2025-08-10 Kazinform", "2025-08-10 Tengrinews")
        .replace("среди них 9 детей", "среди них 10 детей, 11 подростков, 12 женщин, 37 мужчин и 41 пожилой")
    )
    assert not Comparison(signature(morning), signature(tallied)).counts_drifted


def test_a_copy_or_a_first_report_without_figures_makes_no_follow_up():
    """A later record is a follow-up by its own figures only against a first report that gives some, and never a
    copy of it (the twenty-first session's review)."""
    note = (" date 2026-02-17 Tengrinews\nВ Таразе школьники отравились в столовой\nУтром после завтрака в столовой "
            "школы Тараза дети почувствовали себя плохо, их доставили в инфекционную больницу, сообщили в "
            "департаменте санитарно-эпидемиологического контроля Жамбылской области.")
    first = _tagged(note)
    copy = _tagged(note.replace("2026-02-17 Tengrinews", "2026-02-20 Zakon.kz").replace("дети почувствовали",
                                                                                         "12 детей почувствовали"))
    comparison = Comparison(signature(first), signature(copy))
    assert comparison.days_apart >= cluster.FOLLOW_UP_DAYS and not comparison.follows_up


def test_the_days_news_going_on_the_next_day_is_no_later_event():
    """Fewer than FOLLOW_UP_DAYS apart, a version naming the day after the first report ("11 июня доставили еще
    двоих") is the day's news going on, its counts grown (the twenty-first session's review)."""
    first = _tagged(WEDDING_MORNING)
    update = _tagged(
        WEDDING_MORNING.replace("2025-08-10 Kazinform", "2025-08-12 Tengrinews")
        .replace("обратились 38 человек, среди них 9 детей", "обратились 38 человек, среди них 9 детей, а 11 августа "
                 "доставили еще четверых: всего 42, из них 10 детей")
    )
    comparison = Comparison(signature(first), signature(update))
    assert comparison.days_apart < cluster.FOLLOW_UP_DAYS and not comparison.moves_on


ACQUITTAL = (
    " date 2025-09-17 Informburo.kz\nВ Шымкенте оправдали хирурга по делу о смерти пациентки\nСуд Шымкента оправдал "
    "хирурга городской больницы, которого обвиняли в ненадлежащем исполнении профессиональных обязанностей медицинским "
    "работником. По версии следствия, 9 декабря 2024 года он несвоевременно провел операцию 19-летней пациентке, а 13 "
    "декабря 2024 года она скончалась. Суд не нашел в его действиях состава преступления."
)


@pytest.mark.parametrize(
    ("other", "same"),
    [
        # the same verdict in Kazakh the next day: no name, no sentence, no sum, but the same days of its events
        (" date 2025-09-18 Baq.kz\nШымкентте хирург ақталды\nШымкент соты қалалық аурухананың хирургін ақтады. Ол "
         "медицина қызметкерінің кәсіби міндеттерін тиісінше орындамады деп айыпталған. Тергеу нұсқасы бойынша, 2024 "
         "жылғы 9 желтоқсанда 19 жастағы науқасқа отаны кеш жасаған, науқас 13 желтоқсанда көз жұмған.", True),
        # ... not another surgeon's verdict in the same court the same day: its events on other days
        (" date 2025-09-17 Zakon.kz\nХирурга частной клиники приговорили к ограничению свободы\nЗа гибель пациентки "
         "после липосакции шымкентский хирург получил два года ограничения свободы за ненадлежащее исполнение "
         "профессиональных обязанностей. Операцию провели 2 марта 2025 года, женщина умерла 5 марта.", False),
    ],
)
def test_versions_of_a_verdict_join_by_the_days_of_its_events(other, same):
    """Versions a day apart that tell the same days of the events (two or more, besides the days of the news), in
    the same place and on the same subject, with no figure or name the other lacks (stories probe 27)."""
    comparison = Comparison(signature(_tagged(ACQUITTAL)), signature(_tagged(other)))
    assert same_story(comparison) is same


def test_a_story_quoting_a_counts_figures_is_not_joined_to_it_through_a_flash():
    """A school's closure quotes two of the region's weekly count figures and joins the count's flash, which gives
    just those two; it gives five figures of its own beside them, so it is another event than the count, whatever
    chain of matches joins them (stories probe 28)."""
    count = _tagged(
        " date 2026-01-21 Pavon.kz\nВ Павлодарской области превышен эпидпорог по ОРВИ\nЗа прошлую неделю в Павлодарской "
        "области зарегистрировано 6 874 случая ОРВИ и гриппа, эпидпорог превышен на 11%. Госпитализированы 412 "
        "человек, из них 238 детей. В Экибастузе выявлено 1 530 случаев, в Аксу – 822. Лабораторно подтвержден грипп у "
        "96 пациентов.")
    flash = _tagged(
        " date 2026-01-21 Tengrinews.kz\nВ Павлодарской области превышен эпидпорог по ОРВИ\nЗа прошлую неделю в "
        "Павлодарской области зарегистрировано 6 874 случая ОРВИ и гриппа, эпидпорог превышен на 11%.")
    school = _tagged(
        " date 2026-01-22 Zakon.kz\nПавлодарскую школу № 24 перевели на дистанционное обучение\nВ школе № 24 "
        "Павлодара из 1 180 учеников с ОРВИ болеют 187, заболели 35 учителей, поэтому классы с 1 по 9 учатся дистанционно "
        "до 4 февраля. Санэпидконтроль насчитал в регионе 6 874 заболевших, порог превышен на 11%.")
    result = group([signature(count), signature(flash), signature(school)])
    assert result[0].story == result[1].story and result[2].story_size == 1


def test_reports_of_two_deaths_in_two_languages_with_other_names_are_two_stories():
    """(third review) A Russian and a Kazakh report of a child's death in a dental clinic the same city and days: the
    clinics and people they name differ («ДентаЛайф», «Smile Kids»), so they are two events, whatever the age."""
    russian = _tagged(
        " date 2026-02-10 Zakon.kz\nВ Алматы ребенок умер после наркоза в стоматологии\n9 февраля в Алматы "
        "четырехлетний мальчик скончался после лечения зубов под общим наркозом в клинике «ДентаЛайф». Анестезиолог "
        "Ержан Садыков отстранен от работы.")
    kazakh = _tagged(
        " date 2026-02-11 Kazinform.kz\nАлматыда бала тіс емдеуден кейін қайтыс болды\n9 ақпанда Алматыдағы «Smile "
        "Kids» стоматологиясында 4 жасар қыз жалпы наркоздан кейін қайтыс болды. Клиника иесі Айгерім Бекова "
        "полицияға түсініктеме берді.")
    assert not same_story(Comparison(signature(russian), signature(kazakh)))


def test_counts_that_grew_during_the_day_stay_one_story_and_campaigns_of_the_same_weeks_two():
    """(second review) A day's versions whose counts grew share few figures exactly: they are one story all the same
    (Comparison.counts_drifted), not refused as another event's (FOREIGN_SHARE). Two campaigns of the same weeks ("с 1
    по 31 марта") in one city share their dates, not their event."""
    morning = (" date 2025-08-10 Kazinform\nВ Кызылординской области после тоя отравились 38 человек\nВ селе Тартогай "
               "Сырдарьинского района после свадьбы в банкетном зале «Ақ Отау» с признаками отравления обратились 38 "
               "человек, среди них 9 детей. Госпитализированы 24 человека, 6 из них в тяжелом состоянии. На тое было около "
               "350 гостей, сообщил руководитель департамента санэпидконтроля Данияр Сейтказиев.")
    evening = (morning.replace("2025-08-10 Kazinform", "2025-08-10 Tengrinews")
               .replace("отравились 38 человек", "число отравившихся выросло до 42")
               .replace("обратились 38 человек, среди них 9 детей", "обратились уже 42 человека, из них 10 детей")
               .replace("Госпитализированы 24 человека, 6 из них", "Госпитализированы 27 человек, 7 из них"))
    result = group([signature(_tagged(morning)), signature(_tagged(evening))])
    assert result[0].story == result[1].story
    measles = (" date 2026-02-10 Tengrinews.kz\nВ Астане пройдет вакцинация школьников от кори\nВакцинация школьников от "
               "кори пройдет в Астане с 1 марта по 31 марта. Прививки будут делать в поликлиниках по месту прикрепления.")
    hpv = (" date 2026-02-11 Zakon.kz\nВ Астане начнут прививать девочек от ВПЧ\nВ Астане с 1 марта по 31 марта в "
           "поликлиниках будут прививать девочек от вируса папилломы человека. Вакцинация бесплатная.")
    assert not same_story(Comparison(signature(_tagged(measles)), signature(_tagged(hpv))))



def test_a_reminder_of_an_earlier_event_lends_its_facts_to_no_story():
    """Stories probe 40: another child's death in another clinic of the same city three days later, in the same
    template, joined the first's story through its "Напомним" line (the clinic, the day); a story's update that recalls
    its own day keeps what it recalls."""
    recalled = {_hash(name) for name in names("в клинике «Смайл Дент»")}  # the earlier clinic's name
    second = _tagged(
        " date 2026-04-16 Zakon.kz\nВ Караганде ребенок умер после наркоза в стоматологии\nВ Караганде пятилетняя "
        "девочка умерла после лечения зубов под общим наркозом в клинике «Дентал Про». Полиция начала расследование.\n"
        "Напомним, 13 апреля в клинике «Смайл Дент» на улице Ерубаева умер трехлетний мальчик."
    )
    facts = signature(second)
    assert not recalled & facts.facts("names") and _hash("04-13") not in facts.facts("dates")
    update = _tagged(
        " date 2026-04-13 Tengrinews\nСмерть ребенка в стоматологии Караганды: клинику закрыли\nРаботу клиники "
        "приостановили, сообщили в департаменте контроля.\nНапомним, 13 апреля в клинике «Смайл Дент» на улице "
        "Ерубаева в Караганде умер трехлетний мальчик, полиция начала расследование."
    )
    facts = signature(update)
    assert recalled <= facts.facts("names") and _hash("04-13") in facts.facts("dates")
