"""Bad input and faults: nothing crashes, nothing is lost, the published warehouse stays whole."""
import codecs
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile

import duckdb
import opencc
import pytest

from qingshan.paths import SAMPLE_INPUT_DIR

GOOD = ("天津市召开会议\n\n日期:2021-03-02\n\n天津市生态环境局日前召开局务会,部署重点工作。"
        "2020年,全市淘汰老旧车4万余辆,PM2.5年均浓度48微克/立方米。\n")
SEED = sorted(SAMPLE_INPUT_DIR.glob("*.txt"))[4]  # the Langfang press conference: many figures


def _rows(wh, sql):
    con = duckdb.connect(str(wh), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_a_folder_of_awkward_files(tmp_path, run_flow):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "empty.txt").write_bytes(b"")
    (inp / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 300 + bytes(range(256)) * 4)
    (inp / "cut.txt").write_bytes(GOOD.encode("utf-8")[:-5])  # cut inside a multi-byte character
    (inp / "gbk.txt").write_bytes(GOOD.replace("天津", "廊坊").encode("gbk"))
    traditional = opencc.OpenCC("s2t").convert(GOOD.replace("天津", "北京"))
    (inp / "big5.txt").write_bytes(traditional.encode("big5"))
    (inp / "utf16.txt").write_bytes(codecs.BOM_UTF16_LE + GOOD.replace("天津", "河北").encode("utf-16-le"))
    (inp / "page.html").write_text("<html><head><style>p{color:red}</style><script>var n=99999;</script></head><body>"
                                   "<div class='nav'>首页 &gt; 新闻</div><p>" + GOOD.replace("\n", "</p><p>")
                                   + "</p></body></html>", encoding="utf-8")
    (inp / "zero_width.txt").write_text(GOOD.replace("淘汰", "淘\u200b汰").replace("浓度", "浓\x07度"), encoding="utf-8")
    (inp / "chrome_only.txt").write_text("首页 > 新闻动态\n打印 放大 缩小\n津ICP备05010518号\n", encoding="utf-8")
    shutil.copy(SEED, inp / "a.txt")
    shutil.copy(SEED, inp / "same_bytes.txt")
    (inp / "huge.txt").write_bytes(("生态环境" * 1000 + "\n").encode("utf-8") * 2600)  # ~31 MB
    wh = tmp_path / "wh" / "q.duckdb"
    summary = run_flow(inp, wh)
    assert summary.success, summary.failures

    raw = {p: (st, reason) for p, st, reason in _rows(wh, "select source_path, status, reason from raw.documents")}
    for name, word in [("empty.txt", "empty"), ("image.png", "binary"), ("huge.txt", "too large")]:
        assert raw[name][0] == "quarantined" and name in raw[name][1] and word in raw[name][1], raw[name]
    for name in ["cut.txt", "gbk.txt", "big5.txt", "utf16.txt", "page.html", "zero_width.txt", "chrome_only.txt"]:
        assert raw[name][0] == "ingested", (name, raw[name])
    assert "a.txt" in raw and "same_bytes.txt" not in raw  # the same bytes are one document, first path wins

    facts = {p: n for p, n in _rows(wh, "select d.source_path, count(m.metric_id) from marts.dim_documents d "
                                        "left join marts.fct_metrics m using (document_id) group by 1")}
    for name in ["gbk.txt", "big5.txt", "utf16.txt", "page.html", "zero_width.txt"]:
        assert facts[name] == 2, (name, facts)
    assert facts["cut.txt"] == 1  # the cut took the last figure's unit with it
    assert facts["chrome_only.txt"] == 0
    seed_alone = len(_rows(wh, "select 1 from marts.fct_metrics m join marts.dim_documents d using (document_id) "
                               "where d.source_path in ('a.txt', 'same_bytes.txt')"))
    assert seed_alone > 40
    # markup never reaches facts
    evidence = " ".join(r[0] for r in _rows(wh, "select evidence from marts.fct_metrics"))
    assert "<" not in evidence and "var n" not in evidence and 99999 not in [r[0] for r in _rows(wh, "select value from marts.fct_metrics")]
    assert _rows(wh, "select value from marts.fct_metrics m join marts.dim_documents d using (document_id) "
                     "where d.source_path = 'zero_width.txt' and unit = '辆'") == [(40000.0,)]


def test_edited_and_deleted_files(tmp_path, run_flow):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "edited.txt").write_text(GOOD, encoding="utf-8")
    (inp / "deleted.txt").write_text(GOOD.replace("天津", "廊坊"), encoding="utf-8")
    wh = tmp_path / "wh" / "q.duckdb"
    assert run_flow(inp, wh).success
    (inp / "edited.txt").write_text(GOOD.replace("4万余辆", "5万余辆"), encoding="utf-8")
    (inp / "deleted.txt").unlink()
    summary = run_flow(inp, wh)
    assert summary.success and summary.ingested == 1 and summary.missing == 2
    docs = _rows(wh, "select source_path, present from marts.dim_documents order by 1")
    assert docs == [("deleted.txt", False), ("edited.txt", True)]  # one row per path; the deleted one kept
    vehicles = _rows(wh, "select d.source_path, m.value from marts.fct_metrics m join marts.dim_documents d "
                         "using (document_id) where m.unit = '辆' order by 1")
    assert vehicles == [("deleted.txt", 40000.0), ("edited.txt", 50000.0)]  # replaced, not duplicated


def _cli(args, env_extra=None, timeout=600):
    """Run the CLI in its own process group; when it dies, its children (the temporary Prefect
    server it started) go with the group, as a supervisor would clean up after a crash."""
    env = {**os.environ, **(env_extra or {})}
    exe = os.path.join(os.path.dirname(sys.executable), "qingshan")
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        proc = subprocess.Popen([exe, *args], stdout=out, stderr=err, text=True, env=env, start_new_session=True)
        try:
            proc.wait(timeout=timeout)
        finally:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            proc.wait()
        out.seek(0)
        err.seek(0)
        return subprocess.CompletedProcess(proc.args, proc.returncode, out.read(), err.read())


def _facts(wh):
    return {t: sorted(_rows(wh, f"select * exclude ({key}) from marts.{t}" if key else f"select * from marts.{t}"))
            for t, key in [("fct_metrics", None), ("fct_tasks", None), ("fct_events", None),
                           ("dim_documents", "ingested_at")]}


@pytest.mark.parametrize("step", ["extract", "transform"])
def test_a_crash_leaves_the_published_warehouse_whole(tmp_path, run_flow, step):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "first.txt").write_text(GOOD, encoding="utf-8")
    wh = tmp_path / "wh" / "q.duckdb"
    assert run_flow(inp, wh).success
    published = hashlib.sha256(wh.read_bytes()).hexdigest()
    shutil.copy(SEED, inp / "second.txt")
    crashed = _cli(["run", "--input", str(inp), "--warehouse", str(wh)], {"QINGSHAN_FAILPOINT": step})
    assert crashed.returncode != 0
    assert hashlib.sha256(wh.read_bytes()).hexdigest() == published
    assert _rows(wh, "select count(*) from marts.dim_documents") == [(1,)]  # readable, the old build
    assert run_flow(inp, wh).success  # the next run completes...
    clean = tmp_path / "clean" / "q.duckdb"
    assert run_flow(inp, clean).success
    assert _facts(wh) == _facts(clean)  # ...and equals a run that was never interrupted


@pytest.mark.parametrize("where", ["file", "proc"])
def test_a_warehouse_path_that_cannot_be_written(tmp_path, where):
    if where == "file":
        (tmp_path / "not_a_folder").write_text("x")
        target = tmp_path / "not_a_folder" / "q.duckdb"
    else:
        target = "/proc/qingshan/q.duckdb"
    result = _cli(["run", "--warehouse", str(target)], timeout=120)
    assert result.returncode == 2
    assert "warehouse folder" in result.stderr and "Traceback" not in result.stderr + result.stdout
