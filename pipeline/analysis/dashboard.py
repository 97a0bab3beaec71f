"""A local dashboard on an output folder: one HTML page and JSON endpoints computed with DuckDB.

``parley dashboard OUT`` serves it on 127.0.0.1. Every request queries the Parquet files
where they lie (partitioned or not) with the filters pushed into DuckDB, so nothing is
loaded up front and a run that adds files shows up on the next reload.

Endpoints: ``/`` (the page, with the data for its URL's filters inlined), ``/api/dashboard``
(everything the page shows) and ``/api/<part>`` for one part: summary, options, timeline,
places, actors, quotes, events. Filters are query parameters: ``start`` and ``end``
(publication dates, YYYY-MM-DD), ``country`` (ISO3 or IGO code), ``actor`` (part of a
name) and ``type`` (a PLOVER event type).
"""
from __future__ import annotations

import datetime as dt
import json
import re
import threading
from dataclasses import asdict, dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from pipeline.analysis.inspect import check_output, table_files
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


# --- serving ---------------------------------------------------------------------------------


def to_json(value) -> str:
    """JSON for the page and the API; dates as ISO strings."""
    return json.dumps(value, default=lambda v: v.isoformat() if isinstance(v, (dt.date, dt.datetime)) else str(v),
                      ensure_ascii=False)


def render_page(data: dict) -> str:
    """The page with ``data`` inlined, so that it shows without a further request."""
    inline = to_json(data).replace("<", "\\u003c")  # "<" only occurs inside JSON strings
    return PAGE.replace("/*PARLEY_DATA*/null", inline, 1)


class DashboardHandler(BaseHTTPRequestHandler):
    server: "DashboardServer"
    PARTS = ("summary", "timeline", "places", "actors", "quotes", "events")

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        url = urlsplit(self.path)
        path = url.path.rstrip("/") or "/"
        dashboard = self.server.dashboard
        try:
            filters = Filters.from_query(parse_qs(url.query))
        except BadFilter as exc:
            if path in ("/", "/index.html"):  # still show the page, unfiltered, with the reason
                page = render_page({**dashboard.everything(Filters()), "error": str(exc)})
                self._send(HTTPStatus.BAD_REQUEST, page, "text/html")
            else:
                self._send(HTTPStatus.BAD_REQUEST, to_json({"error": str(exc)}), "application/json")
            return
        if path in ("/", "/index.html"):
            self._send(HTTPStatus.OK, render_page(dashboard.everything(filters)), "text/html")
        elif path == "/api/dashboard":
            self._send(HTTPStatus.OK, to_json(dashboard.everything(filters)), "application/json")
        elif path == "/api/options":
            self._send(HTTPStatus.OK, to_json(dashboard.options()), "application/json")
        elif path.startswith("/api/") and path[len("/api/"):] in self.PARTS:
            part = getattr(dashboard, path[len("/api/"):])(filters)
            self._send(HTTPStatus.OK, to_json(part), "application/json")
        else:
            self._send(HTTPStatus.NOT_FOUND, to_json({"error": f"no such page: {url.path}"}), "application/json")

    def _send(self, status: HTTPStatus, body: str, content_type: str) -> None:
        payload = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", f"{content_type}; charset=utf-8")
        self.send_header("Content-Length", str(len(payload)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, format: str, *args) -> None:  # noqa: A002
        if self.server.verbose:
            super().log_message(format, *args)


class DashboardServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address: tuple[str, int], dashboard: Dashboard, *, verbose: bool = False):
        self.dashboard = dashboard
        self.verbose = verbose
        super().__init__(address, DashboardHandler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/"


def make_server(out: str | Path, *, host: str = "127.0.0.1", port: int = 8765,
                verbose: bool = False) -> DashboardServer:
    """A server for the dashboard of ``out`` (not yet serving); ``port=0`` picks a free port."""
    return DashboardServer((host, port), Dashboard(out), verbose=verbose)


def serve_in_thread(server: DashboardServer) -> threading.Thread:
    """Serve in a background thread (for notebooks and tests); stop with ``server.shutdown()``."""
    thread = threading.Thread(target=server.serve_forever, name="parley-dashboard", daemon=True)
    thread.start()
    return thread


# --- the page --------------------------------------------------------------------------------
# One self-contained page (no external scripts, fonts or tiles): it renders the data inlined by
# render_page, and on "Apply" puts the filters in the URL and fetches /api/dashboard.

PAGE = r"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Parley dashboard</title>
<link rel="icon" href="data:,">
<style>
  body { font: 14px/1.4 system-ui, "DejaVu Sans", sans-serif; margin: 0 1.5rem 2rem; color: #222; background: #fafafa; }
  header { display: flex; align-items: baseline; gap: 1rem; }
  h1 { font-size: 1.4rem; margin: 1rem 0 .5rem; }
  h2 { font-size: 1.05rem; margin: .2rem 0 .5rem; }
  form { display: flex; flex-wrap: wrap; gap: .6rem 1rem; align-items: end; padding: .6rem; background: #fff;
         border: 1px solid #ddd; border-radius: 6px; }
  label { display: flex; flex-direction: column; font-size: .8rem; color: #555; }
  input, select, button { font: inherit; padding: .2rem .35rem; }
  #status { color: #a00; min-height: 1.2em; margin: .3rem 0; }
  .cards { display: flex; flex-wrap: wrap; gap: .6rem; margin-bottom: 1rem; }
  .card { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: .4rem .8rem; min-width: 7rem; }
  .card .value { font-size: 1.4rem; font-weight: 600; }
  .card .name { font-size: .8rem; color: #666; }
  .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(480px, 1fr)); gap: 1rem; }
  .scroll { max-height: 460px; overflow: auto; }
  section { background: #fff; border: 1px solid #ddd; border-radius: 6px; padding: .6rem .8rem; margin-bottom: 1rem; }
  table { border-collapse: collapse; width: 100%; font-size: .85rem; }
  th, td { text-align: left; padding: .2rem .4rem; border-bottom: 1px solid #eee; vertical-align: top; }
  th { background: #f3f3f3; }
  td.num { text-align: right; font-variant-numeric: tabular-nums; }
  td.date { white-space: nowrap; }
  .chip { display: inline-block; width: .8em; height: .8em; border-radius: 2px; margin-right: .3em;
          vertical-align: -.05em; }
  .legend { display: flex; flex-wrap: wrap; gap: .2rem .8rem; font-size: .8rem; }
  .empty { color: #777; font-style: italic; }
  .quote { border-left: 3px solid #c9a227; padding: .2rem .6rem; margin: .5rem 0; }
  .quote .who { font-size: .8rem; color: #555; }
  mark { background: #fff0b3; }
  a.filter { color: #1a4f8b; cursor: pointer; text-decoration: underline dotted; }
  svg text { font: 11px system-ui, "DejaVu Sans", sans-serif; fill: #333; }
</style>
</head>
<body>
<header><h1>Parley dashboard</h1><span id="range" class="name"></span></header>
<form id="filters">
  <label>Published from <input type="date" name="start" id="f-start"></label>
  <label>Published to <input type="date" name="end" id="f-end"></label>
  <label>Country <select name="country" id="f-country"><option value="">any</option></select></label>
  <label>Actor <input type="text" name="actor" id="f-actor" placeholder="part of a name"></label>
  <label>Event type <select name="type" id="f-type"><option value="">any</option></select></label>
  <button type="submit">Apply</button>
  <button type="button" id="reset">Reset</button>
</form>
<p id="status" role="status"></p>
<div id="summary" class="cards"></div>
<div class="grid">
  <section><h2>Events over time, by PLOVER type</h2><div id="timeline"></div></section>
  <section><h2>Where: places of the selected articles</h2><div id="map"></div></section>
</div>
<section><h2>Actors</h2><div id="actors" class="scroll"></div></section>
<section><h2>Events</h2><div id="events" class="scroll"></div></section>
<section><h2>Quotes</h2><div id="quotes" class="scroll"></div></section>
<script id="parley-data" type="application/json">/*PARLEY_DATA*/null</script>
<script>
"use strict";
const PALETTE = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
                 "#bcbd22", "#17becf", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd"];
const SVGNS = "http://www.w3.org/2000/svg";
let typeColors = {};

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value !== null && value !== undefined) node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}
function svg(tag, attrs, text) {
  const node = document.createElementNS(SVGNS, tag);
  for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = text;
  return node;
}
function show(id, node) { const box = document.getElementById(id); box.replaceChildren(node); }
function empty(message) { return el("p", {class: "empty"}, message); }
function table(headers, rows) {
  const head = el("tr", {}, ...headers.map(h => el("th", {}, h)));
  return el("table", {}, el("thead", {}, head), el("tbody", {}, ...rows));
}
function cell(value, cls) {
  return el("td", cls ? {class: cls} : {}, value === null || value === undefined ? "" : value);
}

function renderOptions(options, filters) {
  typeColors = {};
  options.types.forEach((type, i) => { typeColors[type] = PALETTE[i % PALETTE.length]; });
  const fill = (select, values) => {
    select.replaceChildren(el("option", {value: ""}, "any"), ...values.map(v => el("option", {value: v}, v)));
  };
  fill(document.getElementById("f-type"), options.types);
  fill(document.getElementById("f-country"), options.countries);
  for (const name of ["start", "end", "country", "actor", "type"]) {
    const input = document.getElementById("f-" + name);
    const value = filters[name] || "";
    if (input.tagName === "SELECT" && value && ![...input.options].some(o => o.value === value)) {
      input.append(el("option", {value: value}, value));
    }
    input.value = value;
    if (input.tagName === "SELECT") {
      for (const option of input.options) option.toggleAttribute("selected", option.value === value);
    }
  }
  if (options.first_published) {
    document.getElementById("f-start").min = options.first_published;
    document.getElementById("f-end").max = options.last_published;
    document.getElementById("range").textContent =
      "articles published " + options.first_published + " to " + options.last_published;
  }
}

function renderSummary(summary) {
  const failed = Object.entries(summary.statuses).filter(([s]) => s !== "ok").map(([s, n]) => n + " " + s).join(", ");
  const cards = [["articles", summary.articles], ["events", summary.events], ["actors", summary.actors],
                 ["places", summary.places], ["quotes", summary.quotes], ["not processed", failed || "none"]];
  show("summary", el("div", {class: "cards"}, ...cards.map(([name, value]) =>
    el("div", {class: "card", id: "summary-" + name.replace(" ", "-")},
       el("div", {class: "value"}, value), el("div", {class: "name"}, name)))));
}

function renderTimeline(timeline) {
  const rows = timeline.rows;
  if (!rows.length) { show("timeline", empty("No events for these filters.")); return; }
  const buckets = [...new Set(rows.map(r => r.bucket))].sort();
  const types = [...new Set(rows.map(r => r.type))].sort();
  const totals = Object.fromEntries(buckets.map(b => [b, 0]));
  rows.forEach(r => { totals[r.bucket] += r.events; });
  const maxTotal = Math.max(...Object.values(totals));
  const W = 560, H = 260, left = 40, right = 10, top = 10, bottom = 50;
  const plotW = W - left - right, plotH = H - top - bottom;
  const band = plotW / buckets.length, barW = Math.min(60, band * 0.7);
  const chart = svg("svg", {width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: "img",
                           "aria-label": "events over time by type"});
  const ticks = maxTotal <= 5 ? [...Array(maxTotal + 1).keys()] : [0, Math.round(maxTotal / 2), maxTotal];
  for (const t of ticks) {
    const y = top + plotH - plotH * t / maxTotal;
    chart.append(svg("line", {x1: left, x2: W - right, y1: y, y2: y, stroke: "#e5e5e5"}));
    chart.append(svg("text", {x: left - 6, y: y + 4, "text-anchor": "end"}, t));
  }
  buckets.forEach((bucket, i) => {
    let y = top + plotH;
    const x = left + band * i + (band - barW) / 2;
    for (const type of types) {
      const row = rows.find(r => r.bucket === bucket && r.type === type);
      if (!row) continue;
      const h = plotH * row.events / maxTotal;
      y -= h;
      const rect = svg("rect", {x: x, y: y, width: barW, height: h, fill: typeColors[type] || "#999",
                                "data-type": type, "data-bucket": bucket});
      rect.append(svg("title", {}, `${bucket}: ${row.events} ${type}`));
      chart.append(rect);
    }
    chart.append(svg("text", {x: x + barW / 2, y: top + plotH + 14, "text-anchor": "middle"}, bucket));
  });
  chart.append(svg("line", {x1: left, x2: W - right, y1: top + plotH, y2: top + plotH, stroke: "#333"}));
  chart.append(svg("text", {x: left + plotW / 2, y: H - 8, "text-anchor": "middle"},
                   "publication " + timeline.granularity));
  chart.append(svg("text", {x: 12, y: top + plotH / 2, transform: `rotate(-90 12 ${top + plotH / 2})`,
                            "text-anchor": "middle"}, "events"));
  const legend = el("div", {class: "legend"}, ...types.map(type =>
    el("span", {}, el("span", {class: "chip", style: "background:" + (typeColors[type] || "#999")}), type)));
  show("timeline", el("div", {}, chart, legend));
}

function renderMap(places) {
  if (!places.length) { show("map", empty("No resolved places for these filters.")); return; }
  const W = 560, H = 280;
  let lon0 = Math.min(...places.map(p => p.lon)) - 8, lon1 = Math.max(...places.map(p => p.lon)) + 8;
  let lat0 = Math.min(...places.map(p => p.lat)) - 6, lat1 = Math.max(...places.map(p => p.lat)) + 6;
  // keep one degree of longitude as wide as one of latitude, so shapes are not stretched
  const scale = Math.min(W / Math.max(lon1 - lon0, 20), H / Math.max(lat1 - lat0, 10));
  const cx = (lon0 + lon1) / 2, cy = (lat0 + lat1) / 2;
  lon0 = cx - W / scale / 2; lon1 = cx + W / scale / 2; lat0 = cy - H / scale / 2; lat1 = cy + H / scale / 2;
  const X = lon => (lon - lon0) * scale, Y = lat => (lat1 - lat) * scale;
  const map = svg("svg", {width: W, height: H, viewBox: `0 0 ${W} ${H}`, role: "img", "aria-label": "map of places"});
  map.append(svg("rect", {x: 0, y: 0, width: W, height: H, fill: "#eef4f8"}));
  const step = (lon1 - lon0) > 120 ? 30 : (lon1 - lon0) > 50 ? 10 : 5;
  for (let lon = Math.ceil(lon0 / step) * step; lon <= lon1; lon += step) {
    map.append(svg("line", {x1: X(lon), x2: X(lon), y1: 0, y2: H, stroke: "#d3dde5"}));
    map.append(svg("text", {x: X(lon) + 2, y: H - 3, fill: "#789"}, lon + "°"));
  }
  for (let lat = Math.ceil(lat0 / step) * step; lat <= lat1; lat += step) {
    map.append(svg("line", {x1: 0, x2: W, y1: Y(lat), y2: Y(lat), stroke: lat === 0 ? "#9ab" : "#d3dde5"}));
    map.append(svg("text", {x: 2, y: Y(lat) - 2, fill: "#789"}, lat + "°"));
  }
  const weight = p => p.events || 0;
  const sorted = [...places].sort((a, b) => weight(b) - weight(a) || b.articles - a.articles);
  sorted.slice().reverse().forEach(p => {
    const r = 3 + 2.5 * Math.sqrt(weight(p) + p.articles);
    const dot = svg("circle", {cx: X(p.lon), cy: Y(p.lat), r: r, fill: p.kind === "country" ? "#e6550d" : "#3182bd",
                               "fill-opacity": 0.6, stroke: "#fff", "data-place": p.name});
    dot.append(svg("title", {}, `${p.name} (${p.country || "?"}): ${p.articles} articles, ${p.events} events`));
    map.append(dot);
  });
  sorted.slice(0, 12).forEach(p => map.append(svg("text", {x: X(p.lon) + 6, y: Y(p.lat) - 4}, p.name)));
  const legend = el("div", {class: "legend"},
    el("span", {}, el("span", {class: "chip", style: "background:#e6550d"}), "country (its centre)"),
    el("span", {}, el("span", {class: "chip", style: "background:#3182bd"}), "city, region or other"),
    el("span", {}, "size: articles + events; longitude/latitude grid, no basemap"));
  show("map", el("div", {}, map, legend));
}

function filterLink(text, name) {
  const link = el("a", {class: "filter", title: "filter on " + text}, text);
  link.addEventListener("click", () => { document.getElementById("f-" + name).value = text; apply(); });
  return link;
}

function renderActors(actors) {
  if (!actors.length) { show("actors", empty("No actors for these filters.")); return; }
  show("actors", table(["Actor", "Country", "Type", "Sector", "Articles", "Mentions", "As source", "As target"],
    actors.map(a => el("tr", {"data-actor": a.name}, el("td", {}, filterLink(a.name, "actor")), cell(a.country),
      cell(a.type), cell(a.sector), cell(a.articles, "num"), cell(a.mentions, "num"),
      cell(a.as_source, "num"), cell(a.as_target, "num")))));
}

function renderEvents(events) {
  if (!events.length) { show("events", empty("No events for these filters.")); return; }
  const countries = list => (list && list.length ? " [" + list.join(", ") + "]" : "");
  show("events", table(["Published", "Type", "Who → whom", "Trigger", "Modality", "Date", "Place", "Sentence"],
    events.map(e => el("tr", {"data-type": e.type, "data-article": e.article_id},
      cell(e.published, "date"),
      el("td", {}, el("span", {class: "chip", style: "background:" + (typeColors[e.type] || "#999")}),
         e.type + (e.mode ? "/" + e.mode : "")),
      cell((e.sources || "?") + countries(e.source_countries) + " → " +
           (e.targets || "–") + countries(e.target_countries)),
      cell(e.trigger), cell(e.modality), cell(e.date, "date"), cell(e.place),
      el("td", {title: e.title || ""}, e.sentence.length > 220 ? e.sentence.slice(0, 217) + "…" : e.sentence)))));
}

function renderQuotes(quotes) {
  if (!quotes.length) { show("quotes", empty("No quotes for these filters.")); return; }
  show("quotes", el("div", {}, ...quotes.map(q => el("div", {class: "quote", "data-article": q.article_id},
    el("div", {class: "who"}, (q.speaker || "unknown speaker") + (q.cue ? " (" + q.cue + ")" : "") +
       (q.direct ? ", direct" : ", reported") + " — " + (q.title || q.article_id) +
       (q.published ? ", " + q.published : "")),
    el("div", {}, q.before || "", el("mark", {}, q.text), q.after || "")))));
}

function render(data) {
  renderOptions(data.options, data.filters);
  renderSummary(data.summary);
  renderTimeline(data.timeline);
  renderMap(data.places);
  renderActors(data.actors);
  renderEvents(data.events);
  renderQuotes(data.quotes);
  document.getElementById("status").textContent = data.error || "";
}

function apply() {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(document.getElementById("filters"))) {
    if (String(value).trim()) params.set(key, String(value).trim());
  }
  const query = params.toString();
  history.replaceState(null, "", query ? "?" + query : location.pathname);
  document.getElementById("status").textContent = "loading…";
  fetch("api/dashboard" + (query ? "?" + query : ""))
    .then(response => response.json().then(body => ({ok: response.ok, body})))
    .then(({ok, body}) => {
      if (!ok) throw new Error(body.error || "request failed");
      render(body);
    })
    .catch(error => { document.getElementById("status").textContent = error.message; });
}

document.getElementById("filters").addEventListener("submit", event => { event.preventDefault(); apply(); });
document.getElementById("reset").addEventListener("click", () => {
  document.getElementById("filters").reset();
  for (const name of ["start", "end", "country", "actor", "type"]) document.getElementById("f-" + name).value = "";
  apply();
});
const initial = JSON.parse(document.getElementById("parley-data").textContent);
if (initial) {
  render(initial);
} else {  // the page was served without data: take the filters from the URL and ask for them
  const params = new URLSearchParams(location.search);
  for (const name of ["start", "end", "country", "actor", "type"]) {
    const input = document.getElementById("f-" + name), value = params.get(name) || "";
    if (input.tagName === "SELECT" && value) input.append(el("option", {value: value}, value));
    input.value = value;
  }
  apply();
}
</script>
</body>
</html>
"""
