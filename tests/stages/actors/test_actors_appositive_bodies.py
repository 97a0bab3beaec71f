"""A body described, then named in apposition, is one actor named by its name
(``pipeline.stages.actors.merging._fold_appositive_bodies``)."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 5, 20)


def _named(doc):
    return sorted((a.name, a.country) for a in doc._.actors if a.named)


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("Latvia's parliament, the Saeima, voted on Thursday to leave the treaty.", [("Saeima", "LVA")]),
        ("Israel's parliament, the Knesset, passed the law late on Monday.", [("Knesset", "ISR")]),
        ("Mexico's ruling party, Morena, won the vote on Sunday.", [("Morena", "MEX")]),
        ("Lawmakers in Israel's parliament, the Knesset.", [("Knesset", "ISR")]),
        # the parse takes the name for no appositive; a country's body in lower case, a name of no country
        ("The deal was approved by the Kyrgyz parliament, the Jogorku Kenesh, earlier this month.",
         [("Jogorku Kenesh", "KGZ")]),
    ],
)
def test_actors_body_named_in_apposition_is_one(run_actors, text, actors):
    doc = run_actors(text, published=PUBLISHED)
    assert _named(doc) == actors


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chile's Senate, the House and the Supreme Court all met on Monday.", "Chile's Senate"),  # a list
        ("Chile's Senate, the House, and the Supreme Court all met on Monday.", "Chile's Senate"),
    ],
)
def test_actors_listed_bodies_stay_apart(run_actors, text, name):
    doc = run_actors(text, published=PUBLISHED)
    assert name in [a.name for a in doc._.actors]
