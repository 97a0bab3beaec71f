"""The nouns of closing a border or an embassy ("the closure of the frontier", "the shutting of the crossing") are
the same SANCTION as the verbs; closing a frontier too."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("The closure of the frontier by Uzbekistan angered Tajikistan.", ("SANCTION", {"UZB"})),
    ("The shutting of the frontier by Chile began on Monday.", ("SANCTION", {"CHL"})),
    ("Peru announced the closing of its embassy in Caracas on Monday.", ("SANCTION", {"PER"})),
    ("Uzbekistan closed the frontier with Tajikistan on Monday.", ("SANCTION", {"UZB"})),
])
def test_events_closure_nouns(code, text, expected):
    events = [(e.type, set(e.source_countries)) for e in code(text)._.events]
    assert expected in events


def test_events_closure_of_other_things_is_no_sanction(code):
    assert not code("Chile announced the closure of a Peruvian factory.")._.events
