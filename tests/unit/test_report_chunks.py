"""The report reads documents for their scripts in runs bounded by count and by text size, so a
corpus of long documents does not run DuckDB out of its memory limit."""
from qingshan.store import report


def test_runs_are_cut_by_documents_and_by_characters(monkeypatch):
    monkeypatch.setattr(report, "CHUNK_DOCUMENTS", 3)
    monkeypatch.setattr(report, "CHUNK_CHARS", 100)
    chars = {"a": 10, "b": 10, "c": 10, "d": 10, "e": 95, "f": 500, "g": 5, "h": 0}
    runs = report._chunks(["h", "g", "f", "e", "d", "c", "b", "a"], chars)
    # in id order; three documents at most; `e` would take the run past 100 characters; `f` alone
    assert runs == [["a", "b", "c"], ["d"], ["e"], ["f"], ["g", "h"]]
    assert report._chunks([], chars) == []


def test_a_document_of_unknown_size_counts_as_empty():
    assert report._chunks(["x", "y"], {}) == [["x", "y"]]


def test_one_document_of_four_million_characters_fits_the_reports_memory(tmp_path):
    """Its texts and its 110k sentence spans, each read as JSON within the report's 256 MB (one query
    joining them ran out of memory)."""
    import json

    import duckdb
    import pyarrow as pa

    path = tmp_path / "w.duckdb"
    text = ("全市空气质量优良天数比例为85.2%，同比上升3.1个百分点。\n" * 140_000)[:4_000_000]
    n = 110_000
    spans = pa.table({"document_id": ["d"] * n, "raw_start": [i * 36 for i in range(n)],  # noqa: F841 (read by SQL)
                      "raw_end": [i * 36 + 30 for i in range(n)]})
    with duckdb.connect(str(path)) as con:
        con.execute("create schema marts; create schema raw; create schema extracted")
        con.execute("create table marts.dim_documents as select 'd' as document_id, ?::varchar as clean_text", [text])
        con.execute("create table raw.documents as select 'd' as document_id, ?::varchar as text", [text])
        con.execute("create table extracted.sentences as select * from spans")
    con = report._connect(path)
    try:
        [(doc_id, clean, raw, kept)] = report.document_texts(con, "select unnest($1::varchar[])", [["d", "missing"]])
    finally:
        con.close()
    assert doc_id == "d" and json.loads(clean) == text == json.loads(raw)
    assert json.loads(kept)[:2] == [[0, 30], [36, 66]] and len(json.loads(kept)) == n
