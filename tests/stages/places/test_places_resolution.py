"""Places stage, resolution: gazetteer readings chosen by the article's context."""
from __future__ import annotations

import pytest

from pipeline.stages.places.resolution import resolve_toponyms
from pipeline.stages.places.toponyms import Toponym
from places_helpers import toponyms_in


def resolve(gaz, text, names):
    return {r.toponym.text: r.entry for r in resolve_toponyms(text, toponyms_in(text, names), gaz)}


@pytest.mark.parametrize("text, names, name, country, admin1", [
    ("Talks opened in Paris on Monday.", ["Paris"], "Paris", "FRA", None),
    ("The fair in Paris, Texas drew crowds.", ["Paris", "Texas"], "Paris", "USA", "TX"),
    ("He grew up in Athens, Ga., and moved on.", ["Athens", "Ga."], "Athens", "USA", "GA"),
    ("Police in Gainesville and elsewhere in Florida said", ["Gainesville", "Florida"], "Gainesville", "USA", "FL"),
    ("Police in Gainesville and Atlanta, Georgia said", ["Gainesville", "Atlanta", "Georgia"], "Gainesville", "USA", "GA"),
    ("Officials in Washington said", ["Washington"], "Washington", "USA", "DC"),
    ("Moscow said it would respond.", ["Moscow"], "Moscow", "RUS", None),
])
def test_places_resolve_towns_by_context(gaz, text, names, name, country, admin1):
    entry = resolve(gaz, text, names)[name]
    assert entry.country == country
    if admin1:
        assert entry.admin1 == admin1


@pytest.mark.parametrize("text, names, kind, country", [
    ("Troops left Tbilisi and Georgia accused Russia.", ["Tbilisi", "Georgia", "Russia"], "country", "GEO"),
    ("Voters in Atlanta and across Georgia went to the polls.", ["Atlanta", "Georgia"], "region", "USA"),
    # naming the United States (or its capital) is not evidence for one of its states
    ("Washington urged Armenia and Georgia to keep talking.", ["Washington", "Armenia", "Georgia"], "country", "GEO"),
])
def test_places_resolve_georgia_by_context(gaz, text, names, kind, country):
    entry = resolve(gaz, text, names)["Georgia"]
    assert (entry.kind, entry.country) == (kind, country)


def test_places_resolve_country_name_beats_capital(gaz):
    text = "MEXICO CITY — Mexico and the United States agreed."
    entry = resolve(gaz, text, ["MEXICO CITY", "Mexico", "United States"])["Mexico"]
    assert entry.kind == "country" and entry.country == "MEX"


def test_places_resolve_county_gets_a_point_in_its_state(gaz):
    text = "Deputies in Decatur and across DeKalb County, Georgia said"
    entry = resolve(gaz, text, ["Decatur", "DeKalb County", "Georgia"])["DeKalb County"]
    assert entry.country == "USA" and entry.admin1 == "GA"
    assert 33 < entry.lat < 35 and -85.5 < entry.lon < -83.5


@pytest.mark.parametrize("text, names, name, expected", [
    # local news names a county without the word
    ("Schools in Decatur, Ga., and the rest of DeKalb reopened.", ["Decatur", "Ga.", "DeKalb"], "DeKalb",
     ("DeKalb County", "GA")),
    # without that context the town wins
    ("Students at a university in DeKalb, Illinois protested.", ["DeKalb", "Illinois"], "DeKalb", ("DeKalb", "IL")),
])
def test_places_resolve_bare_county_name(gaz, text, names, name, expected):
    entry = resolve(gaz, text, names)[name]
    assert (entry.name, entry.admin1) == expected


def test_places_resolve_england_is_a_region_of_the_uk(gaz):
    entry = resolve(gaz, "Rain swept across England.", ["England"])["England"]
    assert (entry.name, entry.kind, entry.country) == ("England", "region", "GBR")


def test_places_resolve_unknown_name_stays_unresolved(gaz):
    assert resolve(gaz, "They met at Qwxlzyville.", ["Qwxlzyville"])["Qwxlzyville"] is None


@pytest.mark.parametrize("text, others, kept", [
    ("Greer voted.", [], False),
    ("Greer voted, and Spartanburg, South Carolina followed.", ["Spartanburg", "South Carolina"], True),
])
def test_places_resolve_weak_town_needs_backing(gaz, text, others, kept):
    toponyms = [Toponym("Greer", 0, 5, "weak", "Greer")] + toponyms_in(text[5:], others)
    toponyms = [toponyms[0]] + [t._replace(start=t.start + 5, end=t.end + 5) for t in toponyms[1:]]
    resolved = resolve_toponyms(text, toponyms, gaz)
    greer = [r.entry for r in resolved if r.toponym.text == "Greer"]
    assert bool(greer) == kept
    if kept:
        assert greer[0].admin1 == "SC"
