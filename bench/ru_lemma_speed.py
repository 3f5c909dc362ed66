"""Russian lemmatization speed: kzhealth's lemmatizer (cold and warm) beside pymorphy3's plain first parse and
natasha, on the same token stream, in the same run.

    .venv/bin/python bench/ru_lemma_speed.py                     # UD dev files from ../shared, else the seeds
    .venv/bin/python bench/ru_lemma_speed.py FILE.conllu FILE.txt --tokens 40000

Text comes from CoNLL-U FORM columns (sentence by sentence) or plain text files (tokenized, paragraph by
paragraph). natasha is optional (`pip install kzhealth[bench]`); it is skipped when missing.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path


from kzhealth.conllu import read_sentences
from kzhealth.lang.russian import RussianLemmatizer
from kzhealth.lang.tokenize import tokenize

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCES = [
    ROOT.parent / "shared" / "eval" / "ud" / "ru_gsd-ud-dev.conllu",
    ROOT.parent / "shared" / "eval" / "ud" / "ru_taiga-ud-dev.conllu",
]


def load_chunks(paths: list[Path]) -> list[list[str]]:
    chunks: list[list[str]] = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            if path.suffix == ".conllu":
                chunks.extend(sentence.forms() for sentence in read_sentences(f))
            else:
                chunks.extend(tokenize(paragraph) for paragraph in f.read().split("\n\n") if paragraph.strip())
    return [chunk for chunk in chunks if chunk]


def tokens_per_second(run: Callable[[list[list[str]]], None], chunks: list[list[str]]) -> float:
    started = time.perf_counter()
    run(chunks)
    return sum(map(len, chunks)) / (time.perf_counter() - started)


def natasha_runner() -> Callable[[list[list[str]]], None] | None:
    try:
        from natasha import Doc, MorphVocab, NewsEmbedding, NewsMorphTagger, Segmenter
    except ImportError:
        return None
    segmenter, vocab = Segmenter(), MorphVocab()
    tagger = NewsMorphTagger(NewsEmbedding())

    def run(chunks: list[list[str]]) -> None:
        # natasha tags a document's sentences in one batch; per-sentence documents would be far slower
        for start in range(0, len(chunks), 100):
            doc = Doc("\n".join(" ".join(chunk) for chunk in chunks[start : start + 100]))
            doc.segment(segmenter)
            doc.tag_morph(tagger)
            for token in doc.tokens:
                token.lemmatize(vocab)

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("sources", nargs="*", type=Path, help="CoNLL-U or text files (default: shared UD dev)")
    parser.add_argument("--tokens", type=int, default=30_000, help="tokens for the slow baselines (default 30000)")
    parser.add_argument("--repeat", type=int, default=5, help="passes over the stream when warm (default 5)")
    args = parser.parse_args()
    sources = args.sources or [p for p in DEFAULT_SOURCES if p.exists()] or sorted((ROOT / "seeds").glob("*.txt"))
    chunks = load_chunks(sources)
    sample, n = [], 0
    for chunk in chunks:
        if n >= args.tokens:
            break
        sample.append(chunk)
        n += len(chunk)
    print(f"stream: {sum(map(len, chunks))} tokens in {len(chunks)} chunks from {len(sources)} file(s); "
          f"baselines on the first {n} tokens")

    started = time.perf_counter()
    ours = RussianLemmatizer()
    load = time.perf_counter() - started
    cold = tokens_per_second(lambda cs: [ours.lemmatize(c) for c in cs], chunks)
    warm = max(tokens_per_second(lambda cs: [ours.lemmatize(c) for c in cs], chunks) for _ in range(args.repeat))

    morph = ours.morph
    first_parse = tokens_per_second(lambda cs: [[morph.parse(t)[0].normal_form for t in c] for c in cs], sample)
    rows = [
        ("kzhealth RussianLemmatizer, warm", warm),
        ("kzhealth RussianLemmatizer, cold (empty memo)", cold),
        ("pymorphy3 first parse, uncached", first_parse),
    ]
    natasha = natasha_runner()
    if natasha is not None:
        natasha(sample[:20])  # let slovnet load its weights before timing
        rows.append(("natasha (slovnet morph + MorphVocab)", tokens_per_second(natasha, sample)))
    print(f"pymorphy3 load: {load:.2f}s")
    print(f"{'lemmatizer':<48}{'tokens/s':>12}{'warm ours ÷':>14}")
    for name, speed in rows:
        print(f"{name:<48}{speed:>12,.0f}{warm / speed:>13.1f}×")


if __name__ == "__main__":
    main()
