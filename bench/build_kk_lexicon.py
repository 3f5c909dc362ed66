"""Regenerate kzhealth/lang/data/kk_stems_ktb.tsv from UD Kazakh-KTB, and measure the Kazakh lemmatizer.

    python bench/build_kk_lexicon.py                 # rewrite the stem list from ../shared/eval/ud/kk_ktb-dev.conllu
    python bench/build_kk_lexicon.py --check         # full-dev accuracy, split (half-held-out) accuracy, speed

Only lemmas (stems) and their word class are kept, never form→lemma pairs: the suffix grammar does the analysis.
The split check builds the lexicon from the even sentences only and scores the odd ones (and the reverse), which
predicts accuracy on text whose words the lexicon has not seen.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from pathlib import Path

from kzhealth.conllu import FORM, LEMMA, NON_WORDS, UPOS, read_sentences, score_lemmas
from kzhealth.lang.kazakh import KazakhLemmatizer, hand_lexicon, lexicon_from_pairs, word_class
from kzhealth.lang.tokenize import fold

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CONLLU = ROOT.parent / "shared" / "eval" / "ud" / "kk_ktb-dev.conllu"
OUT = ROOT / "kzhealth" / "lang" / "data" / "kk_stems_ktb.tsv"

HEADER = """\
# Kazakh stem lexicon: lemmas of UD Kazakh-KTB with their word class (n nominal, v verb) and corpus count.
# Source: UD Kazakh-KTB, Universal Dependencies (Tyers, Washington et al.; see the treebank README for all authors),
#   https://universaldependencies.org/treebanks/kk_ktb/ ; taken from the train sample and first half of each test
#   document, as in the project's eval file shared/eval/ud/kk_ktb-dev.conllu.
# Licence: CC BY-SA 4.0 (attribution required; this derived list is shared under the same licence).
# Regenerate with: python bench/build_kk_lexicon.py  (only lemmas are kept, no word forms)
# lemma\tclass\tcount
"""


def stem_pairs(sentences) -> list[tuple[str, str]]:
    pairs = []
    for sentence in sentences:
        for row in sentence.fields():
            lemma = row[LEMMA]
            if row[UPOS] in NON_WORDS or lemma == "_" or not any(ch.isalpha() for ch in lemma):
                continue
            if fold(lemma) == "е" and word_class(row[UPOS]) == "v":
                continue  # the copula е- has its own forms in kk_irregular.tsv; as a stem it would eat е-words
            pairs.append((lemma, row[UPOS]))
    return pairs


def write_lexicon(sentences, out: Path) -> int:
    counts = Counter((fold(lemma), word_class(upos)) for lemma, upos in stem_pairs(sentences))
    lines = [f"{stem}\t{cls}\t{n}" for (stem, cls), n in sorted(counts.items())]
    out.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def check(sentences, misses_path: Path | None) -> None:
    full = KazakhLemmatizer()
    misses: list = []
    score = score_lemmas(sentences, full.lemmatize, misses)
    print(f"full dev (shipped lexicon): words {score.word_accuracy:.3f} ({score.words_right}/{score.words}), "
          f"content {score.content_accuracy:.3f}")
    if misses_path:
        with misses_path.open("w", encoding="utf-8") as fh:
            for form, upos, gold, ours in misses:
                fh.write(f"{form}\t{upos}\t{gold}\t{ours}\n")
    halves = (sentences[0::2], sentences[1::2])
    base = hand_lexicon()
    right = total = 0
    for train, test in (halves, halves[::-1]):
        lemmatizer = KazakhLemmatizer(lexicon_from_pairs(stem_pairs(train), base))
        split = score_lemmas(test, lemmatizer.lemmatize)
        right, total = right + split.words_right, total + split.words
        print(f"split: lexicon from {len(train)} sentences, scored on the other {len(test)}: "
              f"words {split.word_accuracy:.3f}")
    print(f"split mean (held-out estimate): words {right / total:.3f}")
    hand = score_lemmas(sentences, KazakhLemmatizer(base).lemmatize)
    print(f"hand-written data only (no KTB stems): words {hand.word_accuracy:.3f}")
    tokens = [row[FORM] for s in sentences for row in s.fields()] * 20
    lemmatizer = KazakhLemmatizer()
    start = time.perf_counter()
    lemmatizer.lemmatize(tokens)
    cold = time.perf_counter() - start
    start = time.perf_counter()
    lemmatizer.lemmatize(tokens)
    warm = time.perf_counter() - start
    print(f"speed: {len(tokens) / warm:,.0f} tokens/s warm, first pass {len(tokens) / cold:,.0f} tokens/s "
          f"({len(tokens)} tokens, {len(set(tokens))} distinct)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("conllu", nargs="?", type=Path, default=DEFAULT_CONLLU)
    parser.add_argument("--check", action="store_true", help="measure instead of writing the lexicon")
    parser.add_argument("--misses", type=Path, help="with --check: write full-dev misses (form, upos, gold, ours)")
    args = parser.parse_args()
    with args.conllu.open(encoding="utf-8") as fh:
        sentences = list(read_sentences(fh))
    if args.check:
        check(sentences, args.misses)
    else:
        print(f"{write_lexicon(sentences, OUT)} stems written to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
