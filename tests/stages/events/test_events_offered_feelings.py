"""A verb of expressing with a feeling as its object ("offered condolences to X") expresses it: the feeling's event,
no offer."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Japan offered its condolences to the Philippines after the typhoon.", ("SUPPORT", {"JPN"}, {"PHL"})),
    ("Chile offered its sympathy to Peru after the earthquake.", ("SUPPORT", {"CHL"}, {"PER"})),
    ("Peru offered help to Chile after the fires.", ("AGREE", {"PER"}, {"CHL"})),
])
def test_events_offered_feeling_is_expressed(code, text, expected):
    """"offered condolences to X" expresses them (CAMEO's "offer criticism" pattern): the feeling's event, no
    offer; "offered help" stays an offer."""
    events = [(e.type, set(e.source_countries), set(e.target_countries)) for e in code(text)._.events]
    assert expected in events and not any(t == "AGREE" for t, _, _ in events if expected[0] != "AGREE")
