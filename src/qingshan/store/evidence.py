"""The provenance of every fact, checked: its offsets lie inside its document's clean text and its
evidence equals that slice. The suites rows_evidence.json (metrics, tasks, events; a row check) and
extracted_offsets.json (people; a build check) read the temporary table `evidence_checks` this module
writes into the validation's connection.

Why Python and not one SQL join: DuckDB's length() and substring() count characters from a string's
start (UTF-8 has no index), so comparing each fact with its whole document costs the document's
length per fact: 9.7 s for the 755k facts of 100 MB, and quadratic in one document's length (225 s
for the 48k facts of one document of 4M characters). Cutting the texts into pieces in SQL instead
held each fact's piece in the join and ran out of the validation's 300 MB on 100 MB. Here
documents are read a run at a time (at most RUN_BYTES of text) with their facts, and a Python
string is sliced in constant time.

A fact whose offsets are not inside its text (a failure anyway, and rare) is compared in SQL with
the whole text, so its verdict is exactly the one DuckDB's substring() gives for such offsets.
"""
from __future__ import annotations

import duckdb

from . import warehouse as wh

RUN_BYTES = 16 * 2**20  # bytes of clean text read at once (with their documents' facts)

FACT_TABLES = {"metric": "extracted.metrics", "task": "extracted.tasks", "event": "extracted.events",
               "person": "extracted.people"}


def _facts(fact_types: tuple[str, ...]) -> str:
    return " union all ".join(f"select '{t}' as fact_type, document_id, seq, evidence, evidence_start, evidence_end "
                              f"from {FACT_TABLES[t]}" for t in fact_types)


def _all(*values: bool | None) -> bool | None:
    """SQL's AND: false if any is false, else null if any is null, else true."""
    if any(v is False for v in values):
        return False
    return None if any(v is None for v in values) else True


def _compare(v, w) -> bool | None:
    return None if v is None or w is None else v <= w


def _checked(texts: dict[str, str | None], facts) -> dict[str, list]:
    """The columns of evidence_checks for `facts` (an Arrow table of _facts' columns; each fact's
    document has its text in `texts`): the evidence of a fact that fails (what the failure shows;
    every fact's would hold the corpus's evidence), and the two verdicts."""
    out: dict[str, list] = {"evidence": [], "offsets_inside": [], "evidence_matches": []}
    for doc_id, evidence, start, end in zip(*(facts.column(c).to_pylist() for c in
                                              ("document_id", "evidence", "evidence_start", "evidence_end"))):
        text = texts[doc_id]
        length = None if text is None else len(text)
        if start is not None and end is not None and length is not None:
            inside = 0 <= start <= end <= length
        else:
            inside = _all(_compare(0, start), _compare(end, length), _compare(start, end))
        matches = evidence == text[start:end] if inside else None  # not inside: in SQL, below
        out["evidence"].append(None if matches else evidence)
        out["offsets_inside"].append(inside)
        out["evidence_matches"].append(matches)
    return out


def register_evidence_checks(con: duckdb.DuckDBPyConnection, fact_types: tuple[str, ...] = tuple(FACT_TABLES),
                             pending_only: bool = False) -> None:
    """The temporary table evidence_checks (fact_type, document_id, seq, evidence if the fact fails,
    evidence_start, evidence_end, offsets_inside, evidence_matches) for every fact of those types of a
    document in extracted.documents (with pending_only, of the documents in meta.pending_documents)."""
    import pyarrow as pa

    con.execute("create or replace temp table evidence_checks (fact_type varchar, document_id varchar, seq integer, "
                "evidence varchar, evidence_start integer, evidence_end integer, offsets_inside boolean, "
                "evidence_matches boolean)")
    scope = "where document_id in (select document_id from meta.pending_documents)" if pending_only else ""
    sizes = con.execute("select document_id, coalesce(strlen(clean_text), 0) from extracted.documents "
                        f"{scope} order by document_id").fetchall()
    for run in wh.runs_by_size(sizes, RUN_BYTES):
        texts = dict(con.execute("select document_id, clean_text from extracted.documents "
                                 "where document_id in (select unnest($1::varchar[]))", [run]).fetchall())
        facts = con.sql(f"select * from ({_facts(fact_types)}) where document_id in (select unnest($1::varchar[]))",
                        params=[run]).to_arrow_table()
        if not len(facts):
            continue
        columns = _checked(texts, facts)
        checked = facts.set_column(facts.schema.get_field_index("evidence"), "evidence",
                                   pa.array(columns["evidence"], pa.string()))
        checked = checked.append_column("offsets_inside", pa.array(columns["offsets_inside"], pa.bool_()))
        checked = checked.append_column("evidence_matches", pa.array(columns["evidence_matches"], pa.bool_()))
        con.register("qs_evidence_run", checked)
        try:
            con.execute("insert into evidence_checks select fact_type, document_id, seq, evidence, evidence_start, "
                        "evidence_end, offsets_inside, evidence_matches from qs_evidence_run")
        finally:
            con.unregister("qs_evidence_run")
    # offsets not inside the text: the verdict DuckDB's substring() gives, on these facts' documents only
    con.execute("""update evidence_checks c
                   set evidence_matches = c.evidence is not distinct from
                       substring(d.clean_text, c.evidence_start + 1, c.evidence_end - c.evidence_start)
                   from (select document_id, clean_text from extracted.documents where document_id in
                         (select document_id from evidence_checks where offsets_inside is not true)) d
                   where c.document_id = d.document_id and c.offsets_inside is not true""")
