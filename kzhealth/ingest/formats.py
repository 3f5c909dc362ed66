"""Decoded texts that are not articles: JSONL, JSON, HTML, XML, CSV given to ingest by mistake.

Each would become one huge "article" of markup or data (a JSONL corpus gave a 7-million-word record). They are
refused with a reason that says what the file is and what to do instead. HTML is refused rather than extracted:
a page's text is the scraper's job (trafilatura and the like), and ingest reads the text files scrapers save.

Only the start of a text is looked at, and each test asks for what prose never has: a whole JSON value or JSON
object lines, a markup declaration or a page's tags throughout, or every line a row of the same number of fields.

A scraper that saved an article's text with its paragraph and emphasis tags left in (`<p>`, `<br>`, `<strong>`,
`&nbsp;`) saved an article all the same, and so did a text browser (`lynx -dump`: link numbers, a list of the links'
addresses at the end, lines wrapped at 78 columns), an HTML-to-Markdown converter or reader service (`# Headline`,
`[link](url)`, `![photo](url)`, `**bold**`, a `Title:` / `URL Source:` head) and `pdftotext` (wrapped lines,
words hyphenated across them). So did a scraper that saved a feed's item as the feed gave it (RSS's `<item>`, Atom's
`<entry>`, in their XML): a feed of several items is several articles, and is refused; and so did an extraction
tool that wrote one article as a JSON object of its fields (Readability, trafilatura's and news-please's JSON). A
kzhealth record is no such article: records go to tag, filter or langid. `plain_text` gives the text
as a page shows it: one line a paragraph, headline, menu item or widget, which is what parse reads.
"""

from __future__ import annotations

import datetime
import email.utils
import html
import re
from collections import Counter
from collections.abc import Callable
from itertools import pairwise
from typing import NamedTuple
from urllib.parse import unquote

import orjson

from .decode import DecodeError, clean_text
from .outlets import known_outlet
from .parse import HEADER, LIST_MARK, URL_HOST, kazakhstan_day

__all__ = ["plain_text", "refuse_other_formats"]

_HEAD_CHARS = 1 << 16
_JSONL = "JSONL, not an article: give records to kzhealth tag, filter or langid"
_JSON = "JSON, not an article"
_HTML = "HTML, not plain text: save the page as text, or extract its text first"
_XML = "XML, not an article"
_CSV = "CSV, not an article: a table"
_FEED = "XML, a feed of {} items, not an article: save each item to a file of its own"

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
_TAG_SHAPE = r"<!--.{comment}?-->|</?[a-zA-Z][a-zA-Z0-9]{{0,20}}(?=[\s/>])[^<>]{{0,{attributes}}}>"
_ANY_TAG = re.compile(_TAG_SHAPE.format(comment="{0,2000}", attributes=500), re.DOTALL)
# a closing tag, or a line break left at a line's end: a text that only mentions a tag has neither
_LEFT_IN = re.compile(r"</(?:p|h[1-6]|li|strong|em|b|i|u|span|a)>|<br\s*/?>[ \t]*$", re.IGNORECASE | re.MULTILINE)
_ENTITY = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,6}|#[xX][0-9a-fA-F]{2,5});")
# Tags in the head above which a text is markup, a page's if any is a page's tag: a story quoting a tag or two stays
# prose, and one left with its paragraph tags is read without them
_MIN_TAGS = 10
# ... where the tags take _MARKUP_SHARE of the head or stand _MARKUP_TAGS_PER_LINE to a line (a page's source, saved on
# a few lines): a story left with a stray "<div>" and its paragraph tags is mostly its text, read without them
_MARKUP_SHARE = 0.3
_MARKUP_TAGS_PER_LINE = 3
_CSV_MIN_ROWS = 5  # a few paragraphs may have the same number of commas by chance; five rows do not
_CSV_FIELD_MAX_CHARS = 60  # a header row holds names, not sentences


def refuse_other_formats(text: str) -> None:
    """Raise DecodeError when `text` (decoded, clean) is JSONL, JSON, HTML, XML or CSV rather than an article."""
    text = text.lstrip()
    head = text[:_HEAD_CHARS]
    if head[:1] in "{[":
        if _json_article(text) is not None:  # an extraction tool's article, its story in HTML perhaps
            return
        _refuse_json(text, head)
    if _HTML_START.match(head) or (_XML_START.match(head) and _HTML_START.search(head, 0, 2000)):
        raise DecodeError(_HTML)
    items = _feed_items(text)
    if items is not None:  # a feed's one whole item is an article, however its XML looks
        if len(items) > 1:
            raise DecodeError(_FEED.format(len(items)))
        if not items or items[0].end < 0 or not _feed_item_lines(text, items[0]):
            raise DecodeError(_XML)
        return
    if _XML_START.match(head):
        raise DecodeError(_XML)
    tags = sum(1 for _ in zip(range(_MIN_TAGS), _HTML_TAG.finditer(head)))
    if tags == _MIN_TAGS and _PAGE_TAG.search(head) and _markup(head):
        raise DecodeError(_HTML)  # a page without its declaration, or with a scraper's date header above it
    _refuse_table(head, whole=len(text) == len(head))


def _markup(head: str) -> bool:
    tags = [tag[0] for tag in _HTML_TAG.finditer(head)]
    lines = head.count("\n") + 1
    return sum(map(len, tags)) >= _MARKUP_SHARE * len(head.strip()) or len(tags) >= _MARKUP_TAGS_PER_LINE * lines


def plain_text(text: str) -> str:
    """The text as the page showed it (see the module's docstring); a text that is that already comes back as it is."""
    items = _feed_items(text)
    if items:
        text = _feed_item_lines(text, items[0])
    elif (article := _json_article(text)) is not None:
        text = _json_article_lines(article)
    else:
        text = _without_markup(text)
    text = _without_tool_fields(_without_archive_toolbar(_without_code(text)))
    return _unwrapped(_without_markdown(_without_link_numbers(text)))


# A text-extraction tool's metadata over the text: trafilatura's block between "---" lines ("title: ...", "sitename:
# ...", "date: ..."), newspaper3k's fields down to its "Text:" line ("Title:", "Authors: [...]", "Publish date:",
# "Top image:", "Keywords:", "Summary:", as a script prints them: "Publish Date:", "Site name:", "Meta lang:"). The
# site's name, the headline and the date stay, as lines of a page; the
# rest (the address, the keywords, a summary that repeats the lead) goes. A scraper's ` date ` header stays first.
_SCRAPER_HEADER = r"\A((?: date [^\n]*\n)?)"  # a scraper's ` date ` header, kept first
_TOOL_BLOCK = re.compile(
    _SCRAPER_HEADER + r"---[ \t]*\n((?:[a-z][a-z_]*:[^\n]*\n(?:[ \t]++-[^\n]*\n)*){3,30})---[ \t]*\n"
)
_TOOL_FIELDS = re.compile(
    _SCRAPER_HEADER + r"((?:(?i:URL|Source URL|Canonical link|Title|Authors|Publish date|Top image|Movies|Keywords"
    r"|Summary|Site name|Meta lang|Meta description|Meta keywords):[^\n]*+\n"
    r"(?:(?![A-Z][A-Za-z ]*:)[^\n]*+\n)*+){3,})Text:[ \t]*\n"
)
_TOOL_FIELD = re.compile(r"^([A-Za-z][A-Za-z_ ]*):[ \t]*(.*)$", re.MULTILINE)
# A feed item as a feed tool saves it (rss2txt and the like): perhaps the tool's lines about the feed, then the item's
# fields ("Title:", "Link:", "pubDate: Mon, 03 Mar 2025 19:40:00 GMT", "Category:"), then "Description:" over its text
_FEED_ITEM = re.compile(
    r"^Title:[ \t]*(?P<title>\S[^\n]*)\n(?P<fields>(?:(?:Link|GUID|pubDate|Published|Updated|Author|Category|Comments|"
    r"Source):[^\n]*\n)+)(?:Description:[ \t]*\n?)?",
    re.MULTILINE,
)
FEED_HEAD_CHARS = 1500  # a feed item's fields stand this near the file's start
# ... under nothing but a scraper's header and a feed tool's own lines ("Feed: ...", "Saved: ...", "=====",
# "[item 7/40]  feed = ...")
_FEED_TOOL_LINE = re.compile(r" date [^\n]*|[A-Za-z][A-Za-z_ ]{0,20}:[^\n]*|[=\-_*#~]{3,}|\[[^\]\n]{1,30}\][^\n]*")


def _without_tool_fields(text: str) -> str:
    found = _TOOL_BLOCK.match(text) or _TOOL_FIELDS.match(text)
    if not found:
        return _without_json_ld(text) or _without_feed_fields(text)
    fields = {key.casefold(): _unquoted(value.strip()) for key, value in _TOOL_FIELD.findall(found[2])}
    source = fields.get("source", "")  # a name, or the address a web clipper saved it from
    site = (
        fields.get("sitename") or fields.get("site name") or fields.get("hostname")
        or (source if not URL_HOST.match(source) else "")
        or _url_host(fields.get("url", "") or source)
    )
    date = _field_day(fields.get("date") or fields.get("published") or fields.get("publish date", ""))
    rest = text[found.end() :]
    return _as_lines(found[1], (site, _without_site_suffix(fields.get("title", ""), rest), date), rest)


def _as_lines(header: str, values, rest: str) -> str:
    """A tool's metadata (the site, the headline, the day) as the page's lines over the rest of its text, under the
    scraper's header if any."""
    return header + "\n\n".join(value for value in values if value) + "\n\n" + rest


_TITLE_SUFFIX = re.compile(r"(?<!\s)\s++[|—–-]\s++[^|—–-]{1,40}$")


def _without_site_suffix(title: str, text: str) -> str:
    """A tool's title without the site's name the page's <title> adds ("... | Ертіс өңірі", "... — Tengrinews.kz"),
    where the page prints the headline without it."""
    suffix = _TITLE_SUFFIX.search(title)
    if suffix and suffix.start() > 0 and f"\n{title[: suffix.start()].strip()}\n" in f"\n{text}\n":
        return title[: suffix.start()].strip()
    return title


# One article as an extraction tool writes it in JSON: Readability's {"title", "byline", "content" (HTML),
# "textContent", "siteName", "publishedTime"}, trafilatura's {"title", "sitename", "hostname", "date", "text"},
# news-please's {"title", "maintext", "date_publish", "source_domain"}. Its site, headline and day become the page's
# lines over its story, as a tool's fields above a text do. Each field is the first of its names the object has.
_JSON_STORIES = ("content", "textContent", "text", "maintext", "articleBody")
_JSON_TITLES = ("title", "headline")
_JSON_SITES = ("siteName", "sitename", "source_domain", "hostname")
_JSON_DATES = ("publishedTime", "datePublished", "date_publish", "date", "published")
_JSON_RECORD = ("lemmas", "n_words", "lang_confidence")  # a kzhealth record's own fields


def _json_article(text: str) -> dict | None:
    """The fields of the article a text is, if it is one JSON object with a headline and a story (not a record)."""
    at = _SPACES.match(text).end()  # (no copy of the text: most are no JSON)
    if text[at : at + 1] != "{":
        return None
    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError:
        return None
    if not isinstance(data, dict) or any(field in data for field in _JSON_RECORD):
        return None
    return data if _json_field(data, _JSON_TITLES) and _json_field(data, _JSON_STORIES) else None


def _json_field(data: dict, names: tuple[str, ...]) -> str:
    return next((value.strip() for name in names if isinstance(value := data.get(name), str) and value.strip()), "")


def _json_article_lines(data: dict) -> str:
    """An extraction tool's article as the page's lines (see _JSON_STORIES); its story in HTML (Readability's
    "content") read as the text it shows."""
    story = _json_field(data, _JSON_STORIES)
    if _ANY_TAG.search(story):
        story = _html_text(story)
    stamp = _json_field(data, _JSON_DATES)
    values = (_json_field(data, _JSON_SITES), _as_plain(_json_field(data, _JSON_TITLES)), stamp and _field_day(stamp))
    return _as_lines("", values, story)


# A page's schema.org metadata that a scraper pasted above its text, on one line or several, perhaps in its <script>
# tag: {"@context": "https://schema.org", "@type": "NewsArticle", "headline": ..., "datePublished": ..., "publisher":
# {"name": ...}}. Like a tool's fields, the publisher and the day in Kazakhstan stay as the page's lines.
_JSON_LD_TYPE = '"@context"'
_JSON_LD_START = re.compile(_SCRAPER_HEADER + r"\s*(<script[^>\n]*ld\+json[^>\n]*>\s*)?(?=\{)", re.IGNORECASE)
_JSON_LD_MAX_CHARS = 1 << 15
_JSON_LD_ARTICLES = ("NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "WebPage")


def _without_json_ld(text: str) -> str | None:
    """The text with the schema.org block atop it read as the page's lines, or None if it has none."""
    found = _JSON_LD_START.match(text)
    if not found or _JSON_LD_TYPE not in text[found.end() : found.end() + 200]:
        return None
    start = found.end()
    if found[2]:  # in its tag: up to the closing one
        end = text.find("</script>", start, start + _JSON_LD_MAX_CHARS)
        block, rest = (text[start:end], end + len("</script>")) if end >= 0 else ("", 0)
    else:  # on its line, or over lines down to its closing brace alone on a line
        one = text.find("\n", start)
        end = one if one >= 0 else len(text)
        if not _is_json(text[start:end]):
            close = text.find("\n}", start, start + _JSON_LD_MAX_CHARS)
            end = close + 2 if close >= 0 else end
        block, rest = text[start:end], end
    try:
        data = orjson.loads(block)
    except orjson.JSONDecodeError:
        return None
    graph = data.get("@graph", [data]) if isinstance(data, dict) else []
    items = graph if isinstance(graph, list) else [graph]  # (one object for a graph, as some sites write it)
    article = next((item for item in items if isinstance(item, dict) and _article_type(item.get("@type"))), None)
    if article is None:
        return None
    publisher = _first(article.get("publisher"))
    if isinstance(publisher, dict) and "name" not in publisher:  # given by reference: {"@id": ".../#organization"}
        publisher = next((item for item in items if isinstance(item, dict) and item.get("@id") == publisher.get("@id")), {})
    site = publisher.get("name") if isinstance(publisher, dict) else None
    published = _first(article.get("datePublished"))
    day = _field_day(published) if isinstance(published, str) else ""
    # (its headline is left to the page's own: a search engine's shorter one would put the page's into the text)
    values = (value.strip() for value in (site, day) if isinstance(value, str))
    return _as_lines(found[1], values, text[rest:].lstrip("\n"))


def _first(value: object) -> object:
    """A schema.org value that may be given as a list of them: the first."""
    return value[0] if isinstance(value, list) and value else value


def _article_type(kind: object) -> bool:
    kinds = kind if isinstance(kind, list) else [kind]
    return any(k in _JSON_LD_ARTICLES for k in kinds if isinstance(k, str))


def _url_host(text: str) -> str:
    """The host of the first address in a text ("" if none): a site named by its page's address."""
    found = URL_HOST.search(text)
    return found[1] if found else ""


def _unquoted(value: str) -> str:
    """A field's value without the pair of quotes around it (a headline's own quotes stay)."""
    return value[1:-1] if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'" else value


def _field_day(stamp: str) -> str:
    """The day of a field's stamp in Kazakhstan (see parse.kazakhstan_day): an ISO or RFC 2822 stamp, its zone in
    figures or named (Z, UTC, GMT; RFC 2822's -0000 is UTC too); the stamp's first word if it is neither."""
    stamp = stamp.strip()
    try:
        moment = datetime.datetime.fromisoformat(_UTC_NAMED.sub("+00:00", stamp))
    except ValueError:
        try:
            moment = email.utils.parsedate_to_datetime(stamp)
        except (TypeError, ValueError, IndexError):
            return stamp.split(" ")[0].split("T")[0]
        if moment.tzinfo is None and stamp.endswith("-0000"):  # UTC, "with no information about the local zone"
            moment = moment.replace(tzinfo=datetime.timezone.utc)
    return kazakhstan_day(moment).isoformat()


_UTC_NAMED = re.compile(r"\s*+(?:Z|UTC|GMT)$")


def _without_feed_fields(text: str) -> str:
    """A feed item's fields as the page's lines: its site (the link's host), its headline and its day in Kazakhstan
    (a pubDate in GMT may be the next day there); the tool's lines above them go, a scraper's ` date ` header stays."""
    item = _FEED_ITEM.search(text, 0, FEED_HEAD_CHARS)
    # the tool's few lines may stand above the item's fields, but no page, no story's sentences (a paper cited in a
    # story: "Title: ... / Source: ..." under its lead)
    above = [line for line in text[: item.start()].splitlines() if line.strip()] if item else []
    if not item or not all(map(_FEED_TOOL_LINE.fullmatch, above)):
        return text
    fields = {key.casefold(): value.strip() for key, value in _TOOL_FIELD.findall(item["fields"])}
    site = fields.get("source") or _url_host(fields.get("link", ""))  # an aggregator's link is not the publisher's
    day = _field_day(fields.get("pubdate") or fields.get("published") or "")
    header = HEADER.match(text)
    return _as_lines(header[0] if header else "", (site, item["title"].strip(), day), text[item.end() :])


# A feed's item saved as XML, one to a file: RSS's <item> (in its <channel>, or RSS 1.0's <rdf:RDF>), Atom's <entry>
# (in its <feed>), or the item alone. Its publisher (the <source> an aggregator's item names, else the channel's or
# the feed's own title if it is a known outlet, else its link's site), its title and its day in Kazakhstan are the
# page's lines, over its story: the full content (content:encoded, Yandex Turbo's turbo:content, Atom's content) under
# the description when the content does not hold it, or the description alone, unless it is only links (an
# aggregator's related headlines); HTML in CDATA or escaped. A page saved under the item's fields follows them.
_FEED_START = re.compile(r"(?:<[?!][^>]*+>\s*+|<!--.*?-->\s*+)*<(?:rss|feed|rdf:RDF|item|entry)[\s>]", re.DOTALL)
_FEED_ITEM_OPEN = re.compile(r"<(item|entry)(?=[\s>])[^>]*+>")
_SPACES = re.compile(r"\s*+")
_FEED_CLOSE = re.compile(r"\A\s*+(?:</(?:channel|rss|feed|rdf:RDF)>\s*+)*")
_CDATA = re.compile(r"<!\[CDATA\[(.*?)\]\]>", re.DOTALL)
_FEED_DATES = ("pubDate", "published", "dc:date", "updated")
_FEED_CONTENTS = ("content:encoded", "turbo:content", "yandex:full-text", "content")
_FEED_SUMMARIES = ("description", "summary")
# (a tag of a feed's HTML may be long: WordPress's image with its srcset)
_HTML_ANY_TAG = re.compile(_TAG_SHAPE.format(comment="*", attributes=10000), re.DOTALL)
_LINK = re.compile(r"<a\s[^>]*+>.*?</a\s*+>", re.DOTALL | re.IGNORECASE)
_LINKS_ONLY_MAX_WORDS = 6  # besides its links, a list of headlines holds their outlets' names ("Informburo.kz")
_REDIRECT = re.compile(r"[?&](?:url|q)=(https?(?::|%3A)[^&]++)")  # a redirector's link: Google Alerts'


class _FeedItem(NamedTuple):
    start: int  # where its opening tag starts
    end: int  # where its closing tag ends, or -1 if the file ends first (cut short)
    xml: str  # what the tags hold


def _feed_items(text: str) -> list[_FeedItem] | None:
    """The items of a feed saved as XML (under a scraper's header, if any), the last perhaps cut short; None if the
    text is not one. Each opening's closing tag is found by a plain search: a cut feed costs one pass."""
    header = HEADER.match(text)
    at = _SPACES.match(text, header.end() if header else 0).end()
    if not _FEED_START.match(text, at):
        return None
    items = []
    while opening := _FEED_ITEM_OPEN.search(text, at):
        close = text.find(f"</{opening[1]}", opening.end())
        if close < 0:
            return [*items, _FeedItem(opening.start(), -1, text[opening.end() :])]
        at = text.find(">", close) + 1 or len(text)
        items.append(_FeedItem(opening.start(), at, text[opening.end() : close]))
    return items


def _feed_item_lines(text: str, item: _FeedItem) -> str:
    """A feed's one item as the page's lines (see _FEED_START), or "" if it has neither a title nor a story."""
    title = _as_plain(_xml_field(item.xml, "title"))
    content = _html_text(_xml_field(item.xml, *_FEED_CONTENTS))
    summary = _xml_field(item.xml, *_FEED_SUMMARIES)
    summary = "" if _links_only(summary) else _html_text(summary)
    if not (title or content.strip() or summary.strip()):
        return ""
    if " ".join(summary.split())[:60] in " ".join(content.split()):  # the description is the content's lead
        summary = ""
    source = _xml_field(item.xml, "source", raw=True)  # RSS's names the publisher; Atom's holds its title
    site = _as_plain(_xml_field(source, "title") or _xml_text(source))
    if site and title.endswith(f" - {site}"):  # an aggregator's title names the publisher after it
        title = title[: -len(site) - 3].rstrip()
    # else the channel's title if it is a known outlet ("Айқын" is Aikyn.kz, which a page's first line alone would not
    # say; not "Здоровье – Рудный Экспресс"), else the link's site, else the title
    channel = _as_plain(_xml_field(text[: item.start], "title"))
    link = _xml_field(item.xml, "link") or _link_href(item.xml)
    host = _url_host(unquote(redirect[1]) if (redirect := _REDIRECT.search(link)) else link)
    site = site or known_outlet(channel) or known_outlet(host) or host or channel
    stamp = _xml_field(item.xml, *_FEED_DATES)
    header = HEADER.match(text)
    below = _without_markup(_FEED_CLOSE.sub("", text[item.end :]))  # a page saved under the item's fields
    story = "\n\n".join(part for part in (summary, content, below) if part.strip())
    if below.strip() and not (summary.strip() or content.strip()):
        title = ""  # the page prints the headline itself, under its own head
    return _as_lines(header[0] if header else "", (site, title, _field_day(stamp) if stamp else ""), story)


def _xml_field(xml: str, *names: str, raw: bool = False) -> str:
    """The text of the first of some elements found in a piece of XML (tried in the order given): CDATA as it stands,
    the rest with its entities read; or, `raw`, its XML. "" if none is there."""
    for name in names:
        found = re.search(rf"<{re.escape(name)}(?:\s[^>]*+)?>(.*?)</{re.escape(name)}\s*+>", xml, re.DOTALL)
        if found:
            return found[1] if raw else _xml_text(found[1])
    return ""


def _xml_text(value: str) -> str:
    parts, at = [], 0
    for cdata in _CDATA.finditer(value):
        parts += [html.unescape(value[at : cdata.start()]), cdata[1]]
        at = cdata.end()
    return "".join([*parts, html.unescape(value[at:])])


def _as_plain(value: str) -> str:
    """A field's text on one line, without tags (an Atom title of type "html") and with its entities read (a title
    escaped in its CDATA, or twice: "&quot;", "&amp;laquo;")."""
    return " ".join(html.unescape(_HTML_ANY_TAG.sub("", value)).split())


def _links_only(html_text: str) -> bool:
    """Whether a piece of HTML is links and little else: an aggregator's list of the story's headlines."""
    return bool(_LINK.search(html_text)) and len(_html_text(_LINK.sub(" ", html_text)).split()) <= _LINKS_ONLY_MAX_WORDS


def _link_href(item: str) -> str:
    """Atom's link to the page: the alternate one (not "edit", "replies" or "self")."""
    links = re.findall(r"<link\s[^>]*+>", item)
    page = next((link for link in links if re.search(r"""rel=["']alternate["']""", link)), None)
    page = page or next((link for link in links if "rel=" not in link), "")
    found = re.search(r"""href=["']([^"']++)""", page)
    return html.unescape(found[1]) if found else ""


def _without_markup(text: str) -> str:
    """The text without the paragraph and emphasis tags a scraper left in it, and with its HTML entities read
    (`&nbsp;`, `&laquo;`, `&#171;`). A text that only mentions a tag or two (`_LEFT_IN`) is left as it is."""
    return _html_text(text, _ANY_TAG) if "<" in text and _LEFT_IN.search(text) else _entities_read(text)


def _html_text(text: str, tag: re.Pattern = _HTML_ANY_TAG) -> str:
    """HTML's text: its tags gone, a line broken where the text breaks, its entities read."""
    return _entities_read(tag.sub("", _BREAK_TAG.sub("\n", text)))


def _entities_read(text: str) -> str:
    if "&" in text and _ENTITY.search(text):
        # what decode takes out of a text (soft hyphens, zero-width spaces, carriage returns) may come back so
        text = clean_text(_ENTITY.sub(lambda entity: html.unescape(entity[0]), text))
    return text


# What a browser runs or styles and never shows, which a naive scraper (all of the HTML's text) keeps: a script's code
# (gtag, Yandex.Metrika, a framework's state, `window.__NUXT__={...}`, which repeats the headline and other stories')
# and a stylesheet's rules. A line is code when it has two or more of `{}();=` and a sign of code (a call is one
# only glued to its name and with a quote, a bracket or a name in it: "gtag('js', new Date());", not a list's
# "Vaxigrip (Франция);").
_CODE_SIGN = re.compile(
    r"\bfunction\s*+[\w$]*+\s*+\(|=>\s*+[{(]|\b(?:window|document|navigator)\.[\w$]|\b(?:var|let|const)\s++[\w$]++\s*+=|"
    r"@media\b|@font-face\b|@import\b|!important\b|\b__[A-Z][A-Z_]*+__\b|"
    r"^[ \t]*+[a-zA-Z_$][\w$.]*+\((?:\)|[\'\"\[{]|[\w$.]++[,)]).*\)[ \t]*+;[ \t]*+$|"
    r"^[ \t]*+\{[ \t]*+\"[\w$-]++\"[ \t]*+:|"  # a framework's state as JSON, {"props":... (not JSON-LD's "@context")
    r"^[ \t]*+[.#]?[a-zA-Z][\w-]*+(?:[ \t]*+[,>+~ ][ \t]*+[.#]?[a-zA-Z][\w-]*+)*+[ \t]*+\{[^{}\n:]*+:[^{}\n]*+\}",
    re.MULTILINE,
)
_CODE_MIN_MARKS = 2


# ... one of which every sign holds: most pages have none, and a test in C spares them the pattern
_CODE_HINTS = ("{", ");", "function", "=>", "window.", "document.", "navigator.", "var ", "let ", "const ", "@media",
               "@font-face", "@import", "!important", "__")


def _without_code(text: str) -> str:
    if not any(hint in text for hint in _CODE_HINTS):
        return text
    lines = text.split("\n")
    kept = [line for line in lines if not (sum(map(line.count, "{}();=")) >= _CODE_MIN_MARKS and _CODE_SIGN.search(line))]
    return text if len(kept) == len(lines) else "\n".join(kept)


# The Wayback Machine's toolbar above the page it keeps: from its first "The Wayback Machine - https://web.archive.org/"
# line to its last (it prints one above the toolbar and one below) or to its TIMESTAMPS heading; a scraper's
# ` date ` header glued to the first stays
_ARCHIVE_LINE = re.compile(r"^The Wayback Machine - https?://web\.archive\.org/\S*[ \t]*$", re.MULTILINE)
_ARCHIVE_END = re.compile(r"^TIMESTAMPS[ \t]*$", re.MULTILINE)
_ARCHIVE_TOOLBAR_CHARS = 1 << 13


def _without_archive_toolbar(text: str) -> str:
    if "The Wayback Machine" not in text[:_ARCHIVE_TOOLBAR_CHARS]:
        return text
    header = HEADER.match(text)
    head, body = (header[0].rstrip() + " ", text[header.end() :]) if header else ("", text)
    lines = list(_ARCHIVE_LINE.finditer(body, 0, _ARCHIVE_TOOLBAR_CHARS))
    if not lines:
        return text
    end = _ARCHIVE_END.search(body, lines[0].end(), _ARCHIVE_TOOLBAR_CHARS)
    last = lines[-1].end() if len(lines) > 1 else end.end() if end else lines[0].end()
    return head + body[: lines[0].start()] + body[last:].lstrip("\n")


# `lynx -dump`: "[12]Новости", images as "[alt text]", form fields, and the links' addresses after "References"
_LINK_NUMBER = re.compile(r"\[\d{1,4}\]")
_LINK_LIST = re.compile(
    r"^[ \t]*(?:References|Ссылки|Сілтемелер|Visible links:?)[ \t]*\n(?:[ \t]*\n)*[ \t]*1\.[ \t]+\S", re.MULTILINE
)
_LYNX_FURNITURE = re.compile(r"^[ \t]*\[[^\]\n]{1,300}\][ \t]*$|\(BUTTON\)|\(IMAGE\)|_{5,}|^[ \t]*#", re.MULTILINE)
_MIN_LINK_NUMBERS = 5


def _without_link_numbers(text: str) -> str:
    """A text browser's dump without its link numbers, form fields and image placeholders, and without the list of
    addresses it ends with."""
    if "[" not in text or "]" not in text:
        return text
    links = _LINK_LIST.search(text)
    if not links or sum(1 for _ in zip(range(_MIN_LINK_NUMBERS), _LINK_NUMBER.finditer(text))) < _MIN_LINK_NUMBERS:
        return text
    return _LYNX_FURNITURE.sub("", _LINKED_LINE.sub(_unlinked, text[: links.start()]))


_LINKED_LINE = re.compile(r"^[^\n\[]*+\[\d{1,4}\][^\n]*", re.MULTILINE)
_LINKED_ITEM_MAX_WORDS = 4  # a menu's item: "[8]Қаз [9]Рус [10]Eng [11]Версия для слабовидящих"


def _unlinked(line: re.Match) -> str:
    """A line without its link numbers; a line of links that are short items (a menu, a language switch) keeps them
    apart by wide gaps, as a browser's page does ("Қаз   Рус   Eng   Версия для слабовидящих")."""
    parts = _LINK_NUMBER.split(line[0])
    items = [item for part in parts if (item := part.strip())]
    if len(parts) > 2 and len(items) > 1 and all(
        len(item.split()) <= _LINKED_ITEM_MAX_WORDS and (item[-1].isalnum() or item[-1] in ")»\"") for item in items
    ):  # (not a trail, whose parts its marks keep apart: "[24]Главная > [25]Пресс-центр > [26]Новости")
        return line[0][: len(line[0]) - len(line[0].lstrip())] + "   ".join(items)
    return _LINK_NUMBER.sub("", line[0])


# Markdown: links and images, headings, emphasis, rules, quotes, escapes; a reader service's head lines
# (a part stops at the next bracket, so a text of many "[a](" is read once, not once per bracket)
_MD_IMAGE = re.compile(r"!\[([^\]\[\n]{0,300})\]\(([^)\s\[]{0,2000})(?:[ \t]+\"[^\"\n]{0,300}\")?\)")
_MD_LINK = re.compile(r"\[([^\]\[\n]{0,500})\]\([^)\s\[]{0,2000}(?:[ \t]+\"[^\"\n]{0,300}\")?\)")
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+", re.MULTILINE)
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)([^\n]{1,500}?)(?<=\S)\1")
_MD_RULE = re.compile(r"^[ \t]*(?:(?:[-*_][ \t]*){3,}|={3,}[ \t]*)$", re.MULTILINE)
_MD_LINE_START = re.compile(r"^[ \t]*(?:>[ \t]?|[*+][ \t]+)", re.MULTILINE)
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])")
_READER_HEAD = re.compile(r"^(?:Title|URL Source|Markdown Content):[ \t]*", re.MULTILINE)
_MD_MIN_MARKS = 3
# pandoc's Markdown: fenced divs (":::: {.article-meta}" ... ":::"), a span's or a heading's attributes
# ("[27 ноября 2024]{.date}", "# Headline {#title .article-title}", "[Vlast.kz](https://vlast.kz/){.logo}") and a
# backslash ending a line (a line break)
_PANDOC_FENCE = re.compile(r"^[ \t]*:{3,}[^\n]*\n?", re.MULTILINE)
_PANDOC_SPAN = re.compile(r"\[([^\]\[\n]{0,500})\]\{[#.][^{}\n]{0,200}\}")
_PANDOC_ATTRIBUTES = re.compile(r"(?<![ \t])[ \t]*+\{[#.][^{}\n]{0,200}\}")
_PANDOC_BREAK = re.compile(r"\\$", re.MULTILINE)


def _logo_alt(text: str) -> Callable[[re.Match], str]:
    """What an image becomes: the logo's alt text (the site's name; a reader service numbers its images: "Image 1:
    Tengrinews.kz"), another image nothing. The logo stands in the page's head (above its first heading), named so
    ("/img/logo.png") or linking to the site's own home (the host most of the page's links go to: "[![Дидар](/img/
    header.svg)](https://didar.kz/)"; not a banner linking to an advertiser's)."""
    heading = _MD_HEADING.search(text)
    head_end = heading.start() if heading else _MD_HEAD_CHARS
    hosts = Counter(_host(found[1]) for found in _LINK_HOST.finditer(text, 0, 1 << 16))
    own = hosts.most_common(1)[0][0] if hosts else None

    def alt(image: re.Match) -> str:
        if image.start() >= head_end:
            return ""
        home = _HOME_LINK.match(text, image.end())  # relative ("/"), or the own host's root
        logo = _LOGO_IMAGE.search(image[2]) or (home and (home[1] is None or _host(home[1]) == own))
        return _IMAGE_NUMBER.sub("", image[1]) if logo else ""

    return alt


_MD_HEAD_CHARS = 2000  # a page without headings: its head
_LOGO_IMAGE = re.compile(r"logo", re.IGNORECASE)
_LINK_HOST = re.compile(r"\]\(https?://([^/\s)]+)")
_HOME_LINK = re.compile(r"\]\((?:https?://([^/\s)]+))?/?\)")
_IMAGE_NUMBER = re.compile(r"^Image \d+:\s*")


def _host(host: str) -> str:
    return host.casefold().removeprefix("www.")


def _without_markdown(text: str) -> str:
    """A Markdown text as it reads: link texts without their addresses, no images but the logo's alt text (the
    site's name), headings and emphasis without their marks, list items as bullets. A text with fewer than a few
    Markdown marks is left as it is."""
    if "\n:::" in text or text.startswith(":::"):  # pandoc's, whatever else it has
        text = _PANDOC_ATTRIBUTES.sub("", _PANDOC_SPAN.sub(r"\1", _PANDOC_FENCE.sub("", text)))
        text = _PANDOC_BREAK.sub("", text)
    if "](" not in text and "\n#" not in text:
        return text
    marks = len(_MD_LINK.findall(text, 0, 1 << 16)) + len(_MD_HEADING.findall(text, 0, 1 << 16))
    if marks < _MD_MIN_MARKS:
        return text
    text = _MD_LINK.sub(r"\1", _MD_IMAGE.sub(_logo_alt(text), text))
    text = _MD_EMPHASIS.sub(r"\2", _MD_HEADING.sub("", text))
    text = _MD_LINE_START.sub(lambda m: "• " if m[0].strip() in "*+" else "", _MD_RULE.sub("", text))
    return _READER_HEAD.sub("", _MD_ESCAPE.sub(r"\1", text))


# Lines wrapped at a fixed width (a text browser's 78 or 80 columns, a PDF's page): many lines are about that wide,
# few are wider, and several go on in a next line that opens in lower case (a page saved one paragraph or headline
# a line has lines of 60 to 100 characters too, but the next line opens a new sentence). A line goes on in the next
# where the next one's first word would not have fitted after it (a paragraph's last line leaves room), unless the
# next opens a list item; "здраво-" + "охранения" is one word.
# text browsers wrap at 72 to 80 columns, PDF pages at 60 to 100 characters, a paper's column at 30 to 45: a column as
# narrow as a chat's or a poem's lines only with words hyphenated at its lines' ends
_WRAP_WIDTHS = (30, 100)
_WRAP_COLUMN_WIDTH = 60  # ... narrower than this
_WRAP_COLUMN_HYPHENS = 2  # ... with this many hyphenated line ends at least
_WRAP_MIN_LINES = 5  # lines near the width: fewer lines of about one length are not a wrapped text
_WRAP_NEAR = 0.85  # near the width
_WRAP_SLACK = 2  # characters a wrapping tool may leave unused at a line's end
_WRAP_MIN_CONTINUED = 2  # lines near the width followed by one in lower case
_WRAP_WIDTH_SHARE = 0.95  # the width: the length this share of the lines stays within
_WRAP_OVER = 1.3  # a line longer than this share of the width is no wrapped line
_HEADING_MAX_CHARS = 120  # a heading broken over two lines is shorter than this
_HYPHENATED = re.compile(r"[^\W\d_][-¬]$")  # (an OCR prints a soft hyphen as ¬)


def _unwrapped(text: str) -> str:
    lines = text.split("\n")
    stripped = [line.strip() for line in lines]
    lengths = sorted(len(line) for line in stripped if line)
    if len(lengths) < _WRAP_MIN_LINES:
        return text
    width = lengths[int(_WRAP_WIDTH_SHARE * (len(lengths) - 1))]
    near = sum(1 for length in lengths if _WRAP_NEAR * width <= length <= width)
    if not _WRAP_WIDTHS[0] <= width <= _WRAP_WIDTHS[1] or near < _WRAP_MIN_LINES:
        return text
    continued = sum(
        1
        for line, below in pairwise(stripped)
        if len(line) >= _WRAP_NEAR * width and below[:1].islower()
    )
    if continued < _WRAP_MIN_CONTINUED:
        return text
    column = width < _WRAP_COLUMN_WIDTH
    if column and sum(1 for line in stripped if _HYPHENATED.search(line)) < _WRAP_COLUMN_HYPHENS:
        return text
    paragraphs: list[list[str]] = []  # each a list of its lines' pieces, joined once at the end
    last = ""  # the last line as printed
    head = column  # above the column's first wrapped line: where a headline broken over two lines stands
    for i, (raw, line) in enumerate(zip(lines, stripped)):
        wrapped = bool(last and line) and _goes_on(last, line, width)
        head = head and not wrapped
        if wrapped or (head and last and line and _heading_goes_on(stripped, i)):
            pieces = paragraphs[-1]
            if _HYPHENATED.search(last) and (line[0].islower() or last.isupper()):
                pieces[-1] = pieces[-1][:-1]  # "здраво-" + "охранения", "АНЕСТЕЗИО-" + "ЛОГА"
            else:
                pieces.append(" ")
            pieces.append(line)
        else:
            paragraphs.append([line if line else raw])
        last = line
    return "\n".join("".join(pieces) for pieces in paragraphs)


def _heading_goes_on(lines: list[str], i: int) -> bool:
    """Whether line `i` is the second of a headline of two short lines set apart by blank lines, which a paper's
    column breaks ("Диализ теперь" / "рядом с домом"): it opens in lower case and is no address, and the first ends no
    sentence or clause; or the first ends in a hyphenated word ("ЦЕНА ОШИБКИ АНЕСТЕЗИО-" / "ЛОГА"). (Two lines in
    capitals are not joined: a masthead over a rubric, a rubric over a headline, a headline over a byline.)"""
    if i < 1 or (i >= 2 and lines[i - 2]) or (i + 1 < len(lines) and lines[i + 1]):
        return False
    first, second = lines[i - 1], lines[i]
    if len(first) + len(second) >= _HEADING_MAX_CHARS or first[-1] in ".!?…:;,":
        return False
    return bool(_HYPHENATED.search(first)) or (second[0].islower() and "." not in second)


def _goes_on(line: str, below: str, width: int) -> bool:
    if LIST_MARK.match(below) or len(line) > _WRAP_OVER * width:  # (a line far wider than the column is none of it:
        return False  # a running head over a newspaper's column)
    # a sentence's end at the line's end and a capital next: perhaps a new paragraph, so the lines stay apart
    if line.rstrip("»\"”)")[-1:] in ".!?…" and below[:1].isupper():
        return False
    return len(line) + 1 + len(below.split(None, 1)[0]) > width - _WRAP_SLACK


def _refuse_json(text: str, head: str) -> None:
    first = head.split("\n", 1)[0].strip()
    if first.startswith("{") and _is_json(first) and not (_JSON_LD_TYPE in first and not _json_under(head)):
        raise DecodeError(_JSONL if "\n" in text.rstrip() else _JSON)
    if _is_json(text):
        raise DecodeError(_JSON)


def _json_under(head: str) -> bool:
    """Whether the line under a text's first (the next not blank) is JSON too: JSON Lines, not a page under its
    schema.org block."""
    below = next((line.strip() for line in head.split("\n")[1:] if line.strip()), "")
    return below.startswith("{") and _is_json(below)


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
