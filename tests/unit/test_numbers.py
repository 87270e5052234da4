"""Quantity recognition: each rule, and the list of things that are not metrics."""
import pytest

from qingshan.dictionaries import load
from qingshan.text.numbers import find_quantities

DICTS = load()


def one(text):
    qs = find_quantities(text, DICTS)
    assert len(qs) == 1, [(q.value_text, q.value) for q in qs]
    return qs[0]


@pytest.mark.parametrize("text,value,unit,qualifier", [
    ("PM2.5浓度42微克/立方米", 42, "微克/立方米", "exact"),
    ("淘汰老旧车4万余辆", 40000, "辆", "approx"),
    ("争取资金4.29亿元", 429_000_000, "元", "exact"),
    ("共收水2.38亿立方米", 238_000_000, "立方米", "exact"),
    ("两家重点企业入选", 2, "家", "exact"),
    ("新能源重卡保有量达到两万辆", 20000, "辆", "exact"),
    ("总规模70万吨/日", 700_000, "吨/日", "exact"),
    ("处理规模2000吨/天", 2000, "吨/日", "exact"),  # 天 for 日
    ("清运量不高于330万吨/年", 3_300_000, "吨/年", "at_most"),  # a yearly rate, not a mass
    ("供水能力5万立方米/天", 50_000, "立方米/日", "exact"),
    ("降尘量平均在6吨/平方公里以下", 6, "吨/平方公里", "at_most"),
    ("不超过45微克/立方米", 45, "微克/立方米", "at_most"),
    ("创建不少于500个“无废细胞”", 500, "个", "at_least"),
    ("机械占比达到70%以上", 70, "%", "at_least"),
    ("优良天数比例均值为97.6 %", 97.6, "%", "exact"),  # a percent sign a space apart
    ("累计推广超74万辆", 740_000, "辆", "at_least"),
    ("收益700余万元", 7_000_000, "元", "approx"),
    ("总面积1240多公顷", 1240, "公顷", "approx"),
    ("比例超过三分之一", 33.33, "%", "at_least"),
    ("PM2.5浓度同比下降2.3个百分点", 2.3, "百分点", "exact"),
    ("出动执法人员4500余人(次)", 4500, "人次", "approx"),
    ("约300平方米", 300, "平方米", "approx"),
    ("一氧化碳年均浓度为1.1毫克/立方米", 1.1, "毫克/立方米", "exact"),  # kept in the unit written
    ("滇池总磷浓度为0.072mg/L", 0.072, "毫克/升", "exact"),
    ("化学需氧量同比下降2.12毫克/每升", 2.12, "毫克/升", "exact"),  # `每升` written after the slash
    ("PM2.5年均浓度超过二级标准0.32倍", 0.32, "倍", "exact"),
    ("发放宣传资料1.2万份", 12000, "份", "exact"),
    ("开展扬尘等12大项整治行动", 12, "项", "exact"),
    ("全年实施9个专项行动", 9, "个", "exact"),  # campaigns are concrete items, not kinds
    ("能源消费量为6961.7万吨标煤", 69_617_000, "吨标准煤", "exact"),  # energy in coal equivalent, one base unit
    ("年耗能3.86亿吨标准煤", 386_000_000, "吨标准煤", "exact"),
    ("单位GDP能耗0.52吨标准煤/万元", 0.52, "吨标准煤/万元", "exact"),
    ("自然降尘年均值为4.7吨/(平方公里•30天)", 4.7, "吨/平方公里", "exact"),  # dustfall as its bulletins write it
    ("降尘强度控制在8吨/月·平方公里以下", 8, "吨/平方公里", "at_most"),
    ("办理危险废物跨省转移手续375批次", 375, "批次", "exact"),  # times a batch was handled, as 人次, 户次
    ("开展入户检查17万户次", 170_000, "户次", "exact"),
    ("人均垃圾日产量为1.3kg", 1.3, "千克", "exact"),  # a mass in kilograms, however written
    ("年产生量约50公斤", 50, "千克", "approx"),
    ("工业危险废物产生强度下降至5.4公斤/万元", 5.4, "公斤/万元", "exact"),  # an intensity, not a mass
    ("新增电采暖面积1806万平米", 18_060_000, "平方米", "exact"),  # 平米, as pages write 平方米
])
def test_recognition(text, value, unit, qualifier):
    q = one(text)
    assert q.value == pytest.approx(value) and q.unit == unit and q.qualifier == qualifier


@pytest.mark.parametrize("text", ["化肥亩均用量为18.5千克/亩", "单位GDP能耗为450千克标准煤/万元", "颗粒物排放速率为0.5kg/h"])
def test_a_kilogram_in_a_unit_not_read_whole_is_no_mass(text):
    # (review40: a rate or an energy in a mass unit is not cut to the mass: 千克, 吨)
    assert find_quantities(text, DICTS) == []


def test_enumeration_shares_the_unit():
    qs = find_quantities("分别为47、55和55微克/立方米", DICTS)
    assert [(q.value, q.unit) for q in qs] == [(47, "微克/立方米"), (55, "微克/立方米"), (55, "微克/立方米")]


def test_a_measure_without_unit_after_its_name():
    assert one("昆明市降水pH均值为5.83").value == 5.83
    assert one("2022年该省生态环境公众满意度为86.02,实现连续11年上升").value == 86.02  # a score
    qs = find_quantities("降水pH值介于4.56~7.12之间", DICTS)
    assert [(q.value, q.unit) for q in qs] == [(4.56, None), (7.12, None)]


def test_range_gives_both_ends():
    qs = find_quantities("削减15%—20%", DICTS)
    assert [q.value for q in qs] == [15, 20]
    assert [q.value for q in find_quantities("优良天数比例在89.9%-98.1%之间", DICTS)] == [89.9, 98.1]


def test_a_measure_without_unit_after_its_name_in_capitals():
    assert [(q.value, q.unit) for q in find_quantities("降水PH均值为6.59", DICTS)] == [(6.59, None)]
    assert [(q.value, q.unit) for q in find_quantities("全省生态质量指数达70.37", DICTS)] == [(70.37, None)]


def test_comparison_attaches_to_its_figure():
    q = one("优良天数112天,同比增加2天")
    assert (q.value, q.change_direction, q.change_value, q.change_unit, q.change_basis) == (112, "up", 2, "天", "yoy")
    q = one("PM2.5浓度42微克/立方米,同比下降2.3%")
    assert (q.change_direction, q.change_value, q.change_unit) == ("down", 2.3, "%")


def test_a_figure_that_is_only_a_change():
    q = one("能耗比2020年下降10%")
    assert q.change_only and q.value == 10 and q.change_direction == "down" and q.change_basis == "2020"
    q = one("细颗粒物浓度在2012年基础上下降15%左右")
    assert q.change_only and q.value == 15 and q.change_basis == "2012"
    assert one("浓度在2012年下降15%").change_basis is None  # in 2012, no base


def test_a_range_written_with_a_hyphen_is_two_figures_but_codes_and_phone_numbers_are_none():
    assert [(q.value, q.unit) for q in find_quantities("年均浓度在31-41微克/立方米之间", DICTS)] == [(31, "微克/立方米"), (41, "微克/立方米")]
    assert [(q.value, q.unit) for q in find_quantities("降幅在16-35.8%之间", DICTS)] == [(16, "%"), (35.8, "%")]
    assert find_quantities("咨询电话为0371-65432100", DICTS) == [] and find_quantities("执行GB3095-2012标准", DICTS) == []


def test_dimensionless_index_after_its_name():
    q = one("空气质量综合指数4.73,同比下降3.1%")
    assert q.value == 4.73 and q.unit is None and q.change_value == 3.1
    q = one("全省环境空气质量综合指数平均为3.35,同比上升4.0%")
    assert q.value == 3.35 and q.unit is None and q.change_value == 4.0
    assert one("全省降水PH均值为6.59,呈中性").value == 6.59  # the measure's own 均值
    assert one("全市降水pH值年均值5.53,酸雨频率下降").value == 5.53
    assert one("兰州市环境空气质量综合指数控制在5.27,并保持下降态势").value == 5.27  # a goal's level
    # told of the best and the worst place by it, and a range with the place of each end
    qs = find_quantities("环境空气质量综合指数最好的城市是威海市,为4.24,最差的城市是淄博市,为7.14。", DICTS)
    assert [(q.value, q.unit) for q in qs] == [(4.24, None), (7.14, None)]
    qs = find_quantities("各县区空气质量综合指数范围为1.88(龙门县)~2.57(惠阳区)", DICTS)
    assert [q.value for q in qs] == [1.88, 2.57]
    assert find_quantities("排名最好的城市是威海市,为第3", DICTS) == []  # (no measure without unit named)


@pytest.mark.parametrize("text", [
    "2023年全市生态环境系统",  # a year
    "7月26日召开",  # a date
    "召开2020年第3次局务会",  # an ordinal
    "第二轮中央生态环境保护督察",
    "第五批案件线索",
    "电话:022-25789858",  # a phone number
    "地址:天丽路10号",  # a house number
    "创新创业园18-A三层",  # a code
    "“十四五”期间",  # a plan's name
    "聚焦PM2.5和O3协同治理",  # chemical names
    "坚持“三个行动”,增强“四个自信”",  # counts of kinds
    "一步一个脚印",
    "制定《廊坊市2024年大气污染综合治理工作方案》",  # inside a book title
    "一是打好蓝天保卫战",  # list numbering
    "网友评论(0条)  我要评论",  # page chrome
    "浏览:2318次 | 下载:45次",
    "已有0人参与评论",
    "相关推荐\n0人点赞\n",  # a like counter under the article
    "在市十五届人大常委会十一次会议上",  # a body's session numbered, an ordinal
    "结合市委十二次党代会的总体要求",
    "综合指数排名全省第9,同比改善4名。",  # places moved in a ranking
    "较上月前进3位,",
    "连续3年稳定达标",  # a duration
    "整治工作历时45天",
    "督察长达30天",
    "攻坚冲刺30天工作以来",
    "用30天时间完成整治",
    "经过3个月的努力",  # a number of months, not 3个
    "百日攻坚行动开展100天以来",
    "四川110余天办结环境信访举报",  # how long it took
    "用30天完成整改",
    "重污染天数比例首次降至1%以内",  # a threshold crossed, not the figure
    "四川是全国唯一一个开展该试点的省份",  # 唯一 + 一个, not 11
    "全省6项主要污染物年均浓度全部达标",  # kinds of pollutants
    "环境空气污染物6项指标均达标",  # kinds of indicators
    "围绕5个方面开展评选",
    "全面淘汰35蒸吨以下燃煤锅炉",  # the bound of a class of boilers
    "20蒸吨及以下燃煤锅炉全部清零",
    "五家渠市召开会议",  # a city's name
    "公示时间:2020年12月6日至2020年12月10日,共5天。",  # the length of the dates just stated
    "征求意见时间为2023年3月1日—3月10日(10天)",
    "公示期为5个工作日",
])
def test_not_metrics(text):
    assert find_quantities(text, DICTS) == []


def test_a_bound_on_a_count_of_days_is_a_figure_not_a_duration():
    assert [(q.value, q.unit) for q in find_quantities("重度及以上污染天数控制在6天以内", DICTS)] == [(6, "天")]


def test_the_cut_off_of_a_ranking_is_no_count():
    qs = find_quantities("广西9个城市进入前30名,其中,前10名广西占3个。", DICTS)
    assert [(q.value, q.unit) for q in qs] == [(9, "个"), (3, "个")]
    assert [q.value for q in find_quantities("目前20名执法人员已全部到岗,此前3名犯罪嫌疑人已被刑事拘留。", DICTS)] == [20, 3]
    # (the last places, a cut-off within a ranking, a tie: `后三名依次为江门、东莞(2个并列)`, `都在100名以内`)
    qs = find_quantities("前三名是河源、肇庆,后三名依次为江门、东莞(2个并列)和佛山市。所有城市排名均上升,且都在100名以内。", DICTS)
    assert qs == []
    assert [q.value for q in find_quantities("随后3名工作人员进场,共抽调100名以内的执法人员。", DICTS)] == [3, 100]
    assert [q.value for q in find_quantities("先后3名干部被问责,节后2名工作人员返岗。", DICTS)] == [3, 2]


def test_a_range_of_ranks_in_brackets_is_no_count():
    qs = find_quantities("地表水环境质量相对较好的前10位(1—10名)依次是:甲市、乙市。相对较差的后10位(倒1—10名)依次是:丙区。", DICTS)
    assert qs == []
    assert [q.value for q in find_quantities("全市共抽调10名执法人员。", DICTS)] == [10]


def test_a_count_pointed_back_to_is_told_before():
    qs = find_quantities("经监测,两家企业部分污染物排放超标。目前已对此两家企业立案查处,上述10个问题和这3个项目均已整改。", DICTS)
    assert [q.value for q in qs] == [2]


def test_kilowatt_hours_are_energy_not_power():
    assert [(q.value, q.unit) for q in find_quantities("清洁能源发电量846亿千瓦时,装机4286万千瓦。", DICTS)] == [
        (84_600_000_000, "千瓦时"), (42_860_000, "千瓦")]


def test_units_written_in_latin_letters_and_per_ten_thousand_yuan():
    qs = find_quantities("产生强度平均为2.03吨/万元,设计规模2万m³/d,PM2.5年均浓度下降到42ug/m³以下。", DICTS)
    assert [(q.value, q.unit) for q in qs] == [(2.03, "吨/万元"), (20_000, "立方米/日"), (42, "微克/立方米")]
    # (read whole, not cut to the mass: was dropped before 吨/万元 was a unit, test_a_kilogram_in_a_unit_not_read_whole…)
    assert [q.unit for q in find_quantities("一般工业固体废物产生强度限值为0.165吨/万元", DICTS)] == ["吨/万元"]


def test_days_at_a_level_of_air_quality_are_counted_not_a_time_taken():
    qs = find_quantities("优良天数为104天(18天达到优,86天达到良)。用30天完成整改。", DICTS)
    assert [q.value for q in qs] == [104, 18, 86]


def test_a_decimal_count_of_days_with_no_span_of_dates_before_it_is_a_figure():
    qs = find_quantities("1至2月,全省平均优良天数39.2天,同比增加7.7天。", DICTS)
    assert [(q.value, q.unit, q.change_value) for q in qs] == [(39.2, "天", 7.7)]


def test_days_counted_after_a_span_of_dates_that_is_no_range_are_a_figure():
    qs = find_quantities("2023年1月1日至12月31日,优良天数312天", DICTS)
    assert [(q.value, q.unit) for q in qs] == [(312, "天")]


def test_changes_stated_respectively_attach_in_order():
    qs = find_quantities("昼间、夜间达标率分别为95.1%和84.2%,同比分别上升0.8个和2.1个百分点", DICTS)
    assert [(q.value, q.change_value, q.change_unit) for q in qs] == [(95.1, 0.8, "百分点"), (84.2, 2.1, "百分点")]


def test_more_or_fewer_than_a_base_is_a_change():
    q = one("优良天数累计达到131天,比去年同期多18天")
    assert (q.value, q.change_direction, q.change_value) == (131, "up", 18)


def test_a_class_bound_is_not_the_count():
    q = one("淘汰35蒸吨以下燃煤锅炉120台")
    assert (q.value, q.unit) == (120, "台")


def test_changes_stated_respectively_with_no_level_are_each_a_change():
    qs = find_quantities("PM10、PM2.5浓度同比分别下降12.4%和9.8%", DICTS)
    assert [(q.value, q.change_only, q.change_direction, q.change_value) for q in qs] == [
        (12.4, True, "down", 12.4), (9.8, True, "down", 9.8)]


def test_flat_against_last_years_period():
    q = one("Ⅰ~Ⅲ类水质断面比例为96.2%,与去年同期持平")
    assert (q.value, q.change_direction, q.change_value) == (96.2, "flat", 0.0)
    q = one("能耗与2020年相比下降13.5%")
    assert q.change_only and q.change_basis == "2020"


def test_people_taking_part_are_a_figure_in_a_sentence_and_chrome_in_a_comment_box():
    got = [(q.value, q.unit) for q in find_quantities("植树活动共吸引2000余人参与,种下树苗1万株。", load())]
    assert (2000.0, "人") in got
    assert find_quantities("网友评论 (已有0人参与)", load()) == []


def test_improved_is_a_fall_of_a_level_and_a_rise_of_a_share_in_points():
    qs = find_quantities("PM2.5浓度为31微克/立方米,同比改善3.1%;优良天数比例为85.2%,同比改善2.1个百分点;"
                         "PM10浓度同比改善4.5%", DICTS)
    assert [(q.value, q.change_direction, q.change_value, q.change_unit) for q in qs] == [
        (31, "down", 3.1, "%"), (85.2, "up", 2.1, "百分点"), (4.5, "down", 4.5, "%")]


def test_a_class_bound_before_its_class_is_no_figure_a_bound_ending_its_clause_is():
    for text in ("淘汰35蒸吨/小时以下燃煤锅炉", "淘汰10蒸吨/小时及以下燃煤锅炉", "30万千瓦及以上热电联产电厂"):
        assert find_quantities(text, DICTS) == [], text
    assert [(q.value, q.qualifier) for q in find_quantities("PM2.5浓度控制在35微克/立方米及以下。优良天数比例达到80%及以上,", DICTS)] \
        == [(35, "at_most"), (80, "at_least")]
    assert [(q.value, q.unit) for q in find_quantities("全市共有20蒸吨/小时燃煤锅炉15台", DICTS)] == [(20, "蒸吨"), (15, "台")]
    # a bound the words after it name a goal is the goal's figure (`…比例88%以上的目标`); one of a class is not
    assert [(q.value, q.qualifier) for q in find_quantities("实现优良天数比例88%以上的目标", DICTS)] == [(88, "at_least")]
    assert find_quantities("关停10蒸吨以上的燃煤锅炉", DICTS) == []
    # a share is never the bound of a class: `30%以上的行政村` is more than 30% of them
    assert [(q.value, q.qualifier) for q in find_quantities("30%以上的行政村达到建设标准", DICTS)] == [(30, "at_least")]
    assert [q.value for q in find_quantities("全市60%以上的乡镇达到标准", DICTS)] == [60]
    # (review) a percentage of a property a class is cut by is its bound: `硫分1%以上的散煤`, `VOCs含量10%以上的涂料`
    for text in ("禁止使用硫分1%以上的散煤", "VOCs含量10%以上的涂料使用企业", "坡度在25%以下的坡耕地实施水土保持措施"):
        assert find_quantities(text, DICTS) == [], text


def test_a_noun_of_change_with_its_link_is_a_change_by_a_verb_with_wei_a_level_to():
    qs = find_quantities("PM2.5浓度为30微克/立方米,同比降幅达5.2%;完成投资12亿元,增幅为12%;PM10浓度下降为45微克/立方米", DICTS)
    assert [(q.value, q.change_direction, q.change_value) for q in qs] == [
        (30, "down", 5.2), (1.2e9, "up", 12), (45, None, None)]


def test_a_change_after_a_short_aside_is_its_figures_and_day_counts_of_many_cities_are_one_unit():
    got = [(q.value, q.unit, q.change_direction, q.change_value) for q in
           find_quantities("PM10平均浓度为40微克/立方米,排名全省第一,同比下降23.1%,改善率排名全省第一", DICTS)]
    assert got == [(40, "微克/立方米", "down", 23.1)]
    got = [(q.value, q.unit, q.change_direction, q.change_value) for q in
           find_quantities("发生重污染395天次,同比下降36.2%", DICTS)]
    assert got == [(395, "天次", "down", 36.2)]
    # an aside followed by another figure, not by a change, leaves both figures alone
    assert [q.change_value for q in find_quantities("PM2.5浓度35微克/立方米,全省最低,PM10浓度60微克/立方米", DICTS)] == [None, None]


def test_a_change_after_last_years_level_is_the_figures_and_the_level_stays():
    got = [(q.value, q.change_direction, q.change_value, q.change_basis, q.change_only) for q in
           find_quantities("优良天数为273天,同比去年265天上升8天;PM2.5浓度为45.1微克/立方米,同比去年47.7微克/立方米下降5.5%", DICTS)]
    assert got == [(273, "up", 8, "yoy", False), (265, None, None, None, False),
                   (45.1, "down", 5.5, "yoy", False), (47.7, None, None, None, False)]


def test_a_headings_number_is_not_listed_with_the_figure_after_it():
    assert [(q.value, q.unit) for q in find_quantities("二、88个问题整改完成情况", DICTS)] == [(88, "个")]
    assert [q.value for q in find_quantities("检查三家市属企业", DICTS)] == [3]


def test_a_concentration_unit_written_loosely():
    for text in ("PM2.5浓度为40微克/ 立方米", "PM2.5浓度为40微克/每立方米", "PM2.5浓度控制在40微克每立方米以下"):
        assert [(q.value, q.unit) for q in find_quantities(text, DICTS)] == [(40, "微克/立方米")]


def test_changes_of_items_named_before_them_are_their_own_and_a_change_after_a_dun_comma():
    got = [(q.value, q.change_value, q.change_only) for q in find_quantities(
        "PM2.5浓度下降到52微克/立方米,优良天数比例上升到65%,二氧化硫、氮氧化物同比分别削减8.2%、7.6%。", DICTS)]
    assert got == [(52, None, False), (65, None, False), (8.2, 8.2, True), (7.6, 7.6, True)]
    got = [(q.value, q.change_direction, q.change_value) for q in find_quantities("优良天数达到329天、同比增加4天", DICTS)]
    assert got == [(329, "up", 4)]


def test_place_names_units_and_asides_that_are_not_what_they_look_like():
    assert [(q.value, q.unit) for q in find_quantities("治理面积四平方公里", DICTS)] == [(4, "平方公里")]  # not 四平
    assert [(q.value, q.unit) for q in find_quantities("全年有5天来自沙尘影响", DICTS)] == [(5, "天")]
    got = [(q.value, q.change_value, q.change_only) for q in
           find_quantities("PM2.5浓度35微克/立方米,二氧化氮浓度持平,同比下降5%", DICTS)]
    assert got == [(35, None, False), (5, 5, True)]  # the change is not 35's: the aside names a measure


def test_the_numbers_of_a_run_of_batches_are_no_counts():
    assert [(q.value, q.unit) for q in find_quantities("通辽市已对1—33批224件信访件进行调查处理", DICTS)] == [(224, "件")]
    assert [(q.value, q.unit) for q in find_quantities("共交办33批信访件", DICTS)] == [(33, "批")]


def test_a_count_of_days_before_a_verb_is_still_one_after_its_measures_name():
    assert [q.value for q in find_quantities("全年优良天数达到300天完成年度目标", DICTS)] == [300]


def test_a_change_in_quotes_the_other_way_and_one_told_with_the_bases_level():
    qs = find_quantities('PM2.5浓度为63μg/m3,同比"不降反升"10.5%;优良天数比率为57.8%,同比“不升反降”6.6个百分点。', DICTS)
    assert [(q.value, q.change_direction, q.change_value) for q in qs] == [(63, "up", 10.5), (57.8, "down", 6.6)]
    q = find_quantities("我区优良率为98.3%,较2020年同期的94%提升4.3个百分点。", DICTS)[0]
    assert (q.value, q.change_direction, q.change_value, q.change_unit, q.change_basis) == (98.3, "up", 4.3, "百分点", "2020")
    q = find_quantities("占月监测天数的96.8%,同比2023年上升6.5个百分点。", DICTS)[0]
    assert (q.value, q.change_direction, q.change_value, q.change_basis) == (96.8, "up", 6.5, "yoy")
    q = find_quantities("PM2.5浓度为30微克/立方米,较2020年同期的35μg/m3下降14.3%。", DICTS)[0]
    assert (q.value, q.change_direction, q.change_value, q.change_basis) == (30, "down", 14.3, "2020")
    qs = find_quantities("空气质量达优天数为116天,同比上年增加9天;", DICTS)  # (one figure with its change)
    assert [(q.value, q.change_direction, q.change_value, q.change_basis) for q in qs] == [(116, "up", 9, "yoy")]


def test_places_counted_without_a_classifier():
    def got(text):
        return [(q.value, q.unit) for q in find_quantities(text, DICTS)]
    assert got("忻州、大同、吕梁、朔州4市环境空气质量综合指数好于平均水平,其余7市均差于平均水平") == [(4, "个"), (7, "个")]
    assert got("其中广西有九市进入全国地表水质前30强")[0] == (9, "个")
    assert got("“乌—昌—石”区域6市2县城市空气质量") == [(6, "个"), (2, "个")]
    assert got("天山北坡17县市城市空气质量") == [(17, "个")]
    # a word or a name goes on after the place: no count
    for text in ("新建3市场", "推行一市一策", "将北三县一并纳入", "5县级以上"):
        assert got(text) == [], text


def test_a_change_written_with_its_sign_in_brackets():
    qs = find_quantities("降幅前3位的城市依次是:忻州(-36.8%)、临汾(-31.2%);变化率为+5.2%", DICTS)
    assert [(q.value, q.change_direction, q.change_only) for q in qs] == [
        (36.8, "down", True), (31.2, "down", True), (5.2, "up", True)]
    assert find_quantities("电话0371-65432100", DICTS) == []  # a hyphen in a number is no sign


def test_monthly_rankings_are_counted_not_a_number_of_months():
    assert [(q.value, q.unit) for q in find_quantities("在66个月度排名中", DICTS)] == [(66, "个")]


def test_review_cases_days_that_are_not_the_spans_length_two_cities_acting_together_and_changes_after_figures():
    def got(text):
        return [(q.value, q.unit, q.change_direction, q.change_only) for q in find_quantities(text, DICTS)]
    assert got("今年1月1日至8月31日,共202天空气质量达到优良") == [(202, "天", None, False)]
    assert got("两市生态环境部门在交界处联合开展执法检查") == [] and got("国道107市区段完成改造") == []
    assert got("全市PM2.5平均浓度为35微克/立方米(-8.6%)") == [(35, "微克/立方米", "down", False)]
    assert got("PM2.5浓度同比+3.2%") == [(3.2, "%", "up", True)]


def test_dustfall_per_thirty_days_is_one_unit():
    qs = find_quantities("沙坪坝区降尘量为2.0吨/平方公里∙30天,低于参考标准。", DICTS)
    assert [(q.value, q.unit) for q in qs] == [(2.0, "吨/平方公里")]


def test_a_hyphen_range_after_a_measures_name_is_two_figures_and_a_code_is_none():
    qs = find_quantities("六县区优良天数288-323天", DICTS)
    assert [(q.value, q.unit) for q in qs] == [(288, "天"), (323, "天")]
    assert find_quantities("执行GB3095-2012标准", DICTS) == []
    assert find_quantities("联系电话0371-65432100", DICTS) == []


def test_units_written_as_symbols_per_month_or_a_space_apart():
    assert (one("完成改造面积2427.7万㎡").value, one("完成改造面积2427.7万㎡").unit) == (24_277_000, "平方米")
    assert one("降尘年均浓度2.66吨/平方千米·月").unit == "吨/平方公里"
    assert (one("浓度值为1.0 mg/m3").value, one("浓度值为1.0 mg/m3").unit) == (1.0, "毫克/立方米")
    assert one("出台条例等20余部法规规章").unit == "部"
    assert find_quantities("生态环境部等3部门联合印发", DICTS) == []  # departments, not laws


def test_an_index_reached_by_a_verb_of_falling_has_no_unit():
    assert one("综合指数降至4.1").value == 4.1


def test_a_share_of_none_written_without_its_unit_is_zero_percent():
    for text in ("劣Ⅴ类比例为0,超额完成了年度任务", "劣Ⅴ类水体比例为零,中部六省排名第1"):
        q = one(text)
        assert (q.value, q.unit) == (0, "%")
    assert find_quantities("占比为零售业", DICTS) == []


def test_a_count_by_times_keeps_its_unit():
    assert one("发现扬尘污染问题1222个次").unit == "个次"
    assert one("共3个,次要问题已整改").unit == "个"


def test_parts_posts_spells_and_words_after_ci_are_no_figures():
    assert find_quantities("培训分为3部分,由专家授课", DICTS) == []
    assert [q.value for q in find_quantities("国道107-108公里处设置监测点3个", DICTS)] == [3]
    assert find_quantities("此次重污染过程预计持续3-4天", DICTS) == []
    assert one("全市12个次级河流断面水质均达标").unit == "个"


def test_times_counted_at_most_and_a_range_of_money_forecast():
    assert one("共检查企业1200余家次之多").unit == "家次"
    assert [q.value for q in find_quantities("项目总投资预计3-5亿元", DICTS)] == [300_000_000, 500_000_000]


def test_the_level_a_change_starts_from_is_marked():
    # `由A提升至B`, `从2015年的A下降到B`: A is the level left, B the level reached
    qs = find_quantities("全省优良水体比例由62.5%提升至70%以上,PM2.5浓度从2015年的51微克/立方米下降到40微克/立方米", DICTS)
    assert [(q.value, q.baseline) for q in qs] == [(62.5, True), (70, False), (51, True), (40, False)]
    # a change by an amount (`由…增加5个`) has no level it goes to; nor a figure after `由` that is a cause
    qs = find_quantities("优良天数由于管控增加12天,由3家企业承担", DICTS)
    assert not any(q.baseline for q in qs)


def test_a_small_count_in_chinese_numerals_is_a_figure_when_it_counts_things():
    # `三个行动`, `四项机制` count kinds; `六条支流`, `两家企业`, `五个断面` count things one by one
    assert [(q.value, q.unit) for q in find_quantities("大河、小河等六条支流水质稳定,两家企业停产整治,五个断面达标", DICTS)] == [
        (6, "条"), (2, "家"), (5, "个")]
    assert find_quantities("开展三个行动,建立四项机制", DICTS) == []


def test_a_bare_number_that_the_name_of_its_measure_follows():
    assert [(q.value, q.unit) for q in find_quantities("该县以3.04的综合指数排名全市第五", DICTS)] == [(3.04, None)]



def test_kinds_of_vehicles_are_counted_as_kinds():
    assert find_quantities("推广纯电动、插电混动、燃料电池三种车型", DICTS) == []  # (review) 车 begins 车型



def test_small_counts_of_plants_and_an_index_got():
    # (second review) `三个厂` counts things; `取得3.56的综合指数` states an index
    assert [(q.value, q.unit) for q in find_quantities("县里依法关停三个厂", DICTS)] == [(3, "个")]
    assert [(q.value, q.unit) for q in find_quantities("其中6月份取得3.56的综合指数", DICTS)] == [(3.56, None)]


def test_an_amount_said_to_be_a_days_is_a_daily_rate():
    units = {q.value_text: q.unit for q in find_quantities(
        "每天约4.5万吨污水直排东河,污水处理厂日处理生活污水5.5万吨。全年共处理污水1.2亿吨,日均处理33万吨。", load())}
    assert units == {"4.5万吨": "吨/日", "5.5万吨": "吨/日", "1.2亿吨": "吨", "33万吨": "吨/日"}


def test_rounds_and_sorties_counted_by_times():
    units = {q.value_text: q.unit for q in find_quantities(
        "共组织开展了17轮(次)的帮扶行动,实施有效飞行42架(次),出动无人机20架。开展了三轮整治,迁移生猪2万余头,两头并进。",
        load())}
    # (rounds alone are ordinals' kin, `三轮整治`, no figure; livestock is counted in digits, `两头并进` is a word)
    assert units == {"17轮(次)": "轮次", "42架(次)": "架次", "20架": "架", "2万余头": "头"}


def test_a_change_after_the_same_part_of_a_named_years_level_is_the_figures():
    got = [(q.value, q.change_direction, q.change_value, q.change_basis) for q in
           find_quantities("上半年优良率为91.7%,较2020年上半年同期83.5%提高8.2%;PM10浓度为55微克/立方米,"
                           "较2020年1-6月同期70微克/立方米下降21.4%", DICTS)]
    assert got == [(91.7, "up", 8.2, "yoy"), (83.5, None, None, None), (55, "down", 21.4, "yoy"), (70, None, None, None)]
    # a gap against a schedule or a goal is no change of the figure
    got = [(q.value, q.change_direction) for q in find_quantities("比例为86.5%,比时序进度高出0.9个百分点", DICTS)]
    assert got[0] == (86.5, None)


def test_an_index_without_unit_after_its_acronym_or_value_word_and_the_ones_listed_after_it():
    assert [q.value for q in find_quantities("全省生态质量指数(EQI)值为71.35,生态质量为一类", DICTS)] == [71.35]
    assert [q.value for q in find_quantities("全省生态质量指数值为69.02", DICTS)] == [69.02]
    assert [q.value for q in find_quantities("太湖全湖及东、西半湖营养状态指数分别为54.1、52.6、57.3", DICTS)] == [54.1, 52.6, 57.3]
    assert [q.value for q in find_quantities("共有53、51个点位", DICTS)] == [53, 51]  # (a list with its unit stays one)


def test_wells_are_counted():
    assert [(q.value, q.unit) for q in find_quantities("完成6000余眼地下水取水井封填", DICTS)] == [(6000, "眼")]


def test_an_index_without_unit_reached():
    assert [q.value for q in find_quantities("生态质量指数达到51,受污染耕地安全利用率", DICTS)] == [51]


def test_the_base_of_a_change_from_a_named_year_not_the_same_period_is_that_year():
    got = [(q.value, q.change_basis) for q in find_quantities("优良天数比例为92%,较2015年78%提高14个百分点", DICTS)]
    assert got == [(92, "2015"), (78, None)]


def test_places_counted_as_provinces_and_municipalities_without_a_classifier():
    assert [(q.value, q.unit) for q in find_quantities("河北、山西、天津3省市优良天气比例仍不到60%", DICTS)][0] == (3, "个")
    assert 12345 not in [q.value for q in find_quantities("市民可通过12345城市服务热线举报", DICTS)]  # (城市 is no unit)


def test_changes_stated_respectively_of_things_named_before_them_are_not_the_changes_of_an_earlier_list():
    text = ("甲、乙、丙优良天数率同比分别下降10.8、10.4、9.5个百分点,"
            "丁、戊、己优良天数率较三年均值分别下降12.0、10.8、9.6个百分点。")
    qs = find_quantities(text, DICTS)
    assert [q.value for q in qs] == [10.8, 10.4, 9.5, 12.0, 10.8, 9.6]
    assert all(q.change_only and q.change_direction == "down" for q in qs)


def test_a_threshold_passed_with_no_other_figure_beside_it_is_the_figure_and_levels_keep_their_changes():
    # (review) `首次突破65%` alone states the figure; only beside the figure itself (`达到90.4%,首次超过90%`) it is none
    assert [q.value for q in find_quantities("森林覆盖率首次突破65%,空气质量优良天数首次超过330天。", DICTS)] == [65, 330]
    assert [q.value for q in find_quantities("优良水质断面比例达到90.4%,首次超过90%。优良天数312天,首次突破300天。", DICTS)] \
        == [90.4, 312]
    # (another thing's figure in the sentence is not the threshold's own)
    assert [q.value for q in find_quantities("断面优良水体比例首次超过80%,某湖流域优良水体比例首次达到100%;", DICTS)] == [80, 100]
    # levels then their changes named again (`优良、重污染天数比例同比分别提高…`): the changes are the levels'
    qs = find_quantities("优良天数比例、重污染天数比例分别为96.7%、1.1%,优良、重污染天数比例同比分别提高2.2、0.3个百分点。", DICTS)
    assert [(q.value, q.change_direction, q.change_value) for q in qs] == [(96.7, "up", 2.2), (1.1, "up", 0.3)]
    assert [(q.value, q.unit) for q in find_quantities("铅浓度为1.2微克/升,镉浓度0.08微克每升", DICTS)] == [
        (1.2, "微克/升"), (0.08, "微克/升")]


def test_a_threshold_beside_its_own_figure_however_written_and_not_beside_another_things():
    # (third review) 达到了, a word before 达到, the figure in brackets, a change between: the threshold is no figure
    for text, figure in (("全省优良天数比例首次超过80%,达到了81.3%。", 81.3), ("全省优良比例首次突破85%,全年达到86.4%。", 86.4),
                         ("全省优良天数比例首次超过80%(81.3%)。", 81.3),
                         ("全省优良天数比例为81.3%,同比提高2.1个百分点,首次超过80%。", 81.3)):
        assert [q.value for q in find_quantities(text, DICTS)] == [figure], text
    # a clause with a subject of its own states its own figure
    assert [q.value for q in find_quantities("全省森林覆盖率达到66.8%,湿地保护率首次超过55%。", DICTS)] == [66.8, 55]


def test_counts_of_meetings_and_people_are_still_counts():
    got = [(q.value, q.unit) for q in find_quantities("全年召开12次会议,4名干部被问责,上升2名干部。", DICTS)]
    assert got == [(12, "次"), (4, "人"), (2, "人")]


def test_points_written_short_before_points_are_points():
    """`分别上升10个和3.3个百分点`: the first 个 is 个百分点 written short."""
    got = [(q.value, q.unit) for q in find_quantities("较2020年分别上升10个和3.3个百分点。", DICTS)]
    assert got == [(10, "百分点"), (3.3, "百分点")]


def test_vehicle_and_machine_trips_keep_their_unit():
    """`出动执法车辆161台次`, `垃圾清运车600余台次`: trips counted (units.csv), not machines (`台`)."""
    got = [(q.value, q.unit) for q in find_quantities("出动执法车辆161台次,垃圾清运车600余台次,巡查船只12艘次。", DICTS)]
    assert got == [(161, "台次"), (600, "台次"), (12, "艘次")]


def test_an_index_s_range_and_its_points_have_no_unit():
    """`综合指数范围为4.61-7.20`: both bounds (not a code); `下降0.24、0.18个指数`: index points, no count of
    indices (`共有3个指数`); a phone number stays none."""
    def got(t):
        return [(q.value, q.unit) for q in find_quantities(t, DICTS)]
    assert got("综合指数范围为4.61-7.20。") == [(4.61, None), (7.2, None)]
    assert got("南宁、北海环比分别下降0.24、0.18个指数。") == [(0.24, None), (0.18, None)]
    assert [(q.value, q.change_value, q.change_unit) for q in find_quantities("综合指数为4.5,同比下降0.24个指数。", DICTS)] \
        == [(4.5, 0.24, None)]
    assert got("共有3个指数") == [(3, "个")]
    assert got("联系电话0771-5862345") == []


def test_money_in_wan_or_yi_after_a_word_of_money_is_in_yuan():
    """`专项资金1.27亿,`: 元 left out; not a population (`人口1.2亿`), nor another currency written (`2.5亿美元`)."""
    def got(t):
        return [(q.value, q.unit) for q in find_quantities(t, DICTS)]
    assert got("落实中央大气专项资金1.27亿,推出政策。") == [(127_000_000, "元")]
    assert got("下达资金约3000万,完成整治。") == [(30_000_000, "元")]
    assert got("全省人口1.2亿,") == []
    assert got("总投资2.5亿美元") == [(250_000_000, "美元")]


def test_review_meetings_counted_in_arabic_figures_are_counts():
    got = [(q.value, q.unit) for q in find_quantities("2023年,市委常委会12次会议专题研究生态环境保护工作。", DICTS)]
    assert got == [(12, "次")]


def test_a_comment_bar_hours_and_a_round_threshold_first_reached():
    """`评论 0人参与,0条评论还没有评论,快来抢沙发吧!` under an article: chrome though it holds a comma; `经过4个小时的…打捞`:
    how long; `…比例达92.6%,首次达到90%以上,同比提升3.9个百分点`: the threshold passed, the figure stated beside it."""
    def got(t):
        return [(q.value, q.unit) for q in find_quantities(t, DICTS)]
    assert got("某镇清理河道。\n评论 0人参与,0条评论还没有评论,快来抢沙发吧!\n") == []
    assert got("植树活动共吸引2000余人参与,种下树苗1万株。") == [(2000, "人"), (10000, "株")]
    assert got("经过4个小时的地毯式打捞和清运,共清理垃圾3吨。") == [(3, "吨")]
    assert [q.value for q in find_quantities("优良海水面积比例达92.6%,首次达到90%以上,同比提升3.9个百分点。", DICTS)
            if not q.change_only] == [92.6]
    assert got("国控断面优良水质比例首次达到100%,同比提升1个百分点。") == [(100, "%")]


def test_review2_a_short_list_item_is_prose():
    got = [(q.value, q.unit) for q in find_quantities("活动分三个板块:\n一是线上答题吸引2.3万人参与;\n二是现场活动吸引1200人参与。", DICTS)]
    assert got == [(23000, "人"), (1200, "人")]


def test_a_count_in_a_bodys_fixed_name_is_no_figure():
    """`钱某、吴某等市四套班子领导出席`: the four leading bodies, a name (not_figure_cues.csv, side `name`); `3套设备` counts."""
    assert find_quantities("钱某、吴某等市四套班子领导出席。", DICTS) == []
    assert [q.value for q in find_quantities("新建3套在线监测设备。", DICTS)] == [3]


def test_figures_naming_a_set_of_goals_in_quotes_are_no_figures():
    """`立下“3个100%”目标`, `实施“1+3+9”攻坚方案`: a name; each of its goals is stated elsewhere (a figure in quotes
    without what it names, `达到“95%”`, is one)."""
    assert find_quantities("在这期间,立下“3个100%”目标。", DICTS) == []
    assert find_quantities("完成“3个100%”的建设目标,", DICTS) == []
    assert one("优良天数比例达到“95%”。").value == 95
    assert one("确保实现“优良天数比例达到80%”的目标。").value == 80  # (a goal quoted whole)
    assert find_quantities("实施“3个1000万”工程,完成“两个80%以上”的目标。", DICTS) == []


def test_the_step_a_rule_counts_by_is_no_figure():
    """`指数每下降1个百分点,山东省给予河南省100万元补偿`: the step, not a change measured; the payment is a figure."""
    qs = find_quantities("3项关键污染物年度指数每下降1个百分点,山东省给予河南省100万元补偿。", DICTS)
    assert [(q.value, q.unit) for q in qs] == [(1_000_000, "元")]  # (`3项关键污染物`: kinds, no count)


def test_a_capacity_said_to_be_a_years_is_in_tons_a_year():
    qs = {q.value: q.unit for q in find_quantities("该中心年处理危险废物约为4.6万吨。全市危险废物年总处置能力达到180万吨以上。"
                                                    "全年共产生危险废物5000吨。", DICTS)}
    assert qs == {46000: "吨/年", 1800000: "吨/年", 5000: "吨"}


def test_a_change_told_again_in_brackets_is_no_figure_of_its_own():
    qs = find_quantities("全市PM10平均浓度为61微克/立方米,同比降低9微克/立方米(下降12.9%);PM2.5平均浓度为33微克/立方米。", DICTS)
    assert [(q.value, q.change_value) for q in qs] == [(61, 9), (33, None)]


def test_review_the_amount_of_a_period_is_no_capacity_a_year():
    qs = {q.value: q.unit for q in find_quantities("今年上半年处置危险废物3.2万吨。2022年处理危险废物4.6万吨。全年处理生活垃圾12.6万吨。",
                                                    DICTS)}
    assert qs == {32000: "吨", 46000: "吨", 126000: "吨"}


def test_review2_a_span_of_years_and_a_traditional_place_name_after_a_year():
    qs = {q.value: q.unit for q in find_quantities("近两年处置危险废物共计8.6万吨。", DICTS)}
    assert qs == {86000: "吨"}


def test_a_count_per_period_is_how_often_no_figure():
    assert [q.value for q in find_quantities("监测频次为1次/月,全年共开展监测12次。", DICTS)] == [12]


@pytest.mark.parametrize("text,value,unit", [
    ("共出动执法人员近百人次", 100, "人次"),
    ("抓获犯罪嫌疑人百余名", 100, "人"),
    ("检查企业上千家", 1000, "家"),
    ("投入近百万元", 1_000_000, "元"),
])
def test_a_round_hundred_or_thousand_told_as_one_is_that_many_about(text, value, unit):
    q = one(text)
    assert (q.value, q.unit, q.qualifier) == (value, unit, "approx")


@pytest.mark.parametrize("text", ["惠及千家万户", "百家争鸣", "百余年的历史", "检查数百家企业", "百姓满意度",
                                  # (review) vague or idioms, and a run of days
                                  "全县几百余名干部参与", "数千余人受益", "数百余家企业", "全市成百上千家企业完成整改",
                                  "数十上百家企业", "已连续近百天未出现重污染天气", "连续上百天空气质量优良"])
def test_hundreds_and_thousands_in_words_are_no_figures(text):
    assert find_quantities(text, DICTS) == []


@pytest.mark.parametrize("text,value", [("室外分类式垃圾桶4300余组", 4300), ("执法大队分3组开展检查", 3)])
def test_sets_and_teams_counted_in_zu(text, value):
    q = one(text)
    assert (q.value, q.unit) == (value, "组")


@pytest.mark.parametrize("text", ["57组分VOCs自动监测", "3组团布局", "成立3组织"])
def test_zu_inside_a_word_counts_nothing(text):
    assert [q for q in find_quantities(text, DICTS) if q.unit == "组"] == []


@pytest.mark.parametrize("text,value", [("百余名志愿者参加了活动", 100), ("上百家企业负责人参加了培训", 100)])
def test_review_a_round_figure_opening_the_text(text, value):
    assert one(text).value == value


def test_review_connectives_ranks_and_units():
    for text, value in (("据此3家企业被责令停产整治。", 3), ("为此12名干部受到问责。", 12), ("由此2家企业被列入黑名单。", 2)):
        assert [q.value for q in find_quantities(text, DICTS)] == [value], text
    assert find_quantities("我县已依法对此两家企业进行立案查处。", DICTS) == []  # (对此 + a count: these, pointed back to)
    assert find_quantities("前10位(1——10名)依次是甲市。后10位(倒1～10名)依次是乙市。", DICTS) == []
    assert [(q.value, q.unit) for q in find_quantities("发电量12.5亿千瓦·时,处理规模5000m3/日。", DICTS)] == [
        (1_250_000_000, "千瓦时"), (5000, "立方米/日")]


def test_provinces_and_cities_counted_without_a_classifier_state_a_scope():
    def got(text):
        return [(q.value, q.unit) for q in find_quantities(text, DICTS)]
    assert got("内蒙古、西藏等6省区进展严重滞后,山东、青海、江苏3省已提前完成") == [(6, "个"), (3, "个")]
    assert got("山东前5个月16城水质排名公布") == [(16, "个")]  # (前5个月 is a period)
    assert got("通报了全省11设区市环境空气质量排名") == [(11, "个")]
    # (in words, a region's name or the parties to something; a word going on after the unit)
    for text in ("稳居中部六省第一", "位于豫皖两省交界处", "3省级示范区", "5城镇", "12345城市服务热线"):
        assert got(text) == [], text


def test_a_change_joined_to_its_level_by_a_list_mark_is_its_change():
    qs = find_quantities("优良天数比例达86.5%、上升4个百分点", DICTS)
    assert [(q.value, q.change_direction, q.change_value) for q in qs] == [(86.5, "up", 4.0)]
    # (a second level of a list stays a level)
    assert [q.value for q in find_quantities("达标率分别为86.5%、90%", DICTS)] == [86.5, 90]


def test_changes_told_respectively_after_the_noun_of_a_change_are_the_levels_changes():
    qs = find_quantities("年均浓度分别为59微克/立方米、96微克/立方米,与2015年相比,下降幅度分别为26.3%、28.9%", DICTS)
    assert [(q.value, q.change_direction, q.change_value, q.change_basis) for q in qs] == [(59, "down", 26.3, "2015"),
                                                                                          (96, "down", 28.9, "2015")]
    qs = find_quantities("排放量分别为59吨、96吨,削减幅度分别为26.3%、28.9%", DICTS)  # (any verb of change)
    assert [(q.value, q.change_value) for q in qs] == [(59, 26.3), (96, 28.9)]
    # (with no levels before them, changes of their own)
    qs = find_quantities("PM2.5、PM10浓度降幅分别为10%、12%", DICTS)
    assert [(q.value, q.change_only) for q in qs] == [(10, True), (12, True)]


def test_figures_listed_before_a_unit_with_magnitudes_of_their_own():
    qs = find_quantities("案件数分别为9.7万、13.78万和23.3万件", DICTS)
    assert [(q.value_text, q.value, q.unit) for q in qs] == [("9.7万", 97000, "件"), ("13.78万", 137800, "件"), ("23.3万件", 233000, "件")]
    assert [q.value for q in find_quantities("投资分别为3亿、5000万元", DICTS)] == [3e8, 5e7]


def test_the_length_of_a_list_in_rank_order_is_no_figure():
    assert find_quantities("环境空气质量综合指数最好的3个城市依次是:运城、大同、长治", DICTS) == []
    # (a count doing something one after another is counted)
    assert [q.value for q in find_quantities("共有5家企业依次整改", DICTS)] == [5]


def test_review47_roads_and_urban_villages_are_no_places_counted():
    for text in ("沿308省道", "完成5城中村改造"):
        assert find_quantities(text, DICTS) == [], text
    assert [q.value for q in find_quantities("在全市5县乡镇开展试点", DICTS)] == [5]


def test_review47b_between_cities_is_no_count():
    assert find_quantities("涉及8市际交界断面", DICTS) == []
