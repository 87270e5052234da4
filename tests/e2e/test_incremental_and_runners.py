"""Incremental runs, the runners giving the same warehouse, and one run at a time."""
import shutil

import duckdb
import pytest

from flows import pipeline as pipeline_module
from flows.pipeline import pipeline
from qingshan.store.locking import WarehouseBusy, WarehouseLock
from qingshan.paths import SAMPLE_INPUT_DIR

PAGE = "天津市召开会议\n\n日期:2021-03-02\n\n2020年,全市淘汰老旧车{n}万余辆。\n"


def _extracted_versions(wh):
    con = duckdb.connect(str(wh), read_only=True)
    try:
        return dict(con.execute("select r.source_path, e.extractor_version from extracted.documents e "
                                "join raw.documents r using (document_id) where r.present").fetchall())
    finally:
        con.close()


def test_only_new_and_changed_documents_are_extracted(tmp_path, run_flow, monkeypatch):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "a.txt").write_text(PAGE.format(n=1), encoding="utf-8")
    (inp / "b.txt").write_text(PAGE.format(n=2), encoding="utf-8")
    wh = tmp_path / "wh" / "q.duckdb"
    first = run_flow(inp, wh)
    assert first.success and first.extracted == 2

    (inp / "c.txt").write_text(PAGE.format(n=3), encoding="utf-8")  # new
    (inp / "b.txt").write_text(PAGE.format(n=4), encoding="utf-8")  # changed in place
    second = run_flow(inp, wh)  # a.txt unchanged
    assert second.success and second.extracted == 2 and second.unchanged == 1 and second.ingested == 2

    third = run_flow(inp, wh)
    assert third.success and third.nothing_new and third.extracted == 0

    monkeypatch.setattr(pipeline_module, "EXTRACTOR_VERSION", "rules-changed")
    fourth = run_flow(inp, wh)  # a new extractor version re-extracts what the old one made
    assert fourth.success and fourth.extracted == 3
    assert set(_extracted_versions(wh).values()) == {"rules-changed"}


def _snapshot(wh):
    con = duckdb.connect(str(wh), read_only=True)
    try:
        return {t: sorted(con.execute(f"select * from marts.{t}").fetchall(), key=repr)
                for t in ("fct_metrics", "fct_tasks", "fct_events", "bridge_event_participants", "fct_person_roles")}
    finally:
        con.close()


def test_a_warehouse_grown_run_by_run_equals_one_rebuilt_whole(tmp_path, run_flow, monkeypatch):
    """Each run builds in the previous published build (the standby) and rebuilds only the documents
    that changed. Over runs that add, edit in place and delete files, the marts stay equal to a
    build of everything at once. (Short pages beside the samples keep each run's changes under
    half of the documents, which would make it a full build: see the next test.)"""
    inp = tmp_path / "in"
    inp.mkdir()
    seeds = sorted(SAMPLE_INPUT_DIR.glob("*.txt"))
    wh = tmp_path / "wh" / "q.duckdb"
    for page in seeds[:2]:
        shutil.copy(page, inp / page.name)
    for n in range(6):
        (inp / f"short_{n}.txt").write_text(PAGE.format(n=10 + n), encoding="utf-8")
    assert run_flow(inp, wh).build == "full (new)"
    shutil.copy(seeds[2], inp / seeds[2].name)
    second = run_flow(inp, wh)  # no standby yet: a copy of the published file
    assert (second.build, second.pending) == ("incremental (copy)", 1)
    for page in seeds[3:]:
        shutil.copy(page, inp / page.name)
    third = run_flow(inp, wh)  # the first build, brought up to date: the second's document is pending too
    assert (third.build, third.pending) == ("incremental (standby)", 1 + len(seeds[3:]))
    assert third.success

    edited = inp / seeds[0].name
    edited.write_text(edited.read_text(encoding="utf-8") + "\n2023年,全市淘汰老旧车3万余辆。\n", encoding="utf-8")
    (inp / seeds[1].name).unlink()  # deleted: its facts stay until purged
    fourth = run_flow(inp, wh)
    assert fourth.success and fourth.build == "incremental (standby)"
    # the third's documents are pending once more (the standby is the second build), not again after
    own = fourth.pending - len(seeds[3:])  # the edited page's two versions and the deleted one
    assert own == 3
    (inp / "new.txt").write_text(PAGE.format(n=5), encoding="utf-8")
    fifth = run_flow(inp, wh)
    assert fifth.success and (fifth.build, fifth.pending) == ("incremental (standby)", own + 1)
    grown = _snapshot(wh)

    monkeypatch.setattr(pipeline_module, "build_digest", lambda: "new rules")  # everything rebuilt
    whole = run_flow(inp, wh)
    assert whole.success and whole.build.startswith("full")
    assert _snapshot(wh) == grown


def test_a_run_where_most_documents_changed_builds_in_full(tmp_path, run_flow):
    """Most documents pending: a full build, which costs less than rebuilding nearly every
    document and series incrementally (and whose memory is the measured one: every page of 100 MB
    edited ran the incremental indicator_series out of dbt's memory)."""
    inp = tmp_path / "in"
    inp.mkdir()
    for n in range(6):
        (inp / f"p{n}.txt").write_text(PAGE.format(n=n + 1), encoding="utf-8")
    wh = tmp_path / "wh" / "q.duckdb"
    assert run_flow(inp, wh).success
    (inp / "p0.txt").write_text(PAGE.format(n=10), encoding="utf-8")  # edited in place: its two versions
    few = run_flow(inp, wh)
    assert few.success and (few.build, few.pending) == ("incremental (copy)", 2)  # of 7 documents
    for n in (1, 2, 3):
        (inp / f"p{n}.txt").write_text(PAGE.format(n=n + 10), encoding="utf-8")
    most = run_flow(inp, wh)  # those 2 again (the standby is one build behind) and 6 more, of 10
    assert most.success and most.build.startswith("full") and most.pending == 8
    assert run_flow(inp, tmp_path / "fresh" / "q.duckdb").success
    assert _snapshot(wh) == _snapshot(tmp_path / "fresh" / "q.duckdb")


def test_every_runner_builds_the_same_warehouse(tmp_path, seeds_warehouse):
    """Several batches each: with `process`, the flow extracts some itself and a pool of one worker
    the others; the reference was built from one batch, extracted in the flow alone."""
    _, _, reference = seeds_warehouse
    inp = tmp_path / "in"
    shutil.copytree(SAMPLE_INPUT_DIR, inp)
    results = {}
    for kind in ("process", "thread", "dask"):
        wh = tmp_path / kind / "q.duckdb"
        summary = pipeline(input_dir=str(inp), warehouse=str(wh), batch_chars=20_000,  # several batches
                           runner=kind, workers=2)
        assert summary.success, summary.failures
        results[kind] = _snapshot(wh)
    assert results["process"] == results["thread"] == results["dask"] == _snapshot(reference)


def test_a_second_concurrent_run_is_refused(tmp_path, run_flow):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "a.txt").write_text(PAGE.format(n=1), encoding="utf-8")
    wh = tmp_path / "wh" / "q.duckdb"
    with WarehouseLock(wh):  # a run in progress
        with pytest.raises(WarehouseBusy, match="another qingshan run"):
            run_flow(inp, wh)
    assert not wh.exists()
    assert run_flow(inp, wh).success  # free again
