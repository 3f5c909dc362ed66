import csv
import io
import json

from kzhealth.models import Record
from kzhealth.summary import DIMENSIONS, CrossTab, Summary


def record(**fields) -> Record:
    base = dict(id="x", source="s.txt", date=None, title=None, outlet=None, lang="ru", lang_confidence=1.0,
                text="", lemmas=[])
    return Record(**{**base, **fields})


def summary_of(*records: Record) -> Summary:
    summary = Summary(top=2)
    for r in records:
        summary.add(r)
    return summary


def test_counts_by_dimension_and_month_order():
    s = summary_of(
        record(date="2025-12-01", outlet="Zakon.kz", topics=["oncology"], regions=["almaty"]),
        record(date="2025-11-05", lang="kk", topics=["oncology", "pediatrics"], regions=[]),
        record(),
    )
    d = s.to_dict()
    assert d["documents"] == 3
    assert d["by_lang"] == {"ru": 2, "kk": 1}
    assert list(d["by_month"]) == ["2025-11", "2025-12", "(none)"]
    assert d["by_topic"]["oncology"] == 2 and d["by_topic"]["(none)"] == 1
    assert d["by_region"] == {"almaty": 1, "(none)": 2}


def test_top_lemmas_skip_function_words_and_numbers():
    s = summary_of(record(topics=["oncology"], lemmas=["в", "рак", "рак", "и", "2025", "лечение", "рак", "химиотерапия", "химиотерапия"]))
    assert s.to_dict()["top_lemmas"]["oncology"] == {"рак": 3, "химиотерапия": 2}


def test_csv_is_long_format():
    rows = list(csv.reader(io.StringIO(summary_of(record(lang="kk")).to_csv())))
    assert rows[0] == ["section", "key", "count"] and ["by_lang", "kk", "1"] in rows


def test_merged_partitions_equal_one_pass():
    records = [
        record(date="2025-12-01", outlet="Zakon.kz", topics=["oncology"], regions=["almaty"], lemmas=["рак", "рак"]),
        record(date="2025-11-05", lang="kk", topics=["oncology", "pediatrics"], regions=[], lemmas=["бала", "рак"]),
        record(),
    ]
    merged = summary_of(records[0]).merge(summary_of(*records[1:]))
    assert merged.to_dict() == summary_of(*records).to_dict()


CROSS = [
    record(date="2025-12-01", outlet="Zakon.kz", topics=["oncology", "pediatrics"], regions=["almaty"]),
    record(date="2025-11-05", lang="kk", topics=["oncology"], regions=[]),
    record(date="2025-12-09", topics=["pediatrics"]),
    record(),
]


def crosstab(spec: str, records=CROSS) -> CrossTab:
    table = CrossTab.parse(spec)
    for r in records:
        table.add(r)
    return table


def test_crosstab_csv_has_the_first_dimension_as_rows_and_the_second_as_columns():
    rows = list(csv.reader(io.StringIO(crosstab("month,topic").to_csv())))
    assert rows == [
        ["month", "oncology", "pediatrics", "(none)"],
        ["2025-11", "1", "0", "0"],
        ["2025-12", "1", "2", "0"],
        ["(none)", "0", "0", "1"],
    ]


def test_crosstab_of_one_dimension_equals_the_summary():
    summary = summary_of(*CROSS).to_dict()
    for dimension in DIMENSIONS:
        assert crosstab(dimension).to_dict()["counts"] == summary[f"by_{dimension}"]


def test_crosstab_merge_equals_one_pass():
    merged = crosstab("topic,lang", CROSS[:2]).merge(crosstab("topic,lang", CROSS[2:]))
    assert merged.to_dict() == crosstab("topic,lang").to_dict()
    assert merged.to_dict()["counts"]["oncology"] == {"ru": 1, "kk": 1}


def test_summarise_by_in_every_format(kz):
    lines = "".join(r.model_dump_json() + "\n" for r in CROSS)
    as_json = json.loads(kz("summarise", "--by", "month,topic", "--format", "json", input=lines).stdout)
    assert as_json["by"] == ["month", "topic"] and as_json["counts"]["2025-12"]["pediatrics"] == 2
    assert kz("summarise", "--by", "region", "--format", "csv", input=lines).stdout.splitlines()[:2] == [
        "region,documents", "(none),3"
    ]
    table = kz("summarise", "--by", "lang,outlet", input=lines)
    assert table.exit_code == 0 and "Documents by lang and outlet" in table.stdout


QUIET = [record(date="2025-11-05"), record(date="2026-02-01", lang="kk"), record(date="2026-02-09"), record()]


def test_a_month_without_records_is_a_row_of_zeros_in_every_format(kz):
    lines = "".join(r.model_dump_json() + "\n" for r in QUIET)
    months = ["2025-11", "2025-12", "2026-01", "2026-02", "(none)"]
    as_json = json.loads(kz("summarise", "--by", "month", "--format", "json", input=lines).stdout)["counts"]
    assert as_json == {"2025-11": 1, "2025-12": 0, "2026-01": 0, "2026-02": 2, "(none)": 1}
    assert kz("summarise", "--by", "month,lang", "--format", "csv", input=lines).stdout.splitlines() == [
        "month,ru,kk", "2025-11,1,0", "2025-12,0,0", "2026-01,0,0", "2026-02,1,1", "(none),1,0"
    ]
    assert kz("summarise", "--by", "lang,month", "--format", "csv", input=lines).stdout.splitlines()[0] == (
        "lang," + ",".join(months)
    )
    table = kz("summarise", "--by", "month", input=lines).stdout
    assert [line.split()[1] for line in table.splitlines() if line.startswith("│")] == months
    assert list(summary_of(*QUIET).to_dict()["by_month"]) == months  # as the cross-tab of one dimension


def test_months_sort_in_time_whatever_the_year():
    assert list(crosstab("month", [record(date="0999-12-31"), record(date="1000-01-01")]).to_dict()["counts"]) == [
        "0999-12", "1000-01"
    ]


def test_summarise_by_rejects_what_it_cannot_count(kz):
    for spec in ("week", "month,topic,lang"):
        result = kz("summarise", "--by", spec, input="")
        assert result.exit_code == 2 and "--by takes one or two of" in result.stderr
    result = kz("summarise", "--by", "month,month", input="")
    assert result.exit_code == 2 and result.stderr == (
        "kzhealth: error: --by takes two different dimensions, rows and columns, got 'month,month' (one alone: --by month)\n"
    )


# One outlet as pages write it: its logo, its sign-off, its domain in small letters
PAVON = ["Pavon.kz", "pavon.kz", "Pavon", "Pavon.kz", "ZAKON.KZ"]


def test_an_outlet_written_in_several_ways_counts_once_under_its_commonest_spelling():
    records = [record(outlet=name, story=f"s{i % 2}") for i, name in enumerate(PAVON)]
    summary = summary_of(*records).to_dict()
    assert summary["by_outlet"] == {"Pavon.kz": 4, "Zakon.kz": 1}
    assert summary["stories_by_outlet"] == {"Pavon.kz": 2, "Zakon.kz": 1}
    assert crosstab("outlet,lang", records).to_dict()["counts"] == {"Pavon.kz": {"ru": 4}, "Zakon.kz": {"ru": 1}}
    assert crosstab("lang,outlet", records).to_csv().splitlines() == ["lang,Pavon.kz,Zakon.kz", "ru,4,1"]
    # the same names whatever order the records and partitions come in (a tie goes by code point)
    tie = [record(outlet="pavon.kz"), record(outlet="Pavon.kz")]
    assert summary_of(*tie).to_dict() == summary_of(*tie[::-1]).to_dict() == summary_of(tie[1]).merge(
        summary_of(tie[0])).to_dict()
    assert summary_of(*tie).to_dict()["by_outlet"] == {"Pavon.kz": 2}


def test_summarise_and_the_report_count_an_outlet_once(kz):
    lines = "".join(record(outlet=name, title=f"Новость {i}").model_dump_json() + "\n" for i, name in enumerate(PAVON))
    assert kz("summarise", "--by", "outlet", "--format", "csv", input=lines).stdout.splitlines() == [
        "outlet,documents", "Pavon.kz,4", "Zakon.kz,1"
    ]
    page = kz("report", input=lines).stdout
    assert '<tr data-key="Pavon.kz"><th>Pavon.kz</th>' in page and "pavon.kz" not in page


def test_a_wide_cross_tab_is_written_whole_into_a_file_or_a_pipe(kz):
    """Rich cuts a table wider than 80 characters to '…' cells; a file or a pipe gets every column whole."""
    from kzhealth.tagging.gazetteer import region_ids

    lines = "".join(record(date="2025-03-01", regions=[rid]).model_dump_json() + "\n" for rid in region_ids())
    table = kz("summarise", "--by", "month,region", input=lines).stdout
    header = next(line for line in table.splitlines() if line.startswith("┃ month"))
    row = next(line for line in table.splitlines() if line.startswith("│ 2025-03"))
    assert "…" not in table and all(f" {rid} " in header for rid in region_ids())
    assert [cell.strip() for cell in row.split("│")[2:-1]] == ["1"] * len(region_ids())


def test_a_cross_tab_too_wide_for_the_terminal_says_how_to_get_it_whole(capsys):
    from rich.console import Console

    from kzhealth.cli import _fitted

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    table = crosstab("topic,month").table()
    terminal = Console(file=Terminal(), width=20)
    assert _fitted(terminal, table, "--format csv writes it whole") is terminal
    assert "the table needs" in capsys.readouterr().err
    wide = Console(file=Terminal(), width=200)
    assert _fitted(wide, table, "") is wide and capsys.readouterr().err == ""
    # a pipe with colours forced (FORCE_COLOR) is still a pipe: the table goes whole
    piped = Console(file=io.StringIO(), force_terminal=True, width=20)
    assert _fitted(piped, table, "").width > 20 and capsys.readouterr().err == ""


STORIED = [
    record(date="2025-12-01", topics=["oncology"], regions=["almaty"], story="a"),
    record(date="2025-12-02", lang="kk", topics=["oncology"], regions=["almaty"], story="a"),  # its translation
    record(date="2025-12-09", topics=["oncology", "pediatrics"], regions=["astana"], story="b"),
    record(date="2025-11-05", topics=["pediatrics"], story="c"),
]


def test_a_cross_tab_counts_distinct_stories_with_count_stories():
    stories = CrossTab.parse("month,topic", stories=True)
    for r in STORIED:
        stories.add(r)
    assert stories.to_dict()["counts"] == {
        "2025-12": {"oncology": 2, "pediatrics": 1}, "2025-11": {"oncology": 0, "pediatrics": 1}
    }
    assert crosstab("month,topic", STORIED).to_dict()["counts"]["2025-12"]["oncology"] == 3  # documents
    # one dimension: what summarise counts as stories; and partitions merge into what one pass gives
    summary = summary_of(*STORIED).to_dict()
    for dimension in DIMENSIONS:
        whole = CrossTab.parse(dimension, stories=True)
        halves = CrossTab.parse(dimension, stories=True), CrossTab.parse(dimension, stories=True)
        for i, r in enumerate(STORIED):
            whole.add(r)
            halves[i % 2].add(r)
        merged = halves[0].merge(halves[1])
        assert whole.to_dict()["counts"] == summary[f"stories_by_{dimension}"] == merged.to_dict()["counts"]


def test_count_stories_needs_a_cross_tab_and_records_grouped_into_stories(kz):
    lines = "".join(r.model_dump_json() + "\n" for r in STORIED)
    result = kz("summarise", "--by", "region", "--count", "stories", "--format", "csv", input=lines)
    assert result.stdout.splitlines() == ["region,stories", "almaty,1", "astana,1", "(none),1"]
    as_json = json.loads(kz("summarise", "--by", "region", "--count", "stories", "--format", "json", input=lines).stdout)
    assert as_json["count"] == "stories" and as_json["counts"]["almaty"] == 1
    alone = kz("summarise", "--count", "stories", input=lines)
    assert alone.exit_code == 2 and "--count stories goes with --by" in alone.stderr
    ungrouped = "".join(r.model_copy(update={"story": None}).model_dump_json() + "\n" for r in STORIED)
    result = kz("summarise", "--by", "month", "--count", "stories", input=ungrouped)
    assert result.exit_code == 2 and "group them with kzhealth stories first" in result.stderr
