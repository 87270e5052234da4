"""The analyst marts built by the real flow on seeds/ plus a small corpus written here: a city's
plan (two targets from one sentence, a floor to hold), its results reported by one site and reposted
by another, and a later report that contradicts them. Checks that a reposted figure is one
consolidated row stated by two documents, the contradiction is flagged with both values, the two
targets are a binding and a stretch target, and the plan's tasks are met or missed from the later
actual figures. One flow run (~40 s)."""
from __future__ import annotations

import datetime as dt
import shutil

import duckdb
import pytest

from qingshan.paths import SAMPLE_INPUT_DIR

PLAN = """昆明市印发2023年大气污染防治工作方案

发布时间:2023-02-15 09:30

昆明市生态环境局日前印发《2023年大气污染防治工作方案》。方案提出,2023年底前,全市PM2.5平均浓度确保不超过25微克/立方米,力争23微克/立方米。

到2023年底,全市空气质量优良天数比例确保不低于99%,由市生态环境局负责督促落实。
"""
RESULT = """昆明市2023年空气质量持续改善

发布时间:2024-01-12 10:00

记者从昆明市生态环境局获悉,2023年,昆明市PM2.5平均浓度为22微克/立方米,同比下降4.3%,空气质量优良天数比例达到98.6%。
"""
REPOST = "来源:云南网 2024-01-13\n\n" + RESULT.replace("2024-01-12 10:00", "2024-01-13 08:00")
CONTRADICTION = """昆明市通报2023年全市环境空气质量状况

发布时间:2024-02-20 16:00

据通报,2023年,昆明市PM2.5平均浓度为24微克/立方米,空气质量优良天数比例达到98.6%。
"""


@pytest.fixture(scope="module")
def marts(tmp_path_factory, run_flow):
    out = tmp_path_factory.mktemp("analyst")
    input_dir = out / "input"
    shutil.copytree(SAMPLE_INPUT_DIR, input_dir)
    for name, text in {"km_plan.txt": PLAN, "km_result.txt": RESULT, "km_repost.txt": REPOST,
                       "km_contradiction.txt": CONTRADICTION}.items():
        (input_dir / name).write_text(text, encoding="utf-8")
    warehouse = out / "wh" / "qingshan.duckdb"
    summary = run_flow(input_dir, warehouse)
    assert summary.published, summary
    con = duckdb.connect(str(warehouse), read_only=True)
    yield con
    con.close()


def _doc(con, name: str) -> str:
    return con.execute("select document_id from marts.dim_documents where source_path = ?", [name]).fetchone()[0]


def test_a_reposted_figure_is_one_row_and_a_contradiction_is_flagged(marts):
    rows = marts.execute("""
        select value, n_documents, n_statements, disagree, single_figure, "values", first_seen, last_seen,
               first_document_id, last_document_id, source_metric_id
        from marts.indicator_series
        where indicator = 'pm25_concentration' and region = '昆明市' and kind = 'actual'
          and period_start = date '2023-01-01' and period_end = date '2023-12-31'""").fetchall()
    assert len(rows) == 1, rows
    value, n_docs, n_statements, disagree, single, values, first, last, first_doc, last_doc, source = rows[0]
    assert (n_docs, n_statements) == (3, 3)
    assert value == 22.0  # stated by the original and its repost, against one document's 24
    assert disagree and single and values == [22.0, 24.0]
    assert (first, last) == (dt.date(2024, 1, 12), dt.date(2024, 2, 20))
    assert (first_doc, last_doc) == (_doc(marts, "km_result.txt"), _doc(marts, "km_contradiction.txt"))
    assert marts.execute("select document_id from marts.fct_metrics where metric_id = ?",
                         [source]).fetchone()[0] == _doc(marts, "km_result.txt")
    # the repost shares the original's fact_key; the contradicting figure has its own
    keys = dict(marts.execute("""
        select d.source_path, m.fact_key from marts.fct_metrics m join marts.dim_documents d using (document_id)
        where m.indicator = 'pm25_concentration' and m.region = '昆明市' and m.kind = 'actual'""").fetchall())
    assert keys["km_result.txt"] == keys["km_repost.txt"] != keys["km_contradiction.txt"]
    # three documents agreeing on a figure do not disagree
    ratio = marts.execute("""select n_documents, disagree, value from marts.indicator_series
        where indicator = 'good_air_day_ratio' and region = '昆明市' and kind = 'actual'""").fetchall()
    assert ratio == [(3, False, 98.6)]


def test_two_targets_of_one_sentence_are_binding_and_stretch(marts):
    rows = marts.execute("""select target_level, value, n_documents, disagree from marts.indicator_series
        where indicator = 'pm25_concentration' and region = '昆明市' and kind = 'target'
        order by target_level""").fetchall()
    assert rows == [("binding", 25.0, 1, False), ("stretch", 23.0, 1, False)]
    assert marts.execute("select count(*) from marts.fct_metrics where kind = 'actual' and target_level is not null"
                         ).fetchone()[0] == 0


def test_tasks_are_met_or_missed_from_later_actual_figures(marts):
    rows = marts.execute("""
        select t.indicator, t.target_level, t.target_value, t.actual_value, t.status, t.days_to_deadline,
               m.document_id
        from marts.task_tracker t left join marts.fct_metrics m on m.metric_id = t.outcome_metric_id
        where t.document_id = ? and t.indicator is not null order by t.target_value""",
                         [_doc(marts, "km_plan.txt")]).fetchall()
    by_target = {(r[0], r[2]): r for r in rows}
    result = _doc(marts, "km_result.txt")
    expected_days = (dt.date(2023, 12, 31) - dt.date.today()).days
    # 不超过25: the consolidated 22 holds it; 力争23 (its direction from the sentence's 不超过) too
    assert by_target[("pm25_concentration", 25.0)][1:] == ("binding", 25.0, 22.0, "met", expected_days, result)
    assert by_target[("pm25_concentration", 23.0)][1:5] == ("stretch", 23.0, 22.0, "met")
    # 不低于99%: the year's 98.6% misses it
    assert by_target[("good_air_day_ratio", 99.0)][3:5] == (98.6, "missed")
    # a task with no figure to check stays overdue once its deadline has passed
    statuses = dict(marts.execute("select status, count(*) from marts.task_tracker group by status").fetchall())
    assert statuses.get("overdue", 0) > 0 and set(statuses) <= {"open", "due", "overdue", "met", "missed"}


def test_event_timeline_and_people(marts):
    rows = marts.execute("""select title, participants from marts.event_timeline
        where event_type = 'meeting' and list_contains(participants, '张波')""").fetchall()
    assert rows == [("天津召开2024年全市生态环境保护工作会议", ["史津", "张波"])]
    # every event is placed in a month unless neither it nor its document is dated
    undated = marts.execute("""select count(*) from marts.event_timeline e join marts.dim_documents d using (document_id)
        where e.event_month is null and coalesce(d.published_date, d.reference_date) is not null""").fetchone()[0]
    months = dict(marts.execute("select date_source, count(*) from marts.event_timeline group by all").fetchall())
    assert undated == 0 and months.get("document", 0) > 0, months
    # one person, many roles: a reporter named in two documents with two titles is one row
    people = marts.execute("select document_count, titles from marts.dim_people where name = '任效良'").fetchall()
    assert people == [(2, ["见习记者", "记者"])]
