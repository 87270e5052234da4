"""The real flow on seeds/ into a temporary warehouse: contract tables, one row per page, idempotence."""
import duckdb

from contract import CONTRACT


TYPES = {("dim_documents", "published_date"): "DATE", ("dim_documents", "article_count"): "INTEGER",
         ("dim_documents", "noise"): "VARCHAR[]", ("fct_metrics", "value"): "DOUBLE",
         ("fct_metrics", "period_start"): "DATE", ("fct_metrics", "period_end"): "DATE",
         ("fct_tasks", "deadline"): "DATE", ("fct_events", "event_date"): "DATE"}


def _counts(warehouse):
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return {t: con.execute(f"select count(*) from marts.{t}").fetchone()[0] for t in CONTRACT}
    finally:
        con.close()


def test_run_succeeds_and_publishes(seeds_warehouse):
    summary, _, warehouse = seeds_warehouse
    assert summary.success, summary.failures
    assert summary.published and warehouse.exists()
    assert summary.ingested == 5 and summary.rejected == 0
    assert summary.dbt_failed == 0 and summary.checks_failed == 0 and summary.checks_passed > 0


def test_every_contract_table_has_its_columns(seeds_warehouse):
    _, _, warehouse = seeds_warehouse
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        for table, columns in CONTRACT.items():
            got = dict(con.execute(
                "select column_name, data_type from information_schema.columns "
                "where table_schema = 'marts' and table_name = ?", [table]).fetchall())
            missing = [c for c in columns if c not in got]
            assert not missing, f"marts.{table} lacks {missing}"
        for (table, column), dtype in TYPES.items():
            got = con.execute("select data_type from information_schema.columns where table_schema = 'marts' "
                              "and table_name = ? and column_name = ?", [table, column]).fetchone()[0]
            assert got == dtype, f"marts.{table}.{column} is {got}, expected {dtype}"
    finally:
        con.close()


def test_one_document_row_per_sample_page_and_facts_found(seeds_warehouse):
    _, input_dir, warehouse = seeds_warehouse
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        paths = sorted(r[0] for r in con.execute("select source_path from marts.dim_documents").fetchall())
        assert paths == sorted(p.name for p in input_dir.glob("*.txt"))
        # every sample page yields facts, and every fact points at its evidence
        per_doc = dict(con.execute("select source_path, count(m.metric_id) from marts.dim_documents d "
                                   "left join marts.fct_metrics m using (document_id) group by 1").fetchall())
        assert all(n > 0 for n in per_doc.values()), per_doc
        bad = con.execute("""select count(*) from marts.fct_metrics m join marts.dim_documents d using (document_id)
                             where m.evidence <> substring(d.clean_text, m.evidence_start + 1,
                                                           m.evidence_end - m.evidence_start)""").fetchone()[0]
        assert bad == 0
        assert con.execute("select count(*) from marts.fct_metrics where indicator = 'pm25_concentration' "
                           "and value = 42 and unit = '微克/立方米'").fetchone()[0] == 1
    finally:
        con.close()


def test_second_run_changes_nothing(seeds_warehouse, run_flow):
    _, input_dir, warehouse = seeds_warehouse
    before = _counts(warehouse)
    summary = run_flow(input_dir, warehouse)
    assert summary.success
    assert summary.ingested == 0 and summary.unchanged == 5 and summary.extracted == 0
    assert _counts(warehouse) == before
