"""Metric attribution: indicator, region, period and kind from the context a reader uses."""
import datetime as dt

from qingshan.extract.metrics import extract_metrics
from qingshan.extract.tasks import extract_tasks

from .helpers import context


def metrics(text, **kw):
    return {m.value: m for m in extract_metrics(context(text, **kw))}


def tasks(text, **kw):
    return extract_tasks(context(text, **kw))


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
    assert (ms[43].target_level, ms[40].target_level) == ("binding", "stretch")


def test_a_target_a_half_year_plan_sets_covers_its_year_unless_it_states_its_own_part():
    ms = metrics("市生态环境局部署2020年下半年重点工作\n\n会议要求,要抓污染场地,完成235家重点行业企业用地"
                 "土壤污染状况调查。今年5-9月,全市圆满完成省定夏季臭氧超标天不超过61天的目标任务。", ref=dt.date(2020, 7, 20))
    m = ms[235]
    assert m.kind == "target"
    assert (m.period_start, m.period_end) == (dt.date(2020, 1, 1), dt.date(2020, 12, 31))
    assert (ms[61].period_start, ms[61].period_end) == (dt.date(2020, 5, 1), dt.date(2020, 9, 30))  # its own part
    ms = metrics("2020年上半年生态环境质量\n\n上半年,全市PM2.5平均浓度为35微克/立方米。", ref=dt.date(2020, 7, 20))
    assert (ms[35].kind, ms[35].period_end) == ("actual", dt.date(2020, 6, 30))  # a result keeps its half year


def test_within_the_year_is_the_year_in_context():
    ms = metrics("机动车污染防治工作要点\n\n加快淘汰国三及以下排放标准柴油货车,年内淘汰500辆。", ref=dt.date(2023, 3, 10))
    assert (ms[500].kind, ms[500].period_start, ms[500].period_end) == ("target", dt.date(2023, 1, 1), dt.date(2023, 12, 31))


def test_target_level_binding_or_stretch_from_the_nearest_cue():
    ms = metrics("今年将确保PM2.5平均浓度不超过45微克/立方米,力争43微克/立方米;优良天数比例达到80%。")
    assert {v: ms[v].target_level for v in (45, 43)} == {45: "binding", 43: "stretch"}
    ms = metrics("2025年目标\n\n力争全市PM2.5平均浓度不超过30微克/立方米。", doc_type="plan")
    assert ms[30].target_level == "stretch"  # 力争 governs its clause's 不超过
    ms = metrics("2023年,全市PM2.5平均浓度为22微克/立方米,同比下降4.3%。")
    assert (ms[22].kind, ms[22].target_level) == ("actual", None)


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


def test_the_counted_noun_names_the_indicator_not_the_clause_describing_it():
    ms = metrics("云南省通报\n\n2023年,全省查处环境违法案件后仍有120家未完成整治的企业被挂牌督办。",
                 ref=dt.date(2024, 1, 1), stated=False)
    assert ms[120].indicator == "enterprises"


def test_people_counted_are_not_detentions_unless_the_text_says_so():
    ms = metrics("四川省环境执法通报\n\n2023年,全省问责处级干部37人,移送行政拘留58人,参与志愿者达1200人。",
                 ref=dt.date(2024, 1, 1), stated=False)
    assert ms[37].indicator == "other" and ms[1200].indicator == "other"
    assert ms[58].indicator == "people_detained"


def test_water_quality_ratios_and_enforcement_measures():
    ms = metrics("甘肃省生态环境状况公报\n\n2023年,全省地表水优良率为91.7%,达到或优于Ⅲ类的断面比例为88.2%,"
                 "劣Ⅴ类断面比例为1.4%;空气质量优良率为89.5%。全年查封扣押43家次,按日计罚12件。",
                 ref=dt.date(2024, 6, 1), stated=False)
    assert ms[91.7].indicator == "good_water_ratio" and ms[88.2].indicator == "good_water_ratio"
    assert ms[1.4].indicator == "other" and ms[89.5].indicator == "good_air_day_ratio"
    assert ms[43].indicator == "enforcement_cases" and ms[12].indicator == "enforcement_cases"


def test_a_count_stating_the_scope_of_a_rate_is_other():
    ms = metrics("广东省水环境质量\n\n2023年,全省149个国考断面水质优良率为92.6%。",
                 ref=dt.date(2024, 1, 1), stated=False)
    assert ms[149].indicator == "other" and ms[92.6].indicator == "good_water_ratio"
    ms = metrics("2022年,2个城市集中式饮用水水源地水质达标率稳定保持在100%。全市8个国考断面水质优良率均为100%。")
    assert (ms[2].indicator, ms[8].indicator) == ("other", "other")  # (`稳定保持在`, `均为`)


def test_a_count_of_places_is_the_scope_of_what_is_measured_of_them():
    ms = metrics("今年1—7月,天山北坡17县市城市空气质量优良天数合计3128天。"
                 "全省16个设区市PM2.5平均浓度为35微克/立方米。")
    got = {(m.value, m.unit): m.indicator for m in ms.values()}
    assert got[(17, "个")] == got[(16, "个")] == "other"
    assert got[(3128, "天")] == "good_air_days" and got[(35, "微克/立方米")] == "pm25_concentration"
    # (a count of the things measured is theirs: `帮助21家企业成功获得绿色金融贷款3.35亿元`)
    assert metrics("帮助21家企业成功获得绿色金融贷款3.35亿元。")[21].indicator == "enterprises"
    assert metrics("实施15座城市污水处理厂提标改造。")[15].indicator == "facilities"
    assert metrics("2023年,全市完成20个城市更新项目。")[20].indicator == "projects"


def test_figures_stated_respectively_take_their_items_and_changes():
    ms = metrics("四川省环境质量公报\n\n2023年,全省二氧化硫、二氧化氮、臭氧年均浓度分别为9微克/立方米、21微克/立方米和"
                 "132微克/立方米,与2015年相比分别下降25.1%、8.2%和3.4%。",
                 ref=dt.date(2024, 6, 1), stated=False)
    assert [ms[v].indicator for v in (9, 21, 132)] == ["other", "other", "o3_concentration"]
    assert [(ms[v].change_direction, ms[v].change_value) for v in (9, 21, 132)] == [
        ("down", 25.1), ("down", 8.2), ("down", 3.4)]
    assert 25.1 not in ms  # the changes are not figures of their own


def test_a_list_sharing_its_head_noun():
    ms = metrics("广东省减排通报\n\n2023年,全省化学需氧量、氨氮排放量分别比2020年下降6.5%和7.1%。",
                 ref=dt.date(2024, 6, 1), stated=False)
    assert ms[6.5].indicator == ms[7.1].indicator == "emission_reduction"


def test_a_figure_in_the_headline_and_the_body_is_one_row():
    ms = extract_metrics(context("云南省上半年空气优良天数达172天\n\n2024年上半年,全省优良天数达到172天,同比增加6天。"
                                 "昆明市优良天数为172天。\n\n· 云南省上半年空气优良天数达172天", ref=dt.date(2024, 7, 10)))
    rows = [m for m in ms if m.value == 172]
    assert len(rows) == 2  # the headline and the link merge into the body; the city's equal figure stays
    assert rows[0].change_value == 6


def test_each_rate_of_a_list_reaching_one_figure_is_its_own_row():
    ms = extract_metrics(context("2023年,全市国控断面Ⅰ-Ⅲ类水质比例、县级水源地水质达标率持续保持100%,"
                                 "省控断面比例为90.6%。优良天数比例和PM2.5浓度分别为90%和30微克/立方米。"))
    rows = [(m.value, m.subject if m.value == 100 else None) for m in ms]
    assert rows.count((100, "全市国控断面Ⅰ-Ⅲ类水质比例")) == 1 and len([r for r in rows if r[0] == 100]) == 2
    assert sorted(m.value for m in ms if m.value != 100) == [30, 90, 90.6]  # (items of 分别 are not shared)
    # each row its own evidence, its rate's words (the last to the figure): the build checks a span states one fact
    assert len({(m.evidence_start, m.evidence_end, m.value) for m in ms}) == len(ms)
    assert [m.evidence for m in ms if m.value == 100] == ["全市国控断面Ⅰ-Ⅲ类水质比例",
                                                        "县级水源地水质达标率持续保持100%"]
    ms = extract_metrics(context("2023年,工业危险废物安全贮存利用处置率和医疗废物无害化处置率保持100%。"))
    assert [m.evidence for m in ms] == ["工业危险废物安全贮存利用处置率", "医疗废物无害化处置率保持100%"]
    # (values listed for the rates in order are a figure each)
    ms = extract_metrics(context("到2025年,全市城市生活污水集中收集率和再生水利用率达到70%和25%。"))
    assert sorted(m.value for m in ms) == [25, 70]
    ms = metrics("2023年,全市优良天数比率和重污染天数比率为80%和2%。")
    assert (ms[80].indicator, ms[2].indicator) == ("good_air_day_ratio", "other")  # (in order, as with 分别)
    # the last rate is measured by its own words too, not by the first's
    ms = extract_metrics(context("2023年,全市县控及以上水质断面Ⅰ-Ⅲ类占比和水功能区达标率实现100%。"))
    assert [m.indicator for m in ms] == ["good_water_ratio", "water_compliance_rate"]


def test_compliance_rates_of_water_sources_and_function_zones():
    ms = metrics("2023年,功能区达标率为95%,县级以上饮用水源地达标率为98.5%。")
    assert ms[95].indicator == ms[98.5].indicator == "water_compliance_rate"
    assert metrics("2023年,全市声环境功能区达标率为92.5%。")[92.5].indicator == "other"  # (noise zones)


def test_a_compliance_share_in_an_air_report_is_of_days():
    ms = metrics("2020年,我市环境空气质量综合指数5.06;达标天数245天,同比增加26天;达标比例为66.9%,同比上升6.9%。"
                 "全市地表水达标比例为90%。全市空气优良天数300天,排污口监测达标率100%。")
    assert (ms[66.9].indicator, ms[90].indicator, ms[100].indicator) == \
        ("good_air_day_ratio", "water_compliance_rate", "water_compliance_rate")
    ms = metrics("2023年,全市空气质量优良天数比例为80%;地表水水质总体良好,达标比例为100%。")
    assert ms[100].indicator == "water_compliance_rate"  # (its sentence speaks of water)


def test_a_bare_good_ratio_after_water_is_the_waters():
    ms = metrics("2022年全市空气质量优良天数325天,优良率89.5%。21个国控断面水质达标率100%、优良率85.7%。")
    assert (ms[89.5].indicator, ms[85.7].indicator) == ("good_air_day_ratio", "good_water_ratio")



def test_a_compliance_rate_its_clause_does_not_place_is_of_what_the_sentence_spoke_of_before():
    """`118个集中式生活饮用水水源,达标率为100%`: of water; `…空气质量达标天数为352天,达标率为96.2%`: of the air's days;
    after noise (`城市区域声环境昼间等效声级…,达标率为95%`) it names nothing coded."""
    ms = metrics("2020年,全省118个集中式生活饮用水水源,达标率为100%。有效监测天数内环境空气质量达标天数为352天,达标率为96.2%。"
                 "城市区域声环境昼间等效声级为53.6分贝,达标率为95%。12个国省控断面全年综合达标率为77.1%。")
    assert (ms[100].indicator, ms[96.2].indicator, ms[95].indicator, ms[77.1].indicator) == \
        ("water_compliance_rate", "good_air_day_ratio", "other", "water_compliance_rate")
    # (nor of emissions, nor of a word that holds 水 or 湖: `湖南省…废气排放达标率`, `水泥企业…排放达标率`)
    ms = metrics("2023年,湖南省重点排污单位废气排放达标率为95%。水泥企业颗粒物排放达标率为90%。")
    assert ms[95].indicator == ms[90].indicator == "other"

def test_excellent_days_are_not_the_good_days_and_monitoring_points_are_facilities():
    ms = metrics("2018年,我市市区5个国控点空气质量优良天数为104天(18天达到优,86天达到良)。其中优天数20天。")
    assert [(v, ms[v].indicator) for v in (5, 104, 18, 20)] == \
        [(5, "facilities"), (104, "good_air_days"), (18, "other"), (20, "other")]


def test_a_rate_its_clause_names_takes_no_indicator_from_another_clause():
    ms = metrics("1—3月,市、县两级饮用水水源水质达标率100%,城市(含武鸣区)污水集中收集率80.33%,同比提高20.82%。")
    assert (ms[100].indicator, ms[80.33].indicator) == ("water_compliance_rate", "other")
    # (an elliptical rate is of what its sentence speaks of)
    ms = metrics("罗闸河国控断面达Ⅲ类水质标准以上,县级以上集中式饮用水源水质总体良好,达优率100%,满足要求。")
    assert ms[100].indicator == "good_water_ratio"
    ms = metrics("2023年,全市PM2.5平均浓度为35微克/立方米,同比下降率为5%。")
    assert ms[5].indicator == "pm25_concentration"  # (a change is of what changed)


def test_carbon_intensity_is_no_count_of_work_units():
    ms = metrics("到2025年,单位GDP能耗较2020年下降14%,单位GDP二氧化碳排放较2020年下降19.5%。")
    assert ms[14].indicator == "energy_intensity" and ms[19.5].indicator == "other"  # (not `单位`, enterprises)


def test_complaints_cases_and_penalties_are_told_apart():
    ms = metrics("甘肃省生态环境执法年报\n\n2023年,全省受理群众信访举报1.2万件,立案查处环境违法案件856件,"
                 "罚没款3200万元,同比增长18%;移送行政拘留37人。", ref=dt.date(2024, 3, 1), stated=False)
    assert ms[12000].indicator == "complaints_handled"
    assert ms[856].indicator == "enforcement_cases"
    pen = ms[32_000_000]
    assert (pen.indicator, pen.change_direction, pen.change_value) == ("penalty_amount", "up", 18)
    assert ms[37].indicator == "people_detained"


def test_heavy_pollution_ratio_is_not_a_day_count():
    ms = metrics("四川省空气质量通报\n\n2023年,全省重污染天数为3天,重污染天数比率为0.8%,优良天数比率为89.1%。",
                 ref=dt.date(2024, 1, 20), stated=False)
    assert ms[3].indicator == "heavy_pollution_days"
    assert ms[0.8].indicator == "other" and ms[89.1].indicator == "good_air_day_ratio"
    ms = metrics("某市空气质量\n\n2022年,全市重污染日仅有3天,较上年减少5天。", ref=dt.date(2023, 1, 20), stated=False)
    assert ms[3].indicator == "heavy_pollution_days"  # 重污染日, days of heavy pollution


def test_a_share_of_all_sections_is_the_water_quality_ratio():
    ms = metrics("云南省水环境质量\n\n2023年,全省达到或优于Ⅲ类的断面有45个,占监测断面总数的88.2%;"
                 "劣Ⅴ类断面2个,占3.9%。", ref=dt.date(2024, 2, 1), stated=False)
    assert ms[45].indicator == "water_bodies" and ms[88.2].indicator == "good_water_ratio"
    assert ms[3.9].indicator == "other"


def test_a_count_repeated_with_the_same_counted_words_is_one_row():
    ms = extract_metrics(context("四川省大气执法综述\n\n2023年,全省1520家涉气“散乱污”企业完成整治。"
                                 "省厅对1520家涉气“散乱污”企业开展复查,另有1520家餐饮单位安装油烟净化设施。",
                                 ref=dt.date(2024, 1, 10), stated=False))
    assert len([m for m in ms if m.value == 1520]) == 2  # the enterprises once, the restaurants apart
    # the counted noun is the words right after the count, whatever the sentence goes on with (`9个中心城市空气质量…`,
    # `9个中心城市依据…`, `9个中心城市中有8个…`: one scope, stated three times)
    ms = extract_metrics(context("某省空气质量状况\n\n2031年2月,全省7个中心城市空气质量平均优良天数比率为96.4%。"
                                 "2031年2月,7个中心城市依据技术规定排名。2031年1-2月,7个中心城市中有6个环境空气质量达到二级标准。",
                                 ref=dt.date(2031, 3, 10)))
    assert len([m for m in ms if m.value == 7]) == 1


def test_the_counted_noun_ends_at_the_verb_after_it():
    ms = metrics("河南省生态环境质量\n\n2023年,郑州、开封等9个省辖市完成第二轮中央生态环境保护督察整改任务82项。",
                 ref=dt.date(2024, 2, 5))
    assert ms[9].indicator == "other"  # what is counted is 省辖市, not the 督察 named after 完成


def test_a_rate_of_sections_written_as_a_ratio_is_the_good_water_ratio_and_its_count_a_scope():
    ms = metrics("内蒙古召开新闻发布会\n\n今年1—5月,18个国考断面优良比例为94.4%。", ref=dt.date(2024, 6, 27))
    assert ms[94.4].indicator == "good_water_ratio"
    assert ms[18].indicator in (None, "other")


def test_a_plan_reported_in_the_news_sets_targets_for_every_figure_after_its_year():
    ms = metrics("江苏印发太湖治理三年行动方案\n\n方案提出,到2026年,太湖湖体总磷浓度稳定控制在0.07毫克/升以下,"
                 "流域国考断面水质优Ⅲ类比例达到95%以上。", ref=dt.date(2024, 5, 1))
    assert ms[95].kind == "target"


def test_relative_months_and_yuan_set_the_period():
    ms = metrics("南宁市空气质量通报\n\n上月全市PM2.5平均浓度为28微克/立方米,同比下降3.4%。元至9月,全市优良天数比例为92.1%。",
                 ref=dt.date(2024, 11, 5))
    assert (ms[28].period_start, ms[28].period_end) == (dt.date(2024, 10, 1), dt.date(2024, 10, 31))
    assert (ms[92.1].period_start, ms[92.1].period_end) == (dt.date(2024, 1, 1), dt.date(2024, 9, 30))


def test_what_a_plan_says_exists_now_is_actual():
    ms = metrics("整改方案\n\n洞庭湖沿岸现有各类砂石码头、堆场共84个。在保持现有水平的基础上,PM2.5浓度控制在35微克/立方米以下。",
                 ref=dt.date(2018, 8, 31), doc_type="plan")
    assert (ms[84].kind, ms[35].kind) == ("actual", "target")


def test_good_coastal_water_is_written_with_its_classes_in_chinese_numerals():
    ms = metrics("某省海洋公报\n\n2022年,近岸海域优良(一、二类)海水水质比例为81.9%,同比上升0.6个百分点。")
    assert ms[81.9].indicator == "good_water_ratio"


def test_a_bracketed_note_on_the_standard_names_no_indicator():
    ms = metrics("宁德市空气质量\n\n4月份,全市主要流域水质达标占比(按Ⅲ类水质标准评价)为100%。全省水质优良(Ⅰ—Ⅲ类)断面比例为87.9%。")
    assert (ms[100].indicator, ms[87.9].indicator) == ("water_compliance_rate", "good_water_ratio")


def test_noise_levels_are_figures_in_decibels():
    ms = metrics("昆明市声环境质量\n\n2023年,城市区域声环境昼间平均等效声级为53.2分贝,道路交通噪声为66.8dB(A)。")
    assert {(v, m.unit, m.indicator) for v, m in ms.items()} == {(53.2, "分贝", "other"), (66.8, "分贝", "other")}


def test_a_headline_figure_rounded_or_counted_in_another_word_is_the_bodys():
    ms = extract_metrics(context("湖北5年开出4.4亿元环保罚单 61起案件按日连续处罚\n\n2012年至2016年,全省处罚金额达44064万元。"
                                 "全省共实施按日连续处罚案件61件。", ref=dt.date(2017, 5, 25)))
    assert sorted((m.value, m.unit) for m in ms) == [(61, "件"), (440640000, "元")]
    # a headline figure the body does not round to stays
    ms = extract_metrics(context("湖北开出4.5亿元环保罚单\n\n2012年至2016年,全省处罚金额达44064万元。", ref=dt.date(2017, 5, 25)))
    assert sorted(m.value for m in ms) == [440640000, 450000000]


def test_days_of_a_range_opening_a_sentence_are_the_period_of_its_figures():
    ms = metrics("全市空气质量持续改善\n\n12月1日至20日,我市优良天数14天,较去年同期增加11天;PM10浓度105微克/立方米,"
                 "同比下降65微克/立方米。", ref=dt.date(2017, 12, 26))
    for v in (14, 105):
        assert (ms[v].period_start, ms[v].period_end) == (dt.date(2017, 12, 1), dt.date(2017, 12, 20))


def test_an_abbreviation_in_brackets_restates_the_noun_before_it():
    ms = metrics("1-6月,全市空气优良率(AQI)达到78.0%,同比上升6.7个百分点;细颗粒物(PM2.5)平均浓度为49微克/立方米。")
    assert ms[78].indicator == "good_air_day_ratio"
    assert ms[49].indicator == "pm25_concentration"


def test_a_paragraph_opening_with_a_vague_recent_time_takes_no_period_from_before_it():
    ms = metrics("2022年生态环境状况公报\n\n2022年,全国PM2.5浓度29微克/立方米。\n\n"
                 "前不久,某区人民法院审理了环评造假一案。法院对林某并处罚金人民币五十万元,违法所得近80万元。",
                 ref=dt.date(2023, 5, 30))
    assert (ms[29].period_start, ms[29].period_end) == (dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    for v in (500000, 800000):
        assert (ms[v].period_start, ms[v].period_end) == (None, None)


def test_the_period_a_lists_first_figure_states_late_frames_the_items_after_it():
    text = ("某区空气质量\n\n按照技术规定,剔除受沙尘天气过程影响数据,去年全区优良天数比例为81.4%;"
            "与上年相比,优良天数平均增加4天;可吸入颗粒物平均浓度90微克/立方米;细颗粒物平均浓度39微克/立方米。")
    ms = metrics(text, ref=dt.date(2018, 3, 1))
    assert all((m.period_start, m.period_end) == (dt.date(2017, 1, 1), dt.date(2017, 12, 31)) for m in ms.values())
    # (not a run of years a figure kept up, nor a time a clause before the figure's gives)
    text = "某省\n\n2022年总结\n\nPM2.5浓度连续3年达到二级标准(35微克/立方米);地表水优良率达到92.6%。"
    assert metrics(text, ref=dt.date(2023, 2, 1))[92.6].period_start != dt.date(2020, 1, 1)


def test_a_year_opening_a_yearbook_entry_after_its_label_frames_the_entry():
    text = ("二级目:农村人居环境\n【农村“厕所革命”】 2020年,某市实行农村整村连片推进。"
            "全年建设农村改厕整村推进村1065个、示范村24个,改(新)建户厕10.09万户。\n")
    ms = metrics(text, ref=dt.date(2021, 6, 1))
    assert all((m.period_start, m.period_end) == (dt.date(2020, 1, 1), dt.date(2020, 12, 31)) for m in ms.values())


def test_the_period_reported_after_the_day_news_was_learnt_frames_the_list_after_it():
    year = (dt.date(2018, 1, 1), dt.date(2018, 12, 31))
    for text in ("日前,记者从省林业局获悉,去年,全省完成植树造林120.8万亩;森林抚育326.4万亩;封山育林213.5万亩。",
                 "日前,记者从省林业局获悉,去年,全省完成植树造林120.8万亩。森林抚育326.4万亩。"):
        ms = metrics("某省造林绿化\n\n" + text, ref=dt.date(2019, 1, 14))
        assert all((m.period_start, m.period_end) == year for m in ms.values()), text


def test_so_far_runs_to_the_day_it_is_said_when_the_page_states_that_day():
    text = "全省工作会议召开\n\n2019年,全省PM2.5浓度48微克/立方米。截至目前,60项整改任务完成率达到99.72%。"
    ms = metrics(text, ref=dt.date(2020, 1, 20))
    assert (ms[99.72].period_start, ms[99.72].period_end) == (None, dt.date(2020, 1, 20))
    assert (ms[48].period_start, ms[48].period_end) == (dt.date(2019, 1, 1), dt.date(2019, 12, 31))
    unstated = metrics(text, ref=dt.date(2020, 1, 1), stated=False)
    assert (unstated[99.72].period_start, unstated[99.72].period_end) == (None, None)  # a guessed day is not when it was said


def test_the_period_a_report_announces_before_its_colon_frames_what_it_reports():
    ms = metrics("焦点播报\n\n人民日报北京7月22日电 生态环境部22日通报今年上半年全国环境空气质量状况:全国优良天数比例为84.6%;"
                 "PM2.5平均浓度为32微克/立方米,同比下降5.9%。\n\n京津冀地区PM2.5浓度为47微克/立方米。",
                 ref=dt.date(2022, 7, 23))
    for v in (84.6, 32, 47):
        assert (ms[v].period_start, ms[v].period_end) == (dt.date(2022, 1, 1), dt.date(2022, 6, 30))


def test_places_listed_before_figures_stated_respectively_are_where_each_figure_is():
    ms = metrics("重点区域空气质量通报\n\n“2+26”城市PM2.5平均浓度最低的3个城市依次是北京、廊坊和长治,分别为47、56和55微克/立方米。")
    assert [(ms[v].region, ms[v].indicator) for v in (47, 56, 55)] == [
        ("北京市", "pm25_concentration"), ("廊坊市", "pm25_concentration"), ("长治市", "pm25_concentration")]


def test_officials_held_to_account_are_not_people_detained():
    ms = metrics("督察整改情况通报\n\n截至目前,立案侦查18件,刑事拘留3人,约谈5人,问责8人。", ref=dt.date(2025, 6, 17))
    assert (ms[3].indicator, ms[5].indicator, ms[8].indicator) == ("people_detained", "other", "other")


def test_more_names_of_coded_measures():
    ms = metrics("2021年环境状况公报\n\n2021年,全市空气质量达到一、二级标准的天数为300天;城市道路交通噪声监测点达标率为100.0%;"
                 "优Ⅲ水体比例达到86.7%;完成176条垃圾河整治。", ref=dt.date(2022, 6, 1))
    assert (ms[300].indicator, ms[100].indicator, ms[86.7].indicator, ms[176].indicator) == (
        "good_air_days", "other", "good_water_ratio", "water_bodies")


def test_a_figure_reported_against_its_target_is_a_result_and_a_target_to_reach_is_not():
    ms = metrics("2022年空气和水环境质量通报\n\n2022年,全省优良水体比例77.8%,在达到年度考核目标的基础上进一步提升;"
                 "PM2.5浓度21微克/立方米,好于年度目标4.6微克/立方米;全省PM2.5浓度连续3年达到世卫组织第二阶段目标(25微克/立方米)。",
                 ref=dt.date(2023, 1, 10))
    assert (ms[77.8].kind, ms[4.6].kind, ms[25].kind) == ("actual", "actual", "actual")
    ms = metrics("2023年工作要点\n\n2023年,确保全省优良水体比例达到年度考核目标80%。", ref=dt.date(2023, 1, 10))
    assert ms[80].kind == "target"


def test_a_deadline_opening_a_list_joined_by_semicolons_governs_every_item():
    ms = metrics("河北省整改方案\n\n2020年底前完成整改。到2020年,全省PM2.5平均浓度达到55微克/立方米;全省地表水Ⅰ-Ⅲ类水体比例达到48.7%以上;"
                 "近岸海域水质优良(一、二类)比例达到87.5%。", ref=dt.date(2018, 10, 1))
    for v in (55, 48.7, 87.5):
        assert (ms[v].kind, ms[v].period_start, ms[v].period_end) == ("target", dt.date(2020, 1, 1), dt.date(2020, 12, 31))


def test_last_years_level_named_as_the_base_is_last_years_figure():
    ms = metrics("襄城区生态环境工作总结\n\n2022年,全区PM2.5年均浓度为45.1微克/立方米,同比去年47.7微克/立方米下降5.5%。",
                 ref=dt.date(2022, 12, 20))
    assert (ms[45.1].period_start, ms[45.1].change_value) == (dt.date(2022, 1, 1), 5.5)
    assert (ms[47.7].period_start, ms[47.7].period_end) == (dt.date(2021, 1, 1), dt.date(2021, 12, 31))


def test_a_sentence_opening_with_a_moment_of_its_own_takes_no_period_from_before_it():
    ms = metrics("野鸭湖新增鸟类名录发布\n\n2015年10月,野鸭湖共有鸟类295种。建立保护区时,首次科考统计鸟类为150多种。"
                 "同时,保护区有国家一级保护动物9种。", ref=dt.date(2015, 10, 29))
    assert (ms[150].period_start, ms[150].period_end) == (None, None)
    assert ms[9].period_start == dt.date(2015, 10, 1)  # `同时,` is no moment of its own


def test_a_range_opened_by_zi_after_a_short_lead_frames_the_next_sentence():
    ms = metrics("河南空气质量持续向好\n\n尤其值得关注的是,自11月15日进入冬季供暖期至12月18日,全省PM2.5平均浓度为81微克/立方米。"
                 "其中郑州、开封、濮阳等7个大气污染传输通道城市的PM2.5平均浓度同比均有明显下降。", ref=dt.date(2017, 12, 19))
    for v in (81, 7):
        assert (ms[v].period_start, ms[v].period_end) == (dt.date(2017, 11, 15), dt.date(2017, 12, 18))


def test_words_naming_a_figure_the_target_make_it_one_and_leave_the_result_before_them():
    ms = metrics("2022年工作总结\n\n2022年,全县环境空气质量优良天数比率达100%(考核任务为99.7%),PM2.5浓度17微克/立方米"
                 "(考核任务为21微克/立方米)。", ref=dt.date(2023, 2, 6))
    assert [(v, ms[v].kind) for v in (100, 99.7, 17, 21)] == [
        (100, "actual"), (99.7, "target"), (17, "actual"), (21, "target")]


def test_a_city_bureaus_branch_speaks_for_its_county():
    ms = metrics("2022年工作总结\n\n2022年,丽水市生态环境局庆元分局扎实推进各项工作。我县PM2.5浓度17微克/立方米。",
                 ref=dt.date(2023, 2, 6))
    assert ms[17].region == "庆元县"


def test_a_place_in_the_documents_a_text_cites_as_its_basis_is_not_the_pages():
    ms = metrics("根据《中华人民共和国环境保护法》《云南省环境保护条例》规定,现予公布《大理白族自治州2023年环境状况公报》。\n\n"
                 "2023年,全州环境空气质量总体保持良好,全州12县(市)平均优良天数比例为98.5%。", ref=dt.date(2024, 6, 5))
    assert ms[98.5].region == "大理州"


def test_last_years_same_period_is_the_period_in_frame_a_year_back():
    ms = metrics("某县上半年环境质量通报\n\n今年1-5月,我县城区pm2.5为43.8微克/立方米,比去年同期(41.3微克/立方米)上升5.7%,"
                 "优良天数比例为85%,去年同期为90.1%。", ref=dt.date(2022, 6, 10))
    assert (ms[43.8].indicator, ms[43.8].change_direction, ms[43.8].change_value) == ("pm25_concentration", "up", 5.7)
    assert (ms[43.8].period_start, ms[43.8].period_end) == (dt.date(2022, 1, 1), dt.date(2022, 5, 31))
    for v in (41.3, 90.1):
        assert (ms[v].period_start, ms[v].period_end) == (dt.date(2021, 1, 1), dt.date(2021, 5, 31))
    assert 5.7 not in ms  # the change is 43.8's, not a row of its own


def test_reductions_and_coal_and_day_shares_name_their_indicators():
    ms = metrics("某市2016年工作总结\n\n全年化学需氧量削减1710吨,削减率为5.2%。2016年完成削减燃煤260万吨任务。"
                 "全年达标天数占总天数的82.5%。", ref=dt.date(2016, 12, 30))
    assert [ms[v].indicator for v in (1710, 5.2, 2600000, 82.5)] == [
        "emission_reduction", "emission_reduction", "coal_consumption", "good_air_day_ratio"]


def test_the_common_words_of_bulletins_name_their_indicators():
    ms = metrics("某市2023年5月空气质量\n\n5月,全市良好天数18天。全年依法清理整顿小水电41座,对柴油货车抽检52次,"
                 "超标处罚27起。近岸海域优良水质面积比例91.2%。", ref=dt.date(2023, 6, 5))
    assert [ms[v].indicator for v in (18, 41, 52, 27, 91.2)] == [
        "good_air_days", "facilities", "inspections", "enforcement_cases", "good_water_ratio"]


def test_pollutants_written_as_formulas_and_grade_two_day_shares_name_their_indicators():
    ms = metrics("某省2023年空气质量\n\n2023年,全省PM10浓度为28微克/立方米,SO2浓度为4微克/立方米,NO2浓度为8微克/立方米。"
                 "确保二级以上天数比例达到80%以上。", ref=dt.date(2024, 1, 16))
    assert [ms[v].indicator for v in (28, 4, 8, 80)] == [
        "pm10_concentration", "other", "other", "good_air_day_ratio"]
    ms = metrics("某省2023年环境状况\n\n2023年,以臭氧为首要污染物的天数占25.9%。", ref=dt.date(2024, 1, 16))
    assert (ms[25.9].indicator, ms[25.9].kind) == ("other", "actual")  # days of a primary pollutant; 首要 is no 要
    ms = metrics("伊州区7月空气质量\n\n7月达到II级(良)以上天数共计30天,占月监测天数的96.8%。", ref=dt.date(2024, 8, 5))
    assert (ms[30].indicator, ms[96.8].indicator) == ("good_air_days", "good_air_day_ratio")


def test_a_concentration_after_a_semicolon_measures_the_pollutant_the_sentence_before_names():
    ms = metrics("山东省8月空气质量\n\n细颗粒物浓度最好的城市是青岛市,为16μg/m3;最差的城市是菏泽市,为26μg/m3。"
                 "细颗粒物浓度最好的城市是青岛市,为16μg/m3;其余城市占比为30%。", ref=dt.date(2019, 9, 10))
    assert ms[26].indicator == "pm25_concentration"
    assert ms[30].indicator != "pm25_concentration"  # a share is not read across sentences


def test_a_five_year_plans_name_before_a_noun_names_the_thing_not_the_period():
    ms = metrics("2021年上半年水环境质量\n\n2021年上半年,全省87个“十三五”国考断面优良水体比例为92%。"
                 "“十四五”期间煤炭消费总量下降10%。", ref=dt.date(2021, 7, 16))
    assert (ms[92].period_start, ms[92].period_end) == (dt.date(2021, 1, 1), dt.date(2021, 6, 30))
    assert (ms[10].period_start, ms[10].period_end) == (dt.date(2021, 1, 1), dt.date(2025, 12, 31))


def test_companies_put_on_file_for_punishment_are_cases_and_companies_checked_are_inspections():
    # (companies checked were kept companies when this test was written; eight of nine probe keys since count them
    # inspections: see test_companies_counted_as_inspected_are_inspections_and_penalty_decisions_cases)
    ms = metrics("督察整改情况通报\n\n截至目前,责令整改88家,立案处罚46家,检查企业120家。", ref=dt.date(2025, 6, 17))
    assert (ms[46].indicator, ms[120].indicator) == ("enforcement_cases", "inspections")


def test_last_years_same_period_on_a_leap_year_and_a_note_naming_another_target():
    ms = metrics("某县环境质量通报\n\n今年1-2月,我县城区PM2.5为43.8微克/立方米,比去年同期(41.3微克/立方米)上升6.1%。",
                 ref=dt.date(2024, 3, 5))
    assert (ms[41.3].period_start, ms[41.3].period_end) == (dt.date(2023, 1, 1), dt.date(2023, 2, 28))
    ms = metrics("2022年工作总结\n\n2022年,全县优良天数比率达100%(考核目标为99.7%)。", ref=dt.date(2023, 2, 6))
    assert (ms[100].kind, ms[99.7].kind) == ("actual", "target")


def test_an_item_with_its_own_time_under_a_deadline_list_is_what_it_says():
    ms = metrics("方案\n\n到2025年,全市PM2.5浓度降至30微克/立方米;今年1-5月,全市PM2.5浓度为35微克/立方米。",
                 ref=dt.date(2024, 6, 7))
    assert (ms[30].kind, ms[35].kind) == ("target", "actual")


def test_a_count_of_departments_is_no_measure_of_the_plan_they_issue():
    ms = metrics("济南发布重污染天气消除攻坚方案\n\n日前,全市24个部门联合发布《济南市重污染天气消除攻坚行动方案》。", ref=dt.date(2023, 5, 1))
    assert ms[24].indicator == "other"


def test_the_time_a_record_is_counted_from_is_no_period():
    ms = metrics("2023年空气质量公报\n\n2023年,全省PM2.5平均浓度为28微克/立方米,创2013年有监测以来最好水平,优良天数比例为92%。",
                 ref=dt.date(2024, 1, 20))
    assert (ms[92].period_start, ms[92].period_end) == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))


def test_the_day_of_a_dateline_or_a_report_is_no_figures_period():
    ms = metrics("海南环境执法\n\n海口网3月22日消息(记者罗津)21日,省生态环保厅发布消息,近三年海南累计查处环境违法案件2481件。",
                 ref=dt.date(2018, 3, 22))
    assert (ms[2481].period_start, ms[2481].period_end) == (None, None)  # `近三年`: not a period we read
    ms = metrics("空气质量日报\n\n6月5日,全市PM2.5浓度为35微克/立方米。", ref=dt.date(2018, 6, 6))
    assert (ms[35].period_start, ms[35].period_end) == (dt.date(2018, 6, 5), dt.date(2018, 6, 5))  # a day's figure


def test_a_run_of_years_dates_its_own_clause_only():
    ms = metrics("广东环境质量发布会\n\n2024年,全省环境空气6项污染物年均浓度连续10年达到国家二级标准,空气质量优良率为95.8%。",
                 ref=dt.date(2025, 1, 20))
    assert (ms[95.8].period_start, ms[95.8].period_end) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))


def test_the_base_year_of_a_change_is_no_period():
    ms = metrics("某市大气污染防治行动计划\n\n到2017年,全市细颗粒物浓度在2012年基础上下降15%左右。", ref=dt.date(2013, 9, 20))
    m = ms[15]
    assert (m.kind, m.period_start, m.period_end, m.change_basis) == (
        "target", dt.date(2017, 1, 1), dt.date(2017, 12, 31), "2012")


def test_a_figure_that_is_only_a_change_in_percent_measures_what_changed():
    ms = metrics("某省通报执法情况\n\n2018年,全省环境行政处罚案件立案数同比增长28%,罚款金额增长39%。", ref=dt.date(2019, 1, 10))
    assert (ms[28].indicator, ms[28].change_direction) == ("enforcement_cases", "up")
    assert ms[39].indicator == "penalty_amount"


def test_a_figure_named_a_goal_right_after_it_is_a_target():
    ms = metrics("秋冬季攻坚方案\n\n2018年,全市PM2.5平均浓度下降6%,完成了下降5%的年度目标;重污染天数同比减少3%的改善目标。",
                 ref=dt.date(2019, 1, 10))
    assert ms[6].kind == "actual" and ms[5].kind == "target" and ms[3].kind == "target"


def test_every_figure_of_a_list_that_a_goal_closes_is_a_target():
    ms = metrics("攻坚方案\n\n2018年,全市PM2.5平均浓度同比下降4%、重污染天数同比减少6%的改善目标已分解到区。"
                 "全市PM2.5浓度下降3%、优良天数增加5天,完成全年任务。", ref=dt.date(2019, 1, 10))
    assert ms[4].kind == "target" and ms[6].kind == "target"
    assert ms[3].kind == "actual" and ms[5].kind == "actual"


def test_a_level_told_again_later_is_one_fact_that_keeps_the_change_told_with_it():
    text = ("全省空气质量持续改善\n\n2022年,全省PM2.5平均浓度为29.3微克/立方米,21家企业完成改造。"
            "据介绍,全省PM2.5平均浓度为29.3微克/立方米,同比下降2.7%;另有21家企业完成搬迁。")
    ms = [m for m in extract_metrics(context(text, ref=dt.date(2023, 1, 10))) if m.value in (29.3, 21)]
    pm = [m for m in ms if m.value == 29.3]
    assert len(pm) == 1 and "同比" not in pm[0].evidence and (pm[0].change_direction, pm[0].change_value) == ("down", 2.7)
    assert len([m for m in ms if m.value == 21]) == 2  # equal counts may be two facts


def test_a_unit_of_area_or_volume_names_its_measure_and_a_count_names_none():
    ms = metrics("治理成效\n\n2020年,全县治理坑塘水面533亩,新增处理能力8500吨/日,200余人参加活动。"
                 "空气质量二级以上天数达到320天。", ref=dt.date(2021, 1, 10))
    assert (ms[533].indicator, ms[8500].indicator, ms[200].indicator) == ("area", "volume", "other")
    assert ms[320].indicator == "good_air_days"


def test_a_figure_someone_required_is_a_target():
    ms = metrics("秋冬季空气质量\n\n2018年10-12月,吕梁市PM2.5平均浓度同比下降27.4%,达到了生态环境部要求的PM2.5下降3.5%改善时序进度。",
                 ref=dt.date(2019, 1, 10))
    assert ms[27.4].kind == "actual" and ms[3.5].kind == "target"


def test_a_figure_after_a_deadline_still_to_come_is_a_target():
    ms = metrics("冬季行动\n\n2024年2月29日前,推动生态环境领域12项工程任务开工。", ref=dt.date(2023, 11, 10))
    assert ms[12].kind == "target"


def test_a_figure_of_a_year_still_to_come_is_a_target():
    ms = metrics("山东聊城市:2025年农村生活污水治理率达55%以上\n\n据了解,聊城市农村生活污水治理工作有序推进。", ref=dt.date(2023, 4, 12))
    assert ms[55].kind == "target"


def test_figures_after_a_goal_label_are_targets_even_as_changes():
    ms = metrics("晋城市秋冬季大气污染综合治理攻坚行动方案\n\n主要目标:秋冬季期间PM2.5平均浓度同比下降5%,重度及以上污染天数同比减少1天。",
                 ref=dt.date(2019, 10, 20))
    assert ms[5].kind == "target" and ms[1].kind == "target"
    ms = metrics("考核\n\n考核指标:PM2.5平均浓度目标为40微克/立方米,实际完成38微克/立方米。", ref=dt.date(2024, 1, 16))
    assert ms[40].kind == "target" and ms[38].kind == "actual"  # a label's result stays a result


def test_a_change_told_later_in_the_sentence_of_the_same_measure_is_the_levels_change():
    ms = extract_metrics(context("太原空气质量\n\n去年10月1日至今年1月31日,太原市区优良天数107天,优良率为87.0%,"
                                 "优良天数比去年同期增加10天。", ref=dt.date(2024, 2, 5)))
    assert [(m.value, m.change_direction, m.change_value) for m in ms] == [(107, "up", 10), (87, None, None)]
    ms = extract_metrics(context("水质预警\n\n1-10月,3个断面预警总次数较2016年同期降低64%。", ref=dt.date(2017, 11, 20)))
    assert [m.value for m in ms] == [3, 64]  # the change of the alerts, not of the sections


def test_a_plans_account_of_where_things_stand_is_results_and_its_goals_stay_targets():
    text = ("济宁市农村生活污水治理实施方案\n(2019—2025年)\n一、概况\n"
            "(一)治理现状。经调查,我市14个县(市、区)共有5967个行政村。还有5307个尚未治理,占88.94%。\n"
            "二、工作目标\n到2025年,完成3000个行政村生活污水治理。")
    ms = extract_metrics(context(text, ref=dt.date(2019, 12, 31), doc_type="plan"))
    kinds = {m.value: m.kind for m in ms}
    assert (kinds[5967], kinds[5307], kinds[88.94], kinds[3000]) == ("actual", "actual", "actual", "target")


def test_a_rank_stated_only_by_its_place_measures_what_the_clause_before_did():
    ms = metrics("宜昌市生态环境状况公报\n\n各县市区中,五峰县空气质量最好,优良天数比例为96.2%;枝江市最差,为72.1%。",
                 ref=dt.date(2024, 6, 5))
    assert (ms[72.1].indicator, ms[72.1].region) == ("good_air_day_ratio", "枝江市")


def test_a_figure_of_a_period_over_is_a_result_though_a_heading_announces_tasks():
    text = ("督察整改任务销号的公示\n\n整改任务\n\n河长巡查流于形式。2025年,某镇两级河长巡查522次,仅发现2处垃圾问题。"
            "督察发现河道垃圾乱倒等问题53个。\n\n整改目标\n\n到2026年底,河长巡查覆盖率达到100%。")
    ms = metrics(text, ref=dt.date(2026, 1, 27))
    assert (ms[522].kind, ms[53].kind) == ("actual", "actual")
    assert ms[100].kind == "target"


def test_a_goal_label_with_its_year_governs_the_items_joined_to_it_by_semicolons():
    text = ("绍兴市生态环境局工作要点\n\n2023年生态环境保护工作目标为:持续深化示范区创建成果;全市PM2.5平均浓度控制在"
            "29微克/立方米,空气质量优良天数比例达到90%以上;危废填埋占比达到25%;声环境功能区夜间达标率达到85%及以上。"
            "2022年,全市PM2.5平均浓度为27微克/立方米。")
    ms = metrics(text, ref=dt.date(2023, 1, 1), stated=False, year_only=True)
    assert {v: ms[v].kind for v in (29, 90, 25, 85)} == dict.fromkeys((29, 90, 25, 85), "target")
    assert ms[27].kind == "actual"  # a sentence of its own, after the list's full stop


def test_monitoring_points_and_systems_are_facilities():
    ms = metrics("2023年,大理州共设65个测点,其中水质类别符合Ⅱ类的测点有36个。建成建筑工地智慧化监测监管系统100套。",
                 ref=dt.date(2024, 6, 5))
    assert {v: ms[v].indicator for v in (65, 36, 100)} == dict.fromkeys((65, 36, 100), "facilities")


def test_the_year_a_thing_was_achieved_dates_no_goal_said_now():
    ms = metrics("四平市召开2024年度全市生态环境保护工作会议\n\n会议强调,2024年要全力以赴打好污染防治攻坚战。"
                 "水环境质量稳定巩固2023年取得的显著成果,地表水国控断面优良水体比例稳定在80%以上。", ref=dt.date(2024, 3, 5))
    assert (ms[80].kind, ms[80].period_start) == ("target", dt.date(2024, 1, 1))


def test_up_to_now_opening_a_paragraph_dates_its_later_sentences():
    ms = metrics("儋州市整改落实情况\n\n截至目前,儋州市158项整改措施已完成108项。交办的208件群众信访件已办结207件。",
                 ref=dt.date(2024, 5, 31))
    assert (ms[207].period_start, ms[207].period_end) == (None, dt.date(2024, 5, 31))


def test_review_cases_goals_at_a_meeting_a_report_of_indicators_years_within_and_periods_of_achievements():
    ms = metrics("全市生态环境保护工作会议召开\n\n4月28日,市政府召开全市生态环境保护工作会议,要求全市PM2.5平均浓度控制在"
                 "35微克/立方米以内。", ref=dt.date(2024, 5, 1))
    assert ms[35].kind == "target"  # a meeting's day is no period of the goal it sets
    ms = metrics("2023年全市生态环境状况\n\n2023年全市环境质量主要指标:PM2.5平均浓度为35微克/立方米;优良天数比例为85.2%。",
                 ref=dt.date(2024, 3, 1))
    assert (ms[35].kind, ms[85.2].kind) == ("actual", "actual")  # 指标 lists results; only 目标 carries over `;`
    ms = metrics("工作方案\n\n力争五年内全市森林覆盖率达到30%以上。", ref=dt.date(2024, 3, 1))
    assert ms[30].period_start is None  # 五年内 is a length, not 年内
    ms = metrics("投资\n\n2023年完成的生态环境重点项目投资达25亿元。全县上半年完成的造林面积达1.2万亩。", ref=dt.date(2024, 8, 1))
    assert ms[2.5e9].period_start == dt.date(2023, 1, 1) and ms[12000].period_end == dt.date(2024, 6, 30)


def test_changes_stated_respectively_after_a_short_clause_take_the_items_of_the_clause_before():
    ms = metrics("天津市环境空气质量月报\n\n2020年12月,PM10、SO2和O3浓度均同比上升,升幅分别为1.3%、20.0%和9.3%。", ref=dt.date(2021, 1, 10))
    assert (ms[1.3].indicator, ms[9.3].indicator) == ("pm10_concentration", "o3_concentration")


def test_a_year_stated_after_up_to_a_day_of_it_runs_to_that_day():
    ms = metrics("云县全力抓好生态环境保护工作\n\n截至5月31日,云县2023年环境空气优良率为98.67%,优良天数149天。", ref=dt.date(2023, 6, 5))
    assert (ms[98.67].period_start, ms[98.67].period_end) == (dt.date(2023, 1, 1), dt.date(2023, 5, 31))
    ms = metrics("空气质量\n\n2023年全市PM2.5平均浓度为30微克/立方米。", ref=dt.date(2024, 1, 5))
    assert ms[30].period_end == dt.date(2023, 12, 31)


def test_good_air_days_told_as_a_share_are_the_ratio():
    ms = extract_metrics(context("某市空气质量\n\n2017年,全市空气质量优良天数所占比例为76%,优良天数达到278天。"))
    assert [(m.indicator, m.value) for m in ms] == [("good_air_day_ratio", 76), ("good_air_days", 278)]


def test_items_to_complete_are_tasks_and_assessment_indicators_are_not():
    ms = extract_metrics(context("某市创建工作\n\n2023年,各区要对标对表需要重点攻坚的65项事项,紧紧围绕4项尚未达标的考核指标,"
                                 "转办的130件信访事项已全部办结。"))
    assert [(m.value, m.indicator) for m in ms] == [(65, "tasks"), (4, "other"), (130, "complaints_handled")]


def test_two_figures_of_one_value_told_by_the_same_words_are_one_row():
    ms = extract_metrics(context("某市\n\n2022年,实行1名县级以上干部带领1-2个科室(单位)联系1个生态环境保护专业委员会。"))
    spans = [(m.evidence_start, m.evidence_end, m.value, m.unit) for m in ms]
    assert len(spans) == len(set(spans))  # the build's check of duplicate facts holds such copies back


def test_two_equal_figures_of_one_measure_each_end_their_evidence_at_their_own():
    ctx = context("生态环境\n\n2023年,全市县级及以上城市集中式饮用水水源地水质达标率和农村千吨万人水源地水质达标率分别为100%、100%。",
                  ref=dt.date(2024, 1, 10))
    ms = extract_metrics(ctx)
    assert [m.indicator for m in ms] == ["water_compliance_rate", "water_compliance_rate"]
    assert ms[0].evidence.endswith("分别为100%") and ms[1].evidence.endswith("100%、100%。")  # (its margin, to the line's end)
    assert all(ctx.text[m.evidence_start:m.evidence_end] == m.evidence for m in ms)


def test_a_count_with_a_breakdown_in_brackets_before_its_rate_is_the_rates_scope():
    ms = extract_metrics(context("惠州市水质\n\n1-11月,全市11个国考断面(地表水8个、水库1个、入海河流2个)水质优良率为100%。"))
    assert {m.value: m.indicator for m in ms if m.unit == "个"} == {11: "other", 8: "other", 1: "other", 2: "other"}


def test_two_measures_of_one_value_told_together_stay_two_rows():
    ms = extract_metrics(context("生态环境\n\n2023年,全市PM2.5、PM10平均浓度分别同比下降8.3%、8.3%。", ref=dt.date(2024, 1, 10)))
    assert sorted(m.indicator for m in ms) == ["pm10_concentration", "pm25_concentration"]


def test_checks_counted_by_times_stay_inspections_and_approval_items_are_no_tasks():
    ms = extract_metrics(context("环境执法\n\n2023年,全年共检查企业1222个次,市生态环境局承接省级下放审批事项15项。", ref=dt.date(2024, 1, 10)))
    assert [(m.value, m.indicator) for m in ms] == [(1222, "inspections"), (15, "other")]


def test_a_growth_of_good_days_in_percent_is_no_ratio():
    ms = extract_metrics(context("全市空气质量\n\n2023年,全市优良天数为286天,同比增加12天,增幅4.4%;优良天数所占比例为81.4%。",
                                 ref=dt.date(2024, 1, 10)))
    assert {m.value: m.indicator for m in ms}[4.4] != "good_air_day_ratio"
    assert {m.value: m.indicator for m in ms}[81.4] == "good_air_day_ratio"


def test_parting_two_equal_figures_whose_shared_evidence_runs_on_does_not_fail_the_page():
    # (the evidence goes on after the second figure: parted, neither ends where it ended; the page
    # once failed with a KeyError here)
    import dataclasses

    from qingshan.extract.metrics import _merge_repeats

    ctx = context("某市\n\n今年以来,市委召开2次常委会会议。", ref=dt.date(2024, 1, 10))
    m = extract_metrics(ctx)[0]
    evidence = "市委召开2次常委会会议、2次政府常务会议专题研究"
    a, b = (dataclasses.replace(m, evidence=evidence, evidence_end=m.evidence_start + len(evidence)) for _ in range(2))
    out = _merge_repeats([a, b], [False, False], [None, None], ctx.dicts)
    assert [x.evidence for x in out] == ["市委召开2次", "市委召开2次常委会会议、2次"]


def test_meetings_counted_are_no_inspections_though_the_sentence_is_about_an_inspection():
    ms = extract_metrics(context("某市整改\n\n市委高度重视督察反馈意见整改,今年以来共召开9次常委会议、4次政府专题会,研究整改工作。",
                                 ref=dt.date(2023, 5, 26)))
    assert [(m.value, m.indicator) for m in ms] == [(9, "other"), (4, "other")]
    ms = extract_metrics(context("某市整改\n\n今年以来,共开展督察检查12次。", ref=dt.date(2023, 5, 26)))
    assert [(m.value, m.indicator) for m in ms] == [(12, "inspections")]


def test_good_air_days_told_in_percent_are_their_ratio():
    ms = extract_metrics(context("空气质量\n\n11月,福州空气质量达标天数为100%,全市优良天数为28天。", ref=dt.date(2019, 12, 18)))
    assert [(m.value, m.unit, m.indicator) for m in ms] == [(100, "%", "good_air_day_ratio"), (28, "天", "good_air_days")]


def test_days_of_each_pollution_grade_and_other_counts_of_days():
    # (indicators.csv: 重度/严重污染 are heavy pollution days, 轻度/中度污染 and any other `…天数` are not good days)
    ms = metrics("某市空气质量通报\n\n今年1至5月,城区空气质量达标天数84天,同比减少13天,出现沙尘天气9次,影响天数23天。"
                 "超标天数67天,其中轻度污染51天、中度污染8天、重度污染2天、严重污染6天。")
    assert ms[84].indicator == "good_air_days"
    assert {v: ms[v].indicator for v in (23, 51, 8, 2, 6)} == {
        23: "other", 51: "other", 8: "other", 2: "heavy_pollution_days", 6: "heavy_pollution_days"}
    ms = metrics("某州月报\n\n优良天数比率为99.3%,共出现轻度污染2天。国控省控考核断面优良断面比例为100%。")
    assert (ms[2].indicator, ms[100].indicator) == ("other", "good_water_ratio")


def test_a_year_a_speaker_opens_makes_its_paragraphs_figures_goals():
    ms = metrics("各地政府工作报告\n\n齐齐哈尔市提出,2023年要巩固提升空气质量,确保PM2.5平均浓度控制在29微克/立方米以内;"
                 "加强农业面源污染防治,测土配方施肥技术推广覆盖率达90%以上。", ref=dt.date(2023, 2, 17))
    assert (ms[29].kind, ms[90].kind) == ("target", "target")


def test_review_a_speakers_plan_does_not_make_last_years_results_goals():
    ms = metrics("市生态环境局召开会议\n\n市生态环境局局长王某表示,今年要持续深入打好污染防治攻坚战。"
                 "去年全市PM2.5平均浓度为28微克/立方米,完成燃煤锅炉淘汰36台。", ref=dt.date(2023, 3, 1))
    assert (ms[28].kind, ms[36].kind) == ("actual", "actual")


def test_review_a_plans_work_base_is_a_report_on_a_page_without_a_headline():
    ms = metrics("为持续改善全县空气质量,根据《某省大气污染防治条例》,结合我县实际,制定本方案。\n一、工作基础\n"
                 "2023年,全县PM2.5平均浓度为38微克/立方米,完成燃煤锅炉淘汰86台。\n二、主要目标\n"
                 "到2025年,全县PM2.5平均浓度下降到35微克/立方米。", ref=dt.date(2023, 1, 1), stated=False,
                 doc_type="plan", year_only=True)
    assert (ms[38].kind, ms[86].kind, ms[35].kind) == ("actual", "actual", "target")
    ms = metrics("某市空气\n\n全年重度污染天数2天,中度污染天数5天。", ref=dt.date(2024, 1, 11))
    assert (ms[2].indicator, ms[5].indicator) == ("heavy_pollution_days", "other")


def test_a_year_opening_an_earlier_paragraph_frames_before_a_headline_of_last_years_result():
    ms = metrics("2022年黑龙江省空气质量优良天数比率达到95.9% 创有监测记录以来历史最优\n\n"
                 "25日,黑龙江省生态环境厅召开2023年黑龙江省生态环境保护工作会议。\n\n"
                 "2023年,黑龙江省将全力推进生态环境治理体系和治理能力现代化。\n\n"
                 "整改任务攻坚方面,聚焦24项年度中央生态环境保护督察反馈问题整改任务和167件阶段性办结信访案件。",
                 ref=dt.date(2023, 2, 25))
    assert (ms[24].kind, ms[24].period_start, ms[167].kind) == ("target", dt.date(2023, 1, 1), "target")


def test_a_count_of_industries_is_a_count_of_kinds():
    ms = metrics("某省工作\n\n2023年,以钢铁、水泥等39个行业为重点,完成12家企业超低排放改造。", ref=dt.date(2023, 2, 25))
    assert 39 not in ms and ms[12].indicator == "enterprises"  # (GUIDE: counts of kinds are no metrics)


def test_good_and_fine_days_written_with_a_pause_mark():
    ms = metrics("河南环境质量\n\n7月份全省18个省辖市环境空气优、良天数达到22天,优、良天数比例为72.2%。", ref=dt.date(2018, 8, 8))
    assert (ms[22].indicator, ms[72.2].indicator) == ("good_air_days", "good_air_day_ratio")


def test_a_table_laid_out_a_cell_per_line_names_the_pollutant_of_the_values_below_its_label():
    text = ("3月份各区县污染因子排名情况\n\n污染因子 |\n排名后3位区县 |\nPM10 |\n"
            "城关区(81μg/m3)、西固区(77μg/m3)、安宁区(70μg/m3) |\n臭氧 |\n城关区(152μg/m3)、七里河区(149μg/m3) |\n")
    got = {(m.value, m.indicator) for m in extract_metrics(context(text))}
    assert {(81.0, "pm10_concentration"), (70.0, "pm10_concentration"), (152.0, "o3_concentration"),
            (149.0, "o3_concentration")} <= got


def test_coal_burnt_less_and_households_checked():
    ms = metrics("天津市推进煤改电\n2017年,全市每年减少燃煤消耗28万吨,开展入户检查17万户次。")
    assert (ms[280000].indicator, ms[170000].indicator) == ("coal_consumption", "inspections")


def test_review40_air_and_law_stay_themselves():
    # a bare 优良率 after air pollutants is the air's, even after water earlier in the sentence; a ratio qualified
    # (`城区环境优良率`) is no bare one
    for text in ("上半年,全市12个国控断面水质全部达标,PM2.5平均浓度32微克/立方米,优良率86.5%。",
                 "2023年,全区饮用水水源地水质达标率100%,臭氧浓度为152微克/立方米,优良率为86.5%。",
                 "今年1-10月,全县地表水断面水质稳定达标,城区环境优良率达到86.5%。"):
        assert metrics(text)[86.5].indicator == "good_air_day_ratio", text
    # cases of law in a paragraph about complaints stay enforcement's (`行政案件`, `刑事案件`, `损害赔偿案件`, `审结`)
    ms = metrics("2023年,市生态环境局共受理群众信访举报件860件。全年共办理环境行政案件135件,环境污染犯罪案件12件,"
                 "办理生态环境损害赔偿案件6件,审结环境资源民事案件56件。")
    assert [ms[v].indicator for v in (860, 135, 12, 6, 56)] == ["complaints_handled"] + ["enforcement_cases"] * 4
    # a headline counting in another word is another fact (`抓获…42人` over `执法检查42次`)
    ms = [(m.value, m.unit) for m in extract_metrics(context(
        "某市公安机关抓获环境犯罪嫌疑人42人\n\n今年以来,全市开展执法检查42次,侦办环境污染刑事案件12件。"))]
    assert (42.0, "人") in ms and (42.0, "次") in ms


def test_review40b_complaints_across_districts_and_a_goal_a_province_set():
    ms = metrics("信访工作\n\n2023年,全市受理群众信访举报件520件。其中,涉及跨行政区域的案件8件,涉及赔偿诉求的案件15件。")
    assert (ms[8].indicator, ms[15].indicator) == ("complaints_handled", "complaints_handled")
    text = "济南市空气质量\n2023年,全市PM2.5平均浓度为42微克/立方米,比山东省确定的考核目标低3微克/立方米。"
    assert {m.value: m.region for m in extract_metrics(context(text))}[3] == "济南市"


def test_complaint_cases_are_complaints_not_enforcement_cases():
    text = ("环境信访工作情况\n\n2023年全市共受理各类环境信访投诉案件58件(来访12件、来信30件),"
            "其中生态环境部转办案件6件,已全部办结。")
    got = {m.value: m.indicator for m in extract_metrics(context(text))}
    assert got[58.0] == got[12.0] == got[30.0] == got[6.0] == "complaints_handled"
    # so are the cases after them in the paragraph that no act of enforcement names (`重点案件4件`), and a headline's
    # `案件215件` over them is the same fact; cases dealt with by law are enforcement's
    text = ("督察组交办第18批案件215件\n\n督察组向我市交办第18批群众举报案件215件。"
            "与盘山县交叉案件1件。重点案件4件,已办结3件。查处违法案件12件。")
    got = [(m.value, m.indicator) for m in extract_metrics(context(text))]
    assert got == [(215.0, "complaints_handled"), (1.0, "complaints_handled"), (4.0, "complaints_handled"),
                   (3.0, "complaints_handled"), (12.0, "enforcement_cases")]


def test_the_gains_of_a_year_kept_date_no_goal_of_the_plan():
    ms = metrics("某县2019年大气污染防治工作方案\n\n(二)改善目标\n"
                 "保持和巩固2018年环境空气质量改善成果,明显减少重污染天数,空气质量优良天数比率达到90%以上。",
                 ref=dt.date(2019, 3, 1), doc_type="plan")
    assert (ms[90].kind, ms[90].period_start) == ("target", dt.date(2019, 1, 1))


def test_a_paragraph_opening_with_its_breakdown_takes_the_tally_before_it():
    ms = metrics("环保执法成效明显\n\n记者从市生态环境局了解到,2019年以来,我市共立案查处环境违法案件620起。\n"
                 "其中,实施按日计罚8起,实施查封扣押31起。", ref=dt.date(2019, 10, 8))
    assert (ms[31].period_start, ms[31].period_end) == (ms[620].period_start, ms[620].period_end)
    assert ms[31].period_start == dt.date(2019, 1, 1)


def test_visitors_are_not_complaints():
    ms = metrics("国庆假期湿地公园接待情况\n\n国庆期间,湿地公园共接待来访游客3.2万人次。")
    assert ms[32000].indicator != "complaints_handled"


def test_goals_set_out_after_the_turn_to_what_is_next():
    ms = metrics("久久为功优环境\n\n2022年,全市PM2.5浓度为35微克/立方米,生态环境质量全面改善。\n"
                 "为贯彻落实全会要求,下一步,我市在生态环境工作中将全力做到“围绕一个目标”。\n"
                 "围绕一个目标,即确保完成生态环境质量改善目标。全市PM2.5浓度不超过33微克/立方米,优良天数比率达到79.5%。",
                 ref=dt.date(2023, 1, 2))
    assert ms[35].period_start == dt.date(2022, 1, 1)
    # the period reported before the turn is not the goals' (no year of their own is stated)
    assert ms[33].period_start is None and ms[79.5].period_start is None
    # a limit set earlier in the sentence makes the level after it a goal too
    assert (ms[33].kind, ms[79.5].kind) == ("target", "target")


def test_the_period_a_reports_lead_gives_first_frames_the_paragraphs_after_it():
    ms = metrics("前五月全省空气质量排名出炉\n\n星报讯 记者昨日从省生态环境厅获悉,2022年1至5月全省16个地级市空气质量排名出炉。\n"
                 "根据监测数据来看,黄山市空气质量综合指数为2.91,优良天数比例为98.7%。", ref=dt.date(2022, 6, 8))
    assert (ms[98.7].period_start, ms[98.7].period_end) == (dt.date(2022, 1, 1), dt.date(2022, 5, 31))


def test_what_needed_doing_named_as_the_things_done_is_a_result():
    # what needed doing, named as the things done, is a result (`2022年需完成整改的16项…已全部完成`)
    ms = metrics("整改工作推进会召开\n\n2022年需完成整改的16项督察反馈问题整改任务已全部完成。", ref=dt.date(2023, 2, 25))
    assert ms[16].kind == "actual"


def test_the_scope_of_a_rate_set_as_a_goal_is_what_exists():
    ms = metrics("某市2022年水污染防治工作计划\n\n2022年,全市40个地表水国省考断面达到或好于Ⅲ类比例达到85%,其中12个国考断面优Ⅲ比例达到90%。",
                 ref=dt.date(2022, 3, 1), doc_type="plan")
    assert (ms[40].kind, ms[12].kind, ms[85].kind, ms[90].kind) == ("actual", "actual", "target", "target")


def test_places_listed_in_the_clause_before_what_is_measured_of_them_respectively():
    ms = metrics("县(市)PM2.5浓度排名\n\n2023年,黟县PM2.5浓度为23微克/立方米,位列第1;其次是祁门、旌德,PM2.5浓度分别为25微克/立方米、27微克/立方米。")
    assert (ms[25].region, ms[27].region) == ("祁门县", "旌德县")
    assert ms[25].indicator == ms[27].indicator == "pm25_concentration"


def test_regressions_of_the_second_review_stay_fixed():
    # a limit in a report of a year over does not make the figures after it goals
    ms = metrics("我市超额完成2022年大气污染防治目标\n\n2022年,全市PM2.5平均浓度控制在35微克/立方米以内,优良天数比率达到85.3%,"
                 "重污染天数仅1天。", ref=dt.date(2023, 1, 12))
    assert (ms[85.3].kind, ms[1].kind) == ("actual", "actual")
    # a report's paragraph closing with what comes next still frames the paragraphs after it
    ms = metrics("全市生态环境保护工作综述\n\n2022年,全市PM2.5平均浓度为32微克/立方米,同比下降5.9%。下一步,我市将持续深化蓝天保卫战。\n"
                 "全市共查处环境违法案件320起,罚没款1200万元。", ref=dt.date(2023, 1, 12))
    assert ms[320].period_start == dt.date(2022, 1, 1)
    # figures stated respectively after a clause of figures of their own, or of a place of their own
    ms = metrics("安徽省一季度空气质量\n\n一季度,宣城、黄山优良天数比率均为100%,全省PM2.5浓度同比环比分别下降5.2%、3.1%。")
    assert ms[5.2].region == ms[3.1].region == "安徽省"
    ms = metrics("安徽省1-2月空气质量\n\n合肥、芜湖位列前二,六安市1月至2月PM2.5浓度分别为40微克/立方米、35微克/立方米。")
    assert ms[40].region == ms[35].region == "六安市"
    # a count of things still to be made is a goal, scope of a rate or not
    ms = metrics("某省水生态环境保护规划\n\n到2025年,新建的20个省考断面水质优良比例达到95%。", ref=dt.date(2023, 3, 1), doc_type="plan")
    assert ms[20].kind == "target"


def test_the_level_a_goal_starts_from_is_no_goal_and_takes_only_its_own_time():
    ms = metrics("清远市印发大气污染防治方案\n\n到2025年,全市优良天数比例由88.2%提高到92%以上,"
                 "PM2.5浓度从2020年的27微克/立方米下降到24微克/立方米。", ref=dt.date(2021, 11, 5), doc_type="plan")
    assert (ms[88.2].kind, ms[88.2].period_start) == ("actual", None)
    assert (ms[27].kind, ms[27].period_start) == ("actual", dt.date(2020, 1, 1))
    assert (ms[92].kind, ms[92].period_end) == ("target", dt.date(2025, 12, 31))
    assert (ms[24].kind, ms[24].period_end) == ("target", dt.date(2025, 12, 31))


def test_a_plan_named_as_a_noun_makes_no_goal_but_planning_does():
    ms = metrics("某县2020年度环境质量\n\n2020年我县全面完成环境质量监管、绿色发展行动计划共85项年度考核任务。"
                 "今年计划完成30个村庄整治。", ref=dt.date(2021, 6, 3))
    assert (ms[85].kind, ms[30].kind) == ("actual", "target")


def test_a_word_holding_a_cue_is_no_cue():
    # 拟 (`intends to`) in 虚拟, 模拟: a word of its own
    ms = metrics("某县2021年生态环境工作\n\n2021年,全县依法清理整顿小水电41座,拆除关停虚拟货币“挖矿”企业87户。", ref=dt.date(2022, 1, 17))
    assert ms[87].kind == "actual"


def test_a_change_after_a_semicolon_is_the_change_of_the_level_before_it():
    # `;` does not end a sentence: the changes are those of the levels told before it
    ms = metrics("某市2020年环境状况\n\n2020年,城市环境空气质量优良天数为301天,环境空气质量优良率为82.2%;"
                 "与2019年相比优良天数增加21天,环境空气质量优良率提高5.7个百分点。", ref=dt.date(2021, 6, 3))
    assert sorted(ms) == [82.2, 301]
    assert (ms[301].change_direction, ms[301].change_value, ms[82.2].change_value, ms[82.2].change_unit) == (
        "up", 21, 5.7, "百分点")



def test_the_times_of_a_changes_starting_level_and_of_the_level_reached():
    # (review) the year a sentence opens with dates the level reached; only the words `从…的` date the starting level
    ms = metrics("某市2023年环境质量\n\n据介绍,2023年全市优良率由95.1%提升至97.5%。今年以来,全市优良天数比例由去年同期的88.2%提升至93.1%。",
                 ref=dt.date(2024, 3, 5))
    assert (ms[97.5].period_start, ms[95.1].period_start) == (dt.date(2023, 1, 1), None)
    assert ms[93.1].period_start == dt.date(2024, 1, 1) and ms[88.2].period_start.year == 2023
    ms = metrics("某市规划\n\n到2025年,全市PM2.5浓度从2020年的23微克/立方米下降到21微克/立方米,优良天数比例由98.6%提高到99%以上。",
                 ref=dt.date(2022, 3, 5), doc_type="plan")
    assert (ms[99].kind, ms[99].period_start, ms[23].period_start) == ("target", dt.date(2025, 1, 1), dt.date(2020, 1, 1))
    # (review) a quota (`计划指标`) is a goal; equipment counted in 台 is no vehicle; a rank is no index
    assert metrics("某市\n\n今年省里下达我市淘汰国三柴油货车计划指标1200辆。", ref=dt.date(2024, 3, 5))[1200].kind == "target"
    assert metrics("某市\n\n汽修企业喷涂车间新安装活性炭吸附设备86台。", ref=dt.date(2024, 3, 5))[86].indicator != "vehicles"
    assert 20 not in metrics("某省\n\n全省排名后20的综合指数均超过5.0。", ref=dt.date(2024, 3, 5))


def test_equal_figures_told_together_are_two_facts():
    ms = extract_metrics(context("某市2019年工作方案\n\n2019年,二氧化硫、氮氧化物、VOCS排放总量较2015年分别削减15%、12%、15%。",
                                 ref=dt.date(2019, 3, 1), doc_type="plan"))
    assert [m.value for m in ms] == [15, 12, 15]



def test_a_change_of_another_years_level_after_a_semicolon_is_its_own():
    # (second review) the 2022 level is not stated: its change is a figure of its own
    ms = metrics("某市水环境\n\n2021年全市国考断面水质优良比例为80%;2022年国考断面水质优良比例比上年提高6.7个百分点。",
                 ref=dt.date(2023, 2, 1))
    assert (ms[80].change_value, ms[6.7].change_direction, ms[6.7].change_value) == (None, "up", 6.7)


def test_vehicles_counted_in_tai_and_equipment_in_a_workshop():
    # (second review) buses and sanitation trucks are counted in 台 too; a workshop's equipment and machinery are no vehicles
    ms = metrics("某市\n\n市公交集团新购置纯电动公交车120台,汽修企业喷涂车间新安装活性炭吸附设备86台,对45台非道路移动机械登记。",
                 ref=dt.date(2024, 3, 5))
    assert (ms[120].indicator, ms[86].indicator, ms[45].indicator) == ("vehicles", "other", "other")


def test_a_goal_word_a_city_name_runs_into_is_no_goal_heading():
    # `淮安排名…`: 淮安 then 排名, not 安排 (a heading announcing goals, `2024年工作安排`)
    ms = metrics("一季度13市空气质量排名公布徐州淮安排前两位\n\n据了解,一季度全市PM2.5平均浓度为41微克/立方米。",
                 ref=dt.date(2023, 4, 20), stated=False)
    assert ms[41].kind == "actual"
    ms = metrics("淮安市2024年工作安排\n\n全市PM2.5平均浓度控制在35微克/立方米。", ref=dt.date(2024, 1, 20))
    assert ms[35].kind == "target"


def test_assessment_targets_listed_after_a_label_are_goals_across_lines():
    # `…考核指标为,` opens a list of goals, its items on lines of their own joined by `;`
    ms = metrics("某省印发2023年水污染防治工作方案\n\n根据《方案》要求,2023年各市水质考核指标为,甲市国考断面优良比例为90%;\n"
                 "乙市国考断面优良比例为85.5%;\n丙市国考断面优良比例为80.5%。", ref=dt.date(2023, 1, 1), stated=False, year_only=True)
    for v in (90, 85.5, 80.5):
        assert ms[v].kind == "target", v
        assert (ms[v].period_start, ms[v].period_end) == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    # the year the label names frames the lines after it when nothing else does (a headline with no year)
    ms = metrics("某省印发水污染防治年度方案\n\n根据《方案》要求,2021年各市水质考核指标为,甲市国考断面优良比例为90%;\n"
                 "乙市国考断面优良比例为85.5%;\n丙市国考断面优良比例为80.5%。", ref=dt.date(2021, 3, 2))
    for v in (90, 85.5, 80.5):
        assert (ms[v].kind, ms[v].period_start, ms[v].period_end) == ("target", dt.date(2021, 1, 1), dt.date(2021, 12, 31)), v
    # a list of results after a label that names no targets is not (`2022年全市主要指标为,…`)
    ms = metrics("2022年全市生态环境状况\n\n2022年全市主要指标为,国考断面优良比例为90%;\n"
                 "PM2.5平均浓度为32微克/立方米。", ref=dt.date(2023, 3, 1))
    assert (ms[90].kind, ms[32].kind) == ("actual", "actual")


def test_review_a_yearly_cut_in_emissions_is_an_emission_reduction():
    ms = metrics("某市计划\n\n2023年,全市将削减化学需氧量排放1200吨/年。", ref=dt.date(2023, 1, 5))
    assert (ms[1200].indicator, ms[1200].unit) == ("emission_reduction", "吨/年")


def test_a_deadline_after_who_asks_opens_the_sentence_and_a_total_to_reach_by_it_is_a_goal():
    # `方案要求,` stands apart: the deadline after it frames the sentence and its items joined by `;`
    ms = metrics("某省乡村建设行动实施方案\n\n方案要求,2025年年底前,累计新改造农村卫生厕所550万户;\n农村生活污水治理率达到45%以上。",
                 ref=dt.date(2023, 3, 1))
    for v in (5_500_000, 45):
        assert (ms[v].kind, ms[v].period_start, ms[v].period_end) == ("target", dt.date(2025, 1, 1), dt.date(2025, 12, 31)), v
    # a total told as of a day is a tally
    ms = metrics("某省乡村建设情况\n\n截至2022年底,全省累计改造农村卫生厕所550万户。", ref=dt.date(2023, 3, 1))
    assert ms[5_500_000].kind == "actual"


def test_done_ahead_of_time_is_a_result_not_a_deadline():
    # 提前完成 tells a task finished early; only 前完成 after a date (`6月底前完成`) sets a deadline
    ms = metrics("2023年,全县超额提前完成市下达的减排任务,二氧化硫减排860吨。", ref=dt.date(2024, 2, 1))
    assert ms[860].kind == "actual"
    ms = metrics("2024年,全县要在6月底前完成860吨二氧化硫减排任务。", ref=dt.date(2024, 2, 1))
    assert ms[860].kind == "target"


def test_a_year_right_after_the_verb_reporting_it_frames_the_paragraph_after():
    ms = metrics("某市召开2022年全市生态环境保护工作会议\n\n会议指出2021年,全市生态环境质量持续改善:\n"
                 "PM2.5浓度28微克/立方米,优良天数比率85.5%。", ref=dt.date(2022, 3, 3))
    assert (ms[28].period_start, ms[28].period_end) == (dt.date(2021, 1, 1), dt.date(2021, 12, 31))
    assert ms[85.5].kind == "actual"


def test_an_open_period_in_a_headings_run_on_text_is_read_without_asking_itself_again():
    # `截至10月` opens the text a heading runs on with: its start asks the paragraph's frame, which asked the
    # opening time again, without end (RecursionError: the whole page failed)
    ms = metrics("关于2021年环境状况的报告\n\n一、全区环境质量状况\n\n(一)环境空气质量。截至10月,全区环境空气质量优良天数比例为"
                 "82.1%,同比下降4.5个百分点。", ref=dt.date(2021, 12, 2))
    assert ms[82.1].period_end == dt.date(2021, 10, 31)


def test_a_result_measured_against_a_goal_is_a_result():
    ms = metrics("2021年环境状况\n\n2021年,全区PM2.5平均浓度为25微克/立方米,优于国家30.7微克/立方米的考核目标;"
                 "20个国控断面水质优良比例为80%,达到国家考核目标。", ref=dt.date(2022, 1, 10))
    assert [(v, ms[v].kind) for v in (25, 30.7, 80)] == [(25, "actual"), (30.7, "target"), (80, "actual")]
    ms = metrics("2024年工作安排\n\n2024年,力争PM2.5浓度降至30微克/立方米,完成省定目标。", ref=dt.date(2024, 1, 10))
    assert ms[30].kind == "target"  # a goal's words before it


def test_goals_a_named_plan_sets_out_after_its_deadline():
    # `《整改方案》提出了整改目标,即到2020年,…;…。…。`: the plan names them goals; the deadline after 即 opens the list
    ms = metrics("某省公开督察整改方案\n\n《整改方案》提出了整改目标,即到2020年,全省环境空气质量达标率不低于76.5%;"
                 "细颗粒物(PM2.5)浓度下降到42微克/立方米。河流水质优良比例达到51.2%以上。", ref=dt.date(2017, 12, 20))
    assert [(ms[v].kind, ms[v].period_end) for v in (76.5, 42, 51.2)] == [("target", dt.date(2020, 12, 31))] * 3
    # a bulletin's words of what it states are no plan's (`《公报》显示,2016年…`)
    ms = metrics("某省环境状况公报\n\n《公报》显示,2016年全省环境空气质量达标率为70.5%。", ref=dt.date(2017, 6, 5))
    assert ms[70.5].kind == "actual"


def test_an_amount_of_administrative_penalties_is_a_penalty_amount():
    ms = metrics("执法成效\n\n截至11月6日,全省共办理案件85起,行政处罚1184万元。", ref=dt.date(2023, 11, 25))
    assert (ms[85].indicator, ms[11840000].indicator) == ("enforcement_cases", "penalty_amount")
    ms = metrics("执法成效\n\n2017年,全省开出环保罚单5.8亿元。", ref=dt.date(2018, 1, 20))  # (penalty tickets, indicators.csv)
    assert ms[580000000].indicator == "penalty_amount"


def test_problems_handed_over_counted_in_a_plan_are_what_exists():
    ms = metrics("某县整改工作方案\n\n扎实推进第二轮省生态环保督察报告反馈涉及我县18项问题(其中共性问题12项,个性问题6项)整改工作,"
                 "确保在整改时限内按要求整改到位。到2024年底,力争完成30个问题整改。", ref=dt.date(2024, 3, 1), doc_type="plan")
    assert [(v, ms[v].kind) for v in (18, 12, 6, 30)] == [(18, "actual"), (12, "actual"), (6, "actual"), (30, "target")]


def test_who_attended_counted_has_no_period():
    ms = metrics("某区召开2023年生态环境保护工作会议\n\n3月3日,某区生态环境保护工作会议召开。区政府办、区发改局等17个部门,"
                 "22个街道办事处分管负责同志,分局中层以上干部共60人参加了会议。全年完成整治项目80个。", ref=dt.date(2023, 3, 4))
    assert [(ms[v].period_start, ms[v].period_end) for v in (17, 22, 60)] == [(None, None)] * 3
    assert ms[80].period_end == dt.date(2023, 12, 31)  # a count of work done keeps its year


def test_the_whole_year_is_the_one_the_sentence_opens_with():
    ms = metrics("某区工作会议\n\n2022年全区PM2.5平均浓度为22微克/立方米,全年完成整治项目60个。", ref=dt.date(2023, 3, 4))
    assert (ms[60].period_start, ms[60].period_end) == (dt.date(2022, 1, 1), dt.date(2022, 12, 31))


def test_farms_counted_are_enterprises():
    ms = metrics("养殖治理\n\n2016年11月,全乡拆除200多家生猪养殖场,关停养殖户35户。", ref=dt.date(2016, 12, 1))
    assert (ms[200].indicator, ms[35].indicator) == ("enterprises", "enterprises")


def test_regressions_of_the_third_review_stay_fixed():
    # goals to find or finish problems stay goals; a breakdown after a comma is of what was found
    ms = metrics("某县生态环境问题整改工作方案\n\n一、工作目标\n\n力争2023年底前排查发现环境问题不少于200个,"
                 "2025年底前全面完成省督察反馈的25个问题整改。", ref=dt.date(2023, 3, 1))
    assert (ms[200].kind, ms[25].kind) == ("target", "target")
    ms = metrics("某县问题\n\n中央生态环境保护督察反馈问题涉及我县21项,其中共性问题13项,个性问题8项。", ref=dt.date(2023, 3, 1),
                 doc_type="plan")
    assert [ms[v].kind for v in (21, 13, 8)] == ["actual"] * 3
    # a plan's goal set to meet a goal is a goal; a past year a plan states is a result
    ms = metrics("某县2024年生态环境保护工作要点\n\n一、主要目标\n\n2024年,全县PM2.5平均浓度30微克/立方米,达到省下达的考核目标要求。",
                 ref=dt.date(2024, 1, 20), doc_type="plan")
    assert ms[30].kind == "target"
    ms = metrics("某市达标规划\n\n《某市空气质量达标规划》明确,2021年全市PM2.5浓度为35微克/立方米,较2015年下降20%。",
                 ref=dt.date(2022, 5, 10))
    assert ms[35].kind == "actual"
    # how often something is done is no daily amount; money spent after penalties is no penalty
    ms = metrics("某县推进减排\n\n县城每日调度减排二氧化硫800吨。", ref=dt.date(2023, 6, 10))
    assert ms[800].unit == "吨"
    ms = metrics("执法\n\n今年以来,全市办理行政处罚案件56件,企业整改投入资金共计2300万元用于处罚后整改。", ref=dt.date(2023, 5, 1))
    assert ms[23000000].indicator != "penalty_amount"


def test_a_plans_goals_on_a_page_with_no_date_are_read_without_failing():
    # whether a year is over cannot be told without the page's date: the question answers no, it does not fail
    ms = metrics("某省公开督察整改方案\n\n《整改方案》提出了整改目标,即到2020年,全省环境空气质量达标率不低于76.5%;"
                 "细颗粒物(PM2.5)浓度下降到42微克/立方米。", ref=None)
    assert (ms[76.5].kind, ms[42].kind) == ("target", "target")


def test_only_so_much_is_a_state_before_the_goal_still_to_reach():
    ms = metrics("某市攻坚\n\n据了解,今年1月至8月,全市PM2.5浓度为42微克/立方米。但全市的优良天数比率仅为86.4%,要完成年度87.7%的目标任务,"
                 "形势仍十分严峻。", ref=dt.date(2018, 10, 11))
    assert (ms[86.4].kind, ms[86.4].period_end) == ("actual", dt.date(2018, 8, 31))
    assert ms[87.7].kind == "target"


def test_regressions_of_the_fourth_review_stay_fixed():
    # a day's amounts worded in full are daily rates; how often something is done is not
    ms = metrics("某市污水处理\n\n目前,城区污水处理厂日均处理量4.2万吨,每天产生餐厨垃圾约120吨,县城每日调度减排二氧化硫800吨。",
                 ref=dt.date(2024, 7, 1))
    assert (ms[42000].unit, ms[120].unit, ms[800].unit) == ("吨/日", "吨/日", "吨")
    # money after 处罚 is a penalty
    ms = metrics("执法\n\n今年以来,全市共立案查处环境违法案件86件,累计处罚368.5万元。", ref=dt.date(2024, 7, 1))
    assert ms[3685000].indicator == "penalty_amount"
    # 年内 with a goal's year to come opening the sentence is the page's year
    ms = metrics("充电设施\n\n2025年全市计划新建公共充电桩1200个,年内已建成公共充电桩860个。", ref=dt.date(2024, 12, 20))
    assert (ms[860].kind, ms[860].period_end) == ("actual", dt.date(2024, 12, 31))
    # no period only for who attends a meeting or an activity, with no other count between
    ms = metrics("某市2023年工作回顾\n\n2023年工作回顾\n\n全市共抓获环境犯罪嫌疑人26人,组织120名执法人员参加业务培训。"
                 "全市共有85家重点排放单位参加全国碳市场交易。", ref=dt.date(2024, 1, 20))
    assert all(ms[v].period_end == dt.date(2023, 12, 31) for v in (26, 120, 85))
    # only so much before the figure, not elsewhere in the sentence
    ms = metrics("形势分析\n\n今年要将优良天数比率提高到90%,而去年仅为86.4%。目前全市黑臭水体仅有3条,年底前要全部完成整治。",
                 ref=dt.date(2024, 2, 1))
    assert (ms[90].kind, ms[3].kind) == ("target", "actual")


def test_the_level_of_a_comparisons_base_is_of_the_base_period():
    ms = metrics("某县空气质量通报\n\n2021年1-6月某县优良率为91.7%,较2020年上半年同期83.5%提高8.2%。",
                 ref=dt.date(2021, 7, 20))
    assert (ms[91.7].period_start, ms[91.7].period_end) == (dt.date(2021, 1, 1), dt.date(2021, 6, 30))
    assert (ms[83.5].period_start, ms[83.5].period_end) == (dt.date(2020, 1, 1), dt.date(2020, 6, 30))
    assert ms[91.7].change_value == 8.2 and ms[83.5].change_value is None


def test_a_rates_goal_at_last_years_level_is_a_fact_of_its_own_even_where_the_excerpt_ends():
    got = extract_metrics(context("某省发布公报\n\n2023年,全省优良天数比率为85.1%,同比上升1.2个百分点。\n\n"
                                  "据悉,2024年全省主要目标是,PM2.5浓度降至30.5微克/立方米,优良天数比率不低于85.1%,国考断面优Ⅲ比例达到90",
                                  ref=dt.date(2024, 5, 2)))
    assert sorted((m.value, m.kind) for m in got if m.value == 85.1) == [(85.1, "actual"), (85.1, "target")]


def test_rectification_measures_are_counted_as_tasks():
    ms = metrics("某市督察整改进展\n\n截至目前,某市贯彻落实督察组反馈问题的126项整改措施已完成98项。", ref=dt.date(2023, 6, 1))
    assert ms[126].indicator == "tasks" and ms[98].indicator == "tasks"


def test_rectification_initiatives_are_counted_as_tasks_too():
    ms = metrics("某市督察整改进展\n\n某市制定整改举措126条,目前已落实98条。", ref=dt.date(2024, 10, 8))
    assert ms[126].indicator == "tasks"


def test_the_good_days_rate_is_the_good_air_day_ratio():
    ms = metrics("某省通报空气质量\n\n1至6月,全省优良天数率为86.2%,同比上升3.4个百分点。"
                 "绵阳、广元优良天数率较三年均值分别上升6.1、4.2个百分点。")
    assert {m.indicator for m in ms.values()} == {"good_air_day_ratio"}


def test_a_count_of_places_with_its_gloss_told_again_is_one_fact():
    ms = extract_metrics(context("某省约谈12县\n\n8月5日,省生态环境厅对安平县等12县(市、区)进行了公开约谈。约谈会指出了12县(市、区)存在的"
                                 "主要问题,并要求12县(市、区)坚守空气质量改善底线。全省120个县(市、区)中,另有8个县(市、区)排名上升。"))
    assert sorted(m.value for m in ms) == [8, 12, 120]
    # (written with 个 or without, and two parts of equal count are two groups)
    ms = extract_metrics(context("某市秸秆禁烧\n\n全市12县(市、区)全面落实禁烧责任。截至10月底,12个县(市区)均未发生火点。"
                                 "北部5个县(市、区)已完成秸秆离田。南部5个县(市、区)正在推进秸秆还田。"))
    assert sorted(m.value for m in ms) == [5, 5, 12]


def test_shall_before_a_verb_of_a_level_reached_and_a_plan_a_speaker_introduces_make_goals():
    # `将削减至`, `将降至`: 将 as `shall` (not the object marker), and the clauses after it in the sentence
    text = ("某省印发大气污染防治工作方案\n\n按照该方案确定的目标,2019年我省PM10年均浓度将削减至75微克/立方米以下,"
            "PM2.5年均浓度削减至36微克/立方米以下。")
    ms = metrics(text, ref=dt.date(2019, 3, 1), stated=False, year_only=True)
    assert ms[75].kind == ms[36].kind == "target"
    # a year's plan a speaker introduces (`厅长王某介绍,2026年,全省将…;`) governs the items after it
    text = ("某省召开会议\n\n厅长王某介绍,2026年,全省将推进绿色低碳发展;完成800个农村生活污水治理任务。")
    assert metrics(text, ref=dt.date(2026, 2, 1))[800].kind == "target"
    # (将 as the object marker: `将21家企业纳入` reports)
    assert metrics("某市执法\n\n2025年,某市将21家企业纳入重点排污单位名录。", ref=dt.date(2026, 2, 1))[21].kind == "actual"


def test_shall_before_a_level_verb_is_still_the_object_marker_before_a_verb_of_placing():
    # (review) `将增加的资金…用于`, `将达标企业…纳入`, `将控制…的园区列为`: 将 marks an object; the figures report
    text = ("某省推进农村环境整治\n\n2023年,全省将增加的省级专项资金1.2亿元全部用于农村生活污水治理。"
            "2023年,全省将达标企业126家纳入正面清单,将控制污染成效显著的18个工业园区列为省级示范园区。")
    ms = metrics(text, ref=dt.date(2024, 10, 20))
    assert ms[120000000].kind == ms[126].kind == ms[18].kind == "actual"
    # `将完成`, `将新建`, `将超过`: goals
    ms = metrics("某市\n\n据介绍,全市将新建城镇污水管网120公里,将完成60个村庄人居环境整治,森林覆盖率将超过55%。",
                 ref=dt.date(2024, 5, 20))
    assert ms[120].kind == ms[60].kind == ms[55].kind == "target"


def test_a_paragraph_opened_by_naming_this_years_goals_makes_its_figures_goals():
    text = ("某省召开环保工作会议\n\n会议明确了今年某省环境改善目标,全省PM2.5平均浓度要下降5%以上。"
            "全省地表水水质优良比例达到61.5%,劣Ⅴ类水体断面比例降至12.3%。")
    ms = metrics(text, ref=dt.date(2017, 2, 13))
    assert ms[61.5].kind == ms[12.3].kind == "target"


def test_a_plans_goals_named_with_its_long_name_carry_their_deadline_into_the_next_sentence():
    text = ("某省印发攻坚方案\n\n其中,《某省重污染天气消除攻坚行动实施方案》目标为:到2025年,全省重度及以上污染天数比率≤0.2%。"
            "甲、乙2市重度及以上污染天数控制在3天以内。")
    ms = metrics(text, ref=dt.date(2022, 12, 1))
    assert (ms[3].kind, ms[3].period_start) == ("target", dt.date(2025, 1, 1))


def test_a_paragraph_opened_by_results_against_goals_or_nearly_is_no_plan():
    # (third review) `超额完成省定目标,…将近300天`: results; 将近 is `nearly`
    text = ("某市今年环境质量持续改善\n\n今年以来,全市上下齐心协力。\n\n全市超额完成省定目标,全年空气优良天数将近300天。"
            "全市PM2.5平均浓度为28微克/立方米,优良天数比例达到88.2%。")
    ms = metrics(text, ref=dt.date(2023, 12, 20))
    assert ms[300].kind == ms[28].kind == "actual"
    text = ("某省召开会议\n\n会议确定今年全省环境质量目标为:全省PM2.5平均浓度要下降5%以上。全省优良天数比例达到72%。")
    assert metrics(text, ref=dt.date(2024, 2, 3))[72].kind == "target"


def test_a_goal_of_a_dated_work_plan_no_time_frames_is_for_the_plans_year():
    # GUIDE: a target's period is its deadline year; a work plan's preamble names the year its goals are due
    text = ("根据上级工作要求,现对2031年全县生态环境工作作出如下安排。\n一、主要目标\n"
            "1.确保环境质量持续改善。纳入省级考核的4个断面水质优良率达到75%,县城集中式饮用水水源地水质达标率为100%。")
    ms = metrics(text, ref=dt.date(2031, 1, 1), stated=False, doc_type="plan", year_only=True)
    assert (ms[75].kind, ms[75].period_start, ms[75].period_end) == ("target", dt.date(2031, 1, 1), dt.date(2031, 12, 31))
    assert ms[100].period_end == dt.date(2031, 12, 31)
    # a goal in a report that names no plan's year stays without a period
    ms = metrics("某县推进治水\n\n县里提出,断面水质优良率要达到75%。", ref=None, stated=False)
    assert (ms[75].kind, ms[75].period_end) == ("target", None)


def test_review_mends_for_groups_of_equal_size_and_long_range_goals():
    # (review) two parts' groups of equal size are two scopes
    ms = extract_metrics(context("某省8月空气质量状况\n\n8月,北部7个县级城市空气优良天数比例为80.5%;南部7个县级城市细颗粒物平均浓度为"
                                 "28微克/立方米。", ref=dt.date(2031, 9, 10)))
    assert len([m for m in ms if m.value == 7]) == 2
    # a long-range goal in a year's work plan is not that year's
    text = ("关于印发全县生态环境保护工作要点的通知\n现对2031年全县生态环境保护工作作出如下安排。\n一、主要目标\n"
            "全县森林覆盖率稳定在58%以上。远景目标为全县森林覆盖率达到65%。")
    ms = metrics(text, ref=dt.date(2031, 1, 1), stated=False, doc_type="plan", year_only=True)
    assert (ms[58].period_end, ms[65].period_end) == (dt.date(2031, 12, 31), None)


def test_the_margin_by_which_a_result_beats_its_goal_is_a_result():
    text = ("某市空气质量通报\n2030年,全市优良天数比率为88.2%,超国家考核目标14.8个百分点;PM2.5平均浓度为31微克/立方米,"
            "优于省定目标3.2微克/立方米;优良天数多于国定目标5.7天。")
    ms = metrics(text, ref=dt.date(2031, 1, 5))
    assert ms[88.2].kind == ms[14.8].kind == ms[3.2].kind == ms[5.7].kind == "actual"
    # (a goal to beat one by a margin is a goal)
    assert metrics("某市工作安排\n2031年,全市力争优良天数比率超国家考核目标5个百分点。", ref=dt.date(2031, 1, 5))[5].kind == "target"


def test_patrols_of_rivers_and_sites_are_inspections_counted_in_times_or_person_times():
    ms = metrics("某市河湖长制工作\n2031年第一季度,某市市级河湖长巡查河湖42次,各级河长累计巡河12万人次,"
                 "全年开展扬尘问题巡查356次。", ref=dt.date(2031, 4, 5))
    assert ms[42].indicator == ms[120000].indicator == ms[356].indicator == "inspections"


def test_review_a_margin_asked_for_and_a_goals_own_value_are_targets():
    ms = metrics("某市部署大气污染防治工作\n会议要求,各县(市、区)优良天数比率须高于省定考核目标2个百分点。", ref=dt.date(2030, 2, 20))
    assert ms[2].kind == "target"
    ms = metrics("某市空气质量持续改善\n2029年,某市优良天数比率为93.5%,超过国家考核目标值90%。", ref=dt.date(2030, 1, 20))
    assert ms[93.5].kind == "actual" and ms[90].kind == "target"


def test_a_running_total_under_a_year_runs_up_to_its_end_from_no_start():
    # GUIDE, open periods: `累计` with no start stated ends where the year does; a year's cumulative mean
    # (`累计浓度`), a reduction or occurrences summed over the year (`累计减排`, `762天(次)`) and a total whose sentence
    # states its own span keep theirs
    ms = metrics("某市2023年大气污染防治工作情况\n\n2023年,全市完成23台燃煤锅炉改造。新能源汽车累计推广超7.4万辆。"
                 "全市PM2.5累计浓度为31微克/立方米。累计减排氮氧化物966吨。各市累计受沙尘天气影响762天(次)。")
    assert (ms[74000].period_start, ms[74000].period_end) == (None, dt.date(2023, 12, 31))
    assert (ms[23].period_start, ms[23].period_end) == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    assert ms[31].period_start == ms[966].period_start == ms[762].period_start == dt.date(2023, 1, 1)
    ms = metrics("某市生态环境工作情况\n\n2019年至2023年,全市累计关停企业20家。")
    assert ms[20].period_start == dt.date(2019, 1, 1)
    # (a year stated in the sentence, its additions told apart from the total: the total runs from no start; what was done
    # in the year, summed, stays the year's: `2020年,…累计派出8批共136人次`)
    ms = metrics("安徽农村生活污水治理\n\n2022年,全省完成治理任务的行政村新增761个,累计完成生活污水治理的行政村为3391个。"
                 "2020年,生态环境部累计派出8批检查组。")
    assert (ms[3391].period_start, ms[3391].period_end) == (None, dt.date(2022, 12, 31))
    assert ms[761].period_start == dt.date(2022, 1, 1) and ms[8].period_start == dt.date(2020, 1, 1)


def test_a_margin_over_a_goal_takes_no_change_and_groundwaters_classes_are_groundwaters():
    # the change after `全部为Ⅲ类以上水质` is its own: the last good-water figure before it is a margin (百分点), no level
    ms = metrics("吉林省2021年生态环境状况公报发布\n\n2021年,全省优良水体比例为76.6%,优于国家考核目标2.3个百分点;"
                 "鸭绿江水系监测的13个国控断面,全部为Ⅲ类以上水质,同比上升15.4个百分点。")
    assert ms[15.4].indicator == "good_water_ratio" and ms[15.4].change_value == 15.4
    assert ms[2.3].change_direction is None
    ms = metrics("某省生态环境状况公报\n\n2022年,全省地下水环境质量基本稳定,共监测地下水质量监测井256眼,"
                 "水质达Ⅲ类以上标准的占78.5%,其中Ⅱ类水质井占22.6%;Ⅲ类占55.9%。")
    assert ms[78.5].indicator == "groundwater_quality" and ms[55.9].indicator != "good_water_ratio"


def test_places_moved_in_a_ranking_are_no_figure():
    ms = metrics("某省生态环境工作会议\n\n2022年,地级及以上城市空气优良天数比率达到93.4%,全国排位第9,同比上升3个位次;"
                 "PM2.5年均浓度为28微克/立方米,前移5个名次。")
    assert sorted(ms) == [28, 93.4]


def test_ways_and_channels_counted_are_kinds():
    # GUIDE: counts of kinds are no metrics (abstract_nouns.csv); the traditional script reads the same
    assert metrics("福建省召开新闻发布会\n\n目前,我省已有3种途径可获取水质信息,开通2个渠道受理投诉。") == {}
    assert metrics("福建省召開新聞發布會\n\n目前,我省已有3種途徑可獲取水質信息。") == {}
    # (structures to adjust, changes to grasp: `调整优化4个结构`, `四个重大转变`)
    assert sorted(metrics("柞水加大大气污染防治力度\n\n2020年,柞水将继续以“调整优化4个结构、强化10项保障措施”为抓手。")) == [10]
    assert metrics("大会\n\n会议强调,要正确把握四个重大转变。") == {}
    # (water classes a section is better than its goal by, `优于考核目标1—2个类别`)
    assert sorted(metrics("某市发布会\n\n全市9个断面水质全部在Ⅱ类及以上,其中8个断面优于考核目标1—2个类别。")) == [8, 9]


def test_water_classes_in_chinese_numerals_name_the_good_water_ratio():
    ms = metrics("浙江省环境状况公报\n\n2018年,平原河网水质达到或优于三类水质断面占54.8%,与上年相比,上升16.7个百分点。")
    assert ms[54.8].indicator == "good_water_ratio" and ms[54.8].change_value == 16.7


def test_a_river_figure_after_groundwater_work_is_the_rivers():
    # (review of 8e1fedf) river words after 地下水 make the figure the surface water's good ratio
    ms = metrics("某市2023年水环境质量\n\n2023年,全市持续推进地下水污染防治和河湖生态修复,主要河流Ⅲ类及以上水质比例达到91.7%。")
    assert ms[91.7].indicator == "good_water_ratio"


def test_results_by_a_deadline_already_over_are_results_not_goals():
    # (review) `到2023年底,全市已累计建成…,…达到97.6%` on a page of 2024: actual, no task; on a plan's page (one issued
    # after its first deadline) the deadline still sets a goal
    text = "某市污水管网建设情况\n\n经过多年持续努力,到2023年底,全市已累计建成城镇污水管网3200公里,城镇污水处理率达到97.6%。"
    ms = metrics(text, ref=dt.date(2024, 3, 1))
    assert ms[97.6].kind == ms[3200].kind == "actual"
    assert extract_tasks(context(text, ref=dt.date(2024, 3, 1))) == []
    assert metrics(text, ref=dt.date(2024, 3, 1), doc_type="plan")[97.6].kind == "target"


def test_a_change_after_a_margin_is_of_the_level_not_the_margin():
    # (review) `优于国家考核目标4.2个百分点,同比上升8.3个百分点`: the margin takes no change; the change is its own
    ms = metrics("某市2023年水环境质量\n\n2023年,全市12个国控断面全部为三类以上水质,优于国家考核目标4.2个百分点,同比上升8.3个百分点。",
                 ref=dt.date(2024, 2, 1))
    assert ms[4.2].change_direction is None
    assert (ms[8.3].change_direction, ms[8.3].change_value) == ("up", 8.3)


def test_the_share_of_sections_of_good_water_is_the_good_water_ratio():
    ms = metrics("某部例行新闻发布会\n\n2021年,全国地表水优良水质断面比例为84.9%,同比上升1.5个百分点;"
                 "水质优良断面占72.3%。", ref=dt.date(2022, 1, 20))
    assert ms[84.9].indicator == "good_water_ratio"
    assert ms[72.3].indicator == "good_water_ratio"  # (as 水质优良 already read it)


def test_a_goal_under_the_goals_of_a_plan_over_years_is_for_its_last_year():
    # GUIDE: a deadline year for a target is its period; a plan over 2013-2017 sets its goals for 2017
    text = ("某省大气污染防治行动计划(2013年—2017年)\n\n一、主要目标\n具体目标:到2017年,全省空气质量有所改善。\n"
            "甲市可吸入颗粒物(PM10)年均浓度下降20%,年均浓度控制在83微克/立方米以内。\n")
    ms = metrics(text, ref=dt.date(2015, 11, 20), doc_type="plan")
    for v in (20, 83):
        assert (ms[v].kind, ms[v].period_start, ms[v].period_end) == ("target", dt.date(2017, 1, 1), dt.date(2017, 12, 31))


def test_a_figure_reached_ahead_of_its_goal_is_a_result():
    # `提前完成…目标任务` tells the goal met early; `力争提前完成` still strives for it
    ms = metrics("某县空气质量\n\n截至12月21日,县城区优良天数占全年天数比例达到95%,提前完成“十三五”规划的目标任务。",
                 ref=dt.date(2020, 12, 24))
    assert ms[95].kind == "actual"
    ms = metrics("某县空气质量\n\n今年全县优良天数比例要达到95%,力争提前完成“十三五”目标任务。", ref=dt.date(2020, 3, 1))
    assert ms[95].kind == "target"


def test_a_figure_of_a_dated_work_plans_item_is_a_goal_for_its_year():
    # the paragraph after `2015年要…` goes on with the year's plan: its tasks are due in 2015 (tasks.plan_frame), and
    # so are its figures
    text = ("某市长在政府工作报告中强调 推动一批污染企业搬迁关停\n\n29.01.2015  13:03\n"
            "某市长说,要以更大力度加强污染治理。他说,2015年要继续推进“四清一绿”行动,完成90座工业锅炉煤改气工作。\n"
            "加强水环境治理,综合治理29条河道,新建、扩建23座污水处理厂。\n")
    ms = metrics(text, ref=dt.date(2015, 1, 29))
    for v in (29, 23):
        assert (ms[v].kind, ms[v].period_start, ms[v].period_end) == ("target", dt.date(2015, 1, 1), dt.date(2015, 12, 31))
    # (how things stand, told after the plan's sentence, is no goal: nothing is done to reach it)
    ms = metrics(text.replace("加强水环境治理,综合治理29条河道,新建、扩建23座污水处理厂。",
                              "全市建成区面积120平方公里,森林覆盖率为45%。"), ref=dt.date(2015, 1, 29))
    assert ms[120].kind == "actual" and ms[45].kind == "actual"


def test_a_plan_named_before_deng_is_a_noun_not_a_plan_to_come():
    # `南粤水更清实施计划等18个政策文件`: documents issued, a plan named as a noun
    text = ("某省反馈\n\n2016年11月以来,某省先后出台加快生态文明建设等10个改革文件,南粤水更清实施计划等18个政策文件。")
    assert metrics(text, ref=dt.date(2018, 10, 20))[18].kind == "actual"


def test_a_share_of_the_things_named_after_it_takes_no_indicator_from_before():
    text = ("某省印发实施方案\n\n方案提出,到2020年底,力争国家地表水考核断面水质优良比例比2017年提高5个百分点,"
            "全省90%的村庄生活垃圾得到治理,85%以上的农户用上卫生厕所。")
    ms = metrics(text, ref=dt.date(2018, 11, 24))
    assert ms[5].indicator == "good_water_ratio"
    assert ms[90].indicator == "other" and ms[85].indicator == "other"
    # (a goal named after it is no share: `空气优良率83.6%的目标要求`)
    ms = metrics("某县空气质量\n\n今年要达到自治州下达空气优良率83.6%的目标要求。", ref=dt.date(2024, 3, 1))
    assert ms[83.6].indicator == "good_air_day_ratio"


def test_a_goal_hoped_to_be_met_early_is_still_a_goal():
    # (review of 86e6ee3) `有望提前完成`, `可提前完成`: not done yet
    for lead in ("有望", "可", "努力"):
        ms = metrics(f"某县空气质量\n\n今年全县优良天数比例将达到95%,{lead}提前完成“十三五”目标任务。", ref=dt.date(2020, 3, 1))
        assert ms[95].kind == "target", lead


def test_a_share_takes_the_indicator_its_own_clause_names():
    # (review of 3b573bd) `优良天数比例保持在90%以上的较高水平`: the clause names it
    ms = metrics("某县空气质量\n\n2023年,全县空气优良天数比例保持在90%以上的较高水平。", ref=dt.date(2024, 1, 5))
    assert ms[90].indicator == "good_air_day_ratio"
    # (review of c0d2fea) a word further back that opens with a verb is no commitment's: `发展改革系统干部120名`
    text = ("某市长在政府工作报告中强调\n\n29.01.2015  13:03\n他说,2015年要继续推进“四清一绿”行动。\n"
            "全市发展改革系统干部120名参加培训。\n")
    assert metrics(text, ref=dt.date(2015, 1, 29))[120].kind == "actual"


def test_complaints_counted_as_problems_or_cases_handed_over_are_complaints():
    """`信访举报问题4721件`, `转办件18件`: complaints (indicators.csv), not problems to rectify (`督察反馈问题41项`)."""
    ms = metrics("某某县环保局通报\n\n督察期间共交办群众信访举报问题4721件。全县共收到中央环保督察转办件18件,已办结12件。"
                 "督察反馈问题41项,已完成整改30项。")
    assert [ms[v].indicator for v in (4721, 18, 12)] == ["complaints_handled"] * 3
    assert ms[41].indicator == ms[30].indicator == "other"


def test_a_goal_noted_in_brackets_beside_a_result_is_a_target_and_the_change_is_the_results():
    """`占比97.3%(2023年目标91.0%),同比改善0.9个百分点`: the bracket names the year's goal; the change after it
    is of the result before it."""
    ms = metrics("某某省通报\n\n2023年,全省I—Ⅲ类水质断面占比97.3%(2023年目标91.0%),同比改善0.9个百分点;"
                 "重污染天数7.8天(2023年目标6.7天),同比增加3.8天。")
    assert [(ms[v].kind, ms[v].change_value) for v in (97.3, 91.0, 7.8, 6.7)] == \
        [("actual", 0.9), ("target", None), ("actual", 3.8), ("target", None)]


def test_a_sentence_opening_with_what_has_been_since_an_event_is_an_account():
    """`“回头看”以来,省委常委会会议17次、…` under `(一)…迅速部署安排整改工作。`: counts since the event, no goals (the
    heading's 安排 is a verb of what was done)."""
    text = ("某省整改情况\n\n(一)认真履行政治责任,迅速部署安排整改工作。“回头看”以来,省委常委会会议17次、"
            "省政府常务会议25次研究部署问题整改工作。")
    ms = metrics(text, ref=dt.date(2020, 4, 27))
    assert ms[17].kind == ms[25].kind == "actual"
    assert extract_tasks(context(text, ref=dt.date(2020, 4, 27))) == []


def test_the_things_that_met_a_goal_counted_are_results_not_goals():
    """`114个…断面中达到水质目标要求的断面100个,占87.7%`: what met the goal, counted; `目标完成情况较好` tells how it went.
    Not their share to reach (`确保…达到…目标要求的断面比例达到90%`) nor a count to reach (`今年要达到…的断面12个`)."""
    ms = metrics("某省水质情况通报\n\n2017年1至4月,全省114个地表水考核断面中达到水质目标要求的断面100个,占87.7%。"
                 "甲市、乙市等11个城市水环境质量目标完成情况较好。", ref=dt.date(2017, 5, 26))
    assert [ms[v].kind for v in (114, 100, 87.7, 11)] == ["actual"] * 4
    goal = "某市2024年工作安排\n\n{}"
    assert metrics(goal.format("确保全市达到国家考核目标要求的断面比例达到90%。"))[90].kind == "target"
    assert metrics(goal.format("今年要达到目标要求的断面12个。"))[12].kind == "target"
    assert metrics(goal.format("力争全市达到目标要求的断面12个。"))[12].kind == "target"


def test_a_share_told_after_the_sections_reaching_good_water_is_the_good_water_ratio():
    ms = metrics("某省通报\n\n上半年,全省87个国考断面中已有83个断面全部达到优良水质,优良比例95.4%,同比上升6.9个百分点。")
    assert ms[95.4].indicator == "good_water_ratio" and ms[83].indicator == "water_bodies"


def test_a_level_raised_to_a_years_level_is_no_deadline():
    """`数据显示,“十四五”以来,…优良天数比例由…89.8%提高到2024年的92.9%`: the year of the level reached, told since a
    time (after its source), not a goal due then; `到2025年,…提高到90%` is one."""
    ms = metrics("某省生态质量状况\n\n数据显示,“十四五”以来,全省优良天数比例由2020年的89.8%提高到2024年的92.9%,"
                 "PM2.5浓度由31微克/立方米降至26.9微克/立方米。", ref=None)
    assert [ms[v].kind for v in (89.8, 92.9, 31, 26.9)] == ["actual"] * 4
    assert (ms[92.9].period_start, ms[92.9].period_end) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert metrics("某市\n\n到2025年,优良天数比例提高到90%。", ref=None)[90].kind == "target"


def test_good_days_written_with_a_pause_mark():
    ms = metrics("某省通报\n\n8月份全省优、良天数的比例为78.9%,优、良天数平均为24天。")
    assert ms[78.9].indicator == "good_air_day_ratio" and ms[24].indicator == "good_air_days"


def test_review_a_year_goal_named_outside_brackets_names_no_figure_after_it():
    """(review) `今年我市超额完成年度目标,全市PM2.5…为32`, `对照全年目标,…82.3%`, `顺利实现2023年目标,…91.5%`: results;
    only a goal noted in brackets names its figure (`97.3%(2023年目标91.0%)`)."""
    assert metrics("我市超额完成年度减排任务\n2023-12-28\n今年我市超额完成年度目标,全市PM2.5平均浓度为32微克/立方米,同比下降8.6%。",
                   ref=dt.date(2023, 12, 28))[32].kind == "actual"
    ms = metrics("前三季度全市环境质量状况\n2023-10-12\n对照全年目标,全市前三季度优良天数比例为82.3%,PM2.5平均浓度为35微克/立方米。",
                 ref=dt.date(2023, 10, 12))
    assert ms[82.3].kind == ms[35].kind == "actual"
    assert metrics("我省水环境质量稳中向好\n\n2023年,全省顺利实现2023年目标,国考断面水质优良比例达到91.5%。",
                   ref=dt.date(2024, 1, 15))[91.5].kind == "actual"


def test_review_what_looks_ahead_after_a_since_opening_is_a_goal():
    """(review) `“十四五”以来,全市累计完成营造林12万亩,今年计划完成营造林3万亩`: the tally is done, the plan ahead;
    `…以来,…,全年优良天数比例要达到80%以上`; a plan's goals after one (`二、主要目标 > 自开展…以来,…控制在38…以内`);
    not funds secured (`今年以来,…共争取…资金4.29亿元`)."""
    ref = dt.date(2023, 11, 10)
    ms = metrics("某市推进会\n\n“十四五”以来,全市累计完成营造林12万亩,今年计划完成营造林3万亩。", ref=ref)
    assert (ms[120000].kind, ms[30000].kind) == ("actual", "target")
    assert [t.deadline for t in tasks("某市推进会\n\n“十四五”以来,全市累计完成营造林12万亩,今年计划完成营造林3万亩。", ref=ref)] \
        == [dt.date(2023, 12, 31)]
    text = "某市推进会\n\n入冬以来,我市空气质量形势严峻,全市要全力冲刺,全年优良天数比例要达到80%以上。"
    assert metrics(text, ref=ref)[80].kind == "target" and len(tasks(text, ref=ref)) == 1
    plan = ("某市2023年大气污染防治工作方案\n\n二、主要目标\n\n自开展蓝天保卫战以来,全市持续推进大气治理,"
            "全年PM2.5平均浓度控制在38微克/立方米以内,优良天数比例达到80%以上。")
    assert len(tasks(plan, ref=dt.date(2023, 2, 10), doc_type="plan")) == 2
    ms = metrics("某市上半年工作\n\n今年以来,全市生态环境系统共争取中央和省级生态环境资金4.29亿元。", ref=dt.date(2024, 7, 26))
    assert ms[429_000_000].kind == "actual"


def test_review_the_things_that_met_a_goal_in_a_plans_goal_are_goals():
    """(review) `到2025年,…达到水质目标要求的断面数为95个`, `主要目标:…达到水质考核目标的断面12个`,
    `全年工作目标:…满足水质目标要求的断面25个以上`: goals, as their sentences set them."""
    ref = dt.date(2022, 3, 1)
    assert metrics("某市规划\n\n到2025年,全省101个国考断面中,达到水质目标要求的断面数为95个,优良比例达到94%。",
                   ref=ref)[95].kind == "target"
    assert metrics("某市规划\n\n主要目标:2025年,全市12个国控断面中,达到水质考核目标的断面12个,劣V类水体全部消除。",
                   ref=ref)[12].kind == "target"
    assert metrics("某市规划\n\n全年工作目标:全市26个考核断面中,满足水质目标要求的断面25个以上。", ref=ref)[25].kind == "target"


def test_a_period_since_a_day_that_a_lead_makes_public_frames_the_figures_after_it():
    """`23日,某省环保厅向社会通报自10月1日以来某省秸秆焚烧情况。…共发现疑似火点59个`: from 1 October on (GUIDE: open
    periods), as a fixed period would (`通报2015年1-9月…情况`)."""
    ms = metrics("某省秸秆焚烧零报告\n\n23日,某省环保厅向社会通报自10月1日以来某省秸秆焚烧情况。根据卫星遥感监测结果显示,"
                 "全省共发现疑似火点59个。", ref=dt.date(2015, 10, 24))
    assert ms[59].period_start == dt.date(2015, 10, 1) and ms[59].period_end is not None


def test_review2_an_account_since_a_time_stays_one_without_a_verb_looking_ahead():
    """(review 2) `今年以来,为确保…,全市累计淘汰燃煤锅炉120台,查处…85起` (a purpose), `完成年度计划投资18.6亿元` (a plan as a
    noun), `我市将全市126家…纳入在线监控` (the object's marker), `争取到中央…资金1.5亿元` (funds secured): results, no tasks."""
    for body, value in (("今年以来,为确保空气质量持续改善,全市累计淘汰燃煤锅炉120台,查处环境违法案件85起。", 85),
                        ("今年以来,全市生态环境领域完成年度计划投资18.6亿元,占年度计划的92%。", 92),
                        ("今年以来,我市将全市126家重点排污单位全部纳入在线监控,实现全覆盖。", 126),
                        ("今年以来,全市争取到中央水污染防治资金1.5亿元,实施项目12个。", 12)):
        text = "某市环境质量\n\n" + body
        assert metrics(text, ref=dt.date(2023, 9, 15))[value].kind == "actual", body
        assert tasks(text, ref=dt.date(2023, 9, 15)) == [], body


def test_evidence_shows_a_few_characters_around_its_clause_within_the_line():
    """`…立案处罚4家,关停取缔8家;立案侦查1件。`: a short item's evidence shows where it stands in the list (`4家,关停取缔8家;立案`),
    but not the line before or after it; a rate's own words stay as they are."""
    ms = extract_metrics(context("执法检查\n\n今年以来,全市立案处罚4家,关停取缔8家;立案侦查1件。\n下一段", ref=dt.date(2024, 6, 1)))
    ev = {m.value: m.evidence for m in ms}
    assert "4家,关停取缔8家;立案" in ev[8] and "8家;立案侦查1件" in ev[1]
    assert all("\n" not in e and "下一段" not in e for e in ev.values())
    # (nor through a number: `2025年`, not `25年`)
    ms = extract_metrics(context("某市方案\n\n到2025年,细颗粒物浓度下降10%;推进燃煤锅炉淘汰。", ref=dt.date(2021, 1, 1), doc_type="plan"))
    assert [m.evidence for m in ms] == ["2025年,细颗粒物浓度下降10%;推进燃煤"]


def test_places_listed_before_as_many_figures_listed_take_them_in_order_without_fenbie():
    """`成都、遂宁、德阳优良天数率较三年均值上升5.1、4.5、4.4个百分点`: each figure its place, as with 分别; a count of
    places that differs from the figures' (`成都、遂宁优良天数率为90%、85%和80%`) keeps the clause's place."""
    ms = extract_metrics(context("四川空气\n\n2022年1-7月,成都、遂宁、德阳优良天数率较三年均值上升5.1、4.5、4.4个百分点。"))
    assert [(m.value, m.region) for m in ms] == [(5.1, "成都市"), (4.5, "遂宁市"), (4.4, "德阳市")]
    ms = extract_metrics(context("四川空气\n\n2022年1-7月,成都、遂宁优良天数率为90%、85%和80%。"))
    assert len({m.region for m in ms}) == 1


def test_the_items_of_a_breakdown_of_cases_count_what_the_total_counts():
    """`…交办第十九批群众信访举报件175件。从区域分布上看,福州28件、厦门20件`: complaints, as the total; an item in 个 names its
    own thing (`增创省级生态镇4个,省级生态村21个` after a count of sections), and a share stays what its words say."""
    ms = extract_metrics(context("某省督察\n\n8月4日,督察组向我省交办第十九批群众信访举报件175件。从区域分布上看,福州28件、厦门20件、漳州22件。",
                                 ref=dt.date(2019, 8, 5)))
    assert [(m.value, m.indicator) for m in ms] == [(175, "complaints_handled"), (28, "complaints_handled"),
                                                     (20, "complaints_handled"), (22, "complaints_handled")]
    ms = extract_metrics(context("某市生态\n\n全市19个地表水考核断面全部达标。增创省级生态镇4个,省级生态村21个。", ref=dt.date(2023, 1, 5)))
    assert {m.value: m.indicator for m in ms}[21] != "water_bodies"
    # an item whose words name nothing coded (`大气污染76件`) and the items of a run joined by `;` after the cue count
    # complaints too
    ms = extract_metrics(context("某省督察\n\n9月1日,督察组向我省移交信访件237件。按污染类型分类:水污染104件、大气污染76件。"
                                 "按区域分类:杭州44件;宁波31件;温州11件。", ref=dt.date(2017, 9, 2)))
    assert {m.value: m.indicator for m in ms} == {237: "complaints_handled", 104: "complaints_handled",
                                                  76: "complaints_handled", 44: "complaints_handled",
                                                  31: "complaints_handled", 11: "complaints_handled"}
    # (not a run going on with other business after the cue: `从分布上看,城区较多;办理人大建议12件;回复群众来信5件`)
    ms = extract_metrics(context("某市信访\n\n全年受理信访举报件300件。从分布上看,城区较多;办理人大建议12件;回复群众来信5件。",
                                 ref=dt.date(2024, 1, 5)))
    assert {m.value: m.indicator for m in ms}[12] != "complaints_handled"
    # (a list of its own, no breakdown's cue before it, keeps its own words: `办理人大建议32件、政协提案45件`)
    ms = extract_metrics(context("某局工作\n\n全年立案查处环境违法案件120件。办理人大建议32件、政协提案45件。", ref=dt.date(2023, 1, 5)))
    assert {m.value: m.indicator for m in ms}[32] != "enforcement_cases"


def test_water_quality_monitoring_points_are_counted_as_water_bodies_like_sections():
    ms = metrics("2024年11月,全区国考地表水Ⅰ~Ⅲ类优良水质断面(点位)67个,比例为98.5%;"
                 "劣Ⅴ类重度污染水质点位1个。区考湖库Ⅰ~Ⅲ类优良水质点位7个,比例为77.8%。")
    assert ms[67].indicator == ms[1].indicator == ms[7].indicator == "water_bodies"
    # a noise monitoring point stays a facility
    assert metrics("全市设噪声监测点位35个。")[35].indicator == "facilities"


def test_problems_the_public_reported_are_complaints_and_so_are_calls_and_letters():
    ms = metrics("4月28日,督察组向我省交办第二十二批群众举报投诉生态环境问题131件(来电66件、来信65件)。"
                 "督察期间共涉及环境问题4387个。")
    assert ms[131].indicator == ms[66].indicator == ms[65].indicator == "complaints_handled"
    assert ms[4387].indicator == "other"  # problems found, not reported by the public
    # cases the public reported are complaints too; cases filed are not
    ms = metrics("经初步审核符合有奖举报范围的案件223件。全年立案查处环境违法案件120件,受理信访案件275件。")
    assert ms[223].indicator == ms[275].indicator == "complaints_handled" and ms[120].indicator == "enforcement_cases"
    assert metrics("执法\n\n今年立案查处群众举报的环境违法案件35件。")[35].indicator == "enforcement_cases"


def test_pieces_no_coded_word_names_in_a_paragraph_about_complaints_are_complaints():
    ms = metrics("中央督察组共向我省转办信访件4721件,各地核查属实3976件,不属实745件;已完成整改3758件,未完成整改218件。")
    assert {ms[v].indicator for v in (4721, 3976, 745, 3758, 218)} == {"complaints_handled"}
    ms = metrics("全省共办理环境违法案件120件,其中立案处罚98件。")  # cases, in a paragraph of no complaints
    assert ms[98].indicator != "complaints_handled"


def test_review_other_business_in_a_paragraph_about_complaints_is_no_complaint():
    ms = metrics("全年受理环境信访举报1200件。全年共审批环评文件356件,出具监测报告98件。")
    assert ms[1200].indicator == "complaints_handled" and ms[356].indicator != "complaints_handled"


def test_a_change_alone_is_of_the_measure_its_sentence_or_the_one_before_named_last():
    ms = extract_metrics(context("安徽空气\n\n2021年上半年,亳州等5个城市优良天数比率同比上升;其余11个城市同比下降,"
                                 "其中池州、滁州、芜湖3个市分别同比下降7.8个百分点、6.2个百分点、5.6个百分点。"))
    assert {m.value: m.indicator for m in ms if m.unit == "百分点"} == {7.8: "good_air_day_ratio", 6.2: "good_air_day_ratio",
                                                                       5.6: "good_air_day_ratio"}
    ms = metrics("河南空气\n\n2020年全省优良天数245天,优良天数比例67%。同比2019年增加52天,提高14个百分点。")
    assert ms[52].indicator == "good_air_days" and ms[14].indicator == "good_air_day_ratio"
    # (not where a measure no code names stands last: the share of a class, carbon monoxide)
    ms = metrics("海南水质\n\nⅣ类比例为5.6%,Ⅴ类比例为0.7%,无劣Ⅴ类断面,同比下降0.5个百分点。一氧化碳1.7毫克/立方米,同比下降1.3毫克、降幅43.3%。")
    assert ms[0.5].indicator == ms[43.3].indicator == "other"


def test_review_a_change_of_a_thing_its_own_clause_names_and_kinds_of_complaints():
    ms = metrics("河南空气\n\n全市优良天数比例为85%。工业用电量同比下降5.2%。全市优良天数为300天。全市机动车同比增加20天。")
    assert ms[5.2].indicator != "good_air_day_ratio" and ms[20].indicator != "good_air_days"
    ms = metrics("受理环境信访举报500件,其中大气污染类200件,噪声类150件。全年共办理行政许可356件。")
    assert ms[150].indicator == "complaints_handled" and ms[356].indicator != "complaints_handled"


def test_coal_counted_in_standard_coal_is_coal_consumption():
    assert metrics("某市控煤\n\n全市煤炭消费总量控制在1500万吨标准煤以内。")[15_000_000].indicator == "coal_consumption"
    # (energy in standard coal is not coal: `全市煤炭消费量占比下降,能源消费总量为2500万吨标准煤`)
    assert metrics("某市能源\n\n全市煤炭消费量占比下降,能源消费总量为2500万吨标准煤。")[25_000_000].indicator == "other"


def test_charging_points_and_waste_stations_are_facilities():
    got = metrics("天津新能源\n\n天津2018年新增公共充电桩3000台。全省还建成生活垃圾转运站253座、垃圾收集点1.25万个。"
                  "新建农村公厕1297座。")
    assert {v: m.indicator for v, m in got.items()} == {3000: "facilities", 253: "facilities", 12500: "facilities",
                                                          1297: "facilities"}


def test_tonnes_of_waste_cleared_treated_or_produced_are_a_volume():
    got = metrics("某市治废\n\n全市共无害化处理生活垃圾743万吨,湿污泥产生量107.38万吨。共清理垃圾1000余吨,出动垃圾清运车600余台次。"
                  "生活垃圾无害化处理率达到100%。全年减少散煤燃烧约90万吨。")
    assert {v: m.indicator for v, m in got.items() if v != 100} == {
        7430000: "volume", 1073800: "volume", 1000: "volume", 600: "vehicles", 900000: "coal_consumption"}
    assert got[100].indicator != "volume"


def test_buildings_and_signboards_are_counted_a_pages_articles_are_not():
    """`篇` counts a page's own articles in its chrome (`本版共3篇稿件`, `TA的文档:1289篇`) more than anything reported."""
    got = metrics("某市治违\n\n对秦岭内违建的202栋违法建筑进行了整治,拆除5栋。共竖立2165块公示牌。他挂上一块牌子。\n本版共3篇稿件")
    assert {v: m.unit for v, m in got.items()} == {202: "栋", 5: "栋", 2165: "块"}


def test_a_count_of_good_days_in_ge_is_days():
    got = metrics("某市空气质量\n\n2022年我市全年收获338个优良天。2月份共收获4个一级天,15个二级天。今年力争超300个好天气。"
                  "全市开展了3个蓝天保卫战专项行动,划定5个二级天然林保护区。")
    assert {v: m.unit for v, m in got.items()} == {338: "天", 4: "天", 15: "天", 300: "个", 3: "个", 5: "个"}
    assert got[338].indicator == "good_air_days"


def test_a_short_note_inside_an_indicators_name_does_not_part_it():
    got = metrics("泸州市空气质量\n\n全市空气质量优良(II级以上)天数为306天,同比增加12天。")
    assert got[306].indicator == "good_air_days"


def test_values_in_brackets_of_a_list_ranked_by_an_index_are_the_index():
    got = metrics("河北公布排名\n\n全省11个设区市按空气质量综合指数由小到大的顺序依次是:张家口(3.54)、承德(4.00)、秦皇岛(4.31)。"
                  "全市共有5个监测点(3)。")
    assert {v: (m.unit, m.indicator) for v, m in got.items() if v < 11} == {
        3.54: (None, "air_quality_index"), 4.0: (None, "air_quality_index"), 4.31: (None, "air_quality_index"),
        5: ("个", got[5].indicator)}
    assert got[3.54].region == "张家口市"


def test_a_quarter_without_its_year_is_the_headlines():
    got = metrics("生态环境部公布2023年第四季度全国地表水环境质量状况\n发布时间:2024-02-05\n"
                  "第四季度,3641个国家地表水考核断面中,水质优良断面比例为89.8%。", ref=dt.date(2024, 2, 5))
    assert (got[89.8].period_start, got[89.8].period_end) == (dt.date(2023, 10, 1), dt.date(2023, 12, 31))


def test_the_level_a_goal_starts_from_after_a_comma_is_its_base_years_figure():
    ms = metrics("某市推进垃圾分类\n\n计划要求,全市湿垃圾分类处理量要从2018年的3480吨/日以上,增加到2020年的6300吨/日以上。",
                 ref=dt.date(2018, 5, 10))
    assert (ms[3480].kind, ms[3480].period_start) == ("actual", dt.date(2018, 1, 1))
    assert (ms[6300].kind, ms[6300].period_end) == ("target", dt.date(2020, 12, 31))


def test_a_count_told_again_with_the_words_before_it_is_one_fact():
    ms = extract_metrics(context("河南环保系统开出罚单\n\n今年1-5月,全省下达行政处罚决定书1874起,罚款1.01亿元。\n"
                                 "河南省环保厅公布的数据显示,今年前5个月,全省环保系统共下达行政处罚决定书1874起,罚款1.01亿元,"
                                 "分别是2016年同期的2.46倍、1.74倍。", ref=dt.date(2017, 6, 5)))
    assert sum(m.value == 1874 for m in ms) == 1
    ms = extract_metrics(context("某市通报\n\n今年,A县完成治理项目5个,B县完成治理项目5个。", ref=dt.date(2017, 6, 5)))
    assert sum(m.value == 5 for m in ms) == 2  # two places' counts in one sentence
    ms = extract_metrics(context("某市公报\n\n全市集中式饮用水源水质达标率为100%。\n监测结果表明:3个市级饮用水水源地水质达标率"
                                 "100%,13个县级备用水源地的水质达标率为100%。", ref=dt.date(2022, 5, 31)))
    assert sum(m.value == 100 for m in ms) == 3  # rates are no counts: three facts


def test_a_share_of_the_goal_reached_is_a_result():
    ms = metrics("河北召开林业和草原工作会议\n\n2022年,河北完成营造林636.8万亩、防沙治沙285.8万亩,分别为任务目标的106%和150%。",
                 ref=dt.date(2023, 2, 8))
    assert {ms[v].kind for v in (6368000, 2858000, 106, 150)} == {"actual"}


def test_a_breakdown_opening_the_next_paragraph_counts_what_its_total_counts_in_its_period():
    text = ("督察组交办第八批群众信访举报件\n\n晚报讯 7月24日,督察组向我省交办第八批群众信访举报件168件。其中来电举报86件,来信举报82件。\n"
            "从区域分布上看,福州48件、厦门17件、漳州23件。")
    ms = metrics(text, ref=dt.date(2019, 7, 26))
    assert {ms[v].indicator for v in (48, 17, 23)} == {"complaints_handled"}
    assert (ms[86].period_start, ms[86].period_end) == (dt.date(2019, 7, 24), dt.date(2019, 7, 24))


def test_a_breakdown_told_after_its_source_and_what_it_breaks_down_takes_the_totals_period():
    text = ("北京11月受理生态环境投诉举报超1.6万件\n\n记者24日从北京市生态环境局获悉,北京市11月共受理生态环境投诉举报事项"
            "16289件,已办结15261件。\n据介绍,受理的投诉举报事项按涉及环境要素分:大气占36.2%,噪声占57.2%,水占1.7%。")
    ms = metrics(text, ref=dt.date(2020, 12, 25))
    assert {(ms[v].period_start, ms[v].period_end) for v in (36.2, 57.2, 1.7)} == {(dt.date(2020, 11, 1), dt.date(2020, 11, 30))}
    ms = metrics("北京11月受理生态环境投诉举报超1.6万件\n\n北京市11月共受理生态环境投诉举报事项16289件。\n"
                 "据介绍,今年以来全市已建成监测站点36个,覆盖率57.2%。", ref=dt.date(2020, 12, 25))
    assert ms[57.2].period_end != dt.date(2020, 11, 30)  # no breakdown: its own period


def test_items_labelled_by_places_alone_count_what_their_total_counts():
    text = ("督察组交办第18批案件215件\n\n9月14日,督察组向广东交办第18批群众举报案件215件,其中列为重点关注案件19件(河源、阳江各3件,"
            "深圳、梅州、湛江、揭阳各2件,广州、韶关、中山、清远、潮州各1件)。")
    ms = extract_metrics(context(text, ref=dt.date(2021, 9, 14)))
    assert {m.indicator for m in ms if m.value in (1, 2, 3)} == {"complaints_handled"}
    assert len([m for m in ms if m.value == 2]) == 4


def test_companies_an_order_was_served_on_are_companies_and_cases_filed_are_cases():
    ms = metrics("某市开展执法\n\n2021年,全市停产整改48家,查封扣押6家,立案处罚54家,共立案查处了环境违法企业542家。",
                 ref=dt.date(2022, 1, 5))
    assert ms[48].indicator == ms[6].indicator == "enterprises"
    assert ms[54].indicator == "enforcement_cases"
    # (not an item breaking down the cases, nor companies among those filed against that have done something since)
    ms = metrics("全省环境执法\n\n上半年,全省共检查企业860家,立案处罚54家,深圳、广州各12家。", ref=dt.date(2023, 8, 10))
    assert ms[12].indicator == "enforcement_cases"
    ms = metrics("全市环境执法\n\n上半年,全市立案查处环境违法案件156件,立案查处企业中已整改到位的有98家。", ref=dt.date(2023, 8, 10))
    assert ms[98].indicator == "enterprises"


def test_a_breakdown_opening_a_later_sentence_counts_what_the_total_before_counts():
    # (the paragraph's first sentence breaks the total down by kind in 个; the next, by place in 件, goes on with it)
    text = ("督察组交办第八批群众信访举报件\n\n7月24日,督察组向我省交办第八批群众信访举报件168件。\n"
            "从问题类型来看,涉及水70个、大气88个。从区域分布上看,福州48件、厦门17件。")
    ms = metrics(text, ref=dt.date(2019, 7, 26))
    assert ms[48].indicator == ms[17].indicator == "complaints_handled"


def test_breakdown_items_with_their_shares_or_several_places_count_what_the_total_counts():
    text = ("督察组交办举报案件\n\n9月14日,督察组向我省交办第18批群众举报案件215件。\n按污染类型分,由高到低分别是大气84件(占39.1%),"
            "噪声56件(占26.0%),海洋1件(占0.5%);按数量排序分,由高到低分别是广州46件,汕头、佛山各8件,韶关、东莞、潮州各7件。")
    ms = metrics(text, ref=dt.date(2021, 9, 15))
    assert {ms[v].indicator for v in (84, 56, 1, 46, 8, 7)} == {"complaints_handled"}
    assert ms[39.1].indicator != "complaints_handled"


def test_a_bare_good_ratio_of_water_sections_is_the_good_water_ratio():
    ms = metrics("四川通报水环境质量\n\n2020年上半年,87个国考断面的优良比例达95.4%,同比上升6.9个百分点,高于国家考核目标要求"
                 "13.8个百分点。", ref=dt.date(2020, 7, 29))
    assert ms[95.4].indicator == ms[13.8].indicator == "good_water_ratio"
    ms = metrics("某市空气质量\n\n2020年,全市优良天数比例为85.2%,优良率同比上升3个百分点。", ref=dt.date(2021, 1, 5))
    assert ms[85.2].indicator == "good_air_day_ratio"


def test_the_extremes_after_a_measure_are_of_that_measure():
    ms = metrics("陕西通报空气质量\n\n2017年1月至9月,全省优良天数平均179.4天,同比减少2.8天。最多为商洛248天,最少为咸阳117天。",
                 ref=dt.date(2017, 10, 12))
    assert ms[248].indicator == ms[117].indicator == "good_air_days"


def test_a_documents_name_makes_no_figure_a_goal():
    ms = metrics("青岛市环境状况公报\n\n2017年,城市集中式饮用水水源地水质达标率为100%,纳入《青岛市落实水污染防治工作行动计划"
                 "实施方案》的94个地表水断面中,达到或优于Ⅲ类标准的断面41个。", ref=dt.date(2018, 7, 5))
    assert ms[100].kind == ms[94].kind == "actual"


def test_review_a_count_told_again_elsewhere_is_another_fact_of_another_period_kind_or_paragraph():
    # (review of f34a5c6) the words before a count merge only a lead's statement told again later, same place, kind, period
    ms = extract_metrics(context("某市通报\n\n一季度,全市下达行政处罚决定书35起。\n二季度,全市下达行政处罚决定书35起,与一季度持平。",
                                 ref=dt.date(2021, 7, 10)))
    assert sum(m.value == 35 for m in ms) == 2
    ms = extract_metrics(context("某市通报\n\n2021年,全市计划完成治理项目10个。截至目前,已完成治理项目10个,完成率100%。",
                                 ref=dt.date(2021, 7, 10)))
    assert sorted(m.kind for m in ms if m.value == 10) == ["actual", "target"]
    ms = extract_metrics(context("某县通报\n\n城区方面,今年新建污水处理厂3座。农村方面,今年新建污水处理厂3座,覆盖12个行政村。",
                                 ref=dt.date(2021, 7, 10)))
    assert sum(m.value == 3 for m in ms) == 2


def test_review_no_good_water_ratio_of_works_farmland_or_a_rate_of_its_own():
    ms = metrics("某市通报\n\n2020年,全市完成河道整治工程42项,工程质量优良比例达到100%。", ref=dt.date(2021, 1, 5))
    assert ms[100].indicator != "good_water_ratio"
    ms = metrics("某市通报\n\n2020年,全市国考断面优良比例为90%,城市生活污水集中收集率提高5.3个百分点。", ref=dt.date(2021, 1, 5))
    assert ms[5.3].indicator != "good_water_ratio"


def test_review_what_the_most_is_is_no_extreme_of_the_measure_before():
    ms = metrics("某市通报\n\n1-6月,全市空气质量优良天数比例为80.5%。其中,最多的是群众投诉餐饮油烟问题,投诉量占全部投诉的35%。",
                 ref=dt.date(2021, 7, 10))
    assert ms[35].indicator != "good_air_day_ratio"


def test_review_a_next_paragraph_not_breaking_the_total_down_counts_its_own():
    ms = metrics("工作总结\n\n2020年,全市共受理环境信访举报件168件,办结率100%。\n"
                 "全年办理涉及生态环境的人大代表建议32件、政协提案45件,满意率100%。", ref=dt.date(2021, 5, 10))
    assert ms[32].indicator != "complaints_handled" and ms[45].indicator != "complaints_handled"
    ms = metrics("工作总结\n\n2020年,全市共立案查处环境违法案件120起,罚款1200万元。\n"
                 "从区域分布上看,福州发生突发环境事件3起、厦门2起。", ref=dt.date(2021, 5, 10))
    assert ms[3].indicator != "enforcement_cases"


def test_review_a_share_of_a_yearly_goal_as_a_condition_is_no_result():
    ms = metrics("某市工作要点\n\n考核办法:各县区污染减排量为年度目标的100%以上的,得10分。", ref=dt.date(2021, 3, 10))
    assert ms[100].kind == "target"


def test_goals_named_respectively_for_each_city_are_targets():
    ms = metrics("长三角秋冬季攻坚方案出台\n\n我省各设区市空气质量改善目标分别为:徐州PM2.5浓度同比下降5%,南京同比下降3.5%。",
                 ref=dt.date(2019, 11, 20))
    assert ms[5].kind == ms[3.5].kind == "target"


def test_measures_named_after_a_place_and_stated_respectively_after_a_colon():
    ms = metrics("海口空气质量\n\n数据显示,今年2月海口主要污染物PM2.5、PM10、O3浓度分别为:17微克/立方米、28微克/立方米、95微克/立方米。",
                 ref=dt.date(2024, 3, 25))
    assert [ms[v].indicator for v in (17, 28, 95)] == ["pm25_concentration", "pm10_concentration", "o3_concentration"]


def test_the_ends_of_a_range_of_ranks_are_no_count():
    ms = metrics("福建空气质量\n\n排名后十位(从58名到49名)的分别是仙游县、清流县。全省共有58名执法人员参加培训。", ref=dt.date(2016, 3, 1))
    assert [(m.value, m.unit) for m in ms.values()] == [(58, "人")] and "执法人员" in ms[58].evidence


def test_the_share_of_a_poor_water_class_is_no_good_water_ratio():
    ms = metrics("海南公报\n\n省控河流水质为优,水质优良比例为93.0%,Ⅳ类比例为5.6%,劣Ⅴ类断面比例为0.8%。长江流域Ⅳ类~Ⅴ类比例为24.1%。",
                 ref=dt.date(2024, 11, 1))
    assert ms[93].indicator == "good_water_ratio"
    assert {ms[v].indicator for v in (5.6, 0.8, 24.1)} == {"other"}


def test_a_share_of_a_pollutant_one_grades_days_and_groups_set_up_are_none_of_the_coded_measures():
    ms = metrics("某县空气质量\n\n2023年,全县空气质量优良天数356天,其中,优274天,良82天。首要污染物中,细颗粒物(PM2.5)占64.0%,"
                 "臭氧占24.0%。PM2.5平均浓度同比下降5.2%。全市成立4个专项检查组,开展检查120次。", ref=dt.date(2024, 1, 19))
    assert ms[356].indicator == "good_air_days" and ms[5.2].indicator == "pm25_concentration"
    assert ms[120].indicator == "inspections"
    assert {ms[v].indicator for v in (274, 82, 64, 24, 4)} == {"other"}


def test_review2_extremes_water_ratios_and_repeats():
    # (review of 5763694) the extremes' holder may come with 的是 and a comma; the water may head the clause before
    ms = metrics("河北通报\n\n全省PM2.5平均浓度为35微克/立方米。最高的是邢台市,为52微克/立方米;最低的是张家口市,为18微克/立方米。",
                 ref=dt.date(2021, 5, 10))
    assert ms[52].indicator == ms[18].indicator == "pm25_concentration"
    ms = metrics("某市通报\n\n1-4月,全市20个国考断面中,优良比例为85%,优良比例同比提高8.4个百分点。", ref=dt.date(2021, 5, 10))
    assert ms[85].indicator == ms[8.4].indicator == "good_water_ratio"
    # (a count told again in a later paragraph, same place, kind and period, is one fact, whichever paragraph first told it)
    ms = extract_metrics(context("某市通报\n\n今年以来,市生态环境局持续保持执法高压态势。\n1-4月,全市共下达行政处罚决定书120份。\n"
                                 "据统计,1-4月全市下达行政处罚决定书120份,同比增长20%。", ref=dt.date(2021, 5, 10)))
    assert sum(m.value == 120 for m in ms) == 1
    ms = metrics("某市通报\n\n全市环境执法人员从120名到186名,增加了66名。", ref=dt.date(2021, 5, 10))
    assert {120, 186} <= set(ms)  # head counts, no ranks


def test_figures_after_an_account_since_a_time_opens_are_results_though_a_saying_opened_the_paragraph():
    """`有名更要有实,…。2024年以来,…`: a saying with 要 opens the paragraph, the account since 2024 reports."""
    text = ("河长制见实效\n\n有名更要有实,监管是关键环节。同时,联合多部门执法,对“四乱”行为零容忍。2024年以来,累计下发交办通知51份。"
            "常态化开展“清四乱”行动,自查自纠“四乱”问题39个,完成图斑复核96处。")
    ms = metrics(text, ref=dt.date(2024, 10, 9))
    assert {ms[v].kind for v in (51, 39, 96)} == {"actual"}
    # (a paragraph laying out a plan still makes its figures goals)
    ms = metrics("河长制见实效\n\n下一步,全县将加大监管力度。常态化开展“清四乱”行动,复核图斑96处。", ref=dt.date(2024, 10, 9))
    assert ms[96].kind == "target"


def test_a_news_headline_of_what_is_to_come_frames_no_report_under_it():
    text = ("“十四五”期间 辽河流域将建成先行示范区\n\n8月3日,省生态环境厅介绍了全省上半年环境质量状况。\n\n"
            "全省155个国家地表水考核断面中,优良水质断面126个,占比81.8%,同比提升9.7个百分点。")
    ms = metrics(text, ref=dt.date(2021, 8, 3))
    assert ms[81.8].period_end != dt.date(2025, 12, 31) and ms[126].kind == "actual"


def test_a_headline_telling_the_tasks_done_announces_no_goals():
    body = "\n\n某区第二轮督察整改任务共24项,其中牵头任务1项、协办任务23项。"
    ms = metrics("某区2021年既定整改任务全部提前办结" + body, ref=dt.date(2021, 12, 24))
    assert {m.kind for m in ms.values()} == {"actual"}
    ms = metrics("某区2021年整改任务安排" + body, ref=dt.date(2021, 2, 24))  # (the word alone announces them)
    assert {m.kind for m in ms.values()} == {"target"}


def test_a_goals_bracket_lists_goals_and_leaves_the_figure_before_it_a_result():
    ms = metrics("某市空气质量\n\n2022年,全市PM2.5平均浓度为19微克/立方米,年度目标(PM2.5≤29微克/立方米、PM10≤47微克/立方米)。",
                 ref=dt.date(2023, 2, 1))
    assert {v: m.kind for v, m in ms.items()} == {19: "actual", 29: "target", 47: "target"}
    ms = metrics("某省空气质量\n\n2022年,全省PM2.5平均浓度再创新低,连续3年达到世卫组织第二阶段目标(25微克/立方米)。",
                 ref=dt.date(2023, 2, 1))
    assert ms[25].kind == "actual"  # (the goal reached: the level reached)


def test_the_task_a_share_is_taken_of_is_a_goal():
    ms = metrics("某省造林\n\n去年,全省完成植树造林120.8万亩,占任务100万亩的120.8%。", ref=dt.date(2019, 1, 14))
    assert {v: m.kind for v, m in ms.items()} == {1_208_000: "actual", 1_000_000: "target", 120.8: "actual"}


def test_species_a_survey_finds_are_counted_by_their_groups():
    ms = metrics("某省生物多样性调查\n\n此次调查,发现鱼类新种7种;发现昆虫新种2种;共记录维管植物153科644种。", ref=dt.date(2022, 10, 11))
    assert {v: m.indicator for v, m in ms.items()} == {7: "species", 2: "species", 644: "species"}


def test_lakes_counted_are_water_bodies():
    ms = metrics("某县湖长制\n\n全县31个湖泊全部建立湖长制。", ref=dt.date(2019, 2, 22))
    assert ms[31].indicator == "water_bodies"


def test_counted_in_vehicles_measure_word():
    ms = metrics("某县河道整治\n\n出动人员450余人次,各类机械110余辆,抽检非道路移动机械8辆。", ref=dt.date(2019, 2, 22))
    assert ms[110].indicator == "vehicles" and ms[8].indicator == "vehicles"


def test_a_count_after_the_same_names_listed_is_one_fact_whatever_noun_follows():
    text = ("民勤县河长制\n\n境内有石羊河、红水河、北沙河等7条自然河道。\n\n"
            "确定将石羊河、红水河、北沙河等7条河流纳入河长制管理范畴。\n\n其中西渠、东湖、红沙梁等7条河流水质良好。")
    got = [m for m in extract_metrics(context(text, ref=dt.date(2019, 12, 14))) if m.value == 7]
    assert len(got) == 2  # (the third list names other rivers: another 7)


def test_a_binding_assessment_indicator_after_a_figure_names_it_a_goal():
    ms = metrics("内蒙古空气质量\n\n2019年,PM2.5年均浓度为28微克/立方米,达到下降11.8%的国家约束性考核指标要求。"
                 "12个城市达标天数比例为89.6%,高于83.5%的国家约束性考核指标要求。", ref=dt.date(2020, 3, 11))
    assert ms[11.8].kind == "target" and ms[83.5].kind == "target" and ms[89.6].kind == "actual"


def test_a_note_after_a_figure_neither_dates_it_nor_hides_the_days_its_ratio_follows():
    ms = metrics("2024年大连市生态环境状况公报\n\n2024年,大连市环境空气质量优良天数333天(连续5年实现315天以上),达标比例91%,"
                 "同比改善3.6个百分点。", ref=dt.date(2025, 6, 3))
    assert (ms[333].period_start, ms[333].period_end) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    assert ms[91].indicator == "good_air_day_ratio"
    ms = metrics("水质公报\n\n2024年,全市45条入海河流达标比例100%。", ref=dt.date(2025, 6, 3))
    assert ms[100].indicator == "water_compliance_rate"


def test_places_listed_and_counted_before_figures_stated_respectively_and_a_goal_missed():
    text = ("山东秋冬季\n\n14个重点城市中,青岛、潍坊、济宁6市完成了优良天数预期提高目标,济南、淄博、枣庄、东营4市未完成优良天数预期提高目标,"
            "但优良天数分别同比增加17天、14天、12天、11天。")
    ms = metrics(text, ref=dt.date(2020, 10, 24))
    assert [ms[v].region for v in (17, 14, 12, 11)] == ["济南市", "淄博市", "枣庄市", "东营市"]
    assert ms[4].kind == "actual" and ms[6].kind == "actual"
    assert not tasks(text, ref=dt.date(2020, 10, 24))


def test_the_quality_of_a_water_environment_is_water():
    ms = metrics("整改方案\n\n到2020年,近岸海域水环境质量优良率不低于96%。", ref=dt.date(2018, 6, 13), doc_type="plan")
    assert ms[96].indicator == "good_water_ratio"


def test_an_item_naming_its_own_measure_takes_no_coded_measure_from_earlier_in_its_sentence():
    ms = metrics("息烽县\n\n2023年,规模以上工业单位增加值能耗下降7.5%,新增植树30万株、森林覆盖率达59.95%,"
                 "主要农作物绿色防控面积覆盖率48.63%、畜禽粪污资源化利用率86.44%。", ref=dt.date(2024, 3, 14))
    assert ms[7.5].indicator == "energy_intensity"
    assert ms[59.95].indicator == "other" and ms[86.44].indicator == "other"
    # (a `、` inside a name still parts no measure from its name)
    ms = metrics("青岛公报\n\n2017年,达到一、二类海水水质标准的海域面积比例为71.8%。", ref=dt.date(2018, 6, 5))
    assert ms[71.8].indicator == "good_water_ratio"


def test_review_past_spans_missed_goals_asked_for_plans_released_and_indicators_met():
    ms = metrics("“十三五”期间 我市主要污染物减排任务超额完成\n\n全市化学需氧量排放量累计下降12.3%,均超额完成省下达目标。",
                 ref=dt.date(2021, 2, 10))
    assert (ms[12.3].period_start, ms[12.3].period_end) == (dt.date(2016, 1, 1), dt.date(2020, 12, 31))
    text = "水污染防治工作推进会召开\n\n会议要求,2023年,未达到水质考核目标的12个断面要全部实现达标。"
    assert metrics(text, ref=dt.date(2023, 3, 10))[12].kind == "target" and tasks(text, ref=dt.date(2023, 3, 10))
    ms = metrics("全市生态环境保护工作会议召开\n\n3月8日,全市生态环境保护工作会议召开。会上发布了《2023年空气质量持续改善行动方案》。\n\n"
                 "会议指出,全市PM2.5平均浓度为30微克/立方米,同比下降6.3%。", ref=dt.date(2023, 3, 10))
    assert ms[30].period_end != dt.date(2023, 12, 31)
    ms = metrics("考核情况\n\n全市85%的考核指标已提前完成,其余指标正在推进。", ref=dt.date(2023, 2, 12))
    assert ms[85].kind == "actual"
    ms = metrics("河湖治理\n\n2023年,全市要持续推进河湖“清四乱”常态化规范化。今年以来,已清理问题39个。下半年再清理问题50个。",
                 ref=dt.date(2023, 6, 12))
    assert ms[39].kind == "actual" and ms[50].kind == "target"


def test_review2_plans_after_an_account_lists_named_again_grades_and_changes_of_other_measures():
    ms = metrics("无废城市\n\n今年,我市将全力推进“无废城市”建设。2023年以来,我市已建成“无废细胞”120个。继续新建“无废细胞”200个,创建无废学校10所。",
                 ref=dt.date(2024, 3, 10))
    assert ms[120].kind == "actual" and ms[200].kind == "target" and ms[10].kind == "target"
    text = ("河流治理\n\n2023年,我县完成了洋河、清水河、沙河等3条河流的综合治理。2024年,我县将对洋河、清水河、沙河等3条河流开展生态修复。")
    assert sorted(m.kind for m in extract_metrics(context(text, ref=dt.date(2024, 3, 10))) if m.value == 3) == ["actual", "target"]
    ms = metrics("近岸海域\n\n2023年,全市近岸海域水质优良,一类、二类海水水质面积比例为95.2%。", ref=dt.date(2024, 3, 10))
    assert ms[95.2].indicator == "good_water_ratio"
    ms = metrics("水源地\n\n2023年,全市5个集中式饮用水水源地水质监测天数共计1825天,达标比例100%。", ref=dt.date(2024, 3, 10))
    assert ms[100].indicator == "water_compliance_rate"
    ms = metrics("空气质量\n\n2023年,全市优良天数比率为85.5%,同比上升2.3个百分点(增加8天)。", ref=dt.date(2024, 3, 10))
    assert ms[8].indicator == "good_air_days"  # (a change of another measure in brackets is its own)
    ms = metrics("分区\n\n1-5月,主城区、郊区2个区域空气质量差异明显,PM2.5平均浓度分别为35、42微克/立方米。", ref=dt.date(2024, 6, 10))
    assert ms[35].indicator == ms[42].indicator == "pm25_concentration"
    ms = metrics("全市生态环境质量\n\n1-2月,全省PM2.5浓度最高的城市(邢台市,下同)为62微克/立方米。", ref=dt.date(2024, 3, 10))
    assert ms[62].region == "邢台市"


def test_goals_named_for_a_list_of_measures_stated_respectively_are_their_goals():
    # (the list's head, `污染减排目标为`, names both their kind and what they measure)
    ms = extract_metrics(context("莲都区环境质量\n\n2018年莲都区污染减排目标为化学需氧量、氨氮、二氧化硫、氮氧化物分别比上年下降"
                                 "3.5%、4.0%、5.5%、6.0%。", ref=dt.date(2019, 3, 1)))
    assert {(m.kind, m.indicator) for m in ms} == {("target", "emission_reduction")} and len(ms) == 4
    ms = metrics("某市空气质量\n\n2018年,全市二氧化硫、二氧化氮浓度分别为12、30微克/立方米。", ref=dt.date(2019, 3, 1))
    assert ms[12].kind == ms[30].kind == "actual"
    ms = metrics("海南水质\n\n超Ⅲ类水质断面主要污染指标为化学需氧量、总磷、高锰酸盐指数,断面超标率分别为4.2%、3.5%、2.5%。",
                 ref=dt.date(2024, 10, 1))
    assert ms[3.5].indicator != "good_water_ratio"


def test_a_margin_over_a_goal_told_with_jiao_is_a_result():
    ms = metrics("临沂市生态环境\n\n2021年,全市国省控断面优良水体比例72.4%,较省定目标提高27.6个百分点,土壤环境质量总体稳定。",
                 ref=dt.date(2022, 1, 10))
    assert ms[72.4].kind == ms[27.6].kind == "actual"


def test_review_a_breakdown_after_its_own_paragraphs_total_in_the_unit_takes_no_earlier_total():
    # (review of cd059d7) the paragraph counted incidents in 起 itself: its breakdown is of them, not of the cases before
    ms = extract_metrics(context("某市信访工作\n\n2021年,全市共办理环境违法案件150起,罚款1200万元。\n"
                                 "全市共发生突发环境事件12起,同比下降20%。从区域上看,城区3起、郊区5起、开发区4起。",
                                 ref=dt.date(2022, 3, 5)))
    assert {m.indicator for m in ms if m.value in (3, 5, 4)} == {"other"}


def test_review_a_year_of_work_done_before_a_rounds_name_is_the_years():
    # (review of 4dcf232) the year the work was done, not the year a round raised the problems
    for text, value in (("截至目前,全市累计完成整改问题450个;2021年,完成中央环保督察反馈问题整改80个。", 80),
                        ("截至2022年3月底,全市累计完成整改任务85项;2021年,全市通过“双随机”执法检查督促整改问题企业320家。", 320)):
        ms = metrics("某市督察整改\n\n" + text, ref=dt.date(2022, 4, 15))
        assert (ms[value].period_start, ms[value].period_end) == (dt.date(2021, 1, 1), dt.date(2021, 12, 31)), text


def test_review_a_class_a_section_is_to_meet_or_a_goal_asked_for_told_with_jiao():
    # (review of c36135d) `考核目标为Ⅲ类水质的断面`: which sections, their results; `较省定目标提高` asked for: a goal
    ms = metrics("全市水环境质量\n\n1-6月,全市考核目标为Ⅲ类水质的断面达标率、优良率分别为91.7%、83.3%。", ref=dt.date(2021, 8, 3))
    assert ms[91.7].kind == ms[83.3].kind == "actual"
    ms = metrics("某市会议\n\n会议明确,今年全市优良天数比例较省定目标提高3个百分点,PM2.5浓度较省定目标降低2微克/立方米。",
                 ref=dt.date(2021, 3, 5))
    assert ms[3].kind == ms[2].kind == "target"


def test_a_figure_after_places_listed_with_ge_is_each_places():
    ms = extract_metrics(context("广东交办\n\n9月14日,督察组向广东交办第18批举报案件215件,其中列为重点关注案件19件(河源、阳江各3件,"
                                 "深圳、梅州、湛江各2件)。", ref=dt.date(2021, 9, 15)))
    assert sorted(m.region for m in ms if m.value == 3) == ["河源市", "阳江市"]
    assert sorted(m.region for m in ms if m.value == 2) == sorted(["深圳市", "梅州市", "湛江市"])
    assert len({(m.evidence_start, m.evidence_end) for m in ms if m.value == 2}) == 3  # (each its own evidence)
    # (not things other than places: `两个单位、三个部门各…`)
    ms = extract_metrics(context("某市表彰\n\n会上,市生态环境局、市水务局各5人受到表彰。", ref=dt.date(2021, 9, 15)))
    assert sum(m.value == 5 for m in ms) == 1


def test_review_a_margin_over_a_goal_in_a_report_of_the_year_before_is_a_result():
    # (review of 0bcfea2) `决策部署` asks for nothing; a plan's account of last year's result is a result
    ms = metrics("我市超额完成2021年大气污染防治目标\n\n2021年,全市认真落实省委省政府决策部署,PM2.5平均浓度为38微克/立方米,"
                 "较省定目标下降2微克/立方米。", ref=dt.date(2022, 1, 12))
    assert ms[2].kind == "actual"


def test_companies_counted_as_inspected_are_inspections_and_penalty_decisions_cases():
    ms = metrics("某市执法\n\n2017年,对辖区内75家企业进行了执法检查,检查涉水企业46家,排查企业200家,关停企业12家。",
                 ref=dt.date(2018, 1, 10))
    assert ms[75].indicator == ms[46].indicator == "inspections"
    assert ms[200].indicator == ms[12].indicator == "enterprises"
    ms = metrics("某省执法\n\n2019年,全省共下达处罚决定书2455份,罚款金额达3.5亿元,发放宣传资料3000份。", ref=dt.date(2020, 1, 10))
    assert ms[2455].indicator == "enforcement_cases" and ms[3000].indicator != "enforcement_cases"


def test_two_grades_joined_by_a_pause_mark_name_one_range():
    # `优、良天数` is the good days, not a list of `优` and `良天数`, the second one grade's days
    ms = metrics("某市空气质量\n\n去年,城市环境空气质量优、良天数为315天,其中,优84天。", ref=dt.date(2020, 1, 10))
    assert (ms[315].indicator, ms[84].indicator) == ("good_air_days", "other")
    ms = metrics("某市空气质量\n\n2019年,空气质量达标天为25天,达到优良的天数合计为289天。", ref=dt.date(2020, 1, 10))
    assert ms[25].indicator == ms[289].indicator == "good_air_days"


def test_a_bare_good_ratio_after_the_air_is_the_air_days_ratio():
    ms = metrics("某州空气质量\n\n一季度,敦化市优良天数为26天,优良比例为83.9%;全州12个断面中,优良比例为91.7%。",
                 ref=dt.date(2020, 4, 10))
    assert (ms[83.9].indicator, ms[91.7].indicator) == ("good_air_day_ratio", "good_water_ratio")


def test_the_findings_of_a_survey_take_its_time():
    # `截至目前,已完成…调查。` then `经调查,全县有435个村庄…;有78个村…`: how things stood when the survey was done
    ms = metrics("某县推进农村污水调查\n\n截至目前,已完成20个乡镇360个村委会的现场调查工作。\n"
                 "经调查,全县有435个村庄位于饮用水源保护区内;有78个村为重点建设村。", ref=dt.date(2020, 4, 28))
    for v in (435, 78):
        assert (ms[v].period_start, ms[v].period_end) == (None, dt.date(2020, 4, 28))


def test_figures_as_of_a_day_passed_are_where_things_stand():
    # `截至6月底,…累计回收…256吨,…建档率达到100%`: every clause of the sentence tells how things stood
    for ref in (None, dt.date(2023, 7, 19)):
        # (`计划` here a noun, the farms' plans filed: no cue of a goal either)
        ms = metrics("某市无废城市建设\n\n截至6月底,全市累计回收农药包装废弃物256吨,规模养殖场粪污资源化利用计划和台账建档率达到100%。",
                     ref=ref,
                     stated=ref is not None)
        assert ms[100].kind == "actual"
    # (not a day still ahead: `截至2030年底,…达到50万辆` on a page of 2023 sets a goal)
    assert metrics("某市\n\n截至2030年底,全市新能源汽车保有量达到50万辆。", ref=dt.date(2023, 7, 19))[500000].kind == "target"


def test_funds_secured_are_a_result_and_funds_to_strive_for_a_goal():
    ms = metrics("某县\n\n2017年该部门争取中央预算内湿地保护工程项目资金7500万元,争取到林业补助资金4700万元。",
                 ref=dt.date(2018, 3, 1))
    assert ms[75_000_000].kind == ms[47_000_000].kind == "actual"
    ms = metrics("某市\n\n下一步将积极争取中央资金3亿元。争取到2025年,全市PM2.5浓度降至35微克/立方米。", ref=dt.date(2020, 6, 1))
    assert ms[300_000_000].kind == ms[35].kind == "target"


def test_figures_read_from_a_report_take_the_period_its_name_gives():
    ms = metrics("全国生态环境状况\n\n据《2019中国生态环境状况公报》显示,全国PM2.5平均浓度为36微克/立方米。全国优良天数比例为82%。",
                 ref=dt.date(2020, 6, 5))
    for v in (36, 82):
        assert (ms[v].period_start, ms[v].period_end) == (dt.date(2019, 1, 1), dt.date(2019, 12, 31))
    ms = metrics("某省\n\n据省住建厅近日印发的《关于全省2017年一季度黑臭水体整治工作情况的通报》显示,石家庄市消除比例达到40%。",
                 ref=dt.date(2017, 7, 5))
    assert (ms[40].period_start, ms[40].period_end) == (dt.date(2017, 1, 1), dt.date(2017, 3, 31))
    # (not an edition's year after a yearbook's name: it tells of the year before)
    ms = metrics("机动车\n\n本报讯 环保部日前公布的《中国机动车环境管理年报(2017)》显示:我国机动车保有量达到3亿辆。",
                 ref=dt.date(2017, 6, 5))
    assert ms[300_000_000].period_end != dt.date(2017, 12, 31)


def test_review_of_the_good_ratio_findings_and_breakdown_rules():
    # a ratio its clause names the subject of is not the air's (`近岸海域优良比例`); `一、二级天数` are the good days
    ms = metrics("某市\n\n2023年,全市空气质量优良天数为320天,近岸海域优良比例为85.2%。", ref=dt.date(2024, 3, 1))
    assert ms[85.2].indicator != "good_air_day_ratio"
    assert metrics("某市\n\n2023年,全市一、二级天数合计320天。", ref=dt.date(2024, 3, 1))[320].indicator == "good_air_days"
    # the findings of one day's inspection, a tally of their own, take no day
    ms = metrics("某县\n\n2023年4月12日,执法人员对某公司开展现场检查,发现2台治污设施未运行。经调查,该公司自投产以来累计非法排放废水300吨。",
                 ref=dt.date(2023, 5, 1))
    assert ms[300].period_end != dt.date(2023, 4, 12)
    # a plan after `;` is no part of the breakdown before it
    ms = metrics("某市\n\n2023年,全市共受理环境信访件500件。其中,大气类200件,水类150件;下一步,全市将新建污水处理厂3座。",
                 ref=dt.date(2024, 3, 1))
    assert ms[150].period_end == dt.date(2023, 12, 31) and ms[3].period_end != dt.date(2023, 12, 31)


def test_review_of_the_as_of_and_secured_funds_rules():
    ref = dt.date(2024, 7, 15)
    assert metrics("某县\n\n下半年,全县争取专项资金支出进度达到95%以上。", ref=ref)[95].kind == "target"
    ms = metrics("某县\n\n截至6月底,全县已完成农村改厕1200户,下半年争取再完成800户。", ref=ref)
    assert (ms[1200].kind, ms[800].kind) == ("actual", "target")


def test_a_time_things_were_due_by_describes_them_and_dates_no_figure():
    ms = metrics("山东\n\n截至2019年7月23日,山东省应于2019年完成整治的县级饮用水水源地636个问题已整治完成549个。",
                 ref=dt.date(2019, 8, 22))
    assert (ms[549].period_start, ms[549].period_end) == (None, dt.date(2019, 7, 23))
    # (a deadline framing the sentence still dates its goals)
    ms = metrics("某市\n\n到2025年,全市完成整治的黑臭水体比例达到90%。", ref=dt.date(2021, 3, 1))
    assert ms[90].period_end == dt.date(2025, 12, 31)


def test_a_composite_quality_index_is_the_air_quality_index():
    ms = metrics("绵阳\n\n全市环境空气综合质量指数为3.6,同比下降0.5。", ref=dt.date(2019, 12, 9))
    assert (ms[3.6].indicator, ms[3.6].unit) == ("air_quality_index", None)


def test_review2_due_times_ratios_reports_and_funds():
    ref = dt.date(2022, 6, 30)
    # a goal's own deadline after 要在 still dates it; 主要在 is no due time
    ms = metrics("某市\n\n各地要在2022年底前完成全市的56个黑臭水体整治任务。全县主要在2021年开工的重点项目共计35个。", ref=ref)
    assert ms[56].period_end == dt.date(2022, 12, 31) and ms[35].period_end == dt.date(2021, 12, 31)
    # the air's good ratio however its clause opens, when it names no other subject
    ms = metrics("某市\n\n1-5月,全市PM2.5平均浓度为35微克/立方米,空气优良比例为86.1%;优良天数比例同比提高8.4个百分点。", ref=ref)
    assert ms[86.1].indicator == "good_air_day_ratio"
    ms = metrics("某市\n\n全市空气质量优良天数300天,优良比例同比提高8.4个百分点。", ref=ref)
    assert ms[8.4].indicator == "good_air_day_ratio"
    # a work report tells last year's figures: its year is no period of them
    ms = metrics("某市\n\n《2022年市政府工作报告》指出,全市PM2.5平均浓度下降至30微克/立方米。", ref=dt.date(2022, 3, 10))
    assert ms[30].period_end != dt.date(2022, 12, 31)
    # funds secured and spent: a result; a spending rate to reach: a goal
    ms = metrics("某县\n\n2021年,我县争取上级资金新建农村污水处理设施85座。下半年,全县争取专项资金支出进度达到95%以上。", ref=ref)
    assert (ms[85].kind, ms[95].kind) == ("actual", "target")


def test_a_breakdown_opened_by_a_long_topic_counts_what_the_total_before_it_counts():
    # `从信访举报件涉及的生态环境问题类型来看,其中涉及水6件、…` under a paragraph of complaints handed over
    ms = metrics("某区信访件\n\n11月30日,督察组向某区交办信访举报件81件,其中来电举报81件。\n"
                 "从信访举报件涉及的生态环境问题类型来看,其中涉及水6件、大气17件、噪声33件、其他25件。", ref=dt.date(2024, 12, 1))
    assert {ms[v].indicator for v in (6, 17, 33, 25)} == {"complaints_handled"}


def test_a_standards_name_inside_the_grade_of_a_ratio():
    ms = metrics("江苏\n\n全省104个断面,水质达到或优于《地表水环境质量标准》Ⅲ类的比例为87.5%,同比上升8.7个百分点。",
                 ref=dt.date(2021, 1, 20))
    assert ms[87.5].indicator == "good_water_ratio"


def test_a_years_figure_after_zhi_is_no_goal_due_by_it():
    ms = metrics("四川\n\n成都市中心城区遥望雪山从2016年的35次增加到2020年的75次。全省达标城市由2015年的5个增加至2019年的11个。",
                 ref=dt.date(2020, 12, 23))
    assert (ms[75].kind, ms[75].period_start) == ("actual", dt.date(2020, 1, 1))
    assert ms[11].kind == "actual"
    assert metrics("四川\n\n到2025年,全市优良天数比例达到90%。", ref=dt.date(2020, 12, 23))[90].kind == "target"


def test_a_goal_met_days_early_is_a_result_and_a_figure_that_will_be_reached_a_goal():
    ref = dt.date(2020, 12, 23)
    ms = metrics("四川\n\n截至12月16日,全省PM2.5平均浓度32.9微克每立方米,较2015年下降33.4%;累计收获优良天数322.8天,"
                 "优良率达到92%,提前15天完成国家下达的“十三五”目标任务。", ref=ref)
    assert ms[92].kind == "actual"
    ms = metrics("四川\n\n全省达标城市由2015年的5个增加至2019年的11个,预计到今年底,全省还将增加2个达标城市,达标城市比例将达到60%以上,"
                 "超额完成省委确定的达标城市比例超50%的奋斗目标任务。", ref=ref)
    assert ms[60].kind == "target"
    ms = metrics("四川\n\n今年全市已将120家企业纳入监管,完成年度目标任务。", ref=ref)
    assert ms[120].kind == "actual"  # (将 putting things somewhere, not `will`)


def test_a_later_years_end_opening_a_paragraph_of_a_news_report_frames_the_goals_after_it():
    text = ("福州晚报\n\n日前,某市下发《加快推进畜禽养殖废弃物资源化利用工作方案》。\n"
            "2018年底前,以大型规模养殖场为重点,完成粪污资源化利用设施建设。全市畜禽养殖废弃物综合利用率达到83%以上。\n"
            "2019年底前,资源化利用工作取得明显成效。全市畜禽养殖废弃物综合利用率达到88%以上。")
    ms = metrics(text, ref=dt.date(2017, 12, 21))
    assert (ms[83].kind, ms[83].period_end) == ("target", dt.date(2018, 12, 31))
    assert (ms[88].kind, ms[88].period_end) == ("target", dt.date(2019, 12, 31))
    # (this year's end opens one task's paragraph: the sentences after it are no goals of it)
    text = "某市\n\n今年12月底前,全市要建立非现场监管程序规范。一方面,对30家重点排污单位试点安装视频监控。"
    assert tasks(text, ref=dt.date(2021, 9, 1)) and metrics(text, ref=dt.date(2021, 9, 1))[30].period_end != dt.date(2021, 12, 31)


def test_a_time_telling_which_things_is_no_deadline_and_no_period():
    text = ("环保部通报\n\n为改善环境空气质量,《2015年政府工作报告》提出了“淘汰2005年底前注册营运的黄标车”工作任务。"
            "根据各省政府报送数据,截至8月底,全国累计淘汰2005年底前注册营运的黄标车69.55万辆,占淘汰任务的59.73%。")
    ref = dt.date(2015, 9, 29)
    ms = metrics(text, ref=ref)
    assert ms[695500].kind == ms[59.73].kind == "actual" and ms[695500].period_start != dt.date(2005, 1, 1)
    assert not [t for t in tasks(text, ref=ref) if "69.55万辆" in t.evidence or "59.73%" in t.evidence]
    ms = metrics("某市\n\n2025年底前,全市淘汰国三柴油货车2000辆。", ref=dt.date(2024, 3, 1))
    assert (ms[2000].kind, ms[2000].period_end) == ("target", dt.date(2025, 12, 31))


def test_the_pollutants_of_a_list_cut_by_one_verb_are_all_reductions():
    ms = metrics("通化市减排\n\n上半年,消减化学需氧量1322.53吨、氨氮148.58吨、二氧化硫3484吨、氮氧化物349.18吨。", ref=dt.date(2013, 8, 1))
    assert {ms[v].indicator for v in (1322.53, 148.58, 3484, 349.18)} == {"emission_reduction"}
    ms = metrics("某市\n\n全市排放二氧化硫3484吨、氮氧化物349.18吨。", ref=dt.date(2013, 8, 1))
    assert ms[3484].indicator == ms[349.18].indicator == "other"  # (emitted, not cut)


def test_a_paragraph_telling_its_total_again_then_its_parts_breaks_it_down():
    text = ("我省推进水源地整治\n\n自4月我省启动集中式饮用水水源地环境保护专项行动以来,扎实开展排查整治。此前排查出99个重点问题,"
            "截至7月底已有34个完成整治,剩余65个问题整治工作正有序推进。\n"
            "34个已完成整治的重点问题分别为:成都市1个,自贡市1个,泸州市2个。")
    ms = metrics(text, ref=dt.date(2018, 9, 16))
    assert (ms[2].period_start, ms[2].period_end) == (dt.date(2018, 4, 1), dt.date(2018, 7, 31))


def test_review45_goals_measured_figures_and_things_registered():
    # a year still to come after 到…的 is a goal's
    ms = metrics("某市印发规划\n\n规划明确,全市森林覆盖率由2020年的40.5%提高到2025年的42%。", ref=dt.date(2021, 9, 30))
    assert (ms[42].kind, ms[42].period_end) == ("target", dt.date(2025, 12, 31))
    # a plan's 计划提前1年完成, 提前半年完成
    assert tasks("某市\n\n全市计划提前1年完成“十四五”PM2.5浓度下降目标。", ref=dt.date(2023, 3, 20))
    ms = metrics("某市\n\n全市优良天数比例达到90%,提前半年完成年度目标任务。", ref=dt.date(2023, 7, 20))
    assert ms[90].kind == "actual"
    # 已将 / 将…纳入: the object marker
    ms = metrics("某市\n\n今年以来,全市已将超过200家企业纳入重点排污单位名录。", ref=dt.date(2023, 6, 30))
    assert ms[200].kind == "actual"
    ms = metrics("某市\n\n下一步,全市将超过200家企业纳入重点排污单位名录。", ref=dt.date(2023, 6, 30))
    assert ms[200].kind == "actual"  # (what exists, put somewhere)
    # a later year's end opening a news paragraph does not make a measured figure a goal
    ms = metrics("某市部署污水管网建设\n\n2024年底前,全市完成城中村污水管网建设。据统计,全市城市生活污水集中收集率为65%,较上年提高3个百分点。",
                 ref=dt.date(2023, 6, 30))
    assert ms[65].kind == "actual"
    # 建成 after a deadline is the act due by it
    ms = metrics("某市推进智慧环保\n\n2024年底前建成全市统一的生态环境监测网络,新建空气自动监测站20个。", ref=dt.date(2023, 6, 30))
    assert (ms[20].kind, ms[20].period_end) == ("target", dt.date(2024, 12, 31))
    # a holiday aside telling no figure leaves the month for the sentences after it
    ms = metrics("某市环境空气质量通报\n\n2023年1月,全市优良天数为25天。节日期间,烟花爆竹燃放导致PM2.5浓度短时升高。"
                 "全市PM2.5月均浓度为62微克/立方米,同比上升5.1%。", ref=dt.date(2023, 3, 10))
    assert ms[62].period_end == dt.date(2023, 1, 31)
    # a length after a bracket is no glued day
    ms = metrics("某县污水处理厂提标改造工程开工\n\n本项目计划工期(日历天)210日,总投资3000万元。", ref=dt.date(2023, 3, 10))
    assert ms[30000000].period_start is None


def test_a_deadline_after_what_the_plan_is_set_by_heads_the_sentence():
    ms = metrics("岳阳获批试点\n\n根据规划,未来两年,两市将对辖区范围内纳入国家监管清单的111条农村黑臭水体进行系统治理。",
                 ref=dt.date(2023, 6, 8))
    assert (ms[111].kind, ms[111].period_end) == ("target", dt.date(2025, 6, 8))


def test_when_a_document_came_out_is_no_period_of_the_text_after_it():
    text = ("“无废城市”建设取得明显成效\n\n今年1月发布的《关于全面推进美丽中国建设的意见》提出,到2027年,“无废城市”建设比例达到60%。\n"
            "“经过6年的实践,建设取得了明显成效。”司长郭某介绍,各地累计建设2.5万余个“无废细胞”。")
    ms = metrics(text, ref=dt.date(2024, 10, 22))
    assert ms[25000].period_end != dt.date(2024, 1, 31)
    assert (ms[60].kind, ms[60].period_end) == ("target", dt.date(2027, 12, 31))
    ms = metrics("某市\n\n今年1月,全市PM2.5平均浓度为45微克/立方米。\n全市优良天数为25天。", ref=dt.date(2024, 3, 1))
    assert ms[25].period_end == dt.date(2024, 1, 31)  # (a month opening the text still frames what follows)


def test_review45b_lists_plans_and_things_put_in_use():
    ms = metrics("我市生态环境质量持续改善\n\n2022年,全市二氧化硫削减率达到12%、森林覆盖率63%。", ref=dt.date(2023, 3, 1))
    assert ms[63].indicator == "other"
    # the years ahead of a month the sentence tells
    ms = metrics("我市农村生活污水治理\n\n2021年3月,市政府印发实施方案,提出未来三年完成300个行政村生活污水治理任务。",
                 ref=dt.date(2023, 6, 8))
    assert ms[300].period_end == dt.date(2024, 3, 1)
    # 将新增 is still to come, whatever it is put into
    ms = metrics("我市推进农村生活污水治理\n\n今年,我市将新增20个村庄纳入农村生活污水治理范围。", ref=dt.date(2023, 3, 5))
    assert ms[20].kind == "target"
    # things built, made or put in use before a time
    ms = metrics("我市持续推进\n\n2022年,全市淘汰2012年以前投产的落后燃煤机组12台。2022年,全市共淘汰2010年前生产的柴油货车3200辆。"
                 "今年以来,全市关停2015年底前建成投运的小型燃煤锅炉45台。", ref=dt.date(2023, 3, 1))
    assert (ms[12].period_end, ms[3200].period_end) == (dt.date(2022, 12, 31), dt.date(2022, 12, 31))
    assert ms[45].kind == "actual"
    # a requirement or an intention to finish early is a goal
    ms = metrics("我市部署工作\n\n我市拟提前一年多完成35条黑臭水体治理任务。", ref=dt.date(2023, 3, 1))
    assert ms[35].kind == "target"


def test_review_kinds_and_periods_of_this_sessions_rules():
    body = "\n\n全市PM2.5平均浓度32微克/立方米;优良天数比率85%。"
    for head in ("我市2024年生态环境保护目标任务定了", "2024年重点任务已明确", "2024年要完成的重点任务"):
        assert {m.kind for m in metrics(head + body, ref=dt.date(2024, 2, 1)).values()} == {"target"}, head
    for head in ("某区2021年既定整改任务全部办结", "某区整改任务全面完成"):
        assert {m.kind for m in metrics(head + body, ref=dt.date(2024, 2, 1)).values()} == {"actual"}, head
    # a comparison's base before the first figure frames nothing
    ms = metrics("某区空气质量\n\n据监测,全区优良天数比率高于去年同期5.2个百分点;PM10平均浓度58微克/立方米。",
                 ref=dt.date(2023, 6, 8))
    assert (ms[58].period_start, ms[58].period_end) == (None, None)
    # the first item's period after a comma, a standard's number in brackets before it
    ms = metrics("某区空气质量\n\n按照《环境空气质量评价技术规范》(HJ 663-2013),剔除沙尘影响数据,去年,全区优良天数比例为81.4%;"
                 "可吸入颗粒物平均浓度90微克/立方米。", ref=dt.date(2018, 3, 1))
    assert ms[90].period_start == dt.date(2017, 1, 1)
    # (a running total a list's first item opens with, after the list's bullet, runs for its items too)
    ms = metrics("某省今年空气质量\n\n  • 截至12月16日,全省PM2.5平均浓度32.9微克每立方米;累计收获优良天数322.8天,优良率达到92%。",
                 ref=dt.date(2020, 12, 23))
    assert ms[92].period_end == dt.date(2020, 12, 16) and ms[92].period_start == ms[32.9].period_start
    # the share of a task done is a result; a goal beaten keeps its value in the bracket a goal
    ms = metrics("某县造林\n\n今年以来,全县完成植树造林8.5万亩,占年度任务85%。", ref=dt.date(2023, 6, 8))
    assert ms[85].kind == "actual"
    ms = metrics("某市\n\n2022年,全市PM2.5平均浓度为30微克/立方米,优于省下达的年度目标(35微克/立方米)。", ref=dt.date(2023, 2, 1))
    assert (ms[30].kind, ms[35].kind) == ("actual", "target")
    assert metrics("某市\n\n2022年,全市单位GDP能耗为0.45吨/万元。", ref=dt.date(2023, 2, 1))[0.45].indicator == "energy_intensity"
    from qingshan.extract.document import extract_document
    page = "截至到2021年底,某省电力总装机为4286万千瓦,其中水电1263万千瓦。"
    assert {m["kind"] for m in extract_document("p", page)["metrics"]} == {"actual"}


def test_review_kinds_of_farming_are_no_species():
    ms = metrics("某市\n\n全市推广稻渔综合种养等新种养模式8种,新种植苗木12种。", ref=dt.date(2023, 6, 8))
    assert {m.indicator for m in ms.values()} == {"other"}


def test_what_an_enforcement_act_is_counted_in_is_cases():
    ms = metrics("某市\n\n2月,全市检查工业企业575家,处罚企业2家,查处露天焚烧63起,企业停产321家,查处违规运渣车69台。"
                 "全省责令4718家企业立行立改,处罚上海某化工有限公司等违法单位651家。", ref=dt.date(2017, 3, 1))
    assert {v: ms[v].indicator for v in (2, 63, 4718, 651)} == dict.fromkeys((2, 63, 4718, 651), "enforcement_cases")
    # (what is inspected, what stopped work and what was caught are counted as they are)
    assert (ms[575].indicator, ms[321].indicator, ms[69].indicator) == ("inspections", "enterprises", "vehicles")


def test_what_was_done_by_a_time_over_stands_as_of_it():
    ms = metrics("某县调度整改工作\n\n8月2日上午,副县长调度了整改工作。到2017年12月底,我县受理的40个中央交办群众信访件已全部办结。",
                 ref=dt.date(2018, 8, 2))
    assert (ms[40].kind, ms[40].period_start, ms[40].period_end) == ("actual", None, dt.date(2017, 12, 31))
    # (a deadline still to come is a goal's year; one not marked done covers its year)
    ms = metrics("某县整改工作\n\n到2018年12月底,全县完成整改任务40个。", ref=dt.date(2018, 8, 2))
    assert (ms[40].period_start, ms[40].period_end) == (dt.date(2018, 1, 1), dt.date(2018, 12, 31))


def test_what_work_done_was_for_makes_no_goal_of_its_figure():
    ms = metrics("某市河长制\n\n2019年,全市各级河长巡河1200次,发现并整改问题39处,确保河长制工作落地见效。", ref=dt.date(2020, 1, 10))
    assert ms[39].kind == "actual"
    # (a goal's figure before its own 确保 clause stays a goal)
    ms = metrics("某市河长制\n\n2020年,全市要整改问题50处,确保河长制工作落地见效。", ref=dt.date(2020, 1, 10))
    assert ms[50].kind == "target"


def test_what_was_done_by_a_deadline_over_is_a_result_as_of_the_day_told():
    ms = metrics("某市整改\n\n截至目前,2017年底前须完成的整改任务已完成21项。", ref=dt.date(2018, 3, 19))
    assert (ms[21].kind, ms[21].period_start, ms[21].period_end) == ("actual", None, dt.date(2018, 3, 19))
    # (a deadline still to come stays the goal's; the count done toward it is as of now)
    ms = metrics("某市整改\n\n2018年底前须完成整改任务30项,目前已完成21项。", ref=dt.date(2018, 3, 19))
    assert (ms[30].kind, ms[21].kind) == ("target", "actual")


def test_a_count_told_again_in_quotation_marks_is_one_fact():
    ms = extract_metrics(context("临沂排查散乱污企业\n\n鲁南网9月14日讯 截至9月8日,我市共排查“散乱污”企业6401家,已取缔关停751家。\n\n"
                                 "据悉,截至9月8日,临沂市共排查“散乱污”企业6401家。其中,河东区共2592家。", ref=dt.date(2018, 9, 14)))
    assert [m.value for m in ms].count(6401) == 1


def test_an_inspections_ledger_is_counted_in_no_year_the_page_tells():
    text = ("2019年某市生态环境状况公报\n\n2019年,全市空气质量优良率为98.1%。\n\n"
            "省级环保督察交办29个问题共102个子项,还有5个子项未完成,交办信访件392个,已完成整改391件。")
    ms = metrics(text, ref=dt.date(2020, 8, 6))
    assert {(m.period_start, m.period_end) for v, m in ms.items() if v in (29, 102, 5, 392, 391)} == {(None, None)}
    assert (ms[98.1].period_start, ms[98.1].period_end) == (dt.date(2019, 1, 1), dt.date(2019, 12, 31))
    # (a year stated in the ledger's own sentence dates it)
    ms = metrics("某市督察整改\n\n2019年,省级环保督察交办信访件392个,已完成整改391件。", ref=dt.date(2020, 8, 6))
    assert (ms[392].period_start, ms[392].period_end) == (dt.date(2019, 1, 1), dt.date(2019, 12, 31))


def test_a_goals_label_after_a_short_lead_in_makes_its_figures_goals():
    ms = metrics("某省\n\n在此基础上,河北省提出2018年大气治理目标:全省PM2.5年平均浓度下降5%,化学需氧量、氨氮减排完成国家下达的任务,"
                 "每万元生产总值能耗下降4%。", ref=dt.date(2018, 2, 1))
    assert (ms[5].kind, ms[4].kind) == ("target", "target")
    # (a lead-in that is a long clause of its own is no label's)
    ms = metrics("某省\n\n2017年全省各设区市PM2.5年平均浓度较2013年下降39.8%,超额完成目标:能耗下降4%。", ref=dt.date(2018, 2, 1))
    assert ms[39.8].kind == "actual"


def test_review47_a_goal_and_a_level_reached_by_a_deadline_keep_its_year_and_a_years_work_is_no_ledger():
    ms = metrics("某市整改\n\n2020年底前须完成整改任务30项,截至目前已完成21项。到2020年底,全市PM2.5平均浓度已降至35微克/立方米。",
                 ref=dt.date(2021, 3, 1))
    assert (ms[30].kind, ms[30].period_start, ms[30].period_end) == ("target", dt.date(2020, 1, 1), dt.date(2020, 12, 31))
    assert (ms[35].period_start, ms[35].period_end) == (dt.date(2020, 1, 1), dt.date(2020, 12, 31))
    ms = metrics("某市2023年工作总结\n\n2023年,全市开展环境督查检查企业1200家次,督促整改问题350个。全市完成整改任务35项,整改率达到100%。",
                 ref=dt.date(2024, 1, 20))
    assert {ms[v].period_start for v in (350, 35, 100)} == {dt.date(2023, 1, 1)}
    ms = metrics("某市\n\n2月,全市排查处理散乱污企业35家,检查处罚后已整改企业18家。", ref=dt.date(2017, 3, 1))
    assert (ms[35].indicator, ms[18].indicator) == ("enterprises", "enterprises")


def test_review47b_a_total_summed_by_a_time_over_stands_as_of_it_a_level_keeps_its_year():
    ms = metrics("某省\n\n到2020年底,全省已累计治理水土流失面积1000平方公里。到2020年底,全市优良天数已达300天。", ref=dt.date(2021, 3, 1))
    assert (ms[1000].period_start, ms[1000].period_end) == (None, dt.date(2020, 12, 31))
    assert (ms[300].period_start, ms[300].period_end) == (dt.date(2020, 1, 1), dt.date(2020, 12, 31))
    ms = metrics("某市\n\n2月,全市核查处理群众投诉涉及企业35家,依法查处已关停企业违法复产3家。", ref=dt.date(2017, 3, 1))
    assert (ms[35].indicator, ms[3].indicator) == ("enterprises", "enforcement_cases")


def test_tonnes_of_pollutants_listed_after_a_cut_in_emissions_are_emission_reductions():
    """`减排二氧化硫4500吨,氮氧化物990吨,PM2.5约1260吨` and `减少散煤燃烧约90万吨`: emission reductions and coal; not the
    garbage a sentence after it clears, nor a pollutant's concentration."""
    ms = metrics("北京完成煤改清洁能源工作\n\n完成后预计可以减少散煤燃烧约90万吨,减排二氧化硫4500吨,氮氧化物990吨,一氧化碳6.3万吨,"
                 "PM2.5约1260吨。全市共清运垃圾3万吨,二氧化硫浓度为9微克/立方米。")
    assert ms[900000].indicator == "coal_consumption"
    for v in (4500, 990, 63000, 1260):
        assert ms[v].indicator == "emission_reduction", v
    assert ms[30000].indicator == "volume"
    assert ms[9].indicator == "other"


def test_bays_are_water_bodies():
    """`全国已有159个海湾出台具体建设方案`, `162个海湾水质优良比例超过85%`: bays counted are water bodies (GUIDE: rivers, lakes,
    sections)."""
    ms = metrics("美丽海湾建设\n\n截至目前,全国已有159个海湾出台具体建设方案。2024年已有162个海湾水质优良比例超过85%。")
    assert ms[159].indicator == ms[162].indicator == "water_bodies"


def test_a_clause_after_the_figure_does_not_decide_its_kind():
    """`明年全省畜禽粪污综合利用率要达到75%以上,现有…配套率达到95%以上` on an undated page: the goal is a goal, though the
    clause after it opens with 现有 (how things stand); `…消除比例达到98.2%,今后…要…` is a result, the plan after it no
    goal of it."""
    ms = metrics("辽宁省稳步推进畜禽养殖废弃物资源化利用工作,明年全省畜禽粪污综合利用率要达到75%以上,"
                 "现有畜禽规模养殖场粪污处理设施装备配套率达到95%以上。\n目前,全省14个市制定了方案。", ref=None, stated=False)
    assert ms[75].kind == "target"
    ms = metrics("黑臭水体治理\n\n截至2020年底,全国2914个黑臭水体消除比例达到98.2%,今后生态环境部要在调研的基础上,制定治理方案。",
                 ref=dt.date(2021, 3, 31))
    assert ms[98.2].kind == "actual"


def test_shares_in_a_ranking_are_of_the_measure_it_ranks_by():
    """`在各市、区空气质量达标率排名中,恩平名列第一,达标率为98.2%;台山的92%紧随其后,…达标率仅为83.7%`: all good-air ratios,
    the run joined by `;` included; a share no ranking names stays uncoded."""
    ms = metrics("江门市环境质量\n\n在各市、区空气质量达标率排名中,恩平名列第一,达标率为98.2%;台山的92%紧随其后,"
                 "蓬江排名最后,达标率仅为83.7%。全市绿化覆盖率的比重为40%。", ref=dt.date(2017, 3, 2))
    assert ms[98.2].indicator == ms[92].indicator == ms[83.7].indicator == "good_air_day_ratio"
    assert ms[40].indicator == "other"


def test_review_mends_of_the_kind_ranking_running_total_and_reduction_rules():
    """(review) a clause pointing back at the figure still says its kind (`…,是明年要实现的目标`, `…,要确保完成`); a
    share in a ranking its own clause names another measure of stays uncoded (`…位列第5,森林覆盖率为45%`); the year's
    additions counted as such keep the year (`2022年,全省累计新增造林面积120万亩`); a cut in emissions reaches only
    the tonnes listed right after it (`为减少排放,全年查扣劣质油品30吨`); 散煤 is coal only where it is burned or cut."""
    ms = metrics("某市目标\n\n全市PM2.5浓度下降5%,是明年要实现的目标。2018年,全市地表水优良比例为70%,要确保完成。",
                 ref=dt.date(2018, 3, 1))
    assert ms[5].kind == ms[70].kind == "target"
    ms = metrics("某市排名\n\n在全省空气质量综合指数排名中,我市位列第5,森林覆盖率为45%。", ref=dt.date(2017, 3, 2))
    assert ms[45].indicator == "other"
    ms = metrics("某省造林\n\n2022年,全省累计新增造林面积120万亩。", ref=dt.date(2023, 3, 1))
    assert ms[1_200_000].period_start == dt.date(2022, 1, 1)
    ms = metrics("某市治污\n\n为减少排放,全年查扣劣质油品30吨。全市完成散煤治理任务的100%。", ref=dt.date(2018, 3, 1))
    assert ms[30].indicator != "emission_reduction" and ms[100].indicator == "other"


def test_months_named_without_a_year_after_a_deadline_year_are_that_years():
    """`到2025年,全市5月至9月臭氧浓度下降5%`: May to September of 2025, not of the page's year; a month range of a result
    told in its own sentence keeps the page's year."""
    ms = metrics("某市方案\n\n到2025年,全市5月至9月臭氧浓度下降5%。今年1-9月,全市优良天数比率为80%。", ref=dt.date(2023, 10, 11))
    assert (ms[5].period_start, ms[5].period_end) == (dt.date(2025, 5, 1), dt.date(2025, 9, 30))
    assert (ms[80].period_start, ms[80].period_end) == (dt.date(2023, 1, 1), dt.date(2023, 9, 30))
