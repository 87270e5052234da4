"""Where the project's folders are, resolved from this file (the package is installed editable)."""
from __future__ import annotations

import contextlib
import os
import pathlib

PROJECT_ROOT = pathlib.Path(os.environ.get("QINGSHAN_HOME") or pathlib.Path(__file__).resolve().parents[2])
DBT_PROJECT_DIR = PROJECT_ROOT / "dbt_project"
DICTIONARY_DIR = DBT_PROJECT_DIR / "seeds"
EXPECTATIONS_DIR = PROJECT_ROOT / "expectations"
SAMPLE_INPUT_DIR = PROJECT_ROOT / "seeds"
DEFAULT_WAREHOUSE = PROJECT_ROOT / "warehouse" / "qingshan.duckdb"


def cache_dir() -> pathlib.Path:
    """Where qingshan keeps what it can make again but costs time to make (QINGSHAN_CACHE, else the
    user's cache folder): nothing in it is ever the only copy of anything."""
    if os.environ.get("QINGSHAN_CACHE"):
        return pathlib.Path(os.environ["QINGSHAN_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or pathlib.Path.home() / ".cache"
    return pathlib.Path(base) / "qingshan"


def write_cached(path: pathlib.Path, data: bytes) -> None:
    """Put data in the cache file path, whole or not at all (another process may read it meanwhile):
    a file of its own, renamed into place. A cache that cannot be written costs the time it saves,
    nothing else."""
    part = path.with_name(f"{path.name}.{os.getpid()}.part")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part.write_bytes(data)
        os.replace(part, path)
    except OSError:
        with contextlib.suppress(OSError):  # e.g. its folder is a file
            part.unlink(missing_ok=True)
