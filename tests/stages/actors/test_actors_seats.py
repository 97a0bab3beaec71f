"""A state body whose name names no country is the one of the capital named right after it
(``seats.country_from_seat``); a body that names its country, an international body and a company keep theirs."""
from __future__ import annotations

import pytest
from actors_helpers import _actors_at


@pytest.mark.parametrize(("text", "span", "country"), [
    ("The Joint Chiefs of Staff in Tokyo said two missiles had landed at sea.", "Joint Chiefs of Staff", "JPN"),
    ("The Foreign Office in Nairobi summoned the envoy on Monday.", "Foreign Office", "KEN"),
    # its own country word wins
    ("The British Foreign Office in Nairobi said it was concerned.", "Foreign Office", "GBR"),
])
def test_actors_country_of_the_seat(run_actors, text, span, country):
    assert [a.country for a in _actors_at(run_actors(text), span)] == [country]


def test_actors_international_body_has_no_seat_country(run_actors):
    found = _actors_at(run_actors("NATO in Brussels said the drills would go on."), "NATO")
    assert [a.country for a in found] == [None]
