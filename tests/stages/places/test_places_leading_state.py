"""Places stage, resolution: towns and counties that each exist in several states lie in the one state most of
the article's names could lie in."""
from __future__ import annotations

import pytest

from pipeline.stages.places.resolution import _context, _leading_state, resolve_toponyms
from places_helpers import toponyms_in


def resolve(gaz, text, names):
    return {r.toponym.text: r.entry for r in resolve_toponyms(text, toponyms_in(text, names), gaz)}


@pytest.mark.parametrize("text, names, admin1", [
    ("Crews from Lewisburg and Shelbyville cleared roads across Marshall County.",
     ["Lewisburg", "Shelbyville", "Marshall County"], "TN"),
    ("The Lawrence County fair moved from Bedford to Mitchell this summer.",
     ["Lawrence County", "Bedford", "Mitchell"], "IN"),
])
def test_places_resolve_towns_in_leading_state(gaz, text, names, admin1):
    resolved = resolve(gaz, text, names)
    assert {(resolved[name].country, resolved[name].admin1) for name in names} == {("USA", admin1)}


@pytest.mark.parametrize("names, expected", [
    (["Lawrence County", "Bedford", "Mitchell"], ("USA", "IN")),
    # one name alone makes no leading state
    (["Lawrence County"], None),
    # names that could all lie in either of two states (Tennessee, Kentucky): none leads
    (["Lewisburg", "Shelbyville", "Marshall County"], None),
])
def test_places_leading_state(gaz, names, expected):
    assert _leading_state([gaz.candidates(name) for name in names]) == expected


def test_places_leading_state_leaves_countries_and_states(gaz):
    # a name that may be a country or state is weighed as before: Georgia stays the country here
    text = "Troops left Tbilisi and Georgia accused Russia of shelling Gori."
    assert resolve(gaz, text, ["Tbilisi", "Georgia", "Russia", "Gori"])["Georgia"].kind == "country"



@pytest.mark.parametrize("county, state", [("Collier County", "FL"), ("Cook County", "IL")])
def test_places_settled_county_is_a_point_of_the_context(gaz, county, state):
    # a county settled at its point counts, like a town, as a place the article's other names lie near
    entry = next(c.entry for c in gaz.candidates(county) if c.entry.feature == "county" and c.entry.admin1 == state)
    toponym = toponyms_in(county, [county])[0]
    assert _context([(toponym, entry, 1.0)]).points == [(entry.lat, entry.lon, "USA", state)]


@pytest.mark.parametrize("text, names, name, admin1", [
    # a town of a few hundred people named like a country (Russia, Ohio) does not vote for its state, so
    # Louisville is not taken for the small Louisville of that state
    ("Fans in Louisville and Russia watched the final.", ["Louisville", "Russia"], "Louisville", "KY"),
])
def test_places_minor_namesakes_do_not_lead(gaz, text, names, name, admin1):
    assert resolve(gaz, text, names)[name].admin1 == admin1


def test_places_minor_namesakes_cast_no_vote(gaz):
    # Ohio has a Louisville and a Russia, but its Russia is a village beside the country: no leading state
    assert _leading_state([gaz.candidates(name) for name in ["Louisville", "Russia"]]) is None
