"""Extraction batches as Parquet files: the documents a run must extract, cut into batches of about
`batch_chars` characters that workers read from disk, and each batch's rows written back beside it.
Neither the flow nor the orchestrator holds the corpus in memory."""
from __future__ import annotations

import pathlib

import pyarrow as pa
import pyarrow.parquet as pq

from ..extract.budget import DEFAULT_DOC_SECONDS
from ..extract.document import extract_batch
from ..extract.records import TABLES
from . import warehouse as wh


def plan_batches(work: str, extractor_version: str, batch_chars: int, scratch: str) -> list[dict]:
    """Documents not yet extracted by this extractor version, written in batches of about
    batch_chars to Parquet files in scratch."""
    con = wh.connect(work, read_only=True)
    try:
        ids = wh.documents_to_extract(con, extractor_version)
        if not ids:
            return []
        con.register("todo", pa.table({"document_id": pa.array(ids, pa.string())}))
        sizes = con.execute("select r.document_id, length(r.text) from raw.documents r join todo using (document_id) "
                            "order by r.source_path").fetchall()
        batches: list[list[str]] = [[]]
        size = 0
        for doc_id, n in sizes:
            if size >= batch_chars:
                batches.append([])
                size = 0
            batches[-1].append(doc_id)
            size += n
        out = []
        for i, batch in enumerate(batches):
            path = pathlib.Path(scratch) / f"batch_{i:05d}_in.parquet"
            con.register("batch_ids", pa.table({"document_id": pa.array(batch, pa.string())}))
            con.sql("select r.document_id, r.source_path, r.text from raw.documents r "
                    "join batch_ids using (document_id) order by r.source_path").write_parquet(str(path))
            out.append({"input": str(path), "documents": len(batch), "index": i})
        return out
    finally:
        con.close()


def run_batch(batch: dict, extractor_version: str, doc_seconds: float | None = DEFAULT_DOC_SECONDS) -> dict:
    """Extract one batch file; write each table's rows to a Parquet file beside it. Returns the
    file names and the errors: small, whatever the batch size."""
    docs = pq.read_table(batch["input"]).to_pylist()
    rows = extract_batch([(d["document_id"], d["source_path"], d["text"]) for d in docs], extractor_version,
                         doc_seconds)
    failed = {r["document_id"] for r in rows.get("documents", []) if r.get("error")}
    errors = [r["error"] for r in rows.get("documents", []) if r.get("error")]
    files = {}
    for table in TABLES:
        good = [r for r in rows.get(table, []) if r["document_id"] not in failed]
        path = batch["input"].replace("_in.parquet", f"_{table}.parquet")
        pq.write_table(wh.arrow_table(table, good), path)
        files[table] = path
    ok = sorted({d["document_id"] for d in docs} - failed)
    return {"files": files, "documents": ok, "errors": errors, "input": batch["input"]}
