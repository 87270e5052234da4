"""The engineering views work as printed, offline: GX Data Docs render from the file system with no
network, and the SQL shell the run summary suggests runs as printed."""
import re
import shlex
import subprocess

from browser import dump_dom, needs_chromium
from qingshan.cli import print_summary, suggested_query


@needs_chromium
def test_data_docs_render_offline(seeds_warehouse, tmp_path):
    summary, _, warehouse = seeds_warehouse
    index = warehouse.with_name(warehouse.stem + "_data_docs") / "index.html"
    assert summary.data_docs == str(index)
    source = index.read_text(encoding="utf-8")
    assert not re.findall(r'<(?:script|link)[^>]+(?:src|href)="https?://', source), "a page asset still loads from the web"
    dom = dump_dom(index.as_uri(), tmp_path / "profile")
    # bootstrap-table adds these classes when its script ran: the validation list is rendered
    assert "bootstrap-table bootstrap4" in dom
    rows = re.findall(r'<tr[^>]*data-index="\d+"', dom)
    assert len(rows) >= 7, f"{len(rows)} validation rows rendered"
    assert "__none__" not in dom, "validation runs have no run name"


def test_summary_suggests_a_query_that_runs(seeds_warehouse, capsys):
    summary, _, warehouse = seeds_warehouse
    print_summary(summary)
    printed = capsys.readouterr().out
    command = suggested_query(str(warehouse))
    assert f"try: {command}" in printed
    done = subprocess.run(shlex.split(command), capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "pm25_concentration" in done.stdout and "微克/立方米" in done.stdout
