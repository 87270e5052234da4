"""`qingshan serve`: the pipeline flow as a Prefect deployment with a cron schedule.

Schedules need a real Prefect API: the temporary in-process one of `qingshan run` never fires them.
`serve` uses the server named by PREFECT_API_URL, or starts a local `prefect server start` and says so.
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_healthy(api_url: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(api_url.rstrip("/") + "/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise TimeoutError(f"the Prefect server at {api_url} did not answer within {timeout:.0f} s")


def start_local_server(port: int | None = None) -> tuple[subprocess.Popen, str]:
    """`prefect server start` on loopback; returns the process and its API URL. The UI learns where
    the API is from the server's `/ui-settings`, which names port 4200 unless told otherwise: the
    server is told its own address (PREFECT_SERVER_UI_API_URL), so the UI shows this server's runs."""
    port = port or _free_port()
    url = f"http://127.0.0.1:{port}/api"
    prefect = os.path.join(os.path.dirname(sys.executable), "prefect")
    proc = subprocess.Popen([prefect, "server", "start", "--host", "127.0.0.1", "--port", str(port), "--analytics-off"],
                            env={**os.environ, "PREFECT_SERVER_UI_API_URL": url},
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wait_healthy(url)
    return proc, url


def serve(input_dir: str, warehouse: str, cron: str, name: str = "qingshan", runner: str = "process") -> None:
    server = None
    if os.environ.get("PREFECT_API_URL"):
        print(f"qingshan serve: using the Prefect server at {os.environ['PREFECT_API_URL']}", flush=True)
    else:
        server, url = start_local_server()
        os.environ["PREFECT_API_URL"] = url
        print(f"qingshan serve: started a local Prefect server; UI at {url[:-4]} (stops with this process)", flush=True)
    try:
        from flows.pipeline import pipeline

        print(f"qingshan serve: deployment pipeline/{name} on cron '{cron}': {input_dir} -> {warehouse}", flush=True)
        pipeline.serve(
            name=name, cron=cron, parameters={"input_dir": input_dir, "warehouse": warehouse, "runner": runner},
            description="qingshan: text files into the DuckDB warehouse, validated", print_starting_message=False)
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
