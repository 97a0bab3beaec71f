"""Docs for the events tests: hand-built parses, and the events stage run alone over what earlier
stages would have found (hand-made places, dates, actors)."""
from __future__ import annotations

import re

import spacy
from spacy.tokens import Doc

from pipeline.nlp import make_doc


def _doc(words, heads, deps, lemmas, pos):
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, lemmas=lemmas, pos=pos)


def _stage_on(base_nlp, text: str, *, create_party_actors: bool = False, **attributes) -> Doc:
    """Parse with the bare model, set what earlier stages would have found, then run the events stage alone."""
    from pipeline.stages.events import EventStage

    doc = base_nlp(make_doc(base_nlp, text))
    for name, value in attributes.items():
        setattr(doc._, name, value)
    return EventStage(create_party_actors=create_party_actors)(doc)


def _placed(base_nlp, text: str, places: dict[str, str], dates: dict[str, str] | None = None, **attributes) -> Doc:
    """The events stage over ``text`` with hand-made places (surface -> name) and DATE expressions
    (surface -> value), each found at its first occurrence."""
    from pipeline.records import DateExpr, Mention, Place

    records, mentions = [], []
    for number, (surface, name) in enumerate(places.items(), start=1):
        start = text.index(surface)
        records.append(Place(f"p{number}", name, "city"))
        mentions.append(Mention(f"p{number}", "place", surface, start, start + len(surface)))
    expressions = [DateExpr(surface, text.index(surface), text.index(surface) + len(surface), value, "DATE")
                   for surface, value in (dates or {}).items()]
    return _stage_on(base_nlp, text, places=records, place_mentions=mentions, dates=expressions, **attributes)


def _scene(base_nlp, text: str, places: dict[str, str],
           dates: dict[str, str]) -> list[tuple[str, str | None, str | None]]:
    """The events stage over ``text`` with hand-made places and DATE expressions found at every occurrence of
    their surface (places case-insensitively, one place per name); (type, place name, date) of its events."""
    import datetime as dt

    from pipeline.records import DateExpr, Mention, Place

    ids = {name: f"p{number}" for number, name in enumerate(dict.fromkeys(places.values()), start=1)}
    records = [Place(place_id, name, "city") for name, place_id in ids.items()]
    mentions = [Mention(ids[name], "place", match.group(), match.start(), match.end())
                for surface, name in places.items() for match in re.finditer(re.escape(surface), text, re.I)]
    expressions = [DateExpr(surface, match.start(), match.end(), value, "DATE")
                   for surface, value in dates.items() for match in re.finditer(re.escape(surface), text)]
    doc = _stage_on(base_nlp, text, places=records, place_mentions=sorted(mentions, key=lambda m: m.start),
                    dates=expressions, published=dt.date(2025, 1, 18))
    names = {place_id: name for name, place_id in ids.items()}
    return [(event.type, names.get(event.place_id), event.date) for event in doc._.events]


def _sited(base_nlp, text: str, places: dict[str, tuple]) -> list[tuple[str, str | None]]:
    """The events stage over ``text`` with hand-made places: surface -> (name, kind, country[, lat, lon]), found
    at every occurrence of the surface; (type, place name) of its events."""
    import datetime as dt

    from pipeline.records import Mention, Place

    records, mentions = [], []
    for number, (surface, (name, kind, country, *point)) in enumerate(places.items(), start=1):
        records.append(Place(f"p{number}", name, kind, country, *point))
        mentions.extend(Mention(f"p{number}", "place", surface, match.start(), match.end())
                        for match in re.finditer(re.escape(surface), text))
    doc = _stage_on(base_nlp, text, places=records, place_mentions=sorted(mentions, key=lambda m: m.start),
                    published=dt.date(2025, 1, 18))
    names = {place.place_id: place.name for place in records}
    return [(event.type, names.get(event.place_id)) for event in doc._.events]
