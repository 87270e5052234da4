"""BI access: readers in other processes, SQLAlchemy through duckdb-engine, Parquet export, and
`dbt build` run by a user against the warehouse."""
import os
import shutil
import subprocess
import sys
import textwrap

import duckdb
import pyarrow.parquet as pq

from qingshan.cli import main as cli
from qingshan.paths import DBT_PROJECT_DIR

READER = textwrap.dedent("""
    import sys, duckdb
    con = duckdb.connect(sys.argv[1], read_only=True)
    def snapshot():
        return [con.execute("select count(*) from marts." + t).fetchone()[0] for t in ("dim_documents", "fct_metrics")]
    print(*snapshot(), flush=True)
    sys.stdin.readline()          # the run happens now
    print(*snapshot(), flush=True)
    con.close()                   # DuckDB shares one instance per file in a process: close, then reopen
    fresh = duckdb.connect(sys.argv[1], read_only=True)
    print(*[fresh.execute("select count(*) from marts." + t).fetchone()[0] for t in ("dim_documents", "fct_metrics")], flush=True)
""")


def test_reader_keeps_a_consistent_view_while_a_run_publishes(tmp_path, run_flow):
    inp = tmp_path / "in"
    inp.mkdir()
    (inp / "a.txt").write_text("天津市召开会议\n\n日期:2021-03-02\n\n2020年,全市淘汰老旧车4万余辆。\n", encoding="utf-8")
    wh = tmp_path / "wh" / "q.duckdb"
    assert run_flow(inp, wh).success
    reader = subprocess.Popen([sys.executable, "-c", READER, str(wh)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        before = reader.stdout.readline().split()
        (inp / "b.txt").write_text("廊坊市召开会议\n\n日期:2024-07-26\n\n上半年,全市完成9台工业窑炉整治替代,走访企业5719家。\n",
                                   encoding="utf-8")
        assert run_flow(inp, wh).success  # publishes while the reader holds the file open
        reader.stdin.write("go\n")
        reader.stdin.flush()
        during = reader.stdout.readline().split()
        after = reader.stdout.readline().split()
    finally:
        reader.communicate(timeout=60)
    assert before == during == ["1", "1"]  # the open connection reads the build it opened, whole
    assert after == ["2", "3"]  # reopened, it reads the new build


def test_sqlalchemy_url_and_parquet_export(seeds_warehouse, tmp_path):
    import sqlalchemy as sa

    _, _, wh = seeds_warehouse
    engine = sa.create_engine(f"duckdb:///{wh}", connect_args={"read_only": True})
    with engine.connect() as c:
        n = c.execute(sa.text("select count(*) from marts.fct_metrics")).scalar()
    engine.dispose()
    assert n > 0
    out = tmp_path / "parquet"
    assert cli(["export", "--warehouse", str(wh), "--format", "parquet", "--out", str(out)]) == 0
    assert pq.read_table(out / "fct_metrics.parquet").num_rows == n
    assert {p.stem for p in out.glob("*.parquet")} >= {"dim_documents", "fct_tasks", "fct_events", "dim_people"}


def test_dbt_build_alone_from_the_project_folder(seeds_warehouse, tmp_path):
    _, _, wh = seeds_warehouse
    copy = tmp_path / "copy.duckdb"
    shutil.copy(wh, copy)
    env = {**os.environ, "QINGSHAN_WAREHOUSE": str(copy), "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"}
    dbt = os.path.join(os.path.dirname(sys.executable), "dbt")
    proc = subprocess.run([dbt, "build", "--profiles-dir", ".", "--target-path", str(tmp_path / "target")],
                          cwd=DBT_PROJECT_DIR, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-3000:]
    assert "ERROR=0" in proc.stdout
    con = duckdb.connect(str(copy), read_only=True)
    assert con.execute("select count(*) from marts.dim_documents").fetchone()[0] == 5
    con.close()
