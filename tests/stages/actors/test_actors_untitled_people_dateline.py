"""A person a datelined story names with no title, office or body takes the dateline's country: the residents,
witnesses and local people a wire story quotes where it was filed (``context_countries._untitled_person``); without
a dateline, or with a title of another country, nothing changes. A titled official with no country and no dateline
takes the one country the story is about (``context_countries._story_country``)."""
from __future__ import annotations

import datetime as dt

import pytest

from actors_helpers import _country_of

PUBLISHED = dt.date(2025, 3, 4)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ('TBILISI, March 3 (Reuters) - Protesters blocked the avenue again. "We will stay," said Nino Beridze, 34, '
         "a teacher.", "Nino Beridze", "GEO"),
        ("DHAKA, March 3 (AFP) - Shopkeeper Rafiq Alam said prices had doubled since January.", "Rafiq Alam", "BGD"),
        # no dateline: nothing is guessed
        ('Protesters blocked the avenue again. "We will stay," said Nino Beridze, 34, a teacher.', "Nino Beridze",
         None),
        # a title of its own country wins
        ("DHAKA, March 3 (AFP) - Indian Foreign Secretary Vikram Rao met officials.", "Vikram Rao", "IND"),
    ],
)
def test_actors_untitled_person_takes_dateline_country(run_actors, text, name, country):
    assert _country_of(run_actors(text, published=PUBLISHED), name) == country


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        # no dateline: a titled official takes the one country the story is about (three mentions, twice any other)
        ("Peru: court blocks reform\n\nThe court in Peru ruled on Monday. Interior Minister Rosa Quispe said the "
         "decision would stand. Peru's congress had passed the bill, and Peruvian unions backed it. Chile said "
         "nothing.", "Rosa Quispe", "PER"),
        # two countries about as often: nothing is guessed
        ("The court in Peru ruled on Monday. Interior Minister Rosa Quispe said the decision would stand. Peru and "
         "Chile talked; Chile and Peru agreed, Chile said.", "Rosa Quispe", None),
    ],
)
def test_actors_titled_official_takes_story_country(run_actors, text, name, country):
    assert _country_of(run_actors(text, published=PUBLISHED), name) == country
