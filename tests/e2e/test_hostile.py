"""Hostile input and impatient operators: odd files never abort a run nor leak into the warehouse;
the report shows any text as text; report and export write only what they own; a missing or
corrupt warehouse is one line saying what to do; signals stop a run promptly and cleanly."""
import html
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys
import time
import urllib.parse

import duckdb
import pytest
from browser import dump_dom, needs_chromium

from qingshan.paths import SAMPLE_INPUT_DIR

ODD_NAME = os.fsdecode(b"\xff\xfe odd name.txt")
ODD_STORED = "\\xff\\xfe odd name.txt"  # its bytes as escapes
# a page whose text an HTML parser would act on inside a <script> element
# (`<!--` then `<script` with no `-->` between: the parser no longer ends the element at `</script>`)
MARKUP = "天津市生态环境局召开局务会<!-- 注释。会议指出<script>var x = 1;2020年全市PM2.5年均浓度48微克/立方米。</p>结束\n"
QINGSHAN = [sys.executable, "-m", "qingshan.cli"]
# a site that printed the Unix epoch for a missing date; the page's own day is in its text
EPOCH = "发布时间:1970-01-01 08:00\n某县召开生态环境保护工作会议\n2023年5月6日,某县召开生态环境保护工作会议。\n"
# names of the minorities, written with a middle dot, are longer than a Han name's 2-4 characters
MINORITY = ("伊犁州召开表彰会\n2023年8月15日,伊犁州召开生态环境保护表彰会。尼勒克县公安局森林警察大队的加勒肯・江布拉提、"
            "州生态环境局局长艾尔肯·吐尼亚孜出席会议并讲话。\n")
ARCHIVE_ARTICLES = 250  # a newspaper's archive in one file: far more articles than a page has


def _archive() -> str:
    lines = ["某某日报 2023年6月1日 第5版"]
    for i in range(ARCHIVE_ARTICLES):
        lines += ["-----", f"第{i + 1}期环保简讯",
                  f"本报讯 {i % 28 + 1}日,某市召开环保例会。全市PM2.5平均浓度为{30 + i % 10}微克/立方米。"]
    return "\n".join(lines) + "\n"


def _rows(wh, sql, params=()):
    con = duckdb.connect(str(wh), read_only=True)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


def _cli(*args, **kw) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run([*QINGSHAN, *args], capture_output=True, text=True, timeout=300, env=env, **kw)


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory, run_flow):
    """seeds/ plus a 100,000-digit file, a name that is not UTF-8, a link to /etc/passwd, a pipe, a
    page of markup, a page stamped with the Unix epoch and an archive of 250 articles, run through
    the real flow."""
    tmp = tmp_path_factory.mktemp("hostile")
    inp = tmp / "in"
    shutil.copytree(SAMPLE_INPUT_DIR, inp)
    (inp / "digits.txt").write_text("1" * 100_000, encoding="utf-8")
    (inp / ODD_NAME).write_text("天津市生态环境局召开局务会。PM2.5年均浓度48微克/立方米。\n", encoding="utf-8")
    (inp / "passwd.txt").symlink_to("/etc/passwd")
    os.mkfifo(inp / "pipe.txt")
    (inp / "markup.txt").write_text(MARKUP, encoding="utf-8")
    (inp / "epoch.txt").write_text(EPOCH, encoding="utf-8")
    (inp / "archive.txt").write_text(_archive(), encoding="utf-8")
    (inp / "minority.txt").write_text(MINORITY, encoding="utf-8")
    wh = tmp / "wh" / "q.duckdb"
    t0 = time.monotonic()
    summary = run_flow(inp, wh)
    return summary, wh, time.monotonic() - t0


SEED_FACTS = ("select d.source_path, m.value, m.unit, m.indicator, m.evidence from marts.fct_metrics m "
              "join marts.dim_documents d using (document_id) order by all")


def test_seeds_with_a_digit_dump_an_odd_name_a_link_out_and_a_pipe(hostile_run, seeds_warehouse):
    summary, wh, seconds = hostile_run
    assert seconds < 120  # generous: the digit dump alone took over five minutes
    assert summary.success, summary.failures
    raw = {p: (s, r, t) for p, s, r, t in _rows(wh, "select source_path, status, reason, text from raw.documents")}
    assert raw["passwd.txt"][0] == "quarantined" and "outside the input folder" in raw["passwd.txt"][1]
    assert raw["passwd.txt"][2] is None and raw["pipe.txt"][0] == "quarantined"
    assert raw[ODD_STORED][0] == "ingested" and raw["digits.txt"][0] == "ingested"
    assert any("passwd.txt" in q for q in summary.quarantined) and any("pipe.txt" in q for q in summary.quarantined)
    assert not _rows(wh, "select 1 from marts.dim_documents where clean_text like '%root:%'")
    assert _rows(wh, "select count(*) from marts.fct_metrics m join marts.dim_documents d using (document_id) "
                     "where d.source_path = ?", [ODD_STORED]) == [(1,)]
    seeds = [r for r in _rows(wh, SEED_FACTS) if r[0] in {p.name for p in SAMPLE_INPUT_DIR.iterdir()}]
    assert seeds == _rows(seeds_warehouse[2], SEED_FACTS)  # the seeds' facts intact
    # neither a date a site printed for no date nor a file of many articles holds back the batch
    dated = dict(_rows(wh, "select source_path, published_date from marts.dim_documents"))
    assert "epoch.txt" in dated and dated["epoch.txt"] is None
    assert _rows(wh, "select article_count from marts.dim_documents where source_path = 'archive.txt'") == [
        (ARCHIVE_ARTICLES,)]
    report = pathlib.Path(summary.report).read_text(encoding="utf-8")
    assert "root:x:0:0" not in report and json.dumps(ODD_STORED)[1:-1] in report
    # a minority name passes the build checks, and the batch with it is published
    assert {"艾尔肯·吐尼亚孜"} <= {n for (n,) in _rows(wh, "select p.name from marts.fct_person_roles p join "
                                                          "marts.dim_documents d using (document_id) "
                                                          "where d.source_path = 'minority.txt'")}


@needs_chromium
def test_the_report_shows_markup_in_a_document_as_text(hostile_run, tmp_path):
    summary, wh, _ = hostile_run
    report = pathlib.Path(summary.report)
    data = report.read_text(encoding="utf-8").split('id="qs-data"')[1].split("</script>")[0]
    assert not re.search(r"<!--|<script|</", data)
    doc_id, text = _rows(wh, "select document_id, clean_text from marts.dim_documents where source_path = 'markup.txt'")[0]
    dom = dump_dom(report.as_uri() + "#doc=" + urllib.parse.quote(doc_id), tmp_path / "profile")
    listed = dom.split('id="doc-list"')[1].split("</ul>")[0]
    assert listed.count("<li") == len(_rows(wh, "select 1 from marts.dim_documents"))  # the page was not swallowed
    shown = dom.split('id="doc-text"')[1].split(">", 1)[1].split("</div>")[0]
    assert html.unescape(re.sub(r"<[^>]+>", "", shown)) == text  # the markup is shown as the text it is
    assert "<!--" in text and "<script>" in text and "</p>" in text
    # and its figure highlighted (its evidence, a few characters either side of the clause: metrics._with_margin)
    assert re.search(r'<mark class="metric"[^>]*>[^<]*48微克/立方米[^<]*</mark>', shown)


def test_report_and_export_leave_files_they_did_not_make(hostile_run, tmp_path):
    _, wh, _ = hostile_run
    out = tmp_path / "it's here" / "page.html"
    saved = out.with_name("page_files")  # what a browser makes when it saves a page "complete"
    saved.mkdir(parents=True)
    (saved / "logo.png").write_bytes(b"mine")
    (out.with_name("page.tmp")).write_text("mine too")
    r = _cli("report", "--warehouse", str(wh), "--out", str(out))
    assert r.returncode == 0, r.stderr
    assert (saved / "logo.png").read_bytes() == b"mine" and out.with_name("page.tmp").read_text() == "mine too"
    assert sorted(p.name for p in out.parent.iterdir()) == ["page.html", "page.tmp", "page_files"]

    exported = tmp_path / "o'brien's exports"
    r = _cli("export", "--warehouse", str(wh), "--out", str(exported))
    assert r.returncode == 0, r.stderr
    assert {p.name for p in exported.iterdir()} >= {"fct_metrics.parquet", "dim_documents.parquet"}
    assert not [p for p in exported.iterdir() if not p.name.endswith(".parquet") or p.name.startswith(".")]
    assert (duckdb.execute("select count(*) from read_parquet(?)", [str(exported / "fct_metrics.parquet")]).fetchall()
            == _rows(wh, "select count(*) from marts.fct_metrics"))


def test_a_missing_or_corrupt_warehouse_is_one_line_saying_what_to_do(hostile_run, tmp_path):
    _, wh, _ = hostile_run
    cut = tmp_path / "cut.duckdb"
    cut.write_bytes(wh.read_bytes()[:100_000])  # a truncated copy
    before = cut.read_bytes()
    for args in (["report"], ["export", "--out", str(tmp_path / "x")], ["sql", "select 1"]):
        for target, words in ((tmp_path / "none.duckdb", "qingshan run"), (cut, "Restore it from a backup")):
            r = _cli(args[0], "--warehouse", str(target), *args[1:])
            assert r.returncode == 2 and r.stderr.count("\n") == 1 and words in r.stderr, (args, r.stderr)
            assert "Traceback" not in r.stderr
    r = _cli("run", "--input", str(tmp_path), "--warehouse", str(cut))
    assert r.returncode == 2 and "cannot be opened" in r.stderr and "Traceback" not in r.stderr
    assert cut.read_bytes() == before  # never built over


def test_the_next_run_writes_a_report_that_is_missing_or_older_than_the_warehouse(hostile_run, run_flow):
    summary, wh, _ = hostile_run
    report = pathlib.Path(summary.report)
    inp = wh.parent.parent / "in"
    report.unlink()  # as if the run had been killed between publish and report
    again = run_flow(inp, wh)
    assert again.nothing_new and again.report == str(report) and report.exists()
    os.utime(report, (1, 1))  # older than the warehouse
    assert run_flow(inp, wh).report == str(report) and report.stat().st_mtime > 1
    written = report.stat().st_mtime_ns
    assert run_flow(inp, wh).report is None and report.stat().st_mtime_ns == written  # current: left alone


@pytest.fixture
def small_disk(tmp_path):
    """A 3 MiB file system (tmpfs): too small for a build of seeds/."""
    mnt = tmp_path / "small"
    mnt.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3M", "tmpfs", str(mnt)], capture_output=True).returncode:
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], check=False)


def test_a_full_disk_stops_the_run_with_one_line_and_frees_the_space(small_disk):
    r = _cli("run", "--input", str(SAMPLE_INPUT_DIR), "--warehouse", str(small_disk / "q.duckdb"))
    assert r.returncode == 4, r.stderr[-2000:]
    last = r.stderr.strip().splitlines()[-1]
    assert last.startswith(f"qingshan: the disk is full in {small_disk}:") and "MiB free there" in last, last
    assert not [p.name for p in small_disk.iterdir() if "building" in p.name or "failed" in p.name]
