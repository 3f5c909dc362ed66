"""Decoded texts that are not articles: JSONL, JSON, HTML, XML, CSV given to ingest by mistake.

Each would become one huge "article" of markup or data (a JSONL corpus gave a 7-million-word record). They are
refused with a reason that says what the file is and what to do instead. HTML is refused rather than extracted:
a page's text is the scraper's job (trafilatura and the like), and ingest reads the text files scrapers save.

Only the start of a text is looked at, and each test asks for what prose never has: a whole JSON value or JSON
object lines, a markup declaration or a page's tags throughout, or every line a row of the same number of fields.

A scraper that saved an article's text with its paragraph and emphasis tags left in (`<p>`, `<br>`, `<strong>`,
`&nbsp;`) saved an article all the same: `without_markup` takes those out, and ingest reads the text.
"""

from __future__ import annotations

import html
import re

import orjson

from .decode import DecodeError, clean_text

__all__ = ["refuse_other_formats", "without_markup"]

_HEAD_CHARS = 1 << 16
_JSONL = "JSONL, not an article: give records to kzhealth tag, filter or langid"
_JSON = "JSON, not an article"
_HTML = "HTML, not plain text: save the page as text, or extract its text first"
_XML = "XML, not an article"
_CSV = "CSV, not an article: a table"

_HTML_START = re.compile(r"<!doctype\s+html|<html[\s>]", re.IGNORECASE)
_XML_START = re.compile(r"<\?xml|<!doctype|<rss[\s>]|<feed[\s>]", re.IGNORECASE)  # XHTML opens like XML
_HTML_TAG = re.compile(
    r"</?(?:html|head|body|meta|link|script|style|div|span|p|a|br|hr|img|ul|ol|li|table|tr|td|th|h[1-6]|section"
    r"|article|header|footer|nav|main|strong|em|b|i|iframe|form|input|button|noscript|figure|figcaption)"
    r"(?=[\s/>])[^<>]{0,500}>",
    re.IGNORECASE,
)
# Tags of a page around the text (a layout, scripts, forms): a text with these throughout is a page, refused.
_PAGE_TAG = re.compile(
    r"</?(?:html|head|body|meta|link|script|style|div|img|table|tr|td|th|section|article|header|footer|nav"
    r"|main|iframe|form|input|button|noscript|figure|figcaption)(?=[\s/>])[^<>]{0,500}>",
    re.IGNORECASE,
)
# Tags of the text itself, which a scraper may leave in: line breaks where the text breaks, any other tag (and
# comment) dropped.
_BREAK_TAG = re.compile(r"<(?:br|hr|/?p|/?h[1-6]|/?li|/?ul|/?ol|/?blockquote)(?=[\s/>])[^<>]{0,500}>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<!--.{0,2000}?-->|</?[a-zA-Z][a-zA-Z0-9]{0,20}(?=[\s/>])[^<>]{0,500}>", re.DOTALL)
# a closing tag, or a line break left at a line's end: a text that only mentions a tag has neither
_LEFT_IN = re.compile(r"</(?:p|h[1-6]|li|strong|em|b|i|u|span|a)>|<br\s*/?>[ \t]*$", re.IGNORECASE | re.MULTILINE)
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#[xX][0-9a-fA-F]{2,5});")
# Tags in the head above which a text is markup, a page's if any is a page's tag: a story quoting a tag or two stays
# prose, and one left with its paragraph tags is read without them
_MIN_TAGS = 10
_CSV_MIN_ROWS = 5  # a few paragraphs may have the same number of commas by chance; five rows do not
_CSV_FIELD_MAX_CHARS = 60  # a header row holds names, not sentences


def refuse_other_formats(text: str) -> None:
    """Raise DecodeError when `text` (decoded, clean) is JSONL, JSON, HTML, XML or CSV rather than an article."""
    text = text.lstrip()
    head = text[:_HEAD_CHARS]
    if head[:1] in "{[":
        _refuse_json(text, head)
    if _HTML_START.match(head) or (_XML_START.match(head) and _HTML_START.search(head, 0, 2000)):
        raise DecodeError(_HTML)
    if _XML_START.match(head):
        raise DecodeError(_XML)
    if sum(1 for _ in zip(range(_MIN_TAGS), _HTML_TAG.finditer(head))) == _MIN_TAGS and _PAGE_TAG.search(head):
        raise DecodeError(_HTML)  # a page without its declaration, or with a scraper's date header above it
    _refuse_table(head, whole=len(text) == len(head))


def without_markup(text: str) -> str:
    """The text without the paragraph and emphasis tags a scraper left in it, and with its HTML entities read
    (`&nbsp;`, `&laquo;`, `&#171;`). A text that only mentions a tag or two (`_LEFT_IN`) is left as it is."""
    if "<" in text and _LEFT_IN.search(text):
        text = _ANY_TAG.sub("", _BREAK_TAG.sub("\n", text))
    if "&" in text and _ENTITY.search(text):
        # what decode takes out of a text (soft hyphens, zero-width spaces, carriage returns) may come back so
        text = clean_text(_ENTITY.sub(lambda entity: html.unescape(entity[0]), text))
    return text


def _refuse_json(text: str, head: str) -> None:
    first = head.split("\n", 1)[0].strip()
    if first.startswith("{") and _is_json(first):
        raise DecodeError(_JSONL if "\n" in text.rstrip() else _JSON)
    if _is_json(text):
        raise DecodeError(_JSON)


def _is_json(text: str) -> bool:
    try:
        orjson.loads(text)
    except orjson.JSONDecodeError:
        return False
    return True


def _refuse_table(head: str, whole: bool) -> None:
    rows = head.split("\n")
    if not whole:
        rows.pop()  # the head may end inside a row
    lines = [line for line in rows[:50] if line.strip()]
    if len(lines) < _CSV_MIN_ROWS:
        return
    for delimiter in (",", ";", "\t"):
        fields = lines[0].count(delimiter)
        if fields >= 2 and all(line.count(delimiter) == fields for line in lines):
            header = lines[0].split(delimiter)
            if all(len(name.strip()) <= _CSV_FIELD_MAX_CHARS and ". " not in name for name in header):
                raise DecodeError(_CSV)
