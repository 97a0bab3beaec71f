"""``parley show``: one article's text with its actors, places, dates, quotes and events marked inline,
then listed.
"""
from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

import pandas as pd

from pipeline.analysis.outputs import load_tables, read_table

ANSI = {
    "actor": "\033[1;34m", "place": "\033[1;32m", "date": "\033[1;35m", "event": "\033[1;31m",
    "quote": "\033[33m", "reset": "\033[0m",
}


class ArticleNotFound(LookupError):
    """No article with that id in the output."""


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
