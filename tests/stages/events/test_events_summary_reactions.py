"""A reaction told in a relative clause on a noun that sums up the clause before it ("signed a pact, a move China
criticised") is news told in passing, aimed at whoever did the act summed up (selection.is_summary_reaction,
merging.summed_up_doers)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Japan imposed sanctions on Russia on Monday, a move that China condemned.", ("ACCUSE", {"CHN"}, {"JPN"})),
    ("Chile recalled its ambassador from Peru, a decision Bolivia welcomed.", ("SUPPORT", {"BOL"}, {"CHL"})),
    ("Albania's prime minister held talks with Kosovo's president in Pristina, a meeting Serbia condemned.",
     ("ACCUSE", {"SRB"}, {"ALB", "XKX"})),
])
def test_events_summary_reaction_targets_the_doers(code, text, expected):
    events = [(e.type, set(e.source_countries), set(e.target_countries)) for e in code(text)._.events]
    assert expected in events


@pytest.mark.parametrize("text", [
    "Chile and Peru signed a trade deal in 2019, which Bolivia has long opposed.",  # history, not news
    "Chile criticised the leader of the group that Peru condemned last year.",  # not summing up a clause
])
def test_events_other_relative_reactions_stay_background(code, text):
    assert not any(e.trigger in {"opposed", "condemned"} for e in code(text)._.events)
