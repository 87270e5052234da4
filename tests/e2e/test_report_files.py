"""The report of a large warehouse keeps each document's text and facts in a script beside the page;
after an incremental build only the scripts of the documents it rebuilt are written again."""
import duckdb

from qingshan.store import report
from qingshan.store.report import write_report


def _scripts(side):
    return {p.name: (p.stat().st_mtime_ns, p.read_text(encoding="utf-8")) for p in side.glob("doc_*.js")}


def test_an_incremental_report_writes_only_the_rebuilt_documents(seeds_warehouse, tmp_path, monkeypatch):
    _, _, warehouse = seeds_warehouse
    monkeypatch.setattr(report, "EMBED_LIMIT", 0)  # scripts beside the page, as for a large warehouse
    con = duckdb.connect(str(warehouse), read_only=True)
    ids = sorted(r[0] for r in con.execute("select document_id from marts.dim_documents").fetchall())
    con.close()
    out = tmp_path / "r.html"
    write_report(warehouse, out)
    side = tmp_path / "r_files"
    before = _scripts(side)
    assert sorted(before) == sorted(f"doc_{i}.js" for i in ids)
    (side / "doc_gone.js").write_text("window.qsLoaded({});")  # a document no longer in the marts

    write_report(warehouse, out, documents=[ids[0]])
    after = _scripts(side)
    assert sorted(after) == sorted(before)  # the stale script removed, none missing
    assert {n for n in after if after[n][0] != before[n][0]} == {f"doc_{ids[0]}.js"}
    page = out.read_text(encoding="utf-8")
    assert all(f"r_files/doc_{i}.js" in page for i in ids)

    write_report(warehouse, tmp_path / "whole.html")  # written whole: the same scripts
    assert {n: t for n, (_, t) in _scripts(tmp_path / "whole_files").items()} == {n: t for n, (_, t) in after.items()}


def test_documents_read_one_at_a_time_give_the_same_scripts(seeds_warehouse, tmp_path, monkeypatch):
    _, _, warehouse = seeds_warehouse
    monkeypatch.setattr(report, "EMBED_LIMIT", 0)
    write_report(warehouse, tmp_path / "runs.html")
    monkeypatch.setattr(report, "CHUNK_CHARS", 1)  # every document a run of its own, as long ones are
    write_report(warehouse, tmp_path / "single.html")
    runs, single = _scripts(tmp_path / "runs_files"), _scripts(tmp_path / "single_files")
    assert len(runs) == 5 and {n: t for n, (_, t) in runs.items()} == {n: t for n, (_, t) in single.items()}
