"""Russian lemmas from pymorphy3, chosen with context rather than always the first parse.

Each distinct token is analysed once and memoised as a `WordForm`. Most forms have one lemma whatever their
parse, and their lemma is a dict lookup away. The ambiguous ones keep their readings and a resolver that looks at
the neighbouring tokens: the case a preposition governs, adjective-noun agreement, a capital letter inside a
sentence (names), a determiner before its noun phrase, a full stop after an abbreviation. pymorphy3's parse
scores break the remaining ties, summed per lemma.

Lemmas follow the Universal Dependencies Russian conventions where they are a reasonable reading of the word
(`его` before a noun is the determiner `его`, `во` stays `во`, `т. д.` is `так далее`); the rules are data in
`data/ru_lemma_rules.toml`. Lemmas are lower case with ё written е, so they can be compared and counted directly.
Kazakh words (any of ә ғ қ ң ө ұ ү һ і), Latin words, numbers and punctuation come back lower-cased as they are.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

import pymorphy3

from ..memo import Memo
from ..shipped import read_toml
from .tokenize import KAZAKH_LETTERS, fold

_KAZAKH = frozenset(KAZAKH_LETTERS)
CYRILLIC = frozenset("абвгдеёжзийклмнопрстуфхцчшщъыьэюя")
STRESS_MARK = "\u0301"

# pymorphy3 grammemes grouped the way the context rules need them.
_CASES = {"gen1": "gent", "gen2": "gent", "loc1": "loct", "loc2": "loct", "acc2": "accs", "voct": "nomn"}
_NOMINAL = frozenset({"NOUN", "ADJF", "PRTF", "NPRO", "NUMR"})
_ADJECTIVAL = frozenset({"ADJF", "PRTF"})
_PARTICIPIAL = frozenset({"PRTF", "PRTS"})
_NOUN_PHRASE_START = frozenset({"NOUN", "ADJF", "PRTF", "NUMR"})
_PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})
_FOLLOWS_PREPOSITION = {"VERB": 0.01, "INFN": 0.01, "GRND": 0.05, "ADVB": 0.3}  # weight of non-nominal readings
_ENCLITICS = frozenset({"же", "ж", "ли", "бы"})
_MODIFIED_BY_ADVERB = frozenset({"VERB", "ADJF", "ADJS", "PRTF", "PRTS", "ADVB", "COMP", "GRND", "NUMR", "PREP", "NOUN"})
_COPULAS = frozenset({"быть", "стать", "становиться", "казаться", "оказаться", "оставаться", "остаться"})
# the copula of a subjectless predicate (`было страшно`, `стало известно`): neuter or third person singular
_IMPERSONAL_COPULAS = frozenset({"было", "будет", "стало", "станет", "становится", "становилось", "бывает", "бывало"})
_CLAUSE_OPENERS = frozenset({"что", "когда", "если", "чтобы", "как", "где", "но"})
_VERBAL = frozenset({"VERB", "INFN"})
_ADJECTIVE_ENDINGS = frozenset({"ый", "ий", "ой"})
_ADJECTIVE_FORM_ENDINGS = (
    "ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые", "ие", "ого", "его", "ому", "ему", "ом", "ем", "ую", "юю", "ых",
    "их", "ым", "им", "ыми", "ими", "ей",
)
_SUBJECT_HEADS = frozenset({"NOUN", "ADJF", "PRTF"})
_SUBSTANTIVE_ENDINGS = ("ое", "ее", "ая", "яя", "ые", "ие")
_SENTENCE_END = frozenset({".", "!", "?", "…", "...", "?!", "!!", "!!!"})

# Below this share of the parse scores a lemma is left to context; above it, it is taken outright.
_SURE_SHARE = 0.99

Resolver = Callable[["RussianLemmatizer", list["WordForm"], Sequence[str], int], str]


@dataclass(frozen=True, slots=True)
class Reading:
    """One pymorphy3 analysis reduced to what the context rules use."""

    lemma: str
    pos: str
    case: str | None
    agreement: tuple[str | None, str | None, str | None]  # (case, number, gender); gender only in the singular
    score: float
    proper: bool


@dataclass(slots=True, eq=False)
class WordForm:
    """Everything known about one token out of context: its lemma, or the readings and how to choose."""

    lemma: str
    head: str = ""  # part of speech of the best reading
    readings: tuple[Reading, ...] = ()
    governs: frozenset[str] | None = None  # cases governed, when the form is a preposition
    noun_agreement: frozenset = frozenset()
    name_agreement: frozenset = frozenset()  # agreement of the proper-name readings (Name, Surn, Patr...)
    adjective_agreement: frozenset = frozenset()
    participle: bool = False  # both a participle and an adjective reading (`данная`: `дать` or `данный`)
    predicative: bool = False  # an adverb pymorphy3 also knows as a predicate (Prdx, PRED: `трудно`, `нужно`)
    resolve: Resolver | None = None


def _plain(value: str | None) -> str | None:
    return None if value is None else str.__str__(value)


@dataclass(frozen=True, slots=True)
class TagFields:
    """What the readings take from a pymorphy3 tag. Worked out once per tag (`RussianLemmatizer.tag_fields`):
    a few thousand tags serve all the words, so a new word only looks its tags up.

    Plain strings: pymorphy3's grammeme values are a str subclass whose == and hash run Python code (and
    validate), and each of its tag properties intersects sets anew; the context rules compare these a lot."""

    pos: str
    case: str | None
    agreement: tuple[str | None, str | None, str | None]  # as in Reading
    proper: bool
    surname_or_patronymic: bool
    feminine_name: bool  # a feminine surname or patronymic (`Иванова`, `Петровна`)
    superlative: bool  # a superlative adjective (`лучших`)
    predicative: bool  # a predicate (PRED), or an adverb pymorphy3 also knows as one (Prdx)

    @classmethod
    def of(cls, tag) -> TagFields:
        pos, number, gender = _plain(tag.POS) or "", _plain(tag.number), _plain(tag.gender)
        case = _plain(tag.case)
        case = _CASES.get(case, case)
        grammemes = tag.grammemes
        surname_or_patronymic = "Surn" in grammemes or "Patr" in grammemes
        return cls(
            pos,
            case,
            (case, number, gender if number != "plur" else None),
            proper=bool(_PROPER & grammemes),
            surname_or_patronymic=surname_or_patronymic,
            feminine_name=surname_or_patronymic and gender == "femn",
            superlative="Supr" in grammemes and pos == "ADJF",
            predicative=pos == "PRED" or pos == "ADVB" and "Prdx" in grammemes,
        )


@functools.cache
def _rules() -> dict:
    return read_toml(__package__, "ru_lemma_rules.toml")


def _is_word(token: str) -> bool:
    return any(ch.isalpha() for ch in token)


class RussianLemmatizer:
    """Context-aware pymorphy3 lemmatizer with a per-form memo; see the module docstring."""

    def __init__(self, morph: pymorphy3.MorphAnalyzer | None = None) -> None:
        self.morph = morph or pymorphy3.MorphAnalyzer(lang="ru")
        rules = _rules()
        self.prepositions = {word: frozenset(cases) for word, cases in rules["prepositions"].items()}
        self.fixed: dict[str, str] = rules["fixed"]
        self.abbreviations: dict[str, str] = rules["abbreviations"]
        self.possessives: dict[str, str] = rules["possessives"]
        self.determiners: dict[str, str] = rules["determiners"]
        self.noun_after_preposition: dict[str, list[str]] = rules["noun_after_preposition"]
        self._forms: Memo[str, WordForm] = Memo(self.analyse)
        self.tag_fields: Callable[[object], TagFields] = Memo(TagFields.of).one

    def lemmatize(self, tokens: Sequence[str]) -> list[str]:
        """One lower-case lemma per token of a sentence or paragraph."""
        forms = self._forms.many(tokens)
        lemmas = [form.lemma for form in forms]
        for i, form in enumerate(forms):
            if form.resolve is not None:  # the few forms that look at their context
                lemmas[i] = form.resolve(self, forms, tokens, i)
        return lemmas

    def knows(self, word: str) -> bool:
        """Whether pymorphy3's dictionary has the word (otherwise its lemma is a guess from the ending)."""
        return self.morph.word_is_known(fold(word))

    # --- analysis of one token, out of context -------------------------------------------------------------

    def analyse(self, token: str) -> WordForm:
        word = token.replace(STRESS_MARK, "")
        lower = word.lower()
        if CYRILLIC.isdisjoint(lower) or not _KAZAKH.isdisjoint(lower):  # numbers, punctuation, Latin, Kazakh
            return WordForm(fold(lower))
        if lower.endswith(".") and len(lower) > 1:
            return self._dotted(word, lower[:-1])
        if lower in self.fixed:
            return WordForm(fold(self.fixed[lower]))
        form = self._parse(word, lower)
        if lower in self.abbreviations or (len(word) == 1 and word.isupper()):
            form.resolve = _abbreviation_or_word
        return form

    def _dotted(self, word: str, core: str) -> WordForm:
        """A token with its full stop attached, as in UD: an initial or an abbreviation."""
        if len(core) == 1 and word[0].isupper():
            return WordForm(core)
        if core in self.abbreviations:
            form = WordForm(fold(self.abbreviations[core]))
            if core == "т":
                form.resolve = _tak_or_to
            return form
        return self.analyse(word[:-1])

    def _parse(self, word: str, lower: str) -> WordForm:
        parses = self.morph.parse(lower)
        tags = [self.tag_fields(p.tag) for p in parses]
        if lower in self.prepositions and tags[0].pos == "PREP":
            return WordForm(fold(parses[0].normal_form), "PREP", governs=self.prepositions[lower])
        if word[0].isupper() and not parses[0].is_known and not tags[0].surname_or_patronymic:
            # pymorphy3's guesses for unknown names (`Сырбу` -> `сырба`) are wrong more often than not; a
            # surname or patronymic pattern (`Жумабаева`, `-ович`) is the exception worth inflecting, and so are
            # adjective endings (`Сулакского` -> `сулакский`) and place-name paradigms (`Жезказгане`)
            return WordForm(_unknown_name_lemma(parses, lower), "NOUN")
        readings = _modern_spelling(_adjective_for_substantive(self._readings(parses, tags, lower)))
        parts = {r.pos for r in readings}
        form = WordForm(
            readings[0].lemma,
            readings[0].pos,
            readings,
            noun_agreement=frozenset(r.agreement for r in readings if r.pos == "NOUN"),
            name_agreement=frozenset(r.agreement for r in readings if r.proper) if word[0].isupper() else frozenset(),
            adjective_agreement=frozenset(r.agreement for r in readings if r.pos in _ADJECTIVAL),
            participle=bool(_PARTICIPIAL & parts and {"ADJF", "ADJS"} & parts),
            predicative="COMP" in parts or any(tag.predicative for tag in tags),
        )
        totals: dict[str, float] = {}
        for r in readings:
            totals[r.lemma] = totals.get(r.lemma, 0.0) + r.score
        best = max(totals, key=totals.__getitem__)
        form.lemma = best
        if lower in self.noun_after_preposition:
            form.resolve = _noun_after_preposition
        elif lower in self.possessives:
            form.resolve = _possessive_or_personal
        elif lower not in self.determiners and any(r.lemma in self.determiners for r in readings):
            form.resolve = _determiner_or_pronoun
        elif "самый" in totals and "сам" in totals:
            form.resolve = _samyi_or_sam
        elif parts >= {"ADVB", "ADJS"} or _comparative_share(readings) > 0.3:
            form.resolve = _predicative_or_adverb
        elif len(totals) > 1 and totals[best] < _SURE_SHARE * sum(totals.values()):
            form.resolve = _best_in_context
        return form

    def _readings(self, parses: list, tags: list[TagFields], lower: str) -> tuple[Reading, ...]:
        readings = []
        for parse, tag in zip(parses, tags):
            reading = self._reading(parse, tag, lower)
            readings.append(reading)
            if reading.pos == "COMP":
                # A comparative is an adjective as a predicate (`воздух чище`) and an adverb otherwise (`чаще
                # бывает`); UD lemmatises each to its positive degree (`чистый`, `часто`).
                adverb = self._positive_adverb(reading.lemma)
                if adverb:
                    readings.append(Reading(adverb, "ADVB", None, (None, None, None), reading.score, False))
        return tuple(readings)

    def _reading(self, parse, tag: TagFields, lower: str) -> Reading:
        lemma = parse.normal_form
        # pymorphy3 gives feminine surnames and patronymics a masculine lemma and superlatives the positive
        # degree; UD keeps `Иванова`, `Петровна`, `лучший`.
        if tag.feminine_name:
            lemma = _inflected(parse, {"nomn", "sing", "femn"}) or lemma
        elif tag.superlative:
            lemma = _superlative_lemma(parse, lower)
        elif tag.pos == "NOUN" and lemma.endswith("ие") and lower.startswith(lemma[:-2] + "ь"):
            lemma = lemma[:-2] + "ье"  # UD keeps the spelling of the text: `счастья`, `знанье` -> `счастье`, `знанье`
        return Reading(fold(lemma), tag.pos, tag.case, tag.agreement, parse.score, tag.proper)

    @functools.lru_cache(maxsize=4096)
    def _positive_adverb(self, adjective: str) -> str | None:
        """`частый` -> `часто`, when pymorphy3 knows the adverb."""
        for ending in ("ый", "ий", "ой"):
            if adjective.endswith(ending):
                adverb = adjective[: -len(ending)] + "о"
                if any(p.tag.POS == "ADVB" and p.normal_form == adverb for p in self.morph.parse(adverb)):
                    return adverb
        return None


def _adjective_for_substantive(readings: tuple[Reading, ...]) -> tuple[Reading, ...]:
    """`новые`, `первого`: pymorphy3's substantive readings (`новое`, `первое`) of a form that is more often an
    adjective count for the adjective's lemma, so that agreement with a neighbour cannot pick the rare substantive;
    where pymorphy3 scores the substantive higher (`сборная`, `данные`) it stays a reading of its own."""
    adjectives: dict[str, tuple[str, float]] = {}
    for r in readings:
        if r.pos == "ADJF":
            lemma, score = adjectives.get(r.lemma[:-2], (r.lemma, 0.0))
            adjectives[r.lemma[:-2]] = (lemma, score + r.score)
    if not adjectives:
        return readings
    substantives: dict[str, float] = {}
    for r in readings:
        if r.pos == "NOUN" and r.lemma[:-2] in adjectives and r.lemma.endswith(_SUBSTANTIVE_ENDINGS):
            substantives[r.lemma] = substantives.get(r.lemma, 0.0) + r.score
    rare = {s for s, score in substantives.items() if score < adjectives[s[:-2]][1]}
    if not rare:
        return readings
    return tuple(
        replace(r, lemma=adjectives[r.lemma[:-2]][0]) if r.pos == "NOUN" and r.lemma in rare else r for r in readings
    )


def _modern_spelling(readings: tuple[Reading, ...]) -> tuple[Reading, ...]:
    """`родном`, `основным`: pymorphy3 lists old `-ый` spellings of end-stressed adjectives (`родный`, `основный`,
    `окружный`) beside the modern `-ой` with the same tags and scores; where the form does not show the ending,
    the `-ой` lemma takes the `-ый` reading's weight."""
    lemmas = {r.lemma for r in readings if r.pos == "ADJF"}
    old = {lemma for lemma in lemmas if lemma.endswith("ый") and lemma[:-2] + "ой" in lemmas}
    if not old:
        return readings
    return tuple(replace(r, lemma=r.lemma[:-2] + "ой") if r.pos == "ADJF" and r.lemma in old else r for r in readings)


def _unknown_name_lemma(parses, lower: str) -> str:
    """An unknown capitalised word: pymorphy3's adjective guess for an adjective ending, its guess for a form it
    reads as a place name (Geox), and the word as written otherwise."""
    adjective: dict[str, float] = {}
    for p in parses:
        if p.tag.POS == "ADJF" and p.normal_form[-2:] in _ADJECTIVE_ENDINGS:
            adjective[p.normal_form] = adjective.get(p.normal_form, 0.0) + p.score
    if adjective and lower.endswith(_ADJECTIVE_FORM_ENDINGS):
        return fold(max(adjective, key=adjective.__getitem__))
    if "Geox" in parses[0].tag.grammemes:
        return fold(parses[0].normal_form)
    return fold(lower)


def _comparative_share(readings: tuple[Reading, ...]) -> float:
    comparative = sum(r.score for r in readings if r.pos == "COMP")
    return comparative / sum(r.score for r in readings) if comparative else 0.0


def _superlative_lemma(parse, lower: str) -> str:
    """`лучших` -> `лучший`: the masculine nominative of the superlative itself, not pymorphy3's `хороший`."""
    best, shared = parse.normal_form, -1
    for entry in parse.lexeme:
        if {"Supr", "masc", "sing", "nomn"} <= entry.tag.grammemes and "Infr" not in entry.tag.grammemes:
            prefix = len(_common_prefix(entry.word, lower))
            if prefix > shared:
                best, shared = entry.word, prefix
    return best


def _common_prefix(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def _inflected(parse, grammemes: set[str]) -> str | None:
    inflected = parse.inflect(grammemes)
    return inflected.word if inflected else None


# --- resolvers: choose a lemma for forms[i] from its neighbours ------------------------------------------------


def _next(forms: list[WordForm], i: int) -> WordForm | None:
    return forms[i + 1] if i + 1 < len(forms) else None


def _best_in_context(lemmatizer: RussianLemmatizer, forms: list[WordForm], tokens: Sequence[str], i: int) -> str:
    form = forms[i]
    before = forms[i - 1] if i else None
    after = _next(forms, i)
    governs = before.governs if before is not None else None
    capitalised = i > 0 and tokens[i][:1].isupper() and tokens[i - 1] not in _SENTENCE_END
    # after an adjective that agrees with one of the noun readings, the word is that noun, not a verb
    noun_expected = before is not None and before.head in _ADJECTIVAL and any(
        r.pos == "NOUN" and r.agreement in before.adjective_agreement for r in form.readings
    )
    # UD lemmatises a participle to its verb unless it is used as a plain adjective: right before the noun it
    # agrees with, without a comma that would open a participial clause (`данная категория`, `, связанного с`)
    attributive = form.participle and after is not None and (i == 0 or tokens[i - 1] != ",") and any(
        r.pos == "ADJF" and r.agreement in (after.noun_agreement | after.adjective_agreement) for r in form.readings
    )
    # after a subject (`мы пришли`, `я плачу`, `чиновники пришли`) the word is a verb agreeing with it in number
    subject = _subject_number(before)
    weights: dict[str, float] = {}
    for r in form.readings:
        weight = r.score + 0.001
        if subject:
            weight *= 3.0 if r.pos == "VERB" and r.agreement[1] in subject else 0.3
        if form.participle and r.pos in _PARTICIPIAL:
            weight *= 0.25 if attributive and r.pos == "PRTF" else 4.0  # short forms (`были разбиты`) are verbs
        if governs is not None:
            if r.pos in _NOMINAL:
                weight *= 4.0 if r.case in governs else 0.25
            else:
                weight *= _FOLLOWS_PREPOSITION.get(r.pos, 1.0)
        if noun_expected:
            weight *= 3.0 if r.pos == "NOUN" and r.agreement in before.adjective_agreement else 0.05
        elif r.pos in _ADJECTIVAL and after is not None and r.agreement in after.noun_agreement:
            weight *= 3.0
        elif r.pos == "ADVB" and before is not None and before.head in _VERBAL:
            weight *= 3.0
        if capitalised and r.proper:
            weight *= 4.0
            if (before is not None and r.agreement in before.name_agreement) or (
                after is not None and r.agreement in after.name_agreement
            ):
                weight *= 3.0
        weights[r.lemma] = weights.get(r.lemma, 0.0) + weight
    return max(weights, key=weights.__getitem__)


def _noun_after_preposition(lemmatizer: RussianLemmatizer, forms: list[WordForm], tokens: Sequence[str], i: int) -> str:
    """`в кому` -> `кома`: the noun, after a preposition that cannot govern the pronoun's case; the pronoun otherwise."""
    case, noun = lemmatizer.noun_after_preposition[fold(tokens[i])]
    before = forms[i - 1] if i else None
    governs = before.governs if before is not None else None
    return noun if governs is not None and case not in governs else forms[i].lemma


def _subject_number(form: WordForm | None) -> set[str | None]:
    """The numbers a subject before a verb can have: a nominative pronoun (`мы`, `которые`) or a noun that can only
    be nominative (`чиновники`); empty otherwise."""
    if form is None or not form.readings:
        return set()
    if form.head == "NPRO" or form.lemma == "который":
        return {r.agreement[1] for r in form.readings if r.case == "nomn"}
    if form.head == "NOUN" and all(r.case == "nomn" for r in form.readings):
        return {r.agreement[1] for r in form.readings}
    return set()


def _starts_noun_phrase(form: WordForm | None) -> bool:
    return form is not None and form.head in _NOUN_PHRASE_START


def _possessive_or_personal(lemmatizer: RussianLemmatizer, forms: list[WordForm], tokens: Sequence[str], i: int) -> str:
    own = fold(tokens[i])
    return own if _starts_noun_phrase(_next(forms, i)) else lemmatizer.possessives[own]


def _determiner_or_pronoun(lemmatizer: RussianLemmatizer, forms: list[WordForm], tokens: Sequence[str], i: int) -> str:
    """`этого года` -> `этот`, `кроме этого` -> `это`; `все люди`, `все четыре` -> `весь`, `все знают` -> `все`."""
    form = forms[i]
    determiner = next(r for r in form.readings if r.lemma in lemmatizer.determiners)
    pronoun = lemmatizer.determiners[determiner.lemma]
    j = _skip_particles(tokens, i + 1)
    after = forms[j] if j < len(forms) else None
    if after is not None and _starts_noun_phrase(after):
        if determiner.lemma == "весь" and after.head == "NUMR":
            return determiner.lemma
        if determiner.lemma == "этот" and tokens[i].lower() == pronoun and (i == 0 or forms[i - 1].governs is None):
            return pronoun  # `это решение` is more often a predicate (`это - решение`) than a determiner
        phrase = after.adjective_agreement | after.noun_agreement
        if any(r.agreement in phrase for r in form.readings if r.lemma == determiner.lemma):
            return determiner.lemma
    if after is not None and determiner.lemma == "весь" and "этот" in {r.lemma for r in after.readings}:
        return determiner.lemma  # `всё это`
    total = sum(r.score for r in form.readings)
    if any(
        r.lemma == pronoun
        or (r.agreement[1:] == ("sing", "neut") or r.lemma == "весь" and r.agreement[1] == "plur")
        and r.score > 0.05 * total
        for r in form.readings
    ):
        return pronoun  # `этого`, `того`, `всех` stand alone as pronouns; `вся`, `эти` cannot
    return determiner.lemma


def _skip_particles(tokens: Sequence[str], j: int) -> int:
    while j < len(tokens) and tokens[j].lower() in _ENCLITICS:
        j += 1
    return j


def _samyi_or_sam(lemmatizer: RussianLemmatizer, forms: list[WordForm], tokens: Sequence[str], i: int) -> str:
    after = _next(forms, i)
    return "самый" if after is not None and after.head in _ADJECTIVAL else "сам"


def _predicative_or_adverb(lemmatizer: RussianLemmatizer, forms: list[WordForm], tokens: Sequence[str], i: int) -> str:
    """`Было страшно!`, `трудно сказать`, `воздух чище`, `хорошо, что` are predicates, lemmatised as adjectives
    in UD (`страшный`, `трудный`, `чистый`); next to the verb or adjective it modifies, or as a parenthesis
    (`возможно, ...`), the word is an adverb (`страшно болит`, `напишу обязательно`, `очень интересная`).
    An adverb pymorphy3 does not know as a predicate (`особенно`, `абсолютно`) is a predicate only in an
    exclamation (`Очень красиво!`) or beside a copula."""
    form = forms[i]
    if _particle_share(form) >= 0.3:
        modifies = not _beside_copula(tokens, i)  # `просто`, `ладно` are particles, lemmatised as written
    elif form.predicative:
        modifies = _modifies(forms, tokens, i)
    else:
        after = _next(forms, i)
        modifies = not (
            _exclaims(forms, tokens, i)
            or _beside_copula(tokens, i) and (after is None or after.head not in _MODIFIED_BY_ADVERB - {"VERB"})
        )
    for r in form.readings:
        if r.pos in ("ADVB", "ADJS", "COMP") and (r.pos == "ADVB") == modifies:
            return r.lemma
    return form.lemma


def _experiencer(form: WordForm | None) -> bool:
    """A dative pronoun or noun, the one who feels what a predicate names (`мне страшно`)."""
    return form is not None and form.head in ("NPRO", "NOUN") and any(r.case == "datv" for r in form.readings)


def _particle_share(form: WordForm) -> float:
    particle = sum(r.score for r in form.readings if r.pos == "PRCL")
    return particle / sum(r.score for r in form.readings) if particle else 0.0


def _beside_copula(tokens: Sequence[str], i: int) -> bool:
    return any(0 <= j < len(tokens) and tokens[j].lower() in _IMPERSONAL_COPULAS for j in (i - 1, i + 1))


def _exclaims(forms: list[WordForm], tokens: Sequence[str], i: int) -> bool:
    """The word is the whole clause, after degree words at most: `Круто!`, `Очень стильно!`, `Как красиво :)`."""
    if i + 1 < len(tokens) and (_is_word(tokens[i + 1]) or tokens[i + 1] in (".", ",", ":", ";")):
        return False
    j = i - 1
    while j >= 0 and (forms[j].head == "ADVB" or tokens[j].lower() in ("как", "так", "же")):
        j -= 1
    return j < 0 or not _is_word(tokens[j])


def _modifies(forms: list[WordForm], tokens: Sequence[str], i: int) -> bool:
    after = forms[i + 1] if i + 1 < len(forms) else None
    before = forms[i - 1] if i else None
    if after is not None and after.head == "INFN":
        # `трудно найти` opens its clause or follows its subject; after a modal, a comma or a conjunction the
        # word modifies the infinitive (`можно смело требовать`, `, подольше продержаться`)
        return before is not None and before.head not in _SUBJECT_HEADS
    if _exclaims(forms, tokens, i):
        return False  # `Невозможно!`
    if (
        after is not None
        and (after.head in _MODIFIED_BY_ADVERB or tokens[i + 1].lower() in ("не", "("))
        and tokens[i + 1].lower() not in _IMPERSONAL_COPULAS
    ):
        return True
    if _beside_copula(tokens, i) or _experiencer(before) or _experiencer(after):
        return False  # `было страшно`, `грустно стало`, `бабушке тяжко`, `страшно мне`
    if before is not None and before.head == "VERB" and before.lemma not in _COPULAS:
        return True  # after an infinitive the word is its predicate: `бастовать бесполезно`
    opens = before is None or tokens[i - 1] in (",", "и", "а", "но")
    closes = i + 2 < len(tokens) and tokens[i + 1] == "," and tokens[i + 2].lower() not in _CLAUSE_OPENERS
    return opens and closes  # a parenthesis: `возможно, было`


def _abbreviation_or_word(lemmatizer: RussianLemmatizer, forms: list[WordForm], tokens: Sequence[str], i: int) -> str:
    """`г` `.` is `год` and `А` `.` an initial; without the full stop the word is read as usual."""
    if i + 1 < len(tokens) and tokens[i + 1] == ".":
        token = tokens[i].replace(STRESS_MARK, "")  # as `analyse` read it
        if len(token) == 1 and token.isupper():
            return token.lower()
        if token.lower() == "т":
            return _tak_or_to(lemmatizer, forms, tokens, i)
        return fold(lemmatizer.abbreviations[token.lower()])
    form = forms[i]
    if form.readings and len({r.lemma for r in form.readings}) > 1:
        return _best_in_context(lemmatizer, forms, tokens, i)
    return form.lemma


def _tak_or_to(lemmatizer: RussianLemmatizer, forms: list[WordForm], tokens: Sequence[str], i: int) -> str:
    """`т. е.` is `то есть`; `т. д.`, `т. к.`, `т. п.` start with `так`."""
    following = [t.lower() for t in tokens[i + 1 : i + 3] if t != "."]
    return "то" if following[:1] in (["е"], ["е."]) else "так"


@functools.cache
def get_russian_lemmatizer() -> RussianLemmatizer:
    """The process-wide lemmatizer (pymorphy3's dictionaries load once)."""
    return RussianLemmatizer()
