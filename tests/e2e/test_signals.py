"""Impatient operators: `qingshan run` in a real process group, with the real flow, stopped by
Ctrl-C (SIGINT to the group), SIGTERM (to its main process) and SIGKILL. Each stops within seconds,
leaves no process behind, releases the lock and leaves the published warehouse as it was."""
import os
import signal
import subprocess
import sys
import time

import duckdb
import psutil
import pytest

from qingshan.paths import SAMPLE_INPUT_DIR
from qingshan.store.locking import WarehouseLock

WITHIN = 15  # seconds to stop: generous; before, Ctrl-C left the run alive for over ten minutes


@pytest.fixture
def run(tmp_path):
    """Start `qingshan run` on seeds/ in a process group of its own, over a published warehouse;
    yields (process, warehouse, bytes of the published file)."""
    wh = tmp_path / "wh" / "q.duckdb"
    wh.parent.mkdir()
    duckdb.connect(str(wh)).close()  # a published warehouse (empty) the run must leave alone
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}  # its own Prefect API
    env["PYTHONPATH"] = os.pathsep.join(sys.path)
    proc = subprocess.Popen([sys.executable, "-m", "qingshan.cli", "run", "--input", str(SAMPLE_INPUT_DIR),
                             "--warehouse", str(wh), "--workers", "1"], start_new_session=True, env=env,
                            stdout=subprocess.DEVNULL, stderr=open(tmp_path / "stderr", "w"))
    yield proc, wh, wh.read_bytes()
    with_children = [proc.pid, *(c.pid for c in _descendants(proc))]
    for pid in with_children:  # whatever a failing test left running
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    proc.wait()


def _descendants(proc) -> list[psutil.Process]:
    try:
        return psutil.Process(proc.pid).children(recursive=True)
    except psutil.NoSuchProcess:
        return []


def _wait_for_dbt(proc, wh, timeout: float = 240) -> list[psutil.Process]:
    """Wait until dbt is building (its log says so: its process may have been started, waiting,
    since the extraction); return the run's descendants then."""
    log = wh.parent / "dbt_target" / "logs" / "dbt.log"
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        assert proc.poll() is None, "the run ended before the step was reached"
        if log.exists() and "Running with dbt" in log.read_text(encoding="utf-8", errors="replace"):
            return _descendants(proc)
        time.sleep(0.1)
    pytest.fail(f"dbt did not start within {timeout} s")


def _stopped(proc, kids, wh, before, code: int, step: str) -> None:
    t0 = time.monotonic()
    assert proc.wait(timeout=WITHIN) == code
    assert time.monotonic() - t0 < WITHIN
    lines = (wh.parent.parent / "stderr").read_text().strip().splitlines()
    assert lines[-1].startswith("qingshan: stopped by ") and f"during {step};" in lines[-1], lines[-3:]
    assert "the published warehouse is unchanged" in lines[-1]
    gone = psutil.wait_procs(kids, timeout=5)[1]
    assert not gone, [p.cmdline() for p in gone]  # workers, dbt, validation: none left
    assert wh.read_bytes() == before
    left = sorted(p.name for p in wh.parent.iterdir() if p.name != "dbt_target")  # dbt's folder stays, as after any run
    assert left == ["q.duckdb", "q.duckdb.lock"]  # no building files
    with WarehouseLock(wh):  # the lock is free: the next run is not refused
        pass


def test_ctrl_c_during_extract_stops_the_run_in_seconds(run):
    proc, wh, before = run
    scratch = wh.with_name("q.building.extract")  # the extraction's batch files: extraction is running
    deadline = time.monotonic() + 240
    while not scratch.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    kids = _descendants(proc)
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C in a terminal does
    _stopped(proc, kids, wh, before, 130, "extract")


@pytest.mark.parametrize("send,code", [(lambda pid: os.killpg(pid, signal.SIGINT), 130),  # Ctrl-C: the group
                                       (lambda pid: os.kill(pid, signal.SIGTERM), 143)],  # the main process
                         ids=["ctrl-c", "sigterm"])
def test_ctrl_c_or_sigterm_during_dbt_stops_the_run_and_dbt_before_it_publishes(run, send, code):
    proc, wh, before = run
    kids = _wait_for_dbt(proc, wh)
    send(proc.pid)
    _stopped(proc, kids, wh, before, code, "transform (dbt build)")


def test_the_prefect_api_is_served_by_the_run_and_ends_with_it(run):
    """No second Prefect server process: the run's own process answers the API, and a run killed
    with SIGKILL (no handler runs) leaves nothing answering on that port."""
    import socket

    import httpx

    def answers(port: int) -> bool:
        try:
            return httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=5).status_code == 200
        except httpx.HTTPError:
            return False

    proc, wh, _ = run
    _wait_for_dbt(proc, wh)
    ports = [c.laddr.port for c in psutil.Process(proc.pid).net_connections("tcp") if c.status == psutil.CONN_LISTEN]
    api = [p for p in ports if answers(p)]
    assert len(api) == 1, ports  # one port of the run's own process answers as Prefect's API
    os.kill(proc.pid, signal.SIGKILL)
    assert proc.wait(timeout=WITHIN) == -signal.SIGKILL
    with pytest.raises(ConnectionRefusedError), socket.create_connection(("127.0.0.1", api[0]), timeout=5):
        pass
