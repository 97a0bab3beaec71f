"""An event done by no one named to a party of no country and no name is a side of its sentence's news when
another event there has a country (extraction.side_events_last); alone, or aimed at a people, it stays."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    # beside an event with countries: only that event
    ("The embassy was attacked on Monday, and Peru recalled its ambassador from Chile.", [("SANCTION", ["PER"])]),
    # a people is a party even without a country
    ("Kurdish villagers were attacked on Monday, and Peru recalled its ambassador from Chile.",
     [("ASSAULT", []), ("SANCTION", ["PER"])]),
    # no event of the sentence has a country: all stay
    ("The embassy was attacked on Monday, and the ambassador was recalled.", [("ASSAULT", []), ("SANCTION", [])]),
    ("The embassy was attacked on Monday.", [("ASSAULT", [])]),
])
def test_events_side_events_give_way(code, text, expected):
    assert [(e.type, e.source_countries) for e in code(text)._.events] == expected
