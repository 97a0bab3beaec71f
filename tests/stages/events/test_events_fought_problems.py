"""Fighting a problem is no attack (event_fought_problems.txt, the "foe" flag of fight/battle): "fighting
terrorism", "fight the virus"; fighting people or forces, or fighting somewhere, stays an ASSAULT."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Chile lifted sanctions against Peru, saying it had made progress fighting terrorism.", ["CONCEDE"]),
    ("Chile will help Peru fight the virus.", []),
    ("Chile and Peru vowed to battle corruption.", []),
    ("Chilean troops fought Peruvian forces near the border.", ["ASSAULT"]),
    ("Chilean troops are fighting drug traffickers in Peru.", ["ASSAULT"]),
    ("Chilean troops are fighting in northern Peru.", ["ASSAULT"]),
])
def test_events_fighting_a_problem_is_no_attack(code, text, expected):
    assert [e.type for e in code(text)._.events] == expected
