"""The transform step: `dbt build` of dbt_project/ against a warehouse file.

dbt runs in a child process: dbt-duckdb may keep the DuckDB file open in the process that invoked
it (dbt-duckdb #616), and a child process also keeps dbt's global state out of the pipeline's. The
child is `python -m qingshan.store.transform`, which runs dbt's own command line (`dbt ...`), and
can be prestarted to import dbt while the run extracts (qingshan.store.warm).

dbt opens the build file by one name for every warehouse: a hard link named DBT_FILE_NAME in a
folder of its own (warehouse.dbt_dir), the child's working folder. dbt parses the project again
in full whenever the profile it renders differs from the one of its saved parse, and the profile
holds the file's path and the catalog named after it; with one name, the saved parse
(partial_parse.msgpack, kept in qingshan's cache folder) of any earlier build serves the first
build of a new warehouse too: the seeds demo's parse 4.2 s -> ~0.5 s (docs/scaling.md). dbt
itself checks a saved parse against every file of the project and parses what changed. DuckDB
keeps a view's query without its own catalog's name, so the published file opens under its own.
"""
from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import json
import os
import pathlib
import shutil
import sys

from ..paths import DBT_PROJECT_DIR, cache_dir, write_cached
from . import warm

DBT_FILE_NAME = "qingshan.duckdb"  # the name dbt opens every build file by (catalog `qingshan`)


@dataclasses.dataclass
class DbtResult:
    success: bool
    passed: int
    failed: int
    failures: list[str]
    log_tail: str
    full_refresh: bool = False  # whether the build was a --full-refresh one


def dbt_env(warehouse: pathlib.Path | str) -> dict[str, str]:
    """dbt's environment, the profile's path being `warehouse` (a path, or DBT_FILE_NAME)."""
    env = dict(os.environ)
    env.update({
        "QINGSHAN_WAREHOUSE": str(warehouse),
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
           "--target-path", str(target), "--no-use-colors", "--exclude-resource-type", "unit_test",
           # dbt.log at info, not debug: writing every query and cache event took ~1 s of the seeds
           # demo's ~6 s of nodes (6.1-7.0 s against 7.1-8.6 s, interleaved); a failing node's
           # message and SQL are in run_results.json and the target's compiled files either way
           "--log-level-file", "info"]
    if full_refresh:
        cmd.append("--full-refresh")
    else:  # the dictionaries are part of the build digest: they are those of the build this continues
        cmd += ["--exclude-resource-type", "seed"]
    child = _child(warehouse, target)
    try:
        same_name = child["env"]["QINGSHAN_WAREHOUSE"] == DBT_FILE_NAME
        _drop_foreign_parse(target)
        if same_name:
            _restore_saved_parse(target)
        proc = warm.run(args=cmd, **child)
        if same_name and proc.returncode == 0:
            _save_parse(target)
    finally:
        _unlink(pathlib.Path(warehouse))
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
    """How dbt's child for this warehouse and target folder starts (qingshan.store.warm): in the
    folder of the file's link, which names it, or where the link cannot be, by the file's path."""
    work = pathlib.Path(warehouse).resolve()
    folder = _link(work)
    path, cwd = (DBT_FILE_NAME, folder) if folder else (work, DBT_PROJECT_DIR)
    return {"key": (_MODULE, str(work), str(target), str(path)), "module": _MODULE,
            "env": {**dbt_env(path), "DBT_LOG_PATH": str(target / "logs")}, "cwd": str(cwd)}


def _wal(path: pathlib.Path) -> pathlib.Path:
    return path.with_name(path.name + ".wal")


def _link(work: pathlib.Path) -> pathlib.Path | None:
    """The folder holding a hard link DBT_FILE_NAME to work, made if need be; None where it cannot
    be (a file system without hard links), or must not: changes still in work's write-ahead log,
    which DuckDB would not read under another name."""
    from .warehouse import dbt_dir

    folder = dbt_dir(work)
    link = folder / DBT_FILE_NAME
    if _wal(work).exists() or not work.exists():
        return None
    with contextlib.suppress(OSError):
        if link.exists() and not _wal(link).exists() and os.path.samefile(link, work):
            return folder
    shutil.rmtree(folder, ignore_errors=True)  # a link to another file, left by a stopped run
    try:
        folder.mkdir(parents=True)
        os.link(work, link)
        return folder
    except OSError:
        shutil.rmtree(folder, ignore_errors=True)
        return None


def _unlink(work: pathlib.Path) -> None:
    """Remove the link's folder; a write-ahead log dbt left under the link's name (it checkpoints when
    it ends, so only after a crash) goes back beside work, to be read with it."""
    from .warehouse import dbt_dir

    folder = dbt_dir(work.resolve())
    wal = _wal(folder / DBT_FILE_NAME)
    if wal.exists() and not _wal(work).exists():
        os.replace(wal, _wal(work))
    shutil.rmtree(folder, ignore_errors=True)


def _saved_parse() -> pathlib.Path:
    """Where the last saved parse of this dbt project is kept (one per project folder)."""
    key = hashlib.sha256(str(DBT_PROJECT_DIR).encode()).hexdigest()[:16]
    return cache_dir() / "dbt-parse" / key / "partial_parse.msgpack"


def _of_this_project(parse: bytes) -> bool:
    """Every node of a saved parse holds the absolute path of the project it was parsed from (its
    `root_path`). dbt accepts a parse of another checkout of the same files (it compares the files'
    contents) and then reads the seeds from that checkout's folder, or fails when it is gone: a parse
    with any node of another project folder is no parse of this one."""
    root = str(DBT_PROJECT_DIR).encode()
    size = len(root)  # (msgpack's string header: fixstr, str8 or str16)
    header = bytes([0xA0 + size]) if size < 32 else b"\xd9" + bytes([size]) if size < 256 else b"\xda" + size.to_bytes(2, "big")
    return parse.count(b"root_path") == parse.count(b"root_path" + header + root)


def _drop_foreign_parse(target: pathlib.Path) -> None:
    """A target folder beside the warehouse is shared by every checkout that builds a warehouse in that
    folder: a parse another checkout left there goes (a full parse instead)."""
    mine = target / "partial_parse.msgpack"
    with contextlib.suppress(OSError):
        if not _of_this_project(mine.read_bytes()):
            mine.unlink()


def _restore_saved_parse(target: pathlib.Path) -> None:
    """A target folder without a saved parse (a new warehouse) starts from the cache's."""
    mine, saved = target / "partial_parse.msgpack", _saved_parse()
    if not mine.exists():
        with contextlib.suppress(OSError):  # none saved, or unreadable: a full parse
            data = saved.read_bytes()
            if _of_this_project(data):
                write_cached(mine, data)


def _save_parse(target: pathlib.Path) -> None:
    with contextlib.suppress(OSError):
        data = (target / "partial_parse.msgpack").read_bytes()
        if _of_this_project(data):
            write_cached(_saved_parse(), data)


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
