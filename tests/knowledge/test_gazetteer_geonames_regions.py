"""Seas, oceans and large regions GeoNames lists under no country: our own rows that name one by id take GeoNames'
point, and features only GeoNames' table holds are known by their names and English alternate names."""
from __future__ import annotations

import pytest

from pipeline.knowledge.gazetteer import gazetteer
from pipeline.knowledge.natural_features import with_geonames_points


@pytest.fixture(scope="module")
def gaz():
    return gazetteer()


def _best(gaz, name):
    return max((c.entry for c in gaz.candidates(name)), key=lambda entry: entry.population)


@pytest.mark.parametrize("name, kind, lat, lon", [
    ("Middle East", "region", 33.1, 35.9),  # our row (with "Mideast") at GeoNames' point
    ("Mideast", "region", 33.1, 35.9),
    ("Indian Ocean", "other", -10.0, 70.0),
    ("West Africa", "region", 18.3, -4.8),  # our name for GeoNames' "Western Africa"
    ("Western Europe", "region", 50.2, 7.4),  # only in GeoNames' table
    ("Japan Sea", "other", 43.5, 135.8),  # an English alternate name of the Sea of Japan
    ("Gulf of Thailand", "other", 10.0, 102.0),  # in both tables: GeoNames' point, not Natural Earth's
    ("Spratly Islands", "region", 10.0, 114.0),  # an island group of no country
])
def test_geonames_regions_points(gaz, name, kind, lat, lon):
    entry = _best(gaz, name)
    assert entry.kind == kind and entry.country is None
    assert abs(entry.lat - lat) < 0.1 and abs(entry.lon - lon) < 0.1


@pytest.mark.parametrize("row, expected", [
    # a row naming a GeoNames feature by id and giving no point takes the source's point
    ({"name": "Gulf of Oman", "lat": "", "lon": "", "geonames_id": "145945"}, ("25.0", "58.0")),
    # a point of our own stays where the source has none for the id
    ({"name": "Tarn Valley", "lat": "44.1", "lon": "2.2", "geonames_id": ""}, ("44.1", "2.2")),
    ({"name": "Tarn Valley", "lat": "44.1", "lon": "2.2", "geonames_id": "145945"}, ("44.1", "2.2")),
])
def test_geonames_points_fill_own_rows(row, expected):
    (filled,) = with_geonames_points([row])
    assert (filled["lat"], filled["lon"]) == expected
