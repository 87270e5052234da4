"""Where the project's folders are, resolved from this file (the package is installed editable)."""
from __future__ import annotations

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
