"""What a run reports: its summary, the quality file beside the warehouse, the markdown of its Prefect
artifact, the row counts of the marts, the digest that tells whether anything a build depends on changed,
and the console progress bar."""
from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import pathlib

import duckdb

from .. import EXTRACTOR_VERSION
from ..paths import DBT_PROJECT_DIR, EXPECTATIONS_DIR
from . import warehouse as wh

FACT_TABLES = ("fct_metrics", "fct_tasks", "fct_events", "bridge_event_participants", "fct_person_roles", "dim_people")


@dataclasses.dataclass
class RunSummary:
    warehouse: str
    success: bool
    ingested: int = 0
    unchanged: int = 0
    rejected: int = 0
    missing: int = 0
    extracted: int = 0
    extraction_errors: list[str] = dataclasses.field(default_factory=list)
    quarantined: list[str] = dataclasses.field(default_factory=list)
    rows: dict[str, int] = dataclasses.field(default_factory=dict)
    dbt_passed: int = 0
    dbt_failed: int = 0
    checks_passed: int = 0  # build checks (GX): one failure blocks the publish
    checks_failed: int = 0
    row_checks_passed: int = 0  # row checks (GX): a failing fact is held back, the build goes on
    row_checks_failed: int = 0
    held_back: int = 0  # facts in marts.fct_quarantine
    held_back_by_check: dict[str, int] = dataclasses.field(default_factory=dict)
    max_quarantine_share: float = 0.05
    failures: list[str] = dataclasses.field(default_factory=list)
    failure_pages: dict[str, str] = dataclasses.field(default_factory=dict)  # failure -> its Data Docs page
    timings: dict[str, float] = dataclasses.field(default_factory=dict)
    published: bool = False
    nothing_new: bool = False
    build: str = ""  # how the build was made: "full" or "incremental", from a "standby", "copy" or "new" file
    pending: int = 0  # documents whose facts this build (re)built
    report: str | None = None
    data_docs: str | None = None


@contextlib.contextmanager
def progress_bar(enabled: bool, total: int):
    """A console progress bar (rich) for long runs; yields a function advancing it."""
    if not enabled or total == 0:
        yield lambda n: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    with Progress("extracting", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), transient=True) as bar:
        task_id = bar.add_task("documents", total=total)
        yield lambda n: bar.advance(task_id, n)


def write_quality(target: pathlib.Path, summary: RunSummary, dbt_failures: list[str], gx_failures: list[str]) -> None:
    """The run's check results next to the warehouse (read by the review report and by people)."""
    path = target.with_name(target.stem + "_quality.json")
    path.write_text(json.dumps({
        "run_at": dt.datetime.now().isoformat(timespec="seconds"), "published": summary.published,
        "dbt": {"passed": summary.dbt_passed, "failed": summary.dbt_failed, "failures": dbt_failures},
        "row_checks": {"passed": summary.row_checks_passed, "failed": summary.row_checks_failed,
                       "held_back": summary.held_back, "by_check": summary.held_back_by_check},
        "expectations": {"passed": summary.checks_passed, "failed": summary.checks_failed, "failures": gx_failures,
                         # each failing expectation's validation page, relative to the Data Docs folder
                         "pages": summary.failure_pages},
        "max_quarantine_share": summary.max_quarantine_share,
        "data_docs": summary.data_docs,
    }, ensure_ascii=False, indent=1), encoding="utf-8")


def mart_counts(path: pathlib.Path) -> dict[str, int]:
    con = wh.connect(path, read_only=True)
    try:
        out = {}
        for t in FACT_TABLES:
            try:
                out[t] = con.execute(f"select count(*) from marts.{t}").fetchone()[0]
            except Exception:  # noqa: BLE001 - a mart dbt could not build
                out[t] = 0
        return out
    finally:
        con.close()


def quarantine_counts(path: pathlib.Path) -> tuple[int, dict[str, int]]:
    """Facts held back by row checks in a build, in all and per check (a fact failing two checks
    counts under each)."""
    con = wh.connect(path, read_only=True)
    try:
        by_check = dict(con.execute(
            "select c.name, count(distinct q.fact_id) from marts.fct_quarantine q, "
            "unnest(string_split(q.check_name, '; ')) as c(name) group by 1 order by 2 desc, 1").fetchall())
        return con.execute("select count(*) from marts.fct_quarantine").fetchone()[0], by_check
    except duckdb.Error:  # a build dbt could not finish
        return 0, {}
    finally:
        con.close()


def build_digest() -> str:
    """What a build depends on besides the documents: extraction rules, dbt project, suites."""
    h = hashlib.sha256(EXTRACTOR_VERSION.encode())
    for folder in (DBT_PROJECT_DIR, EXPECTATIONS_DIR):
        for p in sorted(folder.rglob("*")):
            if p.is_file() and p.suffix in (".sql", ".yml", ".yaml", ".csv", ".json") and "target" not in p.parts:
                h.update(p.relative_to(folder).as_posix().encode())
                h.update(p.read_bytes())
    return h.hexdigest()


def artifact_markdown(s: RunSummary) -> str:
    """The run as a markdown table (the Prefect artifact of each run)."""
    lines = ["| step | value |", "|---|---|",
             f"| documents new / unchanged / rejected | {s.ingested} / {s.unchanged} / {s.rejected} |",
             f"| documents extracted | {s.extracted} |"]
    lines += [f"| rows {t} | {n} |" for t, n in s.rows.items()]
    lines += [f"| row checks passed / failed | {s.row_checks_passed} / {s.row_checks_failed} |",
              f"| facts held back (marts.fct_quarantine) | {s.held_back} |"]
    lines += [f"| held back by: {c} | {n} |" for c, n in s.held_back_by_check.items()]
    lines += [f"| dbt passed / failed | {s.dbt_passed} / {s.dbt_failed} |",
              f"| build checks passed / failed | {s.checks_passed} / {s.checks_failed} |"]
    lines += [f"| FAILED | {f.replace('|', '¦')[:300]} |" for f in s.failures[:20]]
    lines += [f"| time {k} | {v:.1f} s |" for k, v in s.timings.items()]
    lines += [f"| published | {s.published} |", f"| nothing new | {s.nothing_new} |"]
    return "\n".join(lines)
