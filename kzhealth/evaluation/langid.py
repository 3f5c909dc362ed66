"""Score language identification on JSONL rows of the form {"level", "lang", "label", "text"}.

`label` is ru, kk or other; `lang` is the source language (uk, be, bg, ky, tt behind 'other'); `level` is
sentence or doc. Accuracy is reported per level, per label and per source language.
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from kzhealth.errors import InputError
from kzhealth.lang.langid import identify
from kzhealth.models import LANGS

Identify = Callable[[str], tuple[str, float]]


@dataclass
class LangidResult:
    total: Counter = field(default_factory=Counter)  # (level, group) -> rows; group is "all", a label or "lang:xx"
    correct: Counter = field(default_factory=Counter)
    errors: list[dict] = field(default_factory=list)  # rows identified wrongly, with "predicted" added

    def accuracy(self, level: str, group: str = "all") -> float:
        n = self.total[level, group]
        return self.correct[level, group] / n if n else float("nan")

    def levels(self) -> list[str]:
        return sorted({level for level, _ in self.total})

    def groups(self, level: str) -> list[str]:
        return sorted({group for lvl, group in self.total if lvl == level and group != "all"},
                      key=lambda g: (g.startswith("lang:"), g))


def evaluate_langid(rows: Iterable[dict], identify_fn: Identify = identify,
                    keep: Callable[[dict], bool] | None = None) -> LangidResult:
    """Run `identify_fn` on every row's text (rows failing `keep` are skipped) and count hits per group."""
    result = LangidResult()
    for row in rows:
        if keep is not None and not keep(row):
            continue
        if not isinstance(row.get("text"), str) or row.get("label") not in LANGS:
            raise InputError(f"a row needs a string \"text\" and a \"label\" of ru, kk or other: {str(row)[:80]}")
        level = row.get("level", "sentence")
        predicted, _ = identify_fn(row["text"])
        hit = predicted == row["label"]
        groups = ["all", row["label"]] + ([f"lang:{row['lang']}"] if row.get("lang") else [])
        for group in groups:
            result.total[level, group] += 1
            result.correct[level, group] += hit
        if not hit:
            result.errors.append({**row, "predicted": predicted})
    return result


def split_half(half: int) -> Callable[[dict], bool]:
    """Keep only rows whose text hashes to `half` (crc32 % 2), the half a profile built with --half left out."""
    return lambda row: zlib.crc32(row["text"].encode("utf-8")) % 2 == half


def format_langid_report(result: LangidResult, show_errors: int = 0) -> str:
    lines = []
    for level in result.levels():
        n = result.total[level, "all"]
        lines.append(f"{level:<9} accuracy {result.accuracy(level):.4f}  ({result.correct[level, 'all']}/{n})")
        for group in result.groups(level):
            lines.append(f"  {group:<9} {result.accuracy(level, group):.4f}  "
                         f"({result.correct[level, group]}/{result.total[level, group]})")
    for row in result.errors[:show_errors]:
        text = row["text"] if len(row["text"]) <= 120 else row["text"][:117] + "..."
        lines.append(f"  ! {row.get('level')} {row.get('lang')}->{row['predicted']}: {text}")
    return "\n".join(lines)
