"""A reaction noun drawn out by a verb ("X's decision drew criticism from Y", "sparked condemnation from Y") is
Y's reaction to X: "from" names the source, the drawing subject the target (arguments.is_drawn_reaction)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Chile's decision to close the border drew sharp criticism from Peru.", ("ACCUSE", {"PER"}, {"CHL"})),
    ("Bolivia's new tariffs sparked condemnation from Paraguay on Monday.", ("ACCUSE", {"PRY"}, {"BOL"})),
])
def test_events_drawn_reaction_comes_from_the_from_party(code, text, expected):
    events = [(e.type, set(e.source_countries), set(e.target_countries)) for e in code(text)._.events]
    assert expected in events
