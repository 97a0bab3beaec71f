"""A point for a county the gazetteer holds without coordinates, from the article's settled towns or the
gazetteer (used by ``resolution`` once every name is decided)."""
from __future__ import annotations

from pipeline.knowledge.gazetteer import Entry, Gazetteer


def county_point(entry: Entry, points: list[tuple], gaz: Gazetteer) -> Entry:
    """Give a county (which the gazetteer holds without coordinates) a point: a settled town of the article in
    the same state, else the biggest town named like the county in that state, else the state's point."""
    if entry.lat is not None or entry.feature != "county":
        return entry
    for lat, lon, iso3, admin1 in points:
        if iso3 == entry.country and admin1 == entry.admin1:
            return entry._replace(lat=lat, lon=lon)
    stem = entry.name.rsplit(" ", 1)[0]
    towns = [c.entry for c in gaz.candidates(stem)
             if c.entry.kind == "city" and c.entry.country == entry.country and c.entry.admin1 == entry.admin1]
    if towns:
        town = max(towns, key=lambda t: t.population)
        return entry._replace(lat=town.lat, lon=town.lon)
    states = [c.entry for c in gaz.candidates(entry.admin1 and _state_name(entry.admin1, gaz) or "")
              if c.entry.kind == "region" and c.entry.admin1 == entry.admin1]
    if states:
        return entry._replace(lat=states[0].lat, lon=states[0].lon)
    return entry


def _state_name(admin1: str, gaz: Gazetteer) -> str:
    return gaz.state_names.get(admin1, "")
