"""A country or people named by several words is read whole before a title (``titles._country_words_before``)."""
from __future__ import annotations

import pytest
from actors_helpers import _actors_at


@pytest.mark.parametrize(("text", "span", "country"), [
    # a people named by several words
    ("President Samuel Ito met his South Sudanese counterpart Peter Deng in Nairobi.", "Peter Deng", "SSD"),
    ("The premier welcomed his Papua New Guinean counterpart Tom Kila in Suva.", "Tom Kila", "PNG"),
])
def test_actors_country_from_companions(run_actors, text, span, country):
    assert [a.country for a in _actors_at(run_actors(text), span) if a.type == "person"] == [country]
