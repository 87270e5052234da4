"""The development pages from across the country (../shared/dev/docs) through the real flow: ordinary
pages publish, and the marts hold what analysts rely on — a responsible unit is an organisation or
nothing, never a fragment of a sentence."""
import pathlib
import shutil

import duckdb
import pytest

from qingshan.dictionaries import load
from qingshan.extract.tasks import is_org_shaped
from qingshan.paths import PROJECT_ROOT

DEV_DOCS = PROJECT_ROOT.parent / "shared" / "dev" / "docs"


@pytest.fixture(scope="module")
def dev_warehouse(tmp_path_factory, run_flow):
    if not DEV_DOCS.is_dir():
        pytest.skip(f"no development pages at {DEV_DOCS}")
    out = tmp_path_factory.mktemp("dev_run")
    shutil.copytree(DEV_DOCS, out / "input")
    warehouse = out / "wh" / "dev.duckdb"
    return run_flow(out / "input", warehouse), warehouse


def test_ordinary_pages_publish(dev_warehouse):
    summary, warehouse = dev_warehouse
    assert summary.success and summary.published, summary.failures
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        assert con.execute("select count(*) from marts.dim_documents").fetchone()[0] == len(list(DEV_DOCS.glob("*.txt")))
    finally:
        con.close()


def _responsible(warehouse: pathlib.Path) -> list[str]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return [r[0] for r in con.execute("select responsible from marts.fct_tasks where responsible is not null").fetchall()]
    finally:
        con.close()


def test_responsible_is_an_organisation_or_null(dev_warehouse, seeds_warehouse):
    dicts = load()
    for warehouse in (dev_warehouse[1], seeds_warehouse[2]):
        values = _responsible(warehouse if warehouse.exists() else warehouse.with_name(warehouse.stem + ".failed.duckdb"))
        bad = [v for v in values if not is_org_shaped(dicts, v)]
        assert not bad, (warehouse.name, bad)
    assert _responsible(dev_warehouse[1] if dev_warehouse[1].exists() else
                        dev_warehouse[1].with_name("dev.failed.duckdb")), "no responsible unit found on any dev page"
