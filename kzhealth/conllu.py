"""Reading and rewriting CoNLL-U, so a lemmatizer can be run and measured on Universal Dependencies data.

Only the LEMMA column is ever changed; comments, multiword-token ranges, empty nodes and every other column pass
through untouched.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from .errors import InputError
from .streams import open_input

Lemmatize = Callable[[Sequence[str]], list[str]]


def conllu_lines(path: str) -> Iterator[str]:
    """The lines of a CoNLL-U file (plain, gzip or zstd), or of stdin for `-`; UTF-8 or an InputError, a missing
    file a UsageError."""
    with open_input(path) as raw:
        try:
            yield from io.TextIOWrapper(raw, encoding="utf-8")
        except UnicodeDecodeError:
            raise InputError(f"{'stdin' if path == '-' else path}: not UTF-8 text") from None


FORM, LEMMA, UPOS = 1, 2, 3  # columns


@dataclass
class Sentence:
    """One CoNLL-U sentence: its raw lines and the indices of the lines that are word tokens."""

    lines: list[str]
    token_lines: list[int]

    def fields(self) -> list[list[str]]:
        return [self.lines[i].split("\t") for i in self.token_lines]

    def forms(self) -> list[str]:
        return [f[FORM] for f in self.fields()]


def _is_word_id(token_id: str) -> bool:
    return token_id.isdigit()


def read_sentences(lines: Iterable[str]) -> Iterator[Sentence]:
    """Group CoNLL-U lines (without line ends) into sentences; a blank line ends a sentence."""
    current: list[str] = []
    for line in lines:
        line = line.rstrip("\r\n")
        if not line.strip():
            if current:
                yield _sentence(current)
                current = []
            continue
        current.append(line)
    if current:
        yield _sentence(current)


def _sentence(lines: list[str]) -> Sentence:
    token_lines = [
        i for i, line in enumerate(lines) if not line.startswith("#") and _is_word_id(line.split("\t", 1)[0])
    ]
    for i in token_lines:
        if lines[i].count("\t") != 9:
            raise InputError(f"not a CoNLL-U token line (10 tab-separated columns expected): {lines[i][:60]!r}")
    return Sentence(lines, token_lines)


def fill_lemmas(sentences: Iterable[Sentence], lemmatize: Lemmatize) -> Iterator[str]:
    """Yield the CoNLL-U text of each sentence with the LEMMA column replaced by `lemmatize(forms)`."""
    for sentence in sentences:
        rows = sentence.fields()
        lemmas = lemmatize([row[FORM] for row in rows])
        lines = list(sentence.lines)
        for i, row, lemma in zip(sentence.token_lines, rows, lemmas):
            row[LEMMA] = lemma or "_"
            lines[i] = "\t".join(row)
        yield "\n".join(lines) + "\n\n"


# Scoring convention of shared/eval/README.md: words are tokens whose UPOS is not PUNCT, NUM, SYM or X;
# lemmas compare case-folded with ё folded to е; content words are NOUN, PROPN, ADJ, VERB, ADV.
NON_WORDS = frozenset({"PUNCT", "NUM", "SYM", "X"})
CONTENT = frozenset({"NOUN", "PROPN", "ADJ", "VERB", "ADV"})


def _norm(lemma: str) -> str:
    return lemma.casefold().replace("ё", "е")


@dataclass
class LemmaScore:
    words: int = 0
    words_right: int = 0
    content: int = 0
    content_right: int = 0

    def __add__(self, other: LemmaScore) -> LemmaScore:
        return LemmaScore(
            self.words + other.words,
            self.words_right + other.words_right,
            self.content + other.content,
            self.content_right + other.content_right,
        )

    @property
    def word_accuracy(self) -> float:
        return self.words_right / self.words if self.words else 0.0

    @property
    def content_accuracy(self) -> float:
        return self.content_right / self.content if self.content else 0.0


def score_lemmas(
    gold: Iterable[Sentence], lemmatize: Lemmatize, misses: list[tuple[str, str, str, str]] | None = None
) -> LemmaScore:
    """Accuracy of `lemmatize` against the gold LEMMA column; optionally collect (form, upos, gold, ours) misses."""
    score = LemmaScore()
    for sentence in gold:
        rows = sentence.fields()
        predicted = lemmatize([row[FORM] for row in rows])
        for row, ours in zip(rows, predicted):
            upos = row[UPOS]
            if upos in NON_WORDS:
                continue
            right = _norm(ours) == _norm(row[LEMMA])
            score.words += 1
            score.words_right += right
            if upos in CONTENT:
                score.content += 1
                score.content_right += right
            if not right and misses is not None:
                misses.append((row[FORM], upos, row[LEMMA], ours))
    return score
