"""pipeline.analysis.dashboard: filters, DuckDB queries checked against pandas, the HTTP endpoints, the page in Chromium.

The data is a partitioned run of data/samples; expected figures are computed here with pandas
from the same tables, so the tests hold whatever the stages find.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
import urllib.error
import urllib.request
from pathlib import Path

import pytest

pytest.importorskip("duckdb")

from pipeline.analysis.dashboard import BadFilter, Dashboard, Filters, LIMITS, make_server, serve_in_thread  # noqa: E402
from pipeline.analysis.inspect import load_tables  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts"
BROWSERS = ("chromium", "chromium-browser", "google-chrome")


@pytest.fixture(scope="module")
def tables(sample_out):
    return load_tables(sample_out)


@pytest.fixture(scope="module")
def ok_events(tables):
    ok = tables["articles"][tables["articles"]["status"] == "ok"][["article_id", "published"]]
    return tables["events"].merge(ok, on="article_id")


@pytest.fixture(scope="module")
def server(sample_out):
    server = make_server(sample_out, port=0)
    serve_in_thread(server)
    yield server
    server.shutdown()
    server.server_close()


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


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


def test_dashboard_api_answers_with_filters(server, ok_events):
    event_type = ok_events["type"].value_counts().index[0]
    status, body = get(server.url + f"api/events?type={event_type}")
    assert status == 200
    assert {event["type"] for event in json.loads(body)} == {event_type}
    status, body = get(server.url + "api/dashboard")
    assert status == 200 and json.loads(body)["summary"]["events"] == len(ok_events)


@pytest.mark.parametrize("path, status", [
    ("api/events?start=yesterday", 400),
    ("api/nothing", 404),
    ("index.html", 200),
    ("?start=yesterday", 400),
])
def test_dashboard_api_status_codes(server, path, status):
    assert get(server.url + path)[0] == status


def test_dashboard_cli_rejects_a_missing_folder(tmp_path):
    from click.testing import CliRunner

    from pipeline.cli import main

    result = CliRunner().invoke(main, ["dashboard", str(tmp_path / "missing"), "--port", "0"])
    assert result.exit_code == 1 and "no such output folder" in result.output


@pytest.mark.slow
def test_dashboard_cli_serves_the_output(sample_out):
    import sys

    command = [sys.executable, "-m", "pipeline", "dashboard", str(sample_out), "--port", "0"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, text=True, cwd=ROOT) as process:
        try:
            url = re.search(r"http://127\.0\.0\.1:\d+/", process.stdout.readline()).group(0)
            status, body = get(url + "api/summary")
            assert status == 200 and json.loads(body)["articles"] > 0
        finally:
            process.terminate()
            process.wait(timeout=30)


# --- the page in a real browser --------------------------------------------------------------


def browser() -> str:
    found = next((path for path in map(shutil.which, BROWSERS) if path), None)
    if found is None:
        pytest.skip("no chromium binary: install it with scripts/install_browser.sh (apt-get install chromium)")
    return found


def chromium(url: str, profile: Path, *extra: str) -> subprocess.CompletedProcess:
    command = [browser(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run", "--no-default-browser-check",
               f"--user-data-dir={profile}", "--virtual-time-budget=3000", *extra, url]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, check=True)


def event_rows(dom: str) -> list[str]:
    return re.findall(r'<tr data-type="([A-Z_]+)"', dom)


def card(dom: str, name: str) -> str:
    match = re.search(rf'id="summary-{name}"><div class="value">([^<]*)<', dom)
    assert match, f"no summary card {name} in the page"
    return match.group(1)


@pytest.mark.slow
def test_dashboard_page_shows_the_data_and_filters_it(server, ok_events, tmp_path):
    dom = chromium(server.url, tmp_path / "profile", "--dump-dom").stdout
    assert card(dom, "events") == str(len(ok_events))
    assert len(event_rows(dom)) == min(len(ok_events), LIMITS["events"])
    assert "<svg" in dom and "data-place=" in dom  # the timeline and the map were drawn
    event_type = ok_events["type"].value_counts().index[-1]
    filtered = chromium(server.url + f"?type={event_type}", tmp_path / "profile", "--dump-dom").stdout
    assert set(event_rows(filtered)) == {event_type}
    assert card(filtered, "events") == str(int((ok_events["type"] == event_type).sum()))
    assert f'<option value="{event_type}" selected="">' in filtered  # the form shows the filter
    refused = chromium(server.url + "?start=yesterday", tmp_path / "profile", "--dump-dom").stdout
    assert "start must be a date" in refused and card(refused, "events") == str(len(ok_events))


@pytest.mark.slow
def test_dashboard_page_screenshot(server, tmp_path):
    ARTIFACTS.mkdir(exist_ok=True)
    screenshot = ARTIFACTS / "dashboard.png"
    screenshot.unlink(missing_ok=True)
    chromium(server.url, tmp_path / "profile", "--window-size=1300,1800", f"--screenshot={screenshot}")
    assert screenshot.stat().st_size > 10_000
