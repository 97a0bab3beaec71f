"""Fixtures of the analysis tests: hand-made outputs (outputs, stats, show, the CLI) and a dashboard
serving the sample run (the dashboard tests).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from hand_made_output import write_output
from pipeline.analysis.dashboard_server import make_server, serve_in_thread
from pipeline.analysis.outputs import load_tables


@pytest.fixture(params=[None, "month"], ids=["flat", "by-month"])
def output(request, tmp_path) -> Path:
    return write_output(tmp_path / "out", partition_by=request.param)


@pytest.fixture()
def flat_output(tmp_path) -> Path:
    return write_output(tmp_path / "out")


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
