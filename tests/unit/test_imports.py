"""qingshan.imports.deferred: a module imported inside the block runs on first use, and then works
as if imported normally; GX's unused scipy.stats and altair are not run in a validation process."""
import subprocess
import sys
import textwrap

from qingshan.imports import deferred


def _package(tmp_path, monkeypatch):
    pkg = tmp_path / "qs_probe_pkg"
    pkg.mkdir()
    (pkg / "__init__.py").write_text("import builtins\nbuiltins.qs_probe_runs = getattr(builtins, 'qs_probe_runs', 0) + 1\n"
                                     "from . import part\nVALUE = part.HALF * 2\n")
    (pkg / "part.py").write_text("HALF = 21\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "qs_probe_pkg", raising=False)
    monkeypatch.delitem(sys.modules, "qs_probe_pkg.part", raising=False)
    import builtins
    monkeypatch.setattr(builtins, "qs_probe_runs", 0, raising=False)
    return builtins


def test_a_deferred_module_runs_on_first_use_and_only_once(tmp_path, monkeypatch):
    builtins = _package(tmp_path, monkeypatch)
    with deferred("qs_probe_pkg"):
        import qs_probe_pkg
    assert builtins.qs_probe_runs == 0
    assert qs_probe_pkg.VALUE == 42
    assert builtins.qs_probe_runs == 1
    assert qs_probe_pkg.part.HALF == 21 and builtins.qs_probe_runs == 1


def test_outside_the_block_and_for_other_packages_imports_run_at_once(tmp_path, monkeypatch):
    builtins = _package(tmp_path, monkeypatch)
    with deferred("some_other_package"):
        import qs_probe_pkg
    assert builtins.qs_probe_runs == 1 and qs_probe_pkg.VALUE == 42
    assert not any(type(f).__name__ == "_DeferringFinder" for f in sys.meta_path)


def test_gx_in_a_validation_process_leaves_scipy_stats_and_altair_unrun():
    script = textwrap.dedent("""
        import sys
        from qingshan.store.validate import _context
        gx, context = _context(None)
        assert context.data_sources.add_pandas("probe") is not None
        lazy = lambda name: name in sys.modules and type(sys.modules[name]).__name__ == "_LazyModule"
        unrun = lazy("scipy.stats"), lazy("altair")
        assert sys.modules["scipy.stats"].norm.cdf(0) == 0.5  # and there when used
        print("ok", *unrun)
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.split() == ["ok", "True", "True"]
