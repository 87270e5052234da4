"""A time budget per document: extraction that runs longer is stopped, so one pathological file
cannot stall a batch. The extractors are meant to be linear in the text; this is the guard for
whatever input still finds a slow path.

The stop is an exception raised inside the running code. Python swallows an exception raised
while a finalizer (`__del__`) or a garbage-collector callback runs: it is reported as
"unraisable" and the code goes on. So the budget does not fire once: it fires again every
RETRY_SECONDS until the exception leaves the `with` block (a worker thread's retries are spaced at
random around it, so that they cannot keep falling into the same phase of a periodic workload)."""
from __future__ import annotations

import contextlib
import ctypes
import random
import signal
import sys
import threading

DEFAULT_DOC_SECONDS = 60.0
RETRY_SECONDS = 0.05
MAX_THREAD_RETRIES = 200  # a worker thread is fired at for at most ~10 s past its budget


class OverBudget(BaseException):
    """Raised inside the extraction that ran out of time. A BaseException, so that no `except
    Exception` on the way swallows it and goes on."""


def time_budget(seconds: float | None):
    """Raise OverBudget in the code under `with` once it has run `seconds` (None or 0: no limit).
    In the main thread a timer signal interrupts even a long regular-expression match; in other
    threads (the thread task runner) an asynchronous exception stops it at the next Python step."""
    if not seconds or seconds <= 0:
        return contextlib.nullcontext()
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        return _Alarm(seconds)
    return _AsyncException(seconds)


class _Alarm:
    """SIGALRM after `seconds`, then every RETRY_SECONDS; the handler raises while the block runs
    and never inside __exit__, which stops the timer and puts the previous handler back."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.active = False

    def __enter__(self):
        self.previous = signal.signal(signal.SIGALRM, self._on_alarm)
        self.active = True
        signal.setitimer(signal.ITIMER_REAL, self.seconds, RETRY_SECONDS)
        return self

    def _on_alarm(self, _signum, frame):
        if self.active and (frame is None or frame.f_code is not _Alarm.__exit__.__code__):
            raise OverBudget(self.seconds)

    def __exit__(self, *_exc):
        self.active = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, self.previous)
        return False


class _AsyncException:
    """A watcher thread sets OverBudget as an asynchronous exception of this thread after
    `seconds`, then every RETRY_SECONDS (at most MAX_THREAD_RETRIES times) while the block runs;
    one not yet delivered when the block ends is withdrawn, so it cannot surface later."""

    def __init__(self, seconds: float):
        self.seconds = seconds

    def __enter__(self):
        self.tid = threading.get_ident()
        self.active = True
        self.fired = False
        self.lock = threading.Lock()
        self.stopped = threading.Event()
        threading.Thread(target=self._watch, name="time-budget", daemon=True).start()
        return self

    def _watch(self):
        if self.stopped.wait(self.seconds):
            return
        for _ in range(MAX_THREAD_RETRIES):
            with self.lock:
                if not self.active:
                    return
                frame = sys._current_frames().get(self.tid)
                if frame is None:
                    return
                if frame.f_code is not _AsyncException.__exit__.__code__:
                    self.fired = True
                    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self.tid), ctypes.py_object(OverBudget))
            if self.stopped.wait(RETRY_SECONDS * random.uniform(0.5, 1.5)):
                return

    def __exit__(self, *_exc):
        self.active = False
        self.stopped.set()
        with self.lock:
            if self.fired:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(self.tid), None)
        return False
