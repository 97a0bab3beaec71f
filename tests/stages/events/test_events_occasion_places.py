"""A meeting or a trip an event took place at or on places it: "at a summit in Brussels", "during a visit to
Beijing", "Peru's president, on a visit to Madrid, ..." (attachment.is_gathering_frame, is_visit_destination)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, place", [
    ("The Iranian foreign minister condemned the strikes during a visit to Beijing on Tuesday.", "Beijing"),
    ("At a summit in Brussels on Thursday, EU leaders agreed to impose new sanctions on Russia.", "Brussels"),
    ("Peru's president, on a visit to Madrid, signed a trade agreement with Spain.", "Madrid"),
])
def test_events_occasion_places_the_event(run_stage, text, place):
    doc = run_stage(text)
    names = {p.place_id: p.name for p in doc._.places}
    assert [names.get(e.place_id) for e in doc._.events][:1] == [place]


def test_events_what_a_statement_is_about_is_no_place(run_stage):
    """An occasion places the event only when it frames it, not a trip the statement is about."""
    doc = run_stage("Chile criticised Peru's plan for a visit to Bolivia.")
    assert all(e.place_id is None for e in doc._.events)


def test_events_trip_before_the_event_is_no_place(run_stage):
    """What is done before or after a trip happens elsewhere."""
    doc = run_stage("Chile and Peru will discuss the border by phone before the president's visit to Bolivia.")
    assert all(e.place_id is None for e in doc._.events)
