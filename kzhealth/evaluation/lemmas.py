"""A plain-text report of lemma accuracy, for any language's lemmatizer scored with `kzhealth.conllu.score_lemmas`."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from kzhealth.conllu import LemmaScore

Miss = tuple[str, str, str, str]  # (form, upos, gold lemma, our lemma), as collected by score_lemmas


def format_lemma_report(name: str, score: LemmaScore, misses: Iterable[Miss] | None = None, top: int = 0) -> str:
    """Accuracy over words and content words, then the `top` most frequent misses (case-folded) if given."""
    lines = [
        f"{name}: words {score.word_accuracy:.4f} ({score.words_right}/{score.words}), "
        f"content {score.content_accuracy:.4f} ({score.content_right}/{score.content})"
    ]
    if misses is not None and top > 0:
        counts = Counter((form.casefold(), upos, gold.casefold(), ours.casefold()) for form, upos, gold, ours in misses)
        for (form, upos, gold, ours), n in counts.most_common(top):
            lines.append(f"  {n:>4}  {form}  {upos}  gold {gold}  ours {ours}")
    return "\n".join(lines)
