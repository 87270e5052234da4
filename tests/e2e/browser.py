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


class Page:
    """A page in headless Chromium driven over the DevTools protocol, for tests that click: evaluate
    JavaScript in it, wait for a condition, take a screenshot. Offline like dump_dom."""

    def __init__(self, profile, window: str = "1400,1000", offline: bool = True):
        import json
        import pathlib
        import time
        import urllib.request

        from websockets.sync.client import connect

        self._json = json
        self.proc = subprocess.Popen(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync",
             "--disable-background-networking", "--disable-component-update", f"--user-data-dir={profile}",
             f"--window-size={window}", "--remote-debugging-port=0", *(OFFLINE if offline else []), "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = pathlib.Path(profile) / "DevToolsActivePort"
        deadline = time.monotonic() + 60
        while not port_file.exists() or not port_file.read_text().strip():
            if time.monotonic() > deadline or self.proc.poll() is not None:
                self.close()
                raise RuntimeError("Chromium did not open its DevTools port")
            time.sleep(0.1)
        port = port_file.read_text().split()[0]
        targets = json.loads(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10).read())
        page = next(t for t in targets if t["type"] == "page")
        self.ws = connect(page["webSocketDebuggerUrl"], max_size=None, open_timeout=30)
        self._id = 0
        self.send("Page.enable")
        self.send("Runtime.enable")

    def send(self, method: str, **params):
        self._id += 1
        self.ws.send(self._json.dumps({"id": self._id, "method": method, "params": params}))
        while True:
            msg = self._json.loads(self.ws.recv(timeout=120))
            if msg.get("id") == self._id:
                if "error" in msg:
                    raise RuntimeError(f"{method}: {msg['error']}")
                return msg.get("result", {})

    def goto(self, url: str):
        self.send("Page.navigate", url=url)
        self.wait("document.readyState === 'complete'")

    def eval(self, expression: str):
        """The value of a JavaScript expression in the page (JSON-serialisable)."""
        r = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in r:
            raise RuntimeError(f"{expression}: {r['exceptionDetails']}")
        return r["result"].get("value")

    def wait(self, expression: str, timeout: float = 30):
        import time

        deadline = time.monotonic() + timeout
        while not self.eval(expression):
            if time.monotonic() > deadline:
                raise TimeoutError(f"waited {timeout} s for {expression}")
            time.sleep(0.1)

    def screenshot(self, path, full: bool = False, max_height: int = 1600):
        """The window as scrolled; full: the page from its top (at most max_height pixels)."""
        import base64
        import pathlib

        params = {"format": "png"}
        if full:
            size = self.send("Page.getLayoutMetrics")["cssContentSize"]
            params.update(captureBeyondViewport=True, clip={"x": 0, "y": 0, "width": size["width"],
                                                            "height": min(size["height"], max_height), "scale": 1})
        data = self.send("Page.captureScreenshot", **params)["data"]
        pathlib.Path(path).write_bytes(base64.b64decode(data))

    def close(self):
        try:
            self.ws.close()
        except Exception:
            pass
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
