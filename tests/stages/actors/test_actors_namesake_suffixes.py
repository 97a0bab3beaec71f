"""A body's name that ends with a known body's name after capitalised words of its own ("the Christian Democratic
Party", "the New Democratic Party") is another body: it takes no country from the known one, and a party so named
takes the story's (``descriptions.closes_with_namesake``, ``dictionary_names._closes_other_body``)."""
from __future__ import annotations

import datetime as dt

import pytest

from actors_helpers import _country_of

PUBLISHED = dt.date(2025, 10, 20)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("LA PAZ, Bolivia (AP) — Mr Paz of the Christian Democratic Party won 54% of the vote, officials said.",
         "Christian Democratic Party", "BOL"),
        ("OTTAWA (AP) — The New Democratic Party lost seats on Monday, officials said.",
         "New Democratic Party", "CAN"),
        ("BANJUL, Gambia (AP) — The United Democratic Party joined the coalition on Monday, officials said.",
         "United Democratic Party", "GMB"),
    ],
)
def test_actors_longer_name_ending_in_a_known_body_is_its_own(run_actors, text, name, country):
    assert _country_of(run_actors(text, published=PUBLISHED), name) == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("GAZA (AP) — Palestinian Islamic Jihad said it fired rockets on Monday.", "Palestinian Islamic Jihad", "PSE"),
        ("WASHINGTON (AP) — The Democratic Party met on Monday.", "Democratic Party", "USA"),
    ],
)
def test_actors_known_body_with_a_country_word_keeps_its_country(run_actors, text, name, country):
    assert _country_of(run_actors(text, published=PUBLISHED), name) == country
