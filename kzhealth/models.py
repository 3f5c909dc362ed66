"""The record: one JSON object per line, the contract between kzhealth's stages and the tools users pipe into."""

from __future__ import annotations

import datetime as dt
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 2  # 2 added `script`; version-1 records are read with script null

Lang = Literal["ru", "kk", "other"]
LANGS: tuple[str, ...] = get_args(Lang)


class Evidence(BaseModel):
    """Why a tag was given: its score and the matched terms with their counts."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    score: float
    terms: dict[str, int]


class Record(BaseModel):
    """One news document. `ingest` fills everything up to `lemmas`; `tag` adds topics, regions and evidence."""

    model_config = ConfigDict(extra="allow", defer_build=True)  # extra: fields other tools added pass through untouched

    schema_version: int = Field(SCHEMA_VERSION, description="Version of this record layout.")
    id: str = Field(description="Stable content id: the same text gives the same id on any machine.")
    source: str = Field(description="Path of the raw file as it was read.")
    date: dt.date | None = Field(description="Publication date (YYYY-MM-DD), or null when the file gives none.")
    title: str | None = Field(description="The headline, or null when the item has none.")
    outlet: str | None = Field(description="The publisher the text names (normalised), or null.")
    lang: Lang = Field(description="Language of most of the body: ru, kk or other.")
    lang_confidence: float = Field(ge=0.0, le=1.0)
    script: str | None = Field(
        None,
        description="ISO 15924 code, lower case, of the script of most of the text's letters: cyrl, latn, arab, ... "
        "(zyyy when it has none); null in version-1 records, which predate it.",
    )
    text: str = Field(description="Clean body text; paragraphs separated by a newline.")
    paragraph_langs: list[Lang] = Field(
        default_factory=list, description="Language of each paragraph of `text` (text.split('\\n')), in order."
    )
    lemmas: list[str] = Field(
        default_factory=list, description="Lower-case lemmas of the word tokens of the title, then of the text."
    )
    n_words: int = Field(0, ge=0, description="Number of word tokens (title and text).")
    topics: list[str] | None = Field(None, description="Topic ids, after `tag`.")
    regions: list[str] | None = Field(None, description="Region ids, after `tag`.")
    topic_evidence: dict[str, Evidence] | None = Field(None, description="Per topic id: score and matched terms.")
    region_evidence: dict[str, Evidence] | None = Field(None, description="Per region id: score and matched names.")
    story: str | None = Field(None, description="After `stories`: the content id of the story's earliest record.")
    story_size: int | None = Field(None, ge=1, description="After `stories`: the number of records in the story.")
    copy_of: str | None = Field(
        None, description="After `stories`, on a near-verbatim copy: the id of the earliest record it copies."
    )

    @property
    def paragraphs(self) -> list[str]:
        return self.text.split("\n") if self.text else []


TAG_FIELDS = frozenset({"topics", "regions", "topic_evidence", "region_evidence"})
STORY_FIELDS = frozenset({"story", "story_size", "copy_of"})
# left out while null: the tag and story fields until `tag` and `stories` set them, and `script` of a version-1
# record, which passes through `tag` and `filter` in its own layout
NULL_LEFT_OUT = TAG_FIELDS | STORY_FIELDS | {"script"}


def record_dict(record: Record) -> dict:
    """The fields of a record, ready for orjson (nested models aside); tag and story fields are left out until `tag`
    and `stories` have set them (and a version-1 record's missing script stays missing), and fields other tools
    added are kept. The lists are the record's own, not copies."""
    value = dict(record.__dict__)
    if record.__pydantic_extra__:
        value.update(record.__pydantic_extra__)
    for name in NULL_LEFT_OUT:
        if value.get(name) is None:
            value.pop(name, None)
    return value


def outlet_key(name: str, aliases: bool = True) -> str:
    """How outlet names compare: as one outlet whatever alias names it (`Egemen.kz` is `Egemen Qazaqstan`), without
    case and without a domain suffix (`zakon`, `Zakon.kz`, `ZAKON.KZ` are one). With `aliases=False`, case and the
    domain suffix only, as shared/eval/README.md scores outlets (`Sputnik Казахстан` is not `Sputnik Kazakhstan`)."""
    if aliases:
        from .ingest.outlets import canonical_outlet  # the outlets table, loaded only when names are compared

        name = canonical_outlet(name)
    key = " ".join(name.split()).casefold()
    head, dot, tail = key.rpartition(".")
    return head if dot and tail.isalpha() and len(tail) <= 4 else key
