"""A lone given name after the full name of a person whose people are called by their given name (Thai,
Ethiopian, Eritrean, Icelandic, Indonesian) is that person (``pipeline.stages.actors.name_order.GIVEN_NAME_CALLED``)."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 7, 14)


def _named(doc):
    return sorted(a.name for a in doc._.actors if a.named)


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Thai Foreign Minister Maris Sangiampongsa met his Cambodian counterpart on Friday. Maris said the talks "
         "had gone well.", ["Maris Sangiampongsa"]),
        ("Icelandic Prime Minister Kristrun Frostadottir said on Monday that the vote would go ahead. Kristrun said "
         "she was confident.", ["Kristrun Frostadottir"]),
        ("Thai opposition leader Natthaphong Ruengpanyawut spoke on Monday. Natthaphong said the party was ready.",
         ["Natthaphong Ruengpanyawut"]),
    ],
)
def test_actors_given_name_joins_person(run_actors, text, actors):
    doc = run_actors(text, published=PUBLISHED)
    assert _named(doc) == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a Kenyan is called by surname: a lone given name is someone else
        ("Kenyan President William Ruto spoke on Monday. William said he was confident.", ["William", "William Ruto"]),
    ],
)
def test_actors_given_name_of_other_countries_stays(run_actors, text, actors):
    doc = run_actors(text, published=PUBLISHED)
    assert _named(doc) == actors
