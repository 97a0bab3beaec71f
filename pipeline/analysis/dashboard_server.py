"""The dashboard's web server: ``parley dashboard OUT`` serves the page and JSON endpoints on 127.0.0.1.

Endpoints: ``/`` (the page, with the data for its URL's filters inlined), ``/api/dashboard``
(everything the page shows) and ``/api/<part>`` for one part: summary, options, timeline,
places, actors, quotes, events. Filters are query parameters: ``start`` and ``end``
(publication dates, YYYY-MM-DD), ``country`` (ISO3 or IGO code), ``actor`` (part of a
name) and ``type`` (a PLOVER event type).
"""
from __future__ import annotations

import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from pipeline.analysis.dashboard_page import render_page, to_json
from pipeline.analysis.dashboard_queries import BadFilter, Dashboard, Filters


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
