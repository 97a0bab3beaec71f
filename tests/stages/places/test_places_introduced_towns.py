"""A place the text introduces with a nationality word and its kind ("the Russian port of Ust-Luga", "the Eritrean
border town of Zalambessa") is a place of that nationality's country, whatever label the model gave it, known to
the gazetteer or not (pipeline/stages/places/introduced.py)."""
from __future__ import annotations

import pytest

from pipeline.stages.places.introduced import introduced_country


@pytest.mark.parametrize("before, country", [
    ("The tanker sailed from the Russian port of ", "RUS"),
    ("Shells fell on the Ukrainian border village of ", "UKR"),
    ("Troops massed near the Eritrean town of ", "ERI"),
    ("in the Lebanese coastal city of ", "LBN"),
    ("Aid reached the Sudanese district of the ", "SDN"),
    # a nationality word that qualifies something else says whose act it is, not where the place lies
    ("Israeli strikes on the village of ", None),
    ("the port of ", None),
    ("Russian forces entered the town of ", None),
])
def test_places_introduced_country(before, country):
    assert introduced_country(before + "Xanto", len(before)) == country


@pytest.mark.parametrize("text, name, country", [
    ("The cargo ship had left the Russian port of Ust-Luga on Tuesday.", "Ust’-Luga", "RUS"),
    ("Adigrat lies near the Eritrean border town of Zalambessa, officials said.", "Zalambessa", "ERI"),
    ("Gunmen attacked the Nigerian village of Okpokwu Aba on Sunday.", "Okpokwu Aba", "NGA"),
])
def test_places_introduced_towns_are_places(run_stage, text, name, country):
    places = {p.name: p.country for p in run_stage(text)._.places}
    assert places.get(name) == country
