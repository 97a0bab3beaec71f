"""What is feared or guessed at is not told as happening (pipeline.stages.events.selection.is_apprehended)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Latvia fears a Belarusian attack.",
    "Latvia fears that Belarus will attack its border posts.",
    "Fears of a Belarusian invasion of Lithuania have grown.",
    "The prospect of talks between Chile and Peru has improved.",
    "There is speculation about a visit by the Chilean president to Peru.",
])
def test_events_feared_or_guessed_events_are_no_events(code, text):
    assert code(text)._.events == []


def test_events_event_in_a_clause_of_time_beside_a_fear_is_told(code):
    events = code("Latvia said it feared for its security after Belarus attacked Lithuania.")._.events
    assert [(e.type, set(e.source_countries), set(e.target_countries)) for e in events] == [
        ("ASSAULT", {"BLR"}, {"LTU"})]
