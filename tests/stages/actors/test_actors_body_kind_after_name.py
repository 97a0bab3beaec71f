"""A body's kind written after its name is no part of the name: "the ruling Civil Contract party" names Civil
Contract, whose mention keeps the whole phrase (``ner_names``)."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 3, 26)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The law passed easily, as the ruling Civil Contract party holds a majority.", "Civil Contract"),
        ("The bill was backed by Prime Minister Ana Ruiz's Civic Unity party on Tuesday.", "Civic Unity"),
    ],
)
def test_actors_party_word_after_a_name_is_no_part_of_it(run_actors, text, name):
    doc = run_actors(text, published=PUBLISHED)
    actor = next(a for a in doc._.actors if a.named and a.name == name)
    # the mention keeps the kind word: "Civil Contract party" is still a form the text uses
    assert any(m.text.endswith("party") for m in doc._.actor_mentions if m.entity_id == actor.actor_id)
