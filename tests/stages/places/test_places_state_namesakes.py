"""Places stage, resolution: a small town named like a state is read as the state unless the text qualifies it."""
from __future__ import annotations

import pytest

from pipeline.stages.places.resolution import NAMESAKE_PENALTY, _base_score, _fixed_parts, resolve_toponyms
from places_helpers import toponyms_in


def resolve(gaz, text, names):
    return {r.toponym.text: r.entry for r in resolve_toponyms(text, toponyms_in(text, names), gaz)}


@pytest.mark.parametrize("text, names, name, kind, admin1", [
    # towns of the namesake's state nearby do not turn the state into the small town
    ("Storms moved from Pittsburgh toward California overnight.", ["Pittsburgh", "California"], "California",
     "region", "CA"),
    ("Growers in Madison and across Oregon sold out early.", ["Madison", "Oregon"], "Oregon", "region", "OR"),
    ("The firm shut plants in Grand Rapids and in Wyoming last year.", ["Grand Rapids", "Wyoming"], "Wyoming",
     "region", "WY"),
    # a qualifier still names the town
    ("The mill in California, Pa., closed.", ["California", "Pa."], "California", "city", "PA"),
    ("A parade in Oregon, Wis., drew neighbours.", ["Oregon", "Wis."], "Oregon", "city", "WI"),
])
def test_places_resolve_state_over_small_namesake(gaz, text, names, name, kind, admin1):
    entry = resolve(gaz, text, names)[name]
    assert (entry.kind, entry.country, entry.admin1) == (kind, "USA", admin1)


@pytest.mark.parametrize("text, names, name, country", [
    # a town named like a country is still read by its context (only states of our own table count)
    ("Officers from Youngstown and Poland responded to the crash.", ["Youngstown", "Poland"], "Poland", "USA"),
])
def test_places_resolve_country_namesake_by_context(gaz, text, names, name, country):
    assert resolve(gaz, text, names)[name].country == country



@pytest.mark.parametrize("name", ["Texas", "Nevada", "Washington"])
def test_places_bare_county_named_like_a_state_takes_the_namesake_penalty(gaz, name):
    # a county written without the word "County" and named like a state (Texas County, Missouri) is weighed like a
    # small town of that name: the state's name means the state unless the text qualifies it
    for candidate, base, _qualified, *_ in _fixed_parts(gaz.candidates(name), [], None):
        if candidate.alternate and candidate.entry.feature == "county":
            assert base == _base_score(candidate) - NAMESAKE_PENALTY
