"""Events: triggers with acts, names, dates, and mentions that are not events."""
import datetime as dt

from qingshan.extract.events import extract_events
from qingshan.extract.people import extract_people

from .helpers import context


def events(text, **kw):
    ctx = context(text, **kw)
    return extract_events(ctx, extract_people(ctx))


def test_press_conference_with_date_organizer_and_participants():
    evs = events("廊坊市召开发布会\n\n7月26日,廊坊市政府新闻办公室组织召开2024年上半年生态环境治理成果发布会。"
                 "市生态环境局党组书记、局长尹崧同志出席并发布。欢迎大家出席今天的新闻发布会。")
    assert len(evs) == 1  # `今天的新闻发布会` is the same event
    e = evs[0]
    assert e.event_type == "press_conference" and e.name == "2024年上半年生态环境治理成果发布会"
    assert e.event_date == dt.date(2024, 7, 26) and e.organizer == "廊坊市政府新闻办公室"
    assert [p.name for p in e.participants] == ["尹崧"]


def test_meeting_announced_with_ripian_has_no_day():
    e = events("天津市召开会议\n\n天津市生态环境局日前召开2020年第3次局务会,研究部署下半年重点工作。",
               ref=dt.date(2020, 9, 17))[0]
    assert e.event_type == "meeting" and e.event_date is None and e.date_text == "日前"
    assert e.name == "2020年第3次局务会" and e.organizer == "天津市生态环境局"


def test_release_needs_a_document_and_award_names_the_honour():
    evs = events("天津市工作综述\n\n天津市人民政府日前印发实施《天津市生态环境领域财政事权和支出责任划分改革方案》。"
                 "宁河区获评国家生态文明建设示范区。有针对性发布工作提示。", ref=dt.date(2021, 1, 1), stated=False)
    kinds = {(e.event_type, e.name) for e in evs}
    assert ("release", "《天津市生态环境领域财政事权和支出责任划分改革方案》") in kinds
    assert ("award", "国家生态文明建设示范区") in kinds
    assert len(evs) == 2  # `发布工作提示` releases no document


def test_background_mentions_plan_items_and_references_are_not_events():
    assert events("天津市工作综述\n\n在第二轮中央生态环保督察转办案件中,查处一批问题。") == []
    assert events("天津市工作综述\n\n下一步,要持续开展“绿盾”专项行动。") == []
    assert events("天津市工作综述\n\n深入贯彻落实全国生态环境保护大会精神。") == []
    assert events("整改方案\n\n持续开展“绿盾”专项行动,严肃查处违法行为。", doc_type="plan") == []
