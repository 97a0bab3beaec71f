"""A town or region naming an event is where it was held, not a party (pipeline.stages.events.coding.is_venue)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Under the Minsk agreements, Ukraine was to grant autonomy to the Donbas.",
    "Lavrov said the Astana talks had stalled.",
])
def test_events_a_venue_is_no_party(run_stage, text):
    assert all(not {"BLR", "KAZ"} & set(e.source_countries) for e in run_stage(text)._.events)


@pytest.mark.parametrize("text, expected", [
    # a country naming an event is a party to it
    ("The Iran deal was praised by Oman.", {"IRN"}),
    ("Chilean sanctions on Bolivia took effect on Monday.", {"CHL"}),
])
def test_events_a_country_naming_an_event_is_a_party(run_stage, text, expected):
    events = run_stage(text)._.events
    assert events and expected <= set(events[0].source_countries) | set(events[0].target_countries)
