"""Scoring Parley's tables against the gold suites in ../shared/eval (rules in that folder's README)."""
from __future__ import annotations

import hashlib
import importlib
import json
from pathlib import Path
from typing import Iterable

import pandas as pd

# suite folder name -> scorer module in this package
SUITE_SCORERS = {
    "quotes": "quotes", "quotes_train": "quotes",
    "places": "places", "places_lgl": "places",
    "dates": "dates",
    "events": "events",
    "whowhom": "whowhom",
    "actors": "actors",
    "domain": "domain",
}


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def load_suite(suite_dir: str | Path, *, limit: int | None = None) -> tuple[list[dict], dict[str, dict]]:
    suite_dir = Path(suite_dir)
    articles = read_jsonl(suite_dir / "articles.jsonl")[:limit]
    gold = {row["id"]: row for row in read_jsonl(suite_dir / "gold.jsonl")}
    return articles, gold


def half_of(article_id: str) -> str:
    """``"tune"`` or ``"check"``: a fixed split of every suite by a hash of the article id.

    Errors are read in the tune half only; a change that raises tune and not check is overfitting.
    """
    return "tune" if hashlib.sha1(article_id.encode("utf-8")).digest()[0] % 2 == 0 else "check"


def scorer_for(suite_dir: str | Path):
    name = Path(suite_dir).name
    if name not in SUITE_SCORERS:
        raise ValueError(f"unknown suite {name!r}; expected one of {', '.join(sorted(SUITE_SCORERS))}")
    return importlib.import_module(f"{__name__}.{SUITE_SCORERS[name]}")


def extract_tables(articles: Iterable[dict], nlp) -> dict[str, pd.DataFrame]:
    """Run the pipeline in memory over suite articles and return the output tables as DataFrames."""
    from pipeline.running.engines import Task, process_batch
    from pipeline.reading.readers import parse_date
    from pipeline.output.schema import TABLES

    articles = list(articles)
    tasks = [Task(a["id"], a["text"], parse_date(a.get("published"))) for a in articles]
    collected: dict[str, list[dict]] = {name: [] for name in TABLES if name != "articles"}
    failed = {}
    for outcome in process_batch(nlp, tasks, batch_size=32):
        if outcome.error:
            failed[outcome.article_id] = outcome.error
            continue
        for table, rows in outcome.rows.items():
            collected[table].extend(rows)
    frames = {table: nulls_as_none(pd.DataFrame(rows, columns=TABLES[table].names))
              for table, rows in collected.items()}
    frames["articles"] = pd.DataFrame(
        [{"article_id": a["id"], "text": a["text"], "status": "failed" if a["id"] in failed else "ok",
          "error": failed.get(a["id"])} for a in articles])
    return frames


def run_tables(suite_dir: str | Path, out: str | Path, nlp) -> dict[str, pd.DataFrame]:
    """Run the real runner over a suite into ``out`` (afresh) and read its Parquet tables back."""
    from pipeline.running.runner import RunOptions, run
    from pipeline.output.schema import TABLES

    run([Path(suite_dir) / "articles.jsonl"], out, RunOptions(force=True), nlp=nlp)
    return {table: nulls_as_none(pd.read_parquet(Path(out) / table)) for table in TABLES}


def nulls_as_none(frame: pd.DataFrame) -> pd.DataFrame:
    """Object columns with None for missing values, whatever dtype pandas inferred, so scorers see one null."""
    frame = frame.astype(object)
    return frame.where(frame.notna(), None)


def evaluate(suite_dir: str | Path, *, nlp=None, tables: dict[str, pd.DataFrame] | None = None,
             limit: int | None = None, out: str | Path | None = None, halves: bool = False) -> dict:
    """Score one suite and return its figures.

    The pipeline runs in memory, or through the runner into ``out`` when given (the
    tables are then read back from Parquet); pass ``tables`` to score existing output.
    With ``halves``, the figures also hold ``"halves": {"tune": {...}, "check": {...}}``, each half
    scored on its own articles (``half_of``) from the same run.
    """
    scorer = scorer_for(suite_dir)
    articles, gold = load_suite(suite_dir, limit=limit)
    if tables is None:
        if nlp is None:
            from pipeline.nlp import load
            nlp = load()
        tables = run_tables(suite_dir, out, nlp) if out is not None else extract_tables(articles, nlp)
        if out is not None and limit is not None:
            tables = _only(tables, {a["id"] for a in articles})
    figures = scorer.score(articles, gold, tables)
    if halves:
        figures["halves"] = {}
        for half in ("tune", "check"):
            kept = [a for a in articles if half_of(a["id"]) == half]
            figures["halves"][half] = scorer.score(kept, gold, _only(tables, {a["id"] for a in kept}))
    return figures


def _only(tables: dict[str, pd.DataFrame], article_ids: set[str]) -> dict[str, pd.DataFrame]:
    return {name: frame[frame["article_id"].isin(article_ids)] for name, frame in tables.items()}
