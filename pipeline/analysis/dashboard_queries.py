"""The dashboard's data: filters from the URL, and DuckDB queries over an output folder's Parquet files.

Every request queries the Parquet files where they lie (partitioned or not) with the filters
pushed into DuckDB, so nothing is loaded up front and a run that adds files shows up on the
next reload. :func:`connect` also serves notebooks: one DuckDB view per table.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass
from pathlib import Path

from pipeline.analysis.outputs import check_output, table_files
from pipeline.output.schema import TABLES

LIMITS = {"places": 500, "actors": 200, "quotes": 200, "events": 300}
CONTEXT_CHARS = 240  # how far to look around a quote for the sentences it sits in
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n+")


class BadFilter(ValueError):
    """A query parameter that is not a valid filter."""


@dataclass(frozen=True)
class Filters:
    """What the analyst selected; None means no restriction."""

    start: dt.date | None = None
    end: dt.date | None = None
    country: str | None = None
    actor: str | None = None
    type: str | None = None

    @classmethod
    def from_query(cls, query: dict[str, list[str]] | dict[str, str]) -> "Filters":
        def get(name: str) -> str | None:
            value = query.get(name)
            value = value[0] if isinstance(value, list) else value
            value = (value or "").strip()
            return value or None

        def date(name: str) -> dt.date | None:
            value = get(name)
            if value is None:
                return None
            try:
                return dt.date.fromisoformat(value)
            except ValueError:
                raise BadFilter(f"{name} must be a date YYYY-MM-DD, not {value!r}") from None

        country = get("country")
        if country is not None and not re.fullmatch(r"[A-Za-z]{2,8}", country):
            raise BadFilter(f"country must be a code such as RUS or NATO, not {country!r}")
        event_type = get("type")
        if event_type is not None and not re.fullmatch(r"[A-Za-z_]{2,20}", event_type):
            raise BadFilter(f"type must be a PLOVER event type such as CONSULT, not {event_type!r}")
        return cls(start=date("start"), end=date("end"), country=country and country.upper(),
                   actor=get("actor"), type=event_type and event_type.upper())

    def to_dict(self) -> dict:
        return {key: (value.isoformat() if isinstance(value, dt.date) else value)
                for key, value in asdict(self).items()}


# --- queries ---------------------------------------------------------------------------------


def connect(out: str | Path):
    """A DuckDB connection with one view per table over its Parquet files (empty tables typed)."""
    import duckdb

    out = Path(out)
    con = duckdb.connect()
    for table, schema in TABLES.items():
        files = table_files(out, table)
        with_rows = [path for path in files if not path.name.startswith("part-empty")]
        files = with_rows or files
        if not files:
            con.register(table, schema.empty_table())
            continue
        partitioned = all("=" in path.parent.name for path in files)
        listing = ", ".join("'" + str(path).replace("'", "''") + "'" for path in files)
        con.execute(f"CREATE VIEW {table} AS SELECT * FROM read_parquet([{listing}], "
                    f"hive_partitioning = {str(partitioned).lower()}, union_by_name = true)")
    return con


def _columns(con, table: str) -> set[str]:
    return {row[0] for row in con.execute(f"DESCRIBE {table}").fetchall()}


def _selection(con, filters: Filters) -> tuple[str, dict]:
    """The CTEs ``sel`` (chosen articles) and ``sel_events`` (chosen events), and their parameters."""
    params: dict = {}
    article_where = ["a.status = 'ok'"]
    event_where: list[str] = []
    partitioned = "month" in _columns(con, "articles") and "month" in _columns(con, "events")
    if filters.start is not None:
        params["start"] = filters.start
        article_where.append("a.published >= $start")
        if partitioned:  # lets DuckDB skip whole month folders
            params["start_month"] = f"{filters.start:%Y-%m}"
            article_where.append("a.month >= $start_month")
            event_where.append("e.month >= $start_month")
    if filters.end is not None:
        params["end"] = filters.end
        article_where.append("a.published <= $end")
        if partitioned:
            params["end_month"] = f"{filters.end:%Y-%m}"
            article_where.append("a.month <= $end_month")
            event_where.append("e.month <= $end_month")
    if filters.country is not None:
        params["country"] = filters.country
        article_where.append("a.article_id IN (SELECT article_id FROM places WHERE country = $country "
                             "UNION SELECT article_id FROM actors WHERE country = $country)")
        event_where.append("(list_contains(e.source_countries, $country) "
                           "OR list_contains(e.target_countries, $country))")
    if filters.actor is not None:
        params["actor"] = f"%{filters.actor}%"
        article_where.append("a.article_id IN (SELECT article_id FROM actors WHERE name ILIKE $actor)")
        event_where.append("EXISTS (SELECT 1 FROM actors x WHERE x.article_id = e.article_id AND x.name ILIKE $actor "
                           "AND (list_contains(e.source_ids, x.actor_id) OR list_contains(e.target_ids, x.actor_id)))")
    if filters.type is not None:
        params["type"] = filters.type
        event_where.append("e.type = $type")
    event_filter = " AND ".join(event_where) or "TRUE"
    article_filter = " AND ".join(article_where)
    with_events = "WHERE article_id IN (SELECT article_id FROM sel_events)" if filters.type else ""
    sql = f"""
        WITH base AS (
            SELECT a.article_id, a.title, a.published, a.url FROM articles a WHERE {article_filter}
        ), sel_events AS (
            SELECT e.*, b.published, b.title FROM events e JOIN base b USING (article_id) WHERE {event_filter}
        ), sel AS (
            SELECT * FROM base {with_events}
        ), names AS (
            SELECT article_id, actor_id AS id, name FROM actors
            UNION ALL SELECT article_id, place_id AS id, name FROM places
        )
    """
    return sql, params


def _rows(con, sql: str, params: dict) -> list[dict]:
    used = {key: value for key, value in params.items() if f"${key}" in sql}
    cursor = con.execute(sql, used)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


class Dashboard:
    """The dashboard's data: each method answers one part of the page for the given filters."""

    def __init__(self, out: str | Path):
        self.out = check_output(out)

    def connect(self):
        """A DuckDB connection over this output; pass it as ``con=`` to answer several parts with one."""
        return connect(self.out)

    def _query(self, filters: Filters, select: str, con=None, **extra) -> list[dict]:
        own = con is None
        con = self.connect() if own else con
        try:
            ctes, params = _selection(con, filters)
            return _rows(con, ctes + select, {**params, **extra})
        finally:
            if own:
                con.close()

    def summary(self, filters: Filters, *, con=None) -> dict:
        totals = self._query(filters, """
            SELECT (SELECT count(*) FROM sel) AS articles,
                   (SELECT count(*) FROM sel_events) AS events,
                   (SELECT count(*) FROM quotes JOIN sel USING (article_id)) AS quotes,
                   (SELECT count(DISTINCT name) FROM actors JOIN sel USING (article_id)) AS actors,
                   (SELECT count(DISTINCT name) FROM places JOIN sel USING (article_id)) AS places,
                   (SELECT min(published) FROM sel) AS first_published,
                   (SELECT max(published) FROM sel) AS last_published
        """, con=con)[0]
        statuses = self._query(Filters(), "SELECT status, count(*) AS articles FROM articles "
                                          "GROUP BY status ORDER BY status", con=con)
        return {**totals, "statuses": {row["status"]: row["articles"] for row in statuses}}

    def options(self, *, con=None) -> dict:
        """What the filter controls offer: event types, countries, and the publication date range."""
        types = self._query(Filters(), "SELECT type, count(*) AS events FROM events "
                                       "GROUP BY type ORDER BY events DESC, type", con=con)
        countries = self._query(Filters(), """
            SELECT country, count(*) AS rows FROM (
                SELECT country FROM places UNION ALL SELECT country FROM actors
            ) WHERE country IS NOT NULL GROUP BY country ORDER BY country
        """, con=con)
        dates = self._query(Filters(), "SELECT min(published) AS first, max(published) AS last FROM articles",
                            con=con)[0]
        return {"types": [row["type"] for row in types], "countries": [row["country"] for row in countries],
                "first_published": dates["first"], "last_published": dates["last"]}

    def timeline(self, filters: Filters, *, con=None) -> dict:
        """Events per publication day (or month, over a longer span) and type."""
        span = self._query(filters, "SELECT min(published) AS first, max(published) AS last FROM sel_events",
                           con=con)[0]
        by_day = span["first"] is not None and (span["last"] - span["first"]).days <= 62
        pattern = "%Y-%m-%d" if by_day else "%Y-%m"
        rows = self._query(filters, """
            SELECT strftime(published, $pattern) AS bucket, type, count(*) AS events
            FROM sel_events WHERE published IS NOT NULL GROUP BY ALL ORDER BY bucket, type
        """, pattern=pattern, con=con)
        return {"granularity": "day" if by_day else "month", "rows": rows}

    def places(self, filters: Filters, *, con=None) -> list[dict]:
        """Resolved places of the chosen articles with how many articles and chosen events involve them."""
        where = ["p.lat IS NOT NULL", "p.lon IS NOT NULL"]
        if filters.country:
            where.append("p.country = $country")
        if filters.type:
            where.append("pe.events > 0")
        return self._query(filters, f"""
            , place_events AS (
                SELECT p.article_id, p.place_id, count(e.event_id) AS events
                FROM places p JOIN sel USING (article_id)
                LEFT JOIN sel_events e ON e.article_id = p.article_id AND (e.place_id = p.place_id
                    OR list_contains(e.source_ids, p.place_id) OR list_contains(e.target_ids, p.place_id))
                GROUP BY ALL
            )
            SELECT p.name, p.country, any_value(p.kind) AS kind, round(avg(p.lat), 4) AS lat,
                   round(avg(p.lon), 4) AS lon, count(DISTINCT p.article_id) AS articles, sum(pe.events) AS events
            FROM places p JOIN place_events pe USING (article_id, place_id)
            WHERE {' AND '.join(where)}
            GROUP BY p.name, p.country ORDER BY events DESC, articles DESC, p.name LIMIT {LIMITS['places']}
        """, con=con)

    def actors(self, filters: Filters, *, con=None) -> list[dict]:
        """Actors of the chosen articles, merged by name and country, with their roles in the chosen events."""
        where = ["TRUE"]
        if filters.country:
            where.append("x.country = $country")
        if filters.actor:
            where.append("x.name ILIKE $actor")
        if filters.type:
            where.append("ae.as_source + ae.as_target > 0")
        return self._query(filters, f"""
            , actor_events AS (
                SELECT x.article_id, x.actor_id,
                       count(e.event_id) FILTER (WHERE list_contains(e.source_ids, x.actor_id)) AS as_source,
                       count(e.event_id) FILTER (WHERE list_contains(e.target_ids, x.actor_id)) AS as_target
                FROM actors x JOIN sel USING (article_id)
                LEFT JOIN sel_events e ON e.article_id = x.article_id
                    AND (list_contains(e.source_ids, x.actor_id) OR list_contains(e.target_ids, x.actor_id))
                GROUP BY ALL
            ), actor_mentions AS (
                SELECT article_id, entity_id AS actor_id, count(*) AS mentions
                FROM mentions WHERE kind = 'actor' GROUP BY ALL
            )
            SELECT x.name, x.country, mode(x.type) AS type, mode(x.sector) AS sector,
                   count(DISTINCT x.article_id) AS articles, coalesce(sum(m.mentions), 0) AS mentions,
                   sum(ae.as_source) AS as_source, sum(ae.as_target) AS as_target
            FROM actors x JOIN actor_events ae USING (article_id, actor_id)
            LEFT JOIN actor_mentions m USING (article_id, actor_id)
            WHERE {' AND '.join(where)}
            GROUP BY x.name, x.country
            ORDER BY mentions DESC, articles DESC, x.name LIMIT {LIMITS['actors']}
        """, con=con)

    def quotes(self, filters: Filters, *, con=None) -> list[dict]:
        """Quotes of the chosen articles, each with the text around it cut at sentence breaks."""
        speaker = "WHERE q.speaker ILIKE $actor" if filters.actor else ""
        rows = self._query(filters, f"""
            SELECT q.article_id, q.quote_id, q.text, q.direct, q.speaker, q.cue, s.title, s.published,
                   substr(a.text, greatest(q."start" - {CONTEXT_CHARS}, 0) + 1,
                          q."start" - greatest(q."start" - {CONTEXT_CHARS}, 0)) AS before,
                   substr(a.text, q."end" + 1, {CONTEXT_CHARS}) AS after
            FROM quotes q JOIN sel s USING (article_id) JOIN articles a USING (article_id)
            {speaker}
            ORDER BY s.published DESC NULLS LAST, q.article_id, q."start" LIMIT {LIMITS['quotes']}
        """, con=con)
        for row in rows:
            row["before"] = SENTENCE_BREAK.split(row["before"] or "")[-1]
            row["after"] = SENTENCE_BREAK.split(row["after"] or "", maxsplit=1)[0]
        return rows

    def events(self, filters: Filters, *, con=None) -> list[dict]:
        """The chosen events with their sources and targets named."""
        return self._query(filters, f"""
            SELECT e.article_id, e.event_id, e.published, e.title, e.type, e.mode, e.modality, e.date,
                   e.trigger, e.sentence, e.source_countries, e.target_countries, e.quad_class,
                   (SELECT string_agg(n.name, ', ' ORDER BY list_position(e.source_ids, n.id)) FROM names n
                    WHERE n.article_id = e.article_id AND list_contains(e.source_ids, n.id)) AS sources,
                   (SELECT string_agg(n.name, ', ' ORDER BY list_position(e.target_ids, n.id)) FROM names n
                    WHERE n.article_id = e.article_id AND list_contains(e.target_ids, n.id)) AS targets,
                   (SELECT any_value(n.name) FROM names n
                    WHERE n.article_id = e.article_id AND n.id = e.place_id) AS place
            FROM sel_events e
            ORDER BY e.published NULLS LAST, e.article_id, e.event_id LIMIT {LIMITS['events']}
        """, con=con)

    def everything(self, filters: Filters) -> dict:
        """Every part of the page for these filters, over one connection."""
        con = self.connect()
        try:
            return {
                "filters": filters.to_dict(), "summary": self.summary(filters, con=con),
                "options": self.options(con=con), "timeline": self.timeline(filters, con=con),
                "places": self.places(filters, con=con), "actors": self.actors(filters, con=con),
                "quotes": self.quotes(filters, con=con), "events": self.events(filters, con=con),
            }
        finally:
            con.close()
