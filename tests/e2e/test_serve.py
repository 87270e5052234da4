"""`qingshan serve` on a real Prefect server: the cron schedule fires and the run lands in the warehouse."""
import os
import shutil
import signal
import subprocess
import sys
import time

import duckdb

from qingshan.paths import SAMPLE_INPUT_DIR
from qingshan.serve import start_local_server


def test_scheduled_run_fires_and_lands(tmp_path, monkeypatch):
    home = tmp_path / "prefect_home"
    env = {**os.environ, "PREFECT_HOME": str(home), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "5", "PREFECT_RUNNER_POLL_FREQUENCY": "5",
           "DO_NOT_TRACK": "1"}
    for k in ("PREFECT_API_URL", "PREFECT_SERVER_ALLOW_EPHEMERAL_MODE"):
        env.pop(k, None)
    for k, v in env.items():
        monkeypatch.setenv(k, v)
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    server, url = start_local_server()
    inp = tmp_path / "in"
    shutil.copytree(SAMPLE_INPUT_DIR, inp)
    wh = tmp_path / "wh" / "q.duckdb"
    exe = os.path.join(os.path.dirname(sys.executable), "qingshan")
    served = subprocess.Popen([exe, "serve", "--cron", "* * * * *", "--input", str(inp), "--warehouse", str(wh),
                               "--runner", "thread"], env={**env, "PREFECT_API_URL": url},
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        deadline = time.monotonic() + 300  # the next minute, the scheduler loop, the runner's poll, the run
        while time.monotonic() < deadline and not wh.exists():
            time.sleep(2)
        assert wh.exists(), "no scheduled run landed in the warehouse"
        con = duckdb.connect(str(wh), read_only=True)
        assert con.execute("select count(*) from marts.dim_documents").fetchone()[0] == 5
        con.close()
    finally:
        os.killpg(served.pid, signal.SIGTERM)
        try:
            out, _ = served.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(served.pid, signal.SIGKILL)
            out, _ = served.communicate()
        server.terminate()
        server.wait(timeout=60)
    assert f"using the Prefect server at {url}" in out
