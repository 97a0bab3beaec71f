"""An object pronoun of a verb joined to an earlier one stands for whom that verb acted on
(phrases.pronoun_antecedent): "called X and urged him to ..." urges X, not the caller."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("The Chilean president called President Ramos of Peru on Monday and urged him to avoid any escalation.",
     ("REQUEST", {"CHL"}, {"PER"})),
    ("Chile summoned the Peruvian ambassador and warned him against interference.", ("THREATEN", {"CHL"}, {"PER"})),
    ("Chile expelled the Peruvian ambassador and accused him of spying.", ("ACCUSE", {"CHL"}, {"PER"})),
])
def test_events_object_pronoun_after_and_is_the_earlier_object(code, text, expected):
    events = [(e.type, set(e.source_countries), set(e.target_countries)) for e in code(text)._.events]
    assert expected in events


@pytest.mark.parametrize("text, expected", [
    ("The Chilean president spoke by phone with President Ramos of Peru on Monday and urged him to reopen the border.",
     ("REQUEST", {"CHL"}, {"PER"})),
    ("Chile talked to the Peruvian foreign minister and asked him to release the fishermen.",
     ("REQUEST", {"CHL"}, {"PER"})),
    ("Norway expelled two Russian diplomats on Friday, accusing them of spying.", ("ACCUSE", {"NOR"}, {"RUS"})),
])
def test_events_object_pronoun_stands_for_whom_the_earlier_verb_acted_with(code, text, expected):
    """"spoke with X and urged him": "him" is X, whom "spoke" acted with; a participle clause hung on the earlier verb
    ("expelled X, accusing them of ...") goes on from it the same way."""
    events = [(e.type, set(e.source_countries), set(e.target_countries)) for e in code(text)._.events]
    assert expected in events
