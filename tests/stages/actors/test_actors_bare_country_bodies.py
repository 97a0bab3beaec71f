"""A body named without its country after the same body named with it is one actor
(``pipeline.stages.actors.body_keys.country_body_named_bare``)."""
from __future__ import annotations

import datetime as dt

import pytest

PUBLISHED = dt.date(2025, 3, 4)


def _named(doc):
    return sorted((a.name, a.country) for a in doc._.actors if a.named)


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        ("The Chilean Senate approved the reform on Monday. The Senate had rejected it in May.",
         [("Chilean Senate", "CHL")]),
        ("Peru's Congress voted to remove the president. Lawmakers in Congress said the vote was legal.",
         [("Peru's Congress", "PER")]),
        ("Brazil's Supreme Court upheld the ruling on Monday. The Supreme Court said the law was valid.",
         [("Brazil's Supreme Court", "BRA")]),
    ],
)
def test_actors_bare_body_joins_country_body(run_actors, text, actors):
    doc = run_actors(text, published=PUBLISHED)
    assert _named(doc) == actors


@pytest.mark.parametrize(
    ("text", "actors"),
    [
        # a body named before a country's is not that country's
        ("The Senate met on Monday. The Chilean Senate met on Tuesday.",
         [("Chilean Senate", "CHL"), ("Senate", None)]),
    ],
)
def test_actors_bare_body_before_country_body_stays(run_actors, text, actors):
    doc = run_actors(text, published=PUBLISHED)
    assert _named(doc) == actors
