"""A common noun for a body is named by a country inside its phrase ("Kenya's foreign ministry"), not by "in/of X"
after it ("the children's hospital in Gaza City" is a description, no named actor)."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 3, 4)


def _named(doc):
    return [a.name for a in doc._.actors if a.named]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Doctors said the only working hospital in South Sudan had run out of fuel.", "hospital"),
        ("Investigators said the money moved through a small bank in Kyrgyzstan before reaching the group.", "bank"),
        ("The shipments were paid for by a trading company in Turkey, the documents show.", "company"),
        ("The group acts as a private agency of the Iranian state, diplomats say.", "agency"),
        ("Patients were moved from the main hospital in Nyala to clinics outside the city.", "hospital"),
    ],
)
def test_actors_body_noun_before_a_place_is_no_named_actor(run_actors, text, word):
    doc = run_actors(text, published=PUBLISHED)
    assert not [name for name in _named(doc) if word in name]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Kenya's foreign ministry said on Monday the envoy had been summoned.", "ministry"),
        ("The Chinese embassy in Manila rejected the report on Tuesday.", "embassy"),
    ],
)
def test_actors_body_noun_with_its_country_inside_stays_named(run_actors, text, word):
    doc = run_actors(text, published=PUBLISHED)
    assert [name for name in _named(doc) if word in name]
