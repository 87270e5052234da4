"""evidence_checks (qingshan.store.evidence) slices each document's text in Python, a run of documents
at a time; every verdict must be the one the plain SQL comparison with the whole text gives, on the
cases where the two could differ."""
import duckdb
import pytest

from qingshan.store import evidence
from qingshan.store.evidence import register_evidence_checks

PLAIN = """
select f.fact_type, f.document_id, f.seq, f.evidence,
       f.evidence_start >= 0 and f.evidence_end <= length(d.clean_text) and f.evidence_start <= f.evidence_end
           as offsets_inside,
       f.evidence is not distinct from substring(d.clean_text, f.evidence_start + 1, f.evidence_end - f.evidence_start)
           as evidence_matches
from (select 'metric' as fact_type, * from extracted.metrics union all select 'task', * from extracted.tasks
      union all select 'event', * from extracted.events union all select 'person', * from extracted.people) f
join extracted.documents d using (document_id)
"""

# 600 characters of mixed widths
TEXT = ("二〇二三年全市PM2.5平均浓度为32微克/立方米，同比下降5.9%。\n" * 20)[:600]


def _fact(seq: int, start, end, evidence: str | None = "same", document: str = "d1"):
    text = {"d1": TEXT, "short": "空气", "empty": ""}.get(document, "")
    if evidence == "same":
        evidence = text[start:end]
    return document, seq, evidence, start, end


CASES = [
    _fact(1, 0, 10),
    _fact(2, 250, 262),
    _fact(3, 100, 590),
    _fact(4, 256, 256),                   # empty
    _fact(5, 600, 600),                   # empty, at the very end
    _fact(6, 0, 600),                     # the whole text
    _fact(7, 255, 257, "错字"),            # wrong evidence
    _fact(8, 10, 20, None),               # no evidence
    _fact(9, -3, 5, TEXT[:5]),            # starts before the text
    _fact(10, 590, 610, TEXT[590:]),      # ends after the text
    _fact(11, 30, 20, ""),                # start after end
    _fact(12, None, 5, TEXT[:5]),         # no start
    _fact(13, 0, 2, document="short"),
    _fact(14, 0, 0, "", document="empty"),
    _fact(15, 0, 1, "空", document="missing"),  # a fact whose document is not there: no row
]


@pytest.fixture(params=[evidence.RUN_BYTES, 1], ids=["one run", "a run per document"])
def con(request, monkeypatch):
    monkeypatch.setattr(evidence, "RUN_BYTES", request.param)
    con = duckdb.connect()
    con.execute("create schema extracted")
    con.execute("create table extracted.documents (document_id varchar, clean_text varchar)")
    con.executemany("insert into extracted.documents values (?, ?)", [("d1", TEXT), ("short", "空气"), ("empty", "")])
    for table in ("metrics", "tasks", "events", "people"):
        con.execute(f"create table extracted.{table} (document_id varchar, seq integer, evidence varchar, "
                    "evidence_start integer, evidence_end integer)")
        con.executemany(f"insert into extracted.{table} values (?, ?, ?, ?, ?)", CASES)
    register_evidence_checks(con)
    yield con
    con.close()


def test_every_verdict_is_the_plain_comparisons(con):
    table = con.execute("select fact_type, document_id, seq, evidence, offsets_inside, evidence_matches "
                       "from evidence_checks order by all").fetchall()
    # the evidence only of a fact that fails
    assert table == con.execute("select fact_type, document_id, seq, case when offsets_inside and evidence_matches "
                               "then null else evidence end, offsets_inside, evidence_matches "
                               f"from ({PLAIN}) order by all").fetchall()
    assert len(table) == 4 * 14


def test_the_cases_mean_what_they_say(con):
    verdicts = {seq: (inside, matches) for seq, inside, matches in con.execute(
        "select seq, offsets_inside, evidence_matches from evidence_checks where fact_type = 'task'").fetchall()}
    assert all(verdicts[seq] == (True, True) for seq in (1, 2, 3, 4, 5, 6, 13, 14))
    assert verdicts[7] == (True, False) and verdicts[8] == (True, False)
    assert verdicts[9][0] is False and verdicts[10][0] is False and verdicts[11][0] is False
    assert verdicts[12][0] is None


def test_only_the_pending_documents_and_the_types_asked_for(con):
    con.execute("create schema meta")
    con.execute("create table meta.pending_documents as select 'short' as document_id")
    register_evidence_checks(con, ("person", "task"), pending_only=True)
    assert con.execute("select distinct document_id from evidence_checks").fetchall() == [("short",)]
    assert con.execute("select fact_type from evidence_checks order by all").fetchall() == [("person",), ("task",)]
