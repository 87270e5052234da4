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
from collections.abc import Callable

import psutil

from .store.warehouse import building_path, remove_building

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
    step = _current_step(main)
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)  # Prefect's crash reports and tracebacks from the main thread: not ours to print
    os.dup2(devnull, 2)
    children = psutil.Process().children(recursive=True)
    for child in children:
        with contextlib.suppress(psutil.Error):
            child.kill()
    psutil.wait_procs(children, timeout=5)
    published = not building_path(warehouse).exists()  # the build is renamed over the warehouse when published
    remove_building(warehouse)
    state = ("the new build was published" if published and step in ("review report", "between steps")
             else "the published warehouse is unchanged")
    os.write(err, f"qingshan: stopped by {_NAMES[signum]} during {step}; {state}\n".encode())
    os._exit(128 + signum)


def _current_step(main: int | None) -> str:
    """The step the main thread is in: the innermost Prefect task or flow its frames are running."""
    from prefect import Flow, Task

    frame = sys._current_frames().get(main)
    while frame is not None:
        local = frame.f_locals
        for obj in (local.get("task"), local.get("flow"), getattr(local.get("self"), "task", None),
                    getattr(local.get("self"), "flow", None)):
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


@contextlib.contextmanager
def temporary_prefect_api():
    """The Prefect API for one run. With PREFECT_API_URL set, that server; else a temporary server,
    started here (Prefect would start the same one) as a child that the kernel kills when this
    process dies, however it dies: a killed run leaves no server (~225 MB) behind."""
    if os.environ.get("PREFECT_API_URL"):
        yield
        return
    from prefect.logging.handlers import APILogHandler
    from prefect.server.api.server import SubprocessASGIServer
    from prefect.settings import PREFECT_API_URL, temporary_settings

    class _ChildServer(SubprocessASGIServer):
        _instances: dict = {}

        def _run_uvicorn_command(self) -> subprocess.Popen:
            return _with_preexec(_die_with_parent, super()._run_uvicorn_command)

    server = _ChildServer()
    server.start()
    try:
        with temporary_settings({PREFECT_API_URL: server.api_url}):
            try:
                yield
            finally:
                with contextlib.suppress(Exception):  # the run's last log lines, before the server goes
                    APILogHandler().flush()
    finally:
        server.stop()


def _with_preexec(preexec: Callable[[], None], start: Callable[[], subprocess.Popen]) -> subprocess.Popen:
    """start() with every subprocess.Popen it makes running preexec in the child."""
    popen = subprocess.Popen

    def with_preexec(*args, **kwargs):
        return popen(*args, preexec_fn=preexec, **kwargs)

    subprocess.Popen = with_preexec
    try:
        return start()
    finally:
        subprocess.Popen = popen
