"""Outlet names: the one canonical spelling of each known outlet (data/outlets.toml), for every place that reads or
compares them. Light on purpose (no patterns compiled), so that comparing names need not load the parser.
"""

from __future__ import annotations

import re

from ..shipped import read_toml

OUTLETS = read_toml(__package__, "outlets.toml")


def _aliases(*keys: str) -> dict[str, str]:
    """Each outlet's names under `keys` (and its own name), normalised, to its canonical name."""
    return {
        " ".join(alias.casefold().split()): outlet["name"]
        for outlet in OUTLETS["outlet"]
        for alias in [outlet["name"], *(name for key in keys for name in outlet.get(key, ()))]
    }


SEARCHED_ALIASES = _aliases("variants")  # the names searched for in text
ALIASES = _aliases("variants", "spellings")  # ... and those that are also ordinary phrases: every name it goes by
ABROAD = frozenset(outlet["name"] for outlet in OUTLETS["outlet"] if outlet.get("abroad"))
# The labels a site puts in front of its domain for a language or a device version: rus.baq.kz is baq.kz.
SITE_PREFIXES = frozenset(OUTLETS["site_prefixes"])
SOCIAL_NETWORKS = frozenset(OUTLETS["social_networks"])
_STRIP = "»\"”’')]* «“.,"
_DOMAIN_LABEL = re.compile(r"[\w-]+")


def canonical_outlet(name: str) -> str:
    """The canonical spelling of an outlet's name: a known name or alias as the table writes it (Egemen.kz ->
    Egemen Qazaqstan), a site's language or mobile version as the site (rus.baq.kz -> BAQ.kz), and an unknown
    domain in capitals in the usual spelling (ERNUR.KZ -> Ernur.kz). Other names come back stripped of quotes."""
    if known := ALIASES.get(" ".join(name.casefold().split())):  # a name with its quotes: газета «Время»
        return known
    name = name.strip(_STRIP)
    key = " ".join(name.casefold().split())
    labels = key.split(".")
    if len(labels) > 2 and all(_DOMAIN_LABEL.fullmatch(label) for label in labels):
        while len(labels) > 2 and labels[0] in SITE_PREFIXES:
            labels = labels[1:]
        name, key = name[len(key) - len(".".join(labels)) :], ".".join(labels)
    if known := ALIASES.get(key):
        return known
    return name[0] + name[1:].lower() if name.isupper() and "." in name else name


# How each Cyrillic letter is written in the Latin letters of domains and handles: Russian and Kazakh
# transliterations, the 2021 Kazakh alphabet and the older ones; a vowel may be written as another (онлайн: online).
_VOWEL = "[aeiouyäöüıw']{1,3}"
_LATIN = {
    **dict.fromkeys("аоуыэәөұүіиеёюя", _VOWEL),
    **{"б": "b", "в": "[vw]", "г": "gh?", "ғ": "g[h']?", "д": "d", "ж": "(?:zh|dzh|j|z|ž)", "з": "z", "к": "[kqc]",
       "қ": "[qk]", "л": "l", "м": "m", "н": "n", "ң": "(?:ng|n|ñ)", "п": "p", "р": "r", "с": "[sc]", "т": "t",
       "ф": "f", "х": "(?:kh|h|x)", "һ": "h", "ц": "(?:ts|tc|tz|c)", "ч": "(?:ch|tch|ç|c)", "ш": "(?:sh|ş)",
       "щ": "(?:shch|sch|sh|ş)", "й": "[yij]?", "ь": "'?", "ъ": "'?"},
}
_SEPARATORS = re.compile(r"[\s_.\-–—]+")


def transliterates(name: str, handle: str) -> bool:
    """Whether a domain's or an account's name (vostok-info, atyrau_zhanalyqtary) is `name` (Восток-Инфо, Атырау
    жаңалықтары) written in Latin letters."""
    letters = _SEPARATORS.sub("", name.casefold())
    if not letters or any(letter not in _LATIN for letter in letters):
        return False
    pattern = "".join(_LATIN[letter] for letter in letters) + "[aeiouy]?"  # a loanword's silent e: online
    return re.fullmatch(pattern, _SEPARATORS.sub("", handle.casefold())) is not None
