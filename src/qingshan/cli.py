"""Command line: `qingshan run | serve | runs | sql | report | export`."""
from __future__ import annotations

import argparse
import gc
import os
import pathlib
import sys

from .extract.budget import DEFAULT_DOC_SECONDS
from .paths import DEFAULT_WAREHOUSE, SAMPLE_INPUT_DIR

# no network here: telemetry only costs time
for _k, _v in {"DO_NOT_TRACK": "1", "DBT_SEND_ANONYMOUS_USAGE_STATS": "false", "GX_ANALYTICS_ENABLED": "False",
               "PREFECT_LOGGING_LEVEL": "WARNING",
               "PREFECT_SERVER_ANALYTICS_ENABLED": "false"}.items():
    os.environ.setdefault(_k, _v)


def _check_writable(warehouse: pathlib.Path) -> str | None:
    """A clear reason when the warehouse cannot be written there, else None. Tries a real file:
    permission bits do not tell for root or read-only mounts."""
    parent = warehouse.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        return f"cannot create the warehouse folder {parent}: {e.strerror or e}"
    if warehouse.is_dir():
        return f"the warehouse path {warehouse} is a folder, not a file"
    probe = parent / f".qingshan-write-test-{os.getpid()}"
    try:
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as e:
        return f"cannot write in the warehouse folder {parent}: {e.strerror or e}"
    return None


def cmd_run(args) -> int:
    input_dir = pathlib.Path(args.input).resolve()
    warehouse = pathlib.Path(args.warehouse).resolve()
    if not input_dir.is_dir():
        print(f"qingshan: input folder {input_dir} does not exist", file=sys.stderr)
        return 2
    problem = _check_writable(warehouse)
    if problem:
        print(f"qingshan: {problem}", file=sys.stderr)
        return 2
    if warehouse.exists() and (problem := _unreadable(warehouse, to_build=True)):
        return problem
    from .store.locking import WarehouseBusy

    max_bytes = int(args.max_file_mb * 1024 * 1024)
    try:
        if (quick := _nothing_new(input_dir, warehouse, max_bytes, args.follow_symlinks)) is not None:
            print_summary(quick)
            return 0
    except WarehouseBusy as e:
        print(f"qingshan: {e}", file=sys.stderr)
        return 3
    from .stop import stop_on_signals, temporary_prefect_api
    from .store.warehouse import is_disk_full

    stop_on_signals(warehouse)  # Ctrl-C and SIGTERM: stop within seconds, clean up
    try:
        with temporary_prefect_api() as api_ready:
            from flows.pipeline import pipeline

            api_ready()
            # What the run imported and started lives as long as the process: frozen, it is left out
            # of the run's later garbage collections (each full one walked ~300k objects, ~0.2 s;
            # the flow collects between steps to give memory back)
            gc.freeze()
            summary = pipeline(input_dir=str(input_dir), warehouse=str(warehouse),
                               max_file_bytes=max_bytes, show_progress=sys.stderr.isatty(),
                               runner=args.runner, workers=args.workers, dask_address=args.dask_address,
                               doc_seconds=args.doc_seconds, follow_symlinks=args.follow_symlinks,
                               max_quarantine_share=args.max_quarantine_share)
    except WarehouseBusy as e:
        print(f"qingshan: {e}", file=sys.stderr)
        return 3
    except Exception as e:
        if not is_disk_full(e):
            raise
        return _disk_full(warehouse, input_dir)
    if not summary.success and any(is_disk_full(f) for f in summary.failures):
        return _disk_full(warehouse, input_dir, failed=True)
    print_summary(summary)
    return 0 if summary.success else 1


def _nothing_new(input_dir: pathlib.Path, warehouse: pathlib.Path, max_bytes: int, follow_symlinks: bool):
    """The summary of a run with nothing to do, found before any server, pool or copy starts (the
    flow makes the same check, for scheduled runs); None when there is work."""
    from . import EXTRACTOR_VERSION
    from .store.builds import nothing_new
    from .store.locking import WarehouseLock
    from .store.report import report_is_current
    from .store.runlog import RunSummary, build_digest, mart_counts

    if not warehouse.exists():
        return None
    with WarehouseLock(warehouse):
        unchanged = nothing_new(input_dir, warehouse, max_bytes, follow_symlinks, EXTRACTOR_VERSION, build_digest())
        if unchanged is None or not report_is_current(warehouse):
            return None
        summary = RunSummary(warehouse=str(warehouse), success=True, nothing_new=True, unchanged=unchanged)
        summary.rows = mart_counts(warehouse)
        return summary


def _disk_full(warehouse: pathlib.Path, input_dir: pathlib.Path, failed: bool = False) -> int:
    """The disk filled up during the build: remove the build's files, say where and how much."""
    import shutil

    from .store.warehouse import failed_path, remove_building, space_needed

    remove_building(warehouse)
    if failed:  # the failed build was kept for a look: on a full disk, space comes first
        failed_path(warehouse).unlink(missing_ok=True)
    size = sum(p.stat().st_size for p in input_dir.rglob("*") if p.is_file() and not p.is_symlink())
    need, free = space_needed(warehouse, size), shutil.disk_usage(warehouse.parent).free
    print(f"qingshan: the disk is full in {warehouse.parent}: the run stopped and removed its building files; "
          f"the published warehouse is unchanged. A build needs about {need / 2**20:.0f} MiB free there "
          f"({free / 2**20:.0f} MiB are): free some space, or use --warehouse on a larger disk", file=sys.stderr)
    return 4


def print_summary(s) -> None:
    print()
    print("qingshan run " + ("succeeded" if s.success else "FAILED")
          + (" (nothing new since the last build: warehouse unchanged)" if s.nothing_new else ""))
    print(f"  documents: {s.ingested} ingested, {s.unchanged} unchanged, {s.rejected} rejected"
          + (f", {s.missing} no longer present" if s.missing else "") + f"; {s.extracted} extracted")
    for reason in s.quarantined:
        print(f"    quarantined: {reason}")
    for err in s.extraction_errors:
        print(f"    extraction failed: {err}")
    print("  rows: " + ", ".join(f"{t} {n}" for t, n in s.rows.items()))
    if not s.nothing_new:
        line = f"  row checks: {s.row_checks_passed} passed / {s.row_checks_failed} failed"
        if s.held_back:
            line += (f"; {s.held_back} fact{'s' if s.held_back != 1 else ''} held back in marts.fct_quarantine"
                     " (to review)" + (", the rest published" if s.published else ""))
        print(line)
        for check, n in list(s.held_back_by_check.items())[:10]:
            print(f"    held back: {n} × {check}")
    print(f"  build checks: dbt {s.dbt_passed} passed / {s.dbt_failed} failed; "
          f"expectations {s.checks_passed} passed / {s.checks_failed} failed")
    for f in s.failures[:20]:
        print(f"    FAILED {f}")
    if s.build:
        print(f"  build: {s.build}, {s.pending} document{'s' if s.pending != 1 else ''} (re)built")
    if s.timings:
        print("  seconds: " + ", ".join(f"{k} {v:.1f}" for k, v in s.timings.items()))
    if s.data_docs:
        print(f"  data docs: {s.data_docs}")
    if s.report:
        print(f"  review report: {s.report}")
    elif s.published:
        print(f"  review report: NOT written (the warning above says why; `qingshan report --warehouse {s.warehouse}`"
              " tries again)")
    if s.published or s.nothing_new:
        print(f"  warehouse: {s.warehouse}")
    else:
        print(f"  warehouse: {s.warehouse} was NOT changed (the build did not pass its checks)")
    print(f"  try: {suggested_query(s.warehouse)}")


def suggested_query(warehouse: str) -> str:
    """The SQL shell command the summary suggests (a test runs it as printed)."""
    exe = pathlib.Path(sys.executable).with_name("qingshan")  # the entry point installed beside this Python
    return (f"{exe} sql --warehouse {warehouse} \"select indicator, region, value, unit, period_start, evidence "
            "from marts.fct_metrics where indicator = 'pm25_concentration'\"")


def cmd_sql(args) -> int:
    """A SQL shell on the warehouse, read-only, with the pinned duckdb (the `duckdb` CLI from PyPI
    lags behind it and cannot open its files). Queries from the arguments, else from standard input:
    a script when piped, an interactive prompt on a terminal (statements end with `;`)."""
    import duckdb

    warehouse = pathlib.Path(args.warehouse)
    if problem := _unreadable(warehouse):
        return problem
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        if args.query:
            return _run_sql(con, ";".join(args.query))
        if not sys.stdin.isatty():
            return _run_sql(con, sys.stdin.read())
        print(f"{warehouse} (read-only). Tables are in schema marts, e.g. `select * from marts.fct_metrics "
              f"limit 5;`. Ctrl-D quits.")
        buffer = ""
        while True:
            try:
                buffer += input("qingshan> " if not buffer else "      ..> ") + "\n"
            except EOFError:
                print()
                return 0
            if buffer.rstrip().endswith(";"):
                _run_sql(con, buffer)
                buffer = ""
    finally:
        con.close()


def _run_sql(con, sql: str) -> int:
    import duckdb

    try:
        for statement in con.extract_statements(sql):
            rel = con.query(statement.query)
            if rel is not None:
                rel.show(max_width=200, max_rows=100)
    except duckdb.Error as e:
        print(f"qingshan sql: {e}", file=sys.stderr)
        return 1
    return 0


def cmd_runs(args) -> int:
    """The latest flow runs on a Prefect server (what `prefect flow-run ls` shows; that command gets
    HTTP 422 from Prefect 3.8's server, which refuses the nulls its own client sends)."""
    import httpx

    api = args.api or os.environ.get("PREFECT_API_URL")
    if not api:
        print("qingshan: no Prefect API: pass --api or set PREFECT_API_URL (qingshan serve prints it)",
              file=sys.stderr)
        return 2
    try:
        body = {"limit": args.limit, "sort": "START_TIME_DESC"}
        if not args.all:  # like the UI: runs that have not started yet are hidden
            body["flow_runs"] = {"state": {"type": {"not_any_": ["SCHEDULED"]}}}
        r = httpx.post(api.rstrip("/") + "/flow_runs/filter", json=body, timeout=30)
        r.raise_for_status()
    except httpx.HTTPError as e:
        print(f"qingshan: cannot list runs from {api}: {e}", file=sys.stderr)
        return 2
    print(f"{'flow run':<28} {'state':<12} {'started':<20} {'seconds':>8}  id")
    for run in r.json():
        started = (run.get("start_time") or "")[:19].replace("T", " ")
        print(f"{run['name']:<28} {(run.get('state_name') or ''):<12} {started:<20} "
              f"{run.get('total_run_time') or 0:>8.1f}  {run['id']}")
    return 0


def cmd_serve(args) -> int:
    from .serve import serve

    problem = _check_writable(pathlib.Path(args.warehouse).resolve())
    if problem:
        print(f"qingshan: {problem}", file=sys.stderr)
        return 2
    serve(str(pathlib.Path(args.input).resolve()), str(pathlib.Path(args.warehouse).resolve()), args.cron,
          args.name, args.runner)
    return 0


def _unreadable(warehouse: pathlib.Path, to_build: bool = False) -> int | None:
    """Exit code 2 with one line saying what to do when the warehouse is missing or corrupt, or, to
    build in, another program's DuckDB file."""
    from .store.warehouse import WarehouseUnreadable, check_readable, holds_build

    try:
        if to_build:
            holds_build(warehouse)  # it checks that the file opens, too
        else:
            check_readable(warehouse)
    except WarehouseUnreadable as e:
        print(f"qingshan: {e}", file=sys.stderr)
        return 2
    return None


def cmd_report(args) -> int:
    from .store.report import ReportError, write_report

    warehouse = pathlib.Path(args.warehouse)
    if problem := _unreadable(warehouse):
        return problem
    if args.serve:
        return _serve_report(warehouse, args.host, args.port)
    try:
        print(f"wrote {write_report(warehouse, pathlib.Path(args.out) if args.out else None)}")
    except (ReportError, OSError) as e:
        print(f"qingshan: cannot write the report: {e}", file=sys.stderr)
        return 2
    return 0


def _serve_report(warehouse: pathlib.Path, host: str, port: int) -> int:
    from .store.report_server import make_server

    try:
        server = make_server(warehouse, host, port)
    except OSError as e:
        print(f"qingshan: cannot serve the report on {host}:{port}: {e}", file=sys.stderr)
        return 2
    h, p = server.server_address[:2]
    print(f"serving the review report of {warehouse} at http://{h}:{p}/ (Ctrl-C stops)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        server.report_data.con.close()
    return 0


def cmd_export(args) -> int:
    """Every mart as <table>.parquet in the --out folder. Each file is written under a temporary
    name of its own and renamed into place: an interrupted export leaves no half-written file."""
    import tempfile

    import duckdb

    warehouse = pathlib.Path(args.warehouse)
    if problem := _unreadable(warehouse):
        return problem
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        tables = [r[0] for r in con.execute(
            "select table_name from information_schema.tables where table_schema = 'marts' order by 1").fetchall()]
        for t in tables:
            path = out / f"{t}.parquet"
            fd, tmp = tempfile.mkstemp(dir=out, prefix=f".{t}.", suffix=".parquet.tmp")
            os.close(fd)
            try:
                con.table(f"marts.{t}").write_parquet(tmp)  # the path is an argument, never SQL text
                os.replace(tmp, path)
            finally:
                pathlib.Path(tmp).unlink(missing_ok=True)
            print(f"wrote {path}")
    finally:
        con.close()
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="qingshan", description="Chinese environmental-governance text into a DuckDB warehouse")
    sub = ap.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="run the pipeline flow once")
    run.add_argument("--input", default=str(SAMPLE_INPUT_DIR), help="folder of text files (default: the sample pages in seeds/)")
    run.add_argument("--warehouse", default=str(DEFAULT_WAREHOUSE), help="DuckDB file to build (default: warehouse/qingshan.duckdb)")
    run.add_argument("--runner", choices=["thread", "process", "dask"], default="process",
                     help="where extract batches run (default: a process per core)")
    run.add_argument("--workers", type=int, default=None, help="parallel workers (default: the machine's cores)")
    run.add_argument("--dask-address", default=None, help="with --runner dask: an existing scheduler (tcp://host:8786)")
    run.add_argument("--max-file-mb", type=float, default=20, help="quarantine files larger than this (default 20)")
    run.add_argument("--doc-seconds", type=float, default=DEFAULT_DOC_SECONDS,
                     help=f"stop extracting a document after this many seconds and report it "
                          f"(default {DEFAULT_DOC_SECONDS:g}; 0: no limit)")
    run.add_argument("--follow-symlinks", action="store_true",
                     help="also read links to files outside the input folder (default: reported, not read)")
    run.add_argument("--max-quarantine-share", type=float, default=0.05,
                     help="block the publish when row checks hold back more than this share of the facts "
                          "(default 0.05: more means something systematic is wrong)")
    run.set_defaults(func=cmd_run)
    srv = sub.add_parser("serve", help="serve the pipeline as a Prefect deployment on a cron schedule")
    srv.add_argument("--cron", default="0 * * * *", help="schedule (default: hourly)")
    srv.add_argument("--input", default=str(SAMPLE_INPUT_DIR))
    srv.add_argument("--warehouse", default=str(DEFAULT_WAREHOUSE))
    srv.add_argument("--name", default="qingshan", help="deployment name")
    srv.add_argument("--runner", choices=["thread", "process", "dask"], default="process")
    srv.set_defaults(func=cmd_serve)
    runs = sub.add_parser("runs", help="list the latest flow runs on a Prefect server")
    runs.add_argument("--api", default=None, help="the server's API URL (default: PREFECT_API_URL)")
    runs.add_argument("--limit", type=int, default=20)
    runs.add_argument("--all", action="store_true", help="also list scheduled runs not started yet")
    runs.set_defaults(func=cmd_runs)
    sql = sub.add_parser("sql", help="a read-only SQL shell on the warehouse")
    sql.add_argument("--warehouse", default=str(DEFAULT_WAREHOUSE))
    sql.add_argument("query", nargs="*", help="SQL to run (default: read from standard input)")
    sql.set_defaults(func=cmd_sql)
    rep = sub.add_parser("report", help="write the HTML review report of a warehouse")
    rep.add_argument("--warehouse", default=str(DEFAULT_WAREHOUSE))
    rep.add_argument("--out", default=None, help="HTML file (default: next to the warehouse)")
    rep.add_argument("--serve", action="store_true",
                     help="serve the page over HTTP, reading the warehouse on demand (for corpora too big for one file)")
    rep.add_argument("--host", default="127.0.0.1")
    rep.add_argument("--port", type=int, default=8765, help="with --serve (0: a free port)")
    rep.set_defaults(func=cmd_report)
    exp = sub.add_parser("export", help="write every mart as Parquet")
    exp.add_argument("--warehouse", default=str(DEFAULT_WAREHOUSE))
    exp.add_argument("--format", choices=["parquet"], default="parquet")
    exp.add_argument("--out", required=True)
    exp.set_defaults(func=cmd_export)
    args = ap.parse_args(argv)
    code = args.func(args)
    if argv is None:  # the console script: the process exits next
        # Python's last garbage collection at exit walks every object still alive (jieba's
        # dictionary, Prefect's and dbt's modules: ~1 s after a run) only to find what exit frees
        # anyway; frozen objects are left out of it
        gc.freeze()
    return code


if __name__ == "__main__":
    sys.exit(main())
