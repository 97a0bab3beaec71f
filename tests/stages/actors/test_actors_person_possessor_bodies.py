"""A body's name NER opened with the possessive of a person named in the article is the body's name after it
(``pipeline.stages.actors.name_spans.after_person_possessor``)."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2024, 5, 17)


def _named(doc):
    return sorted(a.name for a in doc._.actors if a.named)


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("President Bernardo Arevalo spoke on Monday. Prosecutors are investigating members of Arevalo's Semilla "
         "movement.", ["Bernardo Arevalo", "Semilla movement"]),
        ("President Bernardo Arevalo said on Friday that prosecutors were harassing leaders of Arevalo's Semilla "
         "party.", ["Bernardo Arevalo", "Semilla party"]),
    ],
)
def test_actors_person_possessor_is_no_part_of_body(run_actors, text, actors):
    doc = run_actors(text, published=PUBLISHED)
    assert _named(doc) == actors


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # no person of that name in the article: the name stands as NER found it
        ("Prosecutors are investigating members of the St. Mary's Youth Movement.", "St. Mary's Youth Movement"),
    ],
)
def test_actors_possessive_of_no_person_stays(run_actors, text, name):
    doc = run_actors(text, published=PUBLISHED)
    assert name in _named(doc)
