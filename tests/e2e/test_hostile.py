"""Hostile input and impatient operators: odd files never abort a run nor leak into the warehouse;
signals stop a run promptly and cleanly; report and export write only what they own."""
import json
import os
import pathlib
import shutil
import time

import duckdb

from qingshan.paths import SAMPLE_INPUT_DIR


def _rows(wh, sql, params=()):
    con = duckdb.connect(str(wh), read_only=True)
    try:
        return con.execute(sql, params).fetchall()
    finally:
        con.close()


SEED_FACTS = ("select d.source_path, m.value, m.unit, m.indicator, m.evidence from marts.fct_metrics m "
              "join marts.dim_documents d using (document_id) order by all")


def test_seeds_with_a_digit_dump_an_odd_name_a_link_out_and_a_pipe(tmp_path, run_flow, seeds_warehouse):
    inp = tmp_path / "in"
    shutil.copytree(SAMPLE_INPUT_DIR, inp)
    (inp / "digits.txt").write_text("1" * 100_000, encoding="utf-8")
    (inp / os.fsdecode(b"\xff\xfe odd name.txt")).write_text("天津市生态环境局召开局务会。PM2.5年均浓度48微克/立方米。\n",
                                                          encoding="utf-8")
    (inp / "passwd.txt").symlink_to("/etc/passwd")
    os.mkfifo(inp / "pipe.txt")
    wh = tmp_path / "wh" / "q.duckdb"
    t0 = time.monotonic()
    summary = run_flow(inp, wh)
    assert time.monotonic() - t0 < 120  # generous: the digit dump alone took over five minutes
    assert summary.success, summary.failures

    raw = {p: (s, r, t) for p, s, r, t in _rows(wh, "select source_path, status, reason, text from raw.documents")}
    assert raw["passwd.txt"][0] == "quarantined" and "outside the input folder" in raw["passwd.txt"][1]
    assert raw["passwd.txt"][2] is None and raw["pipe.txt"][0] == "quarantined"
    assert raw["\\xff\\xfe odd name.txt"][0] == "ingested" and raw["digits.txt"][0] == "ingested"
    assert any("passwd.txt" in q for q in summary.quarantined) and any("pipe.txt" in q for q in summary.quarantined)
    assert not _rows(wh, "select 1 from marts.dim_documents where clean_text like '%root:%'")
    assert _rows(wh, "select count(*) from marts.fct_metrics m join marts.dim_documents d using (document_id) "
                     "where d.source_path = ?", ["\\xff\\xfe odd name.txt"]) == [(1,)]
    seeds = [r for r in _rows(wh, SEED_FACTS) if r[0] in {p.name for p in SAMPLE_INPUT_DIR.iterdir()}]
    assert seeds == _rows(seeds_warehouse[2], SEED_FACTS)  # the seeds' facts intact
    report = pathlib.Path(summary.report).read_text(encoding="utf-8")
    assert "root:x:0:0" not in report and json.dumps("\\xff\\xfe odd name.txt")[1:-1] in report
