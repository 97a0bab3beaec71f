""""X spoke to Y" is a conversation (CONSULT: talks, calls) when Y is a party, not when Y is the press
(event_triggers.tsv "speak to" with party_object; triggers.has_party_object leaves news media out)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("President Yoweri Museveni spoke to President Samia Suluhu Hassan of Tanzania on Sunday.", {"UGA", "TZA"}),
    ("The Danish foreign minister spoke to his Swedish counterpart on Friday.", {"DNK", "SWE"}),
])
def test_events_spoke_to_a_party(run_stage, text, expected):
    events = [e for e in run_stage(text)._.events if e.type == "CONSULT"]
    assert events and set(events[0].source_countries) | set(events[0].target_countries) == expected


@pytest.mark.parametrize("text", [
    "The Danish foreign minister spoke to reporters in Copenhagen on Friday.",
    "The Danish foreign minister spoke to the BBC on Friday.",
    "A Danish official spoke to Reuters on condition of anonymity.",
])
def test_events_spoke_to_the_press_is_no_meeting(run_stage, text):
    assert [e.type for e in run_stage(text)._.events if e.type == "CONSULT"] == []
