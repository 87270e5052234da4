"""The validate step: Great Expectations suites from expectations/*.json on pandas batches read from
DuckDB (GX's SQL datasource over duckdb-engine returns empty results: great_expectations #10738).

A suite file names the table it checks and lists expectations as `{"type": ..., "kwargs": ...}`.
Per-indicator value ranges are not in a file: they come from `marts.dim_indicators`, i.e. from
dbt_project/seeds/indicators.csv, so a user changes a threshold in one place.
"""
from __future__ import annotations

import dataclasses
import json
import logging
import os
import pathlib
import tempfile

import duckdb

from ..paths import EXPECTATIONS_DIR
from .datadocs import localise

log = logging.getLogger(__name__)


@dataclasses.dataclass
class Failure:
    suite: str
    expectation: str
    column: str | None
    examples: list


@dataclasses.dataclass
class ValidationResult:
    success: bool
    passed: int
    failed: int
    failures: list[Failure]
    docs_index: str | None = None


def load_suites(directory: pathlib.Path = EXPECTATIONS_DIR) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(directory.glob("*.json"))]


def _camel(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_"))


def indicator_range_expectations(con: duckdb.DuckDBPyConnection) -> list[dict]:
    rows = con.execute(
        "select indicator, min_value, max_value from marts.dim_indicators "
        "where min_value is not null or max_value is not null").fetchall()
    return [{"type": "expect_column_values_to_be_between",
             "kwargs": {"column": "value", "min_value": lo, "max_value": hi,
                        "row_condition": f'indicator=="{code}"', "condition_parser": "pandas"},
             "meta": {"rule": f"value of {code} within dim_indicators range"}}
            for code, lo, hi in rows]


def run_validation(warehouse: pathlib.Path, docs_dir: pathlib.Path | None = None) -> ValidationResult:
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    import great_expectations as gx

    from great_expectations.data_context.types.base import (
        DataContextConfig, InMemoryStoreBackendDefaults, ProgressBarsConfig)

    config = DataContextConfig(
        store_backend_defaults=InMemoryStoreBackendDefaults(),
        progress_bars=ProgressBarsConfig(globally=False),
        analytics_enabled=False,
        data_docs_sites={"local": {
            "class_name": "SiteBuilder",
            "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(docs_dir)},
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
        }} if docs_dir else {},
    )
    context = gx.get_context(project_config=config, mode="ephemeral")
    from great_expectations.core.run_identifier import RunIdentifier

    run_id = RunIdentifier(run_name=f"qingshan {warehouse.name.split('.')[0]}")  # else GX shows __none__
    source = context.data_sources.add_pandas("qingshan")
    failures: list[Failure] = []
    passed = failed = 0
    con = duckdb.connect(str(warehouse), read_only=True, config={"memory_limit": "300MB", "temp_directory": tempfile.gettempdir()})
    try:
        suites = load_suites()
        for spec in suites:
            expectations = list(spec["expectations"])
            if spec.get("indicator_ranges"):
                expectations += indicator_range_expectations(con)
            df = con.execute(spec["query"] if "query" in spec else f"select * from {spec['table']}").df()
            asset = source.add_dataframe_asset(name=spec["name"])
            batch_def = asset.add_batch_definition_whole_dataframe("all")
            suite = context.suites.add(gx.ExpectationSuite(name=spec["name"]))
            for e in expectations:
                cls = getattr(gx.expectations, _camel(e["type"]))
                suite.add_expectation(cls(**e["kwargs"], meta=e.get("meta")))
            vd = context.validation_definitions.add(gx.ValidationDefinition(name=spec["name"], data=batch_def, suite=suite))
            result = vd.run(batch_parameters={"dataframe": df}, result_format={"result_format": "SUMMARY"},
                            run_id=run_id)
            for r in result.results:
                if r.success:
                    passed += 1
                    continue
                failed += 1
                cfg = r.expectation_config
                res = r.result or {}
                examples = res.get("partial_unexpected_list") or res.get("observed_value")
                if r.exception_info and r.exception_info.get("raised_exception"):
                    examples = [r.exception_info.get("exception_message")]
                failures.append(Failure(spec["name"], cfg.type + (f" ({cfg.meta.get('rule')})" if cfg.meta else ""),
                                        cfg.kwargs.get("column"), examples if isinstance(examples, list) else [examples]))
    finally:
        con.close()
    docs_index = None
    if docs_dir:
        try:
            context.build_data_docs()
            localise(pathlib.Path(docs_dir))
            docs_index = str(pathlib.Path(docs_dir) / "index.html")
        except Exception as e:  # noqa: BLE001 - docs are a report; the validation result stands
            log.warning("could not write GX Data Docs to %s: %s", docs_dir, e)
    return ValidationResult(failed == 0, passed, failed, failures, docs_index)


def run_validation_isolated(warehouse: pathlib.Path, docs_dir: pathlib.Path | None = None) -> ValidationResult:
    """run_validation in a child process, as dbt runs: GX and the pandas batches take the memory of
    the largest mart, and a child gives it all back when it ends."""
    import subprocess
    import sys

    cmd = [sys.executable, "-m", "qingshan.store.validate", str(warehouse)] + ([str(docs_dir)] if docs_dir else [])
    proc = subprocess.run(cmd, capture_output=True, text=True)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-5:]
        return ValidationResult(False, 0, 1, [Failure("validation", "the validation process failed", None, tail)])
    data = json.loads(lines[-1])
    return ValidationResult(data["success"], data["passed"], data["failed"],
                            [Failure(**f) for f in data["failures"]], data.get("docs_index"))


if __name__ == "__main__":
    import sys

    args = [pathlib.Path(a) for a in sys.argv[1:3]]
    result = run_validation(*args)
    print(json.dumps(dataclasses.asdict(result), ensure_ascii=False, default=str))
