"""Raw bytes of a scraped file -> clean text, or a DecodeError that says why not.

Encodings, in the order they are tried:
- a byte-order mark decides: UTF-8, UTF-16 or UTF-32 (LE/BE);
- UTF-16/32 without a mark, when NUL bytes sit where ASCII characters would put them and the text is plausible;
- UTF-8 (the common case: one `bytes.decode`), and UTF-8 that holds mojibake (UTF-8 once read as cp1251 or Latin-1
  and saved again, "РњРёРЅР·РґСЂР°РІ"), read back when nearly every letter is such a pair;
- the single-byte Cyrillic code pages cp1251 (Windows Russian), KZ-1048 (Windows Kazakh), KOI8-R, cp866 (DOS),
  ISO-8859-5 and Mac Cyrillic, each scored on a sample as Russian/Kazakh text; one is taken only when it scores as
  plausible text, because any bytes at all decode as cp1251;
- UTF-8 with some lines in one of those code pages (a paragraph pasted from an old file): line by line;
- UTF-8 with a few bad bytes (a file cut in the middle of a character) decodes with U+FFFD in their place.

Cleaning, in this order (each step is skipped when a cheap search finds nothing to do):
CR LF and lone CR become LF; other line and page breaks (VT, FF, NEL, U+2028/9, FS/GS/RS) become LF, so that
`str.splitlines` and `split("\\n")` agree downstream; other C0/C1 controls and invisible junk (zero-width space,
word joiner, stray BOM, soft hyphen, bidi marks) are removed; Unicode NFC; Latin look-alike letters inside a word
that is otherwise Cyrillic are folded to Cyrillic, and the reverse.

A charset detector (charset-normalizer) was measured against these rules and not used: on news-dev paragraphs cut to
60 characters it read 85% of cp1251 and 73% of KOI8-R right (these rules: all), at 1-2 ms a file against 0.2 ms.
"""

from __future__ import annotations

import codecs
import math
import re
import unicodedata
from collections import Counter

from ..errors import InputError
from ..lang.tokenize import KAZAKH_CAPITALS, KAZAKH_LETTERS

__all__ = ["DecodeError", "decode", "clean_text", "fold_homoglyphs"]


class DecodeError(InputError):
    """A file that gives no text. `reason` is one short stable word a summary can count by:
    "empty" (nothing but whitespace or invisible characters), "binary" (an image, a PDF, NUL- or
    control-heavy data), "undecodable" (text in no encoding we can read reliably) or "too large" (past
    MAX_DOCUMENT_BYTES)."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


# --- Binary ------------------------------------------------------------------------------------------------------

# Leading bytes of formats that turn up with a `.txt` name in scraped folders. Signatures made of letters are
# written out far enough (version bytes, RIFF's form type) that a text opening with the same word is still text.
_MAGIC = re.compile(
    b"|".join([
        re.escape(b"\x89PNG\r\n\x1a\n"),
        b"\xff\xd8\xff",  # JPEG
        b"GIF8[79]a",
        re.escape(b"%PDF-"),
        b"PK\x03\x04",  # zip, docx, xlsx, epub
        b"\x1f\x8b",  # gzip
        re.escape(b"\x28\xb5\x2f\xfd"),  # zstd
        b"BZh[1-9]1AY&SY",
        b"\xfd7zXZ\x00",
        b"7z\xbc\xaf\x27\x1c",
        re.escape(b"Rar!\x1a\x07"),
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",  # old MS Office (.doc, .xls)
        re.escape(b"{\\rtf"),  # RTF is text, but its text is buried in markup we do not read
        b"\x7fELF",
        b"MZ\x90\x00",
        b"RIFF.{4}(?:WEBP|WAVE|AVI )",
        b"OggS\x00",
        b"ID3[\x02-\x04]",
        b"II[*]\x00",  # TIFF
        b"MM\x00[*]",
        b"SQLite format 3\x00",
        b"\x00\x00\x01\x00",  # ICO
        b"wOF[F2]\x00",
    ]),
    re.DOTALL,
)

# A tar archive names its first member in its first bytes, so it opens like text: its mark stands at byte 257.
_TAR_MAGIC = (257, (b"ustar\x00", b"ustar  \x00"))  # POSIX and GNU tar headers: a NUL ends the magic

# Share of control characters (after line breaks are normalised) above which data is binary, not dirty text.
# Random bytes give about 10%; real dirty text well under 1%.
_MAX_CONTROL_SHARE = 0.05


# --- Cleaning tables -------------------------------------------------------------------------------------------

_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_CONTROLS = "".join(chr(c) for c in [*range(0x00, 0x09), *range(0x0E, 0x1C), *range(0x1F, 0x20)])
_CONTROLS += "\x7f" + "".join(chr(c) for c in range(0x80, 0xA0) if c != 0x85)
# Invisible characters that only break words apart for search and tokenizing. ZWJ (U+200D) stays: it joins emoji.
_INVISIBLE = "\u00ad\u180e\u200b\u200c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064"
_INVISIBLE += "\u2066\u2067\u2068\u2069\u206a\u206b\u206c\u206d\u206e\u206f\ufeff\ufff9\ufffa\ufffb"

_JUNK_RE = re.compile("[" + re.escape(_BREAKS + _CONTROLS + _INVISIBLE) + "]")
_BREAK_RE = re.compile("[" + re.escape(_BREAKS) + "]")
_DROP_RE = re.compile("[" + re.escape(_CONTROLS + _INVISIBLE) + "]")
_CONTROL_RE = re.compile("[" + re.escape(_CONTROLS) + "]")

# --- Homoglyphs -------------------------------------------------------------------------------------------------

# Pairs of letters that look alike in common fonts: Cyrillic, Latin. Kazakh letters included (і/i, һ/h, ә/ə, ө/ɵ).
_HOMOGLYPH_PAIRS = (
    "аa еe оo рp сc уy хx кk іi һh јj ѕs ԛq ԝw ёë їï әə өɵ "
    "АA ВB ЕE КK МM НH ОO РP СC ТT ХX УY ІI ЈJ ЅS ԚQ ԜW ЁË ЇÏ ӘƏ ӨƟ"
).split()
_TO_CYRILLIC = {ord(lat): cyr for cyr, lat in _HOMOGLYPH_PAIRS}
_TO_LATIN = {ord(cyr): lat for cyr, lat in _HOMOGLYPH_PAIRS} | {ord("ү"): "y", ord("Ү"): "Y"}

_CYR = "\u0400-\u052f"
_LAT = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02af"
_CYR_RE = re.compile(f"[{_CYR}]")
_LAT_RE = re.compile(f"[{_LAT}]")
_ONLY_CYR_RE = re.compile(f"(?![{''.join(map(chr, _TO_LATIN))}])[{_CYR}]")
_ONLY_LAT_RE = re.compile(f"(?![{''.join(map(chr, _TO_CYRILLIC))}])[{_LAT}]")
# A Latin letter next to a Cyrillic one: the only place where a word can mix the two scripts. Starting with the
# Latin letter lets the regex engine skip fast over Cyrillic text.
_SCRIPT_SEAM_RE = re.compile(f"[{_LAT}](?:(?<=[{_CYR}][{_LAT}])|(?=[{_CYR}]))")
_LETTERS_RE = re.compile(r"[^\W\d_]*")


def _fold_word(word: str) -> str:
    """`word` in one script when its letters that have no look-alike say which; else as it is."""
    cyr, lat = len(_CYR_RE.findall(word)), len(_LAT_RE.findall(word))
    only_cyr, only_lat = _ONLY_CYR_RE.search(word), _ONLY_LAT_RE.search(word)
    if only_cyr and only_lat:
        return word  # really both scripts (a brand glued to a suffix): nothing safe to do
    if only_cyr or (not only_lat and cyr > lat):
        return word.translate(_TO_CYRILLIC)
    if only_lat or lat > cyr:
        return word.translate(_TO_LATIN)
    return word


def fold_homoglyphs(text: str) -> str:
    """Latin look-alikes inside Cyrillic words folded to Cyrillic (`Минздрaв`), and the reverse (`Zаkon`).

    Only words where the two scripts touch are looked at, so text without such a word is returned as it is after
    one regex search. Each word is visited once, so the work stays linear however long the words are."""
    seam = _SCRIPT_SEAM_RE.search(text)
    if seam is None:
        return text
    pieces: list[str] = []
    done = 0
    while seam is not None:
        start = seam.start()
        while start > done and text[start - 1].isalpha():
            start -= 1
        end = _LETTERS_RE.match(text, seam.start()).end()
        pieces.append(text[done:start])
        pieces.append(_fold_word(text[start:end]))
        done = end
        seam = _SCRIPT_SEAM_RE.search(text, end)
    pieces.append(text[done:])
    return "".join(pieces)


# Letters an OCR reads for digits inside a number ("2О24", "8З4", "1l3"): a letter between two digits of a word of
# nothing but digits and such letters, standing apart (not "О2", "I10", "38о", a word's "Ь1", an address's "/3Oo1l2");
# and in a newspaper's issue number, every such letter of it ("№ 58 (2О 1l3)"), and a day's before its month
_OCR_LETTERS = "ОOоoЗзlI"
_OCR_DIGITS = {ord(letter): digit for letters, digit in (("ОOоo", "0"), ("Зз", "3"), ("lI", "1")) for letter in letters}
# (a digit or such a letter, then the other kind: one class a search skips ahead to, where an alternation is tried
# branch by branch at every character)
_OCR_SEAM_RE = re.compile(f"[\\d{_OCR_LETTERS}](?:(?<=\\d)[{_OCR_LETTERS}]|(?<=[{_OCR_LETTERS}])\\d)")
_OCR_WORD_RE = re.compile(f"(?<![\\w/])[\\d{_OCR_LETTERS}]{{3,}}(?![\\w/])")
_OCR_BETWEEN_RE = re.compile(f"(?<=\\d)[{_OCR_LETTERS}]+(?=\\d)")
_OCR_ISSUE_RE = re.compile(f"№\\s*[\\d{_OCR_LETTERS}]+\\s*\\([\\d{_OCR_LETTERS}\\s]+\\)")
# ... and a day's second digit before its month ("1О апреля", "2O наурыз")
_OCR_DAY_RE = re.compile(
    "(?<![\\w/])[123][ОOоo](?=\\s++(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|қаңтар|"
    "ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан))",
    re.IGNORECASE,
)


def fold_ocr_digits(text: str) -> str:
    """Numbers an OCR misread with look-alike letters, read as numbers (most texts: one regex search)."""
    if _OCR_SEAM_RE.search(text) is None:
        return text
    text = _OCR_ISSUE_RE.sub(lambda issue: issue[0].translate(_OCR_DIGITS), text)
    text = _OCR_DAY_RE.sub(lambda day: day[0].translate(_OCR_DIGITS), text)
    return _OCR_WORD_RE.sub(_ocr_number, text)


def _ocr_number(match: re.Match) -> str:
    token = match[0]
    if sum(map(str.isdigit, token)) < 2:
        return token
    return _OCR_BETWEEN_RE.sub(lambda letters: letters[0].translate(_OCR_DIGITS), token)


# --- Cleaning ---------------------------------------------------------------------------------------------------


def _remove_junk(text: str) -> tuple[str, int, bool]:
    """`text` with LF line ends and no junk; the number of control characters removed; whether any junk was."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _JUNK_RE.search(text) is None:
        return text, 0, False
    controls = len(_CONTROL_RE.findall(text))
    if _BREAK_RE.search(text):
        text = _BREAK_RE.sub("\n", text)
    return _DROP_RE.sub("", text), controls, True


def _typed_hyphens(text: str) -> str:
    """Unicode's own hyphens as the keyboard's ("Усть‑Каменогорск" with a non-breaking hyphen, &#8209;). (replace,
    not translate: a dict's translate walks a 40 MB text in Python-level steps.)"""
    for hyphen in "\u2010\u2011":
        if hyphen in text:
            text = text.replace(hyphen, "-")
    return text


def clean_text(text: str) -> str:
    """`text` with LF line ends, no control or invisible characters, in NFC, homoglyphs folded, hyphens as typed."""
    text, _, _ = _remove_junk(text)
    return fold_ocr_digits(fold_homoglyphs(_typed_hyphens(unicodedata.normalize("NFC", text))))


# Classes of UTF-8 bytes, to find a Cyrillic letter next to a Latin one at bytes speed: L an ASCII letter,
# C the lead byte of a Cyrillic letter, X of a Latin letter with diacritics, c a continuation byte.
_BYTE_CLASSES = bytearray(b" " * 256)
for _first, _last, _class in ((0x41, 0x5A, "L"), (0x61, 0x7A, "L"), (0xD0, 0xD4, "C"), (0xC3, 0xCA, "X"),
                              (0x80, 0xBF, "c")):  # fmt: skip
    _BYTE_CLASSES[_first : _last + 1] = _class.encode() * (_last - _first + 1)
_BYTE_CLASSES = bytes(_BYTE_CLASSES)
_BYTE_SEAMS = (b"LC", b"CcL", b"XcC", b"CcX")


def _utf8_may_mix_scripts(data: bytes) -> bool:
    """False when no Cyrillic letter touches a Latin one in UTF-8 `data` (true is only a maybe)."""
    classes = data.translate(_BYTE_CLASSES)
    return any(seam in classes for seam in _BYTE_SEAMS)


# --- Single-byte Cyrillic code pages ----------------------------------------------------------------------------

# Code pages with a handicap to their score: KOI8-R is rare in this corpus, and on a few words of capitals it and
# cp1251 read about equally well (measured on the news-dev texts: from 60 characters on, the right code page wins by
# at least 0.2). cp866 and ISO-8859-5 put letters where cp1251 has symbols or the other case, and are told apart as
# surely (news-dev and stories-dev pieces: all of 60 read right at 60 characters). Mac Cyrillic differs from cp1251
# only in its capitals, я, quotes and dashes, so its handicap is the smallest that keeps every cp1251 piece right:
# at 60 characters 54 of 68 Mac pieces read right (the rest as cp1251, as before), from 1,000 characters all.
_SINGLE_BYTE_CODECS = {"cp1251": 0.0, "kz1048": 0.0, "koi8_r": 0.15, "cp866": 0.15, "iso8859_5": 0.15, "mac_cyrillic": 0.05}
_SAMPLE_BYTES = 1 << 16
# Letters per thousand in Russian news text, and for the Kazakh letters in Kazakh text. A text read in the wrong
# Cyrillic code page swaps frequent letters for rare ones, which lowers the mean log-frequency of its letters.
_LETTER_FREQUENCY = dict(
    zip(
        "оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъёәіңқғүұөһ",
        (110, 85, 80, 74, 67, 63, 55, 47, 45, 44, 35, 32, 30, 28, 26, 20, 19, 17, 17, 16, 16, 14, 12, 10, 9, 7, 6,
         5, 4, 3, 3, 1, 1, 20, 40, 15, 30, 20, 20, 15, 10, 1),
    )  # fmt: skip
)
_LOG_FREQUENCY = {letter: math.log(n) for letter, n in _LETTER_FREQUENCY.items()}
_RARE_LOG_FREQUENCY = math.log(0.1)
# Characters of the upper half of these code pages that real text uses: letters of Russian and Kazakh,
# typographic punctuation, a few symbols of news text.
_USUAL = frozenset(f"ЁёІі«»–—‘’‚“”„…•№°€©®™§±·\xa0{KAZAKH_LETTERS}{KAZAKH_CAPITALS}") | {
    chr(c) for c in range(0x410, 0x450)
}
# A lower-case Cyrillic letter before an upper-case one, or Cyrillic touching Latin: rare in text, every other
# letter in `РњРёРЅ` (UTF-8 read as cp1251), `cafй` (Latin-1 read as cp1251) or `пРХБЕР` (KOI8-R read as cp1251).
_CASE_FLIP_RE = re.compile(
    f"(?=[а-яё{KAZAKH_LETTERS}][А-ЯЁ{KAZAKH_CAPITALS}]|[{_CYR}][{_LAT}]|[{_LAT}][{_CYR}]|[{_CYR}][€‘“„]|€[{_CYR}])"
)
# A mark glued to the lower-case letters after it, where a word's capital would be: Mac Cyrillic has marks at
# cp1251's capitals ("„еловек", "“акже", "–анее" for Человек, Также, Ранее) and cp1251 at Mac Cyrillic's ("—оговор");
# text rarely does so (it quotes «so», and sets dashes apart). Such a mark counts as a rare letter, not as nothing.
_MARK_FOR_CAPITAL_RE = re.compile(f"[¬√≈∆–—“”‘’÷„№‚†‡€‰‹•™›](?=[а-яё{KAZAKH_LETTERS}])")


def _single_byte_score(text: str) -> float | None:
    """How much `text` (decoded from a single-byte code page) reads like Russian/Kazakh: None when not at all."""
    non_ascii = controls = odd = cyrillic = 0
    log_frequency = 0.0
    for char, n in Counter(text).items():
        code = ord(char)
        if code < 0x80:
            if code < 0x20 and char not in "\t\n\r\x0c":
                controls += n
            continue
        non_ascii += n
        if char not in _USUAL:
            odd += n
        if 0x400 <= code <= 0x52F:
            cyrillic += n
            log_frequency += n * _LOG_FREQUENCY.get(char.lower(), _RARE_LOG_FREQUENCY)
    if not non_ascii or controls * 100 > len(text) or odd * 50 > non_ascii + 1:
        return None
    if not cyrillic:
        return 0.0  # Latin text with typographic quotes: any of these code pages reads it alike
    flips = len(_CASE_FLIP_RE.findall(text))
    if flips * 20 > cyrillic + 1:
        return None
    # (and an opening « that no » closes: Mac Cyrillic's З, "«аболеваемости")
    if marks := len(_MARK_FOR_CAPITAL_RE.findall(text)) + max(0, text.count("«") - text.count("»")):
        cyrillic += marks
        log_frequency += marks * _RARE_LOG_FREQUENCY
    return (log_frequency - 5 * flips) / cyrillic - 10 * odd / non_ascii


def _best_single_byte_codec(data: bytes) -> str | None:
    """The code page in which a sample of `data` reads best as Russian/Kazakh text, if any reads as text."""
    sample = data[:_SAMPLE_BYTES]
    best, best_score = None, 0.0
    for codec, handicap in _SINGLE_BYTE_CODECS.items():
        try:
            score = _single_byte_score(sample.decode(codec))
        except UnicodeDecodeError:
            continue
        if score is not None and (best is None or score - handicap > best_score):
            best, best_score = codec, score - handicap
    return best


def _decode_single_byte(data: bytes) -> str | None:
    codec = _best_single_byte_codec(data)
    if codec is None:
        return None
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None  # a byte undefined in that code page past the sample


def _decode_mixed_lines(data: bytes) -> str | None:
    """UTF-8 text with some lines in a single-byte code page (a paragraph pasted from an old cp1251 file): UTF-8
    lines as UTF-8, the others in the code page that reads them, taken together, as text."""
    lines = data.splitlines(keepends=True)
    foreign = []
    for i, line in enumerate(lines):
        try:
            lines[i] = line.decode("utf-8")
        except UnicodeDecodeError:
            foreign.append(i)
    if not foreign or len(foreign) == len(lines):
        return None
    codec = _best_single_byte_codec(b"".join(lines[i] for i in foreign))
    if codec is None:
        return None  # UTF-8 broken in places (a file cut mid-character, junk bytes), not another code page
    try:
        for i in foreign:
            lines[i] = lines[i].decode(codec)
    except UnicodeDecodeError:
        return None
    return "".join(lines)


# --- UTF-16/32 ----------------------------------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_PLAIN_TEXT_RE = re.compile(f"[\t\n\r\x20-\x7e{_CYR}\u00a0-\u024f\u2010-\u2027\u2030-\u205e\u20ac\u2116]")


def _plausible_text(text: str) -> bool:
    """Mostly ASCII, Latin and Cyrillic: a bar for text found without a byte-order mark."""
    if not text:
        return False
    sample = text[: _SAMPLE_BYTES // 2]
    return len(_PLAIN_TEXT_RE.findall(sample)) >= 0.95 * len(sample)


def _decode_wide_without_bom(data: bytes) -> str | None:
    """UTF-16/32 text saved without a byte-order mark: NULs in every other (or three in four) byte."""
    sample = data[:_SAMPLE_BYTES]
    # Byte lanes that are NUL in every code unit (UTF-32: text is in the Basic Multilingual Plane), and the lane of
    # the high byte of UTF-16, which is NUL for ASCII, 0x04 for Cyrillic and 0x20 for dashes and quotes.
    layouts = (("utf-32-le", 4, (2, 3), None), ("utf-32-be", 4, (0, 1), None),
               ("utf-16-le", 2, (), 1), ("utf-16-be", 2, (), 0))  # fmt: skip
    for codec, width, nul_lanes, high_lane in layouts:
        units = len(sample) // width
        if len(data) % width or units < 2:
            continue
        if any(sample[lane::width].count(0) < units for lane in nul_lanes):
            continue
        if high_lane is not None:
            high = sample[high_lane::width]
            if high.count(0) + high.count(4) + high.count(0x20) < 0.8 * units:
                continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if _plausible_text(text):
            return text
    return None


# --- Decoding ---------------------------------------------------------------------------------------------------

_MAX_BAD_BYTES_SHARE = 0.005


def _decode_with_few_errors(data: bytes, codec: str) -> str | None:
    """`data` in `codec` with U+FFFD for bad bytes, when they are few (a file cut mid-character)."""
    text = data.decode(codec, "replace")
    if text.count("\ufffd") <= 1 + _MAX_BAD_BYTES_SHARE * len(text):
        return text
    return None


_C0_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20)])


def _control_share(data: bytes) -> float:
    return (len(data) - len(data.translate(None, _C0_CONTROL_BYTES))) / len(data)


# UTF-8 text once read in a single-byte code page and saved again as UTF-8 (mojibake): each Cyrillic letter is two,
# its lead byte's (D0-D3: Р С Т У in cp1251, Ð Ñ Ò Ó in Latin-1) and a byte of 80-BF's. Real Russian or Kazakh has
# such pairs hardly ever; a page of mojibake has them for nearly every letter.
_MOJIBAKE = {
    codec: re.compile(f"[{re.escape(bytes(range(0xD0, 0xD4)).decode(codec))}][{re.escape(continuation)}]")
    for codec, continuation in (
        ("cp1251", bytes(b for b in range(0x80, 0xC0) if b != 0x98).decode("cp1251") + "\ufffd"),
        ("latin-1", bytes(range(0x80, 0xC0)).decode("latin-1")),
    )
}
_MOJIBAKE_LEADS = {codec: bytes([0xD0, 0xD1]).decode(codec) for codec in _MOJIBAKE}
_MOJIBAKE_MIN_SHARE = 0.3  # of a sample's letters that are such pairs' (about 1.0 in mojibake, 0 in text)
_MOJIBAKE_MIN_PAIRS = 8  # ... and a few words' worth of them: two letters ("РЁ") may be a name's
_LETTER = re.compile(r"[^\W\d_]")


def _undone_mojibake(text: str) -> str | None:
    """The text behind mojibake ("РњРёРЅР·РґСЂР°РІ", "ÐœÐ¸Ð½Ð·Ð´Ñ€Ð°Ð²": "Минздрав"), or None when `text` is none; undone as
    many times as it was done, so that what decode gives never reads as mojibake itself. A text that is not
    mojibake as a whole may hold lines that are (a paragraph pasted from a page read wrong): each is undone alone."""
    repaired = None
    while (once := _undone_once(text if repaired is None else repaired)) is not None:
        repaired = once  # shorter each time: a pair of characters becomes one
    if repaired is None:
        repaired = _undone_lines(text)
    return _cp1251_lines(text if repaired is None else repaired) or repaired


def _undone_lines(text: str) -> str | None:
    """`text` with each line that is mojibake undone, or None when no line is."""
    if _leads(text) < _MOJIBAKE_MIN_PAIRS:  # (no line can be: most texts are split into lines no further)
        return None
    lines = text.split("\n")
    changed = [False] * len(lines)
    for i, line in enumerate(lines):
        leads = _leads(line)
        if leads >= _MOJIBAKE_MIN_PAIRS and leads >= _MOJIBAKE_MIN_SHARE * len(line):
            while (once := _undone_once(line)) is not None:
                line, changed[i] = once, True
            lines[i] = line
    if not any(changed):
        return None
    # a page whose long lines were mojibake has it in its short ones too ("10 Р¤РµРІСЂР°Р»СЏ 2026 11:42"), too few
    # pairs each to tell alone: a line of them, nearly all its letters, is undone where it reads as UTF-8 then
    for i, line in enumerate(lines):
        if not changed[i] and _leads(line) >= _SHORT_LINE_MIN_PAIRS and (short := _short_line_undone(line)):
            lines[i] = short
    return "\n".join(lines)


_SHORT_LINE_MIN_PAIRS = 2
_SHORT_LINE_MIN_SHARE = 0.8  # of its letters but ASCII's (a Latin name stays as it was) that are such pairs'


def _short_line_undone(line: str) -> str | None:
    letters = sum(not letter.isascii() for letter in _LETTER.findall(line)) or 1
    for codec, pairs in _MOJIBAKE.items():
        found = len(pairs.findall(line))
        if found >= _SHORT_LINE_MIN_PAIRS and 2 * found >= _SHORT_LINE_MIN_SHARE * letters:
            try:
                if (read := _as_utf8(line.encode(codec))) is not None:
                    return read
            except UnicodeEncodeError:
                continue
    return None


# A line of cp1251 read as Latin-1, as a PDF's text layer gives an old font's ("ÏÀÂËÎÄÀÐÑÊÀß ÎÁËÀÑÒÍÀß ÃÀÇÅÒÀ",
# "×èòàéòå â íîìåðå:" for "ПАВЛОДАРСКАЯ ОБЛАСТНАЯ ГАЗЕТА", "Читайте в номере:"): its letters nearly all of
# À-ÿ, where a Latin line has a few (Kazakh's 2018 á, ó, ú, ý; French, German), and read in cp1251 they are
# Russian's common letters as often as Russian has them (not "ÄÖÜß", "ÆØÅ æøå", "àâäéèêëîïôöùûüÿç"; × and ÷, Ч
# and ч, are a masked number's and a rule's too, "+7 701 ××× ×× ××", and count as no letters)
_LATIN1_UPPER = re.compile("[\u00c0-\u00ff]{3}")
_CP1251_LINE_MIN_SHARE = 0.8  # of a line's letters
_CP1251_LINE_MIN_LETTERS = 8
_COMMON_RUSSIAN = frozenset("оеаинтсрвлОЕАИНТСРВЛ")
_CP1251_MIN_COMMON = 0.5  # of the letters read (about 0.65 in Russian text, 0.3 in a row of accented letters)


def _cp1251_lines(text: str) -> str | None:
    """`text` with each line of cp1251 read as Latin-1 read right, or None when no line is such."""
    if not _LATIN1_UPPER.search(text):  # (most texts: one search)
        return None
    lines = text.split("\n")
    changed = False
    for i, line in enumerate(lines):
        letters = [ch for ch in line if ch.isalpha()]
        upper = sum("\u00c0" <= ch <= "\u00ff" for ch in letters)
        if upper < _CP1251_LINE_MIN_LETTERS or upper < _CP1251_LINE_MIN_SHARE * len(letters):
            continue
        try:
            read = line.encode("latin-1").decode("cp1251")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue  # a character outside Latin-1 (a Cyrillic letter, a dash): no such line
        if sum(ch in _COMMON_RUSSIAN for ch in read) >= _CP1251_MIN_COMMON * len(letters):
            lines[i], changed = read, True
    return "\n".join(lines) if changed else None


def _leads(text: str) -> int:
    """How many characters of `text` may lead a mojibake pair (Р С in cp1251's, Ð Ñ in Latin-1's), counted in C."""
    return sum(text.count(lead) for pair in _MOJIBAKE_LEADS.values() for lead in pair)


def _undone_once(text: str) -> str | None:
    """`_undone_mojibake`, once. Byte 98, which cp1251 lacks (the second byte of И, Ш), was read as the replacement
    character."""
    end = min(len(text), _SAMPLE_BYTES)
    for codec, pairs in _MOJIBAKE.items():
        d0, d1 = _MOJIBAKE_LEADS[codec]  # the leads of all Cyrillic letters but a few Kazakh ones
        if text.count(d0, 0, end) + text.count(d1, 0, end) < _MOJIBAKE_MIN_SHARE / 2 * end:  # counted in C
            continue
        sample = text[:end]
        letters = len(_LETTER.findall(sample)) or 1
        found = len(pairs.findall(sample))
        if found >= _MOJIBAKE_MIN_PAIRS and 2 * found >= _MOJIBAKE_MIN_SHARE * letters:
            try:
                return _as_utf8(b"\x98".join(part.encode(codec) for part in text.split("\ufffd")))
            except UnicodeEncodeError:
                return None
    return None


_LONE_LEAD = re.compile(rb"\xd0(?![\x80-\xbf])")


def _as_utf8(data: bytes) -> str | None:
    """Mojibake's bytes read as UTF-8, or None; where byte 98 (the second of И) was lost on the way, a lead byte D0
    stands alone, and the И is read back ("РРЅСЃСѓР»СЊС‚", "РњРРђ": "Инсульт", "МИА")."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return _LONE_LEAD.sub(b"\xd0\x98", data).decode("utf-8")
    except UnicodeDecodeError:
        return None


def _to_text(data: bytes) -> tuple[str, bytes | None]:
    """The text of `data`, mojibake undone, and `data` itself when that text is its plain UTF-8 decoding."""
    text, utf8 = _read_text(data)
    repaired = _undone_mojibake(text)
    return (text, utf8) if repaired is None else (repaired, None)


def _read_text(data: bytes) -> tuple[str, bytes | None]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            try:
                return body.decode(codec), None
            except UnicodeDecodeError:
                text = _decode_with_few_errors(body, codec)
                if text is None:
                    raise DecodeError("undecodable", f"invalid {codec} after its byte-order mark") from None
                return text, None
    if b"\x00" in data:
        text = _decode_wide_without_bom(data)
        if text is not None:
            return text, None
        if data.endswith(b"\x00"):
            data = data.rstrip(b"\x00")  # padding left by a crashed or preallocated write
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return text, data
    text = _decode_single_byte(data)
    if text is None:
        text = _decode_mixed_lines(data)
    if text is None:
        text = _decode_with_few_errors(data, "utf-8")
    if text is None:
        if _control_share(data) > _MAX_CONTROL_SHARE:
            raise DecodeError("binary", "control bytes throughout")
        raise DecodeError("undecodable", "neither UTF-8 nor a Cyrillic code page")
    return text, None


def decode(data: bytes) -> str:
    """Clean text of a raw file (see the module doc for encodings and cleaning).

    Raises DecodeError with reason "empty", "binary" or "undecodable"."""
    if not data or data.isspace():
        raise DecodeError("empty")
    _refuse_signed(data)
    # A 40 MB file must not be held in many copies at once: each step lets go of what the next no longer needs.
    text, utf8 = _to_text(data)
    may_mix = utf8 is None or _utf8_may_mix_scripts(utf8)
    del data, utf8
    text, controls, had_junk = _remove_junk(text)
    if controls > 4 + _MAX_CONTROL_SHARE * (len(text) + controls):
        raise DecodeError("binary", "control characters throughout")
    normal = _typed_hyphens(unicodedata.normalize("NFC", text))
    # The byte-level look for mixed-script words holds only while the letters are those of the bytes.
    cleaned = may_mix or had_junk or normal is not text
    if cleaned:
        del text
        normal = fold_homoglyphs(normal)
    normal = fold_ocr_digits(normal)
    if not normal or normal.isspace():
        raise DecodeError("empty", "nothing but whitespace and invisible characters")
    _refuse_signed(normal[:32].encode("utf-8", "surrogatepass"))  # behind a BOM or in UTF-16, the same answer
    # mojibake that cleaning made whole (a stray control between a pair's halves, a Latin P read as Р)
    repaired = _undone_mojibake(normal) if cleaned else None
    return normal if repaired is None else decode(repaired.encode("utf-8"))


# A compressed file's signature, its compression's name and the command that gives back its text
_COMPRESSED = (
    (b"\x1f\x8b", "gzip", "gunzip"),
    (b"\x28\xb5\x2f\xfd", "zstd", "zstd -d"),
    (b"BZh", "bzip2", "bunzip2"),
    (b"\xfd7zXZ\x00", "xz", "unxz"),
)


def _refuse_signed(head: bytes) -> None:
    offset, tar = _TAR_MAGIC
    if _MAGIC.match(head) or head.startswith(tar, offset):
        for signature, name, command in _COMPRESSED:
            if head.startswith(signature):  # a scrape saved compressed: say how to read it
                raise DecodeError("binary", f"{name}-compressed: decompress it first ({command})")
        raise DecodeError("binary", "file signature of an image, archive or document format")


# The first bytes of a file, which say whether it is binary before the rest is read (see files.read_bytes).
SNIFF_BYTES = _SAMPLE_BYTES
# One document is never this large: 40 MB files (a whole site saved as one page) are still read; a larger file is
# refused unread, so that one file cannot take the memory of the machine (its text, paragraphs and lemmas take a
# few times its size).
MAX_DOCUMENT_BYTES = 64 << 20


def sniff(head: bytes) -> None:
    """Raise DecodeError "binary" when the first bytes of a file show binary data: a file signature, or control
    bytes throughout that are not the NULs of UTF-16/32 text. Looks at what decode looks at, on fewer bytes."""
    _refuse_signed(head)
    head = head.rstrip(b"\x00")  # padding left by a crashed or preallocated write, as decode takes it
    if not head or any(head.startswith(bom) for bom, _ in _BOMS) or _control_share(head) <= _MAX_CONTROL_SHARE:
        return
    # UTF-16/32 without a mark has NULs throughout; the head may end inside a character, so it is cut to whole ones
    whole = len(head) // 4 * 4
    if b"\x00" in head and any(_decode_wide_without_bom(head[:cut]) for cut in (whole, whole - 2)):
        return
    raise DecodeError("binary", "control bytes throughout")
