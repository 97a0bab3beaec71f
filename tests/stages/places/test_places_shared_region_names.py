"""Places stage: a first-level region whose name two countries share ("Punjab": a province of Pakistan and a state
of India) is decided by the article's other places, and a name our own table records for one country does not
hide a namesake subdivision of another."""
from __future__ import annotations

import pytest

from pipeline.stages.places.resolution import resolve_toponyms
from places_helpers import toponyms_in


def resolve(gaz, text, names):
    return {r.toponym.text: r.entry for r in resolve_toponyms(text, toponyms_in(text, names), gaz)}


@pytest.mark.parametrize("text, names, country", [
    ("Farmers from Punjab marched on Delhi, India's capital, on Tuesday.", ["Punjab", "Delhi", "India"], "IND"),
    ("Floods in Punjab cut the road between Amritsar and Ludhiana.", ["Punjab", "Amritsar", "Ludhiana"], "IND"),
    ("Police in Lahore said rallies across Punjab would go ahead.", ["Lahore", "Punjab"], "PAK"),
    ("Pakistan's election was decided in Punjab, where Faisalabad voted first.",
     ["Pakistan", "Punjab", "Faisalabad"], "PAK"),
])
def test_places_shared_region_name_follows_context(gaz, text, names, country):
    entry = resolve(gaz, text, names)["Punjab"]
    assert (entry.kind, entry.country) == ("region", country)


@pytest.mark.parametrize("name, country", [
    ("Punjab", "IND"),
    ("Punjab", "PAK"),
    ("Maryland", "LBR"),  # a county of Liberia, besides the US state our table records
    ("Florida", "URY"),  # a department of Uruguay
])
def test_places_namesake_regions_of_other_countries_are_known(gaz, name, country):
    assert any(c.entry.kind == "region" and c.entry.country == country for c in gaz.candidates(name))
