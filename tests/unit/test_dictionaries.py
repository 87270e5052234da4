"""The dictionaries under dbt_project/seeds load as dbt seeds: one field per column on every row."""
import csv

from qingshan.paths import DICTIONARY_DIR


def test_every_dictionary_row_has_its_headers_fields():
    # dbt reads each CSV as a table: a note holding a comma must be quoted, or the seed (and the build) fails
    bad = []
    for path in sorted(DICTIONARY_DIR.glob("*.csv")):
        with open(path, encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        bad += [f"{path.name}:{k + 1}" for k, r in enumerate(rows) if r and len(r) != len(rows[0])]
    assert bad == []
