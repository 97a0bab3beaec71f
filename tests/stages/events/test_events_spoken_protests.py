"""A protest in words is an ACCUSE, a protest in the street a PROTEST (PLOVER manual; the "spoken" flag of
models/en/event_triggers.tsv, pipeline.stages.events.triggers.is_spoken)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Bolivia protested that Chilean police were mistreating its migrants.", "ACCUSE"),
    ("Bolivia protested to Chile over the treatment of its migrants.", "ACCUSE"),
    ("Chilean police are mistreating Bolivian migrants, a Bolivian rights group protested on Monday.", "ACCUSE"),
    ("Thousands of Bolivians protested in La Paz against the Chilean government.", "PROTEST"),
    ("Students protested outside the Chilean embassy in La Paz.", "PROTEST"),
])
def test_events_protest_type_follows_how_it_is_made(code, text, expected):
    assert [e.type for e in code(text)._.events][:1] == [expected]
