"""The quality gate on real flow runs: a row check holds back one bad fact and publishes the rest; a
build check (too many facts held back, a contract column missing) blocks the publish and leaves the
published warehouse byte for byte as it was."""
import hashlib
import json
import pathlib
import re
import shutil

import duckdb
import pytest

from qingshan.paths import DBT_PROJECT_DIR, SAMPLE_INPUT_DIR

PAGE = ("云南省生态环境厅召开例会\n\n日期:2022-04-08\n\n云南省生态环境厅日前召开厅务会,部署年度重点工作。"
        "2021年,全省PM2.5年均浓度{pm}微克/立方米,同比下降3.2%。全省共查处环境违法案件1260件。"
        "到2025年,全省PM2.5浓度控制在25微克/立方米以下。\n")


def _sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _rows(wh, sql, params=None):
    con = duckdb.connect(str(wh), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def _seeds(tmp_path):
    inp = tmp_path / "in"
    shutil.copytree(SAMPLE_INPUT_DIR, inp, ignore=shutil.ignore_patterns("*.md"))
    return inp


def test_one_out_of_range_figure_is_held_back_and_the_rest_published(tmp_path, run_flow):
    inp = _seeds(tmp_path)
    (inp / "yunnan.txt").write_text(PAGE.format(pm=5000), encoding="utf-8")
    wh = tmp_path / "wh" / "q.duckdb"
    summary = run_flow(inp, wh)
    assert summary.success and summary.published, summary.failures
    assert summary.held_back == 1
    assert any("pm25_concentration" in c for c in summary.held_back_by_check), summary.held_back_by_check

    doc, = _rows(wh, "select document_id from marts.dim_documents where source_path = 'yunnan.txt'")[0]
    held = _rows(wh, "select fact_type, document_id, evidence, check_name, failed_value, row_json from marts.fct_quarantine")
    assert len(held) == 1
    fact_type, held_doc, evidence, check, value, row_json = held[0]
    assert (fact_type, held_doc) == ("metric", doc)
    assert "5000" in evidence and "pm25_concentration" in check and float(value) == 5000
    assert json.loads(row_json)["value"] == 5000
    # the figure is not published as a fact...
    assert _rows(wh, "select count(*) from marts.fct_metrics where value = 5000") == [(0,)]
    # ...and every other fact of its document is
    for table, key, fct in [("metrics", "metric", "fct_metrics"), ("tasks", "task", "fct_tasks"),
                            ("events", "event", "fct_events")]:
        missing = _rows(wh, f"""select x.seq from extracted.{table} x where x.document_id = $1
                                and md5(x.document_id || ':{key}:' || x.seq) not in (select {key}_id from marts.{fct})
                                and md5(x.document_id || ':{key}:' || x.seq) not in (select fact_id from marts.fct_quarantine)""",
                        [doc])
        assert missing == [], (table, missing)
    assert sorted(v for v, in _rows(wh, "select value from marts.fct_metrics where document_id = $1", [doc])) == [25, 1260]
    assert _rows(wh, "select count(*) from marts.fct_tasks where document_id = $1", [doc])[0][0] >= 1

    # reported: quality file, review report
    quality = json.loads(wh.with_name("q_quality.json").read_text(encoding="utf-8"))
    assert quality["published"] and quality["row_checks"]["held_back"] == 1
    report = wh.with_name("q_report.html").read_text(encoding="utf-8")
    assert "待复核 / to review" in report and evidence in report

    # the quarantine is rebuilt from the current facts every run: the figure corrected, it leaves it
    (inp / "yunnan.txt").write_text(PAGE.format(pm=30), encoding="utf-8")
    summary = run_flow(inp, wh)
    assert summary.success and summary.held_back == 0
    assert _rows(wh, "select count(*) from marts.fct_quarantine") == [(0,)]
    assert _rows(wh, "select count(*) from marts.fct_metrics where indicator = 'pm25_concentration' and value = 30") == [(1,)]


def test_a_build_whose_facts_are_mostly_out_of_range_is_blocked(tmp_path, run_flow):
    inp = _seeds(tmp_path)
    wh = tmp_path / "wh" / "q.duckdb"
    assert run_flow(inp, wh).success
    published = _sha(wh)

    lines = "\n".join(f"PM2.5浓度为{5000 + i}微克/立方米" for i in range(60))  # 60 figures (one repeated is one)
    (inp / "broken_feed.txt").write_text(f"四川省空气质量监测日报\n\n日期:2023-06-01\n\n{lines}\n", encoding="utf-8")
    summary = run_flow(inp, wh)
    assert not summary.success and not summary.published
    assert summary.held_back == 60
    assert any("held back" in f and "pm25_concentration" in f for f in summary.failures), summary.failures
    assert _sha(wh) == published  # the published warehouse byte for byte as it was
    failed = wh.with_name("q.failed.duckdb")
    assert _rows(failed, "select count(*) from marts.fct_quarantine") == [(60,)]  # kept for inspection


@pytest.fixture
def dbt_project_without_a_contract_column(tmp_path, monkeypatch):
    """A copy of the dbt project whose fct_events lost `organizer` (a column of the contract)."""
    from qingshan.store import runlog, transform

    project = tmp_path / "dbt_project"
    shutil.copytree(DBT_PROJECT_DIR, project, ignore=shutil.ignore_patterns("target", "logs", "dbt_packages"))
    # a contract column no other model reads (the analyst marts read fct_events' columns, so dropping
    # one of those fails dbt itself before the contract check is reached)
    model = project / "models" / "marts" / "dim_documents.sql"
    lines = model.read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [line for line in lines if not re.fullmatch(r"\s*encoding,\n", line)]
    assert len(kept) == len(lines) - 1
    model.write_text("".join(kept), encoding="utf-8")
    monkeypatch.setattr(transform, "DBT_PROJECT_DIR", project)
    monkeypatch.setattr(runlog, "DBT_PROJECT_DIR", project)  # a changed project: the build is redone
    return project


def test_a_missing_contract_column_blocks_the_publish(tmp_path, run_flow, request):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "yunnan.txt").write_text(PAGE.format(pm=30), encoding="utf-8")
    wh = tmp_path / "wh" / "q.duckdb"
    assert run_flow(inp, wh).success
    published = _sha(wh)

    request.getfixturevalue("dbt_project_without_a_contract_column")
    summary = run_flow(inp, wh)
    assert not summary.success and not summary.published
    assert any("contract" in f and "dim_documents.encoding" in f for f in summary.failures), summary.failures
    assert _sha(wh) == published
    # the quality file links each failing expectation to its own page of the Data Docs (the report's
    # Quality view opens it)
    quality = json.loads(wh.with_name("q_quality.json").read_text(encoding="utf-8"))
    pages = quality["expectations"]["pages"]
    assert quality["expectations"]["failures"] and set(pages) == set(quality["expectations"]["failures"])
    docs = pathlib.Path(summary.data_docs).parent
    assert all((docs / page).is_file() and "contract" in page for page in pages.values()), pages


def _facts_failing_each_row_check(db, docs: list[str]) -> None:
    """A small warehouse: per document, one fine figure, one out of range, one with a unit its
    indicator does not allow, one whose evidence is elsewhere, and a deadline long before the page."""
    from qingshan.store import warehouse as wh

    text = ("甘肃省生态环境厅通报:2022年全省PM2.5平均浓度26微克/立方米,臭氧浓度1800微克/立方米,"
            "兰州市优良天数比例为85.2吨。广东省要求2010年底前完成整治。")
    con = wh.connect(db)
    wh.ensure_schema(con)
    for doc in docs:
        con.execute("insert into extracted.documents (document_id, reference_date, clean_text) "
                    "values (?, date '2023-03-01', ?)", [doc, text])

        def metric(seq, evidence, indicator, value, unit, start=None):
            start = text.index(evidence) if start is None else start
            con.execute("insert into extracted.metrics (document_id, seq, evidence, evidence_start, evidence_end, "
                        "indicator, value, unit, kind) values (?, ?, ?, ?, ?, ?, ?, ?, 'actual')",
                        [doc, seq, evidence, start, start + len(evidence), indicator, value, unit])

        metric(0, "PM2.5平均浓度26微克/立方米", "pm25_concentration", 26, "微克/立方米")  # fine
        metric(1, "臭氧浓度1800微克/立方米", "o3_concentration", 1800, "微克/立方米")  # outside the range
        metric(2, "优良天数比例为85.2吨", "good_air_day_ratio", 85.2, "吨")  # a unit the indicator does not allow
        metric(3, "PM2.5平均浓度26微克/立方米", "pm25_concentration", 26, "微克/立方米", start=0)  # evidence elsewhere
        deadline = "2010年底前完成整治"
        con.execute("insert into extracted.tasks (document_id, seq, evidence, evidence_start, evidence_end, deadline) "
                    "values (?, 0, ?, ?, ?, date '2010-12-31')",
                    [doc, deadline, text.index(deadline), text.index(deadline) + len(deadline)])
    con.close()


def test_each_row_check_names_the_facts_that_fail_it(tmp_path):
    """run_row_checks straight on a small warehouse: every kind of row check writes the failing fact's
    key, the check and the value that failed to quality.row_check_failures, and nothing else."""
    from qingshan.store.validate import run_row_checks

    db = tmp_path / "w.duckdb"
    _facts_failing_each_row_check(db, ["a" * 64])
    result = run_row_checks(db)
    assert result.success and result.held_back == 4
    rows = _rows(db, "select fact_type, seq, check_name, failed_value from quality.row_check_failures order by all")
    got = {(t, s): (c, v) for t, s, c, v in rows}
    assert set(got) == {("metric", 1), ("metric", 2), ("metric", 3), ("task", 0)}, rows
    assert "o3_concentration" in got["metric", 1][0] and float(got["metric", 1][1]) == 1800
    assert "unit" in got["metric", 2][0] and got["metric", 2][1] == "吨"
    assert "evidence" in got["metric", 3][0] and got["metric", 3][1] == "PM2.5平均浓度26微克/立方米"  # what failed
    assert "deadline" in got["task", 0][0] and got["task", 0][1].startswith("2010-12-31")


def test_row_checks_read_in_parts_judge_as_read_whole(tmp_path, monkeypatch):
    """Row checks read a suite in parts of whole documents (the GX process holds one part), and the
    evidence checks read documents' texts in runs: one row per part, and a run per document, give the
    same failing facts and the same verdict per check as one frame of one run."""
    from qingshan.store import evidence, validate

    results = {}
    for chunk_rows, run_bytes in ((None, evidence.RUN_BYTES), (1, evidence.RUN_BYTES), (1, 1)):
        db = tmp_path / f"w{chunk_rows}_{run_bytes}.duckdb"
        _facts_failing_each_row_check(db, [c * 64 for c in "17d"])
        monkeypatch.setattr(validate, "CHUNK_ROWS", chunk_rows)
        monkeypatch.setattr(evidence, "RUN_BYTES", run_bytes)
        r = validate.run_row_checks(db)
        results[chunk_rows, run_bytes] = (r.passed, r.failed, r.held_back,
                                           _rows(db, "select * from quality.row_check_failures order by all"))
    whole, *parted = results.values()
    assert whole[2] == 12  # four facts of each of three documents
    assert parted == [whole, whole]


def _published_and_a_copy(tmp_path, run_flow) -> tuple[pathlib.Path, pathlib.Path]:
    """A warehouse published from two pages (Yunnan, Sichuan), and a copy of it to build in."""
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "yunnan.txt").write_text(PAGE.format(pm=30), encoding="utf-8")
    (inp / "sichuan.txt").write_text(PAGE.format(pm=31).replace("云南", "四川"), encoding="utf-8")
    wh = tmp_path / "wh" / "q.duckdb"
    assert run_flow(inp, wh).success
    building = tmp_path / "building.duckdb"
    shutil.copy(wh, building)
    return wh, building


def test_a_document_lost_since_the_published_build_fails_a_build_check(tmp_path, run_flow):
    """The build checks compare with the published build: a document it had and this build lacks
    (by source path) is named in the failure."""
    from qingshan.store.validate import run_validation

    wh, building = _published_and_a_copy(tmp_path, run_flow)
    assert run_validation(building, published=wh).success  # the same documents: passes
    con = duckdb.connect(str(building))
    con.execute("delete from marts.dim_documents where source_path = 'sichuan.txt'")
    con.close()
    result = run_validation(building, published=wh)
    assert not result.success
    lost = [f for f in result.failures if f.suite == "build.documents_kept"]
    assert lost and lost[0].examples == ["sichuan.txt"], result.failures


def test_build_checks_read_in_parts_judge_as_read_whole(tmp_path, run_flow, monkeypatch):
    """Build checks read a suite in parts cut by its uniqueness column: a metric id repeated in
    another document fails in parts (one row per part) as it does read whole, names the same files,
    and links to the Data Docs page of the part it failed in."""
    from qingshan.store import validate

    wh, building = _published_and_a_copy(tmp_path, run_flow)
    con = duckdb.connect(str(building))
    ids = con.execute("select document_id, min(metric_id) from marts.fct_metrics group by 1 order by 1").fetchall()
    assert len(ids) == 2
    con.execute("update marts.fct_metrics set metric_id = ? where metric_id = ?", [ids[0][1], ids[1][1]])
    con.close()
    results = {}
    for chunk_rows in (None, 1):
        monkeypatch.setattr(validate, "CHUNK_ROWS", chunk_rows)
        r = validate.run_validation(building, tmp_path / f"docs{chunk_rows}")
        results[chunk_rows] = (r.success, r.passed, r.failed,
                               [(f.suite, f.expectation, sorted(f.documents)) for f in r.failures])
        if chunk_rows:
            page = [f.page for f in r.failures if f.suite == "marts.fct_metrics"][0]
            assert " part " in page and "unique" in (tmp_path / f"docs{chunk_rows}" / page).read_text(encoding="utf-8")
    assert results[None][0] is False
    # the failure names the files whose rows fail it
    assert results[None][3] == [("marts.fct_metrics", "expect_column_values_to_be_unique", ["sichuan.txt", "yunnan.txt"])]
    assert results[1] == results[None]


def test_a_suite_is_read_in_parts_by_its_one_uniqueness_column_or_by_document():
    from qingshan.store.validate import part_key

    def spec(*expectations, per_document=True):
        return {"per_document": per_document}, [{"type": t, "kwargs": k} for t, k in expectations]

    in_set = ("expect_column_values_to_be_in_set", {"column": "kind", "value_set": ["actual"]})
    unique = ("expect_column_values_to_be_unique", {"column": "metric_id"})
    assert part_key(*spec(in_set)) == ["document_id"]
    assert part_key(*spec(in_set, unique)) == ["metric_id"]
    assert part_key(*spec(("expect_compound_columns_to_be_unique", {"column_list": ["person_id", "document_id"]}))) \
        == ["person_id", "document_id"]
    assert part_key(*spec(unique, ("expect_column_values_to_be_unique", {"column": "other_id"}))) is None
    assert part_key(*spec(("expect_column_values_to_be_in_set", {"column": "kind", "value_set": [1], "mostly": 0.9}))) is None
    assert part_key(*spec(("expect_table_row_count_to_be_between", {"min_value": 1}))) is None
    assert part_key(*spec(in_set, per_document=False)) is None
