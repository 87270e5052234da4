"""qingshan: Chinese environmental-governance text into a queryable DuckDB warehouse."""
from __future__ import annotations

import hashlib
import pathlib

__version__ = "0.1.0"


def _extractor_version() -> str:
    """The extraction rules' version: the package version plus a digest of the text and extraction
    code (`text/`, `extract/`, `dictionaries.py`) and the dictionary CSVs. Any change to a rule or a dictionary re-extracts what the old rules made."""
    here = pathlib.Path(__file__).resolve().parent
    digest = hashlib.sha256()
    files = sorted(p for layer in ("text", "extract") for p in (here / layer).glob("*.py"))
    files.append(here / "dictionaries.py")
    seeds = here.parents[1] / "dbt_project" / "seeds"
    files += sorted(seeds.glob("*.csv")) if seeds.is_dir() else []
    for p in files:
        digest.update(p.name.encode())
        digest.update(p.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:12]}"


EXTRACTOR_VERSION = _extractor_version()
