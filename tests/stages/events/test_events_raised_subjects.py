"""Who does what a passive verb's complement tells: its passive subject (pipeline.stages.events.syntax.subject_of)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Ecuador is expected to sign a deal with Peru.", ("AGREE", {"ECU", "PER"}, set())),
    ("Norway is expected to expel two Iranian diplomats.", ("SANCTION", {"NOR"}, {"IRN"})),
    ("Mongolia is scheduled to sign an accord with Bhutan.", ("AGREE", {"MNG", "BTN"}, set())),
])
def test_events_passive_subject_does_the_complement(code, text, expected):
    assert [(e.type, set(e.source_countries), set(e.target_countries)) for e in code(text)._.events][:1] == [expected]
