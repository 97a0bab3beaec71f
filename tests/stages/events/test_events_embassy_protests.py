"""People who protest at a country's embassy or consulate protest against that country; the town it stands in tells
whose people they are (coding.is_mission)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Thousands of Iranians protested outside the British embassy in Tehran on Sunday.", ("PROTEST", {"IRN"}, {"GBR"})),
    ("Hundreds of students rallied in front of the Japanese embassy in Seoul on Monday.",
     ("PROTEST", {"KOR"}, {"JPN"})),
    ("Demonstrators protested outside the Israeli embassy in Amman on Friday.", ("PROTEST", {"JOR"}, {"ISR"})),
    ("Farmers protested in Paris against the new trade rules.", ("PROTEST", {"FRA"}, set())),
])
def test_events_protest_at_an_embassy_targets_its_country(code, text, expected):
    events = [(e.type, set(e.source_countries), set(e.target_countries)) for e in code(text)._.events]
    assert expected in events
