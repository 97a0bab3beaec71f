"""A former office holder named with a bare title ("former president Jorge Quiroga") takes the story's country as a
serving official does (``context_countries._needs_context_country``); a country word of his own still wins."""
from __future__ import annotations

import datetime as dt

import pytest

from actors_helpers import _country_of

PUBLISHED = dt.date(2025, 10, 20)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("LA PAZ, Bolivia (AP) — Former president Mario Quintana conceded late on Sunday, his aides said.",
         "Mario Quintana", "BOL"),
        ("QUITO, Ecuador (AP) — His running mate, former police captain Edwin Loza, drew large crowds.",
         "Edwin Loza", "ECU"),
    ],
)
def test_actors_former_official_takes_the_story_country(run_actors, text, name, country):
    assert _country_of(run_actors(text, published=PUBLISHED), name) == country


def test_actors_former_official_with_a_country_word_keeps_it(run_actors):
    doc = run_actors("LA PAZ, Bolivia (AP) — Former Peruvian president Mario Quintana praised the vote on Sunday.",
                     published=PUBLISHED)
    assert _country_of(doc, "Mario Quintana") == "PER"
