"""A reaction to a thing is aimed at whoever made it, named by the agent of the participle describing the thing
(coding.AUTHORED_TYPES, arguments.authors_of): "rejected the proposal made by Peru" targets Peru. Other acts on a
thing do not target its author ("lifted the sanctions imposed by the UN")."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text, expected", [
    ("Chilean farmers staged a protest against new laws imposed by the Peruvian government.",
     ("PROTEST", {"CHL"}, {"PER"})),
    ("Chile condemned the attack carried out by Peruvian troops.", ("ACCUSE", {"CHL"}, {"PER"})),
    ("Chile rejected the proposal made by Peru.", ("REJECT", {"CHL"}, {"PER"})),
    ("Chile welcomed the decision taken by the Peruvian government.", ("SUPPORT", {"CHL"}, {"PER"})),
    ("Chile lifted the sanctions imposed by Peru.", ("CONCEDE", {"CHL"}, set())),
])
def test_events_reaction_to_a_thing_targets_its_author(code, text, expected):
    assert [(e.type, set(e.source_countries), set(e.target_countries)) for e in code(text)._.events][:1] == [expected]
