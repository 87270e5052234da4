"""warehouse.rows_to_arrow: rows become the Arrow table pyarrow's own conversion gives, for every
column type the warehouse uses, without importing pandas."""
import datetime as dt
import math
import os
import subprocess
import sys
import textwrap

import pyarrow as pa

from qingshan.store.warehouse import _ARROW, rows_to_arrow

SCHEMA = pa.schema([(t.lower().replace("[]", "_list"), a) for t, a in _ARROW.items()])
ROWS = [
    {"varchar": '一行\n"引号" \\ 和\t制表', "date": dt.date(2022, 12, 31), "integer": -2**31, "bigint": 2**40,
     "double": 0.1, "timestamp": dt.datetime(2024, 1, 2, 3, 4, 5, 123456), "boolean": True,
     "varchar_list": ["甲", "", "乙"]},
    {"varchar": "", "date": dt.date(1, 1, 1), "integer": 0, "double": math.inf, "timestamp": dt.datetime(1970, 1, 1),
     "boolean": False, "varchar_list": [], "not_a_column": 1},
    {},
]


def test_rows_become_the_table_pyarrow_would_build():
    got = rows_to_arrow(ROWS, SCHEMA).combine_chunks()
    expected = pa.Table.from_pylist(ROWS, schema=SCHEMA)
    assert got.schema == SCHEMA
    assert got.equals(expected), (got.to_pylist(), expected.to_pylist())


def test_nan_and_no_rows():
    assert math.isnan(rows_to_arrow([{"double": math.nan}], SCHEMA).column("double")[0].as_py())
    empty = rows_to_arrow([], SCHEMA)
    assert empty.num_rows == 0 and empty.schema == SCHEMA


def test_converting_rows_does_not_import_pandas():
    script = textwrap.dedent("""
        import sys
        from qingshan.store.warehouse import arrow_table, id_table
        from qingshan.extract.records import TABLES
        for table in TABLES:
            arrow_table(table, [{"document_id": "d", "seq": 1}])
            arrow_table(table, [])
        assert id_table(["a", "b"]).num_rows == 2
        print("pandas" in sys.modules)
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip() == "False"


def test_arrow_uses_the_system_allocator_unless_the_user_chose_one():
    script = "import qingshan.store.warehouse, pyarrow as pa; print(pa.default_memory_pool().backend_name)"
    env = {k: v for k, v in os.environ.items() if k != "ARROW_DEFAULT_MEMORY_POOL"}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env)
    assert out.stdout.strip() == "system", out.stderr[-2000:]
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                         env={**env, "ARROW_DEFAULT_MEMORY_POOL": "mimalloc"})
    assert out.stdout.strip() == "mimalloc", out.stderr[-2000:]
