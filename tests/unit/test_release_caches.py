"""release_caches: the flow extracts batches itself, then frees the dictionaries, the segmenter and
the compiled rules for dbt and the report. Checked in a fresh interpreter, as other tests in this
process hold dictionaries of their own."""
import subprocess
import sys
import textwrap

from qingshan.paths import SAMPLE_INPUT_DIR


def test_release_caches_frees_every_dictionary_and_extraction_still_works():
    page = sorted(SAMPLE_INPUT_DIR.glob("*.txt"))[0]
    script = textwrap.dedent(f"""
        import gc, pathlib
        from qingshan.dictionaries import Dictionaries
        from qingshan.extract.document import extract_document, release_caches
        from qingshan.text.segment import Segmenter

        def alive():
            gc.collect()
            return sum(isinstance(o, (Dictionaries, Segmenter)) for o in gc.get_objects())

        text = pathlib.Path({str(page)!r}).read_text(encoding="utf-8")
        strip = lambda rows: {{t: [{{k: v for k, v in r.items() if k != "extracted_at"}} for r in rs]
                               for t, rs in rows.items()}}
        first = strip(extract_document("d", text))
        assert alive() >= 2, alive()
        release_caches()
        assert alive() == 0, alive()
        assert strip(extract_document("d", text)) == first  # built again on demand
        print("ok", len(first["sentences"]))
    """)
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.startswith("ok ") and int(out.stdout.split()[1]) > 0
