"""Stopping a run: Ctrl-C (SIGINT) and SIGTERM end `qingshan run` within seconds at any step, and
nothing the run started outlives it.

Prefect swaps its own SIGTERM handler in while a flow runs and, on a signal, reports a crash to its
API (which Ctrl-C to the process group has already killed) and waits for the task runner's workers.
So the stop does not go through Python's handlers in the main thread: the signal is written to a
wake-up pipe (whatever handler is installed) and a watcher thread stops the run itself: it kills
every child process (extract workers, dbt, validation), removes the building
files, prints one line saying where the run stopped and exits with 128 + the signal number. The
published warehouse is only ever changed by an atomic rename, so it is as it was, or as the
completed publish left it. The warehouse lock is a lock on an open file: exiting releases it.
"""
from __future__ import annotations

import contextlib
import os
import pathlib
import signal
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


class _ApiInThisProcess:
    """Prefect's API for one run, served by uvicorn in a thread of this process. It ends with the
    process however that ends, so a killed run leaves no server behind. Prefect's own temporary
    server is a second interpreter that imports Prefect again: ~220 MB for the whole run, against
    ~130 MB here (30 MB of text, the flow's peak during the build checks), in the same time (the seeds
    demo: 23.0-23.3 s either way)."""

    def __init__(self) -> None:
        self._server = self._thread = None

    def start(self, timeout: float = 120) -> None:
        """Serve the API and wait until it answers. Call after the run's imports: create_app imports
        prefect.server (~1.7 s), and two threads importing Prefect's modules at once is not safe."""
        import contextvars
        import socket
        import time

        import uvicorn
        from prefect.server.api.server import create_app
        from prefect.settings import (PREFECT_API_BLOCKS_REGISTER_ON_START, PREFECT_MEMOIZE_BLOCK_AUTO_REGISTRATION,
                                      temporary_settings)

        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))  # a free port, held from here on: no other process can take it
        self.api_url = f"http://127.0.0.1:{sock.getsockname()[1]}/api"
        config = uvicorn.Config(create_app(ephemeral=True, final=True), log_config=None, log_level="error",
                                access_log=False, lifespan="on")
        self._server = uvicorn.Server(config)
        # a run uses no blocks: registering block types at start-up would import every installed
        # Prefect integration first (prefect-dask brings dask and distributed: ~30 MB, ~0.2 s)
        with temporary_settings({PREFECT_API_BLOCKS_REGISTER_ON_START: False,
                                 PREFECT_MEMOIZE_BLOCK_AUTO_REGISTRATION: False}):
            context = contextvars.copy_context()  # the server thread's settings
        self._thread = threading.Thread(target=context.run, args=(self._server.run,), kwargs={"sockets": [sock]},
                                        name="qingshan-prefect-api", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:  # set once the lifespan (the database's migrations) is done
            if not self._thread.is_alive():
                raise RuntimeError("the Prefect API could not start (its errors are above)")
            if time.monotonic() > deadline:
                raise RuntimeError(f"the Prefect API did not start within {timeout:.0f} s")
            time.sleep(0.02)

    def stop(self) -> None:
        if self._thread is not None:
            self._server.should_exit = True
            self._thread.join(timeout=5)  # a daemon thread: if it hangs, the process exits without it


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
    """The Prefect API for one run. With PREFECT_API_URL set, that server; else one served by this
    process (see _ApiInThisProcess). Yields a function that starts it and points this process at it:
    import what the run needs before calling it."""
    if os.environ.get("PREFECT_API_URL"):
        yield lambda: None
        return
    server = _ApiInThisProcess()
    ready = False

    def wait() -> None:
        nonlocal ready
        from prefect.settings import PREFECT_API_URL, PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

        server.start()
        stack.enter_context(process_wide_prefect_api(server.api_url))
        # No flow heartbeats: they tell a lasting server that a run is alive, and this API ends
        # with the run. Each flow's end waited up to a second for its heartbeat thread.
        stack.enter_context(temporary_settings({PREFECT_API_URL: server.api_url,
                                                PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}))
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
