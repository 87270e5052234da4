"""A time budget per document: extraction that runs longer is stopped, so one pathological file
cannot stall a batch. The extractors are meant to be linear in the text; this is the guard for
whatever input still finds a slow path."""
from __future__ import annotations

import contextlib
import ctypes
import signal
import threading

DEFAULT_DOC_SECONDS = 60.0


class OverBudget(BaseException):
    """Raised inside the extraction that ran out of time. A BaseException, so that no `except
    Exception` on the way swallows it and goes on."""


@contextlib.contextmanager
def time_budget(seconds: float | None):
    """Raise OverBudget in the code under `with` once it has run `seconds` (None or 0: no limit).
    In the main thread a timer signal interrupts even a long regular-expression match; in other
    threads (the thread task runner) an asynchronous exception stops it at the next Python step."""
    if not seconds or seconds <= 0:
        yield
    elif threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        with _alarm(seconds):
            yield
    else:
        with _async_exception(seconds):
            yield


@contextlib.contextmanager
def _alarm(seconds: float):
    def on_alarm(_signum, _frame):
        raise OverBudget(seconds)

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def _async_exception(seconds: float):
    tid = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()
    state = {"done": False, "fired": False}

    def fire():
        with lock:
            if not state["done"]:
                state["fired"] = True
                ctypes.pythonapi.PyThreadState_SetAsyncExc(tid, ctypes.py_object(OverBudget))

    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            state["done"] = True
            timer.cancel()
            if state["fired"]:  # not delivered yet when the block ended: it must not surface later
                ctypes.pythonapi.PyThreadState_SetAsyncExc(tid, None)
