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
