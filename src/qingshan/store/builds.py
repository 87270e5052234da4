"""Where a build is made and how it is published, at the cost of what changed.

Readers open the published warehouse `q.duckdb`; a run builds in `q.building.duckdb` and renames it
over the published file only when every check passed (a reader never sees a half-built or failed
build, a killed run leaves the published file as it was). The build file is not a copy of the
published one: publishing keeps the previous published file as the *standby* `q.standby.duckdb`
(a hard link taken before the rename, so no byte is copied), and the next run builds in the standby.
The standby is exactly one build behind: `sync_from_published` brings its sources (raw documents,
extracted rows, row-check failures) up to the published state by moving only the rows of documents
that differ, and lists those documents as pending, so dbt rebuilds only them
(`meta.pending_documents`, read by the incremental fact models). Without a standby (the first
publish, a failed build, a reader still holding the old file open, a file system without hard
links), the run starts from a copy, as before.

`nothing_new` decides, reading the published warehouse only, that a run has nothing to do: then no
build file, no extraction pool, no dbt, no Great Expectations.
"""
from __future__ import annotations

import logging
import os
import pathlib
import shutil

import duckdb

from ..text.decode import read_document
from ..text.inputs import input_files
from ..extract.records import TABLES
from . import warehouse as wh

log = logging.getLogger(__name__)

PENDING = "meta.pending_documents"


def standby_path(warehouse: pathlib.Path) -> pathlib.Path:
    """The previous published build, kept to build the next one in."""
    return warehouse.with_name(warehouse.stem + ".standby.duckdb")


def prepare_work(target: pathlib.Path, work: pathlib.Path, has_build: bool) -> str:
    """Make the build file for a run: the standby brought up to date ('standby'), else a copy of the
    published warehouse ('copy'), else nothing: a first build ('new'), when the target holds no
    build (has_build: the run asked warehouse.holds_build at its start)."""
    for path in (work, work.with_name(work.name + ".wal")):
        path.unlink(missing_ok=True)
    if not has_build:  # none yet, or an empty DuckDB file
        return "new"
    standby = standby_path(target)
    if standby.exists():
        os.replace(standby, work)
        try:
            sync_from_published(work, target)
            return "standby"
        except duckdb.Error as e:  # a reader still has it open (locked), or it is damaged: start over
            log.warning("the standby build cannot be used (%s); copying the published warehouse",
                        str(e).splitlines()[0])
            work.unlink(missing_ok=True)
    shutil.copy2(target, work)
    con = wh.connect(work)
    try:
        start_pending(con)  # the copy's marts are those published: nothing pending yet
    finally:
        con.close()
    return "copy"


def publish(work: pathlib.Path, target: pathlib.Path, keep_standby: bool = True) -> None:
    """Rename the build over the published warehouse; keep the old one as the standby, unless it
    holds no build to build the next one in (keep_standby false: an empty DuckDB file)."""
    standby = standby_path(target)
    keep = standby.with_name(standby.name + ".tmp")
    keep.unlink(missing_ok=True)
    kept = False
    if keep_standby and target.exists():
        try:
            os.link(target, keep)
            kept = True
        except OSError as e:  # no hard links here: the next run copies
            log.info("no standby kept (%s)", e.strerror or e)
    os.replace(work, target)
    if kept:
        os.replace(keep, standby)
    else:
        standby.unlink(missing_ok=True)


def start_pending(con: duckdb.DuckDBPyConnection, carried: str | None = None) -> None:
    """An empty pending list for this build, or one holding the ids of the query `carried`."""
    con.execute("create schema if not exists meta")
    con.execute(f"create or replace table {PENDING} (document_id varchar)")
    if carried:
        con.execute(f"insert into {PENDING} select distinct document_id from ({carried})")


def add_pending(con: duckdb.DuckDBPyConnection, ids: list[str]) -> None:
    if ids:
        con.register("new_pending", wh.id_table(ids))
        con.execute(f"insert into {PENDING} select document_id from new_pending "
                    f"where document_id not in (select document_id from {PENDING})")
        con.unregister("new_pending")


def close_pending(con: duckdb.DuckDBPyConnection) -> int:
    """Add every document sharing a source path with a pending one (a file edited in place: its old
    version leaves the marts); the number of pending documents."""
    con.execute(f"""insert into {PENDING}
                    select r.document_id from raw.documents r
                    where r.source_path in (select source_path from raw.documents
                                            where document_id in (select document_id from {PENDING}))
                      and r.document_id not in (select document_id from {PENDING})""")
    return con.execute(f"select count(*) from {PENDING}").fetchone()[0]


def mostly_pending(con: duckdb.DuckDBPyConnection, pending: int) -> bool:
    """Whether `pending` documents are at least half of those the build holds (raw.documents, gone
    ones included): an incremental build would then compute nearly everything again, by a way
    that costs more than a full build (per-key deletes, then inserts in one transaction)."""
    documents = con.execute("select count(*) from raw.documents").fetchone()[0]
    return pending > 0 and 2 * pending >= documents


def pending_ids(path: pathlib.Path | str) -> list[str]:
    con = wh.connect(path, read_only=True)
    try:
        return [r[0] for r in con.execute(f"select document_id from {PENDING}").fetchall()]
    finally:
        con.close()


def sync_from_published(work: pathlib.Path, published: pathlib.Path) -> None:
    """Bring the standby's sources to the published state, moving only what differs, and start the
    pending list with the documents that differ (their marts are rebuilt)."""
    con = wh.connect(work)
    try:
        wh.ensure_schema(con)
        con.execute(f"attach '{published}' as pub (read_only)")
        con.execute("begin transaction")
        # documents new, gone or changed in the published raw table
        con.execute("create temp table differ as "
                    + _differing("document_id, present, status", "pub.raw.documents", "raw.documents"))
        con.execute("delete from raw.documents where document_id in (select document_id from differ)")
        con.execute("insert into raw.documents by name select * from pub.raw.documents "
                    "where document_id in (select document_id from differ)")
        con.execute("update raw.documents set last_seen_at = p.last_seen_at from pub.raw.documents p "
                    "where raw.documents.document_id = p.document_id")
        # documents extracted since (or no longer extracted)
        con.execute("insert into differ " + _differing("document_id, extractor_version, extracted_at",
                                                       "pub.extracted.documents", "extracted.documents"))
        for table in TABLES:
            con.execute(f"delete from extracted.{table} where document_id in (select document_id from differ)")
            con.execute(f"insert into extracted.{table} by name select * from pub.extracted.{table} "
                        "where document_id in (select document_id from differ)")
        # row-check failures that differ
        failures = "fact_type, document_id, seq, check_name, failed_value"
        con.execute("insert into differ " + _differing(failures, "pub.quality.row_check_failures",
                                                       "quality.row_check_failures"))
        con.execute("delete from quality.row_check_failures")
        con.execute(f"insert into quality.row_check_failures select {failures} from pub.quality.row_check_failures")
        # Only what differs: this file is a whole successful build, so its marts of every other
        # document are current. The published build's own pending list is not carried: what it
        # holds beyond `differ` is the build before it, which is this file. (Carrying it made every
        # document ever added incrementally pending again in every later run.)
        start_pending(con, "select document_id from differ")
        con.execute("commit")
    except Exception:
        con.execute("rollback")
        raise
    finally:
        con.close()


def _differing(columns: str, theirs: str, ours: str) -> str:
    """The documents whose rows of these columns differ between two tables, either way."""
    return (f"select document_id from (select {columns} from {theirs} except select {columns} from {ours}) "
            f"union select document_id from (select {columns} from {ours} except select {columns} from {theirs})")


def nothing_new(input_dir: pathlib.Path, target: pathlib.Path, max_bytes: int, follow_symlinks: bool,
                extractor_version: str, digest: str) -> int | None:
    """The number of documents, when a run would change nothing: the published warehouse was built
    with these rules and suites, holds exactly the documents under input_dir (present, none gone), and
    has none left to extract. Else None. Reads the published file only; files are hashed, not decoded."""
    if not target.exists() or wh.last_build_digest(str(target)) != digest:
        return None
    con = wh.connect(target, read_only=True)
    try:
        present = {r[0] for r in con.execute("select document_id from raw.documents where present").fetchall()}
        if wh.documents_to_extract(con, extractor_version):
            return None
    finally:
        con.close()
    seen = set()
    for path, refusal in input_files(input_dir, follow_symlinks):
        doc = read_document(path, input_dir, None, max_bytes, refusal, known=present)
        if doc.document_id not in present:
            return None
        seen.add(doc.document_id)
    return len(seen) if seen == present else None
