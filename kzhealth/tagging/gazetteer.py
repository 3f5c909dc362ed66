"""Regions found in a text through the names of regions, cities, towns and districts, in any case form.

Every word of a name becomes a key: its shortest stem (Астана -> астан, Алматинская -> алматинск, облысы ->
облыс). A text word maps to a key when it is one of the name word's stems plus a Russian ending or a Kazakh
suffix chain (Астану, Астанада, облысының). Names are sequences of keys; the longest sequence starting at a word
wins, so `Алматы облысы` is almaty_region while `Алматы` alone is almaty.

Most paragraphs name no place, so a paragraph is tokenized only when one of its space-separated chunks holds an
anchor: one key chosen from each name, at a capital letter where that name's word needs one. Text read from a
script without capitals (Kazakh in Arabic letters) is tokenized whole, and a word stands for a capitalised one
only right before a word for a kind of place.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import chain, compress

from ..lang.script import CYRILLIC_LETTER, TITLE, Analysed, spelling_of
from ..lang.tokenize import KAZAKH_LETTERS, fold, without_kazakh_letters, words
from ..memo import LIMIT, Memo
from ..shipped import read_toml
from .forms import StemIndex, english_endings, kazakh_endings, russian_endings

_ADJECTIVE_ENDINGS = ("ий", "ый", "ой", "ая", "яя", "ое", "ее", "ые", "ие")
_VOWEL_OR_SOFT = set("аяоеёыиуюйь")
_VOWELS = set("аяоеёыиуюэәөұүі")
_MIN_STEM = 3
CASELESS_MIN_CHARS = 6  # a name read without capitals alone: шымкент, алматы
LOCATED_ENDS = ("ғы", "гі")  # the relative ending after a locative, "which is in": -дағы, -тегі, -ндағы
CASELESS_CASED_MIN_CHARS = 5  # ... or with a case ending: таразда, семейде (not таразы "scales", арыстан "lion")
# Kazakh case endings (locative, ablative, dative, genitive, accusative, instrumental, with the relative -ғы/-гі)
_KAZAKH_CASES = (
    "да", "де", "та", "те", "дан", "ден", "тан", "тен", "нан", "нен", "ға", "ге", "қа", "ке", "на", "не", "ның", "нің",
    "дың", "дің", "тың", "тің", "ды", "ді", "ты", "ті", "ны", "ні", "мен", "бен", "пен", "дағы", "дегі", "тағы", "тегі",
)
_ADDRESS = "<address>"
_SENTENCE_END = re.compile(r"[.!?…:;»\"”)]\s*$")
# an agency's dateline on a line of its own, its place in capitals: "КОСТАНАЙ, 3 марта 2025 — Zakon.kz" (only the place
# counts: not a caption's "ФОТО, 3 марта — пресс-служба акимата Алматы")
_DATELINE = re.compile(
    r"(?P<place>[^\W\d_a-zа-яёәғқңөұүһі]{3,}(?:-[^\W\d_a-zа-яёәғқңөұүһі]+)?)[.,]\s*\d{1,2}\s+[^\W\d_]+\.?(?:\s+\d{4})?\S*\s*[—–-]\s*\S"
)
# a table's row as text: a name, then two or more figures in columns ("Атырауская область\t78\t71\t-9%"), the
# columns apart by tabs, spaces or bars ("г. Шымкент | 52 | 298", as Markdown writes a table)
# ... or by semicolons, as a CSV export gives them ("3;Түркістан облысы;139,5;9,8")
_COLUMN_GAP = re.compile(r"\s*[|;]\s*|\t[ \t]*|  +")
_KAZAKH_LETTER = re.compile(f"[{KAZAKH_LETTERS}]")
_BAR_OR_TAB = re.compile(r"\s*\|\s*|\t[ \t]*")
_YEAR_CELL = re.compile(r"(?:19|20)\d\d")
_FIGURE = re.compile(r"[+−–-]?\d[\d.,]*(?: \d{3})*+ ?%?")
# ... a column's figure perhaps a range or with its unit ("3–5 дней", "2 недели", "120 000 тг")
_FIGURE_CELL = re.compile(r"[+−–-]?\d[\d.,]*(?: \d{3})*+(?:\s*[–-]\s*\d[\d.,]*)? ?%?(?:\s[^\W\d]{1,12}\.?)?")
_MIN_FIGURES = 2
# ... or a name, dots leading to its one figure: "Атырау облысы ........... 198"
# a ranking's place before its row's name ("3   Абай облысы   305,9"), or before its cell in a CSV export's row
# ("3;Түркістан облысы;139,5;9,8"), which alone a table's row of two figures or more may have before its name
_CSV_PLACE = r"\d{1,3}\s*;\s*"
_RANK = re.compile(rf"^(?:\d{{1,3}}[.)]?(?:\t[ \t]*|\s+)|{_CSV_PLACE})(?=[^\W\d])")
_CSV_RANK = re.compile(rf"^{_CSV_PLACE}(?=[^\W\d])")
_BARS = re.compile(r"[█▇▆▅▄▃▂▁■▌▍▎▏░▒▓]+")  # a text chart's bars
_LEADER_ROW = re.compile(r"(?P<name>[^\d.]*[^\d.\s](?:\s+обл\.)?)\s*\.{2,}\s*[+−–-]?\d[\d.,]*(?: \d{3})*+ ?%?")
_RATE = re.compile(r"\d[.,]\d|%")  # a rate's decimals or its percent sign
ROW_MAX_CHARS = 200  # a table's row is no longer
# a list's row of a name, a dash and its figure, a rate or a count with its unit ("• Шығыс Қазақстан облысы – 284,2",
# "Алматы — 38%", "▫️ Түркістан облысы – 412 мың"; not a league table's points, "2. Астана — 47")
_DASH_ROW = re.compile(
    r"^(?:[^\w\s]{1,3}\s*|\d{1,2}[.)]\s*)?(?P<name>[^\d–—|:]{2,40}?)\s+[–—-]\s+(?P<figure>[+−-]?\d[\d .,]*)"
    r"\s*(?P<unit>%|мың|тыс\.?|млн|человек|адам)?\s*$"
)
_REGION_ABBREVIATION = re.compile(r"(?<!\w)обл\.?(?!\w)", re.IGNORECASE)
# a name that says it is one region's or one city's (its bare count is no club's points; not a total's "Всего по
# областям", "Облыстар бойынша барлығы"), and a bare count (not a phone number, "8 7172 55 12 34", nor a postcode)
_REGION_NAMED = re.compile(
    r"(?<!\w)(?:(?:облысы|облыс|области|область|қаласы|город|городе)(?!\w)|обл\.|г\.)", re.IGNORECASE
)
# a list's remainder, which names no place: "Другие регионы — 11%", "Өзге өңірлер – 13" (or in small letters)
_REST = re.compile(r"(?:остальн|друг|прочи|өзге|басқа|other)\w*\s", re.IGNORECASE)
# a list's label that says its figures are by place ("по городам", "в разрезе регионов", "өңірлер бойынша")
_BY_PLACES = re.compile(
    r"(?<!\w)(?:по\s++(?:городам|регионам|областям|районам)|в\s++разрезе\s++(?:регионов|городов|областей|районов)"
    r"|(?:өңірлер|облыстар|қалалар|аймақтар|аудандар)\s++бойынша|by\s++(?:regions?|cities|city))(?!\w)",
    re.IGNORECASE,
)
_BARE_COUNT = re.compile(r"[+−-]?(?:(?!0\d)\d{1,6}(?<!0000)|\d{1,3}(?:[ \u00a0]\d{3})+)")
_REGION_WORD, _FEMININE = "область", ("ая", "яя")  # Алматинская (область)
REGION_WORDS = (_REGION_WORD, "облысы")  # what обл. stands for, in Russian and in Kazakh
REGION_STEM = "област"  # the Russian region's word before its name: области Абай
BRAND_MAX_WORDS = 2  # a brand's words after a place's name in quotes: «Шымкент Дент», «Астана Смайл»
TABLE_MIN_REGION_ROWS = 2  # rows headed by a region's name that make a table one of figures by region
MIXED_ROW_MIN_CELLS = 3  # a row with names beside its first, apart by bars or tabs: a payee, its city, its sum
TABLE_MIN_ROWS = 3  # rows of one rate each in a run that make a ranking's table (a name and its value) ...
SINGLE_ROW_HEAD_MAX_WORDS = 4  # ... each headed by a name of a few words (not a most-read list's headline and its views)


def _row_head(line: str) -> str | None:
    """The name a table's row of figures opens with, or None for any other line."""
    if len(line) > ROW_MAX_CHARS:  # (a paragraph: no regex over it)
        return None
    if ".." in line and (leader := _LEADER_ROW.fullmatch(_RANK.sub("", line.strip(), count=1))):
        return leader["name"]  # an infographic's "Атырау облысы ..... 198", perhaps ranked ("3. Карагандинская обл. ...")
    cells = _row_cells(_CSV_RANK.sub("", line.strip(), count=1), _MIN_FIGURES)
    return cells[0] if cells else None


def _mixed_row(line: str) -> list[str] | None:
    """The cells of a table's row of names and figures, its first cell perhaps no place ("ТОО «Нур Шипагер» | Кызылорда
    | 8,7"): three cells or more apart by bars or tabs, one at least a figure that is no year (not a caption's "Кадр из
    видео | Шымкент | 2025"); None for any other line."""
    if "|" not in line and "\t" not in line:
        return None
    cells = [cell for cell in _BAR_OR_TAB.split(line.strip(" \t|")) if cell]
    figures = [cell for cell in cells if _FIGURE_CELL.fullmatch(cell) and not _YEAR_CELL.fullmatch(cell)]
    return cells if len(cells) >= MIXED_ROW_MIN_CELLS and figures else None


def _rate_row_head(line: str) -> str | None:
    """The name a ranking's or a chart's row of one rate opens with, perhaps after its place, its bars apart ("3   Абай
    облысы   305,9", "ШҚО ██████ 55,3"): a name of a few words and a figure with its decimals or a percentage (not a
    temperature, a phone number, a year, a team's points, a headline's views)."""
    if len(line) > ROW_MAX_CHARS:
        return None
    cells = _row_cells(_RANK.sub("", _BARS.sub("  ", line).strip(), count=1), 1)
    return cells[0] if cells and len(cells[0].split()) <= SINGLE_ROW_HEAD_MAX_WORDS and _RATE.search(cells[-1]) else None


def _dash_row_head(line: str, by_places: bool = False) -> str | None:
    """The name a list's row of one rate or count opens with, before its dash (see _DASH_ROW): a bare count only after
    a name with a region's or a city's word ("Абай облысы — 12", "г. Шымкент — 4"; a club's points after a bare
    city's name, "Астана — 47", are no such row), or under a label that says the figures are by place (`by_places`:
    "Обращения с ОРВИ по городам:" over "Алматы — 9 412")."""
    if len(line) > ROW_MAX_CHARS or not (row := _DASH_ROW.match(line)):
        return None
    name = row["name"]
    counted = row["unit"] or _RATE.search(row["figure"]) or (
        (by_places or _REGION_NAMED.search(name)) and _BARE_COUNT.fullmatch(row["figure"].strip())
    )
    return name if counted else None


def _runs(items: list) -> Iterator[tuple[int, int]]:
    """The start and end of each run of items that are set (not None nor empty)."""
    start = None
    for i, item in enumerate([*items, None]):
        if item and start is None:
            start = i
        elif not item and start is not None:
            yield start, i
            start = None


def _row_cells(line: str, min_figures: int) -> list[str] | None:
    """A line's cells apart by column gaps, when all but the first (a name) are figures, `min_figures` at least."""
    if "\t" not in line and "  " not in line and "|" not in line and ";" not in line:
        return None  # no column gap: prose, as nearly every paragraph is
    cells = _COLUMN_GAP.split(line.strip(" \t|"))
    if (
        len(cells) > min_figures
        and not any(ch.isdigit() for ch in cells[0])
        and all(_FIGURE_CELL.fullmatch(cell) for cell in cells[1:])
        and sum(bool(_FIGURE.fullmatch(cell)) for cell in cells[1:]) >= min_figures
    ):
        return cells
    return None


def name_stems(word: str) -> list[str]:
    """The stems a name word may take endings on, the word itself first and its key (the shortest) last."""
    # a Russian adjective's ending follows a consonant (степн-ой, рудн-ый); Жылыой is a Kazakh name, not жылы + ой
    if len(word) > 5 and word.endswith(_ADJECTIVE_ENDINGS) and word[-3] not in _VOWEL_OR_SOFT:
        return [word, word[:-2]]
    # a Kazakh name's final у after a vowel is a consonant (Атырау, Ақтау, Бейнеу: Атырауда, and in Russian they
    # do not decline), not an ending: without it Бейнеу was keyed бейне, the Kazakh "video", "image"; so is the final
    # й of a name in Kazakh letters (Қордайда; keyed қорда, "Қордан", from the Fund, was the district), which Russian
    # drops (Алтай: в Алтае)
    kazakh_y = word[-1] == "й" and _KAZAKH_LETTER.search(word) is not None
    if len(word) > 4 and word[-1] in _VOWEL_OR_SOFT and not ((word[-1] == "у" or kazakh_y) and word[-2] in _VOWELS):
        return [word, word[:-1]]
    return [word]


@dataclass(frozen=True)
class _Name:
    region: str
    name: str
    capitals: tuple[bool, ...]  # which words must be capitalised in the text
    latin: bool = False  # written in Latin letters (Almaty), as English writes it


class _Anchors:
    """Keys looked for in a folded chunk of text, filed under their first letters (as many as the shortest key
    has), so that trying a position costs one dict look-up."""

    def __init__(self, anchors: Iterable[str]) -> None:
        anchors = list(anchors)
        self._start = min(map(len, anchors), default=1)
        self._by_start: dict[str, list[str]] = {}
        for anchor in anchors:
            self._by_start.setdefault(anchor[: self._start], []).append(anchor)

    def anywhere(self, folded: str) -> bool:
        """Whether an anchor begins anywhere in `folded`."""
        return self.at(folded, range(len(folded) - self._start + 1))

    def at(self, folded: str, positions: Iterable[int]) -> bool:
        """Whether an anchor begins at one of the positions."""
        start = self._start
        for i in positions:
            for anchor in self._by_start.get(folded[i : i + start], ()):
                if folded.startswith(anchor, i):
                    return True
        return False


_CAPITALISED = rf"[^\W\d_a-zа-яё{KAZAKH_LETTERS}][\w-]*"
# places joined by spaced dashes: "Алматы — Усть-Каменогорск" (a hyphen without spaces is inside a name)
_CHAIN = re.compile(rf"(?<![\w-]){_CAPITALISED}(?:\s+[—–-]\s+{_CAPITALISED})+")
_LAST_WORD = re.compile(r"(\w+)\W*$")
# a name of one to three capitalised words in quotes: «Ордабасы», «Кызыл-Жар», «Шахтер Караганда»
_NAME = rf"{_CAPITALISED}(?:[ -]{_CAPITALISED}){{0,2}}"
_QUOTED_NAME = rf"«{_NAME}»"
_QUOTED = re.compile(_QUOTED_NAME)
# two of them joined by a spaced dash are a match's teams, whatever their case: «Кайрат» – «Атырау», «Астанадан» – ...
_FIXTURE = re.compile(rf"{_QUOTED_NAME}\s+[—–-]\s+{_QUOTED_NAME}")
# such a name in the other quotes sites type, read as in guillemets, one character for one: "Актобе", “Актобе”, and
# „Актобе“, whose closing mark opens the English pair
_TYPED_QUOTES = '"“„'
_QUOTE_MARKS = "«" + _TYPED_QUOTES
_TYPED_QUOTED = re.compile(rf'(?<![\w"])["“„]({_NAME})["”“](?![\w"])')
_FIRST_WORD = re.compile(r"\W{0,3}(\w+)")


class _Routes:
    """Roads and routes in a text ("трасса Алматы — Усть-Каменогорск"), which name places the story is not in."""

    def __init__(self, route_words: Iterable[str]) -> None:
        self._words = tuple(fold(word) for word in route_words)

    def mask(self, text: str) -> str:
        """The text with the place chains of roads and routes blanked out."""
        if not self._words or not any(dash in text for dash in "—–-"):
            return text
        for chain in reversed(list(_CHAIN.finditer(text))):
            if _beside(chain, self._words):
                text = text[: chain.start()] + _blank(chain) + text[chain.end() :]
        return text


class _QuotedNames:
    """A place's name as it stands in quotes is a club's, a paper's or a company's (ФК «Ордабасы», «Жетісу» газеті,
    медцентр «Астана»), not the place it is named after; so are a match's teams («Кайрат» – «Атырау»), and any name in
    quotes with a company's legal form before or after it (ТОО «Ордабасы Медикус», «Жетісу Құрылыс Инвест» ЖШС). Not
    beside or with one of `located_words`, a place that stands where it is named after (аэропорт «Алматы», «Шымкент»
    халықаралық әуежайы, АО «Международный аэропорт Алматы»); and not declined, as a place is in a quoted answer
    («Ақтөбеден»). So is a place's name with a brand's words after it («Шымкент Дент», a clinic in Туркестан)."""

    def __init__(
        self, located_words: Iterable[str], names: Iterable[str], company_forms: Iterable[str] = (),
        place_words: tuple[Iterable[str], Iterable[str]] = ((), ()), owned_words: Iterable[str] = (),
    ) -> None:
        """`place_words`: the words for a kind of place (город, облысы) that make a name in quotes right after or before
        them the place."""
        self._words = tuple(fold(word) for word in located_words)
        self._not_brand = self._words + tuple(fold(word) for word in owned_words)  # (see quoted_owned_words)
        self._names = frozenset(names)
        self._place_before, self._place_after = (frozenset(map(fold, words)) for words in place_words)
        forms = "|".join(map(re.escape, company_forms))
        # a company's registered name, whatever its words: its legal form right before or after the quotes
        self._company = re.compile(rf"(?<!\w)(?:{forms})\s+«[^«»]{{2,80}}»|«[^«»]{{2,80}}»\s+(?:{forms})(?!\w)") if forms else None

    def mask(self, text: str, keep_names: bool) -> str:
        """The text with a match's teams blanked out, and unless `keep_names` such names and companies' names; the
        same text when it has none (its words keep the tokens they have)."""
        quoted = text
        if any(quote in text for quote in _TYPED_QUOTES):
            quoted = _TYPED_QUOTED.sub(lambda found: f"«{found[1]}»", text)
        if "«" not in quoted:
            return text
        masked = _FIXTURE.sub(_blank, quoted)
        if not keep_names:
            if self._company is not None:
                masked = self._company.sub(self._blank_unless_a_place, masked)
            masked = _QUOTED.sub(self._blank_unless_located, masked)
        return text if masked == quoted else masked

    def _blank_unless_a_place(self, company: re.Match) -> str:
        """A company's quoted name blanked, unless it names a place of its own (an airport, a resort)."""
        folded = fold(company[0])
        return company[0] if any(word in folded for word in self._words) else _blank(company)

    def _blank_unless_located(self, quoted: re.Match) -> str:
        if not self._names_a_place(quoted[0].strip("«»")) or _beside(quoted, self._words, after_words=2):
            return quoted[0]
        before = _LAST_WORD.search(quoted.string, max(0, quoted.start() - 40), quoted.start())
        after = _FIRST_WORD.match(quoted.string, quoted.end())
        if (before and fold(before[1]) in self._place_before) or (after and fold(after[1]) in self._place_after):
            return quoted[0]  # the place, named with what kind it is: в городе «Шымкент», «Түркістан» облысы
        return _blank(quoted)

    def _names_a_place(self, quoted: str) -> bool:
        """Whether a name in quotes is a place's as it stands («Шымкент»), or a place's with a brand's words after it,
        each capitalised («Шымкент Дент», «Астана Смайл»; not «Атырау облыстық ауруханасы», which says where it is,
        nor «Астана Арена» or «Астана Опера»: see quoted_owned_words)."""
        first, _, rest = quoted.partition(" ")
        brand = rest.split()
        return quoted in self._names or (
            first in self._names and 0 < len(brand) <= BRAND_MAX_WORDS and all(word[:1].isupper() for word in brand)
            and not any(fold(word).startswith(self._not_brand) for word in brand)
        )


def _beside(match: re.Match, words: tuple[str, ...], after_words: int = 1) -> bool:
    """Whether the word right before a match, or one of the first `after_words` words after it, begins with one of
    some folded words (a word of several, "тас жол", opening the text after it)."""
    before = _LAST_WORD.search(match.string, max(0, match.start() - 40), match.start())
    after = fold(match.string[match.end() : match.end() + 40].lstrip(" »”\"\n"))  # «Атырау – Орал» тас жолы
    following = [" ".join(after.split()[i:]) for i in range(after_words)]
    return bool(before and fold(before[1]).startswith(words)) or any(text.startswith(words) for text in following)


def _blank(match: re.Match) -> str:
    """Spaces as long as a match: blanked, the words around it keep their places."""
    return " " * (match.end() - match.start())


def _typed(value):
    """Every string in a nested value as typed without Kazakh letters (duplicates dropped from lists)."""
    if isinstance(value, str):
        return without_kazakh_letters(value)
    if isinstance(value, dict):
        return {_typed(key): _typed(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return list(dict.fromkeys(map(_typed, value)))
    return value


class Gazetteer:
    def __init__(self, regions: dict[str, dict], matching: dict, typed: bool = False) -> None:
        """`typed`: Kazakh endings also as typed without Kazakh letters (-дегі: -деги), for Kazakh text typed so,
        whose names are given so too (see `shipped`)."""
        self.ids = list(regions)
        self._formerly = {rid: spec["formerly"] for rid, spec in regions.items() if "formerly" in spec}
        if unknown := sorted(set(self._formerly.values()) - set(regions)):
            raise ValueError(f"regions: `formerly` names no region: {', '.join(unknown)}")
        self.min_paragraph_words = matching.get("min_paragraph_words", 0)
        self._index = StemIndex(min_stem=_MIN_STEM)
        # a Russian case ending, a Kazakh suffix chain, or an English plural or possessive (regions, Almaty's)
        self._endings = (russian_endings(), kazakh_endings(typed=typed), english_endings())
        # words that name a place only as no other's: елорда is Astana, "Түркия елордасы" another country's capital
        self._unpossessed = frozenset(fold(word) for word in matching.get("unpossessed", ()))
        self._unpossessed_endings = (self._endings[0], kazakh_endings(third_person=False, typed=typed), self._endings[2])
        self._registered: set[tuple[str, str]] = set()
        self._keys: Memo[str, tuple[str, ...]] = Memo(self._keys_of)
        self._plain: set[str] = set()  # text chunks known to hold no anchor
        self._routes = _Routes(matching.get("route_words", ()))
        self._surname_endings = tuple(matching.get("surname_endings", ()))
        self._patronymic_endings = tuple(matching.get("patronymic_endings", ()))
        self._people_places = frozenset(matching.get("people_places", ()))
        self._place_prepositions = frozenset(matching.get("place_prepositions", ()))
        self._village_namesakes = frozenset(matching.get("village_namesakes", ()))
        self._village_after = tuple(matching.get("village_after", ()))
        self._village_before = frozenset(matching.get("village_before", ()))
        self._village_plural = tuple(matching.get("village_after_plural", ()))
        self._village_before_plural = frozenset(matching.get("village_before_plural", ()))
        self._village_rural = tuple(matching.get("village_rural", ()))
        self._village_district = tuple(matching.get("village_district", ()))
        self._plurals = tuple(fold(word) for word in matching.get("plural_generic", ()))
        self._joiners = frozenset(fold(word) for word in matching.get("list_joiners", ()))
        self._district_plurals = frozenset(fold(word) for word in matching.get("district_plurals", ()))
        generic = {fold(word) for word in matching.get("generic", ())}
        for word in matching.get("address_words", ()):
            self._register(fold(word), _ADDRESS)
        self._namesake_before = frozenset(matching.get("namesake_before", ()))
        self._namesake_after = frozenset(matching.get("namesake_after", ()))
        self._club_words = frozenset(matching.get("club_words", ()))
        self._lakes = frozenset(matching.get("lakes", ()))
        self._lake_before = frozenset(matching.get("lake_before", ()))
        self._lake_after = frozenset(matching.get("lake_after", ()))
        self._lake_on = frozenset(matching.get("lake_on", ()))
        self._names: dict[tuple[str, ...], _Name] = {}
        self._whole_words: set[str] = set()  # the capitalised words of names, whole (шымкент, not its key шымкен)
        self._district_keys = frozenset(self._register_as_itself(word) for word in matching.get("district_words", ()))
        for word, same in matching.get("synonyms", {}).items():  # oblast: region, as English writes either
            self._register(fold(word), name_stems(fold(same))[-1])
        namesakes = matching.get("namesake_districts", ())
        # adjectives match in any form, by their keys; names (capitalised) only as they stand
        self._namesakes = frozenset(name_stems(fold(word))[-1] for word in namesakes if word.islower())
        self._namesake_names = frozenset(word for word in namesakes if not word.islower())
        self._foreign = frozenset(name_stems(fold(word))[-1] for word in matching.get("foreign_regions", ()))
        # a town's name -> the pairs of word starts that put a text by its twin abroad
        self._twins_abroad = {
            name: [tuple(fold(pair).split()) for pair in pairs]
            for name, pairs in matching.get("twins_abroad", {}).items()
        }
        self._district_names = frozenset(matching.get("namesake_after_district", ()))
        self._capital_after_district = frozenset(matching.get("capital_after_district", ()))
        # "в районе Астана" (not "в каждый район. Астана ..."), and Алматы ауданы
        self._district_before_name = frozenset(matching.get("district_before_name", ()))
        self._district_after_name = matching.get("district_after_name") or None
        # the generic words that make a region of a name (облысы, область: those of the regions' display names)
        displayed = {fold(word) for spec in regions.values() for name in spec.get("display", {}).values()
                     for word in name.split()}
        self._region_words = sorted(word for word in matching.get("generic", ()) if fold(word) in displayed)
        self._city_words = frozenset(fold(word) for word in matching.get("city_words", ()))
        self._prefixes: set[tuple[str, ...]] = set()
        region_keys = set()  # of the names of regions and cities of republican significance (not of their towns)
        for rid, spec in regions.items():
            region_keys.update(self._add_name(rid, name, generic) for name in spec.get("names", ()))
            for name in spec.get("places", ()):
                self._add_name(rid, name, generic)
        self._longest = max(map(len, self._names), default=0)
        capitalised = (name.name for name in self._names.values() if name.name[:1].isupper())
        place_words = (matching.get("quoted_place_before", ()), matching.get("quoted_place_after", ()))
        self._quoted = _QuotedNames(
            matching.get("located_words", ()), capitalised, matching.get("company_forms", ()), place_words,
            matching.get("quoted_owned_words", ()),
        )
        self._region_names = {self._names[keys] for keys in region_keys}
        # a region's own word, which names it only with облысы/область (Абай облысы) and alone is a person's name:
        # heading a row of a table of figures by region, it is the region
        self._row_heads: dict[str, str] = {}
        region_words = {fold(word) for word in self._region_words}
        for rid, spec in regions.items():
            for two in (name.split() for name in spec.get("names", ()) if len(name.split()) == 2):
                for word, other in (two, two[::-1]):
                    if fold(other) in region_words and (name_stems(fold(word))[-1],) not in self._names:
                        self._row_heads[fold(word)] = rid
        # ... and a town named after a person (Конаев, Сатпаев), which alone is the person elsewhere
        for word in self._people_places:
            if town := self._names.get((name_stems(fold(word))[-1],)):
                self._row_heads[fold(word)] = town.region
        self._anchors, self._capital_anchors = self._choose_anchors()
        self._generic_keys = frozenset(name_stems(word)[-1] for word in generic)
        common = {fold(word) for word in matching.get("caseless_common", ())}
        self._caseless_common = tuple(common)
        # what a word read without capitals must open with to be a name
        self._caseless_words = {
            word for word in self._whole_words if word not in common and len(word) >= CASELESS_CASED_MIN_CHARS
        }
        self._caseless_lengths = sorted({len(word) for word in self._caseless_words})

    def _register(self, word: str, key: str) -> None:
        for stem in name_stems(word):
            if (stem, key) not in self._registered:
                self._registered.add((stem, key))
                for endings in self._unpossessed_endings if word in self._unpossessed else self._endings:
                    self._index.add(stem, key, endings)

    def _register_as_itself(self, word: str) -> str:
        """Registers a word under its own key (a word for a district, район, district); the key."""
        key = name_stems(fold(word))[-1]
        self._register(fold(word), key)
        return key

    def _add_name(self, region: str, name: str, generic: set[str]) -> tuple[str, ...]:
        """Adds one of a region's names (its own or a place's in it); the name's keys."""
        keys, capitals = [], []
        for word in name.split():
            folded = fold(word)
            key = name_stems(folded)[-1]
            self._register(folded, key)
            keys.append(key)
            capitals.append(folded not in generic and word[:1].isupper())
            if capitals[-1]:
                self._whole_words.add(folded)
        seq = tuple(keys)
        old = self._names.get(seq)
        if old and old.region != region:
            raise ValueError(f"region name {name!r} is given for both {old.region} and {region}")
        if old:  # the same key sequence written twice (Петропавловск, петропавловский): the laxer spelling rules
            capitals = [a and b for a, b in zip(old.capitals, capitals)]
            name = old.name
        self._names[seq] = _Name(region, name, tuple(capitals), latin=not CYRILLIC_LETTER.search(name))
        self._prefixes.update(seq[:n] for n in range(1, len(seq)))
        return seq

    def _choose_anchors(self) -> tuple[_Anchors, _Anchors]:
        """The anchors that may begin any word, and those that begin a capitalised word. A name is found only where
        a word begins with each of its keys, so one key per name will do: the one that rules out the most text, a
        capitalised word's before a lower-case one's, then the key of fewest names (not облыс), then the longest
        (not ско, which is in every -ского)."""
        uses = Counter(key for seq in self._names for key in set(seq))
        needs_capital: dict[str, bool] = {}
        for seq, name in self._names.items():
            rank = {key: (cap, -uses[key], len(key)) for key, cap in zip(seq, name.capitals)}
            anchor = max(rank, key=rank.__getitem__)
            # an anchor of several names needs a capital only if it needs one in all of them
            needs_capital[anchor] = needs_capital.get(anchor, True) and rank[anchor][0]
        return (
            _Anchors(anchor for anchor, capital in needs_capital.items() if not capital),
            _Anchors(anchor for anchor, capital in needs_capital.items() if capital),
        )

    @classmethod
    @cache
    def shipped(cls, typed: bool = False) -> "Gazetteer":
        """The shipped gazetteer; `typed`: for Kazakh typed without Kazakh letters, which reads text folded so
        (`without_kazakh_letters`): every name and word list folded too (Жетісу: Жетису; a name that folds into
        another region's is left out)."""
        data = _shipped_data()
        if not typed:
            return cls(data["regions"], data.get("matching", {}))
        regions, seen = {}, {}
        for rid, spec in data["regions"].items():
            regions[rid] = folded = _typed(spec)
            for kind in ("names", "places"):
                folded[kind] = [name for name in folded.get(kind, ()) if seen.setdefault(fold(name), rid) == rid]
        return cls(regions, _typed(data.get("matching", {})), typed=True)

    def _keys_of(self, word: str) -> tuple[str, ...]:
        """The name keys a word may be a form of."""
        return tuple(dict.fromkeys(self._index.lookup(fold(word))))

    def may_hold_name(self, paragraph: str) -> bool:
        """False when no word of the paragraph can be part of a name, whatever the tokenizer makes of it: an anchor
        has no spaces, so where a word begins with one, it is in one of the chunks that `split` gives. The chunks
        that hold none are remembered, so that most paragraphs cost a split and a set look-up."""
        chunks = paragraph.split()
        return not self._plain.issuperset(chunks) and any(map(self._holds_anchor, chunks))

    def _holds_anchor(self, chunk: str) -> bool:
        if chunk in self._plain:
            return False
        folded = fold(chunk)
        if len(folded) != len(chunk):  # fold changed the length (İ -> i̇): any position may be a capital's
            capitals: Iterable[int] = range(len(folded))
        elif chunk.islower():  # no capital letter, as in most chunks
            capitals = ()
        else:  # a letter for a letter, so folded[i] is a capital's where chunk[i] is one
            capitals = [i for i, letter in enumerate(chunk) if letter.isupper()]
        if self._anchors.anywhere(folded) or self._capital_anchors.at(folded, capitals):
            return True
        if len(self._plain) >= LIMIT:  # bounded as a Memo is; a set, for the one issuperset test in C above
            self._plain.clear()
        self._plain.add(chunk)
        return False

    def find(self, tokens: list[str], text: str = "") -> list[tuple[_Name, int, int]]:
        """(name, start, end) of every region name in a list of word tokens, longest first, no overlaps; a list of
        names before one plural generic word gives each of them with it. `text`, the text the tokens are of, if known,
        tells where a sentence ends between two of them."""
        keys = self._keys.many(tokens)
        found: list[tuple[_Name, int, int]] = []
        free = 0  # the first position not inside a name already found
        for i in compress(range(len(keys)), keys):  # most words are no name's: skipped in C
            if i < free:
                continue
            match = self._longest_at(keys, tokens, i)
            if match is None:
                continue
            name, end = match
            near = keys[i - 1] if i else ()
            near += keys[end] if end < len(keys) else ()
            # (a region's adjective, written in small letters, is no one's first name: "Баймуханов, Костанайская
            # областная больница")
            person = not name.name.islower() and self._is_person(tokens, i, end, text)
            other = (_ADDRESS in near or self._is_namesake(tokens, i, end, name) or person
                     or self._foreign_region(keys, tokens, i, end)
                     or self._in_district_list(tokens, i, end) or self._named_for(tokens, i, end, name)
                     or self._village(tokens, i, end, name))
            shared = None if other else self._shared_plural(keys, tokens, end)
            district = not other and self._namesake_district(keys, tokens, i, end, shared)
            kept = not (other or district)
            if kept and shared is not None:  # the name with the plural its list ends in: Байқоңыр (ауданы), Astana's
                name = self._with_shared_plural(keys, tokens, i, end, shared, name)
            # names listed before a plural generic word, each a region's name with it: the last word of a longer
            # name, or the word after a one-word name ("Іле, Балқаш және Талғар аудандарында": each of them a
            # district, Балқаш ауданы of Almaty region, not Balkhash the town) or after a namesake district's
            # ("Байқоңыр және Алматы аудандарында": Astana's two districts, not Baikonur the city)
            generic = end - 1 if kept and end - i > 1 else end
            if (kept or district) and generic < len(tokens) and fold(tokens[generic]).startswith(self._plurals):
                listed = self._listed_before(keys, tokens, i, keys[generic])
                if listed:
                    first = listed[-1][1]
                    found = [m for m in found if m[2] <= first] + listed[::-1]
            if kept:
                found.append((name, i, end))
            free = end
        return found

    def _in_district_list(self, tokens: list[str], start: int, end: int) -> bool:
        """Whether a one-word name is one of a city's districts listed after their plural word, each as it stands
        ("районов Есиль, Алматы, Сарыарка и Байконур": Astana's; not "в районах Алматы и Шымкента", the cities')."""
        if end - start != 1 or not self._district_plurals:
            return False
        first = self._list_start(tokens, start)
        if first == 0 or fold(tokens[first - 1]) not in self._district_plurals:
            return False
        last = self._list_end(tokens, end)
        items = [token for token in tokens[first:last] if fold(token) not in self._joiners]
        # a name's declined form (Шымкента) makes them the districts of the cities named
        return len(items) >= 2 and all(fold(token) in self._whole_words or not self._keys[token] for token in items)

    def _is_namesake(self, tokens: list[str], start: int, end: int, name: _Name) -> bool:
        """Whether a name is a brand's, a club's or a street's, with one of `namesake_before` right before it (one
        word or two: "по времени Астаны") or one of `namesake_after` right after it, written so (Air Astana, ФК
        «Астана», The Astana Times, Abay Street, the Declaration of Alma-Ata; not "Almaty air"), or, as it stands (not
        declined), next to one of `club_words` (команды «Актобе», «Атырау» клубы; not "команда Павлодара"); or a lake's
        (`lakes`, after one of `lake_before`, before one of `lake_after`, or as `lake_on` has it)."""
        before = tokens[start - 1] if start else ""
        after = tokens[end] if end < len(tokens) else ""
        of_brand = before == "of" and start >= 2 and tokens[start - 2] in self._namesake_after
        two_before = start >= 2 and f"{tokens[start - 2]} {before}" in self._namesake_before  # "по времени Астаны"
        if before in self._namesake_before or after in self._namesake_after or of_brand or two_before:
            return True
        if name.name in self._lakes and (
            before in self._lake_before or after in self._lake_after or f"{before} {tokens[start]}" in self._lake_on
        ):
            return True  # the lake: "озеро Балхаш", "Балқаш көлінің жағасында", "на Балхаше"
        as_it_stands = end - start == 1 and tokens[start] == name.name
        return as_it_stands and (before in self._club_words or after in self._club_words)

    def _namesake_district(self, keys, tokens: list[str], start: int, end: int, shared: int | None) -> bool:
        """Whether a region's adjective or name names a district of another region (`namesake_districts` in
        regions.toml: Жамбылский район is in Almaty region, Целиноградский район in Akmola, the Zhetysu district in
        Almaty, Алматы ауданы in Astana or Aktobe; not Алматы аудандары, Almaty's districts), perhaps through the
        plural its list ends in (`shared`, _shared_plural: Алматы, Байқоңыр және Есіл аудандарында, Astana's)."""
        if end - start != 1:
            return False
        if tokens[start] in self._district_names and start and fold(tokens[start - 1]) in self._district_before_name:
            # "в районе Астана" (Aktobe's district; near Astana is "в районе Астаны"), not «Астана Арена»
            return not (end < len(tokens) and tokens[end][:1].isupper())
        after = end if shared is None else shared
        if tokens[start] in self._namesake_names:  # Алматы ауданы, not Алматы аудандары nor "Алматы районные"
            following = fold(tokens[after]) if after < len(tokens) else ""
            if start and fold(tokens[start - 1]) in self._district_before_name and self._capital_at(tokens, end):
                return True  # "в районе Алматы Астаны", "в районе Алматы города Астаны": the capital's district
            if self._district_after_name is None or not following.startswith(self._district_after_name):
                return False
            # the plural is Almaty's districts, unless a list shares it: Сарыарқа және Алматы аудандарында (Astana's)
            listed = shared is not None or start > 0 and fold(tokens[start - 1]) in self._joiners
            return listed or not following.startswith(self._plurals)
        if after >= len(tokens) or self._district_keys.isdisjoint(keys[after]):
            return False
        return not self._namesakes.isdisjoint(keys[start])

    def _foreign_region(self, keys, tokens: list[str], start: int, end: int) -> bool:
        """Whether a district's adjective before the word for a region names a neighbour's (`foreign_regions`:
        Сырдарьинская область is Uzbekistan's)."""
        return (
            end - start == 1 and end < len(tokens) and not self._foreign.isdisjoint(keys[start])
            and fold(tokens[end]).startswith(REGION_STEM)
        )

    def _capital_at(self, tokens: list[str], at: int) -> bool:
        """Whether the capital stands at `at` (capital_after_district), perhaps after "города"."""
        if at < len(tokens) and fold(tokens[at]) == "города":
            at += 1
        return at < len(tokens) and fold(tokens[at]) in self._capital_after_district

    def _named_for(self, tokens: list[str], start: int, end: int, name: _Name) -> bool:
        """Whether a town named after a person (people_places) stands for the person: not declined after one of
        place_prepositions ("в Конаеве"), nor with the Kazakh "which is in" ("Қонаевтағы")."""
        if end - start != 1 or name.name not in self._people_places:
            return False
        word, named = fold(tokens[start]), fold(name.name)
        # the preposition right before it, or before the place it is listed after ("в Балхаше и Сатпаеве")
        listed = start >= 3 and fold(tokens[start - 1]) in self._joiners and tokens[start - 2][:1].isupper()
        before = fold(tokens[start - 3 if listed else start - 1]) if start else ""
        if before in self._place_prepositions and word != named:
            return False
        return not (word.startswith(named) and self._located(word))

    def _village(self, tokens: list[str], start: int, end: int, name: _Name) -> bool:
        """Whether a name that many villages share (village_namesakes) names a village: before ауыл ("Шалқар
        ауылында"), after село, аул or посёлок ("в селе Каратал"), or in a list of names there ("Кербұлақ ауданының
        Ақтөбе, Қызылжар және Басшы ауылдарында", "в селах Каратал и Шолаккорган") that names no town or district
        centre of its own ("Шетпе, Шиелі, Шалқар және Саумалкөл ауылдары мен қалаларында": Шалқар the town)."""
        if end - start != 1 or name.name not in self._village_namesakes:
            return False
        after, first = self._list_end(tokens, end), self._list_start(tokens, start)
        # (a list's last name after its joiner too: "Дербісек, Жібек жолы және Қызылжар ауылдарындағы")
        joined = start > 0 and fold(tokens[start - 1]) in self._joiners
        listed = joined or sum(1 for token in tokens[first:after] if token[:1].isupper()) >= 2
        if any(
            fold(token) in self._whole_words and token not in self._village_namesakes
            for token in tokens[first:start] + tokens[end:after]
        ):
            after, first = end, start
        after_word = fold(tokens[after]) if after < len(tokens) else ""
        before = fold(tokens[first - 1]) if first else ""
        if not (after_word.startswith(self._village_after) or before in self._village_before):
            return False
        # a plural names villages only after or before two names at least: "Ақтөбе ауылдарында", "в аулах Актобе"
        # are the region's villages; nor is ауылдық "rural" a village's word but in ауылдық округ
        plural = after_word.startswith(self._village_plural) if after_word.startswith(self._village_after) else (
            before in self._village_before_plural
        )
        okrug = after + 1 < len(tokens) and fold(tokens[after + 1]).startswith(self._village_district)
        rural = after_word.startswith(self._village_rural) and not okrug
        return (listed or not plural) and not rural

    def _is_person(self, tokens: list[str], start: int, end: int, text: str = "") -> bool:
        """Whether a one-word name stands next to a capitalised surname (a person's first name: Шалкар Омаров), or
        is a surname made of it (Туркестанов, Актобеева: the place and a surname ending). Not a word across a
        sentence's end in `text`, whatever its ending ("... в Астане. Один из них ...", "... Нурлан Омаров. Туркестан
        первым ...")."""
        if end - start == 2 and end < len(tokens) and fold(tokens[start]).startswith(REGION_STEM):
            # "главный онколог области Абай Калиев": the region's word, then a first name before a surname that
            # ends the name ("области Абай Сапарова Мадина Болатовна" is the region's official, surname first)
            return self._surname(tokens[end]) and not (end + 1 < len(tokens) and tokens[end + 1][:1].isupper())
        if end - start != 1:
            return False
        # a first name before a patronymic: "Шалкар Нурланович" (not a patronymic before a place: "Гульнара
        # Маратовна: Шымкент ...")
        if end < len(tokens) and tokens[end][:1].isupper() and fold(tokens[end]).endswith(self._patronymic_endings):
            return not _sentence_between(text, tokens[start], tokens[end])  # ("... в Актобе. Виновна ли она ...")
        word = fold(tokens[start])
        if any(word.endswith(ending) and word[: -len(ending)] in self._whole_words for ending in self._surname_endings):
            return True
        if self._located(word):  # "in Almaty", Алматыдағы Сызғанов атындағы орталық, is no one's first name
            return False
        # in English the first name comes first ("Talgar Abdrakhmanov"): a surname before a name ends a sentence; a
        # surname with a Kazakh case's ending follows the first name (Арыс Қалдыбаевтың), while one before a place is
        # someone else's (Министр Әлназарованың Қызылордаға сапары)
        around = (end,) if tokens[start].isascii() else (start - 1, end)
        return any(
            0 <= j < len(tokens) and self._surname(tokens[j], cased=j == end)
            and not _sentence_between(text, tokens[min(j, start)], tokens[max(j, start)])
            for j in around
        )

    def _surname(self, token: str, cased: bool = False) -> bool:
        """A capitalised word with a surname's ending that is no place's name (Konaev, Taldykorgan and Konaev); if
        `cased`, in a Kazakh word, perhaps with a case's ending after it (Қалдыбаевтың, Омаровқа; not Russian's
        "Госпитализированы")."""
        folded = fold(token)
        if not token[:1].isupper() or folded in self._whole_words:
            return False
        if folded.endswith(self._surname_endings):
            return True
        kazakh = self._endings[1]
        return cased and _KAZAKH_LETTER.search(folded) is not None and any(
            folded[:cut].endswith(self._surname_endings) and folded[cut:] in kazakh for cut in range(len(folded) - 1, 2, -1)
        )

    def _located(self, word: str) -> bool:
        """Whether a folded word is a name with the Kazakh ending of "which is in" (Алматыдағы, Шымкенттегі); other
        endings may make a first name (Арыстан, "lion", is Арыс with the ablative)."""
        kazakh = self._endings[1]
        return word.endswith(LOCATED_ENDS) and any(
            word[cut:] in kazakh for cut in range(len(word) - 2, 1, -1) if word[:cut] in self._whole_words
        )

    def _listed_before(self, keys, tokens, start, generic) -> list[tuple[_Name, int, int]]:
        """The names listed before the one at `start` that each make a region name with the same generic word:
        Жамбыл (облысы) in "Жамбыл, Алматы облыстарында". Nearest first. A namesake district (one of several
        regions') is passed over: "Балқаш, Жамбыл, Қарасай аудандарының" lists Балқаш ауданы too."""
        listed, end = [], start
        while True:
            while end > 0 and fold(tokens[end - 1]) in self._joiners:
                end -= 1
            best = None
            for begin in range(end - 1, max(-1, end - self._longest), -1):
                name = self._name_with(keys, tokens, begin, end, generic)
                if name:
                    best = (name, begin, end)
            if best is None:
                if end > 0 and tokens[end - 1][:1].isupper() and not self._namesakes.isdisjoint(keys[end - 1]):
                    end -= 1
                    continue
                return listed
            listed.append(best)
            end = best[1]

    def _with_shared_plural(self, keys, tokens, start: int, end: int, shared: int, name: _Name) -> _Name:
        """A list's item read with the plural generic word the list ends in (Байқоңыр ауданы in "Сарыарқа, Байқоңыр
        және Есіл аудандарында", Astana's district, not the town), unless, read alone, it names the region another
        item names: "Балқаш, Қарқаралы, Шет аудандарындағы" are Karaganda's town and districts (Балқаш ауданы is
        Almaty region's)."""
        with_plural = self._name_with(keys, tokens, start, end, keys[shared])
        if with_plural is None or with_plural.region == name.region:
            return name
        for at in chain(range(self._list_start(tokens, start), start), range(end, shared)):
            other = self._name_with(keys, tokens, at, at + 1) if tokens[at][:1].isupper() else None
            if other is not None and other.region == name.region:
                return name
        return with_plural

    def _name_with(self, keys, tokens, begin, end, generic=()) -> _Name | None:
        """The name the words from `begin` to `end` make, with a generic word's keys if given (Жамбыл облысы)."""
        frontier = [()]
        for key_options in [*keys[begin:end], *([generic] if generic else [])]:
            frontier = [seq + (key,) for seq in frontier for key in key_options]
        for seq in frontier:
            name = self._names.get(seq)
            if name and all(t[:1].isupper() for t, cap in zip(tokens[begin:end], name.capitals) if cap):
                return name
        return None

    def _shared_plural(self, keys, tokens: list[str], end: int) -> int | None:
        """Where the plural generic word stands that a list's item ending at `end` shares with the items after it,
        when only capitalised words and joiners stand between, each item there making a name with it or none alone:
        "Сарыарқа, Байқоңыр және Есіл аудандарында" (Astana's districts: Байқоңыр is not the town here), "в
        Алматинском, Байконурском и Есильском районах"; not Алматы in "Алматы, Шымкент және Түркістан облыстарында"
        (Шымкент облысы is none: the cities and the region are listed)."""
        at = self._list_end(tokens, end)
        if at == end or at == len(tokens) or not fold(tokens[at]).startswith(self._plurals):
            return None
        items = [i for i in range(end, at) if tokens[i][:1].isupper()]
        if not items or any(
            self._name_with(keys, tokens, i, i + 1) and not self._name_with(keys, tokens, i, i + 1, keys[at]) for i in items
        ):
            return None
        return at

    def _list_start(self, tokens: list[str], start: int) -> int:
        """The first of the capitalised words and joiners that stand right before `start` (a list's items)."""
        while start > 0 and (tokens[start - 1][:1].isupper() or fold(tokens[start - 1]) in self._joiners):
            start -= 1
        return start

    def _list_end(self, tokens: list[str], end: int) -> int:
        """Past the capitalised words and joiners that stand from `end` on (a list's items)."""
        while end < len(tokens) and (tokens[end][:1].isupper() or fold(tokens[end]) in self._joiners):
            end += 1
        return end

    def _longest_at(self, keys: list[tuple[str, ...]], tokens: list[str], start: int) -> tuple[_Name, int] | None:
        best, frontier = None, [()]
        for end in range(start, min(len(keys), start + self._longest)):
            frontier = [seq + (key,) for seq in frontier for key in keys[end]]
            for seq in frontier:
                name = self._names.get(seq)
                # longer names win; of one length, the one read with the longer stem (Жетысая: Жетысай, not Жетысу)
                if name and (best is None or best[1] <= end) and all(
                    tok[:1].isupper() for tok, cap in zip(tokens[start:], name.capitals) if cap
                ) and not self._declined_inside(tokens, start, name):
                    best = (name, end + 1)
            frontier = [seq for seq in frontier if seq in self._prefixes]
            if not frontier:
                break
        return best

    def _declined_inside(self, tokens: list[str], start: int, name: _Name) -> bool:
        """Whether a word of a longer name, before its last, has a Kazakh case ending that the name's word lacks: a
        Kazakh name declines at its end only (Ақсу ауданында), so "Ақсуда 6, аудандарда 16" (in Aksu 6, in the
        districts 16) is no Ақсу ауданы."""
        for token, word, cap in zip(tokens[start:], name.name.split()[:-1], name.capitals):
            folded, whole = fold(token), fold(word)
            if cap and folded != whole and folded.startswith(whole) and self._case_ending(folded[len(whole) :]):
                return True
        return False

    def _case_ending(self, ending: str) -> bool:
        """Whether a Kazakh suffix chain ends in a case's ending (Түркістанда: -да; Шымкенттен: -тен)."""
        return ending.endswith(_KAZAKH_CASES) and ending in self._endings[1]

    def regions_named(self, name: str) -> list[str]:
        """The regions a name given by a person may mean, in any case form and capitalisation (`Шымкентте`,
        `алматинская область`): the region of a name the whole of it is, and the region of a longer name it makes
        with a word for a region (Алматы, the city, with облысы is Алматы облысы, the region: both are given, in
        the order of the data). A city may come with its word (город Шымкент, г. Алматы, Астана қаласы, Shymkent
        city), a region's word shortened (Павлодарская обл., Павлодар обл.: область or облысы), and Kazakh in the
        Latin letters of its alphabets (Qaraǵandy oblysy; plain ASCII is English's or an id's: almati is a slip for
        almaty) or in Arabic script."""
        found = self._regions_named(name)
        if not found and not name.isascii() and (spelling := spelling_of(name)) is not None:
            found = self._regions_named(spelling.to_cyrillic(name))
        return found

    def _regions_named(self, name: str) -> list[str]:
        if _REGION_ABBREVIATION.search(name):
            found = {rid for word in REGION_WORDS for rid in self._regions_named(_REGION_ABBREVIATION.sub(word, name))}
            return [rid for rid in self.ids if rid in found]
        named = [token[:1].upper() + token[1:] for token in words(name)]
        tokens = [token for token in named if fold(token) not in self._city_words] or named
        found = {self._region_of(tokens)}
        for region_word in self._region_words if tokens == named else ():  # a city named as one is not its region
            found.add(self._region_of(tokens + [region_word]))
            found.add(self._region_of([region_word.capitalize()] + tokens))
        return [rid for rid in self.ids if rid in found]

    def _whole_name(self, analysed: Analysed, index: int) -> str | None:
        """Paragraph `index` if it is a place's name and nothing else ("Солтүстік Қазақстан облысы", "Астана қ."),
        else None."""
        line = analysed.paragraphs[index]
        if len(line) > ROW_MAX_CHARS or any(map(str.isdigit, line)):  # (a numbered list's row is another's)
            return None
        if len(tokens := analysed.words(index)) > SINGLE_ROW_HEAD_MAX_WORDS:
            return None
        return line.strip() if self._region_of(tokens) else None

    def _region_of(self, tokens: list[str]) -> str | None:
        """The region of the name that `tokens` are, all of them, or None."""
        for name, start, end in self.find(tokens):
            if start == 0 and end == len(tokens):
                return name.region
        return None

    def count(self, analysed: Analysed, latin: Callable[[int], bool]) -> dict[str, Counter]:
        """Per region id, the names found and how often, in the title and in the paragraphs that are prose or a
        table's rows; roads and routes left out, and places' names in quotes (a club's, a paper's, a clinic's) unless
        the story names no other place. Names in Latin letters (Almaty) count only in the texts that
        `latin(index)` says are in a language written so (English: a record in Latin letters, a quoted report): in
        Russian or Kazakh they are brands (Air Astana, Astana Medical Week). A text with no road in it keeps the
        word tokens it has already."""
        heads = [_row_head(paragraph) for paragraph in analysed.paragraphs]
        # ... and a ranking's or a chart's rows of one rate each, TABLE_MIN_ROWS of them in a run, or an infographic's
        # names, each a line of its own with its figure under it, which ingest left out
        rates = [
            None if head else _rate_row_head(paragraph) or self._whole_name(analysed, index)
            for index, (head, paragraph) in enumerate(zip(heads, analysed.paragraphs))
        ]
        # ... and a list's rows of a name, a dash and a figure, where every row of the list names a place (a region,
        # a city, a town: "Жанаозен — 78,5%") but its remainder ("остальные регионы — 11%", "Өзге өңірлер – 13"; not
        # a league's clubs named after cities, "Кайрат — 31%", "Астана — 27%")
        # (a bare count after a bare name under a label that says the list is by place: "... по городам:")
        dashes, by_places = [], False
        for head, paragraph in zip(heads, analysed.paragraphs):
            dashes.append(row := None if head else _dash_row_head(paragraph, by_places))
            label = len(paragraph) <= ROW_MAX_CHARS and bool(_BY_PLACES.search(paragraph))
            by_places = bool(row) and by_places or label
        for start, end in _runs(dashes):
            names = dashes[start:end]
            if len(names) >= TABLE_MIN_ROWS and all(
                name[0].islower() or _REST.match(name) or self._regions_named(name) for name in names
            ):
                rates[start:end] = names
        for start, end in _runs(rates):
            if end - start >= TABLE_MIN_ROWS:
                heads[start:end] = rates[start:end]  # (a rate's row has no head of its own)
        found = self._names_found(analysed, latin, heads, keep_quoted=False)
        # a story that names its place only by its clinic's, paper's or club's name in quotes (a clinic «Шымкент»)
        texts = (analysed.title or "", *analysed.paragraphs)
        if not found and any(quote in text for text in texts for quote in _QUOTE_MARKS):
            found = self._names_found(analysed, latin, heads, keep_quoted=True)
        heads = [head for head in heads if head is not None]
        table_of_regions = sum(self._names_a_region(head) for head in heads) >= TABLE_MIN_REGION_ROWS
        for head in heads if table_of_regions else ():
            word = _REGION_ABBREVIATION.sub("", head).strip()  # "обл. Абай", as a table shortens область
            # a region's adjective alone ("Алматинская"): the table leaves out область
            region = self._row_heads.get(fold(word)) or (
                self._region_of([word, _REGION_WORD]) if fold(word).endswith(_FEMININE) else None
            )
            if region:
                found.setdefault(region, Counter())[word] += 1
        return self._without_twins_abroad(found, analysed)

    def _without_twins_abroad(self, found: dict[str, Counter], analysed: Analysed) -> dict[str, Counter]:
        """The names found but a town's whose twin abroad the text names the surroundings of (`twins_abroad`:
        "Алтай қаласы" in a story that names Altay prefecture, "Алтай аймағы", is its seat in Xinjiang)."""
        twins = [(rid, name) for rid, names in found.items() for name in names if name in self._twins_abroad]
        if not twins:
            return found
        pairs = set()
        for index in (TITLE, *range(len(analysed.paragraphs))):
            tokens = [fold(token) for token in analysed.words(index)]
            pairs.update(zip(tokens, tokens[1:]))
        for rid, name in twins:
            if any(
                first.startswith(start) and second.startswith(end)
                for first, second in pairs for start, end in self._twins_abroad[name]
            ):
                del found[rid][name]
                if not found[rid]:
                    del found[rid]
        return found

    def _names_found(
        self, analysed: Analysed, latin: Callable[[int], bool], heads: list[str | None], keep_quoted: bool
    ) -> dict[str, Counter]:
        """Per region id, the names found in the title and the paragraphs that are prose or a table's rows; places'
        names in quotes only if `keep_quoted`."""
        found: dict[str, Counter] = {}
        texts = [(TITLE, self._place_words(analysed, TITLE, keep_quoted))]
        for index, paragraph in enumerate(analysed.paragraphs):
            if not (analysed.caseless or self.may_hold_name(paragraph)):
                continue
            tokens = self._place_words(analysed, index, keep_quoted)
            if len(tokens) >= self.min_paragraph_words or _SENTENCE_END.search(paragraph) or heads[index] is not None:
                texts.append((index, tokens))
            elif cells := _mixed_row(paragraph):  # a row's cells that are a place's name, whole (a payee's city)
                texts.append((index, [word for cell in cells if self._regions_named(cell) for word in words(cell)]))
            elif dateline := _DATELINE.match(paragraph):  # a short line: its place only
                texts.append((index, words(dateline["place"])))
        for index, tokens in texts:
            text = analysed.title if index == TITLE else analysed.paragraphs[index]
            if analysed.caseless:
                tokens = self._named_before_generic(tokens)
            elif text and text.isupper():
                tokens = self._common_words_in_capitals(tokens, bool(_KAZAKH_LETTER.search(text.lower())))
            names = self.find(tokens, text or "")
            for name in self._without_old_addresses(names, tokens, text or ""):
                if not name.latin or latin(index):
                    found.setdefault(name.region, Counter())[name.name] += 1
        return found

    def _without_old_addresses(self, names: list[tuple[_Name, int, int]], tokens: list[str], text: str) -> list[_Name]:
        """The names found but a region's name right beside a place of the region made from it in 2022, which is
        the place's old address ("в Семее Восточно-Казахстанской области", "Алматы облысының Текелі қаласында" in
        a story of 2019: abai and zhetysu only): beside it with nothing but a space between (not in a list, "в
        Семее, Восточно-Казахстанской области и Павлодаре"; see _adjacent), and beside a place, not a region's name
        ("в Алматинской области, области Жетісу")."""
        places = {(start, end): name.region for name, start, end in names if name not in self._region_names}
        return [
            name
            for name, start, end in names
            if name not in self._region_names
            or not any(
                self._formerly.get(region) == name.region
                and self._adjacent(
                    tokens, text, *sorted((start, end, a, b))[1:3], comma=end == a and not self._listed(tokens, b)
                )
                for (a, b), region in places.items()
                if b == start or a == end
            )
        ]

    def _listed(self, tokens: list[str], end: int) -> bool:
        """Whether a list's joiner follows the name that ends at `end` ("Алматы облысы, Талдықорған және Шымкент")."""
        return end < len(tokens) and fold(tokens[end]) in self._joiners

    @staticmethod
    def _adjacent(tokens: list[str], text: str, left_end: int, right_start: int, comma: bool) -> bool:
        """Whether the word before `left_end` and the word at `right_start` stand in the text apart by spaces only,
        or by a comma too if `comma` (a region before its place, as an address gives them: "Шығыс Қазақстан облысы,
        Семей қаласы"; a place, a comma and a region are a list: "в Семее, Восточно-Казахстанской области и ...")."""
        return _apart_by(text, tokens[left_end - 1], tokens[right_start], r"\s*+,?\s*+" if comma else r"\s++")

    def _names_a_region(self, text: str) -> bool:
        """Whether a text names a region or a city of republican significance itself (not one of their towns)."""
        return any(name in self._region_names for name, _, _ in self.find(words(text)))

    def _named_before_generic(self, tokens: list[str]) -> list[str]:
        """Text read from a script without capitals (Kazakh in Arabic letters) cannot show a name by its capital.
        A word is taken for a name, as a capital would mark it, when it opens with a whole name word (Шымкенттен,
        Түркістанда; not жылы "year" for the key of Жылыой) that is not also a common word (`caseless_common` in
        regions.toml: орал "to return", астана "a capital"), or when a word for a kind of place follows it (Орал
        қаласында, Іле ауданында)."""
        return [
            token[:1].upper() + token[1:] if kind_after or self._opens_with_name(token) else token
            for token, kind_after in zip(tokens, self._kind_of_place_after(tokens))
        ]

    def _kind_of_place_after(self, tokens: list[str]) -> list[bool]:
        """For each word, whether a word for a kind of place follows it (Орал қаласында, Іле ауданында)."""
        keys = self._keys.many(tokens)
        return [not self._generic_keys.isdisjoint(following) for following in [*keys[1:], ()]]

    def _common_words_in_capitals(self, tokens: list[str], kazakh: bool) -> list[str]:
        """A text in capitals cannot show a name by its capital either: a word of a name that is also a common word
        (`caseless_common`: "ҚЫЗЫЛША ҚАЙТА ОРАЛДЫ!", returned; in a `kazakh` text, alone too: "СОТ ДӘРІГЕРДІ АҚТАУ
        ТУРАЛЫ ...", to acquit) is taken for the name only before a word for a kind of place ("ОРАЛ ҚАЛАСЫНДА"), as in a
        script without capitals (Russian's "В АТЫРАУ ОТКРЫЛИ ..." is the city)."""
        return [
            token.lower() if not kind_after and self._common_word(fold(token), kazakh) else token
            for token, kind_after in zip(tokens, self._kind_of_place_after(tokens))
        ]

    def _common_word(self, folded: str, kazakh: bool) -> bool:
        """Whether a folded word is one of `caseless_common` with a Kazakh ending after it (оралды), or alone in a
        Kazakh text (ақтау; not атырау alone in Russian's, the city)."""
        return any(folded.startswith(word) and (kazakh or folded != word) for word in self._caseless_common)

    def _opens_with_name(self, token: str) -> bool:
        """Whether a word is a whole name word and Kazakh endings (Шымкенттен: шымкент + тен). A name shorter than
        CASELESS_MIN_CHARS needs a case ending (Таразда, Семейде): short names are common words with other endings
        too (тараз in таразы "scales"), and the shortest (арыс in арыстан "lion") are never taken alone."""
        folded = fold(token)
        kazakh = self._endings[1]
        for n in self._caseless_lengths:
            if n > len(folded) or folded[:n] not in self._caseless_words:
                continue
            ending = folded[n:]
            if n >= CASELESS_MIN_CHARS and (not ending or ending in kazakh):
                return True
            if self._case_ending(ending):
                return True
        return False

    def _place_words(self, analysed: Analysed, index: int, keep_quoted: bool) -> list[str]:
        """The word tokens of a text that may name where the story is: without roads and routes, a match's teams
        and (unless `keep_quoted`) places' names in quotes."""
        text = analysed.title if index == TITLE else analysed.paragraphs[index]
        if not text:
            return []
        masked = self._routes.mask(self._quoted.mask(text, keep_quoted))
        return analysed.words(index) if masked is text else words(masked)


def _sentence_between(text: str, before: str, after: str) -> bool:
    """Whether a sentence ends between two words that follow each other in a text ("Астане. Один")."""
    return bool(text) and _apart_by(text, before, after, r"[»\")]*[.!?…]+[»\")]*\s*")


def _apart_by(text: str, left: str, right: str, between: str) -> bool:
    """Whether two whole words stand in a text with what the pattern `between` matches between them."""
    return re.search(rf"(?<!\w){re.escape(left)}{between}{re.escape(right)}(?!\w)", text) is not None


@cache
def _shipped_data() -> dict:
    return read_toml(__package__, "regions.toml")


def region_ids() -> list[str]:
    """The ids of the shipped regions, without building the gazetteer."""
    return list(_shipped_data()["regions"])


def resolve_region(name: str) -> list[str]:
    """The region ids a user's name for a region stands for: an id or English name in any case (`almaty`,
    `Almaty Region`), or a name in Russian or Kazakh in any form (see `Gazetteer.regions_named`); [] if none."""
    key = fold(" ".join(name.split()))
    for rid, english in region_names("en").items():
        if key in (rid, fold(english), rid.replace("_", " ")):
            return [rid]
    return Gazetteer.shipped().regions_named(name)


def region_names(lang: str = "en") -> dict[str, str]:
    """Each shipped region's display name in `lang` (en, ru or kk), by id: for tables, reports and help."""
    regions = _shipped_data()["regions"]
    return {rid: spec["name"] if lang == "en" else spec["display"][lang] for rid, spec in regions.items()}
