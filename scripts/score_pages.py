"""Strict F1 per page and fact type: runs ../shared/eval/score.py once per answer key and prints a
table (pages as rows). A development aid for judging a rule on every page, not part of the pipeline.

    .venv/bin/python scripts/score_pages.py --warehouse W.duckdb --gold ../shared/dev/gold [--metric f1]
"""
from __future__ import annotations

import argparse
import json
import pathlib
import subprocess
import sys
import tempfile

FACTS = ("documents", "metrics", "tasks", "events", "people")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--warehouse", required=True)
    ap.add_argument("--gold", required=True, type=pathlib.Path)
    ap.add_argument("--metric", default="strict_f1", choices=["strict_f1", "f1"])
    args = ap.parse_args(argv)
    score = pathlib.Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "score.py"
    print(f"{'page':<12}" + "".join(f"{f:>11}" for f in FACTS) + f"   ({args.metric}; '-' = no facts of that kind)")
    for gold in sorted(args.gold.glob("*.json")):
        with tempfile.TemporaryDirectory() as tmp:
            (pathlib.Path(tmp) / gold.name).symlink_to(gold.resolve())
            out = pathlib.Path(tmp) / "score.json"
            subprocess.run([sys.executable, str(score), "--warehouse", args.warehouse, "--gold", tmp,
                            "--json", str(out)], check=True, stdout=subprocess.DEVNULL)
            s = json.loads(out.read_text())
        cells = []
        for f in FACTS:
            t = s[f]
            cells.append("-" if t["gold"] == 0 and t["predicted"] == 0 else f"{t[args.metric]:.2f}")
        print(f"{gold.stem[:12]:<12}" + "".join(f"{c:>11}" for c in cells))


if __name__ == "__main__":
    main()
