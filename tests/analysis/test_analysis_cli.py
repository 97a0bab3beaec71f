"""The `parley stats`, `parley show` and `parley dashboard` commands: help, output and errors."""
from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from hand_made_output import EXPECTED_ROWS, write_output
from pipeline.cli import main


@pytest.mark.parametrize("command", ["stats", "show", "dashboard"])
def test_inspect_cli_help_has_an_example(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0 and "Example:" in result.output


def test_inspect_cli_stats_prints_counts_and_failures(flat_output):
    result = CliRunner().invoke(main, ["stats", str(flat_output)])
    assert result.exit_code == 0, result.output
    assert "articles: 4 (1 failed, 2 ok, 1 skipped)" in result.output
    assert "malformed JSON line" in result.output
    assert "Dmitry Peskov (RUS)" in result.output
    assert "CONSULT" in result.output


def test_inspect_cli_stats_json_is_machine_readable(flat_output):
    result = CliRunner().invoke(main, ["stats", str(flat_output), "--json"])
    assert result.exit_code == 0
    assert json.loads(result.output)["rows"] == EXPECTED_ROWS


@pytest.mark.parametrize("flag, coloured", [("--no-color", False), ("--color", True)])
def test_inspect_cli_show_prints_the_marked_article(flat_output, flag, coloured):
    result = CliRunner().invoke(main, ["show", str(flat_output), "talks", flag])
    assert result.exit_code == 0 and "[Peskov|actor a1]" in click.unstyle(result.output)
    assert ("\033[" in result.output) is coloured


@pytest.mark.parametrize("args, message", [
    (["stats", "{empty}/missing"], "no such output folder"),
    (["show", "{empty}/missing", "talks"], "no such output folder"),
    (["show", "{out}", "nope"], "no article 'nope'"),
    (["stats", "{empty}"], "holds no Parley tables"),
])
def test_inspect_cli_errors_are_one_clear_line(tmp_path, args, message):
    out = write_output(tmp_path / "out")
    (tmp_path / "empty").mkdir()
    result = CliRunner().invoke(main, [arg.format(empty=tmp_path / "empty", out=out) for arg in args])
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1


@pytest.mark.slow
def test_inspect_cli_stats_on_the_samples(nlp, tmp_path):
    from pipeline import RunOptions
    from pipeline import run

    out = tmp_path / "out"
    summary = run([Path(__file__).resolve().parents[2] / "data" / "samples"], out, RunOptions(workers=1), nlp=nlp)
    result = CliRunner().invoke(main, ["stats", str(out)])
    assert result.exit_code == 0, result.output
    assert f"articles: {summary.articles} " in result.output
    for reason, count in summary.failures.items():
        assert f"{count:>5}  {reason}" in result.output
    assert f"events: {summary.rows['events']} rows" in result.output
