"""A name NER missed right after a singular word only a person holds, which modifies it, is that person
(``titles.names_after_role_words``), with the role word's sector."""
from __future__ import annotations

import pytest
from actors_helpers import _actors_at


@pytest.mark.parametrize(
    ("text", "span", "found"),
    [
        ("Human rights activist Ana Ruiz was arrested on Monday.", "Ana Ruiz", [("Ana Ruiz", "person", "CVL")]),
        ("Army spokesman Ned Okoro said nothing on Monday.", "Ned Okoro", [("Ned Okoro", "person", "MIL")]),
        ("Opposition lawmaker Ana Ruiz voted against the bill.", "Ana Ruiz", [("Ana Ruiz", "person", "LEG")]),
        # a role word of a group of people names no one
        ("Soldiers Monday Morning Patrol left.", "Monday", [("Soldiers Monday Morning Patrol", "group", "MIL")]),
    ],
)
def test_actors_name_after_a_role_word(base_nlp, text, span, found):
    from pipeline.stages.actors import ActorStage

    doc = base_nlp(text)
    doc.ents = []  # as when NER misses the name
    doc = ActorStage(base_nlp)(doc)
    assert [(a.name, a.type, a.sector) for a in _actors_at(doc, span)] == found
