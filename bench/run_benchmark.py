"""Benchmark: the whole pipeline on a synthetic corpus against plain jieba segmentation.

    .venv/bin/python bench/run_benchmark.py --size-mb 100

Prints documents, MB, wall time, docs/s, MB/s, peak RSS (the whole process tree), the plain
`jieba.lcut` time over the same text (one core) and the ratio, then a second run with nothing new
and its share of the first. Not part of the test suite: figures, not assertions.
"""
from __future__ import annotations

import argparse
import os
import pathlib
import shutil
import subprocess
import sys
import threading
import time

import psutil

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from generate_corpus import generate  # noqa: E402


def jieba_baseline(corpus: pathlib.Path) -> float:
    import jieba

    from qingshan.text.decode import decode

    jieba.setLogLevel(60)
    jieba.initialize()
    texts = [decode(p.read_bytes())[0] for p in sorted(corpus.iterdir())]
    t0 = time.perf_counter()
    for t in texts:
        jieba.lcut(t)
    return time.perf_counter() - t0


def run_pipeline(corpus: pathlib.Path, warehouse: pathlib.Path, extra: list[str]) -> tuple[float, float, int]:
    """Wall seconds, peak RSS of the process tree in MB, exit status."""
    exe = pathlib.Path(sys.executable).with_name("qingshan")
    t0 = time.perf_counter()
    proc = psutil.Popen([str(exe), "run", "--input", str(corpus), "--warehouse", str(warehouse), *extra],
                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    peak = 0.0
    peak_parts: list[str] = []
    done = threading.Event()

    def sample():
        nonlocal peak, peak_parts
        while not done.is_set():
            try:
                procs = [proc] + proc.children(recursive=True)
                parts = [(p.memory_info().rss / 2**20, " ".join(p.cmdline()[:3])[-60:]) for p in procs if p.is_running()]
                rss = sum(r for r, _ in parts)
                if rss > peak:
                    peak = rss
                    peak_parts = [f"{r:.0f} MB {c}" for r, c in sorted(parts, reverse=True)[:8]]
            except psutil.Error:
                pass
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, _ = proc.communicate()
    done.set()
    sampler.join()
    wall = time.perf_counter() - t0
    print("    at peak RSS: " + "; ".join(peak_parts))
    summary = out[out.rfind("qingshan run"):]
    print("   ", summary.strip().replace("\n", "\n    ")[:1200])
    return wall, peak, proc.returncode


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size-mb", type=float, default=100)
    ap.add_argument("--out", default=str(HERE / "out"))
    ap.add_argument("--runner", default="process")
    a = ap.parse_args()
    out = pathlib.Path(a.out)
    corpus = out / f"corpus_{a.size_mb:g}mb"
    if not corpus.exists():
        n, b = generate(corpus, a.size_mb)
        print(f"generated {n} documents, {b / 1e6:.1f} MB")
    files = sorted(corpus.iterdir())
    mb = sum(p.stat().st_size for p in files) / 1e6
    warehouse = out / "warehouse" / "bench.duckdb"
    shutil.rmtree(warehouse.parent, ignore_errors=True)
    print(f"corpus: {len(files)} documents, {mb:.1f} MB; {os.cpu_count()} cores")
    base = jieba_baseline(corpus)
    print(f"baseline jieba.lcut (one core): {base:.1f} s ({mb / base:.2f} MB/s)")
    wall, peak, rc = run_pipeline(corpus, warehouse, ["--runner", a.runner])
    print(f"first run: exit {rc}, wall {wall:.1f} s, {len(files) / wall:.1f} docs/s, {mb / wall:.2f} MB/s, "
          f"peak RSS {peak:.0f} MB, {wall / base:.2f}x the jieba baseline")
    wall2, peak2, rc2 = run_pipeline(corpus, warehouse, ["--runner", a.runner])
    print(f"second run (nothing new): exit {rc2}, wall {wall2:.1f} s = {100 * wall2 / wall:.1f}% of the first, "
          f"peak RSS {peak2:.0f} MB")
    return 0 if rc == 0 and rc2 == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
