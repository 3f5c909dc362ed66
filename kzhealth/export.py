"""Records as a spreadsheet (CSV) or a typed columnar file (Parquet), streamed: one row per record, written as read.

CSV is for people with a spreadsheet: the columns an editor sorts and filters by, lists joined with `;`. Parquet is
for analysts: the same columns typed (date as a date, lists as lists, counts as integers) plus the text and the
lemmas, so DuckDB, pandas and polars read it with no options.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import BinaryIO

from .errors import UsageError
from .models import Record

# The story columns are always there, empty until `kzhealth stories` fills them, as the topics are until `tag`: a
# file's columns never depend on what its records hold, so a spreadsheet or a script reads every export alike.
CSV_COLUMNS = (
    "id", "date", "outlet", "lang", "title", "topics", "regions", "n_words", "source", "story", "story_size", "copy_of"
)
ROW_GROUP = 10_000  # records per Parquet row group: what is held in memory at once


def write_csv(records: Iterable[Record], out: BinaryIO, excel: bool = False) -> int:
    """One row per record; UTF-8, with a byte-order mark only for Excel, which needs it to read Cyrillic and
    Kazakh letters as UTF-8 (other tools would show the mark as a stray character). Returns the rows written."""
    text = io.TextIOWrapper(out, encoding="utf-8-sig" if excel else "utf-8", newline="", write_through=True)
    try:
        writer = csv.writer(text)
        writer.writerow(CSV_COLUMNS)
        written = 0
        cell = _inert if excel else str
        for record in records:
            writer.writerow(
                [
                    record.id,
                    record.date.isoformat() if record.date else "",
                    cell(record.outlet or ""),
                    record.lang,
                    cell(record.title or ""),
                    ";".join(record.topics or []),
                    ";".join(record.regions or []),
                    record.n_words,
                    cell(record.source),
                    record.story or "",
                    "" if record.story_size is None else record.story_size,
                    record.copy_of or "",
                ]
            )
            written += 1
        return written
    finally:
        text.detach()  # the stream belongs to the caller (stdout or an atomic file): do not close it


def _inert(value: str) -> str:
    """A scraped string that a spreadsheet would run as a formula (`=HYPERLINK(...)`), shown as text instead."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def _pyarrow():
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise UsageError("Parquet needs pyarrow: pip install 'kzhealth[parquet]'") from None
    return pyarrow


def parquet_schema(text: bool = True):
    """The Parquet columns; untagged records have null topics and regions, tagged ones without any an empty list;
    records not grouped by `stories` have null story columns, and copy_of is null but on a reprint."""
    pa = _pyarrow()
    strings = pa.list_(pa.string())
    columns = [
        ("id", pa.string()),
        ("date", pa.date32()),
        ("outlet", pa.string()),
        ("lang", pa.string()),
        ("lang_confidence", pa.float64()),
        ("title", pa.string()),
        ("topics", strings),
        ("regions", strings),
        ("n_words", pa.int64()),
        ("source", pa.string()),
        ("story", pa.string()),
        ("story_size", pa.int64()),
        ("copy_of", pa.string()),
    ]
    if text:
        columns += [("text", pa.string()), ("paragraph_langs", strings), ("lemmas", strings)]
    return pa.schema(columns)


def write_parquet(records: Iterable[Record], out: BinaryIO, text: bool = True) -> int:
    """Records as Parquet, a row group at a time, so memory holds ROW_GROUP records and no more. Returns the rows
    written."""
    pa = _pyarrow()
    schema = parquet_schema(text)
    names = schema.names
    written = 0
    with pa.parquet.ParquetWriter(out, schema, compression="zstd") as writer:
        batch: dict[str, list] = {name: [] for name in names}
        for record in records:
            for name in names:
                batch[name].append(getattr(record, name))
            written += 1
            if written % ROW_GROUP == 0:
                writer.write_table(pa.Table.from_pydict(batch, schema=schema))
                batch = {name: [] for name in names}
        if batch["id"] or written == 0:  # an empty input still gives a valid file with the schema
            writer.write_table(pa.Table.from_pydict(batch, schema=schema))
    return written
