"""Scoring `stories` on labelled news (the shared/eval/stories-dev form: docs/*.txt and labels.jsonl with `story`).

B-cubed precision and recall per document, averaged, and F1 from the averages (shared/eval/stories-dev/README.md);
the precision and recall of same-story pairs; and the recall of the same-story pairs whose documents are one
Russian and one Kazakh.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

from ..errors import InputError
from ..ingest.decode import DecodeError
from ..pipeline import ingest_file
from ..stories.cluster import group
from ..stories.features import signature
from ..tagging.tagger import Tagger
from .news import load_labels


@dataclass
class StoriesScore:
    documents: int = 0
    stories: int = 0
    predicted: int = 0
    b3_precision: float = 0.0
    b3_recall: float = 0.0
    pairs: tuple[int, int, int] = (0, 0, 0)  # right, predicted, gold
    cross_pairs: tuple[int, int] = (0, 0)  # right, gold Russian-Kazakh pairs
    misses: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # labelled documents ingest gave no record, each with its reason

    @property
    def b3_f1(self) -> float:
        p, r = self.b3_precision, self.b3_recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def pair_precision(self) -> float:
        right, predicted, _ = self.pairs
        return right / predicted if predicted else 1.0

    @property
    def pair_recall(self) -> float:
        right, _, gold = self.pairs
        return right / gold if gold else 1.0

    @property
    def cross_recall(self) -> float:
        right, gold = self.cross_pairs
        return right / gold if gold else 1.0


def score_stories(gold: dict[str, str], predicted: dict[str, str], langs: dict[str, str]) -> StoriesScore:
    """Scores of a predicted story per document against the gold story per document (both keyed by file)."""
    files = sorted(gold)
    gold_members, predicted_members = defaultdict(set), defaultdict(set)
    for name in files:
        gold_members[gold[name]].add(name)
        predicted_members[predicted[name]].add(name)
    score = StoriesScore(len(files), len(gold_members), len(predicted_members))
    for name in files:
        ours, theirs = predicted_members[predicted[name]], gold_members[gold[name]]
        score.b3_precision += len(ours & theirs) / len(ours) / len(files)
        score.b3_recall += len(ours & theirs) / len(theirs) / len(files)
    right = predicted_pairs = gold_pairs = cross_right = cross_gold = 0
    for a, b in combinations(files, 2):
        same_gold, same_ours = gold[a] == gold[b], predicted[a] == predicted[b]
        right += same_gold and same_ours
        predicted_pairs += same_ours
        gold_pairs += same_gold
        if same_gold and {langs.get(a), langs.get(b)} == {"ru", "kk"}:
            cross_gold += 1
            cross_right += same_ours
        if same_gold != same_ours:
            score.misses.append(f"{a} {b}: {'split' if same_gold else 'joined'} ({gold[a]} / {gold[b]})")
    score.pairs, score.cross_pairs = (right, predicted_pairs, gold_pairs), (cross_right, cross_gold)
    return score


def evaluate_stories(folder: Path, labels: Path, tagger: Tagger | None = None) -> StoriesScore:
    """Ingest, tag and group the labelled documents, and score the stories found."""
    docs = folder / "docs" if (folder / "docs").is_dir() else folder
    tagger = tagger or Tagger()
    rows = load_labels(labels)
    signatures, grouped, skipped = [], [], []
    for row in rows:
        if "story" not in row:
            raise InputError(f"{labels}: {row['file']} has no \"story\" label")
        try:
            record = ingest_file(docs / row["file"]).record
        except DecodeError as exc:  # a document ingest skips is a story of its own: joined to none
            skipped.append(f"{row['file']}: skipped by ingest ({exc.reason})")
            continue
        except OSError as exc:
            raise InputError(f"{docs / row['file']}: cannot be read ({exc.strerror or exc})") from None
        signatures.append(signature(tagger.tag(record)))
        grouped.append(row["file"])
    predicted = {row["file"]: f"skipped {row['file']}" for row in rows}
    predicted.update((name, story.story) for name, story in zip(grouped, group(signatures)))
    gold = {row["file"]: row["story"] for row in rows}
    score = score_stories(gold, predicted, {row["file"]: row.get("lang") for row in rows})
    score.skipped = skipped
    return score


def format_stories_report(score: StoriesScore, verbose: bool = False) -> str:
    skipped = f" ({len(score.skipped)} skipped by ingest, each a story of its own)" if score.skipped else ""
    lines = [
        f"stories: {score.documents} documents, {score.stories} gold stories, {score.predicted} found{skipped}",
        f"  B-cubed     P {score.b3_precision:.3f}  R {score.b3_recall:.3f}  F1 {score.b3_f1:.3f}",
        f"  pairs       P {score.pair_precision:.3f}  R {score.pair_recall:.3f}"
        f"  (right {score.pairs[0]}, found {score.pairs[1]}, gold {score.pairs[2]})",
        f"  ru-kk pairs R {score.cross_recall:.3f}  (right {score.cross_pairs[0]}, gold {score.cross_pairs[1]})",
    ]
    if verbose:
        lines.extend(f"    miss  {miss}" for miss in [*score.skipped, *score.misses])
    return "\n".join(lines)
