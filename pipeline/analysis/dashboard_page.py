"""The dashboard's page: one self-contained HTML/JS page, and the JSON that it and the API are given.

:func:`render_page` inlines the data for the page's filters, so the page shows without a
further request; on "Apply" the page puts the filters in the URL and fetches /api/dashboard.
"""
from __future__ import annotations

import datetime as dt
import json


def to_json(value) -> str:
    """JSON for the page and the API; dates as ISO strings."""
    return json.dumps(value, default=lambda v: v.isoformat() if isinstance(v, (dt.date, dt.datetime)) else str(v),
                      ensure_ascii=False)


def render_page(data: dict) -> str:
    """The page with ``data`` inlined, so that it shows without a further request."""
    inline = to_json(data).replace("<", "\\u003c")  # "<" only occurs inside JSON strings
    return PAGE.replace("/*PARLEY_DATA*/null", inline, 1)


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
