"""Child processes that import before they are needed.

dbt and Great Expectations run in child processes (memory goes back when they end; dbt-duckdb may
keep the file open in the process that invoked it). Each child spends most of a small run importing:
~1.3 s for dbt, ~1.7 s for GX, on the run's critical path. A child here is `python -m <module>
--warm`: it imports what it needs, then waits for its arguments on standard input and runs once.
`run` starts it and hands the arguments over at once; `prestart` starts it earlier, while the run
does something else, and a later `run` with the same key uses it. One code path either way: a
prestarted child runs exactly what a child started late would.

A prestarted child holds its imports' memory while it waits (dbt ~100 MB, GX ~190 MB), so the pipeline
prestarts only when the run is small (one extraction batch: no worker pool, a core to spare).
A child nobody used ends when `discard` closes its input, or when this process ends (its input
closes with it).
"""
from __future__ import annotations

import contextlib
import json
import subprocess
import sys
from typing import Callable

FLAG = "--warm"

_waiting: dict[tuple, subprocess.Popen] = {}


def _start(module: str, env: dict | None, cwd: str | None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", module, FLAG], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env, cwd=cwd)


def prestart(key: tuple, module: str, env: dict | None = None, cwd: str | None = None) -> None:
    """Start the child that `run(key, ...)` will use. `key` names what it will do (the module, the
    file it works on), so that a child is never used for another run's work."""
    if key not in _waiting:
        _waiting[key] = _start(module, env, cwd)


def run(key: tuple, module: str, args: list[str], env: dict | None = None,
        cwd: str | None = None) -> subprocess.CompletedProcess:
    """`python -m module args` in a child, prestarted or started now; its output once it ended."""
    proc = _waiting.pop(key, None) or _start(module, env, cwd)
    out, err = proc.communicate(json.dumps(args) + "\n")
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def discard() -> None:
    """End every prestarted child not used: its input closes, it exits without running."""
    while _waiting:
        _, proc = _waiting.popitem()
        try:
            proc.communicate("", timeout=10)
        except subprocess.TimeoutExpired:  # still importing after 10 s: it is not needed
            proc.kill()
            proc.communicate()


@contextlib.contextmanager
def discarding():
    """`discard` when the block ends, however it ends."""
    try:
        yield
    finally:
        discard()


def serve(imports: Callable[[], object], main: Callable[[list[str]], object]) -> int:
    """The child's side (in `if __name__ == "__main__"`): with FLAG, do the imports, wait for the
    arguments and run main on them; without, run main on the command line's arguments."""
    if sys.argv[1:] != [FLAG]:
        return main(sys.argv[1:]) or 0
    imports()
    line = sys.stdin.readline()
    if not line:  # no work came: nothing to do
        return 0
    return main(json.loads(line)) or 0
