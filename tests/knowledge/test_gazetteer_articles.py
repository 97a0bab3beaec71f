"""Gazetteer: towns whose name opens with the Arabic article are found without it too; regions and countries
by their usual abbreviations."""
from __future__ import annotations

import pytest

from pipeline.knowledge.gazetteer import _without_article, gazetteer


@pytest.mark.parametrize("name, expected", [
    ("Al Qamishli", ["qamishli"]),
    ("Ar-Raqqah", ["raqqah"]),
    ("Ash Shihr", ["shihr"]),
    ("El Paso", []),  # "El" opens Spanish names too: kept whole
    ("Alexandria", []),
    ("Al", []),
])
def test_gazetteer_without_article(name, expected):
    assert _without_article(name) == expected


@pytest.mark.parametrize("text, country", [
    ("Qamishli", "SYR"),
    ("Hasakah", "SYR"),
])
def test_gazetteer_finds_town_without_article(text, country):
    assert any(c.entry.kind == "city" and c.entry.country == country and not c.alternate
               for c in gazetteer().candidates(text))


@pytest.mark.parametrize("text, name", [
    ("NSW", "New South Wales"),  # Australian states by their usual abbreviations (their ISO 3166-2 codes)
    ("N.S.W.", "New South Wales"),
    ("Qld", "Queensland"),
    ("UAE", "United Arab Emirates"),  # countries by theirs
    ("DRC", "Democratic Republic of the Congo"),
])
def test_gazetteer_finds_region_abbreviations(text, name):
    assert gazetteer().candidates(text)[0].entry.name == name
