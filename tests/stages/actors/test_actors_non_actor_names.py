"""Names NER labels as people or bodies that name no actor (``pipeline.stages.actors.non_actor_names``): a treaty,
a scraped page's label for related stories, a place after "the village of"."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 6, 2)


def _named(doc):
    return [a.name for a in doc._.actors if a.named]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Lawmakers voted on Tuesday to leave the Oslo Convention on cluster munitions.", "Oslo"),
        ("Both sides said they still honoured the Lusaka Accords signed in 1999.", "Lusaka"),
        ("Manila quit the Rome Statute in 2019, but the court kept its jurisdiction.", "Rome"),
        ("Both states signed the Vienna Covenant on fisheries in 2001.", "Vienna"),
    ],
)
def test_actors_agreement_name_is_no_actor(run_actors, text, word):
    doc = run_actors(text, published=PUBLISHED)
    assert not [name for name in _named(doc) if word in name]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Ministers met in Doha on Monday.\n\nRelated Articles\nGCC envoys meet in Muscat", "Related"),
        ("Ministers met in Amman on Monday.\n\nRelated Articles\nJordan king meets Egyptian president", "Related"),
    ],
)
def test_actors_related_stories_label_is_no_actor(run_actors, text, label):
    doc = run_actors(text, published=PUBLISHED)
    assert not [name for name in _named(doc) if label in name]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Troops fired on positions near the village of Tsaghkashat overnight, the ministry said.", "Tsaghkashat"),
        ("Gunmen attacked the town of Bunia Kabwe, police said.", "Bunia Kabwe"),
        ("Drones struck the village of Kalynivka and the town of Sumy.", "Kalynivka"),
        ("Gunmen attacked the village of Kasika Ndoli, a local official said.", "Kasika Ndoli"),
        ("Police said the attack happened in the district of Karte Parwan.", "Karte Parwan"),
        # later names in the list after a plural settlement noun
        ("Police patrols were sent to the towns of Kerava, Lindholm and Nurmi on Friday.", "Kerava"),
        ("Police patrols were sent to the towns of Kerava, Lindholm and Nurmi on Friday.", "Lindholm"),
        ("Shelling hit the villages of Parvani and Stoyko Vrah overnight.", "Stoyko Vrah"),
    ],
)
def test_actors_name_after_settlement_noun_is_no_actor(run_actors, text, place):
    doc = run_actors(text, published=PUBLISHED)
    assert not [m for m in doc._.actor_mentions if place in m.text]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the agreement word must close the name
        ("Leaders of the Convention People's Party met on Monday in Accra.", "Convention People's Party"),
        ("The Collective Security Treaty Organization said it would send troops.",
         "Collective Security Treaty Organization"),
        ("Mayor of the town, Ana Kovac, said the road was closed.", "Ana Kovac"),  # no "of" right before the name
        ("A spokesman for the Tsaghkashat Council said the road was closed.", "Tsaghkashat Council"),
        # after a singular "the town of", the names listed next are not that town
        ("Leaders from the town of Drenovo, Ivan Petrov and Marko Stoyanov met on Monday.", "Marko Stoyanov"),
    ],
)
def test_actors_names_without_those_words_stay(run_actors, text, name):
    doc = run_actors(text, published=PUBLISHED)
    assert name in _named(doc)
