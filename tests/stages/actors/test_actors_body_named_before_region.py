"""One word NER takes for a body before "region", "province" or "district" is a place, even one the gazetteer
lacks ("the coca-growing Chapare region"); a body before "department" stays a body (``place_names._named_place``)."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 10, 20)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Morales, who remains holed up in the coca-growing Chapare region, urged a boycott.", "Chapare"),
        ("Troops moved into the remote Chapare region overnight, officials said.", "Chapare"),
    ],
)
def test_actors_one_word_body_before_a_division_is_a_place(run_actors, text, word):
    doc = run_actors(text, published=PUBLISHED)
    assert not [a.name for a in doc._.actors if a.named and word in a.name]


def test_actors_body_before_department_stays(run_actors):
    doc = run_actors("The Treasury department said on Monday it would act.", published=PUBLISHED)
    assert [a.name for a in doc._.actors if a.named]
