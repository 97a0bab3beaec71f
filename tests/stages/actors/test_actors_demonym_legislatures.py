"""A legislature's own name after a nationality word of its country, which NER took for a person, is the
legislature (``pipeline.stages.actors.known_names.known_legislature_not_place``)."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 6, 1)


def _actor(doc, name):
    return next((a.type, a.country) for a in doc._.actors if a.name == name)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Lithuanian Seimas speaker Saulius Skvernelis said the vote was historic.", "Lithuanian Seimas", "LTU"),
        ("Estonian Riigikogu speaker Lauri Hussar said the vote was historic.", "Estonian Riigikogu", "EST"),
    ],
)
def test_actors_demonym_legislature_is_body(run_actors, text, name, country):
    doc = run_actors(text, published=PUBLISHED)
    assert _actor(doc, name) == ("organization", country)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # the speaker's country comes from the legislature in the title
        ("Estonian Riigikogu speaker Lauri Hussar said the vote was historic.", "Lauri Hussar", "EST"),
    ],
)
def test_actors_speaker_of_demonym_legislature_takes_country(run_actors, text, name, country):
    doc = run_actors(text, published=PUBLISHED)
    assert _actor(doc, name) == ("person", country)
