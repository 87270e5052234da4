"""The transform step: `dbt build` of dbt_project/ against a warehouse file.

dbt runs in a child process: dbt-duckdb may keep the DuckDB file open in the process that invoked
it (dbt-duckdb #616), and a child process also keeps dbt's global state out of the pipeline's. The
child is `python -m qingshan.store.transform`, which runs dbt's own command line (`dbt ...`), and
can be prestarted to import dbt while the run extracts (qingshan.store.warm).
"""
from __future__ import annotations

import dataclasses
import json
import os
import pathlib
import sys

from ..paths import DBT_PROJECT_DIR
from . import warm


@dataclasses.dataclass
class DbtResult:
    success: bool
    passed: int
    failed: int
    failures: list[str]
    log_tail: str
    full_refresh: bool = False  # whether the build was a --full-refresh one


def dbt_env(warehouse: pathlib.Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update({
        "QINGSHAN_WAREHOUSE": str(pathlib.Path(warehouse).resolve()),
        "DBT_SEND_ANONYMOUS_USAGE_STATS": "false",
        "DO_NOT_TRACK": "1",
        "DBT_PROFILES_DIR": str(DBT_PROJECT_DIR),
    })
    return env


def dbt_build(warehouse: pathlib.Path, target_dir: pathlib.Path | None = None, *,
              full_refresh: bool = False) -> DbtResult:
    """Run `dbt build` (seeds, models, data tests) and summarise run_results.json; an incremental
    build does not load the seeds again (their CSVs are in the build digest: a change of one means a
    full build, see the pipeline). dbt's unit tests
    check the models' SQL on fixed rows, not the data: the test suite runs them (tests/dbt_project),
    a production build does not pay for them.

    The per-document models are incremental: unless full_refresh, a model whose table exists rebuilds
    only the documents listed in meta.pending_documents, which must then exist (dbt_project/macros/
    pending.sql). full_refresh (`--full-refresh`) rebuilds every table from scratch and does not read
    meta.pending_documents: needed when the warehouse has no earlier successful build, or when the
    dbt project, dictionaries, suites or extractor version changed since it (the pipeline decides).
    A first build of a model is whole either way, and does not read meta.pending_documents."""
    target = _target(warehouse, target_dir)
    cmd = ["build", "--project-dir", str(DBT_PROJECT_DIR), "--profiles-dir", str(DBT_PROJECT_DIR),
           "--target-path", str(target), "--no-use-colors", "--exclude-resource-type", "unit_test"]
    if full_refresh:
        cmd.append("--full-refresh")
    else:  # the dictionaries are part of the build digest: they are those of the build this continues
        cmd += ["--exclude-resource-type", "seed"]
    proc = warm.run(args=cmd, **_child(warehouse, target))
    results_file = target / "run_results.json"
    passed = failed = 0
    failures: list[str] = []
    if results_file.exists():
        for r in json.loads(results_file.read_text(encoding="utf-8")).get("results", []):
            if r["status"] in ("success", "pass"):
                passed += 1
            elif r["status"] not in ("skipped",):
                failed += 1
                failures.append(f"{r['unique_id']}: {r['status']}: {(r.get('message') or '').strip()[:300]}")
    tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-40:])
    if proc.returncode != 0 and not failures:
        failures.append(f"dbt exited with status {proc.returncode}")
    return DbtResult(proc.returncode == 0 and failed == 0, passed, failed, failures, tail, full_refresh)




_MODULE = "qingshan.store.transform"  # the child: python -m


def _target(warehouse: pathlib.Path, target_dir: pathlib.Path | None) -> pathlib.Path:
    return pathlib.Path(target_dir or pathlib.Path(warehouse).parent / "dbt_target")


def _child(warehouse: pathlib.Path, target: pathlib.Path) -> dict:
    """How dbt's child for this warehouse and target folder starts (qingshan.store.warm)."""
    return {"key": (_MODULE, str(pathlib.Path(warehouse).resolve()), str(target)), "module": _MODULE,
            "env": {**dbt_env(warehouse), "DBT_LOG_PATH": str(target / "logs")}, "cwd": str(DBT_PROJECT_DIR)}


def prestart_dbt(warehouse: pathlib.Path, target_dir: pathlib.Path | None = None) -> None:
    """Start the child of the next `dbt_build` of warehouse now, to import dbt meanwhile."""
    warm.prestart(**_child(warehouse, _target(warehouse, target_dir)))


def _import_dbt() -> None:
    import dbt.cli.main  # noqa: F401


def _dbt_command_line(args: list[str]) -> int:
    """`dbt args`, as the dbt script runs it (click's command, which exits with dbt's code)."""
    from dbt.cli.main import cli

    return cli.main(args=args, prog_name="dbt")


if __name__ == "__main__":
    sys.exit(warm.serve(_import_dbt, _dbt_command_line))
