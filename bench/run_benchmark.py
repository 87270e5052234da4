"""Benchmark: the whole pipeline, stage by stage, on synthetic corpora, against plain jieba.

    .venv/bin/python bench/run_benchmark.py --sizes 10 30 100

For each size: the plain `jieba.lcut` time over the same text on one core (the baseline), then
three runs of `qingshan run` on one warehouse:

- first: everything new;
- no-op: the same folder again (nothing new);
- +1%: 1% more documents added to the folder.

Each run prints wall time, its share of the first run, peak RSS of the whole process tree (sampled
every 0.1 s), and per stage (the seconds the run itself reports, and the peak RSS sampled while
that stage ran). A markdown table of all runs ends the output (the README's table comes from it).
Figures, not assertions: not part of the test suite.
"""
from __future__ import annotations

import argparse
import os
import pathlib
import re
import shutil
import subprocess
import sys
import threading
import time

import psutil

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from generate_corpus import generate  # noqa: E402

STAGE_LINE = re.compile(r"seconds: (.*)")


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


class TreeSampler:
    """Peak RSS of a process and its descendants, sampled in a thread, with each sample's time."""

    def __init__(self, proc: psutil.Process):
        self.proc, self.samples, self._done = proc, [], threading.Event()
        self.at_peak: list[str] = []  # the processes at the peak, largest first
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._done.is_set():
            try:
                procs = [self.proc] + self.proc.children(recursive=True)
                parts = sorted(((p.memory_info().rss / 2**20, " ".join(p.cmdline()[1:4])[:50]) for p in procs
                                if p.is_running()), reverse=True)
                rss = sum(r for r, _ in parts)
                if rss > max((r for _, r in self.samples), default=0):
                    self.at_peak = [f"{r:.0f} MB {c}" for r, c in parts[:6]]
                self.samples.append((time.time(), rss))
            except psutil.Error:
                pass
            time.sleep(0.1)

    def stop(self) -> None:
        self._done.set()
        self._thread.join()

    def peak(self, start: float = 0, end: float = float("inf")) -> float:
        return max((r for t, r in self.samples if start <= t <= end), default=0.0)


def run_pipeline(corpus: pathlib.Path, warehouse: pathlib.Path, extra: list[str]) -> dict:
    """One `qingshan run`: wall seconds, peak RSS (MB), the stages' seconds and peak RSS."""
    exe = pathlib.Path(sys.executable).with_name("qingshan")
    started = time.time()
    proc = psutil.Popen([str(exe), "run", "--input", str(corpus), "--warehouse", str(warehouse), *extra],
                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    sampler = TreeSampler(proc)
    out, _ = proc.communicate()
    sampler.stop()
    wall = time.time() - started
    stages: dict[str, float] = {}
    if m := STAGE_LINE.search(out):
        for part in m.group(1).split(", "):
            name, _, secs = part.rpartition(" ")
            stages[name] = float(secs)
    # the stages ran one after another, in the order printed, ending where the run's work ended:
    # place them back to back from the end of the run to attribute the RSS samples
    stage_rss = {}
    end = started + wall
    for name in reversed(list(stages)):
        stage_rss[name] = sampler.peak(end - stages[name] - 0.3, end + 0.3)
        end -= stages[name]
    stages["start-up and other"] = max(0.0, wall - sum(stages.values()))  # Python, imports, Prefect's server
    stage_rss["start-up and other"] = sampler.peak(started, end + 0.3)
    if proc.returncode != 0:
        print(out[-3000:])
    return {"wall": wall, "rss": sampler.peak(), "at_peak": sampler.at_peak, "stages": stages, "stage_rss": stage_rss, "rc": proc.returncode,
            "nothing_new": "nothing new" in out}


def add_documents(corpus: pathlib.Path, share: float) -> int:
    """Copy share of the corpus as new documents (an appended line, ASCII so that it suits every
    file's encoding, makes each one new)."""
    files = sorted(p for p in corpus.iterdir() if not p.name.startswith("added_"))
    n = max(1, round(len(files) * share))
    for i, p in enumerate(files[:n]):
        (corpus / f"added_{i:05d}.txt").write_bytes(p.read_bytes() + f"\n\nref {i}\n".encode("ascii"))
    return n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=float, nargs="+", default=[10, 30, 100], help="corpus sizes in MB")
    ap.add_argument("--out", default=str(HERE / "out"))
    ap.add_argument("--runner", default="process")
    a = ap.parse_args()
    out = pathlib.Path(a.out)
    table = []
    for size in a.sizes:
        corpus = out / f"corpus_{size:g}mb"
        if not corpus.exists():
            n, b = generate(corpus, size)
            print(f"generated {n} documents, {b / 1e6:.1f} MB")
        for p in corpus.glob("added_*"):
            p.unlink()
        files = sorted(corpus.iterdir())
        mb = sum(p.stat().st_size for p in files) / 1e6
        warehouse = out / f"warehouse_{size:g}mb" / "bench.duckdb"
        shutil.rmtree(warehouse.parent, ignore_errors=True)
        print(f"\n== {size:g} MB: {len(files)} documents, {mb:.1f} MB; {os.cpu_count()} cores")
        base = jieba_baseline(corpus)
        print(f"baseline jieba.lcut (one core): {base:.1f} s ({mb / base:.2f} MB/s)")
        runs = {}
        for label in ("first", "no-op", "+1%"):
            if label == "+1%":
                print(f"added {add_documents(corpus, 0.01)} documents")
            r = runs[label] = run_pipeline(corpus, warehouse, ["--runner", a.runner])
            first = runs["first"]["wall"]
            print(f"{label}: exit {r['rc']}, wall {r['wall']:.1f} s = {r['wall'] / base:.2f}x jieba, "
                  f"{100 * r['wall'] / first:.1f}% of the first run, peak RSS {r['rss']:.0f} MB"
                  + (" (nothing new)" if r["nothing_new"] else ""))
            print("    at the peak: " + "; ".join(r["at_peak"]))
            for name, secs in r["stages"].items():
                print(f"    {name:<12} {secs:7.1f} s   peak RSS {r['stage_rss'][name]:6.0f} MB")
            table.append((size, mb, label, r, base, first))
        for p in corpus.glob("added_*"):
            p.unlink()
    print("\n| corpus | run | wall s | × jieba | % of first | peak RSS MB | stages (s) |")
    print("|---|---|---|---|---|---|---|")
    for size, mb, label, r, base, first in table:
        stages = ", ".join(f"{k} {v:.1f}" for k, v in r["stages"].items())
        print(f"| {mb:.0f} MB | {label} | {r['wall']:.1f} | {r['wall'] / base:.2f} | {100 * r['wall'] / first:.1f} | "
              f"{r['rss']:.0f} | {stages} |")
    return 0 if all(r["rc"] == 0 for *_, r, _b, _f in table) else 1


if __name__ == "__main__":
    sys.exit(main())
