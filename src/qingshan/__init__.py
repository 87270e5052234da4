"""qingshan: Chinese environmental-governance text into a queryable DuckDB warehouse."""
from __future__ import annotations

import hashlib
import os
import pathlib

__version__ = "0.1.0"

# pyarrow's default pool (mimalloc) keeps the memory of freed Arrow buffers for Arrow to reuse. In
# qingshan's processes Arrow data is short-lived between Python work (a batch's rows converted,
# written, dropped), so that memory sat idle: an extract worker after ten batches of 100 MB of text
# holds 310 MB with it, 240 MB with the system allocator, at the same speed. Set before pyarrow's
# first allocation in this process and inherited by its children; a user's own setting wins.
os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")


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
