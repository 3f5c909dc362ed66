"""The tag stage: topics from the taxonomy's terms on a record's lemmas, regions from the gazetteer on its text.

A topic is given when the document is about it, not when a word of it passes by. Each term hit counts its weight
(`weak` terms less; a hit in the headline `title_weight` times); the sum is scaled down for long documents
(`topic_score`), and the topic needs the score to reach `threshold` and either a headline hit or `min_distinct`
different terms, or one term repeated (`min_repeats`) in a short item. A region is given when one of its names is in the headline or in a paragraph of prose (site
headers, photo credits and slogans are short lines without a full stop and do not count).
"""

from __future__ import annotations

import hashlib
import re
import tomllib
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from itertools import chain
from operator import itemgetter
from pathlib import Path

from ..errors import UsageError
from ..lang.script import TITLE, Analysed, analysed_text
from ..lang.tokenize import KAZAKH_LETTERS, fold, without_kazakh_letters
from ..memo import Memo
from ..models import Evidence, Record
from ..shipped import read_toml
from ..suggest import known_id
from .gazetteer import Gazetteer
from .lexicon import Entry, Lexicon, unmatchable_word

LANGUAGES = ("ru", "kk", "en")
_TOPIC_KEYS = {
    "name", "names", "terms", "weak", "needs", "threshold", "within", "within_terms", "articles", "unless", "weak_phrases"
}
_SCORING_KEYS = {
    "title_weight", "weak_weight", "reference_words", "threshold", "min_distinct", "min_hits", "min_repeats",
    "veterinary_min_hits", "animals_min_hits", "animals_ratio", "elsewhere_ratio", "minor_share", "minor_max_hits",
    "minor_min_words", "unless_min_hits",
}
TERM_KINDS = ("terms", "weak", "needs", "within_terms")  # a topic's lists of terms
# what a story is about besides its topics: [context]
CONTEXT = ("veterinary", "animals", "people", "health", "elsewhere", "figurative", "healers", "roads")
COUNTED_CONTEXT = tuple(kind for kind in CONTEXT if kind != "figurative")  # (a figurative phrase only blocks others)
_ID = re.compile(r"[a-z][a-z0-9_]*")
# An article of the Criminal Code cited by its number, which no lemma keeps: "ст. 317 УК РК", "части 2 статьи 317
# Уголовного кодекса", "ст. 317 ч. 2 УК", "ҚР ҚК 317-бабының 2-бөлігі", "ҚК-нің 317-бабы", "Қылмыстық кодекстің 317-бабы"
CODE_ARTICLE = re.compile(
    r"(?<!\w)(?:ст\.|стать[яиеюй]\w*)\s*(?P<ru>\d{1,3})(?:\s+ч(?:асть|асти|\.)\s*\d)?\s+(?:ук(?!\w)|уголовн\w*\s+кодекс\w*+)"
    r"(?!\s*+(?:рф|российской|кр|кыргызской|республики\s+беларусь|рб)(?!\w))"  # Kazakhstan's, not its neighbours' codes
    r"|(?<!\w)(?:қк|қылмыстық\s+кодекс)(?:[-‑]?\w+)?\s+(?P<kk>\d{1,3})\s*[-‑]?\s*баб",
    re.IGNORECASE,
)
ARTICLE_TERMS = {"ru": "ст. {} УК", "kk": "ҚК {}-бап"}  # how a cited article shows in the evidence
# A roundup's headline: an agency's "Главное за день", a press review, a channel's evening digest, a TV news block's
# text. Each of its items is a short story of its own, whose topics the roundup has (see Tagger._item_topics). The
# roundup's word opens the headline, perhaps after a site's or a time's word and a bar or colon ("Kazinform | Главное
# за день", "Вечерний дайджест: ...") and is followed by little but a colon, a date or the channel's name ("Вечерние
# новости КТК: выпуск 22 апреля"; not "Кардиолог: главное за праздничным столом", "Итоги недели иммунизации в ...").
ROUNDUP_TITLE = re.compile(
    r"^\W*+(?:[\w.-]++(?:\s++[\w.-]++)?\s*+[|:]\s*+)?(?:[\w-]++\s++)?"
    r"(?:дайджест|digest|главное\s++за\s++(?:день|сутки|неделю|месяц|год|выходные|вчера|сегодня|\d)|главные\s++новости"
    r"|итоги\s++(?:дня|недели)|обзор\s++прессы|коротко\s++о\s++главном|новости\s++(?:дня|недели)"
    r"|(?:вечерние|утренние|дневные)\s++новости|неделя\s++в\s++здравоохранении|күн\s++жаңалықтары"
    r"|апта(?:ның)?\s++шолуы|баспасөз\s++шолуы|басты\s++жаңалықтар|негізгі\s++жаңалықтар|(?:кешкі|таңғы)\s++жаңалықтар"
    r"|news\s++round-?up|top\s++stories)(?!\w)(?=(?:\s++[^\s:|—–]++){0,2}\s*+(?:$|[:|—–(]|\d))",
    re.IGNORECASE,
)
ITEM_HEADING_MAX_WORDS = 12  # a roundup's item's heading, a line of its own over the item's text (no stop after it)


@dataclass(frozen=True)
class Topic:
    id: str
    name: str
    names: dict[str, str] = field(default_factory=dict)
    terms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    weak: dict[str, tuple[str, ...]] = field(default_factory=dict)
    needs: dict[str, tuple[str, ...]] = field(default_factory=dict)  # one at least must be found; weak if not terms
    threshold: float | None = None  # overrides the taxonomy's threshold for this topic
    # another topic -> a share: scoring under that share of the other's score, the topic is part of its story
    within: dict[str, float] = field(default_factory=dict)
    # ... only when the topic's main terms found are all of these (a medicine supply's purchases), if it has them
    within_terms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    articles: tuple[int, ...] = ()  # articles of the Criminal Code whose citation is a main term of the topic
    # [context] kinds: a story that names one's terms `unless_min_hits` times, and as often as the topic's own main
    # terms, is not of it
    unless: tuple[str, ...] = ()
    # different weak phrases (terms of two words or more) that with a main term make the topic substantive
    weak_phrases: int | None = None


@dataclass
class Taxonomy:
    """Topics and scoring: a plain value (strings, tuples, dicts), built once by `load` and handed to taggers."""

    topics: list[Topic]
    scoring: dict[str, float]
    context: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)  # CONTEXT's term lists
    # [sets]: words a term names in braces ("лечиться в {abroad}"), by set and language; each file's terms are expanded
    # when it is loaded, with the sets known then (a user's words added to a shipped set serve the user's own terms)
    sets: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)
    # what in the user's file cannot work, for the CLI to show; not part of what decides the tags (digest)
    warnings: list[str] = field(default_factory=list, compare=False, repr=False)

    @classmethod
    def load(cls, extra: Path | None = None) -> "Taxonomy":
        """The shipped taxonomy, extended (new ids) and overridden (known ids) by the TOML file `extra`, whose
        terms may be written as ordinary words: they are lemmatized here, in each term's language (the shipped
        terms are lemmas already, so without `extra` no lemmatizer is loaded)."""
        taxonomy = cls._shipped()
        taxonomy = cls(list(taxonomy.topics), dict(taxonomy.scoring), dict(taxonomy.context), dict(taxonomy.sets))
        if extra is not None:
            from ..lang.lemmas import lemmatize_term  # pymorphy3 and the Kazakh lexicon: only for a user's file

            taxonomy._merge(_read_toml(Path(extra)), str(extra), lemmatize_term)
        return taxonomy

    @classmethod
    @cache
    def _shipped(cls) -> "Taxonomy":
        taxonomy = cls([], {})
        taxonomy._merge(read_toml(__package__, "topics.toml"), "topics.toml", None)
        return taxonomy

    def digest(self) -> str:
        """A short digest of everything that decides the tags: equal taxonomies give equal digests on any machine."""
        return hashlib.blake2b(repr(self).encode("utf-8"), digest_size=8).hexdigest()

    def ids(self) -> list[str]:
        return [topic.id for topic in self.topics]

    def topic_ids(self, names: Sequence[str]) -> list[str]:
        """The ids `names` stand for, in any case (`--topic Anesthesia` is anesthesia); an id the taxonomy lacks is
        a usage error that suggests the closest one."""
        ids = self.ids()
        return [known_id("topic", name, ids, f"valid topics: {', '.join(ids)}") for name in names]

    def _merge(self, data: dict, source: str, lemmatize: Callable[[str, str], str] | None) -> None:
        """Add the topics and scoring of `data`; `lemmatize(term, lang)` turns its terms into lemmas, if given."""

        def fail(problem: str) -> UsageError:
            return UsageError(f"taxonomy {source}: {problem}")

        unknown = set(data) - {"topics", "scoring", "context", "sets"}
        if unknown:
            raise fail(
                f"unknown section {sorted(unknown)[0]!r} (expected [topics.<id>] tables, [scoring], [context], [sets])"
            )
        scoring = data.get("scoring", {})
        if not isinstance(scoring, dict) or set(scoring) - _SCORING_KEYS:
            raise fail(f"[scoring] takes only {', '.join(sorted(_SCORING_KEYS))}")
        if not all(isinstance(v, (int, float)) for v in scoring.values()):
            raise fail("[scoring] values must be numbers")
        self.scoring.update(scoring)
        sets = data.get("sets", {})
        if not isinstance(sets, dict):
            raise fail("[sets] must map a set's name to a table of word lists by language")
        for name, spec in sets.items():
            if not _ID.fullmatch(name):
                raise fail(f"set name {name!r} must be lower-case letters, digits and _")
            words = _term_lists(spec, f"sets.{name}", fail)
            if any("{" in word or "}" in word for lang_words in words.values() for word in lang_words):
                raise fail(f"sets.{name}: a set's words are words, no other set's name in braces")
            self.sets[name] = _extend(self.sets.get(name, {}), words)

        def term_lists(value: object, where: str) -> dict[str, tuple[str, ...]]:
            lists = _term_lists(value, where, fail)
            lists = {lang: _expanded(terms, lang, self.sets, f"{where}.{lang}", fail) for lang, terms in lists.items()}
            return self._lemmatized(lists, f"{source}: {where}", lemmatize) if lemmatize is not None else lists

        context = data.get("context", {})
        if not isinstance(context, dict) or set(context) - set(CONTEXT):
            raise fail(f"[context] takes only {', '.join(CONTEXT)}: each a table of term lists by language")
        for kind, spec in context.items():
            self.context[kind] = _extend(self.context.get(kind, {}), term_lists(spec, f"context.{kind}"))
        topics = data.get("topics", {})
        if not isinstance(topics, dict):
            raise fail("`topics` must be a table of [topics.<id>] tables")
        by_id = {topic.id: topic for topic in self.topics}
        for tid, spec in topics.items():
            if not _ID.fullmatch(tid):
                raise fail(f"topic id {tid!r} must be lower-case letters, digits and _")
            if not isinstance(spec, dict):
                raise fail(f"topics.{tid} must be a table")
            if set(spec) - _TOPIC_KEYS:
                raise fail(f"topics.{tid} has unknown key {sorted(set(spec) - _TOPIC_KEYS)[0]!r}")
            old = by_id.get(tid)
            if old is None and not isinstance(spec.get("name"), str):
                raise fail(f"new topic {tid!r} needs a name")
            names = spec.get("names", {})
            if not isinstance(names, dict) or not all(isinstance(v, str) for v in names.values()):
                raise fail(f"topics.{tid}.names must map a language to a name")
            terms = {kind: term_lists(spec.get(kind, {}), f"topics.{tid}.{kind}") for kind in TERM_KINDS}
            threshold = spec.get("threshold", old.threshold if old else None)
            if threshold is not None and not isinstance(threshold, (int, float)):
                raise fail(f"topics.{tid}.threshold must be a number")
            within = spec.get("within", {})
            if not isinstance(within, dict) or not all(
                isinstance(v, (int, float)) and 0 < v <= 1 for v in within.values()
            ):
                raise fail(f"topics.{tid}.within must map a topic id to a share between 0 and 1")
            unless = spec.get("unless", [])
            if not isinstance(unless, list) or not all(isinstance(kind, str) and kind in COUNTED_CONTEXT for kind in unless):
                raise fail(f"topics.{tid}.unless must be a list of [context] kinds ({', '.join(COUNTED_CONTEXT)})")
            articles = spec.get("articles", [])
            if not isinstance(articles, list) or not all(type(a) is int and 0 < a < 1000 for a in articles):
                raise fail(f"topics.{tid}.articles must be a list of article numbers of the Criminal Code (317)")
            weak_phrases = spec.get("weak_phrases", old.weak_phrases if old else None)
            if weak_phrases is not None and not (type(weak_phrases) is int and weak_phrases > 0):
                raise fail(f"topics.{tid}.weak_phrases must be a whole number above 0")
            base = old or Topic(tid, spec["name"])
            by_id[tid] = Topic(
                id=tid,
                name=spec.get("name", base.name),
                names={**base.names, **names},
                terms=_extend(base.terms, terms["terms"]),
                weak=_extend(base.weak, terms["weak"]),
                needs=_extend(base.needs, terms["needs"]),
                threshold=threshold,
                within={**base.within, **within},
                within_terms=_extend(base.within_terms, terms["within_terms"]),
                articles=tuple(dict.fromkeys([*base.articles, *articles])),
                unless=tuple(dict.fromkeys([*base.unless, *unless])),
                weak_phrases=weak_phrases,
            )
            topic = by_id[tid]
            if not any(topic.terms.values()):
                raise fail(f"topic {tid!r} has no terms")
        self.topics = list(by_id.values())
        for topic in self.topics:
            if unknown := next((other for other in topic.within if other not in by_id or other == topic.id), None):
                raise fail(f"topics.{topic.id}.within names {unknown!r}, which is no other topic")

    def _lemmatized(
        self, lists: dict[str, tuple[str, ...]], where: str, lemmatize: Callable[[str, str], str]
    ) -> dict[str, tuple[str, ...]]:
        """Each language's terms as lemmas, and as written too: a term written as a lemma need not be the lemma of
        itself (the Kazakh lemmatizer gives шунтта for шунттау, but takes шунтта for a form of шунт). A term that can
        never match is dropped with a warning naming it."""
        out = {}
        for lang, terms in lists.items():
            kept = []
            for term in terms:
                bad = unmatchable_word(term)
                if bad is None:
                    kept += [lemmatize(term, lang), fold(term)]
                else:
                    self.warnings.append(
                        f"taxonomy {where}.{lang}: term {term!r} can never match: {bad!r} is not one word as text is "
                        "cut into words (letters, inner hyphens; `*` only at the end)"
                    )
            out[lang] = tuple(dict.fromkeys(kept))
        return out


# A taxonomy is a few hundred kilobytes at most; the bound keeps `--taxonomy /dev/zero` (or a corpus given by
# mistake) from taking all the memory of the machine.
MAX_TAXONOMY_BYTES = 16 << 20


def _read_toml(path: Path) -> dict:
    try:
        with open(path, "rb") as stream:
            data = stream.read(MAX_TAXONOMY_BYTES + 1)
        if len(data) > MAX_TAXONOMY_BYTES:
            raise UsageError(f"taxonomy {path}: larger than {MAX_TAXONOMY_BYTES >> 20} MiB, the bound for a taxonomy file")
        return tomllib.loads(data.decode("utf-8"))
    except FileNotFoundError:
        raise UsageError(f"taxonomy {path}: no such file") from None
    except (OSError, UnicodeDecodeError) as error:
        raise UsageError(f"taxonomy {path}: cannot be read ({error})") from None
    except tomllib.TOMLDecodeError as error:
        raise UsageError(f"taxonomy {path}: not valid TOML ({error})") from None


def _term_lists(value: object, where: str, fail) -> dict[str, tuple[str, ...]]:
    if not isinstance(value, dict):
        raise fail(f"{where} must map a language ({', '.join(LANGUAGES)}) to a list of terms")
    for lang, terms in value.items():
        if lang not in LANGUAGES:
            raise fail(f"{where}: unknown language {lang!r} (expected {', '.join(LANGUAGES)})")
        if not isinstance(terms, list) or not all(isinstance(t, str) and t.strip() for t in terms):
            raise fail(f"{where}.{lang} must be a list of non-empty strings")
    return {lang: tuple(terms) for lang, terms in value.items()}


def _expanded(terms: tuple[str, ...], lang: str, sets: dict, where: str, fail) -> tuple[str, ...]:
    """The terms with each `{set}` word replaced by each of the set's words in `lang`: "лечиться в {abroad}" is
    "лечиться в россия", "лечиться в турция"... A set's name in braces is a word of its own; a term stands for at
    most MAX_EXPANSIONS terms."""
    out: list[str] = []
    for term in terms:
        expansions = [""]
        for word in term.split():
            if word.startswith("{") and word.endswith("}"):
                name = word[1:-1]
                if name not in sets:
                    raise fail(f"{where}: term {term!r} names no set {{{name}}} (sets: {', '.join(sorted(sets)) or 'none'})")
                if not sets[name].get(lang):
                    raise fail(f"{where}: term {term!r} names set {{{name}}}, which has no {lang} words")
                choices = sets[name][lang]
            elif "{" in word or "}" in word:
                raise fail(f"{where}: term {term!r}: a set's name in braces must be a word of its own ({{abroad}})")
            else:
                choices = (word,)
            if len(expansions) * len(choices) > MAX_EXPANSIONS:
                raise fail(f"{where}: term {term!r} stands for more than {MAX_EXPANSIONS} terms: name fewer sets in it")
            expansions = [f"{done} {choice}".strip() for done in expansions for choice in choices]
        out += expansions
    return tuple(dict.fromkeys(out))


MAX_EXPANSIONS = 10_000  # terms one term with sets may stand for ("{abroad} {abroad}" is some 3,000)


def _needed_within(topics: list[Topic], terms: list[tuple[str, str, str, float]]) -> list[tuple[str, str, str, float]]:
    """A topic's `needs` also met by any longer term that holds one of them: the lexicon finds the longest term where
    words start, so "детская больница" (a pediatrics term) or "медицинский объект" (infrastructure's own) would hide
    the "больница" or "медицинский" a topic needs. One entry of weight 0 for each such term (where the term is the
    topic's own, its main entry counts, and the term is among those it needs)."""
    out = []
    for topic in topics:
        for lang, needed in topic.needs.items():
            words = {term for term in needed if " " not in term and not term.endswith("*")}
            prefixes = tuple(term[:-1] for term in needed if " " not in term and term.endswith("*"))
            phrases = [term.split() for term in needed if " " in term]
            for _, term_lang, term, _ in terms:
                if term_lang != lang or term in needed or " " not in term:
                    continue  # (a one-word term that is no need holds none)
                split = term.split()
                if not words.isdisjoint(split) or any(word.rstrip("*").startswith(prefixes) for word in split) or any(
                    _holds(split, phrase) for phrase in phrases
                ):
                    out.append((topic.id, lang, term, 0.0))
    return list(dict.fromkeys(out))


def _holds(words: list[str], part: list[str]) -> bool:
    """Whether a term's words hold a shorter term's, side by side (a word ending in `*` matches any that starts so)."""
    def same(word: str, pattern: str) -> bool:
        return word.rstrip("*").startswith(pattern[:-1]) if pattern.endswith("*") else word == pattern

    return any(
        all(same(word, pattern) for word, pattern in zip(words[i : i + len(part)], part))
        for i in range(len(words) - len(part) + 1)
    )


def _extend(base: dict[str, tuple[str, ...]], more: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    merged = dict(base)
    for lang, terms in more.items():
        merged[lang] = tuple(dict.fromkeys(merged.get(lang, ()) + terms))
    return merged


def _in_latin_letters(record: Record) -> Callable[[int], bool]:
    """Which of a record's texts (TITLE, paragraph indices) are in a language written in Latin letters: all of a
    record in Latin letters; in a Russian or Kazakh one, the paragraphs in another language (a quoted English
    report). A Kazakh record in Latin letters is read in Cyrillic (analysed_text): no Latin names are left in it."""
    if record.script == "latn":
        return lambda index: True
    langs = record.paragraph_langs or []
    return lambda index: 0 <= index < len(langs) and langs[index] == "other"


TYPED_SAMPLE_CHARS = 1000
TYPED_MISSING = KAZAKH_LETTERS.replace("і", "")
TYPED_MAX_SHARE = 0.01  # of a sample's characters; Kazakh has one of these letters in ten or so


def _typed_without_kazakh_letters(record: Record) -> bool:
    """Whether a Kazakh record is typed with Russian letters, as people type without a Kazakh keyboard ("Денсаулык",
    "Талдыкорганга"): almost none of ә ғ қ ң ө ұ ү һ in its text (a logo or a footer may have some; і, which other
    keyboards have, may be typed)."""
    if record.lang != "kk" or record.script != "cyrl":
        return False
    sample = record.text[:TYPED_SAMPLE_CHARS].lower()
    return sum(map(sample.count, TYPED_MISSING)) < TYPED_MAX_SHARE * len(sample)


def _typed_text(analysed: Analysed) -> Analysed:
    """A record's text as the gazetteer for Kazakh typed without Kazakh letters reads it: folded so, letter for letter."""
    title = without_kazakh_letters(analysed.title) if analysed.title else analysed.title
    return Analysed(title, list(map(without_kazakh_letters, analysed.paragraphs)), analysed.caseless)


def _context_label(kind: str) -> str:
    return f"@{kind}"  # no topic's id: ids open with a letter


FIGURATIVE = _context_label("figurative")


def topic_score(weighted_hits: float, n_words: int, reference_words: float) -> float:
    """Hits scaled by length: unchanged at `reference_words` words, less in longer documents, more in shorter."""
    return weighted_hits * ((2 * reference_words) / (n_words + reference_words)) ** 0.5


# Which terms apply to text in each language: Russian terms also in Kazakh text, where loanwords inflect
# (донорлық, трансплантациясы), but Kazakh terms never in Russian text (`оба` "plague" is Russian "both").
TERM_LANGUAGES = {"ru": {"ru"}, "kk": {"kk", "ru"}, "other": {"en", "ru", "kk"}}


@dataclass
class TopicHits:
    """What a document says of one topic."""

    weighted: float = 0.0  # weights summed, headline hits of main terms counted `title_weight` times
    terms: Counter = field(default_factory=Counter)  # every matched term, weak ones included
    main_terms: set[str] = field(default_factory=set)
    main_hits: int = 0
    in_title: bool = False  # a main term is in the headline
    needed: set[str] = field(default_factory=set)  # words of its `needs` found that are no term of it (no evidence)


class Tagger:
    def __init__(self, taxonomy: Taxonomy | None = None, only: Sequence[str] | None = None) -> None:
        """`only`: tag these topics alone; a record tagged before keeps its other topics (see `tag`)."""
        self.taxonomy = taxonomy or Taxonomy.load()
        self.only = frozenset(self.taxonomy.topic_ids(only or ()))
        # every topic is scored, `only` or not: whether a topic is given depends on the others (`within`, a minor
        # topic), and a topic is given or not whatever else is asked for
        self.topics = list(self.taxonomy.topics)
        scoring = self.taxonomy.scoring
        self._title_weight = scoring.get("title_weight", 3.0)
        self._reference_words = scoring.get("reference_words", 200)
        self._min_distinct = scoring.get("min_distinct", 2)
        self._min_hits = scoring.get("min_hits", 3)
        self._min_repeats = scoring.get("min_repeats", 2)
        self._veterinary_min_hits = scoring.get("veterinary_min_hits", 2)
        self._animals_min_hits = scoring.get("animals_min_hits", 4)
        self._animals_ratio = scoring.get("animals_ratio", 4.0)
        self._elsewhere_ratio = scoring.get("elsewhere_ratio", 4.0)
        self._minor_share = scoring.get("minor_share", 0.2)
        self._minor_max_hits = scoring.get("minor_max_hits", 4)
        self._minor_min_words = scoring.get("minor_min_words", 300)
        self._unless_min_hits = scoring.get("unless_min_hits", 3)
        self._unless = {t.id: t.unless for t in self.topics if t.unless}
        self._weak_phrases = {t.id: t.weak_phrases for t in self.topics if t.weak_phrases}
        default = scoring.get("threshold", 2.0)
        self._thresholds = {t.id: default if t.threshold is None else t.threshold for t in self.topics}
        self._within = {t.id: t.within for t in self.topics if t.within}
        self._within_terms = {
            t.id: frozenset(chain.from_iterable(t.within_terms.values())) for t in self.topics if t.within_terms
        }
        weak_weight = scoring.get("weak_weight", 0.4)
        self._terms = [
            (topic.id, lang, term, weight)
            for topic in self.topics
            for kind, weight in (("terms", 1.0), ("weak", weak_weight), ("needs", 0.0))
            for lang, terms in getattr(topic, kind).items()
            for term in terms
        ] + [
            (_context_label(kind), lang, term, 1.0)
            for kind, lists in self.taxonomy.context.items()
            for lang, terms in lists.items()
            for term in terms
        ]
        within = _needed_within(self.topics, self._terms)
        self._terms += within
        self._needs = {
            t.id: frozenset(chain(chain.from_iterable(t.needs.values()), (term for tid, _, term, _ in within if tid == t.id)))
            for t in self.topics
            if t.needs
        }
        self._lexicon = Lexicon(self._terms)
        self._latin_lexicon: Lexicon | None = None  # built for the first Kazakh record in Latin letters
        self._typed_lexicon: Lexicon | None = None  # ... and for the first typed without Kazakh letters
        self._gazetteer = Gazetteer.shipped()
        self._counted = Memo(self._counting).one
        self._articles: dict[int, list[str]] = {}  # an article's number -> the topics whose main term its citation is
        for topic in self.topics:
            for article in topic.articles:
                self._articles.setdefault(article, []).append(topic.id)
        self._article_numbers = tuple(map(str, self._articles))

    def tag(self, record: Record, analysed: Analysed | None = None) -> Record:
        """A copy of the record with topics, regions and their evidence; depends on nothing but the record (and on
        the text it was analysed in, which ingest passes on and is made from the record otherwise). With `only`, a
        record that is tagged already keeps its other topics, ordered with the new ones as a full tag orders them
        (highest score first); regions are found afresh either way."""
        if analysed is None:
            # a Kazakh record in Latin or Arabic letters: its lemmas are Cyrillic already, its names are read so too
            analysed = analysed_text(record.title, record.paragraphs, record.paragraph_langs, record.lang)
        lexicon = self._lexicon_for(record)
        scored = self._scored_topics(record, analysed, lexicon)
        if self.only and record.topics is not None:
            scored += _kept_topics(record, self.only)
        scored.sort(key=lambda item: (-item[0], item[1]))
        topics = [tid for _, tid, _ in scored]
        topic_evidence = {tid: evidence for _, tid, evidence in scored if evidence is not None}
        gazetteer = self._gazetteer
        if lexicon is self._typed_lexicon:  # read as typed, in a gazetteer of names typed so
            gazetteer, analysed = Gazetteer.shipped(typed=True), _typed_text(analysed)
        regions, region_evidence = self._regions(gazetteer, analysed, _in_latin_letters(record))
        return record.model_copy(
            update={
                "topics": topics,
                "regions": regions,
                "topic_evidence": topic_evidence,
                "region_evidence": region_evidence,
            }
        )

    def topic_hits(
        self, record: Record, analysed: Analysed, lexicon: Lexicon | None = None, span: tuple[int, int] | None = None,
        segments: list[tuple[int, str]] | None = None,
    ) -> dict[str, TopicHits]:
        """What the record says of each topic, its lemmas matched in `lexicon` (by default the one `_lexicon_for`
        gives it); with `span`, what the lemmas from its start to its end say (a roundup's item). `segments`: the
        record's _segments, if the caller has them."""
        found: dict[str, TopicHits] = {}
        title_words = len(analysed.words(TITLE))
        if segments is None:
            segments = _segments(record, analysed)
        if lexicon is None:
            lexicon = self._lexicon_for(record)
        lemmas = record.lemmas
        start = 0
        if span is not None:
            start, end = span
            lemmas = lemmas[start:end]
        if lexicon is self._typed_lexicon:  # looked up as typed
            lemmas = [without_kazakh_letters(lemma) for lemma in lemmas]
        for hit in lexicon.find(lemmas):
            in_title = start + hit.start < title_words
            for entry in self._counted((hit.entries, _lang_at(segments, start + hit.start))):
                hits = found.get(entry.label)
                if hits is None:
                    hits = found[entry.label] = TopicHits()
                if not entry.weight:  # a word the topic needs, which weighs nothing
                    hits.needed.add(entry.term)
                    continue
                self._count(hits, entry.term, entry.weight, in_title)
        for term, tid, in_title in self._cited_articles(record) if span is None else ():
            self._count(found.setdefault(tid, TopicHits()), term, 1.0, in_title)
        return found

    def _count(self, hits: TopicHits, term: str, weight: float, in_title: bool) -> None:
        """One hit of a term of some weight: a main term's (weight 1) counts `title_weight` times in the headline."""
        hits.terms[term] += 1
        main = weight >= 1.0
        hits.weighted += weight * (self._title_weight if in_title and main else 1.0)
        if main:
            hits.main_terms.add(term)
            hits.main_hits += 1
            hits.in_title |= in_title

    def _cited_articles(self, record: Record) -> Iterator[tuple[str, str, bool]]:
        """(evidence term, topic id, in the headline) for each citation of an article of the Criminal Code that a
        topic lists (its number is no lemma, so the lexicon cannot find it); only pages that have the number at all
        are searched."""
        for in_title, text in ((True, record.title or ""), (False, record.text)):
            if not any(number in text for number in self._article_numbers):
                continue
            for match in CODE_ARTICLE.finditer(text):
                lang = "ru" if match["ru"] else "kk"
                number = int(match[lang])
                for tid in self._articles.get(number, ()):
                    yield ARTICLE_TERMS[lang].format(number), tid, in_title

    def _lexicon_for(self, record: Record) -> Lexicon:
        """The lexicon a record's lemmas are matched in: for Kazakh in Latin letters, one whose terms also match as
        such a text reads back (vaksinasia: ваксинасия); for Kazakh typed without Kazakh letters, one whose Kazakh
        terms also match as typed so (даригер). Built when first needed (reading every term takes a
        quarter of a second), and used for those records only, so a record's tags never depend on what came before."""
        if record.lang != "kk":
            return self._lexicon
        if record.script == "latn":
            if self._latin_lexicon is None:
                self._latin_lexicon = Lexicon(self._terms, latin=True)
            return self._latin_lexicon
        if _typed_without_kazakh_letters(record):
            if self._typed_lexicon is None:
                self._typed_lexicon = Lexicon(self._terms, typed=True)
            return self._typed_lexicon
        return self._lexicon

    def _counting(self, hit: tuple[tuple[Entry, ...], str]) -> tuple[Entry, ...]:
        """The entries of a hit that count in text of a language: one per topic, though terms of several
        languages match (the heaviest, the first of equal weight); none where a figurative phrase matches, whole
        ("скорая помощь экономике") or as one word ("регионы-доноры", whose part донор is a term). `_counted`
        remembers them: hits repeat the few term combinations."""
        entries, lang = hit
        allowed = TERM_LANGUAGES[lang]
        if any(entry.label == FIGURATIVE and entry.lang in allowed for entry in entries):
            return ()
        best: dict[str, Entry] = {}
        for entry in entries:
            if entry.lang in allowed and (entry.label not in best or entry.weight > best[entry.label].weight):
                best[entry.label] = entry
        return tuple(best.values())

    def _scored_topics(
        self, record: Record, analysed: Analysed, lexicon: Lexicon
    ) -> list[tuple[float, str, Evidence | None]]:
        segments = _segments(record, analysed)
        found = self.topic_hits(record, analysed, lexicon, segments=segments)
        scored = self._given_topics(found, len(record.lemmas))
        given = {tid: score for score, tid, _ in scored}
        top = max(given.values(), default=0.0)
        long_story = len(record.lemmas) > self._minor_min_words
        kept = [
            (score, tid, evidence)
            for score, tid, evidence in scored
            if (not self.only or tid in self.only)
            # newborns in a maternity story: a topic far weaker than one it is part of is that one's
            and not (
                any(score < share * given.get(other, 0.0) for other, share in self._within.get(tid, {}).items())
                and found[tid].main_terms <= self._within_terms.get(tid, found[tid].main_terms)
            )
            # a long story's subject named in a sentence or a list: few hits, far weaker than what the story is about
            and not (long_story and score < self._minor_share * top and found[tid].main_hits <= self._minor_max_hits
                     and not found[tid].in_title)
        ]
        if ROUNDUP_TITLE.match(analysed.title or ""):  # (as lemmatized: Kazakh in Latin letters in Cyrillic)
            kept += self._item_topics(record, analysed, lexicon, segments, {tid for _, tid, _ in kept})
        return kept

    def _given_topics(self, found: dict[str, TopicHits], n_words: int) -> list[tuple[float, str, Evidence | None]]:
        """The topics a text of `n_words` words is given from what it says of each (its [context] kinds' counts
        among them), with their scores and evidence: none for a story of animals' health or of another field."""
        context = {kind: found.pop(_context_label(kind), TopicHits()).main_hits for kind in CONTEXT}
        animals = context["veterinary"] + context["animals"]
        about_vets = context["veterinary"] >= self._veterinary_min_hits
        if about_vets and animals >= max(self._animals_min_hits, self._animals_ratio * context["people"]):
            return []  # animals' health: a veterinary story shares its words with people's (вакцинация, опухоль)
        if context["elsewhere"] >= self._elsewhere_ratio * (context["health"] + 1):
            return []  # another field's story, in medicine's words: a "донор" club, an apple tree's "прививка"
        return [
            (score, tid, Evidence(score=score, terms=dict(hits.terms)))
            for tid, hits in found.items()
            if (score := self._given(tid, hits, n_words, context)) is not None
        ]

    def _given(self, tid: str, hits: TopicHits, n_words: int, context: dict[str, int]) -> float | None:
        """The score of a topic in a text of `n_words` words, if it is given: its score reaches the topic's threshold
        and the text says enough of it (see [scoring] in topics.toml)."""
        score = round(topic_score(hits.weighted, n_words, self._reference_words), 3)
        substantive = (
            hits.in_title
            or len(hits.main_terms) >= self._min_distinct
            or hits.main_hits >= self._min_hits
            or self._repeated(hits, n_words)
            or ((least := self._weak_phrases.get(tid)) is not None and _weak_phrases(hits) >= least)
        )
        if (needed := self._needs.get(tid)) and not hits.needed and needed.isdisjoint(hits.terms):
            return None  # the story never says what the topic is: a court's verdict, but no patient harmed
        if any(context[kind] >= max(self._unless_min_hits, hits.main_hits) for kind in self._unless.get(tid, ())):
            return None  # the story is of whom the topic is not: a healer's patient who died, no medic's
        return score if score >= self._thresholds[tid] and hits.main_hits and substantive else None

    def _item_topics(
        self, record: Record, analysed: Analysed, lexicon: Lexicon, segments: list[tuple[int, str]], given: set[str]
    ) -> list[tuple[float, str, Evidence | None]]:
        """The topics of a roundup's items that the whole does not have already: each item scored as a short story
        of its own (an anaesthetist's verdict in two sentences between the currency rates and the weather; not a
        vets' item among people's), with what its best item says of the topic as evidence."""
        best: dict[str, tuple[float, str, Evidence | None]] = {}
        for start, end in _items(record, analysed):
            found = self.topic_hits(record, analysed, lexicon, (start, end), segments)
            for score, tid, evidence in self._given_topics(found, end - start):
                if tid not in given and (not self.only or tid in self.only) and score > best.get(tid, (0.0,))[0]:
                    best[tid] = (score, tid, evidence)
        return list(best.values())

    def _repeated(self, hits: TopicHits, n_words: int) -> bool:
        """One main term named again and again in a short item: an air-ambulance flight told in three sentences,
        a note on high-tech care that says высокотехнологичная медицинская помощь twice. (In a longer document
        the length scaling already asks for more.)"""
        return n_words <= self._reference_words and any(
            hits.terms[term] >= self._min_repeats for term in hits.main_terms
        )

    @staticmethod
    def _regions(gazetteer: Gazetteer, analysed: Analysed, latin: Callable[[int], bool]):
        found = gazetteer.count(analysed, latin)
        scored = sorted(((sum(names.values()), rid) for rid, names in found.items()), key=lambda x: (-x[0], x[1]))
        return [rid for _, rid in scored], {rid: Evidence(score=n, terms=dict(found[rid])) for n, rid in scored}


def _weak_phrases(hits: TopicHits) -> int:
    """The different weak terms of two words or more found: "пациенты из России", "клиника в Сеуле", which say more
    than a weak word ("приезжать", "иностранец") does."""
    return sum(1 for term in hits.terms if " " in term and term not in hits.main_terms)


def _kept_topics(record: Record, retagged: Iterable[str]) -> list[tuple[float, str, Evidence | None]]:
    """The topics of a tagged record that are not being re-tagged, with their evidence (a topic another tool added
    may have none: it sorts as score 0)."""
    evidence = record.topic_evidence or {}
    return [
        (evidence[tid].score if tid in evidence else 0.0, tid, evidence.get(tid))
        for tid in record.topics or ()
        if tid not in retagged
    ]


def _segments(record: Record, analysed: Analysed) -> list[tuple[int, str]]:
    """(end, language) of the title and of each paragraph in the lemma list; one segment if they do not line up,
    or if every paragraph is in the record's language (as nearly all are), which spares tokenizing them."""
    langs = record.paragraph_langs
    if langs.count(record.lang) == len(langs):
        return [(len(record.lemmas), record.lang)]
    if len(langs) != len(record.paragraphs) or (counts := _word_counts(record, analysed)) is None:
        return [(len(record.lemmas), record.lang)]
    title, sizes = counts
    segments, end = [(title, record.lang)], title
    for size, lang in zip(sizes, langs):
        end += size
        segments.append((end, lang))
    return segments


def _word_counts(record: Record, analysed: Analysed) -> tuple[int, list[int]] | None:
    """The words of the title and of each paragraph, if they line up with the lemmas (else None)."""
    title = len(analysed.words(TITLE))
    sizes = [len(analysed.words(index)) for index in range(len(analysed.paragraphs))]
    if len(sizes) != len(record.paragraphs) or title + sum(sizes) != len(record.lemmas):
        return None
    return title, sizes


def _items(record: Record, analysed: Analysed) -> list[tuple[int, int]]:
    """(start, end) of a roundup's items in the lemma list: each paragraph, with a short heading over it (a line of
    its own with no stop after it: "ВОДА В ЕСИЛЕ ПРОДОЛЖАЕТ ПРИБЫВАТЬ"); none if the lemmas do not line up."""
    if (counts := _word_counts(record, analysed)) is None:
        return []
    title, sizes = counts
    items, start, end = [], title, title
    for paragraph, size in zip(record.paragraphs, sizes):
        end += size
        heading = len(paragraph.split()) <= ITEM_HEADING_MAX_WORDS and paragraph.rstrip()[-1:] not in ".!?…»\""
        if not heading:
            items.append((start, end))
            start = end
    return items


def _lang_at(segments: list[tuple[int, str]], position: int) -> str:
    """The language of the segment the lemma at `position` is in (the last one's past the end)."""
    at = bisect_right(segments, position, key=itemgetter(0))  # (the first segment that ends after it)
    return segments[min(at, len(segments) - 1)][1]
