"""Places stage, resolution: a province or region abroad carries the GeoNames code of its towns, so a town is
qualified by it ("Toronto, Ontario") and a province the article names backs the towns inside it."""
from __future__ import annotations

import pytest

from pipeline.stages.places.resolution import resolve_toponyms
from places_helpers import toponyms_in


def resolve(gaz, text, names):
    return {r.toponym.text: r.entry for r in resolve_toponyms(text, toponyms_in(text, names), gaz)}


@pytest.mark.parametrize("text, names, name, country", [
    # "Town, Province": the town of that province, not a namesake of the article's other country
    ("A firm of London, Ontario won the bid in Ohio.", ["London", "Ontario", "Ohio"], "London", "CAN"),
    ("The Dublin office and a studio in Toronto, Ontario share staff.", ["Dublin", "Toronto", "Ontario"], "Toronto",
     "CAN"),
])
def test_places_town_qualified_by_its_province(gaz, text, names, name, country):
    assert resolve(gaz, text, names)[name].country == country


@pytest.mark.parametrize("province, town", [("Ontario", "Toronto"), ("Quebec", "Montreal")])
def test_places_province_and_its_towns_share_a_code(gaz, province, town):
    region = next(c.entry for c in gaz.candidates(province) if c.entry.kind == "region" and c.entry.country == "CAN")
    city = max((c.entry for c in gaz.candidates(town) if c.entry.country == "CAN"), key=lambda e: e.population)
    assert region.admin1 == city.admin1


def test_places_named_province_backs_its_towns(gaz):
    # Windsor lies in Ontario (and in England, and in several US states): the province the article names decides
    text = "Ontario will fund a plant in Windsor."
    assert resolve(gaz, text, ["Ontario", "Windsor"])["Windsor"].country == "CAN"
