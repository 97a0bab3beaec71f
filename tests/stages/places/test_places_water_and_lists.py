"""Places stage, resolution: a sea or ocean is never a town or county of its name, and names listed together
are of one kind."""
from __future__ import annotations

import pytest

from pipeline.stages.places.resolution import resolve_toponyms
from places_helpers import toponyms_in


def resolve(gaz, text, names):
    return {r.toponym.text: r.entry for r in resolve_toponyms(text, toponyms_in(text, names), gaz)}


@pytest.mark.parametrize("text, names, name, expected", [
    ("Boats from Long Beach and Raymond, Washington headed into the Pacific.",
     ["Long Beach", "Raymond", "Washington", "Pacific"], "Pacific", "Pacific Ocean"),
    ("Anglers in Ocean City and Somers Point, New Jersey fish the Atlantic.",
     ["Ocean City", "Somers Point", "New Jersey", "Atlantic"], "Atlantic", "Atlantic Ocean"),
    ("Barges on the Danube were stopped.", ["Danube"], "Danube", "Danube"),
])
def test_places_resolve_water_over_namesake(gaz, text, names, name, expected):
    entry = resolve(gaz, text, names)[name]
    assert (entry.name, entry.kind, entry.country) == (expected, "other", None)


def test_places_resolve_qualified_namesake_of_water(gaz):
    # a qualifier still names the place on land
    entry = resolve(gaz, "The store in Pacific, Wash., reopened.", ["Pacific", "Wash."])["Pacific"]
    assert entry.country == "USA" and entry.admin1 == "WA"


@pytest.mark.parametrize("text, names, name, kind, admin1", [
    # listed among states, "Washington" is the state, not the capital
    ("Snow fell across Oregon, Washington and Idaho.", ["Oregon", "Washington", "Idaho"], "Washington",
     "region", "WA"),
    ("Growers in Utah, Washington, and Colorado sold more.", ["Utah", "Washington", "Colorado"], "Washington",
     "region", "WA"),
    # alone, it is the capital
    ("Officials in Washington said no.", ["Washington"], "Washington", "city", "DC"),
    # a town and its state written "Town, State" is no list
    ("The mayor of Vancouver, Washington spoke.", ["Vancouver", "Washington"], "Vancouver", "city", "WA"),
])
def test_places_resolve_listed_names_of_one_kind(gaz, text, names, name, kind, admin1):
    entry = resolve(gaz, text, names)[name]
    assert (entry.kind, entry.admin1) == (kind, admin1)
