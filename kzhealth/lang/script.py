"""Writing systems: which script a text is in, and Kazakh written in Latin or Arabic letters read as Cyrillic.

Kazakh pages are not all in Cyrillic: some use one of the Latin alphabets of 2017, 2018 or 2021 or a plain ASCII
transliteration, and Kazakhs in China write the Arabic script. kzhealth keeps such text as written and analyses a
Cyrillic view of it, so that the lemmatizer, the topic terms, the gazetteer and the month names, all written for
Cyrillic, work unchanged. The spellings and their letters are data (data/kk_spellings.toml).

A Latin or Arabic unit maps to one Cyrillic string or to several (plain ASCII `a` is а or ә, 2021 `i` is і or и).
Those are chosen per word: vowel harmony first (a native word's vowels are all back, а о ұ ы, or all front, ә е ө
ү і, and қ ғ go with back vowels, к г with front ones), й only after a vowel, the Kazakh stem lexicon for the few
best candidates (loanwords such as клиника break harmony), and the table's first option on a tie.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache

from ..shipped import read_toml
from .tokenize import words as word_tokens

UNDETERMINED = "zyyy"  # ISO 15924 for a text whose letters are no script's in particular (or that has none)
SCRIPT_SAMPLE_CHARS = 20_000  # the script of a longer text is read from its start, middle and end
CYRILLIC_LETTER = re.compile("[\u0400-\u052f]")  # a letter of the Cyrillic blocks
LETTER = re.compile(r"[^\W\d_]")
# every byte but the UTF-8 lead bytes of U+0400-U+04FF (D0-D3, one per character): deleted, the leads are left
_ALL_BUT_CYRILLIC_LEADS = bytes(byte for byte in range(256) if not 0xD0 <= byte <= 0xD3)
# the characters of that block that are no letters (҂ and the combining marks U+0483-U+0489), in UTF-8
_CYRILLIC_NON_LETTER = re.compile(b"\xd2[\x82-\x89]")
_NON_ASCII = bytes(range(128, 256))
_ASCII_LETTERS = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

BACK_VOWELS, FRONT_VOWELS = "аоұы", "әеөүі"
BACK_CONSONANTS, FRONT_CONSONANTS = "қғ", "кг"
CONSONANT_HARMONY = 0.5  # a consonant says less of a word's harmony than a vowel (loanwords write к with а)
VOWELS = "аәеёиоөуұүыіэюя"
FULL_VOWELS = "аәеоөұүыіэ"  # vowels that are never glides (у and и are also consonants: ауи, ои)
# Kazakh writes й after a vowel (ай, ей, ой), where it never writes и, and у between consonants only in loanwords
# (ұ and ү are the vowels there): each such letter costs this much
MISPLACED_GLIDE_COST = 1.0
OPTION_COST = 0.01  # a later option of a unit loses ties to an earlier one
KNOWN_WORD_GAIN = 2.0  # a candidate the stem lexicon knows beats one vowel out of harmony
MAX_CANDIDATES = 32  # candidates kept per word while choosing options, best first
LOOKED_UP_CANDIDATES = 12  # of which this many are looked up in the stem lexicon
_APOSTROPHES = str.maketrans("’ʼ`‘", "''''")
_WORD_RE = re.compile(r"[^\W\d_](?:[^\W\d_]|\u0307|['’ʼ`‘])*")  # 2017 writes ң as n' (jan')
WORDS_REMEMBERED = 50_000


@cache
def _iso15924() -> dict[str, str]:
    return read_toml(__package__, "scripts.toml")["iso15924"]


@lru_cache(maxsize=4096)
def _script_of_letter(ch: str) -> str:
    words = unicodedata.name(ch, "").split()
    if words[:1] in (["FULLWIDTH"], ["MODIFIER"]):
        words = words[1:]
    return _iso15924().get(words[0], UNDETERMINED) if words else UNDETERMINED


def dominant_script(text: str) -> str:
    """ISO 15924 code, in lower case, of the script most of the letters of `text` are in (`cyrl`, `latn`, `arab`,
    ...); `zyyy` when it has none."""
    sample = bounded_sample(text, SCRIPT_SAMPLE_CHARS)
    if _mostly_cyrillic(sample):
        return "cyrl"
    letters = LETTER.findall(sample)
    if not letters:
        return UNDETERMINED
    if 2 * len(CYRILLIC_LETTER.findall(sample)) > len(letters):
        return "cyrl"
    counts = Counter(map(_script_of_letter, letters))
    return max(counts, key=lambda code: (counts[code], code))


def _mostly_cyrillic(sample: str) -> bool:
    """True only when `sample` is plainly Cyrillic, told from its UTF-8 bytes in C: more than half of any count of
    its letters is Cyrillic, counting every character outside ASCII as a letter. A page checked letter by letter
    costs a regex step per character, and nearly every page is such a page. False means: count the letters."""
    data = sample.encode("utf-8", "surrogatepass")
    cyrillic = len(data.translate(None, _ALL_BUT_CYRILLIC_LEADS)) - len(_CYRILLIC_NON_LETTER.findall(data))
    ascii_chars = data.translate(None, _NON_ASCII)
    most_letters = len(ascii_chars) - len(ascii_chars.translate(None, _ASCII_LETTERS)) + len(sample) - len(ascii_chars)
    return 2 * cyrillic > most_letters


def bounded_sample(text: str, limit: int) -> str:
    """The whole text if short, else its start, middle and end (a page's language is rarely in one place)."""
    if len(text) <= limit:
        return text
    third = limit // 3
    middle = len(text) // 2 - third // 2
    return " ".join((text[:third], text[middle:middle + third], text[-third:]))


@dataclass(frozen=True, eq=False)  # hashed by identity: words are remembered per spelling
class Spelling:
    """One way of writing Kazakh outside Cyrillic, and its reading in Cyrillic."""

    name: str  # latn-2021, latn-2018, latn-2017, latn-ascii, arab
    script: str
    marks: tuple[str, ...]
    letters: dict[str, tuple[str, ...]]  # lower-case unit -> Cyrillic options, the usual one first
    front_marks: frozenset[str]
    punctuation: dict[int, str]
    writing: dict[str, str]  # Cyrillic letter -> how this spelling writes it; empty when we never write it

    def __post_init__(self) -> None:
        units = sorted(self.letters, key=len, reverse=True)  # longest first: `sh` before `s`, `a'` before `a`
        object.__setattr__(self, "_unit_re", re.compile("|".join(map(re.escape, units)) + "|."))
        written = sorted(self.writing, key=len, reverse=True)  # `ия` before `и`
        object.__setattr__(self, "_written_re", re.compile("|".join(map(re.escape, written)) or "(?!)"))

    def written(self, word: str) -> str | None:
        """A lower-case Cyrillic word in this spelling's letters; None when it has a letter the spelling does not
        write, or the spelling is only read."""
        if not self.writing or self._written_re.sub("", word).replace("-", ""):
            return None
        return self._written_re.sub(lambda m: self.writing[m.group()], word)

    def to_cyrillic(self, text: str) -> str:
        """`text` with each word of this spelling in Cyrillic; Cyrillic words, digits and spacing unchanged, so
        lines, words and their order stay where they were."""
        return _WORD_RE.sub(lambda m: self.word(m.group()), text).translate(self.punctuation)

    def word(self, word: str) -> str:
        # 2021 and 2018 tell I (ı) from İ (i); Python would lower-case both to i
        lowered = "".join(ch if ch == "I" else ch.lower() for ch in word.translate(_APOSTROPHES))
        if "I" not in self.letters:
            lowered = lowered.replace("I", "i")
        cyrillic = _read_word(self, lowered)
        if word[0].isupper():
            return cyrillic.upper() if len(word) > 1 and word.isupper() else cyrillic[:1].upper() + cyrillic[1:]
        return cyrillic


@lru_cache(maxsize=WORDS_REMEMBERED)
def _read_word(spelling: Spelling, lowered: str) -> str:
    slots = [spelling.letters.get(unit, (unit,)) for unit in spelling._unit_re.findall(lowered)]
    # the Arabic script's high hamza: the word's vowels are front, whatever else it writes
    front = any(mark in lowered for mark in spelling.front_marks)
    candidates = [("", 0.0)]
    for options in slots:
        grown = [(text + option, cost + OPTION_COST * i) for text, cost in candidates for i, option in enumerate(options)]
        if len(grown) > MAX_CANDIDATES:
            grown.sort(key=lambda c: _cost(c[0], front) + c[1])
            del grown[MAX_CANDIDATES:]
        candidates = grown
    if len(candidates) == 1:
        return candidates[0][0]
    ranked = sorted(candidates, key=lambda c: _cost(c[0], front) + c[1])
    known = _known_kazakh_word()
    best = min(
        ranked[:LOOKED_UP_CANDIDATES],
        key=lambda c: _cost(c[0], front) + c[1] - (KNOWN_WORD_GAIN if known(c[0]) else 0.0),
    )
    return best[0]


def _cost(word: str, front_marked: bool) -> float:
    """How un-Kazakh a candidate looks: vowels out of harmony with the rest, glides out of place."""
    back = sum(ch in BACK_VOWELS for ch in word) + CONSONANT_HARMONY * sum(ch in BACK_CONSONANTS for ch in word)
    front = sum(ch in FRONT_VOWELS for ch in word) + CONSONANT_HARMONY * sum(ch in FRONT_CONSONANTS for ch in word)
    cost = back if front_marked else min(back, front)
    for i, ch in enumerate(word):
        after_vowel = i > 0 and word[i - 1] in VOWELS
        before_vowel = i + 1 < len(word) and word[i + 1] in VOWELS
        if (ch == "й" and not after_vowel and not (i == 0 and before_vowel)) or (ch == "и" and i > 0 and word[i - 1] in FULL_VOWELS):
            cost += MISPLACED_GLIDE_COST
        elif ch == "я" and i > 0 and not after_vowel or ch == "и" and i == 0 and word[1:2] == "я":
            cost += MISPLACED_GLIDE_COST  # я after a consonant (армян), a word opening with ия: both foreign to Kazakh
        elif ch == "у" and i > 0 and not after_vowel and not before_vowel and i + 1 < len(word):
            cost += MISPLACED_GLIDE_COST / 2
        elif ch in "іы" and i > 0 and word[i - 1] in FULL_VOWELS:
            # two vowels in a row, which Kazakh does not have (у, и, ю and я carry a glide: ауыл, қиын, қоюы): "jetıspeidı"
            # is жетіспейді
            cost += MISPLACED_GLIDE_COST / 2
    return cost


@cache
def _known_kazakh_word():
    from .kazakh import get_kazakh_lemmatizer, kazakh_stem_lookup

    lookup = kazakh_stem_lookup(get_kazakh_lemmatizer().lexicon)
    return lambda word: len(word) > 1 and lookup(word)


@cache
def spellings() -> dict[str, Spelling]:
    data = read_toml(__package__, "kk_spellings.toml")
    punctuation = str.maketrans(data["punctuation"])
    result = {}
    for name, spec in data["spellings"].items():
        base = data["latin"] if spec["script"] == "latn" else {}
        letters = {unit: (value,) if isinstance(value, str) else tuple(value)
                   for unit, value in {**base, **spec["letters"]}.items()}
        result[name] = Spelling(name, spec["script"], tuple(spec["marks"]), letters,
                                frozenset(spec.get("front_marks", ())), punctuation, spec.get("writing", {}))
    return result


def latin_readings(word: str) -> list[str]:
    """A lower-case Cyrillic word as it reads back from the Latin spellings that write it (вакцинация: vaksinasia
    in the 2021 letters, read ваксинасия), where that differs from the word: what a text in those letters gives
    for it, since a reading cannot restore letters the Latin alphabet does not have (ц, я after и)."""
    found = []
    for spelling in spellings().values():
        if (latin := spelling.written(word)) and (reading := spelling.word(latin)) != word and reading not in found:
            found.append(reading)
    return found


def spelling_of(text: str) -> Spelling | None:
    """The spelling `text` would be Kazakh in, judged by its script and marks (not whether it is Kazakh at all:
    langid decides that); None for Cyrillic text and scripts Kazakh is not written in."""
    script = dominant_script(text)
    candidates = [s for s in spellings().values() if s.script == script]
    if not candidates:
        return None
    lowered = bounded_sample(text, SCRIPT_SAMPLE_CHARS).translate(_APOSTROPHES).lower()
    # no marks at all: plain ASCII, the spelling without marks of its own
    return max(candidates, key=lambda s: (sum(lowered.count(mark) for mark in s.marks), not s.marks))


TITLE = -1  # the index `Analysed.words` knows the title by


@dataclass(eq=False)
class Analysed:
    """A record's title and paragraphs as they are analysed (lemmas, topics, regions), and their word tokens, each
    tokenized once, when first needed. `ingest` tokenizes every one of them to lemmatize it and records the tokens
    here (`known`), so that `ingest --tag` tags without tokenizing again; `tag`, reading a record, tokenizes only
    the paragraphs it looks into."""

    title: str | None
    paragraphs: list[str]
    caseless: bool = False  # read from a script without capital letters (Arabic): no name shows by its capital
    _words: dict[int, list[str]] = field(default_factory=dict)  # by paragraph index, TITLE for the title

    def words(self, index: int) -> list[str]:
        """The word tokens of paragraph `index`, or of the title for TITLE ([] when there is none)."""
        found = self._words.get(index)
        if found is None:
            text = self.title if index == TITLE else self.paragraphs[index]
            found = self._words[index] = word_tokens(text) if text else []
        return found

    def known(self, index: int, tokens: list[str]) -> None:
        """Records the word tokens of paragraph `index` (or of the title), found by whoever tokenized it first."""
        self._words[index] = tokens


def analysed_text(title: str | None, paragraphs: list[str], langs: list[str], doc_lang: str) -> Analysed:
    """The title and paragraphs a record is analysed in (lemmas, regions). When a Kazakh record is written in Latin
    or Arabic letters, its title and Kazakh paragraphs are read in Cyrillic, and so is a Kazakh paragraph in those
    letters that another language's record quotes; everything else stays as written. The spelling is judged on the
    paragraphs alone (the record's text), so ingest and tag read a record alike."""
    if doc_lang != "kk":  # a Russian record's Kazakh paragraphs in Latin or Arabic letters, each in its own spelling
        if "kk" not in langs:
            return Analysed(title, paragraphs)
        return Analysed(title, [_in_cyrillic(p) if lang == "kk" else p for p, lang in zip(paragraphs, langs)])
    spelling = spelling_of("\n".join(paragraphs))
    if spelling is None:
        return Analysed(title, paragraphs)
    return Analysed(spelling.to_cyrillic(title) if title else title,
                    [spelling.to_cyrillic(p) if lang == "kk" else p for p, lang in zip(paragraphs, langs)],
                    caseless=not any(letter.upper() != letter for unit in spelling.letters for letter in unit))


def _in_cyrillic(paragraph: str) -> str:
    """A Kazakh paragraph read in Cyrillic, if it is written in another script (a post a Russian story quotes)."""
    spelling = spelling_of(paragraph)
    return spelling.to_cyrillic(paragraph) if spelling else paragraph
