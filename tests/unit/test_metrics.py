"""Metric attribution: indicator, region, period and kind from the context a reader uses."""
import datetime as dt

from qingshan.extract.metrics import extract_metrics

from .helpers import context


def metrics(text, **kw):
    return {m.value: m for m in extract_metrics(context(text, **kw))}


def test_press_release_figures_take_the_half_year_of_the_title():
    ms = metrics("廊坊市发布2024年上半年生态环境治理成果\n\n全市PM2.5浓度42微克/立方米,同比下降2.3%;"
                 "优良天数112天,同比增加2天。")
    pm = ms[42]
    assert (pm.indicator, pm.region, pm.kind) == ("pm25_concentration", "廊坊市", "actual")
    assert (pm.period_start, pm.period_end) == (dt.date(2024, 1, 1), dt.date(2024, 6, 30))
    assert (pm.change_direction, pm.change_value) == ("down", 2.3)
    assert ms[112].indicator == "good_air_days"


def test_targets_with_deadlines_cover_the_deadline_year():
    ms = metrics("整改方案\n\n到2025年,全市细颗粒物(PM2.5)平均浓度改善至43微克/立方米以下,力争改善至40微克/立方米以下。",
                 ref=dt.date(2021, 8, 31), doc_type="plan")
    for v in (43, 40):
        m = ms[v]
        assert (m.indicator, m.kind, m.qualifier) == ("pm25_concentration", "target", "at_most")
        assert (m.period_start, m.period_end) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))


def test_head_noun_after_the_figure_names_the_indicator():
    ms = metrics("天津市工作综述\n\n2023年,13家垃圾焚烧企业完成对标提升改造,完成全市133条河流排查。",
                 ref=dt.date(2024, 1, 1), stated=False)
    assert ms[13].indicator == "enterprises" and ms[133].indicator == "water_bodies"
    assert ms[13].region == "天津市" and ms[13].kind == "actual"


def test_place_in_the_sentence_beats_the_documents():
    ms = metrics("京津冀协同综述\n\n2023年,北京市完成23台燃油锅炉清洁化改造,河北省全省新能源重卡保有量达到两万辆。",
                 ref=dt.date(2024, 1, 1), stated=False)
    assert ms[23].region == "北京市" and ms[20000].region == "河北省"
    assert ms[23].period_start == dt.date(2023, 1, 1)
