"""The report's Vega libraries: bundled by vl-convert once, then read from qingshan's cache folder."""
import vl_convert

from qingshan.store import report_charts


def test_the_vega_bundle_is_made_once_per_version_and_kept(tmp_path, monkeypatch):
    monkeypatch.setenv("QINGSHAN_CACHE", str(tmp_path / "cache"))
    calls = []
    bundle = vl_convert.javascript_bundle

    def counted():
        calls.append(1)
        return bundle()

    monkeypatch.setattr(report_charts.vl_convert, "javascript_bundle", counted)
    report_charts.vega_javascript.cache_clear()  # as in a new process
    first = report_charts.vega_javascript()
    assert calls == [1] and "vegaEmbed" in first and "vegaLite" in first
    assert [p.name for p in (tmp_path / "cache").iterdir()] == [f"vega-bundle-{vl_convert.__version__}.js"]

    report_charts.vega_javascript.cache_clear()
    assert report_charts.vega_javascript() == first and calls == [1]  # read back, not bundled again

    (tmp_path / "not a folder").write_text("")
    monkeypatch.setenv("QINGSHAN_CACHE", str(tmp_path / "not a folder"))
    report_charts.vega_javascript.cache_clear()
    assert report_charts.vega_javascript() == first and calls == [1, 1]  # nowhere to keep it: bundled
    report_charts.vega_javascript.cache_clear()
