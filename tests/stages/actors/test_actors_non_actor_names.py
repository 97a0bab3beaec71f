"""Names NER labels as people or bodies that name no actor (``pipeline.stages.actors.non_actor_names``): a treaty,
a scraped page's label for related stories."""
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
    ("text", "name"),
    [
        # the agreement word must close the name
        ("Leaders of the Convention People's Party met on Monday in Accra.", "Convention People's Party"),
        ("The Collective Security Treaty Organization said it would send troops.",
         "Collective Security Treaty Organization"),
    ],
)
def test_actors_names_without_those_words_stay(run_actors, text, name):
    doc = run_actors(text, published=PUBLISHED)
    assert name in _named(doc)
