"""Scoring ingest and tag on labelled news (the shared/eval/news-dev form: docs/*.txt and labels.jsonl).

Conventions of shared/eval/README.md: `lang`, `date` and `title` (whitespace-normalised exact match, null when the
item has no headline) over all documents; `outlet` where the label has one, case and domain suffix ignored; topics
and regions as micro-F1 over documents. `outlet` here also takes any of an outlet's names for another (`Egemen.kz`
for `Egemen Qazaqstan`), so it measures whether the page's publisher was found; `outlet_as_labelled` is the
convention's own figure, which also asks that the name be spelled as the label spells it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError
from ..ingest.decode import DecodeError
from ..models import Record, outlet_key
from ..pipeline import ingest_file
from ..streams import open_input
from ..tagging.tagger import Tagger

FIELDS = ("lang", "date", "title", "outlet")
SETS = ("topics", "regions")


def _norm_title(title: str | None) -> str | None:
    return " ".join(title.split()) if title else None


@dataclass
class FieldScore:
    total: int = 0
    right: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.right / self.total if self.total else 0.0


@dataclass
class SetScore:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp else 0.0


@dataclass
class NewsScore:
    documents: int = 0
    fields: dict[str, FieldScore] = field(default_factory=lambda: {f: FieldScore() for f in FIELDS})
    sets: dict[str, SetScore] = field(default_factory=lambda: {s: SetScore() for s in SETS})
    skipped: list[str] = field(default_factory=list)  # labelled pages ingest gave no record, each with its reason
    outlet_as_labelled: FieldScore = field(default_factory=FieldScore)  # no aliases: case and domain suffix only


def load_labels(path: Path) -> list[dict]:
    with open_input(str(path)) as stream:
        try:
            lines = stream.read().decode("utf-8").splitlines()
        except UnicodeDecodeError:
            raise InputError(f"{path}: not UTF-8 text") from None
    labels = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            gold = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{path}:{number}: not valid JSON ({exc.msg})") from None
        if not isinstance(gold, dict) or not isinstance(gold.get("file"), str):
            raise InputError(f"{path}:{number}: a label needs a \"file\" name")
        labels.append(gold)
    return labels


def evaluate_news(folder: Path, labels: Path, tagger: Tagger | None = None) -> NewsScore:
    docs = folder / "docs" if (folder / "docs").is_dir() else folder
    tagger = tagger or Tagger()
    score = NewsScore()
    for gold in load_labels(labels):
        name = gold["file"]
        try:
            record: Record | None = tagger.tag(ingest_file(docs / name).record)
        except DecodeError as exc:  # a page ingest skips is scored as a record with nothing in it
            record = None
            score.skipped.append(f"{name}: skipped by ingest ({exc.reason})")
        except OSError as exc:
            raise InputError(f"{docs / name}: cannot be read ({exc.strerror or exc})") from None
        score.documents += 1
        ours = {
            "lang": record.lang if record else None,
            "date": record.date.isoformat() if record and record.date else None,
            "title": _norm_title(record.title) if record else None,
            "outlet": outlet_key(record.outlet) if record and record.outlet else None,
        }
        expected = {
            "lang": gold.get("lang"),
            "date": gold.get("date"),
            "title": _norm_title(gold.get("title")),
            "outlet": outlet_key(gold["outlet"]) if gold.get("outlet") else None,
        }
        if gold.get("outlet"):
            score.outlet_as_labelled.total += 1
            score.outlet_as_labelled.right += bool(record and record.outlet) and outlet_key(
                record.outlet, aliases=False
            ) == outlet_key(gold["outlet"], aliases=False)
        for name_ in FIELDS:
            if name_ == "outlet" and expected["outlet"] is None:
                continue
            fs = score.fields[name_]
            fs.total += 1
            if ours[name_] == expected[name_]:
                fs.right += 1
            else:
                fs.misses.append(f"{name}: {name_} expected {expected[name_]!r}, got {ours[name_]!r}")
        for set_name in SETS:
            got, want = set(getattr(record, set_name, None) or ()), set(gold.get(set_name) or ())
            ss = score.sets[set_name]
            ss.tp += len(got & want)
            ss.fp += len(got - want)
            ss.fn += len(want - got)
            if got != want:
                extra = ", ".join(sorted(got - want)) or "-"
                missing = ", ".join(sorted(want - got)) or "-"
                ss.misses.append(f"{name}: {set_name} extra [{extra}] missing [{missing}]")
    return score


def format_news_report(score: NewsScore, verbose: bool = False) -> str:
    skipped = f" ({len(score.skipped)} skipped by ingest, scored as empty records)" if score.skipped else ""
    lines = [f"news: {score.documents} documents{skipped}"]
    for name, fs in score.fields.items():
        lines.append(f"  {name:<8} accuracy {fs.accuracy:.3f}  ({fs.right}/{fs.total})")
        if name == "outlet":
            spelled = score.outlet_as_labelled
            lines.append(
                f"           as labelled {spelled.accuracy:.3f}  ({spelled.right}/{spelled.total}: "
                "the name spelled as the label spells it)"
            )
    for name, ss in score.sets.items():
        lines.append(
            f"  {name:<8} micro-F1 {ss.f1:.3f}  (P {ss.precision:.3f}, R {ss.recall:.3f}; tp {ss.tp} fp {ss.fp} fn {ss.fn})"
        )
    if verbose:
        lines.extend(f"    miss  {m}" for m in score.skipped)
        for fs in score.fields.values():
            lines.extend(f"    miss  {m}" for m in fs.misses)
        for ss in score.sets.values():
            lines.extend(f"    miss  {m}" for m in ss.misses)
    return "\n".join(lines)
