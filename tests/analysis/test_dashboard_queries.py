"""pipeline.analysis.dashboard_queries: filters from query parameters, DuckDB queries checked against pandas.

The data is a partitioned run of data/samples; expected figures are computed here with pandas
from the same tables, so the tests hold whatever the stages find.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

pytest.importorskip("duckdb")

from pipeline.analysis.dashboard_queries import BadFilter, Dashboard, Filters, LIMITS  # noqa: E402
from pipeline.analysis.outputs import load_tables  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("query, expected", [
    ({}, Filters()),
    ({"type": ["consult"]}, Filters(type="CONSULT")),
    ({"country": ["rus"], "actor": [" Peskov "]}, Filters(country="RUS", actor="Peskov")),
    ({"start": ["2025-05-01"], "end": ["2025-05-31"]}, Filters(start=dt.date(2025, 5, 1), end=dt.date(2025, 5, 31))),
    ({"start": [""], "type": [""]}, Filters()),
])
def test_dashboard_filters_read_query_parameters(query, expected):
    assert Filters.from_query(query) == expected


@pytest.mark.parametrize("query", [
    {"start": ["May 2025"]},
    {"end": ["2025-13-01"]},
    {"country": ["RUS; DROP TABLE events"]},
    {"type": ["CONSULT' OR 1=1 --"]},
])
def test_dashboard_filters_reject_bad_values(query):
    with pytest.raises(BadFilter):
        Filters.from_query(query)


def test_dashboard_summary_counts_ok_articles_and_their_events(sample_out, tables, ok_events):
    summary = Dashboard(sample_out).summary(Filters())
    assert summary["articles"] == int((tables["articles"]["status"] == "ok").sum())
    assert summary["events"] == len(ok_events)
    assert summary["statuses"] == tables["articles"]["status"].value_counts().to_dict()


def test_dashboard_type_filter_keeps_only_that_type(sample_out, ok_events):
    assert not ok_events.empty, "the samples should yield events"
    event_type = ok_events["type"].value_counts().index[-1]  # the rarest type
    events = Dashboard(sample_out).events(Filters(type=event_type))
    assert {event["type"] for event in events} == {event_type}
    assert len(events) == min(int((ok_events["type"] == event_type).sum()), LIMITS["events"])


def test_dashboard_date_filter_keeps_events_published_in_range(sample_out, ok_events):
    day = sorted(ok_events["published"].dropna())[0]
    filters = Filters(start=day, end=day)
    dashboard = Dashboard(sample_out)
    assert {event["published"] for event in dashboard.events(filters)} == {day}
    assert dashboard.summary(filters)["events"] == int((ok_events["published"] == day).sum())


def test_dashboard_country_filter_keeps_events_involving_the_country(sample_out, ok_events):
    countries = ok_events["source_countries"].explode().dropna()
    assert not countries.empty, "the samples should yield events with a source country"
    country = countries.value_counts().index[0]
    events = Dashboard(sample_out).events(Filters(country=country))
    assert events
    assert all(country in list(event["source_countries"]) + list(event["target_countries"]) for event in events)


def test_dashboard_timeline_adds_up_to_the_events(sample_out, ok_events):
    timeline = Dashboard(sample_out).timeline(Filters())
    assert sum(row["events"] for row in timeline["rows"]) == int(ok_events["published"].notna().sum())


def test_dashboard_places_have_coordinates(sample_out):
    places = Dashboard(sample_out).places(Filters())
    assert places
    assert all(-90 <= place["lat"] <= 90 and -180 <= place["lon"] <= 180 for place in places)


def test_dashboard_quotes_sit_in_their_article_text(sample_out, tables):
    texts = dict(zip(tables["articles"]["article_id"], tables["articles"]["text"]))
    quotes = Dashboard(sample_out).quotes(Filters())
    assert quotes
    for quote in quotes:
        assert quote["before"] + quote["text"] + quote["after"] in texts[quote["article_id"]]


def test_dashboard_reads_flat_output_too(nlp, tmp_path):
    from pipeline import RunOptions
    from pipeline import run

    run([ROOT / "data" / "samples"], tmp_path / "flat", RunOptions(workers=1), nlp=nlp)
    assert Dashboard(tmp_path / "flat").summary(Filters())["events"] == len(load_tables(tmp_path / "flat")["events"])
