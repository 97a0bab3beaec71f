"""A named official with a role but no country takes the country of the one unnamed official of that role the story
gives a country (``context_countries.country_from_unnamed_role``)."""
from __future__ import annotations

import datetime as dt

import pytest

from actors_helpers import _country_of

PUBLISHED = dt.date(2025, 3, 4)


@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("Oslo summons Iranian ambassador over arrests\n\nThe ministry called in Ambassador Reza Tabari on Monday.",
         "Reza Tabari", "IRN"),
        # guard: two countries' ambassadors spoken of, which one is he?
        ("Oslo summons Iranian and Iraqi ambassadors\n\nThe Iranian ambassador and the Iraqi ambassador were "
         "called in. Ambassador Reza Tabari left early.", "Reza Tabari", None),
    ],
)
def test_actors_named_official_takes_unnamed_role_country(run_actors, text, name, country):
    assert _country_of(run_actors(text, published=PUBLISHED), name) == country
