"""The dbt project on its own: it builds (data tests and unit tests pass), every model, source and
seed is documented down to its columns (checked against `dbt docs generate`'s catalog, i.e. the
columns really built), the warehouse contract's tables and columns exist, and the SQL passes
sqlfluff. dbt and sqlfluff run in child processes (dbt-duckdb may keep the DuckDB file locked in
the process that invoked it, dbt-duckdb #616). No Prefect flow runs here: the sources are created
empty, so the whole module takes well under a minute.
"""
from __future__ import annotations

import json
import os
import pathlib
import re
import shutil
import subprocess
import sys

import duckdb
import pytest

from contract import CONTRACT
from qingshan.paths import DBT_PROJECT_DIR
from qingshan.store.warehouse import ensure_schema

BIN = pathlib.Path(sys.executable).parent

UNIT_TESTS = {"int_documents_keeps_current_version_of_each_file", "int_metrics_deduped_keeps_first_statement",
              "int_people_person_key_is_stable", "int_metrics_deduped_incremental_rebuilds_pending_documents"}


def _env(warehouse: pathlib.Path, target: pathlib.Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"QINGSHAN_WAREHOUSE": str(warehouse), "DBT_PROFILES_DIR": str(DBT_PROJECT_DIR),
                "DBT_LOG_PATH": str(target / "logs"), "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
                "DO_NOT_TRACK": "1"})
    return env


def _dbt(args: list[str], warehouse: pathlib.Path, target: pathlib.Path) -> subprocess.CompletedProcess:
    cmd = [str(BIN / "dbt"), *args, "--project-dir", str(DBT_PROJECT_DIR), "--profiles-dir", str(DBT_PROJECT_DIR),
           "--target-path", str(target), "--no-use-colors"]
    return subprocess.run(cmd, cwd=DBT_PROJECT_DIR, env=_env(warehouse, target), capture_output=True, text=True,
                          timeout=600)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """`dbt build` then `dbt docs generate` (offline) on a warehouse whose sources exist but are empty."""
    tmp = tmp_path_factory.mktemp("dbt_project")
    warehouse, target = tmp / "wh.duckdb", tmp / "target"
    con = duckdb.connect(str(warehouse))
    ensure_schema(con)
    con.close()
    build = _dbt(["build"], warehouse, target)  # a first build: meta.pending_documents need not exist
    results = json.loads((target / "run_results.json").read_text(encoding="utf-8")) \
        if (target / "run_results.json").exists() else {"results": []}
    con = duckdb.connect(str(warehouse))  # as the pipeline writes it before an incremental build: in the catalog
    con.execute("create schema if not exists meta")
    con.execute("create table if not exists meta.pending_documents (document_id varchar)")
    con.close()
    docs = _dbt(["docs", "generate"], warehouse, target)
    assert docs.returncode == 0, docs.stdout[-3000:] + docs.stderr[-3000:]
    manifest = json.loads((target / "manifest.json").read_text(encoding="utf-8"))
    catalog = json.loads((target / "catalog.json").read_text(encoding="utf-8"))
    return {"build": build, "results": results, "manifest": manifest, "catalog": catalog, "warehouse": warehouse}


def _ours(manifest: dict, resource_type: str) -> list[dict]:
    return [n for n in {**manifest["nodes"], **manifest["sources"]}.values()
            if n["resource_type"] == resource_type and n["package_name"] == "qingshan"]


def test_dbt_build_passes_with_unit_tests(built):
    failed = [f"{r['unique_id']}: {r['status']}: {r.get('message')}" for r in built["results"]["results"]
              if r["status"] not in ("success", "pass")]
    assert built["build"].returncode == 0 and not failed, "\n".join(failed) or built["build"].stdout[-3000:]
    ran = {r["unique_id"].split(".")[-1] for r in built["results"]["results"] if r["unique_id"].startswith("unit_test.")}
    assert UNIT_TESTS <= ran, f"unit tests that did not run: {UNIT_TESTS - ran}"
    # the row checks (a deadline long before its document, evidence not its slice) live in GX's row suites,
    # which hold the failing fact back; a copy in dbt would block the whole build for one fact
    assert not any("assert_task_deadline" in r["unique_id"] or "assert_evidence" in r["unique_id"]
                   for r in built["results"]["results"])


def test_every_model_source_and_seed_is_described(built):
    manifest = built["manifest"]
    nodes = _ours(manifest, "model") + _ours(manifest, "seed") + _ours(manifest, "source")
    assert len(_ours(manifest, "model")) >= 15 and len(_ours(manifest, "seed")) >= 10 and len(_ours(manifest, "source")) >= 9
    missing = [n["unique_id"] for n in nodes if not n.get("description", "").strip()]
    assert not missing, f"no description: {missing}"
    undescribed = [f"{n['unique_id']}.{c}" for n in nodes for c, col in n["columns"].items()
                   if not col.get("description", "").strip()]
    assert not undescribed, f"columns without a description: {undescribed}"


def test_documented_columns_are_the_built_columns(built):
    """Every column of every model, seed and source table as built (catalog) is documented, and no
    documented column is missing from the build: the YAML cannot drift from the SQL."""
    manifest, catalog = built["manifest"], built["catalog"]
    problems = []
    for kind, entries in (("nodes", catalog["nodes"]), ("sources", catalog["sources"])):
        for uid, entry in entries.items():
            node = manifest[kind].get(uid)
            if node is None or node["package_name"] != "qingshan":
                continue
            built_cols = {c.lower() for c in entry["columns"]}
            documented = {c.lower() for c in node["columns"]}
            if built_cols - documented:
                problems.append(f"{uid}: not documented: {sorted(built_cols - documented)}")
            if documented - built_cols:
                problems.append(f"{uid}: documented but not built: {sorted(documented - built_cols)}")
    expected = {n["unique_id"] for n in _ours(manifest, "model") + _ours(manifest, "seed") + _ours(manifest, "source")}
    in_catalog = set(catalog["nodes"]) | set(catalog["sources"])
    assert expected <= in_catalog, f"not in the catalog: {sorted(expected - in_catalog)}"
    assert not problems, "\n".join(problems)


def test_warehouse_contract_holds(built):
    con = duckdb.connect(str(built["warehouse"]), read_only=True)
    try:
        for table, columns in CONTRACT.items():
            got = [r[0] for r in con.execute(
                "select column_name from information_schema.columns where table_schema = 'marts' and table_name = ?",
                [table]).fetchall()]
            assert got, f"marts.{table} missing"
            assert set(columns) <= set(got), f"marts.{table} lacks {sorted(set(columns) - set(got))}"
    finally:
        con.close()


def test_staging_models_only_rename_one_source(built):
    for node in _ours(built["manifest"], "model"):
        if node["name"].startswith("stg_"):
            assert [d.split(".")[1] for d in node["depends_on"]["nodes"]] == ["qingshan"] and \
                all(d.startswith("source.") for d in node["depends_on"]["nodes"]) and \
                len(node["depends_on"]["nodes"]) == 1, f"{node['name']} must read exactly one source"
            sql = node["raw_code"].lower()
            assert not re.search(r"\bjoin\b|\bgroup by\b", sql), f"{node['name']}: staging only renames and types"
            assert not re.search(r"select\s+\*\s+from\s+\{\{\s*source", sql), f"{node['name']}: list the columns"
            assert re.search(r"\bsource as \(", sql) and re.search(r"\brenamed as \(", sql), \
                f"{node['name']}: use the source / renamed CTEs"


def test_surrogate_keys_come_from_the_key_macros(built):
    users = set()
    for node in _ours(built["manifest"], "model"):
        assert "md5(" not in node["raw_code"].lower(), f"{node['name']}: build keys with fact_key / person_key"
        users |= {node["name"] for m in node["depends_on"]["macros"] if m in ("macro.qingshan.fact_key",
                                                                             "macro.qingshan.person_key")}
    assert {"fct_metrics", "fct_tasks", "fct_events", "bridge_event_participants", "int_people"} <= users


def _sqlfluff(args: list[str], cwd: pathlib.Path, warehouse: pathlib.Path, target: pathlib.Path):
    return subprocess.run([str(BIN / "sqlfluff"), "lint", *args, "--format", "json", "--nofail"], cwd=cwd,
                          env=_env(warehouse, target), capture_output=True, text=True, timeout=600)


def _violations(proc: subprocess.CompletedProcess) -> list[str]:
    start = proc.stdout.find("[")
    assert start >= 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    files = json.loads(proc.stdout[start:])
    return [f"{f['filepath']}:{v.get('start_line_no', v.get('line_no'))}: {v['code']} {v['description']}"
            for f in files for v in f["violations"]]


def test_sqlfluff_lint_models(tmp_path):
    """sqlfluff (dbt templater, duckdb dialect, dbt_project/.sqlfluff) finds nothing in the models."""
    proc = _sqlfluff(["models"], DBT_PROJECT_DIR, tmp_path / "lint.duckdb", tmp_path)
    assert "dbt templater" in proc.stdout + proc.stderr or proc.stdout.strip().startswith("["), proc.stderr[-3000:]
    files_checked = json.loads(proc.stdout[proc.stdout.find("["):])
    assert len(files_checked) >= 15, f"sqlfluff linted only {len(files_checked)} files"
    assert not any(v["code"] in ("TMP", "PRS") for f in files_checked for v in f["violations"]), \
        "sqlfluff could not template or parse a model"
    violations = _violations(proc)
    assert not violations, "sqlfluff:\n" + "\n".join(violations)


def test_sqlfluff_config_catches_a_violation(tmp_path):
    """The same rules flag upper-case keywords and a select * of an unknown table: the lint is not empty."""
    shutil.copy(DBT_PROJECT_DIR / ".sqlfluff", tmp_path / ".sqlfluff")
    (tmp_path / "bad.sql").write_text("SELECT * FROM some_table\n", encoding="utf-8")
    proc = _sqlfluff(["--templater", "raw", "bad.sql"], tmp_path, tmp_path / "lint.duckdb", tmp_path)
    codes = {v.split(": ")[1].split(" ")[0] for v in _violations(proc)}
    assert {"CP01", "AM04"} <= codes, codes
