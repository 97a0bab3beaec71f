"""pipeline.analysis.dashboard_server: the HTTP endpoints and `parley dashboard`, on a partitioned run of
data/samples.
"""
from __future__ import annotations

import json
import re
import subprocess
import urllib.error
import urllib.request
from pathlib import Path

import pytest

pytest.importorskip("duckdb")

ROOT = Path(__file__).resolve().parents[2]


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


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
