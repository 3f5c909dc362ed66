"""What `stories` keeps of one record: a compact, language-independent signature, a pure function of the record.

Two documents of one story share their facts (figures, names, dates) whichever language they are written in, and
a reprint also shares most of its wording. So a signature holds:

- a MinHash of the lemma 3-grams (one-permutation hashing: one hash per shingle, its low bits pick one of
  `BINS` bins, the bin keeps its smallest value), to measure shared wording and to find candidates by LSH;
- the figures of the text as numbers (`3 150`, `18 тысяч`, `18 мың` and `6,4` are 3150, 18000, 18000 and 6.4),
  which Russian and Kazakh write alike;
- names: capitalised words inside a sentence, transliterated to Latin and cut to a stem, so that `Сатыбалдиева`,
  `Сатыбалдиеваның` and `Satybaldieva` meet;
- dates named in the text (`10 апреля`, `10 сәуірге`) as month and day;
- region ids and topic ids from `tag`, which the taxonomy and gazetteer already pair across the two languages.

Facts are kept as 32-bit hashes in byte strings, not as Python sets, so a million signatures fit in a few hundred
megabytes.
"""

from __future__ import annotations

import re
import zlib
from array import array
from dataclasses import dataclass

from ..ingest.parse import MONTHS
from ..lang.tokenize import KAZAKH_CAPITALS
from ..models import Record

BINS = 32
SHINGLE = 3
EMPTY = 0xFFFFFFFF
# A name stem: long enough to tell people and places apart, short enough to cut off Russian and Kazakh case
# endings (Бекмуханов, Бекмуханова, Бекмұхановтың).
NAME_STEM = 6

_MULTIPLIERS = {
    "тыс": 1e3, "тысяч": 1e3, "тысячи": 1e3, "тысяча": 1e3, "мың": 1e3,
    "млн": 1e6, "миллион": 1e6, "миллиона": 1e6, "миллионов": 1e6, "миллионға": 1e6,
    "млрд": 1e9, "миллиард": 1e9, "миллиарда": 1e9, "миллиардов": 1e9,
}
# A figure: digits with thin or plain spaces between groups of three (`1 934`), a decimal part, and the word
# that multiplies it (`1,2 млн`, `18 мың`). A figure glued to letters (`COVID-19`, `5G`) is a name, not a figure.
_NUMBER_RE = re.compile(r"(?<![\w.,-])(\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,](\d+))?(?:-?\w+)?(?:\s+(\w+))?")
_DAY_MONTH_RE = re.compile(r"(?<!\d)([0-3]?\d)\s+(\w+)")
_SENTENCE_RE = re.compile(r"(?<=[.!?…»:])\s+|\n")
_CAPITALISED_RE = re.compile(rf"\b[A-ZА-ЯЁ{KAZAKH_CAPITALS}][\w'’-]+")
_TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "i",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sh", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia",
    "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "kh", "і": "i",
    "ä": "a", "ğ": "g", "q": "k", "ń": "n", "ö": "o", "ū": "u", "ü": "u", "ı": "i", "á": "a", "ó": "o", "ú": "u",
    "y": "i", "j": "zh", "c": "ts", "w": "v", "x": "ks", "'": "", "’": "", "-": "",
})


def _hash(text: str) -> int:
    return zlib.crc32(text.encode("utf-8"))


def _packed(values) -> bytes:
    return array("I", sorted(set(values))).tobytes()


def unpacked(data: bytes) -> frozenset[int]:
    values = array("I")
    values.frombytes(data)
    return frozenset(values)


def figures(text: str) -> set[str]:
    """The numbers a text gives, normalised (`3 150` -> 3150, `6,4` -> 6.4, `1,2 млн` -> 1200000). Years are left
    out (every story of a year shares them), and so are days of the month (`day_months` keeps those)."""
    found = set()
    for whole, fraction, word in _NUMBER_RE.findall(text):
        value = float(re.sub(r"\D", "", whole) + ("." + fraction if fraction else ""))
        value *= _MULTIPLIERS.get(word.lower(), 1.0) if word else 1.0
        if not fraction and value == int(value) and (whole.isdigit() and 1900 <= value <= 2100 or word.casefold() in MONTHS):
            continue
        found.add(f"{value:g}")
    return found


def day_months(text: str) -> set[str]:
    """Dates a text names by day and month (`до 10 апреля`, `1 қыркүйектен`), as `MM-DD`."""
    found = set()
    for day, word in _DAY_MONTH_RE.findall(text):
        month = MONTHS.get(word.casefold())
        if month and 1 <= int(day) <= 31:
            found.add(f"{month:02d}-{int(day):02d}")
    return found


def names(text: str) -> set[str]:
    """Stems of the capitalised words inside sentences (a sentence's first word is capitalised anyway),
    transliterated so that Russian and Kazakh spellings of one name meet."""
    found = set()
    for sentence in _SENTENCE_RE.split(text):
        for match in _CAPITALISED_RE.finditer(sentence):
            if match.start() == 0 or match.group().isupper() and len(match.group()) > 5:
                continue  # the sentence's first word, or a shouted word (ASTANA. KAZINFORM —)
            found.add(match.group().lower().translate(_TRANSLIT)[:NAME_STEM])
    return found


def minhash(lemmas: list[str]) -> tuple[bytes, int]:
    """One-permutation MinHash of the lemma 3-grams, and how many distinct 3-grams there were."""
    hashes = {_hash(" ".join(lemmas[i : i + SHINGLE])) for i in range(max(len(lemmas) - SHINGLE + 1, 1))}
    bins = [EMPTY] * BINS
    for h in hashes:
        b, v = h % BINS, h // BINS
        if v < bins[b]:
            bins[b] = v
    return array("I", bins).tobytes(), len(hashes)


@dataclass(frozen=True, slots=True)
class Signature:
    """All `stories` keeps of a record while it groups them (see the module's docstring)."""

    id: str
    day: int | None  # the date as a day number (date.toordinal), or None when undated
    length: int  # of the text, to choose the longest of equally early records
    lang: str
    minhash: bytes
    shingles: int
    figures: bytes
    names: bytes
    dates: bytes
    places: bytes  # region ids
    topics: bytes


def signature(record: Record) -> Signature:
    """The signature of one record: a pure function of it, so it can be mapped over partitions anywhere."""
    text = f"{record.title}\n{record.text}" if record.title else record.text
    mh, shingles = minhash(record.lemmas)
    return Signature(
        id=record.id,
        day=record.date.toordinal() if record.date else None,
        length=len(record.text),
        lang=record.lang,
        minhash=mh,
        shingles=shingles,
        figures=_packed(map(_hash, figures(text))),
        names=_packed(map(_hash, names(text))),
        dates=_packed(map(_hash, day_months(text))),
        places=_packed(map(_hash, record.regions or ())),
        topics=_packed(map(_hash, record.topics or ())),
    )
