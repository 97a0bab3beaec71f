"""Whoever is due, set or likely to do something does it (syntax.SCHEDULE_ADJECTIVES): "The Chilean president is
due to visit Peru" is Chile's visit."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("The Chilean president is due to visit Peru next month.", ("CONSULT", {"CHL"}, {"PER"}, "planned")),
    ("The Chilean president is set to visit Peru next month.", ("CONSULT", {"CHL"}, {"PER"}, "planned")),
])
def test_events_subject_of_a_scheduling_adjective_does_the_act(code, text, expected):
    assert [(e.type, set(e.source_countries), set(e.target_countries), e.modality)
            for e in code(text)._.events][:1] == [expected]
