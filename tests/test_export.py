"""Exports read back as users read them: CSV in a spreadsheet's way, Parquet through DuckDB and pandas."""

from __future__ import annotations

import csv
import datetime as dt
import io
import sys

import duckdb
import pandas as pd
import pyarrow.parquet as pq

from kzhealth import export
from kzhealth.models import Record

KAZAKH = "Әғқңөұүһі"


def record(**fields) -> Record:
    base = dict(id="x", source="s.txt", date=None, title=None, outlet=None, lang="ru", lang_confidence=1.0,
                text="", lemmas=[], n_words=0)
    return Record(**{**base, **fields})


def jsonl(*records: Record) -> str:
    return "".join(r.model_dump_json() + "\n" for r in records)


RECORDS = jsonl(
    record(id="a", date="2025-12-14", outlet="Zakon.kz", title=f"Тақырып, «{KAZAKH}»", lang="kk", n_words=217,
           topics=["oncology", "pediatrics"], regions=["ulytau", "astana"], text=f"Мәтін {KAZAKH}\nекінші",
           paragraph_langs=["kk", "kk"], lemmas=["мәтін", "екінші"], source="seeds/a.txt"),
    record(id="b", n_words=5, topics=[], regions=[], text="Текст", lemmas=["текст"], source="seeds/b.txt"),
    record(id="c", n_words=1, text="Не размечен", source="seeds/c.txt"),  # untagged: no topics at all
)


def test_csv_has_one_row_per_record_with_lists_joined(kz, tmp_path):
    out = tmp_path / "articles.csv"
    assert kz("export", "--format", "csv", "-o", str(out), input=RECORDS).exit_code == 0
    data = out.read_bytes()
    assert not data.startswith(b"\xef\xbb\xbf")  # no BOM unless asked: other tools would show it
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
    assert list(rows[0]) == list(export.CSV_COLUMNS)
    assert rows[0]["topics"] == "oncology;pediatrics" and rows[0]["regions"] == "ulytau;astana"
    assert rows[0]["title"] == f"Тақырып, «{KAZAKH}»" and rows[0]["date"] == "2025-12-14"
    assert rows[1]["date"] == "" and rows[2]["topics"] == ""
    frame = pd.read_csv(out)
    assert list(frame["n_words"]) == [217, 5, 1]
    assert duckdb.sql(f"select count(*) from read_csv('{out}')").fetchall()[0][0] == 3


STORIED = jsonl(
    record(id="a", source="a.txt", story="a", story_size=2, copy_of=None),
    record(id="b", source="b.txt", story="a", story_size=2, copy_of="a"),  # a reprint of a
    record(id="c", source="c.txt"),  # not grouped
)


def test_csv_carries_the_story_columns_to_count_stories_in_a_spreadsheet(kz, tmp_path):
    out = tmp_path / "stories.csv"
    assert kz("export", "-o", str(out), input=STORIED).exit_code == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [(r["story"], r["story_size"], r["copy_of"]) for r in rows] == [("a", "2", ""), ("a", "2", "a"), ("", "", "")]
    assert duckdb.sql(f"select count(distinct story) from read_csv('{out}')").fetchall()[0][0] == 1


def test_parquet_carries_the_story_columns_typed_and_null_where_absent(kz, tmp_path):
    out = tmp_path / "stories.parquet"
    assert kz("export", "--format", "parquet", "-o", str(out), input=STORIED).exit_code == 0
    types = {row[0]: row[1] for row in duckdb.sql(f"describe select * from '{out}'").fetchall()}
    assert (types["story"], types["story_size"], types["copy_of"]) == ("VARCHAR", "BIGINT", "VARCHAR")
    assert duckdb.sql(f"select story, story_size, copy_of from '{out}' order by id").fetchall() == [
        ("a", 2, None), ("a", 2, "a"), (None, None, None)
    ]


def test_csv_for_excel_starts_with_a_bom(kz):
    result = kz("export", "--excel", input=RECORDS)
    assert result.stdout_bytes.startswith(b"\xef\xbb\xbfid,date,")
    assert result.stdout_bytes.count(b"\xef\xbb\xbf") == 1


def test_parquet_round_trips_with_types_through_duckdb_and_pandas(kz, tmp_path):
    out = tmp_path / "articles.parquet"
    assert kz("export", "--format", "parquet", "-o", str(out), input=RECORDS).exit_code == 0
    types = {row[0]: row[1] for row in duckdb.sql(f"describe select * from '{out}'").fetchall()}
    assert types["date"] == "DATE" and types["topics"] == "VARCHAR[]" and types["n_words"] == "BIGINT"
    assert duckdb.sql(f"select title, topics, text from '{out}' where id = 'a'").fetchall()[0] == (
        f"Тақырып, «{KAZAKH}»", ["oncology", "pediatrics"], f"Мәтін {KAZAKH}\nекінші"
    )
    frame = pd.read_parquet(out)
    assert frame.loc[0, "date"] == dt.date(2025, 12, 14)
    assert list(frame.loc[0, "lemmas"]) == ["мәтін", "екінші"]
    assert list(frame.loc[1, "topics"]) == [] and frame.loc[2, "topics"] is None  # tagged with none vs untagged


def test_parquet_without_text_and_in_row_groups(kz, tmp_path, monkeypatch):
    monkeypatch.setattr(export, "ROW_GROUP", 2)
    out = tmp_path / "articles.parquet"
    assert kz("export", "-f", "parquet", "--no-text", "-o", str(out), input=RECORDS).exit_code == 0
    meta = pq.ParquetFile(out)
    assert meta.metadata.num_row_groups == 2 and meta.metadata.num_rows == 3
    assert not {"text", "lemmas", "paragraph_langs"} & set(meta.schema_arrow.names)


def test_empty_input_gives_a_valid_parquet_file(kz, tmp_path):
    out = tmp_path / "empty.parquet"
    assert kz("export", "-f", "parquet", "-o", str(out), input="").exit_code == 0
    assert duckdb.sql(f"select count(*) from '{out}'").fetchall()[0][0] == 0


def test_parquet_without_pyarrow_says_what_to_install(kz, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pyarrow", None)  # import pyarrow now raises ImportError
    result = kz("export", "-f", "parquet", "-o", str(tmp_path / "x.parquet"), input=RECORDS)
    assert result.exit_code == 2
    assert "pip install 'kzhealth[parquet]'" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not list(tmp_path.iterdir())  # nothing half-written left behind


def test_excel_csv_never_runs_a_scraped_formula(kz):
    line = ('{"id":"a","source":"a.txt","date":null,"title":"=HYPERLINK(\\"http://x\\",\\"click\\")","outlet":"@x",'
            '"lang":"ru","lang_confidence":1,"text":"x"}\n')
    excel = kz("export", "--format", "csv", "--excel", input=line).stdout
    assert "'=HYPERLINK" in excel and ",'@x," in excel
    plain = kz("export", "--format", "csv", input=line).stdout
    assert '"=HYPERLINK' in plain  # without --excel, the value as it is
