"""`qingshan serve` as a user runs it: it starts its own Prefect server, the cron schedule fires, the
run lands in the warehouse, the UI at the printed address lists the run (its API address is this
server's, not port 4200), and the README's commands to list and trigger runs work."""
import os
import re
import shutil
import signal
import subprocess
import sys
import time

import duckdb

from browser import CHROMIUM, dump_dom
from qingshan.paths import SAMPLE_INPUT_DIR

BIN = os.path.dirname(sys.executable)


def test_scheduled_run_fires_lands_and_shows_in_the_ui(tmp_path):
    env = {**os.environ, "PREFECT_HOME": str(tmp_path / "prefect_home"), "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
           "PREFECT_SERVER_SERVICES_SCHEDULER_LOOP_SECONDS": "5", "PREFECT_RUNNER_POLL_FREQUENCY": "5",
           "DO_NOT_TRACK": "1"}
    for k in ("PREFECT_API_URL", "PREFECT_SERVER_ALLOW_EPHEMERAL_MODE"):
        env.pop(k, None)
    inp = tmp_path / "in"
    shutil.copytree(SAMPLE_INPUT_DIR, inp)
    wh = tmp_path / "wh" / "q.duckdb"
    log = tmp_path / "serve.log"
    with open(log, "w") as out:
        served = subprocess.Popen([os.path.join(BIN, "qingshan"), "serve", "--cron", "* * * * *", "--input", str(inp),
                                   "--warehouse", str(wh), "--runner", "thread"], env=env,
                                  stdout=out, stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        deadline = time.monotonic() + 300  # the server, the next minute, the scheduler loop, the runner's poll, the run
        while time.monotonic() < deadline and not (wh.exists() and wh.with_name("q_report.html").exists()):
            time.sleep(2)
        printed = log.read_text()
        assert wh.exists(), f"no scheduled run landed in the warehouse:\n{printed}"
        con = duckdb.connect(str(wh), read_only=True)
        assert con.execute("select count(*) from marts.dim_documents").fetchone()[0] == 5
        con.close()
        ui = re.search(r"UI at (http://127\.0\.0\.1:\d+)", printed).group(1)
        api = ui + "/api"

        listed = subprocess.run([os.path.join(BIN, "qingshan"), "runs", "--api", api], env=env,
                                capture_output=True, text=True, timeout=60)
        assert listed.returncode == 0, listed.stderr
        completed = re.findall(r"^(\S+)\s+Completed\s.*\s(\S+)$", listed.stdout, flags=re.M)
        assert completed, listed.stdout

        triggered = subprocess.run([os.path.join(BIN, "prefect"), "deployment", "run", "pipeline/qingshan"],
                                   env={**env, "PREFECT_API_URL": api}, capture_output=True, text=True, timeout=60)
        assert triggered.returncode == 0 and "Created flow run" in triggered.stdout, triggered.stdout + triggered.stderr

        if CHROMIUM:
            name, run_id = completed[-1]
            dom = dump_dom(f"{ui}/runs/flow-run/{run_id}", tmp_path / "profile", budget_ms=20000)
            assert "Can't connect to Server API" not in dom
            assert name in dom and "Completed" in dom, f"the UI does not show run {name}"
    finally:
        os.killpg(served.pid, signal.SIGTERM)
        try:
            served.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(served.pid, signal.SIGKILL)
            served.wait()
