"""The `pipeline` flow: ingest -> extract -> row checks (GX) -> transform (dbt) -> build checks (GX) ->
publish -> report.

Row checks judge single facts: a fact that fails one is held back (marts.fct_quarantine) and the rest
of its document is published. Build checks judge the build as a whole. The run builds into a file
next to the published warehouse (the previous build brought up to date, see qingshan.store.builds)
and renames it over the published file only when dbt's tests and the build checks passed: readers
never see a half built or failed build. A run costs what changed: documents new or re-extracted are
pending, and row checks, dbt's fact models and the per-document build checks work on them only; a
run with nothing new stops before any of it. One run at a time per warehouse (a lock file next to it).
"""
from __future__ import annotations

import collections
import concurrent.futures
import contextlib
import datetime as dt
import os
import pathlib
import shutil
import signal
import time

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.futures import as_completed, wait
from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner

from qingshan import EXTRACTOR_VERSION
from qingshan.extract.budget import DEFAULT_DOC_SECONDS
from qingshan.extract.document import release_caches
from qingshan.memory import release_memory
from qingshan.stop import leave_ctrl_c_to_the_parent, process_wide_prefect_api
from qingshan.store import builds
from qingshan.store import warehouse as wh
from qingshan.store.batches import plan_batches, run_batch
from qingshan.store.locking import WarehouseLock
from qingshan.store.report import report_is_current, write_report
from qingshan.store.runlog import (RunSummary, artifact_markdown, build_digest, mart_counts, progress_bar,
                                   quarantine_counts, write_quality)
from qingshan.store import warm
from qingshan.store.transform import dbt_build, prestart_dbt
from qingshan.store.validate import DEFAULT_MAX_QUARANTINE_SHARE, run_row_checks_isolated, run_validation_isolated
from qingshan.store.validate import prestart as prestart_validation
from qingshan.text.decode import DEFAULT_MAX_BYTES, read_document
from qingshan.text.inputs import input_files


def _failpoint(step: str) -> None:
    """Fault injection for the crash tests: QINGSHAN_FAILPOINT=<step> kills the process there."""
    if os.environ.get("QINGSHAN_FAILPOINT") == step:
        os.kill(os.getpid(), signal.SIGKILL)


@task(name="ingest", retries=2, retry_delay_seconds=2)
def ingest(input_dir: str, work: str, max_bytes: int, follow_symlinks: bool = False) -> tuple[wh.IngestCounts, list[str]]:
    """Read every file under the input folder into raw.documents (same bytes = one document); what
    cannot or must not be read is a quarantined row with the reason."""
    logger = get_run_logger()
    root = pathlib.Path(input_dir)
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    quarantined: list[str] = []
    con = wh.connect(work)
    try:
        wh.ensure_schema(con)
        known = wh.known_document_ids(con)

        def read():  # one file at a time: the corpus is never held in memory, known files not decoded
            for path, refusal in input_files(root, follow_symlinks):
                doc = read_document(path, root, now, max_bytes, refusal, known)
                if doc.reason:
                    quarantined.append(doc.reason)
                yield doc

        counts = wh.upsert_raw_documents(con, read(), now, known)
        builds.add_pending(con, counts.changed)
    finally:
        con.close()
        release_memory()  # the texts' Arrow buffers: the flow runs on for the whole build
    for reason in quarantined:
        logger.warning("quarantined %s", reason)
    logger.info("ingest: %s new, %s unchanged, %s rejected, %s no longer present",
                counts.new, counts.unchanged, counts.rejected, counts.missing)
    return counts, quarantined


@task(name="plan extraction")
def plan_extraction(work: str, batch_chars: int, scratch: str) -> list[dict]:
    """Documents to extract, in Parquet batch files (see qingshan.store.batches)."""
    return plan_batches(work, EXTRACTOR_VERSION, batch_chars, scratch)


@task(name="extract batch")
def extract_batch_task(batch: dict, extractor_version: str, doc_seconds: float | None = DEFAULT_DOC_SECONDS) -> dict:
    leave_ctrl_c_to_the_parent()
    return run_batch(batch, extractor_version, doc_seconds)


LOADER_MEMORY = "128MB"  # DuckDB's limit for loading extracted rows (see extract_all)


def extract_all(work: str, batches: list[dict], show_progress: bool,
                doc_seconds: float | None = DEFAULT_DOC_SECONDS, extract_here: bool = False,
                pool_workers: int = 1) -> list[str]:
    """Extract the batch files and load each batch as soon as it is done. A document whose
    extraction failed keeps the facts an earlier run extracted (nothing is lost); it is tried again
    next run and its error is reported.

    With `extract_here`, this process extracts batches too, between loading what the task runner's
    `pool_workers` finished: a pool of one worker fewer keeps every core busy, and one process fewer
    holds jieba's dictionary and the rules (a worker is ~350 MB). The pool is given two batches beyond
    those its workers run, so it does not wait for this process, whose batches take longer (it also
    loads rows and serves the run's API): with one, the worker idled ~15% of the extraction of 30 MB
    (extract 47.5 s; 42.6 s with two). A single batch starts no pool at all."""
    todo = collections.deque(batches)
    if extract_here:
        ahead = pool_workers + 2 if pool_workers else 0  # batches given to the pool at a time
    else:
        ahead = len(batches)  # all to the task runner
    in_flight: set = set()
    errors: list[str] = []
    # it only appends (its cache would compete with extraction), but DuckDB's checkpoints of appended
    # rows need more than 64 MB once a warehouse holds ~100 MB of text: loading every page of 100 MB
    # again into such a warehouse died at 64 MB ("failed to pin block") and passed at 80 MB
    con = wh.connect(work, memory_limit=LOADER_MEMORY)
    # batches load in a thread of their own: DuckDB releases the GIL, so loading overlaps extraction here
    loader = concurrent.futures.ThreadPoolExecutor(1, thread_name_prefix="qingshan-load")
    loads: list[concurrent.futures.Future] = []
    try:
        with progress_bar(show_progress, total=sum(b["documents"] for b in batches)) as advance:
            def load(result: dict) -> None:
                wh.replace_extracted_from_files(con, result["files"], result["documents"])
                builds.add_pending(con, result["documents"])
                errors.extend(result["errors"])
                for path in [result["input"], *result["files"].values()]:
                    pathlib.Path(path).unlink(missing_ok=True)
                advance(len(result["documents"]) + len(result["errors"]))

            def queue_load(result: dict) -> None:
                for f in loads:
                    if f.done():
                        f.result()  # a load that failed stops the run now
                loads.append(loader.submit(load, result))

            while todo:
                # keep the pool fed; the last batch left is this process's own
                while todo and len(in_flight) < ahead and not (extract_here and len(todo) == 1):
                    in_flight.add(extract_batch_task.submit(todo.popleft(), EXTRACTOR_VERSION, doc_seconds))
                if todo:  # this process's turn: first hand over what the pool finished meanwhile
                    done, in_flight = wait(in_flight, timeout=0.05)
                    for fut in done:
                        queue_load(fut.result())
                    queue_load(extract_batch_task(todo.popleft(), EXTRACTOR_VERSION, doc_seconds))
            for fut in as_completed(in_flight):
                queue_load(fut.result())
            for f in loads:
                f.result()
    finally:
        loader.shutdown(wait=True, cancel_futures=True)
        con.close()
        if extract_here:
            release_caches()  # for dbt and the report
    return errors


@contextlib.contextmanager
def _api_shared_with_workers():
    """The workers and the pool's threads use this run's Prefect API (see process_wide_prefect_api);
    with PREFECT_API_URL set they already do."""
    if os.environ.get("PREFECT_API_URL"):
        yield
        return
    from prefect.client.orchestration import get_client

    url = str(get_client().api_url)
    with process_wide_prefect_api(url) if url.startswith("http") else contextlib.nullcontext():
        yield


@flow(name="extract", log_prints=True)
def extract_subflow(work: str, batch_chars: int, show_progress: bool,
                    doc_seconds: float | None = DEFAULT_DOC_SECONDS, extract_here: bool = True,
                    pool_workers: int = 1) -> tuple[int, list[str], bool]:
    """The extract step as a subflow: its task runner (a process pool by default) lives only while
    documents are extracted, so the workers' memory is free again for dbt and validation. With
    `extract_here`, this process extracts batches too (see extract_all). One batch or none (a small
    run, the third value returned): the next steps' child processes start first (_prestart_children)."""
    scratch = wh.new_scratch_dir(work)
    try:
        batches = plan_extraction(work, batch_chars, str(scratch))
        small = len(batches) <= 1
        if small:
            _prestart_children(pathlib.Path(work))
        errors = extract_all(work, batches, show_progress, doc_seconds, extract_here, pool_workers)
        return sum(b["documents"] for b in batches), errors, small
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def _prestart_children(work: pathlib.Path) -> None:
    """A small run (one extraction batch or none: no worker pool, a core to spare) starts the row
    checks' and dbt's child processes now, to import GX and dbt while this process extracts
    (~3 s off the run; see qingshan.store.warm). A large run does not: they would wait through
    the extraction holding ~300 MB beside the workers. The build checks' child starts later, with
    the row checks (_prestart_build_checks)."""
    prestart_validation("rows", work)
    prestart_dbt(work)


# a build file up to this size prestarts the build checks' child (_prestart_build_checks)
PRESTART_BUILD_CHECKS_BELOW = 64 * 2**20


def _prestart_build_checks(work: pathlib.Path) -> None:
    """A small run on a small warehouse starts the build checks' child when the row checks start:
    it imports GX on the core that the row checks and then dbt (one Python thread of work on a few
    rows) leave free, and not beside the extraction, which has the three processes above on two
    cores. Seeds demo: the build checks 3.8-4.7 s -> 1.6-2.2 s, the run ~2 s shorter on average
    (docs/scaling.md). Not on a large warehouse, whatever the run: dbt's process grows with the
    warehouse (its whole-table tests and aggregates), and adding 1% to 100 MB of text with the child
    waiting beside it peaked at 1,010 MB (dbt 449, the flow 349, the child 187) against 843-959 without."""
    if work.stat().st_size < PRESTART_BUILD_CHECKS_BELOW:
        prestart_validation("build", work)


@task(name="transform (dbt build)", retries=0)
def transform(work: str, full_refresh: bool):
    if os.environ.get("QINGSHAN_FAILPOINT") == "transform":
        # die while dbt is writing: start it, give it a moment, then kill this process
        import threading

        threading.Timer(2.0, _failpoint, args=("transform",)).start()
    return dbt_build(pathlib.Path(work), full_refresh=full_refresh)


@task(name="row checks (Great Expectations)")
def row_checks(work: str, pending_only: bool):
    """Facts that fail a row check go to quality.row_check_failures; dbt holds them back."""
    return run_row_checks_isolated(pathlib.Path(work), pending_only)


@task(name="build checks (Great Expectations)")
def validate(work: str, docs_dir: str, published: str | None, max_quarantine_share: float, pending_only: bool):
    return run_validation_isolated(pathlib.Path(work), pathlib.Path(docs_dir),
                                   pathlib.Path(published) if published else None, max_quarantine_share,
                                   pending_only)


@task(name="prepare the build file")
def prepare(target: str, work: str, has_build: bool) -> str:
    return builds.prepare_work(pathlib.Path(target), pathlib.Path(work), has_build)


@task(name="publish")
def publish(work: str, warehouse: str, keep_standby: bool) -> None:
    builds.publish(pathlib.Path(work), pathlib.Path(warehouse), keep_standby)


@task(name="review report")
def review_report(warehouse: str, documents: list[str] | None = None) -> str | None:
    """The HTML review report next to the published warehouse (after an incremental build, only the
    pending `documents` are written again); a report that cannot be written is logged, never a
    reason to fail a run that published."""
    try:
        return str(write_report(pathlib.Path(warehouse), documents=documents))
    except Exception as e:  # noqa: BLE001
        get_run_logger().warning("could not write the review report: %s", e)
        return None


def task_runner(kind: str = "process", workers: int | None = None, dask_address: str | None = None):
    """Where extract batches run. jieba and the rules are CPU-bound Python: processes use the
    cores, threads only share one. With `process`, the flow's own process is one of the `workers`
    (see extract_all), so the pool has one fewer. `dask` runs on a local cluster or on the scheduler
    at dask_address."""
    workers = workers or os.cpu_count() or 1
    if kind == "process":
        return ProcessPoolTaskRunner(max_workers=max(1, workers - 1))
    if kind == "dask":
        from prefect_dask import DaskTaskRunner

        if dask_address:
            return DaskTaskRunner(address=dask_address)
        return DaskTaskRunner(cluster_kwargs={"n_workers": workers, "threads_per_worker": 1,
                                              "processes": True, "dashboard_address": None})
    if kind == "thread":
        return ThreadPoolTaskRunner(max_workers=workers)
    raise ValueError(f"unknown runner {kind!r}: thread, process or dask")


@flow(name="pipeline", log_prints=True)
def pipeline(input_dir: str, warehouse: str, batch_chars: int = 500_000,
             max_file_bytes: int = DEFAULT_MAX_BYTES, show_progress: bool = False,
             runner: str = "process", workers: int | None = None, dask_address: str | None = None,
             doc_seconds: float | None = DEFAULT_DOC_SECONDS, follow_symlinks: bool = False,
             max_quarantine_share: float = DEFAULT_MAX_QUARANTINE_SHARE) -> RunSummary:
    """Load the text files under input_dir into the warehouse file, validated. A build whose share of
    facts held back by row checks is above max_quarantine_share is not published."""
    logger = get_run_logger()
    target = pathlib.Path(warehouse).resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    summary = RunSummary(warehouse=str(target), success=False, max_quarantine_share=max_quarantine_share)
    work = wh.building_path(target)
    digest = build_digest()
    with WarehouseLock(target), warm.discarding():  # a child prestarted and not used ends with the run
        has_build = wh.holds_build(target)  # a corrupt file, or another program's database, is refused
        t0 = time.perf_counter()
        unchanged = builds.nothing_new(pathlib.Path(input_dir).resolve(), target, max_file_bytes, follow_symlinks,
                                       EXTRACTOR_VERSION, digest)
        if unchanged is not None:
            summary.unchanged = unchanged
            summary.timings["scan"] = time.perf_counter() - t0
            _nothing_new(summary, target)
            return summary
        summary.build = prepare(str(target), str(work), has_build)
        summary.timings["prepare"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        counts, quarantined = ingest(str(pathlib.Path(input_dir).resolve()), str(work), max_file_bytes,
                                      follow_symlinks)
        summary.ingested, summary.unchanged, summary.rejected, summary.missing = (
            counts.new, counts.unchanged, counts.rejected, counts.missing)
        summary.quarantined = quarantined
        summary.timings["ingest"] = time.perf_counter() - t0

        t0 = time.perf_counter()
        workers = workers or os.cpu_count() or 1
        extract = extract_subflow.with_options(task_runner=task_runner(runner, workers, dask_address))
        with _api_shared_with_workers():  # the pool starts with the subflow: set the API before it
            summary.extracted, summary.extraction_errors, small = extract(
                str(work), batch_chars, show_progress, doc_seconds, extract_here=runner == "process",
                pool_workers=workers - 1)
        _failpoint("extract")
        summary.timings["extract"] = time.perf_counter() - t0

        full = wh.last_build_digest(str(work)) != digest  # a first build, or new rules: rebuild everything
        con = wh.connect(work)
        try:
            summary.pending = builds.close_pending(con)
            # most documents new or changed: a full build costs less, and its memory is the one measured
            # (every page of 100 MB edited: the incremental build ran out of memory in indicator_series)
            full = full or builds.mostly_pending(con, summary.pending)
        finally:
            con.close()
        if not full and summary.pending == 0:
            # nothing changed after all (e.g. only documents whose extraction failed again)
            work.unlink()
            _nothing_new(summary, target)
            return summary
        summary.build = ("full" if full else "incremental") + f" ({summary.build})"

        t0 = time.perf_counter()
        if small:
            _prestart_build_checks(work)
        rows = row_checks(str(work), not full)
        summary.row_checks_passed, summary.row_checks_failed = rows.passed, rows.failed
        row_failures = [f"row check {f.suite} / {f.expectation} on {f.column}: {f.examples[:5]}" for f in rows.failures]
        summary.failures += row_failures
        summary.timings["row checks"] = time.perf_counter() - t0

        t0 = time.perf_counter()
        dbt = transform(str(work), full)
        summary.dbt_passed, summary.dbt_failed = dbt.passed, dbt.failed
        summary.failures += [f"dbt: {f}" for f in dbt.failures]
        gx_failures: list[str] = []
        summary.timings["transform"] = time.perf_counter() - t0
        if not dbt.success:
            logger.error("dbt build failed:\n%s", dbt.log_tail)

        if dbt.success:
            t0 = time.perf_counter()
            gx = validate(str(work), str(target.with_name(target.stem + "_data_docs")),
                          str(target) if has_build else None, max_quarantine_share, not full)
            summary.data_docs = gx.docs_index
            summary.checks_passed, summary.checks_failed = gx.passed, gx.failed
            gx_failures = [f"expectation {f.suite} / {f.expectation} on {f.column}: e.g. {f.examples[:5]}"
                           + (f" in {', '.join(f.documents)}" if f.documents else "") for f in gx.failures]
            summary.failures += gx_failures
            summary.failure_pages = {text: f.page for text, f in zip(gx_failures, gx.failures) if f.page}
            summary.timings["validate"] = time.perf_counter() - t0
            summary.success = gx.success and rows.success
            summary.held_back, summary.held_back_by_check = quarantine_counts(work)
        summary.rows = mart_counts(work)
        if summary.success:
            wh.record_build(str(work), digest)
            t0 = time.perf_counter()
            publish(str(work), str(target), has_build)
            summary.published = True
            summary.timings["publish"] = time.perf_counter() - t0
        write_quality(target, summary, dbt.failures, row_failures + gx_failures)
        if summary.published:
            t0 = time.perf_counter()
            summary.report = review_report(str(target), None if full else builds.pending_ids(target))
            summary.timings["report"] = time.perf_counter() - t0
        else:
            failed = wh.failed_path(target)
            os.replace(work, failed)
            logger.error("checks failed: the published warehouse is unchanged; the failed build is at %s", failed)
    _artifact(summary)
    return summary


def _nothing_new(summary: RunSummary, target: pathlib.Path) -> None:
    """The published build is current: no transform, no validation, nothing to publish."""
    summary.success, summary.nothing_new = True, True
    summary.rows = mart_counts(target)
    if not report_is_current(target):  # a run stopped before its report, or the report was removed
        summary.report = review_report(str(target))
    _artifact(summary)


def _artifact(s: RunSummary) -> None:
    try:
        create_markdown_artifact(artifact_markdown(s), key="qingshan-run", description="qingshan pipeline run")
    except Exception:  # noqa: BLE001 - an artifact is a nicety, never a reason to fail a run
        pass
