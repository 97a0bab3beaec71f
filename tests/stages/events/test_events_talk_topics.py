"""What a meeting or talk is about ("discussed the situation in Venezuela") names no co-party, even when a country
sits in a phrase on it; a partner the parse hung on the topic ("discussed trade with Peru") still is one
(coding.is_topic)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("The Brazilian president discussed the war in Ukraine with the French president.", ("CONSULT", {"BRA", "FRA"})),
    ("Chile and Peru discussed the crisis in Haiti on Monday.", ("CONSULT", {"CHL", "PER"})),
    ("Chile discussed trade with Peru.", ("CONSULT", {"CHL", "PER"})),
    ("Chile's foreign minister met his Peruvian counterpart in Santiago.", ("CONSULT", {"CHL", "PER"})),
])
def test_events_talk_topic_is_no_party(code, text, expected):
    events = [(e.type, set(e.source_countries)) for e in code(text)._.events]
    assert expected in events
