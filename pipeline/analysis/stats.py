"""``parley stats``: count what an output folder holds: rows per table, article statuses and failure
reasons, the actors, places and speakers found most, event types and quad classes.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pandas as pd

from pipeline.analysis.outputs import check_output, read_table, run_metadata
from pipeline.output.schema import TABLES


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
