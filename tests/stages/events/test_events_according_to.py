"""An "according to X" phrase names who reports an act, not what it acts on: its word "according" is no argument of
the trigger ("According to X, jets struck Y" is no agreement struck, as "struck an accord" is)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("According to the Peruvian defence ministry, Chilean jets struck an airbase near Arica on Saturday.",
     ("ASSAULT", {"CHL"})),
    ("Chile and Peru struck an accord on fishing rights on Monday.", ("AGREE", {"CHL", "PER"})),
])
def test_events_according_to_is_no_argument(code, text, expected):
    events = [(e.type, set(e.source_countries)) for e in code(text)._.events]
    assert expected in events and not any(t == "AGREE" for t, _ in events if expected[0] != "AGREE")
