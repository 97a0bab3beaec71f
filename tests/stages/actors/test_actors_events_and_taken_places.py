"""Names that are an event or a place taken by force, not actors (``pipeline.stages.actors.non_actor_names``):
"the Asian Games", "the Freedom Shield exercise", "the rebels seized Goma", "the Dhaka-Delhi thaw"."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 3, 2)


def _actor_texts(doc):
    return [m.text for m in doc._.actor_mentions]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The prime minister will attend the Commonwealth Heads of Government Meeting in Samoa next month.",
         "Commonwealth Heads of Government Meeting"),
        ("Thousands of troops took part in the annual Talisman Sabre exercise off Queensland.", "Talisman Sabre"),
    ],
)
def test_actors_gathering_or_exercise_name_is_no_actor(run_actors, text, name):
    doc = run_actors(text, published=PUBLISHED)
    assert not [t for t in _actor_texts(doc) if name in t or t in name and len(t) > 3]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Fighters of the group seized Goma in January and advanced south towards the lake.", "Goma"),
        ("The rebels entered Bukavu on Friday after government troops withdrew.", "Bukavu"),
        ("Ethiopian troops entered Baidoa and Beledweyne in Somalia, witnesses said.", "Beledweyne"),
        ("Rebel fighters have surrounded Sittwe, where the port is being built.", "Sittwe"),
        # no person's name ends with a word for a division of a country
        ("The offensive began in northern Rakhine State in November, officials said.", "Rakhine State"),
    ],
)
def test_actors_object_of_place_taking_verb_is_no_actor(run_actors, text, place):
    doc = run_actors(text, published=PUBLISHED)
    assert place not in _actor_texts(doc)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a person stays a person: the verb takes people ("met"), or the name is no place the gazetteer knows
        ("Government forces captured Abdel Rahim Dagalo's convoy, the army said.", "Abdel Rahim Dagalo"),
        ("The president met Felix Tshisekedi in Luanda on Monday.", "Felix Tshisekedi"),
        # a summit named by its leaders names them; a body the dictionary knows is one inside a summit's name
        ("Officials prepared for the Trump-Kim summit in Hanoi.", "Trump"),
        ("Leaders met at the ASEAN Summit in Vientiane on Thursday.", "ASEAN"),
    ],
)
def test_actors_people_near_these_words_stay_actors(run_actors, text, name):
    doc = run_actors(text, published=PUBLISHED)
    assert any(name in t for t in _actor_texts(doc))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The extradition request tests a fragile Dhaka-Delhi thaw.", []),
        # a body joined to a country by a dash is still the body
        ("The Israel-Hamas ceasefire held for a second day.", ["Hamas"]),
    ],
)
def test_actors_places_joined_by_dashes_are_no_body(run_actors, text, expected):
    doc = run_actors(text, published=PUBLISHED)
    assert [a.name for a in doc._.actors if a.named] == expected
