"""The `pipeline` flow: ingest -> extract -> transform (dbt) -> validate (GX) -> publish -> report.

The run builds into a working copy next to the published warehouse and replaces the published file
atomically (os.replace) only when dbt's tests and the expectations passed: readers never see a half
built or failed build. One run at a time per warehouse (a lock file next to it).
"""
from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import os
import pathlib
import shutil
import signal
import time

import pyarrow as pa
import pyarrow.parquet as pq
from prefect import flow, get_run_logger, task, unmapped
from prefect.artifacts import create_markdown_artifact
from prefect.futures import as_completed
from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner

from qingshan import EXTRACTOR_VERSION
from qingshan import warehouse as wh
from qingshan.extract import extract_batch
from qingshan.ingest import DEFAULT_MAX_BYTES, read_document
from qingshan.locking import WarehouseLock
from qingshan.paths import DBT_PROJECT_DIR, EXPECTATIONS_DIR
from qingshan.records import TABLES
from qingshan.report import write_report
from qingshan.transform import dbt_build
from qingshan.validate import run_validation_isolated

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
    checks_passed: int = 0
    checks_failed: int = 0
    failures: list[str] = dataclasses.field(default_factory=list)
    timings: dict[str, float] = dataclasses.field(default_factory=dict)
    published: bool = False
    nothing_new: bool = False
    report: str | None = None
    data_docs: str | None = None


def _input_files(input_dir: pathlib.Path) -> list[pathlib.Path]:
    return sorted(p for p in input_dir.rglob("*") if p.is_file() and not p.name.startswith("."))


def _failpoint(step: str) -> None:
    """Fault injection for the crash tests: QINGSHAN_FAILPOINT=<step> kills the process there."""
    if os.environ.get("QINGSHAN_FAILPOINT") == step:
        os.kill(os.getpid(), signal.SIGKILL)


@task(name="ingest", retries=2, retry_delay_seconds=2)
def ingest(input_dir: str, work: str, max_bytes: int) -> tuple[wh.IngestCounts, list[str]]:
    """Read every file under the input folder into raw.documents (same bytes = one document)."""
    logger = get_run_logger()
    root = pathlib.Path(input_dir)
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    docs = []
    for path in _input_files(root):
        try:
            docs.append(read_document(path, root, now, max_bytes))
        except OSError as e:  # unreadable file: reported, the batch goes on
            logger.warning("cannot read %s: %s", path, e)
    con = wh.connect(work)
    try:
        wh.ensure_schema(con)
        counts = wh.upsert_raw_documents(con, docs, now)
    finally:
        con.close()
    quarantined = [d.reason for d in docs if d.reason]
    for reason in quarantined:
        logger.warning("quarantined %s", reason)
    logger.info("ingest: %s new, %s unchanged, %s rejected, %s no longer present",
                counts.new, counts.unchanged, counts.rejected, counts.missing)
    return counts, quarantined


@task(name="plan extraction")
def plan_extraction(work: str, batch_chars: int, scratch: str) -> list[dict]:
    """Documents not yet extracted by this extractor version, written in batches of about
    batch_chars to Parquet files in scratch: workers read their batch from a file, so neither the
    flow nor Prefect holds the corpus in memory."""
    con = wh.connect(work, read_only=True)
    try:
        ids = wh.documents_to_extract(con, EXTRACTOR_VERSION)
        if not ids:
            return []
        con.register("todo", pa.table({"document_id": pa.array(ids, pa.string())}))
        sizes = con.execute("select r.document_id, length(r.text) from raw.documents r join todo using (document_id) "
                            "order by r.source_path").fetchall()
        batches: list[list[str]] = [[]]
        size = 0
        for doc_id, n in sizes:
            if size >= batch_chars:
                batches.append([])
                size = 0
            batches[-1].append(doc_id)
            size += n
        out = []
        for i, batch in enumerate(batches):
            path = pathlib.Path(scratch) / f"batch_{i:05d}_in.parquet"
            con.register("batch_ids", pa.table({"document_id": pa.array(batch, pa.string())}))
            con.execute(f"copy (select r.document_id, r.source_path, r.text from raw.documents r "
                        f"join batch_ids using (document_id) order by r.source_path) to '{path}' (format parquet)")
            out.append({"input": str(path), "documents": len(batch), "index": i})
        return out
    finally:
        con.close()


@task(name="extract batch")
def extract_batch_task(batch: dict, extractor_version: str) -> dict:
    """Extract one batch file; write each table's rows to a Parquet file beside it. Returns the
    file names and the errors: small, whatever the batch size."""
    docs = pq.read_table(batch["input"]).to_pylist()
    rows = extract_batch([(d["document_id"], d["source_path"], d["text"]) for d in docs], extractor_version)
    failed = {r["document_id"] for r in rows.get("documents", []) if r.get("error")}
    errors = [r["error"] for r in rows.get("documents", []) if r.get("error")]
    files = {}
    for table in TABLES:
        good = [r for r in rows.get(table, []) if r["document_id"] not in failed]
        path = batch["input"].replace("_in.parquet", f"_{table}.parquet")
        pq.write_table(wh.arrow_table(table, good), path)
        files[table] = path
    ok = sorted({d["document_id"] for d in docs} - failed)
    return {"files": files, "documents": ok, "errors": errors, "input": batch["input"]}


def extract_all(work: str, batches: list[dict], show_progress: bool) -> list[str]:
    """Map the extract task over the batch files and load each batch as soon as it is done. A
    document whose extraction failed keeps the facts an earlier run extracted (nothing is lost);
    it is tried again next run and its error is reported."""
    futures = extract_batch_task.map(batches, extractor_version=unmapped(EXTRACTOR_VERSION))
    errors: list[str] = []
    con = wh.connect(work)
    try:
        with progress_bar(show_progress, total=sum(b["documents"] for b in batches)) as advance:
            for fut in as_completed(futures):
                result = fut.result()
                wh.replace_extracted_from_files(con, result["files"], result["documents"])
                errors += result["errors"]
                for path in [result["input"], *result["files"].values()]:
                    pathlib.Path(path).unlink(missing_ok=True)
                advance(len(result["documents"]) + len(result["errors"]))
    finally:
        con.close()
    return errors


@contextlib.contextmanager
def _api_shared_with_workers():
    """Worker processes inherit the environment: point them at this run's Prefect API while they
    run, or each would start a temporary server of its own (~10 s and ~200 MB apiece)."""
    if os.environ.get("PREFECT_API_URL"):
        yield
        return
    from prefect.client.orchestration import get_client

    url = str(get_client().api_url)
    if url.startswith("http"):
        os.environ["PREFECT_API_URL"] = url
    try:
        yield
    finally:
        os.environ.pop("PREFECT_API_URL", None)


@flow(name="extract", log_prints=True)
def extract_subflow(work: str, batch_chars: int, show_progress: bool) -> tuple[int, list[str]]:
    """The extract step as a subflow: its task runner (a process pool by default) lives only while
    documents are extracted, so the workers' memory is free again for dbt and validation."""
    scratch = pathlib.Path(work).with_suffix(".extract")
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    try:
        batches = plan_extraction(work, batch_chars, str(scratch))
        errors = extract_all(work, batches, show_progress)
        return sum(b["documents"] for b in batches), errors
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


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


@task(name="transform (dbt build)", retries=0)
def transform(work: str):
    if os.environ.get("QINGSHAN_FAILPOINT") == "transform":
        # die while dbt is writing: start it, give it a moment, then kill this process
        import threading

        threading.Timer(2.0, _failpoint, args=("transform",)).start()
    return dbt_build(pathlib.Path(work))


@task(name="validate (Great Expectations)")
def validate(work: str, docs_dir: str):
    return run_validation_isolated(pathlib.Path(work), pathlib.Path(docs_dir))


@task(name="publish")
def publish(work: str, warehouse: str) -> None:
    os.replace(work, warehouse)


@task(name="review report")
def review_report(warehouse: str) -> str | None:
    """The HTML review report next to the published warehouse; a report that cannot be written is
    logged, never a reason to fail a run that published."""
    try:
        return str(write_report(pathlib.Path(warehouse)))
    except Exception as e:  # noqa: BLE001
        get_run_logger().warning("could not write the review report: %s", e)
        return None


def write_quality(target: pathlib.Path, summary: "RunSummary", dbt_failures: list[str], gx_failures: list[str]) -> None:
    """The run's check results next to the warehouse (read by the review report and by people)."""
    path = target.with_name(target.stem + "_quality.json")
    path.write_text(json.dumps({
        "run_at": dt.datetime.now().isoformat(timespec="seconds"), "published": summary.published,
        "dbt": {"passed": summary.dbt_passed, "failed": summary.dbt_failed, "failures": dbt_failures},
        "expectations": {"passed": summary.checks_passed, "failed": summary.checks_failed, "failures": gx_failures},
        "data_docs": summary.data_docs,
    }, ensure_ascii=False, indent=1), encoding="utf-8")


def task_runner(kind: str = "process", workers: int | None = None, dask_address: str | None = None):
    """Where extract batches run. jieba and the rules are CPU-bound Python: processes use the
    cores, threads only share one. `dask` runs on a local cluster or on the scheduler at
    dask_address."""
    if kind == "process":
        return ProcessPoolTaskRunner(max_workers=workers or os.cpu_count())
    if kind == "dask":
        from prefect_dask import DaskTaskRunner

        if dask_address:
            return DaskTaskRunner(address=dask_address)
        return DaskTaskRunner(cluster_kwargs={"n_workers": workers or os.cpu_count(), "threads_per_worker": 1,
                                              "processes": True, "dashboard_address": None})
    if kind == "thread":
        return ThreadPoolTaskRunner(max_workers=workers or os.cpu_count())
    raise ValueError(f"unknown runner {kind!r}: thread, process or dask")


@flow(name="pipeline", log_prints=True)
def pipeline(input_dir: str, warehouse: str, batch_chars: int = 500_000,
             max_file_bytes: int = DEFAULT_MAX_BYTES, show_progress: bool = False,
             runner: str = "process", workers: int | None = None, dask_address: str | None = None) -> RunSummary:
    """Load the text files under input_dir into the warehouse file, validated."""
    logger = get_run_logger()
    target = pathlib.Path(warehouse).resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    summary = RunSummary(warehouse=str(target), success=False)
    work = target.with_name(target.stem + ".building.duckdb")
    with WarehouseLock(target):
        if work.exists():
            work.unlink()
        if target.exists():
            shutil.copy2(target, work)
        t0 = time.perf_counter()
        counts, quarantined = ingest(str(pathlib.Path(input_dir).resolve()), str(work), max_file_bytes)
        summary.ingested, summary.unchanged, summary.rejected, summary.missing = (
            counts.new, counts.unchanged, counts.rejected, counts.missing)
        summary.quarantined = quarantined
        summary.timings["ingest"] = time.perf_counter() - t0

        t0 = time.perf_counter()
        extract = extract_subflow.with_options(task_runner=task_runner(runner, workers, dask_address))
        with _api_shared_with_workers():  # the pool starts with the subflow: set the API before it
            summary.extracted, summary.extraction_errors = extract(str(work), batch_chars, show_progress)
        _failpoint("extract")
        summary.timings["extract"] = time.perf_counter() - t0

        digest = build_digest()
        if (target.exists() and summary.ingested == summary.rejected == summary.missing == summary.extracted == 0
                and wh.last_build_digest(str(work)) == digest):
            # nothing new since the published build: no transform, no validation, nothing to publish
            work.unlink()
            summary.success, summary.nothing_new = True, True
            summary.rows = _mart_counts(target)
            _artifact(summary)
            return summary

        t0 = time.perf_counter()
        dbt = transform(str(work))
        summary.dbt_passed, summary.dbt_failed = dbt.passed, dbt.failed
        summary.failures += [f"dbt: {f}" for f in dbt.failures]
        gx_failures: list[str] = []
        summary.timings["transform"] = time.perf_counter() - t0
        if not dbt.success:
            logger.error("dbt build failed:\n%s", dbt.log_tail)

        if dbt.success:
            t0 = time.perf_counter()
            gx = validate(str(work), str(target.with_name(target.stem + "_data_docs")))
            summary.data_docs = gx.docs_index
            summary.checks_passed, summary.checks_failed = gx.passed, gx.failed
            gx_failures = [f"expectation {f.suite} / {f.expectation} on {f.column}: e.g. {f.examples[:5]}"
                           for f in gx.failures]
            summary.failures += gx_failures
            summary.timings["validate"] = time.perf_counter() - t0
            summary.success = gx.success
        summary.rows = _mart_counts(work)
        if summary.success:
            wh.record_build(str(work), digest)
            publish(str(work), str(target))
            summary.published = True
        write_quality(target, summary, dbt.failures, gx_failures)
        if summary.published:
            summary.report = review_report(str(target))
        else:
            failed = target.with_name(target.stem + ".failed.duckdb")
            os.replace(work, failed)
            logger.error("checks failed: the published warehouse is unchanged; the failed build is at %s", failed)
    _artifact(summary)
    return summary


def _mart_counts(path: pathlib.Path) -> dict[str, int]:
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


def build_digest() -> str:
    """What a build depends on besides the documents: extraction rules, dbt project, suites."""
    h = hashlib.sha256(EXTRACTOR_VERSION.encode())
    for folder in (DBT_PROJECT_DIR, EXPECTATIONS_DIR):
        for p in sorted(folder.rglob("*")):
            if p.is_file() and p.suffix in (".sql", ".yml", ".yaml", ".csv", ".json") and "target" not in p.parts:
                h.update(p.relative_to(folder).as_posix().encode())
                h.update(p.read_bytes())
    return h.hexdigest()


def _artifact(s: RunSummary) -> None:
    lines = ["| step | value |", "|---|---|",
             f"| documents new / unchanged / rejected | {s.ingested} / {s.unchanged} / {s.rejected} |",
             f"| documents extracted | {s.extracted} |"]
    lines += [f"| rows {t} | {n} |" for t, n in s.rows.items()]
    lines += [f"| dbt passed / failed | {s.dbt_passed} / {s.dbt_failed} |",
              f"| expectations passed / failed | {s.checks_passed} / {s.checks_failed} |"]
    lines += [f"| time {k} | {v:.1f} s |" for k, v in s.timings.items()]
    lines += [f"| published | {s.published} |", f"| nothing new | {s.nothing_new} |"]
    try:
        create_markdown_artifact("\n".join(lines), key="qingshan-run", description="qingshan pipeline run")
    except Exception:  # noqa: BLE001 - an artifact is a nicety, never a reason to fail a run
        pass
