"""The two sides of a reciprocal thing ("the agreement between X and Y") are co-sources of a reciprocal act on it
("signed a pact between X and Y"), and whom any other act on it bears on ("hailed the agreement between X and Y")
(arguments.argument_heads)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Brazil hailed the ceasefire agreement between Israel and Lebanon.", ("SUPPORT", {"BRA"}, {"ISR", "LBN"})),
    ("Russia condemned the talks between Ukraine and the United States.", ("ACCUSE", {"RUS"}, {"UKR", "USA"})),
    ("A memorandum between Chile and Peru was signed on Monday.", ("AGREE", {"CHL", "PER"}, set())),
])
def test_events_pair_of_a_thing_acted_on(code, text, expected):
    events = [(e.type, set(e.source_countries), set(e.target_countries)) for e in code(text)._.events]
    assert expected in events
