"""The ingest stage: files -> decode -> parse -> language -> lemmas -> Record -> JSONL.

`ingest_file` is the pure function of one file; `IngestStage` is it as a map stage (kzhealth.stages), for any
executor to run over many files. The tag stage is `tagging.stage`; each module loads only its own stage's models,
so `kzhealth tag` starts without the ingest ones and the reverse.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from itertools import chain, compress, count
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from .ingest.decode import SNIFF_BYTES, DecodeError, decode, sniff
from .ingest.files import Skipped, Streamed, display_name, read_bytes
from .ingest.formats import plain_text, refuse_other_formats
from .ingest.parse import parse_document
from .jsonl import dump
from .lang.kazakh import get_kazakh_lemmatizer
from .lang.lemmas import lemmatizer_for
from .lang.langid import default_identifier, identify_paragraphs, kazakh_spelling
from .lang.russian import get_russian_lemmatizer
from .lang.script import TITLE, Analysed, analysed_text, dominant_script
from .lang.tokenize import tokenize, word_flags
from .models import Record
from .stages import MapStage, Outcome, batches

if TYPE_CHECKING:
    from .tagging.stage import TagStage
    from .tagging.tagger import Tagger


def content_id(text: str) -> str:
    """A stable id of a document's decoded text (the same text gives the same id on any machine)."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


TAG_STEP = 16  # records `ingest --tag` builds before it tags them (IngestStage.many)
CHUNK_CHARS = 1 << 16  # a paragraph longer than this is lemmatized in pieces, so token lists stay small


def words_and_lemmas(text: str, lang: str) -> tuple[list[str], list[str]]:
    """The word tokens of `text` (as `tokenize.words` gives them) and their lemmas; numbers and punctuation give
    context to the lemmatizer only."""
    lemmatize = lemmatizer_for(lang)
    found: list[str] = []
    lemmas: list[str] = []
    for piece in _pieces(text, CHUNK_CHARS):
        tokens = tokenize(piece)
        is_word = word_flags(tokens)
        found.extend(compress(tokens, is_word))
        lemmas.extend(compress(lemmatize(tokens), is_word))
    return found, lemmas


def _pieces(text: str, size: int) -> Iterator[str]:
    """`text` in pieces of about `size` characters, cut at whitespace (a 40 MB file may have no line breaks)."""
    start = 0
    while len(text) - start > size:
        cut = text.rfind(" ", start + size // 2, start + size)
        cut = start + size if cut < 0 else cut
        yield text[start:cut]
        start = cut
    yield text[start:]


class Ingested(NamedTuple):
    record: Record
    warnings: list[str]
    analysed: Analysed  # its text as lemmatized, with the word tokens, for a tagger in the same process


def build_record(text: str, source: str) -> Ingested:
    """The record of one decoded document, the warnings met on the way, and the text it was analysed in. A document
    that parses to no text at all raises DecodeError "empty", as an empty file does: a document is never emptied
    without a word."""
    spelling = kazakh_spelling(text)  # None for Cyrillic pages, nearly all of them
    doc = parse_document(text, view=spelling.to_cyrillic if spelling else None)
    if not doc.paragraphs:
        if doc.title is None:
            raise DecodeError("empty", "no story text: only a date header, navigation, credits or timestamps")
        doc.warnings.append("no story text under the headline")
    record_id = content_id(text)
    del text  # the paragraphs carry on; a very large file is not held twice
    lang, confidence, paragraph_langs = identify_paragraphs(doc.paragraphs, doc.title)
    body = "\n".join(doc.paragraphs)
    # Kazakh in Latin or Arabic letters is kept as written and lemmatized in Cyrillic
    analysed = analysed_text(doc.title, doc.paragraphs, paragraph_langs, lang)
    lemmas: list[str] = []
    for index, part, part_lang in [(TITLE, analysed.title, lang), *zip(count(), analysed.paragraphs, paragraph_langs)]:
        if part:
            tokens, part_lemmas = words_and_lemmas(part, part_lang)
            if len(part) <= CHUNK_CHARS:  # a longer text may be cut inside a word: tag tokenizes it whole
                analysed.known(index, tokens)
            lemmas.extend(part_lemmas)
    # Built, not validated: every value comes from the stages above, whose types the tests pin down, and
    # validating would copy the lemma list of every document once more. Input records are validated (parse_record).
    record = Record.model_construct(
        id=record_id,
        source=source,
        date=doc.date,
        title=doc.title,
        outlet=doc.outlet,
        lang=lang,
        lang_confidence=round(confidence, 3),
        script=dominant_script(body),
        text=body,
        paragraph_langs=paragraph_langs,
        lemmas=lemmas,
        n_words=len(lemmas),
    )
    return Ingested(record, doc.warnings, analysed)


def ingest_file(path: str | Path | Streamed) -> Ingested:
    """The record of one raw file (or of a stream named on the command line, read already); raises DecodeError for
    empty, binary or undecodable files, and for files that are not articles (JSONL, HTML...)."""
    name = path.path if isinstance(path, Streamed) else path
    source = display_name(name)
    if isinstance(path, Streamed):
        data = path.data
        sniff(data[:SNIFF_BYTES])
    else:
        data = read_bytes(path)
    text = decode(data)
    refuse_other_formats(text)
    ingested = build_record(plain_text(text), source)
    if source != str(name):
        ingested.warnings.insert(0, "file name is not valid UTF-8: its other bytes are written as \\xNN in `source`")
    return ingested


# --- The stage --------------------------------------------------------------------------------------------------


class IngestStage(MapStage):
    """The ingest map: one file (or a path the walk could not use) to an outcome. Its models are the language
    identifier and both lemmatizers, loaded together so workers forked afterwards share them. Given a tag stage
    (`ingest --tag`), it tags each record right after building it, in the same worker: the same lines as
    `ingest | tag`, without writing, reading and validating every record between two processes."""

    name = "ingest"

    def __init__(self, tag: TagStage | None = None) -> None:
        self.tag = tag

    def key(self) -> tuple:
        return ("ingest", self.tag.key() if self.tag else None)

    def build(self) -> Tagger | None:
        default_identifier().load_dictionaries()
        get_russian_lemmatizer()
        get_kazakh_lemmatizer()
        return self.tag.models() if self.tag else None

    def apply(self, tagger: Tagger | None, item: Path | Streamed | Skipped) -> Outcome:
        built = self._built(item)
        return built if isinstance(built, Outcome) else self._outcome(tagger, *built)

    def many(self, items: Iterable[Path | Streamed | Skipped]) -> Iterator[Outcome]:
        """With a tagger, TAG_STEP records are built, then tagged, in turn: the tables each step reads stay in the
        processor's cache over several records rather than pushing each other out at every one (4% less work in
        the one pass on the bench corpus than a record at a time)."""
        if self.tag is None:
            return map(self, items)
        return chain.from_iterable(map(self._built_then_tagged, batches(items, TAG_STEP)))

    def _built_then_tagged(self, items: list[Path | Streamed | Skipped]) -> list[Outcome]:
        tagger = self.models()
        built = [self._built(item) for item in items]
        return [one if isinstance(one, Outcome) else self._outcome(tagger, *one) for one in built]

    def _built(self, item: Path | Streamed | Skipped) -> Outcome | tuple[str, Ingested]:
        """The item's record (and where it came from), or the outcome of an item that makes none."""
        if isinstance(item, Skipped):
            return Outcome(item.path, skipped=item.reason)
        where = display_name(item.path if isinstance(item, Streamed) else item)
        try:
            return where, ingest_file(item)
        except DecodeError as exc:
            return Outcome(where, skipped=exc.reason, detail=exc.detail)
        except OSError as exc:
            return Outcome(where, skipped=f"unreadable ({exc.strerror or exc})")
        except Exception as exc:  # a bug of ours must cost one file, named, not the whole run
            return Outcome(where, skipped=f"internal error ({type(exc).__name__}: {exc}; please report)")

    @staticmethod
    def _outcome(tagger: Tagger | None, where: str, ingested: Ingested) -> Outcome:
        record, warnings, analysed = ingested
        if tagger is not None:
            record = tagger.tag(record, analysed)
        return Outcome(where, dump(record), warnings=[f"{where}: {w}" for w in warnings], size=len(record.text))
