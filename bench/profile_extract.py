"""Extraction alone, in one process, against plain jieba segmentation of the same text.

    PYTHONPATH=src:. .venv/bin/python bench/profile_extract.py [--sets seeds,dev,corpus10,FOLDER] [--profile]
        [--snapshot FILE | --compare FILE]

For each input set (seeds/*.txt, ../shared/dev/docs/*, a synthetic 10 MB corpus) a fresh child
process reads the files with qingshan.text.decode.decode, loads the dictionaries and the segmenter,
runs extract_batch over the set, then times plain `jieba.lcut` over the same texts (after
jieba.initialize()). Printed: both times (wall and CPU) and their ratios, and the peak RSS of the child
(resource.getrusage) after loading the dictionaries and after the run (the run's figure includes
the rows extract_batch returns for the whole set). `--profile` adds a cProfile top 25, by cumulative
and by own time. `--snapshot FILE` writes every extracted row (without `extracted_at` and
`extractor_version`, a hash of the source) as canonical
JSON lines; `--compare FILE` diffs this version's rows against such a snapshot.
Figures, not assertions: not part of the test suite.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import time

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS_10MB = pathlib.Path("/tmp/bench_base/corpus_10mb")
SETS = {
    "seeds": lambda: sorted((ROOT / "seeds").glob("*.txt")),
    "dev": lambda: sorted(p for p in (ROOT.parent / "shared" / "dev" / "docs").glob("*") if p.is_file()),
    "corpus10": lambda: sorted(p for p in CORPUS_10MB.iterdir() if p.is_file()),
}


def set_files(name: str) -> list[pathlib.Path]:
    """A named set above, or any folder of pages (its `docs/` subfolder when it has one)."""
    if name in SETS:
        return SETS[name]()
    folder = pathlib.Path(name)
    if (folder / "docs").is_dir():
        folder = folder / "docs"
    return sorted(p for p in folder.iterdir() if p.is_file())


def peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _plain(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


IGNORED = ("extracted_at", "extractor_version")  # a clock, and a hash of the source code: they must change


def canonical_lines(set_name: str, rows: dict[str, list[dict]]) -> list[str]:
    """One JSON line per row: set, table, position of the row in its document's rows, the row
    (without the IGNORED columns)."""
    out = []
    for table in sorted(rows):
        seq: dict[str, int] = {}
        for r in rows[table]:
            r = {k: _plain(v) for k, v in r.items() if k not in IGNORED}
            n = seq[r["document_id"]] = seq.get(r["document_id"], -1) + 1
            out.append(json.dumps({"set": set_name, "table": table, "doc": r["document_id"], "n": n, "row": r},
                                  ensure_ascii=False, sort_keys=True, separators=(",", ":")))
    return out


def child(set_name: str, profile: bool, lines_out: str | None) -> dict:
    from qingshan.text.decode import decode

    files = set_files(set_name)
    docs = []
    for p in files:
        text, _ = decode(p.read_bytes())
        docs.append((f"{set_name}/{p.name}", str(p), text))
    chars = sum(len(t) for _, _, t in docs)
    mb = sum(p.stat().st_size for p in files) / 1e6
    rss_start = peak_rss_mb()

    from qingshan.dictionaries import load
    from qingshan.extract.document import extract_batch
    from qingshan.text.segment import segmenter

    segmenter(load())
    rss_loaded = peak_rss_mb()

    prof = None
    if profile:
        import cProfile

        prof = cProfile.Profile()
        prof.enable()
    t0, c0 = time.perf_counter(), time.process_time()
    rows = extract_batch(docs)
    extract_s, extract_cpu = time.perf_counter() - t0, time.process_time() - c0
    if prof is not None:
        prof.disable()
    rss_run = peak_rss_mb()
    errors = [r["error"] for r in rows.get("documents", []) if r.get("error")]
    counts = {t: len(r) for t, r in sorted(rows.items())}
    if lines_out:
        pathlib.Path(lines_out).write_text("\n".join(canonical_lines(set_name, rows)) + "\n", encoding="utf-8")
    del rows

    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    t0, c0 = time.perf_counter(), time.process_time()
    for _, _, t in docs:
        jieba.lcut(t)
    jieba_s, jieba_cpu = time.perf_counter() - t0, time.process_time() - c0

    result = {"set": set_name, "documents": len(docs), "mb": mb, "chars": chars, "jieba_s": jieba_s,
              "extract_s": extract_s, "ratio": extract_s / jieba_s if jieba_s else None,
              "jieba_cpu": jieba_cpu, "extract_cpu": extract_cpu,
              "rss_start_mb": rss_start, "rss_loaded_mb": rss_loaded, "rss_run_mb": rss_run,
              "rss_end_mb": peak_rss_mb(), "counts": counts, "errors": errors}
    if prof is not None:
        import io
        import pstats

        for key in ("cumulative", "tottime"):
            buf = io.StringIO()
            pstats.Stats(prof, stream=buf).strip_dirs().sort_stats(key).print_stats(25)
            text = buf.getvalue()
            result[f"profile_{key}"] = text[text.find("   ncalls"):].rstrip()
    return result


def compare(old: list[str], new: list[str], limit: int = 40) -> int:
    """Print the rows only one side has, grouped by (set, table, document); return how many."""
    def keyed(lines):
        out = {}
        for line in lines:
            d = json.loads(line)
            for col in IGNORED:
                d["row"].pop(col, None)
            out[(d["set"], d["table"], d["doc"], d["n"])] = json.dumps(d, ensure_ascii=False, sort_keys=True)
        return out

    a, b = keyed(old), keyed(new)
    diffs = 0
    shown = 0
    for key in sorted(set(a) | set(b)):
        if a.get(key) == b.get(key):
            continue
        diffs += 1
        if shown < limit:
            shown += 1
            print(f"DIFF {key}:")
            if key in a and key in b:
                ra, rb = json.loads(a[key])["row"], json.loads(b[key])["row"]
                for col in sorted(set(ra) | set(rb)):
                    if ra.get(col) != rb.get(col):
                        print(f"    {col}: {str(ra.get(col))[:200]!s}  ->  {str(rb.get(col))[:200]!s}")
            else:
                print(f"    {'only in snapshot' if key in a else 'only now'}: {(a.get(key) or b.get(key))[:300]}")
    return diffs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default=",".join(SETS))
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--snapshot", metavar="FILE")
    ap.add_argument("--compare", metavar="FILE")
    ap.add_argument("--show", type=int, default=40, help="differences printed by --compare (default 40)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    ap.add_argument("--lines", help=argparse.SUPPRESS)
    a = ap.parse_args()
    os.environ.setdefault("DO_NOT_TRACK", "1")
    if a.child:
        print(json.dumps(child(a.child, a.profile, a.lines)))
        return 0

    sets = [s for s in a.sets.split(",") if s]
    if "corpus10" in sets and not CORPUS_10MB.exists():
        sys.path.insert(0, str(HERE))
        from generate_corpus import generate

        n, b = generate(CORPUS_10MB, 10)
        print(f"generated {n} documents, {b / 1e6:.1f} MB in {CORPUS_10MB}")
    all_lines: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for s in sets:
            lines_file = pathlib.Path(tmp) / f"{s}.jsonl"
            cmd = [sys.executable, __file__, "--child", s]
            if a.profile:
                cmd.append("--profile")
            if a.snapshot or a.compare:
                cmd += ["--lines", str(lines_file)]
            out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True).stdout
            r = json.loads(out.strip().splitlines()[-1])
            print(f"== {s}: {r['documents']} documents, {r['mb']:.2f} MB, {r['chars']} characters")
            print(f"   jieba.lcut {r['jieba_s']:.2f} s; extraction {r['extract_s']:.2f} s; "
                  f"ratio {r['ratio']:.2f}x (CPU: {r['jieba_cpu']:.2f} s, {r['extract_cpu']:.2f} s, "
                  f"{r['extract_cpu'] / r['jieba_cpu']:.2f}x)")
            print(f"   peak RSS: {r['rss_start_mb']:.0f} MB after reading the files, {r['rss_loaded_mb']:.0f} MB "
                  f"after loading dictionaries + segmenter, {r['rss_run_mb']:.0f} MB after the run, "
                  f"{r['rss_end_mb']:.0f} MB after plain jieba")
            print(f"   rows: {r['counts']}; failed documents: {len(r['errors'])}")
            for e in r["errors"][:5]:
                print(f"     error: {e[:200]}")
            if a.profile:
                print("   -- cProfile, by cumulative time --")
                print(r["profile_cumulative"])
                print("   -- cProfile, by own time --")
                print(r["profile_tottime"])
            if lines_file.exists():
                all_lines += [line for line in lines_file.read_text(encoding="utf-8").splitlines() if line]
    if a.snapshot:
        pathlib.Path(a.snapshot).write_text("\n".join(all_lines) + "\n", encoding="utf-8")
        print(f"snapshot: {len(all_lines)} rows to {a.snapshot}")
    if a.compare:
        old = [line for line in pathlib.Path(a.compare).read_text(encoding="utf-8").splitlines()
               if line and json.loads(line)["set"] in sets]
        n = compare(old, all_lines, a.show)
        print(f"compare with {a.compare}: {n} differences in {len(all_lines)} rows ({len(old)} in the snapshot)")
        return 1 if n else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
