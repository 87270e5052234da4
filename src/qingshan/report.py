"""A self-contained HTML review report of a warehouse: every fact highlighted at its offsets in the
cleaned text, filterable tables, the run's quality results, and charts (inline SVG, no CDN).

Small warehouses are embedded whole in one file. Beyond EMBED_LIMIT characters of text, each
document's text and facts go to a script file beside the report (`<name>_files/doc_N.js`), loaded
when the document is opened, so the page stays fast with thousands of documents.
"""
from __future__ import annotations

import datetime as dt
import json
import pathlib
import shutil
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


def collect(warehouse: pathlib.Path) -> dict:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        docs = _clean(_rows(con, """select document_id, source_path, title, published_date, reference_date, doc_type,
                                           script, article_count, noise, encoding, length(clean_text) as chars
                                    from marts.dim_documents order by source_path"""))
        metrics = _clean(_rows(con, """select metric_id as id, document_id, evidence_start as s, evidence_end as e,
                                              subject, indicator, region, value_text, value, unit, qualifier, kind,
                                              period_start, period_end, change_direction, change_value, change_unit
                                       from marts.fct_metrics order by document_id, evidence_start"""))
        tasks = _clean(_rows(con, """select task_id as id, document_id, evidence_start as s, evidence_end as e, action,
                                            deadline, deadline_text, target_value, target_unit, responsible, region, category
                                     from marts.fct_tasks order by document_id, evidence_start"""))
        events = _clean(_rows(con, """select e.event_id as id, e.document_id, e.evidence_start as s, e.evidence_end as e,
                                             e.event_type, e.name, e.event_date, e.date_text, e.organizer, e.region,
                                             list(p.name order by p.name) filter (where p.name is not null) as participants
                                      from marts.fct_events e left join marts.bridge_event_participants p using (event_id)
                                      group by all order by e.document_id, e.evidence_start"""))
        people = _clean(_rows(con, """select person_id || ':' || document_id as id, document_id, evidence_start as s,
                                             evidence_end as e, name, title, org
                                      from marts.fct_person_roles where evidence_start is not null
                                      order by document_id, evidence_start"""))
        texts = dict(con.execute("select document_id, clean_text from marts.dim_documents").fetchall())
        raw = dict(con.execute("select r.document_id, r.text from raw.documents r "
                               "join marts.dim_documents d using (document_id)").fetchall())
    finally:
        con.close()
    return {"docs": docs, "metrics": metrics, "tasks": tasks, "events": events, "people": people,
            "texts": texts, "raw": raw}


def _quality(warehouse: pathlib.Path) -> dict:
    path = warehouse.with_name(warehouse.stem + "_quality.json")
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def write_report(warehouse: pathlib.Path, out: pathlib.Path | None = None, today: dt.date | None = None) -> pathlib.Path:
    warehouse = pathlib.Path(warehouse)
    out = pathlib.Path(out or warehouse.with_name(warehouse.stem + "_report.html"))
    data = collect(warehouse)
    texts, raw = data.pop("texts"), data.pop("raw")
    facts_by_doc: dict[str, dict[str, list]] = {}
    for kind in ("metrics", "tasks", "events", "people"):
        for r in data[kind]:
            facts_by_doc.setdefault(r["document_id"], {}).setdefault(kind, []).append(r)
    payload = {
        "generated": (today or dt.date.today()).isoformat(), "warehouse": str(warehouse),
        "quality": _quality(warehouse), "docs": data["docs"],
        "metrics": data["metrics"], "tasks": data["tasks"], "events": data["events"],
        "data_docs": str(warehouse.with_name(warehouse.stem + "_data_docs") / "index.html"),
    }
    side = out.with_name(out.stem + "_files")
    shutil.rmtree(side, ignore_errors=True)
    total = sum(len(t or "") for t in texts.values())
    per_doc = {d["document_id"]: {"text": texts.get(d["document_id"]) or "", "raw": raw.get(d["document_id"]) or "",
                                  "facts": facts_by_doc.get(d["document_id"], {})} for d in data["docs"]}
    if total <= EMBED_LIMIT:
        payload["embedded"] = per_doc
    else:
        side.mkdir(parents=True)
        for i, d in enumerate(data["docs"]):
            d["file"] = f"{side.name}/doc_{i}.js"
            body = json.dumps({"id": d["document_id"], **per_doc[d["document_id"]]}, ensure_ascii=False)
            (side / f"doc_{i}.js").write_text(f"window.qsLoaded({body});", encoding="utf-8")
    assets = resources.files("qingshan") / "report_assets"
    html = (assets / "report.html").read_text(encoding="utf-8")
    html = html.replace("/*STYLE*/", (assets / "report.css").read_text(encoding="utf-8"))
    html = html.replace("/*SCRIPT*/", (assets / "report.js").read_text(encoding="utf-8"))
    data_json = json.dumps(payload, ensure_ascii=False).replace("</", "<\\/")
    html = html.replace("/*DATA*/", data_json)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    tmp.write_text(html, encoding="utf-8")
    tmp.replace(out)
    return out
