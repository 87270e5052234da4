"""`qingshan report --serve`: the review report's page served over HTTP, reading the warehouse on
demand, so a corpus too big for one file is browsable whole. The page is the one `write_report`
writes; here it carries no table rows and no document texts: it asks for them.

- `GET /`: the page (documents list, totals, names, charts, quality).
- `GET /api/doc?id=DOCUMENT_ID`: one document's texts and facts, as a report file embeds them.
- `GET /api/rows?table=T&page=N&COLUMN=VALUE…`: one page of a table (series, metrics, tasks, events),
  filtered on its filter columns, with the total and each filter column's values.

The server reads the warehouse file it opened: after a run publishes a new build, restart it.
"""
from __future__ import annotations

import json
import pathlib
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from .report import (FILTERS, PAGE_ROWS, TABLE_ORDER, TABLES, _FACT_QUERIES, _connect,
                     _json_rows, _stream, _payload, document_json, document_texts, fact_kinds, render_page)

OPTIONS_LIMIT = 1000  # values listed in a filter's drop-down


class ReportData:
    """Answers the page's questions from one read-only connection (a cursor per query)."""

    def __init__(self, warehouse: pathlib.Path):
        self.warehouse = pathlib.Path(warehouse)
        self.con = _connect(self.warehouse)
        payload = _payload(self.con, self.warehouse, None, table_rows=0)
        self.page = render_page({**payload, "serve": True}).encode("utf-8")
        self.kinds = fact_kinds(self.con)  # the file does not change while served
        self._options: dict[str, dict] = {}
        self._lock = threading.Lock()

    def document(self, document_id: str) -> str | None:
        """The document as JSON, as a report's document script holds it."""
        texts = document_texts(self.con, "select $1::varchar", [document_id])
        if not texts:
            return None
        facts = {}
        for kind in self.kinds:
            sql = _FACT_QUERIES[kind].format(where="where document_id = ?", limit="", and_="and")
            rows = [j for _, j in _json_rows(self.con, sql, [document_id])]
            if rows:
                facts[kind] = rows
        _, text, raw, kept = texts[0]
        return document_json(text, raw, kept, facts, document_id)

    def rows(self, table: str, page: int, filters: dict[str, str]) -> dict:
        base = _FACT_QUERIES[table].format(where="", limit="", and_="where")
        cols = [c for c in FILTERS[table] if filters.get(c)]
        where = ("where " + " and ".join(f"cast({c} as varchar) = ?" for c in cols)) if cols else ""
        params = [filters[c] for c in cols]
        total = self.con.cursor().execute(f"select count(*) from ({base}) t {where}", params).fetchone()[0]
        rows = list(_stream(self.con, f"select * from ({base}) t {where} order by {TABLE_ORDER[table]} "
                                      f"limit {PAGE_ROWS} offset {max(0, page) * PAGE_ROWS}", params))
        return {"rows": rows, "total": total, "options": self.options(table)}

    def options(self, table: str) -> dict:
        """Each filter column's values (computed once per table)."""
        with self._lock:
            if table not in self._options:
                base = _FACT_QUERIES[table].format(where="", limit="", and_="where")
                cur = self.con.cursor()
                self._options[table] = {
                    c: [r[0] for r in cur.execute(f"select distinct {c} from ({base}) t where {c} is not null "
                                                  f"order by 1 limit {OPTIONS_LIMIT}").fetchall()]
                    for c in FILTERS[table]}
            return self._options[table]


def make_server(warehouse: pathlib.Path, host: str = "127.0.0.1", port: int = 8765) -> ThreadingHTTPServer:
    """The report server, bound and ready (`serve_forever()` to answer); port 0 picks a free one."""
    data = ReportData(warehouse)

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):  # quiet: one line per request is noise for a reader
            pass

        def _send(self, status: int, body: bytes, kind: str):
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _json(self, value, status: int = 200):
            self._send(status, json.dumps(value, ensure_ascii=False).encode("utf-8"), "application/json; charset=utf-8")

        def do_GET(self):  # noqa: N802 - the name http.server calls
            url = urllib.parse.urlsplit(self.path)
            q = {k: v[-1] for k, v in urllib.parse.parse_qs(url.query).items()}
            try:
                if url.path in ("/", "/index.html"):
                    return self._send(200, data.page, "text/html; charset=utf-8")
                if url.path == "/api/doc":
                    doc = data.document(q.get("id", ""))
                    if doc is None:
                        return self._json({"error": f"no document {q.get('id')!r}"}, 404)
                    return self._send(200, doc.encode("utf-8"), "application/json; charset=utf-8")
                if url.path == "/api/rows":
                    table = q.get("table", "")
                    if table not in TABLES:
                        return self._json({"error": f"no table {table!r}; one of {', '.join(TABLES)}"}, 400)
                    return self._json(data.rows(table, int(q.get("page", "0") or 0), q))
                return self._json({"error": f"no page {url.path}"}, 404)
            except (ValueError, KeyError) as e:
                return self._json({"error": str(e)}, 400)
            except Exception as e:  # noqa: BLE001 - an answer the browser can show, not a closed socket
                return self._json({"error": f"{type(e).__name__}: {e}"}, 500)

    server = ThreadingHTTPServer((host, port), Handler)
    server.report_data = data
    return server
