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
