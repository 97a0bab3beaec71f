"""Names NER took for people that are vessels or places (``ner_names.ner_candidate``, ``_named_place``)."""
from __future__ import annotations

import pytest
from actors_helpers import _actors_at


@pytest.mark.parametrize(("text", "span"), [
    # a ship after a lower-case noun for a vessel (models/en/vessel_words.txt)
    ("The navy said the frigate Maria Teresa docked in Split on Monday.", "Maria Teresa"),
    ("Coast guards boarded the tanker Anna Berg off the coast on Friday.", "Anna Berg"),
    # a name before a lower-case word for a division of a country, even one the gazetteer lacks
    ("Missiles were fired from Hwanghae province on Sunday, Seoul said.", "Hwanghae"),
    # a town the gazetteer knows, in a country the story names, after "between" or "the outskirts of"
    ("Chadian troops patrolled between Abeche and Adre, officials in Chad said.", "Adre"),
])
def test_actors_names_that_are_no_people(run_actors, text, span):
    assert [a for a in _actors_at(run_actors(text), span) if a.type == "person"] == []


@pytest.mark.parametrize(("text", "span"), [
    # a person named in full keeps a surname that is also a town's name
    ("Kamala Harris spoke in Ohio. Talks between Sanchez and Harris in the United States were cancelled.", "Harris"),
    # a ship's captain is a person
    ("The ship captain Ivan Petrov was detained in Riga.", "Ivan Petrov"),
])
def test_actors_people_stay_people(run_actors, text, span):
    assert [a.type for a in _actors_at(run_actors(text), span)] == ["person"]
