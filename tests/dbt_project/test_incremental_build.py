"""An incremental `dbt build` leaves the marts exactly as a full build of the same inputs would.

The seeds/ corpus goes into DuckDB warehouses through the library (ingest, extraction batches, no
Prefect flow) and dbt runs in a child process (qingshan.store.transform.dbt_build):
  (a) all five documents, full build;
  (b) three documents and a full build, then the other two added (pending: those two), an
      incremental build: its marts equal (a)'s row for row; then one file edited in place (a new
      document under an existing path), one deleted (present = false) and one held back by a new
      row-check failure, pending per the pipeline's rule, an incremental build: its marts equal a
      --full-refresh build of a copy of the same warehouse;
  (c) the five documents extracted one per batch, loaded in the planned order and in the reverse: the
      contract tables hold the same rows in the same order.
"""
from __future__ import annotations

import datetime as dt
import json
import os
import pathlib
import shutil

import duckdb
import pytest

from qingshan import EXTRACTOR_VERSION
from qingshan.paths import SAMPLE_INPUT_DIR
from qingshan.store import warehouse as wh
from qingshan.store.batches import plan_batches, run_batch
from qingshan.store.transform import dbt_build
from qingshan.text.decode import read_document

T1 = dt.datetime(2024, 5, 1, 8, 0)
T2 = dt.datetime(2024, 5, 2, 8, 0)
SEEDS = sorted(SAMPLE_INPUT_DIR.glob("*.txt"))
INCREMENTAL_MODELS = ("int_documents", "int_metrics_deduped", "int_people", "int_row_check_failures",
                      "dim_documents", "fct_metrics", "fct_tasks", "fct_events", "bridge_event_participants",
                      "fct_person_roles", "fct_quarantine")


def _ingest(warehouse: pathlib.Path, input_dir: pathlib.Path, now: dt.datetime) -> None:
    """What the ingest step does: every file of the folder read, raw.documents upserted."""
    con = duckdb.connect(str(warehouse))
    try:
        wh.ensure_schema(con)
        wh.upsert_raw_documents(con, [read_document(p, input_dir, now) for p in sorted(input_dir.glob("*.txt"))], now)
    finally:
        con.close()


def _extract(warehouse: pathlib.Path, scratch: pathlib.Path) -> list[str]:
    """What the extract step does: the documents this extractor version has not extracted, in batches."""
    scratch.mkdir(parents=True, exist_ok=True)
    done: list[str] = []
    for batch in plan_batches(str(warehouse), EXTRACTOR_VERSION, 10_000_000, str(scratch)):
        out = run_batch(batch, EXTRACTOR_VERSION, None)
        assert not out["errors"], out["errors"]
        con = duckdb.connect(str(warehouse))
        try:
            wh.replace_extracted_from_files(con, out["files"], out["documents"])
        finally:
            con.close()
        done += out["documents"]
    return done


def _set_pending(warehouse: pathlib.Path, changed: set[str]) -> set[str]:
    """meta.pending_documents per the pipeline's rule: the changed documents and every document sharing
    a source_path with one of them."""
    con = duckdb.connect(str(warehouse))
    try:
        con.execute("create schema if not exists meta")
        con.execute("create or replace table meta.pending_documents (document_id varchar)")
        con.execute("insert into meta.pending_documents select unnest(?::varchar[])", [sorted(changed)])
        con.execute("""insert into meta.pending_documents
                       select document_id from raw.documents
                       where source_path in (select r.source_path from raw.documents as r
                                             join meta.pending_documents as p using (document_id))
                       except select document_id from meta.pending_documents""")
        return {r[0] for r in con.execute("select document_id from meta.pending_documents").fetchall()}
    finally:
        con.close()


def _build(warehouse: pathlib.Path, full_refresh: bool) -> None:
    target = warehouse.parent / "dbt_target"
    result = dbt_build(warehouse, target, full_refresh=full_refresh)
    assert result.success, "\n".join(result.failures) + "\n" + result.log_tail
    assert result.full_refresh == full_refresh
    # the build really was (or was not) incremental: the fact models read the pending documents
    compiled = {r["unique_id"].split(".")[-1]: r.get("compiled_code") or "" for r in
                json.loads((target / "run_results.json").read_text(encoding="utf-8"))["results"]}
    for model in INCREMENTAL_MODELS:
        assert ("pending_documents" in compiled[model]) == (not full_refresh), model
    # indicator_series computes again only the series of pending documents, then drops their list
    assert ("affected_series" in compiled["indicator_series"]) == (not full_refresh)
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        assert not con.execute("select * from information_schema.tables where table_name = 'affected_series'").fetchall()
    finally:
        con.close()


def _normal(value):
    # lists built by list(distinct ...) have no order; a table's rows have none either
    return tuple(sorted(map(_normal, value), key=repr)) if isinstance(value, list) else value


def _marts(warehouse: pathlib.Path) -> dict[str, tuple[list[str], list[tuple]]]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        tables = [r[0] for r in con.execute(
            "select table_name from information_schema.tables where table_schema = 'marts' order by 1").fetchall()]
        out = {}
        for t in tables:
            cur = con.execute(f"select * from marts.{t}")
            columns = [d[0] for d in cur.description]
            out[t] = (columns, sorted((tuple(_normal(v) for v in row) for row in cur.fetchall()), key=repr))
        return out
    finally:
        con.close()


def _assert_same_marts(incremental: pathlib.Path, full: pathlib.Path) -> dict:
    got, want = _marts(incremental), _marts(full)
    assert set(got) == set(want)
    for table in want:
        assert got[table][0] == want[table][0], f"marts.{table}: columns differ"
        extra = [r for r in got[table][1] if r not in want[table][1]]
        missing = [r for r in want[table][1] if r not in got[table][1]]
        assert got[table][1] == want[table][1], \
            f"marts.{table}: {len(extra)} rows only in the incremental build {extra[:2]}, " \
            f"{len(missing)} only in the full {missing[:2]}"
    return want


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    assert len(SEEDS) == 5
    cache = os.environ.get("QINGSHAN_CACHE")
    os.environ["QINGSHAN_CACHE"] = str(tmp_path_factory.mktemp("cache"))  # no saved parse yet
    yield tmp_path_factory.mktemp("incremental")
    if cache is None:
        os.environ.pop("QINGSHAN_CACHE")
    else:
        os.environ["QINGSHAN_CACHE"] = cache


def _parsed_in_full(warehouse: pathlib.Path) -> bool:
    return "Starting full parse" in (warehouse.parent / "dbt_target" / "logs" / "dbt.log").read_text(encoding="utf-8")


def test_incremental_builds_equal_full_builds(corpus):
    # (a) all five documents, one full build
    full_dir, full_wh = corpus / "full_in", corpus / "full" / "wh.duckdb"
    full_dir.mkdir()
    full_wh.parent.mkdir()
    for p in SEEDS:
        shutil.copy(p, full_dir / p.name)
    _ingest(full_wh, full_dir, T1)
    assert len(_extract(full_wh, corpus / "full_scratch")) == 5
    _build(full_wh, full_refresh=True)
    assert _parsed_in_full(full_wh)  # nothing saved to start from
    assert not wh.dbt_dir(full_wh).exists()  # the name dbt opened the file by is gone
    con = duckdb.connect(str(full_wh), read_only=True)  # dbt named it `qingshan`; its views read under its own name
    try:
        assert con.execute("select current_database()").fetchone()[0] == "wh"
        assert con.execute("select count(*) from staging.stg_extracted__documents").fetchone()[0] == 5
    finally:
        con.close()

    # (b) three documents and a full build; then the other two, pending, an incremental build
    inc_dir, inc_wh = corpus / "inc_in", corpus / "inc" / "wh.duckdb"
    inc_dir.mkdir()
    inc_wh.parent.mkdir()
    for p in SEEDS[:3]:
        shutil.copy(p, inc_dir / p.name)
    _ingest(inc_wh, inc_dir, T1)
    assert len(_extract(inc_wh, corpus / "inc_scratch1")) == 3
    _build(inc_wh, full_refresh=True)  # the first build of a warehouse
    # dbt opened this file by the same name as the first warehouse's: that build's saved parse served
    assert not _parsed_in_full(inc_wh)
    for p in SEEDS[3:]:
        shutil.copy(p, inc_dir / p.name)
    _ingest(inc_wh, inc_dir, T1)
    added = set(_extract(inc_wh, corpus / "inc_scratch2"))
    assert len(added) == 2
    assert _set_pending(inc_wh, added) == added
    _build(inc_wh, full_refresh=False)
    marts = _assert_same_marts(inc_wh, full_wh)
    assert len(marts["dim_documents"][1]) == 5 and marts["fct_metrics"][1] and marts["bridge_event_participants"][1]

    # then: SEEDS[0] edited in place, SEEDS[1] deleted, a metric of SEEDS[2] held back by a row check
    con = duckdb.connect(str(inc_wh), read_only=True)
    ids = dict(con.execute("select source_path, document_id from raw.documents").fetchall())
    con.close()
    edited, deleted, checked = (ids[p.name] for p in SEEDS[:3])
    (inc_dir / SEEDS[0].name).write_text(SEEDS[0].read_text(encoding="utf-8").replace("。", "。\n", 1) +
                                         "\n2023年全市新增公交车120辆。天津经济技术开发区新增公交车30辆。\n", encoding="utf-8")
    (inc_dir / SEEDS[1].name).unlink()
    _ingest(inc_wh, inc_dir, T2)
    new = set(_extract(inc_wh, corpus / "inc_scratch3"))
    assert len(new) == 1 and edited not in new
    con = duckdb.connect(str(inc_wh))
    try:
        # a figure that is its series' only statement: held back, the series must go
        seq, = con.execute("select min(m.seq) from extracted.metrics m join marts.indicator_series s "
                           "on s.source_metric_id = md5(m.document_id || ':metric:' || m.seq) "
                           "where m.document_id = ? and s.n_statements = 1", [checked]).fetchone()
        assert seq is not None
        con.execute("insert into quality.row_check_failures values ('metric', ?, ?, 'a check made up by the test', '1')",
                    [checked, seq])
    finally:
        con.close()
    # the new version; the old one and the deleted one (present changed); the one whose failures changed
    pending = _set_pending(inc_wh, new | {edited, deleted, checked})
    assert pending == new | {edited, deleted, checked}
    _build(inc_wh, full_refresh=False)

    again = corpus / "again" / "wh.duckdb"  # the same inputs, every table rebuilt by --full-refresh
    again.parent.mkdir()
    shutil.copy(inc_wh, again)
    _build(again, full_refresh=True)
    marts = _assert_same_marts(inc_wh, again)

    con = duckdb.connect(str(inc_wh), read_only=True)
    try:
        documents = dict(con.execute("select document_id, present from marts.dim_documents").fetchall())
        assert edited not in documents and documents[next(iter(new))] is True and documents[deleted] is False
        for table in ("fct_metrics", "fct_tasks", "fct_events", "fct_person_roles"):
            assert not con.execute(f"select count(*) from marts.{table} where document_id = ?", [edited]).fetchone()[0]
        assert not con.execute("select count(*) from marts.bridge_event_participants where document_id = ?",
                               [edited]).fetchone()[0]
        # a zone the new version names is a region of dim_regions, the place of its figure
        assert con.execute("select level, parent, origin from marts.dim_regions where region = '天津经济技术开发区'"
                           ).fetchall() == [("special_area", "天津市", "pages")]
        assert con.execute("select value from marts.fct_metrics where region = '天津经济技术开发区'").fetchall() == [(30.0,)]
        held = con.execute("select fact_id from marts.fct_quarantine where document_id = ? and check_name = "
                           "'a check made up by the test'", [checked]).fetchall()
        assert len(held) == 1
        assert not con.execute("select count(*) from marts.fct_metrics where metric_id = ?", [held[0][0]]).fetchone()[0]
    finally:
        con.close()
    assert len(marts["dim_documents"][1]) == 5


def _extract_one_by_one(warehouse: pathlib.Path, scratch: pathlib.Path, reverse: bool) -> None:
    """Extraction in batches of one document, loaded in the planned order or the reverse, as a pool's
    workers may finish them."""
    scratch.mkdir(parents=True, exist_ok=True)
    outs = [run_batch(b, EXTRACTOR_VERSION, None) for b in plan_batches(str(warehouse), EXTRACTOR_VERSION, 1, str(scratch))]
    assert len(outs) == 5 and not any(o["errors"] for o in outs)
    con = duckdb.connect(str(warehouse))
    try:
        for out in reversed(outs) if reverse else outs:
            wh.replace_extracted_from_files(con, out["files"], out["documents"])
    finally:
        con.close()


def test_the_contract_tables_rows_come_in_one_order_whatever_order_extraction_finished_in(corpus):
    # the same input gives the same tables row for row: what reads them in order (a report, an export, a
    # scorer pairing facts greedily) gives the same answer every run
    orders = {}
    for reverse in (False, True):
        folder = corpus / f"order_{reverse}"
        folder.mkdir()
        warehouse = folder / "wh.duckdb"
        _ingest(warehouse, SAMPLE_INPUT_DIR, T1)
        _extract_one_by_one(warehouse, folder / "scratch", reverse)
        _build(warehouse, full_refresh=True)
        con = duckdb.connect(str(warehouse), read_only=True)
        try:
            orders[reverse] = {t: con.execute(f"select * from marts.{t}").fetchall() for t in (
                "dim_documents", "fct_metrics", "fct_tasks", "fct_events", "bridge_event_participants", "fct_person_roles")}
        finally:
            con.close()
    for table, rows in orders[False].items():
        assert rows and rows == orders[True][table], table
