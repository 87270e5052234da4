"""Headless Chromium for the browser tests: pages are loaded as a person would see them, with the
network to the outside cut (a proxy at a closed loopback port), so nothing renders from a CDN."""
import shutil
import subprocess

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (make test installs it)")
OFFLINE = ["--proxy-server=http://127.0.0.1:9"]  # loopback bypasses a proxy: local servers still answer


def dump_dom(url: str, profile, budget_ms: int = 5000, offline: bool = True, window: str = "1400,1000") -> str:
    """The DOM after the page's scripts ran for budget_ms of virtual time, in a desktop-sized window
    (Prefect's UI lays out no run list in a small one)."""
    args = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync",
            "--disable-background-networking", "--disable-component-update", f"--user-data-dir={profile}",
            f"--window-size={window}", f"--virtual-time-budget={budget_ms}", *(OFFLINE if offline else []), "--dump-dom", url]
    return subprocess.run(args, capture_output=True, text=True, timeout=180).stdout
