"""The review report rendered in headless Chromium: every fact of a document highlighted at its
offsets, and charts drawn. Skips where Chromium is not installed (.ci/run installs it)."""
import html.parser
import re
import shutil
import subprocess
import urllib.parse

import duckdb
import pytest

from qingshan.store.report import write_report

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--virtual-time-budget=5000"]


def _chromium(args, profile):
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
                          capture_output=True, text=True, timeout=180)


class _Marks(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.in_text = 0
        self.facts = []
        self.svg_shapes = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if a.get("id") == "doc-text":
            self.in_text = 1
        elif self.in_text and tag == "div":
            self.in_text += 1
        if self.in_text and tag == "mark" and "data-fact-id" in a:
            self.facts.append(a["data-fact-id"])
        if tag == "g" and "mark-" in a.get("class", ""):
            self.svg_shapes += 1  # a Vega mark group (line, symbol, rect) drawn in a chart

    def handle_endtag(self, tag):
        if self.in_text and tag == "div":
            self.in_text -= 1


def test_report_highlights_every_fact_and_draws_charts(seeds_warehouse, tmp_path):
    _, _, wh = seeds_warehouse
    out = write_report(wh, tmp_path / "report.html")
    assert out.stat().st_size < 2_500_000  # ~0.9 MB of it the Vega libraries
    con = duckdb.connect(str(wh), read_only=True)
    doc_id, = con.execute("select document_id from marts.dim_documents where source_path like '004%'").fetchone()
    expected = con.execute(
        """select (select count(*) from marts.fct_metrics where document_id = $1)
                + (select count(*) from marts.fct_tasks where document_id = $1)
                + (select count(*) from marts.fct_events where document_id = $1)
                + (select count(*) from marts.fct_person_roles where document_id = $1 and evidence_start is not null)""",
        [doc_id]).fetchone()[0]
    con.close()
    url = out.as_uri() + "#tab=charts&doc=" + urllib.parse.quote(doc_id)
    dom = _chromium(["--dump-dom", url], tmp_path / "profile")
    assert dom.returncode == 0, dom.stderr[-2000:]
    parser = _Marks()
    parser.feed(dom.stdout)
    assert expected > 40
    assert len(parser.facts) == expected  # one highlight per fact row of the document
    assert re.search(r'id="fact-count" data-count="%d"' % expected, dom.stdout)
    assert parser.svg_shapes > 0  # the charts rendered shapes
    shot = tmp_path / "report.png"
    _chromium([f"--screenshot={shot}", "--window-size=1400,1000", url], tmp_path / "profile2")
    assert shot.exists() and shot.stat().st_size > 10_000
