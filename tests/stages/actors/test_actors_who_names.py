"""Names NER missed that a relative "who" describes are people's (``who_names``); not a place's name."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 3, 4)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("09:45 - Amadou Kone, who leads the Sahel Alliance (SA), tells reporters the rebels have taken Goma.",
         "Amadou Kone"),
    ],
)
def test_actors_untagged_speaker_is_a_person(run_actors, text, name):
    doc = run_actors(text, published=PUBLISHED)
    assert name in [a.name for a in doc._.actors if a.type == "person"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Aid reached South Kivu, which flooded in May.", "South Kivu"),  # "which", not "who"
        ("Residents of Port Dalby, who fled on Sunday, returned.", "Port Dalby"),  # "who" describes the residents
    ],
)
def test_actors_place_names_that_speak_are_no_people(run_actors, text, words):
    doc = run_actors(text, published=PUBLISHED)
    assert not [a for a in doc._.actors if a.type == "person" and words in a.name]
