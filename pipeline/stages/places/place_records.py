"""Records: one Place per distinct place and one Mention per toponym, from the resolved toponyms; sites,
facilities and parts of places become places of their own, and a place is ``named`` only when a mention names it
as a location."""
from __future__ import annotations

import math
from collections import Counter
from typing import Iterable

from pipeline.knowledge import countries
from pipeline.knowledge.gazetteer import Entry
from pipeline.records import Mention, Place
from pipeline.stages.places.names import demonym_place
from pipeline.stages.places.parts import _part_country
from pipeline.stages.places.resolution import Resolved
from pipeline.stages.places.toponyms import Toponym
from pipeline.stages.places.unknown_places import named_as_division, neighbour_country

SITE_REACH = 300  # characters between a site and the town it is placed at
SITE_SOURCES = frozenset({"site", "street"})


def place_records(resolved: Iterable[Resolved], text: str = "") -> tuple[list[Place], list[Mention]]:
    """One Place per distinct place, one Mention per toponym. A place is ``named`` when at least one of its
    mentions names it as a location (see ``_names_location``). ``text``, the article's, places a division or
    settlement the gazetteer lacks in its neighbours' country (``unknown_places``)."""
    resolved = list(resolved)
    places: list[Place] = []
    mentions: list[Mention] = []
    ids: dict[tuple, str] = {}
    named: set[str] = set()
    home = _main_country(resolved)
    for toponym, entry in resolved:
        if toponym.source in SITE_SOURCES and entry is not None and entry.kind == "city":
            entry = None  # a town that shares a site's name is not where the site is ("White House", Tennessee)
        if entry is not None and toponym.facility:
            # a site inside a resolved place: its own place, at the point of the place it stands in
            entry = Entry(toponym.text, "other", entry.country, entry.lat, entry.lon, None, 0)
        elif entry is None and toponym.source in SITE_SOURCES:
            # a named site with no town in its name: in the country its name stands for, else in that of the
            # town named next to it, else in that of the town the story is filed from (the reporter is there),
            # else in the story's, else in that of the closest town the story names; at the point of a town
            # named next to it, else with no point
            country = countries.metonym_code(toponym.text)
            town = _nearby_town(resolved, toponym, country)
            if town is None and toponym.source == "street":
                town = _story_town(resolved)  # a street with no town beside it lies in the story's town
            if country is None and town is not None:
                country = town.country
            if country is None:
                country = next((entry.country for other, entry in resolved if other.source == "dateline"
                                and entry is not None and entry.kind == "city"), None)
            if country is None:
                closest = _nearby_town(resolved, toponym, None, reach=math.inf)
                country = home or (closest.country if closest is not None else None)
            entry = Entry(toponym.text, "other", country, town and town.lat, town and town.lon, None, 0) \
                if country else None
        if entry is not None and toponym.direction and entry.kind != "city":
            # "southern Israel": a region of its own, at the whole place's point ("central Seoul" stays Seoul),
            # named as the text names it ("eastern Congo", not "eastern Democratic Republic of the Congo"); a
            # direction inside the name ("West Wales") is not repeated
            name = toponym.text if toponym.text.startswith(f"{toponym.direction} ") \
                else f"{toponym.direction} {toponym.text}"
            entry = Entry(name, "region", _part_country(toponym.direction, entry),
                          entry.lat, entry.lon, None, 0)
        if entry is not None:
            key = ("entry", entry.geonames_id, entry.name, entry.kind, entry.country, entry.lat, entry.lon)
        else:
            key = ("text", countries.normalize(toponym.lookup))
        if key not in ids:
            ids[key] = f"p{len(places) + 1}"
            if entry is not None:
                places.append(Place(ids[key], entry.name, entry.kind, entry.country, entry.lat, entry.lon,
                                    entry.geonames_id))
            else:
                # a place the gazetteer lacks may still say its country ("the Russian Far East"), or lie where the
                # places named around it do ("the Kurram district", "the village of Deir Mimas")
                country = _leading_country(toponym.lookup) or neighbour_country(text, toponym, resolved)
                if country is None and named_as_division(text, toponym):
                    # with no neighbour in its sentence, a settlement lies where the story is filed from (the
                    # reporter is there), else in the country most of the places the story names lie in
                    country = next((entry.country for other, entry in resolved if other.source == "dateline"
                                    and entry is not None and entry.kind == "city"), None) \
                        or _main_country([pair for pair in resolved if pair[0].source != "nationality"])
                places.append(Place(ids[key], toponym.lookup, "other", country))
        mentions.append(Mention(ids[key], "place", toponym.text, toponym.start, toponym.end))
        if _names_location(toponym):
            named.add(ids[key])
    return [place._replace(named=place.place_id in named) for place in places], mentions


def _names_location(toponym: Toponym) -> bool:
    """A nationality word ("Turkish officials") points to a place without naming it, and a bloc of states named
    as a body ("the European Union", "EU") is an organisation more than a location: both stay place mentions
    (a geoparser counts them) but do not make their place a named one."""
    demonym = toponym.source == "nationality" or (
        toponym.lookup != toponym.text and demonym_place(toponym.text) == toponym.lookup)
    return not demonym and countries.igo_code(toponym.lookup) is None


def _leading_country(name: str) -> str | None:
    """The country whose nationality word opens a longer name ("Russian Far East"). Only a nationality word: a
    country's name opens many names elsewhere ("Jordan Creek", "Georgia Dome")."""
    first, _, rest = name.removeprefix("the ").partition(" ")
    return countries.demonym_code(first) if rest and first[:1].isupper() else None


def _nearby_town(resolved: list[Resolved], site: Toponym, country: str | None, *,
                 reach: float = SITE_REACH) -> Entry | None:
    """The closest town of ``country`` (of any country when None) named within ``reach`` characters of a site."""
    towns = [(abs(toponym.start - site.start), entry) for toponym, entry in resolved
             if entry is not None and entry.kind == "city" and country in (None, entry.country) and not toponym.facility
             and abs(toponym.start - site.start) <= reach]
    return min(towns, key=lambda pair: pair[0])[1] if towns else None


def _story_town(resolved: list[Resolved]) -> Entry | None:
    """The town a story is about: the one its dateline names, else the one it names most often when no other
    town is named as often."""
    dateline = next((entry for toponym, entry in resolved if toponym.source == "dateline" and entry is not None
                     and entry.kind == "city"), None)
    if dateline is not None:
        return dateline
    counts = Counter(entry for toponym, entry in resolved if entry is not None and entry.kind == "city"
                     and not toponym.facility)
    ranked = counts.most_common(2)
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]) else None


def _main_country(resolved: list[Resolved]) -> str | None:
    """The country most of an article's resolved places lie in, when one clearly leads."""
    counts = Counter(entry.country for _, entry in resolved if entry is not None and entry.country)
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
        return None
    return ranked[0][0]
