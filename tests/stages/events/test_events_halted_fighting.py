"""Fighting halted, stopped, ended or suspended is a de-escalation, RETREAT (CAMEO 0871/087: the CAMEO dictionary's
"halt attack", "stop attack", "end blockade"), not the attack it names; halting aid or talks stays a SANCTION."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Chile halted its offensive against Peru.", [("RETREAT", {"CHL"}, {"PER"})]),
    ("Chile suspended its attacks on Peru.", [("RETREAT", {"CHL"}, {"PER"})]),
    ("Chile stopped the shelling of Peruvian towns.", [("RETREAT", {"CHL"}, {"PER"})]),
    # whom the ended act bore on is named by "of" too
    ("Chile ended the blockade of Peru.", [("RETREAT", {"CHL"}, {"PER"})]),
    ("Chile lifted its siege of the Peruvian capital.", [("RETREAT", {"CHL"}, {"PER"})]),
    ("Chile suspended talks with Peru.", [("SANCTION", {"CHL"}, {"PER"})]),
    ("Chile halted aid to Peru.", [("SANCTION", {"CHL"}, {"PER"})]),
])
def test_events_halted_fighting_is_a_retreat(code, text, expected):
    assert [(e.type, set(e.source_countries), set(e.target_countries)) for e in code(text)._.events] == expected
