"""People: officials with titles and organisations, reporters in bylines, and what is not a person."""
from qingshan.extract.people import extract_people

from .helpers import context


def people(text, **kw):
    return {p.name: (p.title, p.org, p.role) for p in extract_people(context(text, **kw))}


def test_official_with_organisation_and_title_chain():
    got = people("廊坊市召开发布会\n\n市生态环境局党组书记、局长尹崧同志对上半年生态环境治理成果情况进行发布。")
    assert got["尹崧"] == ("党组书记、局长", "廊坊市生态环境局", "official")


def test_section_belongs_to_the_title_and_the_next_person_starts_fresh():
    got = people("廊坊市召开发布会\n\n同时,市生态环境局土壤生态环境科科长刘东伟同志和市生态环境综合执法支队"
                 "副支队长朱淑贞同志就有关问题回答记者提问。")
    assert got["刘东伟"] == ("土壤生态环境科科长", "廊坊市生态环境局", "official")
    assert got["朱淑贞"] == ("副支队长", "廊坊市生态环境综合执法支队", "official")


def test_district_organisation_takes_the_articles_district():
    got = people("北辰区开展实践活动\n\n本报讯 日前,区生态环境局党组书记、局长高俊杰带领服务组走访企业。")
    assert got["高俊杰"][1] == "北辰区生态环境局"


def test_bylines_credits_and_closing_names():
    got = people("天津出台实施方案\n\n本报见习记者任效良 通讯员张冬梅天津报道 近日,天津市生态环境局印发方案。\n\n"
                 "方案明确了执法方式。任效良 孔超\n\n张冬梅摄")
    assert got["任效良"] == ("见习记者", None, "press")
    assert got["张冬梅"] == ("通讯员", None, "press")  # first mention wins over the photo credit
    assert got["孔超"] == ("记者", None, "press")


def test_names_that_are_not_people():
    got = people("天津市召开会议\n\n会上,天津市生态环境局局长同时强调,全市要抓好落实。"
                 "河北省生态环境厅厅长河北区负责同志出席。")
    assert "同时" not in got and "河北区" not in got and "全市" not in got


def test_names_inside_doctrines_are_not_people():
    got = people("天津市召开会议\n\n会议深入学习贯彻习近平生态文明思想和习近平总书记重要讲话精神。")
    assert got == {}
