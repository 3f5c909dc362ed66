"""What `stories` keeps of one record: a compact, language-independent signature, a pure function of the record.

Two documents of one story share their facts (figures, names, dates) whichever language they are written in, and
a reprint also shares most of its wording. So a signature holds:

- a MinHash of the lemma 3-grams (one-permutation hashing: one hash per shingle, its low bits pick one of
  `BINS` bins, the bin keeps its smallest value), to measure shared wording and to find candidates by LSH;
- the figures of the text as numbers (`3 150`, `18 тысяч`, `18 мың` and `6,4` are 3150, 18000, 18000 and 6.4),
  which Russian and Kazakh write alike, kept as 32-bit floats to be compared with a rounding's tolerance, with those
  the text only gives as approximate, at most or at least (`почти 40`, `200-ден астам`), and apart (hashed) the
  specific ones, rare enough to look a story up by;
- names: capitalised words inside a sentence and short names in quotes (`«Сункар»`), transliterated to Latin and
  cut to a stem, so that `Сатыбалдиева`, `Сатыбалдиеваның` and `Satybaldieva` meet;
- dates named in the text (`10 апреля`, `10 сәуірге`) as month and day;
- region ids and topic ids from `tag`, which the taxonomy and gazetteer already pair across the two languages, and the
  kinds of incident no topic is for (a fire, a collapse: `[events]` in facts.toml), by the lemmas of either language.

Everything is packed into one byte string per record (facts as 32-bit hashes), not Python sets, so a million
signatures fit in a few hundred megabytes.
"""

from __future__ import annotations

import datetime
import re
import struct
import zlib
from array import array
from functools import cache

from ..ingest.parse import MONTHS
from ..lang.script import spelling_of
from ..lang.tokenize import KAZAKH_CAPITALS
from ..models import LANGS, Record
from ..shipped import read_toml
from ..summary import stopwords

BINS = 32
EMPTY = 0xFFFFFFFF
# A name stem: long enough to tell people and places apart, short enough to cut off Russian and Kazakh case
# endings (Бекмуханов, Бекмуханова, Бекмұхановтың).
NAME_STEM = 6
PLACE_STEM = 5  # a place's name declined ("Астане", "Астану") begins with this much of it
RECAP_MIN_DAYS = 2  # a reminder of days at least this far before the story's own date recalls another event
NEWS_DAYS = 7  # a day a text names is its news's when it is at most this far from the day the text was published

_FACTS = read_toml(__package__, "facts.toml")
_MULTIPLIERS = {word.casefold(): float(factor) for factor, words in _FACTS["multipliers"].items() for word in words}
_TRANSLIT = str.maketrans(_FACTS["transliteration"])
_GENERIC_NAMES = frozenset(word.lower().translate(_TRANSLIT)[:NAME_STEM] for word in _FACTS["names"]["generic"])


def _words_before(words: list[str]) -> re.Pattern:
    """Any of the words right before a number (the end of the text searched)."""
    return re.compile(r"(?<!\w)(?:%s)(?<=[\w.])[\s:+]*+$" % "|".join(map(re.escape, words)), re.IGNORECASE)


_REFERENCE_BEFORE = _words_before(_FACTS["references"]["before"])
_PHONE_BEFORE = _words_before(_FACTS["references"]["phone"])
# between the groups of one phone number on its line (8 (7172) 55-55-55): spaces, dashes, the brackets of an area
# code, and digits the number pattern leaves (the 2 of "8 7172" read as "8 717")
_PHONE_JOIN = re.compile(r"[ \t\u00a0)+\d-]*\(?")
PHONE_MAX_DIGITS = 12
# a bank card's number, four groups of four digits after the card's name ("Kaspi Gold: 4400 4302 1187 5531", "картаға
# 4400 ..."; not a table's row of counts), an account's IBAN ("KZ45 9650 0000 7788 9911") and a business's or a
# person's number (БИН, ИИН, БСН, ЖСН: 12 digits)
_ACCOUNT_RE = re.compile(
    r"(\b(?:карт[аыуеой]\w*|kaspi|каспи|gold|visa|mastercard|card)\b[^\d\n]{0,20}?)\d{4}(?:[ -]\d{4}){3}(?![\d-])"
    r"|\bKZ\d{2}(?:[ -]?[0-9A-Z]{4}){4}\b|\b(?:БИН|ИИН|БСН|ЖСН|BIN|IIN)\s*:?\s*\d{12}\b",
    re.IGNORECASE,
)
_REFERENCE_AFTER = tuple(_FACTS["references"]["after"])
_REFERENCE_WORD = re.compile(_FACTS["references"]["word_after"])
_GLUED_WORD = re.compile(r"-([^\W\d_]+)")  # a Kazakh ending glued to a number: "317-бабы"
HEDGES = ("under", "over", "about")


def _hedge_words(place: str) -> str:
    """The hedges' words of one place (before or after the figure), each way's a named group; a phrase's words apart
    by any spaces."""
    def phrase(words: str) -> str:
        return r"\s+".join(map(re.escape, words.split()))

    return "|".join(f"(?P<{way}>{'|'.join(map(phrase, _FACTS['hedges'][way][place]))})" for way in HEDGES)


# One search each, the way the matching group's name: not after "не" ("не менее 12" is at least 12, "не более 5" at
# most 5: phrases of their own lists)
_HEDGE_BEFORE = re.compile(
    rf"(?<!\bне\s)(?<!\bне\s\s)(?<!\w)(?:{_hedge_words('before')})(?<=[\w.])[\s:+]*+$", re.IGNORECASE
)
_HEDGE_AFTER = re.compile(rf"\s*+(?:\w++\s++)?(?:{_hedge_words('after')})(?!\w)", re.IGNORECASE)
REFERENCE_CONTEXT = 16  # characters before a number where a reference word is looked for
_GENITIVE_MONTH_BEFORE = re.compile(r"(?<!\w)(\w+(?:ның|нің|дың|дің|тың|тің))\s++$", re.IGNORECASE)
# A figure: digits with thin or plain spaces between groups of three (`1 934`), a decimal part, and the word after
# it (`1,2 млн`, `18 мың`, `10 апреля`). A figure glued to letters or another figure (`COVID-19`, `5G`, a phone
# number's parts) is not one. The pattern starts with its digit class so that `re` can skip ahead to the digits.
_NUMBER_RE = re.compile(r"\d(?<![\w.,-]\d)\d{0,2}(?:[ \u00a0\u202f]\d{3})+|\d(?<![\w.,-]\d)\d*")
_NUMBER_TAIL_RE = re.compile(r"(?:[.,](\d+))?(?:-?\w+)?(?:\s+(\w+))?")
_CAPITALISED_RE = re.compile(rf"[A-ZА-ЯЁ{KAZAKH_CAPITALS}][\w'’-]+")
# What may stand before a sentence's (or a quote's) first word.
_OPENERS = frozenset(".!?…:;»«\"“„(–—\n")
_QUOTES = frozenset("«„“\"")
# the rest of a short quote that may be a name: up to three more words, no sentence's end, then the closing quote,
# not followed as reported speech is ("«Мы забрали сына», – рассказала"; a case ending may follow: «Сұңқар»-ға)
_QUOTED_NAME_RE = re.compile(r"((?:[ -][\w'’№-]+){0,3})[»“”\"](?!\s*+,\s*+[–—-])")
_SPACES = str.maketrans("", "", " \u00a0\u202f")


def _hash(text: str) -> int:
    return zlib.crc32(text.encode("utf-8"))


CIRCUMSTANCES = frozenset(map(_hash, _FACTS["topics"]["circumstances"]))  # topic ids, hashed as a signature keeps them
_EVENTS = {lemma: f"event:{kind}" for kind, lemmas in _FACTS["events"].items() for lemma in lemmas}


def _packed(values) -> bytes:
    return array("I", sorted(set(values))).tobytes()


def _float_bits(figure: str) -> int:
    """A figure as the bits of a 32-bit float: packed like the hashes, and read back as a number (see `figures`)."""
    return struct.unpack("<I", struct.pack("<f", float(figure)))[0]


def unpacked(data: bytes) -> frozenset[int]:
    values = array("I")
    values.frombytes(data)
    return frozenset(values)


_NUMERALS = {lang: {word: float(value) for word, value in _FACTS["numerals"][lang].items()} for lang in ("ru", "kk")}
_NOT_ALONE = frozenset(_FACTS["numerals"]["alone_not"])
_NOT_NUMBERS = frozenset(_FACTS["numerals"]["not_numbers"])
_ORDINAL = re.compile(_FACTS["numerals"]["ordinal_ending"])
_FRACTION_WORDS = tuple(_FACTS["numerals"]["fraction_words"])
_AFTER_NO_NUMBER = re.compile("|".join([*_FRACTION_WORDS, _FACTS["numerals"]["after_no_number"]]), re.IGNORECASE)
_RANGE_AFTER = re.compile(r"[ \t\u00a0]*+([^\W\d_]*+)-[^\W\d_]")  # "он бес-жиырма", "он-он бес": a range
# a number word, as a whole word: its stem, and in Kazakh one of the endings it takes
_NUMERAL_RE = {
    lang: re.compile(
        rf"(?=[{''.join(sorted({word[0] + word[0].upper() for word in words}))}])(?<![\w-])"
        rf"(?P<stem>{'|'.join(sorted(words, key=len, reverse=True))})"
        + (rf"(?P<ending>{'|'.join(sorted(_FACTS['numerals']['endings'], key=len, reverse=True))})?" if lang == "kk" else "")
        + r"(?![\w-])",
        re.IGNORECASE,
    )
    for lang, words in _NUMERALS.items()
}
_LARGE = (1000.0, 1e6, 1e9)  # a number's multipliers: what comes before them counts how many
ENDING_MIN_STEM = 4  # a Kazakh number alone takes an ending only on a stem this long ("төртінші"; "үшін" is "for")
# Numbers in words from this up are a story's counts ("он төрт оқушы"); under it they are a sentence's ("два врача",
# "үш бала"), which one version spells out and another leaves out or gives in digits: they would only set versions
# apart. A day of a month is read whatever it is.
NUMERAL_MIN = 10
_AGES = _FACTS["numerals"]
# a person's age in digits, as ages reads it: "4-летний", "6-месячный", "4 жасар", "6 айлық", "в возрасте 7 лет"
# (not one end of a range, "5–7-летнего", "3–4 жасар", nor a decimal, "2,5 лет")
_AGE_RE = re.compile(  # (behind a lookahead of its first characters: a digit or the в of "в возрасте")
    rf"(?=[\dвВ])(?:(?<![\w.,–—-])(?P<ru>\d{{1,3}})-(?:(?P<ru_years>{'|'.join(_AGES['age_years']['ru'])})"
    rf"|{'|'.join(_AGES['age_months']['ru'])})[^\W\d_]*"
    rf"|(?<![\w.,–—-])(?P<kk>\d{{1,3}})[ \t\u00a0]++(?:(?P<kk_years>{'|'.join(_AGES['age_years']['kk'])})"
    rf"|{'|'.join(_AGES['age_months']['kk'])})[^\W\d_]*"
    rf"|(?<!\w)(?:{'|'.join(_AGES['age_before']['ru'])})[ \t\u00a0]++(?P<after>\d{{1,3}})(?![\d,.–—-])[ \t\u00a0]++"
    rf"(?:(?P<after_years>{'|'.join(_AGES['age_unit_years']['ru'])})|{'|'.join(_AGES['age_unit_months']['ru'])})(?!\w))",
    re.IGNORECASE,
)
_PERSONS = tuple(_AGES["persons"]["ru"] + _AGES["persons"]["kk"])
# ... and in a Russian compound adjective, which ages reads as those ("четырехлетний" is "4-летний")
_AGE_STEMS_RU = [*_AGES["age_tens"]["ru"], *_AGES["age_units"]["ru"]]
_AGE_WORDS_RU = (*_AGES["age_years"]["ru"], *_AGES["age_months"]["ru"])
_AGE_COMPOUND = re.compile(  # (behind a lookahead of the number stems' first letters: a word without one is left as is)
    rf"(?<![\w-])(?=[{''.join(sorted({stem[0] + stem[0].upper() for stem in _AGE_STEMS_RU}))}])"
    rf"(?P<tens>{'|'.join(_AGES['age_tens']['ru'])})?(?P<units>{'|'.join(_AGES['age_units']['ru'])})?"
    rf"(?P<word>(?:{'|'.join(_AGE_WORDS_RU)})\w*)",
    re.IGNORECASE,
)
# ... and a Kazakh one in a number word under NUMERAL_MIN, which numerals_as_digits leaves ("төрт жасар")
_SMALL_AGE_KK = re.compile(
    rf"(?<![\w-])({'|'.join(word for word, value in _NUMERALS['kk'].items() if value < NUMERAL_MIN)})"
    rf"([ \t\u00a0]++(?:{'|'.join(_AGES['age_years']['kk'] + _AGES['age_months']['kk'])}))",
    re.IGNORECASE,
)
_GAP = re.compile(r"[ \t\u00a0]++")  # between the words of one number: spaces, not a line's or a sentence's end
_NEXT_WORD = re.compile(r"[ \t\u00a0]*+([^\W\d_]+)")


def _in_cyrillic(text: str, lang: str) -> str:
    """Kazakh written in Latin letters with the words its figures are read in written in Cyrillic, as the Cyrillic
    version's are: its numbers in words, its months ("sáýirdiń 14-i"), its code's articles ("317-babynyñ"). Where the
    spelling says how it writes them, only those words are read."""
    spelling = spelling_of(text) if lang == "kk" else None
    if spelling is None:
        return text
    words = _figure_words(spelling)
    if words is None:  # a spelling only read: the Latin of 2017 whole (20 ms a page), the Arabic script not at all
        return text if spelling.script == "arab" else spelling.to_cyrillic(text)
    return words.sub(lambda m: spelling.word(m.group()), text)


@cache
def _figure_words(spelling) -> re.Pattern | None:
    """The words of a spelling that may be a number's, a fraction's, a month's, an article's or an age's (as it writes
    their Cyrillic stems, then any letters), or None for a spelling that is only read."""
    age_words = [*_AGES["age_years"]["kk"], *_AGES["age_months"]["kk"], *_AGES["persons"]["kk"]]  # "4 jasar ūl"
    months = (month for month in MONTHS if month.isalpha())
    stems = {*_NUMERALS["kk"], *months, *_REFERENCE_AFTER, *_FRACTION_WORDS, *age_words}
    written = {form for stem in stems if (form := spelling.written(stem))}
    if not written:
        return None
    return re.compile(rf"(?<![\w-])(?:{'|'.join(sorted(map(re.escape, written), key=len, reverse=True))})\w*", re.I)


def numerals_as_digits(text: str, lang: str) -> str:
    """`text` with its numbers in words written in digits, in the language's words ("он төрт оқушы" is "14 оқушы",
    "сәуірдің он төртінде" "сәуірдің 14-інде", "үшінші ақпанда" "3-інші ақпанда", "двести тридцать пять" "235"), so
    that a retelling that spells its figures out shares them with a version that gives them in digits. Words make one
    number when they stand apart by spaces only, in the order numbers are said ("бес он" is two)."""
    pattern = _NUMERAL_RE.get(lang)
    if pattern is None:
        return text
    words = _NUMERALS[lang]
    out, at, run, values = [], 0, [], []  # the matches of the number words read so far, and their values

    def flush(broken: bool = False) -> None:
        nonlocal at
        if run and not broken and (figure := _number(text, run, values, words)) is not None:
            out.append(text[at : run[0].start()])
            out.append(figure)
            at = run[-1].end()
        run.clear()
        values.clear()

    for match in pattern.finditer(text):
        if match.group().casefold() in _NOT_NUMBERS:
            continue
        value = words[match["stem"].casefold()]
        apart = not (run and _GAP.fullmatch(text, run[-1].end(), match.start()) and not _ending(run[-1]))
        if apart or not _follows(values, value):
            # a multiplier right after a number it cannot go on ("бес мың бес мың"): the words are no one number
            flush(broken=not apart and value in _LARGE)
        run.append(match)
        values.append(value)
    flush()
    out.append(text[at:])
    return "".join(out)


def _age_in_digits(match: re.Match) -> str:
    """"4-летний" for "четырехлетний", "25-летняя" for "двадцатипятилетняя"; the word as it is with no number in it
    ("летний", "многолетний")."""
    tens, units = match["tens"], match["units"]
    if not tens and not units:
        return match.group()
    value = (_AGES["age_tens"]["ru"].get(tens.casefold(), 0) if tens else 0) + (
        _AGES["age_units"]["ru"].get(units.casefold(), 0) if units else 0
    )
    return f"{value}-{match['word']}"


def ages(text: str, lang: str) -> set[str]:
    """The people's ages a text gives (`text` after numerals_as_digits, which leaves numbers under NUMERAL_MIN in
    words), as the number and its unit, years or months ("4y", "6m"): "четырехлетний мальчик", "4-летнего сына",
    "төрт жасар ұл", "6 айлық нәресте", "в возрасте 7 лет"; an age only before the person it tells of (not "пятилетний
    план", "3 айлық жалақы", "5 жасқа дейінгі балалар")."""
    if lang == "ru" and any(map(text.casefold().__contains__, _AGE_WORDS_RU)):  # (most texts: none, found in C)
        text = _AGE_COMPOUND.sub(_age_in_digits, text)
    elif lang == "kk":
        text = _SMALL_AGE_KK.sub(lambda m: f"{_NUMERALS['kk'][m[1].casefold()]:.0f}{m[2]}", text)
    found = set()
    for age in _AGE_RE.finditer(text):
        if age["after"]:
            found.add(f"{int(age['after'])}{'y' if age['after_years'] else 'm'}")
        elif (person := _NEXT_WORD.match(text, age.end())) and person[1].casefold().startswith(_PERSONS):
            years = age["ru_years"] or age["kk_years"]
            found.add(f"{int(age['ru'] or age['kk'])}{'y' if years else 'm'}")
    return found


def _ending(match: re.Match) -> str:
    return (match.groupdict().get("ending") or "").casefold()


def _follows(values: list[float], value: float) -> bool:
    """Whether a number word goes on the number whose words so far are worth `values`, in the order numbers are
    said: a multiplier after what it counts and after none as large, tens after hundreds, units after tens or
    hundreds ("жиырма бес", "двести тридцать пять", "бір миллион бес жүз мың"; not "бес он", "он бір он екі",
    "бес мың бес мың")."""
    last = values[-1]
    if value in _LARGE:
        return last not in _LARGE and all(value < earlier for earlier in values if earlier in _LARGE)
    if last in _LARGE:
        return value < 1000
    if value == 100:
        return last < 10
    if value >= 100:
        return False
    if value >= 10:
        return last >= 100 and last % 100 == 0
    return last >= 10 and last % 10 == 0


def _number(text: str, run: list[re.Match], values: list[float], words: dict[str, float]) -> str | None:
    """The digits a run of number words (worth `values`) stands for, with the last word's ending, or None when the run is no figure of
    the story: under NUMERAL_MIN and no day; alone and a word that is more often no number ("бір", "жүз",
    "тоқсан", a quarter); an ordinal that is no day (a rank, a year: "екінші орын", "2025-інші жыл"); a number
    another word goes on ("он екі жарым", "тридцать пятой")."""
    last = run[-1]
    ending = _ending(last)
    stem = last["stem"].casefold()
    month_before = _month_before(text, max(0, run[0].start() - REFERENCE_CONTEXT), run[0].start())
    after = _NEXT_WORD.match(text, last.end())
    month_after = after is not None and MONTHS.get(after[1].casefold()) is not None
    ordinal = bool(_ORDINAL.fullmatch(ending))
    # a day: after its month in the genitive, in figures ("сәуірдің он төртінде"), or before its month, an ordinal
    # ("үшінші ақпанда"); an ordinal after a month's genitive is a week's or a half's ("наурыздың бірінші аптасы")
    day = (month_before is not None and not ordinal) or (
        month_after and (ordinal or not ending)
    )
    if (after is not None and _AFTER_NO_NUMBER.fullmatch(after[1])) or (ordinal and not day):
        return None
    ranged = _RANGE_AFTER.match(text, last.end())
    if text[run[0].start() - 1 : run[0].start()] == "-" or (
        ranged and (not ranged[1] or ranged[1].casefold() in words)
    ):  # one end of a range ("он бес-жиырма", "он-он бес"): neither end is the story's figure
        return None
    if len(run) == 1 and (stem in _NOT_ALONE or (ending and not day and len(stem) < ENDING_MIN_STEM)):
        return None
    figure = _composed(values)
    if figure < NUMERAL_MIN and not day:
        return None
    return (f"{figure:.0f}" if figure.is_integer() else f"{figure:g}") + (f"-{ending}" if ending else "")


def _month_before(text: str, start: int, end: int) -> int | None:
    """The month a Kazakh day's month in the genitive, right before `end`, names ("сәуірдің 14-і"), or None."""
    found = _GENITIVE_MONTH_BEFORE.search(text, start, end)
    return MONTHS.get(found[1].casefold()) if found else None


def _composed(values: list[float]) -> float:
    """The number of a run of number words: units and tens add up, a hundred multiplies what stands before it
    ("екі жүз" 200), a thousand or a million what stands before it since the last multiplier ("бір миллиард жүз
    миллион" 1 100 000 000)."""
    total = current = 0.0
    for value in values:
        if value in _LARGE:
            total += (current or 1.0) * value
            current = 0.0
        elif value == 100 and 0 < current < 10:
            current *= 100
        else:
            current += value
    return total + current


def figures_and_dates(text: str) -> tuple[set[str], set[str], set[str], set[str]]:
    """The numbers a text gives, normalised (`3 150` -> 3150, `6,4` -> 6.4, `1,2 млн` -> 1200000), the dates it
    names by day and month (`до 10 апреля`, `10 сәуірге`) as `MM-DD`, and of the numbers, those it only ever gives
    as approximate, at most (`почти 40`, `40-қа жуық`) and at least (`более 200`, `200-ден астам`). Years are left
    out of the numbers: every story of a year shares them."""
    numbers, dates, exact = set(), set(), set()
    hedged: dict[str, set[str]] = {way: set() for way in HEDGES}
    text = _ACCOUNT_RE.sub(r"\1 ", text)  # a fund's card or account: a reference many appeals print, no fact of one
    # (\1, the card's name, is empty for an account)
    phone_end, phone_digits = -1, 0  # where a phone number's last group ended, and its digits so far
    for match in _NUMBER_RE.finditer(text):
        whole = match.group()
        tail = _NUMBER_TAIL_RE.match(text, match.end())
        fraction, word = tail.groups()
        before = max(0, match.start() - REFERENCE_CONTEXT)
        digits = sum(c.isdigit() for c in whole)
        if _PHONE_BEFORE.search(text, before, match.start()) or (
            phone_end >= 0 and phone_digits + digits <= PHONE_MAX_DIGITS
            and _PHONE_JOIN.fullmatch(text, phone_end, match.start())
            # an area code's bracket closes right after it: "(7172)", not "(18 операторов)"
            and (text[match.start() - 1] != "(" or text[match.end() : match.end() + 1] == ")")
        ):
            phone_digits = (phone_digits if phone_end >= 0 else 0) + digits
            phone_end = match.end()
            continue  # a phone line, all its groups: no fact of the story
        phone_end = -1
        word = (word or "").casefold()
        glued = _GLUED_WORD.match(text, match.end())
        if _REFERENCE_BEFORE.search(text, before, match.start()) or _REFERENCE_WORD.fullmatch(
            glued[1].casefold() if glued else word
        ):
            continue  # an article of a code
        # the month after the day ("10 апреля", "10 сәуірге") or, in Kazakh, before it ("сәуірдің 14-і")
        month = MONTHS.get(word) or _month_before(text, before, match.start())
        if month and not fraction and whole.isdigit() and 1 <= int(whole) <= 31:
            dates.add(_month_day(month, int(whole)))
            continue
        value = float(whole.translate(_SPACES) + ("." + fraction if fraction else ""))
        if not fraction and whole.isdigit() and 1900 <= value <= 2100:
            continue
        figure = f"{value * _MULTIPLIERS.get(word, 1.0):g}"
        numbers.add(figure)
        after = tail.start(2) if word else tail.end()
        hedge = _HEDGE_BEFORE.search(text, before, match.start()) or _HEDGE_AFTER.match(text, after)
        clock = ":" in (text[match.start() - 1 : match.start()], text[match.end() : match.end() + 1])
        if hedge and not clock:  # a time's "шамасында" is about the time, not its minutes
            hedged[hedge.lastgroup].add(figure)
        else:
            exact.add(figure)
    about = hedged["about"] - exact
    return numbers, dates, (hedged["under"] - exact) | about, (hedged["over"] - exact) | about


def specific(figure: str) -> bool:
    """Whether a normalised figure is rare enough to find a story by: a fraction or three significant digits
    (6.4, 5812, 18500), not 10, 27, 18000 or a million."""
    value = float(figure)
    mantissa = f"{value:e}".partition("e")[0].replace(".", "").rstrip("0")
    return value != int(value) or len(mantissa) >= 3


def names(text: str) -> set[str]:
    """Stems of the capitalised words inside sentences (a sentence's first word is capitalised anyway),
    transliterated so that Russian and Kazakh spellings of one name meet."""
    found = set()
    for match in _CAPITALISED_RE.finditer(text):
        start, word = match.start(), match.group()
        previous = text[start - 1] if start else "\n"
        opener = (text[start - 2] if start >= 2 else "\n") if previous == " " else previous
        quoted = previous in _QUOTES and _QUOTED_NAME_RE.match(text, match.end())
        if quoted and _quoted_name(word, quoted[1]):
            pass  # a name in quotes: «Сункар», «Сұңқар» лагері, «Медикер Педиатрия»
        elif previous.isalnum() or opener in _OPENERS or word.isupper() and len(word) > 5:
            continue  # the tail of a word, a sentence's or a quote's first word, or a shouted dateline (KAZINFORM —)
        found.add(word.lower().translate(_TRANSLIT)[:NAME_STEM])
    return found - _GENERIC_NAMES


def _month_day(month: int, day: int) -> str:
    """A day named without its year, as the `dates` fact keeps it: `MM-DD`."""
    return f"{month:02d}-{day:02d}"


def day_key(day: datetime.date) -> int:
    """A day as the `dates` fact keeps it, hashed."""
    return _hash(_month_day(day.month, day.day))


def _news_days(dates: set[str], published) -> set[str]:
    """The days the text names (as `MM-DD`) that are its news's: within NEWS_DAYS of its publication, before it (what
    happened) or after it (what is announced), not a day it recalls (the incident a ministry's rules or an expert's
    findings go back to, a month before)."""
    if published is None:
        return set()
    return {day for day in dates if (gap := _days_before(day, published)) is not None and abs(gap) <= NEWS_DAYS}


def _days_before(day: str, published: datetime.date) -> int | None:
    """How many days before `published` a day named without its year (`MM-DD`) is, taken in the year that puts it
    nearest; negative after it; None for a day no year has (30 February)."""
    month, number = map(int, day.split("-"))
    gaps = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            gaps.append((published - datetime.date(year, month, number)).days)
        except ValueError:
            continue
    return min(gaps, key=abs, default=None)


def _placed(named: set[str], record: Record) -> set[str]:
    """The names that are the record's places', as the tagger read them ("Астане", "Кызылординской" for its
    "Астана", "Кызылординская область"): those that begin as one of the places' words does."""
    starts = {
        word.lower().translate(_TRANSLIT)[:PLACE_STEM]
        for evidence in (record.region_evidence or {}).values()
        for term in evidence.terms
        for word in term.split()
    }
    return {name for name in named if name[:PLACE_STEM] in starts}


def _quoted_name(first: str, rest: str) -> bool:
    """Whether a short quote is a name: every word capitalised (not "«Спасибо врачам»"), and a single word no function
    word ("«Нет»")."""
    words = rest.replace("-", " ").split()
    return all(word[:1].isupper() or word[:1].isdigit() or word[:1] == "№" for word in words) and (
        bool(words) or first.casefold() not in stopwords()
    )


def minhash(lemmas: list[str]) -> tuple[bytes, int]:
    """One-permutation MinHash of the lemma 3-grams, and how many distinct 3-grams there were. A 3-gram's hash is
    the hash of its lemmas' CRC-32s: integers and tuples of integers hash alike in every run of CPython 3.8 and
    later on 64-bit machines (only strings are salted), and hashing a tuple is the fastest mixing Python has."""
    crc = {lemma: _hash(lemma) for lemma in set(lemmas)}
    codes = [crc[lemma] for lemma in lemmas] or [0]
    shingles = {hash(gram) & 0xFFFFFFFF for gram in zip(codes, codes[1:] or [0], codes[2:] or [0])}
    bins = [EMPTY] * BINS
    for h in shingles:
        b, v = h % BINS, h // BINS
        if v < bins[b]:
            bins[b] = v
    return array("I", bins).tobytes(), len(shingles)


FACTS = ("figures", "under", "over", "specific", "names", "dates", "places", "topics", "placed", "news_days", "ages")
# day number (date.toordinal(), 0 when undated), distinct 3-grams, language, and how many hashes of each fact
_HEADER = struct.Struct(f"<iIB{len(FACTS)}H")
_LANG_CODES = {lang: code for code, lang in enumerate(LANGS)}


class Signature:
    """All `stories` keeps of a record while it groups them (see the module's docstring): the content id and one
    byte string (a header, the MinHash bins, then each fact's sorted 32-bit hashes), about 300 bytes in all."""

    __slots__ = ("id", "data")

    def __init__(self, id: str, data: bytes) -> None:
        self.id, self.data = id, data

    @property
    def day(self) -> int | None:
        day = _HEADER.unpack_from(self.data)[0]
        return day or None

    @property
    def shingles(self) -> int:
        return _HEADER.unpack_from(self.data)[1]

    @property
    def lang(self) -> str:
        return LANGS[_HEADER.unpack_from(self.data)[2]]

    @property
    def minhash(self) -> bytes:
        return self.data[_HEADER.size : _HEADER.size + 4 * BINS]

    def facts(self, kind: str) -> frozenset[int]:
        return unpacked(self._fact_bytes(kind))

    def figures(self, kind: str = "figures") -> array:
        """The figures as numbers, ascending (a non-negative float's bits sort as it does), to compare with a
        rounding's tolerance (`почти 13,5 тысячи` for 13 420); `under` and `over`, those given as approximate only,
        at most and at least (see figures_and_dates)."""
        values = array("f")
        values.frombytes(self._fact_bytes(kind))
        return values

    def _fact_bytes(self, kind: str) -> bytes:
        counts = _HEADER.unpack_from(self.data)[3:]
        position = FACTS.index(kind)
        start = _HEADER.size + 4 * BINS + 4 * sum(counts[:position])
        return self.data[start : start + 4 * counts[position]]


def _subjects(record: Record) -> set[str]:
    """The record's topics and the kinds of incident it names ([events] in facts.toml)."""
    return {*(record.topics or ()), *filter(None, map(_EVENTS.get, record.lemmas))}


_YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_RECAP = re.compile(
    r"(?:напомним|еске салайық|еске салсақ|еске сала кетейік|ранее сообщалось|ранее мы сообщали|бұған дейін хабарланғандай)"
    r"(?!\w)",
    re.IGNORECASE,
)


def _own_paragraphs(record: Record) -> list[str]:
    """The record's paragraphs but a reminder of another, earlier event, whose facts are not the story's: a paragraph
    that opens so ("Напомним, двумя днями ранее, 4 марта, отравились 14 учеников школы-гимназии №7") and names only days
    RECAP_MIN_DAYS or more before the record's date, or an earlier year, beside a story of its own at least as long. A
    story's update recalls its own event so ("Напомним, ранним утром 19 декабря ..." on the 19th), and a weekly's
    retelling may be mostly the reminder: both keep it."""
    paragraphs = record.paragraphs
    reminders = [bool(_RECAP.match(paragraph)) for paragraph in paragraphs]
    if record.date is None or not any(reminders):
        return paragraphs
    recalled = [reminder and _recalls_earlier_days(paragraph, record) for paragraph, reminder in zip(paragraphs, reminders)]
    length = [len(paragraph.split()) for paragraph in paragraphs]
    own = sum(n for n, gone in zip(length, recalled) if not gone)
    if own < sum(n for n, gone in zip(length, recalled) if gone):
        return paragraphs
    return [paragraph for paragraph, gone in zip(paragraphs, recalled) if not gone]


def _recalls_earlier_days(paragraph: str, record: Record) -> bool:
    """Whether a paragraph names only days RECAP_MIN_DAYS or more before the record's date, or an earlier year."""
    days = figures_and_dates(numerals_as_digits(_in_cyrillic(paragraph, record.lang), record.lang))[1]
    return bool(days) and (
        all((gap := _days_before(day, record.date)) is not None and gap >= RECAP_MIN_DAYS for day in days)
        or _earlier_year(paragraph, record.date)
    )


def _earlier_year(text: str, published: datetime.date) -> bool:
    """Whether a text names a year before the one a record was published in ("Напомним, 15 апреля 2025 года ...")."""
    return any(int(year) < published.year for year in _YEAR_RE.findall(text))


def signature(record: Record) -> Signature:
    """The signature of one record: a pure function of it, so it can be mapped over partitions anywhere."""
    told = "\n".join(_own_paragraphs(record))
    text = f"{record.title}\n{told}" if record.title else told
    mh, shingles = minhash(record.lemmas)
    digits = numerals_as_digits(_in_cyrillic(text, record.lang), record.lang)
    numbers, dates, under, over = figures_and_dates(digits)
    named = names(text)
    facts = [_packed(map(_float_bits, figures)) for figures in (numbers, under, over)] + [
        _packed(map(_hash, values))
        for values in (
            filter(specific, numbers), named, dates, record.regions or (), _subjects(record), _placed(named, record),
            _news_days(dates, record.date), ages(digits, record.lang),
        )
    ]
    header = _HEADER.pack(
        record.date.toordinal() if record.date else 0,
        shingles,
        _LANG_CODES[record.lang],
        *(len(packed) // 4 for packed in facts),
    )
    return Signature(record.id, b"".join([header, mh, *facts]))
