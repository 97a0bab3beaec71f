"""pipeline.analysis.dashboard_page: the page in a real browser (headless Chromium; skipped without it),
served with the data of a partitioned run of data/samples.
"""
from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

pytest.importorskip("duckdb")

from pipeline.analysis.dashboard_queries import LIMITS  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
BROWSERS = ("chromium", "chromium-browser", "google-chrome")


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
