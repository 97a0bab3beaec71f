"""A people named with its place or kind ("Kosovo Serbs", "Bosnian Croats", "ethnic Albanians") that NER took for a
person is a group, no named actor (``non_actor_names.names_people_of_place``); a person's name ending in "s" is not."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 3, 4)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Montenegro Serbs voted against the bill on Sunday.", "Montenegro Serbs"),
        ("Bosnian Croats rallied in Mostar on Saturday.", "Bosnian Croats"),
        ("Macedonia Albanians boycotted the census.", "Macedonia Albanians"),
    ],
)
def test_actors_people_of_place_is_no_named_actor(run_actors, text, words):
    doc = run_actors(text, published=PUBLISHED)
    assert not [a for a in doc._.actors if a.named and words in a.name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Senator Maria Jones met reporters on Monday.", "Maria Jones"),
        ("Coach Tom Banks said the team would travel.", "Tom Banks"),
    ],
)
def test_actors_names_ending_in_s_stay_people(run_actors, text, name):
    doc = run_actors(text, published=PUBLISHED)
    assert name in [a.name for a in doc._.actors if a.named and a.type == "person"]
