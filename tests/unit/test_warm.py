"""Child processes started ahead of time (qingshan.store.warm): a prestarted child runs exactly what
a child started late runs, only for the work it was started for, and ends unused when discarded."""
import pathlib
import subprocess
import sys

from qingshan.store import warm

DBT = "qingshan.store.transform"  # its child runs dbt's command line


def test_a_prestarted_child_runs_what_a_late_one_runs():
    late = warm.run(("test", "late"), DBT, ["--version"])
    warm.prestart(("test", "early"), DBT)
    early_proc = warm._waiting[("test", "early")]
    early = warm.run(("test", "early"), DBT, ["--version"])
    assert ("test", "early") not in warm._waiting and early_proc.returncode == 0
    assert late.returncode == early.returncode == 0
    assert "installed: 1.11" in late.stdout and late.stdout == early.stdout


def test_a_child_is_used_only_for_its_own_work_and_discarded_unused():
    warm.prestart(("test", "a"), DBT)
    proc = warm._waiting[("test", "a")]
    other = warm.run(("test", "b"), DBT, ["--version"])  # another key: a child of its own
    assert other.returncode == 0 and warm._waiting == {("test", "a"): proc}
    with warm.discarding():
        pass
    assert warm._waiting == {} and proc.returncode == 0  # it read no arguments and ran nothing
    assert proc.stdout.closed


def test_a_failing_command_reports_as_a_child_started_late_would():
    bad = warm.run(("test", "bad"), DBT, ["no-such-command"])
    dbt = pathlib.Path(sys.executable).with_name("dbt")  # dbt's own script
    direct = subprocess.run([str(dbt), "no-such-command"], capture_output=True, text=True)
    assert bad.returncode == direct.returncode != 0 and "no-such-command" in bad.stderr


def test_dbt_opens_a_build_by_one_name_unless_its_log_holds_changes(tmp_path):
    """dbt's child names the file by a hard link DBT_FILE_NAME (one profile, one saved parse for
    every warehouse), except when changes wait in the file's write-ahead log, which DuckDB reads only
    beside the file's own name; a log dbt leaves under the link's name goes back beside the file."""
    import duckdb

    from qingshan.store import transform
    from qingshan.store.warehouse import dbt_dir

    work = tmp_path / "w.building.duckdb"
    duckdb.connect(str(work)).close()
    child = transform._child(work, tmp_path / "dbt_target")
    link = dbt_dir(work) / transform.DBT_FILE_NAME
    assert child["env"]["QINGSHAN_WAREHOUSE"] == transform.DBT_FILE_NAME and child["cwd"] == str(link.parent)
    assert link.stat().st_ino == work.stat().st_ino
    (link.parent / (link.name + ".wal")).write_bytes(b"changes")
    transform._unlink(work)
    assert not link.parent.exists() and (tmp_path / "w.building.duckdb.wal").read_bytes() == b"changes"
    child = transform._child(work, tmp_path / "dbt_target")
    assert child["env"]["QINGSHAN_WAREHOUSE"] == str(work) and not link.parent.exists()
