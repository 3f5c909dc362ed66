"""The report's charts as inline SVG, written by hand: no library, no script, nothing to download, and they print
as sharply as the text. Every mark carries a <title>, which browsers show on hover; every chart has a table of
its numbers beside it for reading exact values. All text is escaped here, at the one place it enters markup."""

from __future__ import annotations

import math
import re
from html import escape
from typing import NamedTuple

FONT = 12
EMPTY = "#eef0f3"  # a tile or cell with no articles
# A sequential scale from pale to dark blue: readable in print and for the common colour-vision deficiencies.
SCALE = ((0xDE, 0xEB, 0xF7), (0x08, 0x45, 0x94))


def esc(value: object) -> str:
    return escape(str(value), quote=True)


def shade(value: float, top: float) -> tuple[str, str]:
    """Fill and text colour for a count on a scale up to `top`. The square root keeps small counts visible beside
    one loud month or region."""
    if value <= 0 or top <= 0:
        return EMPTY, "#333"
    t = math.sqrt(value / top)
    rgb = [round(a + (b - a) * t) for a, b in zip(*SCALE)]
    return "#{:02x}{:02x}{:02x}".format(*rgb), ("#fff" if t > 0.55 else "#111")


def nice_ticks(top: int, count: int = 4) -> list[int]:
    """Round axis ticks from 0 to at least `top`, 1, 2 or 5 times a power of ten apart (never less than 1)."""
    if top <= 0:
        return [0, 1]
    raw = top / count
    power = 10 ** math.floor(math.log10(raw))
    step = max(1, int(next(m * power for m in (1, 2, 5, 10) if m * power >= raw)))
    return list(range(0, math.ceil(top / step) * step + 1, step))


class Series(NamedTuple):
    label: str
    colour: str
    values: list[int]


def stacked_columns(
    categories: list[str], series: list[Series], y_label: str, x_label: str, muted: list[bool] | None = None
) -> str:
    """Vertical bars, one per category, each split into the series' values, with a y axis of counts; `muted`
    categories are drawn paler (the undated bar beside the months)."""
    width, height = 760, 300
    left, right, top = 56, 12, 12
    plot_w = width - left - right
    slot = plot_w / max(len(categories), 1)
    rotate = slot < 46  # month labels turn when they would overlap side by side...
    every = math.ceil(16 / slot)  # ...and only every n-th is written when even turned ones would
    plot_h = height - top - (72 if rotate else 44)
    totals = [sum(s.values[i] for s in series) for i in range(len(categories))]
    ticks = nice_ticks(max(totals, default=0))
    y_max = ticks[-1]
    bar = max(min(slot * 0.8, 48), 1)
    parts = [_svg_open(width, height, f"{y_label} / {x_label}")]
    for tick in ticks:
        y = top + plot_h - plot_h * tick / y_max
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>')
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{tick}</text>')
    for i, category in enumerate(categories):
        x = left + slot * i + (slot - bar) / 2
        y = top + plot_h
        if muted and muted[i]:
            parts.append('<g opacity="0.5">')
        for s in series:
            value = s.values[i]
            if value:
                h = plot_h * value / y_max
                y -= h
                parts.append(
                    f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" height="{h:.1f}" fill="{s.colour}">'
                    f"<title>{esc(category)} · {esc(s.label)}: {value}</title></rect>"
                )
        if muted and muted[i]:
            parts.append("</g>")
        cx, ly = x + bar / 2, top + plot_h + 14
        if i % every and not (muted and muted[i]):
            continue
        if rotate:
            parts.append(
                f'<text x="{cx:.1f}" y="{ly:.1f}" text-anchor="end" transform="rotate(-50 {cx:.1f} {ly:.1f})">'
                f"{esc(category)}</text>"
            )
        else:
            parts.append(f'<text x="{cx:.1f}" y="{ly:.1f}" text-anchor="middle">{esc(category)}</text>')
    parts.append(f'<line x1="{left}" x2="{width - right}" y1="{top + plot_h}" y2="{top + plot_h}" stroke="#888"/>')
    parts.append(
        f'<text x="14" y="{top + plot_h / 2:.1f}" text-anchor="middle" transform="rotate(-90 14 {top + plot_h / 2:.1f})">'
        f"{esc(y_label)}</text>"
    )
    parts.append(f'<text x="{left + plot_w / 2:.1f}" y="{height - 6}" text-anchor="middle">{esc(x_label)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def horizontal_bars(items: list[tuple[str, int]], colour: str, label_width: int = 210) -> str:
    """One bar per item, longest first as given, with the count at the end of each bar; a label too long for
    `label_width` is cut, whole in its hover title."""
    row, width = 22, 560
    height = row * len(items) + 8
    top = max((n for _, n in items), default=0) or 1
    plot_w = width - label_width - 50
    parts = [_svg_open(width, height, "")]
    for i, (label, n) in enumerate(items):
        y = 4 + i * row
        w = max(plot_w * n / top, 1 if n else 0)
        fits = label_width // 7  # characters: about 7 px each at this font size
        shown = label if len(label) <= fits else label[: fits - 1] + "…"
        parts.append(f'<text x="{label_width - 6}" y="{y + 15}" text-anchor="end">{esc(shown)}</text>')
        parts.append(
            f'<rect x="{label_width}" y="{y + 3}" width="{w:.1f}" height="{row - 6}" fill="{colour}">'
            f"<title>{esc(label)}: {n}</title></rect>"
        )
        parts.append(f'<text x="{label_width + w + 5:.1f}" y="{y + 15}">{n}</text>')
    parts.append("</svg>")
    return "".join(parts)


class Tile(NamedTuple):
    column: int
    row: int
    name: str
    count: int


def tile_map(tiles: list[Tile], title: str) -> str:
    """Regions as tiles on a grid in their rough geographic places, coloured by count, the count in each tile."""
    w, h, gap = 112, 76, 4
    columns = max((t.column for t in tiles), default=0) + 1
    rows = max((t.row for t in tiles), default=0) + 1
    width, height = columns * (w + gap), rows * (h + gap)
    top = max((t.count for t in tiles), default=0)
    parts = [_svg_open(width, height, title)]
    for tile in tiles:
        x, y = tile.column * (w + gap), tile.row * (h + gap)
        fill, ink = shade(tile.count, top)
        parts.append(
            f'<g><title>{esc(tile.name)}: {tile.count}</title>'
            f'<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="6" fill="{fill}" stroke="#fff"/>'
        )
        lines = wrap(tile.name, 17)[:3]
        for i, line in enumerate(lines):
            parts.append(
                f'<text x="{x + w / 2}" y="{y + 16 + i * 13}" text-anchor="middle" font-size="10.5" fill="{ink}">'
                f"{esc(line)}</text>"
            )
        parts.append(
            f'<text x="{x + w / 2}" y="{y + h - 10}" text-anchor="middle" font-size="15" font-weight="bold" '
            f'fill="{ink}">{tile.count}</text></g>'
        )
    parts.append("</svg>")
    return "".join(parts)


def wrap(text: str, width: int) -> list[str]:
    """Words packed into lines of at most `width` characters where they fit; a hyphenated word may break after
    its hyphen (Восточно-Казахстанская)."""
    lines: list[str] = []
    for piece in re.findall(r"\S+?-(?=\S)|\S+", text):
        joiner = "" if lines and lines[-1].endswith("-") else " "
        if lines and len(lines[-1]) + len(joiner) + len(piece) <= width:
            lines[-1] += joiner + piece
        else:
            lines.append(piece)
    return lines


def _svg_open(width: int, height: int, label: str) -> str:
    aria = f' role="img" aria-label="{esc(label)}"' if label else ""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'font-size="{FONT}" font-family="inherit"{aria}>'
    )
