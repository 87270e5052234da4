"""A self-contained HTML review report of a warehouse, in Chinese (English on a toggle): every fact
highlighted at its offsets in the cleaned text, the analyst marts (indicator_series, task_tracker,
event_timeline) and the metrics as filterable tables whose rows open their evidence, the run's
quality results, and charts drawn by Vega-Lite (report_charts.py; its JavaScript is embedded, no CDN).
Codes are shown by the dictionaries' names (indicators.csv, labels.csv), documents by their titles.

Small warehouses are embedded whole in one file. Beyond EMBED_LIMIT characters of text, each
document's text and facts go to a script file beside the report (`<name>_files/doc_<id>.js`), loaded
when the document is opened; the tables carry the first TABLE_ROWS rows of each fact table and
the charts draw SQL aggregates, so the page stays fast with thousands of documents. After an
incremental build only the files of the documents it rebuilt are written again (`documents`), and
those of documents gone from the marts removed: the report costs what changed, plus the page.
"""
from __future__ import annotations

import datetime as dt
import json
import pathlib
import re
import shutil
import tempfile
from collections.abc import Collection
from importlib import resources

import duckdb

from . import warehouse as wh

EMBED_LIMIT = 1_000_000  # characters of clean text embedded in the page itself


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


TABLE_ROWS = 20_000  # rows of each fact table embedded in the page; the warehouse has them all

_FACT_QUERIES = {
    "metrics": """select metric_id as id, document_id, evidence_start as s, evidence_end as e, subject, indicator, region,
                         value_text, value, unit, qualifier, kind, target_level, period_start, period_end,
                         change_direction, change_value, change_unit
                  from marts.fct_metrics {where} order by document_id, evidence_start, id {limit}""",
    "tasks": """select task_id as id, document_id, evidence_start as s, evidence_end as e, action, deadline, deadline_text,
                       days_to_deadline, status, indicator, target_value, target_unit, target_level, actual_value,
                       responsible, region, category
                from marts.task_tracker {where} order by document_id, evidence_start, id {limit}""",
    "events": """select event_id as id, document_id, evidence_start as s, evidence_end as e, event_type, name,
                        event_date, event_month, date_source, date_text, organizer, region, participants
                 from marts.event_timeline {where} order by document_id, evidence_start, id {limit}""",
    "series": """select series.series_key as id, metrics.document_id, metrics.evidence_start as s, metrics.evidence_end as e,
                        series.source_metric_id as fact_id, series.indicator, series.region, series.period_start,
                        series.period_end, series.kind, series.target_level, series.value, series.unit,
                        series.n_documents, series.disagree, series.single_figure, series."values", series.first_seen, series.last_seen
                 from marts.indicator_series series
                 join marts.fct_metrics metrics on metrics.metric_id = series.source_metric_id
                 {where} order by series.n_documents desc, series.indicator, series.region, series.period_start, id {limit}""",
    "people": """select person_id || ':' || document_id as id, document_id, evidence_start as s, evidence_end as e,
                        name, title, org
                 from marts.fct_person_roles {where} {and_} evidence_start is not null
                 order by document_id, evidence_start, id {limit}""",
    # facts held back by a row check: shown in their text so a person can see why
    "quarantine": """select fact_id as id, document_id, evidence_start as s, evidence_end as e, fact_type, check_name,
                            failed_value
                     from marts.fct_quarantine {where} {and_} evidence_start is not null
                     order by document_id, evidence_start, id {limit}""",
}


TABLES = ("series", "metrics", "tasks", "events")  # the tables the page lists (each row opens its evidence)
FILTERS = {"series": ["indicator", "region", "kind"], "metrics": ["indicator", "region", "kind"],
           "tasks": ["status", "region", "category"], "events": ["event_type", "region"]}
PAGE_ROWS = 100
TABLE_ORDER = {"series": "n_documents desc, indicator, region, period_start", "metrics": "document_id, s",
               "tasks": "document_id, s", "events": "document_id, s"}


# documents' texts, as JSON, for the ids {ids} (a query) lists, and the spans of the raw text their
# sentences were cleaned from (what lies outside them, the cleaner removed), in two queries: one query
# joining the texts with each document's list of spans ran out of DuckDB's 256 MB on a document of 4M
# characters (110k sentences), each alone takes a few MB. The sentences are narrowed to those ids
# first: a correlated subquery held a hash table of every sentence (out of memory at 256 MB with 2.2M
# sentences, after every page of 100 MB was edited)
_DOCUMENT_TEXTS = """select d.document_id, to_json(coalesce(d.clean_text, ''))::varchar as text,
                            to_json(coalesce(r.text, ''))::varchar as raw
                     from marts.dim_documents d
                     left join raw.documents r using (document_id)
                     where d.document_id in ({ids}) order by d.document_id"""
_DOCUMENT_SPANS = """select s.document_id, to_json(list([s.raw_start, s.raw_end] order by s.raw_start))::varchar
                     from extracted.sentences s where s.document_id in ({ids})
                     group by s.document_id"""


def document_texts(con, ids: str, params: list) -> list[tuple[str, str, str, str]]:
    """(document_id, clean text, raw text, the sentences' spans in the raw text), each as JSON, for
    the documents the query `ids` lists (with `params`), in document_id order."""
    spans = dict(con.cursor().execute(_DOCUMENT_SPANS.format(ids=ids), params).fetchall())
    return [(doc_id, text, raw, spans.get(doc_id, "[]"))
            for doc_id, text, raw in con.cursor().execute(_DOCUMENT_TEXTS.format(ids=ids), params).fetchall()]


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


def fact_kinds(con) -> tuple[str, ...]:
    """What a document's text highlights: its facts, and those a row check held back."""
    return ("metrics", "tasks", "events", "people") + (("quarantine",) if _has_quarantine(con) else ())


def _facts(con, kind: str, limit: int) -> ScriptJson:
    """The first `limit` rows of a table, as the page's script holds them."""
    rows = [j for _, j in _json_rows(con, _FACT_QUERIES[kind].format(where="", limit=f"limit {limit}", and_="where"))]
    return ScriptJson(_escaped("[" + ",".join(rows) + "]"))


def _json_rows(con, sql: str, params: list | None = None) -> list[tuple[str, str]]:
    """(document_id, the row as JSON without its null fields) for each row of a query, in its order.
    DuckDB writes the JSON: dates as `2024-03-01`, a whole float as `42.0` (which the page reads as
    42, as it would Python's `42`). Turning rows into Python values and those into JSON took most of
    the report's time (17 s on 100 MB of text). On a cursor of its own (see _stream)."""
    return con.cursor().execute(f"select q.document_id, json_strip_nulls(to_json(q))::varchar from ({sql}) q",
                                params).fetchall()


def _stream(con, sql: str, params: list | None = None, chunk: int = 5000):
    """Rows of a query as dicts without their nulls, values as _jsonable makes them, fetched a chunk
    at a time as Arrow columns: only date and float columns are converted value by value (every
    value through _jsonable, the report of 100 MB of text took 19.3 s; 17.0 s this way). On a cursor
    of its own: several streams can be read at once, from any thread, and duckdb 2 refuses a query on
    a connection whose last result is unread."""
    import pyarrow as pa

    for batch in con.cursor().sql(sql, params=params).to_arrow_reader(chunk):
        names = batch.schema.names
        columns = []
        for column in batch.columns:
            values = column.to_pylist()
            if pa.types.is_date(column.type) or pa.types.is_timestamp(column.type) or pa.types.is_floating(column.type):
                values = [None if v is None else _jsonable(v) for v in values]
            columns.append(values)
        for row in zip(*columns):
            yield {k: v for k, v in zip(names, row) if v is not None}


CHUNK_DOCUMENTS = 200  # documents read at a time for their scripts...
CHUNK_CHARS = 2_000_000  # ...and at most this many characters of clean text (DuckDB's 256 MB held
# ~6.8M with their raw texts, ~3.4M as JSON; 200 documents of 100 MB of text are ~2.3M)


def _chunks(ids: Collection[str], chars: dict[str, int]) -> list[list[str]]:
    """ids in document_id order, cut into runs of at most CHUNK_DOCUMENTS documents and
    CHUNK_CHARS characters (a longer document is a run of its own)."""
    return wh.runs_by_size(((doc_id, chars.get(doc_id) or 0) for doc_id in sorted(ids)), CHUNK_CHARS, CHUNK_DOCUMENTS)


def _per_document(con, ids: Collection[str], chars: dict[str, int], with_id: bool):
    """(document_id, its document_json, with its id if with_id) for the documents `ids`, in
    document_id order, a _chunks run at a time (chars: each document's characters of clean text):
    per run, one query per fact table (no query per document, and no sort of whole tables: on
    100 MB, five at once held ~600 MB)."""
    kinds = fact_kinds(con)
    where = "where document_id in (select unnest(?::varchar[]))"
    for run in _chunks(ids, chars):
        params = [run]
        facts: dict[str, dict[str, list[str]]] = {}  # document -> kind -> its facts' JSON, in kinds' order
        for k in kinds:
            for doc_id, row in _json_rows(con, _FACT_QUERIES[k].format(where=where, limit="", and_="and"), params):
                facts.setdefault(doc_id, {}).setdefault(k, []).append(row)
        for doc_id, text, raw, kept in document_texts(con, "select unnest($1::varchar[])", params):
            yield doc_id, document_json(text, raw, kept, facts.get(doc_id, {}), doc_id if with_id else None)


def document_json(text: str, raw: str, kept: str, facts: dict[str, list[str]], document_id: str | None = None) -> str:
    """What the page needs to show one document (report.js, openDoc), as JSON: its id if given, its
    texts, the spans of the raw text its sentences were cleaned from, and its facts by kind; the
    parts are already JSON (document_texts, _json_rows)."""
    head = "{" if document_id is None else '{"id": ' + json.dumps(document_id, ensure_ascii=False) + ", "
    return (head + '"text": ' + text + ', "raw": ' + raw + ', "kept": ' + kept + ', "facts": {'
            + ", ".join(json.dumps(k) + ": [" + ",".join(rows) + "]" for k, rows in facts.items()) + "}}")


def _names(con) -> dict:
    """{field: {code: {zh, en}}}: labels.csv's names of codes, categories.csv's of policy areas and
    indicators.csv's of indicators."""
    names: dict[str, dict] = {}
    rows = con.execute("""select field, code, name_zh, name_en from dictionaries.labels
                          union all select 'category', category, name_zh, name_en from dictionaries.categories""").fetchall()
    for field, code, zh, en in rows:
        names.setdefault(field, {})[code] = {"zh": zh, "en": en}
    names["indicator"] = {code: {"zh": zh or code, "en": code.replace("_", " ")}
                          for code, zh in con.execute("select indicator, name_zh from marts.dim_indicators").fetchall()}
    return names


def _charts(con, names: dict) -> dict:
    """Each chart's Vega-Lite spec per language, from SQL aggregates of the analyst marts (not every
    row in the page)."""
    from . import report_charts  # Altair and vl-convert: ~70 MB, loaded only to draw a report

    def name(field, code, lang):
        return names.get(field, {}).get(code, {}).get(lang, code)

    series = _rows(con, """select indicator, region, period_start, period_end, kind, target_level, value, unit,
                                  n_documents, disagree, "values"
                           from marts.indicator_series
                           where single_figure and period_end is not null and region is not null
                           order by indicator, region, period_end, series_key limit 20000""")
    tasks = _rows(con, """select strftime(deadline, '%Y-%m') as month, status, count(*) as n from marts.task_tracker
                          where deadline is not null group by all order by month, status""")
    events = _rows(con, """select event_month as month, event_type, count(*) as n,
                                  string_agg(distinct name, '、' order by name) as names
                           from marts.event_timeline where event_month is not null group by all order by month, event_type""")
    statuses = ("met", "missed", "overdue", "due", "open")
    out = {}
    for lang in ("zh", "en"):
        t = report_charts.TEXT[lang]
        series_rows = [{
            "series": f"{name('indicator', r['indicator'], lang)} ({r['unit'] or '-'})",
            "indicator_label": name("indicator", r["indicator"], lang), "region": r["region"],
            "date": _jsonable(r["period_end"]), "period": f"{_jsonable(r['period_start'])} ~ {_jsonable(r['period_end'])}",
            "value": r["value"], "unit": r["unit"], "kind_label": name("kind", r["kind"], lang),
            "level_label": name("target_level", r["target_level"], lang) if r["target_level"] else "",
            "n_documents": r["n_documents"], "disagree_label": t["yes"] if r["disagree"] else t["no"],
            "values_text": " / ".join(f"{_jsonable(v)}" for v in r["values"])} for r in series]
        out[lang] = {
            "series": report_charts.series_chart(series_rows, lang),
            "tasks": report_charts.tasks_chart(
                [{**r, "status_label": name("status", r["status"], lang)} for r in tasks], lang,
                [(c, name("status", c, lang)) for c in statuses]),
            "events": report_charts.events_chart(
                [{"month": _jsonable(r["month"]), "type_label": name("event_type", r["event_type"], lang), "n": r["n"],
                  "names": (r["names"] or "")[:200]} for r in events], lang),
        }
    return out


def _quality(warehouse: pathlib.Path) -> dict:
    path = warehouse.with_name(warehouse.stem + "_quality.json")
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


class ScriptJson(str):
    """A payload value already written by script_json: the page's large parts (tables, charts) are
    held as their text once computed, not as rows of dicts (on 30 MB of text, ~370 MB of them)."""


def script_json(value) -> str:
    """JSON to put inside a <script> element: every `<`, `>` and `&` escaped (`\\u003c`...), so no
    sequence in the data (`</script>`, `<!--`, `<script`) can end the element or change how the HTML
    parser reads it. The JSON value is unchanged. ScriptJson values are used as they are."""
    return "".join(_script_json_parts(value))


def _script_json_parts(value):
    """script_json's text in pieces: a dict holding ScriptJson values is written key by key."""
    if isinstance(value, ScriptJson):
        yield value
    elif isinstance(value, dict) and any(isinstance(v, ScriptJson) for v in value.values()):
        yield "{"
        for i, (k, v) in enumerate(value.items()):
            yield (", " if i else "") + _escaped(json.dumps(str(k), ensure_ascii=False)) + ": "  # json.dumps's separators
            yield from _script_json_parts(v)
        yield "}"
    else:
        yield _escaped(json.dumps(value, ensure_ascii=False))


def _escaped(text: str) -> str:
    return (text.replace("<", "\\u003c").replace(">", "\\u003e")
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


def _script_name(document_id: str) -> str:
    """A document's script beside the report: named by the document, so it stays valid while others come and go."""
    return f"doc_{document_id}.js"


def report_path(warehouse: pathlib.Path) -> pathlib.Path:
    """Where the review report of a warehouse is written by default."""
    return warehouse.with_name(warehouse.stem + "_report.html")


def report_is_current(warehouse: pathlib.Path) -> bool:
    """The default report exists and was written after the warehouse last changed."""
    out = report_path(warehouse)
    return out.exists() and out.stat().st_mtime >= warehouse.stat().st_mtime


def _connect(warehouse: pathlib.Path) -> duckdb.DuckDBPyConnection:
    # a bounded buffer: DuckDB spills the ordered passes over large fact tables to disk
    return wh.connect(warehouse, read_only=True, memory_limit="256MB")


def _payload(con, warehouse: pathlib.Path, today: dt.date | None, table_rows: int) -> dict:
    """What the page shows whatever serves it: documents, totals, names, charts, quality and the
    first table_rows rows of each table."""
    docs = list(_stream(con, """select document_id, source_path, title, published_date, reference_date, doc_type,
                                       script, article_count, noise, encoding, length(clean_text) as chars
                                from marts.dim_documents order by source_path"""))
    quarantine = _has_quarantine(con)
    totals = {k: con.execute(f"select count(*) from marts.{t}").fetchone()[0]
              for k, t in (("metrics", "fct_metrics"), ("tasks", "task_tracker"), ("events", "event_timeline"),
                           ("series", "indicator_series")) + ((("review", "fct_quarantine"),) if quarantine else ())}
    names = _names(con)
    return {
        "generated": (today or dt.date.today()).isoformat(), "warehouse": str(warehouse),
        "quality": _quality(warehouse), "docs": docs, "totals": totals, "names": names,
        "charts": ScriptJson(script_json(_charts(con, names))),
        "data_docs": str(warehouse.with_name(warehouse.stem + "_data_docs") / "index.html"),
        "filters": FILTERS, "page_rows": PAGE_ROWS,
        **{k: _facts(con, k, limit=table_rows) for k in TABLES},
        "review": ScriptJson(script_json(list(_stream(con, _REVIEW_QUERY.format(limit=TABLE_ROWS)))
                                         if quarantine else [])),
    }


def render_page(payload: dict) -> str:
    """The report page: template, style, the Vega libraries, the page's script and its data."""
    return "".join(render_parts(payload))


def render_parts(payload: dict):
    """The report page in pieces, to be written one after another (the page of a large warehouse is
    tens of MB: it is never one string)."""
    from . import report_charts  # Altair and vl-convert: ~70 MB, loaded only to draw a report

    assets = resources.files("qingshan.store") / "report_assets"
    parts = {"STYLE": lambda: [(assets / "report.css").read_text(encoding="utf-8")],
             "VEGA": lambda: [report_charts.vega_javascript().replace("</script", "<\\/script")],
             "SCRIPT": lambda: [(assets / "report.js").read_text(encoding="utf-8")],
             "DATA": lambda: _script_json_parts(payload)}
    # one pass: a placeholder inside an inserted part is not replaced again
    template = (assets / "report.html").read_text(encoding="utf-8")
    at = 0
    for m in re.finditer(r"/\*(STYLE|VEGA|SCRIPT|DATA)\*/", template):
        yield template[at:m.start()]
        yield from parts[m.group(1)]()
        at = m.end()
    yield template[at:]


def write_report(warehouse: pathlib.Path, out: pathlib.Path | None = None, today: dt.date | None = None,
                 documents: Collection[str] | None = None) -> pathlib.Path:
    """Write the report page (and its document scripts). With `documents`, and an earlier report with
    scripts beside it, only those documents' scripts are written again."""
    warehouse = pathlib.Path(warehouse)
    out = pathlib.Path(out or report_path(warehouse))
    side = out.with_name(out.stem + "_files")
    con = _connect(warehouse)
    try:
        payload = _payload(con, warehouse, today, TABLE_ROWS)
        docs = payload["docs"]
        embed = sum(d.get("chars") or 0 for d in docs) <= EMBED_LIMIT
        only = None
        if embed:
            payload["embedded"] = {}
            if (side / _OURS).exists():  # the scripts of an earlier, larger report
                shutil.rmtree(side)
        elif documents is not None and out.exists() and (side / _OURS).exists():
            only = set(documents)  # the other documents' scripts are as the last report wrote them
            current = {_script_name(d["document_id"]) for d in docs}
            for stale in side.glob("doc_*.js"):  # documents no longer in the marts
                if stale.name not in current:
                    stale.unlink()
        else:
            _claim_side_folder(side)
            side.mkdir(parents=True)
            (side / _OURS).write_text("made by qingshan report: emptied when the report is written again\n")
        if not embed:
            for d in docs:
                d["file"] = f"{side.name}/{_script_name(d['document_id'])}"
        chars = {d["document_id"]: d.get("chars") or 0 for d in docs}
        for doc_id, body in _per_document(con, chars if only is None else only, chars, with_id=not embed):
            if embed:  # the page adds the id
                payload["embedded"][doc_id] = ScriptJson(_escaped(body))
            else:
                (side / _script_name(doc_id)).write_text("window.qsLoaded(" + _escaped(body) + ");", encoding="utf-8")
    finally:
        con.close()
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=out.parent, prefix=f".{out.name}.", suffix=".tmp",
                                     delete=False) as f:  # a name no one else uses, replaced atomically
        tmp = pathlib.Path(f.name)
    try:
        with tmp.open("w", encoding="utf-8") as f:
            for part in render_parts(payload):
                f.write(part)
        tmp.replace(out)
    finally:
        tmp.unlink(missing_ok=True)
    return out
