"""A people is coded by the land it is said to live in (``descriptions.land_of_people``): a people noun's "of X",
and for an ethnic group also "in X", on its head or on a participle after it; "in X" alone is where people are."""
from __future__ import annotations

import pytest
from actors_helpers import _actors_at


@pytest.mark.parametrize(
    ("text", "span", "country"),
    [
        ("The Albanians of southern Serbia are demanding autonomy.", "Albanians", "SRB"),
        ("Serbs of Bosnia voted on Sunday.", "Serbs", "BIH"),
        ("Ethnic Russians in Latvia protested the law.", "Ethnic Russians", "LVA"),
        ("One third of ethnic Albanian guerrillas operating in Macedonia were demobilized.", "guerrillas", "MKD"),
        # a land is not its occupier's
        ("Palestinians of the Israeli-occupied West Bank stayed home on Monday.", "Palestinians", "PSE"),
        # without "of" or "ethnic", a people keeps its own country
        ("Two Russians were arrested in Kyiv.", "Russians", "RUS"),
        ("Russian troops in Ukraine advanced.", "Russian troops", "RUS"),
        ("Ethnic Albanians demanded autonomy.", "Ethnic Albanians", "ALB"),
        ("Hungarians of the region protested.", "Hungarians", "HUN"),
    ],
)
def test_actors_people_of_a_land(run_actors, text, span, country):
    found = [a for a in _actors_at(run_actors(text), span) if a.type == "group"]
    assert [a.country for a in found] == [country]
