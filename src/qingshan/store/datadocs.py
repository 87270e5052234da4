"""Great Expectations Data Docs that render offline.

GX's Data Docs pages load Bootstrap, jQuery, bootstrap-table, Font Awesome and Vega from CDNs: on a
machine without internet they are blank. The same files are published on the npm registry, so setup
(`make setup`, which runs `python -m qingshan.store.datadocs --vendor`) fetches them once with
`npm pack` into the virtualenv, and `localise` copies them next to a built site and points every page
at the local copy.

`ASSETS` is the one list: the CDN address GX writes, the npm package that holds the same file, and
the file's path inside that package.
"""
from __future__ import annotations

import glob
import logging
import pathlib
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile

log = logging.getLogger(__name__)

# (regex matching the CDN URL in GX's pages, npm spec, path inside the package, extra folders to copy)
ASSETS: list[tuple[str, str, str, tuple[str, ...]]] = [
    (r"https://code\.jquery\.com/jquery-3\.7\.1\.min\.js", "jquery@3.7.1", "dist/jquery.min.js", ()),
    (r"https://[a-z]+\.bootstrapcdn\.com/bootstrap/4\.3\.1/css/bootstrap\.min\.css", "bootstrap@4.3.1",
     "dist/css/bootstrap.min.css", ()),
    (r"https://[a-z]+\.bootstrapcdn\.com/bootstrap/4\.3\.1/js/bootstrap\.min\.js", "bootstrap@4.3.1",
     "dist/js/bootstrap.min.js", ()),
    (r"https://cdnjs\.cloudflare\.com/ajax/libs/popper\.js/1\.12\.9/umd/popper\.min\.js", "popper.js@1.12.9",
     "dist/umd/popper.min.js", ()),
    (r"https://unpkg\.com/bootstrap-table@1\.19\.1/dist/bootstrap-table\.min\.css", "bootstrap-table@1.19.1",
     "dist/bootstrap-table.min.css", ()),
    (r"https://unpkg\.com/bootstrap-table@1\.19\.1/dist/bootstrap-table\.min\.js", "bootstrap-table@1.19.1",
     "dist/bootstrap-table.min.js", ()),
    (r"https://unpkg\.com/bootstrap-table@1\.19\.[01]/dist/extensions/filter-control/"
     r"bootstrap-table-filter-control(\.min)?\.css", "bootstrap-table@1.19.1",
     "dist/extensions/filter-control/bootstrap-table-filter-control.min.css", ()),
    (r"https://unpkg\.com/bootstrap-table@1\.19\.1/dist/extensions/filter-control/"
     r"bootstrap-table-filter-control\.min\.js", "bootstrap-table@1.19.1",
     "dist/extensions/filter-control/bootstrap-table-filter-control.min.js", ()),
    (r"https://cdnjs\.cloudflare\.com/ajax/libs/bootstrap-datepicker/1\.9\.0/css/bootstrap-datepicker\.min\.css",
     "bootstrap-datepicker@1.9.0", "dist/css/bootstrap-datepicker.min.css", ()),
    (r"https://cdnjs\.cloudflare\.com/ajax/libs/bootstrap-datepicker/1\.9\.0/js/bootstrap-datepicker\.min\.js",
     "bootstrap-datepicker@1.9.0", "dist/js/bootstrap-datepicker.min.js", ()),
    (r"https://cdnjs\.cloudflare\.com/ajax/libs/font-awesome/6\.6\.0/css/all\.min\.css",
     "@fortawesome/fontawesome-free@6.6.0", "css/all.min.css", ("webfonts",)),
    (r"https://cdn\.jsdelivr\.net/npm/@forevolve/bootstrap-dark@1\.1\.0/dist/css/bootstrap-prefers-dark\.css",
     "@forevolve/bootstrap-dark@1.1.0", "dist/css/bootstrap-prefers-dark.css", ()),
    (r"https://cdn\.jsdelivr\.net/npm/vega@5(?=\")", "vega@5", "build/vega.min.js", ()),
    (r"https://cdn\.jsdelivr\.net/npm/vega-lite@5(?=\")", "vega-lite@5", "build/vega-lite.min.js", ()),
    (r"https://cdn\.jsdelivr\.net/npm/vega-embed@6(?=\")", "vega-embed@6", "build/vega-embed.min.js", ()),
]
VENDOR_DIR = pathlib.Path(sys.prefix) / "share" / "qingshan" / "datadocs-vendor"
# GX's logo comes from a web server too; offline it is replaced by the project's name
_LOGO = re.compile(r'<img[^>]+src="https://great-expectations-web-assets[^"]*"[^>]*>')


def _package_dir(spec: str) -> str:
    """`@fortawesome/fontawesome-free@6.6.0` -> `fontawesome-free`: the folder a package unpacks to."""
    return spec.rsplit("@", 1)[0].split("/")[-1]


def vendor(target: pathlib.Path = VENDOR_DIR) -> pathlib.Path:
    """Fetch each package of ASSETS once from the npm registry (`npm pack`, no dependency tree) and
    unpack the files GX's pages use into target. Safe to run again: present packages are skipped."""
    npm = shutil.which("npm")
    if npm is None:
        raise RuntimeError("npm is not installed: the Data Docs will need the internet to render")
    target.mkdir(parents=True, exist_ok=True)
    for spec in sorted({a[1] for a in ASSETS}):
        dest = target / _package_dir(spec)
        if dest.is_dir():
            continue
        wanted = [a for a in ASSETS if a[1] == spec]
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([npm, "pack", "--silent", spec], cwd=tmp, check=True, stdout=subprocess.DEVNULL)
            tgz = next(pathlib.Path(tmp).glob("*.tgz"))
            with tarfile.open(tgz) as tar:
                members = [m for m in tar.getmembers() if m.isfile() and any(
                    m.name == f"package/{path}" or any(m.name.startswith(f"package/{d}/") for d in extra)
                    for _, _, path, extra in wanted)]
                tar.extractall(tmp, members=members, filter="data")
            shutil.move(str(pathlib.Path(tmp) / "package"), dest)
    return target


def localise(site: pathlib.Path, vendor_dir: pathlib.Path = VENDOR_DIR) -> bool:
    """Point every page of a built Data Docs site at local copies of its scripts and styles (copied to
    `static/vendor/` inside the site). Returns False, leaving the pages as GX wrote them, when the
    vendored files are missing (setup did not run `--vendor`)."""
    if not all((vendor_dir / _package_dir(spec) / path).is_file() for _, spec, path, _ in ASSETS):
        log.warning("Data Docs keep their CDN links: %s lacks the vendored assets (run "
                    "`python -m qingshan.store.datadocs --vendor`)", vendor_dir)
        return False
    local = site / "static" / "vendor"
    shutil.copytree(vendor_dir, local, dirs_exist_ok=True)
    for page in site.rglob("*.html"):
        depth = len(page.relative_to(site).parts) - 1
        prefix = "../" * depth + "static/vendor/"
        html = page.read_text(encoding="utf-8")
        for pattern, spec, path, _ in ASSETS:
            html = re.sub(pattern, prefix + _package_dir(spec) + "/" + path, html)
        html = _LOGO.sub("<strong>qingshan · Data Docs</strong>", html)
        page.write_text(html, encoding="utf-8")
    return True


def validation_page(site: pathlib.Path, suite: str, run_name: str | None = None) -> str | None:
    """The newest validation page of a suite (`marts.fct_metrics`) in a built site, relative to it;
    with run_name, of that run (a suite read in parts has a run per part)."""
    runs = glob.escape(run_name) if run_name else "*"
    pages = sorted((site / "validations").joinpath(*suite.split(".")).glob(f"{runs}/*/*.html"),
                   key=lambda p: p.parent.name)
    return pages[-1].relative_to(site).as_posix() if pages else None


if __name__ == "__main__":
    if sys.argv[1:] == ["--vendor"]:
        print(f"Data Docs assets in {vendor()}")
    else:
        sys.exit("usage: python -m qingshan.store.datadocs --vendor")
