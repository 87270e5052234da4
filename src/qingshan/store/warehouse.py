"""DuckDB I/O: the raw and extracted schemas, loading rows through Arrow, reading marts."""
from __future__ import annotations

import dataclasses
import datetime as dt
import pathlib
import tempfile
from collections.abc import Iterable

import duckdb
import pyarrow as pa

from ..text.decode import INGESTED, RawDocument
from ..extract.records import TABLES

RAW_DOCUMENTS = [
    ("document_id", "VARCHAR PRIMARY KEY"), ("source_path", "VARCHAR"), ("size_bytes", "BIGINT"),
    ("encoding", "VARCHAR"), ("text", "VARCHAR"), ("status", "VARCHAR"), ("reason", "VARCHAR"),
    ("ingested_at", "TIMESTAMP"), ("last_seen_at", "TIMESTAMP"), ("present", "BOOLEAN"),
]

_ARROW = {
    "VARCHAR": pa.string(), "DATE": pa.date32(), "INTEGER": pa.int32(), "BIGINT": pa.int64(),
    "DOUBLE": pa.float64(), "TIMESTAMP": pa.timestamp("us"), "BOOLEAN": pa.bool_(),
    "VARCHAR[]": pa.list_(pa.string()),
}


# DuckDB caches table data up to 80% of RAM by default; the pipeline's connections only load and
# read back, so a small buffer (the data is on disk) keeps the flow's memory flat on big corpora.
MEMORY_LIMIT = "256MB"


def connect(path: pathlib.Path | str, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(str(path), read_only=read_only,
                          config={"memory_limit": MEMORY_LIMIT, "temp_directory": tempfile.gettempdir()})


def ensure_schema(con: duckdb.DuckDBPyConnection) -> None:
    con.execute("create schema if not exists raw")
    con.execute("create schema if not exists extracted")
    cols = ", ".join(f"{n} {t}" for n, t in RAW_DOCUMENTS)
    con.execute(f"create table if not exists raw.documents ({cols})")
    for table, columns in TABLES.items():
        cols = ", ".join(f"{n} {t}" for n, t in columns)
        con.execute(f"create table if not exists extracted.{table} ({cols})")
        for n, t in columns:  # a field added to a record since this warehouse was made
            con.execute(f"alter table extracted.{table} add column if not exists {n} {t}")
    # written by the row checks before dbt (qingshan.store.validate); dbt reads it as a source
    con.execute("create schema if not exists quality")
    con.execute("create table if not exists quality.row_check_failures (fact_type varchar, document_id varchar, "
                "seq integer, check_name varchar, failed_value varchar)")


def arrow_table(table: str, rows: list[dict]) -> pa.Table:
    schema = pa.schema([(n, _ARROW[t]) for n, t in TABLES[table]])
    return pa.Table.from_pylist(rows, schema=schema)


@dataclasses.dataclass
class IngestCounts:
    new: int = 0
    unchanged: int = 0
    rejected: int = 0
    missing: int = 0


def upsert_raw_documents(con: duckdb.DuckDBPyConnection, docs: Iterable[RawDocument], now: dt.datetime) -> IngestCounts:
    """Insert new documents (by sha256); refresh last_seen/present for known ones; mark documents
    whose files are gone as no longer present (their facts stay until purged)."""
    docs = list(docs)
    counts = IngestCounts()
    by_id: dict[str, RawDocument] = {}
    for d in docs:  # the same bytes under two names are one document (first path wins)
        by_id.setdefault(d.document_id, d)
    known = {r[0] for r in con.execute("select document_id from raw.documents").fetchall()}
    new = [d for d in by_id.values() if d.document_id not in known]
    for d in by_id.values():
        if d.document_id in known:
            counts.unchanged += 1
        elif d.status == INGESTED:
            counts.new += 1
        else:
            counts.rejected += 1
    if new:
        table = pa.Table.from_pylist(
            [{**dataclasses.asdict(d), "last_seen_at": now, "present": True} for d in new],
            schema=pa.schema([(n, _ARROW[t.split()[0]]) for n, t in RAW_DOCUMENTS]),
        )
        con.register("new_docs", table)
        con.execute("insert into raw.documents select * from new_docs")
        con.unregister("new_docs")
    seen = pa.table({"document_id": pa.array(list(by_id), pa.string())})
    con.register("seen_docs", seen)
    con.execute("update raw.documents set present = true, last_seen_at = ? where document_id in (select document_id from seen_docs)", [now])
    counts.missing = con.execute(
        "select count(*) from raw.documents where present and document_id not in (select document_id from seen_docs)").fetchone()[0]
    con.execute("update raw.documents set present = false where document_id not in (select document_id from seen_docs)")
    con.unregister("seen_docs")
    return counts


def documents_to_extract(con: duckdb.DuckDBPyConnection, version: str) -> list[str]:
    """Ingested documents not yet extracted by this extractor version (an old version of a file
    edited in place is superseded and left alone; a deleted file's document still counts)."""
    rows = con.execute(
        """select r.document_id from raw.documents r
           left join extracted.documents e on e.document_id = r.document_id and e.extractor_version = ?
           where r.status = 'ingested' and e.document_id is null
             and (r.present or not exists (select 1 from raw.documents n
                                           where n.source_path = r.source_path and n.present))
           order by r.source_path""",
        [version],
    ).fetchall()
    return [r[0] for r in rows]


def record_build(path: str, digest: str) -> None:
    con = connect(path)
    try:
        con.execute("create schema if not exists meta")
        con.execute("create table if not exists meta.builds (build_digest varchar, built_at timestamp)")
        con.execute("insert into meta.builds values (?, now())", [digest])
    finally:
        con.close()


def last_build_digest(path: str) -> str | None:
    con = connect(path, read_only=True)
    try:
        row = con.execute("select build_digest from meta.builds order by built_at desc limit 1").fetchone()
        return row[0] if row else None
    except duckdb.CatalogException:
        return None
    finally:
        con.close()


def replace_extracted_from_files(con: duckdb.DuckDBPyConnection, files: dict[str, str], document_ids: list[str]) -> None:
    """Swap in the rows of these documents from one Parquet file per table, in one transaction."""
    ids = pa.table({"document_id": pa.array(document_ids, pa.string())})
    con.execute("begin transaction")
    try:
        con.register("batch_ids", ids)
        for table in TABLES:
            con.execute(f"delete from extracted.{table} where document_id in (select document_id from batch_ids)")
            if table in files:
                con.execute(f"insert into extracted.{table} by name select * from read_parquet(?)", [files[table]])
        con.unregister("batch_ids")
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise
