"""A person with no country of their own takes that of the one they travel with, or of the person whose title
theirs is coordinated with (``companions.country_from_companions``); a country or people named by several words is
read whole before a title (``titles._country_words_before``)."""
from __future__ import annotations

import pytest
from actors_helpers import _actors_at


@pytest.mark.parametrize(("text", "span", "country"), [
    # companions of a principal
    ("Ghanaian President Kofi Mensah landed in Abuja. Mensah was accompanied by Trade Minister Ama Boateng.",
     "Ama Boateng", "GHA"),
    ("Chilean President Luis Vera arrived in Lima with a delegation that included Interior Minister Rosa Pinto.",
     "Rosa Pinto", "CHL"),
    ("Latvian Foreign Minister Ilze Berzina was joined by Defence Minister Janis Ozols and Economy Minister Aiga Liepa.",
     "Aiga Liepa", "LVA"),
    # a title coordinated with a country's title
    ("Norwegian Foreign Minister Ola Berg and Defence Minister Kari Lund met their Danish hosts in Aarhus.",
     "Kari Lund", "NOR"),
    # a people named by several words
    ("President Samuel Ito met his South Sudanese counterpart Peter Deng in Nairobi.", "Peter Deng", "SSD"),
    ("The premier welcomed his Papua New Guinean counterpart Tom Kila in Suva.", "Tom Kila", "PNG"),
])
def test_actors_country_from_companions(run_actors, text, span, country):
    assert [a.country for a in _actors_at(run_actors(text), span) if a.type == "person"] == [country]


def test_actors_coordinated_titles_of_other_sectors_share_nothing(run_actors):
    # a general named beside a minister keeps what his own words give (here nothing)
    found = _actors_at(run_actors("Norwegian Foreign Minister Ola Berg and novelist Kari Lund spoke in Aarhus."),
                       "Kari Lund")
    assert [a.country for a in found if a.type == "person"] in ([], [None])
