"""DuckDB I/O: the raw and extracted schemas, loading rows through Arrow, reading marts."""
from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import glob
import io
import json
import os
import pathlib
import shutil
import tempfile
import threading
from collections.abc import Iterable

import duckdb
import pyarrow as pa
import pyarrow.json as pa_json

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


_STOPPING = threading.Event()
_MAKING = threading.Lock()  # held while connect() or new_scratch_dir() makes a file: refuse_connections waits for it


def refuse_connections() -> None:
    """A run is being stopped: from now on connect() never returns, so no thread of this process
    creates a build file again while the stop removes it (the process exits meanwhile). A file being
    made as the stop begins (a thread past the check, inside duckdb.connect) is made first, so the
    removal after this finds it."""
    with _MAKING:
        _STOPPING.set()


def _unless_stopping(make):
    """make(), unless the run is being stopped: then never return."""
    with _MAKING:
        if not _STOPPING.is_set():
            return make()
    threading.Event().wait()


def runs_by_size(sizes: Iterable[tuple[str, int]], max_size: int, max_count: int | None = None) -> list[list[str]]:
    """(id, size) pairs cut, in their order, into runs of ids of at most max_size in all and at most
    max_count ids (a longer one is a run of its own): what a step reads of many documents at once."""
    runs: list[list[str]] = []
    size = 0
    for item, n in sizes:
        if not runs or size + n > max_size or (max_count and len(runs[-1]) >= max_count):
            runs.append([])
            size = 0
        runs[-1].append(item)
        size += n
    return runs


def connect(path: pathlib.Path | str, read_only: bool = False, memory_limit: str = MEMORY_LIMIT) -> duckdb.DuckDBPyConnection:
    return _unless_stopping(lambda: duckdb.connect(str(path), read_only=read_only, config={
        "memory_limit": memory_limit, "temp_directory": tempfile.gettempdir()}))


def building_path(warehouse: pathlib.Path) -> pathlib.Path:
    """The working copy a run builds next to the published warehouse, renamed over it when published."""
    return warehouse.with_name(warehouse.stem + ".building.duckdb")


def failed_path(warehouse: pathlib.Path) -> pathlib.Path:
    """Where a build that did not pass its checks is kept for a look."""
    return warehouse.with_name(warehouse.stem + ".failed.duckdb")


def scratch_dir(work: pathlib.Path | str) -> pathlib.Path:
    """The folder of a build's extraction batch files."""
    return pathlib.Path(work).with_suffix(".extract")


def new_scratch_dir(work: pathlib.Path | str) -> pathlib.Path:
    """An empty scratch_dir for this build. Like connect(), never returns once the run is being
    stopped: the stop is removing the build's files."""
    def make() -> pathlib.Path:
        scratch = scratch_dir(work)
        shutil.rmtree(scratch, ignore_errors=True)
        scratch.mkdir(parents=True)
        return scratch
    return _unless_stopping(make)


def dbt_dir(work: pathlib.Path | str) -> pathlib.Path:
    """The folder where dbt opens a build file by a name that is the same for every warehouse (see
    qingshan.store.transform)."""
    return pathlib.Path(work).with_suffix(".dbt")


def building_paths(warehouse: pathlib.Path) -> list[pathlib.Path]:
    """Everything a build in progress has on disk, the working copy first."""
    work = building_path(warehouse)
    return [work, work.with_name(work.name + ".wal"), scratch_dir(work), dbt_dir(work)]


def remove_building(warehouse: pathlib.Path) -> None:
    """Remove what a stopped or failed build left on disk (never the published warehouse). A stop
    removes them while the run's main thread goes on, maybe writing a batch file into the scratch
    folder: removed in place, the folder would stay (its rmdir fails on the new file). So a folder
    is first renamed away, in one step: the thread's next file cannot be made in it (and one a killed
    stop left half removed goes too)."""
    for path in building_paths(warehouse):
        for left in path.parent.glob(f"{glob.escape(path.name)}.removing-*"):
            shutil.rmtree(left, ignore_errors=True)
        if path.is_dir():
            gone = path.with_name(f"{path.name}.removing-{os.getpid()}")
            try:
                path.rename(gone)
            except FileNotFoundError:
                continue
            shutil.rmtree(gone, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)


def is_disk_full(error: BaseException | str) -> bool:
    """Whether an error, or any error it was raised from, or a failure's text, is a full disk."""
    if isinstance(error, str):
        return "No space left on device" in error or "Disk quota exceeded" in error
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if getattr(error, "errno", None) in (errno.ENOSPC, errno.EDQUOT) or is_disk_full(str(error)):
            return True
        error = error.__cause__ or error.__context__
    return False


def space_needed(warehouse: pathlib.Path, input_bytes: int) -> int:
    """Bytes a build needs free beside the warehouse, roughly: a working copy of the published file
    that grows by the extracted rows, the marts dbt adds, and its write-ahead log."""
    published = warehouse.stat().st_size if warehouse.exists() else 0
    return 2 * published + 10 * input_bytes + 32 * 1024 * 1024


class WarehouseUnreadable(Exception):
    """The warehouse file is missing or cannot be opened; the message says what to do."""


def check_readable(path: pathlib.Path | str) -> None:
    """Raise WarehouseUnreadable, with what to do, when path is not a DuckDB file that opens."""
    _tables(pathlib.Path(path))


def holds_build(path: pathlib.Path | str) -> bool:
    """Whether the file at path holds a qingshan build. No file, or an empty DuckDB file (a DuckDB
    client opening the path before the first run makes one): no, and a run builds as the first and
    publishes over it. A file that does not open (check_readable), or a DuckDB file with tables but
    no raw.documents, another program's database, is never built over: WarehouseUnreadable, naming
    the file."""
    path = pathlib.Path(path)
    if not path.exists():
        return False
    tables = _tables(path)
    if tables and ("raw", "documents") not in tables:
        raise WarehouseUnreadable(
            f"{path} is a DuckDB file but not a qingshan warehouse (it has tables, none of them raw.documents); "
            f"it is left as it is. Choose another --warehouse, or move that file aside")
    return bool(tables)


def _tables(path: pathlib.Path) -> set[tuple[str, str]]:
    """(schema, table) of each table in the DuckDB file at path, opened read-only; WarehouseUnreadable,
    with what to do, when there is no file or it does not open."""
    if not path.is_file():
        raise WarehouseUnreadable(f"no warehouse at {path}; build it with `qingshan run`")
    try:
        con = duckdb.connect(str(path), read_only=True)
        try:
            return set(con.execute("select schema_name, table_name from duckdb_tables()").fetchall())
        finally:
            con.close()
    except duckdb.Error as e:
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise WarehouseUnreadable(
            f"the warehouse {path} cannot be opened ({first}); it is left as it is. Restore it from a backup, "
            f"or move it aside and run `qingshan run` to rebuild it from the input folder") from e


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
    # the documents this build (re)builds (qingshan.store.builds); dbt's incremental models read it
    con.execute("create schema if not exists meta")
    con.execute("create table if not exists meta.pending_documents (document_id varchar)")
    # written by the row checks before dbt (qingshan.store.validate); dbt reads it as a source
    con.execute("create schema if not exists quality")
    con.execute("create table if not exists quality.row_check_failures (fact_type varchar, document_id varchar, "
                "seq integer, check_name varchar, failed_value varchar)")


def _json_value(value):
    """A date or timestamp as pyarrow's JSON reader takes it: days since 1970, an ISO timestamp."""
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return (value - dt.date(1970, 1, 1)).days
    raise TypeError(f"{type(value).__name__} is not a column value")


_JSON_ROW = json.JSONEncoder(ensure_ascii=False, check_circular=False, separators=(",", ":"), default=_json_value).encode


def rows_to_arrow(rows: list[dict], schema: pa.Schema) -> pa.Table:
    """Rows (dicts) as an Arrow table of `schema`, through pyarrow's JSON reader. pyarrow's own
    conversion of Python objects (`Table.from_pylist`, `pa.array`) imports pandas to ask whether they
    are pandas objects: ~45 MB in the flow and in every extract worker, which have no other use for
    it. Keys the schema lacks are left out, missing ones are null."""
    if not rows:
        return pa.Table.from_batches([], schema=schema)  # schema.empty_table() would import pandas
    data = "\n".join(map(_JSON_ROW, rows)).encode("utf-8")
    return pa_json.read_json(io.BytesIO(data),
                             read_options=pa_json.ReadOptions(block_size=len(data) + 1),  # a row never straddles blocks
                             parse_options=pa_json.ParseOptions(explicit_schema=schema,
                                                                unexpected_field_behavior="ignore"))


def id_table(ids: Iterable[str]) -> pa.Table:
    """A one-column Arrow table of document ids, to join with in DuckDB."""
    return rows_to_arrow([{"document_id": i} for i in ids], pa.schema([("document_id", pa.string())]))


def arrow_table(table: str, rows: list[dict]) -> pa.Table:
    return rows_to_arrow(rows, pa.schema([(n, _ARROW[t]) for n, t in TABLES[table]]))


@dataclasses.dataclass
class IngestCounts:
    new: int = 0
    unchanged: int = 0
    rejected: int = 0
    missing: int = 0
    changed: list[str] = dataclasses.field(default_factory=list)  # ids new, gone or back: their marts change


def known_document_ids(con: duckdb.DuckDBPyConnection) -> set[str]:
    return {r[0] for r in con.execute("select document_id from raw.documents").fetchall()}


def upsert_raw_documents(con: duckdb.DuckDBPyConnection, docs: Iterable[RawDocument], now: dt.datetime,
                         known: set[str] | None = None, chunk: int = 500) -> IngestCounts:
    """Insert new documents (by sha256), `chunk` at a time as `docs` streams in; refresh
    last_seen/present for known ones; mark documents whose files are gone as no longer present (their
    facts stay until purged)."""
    known = known_document_ids(con) if known is None else known
    counts = IngestCounts()
    seen: dict[str, None] = {}
    schema = pa.schema([(n, _ARROW[t.split()[0]]) for n, t in RAW_DOCUMENTS])
    pending: list[dict] = []

    def insert() -> None:
        if pending:
            con.register("new_docs", rows_to_arrow(pending, schema))
            con.execute("insert into raw.documents select * from new_docs")
            con.unregister("new_docs")
            pending.clear()

    for d in docs:
        if d.document_id in seen:  # the same bytes under two names are one document (first path wins)
            continue
        seen[d.document_id] = None
        if d.document_id in known:
            counts.unchanged += 1
            continue
        if d.status == INGESTED:
            counts.new += 1
        else:
            counts.rejected += 1
        counts.changed.append(d.document_id)
        pending.append({**dataclasses.asdict(d), "last_seen_at": now, "present": True})
        if len(pending) >= chunk:
            insert()
    insert()
    con.register("seen_docs", id_table(seen))
    flips = con.execute(
        "select document_id, present from raw.documents where present is distinct from "
        "(document_id in (select document_id from seen_docs))").fetchall()
    counts.changed += [doc_id for doc_id, _ in flips]
    counts.missing = sum(1 for _, present in flips if present)
    con.execute("update raw.documents set present = true, last_seen_at = ? where document_id in (select document_id from seen_docs)", [now])
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
    """Swap in the rows of these documents from one Parquet file per table, in one transaction.
    A document has rows in the other tables only with its row in extracted.documents (they are
    written and moved together): documents without one (all of them, in a first run) need no
    delete, which would scan every table once per batch."""
    ids = id_table(document_ids)
    con.execute("begin transaction")
    try:
        con.register("batch_ids", ids)
        known = con.execute("select count(*) from extracted.documents join batch_ids using (document_id)").fetchone()[0]
        for table in TABLES:
            if known:
                con.execute(f"delete from extracted.{table} where document_id in (select document_id from batch_ids)")
            if table in files:
                con.execute(f"insert into extracted.{table} by name select * from read_parquet(?)", [files[table]])
        con.unregister("batch_ids")
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise
