"""Looking at what a run wrote: load its tables, count what is in them, show one article marked up.

Works on any output folder of ``parley run`` (partitioned or not); a notebook can call
:func:`load_tables`, :func:`stats` and :func:`show` just as the ``parley stats`` and
``parley show`` commands do.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Iterable, NamedTuple

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.output.schema import TABLES

METADATA_KEY = b"parley"
ANSI = {
    "actor": "\033[1;34m", "place": "\033[1;32m", "date": "\033[1;35m", "event": "\033[1;31m",
    "quote": "\033[33m", "reset": "\033[0m",
}


class OutputNotFound(FileNotFoundError):
    """The folder does not exist or holds no Parley tables."""


class ArticleNotFound(LookupError):
    """No article with that id in the output."""


# --- reading ---------------------------------------------------------------------------------


def table_files(out: str | Path, table: str) -> list[Path]:
    """Every visible Parquet file of one table, at any partition depth (hidden temporary files skipped)."""
    folder = Path(out) / table
    if not folder.is_dir():
        return []
    return sorted(
        path for path in folder.rglob("*.parquet")
        if not any(part.startswith((".", "_")) for part in path.relative_to(folder).parts)
    )


def check_output(out: str | Path) -> Path:
    """The output folder as a Path; OutputNotFound when it is missing or holds none of the tables."""
    out = Path(out)
    if not out.is_dir():
        raise OutputNotFound(f"no such output folder: {out}")
    if not any((out / table).is_dir() for table in TABLES):
        raise OutputNotFound(f"{out} holds no Parley tables (expected {', '.join(TABLES)} folders; "
                             f"write them with: parley run INPUT --out {out})")
    return out


def _partition_values(path: Path, folder: Path) -> dict[str, str]:
    """``month=2025-05/part-x.parquet`` -> {"month": "2025-05"}."""
    return dict(part.split("=", 1) for part in path.relative_to(folder).parts[:-1] if "=" in part)


def read_table(out: str | Path, table: str, *, columns: list[str] | None = None,
               article_id: str | None = None) -> pd.DataFrame:
    """One table as a DataFrame, partition folders (``month=...``) becoming string columns.

    ``columns`` reads only those; ``article_id`` only that article's rows (row groups whose
    statistics rule it out are not read). A table without files gives an empty frame with
    the contract's columns.
    """
    out = Path(out)
    schema = TABLES[table]
    wanted = None if columns is None else [name for name in columns if name in schema.names]
    row_filter = None if article_id is None else [("article_id", "=", article_id)]
    parts = []
    for path in table_files(out, table):
        part = pq.read_table(path, columns=wanted, filters=row_filter)
        for key, value in _partition_values(path, out / table).items():
            if columns is None or key in columns:
                part = part.append_column(key, pa.array([value] * part.num_rows, pa.string()))
        parts.append(part)
    if not parts:
        empty = schema if wanted is None else pa.schema([schema.field(name) for name in wanted])
        return empty.empty_table().to_pandas()
    return pa.concat_tables(parts, promote_options="permissive").to_pandas()


def load_tables(out: str | Path, tables: Iterable[str] | None = None, *,
                article_id: str | None = None) -> dict[str, pd.DataFrame]:
    """Every table of an output folder (or the ones named) as pandas DataFrames, keyed by table name.

    ``article_id`` keeps only that article's rows. This holds the tables in memory: for a large
    output, query the files in place with DuckDB (:func:`pipeline.dashboard.connect`).
    """
    out = check_output(out)
    names = list(TABLES) if tables is None else list(tables)
    unknown = [name for name in names if name not in TABLES]
    if unknown:
        raise ValueError(f"unknown table(s) {', '.join(unknown)}; choose from {', '.join(TABLES)}")
    return {name: read_table(out, name, article_id=article_id) for name in names}


def run_metadata(out: str | Path) -> list[dict]:
    """The distinct ``parley`` metadata records (schema version, model ...) found in the files' footers."""
    seen: dict[str, dict] = {}
    for table in TABLES:
        for path in table_files(out, table):
            raw = (pq.read_schema(path).metadata or {}).get(METADATA_KEY)
            if raw is not None:
                seen.setdefault(raw.decode(), json.loads(raw))
    return list(seen.values())


# --- stats -----------------------------------------------------------------------------------


@dataclass
class Stats:
    """What an output folder holds: rows per table, article statuses, what was found most."""

    out: str
    rows: dict[str, int]
    statuses: dict[str, int]
    failures: list[tuple[str, int]]  # (first words of the error, articles)
    published: tuple[str | None, str | None]  # earliest and latest publication date
    top_actors: list[dict] = field(default_factory=list)  # name, country, articles, mentions
    top_places: list[dict] = field(default_factory=list)  # name, country, articles, mentions
    top_speakers: list[dict] = field(default_factory=list)  # speaker, quotes
    event_types: list[tuple[str, int]] = field(default_factory=list)
    quad_classes: list[tuple[int, int]] = field(default_factory=list)
    runs: list[dict] = field(default_factory=list)  # distinct file metadata: schema_version, model ...

    def to_dict(self) -> dict:
        return asdict(self)


QUAD_CLASS_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


def failure_reason(status: str, error: str | None) -> str:
    """The part of an error message before its details (``malformed JSON line: ...`` -> ``malformed JSON line``)."""
    text = error if isinstance(error, str) and error else status
    return text.split(":", 1)[0].strip()


def _top_entities(entities: pd.DataFrame, mentions: pd.DataFrame, id_column: str, kind: str, top: int) -> list[dict]:
    """Entities merged by (name, country) over articles, ranked by mentions then articles."""
    if entities.empty:
        return []
    counts = (mentions[mentions["kind"] == kind]
              .groupby(["article_id", "entity_id"]).size().rename("mentions").reset_index())
    merged = entities.merge(counts, how="left", left_on=["article_id", id_column],
                            right_on=["article_id", "entity_id"])
    merged["mentions"] = merged["mentions"].fillna(0).astype(int)
    merged["country"] = merged["country"].astype(object).where(merged["country"].notna(), None)
    ranked = (merged.groupby(["name", "country"], dropna=False)
              .agg(articles=("article_id", "nunique"), mentions=("mentions", "sum"))
              .reset_index()
              .sort_values(["mentions", "articles", "name"], ascending=[False, False, True])
              .head(top))
    return [
        {"name": row.name, "country": None if pd.isna(row.country) else row.country,
         "articles": int(row.articles), "mentions": int(row.mentions)}
        for row in ranked.itertuples(index=False)
    ]


STATS_COLUMNS = {  # what stats reads of each table: never the texts
    "articles": ["article_id", "status", "error", "published"],
    "mentions": ["article_id", "entity_id", "kind"],
    "actors": ["article_id", "actor_id", "name", "country"],
    "places": ["article_id", "place_id", "name", "country"],
    "dates": ["article_id"],
    "quotes": ["article_id", "speaker"],
    "events": ["article_id", "type", "quad_class"],
}


def stats(out: str | Path, *, top: int = 10) -> Stats:
    """Counts per table, article statuses and failure reasons, top actors, places, speakers and event types."""
    check_output(out)
    tables = {table: read_table(out, table, columns=columns) for table, columns in STATS_COLUMNS.items()}
    articles = tables["articles"]
    failed = articles[articles["status"] != "ok"]
    failures = Counter(failure_reason(row.status, row.error) for row in failed.itertuples(index=False))
    published = articles["published"].dropna()
    events = tables["events"]
    quotes = tables["quotes"]
    speakers = quotes["speaker"].dropna().value_counts().head(top)
    return Stats(
        out=str(out),
        rows={name: len(tables[name]) for name in TABLES},
        statuses={str(k): int(v) for k, v in articles["status"].value_counts().sort_index().items()},
        failures=failures.most_common(),
        published=(str(min(published)) if len(published) else None, str(max(published)) if len(published) else None),
        top_actors=_top_entities(tables["actors"], tables["mentions"], "actor_id", "actor", top),
        top_places=_top_entities(tables["places"], tables["mentions"], "place_id", "place", top),
        top_speakers=[{"speaker": str(name), "quotes": int(n)} for name, n in speakers.items()],
        event_types=[(str(k), int(v)) for k, v in events["type"].value_counts().items()],
        quad_classes=sorted((int(k), int(v)) for k, v in events["quad_class"].dropna().value_counts().items()),
        runs=run_metadata(out),
    )


def format_stats(result: Stats) -> str:
    """Stats as plain text for a terminal."""
    lines = [f"Parley output {result.out}"]
    for run in result.runs:
        lines.append("  written by " + ", ".join(f"{key} {value}" for key, value in run.items()))
    first, last = result.published
    statuses = ", ".join(f"{count} {status}" for status, count in result.statuses.items()) or "none"
    lines.append(f"  articles: {result.rows.get('articles', 0)} ({statuses})"
                 + (f", published {first} .. {last}" if first else ""))
    for table, count in result.rows.items():
        if table != "articles":
            lines.append(f"  {table}: {count} rows")
    lines.append("Failure reasons:" if result.failures else "Failure reasons: none")
    lines += [f"  {count:>5}  {reason}" for reason, count in result.failures]
    sections = [
        ("Top actors", [(f"{a['name']}" + (f" ({a['country']})" if a["country"] else ""),
                         f"{a['mentions']} mentions in {a['articles']} articles") for a in result.top_actors]),
        ("Top places", [(f"{p['name']}" + (f" ({p['country']})" if p["country"] else ""),
                         f"{p['mentions']} mentions in {p['articles']} articles") for p in result.top_places]),
        ("Most quoted", [(s["speaker"], f"{s['quotes']} quotes") for s in result.top_speakers]),
        ("Event types", [(name, f"{count} events") for name, count in result.event_types]),
        ("Quad classes", [(f"{quad} {QUAD_CLASS_NAMES.get(quad, '?')}", f"{count} events")
                          for quad, count in result.quad_classes]),
    ]
    for title, items in sections:
        lines.append(f"{title}:" if items else f"{title}: none")
        width = max((len(label) for label, _ in items), default=0)
        lines += [f"  {label:<{width}}  {value}" for label, value in items]
    return "\n".join(lines)


# --- one article -----------------------------------------------------------------------------


class Mark(NamedTuple):
    """A span of the article's text to mark: what it is and the label to show."""

    start: int
    end: int
    kind: str  # actor | place | date | event | quote
    label: str


def article_marks(tables: dict[str, pd.DataFrame], article_id: str) -> list[Mark]:
    """Every span the tables give for one article, sorted by position (longest first at a tie)."""
    def of(table: str) -> pd.DataFrame:
        frame = tables[table]
        return frame[frame["article_id"] == article_id]

    events = of("events")
    marks = [Mark(int(m.start), int(m.end), m.kind, f"{m.kind} {m.entity_id}") for m in of("mentions").itertuples()]
    marks += [Mark(int(d.start), int(d.end), "date", f"date {d.value if isinstance(d.value, str) else '?'}")
              for d in of("dates").itertuples()]
    marks += [Mark(int(q.start), int(q.end), "quote", q.quote_id) for q in of("quotes").itertuples()]
    marks += [Mark(int(e.trigger_start), int(e.trigger_end), "event", f"event {e.event_id} {e.type}")
              for e in events.itertuples() if pd.notna(e.trigger_start) and pd.notna(e.trigger_end)]
    return sorted(marks, key=lambda mark: (mark.start, -mark.end, mark.kind))


def nested_marks(marks: list[Mark], length: int) -> tuple[list[Mark], list[Mark]]:
    """Split marks into those that nest (can be bracketed inline) and those crossing another one."""
    kept: list[Mark] = []
    crossing: list[Mark] = []
    stack: list[Mark] = []
    for mark in marks:
        if not 0 <= mark.start < mark.end <= length:
            crossing.append(mark)
            continue
        while stack and stack[-1].end <= mark.start:
            stack.pop()
        if stack and mark.end > stack[-1].end:
            crossing.append(mark)
            continue
        kept.append(mark)
        stack.append(mark)
    return kept, crossing


def mark_text(text: str, marks: list[Mark], *, color: bool = False) -> str:
    """The text with nested marks inline: ``[Peskov|actor a2]`` and ``<<q1 ...>>`` for quotes."""
    opens: dict[int, list[Mark]] = {}
    closes: dict[int, list[Mark]] = {}
    for mark in marks:
        opens.setdefault(mark.start, []).append(mark)
        closes.setdefault(mark.end, []).append(mark)

    def style(kind: str, piece: str) -> str:
        return f"{ANSI[kind]}{piece}{ANSI['reset']}" if color else piece

    pieces: list[str] = []
    for position in range(len(text) + 1):
        for mark in reversed(closes.get(position, [])):  # the inner mark closes first
            pieces.append(style(mark.kind, ">>" if mark.kind == "quote" else f"|{mark.label}]"))
        for mark in opens.get(position, []):
            pieces.append(style(mark.kind, f"<<{mark.label} " if mark.kind == "quote" else "["))
        if position < len(text):
            pieces.append(text[position])
    return "".join(pieces)


def _value(value, default: str = "-") -> str:
    if value is None or (pd.api.types.is_scalar(value) and pd.isna(value)):
        return default
    return str(value)


def _names(ids, names: dict[str, str]) -> str:
    ids = list(ids) if ids is not None else []
    return ", ".join(f"{names.get(i, '?')} ({i})" for i in ids) or "-"


def show(out: str | Path, article_id: str, *, color: bool = False) -> str:
    """One article's text with its actors, places, dates, quotes and events marked inline, then listed."""
    tables = load_tables(out, article_id=article_id)
    articles = tables["articles"]
    found = articles[articles["article_id"] == article_id]
    if found.empty:
        known = ", ".join(read_table(out, "articles", columns=["article_id"])["article_id"].head(5).tolist())
        raise ArticleNotFound(f"no article {article_id!r} in {out}"
                              + (f" (ids look like: {known} ...)" if known else " (it holds no articles)"))
    article = found.iloc[0]

    def of(table: str) -> pd.DataFrame:
        frame = tables[table]
        return frame[frame["article_id"] == article_id]

    lines = [f"{article_id}  [{article['status']}]  {_value(article['title'], '(no title)')}",
             f"source {article['source']}  published {_value(article['published'])}"]
    if isinstance(article["error"], str):
        lines.append(f"error: {article['error']}")
    text = article["text"] if isinstance(article["text"], str) else None
    if text is None:
        lines.append("(no text)")
        return "\n".join(lines)

    kept, crossing = nested_marks(article_marks(tables, article_id), len(text))
    lines += ["", mark_text(text, kept, color=color), ""]
    if crossing:
        lines.append(f"({len(crossing)} span(s) overlapping others are listed below but not marked inline)")

    actors, places = of("actors"), of("places")
    names = {**dict(zip(actors["actor_id"], actors["name"])), **dict(zip(places["place_id"], places["name"]))}
    mentions = of("mentions")["entity_id"].value_counts().to_dict()
    lines.append(f"Actors ({len(actors)}):")
    lines += [f"  {a.actor_id:<4} {a.name}  type={a.type} country={_value(a.country)} sector={_value(a.sector)} "
              f"role={_value(a.role)} mentions={mentions.get(a.actor_id, 0)}" for a in actors.itertuples()]
    lines.append(f"Places ({len(places)}):")
    lines += [f"  {p.place_id:<4} {p.name}  kind={p.kind} country={_value(p.country)} "
              + (f"lat={p.lat:.3f} lon={p.lon:.3f}" if pd.notna(p.lat) and pd.notna(p.lon) else "unresolved")
              for p in places.itertuples()]
    dates = of("dates")
    lines.append(f"Dates ({len(dates)}):")
    lines += [f"  {d.text!r} -> {_value(d.value)} ({d.type})" for d in dates.itertuples()]
    quotes = of("quotes")
    lines.append(f"Quotes ({len(quotes)}):")
    lines += [f"  {q.quote_id:<4} {'direct' if q.direct else 'reported'}  speaker={_value(q.speaker)}"
              f"{f' ({q.speaker_id})' if isinstance(q.speaker_id, str) else ''} cue={_value(q.cue)}: "
              + " ".join(q.text.split())  # one line, whatever paragraphs the quote spans
              for q in quotes.itertuples()]
    events = of("events")
    lines.append(f"Events ({len(events)}):")
    lines += [f"  {e.event_id:<4} {e.type}{'/' + e.mode if isinstance(e.mode, str) else ''} [{e.modality}]  "
              f"{_names(e.source_ids, names)} -> {_names(e.target_ids, names)}  trigger={_value(e.trigger)!r} "
              f"date={_value(e.date)} place={names.get(e.place_id, '-') if isinstance(e.place_id, str) else '-'}"
              for e in events.itertuples()]
    return "\n".join(lines)
