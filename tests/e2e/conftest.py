import pathlib
import shutil

import pytest

from qingshan.paths import SAMPLE_INPUT_DIR


@pytest.fixture(scope="session", autouse=True)
def prefect_api():
    """One temporary Prefect API for every flow run of the session (starting one costs ~10 s)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture(scope="session")
def seeds_warehouse(tmp_path_factory):
    """The whole flow run once on seeds/ into a temporary warehouse."""
    from flows.pipeline import pipeline

    out = tmp_path_factory.mktemp("seeds_run")
    input_dir = out / "input"
    shutil.copytree(SAMPLE_INPUT_DIR, input_dir)
    warehouse = out / "wh" / "qingshan.duckdb"
    summary = pipeline(input_dir=str(input_dir), warehouse=str(warehouse))
    return summary, input_dir, warehouse


@pytest.fixture(scope="session")
def run_flow():
    """Run the real `pipeline` flow: run_flow(input_dir, warehouse) -> RunSummary."""
    from flows.pipeline import pipeline

    def run(input_dir: pathlib.Path, warehouse: pathlib.Path):
        return pipeline(input_dir=str(input_dir), warehouse=str(warehouse))

    return run
