"""The HTML report: every section drawn, the same numbers as `summarise`, labels in each language, text escaped."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest

from kzhealth.models import Record
from kzhealth.report.html import periods, render_report, strings, tile_positions
from kzhealth.report.model import ReportData
from kzhealth.stages import fold
from kzhealth.summary import month_axis
from kzhealth.tagging.gazetteer import region_ids

SECTIONS = ("months", "topics", "regions", "outlets", "detail")


def record(**fields) -> Record:
    base = dict(id="x", source="s.txt", date=None, title=None, outlet=None, lang="ru", lang_confidence=1.0, text="")
    return Record(**{**base, **fields})


class CountTables(HTMLParser):
    """The counts the report shows: {dimension: {key: documents}} from its `data-dimension` tables."""

    def __init__(self) -> None:
        super().__init__()
        self.counts: dict[str, dict[str, int]] = {}
        self._dimension = self._key = None
        self._in_total = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "table" and "data-dimension" in attrs:
            self._dimension = attrs["data-dimension"]
            self.counts[self._dimension] = {}
        elif tag == "tr" and self._dimension:
            self._key = attrs.get("data-key")
        elif tag == "td" and self._key is not None and "total" in (attrs.get("class") or ""):
            self._in_total = True

    def handle_endtag(self, tag):
        if tag == "table":
            self._dimension = None
        elif tag == "td":
            self._in_total = False

    def handle_data(self, data):
        if self._in_total:
            self.counts[self._dimension][self._key] = int(data)


def shown_counts(page: str) -> dict[str, dict[str, int]]:
    parser = CountTables()
    parser.feed(page)
    return {d: {k: n for k, n in rows.items() if n} for d, rows in parser.counts.items()}  # the map lists zeros


@pytest.fixture(scope="module")
def tagged() -> str:
    from typer.testing import CliRunner

    from kzhealth.cli import app
    from tests.conftest import SEEDS

    runner = CliRunner()
    corpus = runner.invoke(app, ["ingest", str(SEEDS), "--jobs", "1"]).stdout
    return runner.invoke(app, ["tag", "--jobs", "1"], input=corpus).stdout


def test_report_has_every_section_and_no_script(kz, tagged, tmp_path):
    out = tmp_path / "report.html"
    result = kz("report", "-o", str(out), "--title", "Денсаулық <2025>", input=tagged)
    assert result.exit_code == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    for section in SECTIONS:
        assert f'<section id="{section}">' in page
    assert "<script" not in page and "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "<h1>Денсаулық &lt;2025&gt;</h1>" in page


def test_report_numbers_equal_summarise(kz, tagged):
    page = kz("report", input=tagged).stdout
    summary = json.loads(kz("summarise", "--format", "json", input=tagged).stdout)
    shown = shown_counts(page)
    for dimension in ("month", "lang", "topic", "region", "outlet"):
        assert shown[dimension] == {k: n for k, n in summary[f"by_{dimension}"].items() if n}, dimension  # quiet months
    assert f"Articles: <b>{summary['documents']}</b>" in page


def test_report_labels_follow_lang(kz, tagged):
    en, ru, kk = (kz("report", "--lang", lang, input=tagged).stdout for lang in ("en", "ru", "kk"))
    assert "Pediatrics" in en and "Ulytau Region" in en and "No date" in en
    assert "Педиатрия" in ru and "Область Улытау" in ru and "Без даты" in ru and 'lang="ru"' in ru
    assert "Ұлытау облысы" in kk and "Күні жоқ" in kk and "Pediatrics" not in kk


def test_every_language_has_every_string_and_every_region_a_tile():
    assert set(strings("ru")) == set(strings("en")) == set(strings("kk"))
    assert set(tile_positions()) == set(region_ids())
    assert len(set(tile_positions().values())) == len(tile_positions())  # no two regions on one tile


def test_text_is_escaped_so_a_headline_cannot_run(kz):
    nasty = record(
        title="<script>alert('x')</script> & «Қазақстан»", outlet='<img src=x onerror="alert(1)">',
        source='a"b<c>.txt', date="2025-03-01", topics=["oncology"], regions=["almaty"],
        topic_evidence={"oncology": {"score": 3.0, "terms": {"<b>рак</b>": 2}}},
    )
    page = kz("report", input=nasty.model_dump_json()).stdout
    assert "<script" not in page and "<img" not in page and "<b>рак" not in page
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; «Қазақстан»" in page
    assert "a&quot;b&lt;c&gt;.txt" in page


def test_empty_input_gives_a_readable_page(kz):
    result = kz("report", input="")
    assert result.exit_code == 0
    assert "There are no articles in the input" in result.stdout and "<section" not in result.stdout
    assert result.stdout.rstrip().endswith("</html>")


def test_undated_and_untagged_records_are_counted_not_dropped(kz):
    lines = "".join(r.model_dump_json() + "\n" for r in (record(id="a"), record(id="b", date="2025-01-02")))
    page = kz("report", input=lines).stdout
    assert shown_counts(page)["month"] == {"2025-01": 1, "(none)": 1}
    assert "Articles without a date: 1" in page
    assert "not tagged with topics yet" in page


def test_stories_are_shown_beside_articles_when_records_have_them(kz):
    first = record(id="a", date="2025-05-01", topics=["oncology"], story="a", story_size=2)
    reprint = record(id="b", date="2025-05-02", topics=["oncology"], story="a", story_size=2, copy_of="a")
    other = record(id="c", date="2025-06-01", topics=["oncology"], story="c", story_size=1)
    page = kz("report", input="".join(r.model_dump_json() + "\n" for r in (first, reprint, other))).stdout
    assert "Stories: <b>2</b>" in page and "Articles: <b>3</b>" in page
    plain = kz("report", input=record(id="a").model_dump_json()).stdout
    assert "Stories" not in plain


def test_most_recent_headlines_are_kept_per_topic_and_merge_like_one_pass():
    records = [
        record(id=f"{i:02d}", title=f"headline {i}", date=f"2025-{1 + i % 12:02d}-01", topics=["oncology"])
        for i in range(30)
    ] + [record(id="undated", title="undated one", topics=["oncology"])]
    whole = fold(ReportData(headlines=3), records)
    shown = [h.date for h in whole.most_recent("oncology")]
    assert shown == ["2025-12-01", "2025-12-01", "2025-11-01"]  # i = 23, 11, then 22
    parts = fold(ReportData(headlines=3), records[::2]).merge(fold(ReportData(headlines=3), records[1::2]))
    assert parts.most_recent("oncology") == whole.most_recent("oncology")
    assert parts.count("month") == whole.count("month")


def test_month_axis_fills_quiet_months_and_keeps_no_date_last():
    assert month_axis(["2025-11", "(none)", "2026-02"]) == ["2025-11", "2025-12", "2026-01", "2026-02", "(none)"]
    assert month_axis([]) == []


def test_report_size_does_not_grow_with_the_corpus():
    many = [
        record(id=f"{i}", title=f"headline {i} " * 5, date=f"20{20 + i % 6}-{1 + i % 12:02d}-01", outlet=f"outlet{i % 40}",
               topics=["oncology", "pediatrics"], regions=["almaty"])
        for i in range(3000)
    ]
    small, large = (len(render_report(fold(ReportData(), many[:n]))) for n in (300, 3000))
    assert large < small * 1.2 and large < 3_000_000


def test_a_long_span_is_tabled_by_quarter_or_year_so_it_fits_a_page():
    months = [f"{y}-{m:02d}" for y in range(2019, 2026) for m in range(1, 13)]
    assert [p for p, _ in periods(months[:24])] == months[:24]
    quarters = periods(months[:36] + ["(none)"])
    assert quarters[0] == ("2019 Q1", ["2019-01", "2019-02", "2019-03"]) and quarters[-1] == ("(none)", ["(none)"])
    assert [p for p, _ in periods(months)] == [str(y) for y in range(2019, 2026)]  # 28 quarters would not fit


def test_report_and_export_have_help(kz):
    for command in ("report", "export"):
        result = kz(command, "--help")
        assert result.exit_code == 0 and "Example:" in result.stdout


def test_the_outlets_table_of_a_long_tail_of_outlets_stays_small():
    """A scraped corpus names hundreds of outlets, each with an article or two on one topic: the table lists them
    all, and its empty cells are bare, so the page grows by little more than a name per outlet."""
    many = [record(id=f"{i}", outlet=f"outlet{i}", topics=[("oncology", "pediatrics", "vaccination")[i % 3]])
            for i in range(1000)]
    page = render_report(fold(ReportData(), many))
    assert shown_counts(page)["outlet"]["outlet999"] == 1
    table = page[page.index('data-dimension="outlet"'):]
    assert table.count('<td class="n"></td>') >= 1000 and len(page) < 400_000
