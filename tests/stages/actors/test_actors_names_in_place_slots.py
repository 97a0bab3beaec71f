"""A one-word name NER took for a person, right after "in", "near", "outside" or "around", is a place the gazetteer
may lack ("an administration in Maungdaw"), unless a noun of attitude governs the preposition ("confidence in X"),
a possessive follows, or a person of the story bears it as a surname
(``pipeline.stages.actors.non_actor_names.lone_name_in_place_slot``)."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 1, 21)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said the group had set up an administration in Maungdaw and would allow aid agencies to work there.",
         []),
        ("Aid workers said conditions in Kutupalong had worsened.", []),
        # a possessive after the name: the person's
        ("Officials in Ruto's office declined to comment.", ["William Ruto"]),
    ],
)
def test_actors_lone_name_in_place_slot_is_a_place(run_actors, text, expected):
    doc = run_actors(text, published=PUBLISHED)
    assert [a.name for a in doc._.actors if a.named] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one sense per story: a word used as a place elsewhere is that place where NER took it for a person
        ("The long road out of Maungdaw. The group set up an administration in Maungdaw and would let aid in.", []),
        # ... but not a word that is a person's surname in the story
        ("Rodrigo Paz met voters in La Paz. Paz said the vote would be close.", ["Rodrigo Paz"]),
    ],
)
def test_actors_place_word_of_the_story_is_a_place_throughout(run_actors, text, expected):
    doc = run_actors(text, published=PUBLISHED)
    assert [a.name for a in doc._.actors if a.named] == expected
