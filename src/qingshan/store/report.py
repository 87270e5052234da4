"""A self-contained HTML review report of a warehouse: every fact highlighted at its offsets in the
cleaned text, filterable tables, the run's quality results, and charts (inline SVG, no CDN).

Small warehouses are embedded whole in one file. Beyond EMBED_LIMIT characters of text, each
document's text and facts go to a script file beside the report (`<name>_files/doc_N.js`), loaded
when the document is opened; the tables carry the first TABLE_ROWS rows of each fact table and
the charts draw SQL aggregates, so the page stays fast with thousands of documents.
"""
from __future__ import annotations

import datetime as dt
import json
import pathlib
import shutil
import tempfile
from importlib import resources

import duckdb

EMBED_LIMIT = 5_000_000  # characters of clean text embedded in the page itself


def _rows(con, sql: str) -> list[dict]:
    cur = con.execute(sql)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur.fetchall()]


def _jsonable(v):
    if isinstance(v, (dt.date, dt.datetime)):
        return v.isoformat()[:10]
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


def _clean(rows: list[dict]) -> list[dict]:
    return [{k: _jsonable(v) for k, v in r.items() if v is not None} for r in rows]


TABLE_ROWS = 20_000  # rows of each fact table embedded in the page; the warehouse has them all

_FACT_QUERIES = {
    "metrics": """select metric_id as id, document_id, evidence_start as s, evidence_end as e, subject, indicator, region,
                         value_text, value, unit, qualifier, kind, period_start, period_end, change_direction,
                         change_value, change_unit
                  from marts.fct_metrics {where} order by document_id, evidence_start {limit}""",
    "tasks": """select task_id as id, document_id, evidence_start as s, evidence_end as e, action, deadline, deadline_text,
                       target_value, target_unit, responsible, region, category
                from marts.fct_tasks {where} order by document_id, evidence_start {limit}""",
    "events": """select e.event_id as id, e.document_id, e.evidence_start as s, e.evidence_end as e, e.event_type, e.name,
                        e.event_date, e.date_text, e.organizer, e.region,
                        list(p.name order by p.name) filter (where p.name is not null) as participants
                 from marts.fct_events e left join marts.bridge_event_participants p using (event_id)
                 {where} group by all order by e.document_id, e.evidence_start {limit}""",
    "people": """select person_id || ':' || document_id as id, document_id, evidence_start as s, evidence_end as e,
                        name, title, org
                 from marts.fct_person_roles {where} {and_} evidence_start is not null
                 order by document_id, evidence_start {limit}""",
    # facts held back by a row check: shown in their text so a person can see why
    "quarantine": """select fact_id as id, document_id, evidence_start as s, evidence_end as e, fact_type, check_name,
                            failed_value
                     from marts.fct_quarantine {where} {and_} evidence_start is not null
                     order by document_id, evidence_start {limit}""",
}

# "to review": each held-back fact with the text around its evidence
_REVIEW_QUERY = """select q.fact_id as id, q.document_id, q.fact_type, q.check_name, q.failed_value, q.row_json,
                          substring(d.clean_text, greatest(q.evidence_start - 60, 0) + 1, least(q.evidence_start, 60)) as before,
                          substring(d.clean_text, q.evidence_start + 1, q.evidence_end - q.evidence_start) as evidence,
                          substring(d.clean_text, q.evidence_end + 1, 60) as after
                   from marts.fct_quarantine q join marts.dim_documents d using (document_id)
                   order by d.source_path, q.evidence_start limit {limit}"""


def _has_quarantine(con) -> bool:
    """A warehouse built before the quality gate has no fct_quarantine."""
    return con.execute("select count(*) from information_schema.tables "
                       "where table_schema = 'marts' and table_name = 'fct_quarantine'").fetchone()[0] > 0


def _facts(con, kind: str, limit: int) -> list[dict]:
    return _clean(_rows(con, _FACT_QUERIES[kind].format(where="", limit=f"limit {limit}", and_="where")))


def _stream(cursor, sql: str, chunk: int = 5000):
    """Rows of a query as dicts, fetched a chunk at a time."""
    cursor.execute(sql)
    cols = [d[0] for d in cursor.description]
    while rows := cursor.fetchmany(chunk):
        for r in rows:
            yield {k: _jsonable(v) for k, v in zip(cols, r) if v is not None}


def _per_document(con):
    """(document_id, {text, raw, facts}) for every document, in document_id order: one ordered pass
    over each fact table, merged by document (no query per document)."""
    kinds = ("metrics", "tasks", "events", "people") + (("quarantine",) if _has_quarantine(con) else ())
    streams = {k: _stream(con.cursor(), _FACT_QUERIES[k].format(where="", limit="", and_="where")) for k in kinds}
    heads = {k: next(streams[k], None) for k in kinds}
    texts = _stream(con.cursor(), """select d.document_id, d.clean_text, r.text as raw from marts.dim_documents d
                                     left join raw.documents r using (document_id) order by d.document_id""")
    for doc in texts:
        doc_id = doc["document_id"]
        facts: dict[str, list] = {}
        for k in kinds:
            while heads[k] is not None and heads[k]["document_id"] < doc_id:
                heads[k] = next(streams[k], None)
            while heads[k] is not None and heads[k]["document_id"] == doc_id:
                facts.setdefault(k, []).append(heads[k])
                heads[k] = next(streams[k], None)
        yield doc_id, {"text": doc.get("clean_text", ""), "raw": doc.get("raw", ""), "facts": facts}


def _charts(con) -> dict:
    """What the charts draw, aggregated in SQL (not every row in the page)."""
    return {
        "indicators": _clean(_rows(con, """select indicator, coalesce(region, '?') as region, period_start, period_end,
                                                   any_value(unit) as unit, round(avg(value), 2) as value, count(*) as n
                                            from marts.fct_metrics where kind = 'actual' and indicator <> 'other'
                                            group by all order by indicator, region, period_start""")),
        "task_months": _clean(_rows(con, """select strftime(deadline, '%Y-%m') as month, count(*) as n from marts.fct_tasks
                                             where deadline is not null group by 1 order by 1""")),
        "events": _clean(_rows(con, """select event_date, name from marts.fct_events where event_date is not null
                                        order by event_date limit 300""")),
    }


def _quality(warehouse: pathlib.Path) -> dict:
    path = warehouse.with_name(warehouse.stem + "_quality.json")
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def script_json(value) -> str:
    """JSON to put inside a <script> element: every `<`, `>` and `&` escaped (`\\u003c`...), so no
    sequence in the data (`</script>`, `<!--`, `<script`) can end the element or change how the HTML
    parser reads it. The JSON value is unchanged."""
    return (json.dumps(value, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


_OURS = ".qingshan-report"  # the mark in a folder of document scripts the report made


class ReportError(Exception):
    """The report cannot be written there; the message says why and what to do."""


def _claim_side_folder(side: pathlib.Path) -> None:
    """Empty the report's folder of document scripts, only if the report made it (a browser that saves
    a page "complete" makes a folder of the same name)."""
    if side.exists() and not (side / _OURS).exists():
        raise ReportError(f"{side} exists and was not made by qingshan: move it, or write the report elsewhere (--out)")
    shutil.rmtree(side, ignore_errors=True)


def report_path(warehouse: pathlib.Path) -> pathlib.Path:
    """Where the review report of a warehouse is written by default."""
    return warehouse.with_name(warehouse.stem + "_report.html")


def report_is_current(warehouse: pathlib.Path) -> bool:
    """The default report exists and was written after the warehouse last changed."""
    out = report_path(warehouse)
    return out.exists() and out.stat().st_mtime >= warehouse.stat().st_mtime


def write_report(warehouse: pathlib.Path, out: pathlib.Path | None = None, today: dt.date | None = None) -> pathlib.Path:
    warehouse = pathlib.Path(warehouse)
    out = pathlib.Path(out or report_path(warehouse))
    side = out.with_name(out.stem + "_files")
    # a bounded buffer: DuckDB spills the ordered passes over large fact tables to disk
    con = duckdb.connect(str(warehouse), read_only=True, config={"memory_limit": "768MB", "temp_directory": tempfile.gettempdir()})
    try:
        docs = _clean(_rows(con, """select document_id, source_path, title, published_date, reference_date, doc_type,
                                           script, article_count, noise, encoding, length(clean_text) as chars
                                    from marts.dim_documents order by source_path"""))
        quarantine = _has_quarantine(con)
        totals = {k: con.execute(f"select count(*) from marts.{t}").fetchone()[0]
                  for k, t in (("metrics", "fct_metrics"), ("tasks", "fct_tasks"), ("events", "fct_events"))
                  + ((("review", "fct_quarantine"),) if quarantine else ())}
        payload = {
            "generated": (today or dt.date.today()).isoformat(), "warehouse": str(warehouse),
            "quality": _quality(warehouse), "docs": docs, "totals": totals, "charts": _charts(con),
            "data_docs": str(warehouse.with_name(warehouse.stem + "_data_docs") / "index.html"),
            **{k: _facts(con, k, limit=TABLE_ROWS) for k in ("metrics", "tasks", "events")},
            "review": _clean(_rows(con, _REVIEW_QUERY.format(limit=TABLE_ROWS))) if quarantine else [],
        }
        embed = sum(d.get("chars") or 0 for d in docs) <= EMBED_LIMIT
        if embed:
            payload["embedded"] = {}
            if (side / _OURS).exists():  # the scripts of an earlier, larger report
                shutil.rmtree(side)
        else:
            _claim_side_folder(side)
            side.mkdir(parents=True)
            (side / _OURS).write_text("made by qingshan report: emptied when the report is written again\n")
        position = {d["document_id"]: i for i, d in enumerate(docs)}
        for doc_id, body in _per_document(con):  # one document at a time: memory holds one page's facts
            if embed:
                payload["embedded"][doc_id] = body
            else:
                i = position[doc_id]
                docs[i]["file"] = f"{side.name}/doc_{i}.js"
                (side / f"doc_{i}.js").write_text(
                    "window.qsLoaded(" + script_json({"id": doc_id, **body}) + ");", encoding="utf-8")
    finally:
        con.close()
    assets = resources.files("qingshan.store") / "report_assets"
    html = (assets / "report.html").read_text(encoding="utf-8")
    html = html.replace("/*STYLE*/", (assets / "report.css").read_text(encoding="utf-8"))
    html = html.replace("/*SCRIPT*/", (assets / "report.js").read_text(encoding="utf-8"))
    html = html.replace("/*DATA*/", script_json(payload))
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=out.parent, prefix=f".{out.name}.", suffix=".tmp",
                                     delete=False) as f:  # a name no one else uses, replaced atomically
        tmp = pathlib.Path(f.name)
    try:
        tmp.write_text(html, encoding="utf-8")
        tmp.replace(out)
    finally:
        tmp.unlink(missing_ok=True)
    return out
