"""The whole pipeline driven through the CLI, as a user pipes it."""

from __future__ import annotations

import csv
import io
import json
import os

import pytest

from kzhealth.cli import app


def lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def corpus() -> str:
    from typer.testing import CliRunner

    from tests.conftest import SEEDS

    result = CliRunner().invoke(app, ["ingest", str(SEEDS), "--jobs", "1"])
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.fixture(scope="module")
def tagged(corpus) -> str:
    from typer.testing import CliRunner

    result = CliRunner().invoke(app, ["tag", "--jobs", "1"], input=corpus)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def by_file(records: list[dict]) -> dict[str, dict]:
    return {r["source"].rsplit("/", 1)[-1][:3]: r for r in records}


def test_ingest_seeds_metadata(corpus):
    records = by_file(lines(corpus))
    assert sorted(records) == ["000", "001", "002", "003", "004"]
    assert [records[k]["lang"] for k in sorted(records)] == ["ru", "ru", "ru", "kk", "ru"]
    assert records["000"]["date"] == "2025-12-14"
    assert records["003"]["date"] is None
    assert records["000"]["title"].startswith("Маленькая девочка попала в реанимацию")
    assert records["003"]["title"].startswith("Қазақстанда жыл басынан бері")
    assert records["004"]["title"].startswith("Рост иностранных онкопациентов")
    assert records["001"]["title"] is None and records["002"]["title"] is None
    assert records["000"]["outlet"] == "Zakon.kz"


def test_ingest_cleans_text_and_lemmatizes(corpus):
    records = by_file(lines(corpus))
    assert "Версия для печати" not in records["003"]["text"]
    assert "Фото:" not in records["004"]["text"]
    assert " date " not in records["001"]["text"]
    assert "клиника" in records["001"]["lemmas"]
    for record in records.values():
        assert record["n_words"] == len(record["lemmas"])
        assert len(record["paragraph_langs"]) == len(record["text"].split("\n"))


def test_ingest_ids_are_stable(corpus, kz, seeds):
    again = kz("ingest", str(seeds), "--jobs", "1")
    assert [r["id"] for r in lines(again.stdout)] == [r["id"] for r in lines(corpus)]


def test_tag_seeds(tagged):
    records = by_file(lines(tagged))
    assert [k for k, r in sorted(records.items()) if "anesthesia" in r["topics"]] == ["001"]
    assert {"oncology", "medical_tourism"} <= set(records["004"]["topics"])
    assert "almaty" in records["004"]["regions"]
    assert {"transplantation", "high_tech_care"} <= set(records["003"]["topics"])
    assert "cardiology" in records["002"]["topics"]
    assert "ulytau" in records["000"]["regions"] and "ulytau" in records["002"]["regions"]
    for record in records.values():
        assert set(record["topic_evidence"]) == set(record["topics"])


def test_tag_only_given_topics(kz, corpus):
    result = kz("tag", "--topic", "anesthesia", "--jobs", "1", input=corpus)
    assert result.exit_code == 0, result.stderr
    assert {t for r in lines(result.stdout) for t in r["topics"]} <= {"anesthesia"}


def test_tag_unknown_topic_lists_valid_ids(kz, corpus):
    result = kz("tag", "--topic", "astrology", input=corpus)
    assert result.exit_code == 2
    assert "astrology" in result.stderr and "anesthesia" in result.stderr
    assert "Traceback" not in result.stderr


def test_filter_since(kz, tagged):
    result = kz("filter", "--since", "2025-12-01", input=tagged)
    assert result.exit_code == 0, result.stderr
    assert sorted(by_file(lines(result.stdout))) == ["000", "001", "004"]


@pytest.mark.parametrize(
    "since, until, expected",
    [
        ("2025-12", None, ["000", "001", "004"]),  # 2025-12-14, 2025-12-08, 2026-02-03
        (None, "2025-12", ["000", "001", "002"]),  # its last day too
        ("2025-08", "2025-08", ["002"]),  # 2025-08-08: the whole month
        ("2026", None, ["004"]),
        (None, "2025", ["000", "001", "002"]),
        ("2025", "2025", ["000", "001", "002"]),
    ],
)
def test_filter_since_and_until_take_a_month_or_a_year(kz, tagged, since, until, expected):
    options = [*(["--since", since] if since else []), *(["--until", until] if until else [])]
    result = kz("filter", *options, input=tagged)
    assert result.exit_code == 0, result.stderr
    assert sorted(by_file(lines(result.stdout))) == expected


@pytest.mark.parametrize("value", ["2025-13", "2025-02-30", "25", "2025-1", "Feb 2025"])
def test_filter_since_names_what_it_takes(kz, value):
    result = kz("filter", "--since", value, input="")
    assert result.exit_code == 2 and result.stderr == (
        f"kzhealth: error: --since expects a date as YYYY-MM-DD, a month as YYYY-MM or a year as YYYY, got {value!r}\n"
    )


def test_filter_topic_after_tag_topic(kz, corpus):
    only = kz("tag", "--topic", "anesthesia", "--jobs", "1", input=corpus)
    result = kz("filter", "--topic", "anesthesia", input=only.stdout)
    assert sorted(by_file(lines(result.stdout))) == ["001"]


def test_filter_contains_matches_lemmas(kz, tagged):
    result = kz("filter", "--contains", "клиниках", input=tagged)
    assert "001" in by_file(lines(result.stdout))


def test_filter_combines_criteria(kz, tagged):
    result = kz("filter", "--lang", "ru", "--region", "ulytau", "--since", "2025-12-01", input=tagged)
    assert sorted(by_file(lines(result.stdout))) == ["000"]


def test_filter_passes_records_through_unchanged(kz, tagged):
    result = kz("filter", input=tagged)
    assert result.stdout == tagged


def test_filter_bad_date_is_usage_error(kz, tagged):
    result = kz("filter", "--since", "yesterday", input=tagged)
    assert result.exit_code == 2 and "--since" in result.stderr


def test_summarise_json(kz, tagged):
    result = kz("summarise", "--format", "json", input=tagged)
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert summary["documents"] == 5
    assert summary["by_lang"] == {"ru": 4, "kk": 1}
    assert summary["by_month"]["2025-12"] == 2
    assert "oncology" in summary["top_lemmas"]


def test_summarise_csv_and_table(kz, tagged):
    rows = list(csv.reader(io.StringIO(kz("summarise", "--format", "csv", input=tagged).stdout)))
    assert rows[0] == ["section", "key", "count"]
    assert ["by_lang", "kk", "1"] in rows
    table = kz("summarise", input=tagged)
    assert table.exit_code == 0 and "Documents by language" in table.stdout


def test_bad_jsonl_line_names_the_line(kz, tagged):
    broken = tagged.splitlines()[0] + "\n{not json\n"
    result = kz("tag", input=broken)
    assert result.exit_code == 1
    assert "stdin:2" in result.stderr and "Traceback" not in result.stderr


def test_skip_invalid_counts_and_continues(kz, tagged):
    broken = '{"text": "not a record"}\n' + tagged
    result = kz("filter", "--skip-invalid", input=broken)
    assert result.exit_code == 1
    assert len(lines(result.stdout)) == 5
    assert "stdin:1" in result.stderr and "1 skipped" in result.stderr


def test_output_file_is_written(kz, tmp_path, seeds):
    target = tmp_path / "corpus.jsonl"
    result = kz("ingest", str(seeds), "-o", str(target), "--jobs", "1")
    assert result.exit_code == 0 and result.stdout == ""
    assert len(lines(target.read_text("utf-8"))) == 5
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_missing_path_is_usage_error(kz, tmp_path):
    result = kz("ingest", str(tmp_path / "nowhere"))
    assert result.exit_code == 2 and "nowhere" in result.stderr


def test_ingest_skips_bad_files_and_keeps_the_rest(kz, tmp_path, seeds):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    (tmp_path / "good.txt").write_bytes((seeds / "000_3f3b1e6c4cc12c95.txt").read_bytes())
    result = kz("ingest", str(tmp_path), "--jobs", "1")
    assert result.exit_code == 1
    assert len(lines(result.stdout)) == 1
    assert "empty.txt" in result.stderr and "image.txt" in result.stderr
    assert "2 skipped" in result.stderr


def test_langid_command(kz):
    given = '{"text": "Дәрігерлер балаға күрделі операция жасады.", "n": 1}\n{"text": "Врачи провели операцию."}\n'
    result = kz("langid", input=given)
    assert [(r["lang"], r.get("n")) for r in lines(result.stdout)] == [("kk", 1), ("ru", None)]


def test_lemmatize_conllu_fills_only_lemma_column(kz, tmp_path):
    conllu = (
        "# text = Врачи стали\n"
        "1\tВрачи\t_\tNOUN\t_\t_\t2\tnsubj\t_\t_\n"
        "2\tстали\t_\tVERB\t_\t_\t0\troot\t_\t_\n\n"
    )
    path = tmp_path / "x.conllu"
    path.write_text(conllu, encoding="utf-8")
    result = kz("lemmatize", "--lang", "ru", "--conllu", str(path))
    assert result.exit_code == 0, result.stderr
    rows = [l.split("\t") for l in result.stdout.splitlines() if l and not l.startswith("#")]
    assert [r[2] for r in rows] == ["врач", "стать"]
    assert [r[:2] + r[3:] for r in rows] == [l.split("\t")[:2] + l.split("\t")[3:] for l in conllu.splitlines()[1:3]]


def test_topics_and_schema(kz):
    topics = json.loads(kz("topics", "--format", "json").stdout)
    assert {"anesthesia", "medical_tourism", "pharmaceuticals"} <= {t["id"] for t in topics}
    assert {t["id"]: t["articles"] for t in topics}["malpractice"] == [317]  # ст. 317 УК: a medic's duties
    schema = json.loads(kz("schema").stdout)
    assert {"id", "source", "date", "title", "outlet", "lang", "lemmas", "topics"} <= set(schema["properties"])


def test_filter_rejects_unknown_topic_and_unknown_region(kz, tagged):
    result = kz("filter", "--topic", "astrology", input=tagged)
    assert result.exit_code == 2 and "astrology" in result.stderr and result.stdout == ""
    result = kz("filter", "--region", "atlantis", input=tagged)
    assert result.exit_code == 2 and "kzhealth regions" in result.stderr


def test_lemmas_line_up_with_the_words_tag_reads(corpus):
    from kzhealth.lang.tokenize import words

    for record in lines(corpus):
        title = words(record["title"]) if record["title"] else []
        assert len(title) + sum(len(words(p)) for p in record["text"].split("\n")) == len(record["lemmas"])


@pytest.mark.parametrize(
    "args, code, message",
    [
        (["topics", "--format", "csv"], 2, "csv"),
        (["lemmatize", "--lang", "other", "--conllu", "x.conllu"], 2, "other"),
        (["filter", "--contains", "вич/спид"], 2, "not a word"),
    ],
)
def test_usage_errors_are_one_line(kz, args, code, message):
    result = kz(*args, input="")
    assert result.exit_code == code and message in result.stderr and "Traceback" not in result.stderr


def test_malformed_conllu_is_an_input_error(kz, tmp_path):
    path = tmp_path / "bad.conllu"
    path.write_text("1\tслово\t_\n\n", encoding="utf-8")
    result = kz("lemmatize", "--lang", "ru", "--conllu", str(path))
    assert result.exit_code == 1 and "CoNLL-U" in result.stderr and "Traceback" not in result.stderr


def test_output_to_a_directory_is_a_usage_error(kz, tmp_path, seeds):
    result = kz("ingest", str(seeds), "-o", str(tmp_path))
    assert result.exit_code == 2 and "directory" in result.stderr


def test_eval_news_names_a_missing_document(kz, tmp_path):
    (tmp_path / "labels.jsonl").write_text('{"file": "nowhere.txt", "lang": "ru"}\n', encoding="utf-8")
    result = kz("eval", "news", str(tmp_path))
    assert result.exit_code == 1 and "nowhere.txt" in result.stderr and "Traceback" not in result.stderr


def test_eval_news_scores_a_page_ingest_skips_as_an_empty_record(kz, tmp_path, seeds):
    """A labelled page that ingest makes no record of (empty, binary, nothing but furniture) is every field missed,
    not the end of the evaluation."""
    (tmp_path / "docs").mkdir()
    seed = sorted(seeds.iterdir())[0]
    (tmp_path / "docs" / "good.txt").write_bytes(seed.read_bytes())
    (tmp_path / "docs" / "empty.txt").write_bytes(b"")
    labels = [{"file": "good.txt", "lang": "ru"}, {"file": "empty.txt", "lang": "ru", "topics": ["oncology"]}]
    (tmp_path / "labels.jsonl").write_text("".join(json.dumps(label) + "\n" for label in labels), encoding="utf-8")
    result = kz("eval", "news", str(tmp_path), "-v")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("news: 2 documents (1 skipped by ingest, scored as empty records)")
    assert "lang     accuracy 0.500  (1/2)" in result.stdout and "empty.txt: skipped by ingest (empty)" in result.stdout
    assert "empty.txt: topics extra [-] missing [oncology]" in result.stdout


def test_a_bug_on_one_file_skips_that_file_only(kz, tmp_path, seeds, monkeypatch):
    from kzhealth import pipeline

    real = pipeline.build_record

    def fragile(text, source):
        if "001_" in source:
            raise KeyError("simulated")
        return real(text, source)

    monkeypatch.setattr(pipeline, "build_record", fragile)
    result = kz("ingest", str(seeds), "--jobs", "1")
    assert result.exit_code == 1 and len(lines(result.stdout)) == 4
    assert "001_" in result.stderr and "internal error" in result.stderr


def test_ingest_with_no_matching_file_fails_and_keeps_the_old_output(kz, seeds, tmp_path):
    target = tmp_path / "corpus.jsonl"
    target.write_bytes(b"yesterday\n")
    result = kz("ingest", str(seeds), "--glob", "*.md", "-o", str(target))
    assert result.exit_code == 1 and "no files matching" in result.stderr
    assert target.read_bytes() == b"yesterday\n"
    empty = tmp_path / "empty"
    empty.mkdir()
    assert kz("ingest", str(empty), "-o", str(target)).exit_code == 1 and target.read_bytes() == b"yesterday\n"


def test_since_after_until_is_a_usage_error(kz):
    result = kz("filter", "--since", "2025-12-01", "--until", "2025-01-01", input="")
    assert result.exit_code == 2 and "later than" in result.stderr


def test_jobs_past_what_the_machine_can_use_are_capped_with_a_word(kz, seeds):
    result = kz("ingest", str(seeds), "--jobs", "1000")
    assert result.exit_code == 0 and "--jobs 1000" in result.stderr and result.stdout.count("\n") == 5


def test_ingest_dash_reads_paths_from_stdin(kz, seeds):
    paths = sorted(str(p) for p in seeds.iterdir())[:2]
    by_stdin = kz("ingest", "-", input="\n".join(paths) + "\n")
    assert by_stdin.exit_code == 0 and by_stdin.stdout_bytes == kz("ingest", *paths).stdout_bytes
    print0 = kz("ingest", "-", input="\0".join(paths))
    assert print0.stdout_bytes == by_stdin.stdout_bytes


def test_ingest_dash_given_an_article_says_what_it_expects(kz, seeds, tmp_path):
    article = sorted(seeds.iterdir())[0].read_text(encoding="utf-8")
    result = kz("ingest", "-", input=article)
    assert result.exit_code == 2 and result.stdout == "" and len(result.stderr.splitlines()) == 1
    assert "looks like an article's text" in result.stderr and "ingest - reads the paths of files" in result.stderr
    assert "/dev/stdin" in result.stderr
    named = tmp_path / "a scrape of the day.txt"  # a path of many words that exists is a path
    named.write_text(article, encoding="utf-8")
    assert kz("ingest", "-", input=f"{named}\n").exit_code == 0
    # ... and one that does not is called missing, not text
    for missing in ("Health News 2025/Almaty clinic closes.txt", "Almaty clinic closes its doors.txt"):
        result = kz("ingest", "-", input=f"{missing}\n")
        assert result.exit_code == 2 and "no such file or folder" in result.stderr
        assert "looks like an article's text" not in result.stderr
    result = kz("ingest", "-", input="missing.txt\n")  # a missing path that looks like one is named plainly
    assert result.exit_code == 2 and result.stderr == "kzhealth: error: no such file or folder: missing.txt\n"


def test_an_output_inside_the_input_folder_is_not_read_back(kz, seeds, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for path in sorted(seeds.iterdir())[:2]:
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / ".kzhealth-0000abcd.part").write_text("a run of ours, half written", encoding="utf-8")
    result = kz("ingest", str(folder), "--glob", "*", "-o", str(folder / "out.jsonl"))
    assert result.exit_code == 0, result.stderr
    assert (folder / "out.jsonl").read_text(encoding="utf-8").count("\n") == 2


def test_a_stream_named_on_the_command_line_is_read_as_one_document(kz, seeds, tmp_path):
    import threading

    fifo = tmp_path / "day.fifo"  # what `<(zcat day.txt.gz)` gives
    os.mkfifo(fifo)
    text = sorted(seeds.iterdir())[0].read_bytes()
    writer = threading.Thread(target=fifo.write_bytes, args=(text,))
    writer.start()
    result = kz("ingest", str(fifo))
    writer.join(timeout=10)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["source"] == str(fifo)
    assert json.loads(result.stdout)["id"] == json.loads(kz("ingest", str(sorted(seeds.iterdir())[0])).stdout)["id"]
    endless = kz("ingest", "/dev/zero")
    assert endless.exit_code == 1 and "too large" in endless.stderr


def test_a_skip_says_why_in_full(kz, tmp_path, monkeypatch):
    import kzhealth.ingest.files

    monkeypatch.setattr(kzhealth.ingest.files, "MAX_DOCUMENT_BYTES", 100)
    (tmp_path / "big.txt").write_text("Врачи провели операцию. " * 20, encoding="utf-8")
    (tmp_path / "small.txt").write_text("Врачи провели операцию.", encoding="utf-8")
    result = kz("ingest", str(tmp_path))
    assert result.exit_code == 1 and "big.txt: skipped (too large: " in result.stderr and "MiB" in result.stderr


def test_eval_news_scores_outlets_by_any_of_their_names_and_as_labelled(kz, tmp_path):
    """`outlet` takes an outlet's names for one another (the publisher was found); the line under it is the shared
    convention's own figure, case and domain suffix only, so a label's other spelling of the same outlet is a miss."""
    (tmp_path / "docs").mkdir()
    page = "Минздрав открыл центр\n\nАСТАНА. KAZINFORM – В столице открыли новый центр для больных диабетом.\n"
    for name in ("a.txt", "b.txt"):
        (tmp_path / "docs" / name).write_text(page, encoding="utf-8")
    labels = [{"file": "a.txt", "outlet": "Kazinform.kz"}, {"file": "b.txt", "outlet": "Казинформ"}]
    (tmp_path / "labels.jsonl").write_text("".join(json.dumps(label) + "\n" for label in labels), encoding="utf-8")
    result = kz("eval", "news", str(tmp_path))
    assert result.exit_code == 0, result.stderr
    assert "outlet   accuracy 1.000  (2/2)" in result.stdout
    assert "as labelled 0.500  (1/2:" in result.stdout
