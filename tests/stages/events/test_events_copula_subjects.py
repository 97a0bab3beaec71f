"""What a copula's subject is tells nothing of who did an event named in its time phrase
(pipeline.stages.events.arguments.argument_heads)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Latvia was calm after the attack.",
    "Poland has been a close ally of Moldova since the invasion.",
])
def test_events_copula_subject_is_no_source_of_a_time_phrase_event(code, text):
    assert code(text)._.events == []


def test_events_speaker_of_a_time_phrase_event_is_its_source(code):
    events = code("The Chilean president said after talks in Lima that trade would grow.")._.events
    assert [(e.type, set(e.source_countries)) for e in events] == [("CONSULT", {"CHL"})]
