"""A legislature, court or party named without its country takes the country of the story's context, as a state
body does (``pipeline.stages.actors.context_countries.CONTEXT_BODY_SECTORS``); its members do not."""
from __future__ import annotations

import datetime as dt

import pytest

from actors_helpers import _country_of

PUBLISHED = dt.date(2025, 3, 4)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("SANTO DOMINGO (AP) — The Senate on Monday approved a tax plan sent by the president.", "Senate", "DOM"),
        ("QUITO, March 3 (Reuters) - The Constitutional Court on Tuesday struck down a decree on mining.",
         "Constitutional Court", "ECU"),
        ("TALLINN — The opposition Centre Party said on Monday it would vote against the budget.", "Centre Party",
         "EST"),
        ("ASUNCION, May 2 (Reuters) - Lawmakers from the Colorado Party blocked the bill on Friday.",
         "Colorado Party", "PRY"),
        ("LIMA (Reuters) - The Senate will debate the bill on Tuesday, while French President Emmanuel Macron "
         "visits Chile.", "Senate", "PER"),
    ],
)
def test_actors_body_takes_context_country(run_actors, text, name, country):
    doc = run_actors(text, published=PUBLISHED)
    assert _country_of(doc, name) == country


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Senate approved the bill on Tuesday, officials said.", "Senate"),  # no context: nothing guessed
        ("BOGOTA — Opposition senator Paloma Valencia said the vote was lost.", "Paloma Valencia"),  # a member
    ],
)
def test_actors_body_without_context_or_member_keeps_none(run_actors, text, name):
    doc = run_actors(text, published=PUBLISHED)
    assert _country_of(doc, name) is None
