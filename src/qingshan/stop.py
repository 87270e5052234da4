"""Stopping a run: Ctrl-C (SIGINT) and SIGTERM end `qingshan run` within seconds at any step, and
the temporary Prefect server never outlives the run.

Prefect swaps its own SIGTERM handler in while a flow runs and, on a signal, reports a crash to its
API (which Ctrl-C to the process group has already killed) and waits for the task runner's workers.
So the stop does not go through Python's handlers in the main thread: the signal is written to a
wake-up pipe (whatever handler is installed) and a watcher thread stops the run itself: it kills
every child process (extract workers, dbt, validation, the Prefect server), removes the building
files, prints one line saying where the run stopped and exits with 128 + the signal number. The
published warehouse is only ever changed by an atomic rename, so it is as it was, or as the
completed publish left it. The warehouse lock is a lock on an open file: exiting releases it.
"""
from __future__ import annotations

import contextlib
import ctypes
import os
import pathlib
import signal
import subprocess
import sys
import threading

import psutil

from .store.warehouse import building_path, refuse_connections, remove_building

# Prefect tasks and flows of flows/pipeline.py by the step a person knows them as
_STEPS = {"pipeline": "between steps", "plan extraction": "extract", "extract batch": "extract"}
_NAMES = {signal.SIGINT: "Ctrl-C (SIGINT)", signal.SIGTERM: "SIGTERM"}


def stop_on_signals(warehouse: pathlib.Path) -> None:
    """From now on SIGINT and SIGTERM stop this process, building `warehouse`, as described above.
    Call from the main thread."""
    err = os.dup(2)  # our line goes here even after the standard streams are silenced
    r, w = os.pipe()
    os.set_blocking(w, False)
    signal.set_wakeup_fd(w, warn_on_full_buffer=False)
    for signum in _NAMES:  # a Python-level handler is what makes the C handler write to the pipe
        signal.signal(signum, lambda *_: None)
    main = threading.main_thread().ident

    def watch():
        while True:
            for signum in os.read(r, 64):
                if signum in _NAMES:
                    _stop(signum, warehouse, err, main)

    threading.Thread(target=watch, name="qingshan-stop", daemon=True).start()


def leave_ctrl_c_to_the_parent() -> None:
    """In a worker process: ignore SIGINT. Ctrl-C reaches the whole process group; the run's main
    process stops the workers itself, and a worker's own KeyboardInterrupt traceback is noise."""
    import multiprocessing

    if multiprocessing.parent_process() is not None and threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)


def _stop(signum: int, warehouse: pathlib.Path, err: int, main: int | None) -> None:
    try:
        step = _current_step(main)
    except Exception:  # noqa: BLE001 - naming the step is a nicety; stopping is not
        step = "a step"
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)  # Prefect's crash reports and tracebacks from the main thread: not ours to print
    os.dup2(devnull, 2)
    children = psutil.Process().children(recursive=True)
    for child in children:
        with contextlib.suppress(psutil.Error):
            child.kill()
    psutil.wait_procs(children, timeout=5)
    published = not building_path(warehouse).exists()  # the build is renamed over the warehouse when published
    refuse_connections()  # extraction may run in the main thread: it must not make the build file again
    remove_building(warehouse)
    state = ("the new build was published" if published and step in ("review report", "between steps")
             else "the published warehouse is unchanged")
    os.write(err, f"qingshan: stopped by {_NAMES[signum]} during {step}; {state}\n".encode())
    os._exit(128 + signum)


def _current_step(main: int | None) -> str:
    """The step the main thread is in: the innermost Prefect task or flow its frames are running."""
    from prefect import Flow, Task

    def attr(obj, name):  # an object's attribute may raise anything: a busy DuckDB connection does
        try:
            return getattr(obj, name, None)
        except Exception:  # noqa: BLE001
            return None

    frame = sys._current_frames().get(main)
    while frame is not None:
        local = frame.f_locals
        for obj in (local.get("task"), local.get("flow"), attr(local.get("self"), "task"),
                    attr(local.get("self"), "flow")):
            if isinstance(obj, (Task, Flow)):
                return _STEPS.get(obj.name, obj.name)
        frame = frame.f_back
    return "start-up"


def _die_with_parent() -> None:
    """In a child between fork and exec: SIGKILL it when the process that started it dies."""
    parent = os.getppid()
    ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
    if os.getppid() != parent:  # the parent died before the line above
        os._exit(1)


class _TemporaryServer:
    """Prefect's temporary API server, started with the command Prefect's own SubprocessASGIServer
    runs, but without importing prefect.server here (~2.5 s): it boots while this process imports
    the flow. A child that the kernel kills when this process dies."""

    def __init__(self) -> None:
        import prefect
        from prefect.settings import get_current_settings

        self._command = [sys.executable, "-m", "uvicorn", "--app-dir", str(prefect.__module_path__.parent),
                         "--factory", "prefect.server.api.server:create_app", "--host", "127.0.0.1",
                         "--log-level", "error", "--lifespan", "on", "--port"]
        self._env = {**os.environ, "PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1",
                     "PREFECT__SERVER_FINAL": "1", **get_current_settings().to_environment_variables(exclude_unset=True)}
        self._start()

    def _start(self) -> None:
        import socket

        with socket.socket() as sock:  # a free port (uvicorn exits with 3 if it is taken meanwhile)
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self.api_url = f"http://127.0.0.1:{self.port}/api"
        self.process = subprocess.Popen([*self._command, str(self.port)], env=self._env, preexec_fn=_die_with_parent)

    def wait_ready(self, timeout: float = 120) -> None:
        import time

        import httpx

        deadline = time.monotonic() + timeout
        with httpx.Client() as client:
            while time.monotonic() < deadline:
                if self.process.poll() == 3:  # the port was taken: another one
                    self._start()
                elif self.process.poll() is not None:
                    raise RuntimeError(f"the temporary Prefect server exited with status {self.process.returncode}")
                try:
                    if client.get(f"{self.api_url}/health").status_code == 200:
                        return
                except httpx.TransportError:
                    pass
                time.sleep(0.1)
        raise RuntimeError(f"the temporary Prefect server did not answer within {timeout:.0f} s")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def _drain_prefect_workers() -> None:
    """Send what Prefect's log and event workers still hold, while the server is up: at exit they
    would try a server that is gone and print `All connection attempts failed` after our last line."""
    from prefect.events.worker import EventsWorker
    from prefect.logging.handlers import APILogHandler, APILogWorker

    for drain in (APILogHandler().flush, APILogWorker.drain_all, EventsWorker.drain_all):
        with contextlib.suppress(Exception):
            drain()


@contextlib.contextmanager
def process_wide_prefect_api(url: str):
    """Point the whole process at the Prefect API at url while inside: the environment (inherited by
    worker processes) and the process-wide settings (read by threads, which start without the
    caller's settings context). Without it the process pool's message forwarder, and each worker,
    start a temporary server of their own (~8 s and ~220 MB apiece)."""
    from prefect.context import refresh_global_settings_context

    os.environ["PREFECT_API_URL"] = url
    refresh_global_settings_context()
    try:
        yield
    finally:
        os.environ.pop("PREFECT_API_URL", None)
        refresh_global_settings_context()


@contextlib.contextmanager
def temporary_prefect_api():
    """The Prefect API for one run. With PREFECT_API_URL set, that server; else a temporary server
    (the one Prefect would start) as a child that the kernel kills when this process dies, however
    it dies: a killed run leaves no server (~225 MB) behind. Yields a function that waits until the
    server answers and points this process at it: import what the run needs before calling it."""
    if os.environ.get("PREFECT_API_URL"):
        yield lambda: None
        return
    server = _TemporaryServer()
    ready = False

    def wait() -> None:
        nonlocal ready
        from prefect.settings import PREFECT_API_URL, temporary_settings

        server.wait_ready()
        stack.enter_context(process_wide_prefect_api(server.api_url))
        stack.enter_context(temporary_settings({PREFECT_API_URL: server.api_url}))
        ready = True

    try:
        with contextlib.ExitStack() as stack:
            try:
                yield wait
            finally:
                if ready:  # the run's last log lines and events, sent before the server goes
                    _drain_prefect_workers()
    finally:
        server.stop()
