"""The report as one self-contained HTML page: inline CSS, inline SVG charts (kzhealth.report.svg), no script and
nothing fetched, so it opens offline, prints, and cannot run anything a headline smuggles in. Every table that
holds counts is marked `data-dimension` and each of its rows `data-key`, so tests (and scrapers) read the numbers
back without guessing at the layout."""

from __future__ import annotations

from functools import cache

from ..shipped import read_toml
from ..summary import NONE, month_axis
from ..tagging.gazetteer import region_names
from ..tagging.tagger import Taxonomy
from .model import ReportData
from .svg import Series, Tile, esc, horizontal_bars, shade, stacked_columns, tile_map

LANGUAGES = ("en", "ru", "kk")
LANG_COLOURS = {"ru": "#4e79a7", "kk": "#f28e2b", "other": "#9c9c9c"}
BAR_COLOUR = "#4e79a7"
TERM_COLOUR = "#76a5c9"
TOP_OUTLETS = 15  # outlets charted one by one; the rest are summed in one row
TOP_TERMS = 12
MAX_PERIODS = 24  # columns of a table over time that fit a laptop screen and a printed page

CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:#1b1f24;margin:0;
background:#fff;line-height:1.4}
main{max-width:1240px;margin:0 auto;padding:16px 24px 40px}
h1{font-size:1.7em;margin:.2em 0}h2{font-size:1.3em;margin:1.6em 0 .3em;border-bottom:2px solid #dfe3e8}
h3{font-size:1.1em;margin:1.2em 0 .3em}
.facts{display:flex;flex-wrap:wrap;gap:8px 28px;margin:.4em 0}.facts b{font-size:1.25em}
.note{color:#555;max-width:75em;margin:.2em 0 .6em}
nav ol{columns:3;margin:.3em 0}
.row{display:flex;flex-wrap:wrap;gap:16px 28px;align-items:flex-start}
.scroll{overflow-x:auto;max-width:100%}
.tall{max-height:330px;overflow-y:auto}.tall.outlets{max-height:640px}
.tall thead th{position:sticky;top:0;background:#fff}
table{border-collapse:collapse;font-size:13px}th,td{padding:2px 7px;text-align:left;vertical-align:top}
thead th{border-bottom:1px solid #bbb;font-weight:600}td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
tbody tr:nth-child(even){background:#f7f8fa}
table.heat td.n{min-width:2.2em}table.heat tbody tr{background:none}
th.turn{writing-mode:vertical-rl;transform:rotate(180deg);text-align:left;max-height:12em;font-size:12px}
.legend span{display:inline-block;margin-right:14px}.legend i{display:inline-block;width:12px;height:12px;
margin-right:4px;vertical-align:-1px}
svg{max-width:100%;height:auto}
.recent{flex:1;min-width:320px}
ol.headlines{padding-left:1.3em;margin:.2em 0}ol.headlines li{margin:.25em 0}
.meta{color:#555;font-size:12px}.meta code{font-size:11px}
.topic{break-inside:avoid}
footer{color:#777;font-size:12px;margin-top:3em}
@media print{nav{display:none}main{max-width:none;padding:0}.tall{max-height:none;overflow:visible}
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
"""


@cache
def strings(lang: str) -> dict[str, str]:
    return read_toml(__package__, "strings.toml")[lang]


@cache
def tile_positions() -> dict[str, tuple[int, int]]:
    return {rid: (column, row) for rid, (column, row) in read_toml(__package__, "tiles.toml")["tiles"].items()}


def period(month: str, size: str) -> str:
    """The month (YYYY-MM), quarter (YYYY Q1) or year a month falls in."""
    if size == "month":
        return month
    return f"{month[:4]} Q{(int(month[5:]) - 1) // 3 + 1}" if size == "quarter" else month[:4]


def periods(months: list[str]) -> list[tuple[str, list[str]]]:
    """The columns of a table over time, each with the months it sums: months while they fit in MAX_PERIODS,
    else quarters, else years; NONE (no date) stays its own last column."""
    dated = [m for m in month_axis(months) if m != NONE]
    for size in ("month", "quarter", "year"):
        columns: dict[str, list[str]] = {}
        for month in dated:
            columns.setdefault(period(month, size), []).append(month)
        if len(columns) <= MAX_PERIODS:
            break
    return list(columns.items()) + [(NONE, [NONE])] * (NONE in months)


class Labels:
    """What a reader sees for each key, in the report's language: topic names from the taxonomy, region names
    from the gazetteer, outlets' names as the records write them most (`outlets`, by key), and the words for "no
    date", "no topic" and the like."""

    def __init__(self, lang: str, taxonomy: Taxonomy, outlets: dict[str, str]) -> None:
        self.text = strings(lang)
        self.topics = {t.id: t.name if lang == "en" else t.names.get(lang, t.name) for t in taxonomy.topics}
        self.regions = region_names(lang)
        self.outlets = outlets

    def topic(self, key: str) -> str:
        return self.text["no_topic"] if key == NONE else self.topics.get(key, key)

    def region(self, key: str) -> str:
        return self.text["no_region"] if key == NONE else self.regions.get(key, key)

    def outlet(self, key: str) -> str:
        return self.text["no_outlet"] if key == NONE else self.outlets.get(key, key)

    def when(self, key: str) -> str:
        """A month, quarter, year or date as written, or the words for no date."""
        return self.text["no_date"] if key == NONE else key

    def lang(self, key: str) -> str:
        return self.text.get(f"lang_{key}", key)


def render_report(
    data: ReportData, title: str | None = None, lang: str = "en", taxonomy: Taxonomy | None = None
) -> str:
    """The whole page for `data`, labelled in `lang` (en, ru or kk)."""
    labels = Labels(lang, taxonomy or Taxonomy.load(), data.views["outlet"].outlets.shown())
    t = labels.text
    title = title or t["title"]
    sections = [
        ("months", t["months_title"], _months),
        ("topics", t["topics_title"], _topics),
        ("regions", t["regions_title"], _regions),
        ("outlets", t["outlets_title"], _outlets),
        ("detail", t["detail_title"], _detail),
    ]
    body = [f"<h1>{esc(title)}</h1>", _overview(data, labels)]
    if data.documents:
        body.append(
            f"<nav><b>{esc(t['contents'])}</b><ol>"
            + "".join(f'<li><a href="#{key}">{esc(heading)}</a></li>' for key, heading, _ in sections)
            + "</ol></nav>"
        )
        for key, heading, draw in sections:
            body.append(f'<section id="{key}"><h2>{esc(heading)}</h2>{draw(data, labels)}</section>')
    else:
        body.append(f'<p class="note">{esc(t["empty"])}</p>')
    body.append(f"<footer>{esc(t['footer'])}</footer>")
    return (
        f'<!DOCTYPE html>\n<html lang="{esc(lang)}"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title><style>{CSS}</style></head>"
        f"<body><main>{''.join(body)}</main></body></html>\n"
    )


def _overview(data: ReportData, labels: Labels) -> str:
    t = labels.text
    facts = [(t["articles"], str(data.documents))]
    if data.stories:
        facts.append((t["stories"], str(len(data.stories))))
    if data.first:
        facts.append((t["dates"], f"{data.first.isoformat()} – {data.last.isoformat()}"))
    facts.append((t["outlets_count"], str(sum(1 for key in data.count("outlet") if key != NONE))))
    parts = ['<div class="facts">' + "".join(f"<span>{esc(k)}: <b>{esc(v)}</b></span>" for k, v in facts) + "</div>"]
    if data.documents:
        rows = [(key, labels.lang(key), [], n) for key, n in data.count("lang").items()]
        parts.append(_count_table("lang", t["language"], [], rows, esc(t["articles"])))
    if data.undated():
        parts.append(f'<p class="note">{esc(t["undated_note"].format(n=data.undated()))}</p>')
    if data.stories:
        parts.append(f'<p class="note">{esc(t["stories_note"])}</p>')
    return "".join(parts)


def _count_table(
    dimension: str, head: str, columns: list[str], rows: list[tuple[str, str, list[str], int]],
    total_head: str = "", classes: str = "",
) -> str:
    """A table of counts by one dimension: per row its key, label, cells and documents (the `total` cell).
    `columns`, `cells` and `total_head` are markup already."""
    out = [f'<table class="counts {classes}" data-dimension="{dimension}"><thead><tr><th>{esc(head)}</th>'
           f'{"".join(columns)}<th class="n">{total_head}</th></tr></thead><tbody>']
    for key, label, cells, total in rows:
        out.append(
            f'<tr data-key="{esc(key)}"><th>{esc(label)}</th>{"".join(cells)}<td class="n total">{total}</td></tr>'
        )
    out.append("</tbody></table>")
    return "".join(out)


def _legend(items: list[tuple[str, str]]) -> str:
    swatches = "".join(f'<span><i style="background:{colour}"></i>{esc(label)}</span>' for label, colour in items)
    return f'<p class="legend">{swatches}</p>'


def _months(data: ReportData, labels: Labels) -> str:
    t = labels.text
    view = data.views["month_lang"]
    months, langs = month_axis(view.rows()), [lang for lang in LANG_COLOURS if lang in view.columns()]
    series = [Series(labels.lang(l), LANG_COLOURS[l], [view.counts[(m, l)] for m in months]) for l in langs]
    muted = [m == NONE for m in months]  # the undated bar is drawn paler: it is no point in time
    chart = stacked_columns([labels.when(m) for m in months], series, t["articles"], t["month"], muted)
    columns = [f'<th class="n">{esc(labels.lang(l))}</th>' for l in langs]
    if data.stories:
        columns.append(f'<th class="n">{esc(t["stories"])}</th>')
    rows = []
    for m in months:
        cells = [f'<td class="n">{view.counts[(m, l)]}</td>' for l in langs]
        if data.stories:
            cells.append(f'<td class="n">{data.stories.count("month", m)}</td>')
        rows.append((m, labels.when(m), cells, data.views["month"].counts[(m,)]))
    table = _count_table("month", t["month"], columns, rows, esc(t["articles"]))
    return (
        f'<p class="note">{esc(t["months_note"])}</p>'
        + _legend([(s.label, s.colour) for s in series])
        + f'<div class="row"><div class="scroll">{chart}</div><div class="tall">{table}</div></div>'
    )


def _heat_cell(value: float, top: float, title: str, shown: str | None = None) -> str:
    """A table cell shaded by its value; empty cells stay blank, and bare (no shade, no tooltip: most cells of a
    table of many outlets are empty), so the filled ones stand out."""
    if not value:
        return '<td class="n"></td>'
    fill, ink = shade(value, top)
    text = shown if shown is not None else value
    return f'<td class="n" style="background:{fill};color:{ink}" title="{esc(title)}">{text}</td>'


def _topics(data: ReportData, labels: Labels) -> str:
    t = labels.text
    view = data.views["month_topic"]
    columns_months = periods(data.views["month"].rows())
    topics = data.views["topic"].rows()
    cells_of = {
        topic: [sum(view.counts[(m, topic)] for m in months) for _, months in columns_months] for topic in topics
    }
    top = max((n for counts in cells_of.values() for n in counts), default=0)
    columns = [f'<th class="n turn">{esc(labels.when(period))}</th>' for period, _ in columns_months]
    if data.stories:
        columns.append(f'<th class="n turn">{esc(t["stories"])}</th>')
    rows = []
    for topic in topics:
        name = labels.topic(topic)
        cells = [_heat_cell(n, top, f"{name} · {labels.when(period)}: {n}")
                 for (period, _), n in zip(columns_months, cells_of[topic])]
        if data.stories:
            cells.append(f'<td class="n">{data.stories.count("topic", topic)}</td>')
        rows.append((topic, name, cells, data.views["topic"].counts[(topic,)]))
    table = _count_table("topic", t["topic"], columns, rows, esc(t["total"]), "heat")
    note = t["topics_note"] if any(key != NONE for key in topics) else t["untagged"]
    return f'<p class="note">{esc(note)}</p><div class="scroll">{table}</div>'


def _regions(data: ReportData, labels: Labels) -> str:
    t = labels.text
    counts = data.count("region")
    tiles = [
        Tile(column, row, labels.region(rid), counts.get(rid, 0)) for rid, (column, row) in tile_positions().items()
    ]
    chart = tile_map(tiles, t["regions_title"])
    # every region of the map is listed, those no article names too, then what is not on the map (NONE, unknown ids)
    keys = sorted(set(tile_positions()) | set(counts), key=lambda k: (k == NONE, -counts.get(k, 0), labels.region(k)))
    rows = [(key, labels.region(key), [], counts.get(key, 0)) for key in keys]
    table = _count_table("region", t["region"], [], rows, esc(t["articles"]))
    return (
        f'<p class="note">{esc(t["regions_note"])}</p>'
        f'<div class="row"><div class="scroll">{chart}</div><div>{table}</div></div>'
    )


def _outlets(data: ReportData, labels: Labels) -> str:
    t = labels.text
    counts = data.count("outlet")
    keys = list(counts)
    shown, rest = keys[:TOP_OUTLETS], keys[TOP_OUTLETS:]
    chart = horizontal_bars([(labels.outlet(k), counts[k]) for k in shown], BAR_COLOUR)
    if rest:  # as a line, not a bar: the sum of many small outlets would dwarf every outlet drawn
        other = t["other_outlets"].format(outlets=len(rest), articles=sum(counts[k] for k in rest))
        chart += f'<p class="note">{esc(other)}</p>'
    view = data.views["outlet_topic"]
    topics = [topic for topic in data.views["topic"].rows()]
    columns = [f'<th class="n turn">{esc(labels.topic(topic))}</th>' for topic in topics]
    if data.stories:
        columns.append(f'<th class="n turn">{esc(t["stories"])}</th>')
    rows = []
    for outlet in keys:
        name, total = labels.outlet(outlet), counts[outlet]
        cells = []
        for topic in topics:
            # shares shade on one 0-100% scale, so outlets of any size compare with each other
            n = view.counts[(outlet, topic)]
            share = 100 * n / total
            cells.append(_heat_cell(share, 100, f"{name} · {labels.topic(topic)}: {n}", f"{share:.0f}%"))
        if data.stories:
            cells.append(f'<td class="n">{data.stories.count("outlet", outlet)}</td>')
        rows.append((labels.outlets.get(outlet, outlet), name, cells, total))  # keyed as summarise keys it
    table = _count_table("outlet", t["outlet"], columns, rows, esc(t["articles"]), "heat")
    return (
        f'<p class="note">{esc(t["outlets_note"])}</p><div class="scroll">{chart}</div>'
        f'<div class="scroll tall outlets">{table}</div>'
    )


def _detail(data: ReportData, labels: Labels) -> str:
    t = labels.text
    topics = [topic for topic in data.views["topic"].rows() if topic != NONE]
    if not topics:
        return f'<p class="note">{esc(t["untagged"])}</p>'
    parts = [f'<p class="note">{esc(t["detail_note"])}</p>']
    for topic in topics:
        facts = f'{esc(t["articles"])}: <b>{data.views["topic"].counts[(topic,)]}</b>'
        if data.stories:
            facts += f' · {esc(t["stories"])}: <b>{data.stories.count("topic", topic)}</b>'
        terms = data.top_terms(topic, TOP_TERMS)
        items = []
        for h in data.most_recent(topic):
            headline = f"<em>{esc(h.title)}…</em>" if h.untitled else esc(h.title)
            meta = f"{esc(labels.outlet(h.outlet))} · {esc(labels.when(h.date or NONE))}"
            items.append(f'<li>{headline}<br><span class="meta">{meta} · <code>{esc(h.source)}</code></span></li>')
        bars = horizontal_bars(terms, TERM_COLOUR) if terms else ""
        parts.append(
            f'<div class="topic" data-topic="{esc(topic)}"><h3>{esc(labels.topic(topic))}</h3><p>{facts}</p>'
            f'<div class="row"><div><h4>{esc(t["terms"])}</h4>{bars}</div>'
            f'<div class="recent"><h4>{esc(t["recent"])}</h4><ol class="headlines">{"".join(items)}</ol></div>'
            "</div></div>"
        )
    return "".join(parts)
