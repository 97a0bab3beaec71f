"""Harm done by a natural hazard ("a typhoon killed 150 people") is no political act: no ASSAULT or COERCE
(selection.is_natural_harm, models/en/event_natural_hazards.txt)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, harmed", [
    ("A typhoon killed at least 150 people in the Philippines last week.", False),
    ("Floods destroyed more than 3,000 homes in northern Pakistan last week.", False),
    ("Twelve people were killed by the earthquake in eastern Turkey.", False),
    ("Russian forces killed 12 civilians in Kharkiv on Monday.", True),
    ("Syrian troops destroyed homes in Idlib after the storm.", True),
])
def test_events_harm_by_nature_is_no_event(code, text, harmed):
    events = [e for e in code(text)._.events if e.type in {"ASSAULT", "COERCE"}]
    assert bool(events) is harmed
