"""Language identification for Kazakhstan news: Russian, Kazakh or other.

langdetect stays the general engine (its profile format, `DetectorFactory` and n-gram tables), but it has no
Kazakh profile and confuses the Cyrillic neighbours, so:

1. Cheap letter statistics decide most texts: a naive Bayes over single letters, with the letter tables taken
   from the same profiles, plus a penalty for letters outside a language's native alphabet. The alphabets do most
   of the work: Kazakh writes ғ қ ұ і next to ы; Kyrgyz has ң ө ү but no ә ғ қ ұ і; Tatar has ә җ һ but no қ ғ ұ і;
   Ukrainian and Belarusian write і (ї є ґ, ў) and no Kazakh letters; Bulgarian writes ъ and no ы э.
   Letter pairs count too: Kazakh writes қы, ғы where Kyrgyz and Tatar write кы, гы (data/langid_spelling.toml).
   Letters alone decide only texts of LETTER_DECISION_MIN_LETTERS or more: in a short sentence a few Russian names
   outweigh the one Kazakh verb.
2. Only when the letters leave the top two languages close (or the text is short) do langdetect's 1-3-gram tables
   score the text (the
   first LANGDETECT_SAMPLE_CHARS letters), together with short function-word lists. The tables come from our own
   `DetectorFactory` loaded from data/langdetect_profiles (the global langdetect factory is untouched). We sum the
   n-gram log-probabilities exactly instead of calling `Detector.detect()`: its random sampling is deterministic
   only through the seed and, on one-line sentences, flips between Russian and Bulgarian on a handful of n-grams.
   Each language's table is smoothed by how much of its text its profile has seen (UNSEEN_GRAMS), not by
   langdetect's single floor, so a profile built from little text is not mistaken for a poor fit.

3. If the n-gram stage leaves languages within DICTIONARY_MARGIN of the best, their dictionaries look the words
   of 4+ letters up: pymorphy3's Russian dictionary, its Ukrainian one when pymorphy3-dicts-uk is installed, and
   the Kazakh lemmatizer's stem lexicon behind its suffix grammar. Nearly every Russian word is a known Russian
   form, while a fifth of Ukrainian or Bulgarian words and fewer Turkic ones are; two thirds of Kazakh words reach
   a known Kazakh stem, a tenth of Kyrgyz ones. Each word adds log P(known or not | language) from
   DICTIONARY_KNOWN_RATE, which decides short sentences n-grams cannot (`Рассыпала муку!`). Lookups are exact (no
   guessing of unknown words), the dictionaries load with the stage's models (`load_dictionaries`) or else on
   first need, and at most MAX_DICTIONARY_WORDS words are looked up per dictionary; a missing dictionary is simply
   not consulted.

Title-case words (names: Ұлытау, Жезказган, Бекболат) count for less than the rest, so a Russian text full of
Kazakh place names stays Russian, unless the name carries a Kazakh case suffix with a Kazakh letter
(Рио-де-Жанейродағы, Алматының): a Russian sentence inflects names the Russian way. Latin-script words (Allmusic,
@handles, URLs) are left out once a text is mostly Cyrillic.

Kazakh is also written in Latin letters (the alphabets of 2017, 2018 and 2021, plain ASCII) and, in China, in the
Arabic script. A text mostly in such letters is read in Cyrillic (script.py) and is Kazakh only if enough of its
words are Kazakh function words or reach a known Kazakh stem; its Cyrillic reading is then identified as above.
Anything else in those scripts (English, Turkish, Uzbek) stays 'other'.
"""

from __future__ import annotations

import json
import logging
import signal
from contextlib import contextmanager
import math
import re
import string
import tomllib
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from itertools import groupby, islice
from pathlib import Path

from langdetect import DetectorFactory

from ..memo import Memo
from .script import CYRILLIC_LETTER, LETTER, Spelling, bounded_sample, spelling_of
from .tokenize import KAZAKH_CAPITALS, KAZAKH_LETTERS, TYPED_WITH_RUSSIAN_LETTERS

PROFILE_DIR = Path(__file__).resolve().parent / "data" / "langdetect_profiles"
# Cyrillic languages a Kazakhstan news page may plausibly contain; see data/langdetect_profiles/README.md.
PROFILES = ("ru", "kk", "uk", "be", "bg", "mk", "ky", "tt")

LETTER_SAMPLE_CHARS = 4000  # letter statistics read at most this much of a long text
LANGDETECT_SAMPLE_CHARS = 600  # the n-gram stage reads at most this many letters
# Witten-Bell smoothing per language and n-gram length: a language keeps types / (tokens + types) of its
# probability for n-grams its profile lacks, spread over UNSEEN_GRAMS[n] of them. A profile built from little text
# (Tatar, Kyrgyz) lacks far more of the n-grams of its own language than the large Russian one does; a single floor
# for all made every missing n-gram cost the small profiles as much as Russian, and short Ukrainian, Belarusian or
# Bulgarian sentences came out Russian. The spread was chosen on the two-way split of bench/langid_speed.py
# (8 -> 6 errors of 2307); on three other random two-way splits it saved 0 or 1 error of 8-9, so expect a small gain.
UNSEEN_GRAMS = {1: 30, 2: 300, 3: 3000}
FUNCTION_WORDS_FILE = Path(__file__).resolve().parent / "data" / "langid_function_words.toml"
FUNCTION_WORD_BONUS = 3.0  # log-odds a listed function word adds to its languages
# Letter pairs a language never writes in its own words (Kazakh кы, гы); each costs ALPHABET_PENALTY, like a foreign letter
SPELLING_FILE = Path(__file__).resolve().parent / "data" / "langid_spelling.toml"
MAX_FUNCTION_WORDS = 100  # words looked up in the function-word lists
LOG_PRIOR = {"ru": 1.0, "kk": 1.0}  # Kazakhstan news is Russian or Kazakh far more often than anything else
MIN_CYRILLIC_SHARE = 0.3  # below this share of Cyrillic letters a text is 'other' (Latin script)
# Kazakh typed with Russian letters only (қ as к, ұ as у, і as и: "Кызылордада жана аурухана ашылды") has next to none
# of its own letters, which alone would make it Russian; its function words, so typed, still show it: at least
# PLAIN_KAZAKH_MIN_WORDS of them and PLAIN_KAZAKH_RATIO times as many as Russian function words, in a text whose
# Kazakh letters are under PLAIN_KAZAKH_MAX_LETTER_SHARE of its letters (a headline may be typed properly)
PLAIN_KAZAKH_MIN_WORDS = 3
PLAIN_KAZAKH_RATIO = 2
PLAIN_KAZAKH_MAX_LETTER_SHARE = 0.01
PLAIN_RUSSIAN_WORDS = {"сон", "али"}  # typed so, they are Russian words too ("sleep")
RUSSIAN_WORDS_MIN = 3  # Russian function words that make a paragraph with Kazakh letters Russian ...
RUSSIAN_WORDS_RATIO = 3  # ... at so many times its Kazakh ones
# (counted first among the commonest of them, none a Kazakh word (not от "fire", у "poison", о, не, да, nor с of
# "т.с.с."), in C: a paragraph with fewer than RUSSIAN_WORDS_MIN of these is not read for the rest, which spares most
# Kazakh paragraphs the count); out of quotes in any marks, «...», "..." and “...”
_ANY_QUOTE_RE = re.compile(r"«[^«»]*»|\"[^\"\n]*\"|“[^“”]*”|„[^„“]*“")
_COMMON_RUSSIAN_RE = re.compile(
    r"(?<![\w.])(?:и|в|во|на|что|по|за|для|из|как|но|это|или|при|после|также)(?![\w.])", re.IGNORECASE
)
TYPED_SAMPLE_CHARS = 2400  # ... among the first TYPED_MAX_WORDS words of a text
TYPED_MAX_WORDS = 200
TYPED_RUSSIAN_SIGNS = (" в ", " и ", " на ", " не ", " что ")  # ... where fewer than TYPED_RUSSIAN_SIGNS_MAX stand
TYPED_RUSSIAN_SIGNS_MAX = 8
TYPED_KAZAKH_SIGNS = (" жане", " бойынша", " туралы", " ушин", " ушын", " керек", " кейин", " емес", " деп ", " деп,",
                      " мен ", " бул ", " осы ", " жок", " жылы ", "бар ")
LETTER_MARGIN = 6.0  # log-odds between the two best languages above which letters alone decide
# ... and only in texts of at least this many letters: in a short sentence a few names (Сергей Викторович) or
# shared words outweigh the one word that shows the language (келді), which the later stages weigh
LETTER_DECISION_MIN_LETTERS = 80
# The n-gram stage counts each letter three times (in its 1-, 2- and 3-grams), so its naive-Bayes sum is about
# three times as sure as its evidence; scaled back, function words and dictionary look-ups weigh what they should
NGRAM_SCALE = 1 / 3
NAME_WEIGHT = 0.5  # weight of letters in title-case words (names) relative to the rest
QUOTE_WEIGHT = 0.25  # ... and in words quoted in «» (in the letter stage), which may be in the other language
_QUOTED_RE = re.compile(r"«[^«»]{0,2000}»")
_RUSSIAN = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
# Native alphabets: a letter outside a language's alphabet costs ALPHABET_PENALTY (times the word's weight, so a
# Kazakh name in Russian copy costs little) on top of the statistics, which are noisy for rare letters.
ALPHABETS = {
    "ru": _RUSSIAN,
    "kk": _RUSSIAN + KAZAKH_LETTERS,
    "ky": _RUSSIAN + "ңөү",
    "tt": _RUSSIAN + "әөүҗңһ",
    "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
    "be": "абвгдеёжзійклмнопрстуўфхцчшыьэюя",
    "bg": "абвгдежзийклмнопрстуфхцчшщъьюяѝ",
    "mk": "абвгдѓежзѕијклљмнњопрстќуфхцчџш",
}
ALPHABET_PENALTY = 8.0
UNSEEN_LETTER_LOGP = math.log(2e-5)  # a letter the language never writes (in its profile) costs this
# Kazakh case endings spelled with a Kazakh letter; on a title-case word they mark Kazakh grammar, not a name.
KAZAKH_NAME_SUFFIXES = ("дағы", "дегі", "тағы", "тегі", "ның", "нің", "дың", "дің", "тың", "тің", "ға", "қа", "ғы")
MIN_NAME_STEM = 3  # letters a name keeps in front of such a suffix
DICTIONARY_MARGIN = 20.0  # a dictionary is consulted when its language is within this log-odds of the best
DICTIONARY_MIN_LETTERS = 4  # shorter words (на, за, е, кой) are shared by too many languages to tell them apart
MAX_DICTIONARY_WORDS = 6  # words looked up per text (the first ones; lookups are the slowest step)
KNOWN_WORDS_REMEMBERED = 100_000  # dictionary answers, per (dictionary, word)
DICTIONARY_WEIGHT = 3.0  # scale of dictionary evidence next to the (over-confident) n-gram sums
# P(a word of 4+ letters is a form the dictionary knows | language of the text), rounded from UD dev text with
# names left out (the treebanks of ../shared/eval; mk, which has none, set like bg). Russian and Ukrainian words
# are known to their own dictionary 98% of the time; capped at 0.95 so that one typo or slang word is not decisive.
DICTIONARY_KNOWN_RATE = {
    "ru": {"ru": 0.95, "kk": 0.06, "uk": 0.2, "be": 0.12, "bg": 0.27, "mk": 0.25, "ky": 0.15, "tt": 0.11},
    "uk": {"ru": 0.2, "kk": 0.04, "uk": 0.95, "be": 0.12, "bg": 0.19, "mk": 0.17, "ky": 0.09, "tt": 0.05},
    # the Kazakh lemmatizer's stem lexicon: 0.69 of Kazakh words when built without the sentence's half of KTB
    "kk": {"ru": 0.01, "kk": 0.65, "uk": 0.01, "be": 0.01, "bg": 0.01, "mk": 0.01, "ky": 0.1, "tt": 0.07},
}
# Kazakh in Latin or Arabic letters: log-odds against it before its words are read (a Latin paragraph on a Kazakhstan
# page is more often English or a URL), and how many words are read
OTHER_SCRIPT_PRIOR = -2.0
MAX_OTHER_SCRIPT_WORDS = 40
SHORT_PARAGRAPH_CHARS = 16  # paragraphs shorter than this inherit the document language
LATIN_LINES_MIN_SHARE = 0.25  # the share of ASCII letters a Cyrillic page's sample needs for its other lines to be read
_ADDRESS_TOKEN = re.compile(r"\S*[/@_]\S*")  # a web address, an e-mail, a handle
# ... and on a page of Kazakh in Latin letters, a line of Latin letters shorter than this (a table's row, a caption:
# "Aqtöbe oblysy | 30,4 | 6,9") that the detector, with so few words, calls neither, but whose words read as Kazakh
LATIN_LINE_MAX_CHARS = 60
OWN_TEXT_SHARE = 0.25  # a story's own text, at least this share, is its language; a passage it quotes is not
OWN_TEXT_MIN_CHARS = 400  # ... and at least this long, some 60 words (a lead and photo captions are not enough)
# A page of one text in two languages (a press release in Kazakh, then in Russian): the two take about as many
# characters, and the headline's language is the page's; "about as many" is the smaller at least this share of the larger
BILINGUAL_SHARE = 0.8
DOCUMENT_SAMPLE_CHARS = 600  # the document-level guess reads at most this much (start, middle and end)
# Letters Russian never writes: Kazakh's (ә ғ қ ң ө ұ ү һ і) and the Ukrainian and Belarusian ones. Kazakh prose has
# about one in twelve characters among them; Russian prose quoting Kazakh names far below one in a hundred.
_NON_RUSSIAN_RE = re.compile(f"[{KAZAKH_LETTERS}{KAZAKH_CAPITALS}їєґўЇЄҐЎ]")
NON_RUSSIAN_SHARE = 0.015
_ASCII_LETTERS = string.ascii_letters.encode("ascii")
PLAIN_SAMPLE_CHARS = 200  # shorter samples always go to the detector
_OUTSIDE_RUSSIAN_RE = re.compile(r"[^\W\d_a-zA-Zа-яёА-ЯЁ]")
_OUTSIDE_KAZAKH_RE = re.compile(rf"[^\W\d_a-zA-Zа-яёА-ЯЁ{KAZAKH_LETTERS}{KAZAKH_CAPITALS}]")
_KAZAKH_ONLY_RE = re.compile("[ғқұҒҚҰ]")
_RUSSIAN_MARK_RE = re.compile(r"[ыэёЭЁ]|\b(?:что|это|Что|Это)\b")
KAZAKH_SHARE = 0.03  # Kazakh letters per character of a plainly Kazakh sample (Kazakh prose: about 0.08)
LATIN_PARAGRAPH_SHARE = 0.3

_WORD_RE = re.compile(r"[^\W\d_]+")
log = logging.getLogger(__name__)


@contextmanager
def _signals_held():
    """Ctrl-C and SIGTERM wait until the block is done: langdetect's profile loader turns anything raised inside it,
    KeyboardInterrupt included, into 'Profile format error', which would hide an interrupt as a bug."""
    held = {signal.SIGINT, signal.SIGTERM, getattr(signal, "SIGHUP", signal.SIGTERM)}
    if not hasattr(signal, "pthread_sigmask"):
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _label(lang: str) -> str:
    return lang if lang in ("ru", "kk") else "other"


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u052f"


class LanguageIdentifier:
    """Letter statistics first, langdetect's n-gram profiles where they do not decide; profiles read once."""

    def __init__(self, profile_dir: Path = PROFILE_DIR, seed: int = 0,
                 dictionaries: dict[str, Callable[[str], bool] | None] | None = None):
        """`dictionaries` overrides the word lookups per language (see _dictionary), e.g. to measure without one."""
        profiles = [(Path(profile_dir) / name).read_text(encoding="utf-8") for name in PROFILES]
        self._factory = DetectorFactory()
        with _signals_held():
            self._factory.load_json_profile(profiles)
        self._factory.set_seed(seed)
        self.langs: list[str] = list(self._factory.langlist)
        parsed = [json.loads(p) for p in profiles]
        self._letter_logp = _letter_table(parsed)
        letters = set("".join(ALPHABETS.values()))
        penalties = {ch: tuple(0.0 if ch in ALPHABETS.get(lang, letters) else -ALPHABET_PENALTY for lang in self.langs)
                     for ch in letters}
        self._foreign_letter = {ch: row for ch, row in penalties.items() if any(row)}
        self._foreign_pair = _foreign_pair_table(self.langs, SPELLING_FILE)
        self._lists = FunctionWords(self.langs, FUNCTION_WORDS_FILE)
        self._function_words = self._lists.bonus
        russian = self._lists.listed["ru"]
        # the Kazakh function words as typed with Russian letters only, but those that are Russian words too; and
        # Kyrgyz's own, which tell a Kyrgyz text with few of its letters (ө ү ң) from typed Kazakh
        typed = {lang: {typed for word in self._lists.listed[lang] for table in TYPED_WITH_RUSSIAN_LETTERS
                        if (typed := word.translate(table)) not in russian and len(typed) > 2} for lang in ("kk", "ky")}
        self._plain_kazakh = typed["kk"] - PLAIN_RUSSIAN_WORDS
        self._russian_only = russian - self._lists.listed["kk"]  # Russian function words no Kazakh word is written as
        self._plain_kyrgyz = typed["ky"] - typed["kk"]
        self._ngram_logp = _ngram_table(parsed, [profile["name"] for profile in parsed], self.langs)
        self._dictionary_rows = {
            name: ([math.log(rates.get(lang, 0.2)) for lang in self.langs],
                   [math.log(1 - rates.get(lang, 0.2)) for lang in self.langs])
            for name, rates in DICTIONARY_KNOWN_RATE.items()}
        self._known = Memo(self._is_known, limit=KNOWN_WORDS_REMEMBERED).one
        self._dictionaries = dict(dictionaries or {})

    def identify(self, text: str) -> tuple[str, float]:
        probs = self.probabilities(text)
        if not probs:
            return "other", 0.0
        by_label: Counter[str] = Counter()
        for lang, p in probs.items():
            by_label[_label(lang)] += p
        label, confidence = max(by_label.items(), key=lambda item: (item[1], item[0]))
        return label, round(min(1.0, confidence), 4)

    def probabilities(self, text: str) -> dict[str, float]:
        """Posterior over the profile languages, or {"latin": share} for text mostly not in Cyrillic; {} if no letters."""
        sample = bounded_sample(text, LETTER_SAMPLE_CHARS)
        words, latin = _cyrillic_words(sample)
        cyrillic = sum(len(word) for word, _ in words)
        if cyrillic + latin == 0:
            return {}
        if cyrillic < MIN_CYRILLIC_SHARE * (cyrillic + latin):
            view = self._kazakh_view(sample)
            return {"latin": latin / (cyrillic + latin)} if view is None else self.probabilities(view)
        if (plain := self.typed_kazakh_odds(sample)) is not None:
            return plain
        # a quote in the other language («Сіздердің еңбектеріңіз баға жетпес» in a Russian story) must not decide by
        # its letters alone
        letter, alphabet = self._letter_scores(_quotes_weighted(sample, words) if "«" in sample else words)
        fixed = [a + LOG_PRIOR.get(lang, 0.0) for a, lang in zip(alphabet, self.langs)]
        scores = [s + f for s, f in zip(letter, fixed)]
        first, second = sorted(scores, reverse=True)[:2]
        reply = self._lists.reply_bonus.get(words[0][0]) if len(words) == 1 else None
        if reply is None and first - second >= LETTER_MARGIN and cyrillic >= LETTER_DECISION_MIN_LETTERS:
            return _softmax(self.langs, scores)
        if reply is not None:
            # a one-word answer (— Да., Рахмет!): its n-grams measure how often the word is written in running text
            # (Bulgarian's infinitive да, the Kazakh particle да), not how often it is said alone
            scores = [b + f for b, f in zip(reply, fixed)]
        else:
            ngram = self._ngram_scores(words, LANGDETECT_SAMPLE_CHARS)
            # the letter scores give way: the n-gram tables' 1-grams count the letters already
            scores = [NGRAM_SCALE * n + f for n, f in zip(ngram, fixed)]
            for position, (word, _) in enumerate(words[:MAX_FUNCTION_WORDS]):
                bonus = self._function_words.get(word)
                if position == 0:
                    # an answer word opens its sentence (Благодаря ти!, Да, конечно.); an enclitic (Kazakh да, ма)
                    # leans on a word before it, so a text it begins is not in its language
                    reply = self._lists.reply_bonus.get(word)
                    if reply is not None:
                        bonus = reply if bonus is None else tuple(map(max, bonus, reply))
                    enclitic = self._lists.enclitic.get(word)
                    if enclitic is not None:
                        bonus = tuple(0.0 if off else b for b, off in zip(bonus, enclitic))
                if bonus is not None:
                    scores = [s + b for s, b in zip(scores, bonus)]
        top = max(scores)
        open_langs = {lang for lang, s in zip(self.langs, scores) if top - s < DICTIONARY_MARGIN}
        if len(open_langs) > 1:
            scores = [s + d for s, d in zip(scores, self._dictionary_scores(words, open_langs))]
        return _softmax(self.langs, scores)

    def plain_function_words(self, text: str) -> tuple[int, int, int]:
        """Among a text's first words out of quotes, names left out (Ким, Бен, Али; Жана Жол; song titles: «Сен
        кайда»), how many are Kazakh function words typed with Russian letters, how many Russian function words, and
        how many Kyrgyz ones typed so."""
        found = _cyrillic_words(_QUOTED_RE.sub(" ", text[:TYPED_SAMPLE_CHARS]))[0]
        words = [word for word, weight in found[:TYPED_MAX_WORDS] if weight == 1.0]  # names count for nothing
        return (sum(word in self._plain_kazakh for word in words), sum(word in self._lists.listed["ru"] for word in words),
                sum(word in self._plain_kyrgyz for word in words))

    def russian_by_words(self, text: str) -> bool:
        """Whether a text with Kazakh letters is Russian by its words: out of quotes, Russian function words at least
        RUSSIAN_WORDS_MIN and RUSSIAN_WORDS_RATIO times the Kazakh ones (a Russian story naming Kazakh places and
        people, "Аким ауылдық округа Ерболат Тәжібаев говорит, что ...", or quoting Kazakh words in it)."""
        text = text[:TYPED_SAMPLE_CHARS]
        if not _at_least(RUSSIAN_WORDS_MIN, _COMMON_RUSSIAN_RE, text):  # (most Kazakh paragraphs: a regex in C)
            return False
        own = _ANY_QUOTE_RE.sub(" ", text)
        if not _at_least(RUSSIAN_WORDS_MIN, _COMMON_RUSSIAN_RE, own):
            return False
        found = _cyrillic_words(own)[0]
        words = [word for word, weight in found[:TYPED_MAX_WORDS] if weight == 1.0]
        russian = sum(word in self._russian_only for word in words)
        kazakh = sum(word in self._lists.listed["kk"] for word in words)
        return russian >= RUSSIAN_WORDS_MIN and russian >= RUSSIAN_WORDS_RATIO * kazakh

    def typed_kazakh_odds(self, text: str) -> dict[str, float] | None:
        """Kazakh typed without its own letters (see PLAIN_KAZAKH_MIN_WORDS), as Kazakh against Russian by their
        function words; None for any other text."""
        sample = text[:TYPED_SAMPLE_CHARS]
        # (counted in C: this runs on every Russian document and paragraph) the commonest Russian words show most
        # Russian at once, and the commonest Kazakh ones, so typed, are in any Kazakh text of a few sentences
        if sum(map(sample.count, TYPED_RUSSIAN_SIGNS)) >= TYPED_RUSSIAN_SIGNS_MAX:
            return None
        if not any(map(f" {sample.lower()}".__contains__, TYPED_KAZAKH_SIGNS)):
            return None
        if sum(map(sample.count, KAZAKH_LETTERS)) >= PLAIN_KAZAKH_MAX_LETTER_SHARE * len(sample):
            return None
        if any(ch in sample for ch in "өүң") and not any(ch in sample for ch in "әғқұіһ"):
            return None  # a few of Kyrgyz's letters, none of Kazakh's own: Kyrgyz (жана, бир are its words too)
        kazakh, russian, kyrgyz = self.plain_function_words(sample)
        if kazakh < PLAIN_KAZAKH_MIN_WORDS or kazakh < PLAIN_KAZAKH_RATIO * (russian + kyrgyz):
            return None
        return {"kk": (kazakh + 1) / (kazakh + russian + 2), "ru": (russian + 1) / (kazakh + russian + 2)}

    def _kazakh_view(self, text: str, prior: float = OTHER_SCRIPT_PRIOR) -> str | None:
        """The Cyrillic reading of Kazakh written in Latin or Arabic letters, or None when the words do not read as
        Kazakh. The evidence is Kazakh's own: the Cyrillic readings of the words are Kazakh function words or reach
        a known stem through the suffix grammar (most Kazakh words do, next to no English, Turkish or Uzbek ones),
        never merely "Latin letters but not English". `prior`: the log-odds against Kazakh before the words are read
        (none for a line on a page of Kazakh in Latin letters)."""
        spelling = spelling_of(text)
        if spelling is None:
            return None
        view = spelling.to_cyrillic(text)
        known_row, unknown_row = self._dictionary_rows["kk"]
        kk = self.langs.index("kk")
        # P(known | Kazakh) against P(known | any other language), the rows' Kazakh and best non-Kazakh rates
        known_odds = known_row[kk] - max(x for i, x in enumerate(known_row) if i != kk)
        unknown_odds = unknown_row[kk] - max(x for i, x in enumerate(unknown_row) if i != kk)
        evidence = prior
        has_dictionary = self._dictionary("kk") is not None
        words, _ = _cyrillic_words(view)
        for word, _weight in [w for w in words if w[1] == 1.0][:MAX_OTHER_SCRIPT_WORDS]:
            bonus = self._function_words.get(word)
            if bonus is not None and bonus[kk]:
                evidence += known_odds
            elif has_dictionary and len(word) >= DICTIONARY_MIN_LETTERS:
                evidence += known_odds if self._known(("kk", word)) else unknown_odds
        return view if evidence > 0 else None

    def load_dictionaries(self) -> LanguageIdentifier:
        """Loads every dictionary now, not at the first word that needs one: a stage's build calls this, so that
        workers forked afterwards share the dictionaries instead of each loading its own."""
        for name in self._dictionary_rows:
            self._dictionary(name)
        return self

    def _dictionary(self, name: str) -> Callable[[str], bool] | None:
        """The word lookup of a language's dictionary, None when there is none."""
        return self._dictionaries[name] if name in self._dictionaries else _dictionary(name)

    def _is_known(self, key: tuple[str, str]) -> bool:
        name, word = key
        # the listed function and reply words are words of their language even where its dictionary lacks them
        # (the Kazakh stem lexicon has no interjections or answer words: рахмет, әрине)
        return word in self._lists.listed.get(name, ()) or self._dictionary(name)(word)

    def _dictionary_scores(self, words: list[tuple[str, float]], open_langs: set[str]) -> list[float]:
        """Sum of log P(known to the dictionary or not | language) over the first words long enough to tell,
        for the dictionaries of the languages still open."""
        total = [0.0] * len(self.langs)
        # names are left out, as they were when the rates were measured
        long_words = [word for word, weight in words if len(word) >= DICTIONARY_MIN_LETTERS and weight == 1.0]
        for name, (known_row, unknown_row) in self._dictionary_rows.items():
            if name not in open_langs or self._dictionary(name) is None:
                continue
            for word in long_words[:MAX_DICTIONARY_WORDS]:
                row = known_row if self._known((name, word)) else unknown_row
                total = [t + DICTIONARY_WEIGHT * x for t, x in zip(total, row)]
        return total

    def _letter_scores(self, words: list[tuple[str, float]]) -> tuple[list[float], list[float]]:
        """(letter statistics, alphabet penalties) per language, both from the weighted letter counts."""
        counts: Counter[str] = Counter("".join(word for word, weight in words if weight == 1.0))
        for word, weight in words:
            if weight != 1.0:
                for ch in word:
                    counts[ch] += weight
        letter = [0.0] * len(self.langs)
        alphabet = [0.0] * len(self.langs)
        for ch, n in counts.items():
            row = self._letter_logp.get(ch)
            if row is not None:
                letter = [s + n * x for s, x in zip(letter, row)]
            row = self._foreign_letter.get(ch)
            if row is not None:
                alphabet = [s + n * x for s, x in zip(alphabet, row)]
        # most texts write none of the pairs: look for them in C before stepping through every letter pair in Python
        text = " ".join(word for word, _ in words)
        if any(pair in text for pair in self._foreign_pair):
            for word, weight in words:
                for i in range(len(word) - 1):
                    row = self._foreign_pair.get(word[i:i + 2])
                    if row is not None:
                        alphabet = [s + weight * x for s, x in zip(alphabet, row)]
        return letter, alphabet

    def _ngram_scores(self, words: list[tuple[str, float]], limit: int) -> list[float]:
        """Naive Bayes over langdetect's 1-3-gram tables for the words within the first `limit` letters."""
        table = self._ngram_logp
        rows = []
        seen = 0
        for word, weight in words:
            padded = f" {word} "
            for i in range(1, len(padded)):
                for gram in (padded[i] if i < len(padded) - 1 else None, padded[i - 1:i + 1],
                             padded[i - 2:i + 1] if i >= 2 else None):
                    row = table.get(gram) if gram else None
                    if row is not None:
                        rows.append(row if weight == 1.0 else [weight * x for x in row])
            seen += len(word)
            if seen >= limit:
                break
        return [sum(col) for col in zip(*rows)] if rows else [0.0] * len(self.langs)


def _cyrillic_words(text: str) -> tuple[list[tuple[str, float]], int]:
    """Lower-cased Cyrillic words with their weight (names count less), and the number of Latin letters."""
    words = []
    latin = 0
    for match in _WORD_RE.finditer(text):
        word = match.group()
        if not _is_cyrillic(word[0]):
            latin += len(word)
            continue
        lower = word.lower()
        # the first Cyrillic word is capitalised as a sentence start even behind a handle or number (@user-150 Кучи)
        name = (bool(words) and word[0].isupper() and not word.isupper() and not _starts_sentence(text, match.start())
                and not _kazakh_inflected(lower))
        words.append((lower, NAME_WEIGHT if name else 1.0))
    return words, latin


def _quotes_weighted(text: str, words: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """`words` (as _cyrillic_words gives them for `text`) with those quoted in «» weighing QUOTE_WEIGHT at most, when
    the quotes hold less than half of the text (a text in quotes is its own language)."""
    spans = [(m.start(), m.end()) for m in _QUOTED_RE.finditer(text)]
    if not spans or sum(end - start for start, end in spans) * 2 >= len(text):
        return words
    starts = [m.start() for m in _WORD_RE.finditer(text) if _is_cyrillic(m.group()[0])]
    return [
        (word, min(weight, QUOTE_WEIGHT) if any(a < start < b for a, b in spans) else weight)
        for (word, weight), start in zip(words, starts)
    ]


def _kazakh_inflected(word: str) -> bool:
    return any(word.endswith(suffix) and len(word) - len(suffix) >= MIN_NAME_STEM for suffix in KAZAKH_NAME_SUFFIXES)


def _starts_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 4):start].rstrip(" \t\"'«„“(-–—")
    return not before or before[-1] in ".!?…\n:"


def _letter_table(profiles: list[dict]) -> dict[str, list[float]]:
    """Lower-case Cyrillic letter -> log P(letter | language), one column per profile in load order."""
    per_lang: list[Counter[str]] = []
    for profile in profiles:
        letters: Counter[str] = Counter()
        for gram, count in profile["freq"].items():
            if len(gram) == 1 and _is_cyrillic(gram):
                letters[gram.lower()] += count
        per_lang.append(letters)
    alphabet = sorted(set().union(*per_lang))
    table: dict[str, list[float]] = {ch: [] for ch in alphabet}
    for letters in per_lang:
        total = sum(letters.values())
        for ch in alphabet:
            table[ch].append(math.log(letters[ch] / total) if letters[ch] else UNSEEN_LETTER_LOGP)
    return table


def _ngram_table(profiles: list[dict], names: list[str], langs: list[str]) -> dict[str, tuple[float, ...]]:
    """n-gram -> log P(n-gram | language) per language in `langs` order, Witten-Bell smoothed (UNSEEN_GRAMS)."""
    by_name = dict(zip(names, profiles))
    freqs = [by_name[lang]["freq"] for lang in langs]
    seen: dict[tuple[int, int], float] = {}  # (language index, n) -> log of 1 / (tokens + types)
    unseen: dict[tuple[int, int], float] = {}  # (language index, n) -> log P(one particular unseen n-gram)
    for i, freq in enumerate(freqs):
        for n, spread in UNSEEN_GRAMS.items():
            counts = [count for gram, count in freq.items() if len(gram) == n]
            tokens, types = sum(counts), len(counts)
            if not types:  # a profile without n-grams of this length knows nothing about them
                seen[i, n], unseen[i, n] = 0.0, -math.log(spread)
                continue
            seen[i, n] = -math.log(tokens + types)
            unseen[i, n] = math.log(types / (tokens + types) / spread)
    grams = list(set().union(*freqs))
    columns = []  # built a language at a time and zipped into rows: several times faster than row by row
    for i, freq in enumerate(freqs):
        logp = {gram: math.log(count) + seen[i, len(gram)] for gram, count in freq.items()}
        columns.append([logp[gram] if gram in logp else unseen[i, len(gram)] for gram in grams])
    return dict(zip(grams, zip(*columns)))


class FunctionWords:
    """The lists of data/langid_function_words.toml, as rows over the profile languages."""

    def __init__(self, langs: list[str], path: Path):
        with path.open("rb") as f:
            data = tomllib.load(f)
        reply = _word_lists(data.pop("reply", {}))
        enclitic = _word_lists(data.pop("enclitic", {}))
        plain = _word_lists(data)
        # enclitics are function words of their language too; replies only where they open the text
        words = {lang: plain.get(lang, set()) | enclitic.get(lang, set()) for lang in langs}
        self.bonus = _bonus_rows(langs, words)  # word -> FUNCTION_WORD_BONUS where it is listed
        self.reply_bonus = _bonus_rows(langs, reply)
        self.listed = {lang: words[lang] | reply.get(lang, set()) for lang in langs}
        self.enclitic = {word: tuple(word in enclitic.get(lang, ()) for lang in langs)
                         for word in set().union(*enclitic.values())}


def _word_lists(lists: dict[str, str]) -> dict[str, set[str]]:
    return {lang: set(words.split()) for lang, words in lists.items()}


def _bonus_rows(langs: list[str], lists: dict[str, set[str]]) -> dict[str, tuple[float, ...]]:
    return {word: tuple(FUNCTION_WORD_BONUS if word in lists.get(lang, ()) else 0.0 for lang in langs)
            for word in set().union(*lists.values())}


def _foreign_pair_table(langs: list[str], path: Path) -> dict[str, tuple[float, ...]]:
    """Letter pair -> penalty per language (-ALPHABET_PENALTY where the language never writes the pair)."""
    with path.open("rb") as f:
        never = {lang: set(pairs.split()) for lang, pairs in tomllib.load(f)["never_written"].items()}
    return {pair: tuple(-ALPHABET_PENALTY if pair in never.get(lang, ()) else 0.0 for lang in langs)
            for pair in set().union(*never.values())}


def _softmax(langs: list[str], scores: list[float]) -> dict[str, float]:
    top = max(scores)
    weights = [math.exp(s - top) for s in scores]
    total = sum(weights)
    return {lang: w / total for lang, w in zip(langs, weights)}


@lru_cache(maxsize=None)
def _dictionary(lang: str) -> Callable[[str], bool] | None:
    """word -> whether `lang`'s dictionary knows it (exact lookup, no guessing), loaded once; None if unavailable.

    ru and uk are pymorphy3's dictionaries (uk needs the optional pymorphy3-dicts-uk package; ru is the Russian
    lemmatizer's, so a process holds it once); kk is the Kazakh lemmatizer's stem lexicon reached through its
    suffix grammar."""
    if lang == "kk":
        from kzhealth.lang.kazakh import get_kazakh_lemmatizer, kazakh_stem_lookup

        return kazakh_stem_lookup(get_kazakh_lemmatizer().lexicon)
    try:
        if lang == "ru":
            from kzhealth.lang.russian import get_russian_lemmatizer

            return get_russian_lemmatizer().morph.word_is_known
        import pymorphy3

        return pymorphy3.MorphAnalyzer(lang=lang).word_is_known
    except (ImportError, ValueError) as error:
        log.info("langid: no %s dictionary (%s); deciding without it", lang, error)
        return None


@lru_cache(maxsize=1)
def default_identifier() -> LanguageIdentifier:
    return LanguageIdentifier()


def kazakh_spelling(text: str) -> Spelling | None:
    """The spelling in which a text is Kazakh written outside Cyrillic (read from the lines of a bounded sample that
    are not Cyrillic), or None: for Cyrillic text, and for Latin or Arabic text that does not read as Kazakh."""
    sample = bounded_sample(text, DOCUMENT_SAMPLE_CHARS)
    dominant = spelling_of(text)
    if dominant is None and _latin_letters(sample) < LATIN_LINES_MIN_SHARE * len(sample):
        return None  # a Cyrillic page, as nearly all are, perhaps with a link or a brand in Latin letters
    # ... read from the sample's lines in other letters: a site's menus, trail and footer in Russian around a Kazakh
    # story in Latin letters would hide its spelling and count against its words
    latin_lines = _latin_lines(sample)
    spelling = dominant or spelling_of(latin_lines)
    if spelling is None or default_identifier()._kazakh_view(latin_lines) is None:
        return None
    return spelling


def _latin_lines(text: str) -> str:
    """The lines of a text whose letters are mostly not Cyrillic, without web addresses, e-mails and handles (a page's
    links spell its headlines in Latin letters: /qaragandy-oblysynda-qyzylshaga-...)."""
    kept = []
    for line in text.splitlines():
        line = _ADDRESS_TOKEN.sub(" ", line)
        letters = len(LETTER.findall(line))
        if letters and len(CYRILLIC_LETTER.findall(line)) * 2 < letters:
            kept.append(line)
    return "\n".join(kept)


def identify(text: str) -> tuple[str, float]:
    """Language ('ru'|'kk'|'other') and a confidence in [0,1] for a sentence, snippet or document."""
    return default_identifier().identify(text)


def identify_paragraphs(paragraphs: list[str], title: str | None = None) -> tuple[str, float, list[str]]:
    """(document lang, document confidence, one lang per paragraph).

    The detector runs once on a bounded sample of the document. A paragraph is identified on its own only when
    its letters disagree with that answer: Kazakh (or Ukrainian, Belarusian) letters in a Russian document, too
    few of them in a Kazakh one, mostly Latin letters, or a document that is neither. The rest inherit the
    document's language, so a long article costs a few detector calls, not one per paragraph. The document
    language is then the one with most characters across paragraphs, those of a passage the story quotes (a
    verdict in Russian in a Kazakh story) left out where the story's own text is OWN_TEXT_SHARE of it and
    OWN_TEXT_MIN_CHARS at least; paragraphs too short to judge (a name, a number) inherit it. Where two languages
    take about as many characters (BILINGUAL_SHARE), one block after the other, the page gives one text in both, and
    the `title`'s language, if it is one of them, is the document's; with no paragraph at all, the title's is.
    """
    if not paragraphs:  # a headline with no story under it is in its headline's language
        return (*identify_paragraphs([title])[:2], []) if title else ("other", 0.0, [])
    identifier = default_identifier()
    sample = bounded_sample("\n".join(paragraphs), DOCUMENT_SAMPLE_CHARS)
    guess = _plain_alphabet(sample)
    guess_confidence = 1.0
    # Kazakh typed with Russian letters only: its paragraphs are Kazakh but those that show more Russian function words
    # (or with a few of its letters left, "копшилігі": no alphabet plain enough for a guess)
    typed = identifier.typed_kazakh_odds(sample) if guess != "kk" else None
    plain = typed is not None
    if plain:
        guess, guess_confidence = "kk", round(typed["kk"], 4)
    if guess is None:
        guess, guess_confidence = identifier.identify(sample)
    latin_kazakh = guess == "kk" and _latin_letters(sample) > LATIN_PARAGRAPH_SHARE * len(sample)
    langs: list[str | None] = []
    weight: Counter[str] = Counter()
    quoted_weight: Counter[str] = Counter()
    quoted = _quoted_passages(paragraphs)
    for paragraph, in_quote in zip(paragraphs, quoted):
        size = len(paragraph)
        if size < SHORT_PARAGRAPH_CHARS:
            langs.append(None)
            continue
        if plain and _latin_letters(paragraph) <= LATIN_PARAGRAPH_SHARE * size:
            # typed so too, or with a few of Kazakh's letters (no detector knows Kazakh without them): Russian where it
            # shows more Russian function words; with none of either, the detector's, but Kazakh for its "other"
            counts = identifier.plain_function_words(paragraph)
            if counts[0] or counts[1]:
                lang = "ru" if counts[1] > counts[0] else "kk"
            else:
                detected = identifier.identify(paragraph)[0]
                lang = "kk" if detected == "other" else detected
        else:
            lang = guess if _letters_agree(paragraph, guess) else identifier.identify(paragraph)[0]
            # (a Russian paragraph naming Kazakh places and people has Kazakh letters too: its words decide)
            if lang == "kk" and identifier.russian_by_words(paragraph):
                lang = "ru"
            if lang == "other" and latin_kazakh and size < LATIN_LINE_MAX_CHARS and identifier._kazakh_view(paragraph, 0.0):
                lang = guess
        langs.append(lang)
        (quoted_weight if in_quote else weight)[lang] += size
    own = sum(weight.values())
    if own < max(OWN_TEXT_MIN_CHARS, OWN_TEXT_SHARE * (own + sum(quoted_weight.values()))):
        weight += quoted_weight  # too little of its own: a short lead over the address it quotes
    if not weight:
        return guess, guess_confidence, [guess] * len(paragraphs)
    (doc_lang, most), *rest = sorted(weight.items(), key=lambda item: (-item[1], item[0]))
    if rest and title and rest[0][1] >= BILINGUAL_SHARE * most and _two_blocks(langs):
        if (headline := identifier.identify(title)[0]) in weight:
            doc_lang = headline
    share = weight[doc_lang] / sum(weight.values())
    confidence = share * guess_confidence if doc_lang == guess else share
    return doc_lang, round(confidence, 4), [lang or doc_lang for lang in langs]


def _two_blocks(langs: list[str | None]) -> bool:
    """Whether paragraphs' languages make two blocks, one text after the other (not a passage quoted in a story)."""
    return len([lang for lang, _ in groupby(lang for lang in langs if lang is not None)]) == 2


def _quoted_passages(paragraphs: list[str]) -> list[bool]:
    """Whether each paragraph is part of a passage quoted over several paragraphs: from one that opens with «
    left open to the one that closes it (a verdict, a decree, a letter quoted at length). A quote never closed is
    no passage (a stray «)."""
    quoted = [False] * len(paragraphs)
    start, depth = None, 0
    for i, paragraph in enumerate(paragraphs):
        if start is None and not paragraph.lstrip().startswith("«"):
            continue
        depth += paragraph.count("«") - paragraph.count("»")
        if start is None:
            if depth <= 0:  # a quote that closes in its paragraph: speech, the story's own
                depth = 0
                continue
            start = i
        elif depth <= 0:
            quoted[start : i + 1] = [True] * (i + 1 - start)
            start, depth = None, 0
    return quoted


def _plain_alphabet(sample: str) -> str | None:
    """'ru' or 'kk' when a long sample's alphabet leaves no doubt, else None (the detector decides).

    Russian: ы, э or ё, or the words что or это, which Ukrainian, Bulgarian and Macedonian lack, and no letter
    outside the Russian alphabet
    (Belarusian writes і and ў, Kyrgyz ң ө ү, Tatar ә ө ү). Kazakh: no letter outside the Kazakh alphabet (Uzbek,
    Tajik, Bashkir and Karakalpak write ў ҳ ҷ ҡ ...), several of ғ қ ұ (neither Kyrgyz nor Tatar has them), and
    as many Kazakh letters as Kazakh prose has, far more than Russian text quoting Kazakh names."""
    if len(sample) < PLAIN_SAMPLE_CHARS or _latin_letters(sample) > LATIN_PARAGRAPH_SHARE * len(sample):
        return None
    if not _OUTSIDE_RUSSIAN_RE.search(sample):
        return "ru" if _RUSSIAN_MARK_RE.search(sample) else None
    if not _OUTSIDE_KAZAKH_RE.search(sample) and _at_least(3, _KAZAKH_ONLY_RE, sample):
        return "kk" if _at_least(KAZAKH_SHARE * len(sample), _NON_RUSSIAN_RE, sample) else None
    return None


def _letters_agree(paragraph: str, lang: str) -> bool:
    """Whether a paragraph's letters are plainly those of `lang` ('ru' or 'kk'), so the detector can be spared."""
    if lang == "other":
        return False
    size = len(paragraph)
    if _latin_letters(paragraph) > LATIN_PARAGRAPH_SHARE * size:
        return False
    non_russian = _at_least(NON_RUSSIAN_SHARE * size, _NON_RUSSIAN_RE, paragraph)
    return non_russian == (lang == "kk")


def _latin_letters(text: str) -> int:
    """How many characters of `text` are ASCII letters, counted in C on its ASCII characters: a regex steps through
    every character, and this runs on every paragraph."""
    ascii_chars = text.encode("ascii", "ignore")
    return len(ascii_chars) - len(ascii_chars.translate(None, _ASCII_LETTERS))


def _at_least(count: float, pattern: re.Pattern[str], text: str) -> bool:
    """Whether `pattern` matches `text` at least `count` times (as many as findall would list). The matches are found
    only until there are enough: Kazakh text shows its Kazakh letters within a few words, a paragraph has hundreds."""
    needed = math.ceil(count)
    return needed <= 0 or next(islice(pattern.finditer(text), needed - 1, None), None) is not None
