"""A failed build check of single documents names the files whose rows hold its failing values."""
import duckdb

from qingshan.store.validate import Failure, failing_documents

SPEC = {"name": "marts.dim_documents", "per_document": True,
        "query": "select document_id, article_count, year(published_date) as y from marts.dim_documents"}


def _warehouse():
    con = duckdb.connect()
    con.execute("create schema raw; create schema marts; create schema meta")
    con.execute("create table raw.documents as select * from (values ('a', 'a.txt'), ('b', 'b.txt'), ('c', 'c.txt'),"
                " ('d', 'd.txt')) t(document_id, source_path)")
    con.execute("create table marts.dim_documents as select * from (values ('a', 1, date '2023-01-02'), "
                "('b', 250, date '2023-01-02'), ('c', 250, null), ('d', 3, date '1970-01-01')) "
                "t(document_id, article_count, published_date)")
    con.execute("create table meta.pending_documents as select 'c' as document_id")
    return con


def test_the_files_holding_the_failing_values():
    con = _warehouse()
    assert failing_documents(con, SPEC, Failure("s", "between", "article_count", [250, 250])) == ["b.txt", "c.txt"]
    assert failing_documents(con, SPEC, Failure("s", "between", "y", [1970])) == ["d.txt"]
    assert failing_documents(con, SPEC, Failure("s", "not_null", "y", [None])) == ["c.txt"]
    # an incremental build checked the pending documents only: only those are named
    assert failing_documents(con, SPEC, Failure("s", "between", "article_count", [250]), pending_only=True) == ["c.txt"]


def test_nothing_named_without_values_a_column_or_per_document_rows():
    con = _warehouse()
    assert failing_documents(con, SPEC, Failure("s", "x", None, [250])) == []
    assert failing_documents(con, SPEC, Failure("s", "x", "article_count", [{"observed": 5}])) == []
    assert failing_documents(con, {**SPEC, "per_document": False}, Failure("s", "x", "article_count", [250])) == []
    assert failing_documents(con, SPEC, Failure("s", "x", "article_count", [7])) == []
