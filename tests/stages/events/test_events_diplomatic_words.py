"""Diplomatic acts in words the trigger table lacked: "shut" a border as "close" does (SANCTION), a protest note
(ACCUSE, as a lodged protest), receiving a visiting official (CONSULT, CAMEO 043 'receive ambassador/envoy/leader'),
and regret voiced over something (ACCUSE, as CAMEO codes the verb 'regret', 110)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Peru shut its border with Chile.", [("SANCTION", {"PER"}, {"CHL"})]),
    ("Chile sent a protest note to Peru.", [("ACCUSE", {"CHL"}, {"PER"})]),
    ("Chile received the Peruvian foreign minister in Santiago.", [("CONSULT", {"CHL"}, {"PER"})]),
    ("Chile voiced regret over the Peruvian decision.", [("ACCUSE", {"CHL"}, {"PER"})]),
    # receiving a thing is no visit, and a note alone no protest
    ("Chile received a letter from Peru.", []),
    ("Chile sent a note to Peru.", []),
])
def test_events_diplomatic_words(run_stage, text, expected):
    assert [(e.type, set(e.source_countries), set(e.target_countries)) for e in run_stage(text)._.events] == expected
