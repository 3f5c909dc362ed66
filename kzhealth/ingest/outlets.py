"""Outlet names: the one canonical spelling of each known outlet (data/outlets.toml), for every place that reads or
compares them. Light on purpose (no patterns compiled), so that comparing names need not load the parser.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..lang.tokenize import TYPED_WITH_RUSSIAN_LETTERS
from ..shipped import read_toml

OUTLETS = read_toml(__package__, "outlets.toml")


def _aliases(*keys: str) -> dict[str, str]:
    """Each outlet's names under `keys` (and its own name, unless the outlet says its name is never searched for and
    `spellings`, where such a name is, are not asked for: a paper named as a person is, Дидар), normalised, to its
    canonical name."""
    return {
        " ".join(alias.casefold().split()): outlet["name"]
        for outlet in OUTLETS["outlet"]
        for alias in [
            *([outlet["name"]] if "spellings" in keys or outlet.get("name_searched", True) else []),
            *(name for key in keys for name in outlet.get(key, ())),
        ]
    }


SEARCHED_ALIASES = _aliases("variants")  # the names searched for in text
ALIASES = _aliases("variants", "spellings")  # ... and those that are also ordinary phrases: every name it goes by
# ... and as Kazakh typed with Russian letters only writes them (Орталык Казакстан: Ortalyq Qazaqstan), where that
# is no other name's spelling
TYPED_ALIASES = {
    typed: outlet
    for alias, outlet in ALIASES.items()
    for table in TYPED_WITH_RUSSIAN_LETTERS
    if (typed := alias.translate(table)) != alias and typed not in ALIASES
}
ABROAD = frozenset(outlet["name"] for outlet in OUTLETS["outlet"] if outlet.get("abroad"))
# The labels a site puts in front of its domain for a language or a device version: rus.baq.kz is baq.kz.
SITE_PREFIXES = frozenset(OUTLETS["site_prefixes"])
SOCIAL_NETWORKS = frozenset(OUTLETS["social_networks"])
PLATFORM_COMPANIES = frozenset(OUTLETS["platform_companies"])
HOSTING_PLATFORMS = frozenset(OUTLETS["hosting_platforms"])
# hosts that serve a site's page under its domain spelt with hyphens: informburo-kz.turbopages.org is informburo.kz
_PROXIED = re.compile(r"([a-z0-9]+(?:-{1,2}[a-z0-9]+)+)\.(?:%s)" % "|".join(map(re.escape, OUTLETS["proxy_hosts"])))
_STRIP = "»\"”’')]* «“.,"
_NEWS_OF = re.compile(r"(?:новости|новостей)\s(?P<after>.+)|(?P<before>.+)\s(?:жаңалықтары|news)")
_DOMAIN_LABEL = re.compile(r"[\w-]+")
# a site's domain in text, under the top-level domains Kazakhstan's news sites use
DOMAIN = r"(?<![\w.-])[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.(?:kz|ru|com|org|net|info|news|media|tv|asia)(?!\w)"
_DOMAIN = re.compile(DOMAIN, re.IGNORECASE)


def known_outlet(name: str) -> str | None:
    """The canonical name of a name the outlets table knows, in any of its spellings (Sputnik: Sputnik Kazakhstan),
    as written whatever its case and spaces; None for any other name."""
    return ALIASES.get(" ".join(name.casefold().split()))


def canonical_outlet(name: str) -> str:
    """The canonical spelling of an outlet's name: a known name or alias as the table writes it (Egemen.kz ->
    Egemen Qazaqstan), a site's language or mobile version as the site (rus.baq.kz -> BAQ.kz), and an unknown
    domain in the usual spelling (ERNUR.KZ, ernur.kz -> Ernur.kz). Other names come back stripped of quotes."""
    if known := known_outlet(name):  # a name with its quotes: газета «Время»
        return known
    cut = name.strip(_STRIP)
    if cut.count("(") > cut.count(")") and ")" in name[name.find(cut) + len(cut) :]:
        cut += ")"  # the bracket that closes the name's own: "Агентство ... (Антикоррупционная служба)"
    name = cut
    key = " ".join(name.casefold().split())
    if proxied := _PROXIED.fullmatch(key):  # the site the proxy serves: its hyphens dots again, doubled ones hyphens
        return canonical_outlet(".".join(part.replace("\0", "-") for part in proxied[1].replace("--", "\0").split("-")))
    labels = key.split(".")
    if len(labels) > 2 and all(_DOMAIN_LABEL.fullmatch(label) for label in labels):
        while len(labels) > 2 and labels[0] in SITE_PREFIXES:
            labels = labels[1:]
        name, key = name[len(key) - len(".".join(labels)) :], ".".join(labels)
    if known := ALIASES.get(key) or TYPED_ALIASES.get(key):
        return known
    if (news := _NEWS_OF.fullmatch(key)) and (known := ALIASES.get(news["after"] or news["before"])):
        return known  # a known channel's news programme: «Новостей КТК», "КТК жаңалықтары"
    if _DOMAIN.fullmatch(key):
        return key[0].upper() + key[1:]  # an unknown domain, however the page cases it: ERNUR.KZ, ernur.kz
    return name


# How each Cyrillic letter is written in the Latin letters of domains and handles: Russian and Kazakh
# transliterations, the 2021 Kazakh alphabet and the older ones. A run of vowels (with й, ь, ъ) is one class, of up to
# three letters each, since a vowel may be written as another (онлайн: online) and adjacent optional classes would
# make the pattern backtrack.
_VOWELS = frozenset("аоуыэәөұүіиеёюяйьъ")
_VOWEL_RUN = "[aeiouyäöüıwj']{{{least},{most}}}"
_SIGNS = frozenset("йьъ")  # written as a letter or not at all
_CONSONANTS = {
    "б": "b", "в": "[vw]", "г": "gh?", "ғ": "g[h']?", "д": "d", "ж": "(?:zh|dzh|j|z|ž)", "з": "z", "к": "[kqc]",
    "қ": "[qk]", "л": "l", "м": "m", "н": "n", "ң": "(?:ng|n|ñ)", "п": "p", "р": "r", "с": "[sc]", "т": "t",
    "ф": "f", "х": "(?:kh|h|x)", "һ": "h", "ц": "(?:ts|tc|tz|c)", "ч": "(?:ch|tch|ç|c)", "ш": "(?:sh|ş)",
    "щ": "(?:shch|sch|sh|ş)",
}
_SEPARATORS = re.compile(r"[\s_.\-–—]+")
BRAND_MAX_CHARS = 40


# the country a site's name or domain may end with: The Village Казахстан is the-village-kz
_COUNTRY = re.compile(r"(?:kz|kaz|kazakhstan|казахстан|қазақстан)$")


def transliterates(name: str, handle: str) -> bool:
    """Whether a domain's or an account's name (vostok-info, atyrau_zhanalyqtary, elordainfo, the-village-kz) is
    `name` (Восток-Инфо, Атырау жаңалықтары, Elorda Info, The Village Казахстан) written in Latin letters."""
    letters, label = _SEPARATORS.sub("", _plain_latin(name.casefold())), _SEPARATORS.sub("", handle.casefold())
    if letters == label or (_COUNTRY.sub("", letters) == _COUNTRY.sub("", label) != label):
        return True
    pattern = _latin_pattern(letters)
    return pattern is not None and pattern.fullmatch(label) is not None


def unmarked(latin: str) -> str:
    """Latin letters without their marks, in small letters: "Tañy" -> "tany", "JETISÝ" -> "jetisy"."""
    return "".join(c for c in unicodedata.normalize("NFKD", latin.casefold()) if not unicodedata.combining(c)).replace(
        "ı", "i"
    )


def _plain_latin(name: str) -> str:
    """A name in Latin letters as a domain spells it, without its marks (SOLTÜSTIK AQPARAT: soltustik aqparat); other
    letters as they are."""
    return unmarked(name) if not name.isascii() and all(not ch.isalpha() or ch < "\u0250" for ch in name) else name


@lru_cache(maxsize=1024)
def _latin_pattern(letters: str) -> re.Pattern | None:
    if not letters or len(letters) > BRAND_MAX_CHARS or any(c not in _VOWELS and c not in _CONSONANTS for c in letters):
        return None
    parts, run = [], ""
    for letter in letters + "б":  # a consonant to close the last run
        if letter in _VOWELS:
            run += letter
            continue
        if run:
            parts.append(_VOWEL_RUN.format(least=int(not _SIGNS.issuperset(run)), most=3 * len(run)))
            run = ""
        parts.append(_CONSONANTS[letter])
    parts[-1] = "[aeiouy]?"  # not the closing б: a loanword's silent e (online)
    return re.compile("".join(parts))
