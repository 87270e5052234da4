"""The validate step: Great Expectations suites from expectations/*.json on pandas batches read from
DuckDB (GX's SQL datasource over duckdb-engine returns empty results: great_expectations #10738).

A suite file names the table it checks and lists expectations as `{"type": ..., "kwargs": ...}`.
Suites come in two kinds, each with its own consequence:

- **row checks** (`"gate": "row"`, files `rows_*.json`) judge single extracted facts, before dbt: GX
  returns the key (`fact_type`, `document_id`, `seq`) of every failing row, and those keys are written
  to `quality.row_check_failures`; dbt leaves them out of the fact marts and lists them in
  `marts.fct_quarantine`. The table is rebuilt from the current facts every run, so a fact a later
  extractor version gets right leaves the quarantine.
- **build checks** (every other suite) judge the build as a whole, after dbt: contract columns, keys,
  documents lost compared with the published build, the share of facts held back. One failure blocks
  the publish.

A suite marked `"per_document": true` has a `document_id` column: in an incremental build it runs
only on the documents of `meta.pending_documents` (the facts already published passed before), so a
run that adds ten documents checks ten. Whole-build suites (contract, documents kept, share held
back) always run on everything; they are aggregates.

Per-indicator value ranges are not in a file: they come from dbt_project/seeds/indicators.csv
(`min_value`, `max_value`), so a user changes a threshold in one place.
"""
from __future__ import annotations

import dataclasses
import json
import logging
import math
import os
import pathlib
import re
import sys
import tempfile

import duckdb

from ..imports import deferred
from ..paths import DICTIONARY_DIR, EXPECTATIONS_DIR
from . import warm
from .datadocs import localise, validation_page
from .evidence import register_evidence_checks

log = logging.getLogger(__name__)

ROW_KEY = ["fact_type", "document_id", "seq"]
ROW_CHECKED_FACTS = ("metric", "task", "event")  # facts a row check can hold back (marts.fct_quarantine)
GX_UNUSED_IMPORTS = ("scipy", "altair")  # imported by GX, used by no suite of ours (see qingshan.imports)
DEFAULT_MAX_QUARANTINE_SHARE = 0.05


@dataclasses.dataclass
class Failure:
    suite: str
    expectation: str
    column: str | None
    examples: list
    page: str | None = None  # its validation page, relative to the Data Docs folder
    documents: list[str] = dataclasses.field(default_factory=list)  # a per-document suite: the files failing it


@dataclasses.dataclass
class ValidationResult:
    success: bool
    passed: int
    failed: int
    failures: list[Failure]
    docs_index: str | None = None
    held_back: int = 0  # row checks: failing rows written to quality.row_check_failures


def load_suites(directory: pathlib.Path = EXPECTATIONS_DIR, gate: str | None = None) -> list[dict]:
    """The suites of one kind (`row` or `build`), or all of them."""
    suites = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(directory.glob("*.json"))]
    return [s for s in suites if gate is None or s.get("gate", "build") == gate]


def _camel(name: str) -> str:
    return "".join(part.capitalize() for part in name.split("_"))


def register_indicators(con: duckdb.DuckDBPyConnection, directory: pathlib.Path = DICTIONARY_DIR) -> None:
    """indicators.csv as `dim_indicators` (the columns of marts.dim_indicators): row checks run before
    dbt has loaded this run's dictionaries."""
    con.execute(
        "create or replace temp view dim_indicators as select indicator, name_zh, unit, category, "
        "try_cast(min_value as double) as min_value, try_cast(max_value as double) as max_value, "
        "units as allowed_units, keywords "
        f"from read_csv('{directory / 'indicators.csv'}', header = true, all_varchar = true)")


def indicator_range_expectations(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """One range check per indicator, on the figures stated in its own unit: a range bounds levels
    (`AQI 0–20`), not the changes stated in % or 百分点 (`综合指数同比上升20.2%`)."""
    rows = con.execute(
        "select indicator, coalesce(unit, ''), min_value, max_value from dim_indicators "
        "where min_value is not null or max_value is not null").fetchall()

    def in_own_unit(unit: str) -> str:
        return f'unit == "{unit}"' if unit else '(unit != unit or unit == "")'  # unit != unit: no unit (NaN)

    return [{"type": "expect_column_values_to_be_between",
             "kwargs": {"column": "value", "min_value": lo, "max_value": hi,
                        "row_condition": f'indicator=="{code}" and {in_own_unit(unit)}', "condition_parser": "pandas"},
             "meta": {"rule": f"value of {code} within dim_indicators range", "shows": "value"}}
            for code, unit, lo, hi in rows]


def _plain(v):
    """A value from a GX result as JSON-able Python (numpy scalars, NaN/NaT as None)."""
    if hasattr(v, "item"):
        v = v.item()
    if v is None or (isinstance(v, float) and math.isnan(v)) or str(v) in ("NaT", "nan", "<NA>"):
        return None
    return v if isinstance(v, (int, float, str, bool)) else str(v)


def _import_gx():
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    with deferred(*GX_UNUSED_IMPORTS):
        import great_expectations as gx
    return gx


def _context(docs_dir: pathlib.Path | None):
    gx = _import_gx()
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
    return gx, gx.get_context(project_config=config, mode="ephemeral")


def suite_query(spec: dict, pending_only: bool = False) -> str:
    """The query a suite runs on; limited to the pending documents in an incremental build."""
    query = spec["query"] if "query" in spec else f"select * from {spec['table']}"
    if pending_only and spec.get("per_document"):
        query = f"select * from ({query}) where document_id in (select document_id from meta.pending_documents)"
    return query


# expectations that judge each row on its own: a suite made only of these (without `mostly`, a share
# of all rows) gives the same verdicts on its rows in parts as whole
ROW_LEVEL = {"expect_column_values_to_be_in_set", "expect_column_values_to_not_be_in_set",
             "expect_column_values_to_be_between", "expect_column_values_to_not_be_null",
             "expect_column_values_to_be_null", "expect_column_values_to_match_regex",
             "expect_column_values_to_not_match_regex", "expect_column_value_lengths_to_be_between"}
UNIQUE = {"expect_column_values_to_be_unique", "expect_compound_columns_to_be_unique"}
CHUNK_ROWS = 100_000  # rows per DataFrame when a suite is read in parts


COLUMN_KWARGS = ("column", "column_A", "column_B", "column_list")  # where an expectation names its columns


def _named_columns(e: dict) -> list[str]:
    named = [e["kwargs"][k] for k in COLUMN_KWARGS if k in e["kwargs"]]
    return [c for value in named for c in (value if isinstance(value, list) else [value])]


def read_columns(expectations: list[dict], also: list[str], available: list[str]) -> list[str] | None:
    """The columns of `available` (a suite query's) that its expectations read, and `also` (the
    failing rows' keys), in order; None when an expectation names none of its columns (a table-level
    one reads them all). A row_condition reads every column whose name it mentions."""
    columns = list(also)
    for e in expectations:
        named = _named_columns(e)
        if not named:
            return None
        columns += named
        if e["kwargs"].get("row_condition"):
            mentioned = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", e["kwargs"]["row_condition"]))
            columns += [c for c in available if c in mentioned]
    return list(dict.fromkeys(columns))


def part_key(spec: dict, expectations: list[dict]) -> list[str] | None:
    """The columns a suite's rows can be split into parts by, or None (it is read whole). Rows are
    parted by a hash of these columns, so rows with the same values meet in one part: a row-level
    expectation (without `mostly`) judges each row alone, and a uniqueness expectation sees every
    row that could repeat a value when the parts are cut by its own columns. So: a per-document suite
    of row-level expectations and at most one uniqueness expectation, parted by that expectation's
    columns, else by document (whole documents, the keys of the failing rows)."""
    if not spec.get("per_document") or any("mostly" in e["kwargs"] for e in expectations):
        return None
    unique = [_named_columns(e) for e in expectations if e["type"] in UNIQUE]
    if any(e["type"] not in ROW_LEVEL | UNIQUE for e in expectations) or len(unique) > 1:
        return None
    return unique[0] if unique else ["document_id"]


def _frames(con: duckdb.DuckDBPyConnection, spec: dict, expectations: list[dict], query: str, chunk_rows: int | None,
            columns: list[str] | None = None):
    """The DataFrames a suite runs on, each with the name of its part (None when read whole): its
    query's result whole, or, with chunk_rows and a part key (see part_key), in parts of about
    chunk_rows rows (the GX process then holds one part, not the largest table, and GX's work on
    it). With `columns`, only those columns (the suite of metrics reads five of the seven its query
    gives)."""
    pick = ", ".join(f'"{c}"' for c in columns) if columns else "*"
    key = part_key(spec, expectations) if chunk_rows else None
    if not key:
        yield con.execute(f"select {pick} from ({query})").df(), None
        return
    # the query once, into a temporary table the parts are read from: a part's query would compute
    # the whole of it again (row checks on 100 MB of text: 18.6 s, 16.5 s this way; the same memory).
    bucket = "hash(" + ", ".join(f'"{c}"' for c in key) + ")"
    con.execute(f"create or replace temp table qs_suite as select {pick}, {bucket} as qs_bucket from ({query})")
    try:
        parts = max(1, -(-con.execute("select count(*) from qs_suite").fetchone()[0] // chunk_rows))
        for i in range(parts):
            yield (con.execute(f"select {pick} from qs_suite where qs_bucket % {parts} = {i}").df(),
                   f"part {i + 1} of {parts}" if parts > 1 else None)
    finally:
        con.execute("drop table if exists qs_suite")


def _run_suites(con: duckdb.DuckDBPyConnection, specs: list[dict], docs_dir: pathlib.Path | None,
                params: dict, keys: list[str] | None = None, run_name: str = "qingshan",
                pending_only: bool = False, chunk_rows: int | None = None):
    """Run each suite on the DataFrame of its query (or its parts, see _frames). Yields (spec, result,
    run name) for every expectation and part; a part is a run of its own in Data Docs ("qingshan w
    part 2 of 5"). With `keys`, results are COMPLETE and name every failing row by those columns
    (plus the column the expectation's meta `shows`)."""
    gx, context = _context(docs_dir)
    from great_expectations.core.run_identifier import RunIdentifier

    run_time = RunIdentifier(run_name=run_name).run_time  # a run name, else GX shows __none__
    source = context.data_sources.add_pandas("qingshan")
    for spec in specs:
        expectations = list(spec["expectations"])
        if spec.get("indicator_ranges"):
            expectations += indicator_range_expectations(con)
        asset = source.add_dataframe_asset(name=spec["name"])
        batch_def = asset.add_batch_definition_whole_dataframe("all")
        shows, built = set(), []
        for e in expectations:
            kwargs = {k: params.get(v[1:], v) if isinstance(v, str) and v.startswith("$") else v
                      for k, v in e["kwargs"].items()}
            built.append(getattr(gx.expectations, _camel(e["type"]))(**kwargs, meta=e.get("meta")))
            if (e.get("meta") or {}).get("shows"):
                shows.add(e["meta"]["shows"])
        # the suite whole, stored once (adding its expectations one by one stores it again each time:
        # ~20 ms an expectation, half of a small run's row checks)
        suite = context.suites.add(gx.ExpectationSuite(name=spec["name"], expectations=built))
        vd = context.validation_definitions.add(gx.ValidationDefinition(name=spec["name"], data=batch_def, suite=suite))
        index_columns = list(dict.fromkeys((keys or []) + sorted(shows)))
        result_format = ({"result_format": "COMPLETE", "unexpected_index_column_names": index_columns,
                          "return_unexpected_index_query": False}
                         if index_columns else {"result_format": "SUMMARY"})
        query = suite_query(spec, pending_only)
        available = [d[0] for d in con.execute(f"select * from ({query}) limit 0").description]
        columns = read_columns(expectations, index_columns, available)
        for df, part in _frames(con, spec, expectations, query, chunk_rows, columns):
            run_id = RunIdentifier(run_name=f"{run_name} {part}" if part else run_name, run_time=run_time)
            result = vd.run(batch_parameters={"dataframe": df}, result_format=result_format, run_id=run_id)
            del df
            for r in result.results:
                yield spec, r, run_id.run_name
    if docs_dir:
        try:
            context.build_data_docs()
            localise(pathlib.Path(docs_dir))
        except Exception as e:  # noqa: BLE001 - docs are a report; the validation result stands
            log.warning("could not write GX Data Docs to %s: %s", docs_dir, e)


class _Verdicts(dict):
    """(suite, expectation id) -> whether it passed on every part of the suite it was run on."""

    def add(self, spec: dict, r) -> tuple:
        key = (spec["name"], r.expectation_config.id)
        self[key] = self.get(key, True) and r.success
        return key

    def counts(self) -> tuple[int, int]:
        """(passed, failed) expectations."""
        failed = sum(not ok for ok in self.values())
        return len(self) - failed, failed


def _failure(spec: dict, r) -> Failure:
    cfg = r.expectation_config
    res = r.result or {}
    meta = cfg.meta or {}
    if meta.get("shows") and res.get("unexpected_index_list"):
        examples = [_plain(i.get(meta["shows"])) for i in res["unexpected_index_list"][:20]]
    else:
        examples = res.get("partial_unexpected_list") or res.get("observed_value")
    if res.get("partial_missing_list"):  # a set expectation: what is missing, not what is there
        examples = ["missing: " + ", ".join(map(str, res["partial_missing_list"]))]
    if r.exception_info and r.exception_info.get("raised_exception"):
        examples = [r.exception_info.get("exception_message")]
    return Failure(spec["name"], cfg.type + (f" ({meta.get('rule')})" if meta.get("rule") else ""),
                   cfg.kwargs.get("column"), examples if isinstance(examples, list) else [examples])


NAMED_DOCUMENTS = 5  # a failure of a per-document suite names at most this many of its files


def failing_documents(con: duckdb.DuckDBPyConnection, spec: dict, failure: Failure,
                      pending_only: bool = False) -> list[str]:
    """The files (raw.documents.source_path, at most NAMED_DOCUMENTS) whose rows of a per-document
    suite hold the failure's example values in its column: the rows that fail a value, range or
    uniqueness check. Asked only once a check has failed, so a passing build pays nothing for it."""
    values = [v for v in failure.examples if not isinstance(v, (dict, list))]
    if not spec.get("per_document") or not failure.column or not values:
        return []
    column = f'"{failure.column}"'
    found = [f"cast({column} as varchar) in (select unnest(?::varchar[]))"]
    if None in values:
        found.append(f"{column} is null")
    rows = con.execute(
        f"select raw.source_path from (select distinct document_id from ({suite_query(spec, pending_only)}) "
        f"where {' or '.join(found)}) as failing join raw.documents as raw using (document_id) "
        f"order by 1 limit {NAMED_DOCUMENTS}", [[str(v) for v in values if v is not None]]).fetchall()
    return [r[0] for r in rows]


def run_row_checks(warehouse: pathlib.Path, pending_only: bool = False) -> ValidationResult:
    """Row checks on the extracted facts (with pending_only, those of the pending documents). Every
    failing row goes to quality.row_check_failures with the check and the value that failed; an
    expectation that cannot run at all is a failure of the build."""
    con = duckdb.connect(str(warehouse), config={"memory_limit": "300MB", "temp_directory": tempfile.gettempdir()})
    rows: list[tuple] = []
    errors: list[Failure] = []
    verdicts = _Verdicts()
    try:
        register_indicators(con)
        register_evidence_checks(con, ROW_CHECKED_FACTS, pending_only)
        for spec, r, _ in _run_suites(con, load_suites(gate="row"), None, {}, keys=ROW_KEY,
                                      pending_only=pending_only, chunk_rows=CHUNK_ROWS):
            verdicts.add(spec, r)
            if r.success:
                continue
            cfg = r.expectation_config
            meta = cfg.meta or {}
            if r.exception_info and r.exception_info.get("raised_exception"):
                errors.append(_failure(spec, r))
                continue
            check = meta.get("rule") or f"{cfg.type} on {cfg.kwargs.get('column')}"
            shown = meta.get("shows") or cfg.kwargs.get("column")
            for i in (r.result or {}).get("unexpected_index_list") or []:
                value = _plain(i.get(shown))
                rows.append((i["fact_type"], i["document_id"], int(i["seq"]), check,
                             None if value is None else str(value)))
        con.execute("create schema if not exists quality")
        if pending_only:
            con.execute("delete from quality.row_check_failures "
                        "where document_id in (select document_id from meta.pending_documents)")
        else:
            con.execute("create or replace table quality.row_check_failures (fact_type varchar, document_id varchar, "
                        "seq integer, check_name varchar, failed_value varchar)")
        if rows:  # through a DataFrame: a systematic fault can hold back many thousands of rows
            import pandas as pd

            failures = pd.DataFrame(rows, columns=[*ROW_KEY, "check_name", "failed_value"])
            con.register("failures", failures)
            con.execute("insert into quality.row_check_failures select * from failures")
    finally:
        con.close()
    passed, failed = verdicts.counts()
    return ValidationResult(not errors, passed, failed, errors, held_back=len(rows))


def run_validation(warehouse: pathlib.Path, docs_dir: pathlib.Path | None = None,
                   published: pathlib.Path | None = None,
                   max_quarantine_share: float = DEFAULT_MAX_QUARANTINE_SHARE,
                   pending_only: bool = False) -> ValidationResult:
    """Build checks on the built marts; `published` is the warehouse readers have now (compared with)."""
    failures: dict[tuple, tuple[Failure, str, dict]] = {}  # (suite, expectation): its first failing part, run name, suite
    verdicts = _Verdicts()
    con = duckdb.connect(str(warehouse), read_only=True, config={"memory_limit": "300MB", "temp_directory": tempfile.gettempdir()})
    try:
        specs = load_suites(gate="build")
        register_evidence_checks(con, ("person",), pending_only)  # the others': row checks (ROW_CHECKED_FACTS)
        if published and pathlib.Path(published).exists():
            con.execute(f"attach '{published}' as published (read_only)")
        else:
            specs = [s for s in specs if not s.get("needs_published")]
        for spec, r, run in _run_suites(con, specs, docs_dir, {"max_quarantine_share": max_quarantine_share},
                                        run_name=f"qingshan {pathlib.Path(warehouse).name.split('.')[0]}",
                                        pending_only=pending_only, chunk_rows=CHUNK_ROWS):
            key = verdicts.add(spec, r)
            if not r.success and key not in failures:
                failures[key] = _failure(spec, r), run, spec
        for f, _, spec in failures.values():
            f.documents = failing_documents(con, spec, f, pending_only)
    finally:
        con.close()
    passed, failed = verdicts.counts()
    docs_index = str(pathlib.Path(docs_dir) / "index.html") if docs_dir and (pathlib.Path(docs_dir) / "index.html").exists() else None
    if docs_index:
        for f, run, _ in failures.values():
            f.page = validation_page(pathlib.Path(docs_dir), f.suite, run)
    return ValidationResult(failed == 0, passed, failed, [f for f, _, _ in failures.values()], docs_index)


def _isolated(args: list[str]) -> ValidationResult:
    """This module in a child process, as dbt runs: GX and the pandas batches take the memory of the
    largest table, and a child gives it all back when it ends. A child prestarted (see `prestart`)
    has imported GX already."""
    proc = warm.run(_warm_key(args[0], pathlib.Path(args[1])), _MODULE, args)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-5:]
        return ValidationResult(False, 0, 1, [Failure("validation", "the validation process failed", None, tail)])
    data = json.loads(lines[-1])
    data["failures"] = [Failure(**f) for f in data["failures"]]
    return ValidationResult(**data)


_MODULE = "qingshan.store.validate"  # run as a child: python -m


def _warm_key(gate: str, warehouse: pathlib.Path) -> tuple:
    return (_MODULE, gate, str(pathlib.Path(warehouse).resolve()))


def prestart(gate: str, warehouse: pathlib.Path) -> None:
    """Start the child of the next `gate` check ("rows" or "build") of warehouse now: it imports GX
    while the run does something else (see qingshan.store.warm)."""
    warm.prestart(_warm_key(gate, warehouse), _MODULE)


def run_row_checks_isolated(warehouse: pathlib.Path, pending_only: bool = False) -> ValidationResult:
    return _isolated(["rows", str(warehouse)] + (["--pending-only"] if pending_only else []))


def run_validation_isolated(warehouse: pathlib.Path, docs_dir: pathlib.Path | None = None,
                            published: pathlib.Path | None = None,
                            max_quarantine_share: float = DEFAULT_MAX_QUARANTINE_SHARE,
                            pending_only: bool = False) -> ValidationResult:
    return _isolated(["build", str(warehouse), "--max-quarantine-share", str(max_quarantine_share)]
                     + (["--pending-only"] if pending_only else [])
                     + (["--docs", str(docs_dir)] if docs_dir else [])
                     + (["--published", str(published)] if published else []))


def main(argv: list[str] | None = None) -> None:
    import argparse

    ap = argparse.ArgumentParser(prog="python -m qingshan.store.validate")
    ap.add_argument("gate", choices=["rows", "build"])
    ap.add_argument("warehouse", type=pathlib.Path)
    ap.add_argument("--docs", type=pathlib.Path)
    ap.add_argument("--published", type=pathlib.Path)
    ap.add_argument("--max-quarantine-share", type=float, default=DEFAULT_MAX_QUARANTINE_SHARE)
    ap.add_argument("--pending-only", action="store_true", help="only the documents in meta.pending_documents")
    a = ap.parse_args(argv)
    if a.gate == "rows":
        result = run_row_checks(a.warehouse, a.pending_only)
    else:
        result = run_validation(a.warehouse, a.docs, a.published, a.max_quarantine_share, a.pending_only)
    print(json.dumps(dataclasses.asdict(result), ensure_ascii=False, default=str))


if __name__ == "__main__":
    sys.exit(warm.serve(_import_gx, main))
