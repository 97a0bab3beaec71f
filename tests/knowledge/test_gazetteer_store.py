"""The gazetteer index written to SQLite answers exactly as the in-memory index does."""
from __future__ import annotations

import multiprocessing

import pytest

from pipeline.knowledge.gazetteer import Entry, Gazetteer, Index
from pipeline.knowledge.gazetteer_store import StoredIndex, write_index

ENTRIES = (
    Entry("Paris", "city", "FRA", 48.85, 2.35, 2988507, 2_138_551, "11", True),
    Entry("Paris", "city", "USA", 33.66, -95.56, 4717560, 24_171, "TX"),
    Entry("France", "country", "FRA", 46.0, 2.0, 3017382, 66_987_244),
    Entry("Georgia", "region", "USA", 32.75, -83.5, 4197000, 10_000_000, "GA", feature=None),
    Entry("Georgia", "country", "GEO", 42.0, 43.5, 614540, 3_731_000),
    Entry("Nowhere Flats", "other", None, None, None, None, 0),
)
INDEX = Index(
    entries=ENTRIES,
    names={"paris": ((0, False), (1, False)), "france": ((2, False),), "republique francaise": ((2, True),),
           "georgia": ((4, False), (3, False)), "nowhere flats": ((5, False),)},
    abbreviations={"Ga.": 3},
    by_country={"FRA": 2, "GEO": 4},
)


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    path = tmp_path_factory.mktemp("gazetteer") / "index.sqlite"
    write_index(path, INDEX)
    return StoredIndex(path, Entry)


@pytest.mark.parametrize("name", ["Paris", "paris", "France", "République française", "Georgia", "Ga.",
                                  "Nowhere Flats", "Atlantis", ""])
def test_gazetteer_store_lookups_match_memory(stored, name):
    assert Gazetteer(stored).candidates(name) == Gazetteer(INDEX).candidates(name)


@pytest.mark.parametrize("iso3", ["FRA", "GEO", "USA", None])
def test_gazetteer_store_countries_match_memory(stored, iso3):
    assert Gazetteer(stored).country(iso3) == Gazetteer(INDEX).country(iso3)


def test_gazetteer_store_keeps_types_and_order(stored):
    assert list(stored.entries) == list(ENTRIES) and len(stored.entries) == len(ENTRIES)
    assert stored.entries[0].capital is True and stored.entries[1].capital is False
    assert stored.entries[5].lat is None and stored.entries[0].geonames_id == 2988507
    assert Gazetteer(stored).state_names == Gazetteer(INDEX).state_names == {"GA": "Georgia"}
    with pytest.raises(IndexError):
        stored.entries[99]


def _lookup_in_child(store, queue):
    queue.put([candidate.entry.country for candidate in Gazetteer(store).candidates("Paris")])


def test_gazetteer_store_reopens_after_fork(stored):
    stored.entries[0]  # the parent has an open connection before forking
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    child = context.Process(target=_lookup_in_child, args=(stored, queue))
    child.start()
    child.join(30)
    assert queue.get(timeout=5) == ["FRA", "USA"] and child.exitcode == 0
