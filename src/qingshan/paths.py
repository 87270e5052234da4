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
