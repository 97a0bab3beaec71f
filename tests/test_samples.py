"""The seed-like sample story, end to end: what an analyst must find in the tables."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from pipeline.running.runner import RunOptions, run

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "samples" / "01_istanbul_talks.txt"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def tables(nlp, tmp_path_factory):
    out = tmp_path_factory.mktemp("sample") / "out"
    run([SAMPLE], out, RunOptions(), nlp=nlp)
    return {table: pd.read_parquet(out / table) for table in
            ("articles", "mentions", "actors", "places", "dates", "quotes", "events")}


def actor_named(tables, surname):
    actors = tables["actors"]
    return actors[actors["name"].str.contains(surname)]


def test_samples_peskov_is_one_russian_spokesman(tables):
    peskov = actor_named(tables, "Peskov")
    assert len(peskov) == 1
    row = peskov.iloc[0]
    assert (row["type"], row["country"]) == ("person", "RUS")
    assert "spokes" in (row["role"] or "")
    mentions = tables["mentions"]
    assert (mentions["entity_id"] == row["actor_id"]).sum() >= 3


def test_samples_kremlin_is_the_russian_government(tables):
    kremlin = actor_named(tables, "Kremlin")
    assert len(kremlin) == 1
    assert (kremlin.iloc[0]["type"], kremlin.iloc[0]["country"]) == ("government", "RUS")


@pytest.mark.parametrize("city", ["Istanbul", "Antalya"])
def test_samples_turkish_cities_on_the_map(tables, city):
    places = tables["places"]
    row = places[places["name"] == city].iloc[0]
    assert row["country"] == "TUR"
    assert 36 <= row["lat"] <= 42 and 26 <= row["lon"] <= 45  # inside Turkey


def test_samples_tuesday_is_the_next_tuesday(tables):
    published = tables["articles"].iloc[0]["published"]
    dates = tables["dates"]
    values = set(dates.loc[dates["text"].str.contains("Tuesday"), "value"])
    next_tuesday = published + dt.timedelta(days=(1 - published.weekday()) % 7 or 7)
    assert next_tuesday.isoformat() in values


def test_samples_quotes_attributed_to_peskov(tables):
    quotes = tables["quotes"]
    direct = quotes[quotes["direct"] & quotes["text"].str.contains("delegations|face to face")]
    assert len(direct) >= 2
    assert set(direct["speaker"]) == {"Dmitry Peskov"}


def test_samples_consult_between_russia_and_ukraine_in_istanbul(tables):
    events = tables["events"]
    consult = events[events["type"] == "CONSULT"]
    places = tables["places"].set_index("place_id")["name"]
    found = [
        row for row in consult.itertuples()
        if {"RUS", "UKR"} <= set(row.source_countries) | set(row.target_countries)
        and row.place_id is not None and places.get(row.place_id) == "Istanbul"
    ]
    assert found
