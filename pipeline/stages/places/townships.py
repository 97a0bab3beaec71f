"""Civil townships ("Tewksbury Twp.", "Washington Township"): a US local unit the gazetteer lacks, named after a
person or a town that may lie anywhere. Such a name is a place whatever label the model gave it, and it lies in
the state the article's other places are in, never at a namesake town of another state ("Washington Township" is
not Washington, D.C.)."""
from __future__ import annotations

from collections import Counter

from spacy.tokens import Span

from pipeline.knowledge.gazetteer import Entry, Gazetteer
from pipeline.stages.places.names import _capitalized, _words

# the head word of a township's name, and its abbreviation
TOWNSHIP_WORDS = frozenset({"township", "twp"})


def names_a_township(span: Span) -> bool:
    """A capitalized name ending in "Township" or "Twp." ("St. Clair Twp", "Washington Township")."""
    words = _words(span)
    return len(words) > 1 and words[-1].lower_.rstrip(".") in TOWNSHIP_WORDS and _capitalized(words)


def place_township(name: str, states: Counter, points: list[tuple], gaz: Gazetteer) -> Entry | None:
    """Where a township lies: in the US state the article names most (``states``: (ISO3, admin1) -> weight), at
    the article's first settled town of that state (``points``: local news names its townships beside its own
    town), else at the town of its name there, else at the state's point; with no US state in the article,
    nowhere (its mention stays, without a point)."""
    weights = [(weight, admin1) for (iso3, admin1), weight in states.items() if iso3 == "USA" and admin1]
    if not weights:
        return None
    admin1 = max(weights)[1]
    stem = name.rsplit(" ", 1)[0]
    towns = [c.entry for c in gaz.candidates(stem) if not c.alternate and c.entry.kind == "city"
             and c.entry.country == "USA" and c.entry.admin1 == admin1]
    point = next(((lat, lon) for lat, lon, iso3, code in points if iso3 == "USA" and code == admin1), None)
    if point is None and towns:
        town = max(towns, key=lambda t: t.population)
        point = (town.lat, town.lon)
    if point is None:
        state = next((c.entry for c in gaz.candidates(gaz.state_names.get(admin1, ""))
                      if c.entry.kind == "region" and c.entry.admin1 == admin1), None)
        point = (state.lat, state.lon) if state is not None else (None, None)
    return Entry(name, "region", "USA", point[0], point[1], None, 0, admin1, feature="township")
