"""A person's name NER ran into "of <country>" and took for a body is the person
(``pipeline.stages.actors.known_names.person_of_country``)."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2024, 2, 17)


def _named(doc):
    return sorted((a.name, a.type, a.country) for a in doc._.actors if a.named)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The talks were chaired by Moussa Faki Mahamat of Chad and Macky Sall of Senegal.",
         ("Moussa Faki Mahamat", "person", "TCD")),
        ("The talks were chaired by Moussa Faki Mahamat of Chad and Macky Sall of Senegal.",
         ("Macky Sall", "person", "SEN")),
    ],
)
def test_actors_person_of_country_is_person(run_actors, text, actor):
    doc = run_actors(text, published=PUBLISHED)
    assert actor in _named(doc)


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("The Bank of Chad and the University of Ghana signed the deal.", ("Bank of Chad", "organization", "TCD")),
    ],
)
def test_actors_body_of_country_stays_body(run_actors, text, actor):
    doc = run_actors(text, published=PUBLISHED)
    assert actor in _named(doc)
