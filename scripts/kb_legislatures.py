"""Legislatures by their own names, for the actor knowledge base (``scripts/build_actor_kb.py``).

Source: EveryPolitician's index ``countries.json`` (everypolitician/everypolitician-data): a list of countries, each
with ``name``, ``code`` (ISO 3166-1 alpha-2, or a code such as ``GE-AB`` for a territory that is no country) and
``legislatures``, each with ``name`` ("Saeima", "National Assembly"), ``slug`` and ``type`` ("lower house",
"upper house", "unicameral legislature"). Each legislature becomes a body of its country, sector LEG, without
dates (the file lists chambers as they stood in 2016; a chamber's name outlives its terms).

The general rules (pure functions; the build script turns the records into actors):
- a country code that is no country's alpha-2 code (``GE-AB``, ``GB-SCT``) is skipped, never guessed;
- a name borne by the legislatures of several countries ("National Assembly", "House of Representatives",
  "Senate", "Parliament", "States") is stored once per country, so the lookup returns them all and the name stays
  open unless the article itself names one of those countries;
- a name made only of generic words is a kind of chamber, not one chamber, even when the file has it for a single
  country ("Supreme Council", "Legislature", "Majlis", "Constituent Assembly"): it is skipped, since legislatures
  the file does not cover bear it too. A word is generic when it is a stop word, a word of the legislature names of
  two countries or more in the file, a word naming a kind of body (Parley's agent words), or an English word of
  the spaCy model's lexicon; a country's name or demonym never is ("Hellenic Parliament", "Estates of Aruba",
  "New Zealand Parliament" name one chamber each);
- a name the base already knows for the same country (a CAMEO dictionary's "Knesset", "Duma") keeps that entry.
"""
from __future__ import annotations

import json
from collections import defaultdict
from typing import Callable, Iterable, Iterator, NamedTuple

SECTOR = "LEG"
MIN_COUNTRIES_GENERIC = 2  # a word in the legislature names of this many countries or more is generic


class LegislatureRecord(NamedTuple):
    name: str  # as the source writes it
    country: str  # ISO3
    chamber: str  # the source's type: lower house, upper house, unicameral legislature


class SkippedLegislature(NamedTuple):
    reason: str
    detail: str


def parse_legislatures(text: str, alpha3: Callable[[str], str | None]
                       ) -> Iterator[LegislatureRecord | SkippedLegislature]:
    """The legislatures of EveryPolitician's ``countries.json``, in file order; ``alpha3`` maps an alpha-2 code to
    ISO3 (None for no country)."""
    for country in json.loads(text):
        code = (country.get("code") or "").strip()
        iso3 = alpha3(code) if len(code) == 2 and code.isalpha() and code.isupper() else None
        for legislature in country.get("legislatures") or []:
            name = " ".join((legislature.get("name") or "").split())
            if not name:
                yield SkippedLegislature("legislature without a name", country.get("name") or code)
            elif iso3 is None:
                yield SkippedLegislature("code of no country", f"{code}: {name}")
            else:
                yield LegislatureRecord(name, iso3, (legislature.get("type") or "").strip())


def generic_words(records: Iterable[LegislatureRecord], normalize: Callable[[str], str]) -> frozenset[str]:
    """The words of the legislature names of ``MIN_COUNTRIES_GENERIC`` countries or more."""
    countries: dict[str, set[str]] = defaultdict(set)
    for record in records:
        for word in normalize(record.name).split():
            countries[word].add(record.country)
    return frozenset(word for word, found in countries.items() if len(found) >= MIN_COUNTRIES_GENERIC)


def names_a_place(words: list[str], places: frozenset[str]) -> bool:
    """Whether some run of ``words`` is a country's name or demonym ("new zealand", "hellenic")."""
    return any(" ".join(words[start:end]) in places
               for start in range(len(words)) for end in range(start + 1, len(words) + 1))


def is_generic(norm_name: str, generic: frozenset[str], places: frozenset[str]) -> bool:
    """Whether a normalised legislature name is made only of generic words and names no country."""
    words = norm_name.split()
    return bool(words) and not names_a_place(words, places) and all(word in generic for word in words)


def legislature_bodies(records: list[LegislatureRecord], normalize: Callable[[str], str],
                       generic: frozenset[str], places: frozenset[str],
                       known: Callable[[str, str], bool], tally: dict[str, int]) -> list[tuple[str, str, str]]:
    """(key, name, ISO3) of each legislature to add, sorted by key; ``known(norm_name, iso3)`` says whether the
    base already has that name for that country; ``tally`` counts what was left out and why."""
    countries: dict[str, set[str]] = defaultdict(set)
    for record in records:
        countries[normalize(record.name)].add(record.country)
    bodies: dict[str, tuple[str, str, str]] = {}
    for record in records:
        norm = normalize(record.name)
        if not norm:
            continue
        if len(countries[norm]) == 1 and is_generic(norm, generic, places):
            tally["everypolitician.skipped: generic name of one country's chamber"] += 1
            continue
        if known(norm, record.country):
            tally["everypolitician.skipped: name already known for that country"] += 1
            continue
        key = f"ep:{record.country}:{norm.replace(' ', '_')}"
        bodies.setdefault(key, (key, record.name, record.country))
    shared = sum(1 for found in countries.values() if len(found) > 1)
    tally["everypolitician.names borne by several countries"] += shared
    return [bodies[key] for key in sorted(bodies)]
