"""The time resolver on every expression form, against a reference date."""
import datetime as dt

import pytest

from qingshan.text.timex import find_times, five_year_plan, resolve

D = dt.date
REF = D(2021, 8, 31)


@pytest.mark.parametrize("expr,start,end,precision", [
    ("2024年07月26日", D(2024, 7, 26), D(2024, 7, 26), "day"),
    ("2020-09-17", D(2020, 9, 17), D(2020, 9, 17), "day"),
    ("7月26日", D(2021, 7, 26), D(2021, 7, 26), "day"),
    ("年底前", D(2021, 12, 1), D(2021, 12, 31), "month"),
    ("2022年年底前", D(2022, 12, 1), D(2022, 12, 31), "month"),
    ("8月底前", D(2021, 8, 31), D(2021, 8, 31), "month"),
    ("今年12月底前", D(2021, 12, 31), D(2021, 12, 31), "month"),
    ("十二月底前", D(2021, 12, 31), D(2021, 12, 31), "month"),
    ("到2025年", D(2025, 1, 1), D(2025, 12, 31), "year"),
    ("“十四五”期间", D(2021, 1, 1), D(2025, 12, 31), "multi_year"),
    ("上半年", D(2021, 1, 1), D(2021, 6, 30), "half_year"),
    ("下半年", D(2021, 7, 1), D(2021, 12, 31), "half_year"),
    ("三季度", D(2021, 7, 1), D(2021, 9, 30), "quarter"),
    ("1-6月", D(2021, 1, 1), D(2021, 6, 30), "month"),
    ("2024年1-6月", D(2024, 1, 1), D(2024, 6, 30), "month"),
    ("今年1-6月", D(2021, 1, 1), D(2021, 6, 30), "month"),
    ("一至七月", D(2021, 1, 1), D(2021, 7, 31), "month"),
    ("2020年十一至十二月", D(2020, 11, 1), D(2020, 12, 31), "month"),
    ("4月上旬", D(2021, 4, 1), D(2021, 4, 10), "part_of_month"),
    ("2019年10月—2020年3月", D(2019, 10, 1), D(2020, 3, 31), "month"),
    ("去年", D(2020, 1, 1), D(2020, 12, 31), "year"),
    ("今年", D(2021, 1, 1), D(2021, 12, 31), "year"),
    ("明年", D(2022, 1, 1), D(2022, 12, 31), "year"),
    ("2023年度", D(2023, 1, 1), D(2023, 12, 31), "year"),
    ("元至7月", D(2021, 1, 1), D(2021, 7, 31), "month"),  # 元: the first month
    ("元—7月份", D(2021, 1, 1), D(2021, 7, 31), "month"),
    ("2022年元月", D(2022, 1, 1), D(2022, 1, 31), "month"),
    ("上月", D(2021, 7, 1), D(2021, 7, 31), "month"),
    ("上个月", D(2021, 7, 1), D(2021, 7, 31), "month"),
    ("本月", D(2021, 8, 1), D(2021, 8, 31), "month"),
    ("下月", D(2021, 9, 1), D(2021, 9, 30), "month"),
    ("今年前4个月", D(2021, 1, 1), D(2021, 4, 30), "month"),  # not `今年前` (before this year)
    ("2023年前三个月", D(2023, 1, 1), D(2023, 3, 31), "month"),
    ("今年前7月", D(2021, 1, 1), D(2021, 7, 31), "month"),  # after a year, 个 may go (`前5月`)
    ("2020年前十月", D(2020, 1, 1), D(2020, 10, 31), "month"),
    ("前五月", D(2021, 1, 1), D(2021, 5, 31), "month"),  # opening a clause, no year before it
    ("到“十三五”末", D(2020, 1, 1), D(2020, 12, 31), "year"),  # the end of a plan's years: its last year
    ("“十二五”前三年", D(2011, 1, 1), D(2013, 12, 31), "multi_year"),  # a plan's first years
    ("十三五前两年", D(2016, 1, 1), D(2017, 12, 31), "multi_year"),
    ("“十二五”前3年", D(2011, 1, 1), D(2013, 12, 31), "multi_year"),
    ("12月1日至20日", D(2021, 12, 1), D(2021, 12, 20), "day"),  # days of one month
    ("5月8-9日", D(2021, 5, 8), D(2021, 5, 9), "day"),
    ("2019年3月1日—15日", D(2019, 3, 1), D(2019, 3, 15), "day"),
    ("2020年12月25日至1月5日", D(2020, 12, 25), D(2021, 1, 5), "day"),  # the second day in the next year
])
def test_expression_forms(expr, start, end, precision):
    t = resolve(expr, REF)
    assert t is not None and t.text == expr.strip()
    assert (t.date_start, t.date_end, t.precision) == (start, end, precision)


@pytest.mark.parametrize("text,start", [
    ("2015年以来,全市累计", D(2015, 1, 1)),
    ("“十四五”以来,全市累计", D(2021, 1, 1)),  # a plan's years are open too: they end when it is said
    ("十三五以来", D(2016, 1, 1)),
    ("今年3月以来,全市累计", D(2021, 3, 1)),
    ("7月1日以来,全市累计", D(2021, 7, 1)),
    ("设立二十年来,累计表彰", D(2001, 1, 1)),  # that many years back from the reference year
    ("近十年来,全市累计", D(2011, 1, 1)),
    ("今年4月起,我市多部门联合开展整治", D(2021, 4, 1)),  # from a past month on
    ("年初以来,全市累计", D(2021, 1, 1)),
    ("2017以来,海原县以改善环境质量为核心", D(2017, 1, 1)),  # a year whose 年 the page lost
])
def test_open_periods_end_on_the_reference_date(text, start):
    t = find_times(text, REF)[0]
    assert (t.date_start, t.date_end, t.precision) == (start, REF, "since")


@pytest.mark.parametrize("expr", ["日前", "近日", "前不久"])
def test_recent_is_shortly_before_the_reference_and_approximate(expr):
    t = resolve(expr, REF)
    assert t.approximate and t.date_end == REF and t.date_start < REF
    assert not t.is_day


def test_from_a_day_still_to_come_is_that_day():
    t = find_times("自2022年1月1日起施行", REF)[0]
    assert (t.date_start, t.date_end) == (D(2022, 1, 1), D(2022, 1, 1))


def test_many_years_since_leaves_the_start_open_and_a_length_is_no_period():
    t = find_times("二十多年来,累计表彰", REF)[0]
    assert (t.date_start, t.date_end, t.precision) == (None, REF, "since")
    assert find_times("多年来", REF) == []


def test_so_far_is_open_and_ends_on_the_reference_date():
    t = find_times("截至目前,整改任务完成率达到99.72%", REF)[0]
    assert (t.date_start, t.date_end, t.precision, t.approximate) == (None, REF, "since", False)


def test_a_year_then_as_of_a_day_is_that_year_so_far():
    ref = dt.date(2021, 10, 19)
    for text, start, end in [("今年截至到10月18日,六项主要指标均同比下降", dt.date(2021, 1, 1), dt.date(2021, 10, 18)),
                             ("2023年截至5月31日,优良率为98.67%", dt.date(2023, 1, 1), dt.date(2023, 5, 31)),
                             ("今年以来截至9月底,累计完成", dt.date(2021, 1, 1), dt.date(2021, 9, 30))]:
        t = find_times(text, ref)[0]
        assert (t.date_start, t.date_end, t.precision, t.is_deadline) == (start, end, "since", False), text
    # (截至到 is 截至: a running total to a past day, not a deadline)
    t = find_times("截至到10月18日,优良天184天", ref)[0]
    assert (t.date_start, t.date_end, t.is_deadline) == (None, dt.date(2021, 10, 18), False)


def test_relative_weeks_run_monday_to_sunday_and_surroundings_are_no_week():
    monday = D(2020, 9, 21)
    assert (resolve("上周", monday).date_start, resolve("上周", monday).date_end) == (D(2020, 9, 14), D(2020, 9, 20))
    assert resolve("本周", D(2020, 9, 23)).date_start == monday
    assert find_times("京津冀及周边地区", REF) == [] and find_times("建党100周年", REF) == []


def test_relative_months_cross_the_year_and_amounts_are_not_months():
    assert (resolve("上月", D(2024, 1, 15)).date_start, resolve("下个月", D(2023, 12, 5)).date_end) == (
        D(2023, 12, 1), D(2024, 1, 31))
    assert resolve("本月底前", REF).date_end == D(2021, 8, 31) and resolve("本月底前", REF).is_deadline
    # 元 after an amount is the currency; 以上月份 holds no 上月
    assert [t.text for t in find_times("投入资金500万元至9月底,全年二级以上月份10个,亿元月均", REF)] == ["至9月底", "全年"]


def test_first_months_need_a_year_or_a_measure_word():
    # `前N月` after a year is January to that month; a month before something (`实施前3个月`, `两年前5月份`) is not
    assert [t.text for t in find_times("实施前3个月,该县", REF)] == []
    assert [(t.text, t.date_start) for t in find_times("两年前5月份,该县", REF)] == [("5月份", D(2021, 5, 1))]


def test_deadlines_are_flagged():
    assert resolve("到“十四五”末", REF).is_deadline and not resolve("“十四五”期间", REF).is_deadline
    assert resolve("2022年年底前", REF).is_deadline
    assert resolve("到2025年", REF).is_deadline
    assert resolve("8月底前", REF).is_deadline
    assert not resolve("2023年", REF).is_deadline
    assert resolve("剩余5项需在2024-2025年完成", REF).is_deadline  # a time set for what is still to be done
    assert resolve("计划于2025年建成投运", REF).is_deadline
    assert not resolve("2023年完成整改12项", REF).is_deadline
    assert not resolve("主要在2022年完成", REF).is_deadline and not resolve("计划于2023年完成了全部整改", REF).is_deadline


def test_spring_festival_in_january_is_this_years():
    t = resolve("春节前", D(2024, 1, 10))
    assert t.date_end == D(2024, 2, 9)  # Spring Festival 2024 fell on 10 February
    assert t.is_deadline and t.approximate


def test_spring_festival_in_december_is_next_years():
    t = resolve("春节前", D(2023, 12, 10))
    assert t.date_end == D(2024, 2, 9)


def test_year_end_in_december_is_this_years():
    t = resolve("年底前", D(2023, 12, 20))
    assert t.date_end == D(2023, 12, 31)


def test_five_year_plans():
    assert five_year_plan(13) == (2016, 2020)
    assert five_year_plan(14) == (2021, 2025)
    assert five_year_plan(15) == (2026, 2030)


def test_offsets_point_at_the_expression_and_durations_are_not_dates():
    text = "用12个月时间,于2021年年底前完成16项整改任务"
    spans = find_times(text, REF)
    assert [text[t.start:t.end] for t in spans] == [t.text for t in spans]
    assert all("12个月" not in t.text for t in spans)
    assert any(t.date_end == D(2021, 12, 31) for t in spans)


def test_without_a_reference_relative_expressions_stay_open():
    t = resolve("今年", None)
    assert t.date_start is None


def test_a_month_without_its_year_more_than_half_a_year_ahead_is_last_years():
    jan = D(2024, 1, 10)
    assert [(t.date_start, t.date_end) for t in find_times("12月,全市PM2.5平均浓度为35微克/立方米。1-11月,全市优良天数300天。", jan)] \
        == [(D(2023, 12, 1), D(2023, 12, 31)), (D(2023, 1, 1), D(2023, 11, 30))]
    assert resolve("12月28日", jan).date_start == D(2023, 12, 28)
    # what says it lies ahead keeps this year: a deadline, a plan's 于, a stated 今年; and a month near
    for expr, start in (("12月底前", D(2024, 12, 31)), ("计划于12月", D(2024, 12, 1)), ("今年12月", D(2024, 12, 1)),
                        ("3月", D(2024, 3, 1))):
        assert resolve(expr, jan).date_start == start, expr


def test_todays_day_in_brackets_and_a_day_before_an_opening():
    ref = D(2024, 1, 20)
    assert [(t.date_start, t.precision) for t in find_times("今(20)日,全省大气污染防治工作会议召开", ref)] == [(ref, "day")]
    assert [t.date_start for t in find_times("第十届环博会19日开幕", ref)] == [D(2024, 1, 19)]


def test_a_newspapers_day_of_the_month_alone_is_the_latest_such_day():
    ref = D(2023, 1, 11)
    for text, day in (("本报讯 3日,市生态环境局召开会议", D(2023, 1, 3)), ("生态环境部10日召开例行新闻发布会", D(2023, 1, 10)),
                      ("20日上午,省委召开常委会", D(2022, 12, 20)), ("记者12日从市生态环境局获悉", D(2022, 12, 12)),
                      ("福州新闻网讯(记者 何佳媛)10日,生态环境部通报了空气质量状况", D(2023, 1, 10))):  # (after a credit)
        assert [t.date_start for t in find_times(text, ref)] == [day], text
    # lengths and bounds are no days; `5日前` is not `日前` (lately)
    for text in ("整改期限为10日", "15日内完成", "连续7日", "第3日", "每月5日前报送"):
        assert find_times(text, ref) == [], text


def test_review40b_a_length_after_a_note_in_brackets_is_no_day():
    ref = D(2024, 3, 20)
    for text in ("3月18日,县公安局对2名责任人员处以行政拘留(治安拘留)10日,并处罚款5000元。",
                 "责令该企业停产整治(限产)15日,罚款20万元。"):
        assert [t.text for t in find_times(text, ref) if t.text.endswith("日") and len(t.text) <= 3] == [], text


def test_months_before_an_act_rising_and_a_meeting_are_no_times():
    ref = D(2022, 6, 10)
    for text in ("提前3个月完成", "项目实施前3个月", "会上周某强调"):
        assert find_times(text, ref) == [], text
    assert [(t.text, t.precision) for t in find_times("今年3月起草了《方案》", ref)] == [("今年3月", "month")]
    assert [t.text for t in find_times("5月3日至1日", ref)] == ["5月3日"]  # no range backwards


def test_a_day_without_its_year_where_only_the_reference_year_is_known_is_of_that_year():
    jan = dt.date(2017, 1, 1)  # a page that only says which year it speaks of: its day stands as January 1st
    late, = find_times("11月28日,督导组到我市开展检查", jan, year_only=True)
    assert late.date_start == dt.date(2017, 11, 28)
    flipped, = find_times("11月28日,督导组到我市开展检查", jan)  # a January page's late November is last year's
    assert flipped.date_start == dt.date(2016, 11, 28)
    # a day of the month alone, or `昨日`, has no month to take: no date
    assert [t.date_start for t in find_times("20日,市人大常委会调研组开展集中调研。昨日,市政府召开会议。", jan, year_only=True)] \
        == [None, None]


def test_as_of_a_month_is_a_running_total_when_only_the_pages_year_is_known():
    t = find_times("截至6月,我区空气质量优良率为98.3%。", dt.date(2021, 1, 1), year_only=True)[0]
    assert (t.date_start, t.date_end, t.is_deadline) == (None, dt.date(2021, 6, 30), False)
    t = find_times("截至6月底前,完成整改。", dt.date(2021, 1, 1), year_only=True)[0]
    assert t.is_deadline  # `…前` sets a deadline


def test_the_first_months_written_after_a_noun_and_not_a_length_before_an_act():
    t = find_times("全国环境行政处罚案件前9月共下达处罚决定书129804份。", dt.date(2018, 10, 20))[0]
    assert (t.date_start, t.date_end) == (dt.date(2018, 1, 1), dt.date(2018, 9, 30))
    t = find_times("此前3月,省里印发方案。", dt.date(2018, 10, 20))[0]
    assert (t.date_start, t.date_end) == (dt.date(2018, 3, 1), dt.date(2018, 3, 31))  # March, not January to March


def test_a_pollutants_digits_before_yue_are_no_month():
    import datetime as dt
    from qingshan.text.timex import find_times
    for text in ("PM2.5月均浓度为35微克/立方米", "NO2月均值为20微克/立方米", "PM10月均浓度为60微克/立方米"):
        assert find_times(text, dt.date(2023, 12, 1)) == [], text


def test_a_since_span_has_no_end_when_only_the_reference_year_is_known():
    t = next(t for t in find_times("我市从2014年正式启动创建以来,森林覆盖率突破65%", dt.date(2017, 1, 1), True)
             if t.precision == "since")
    assert (t.date_start, t.date_end) == (dt.date(2014, 1, 1), None)
    t = next(t for t in find_times("我市从2014年正式启动创建以来,森林覆盖率突破65%", dt.date(2017, 5, 3))
             if t.precision == "since")
    assert (t.date_start, t.date_end) == (dt.date(2014, 1, 1), dt.date(2017, 5, 3))


def test_a_span_to_now_has_no_end_when_only_the_pages_year_is_known():
    # (GUIDE, open periods: it ends on the day the statement was made, which such a page does not give)
    for text in ("2022年以来,市委召开8次常委会会议", "今年3月以来,全市开展检查"):
        t = find_times(text, dt.date(2025, 1, 1), year_only=True)[0]
        assert (t.precision, t.date_end) == ("since", None)
    t = find_times("2022年以来,市委召开8次常委会会议", dt.date(2025, 6, 30))[0]
    assert t.date_end == dt.date(2025, 6, 30)  # a page's full date ends it


def test_as_of_a_day_without_its_year_on_an_undated_page_is_a_running_total():
    t = find_times("截至8月15日,全市环境案件立案处罚1839件。", None)[0]
    assert (t.precision, t.is_deadline, t.date_start) == ("since", False, None)
    assert find_times("8月15日前,完成整改。", None)[0].is_deadline  # (a deadline is written 前)


def test_what_there_is_now_opening_a_sentence_runs_to_the_day_it_is_said():
    t = find_times("现有国家生态文明建设示范区25个。", dt.date(2023, 6, 2))[0]
    assert (t.precision, t.date_start, t.date_end) == ("since", None, dt.date(2023, 6, 2))
    for text in ("在现有基础上,新建污水管网50公里。", "2025年底前,现有燃煤锅炉120台全部淘汰。", "现有基础较好。"):
        assert all(t.precision != "since" for t in find_times(text, dt.date(2023, 6, 2))), text


def test_as_of_a_years_end_on_an_undated_page_is_a_running_total():
    t = find_times("截至2021年底,全省电力总装机为4286万千瓦。", None)[0]
    assert (t.precision, t.is_deadline, t.date_start, t.date_end) == ("since", False, None, dt.date(2021, 12, 31))
    assert find_times("截至2025年底,全市要完成新能源汽车推广5万辆。", None)[0].is_deadline


def test_as_of_a_day_with_a_modal_after_it_stays_a_deadline_on_an_undated_page():
    assert find_times("截至10月31日,各乡镇要全面完成秸秆离田任务。", None)[0].is_deadline


def test_a_lunar_calendars_day_beside_the_date_is_no_time_of_its_own():
    got = find_times("北京时间2023年10月16日(农历2023年9月2日),星期一,某县召开会议。", dt.date(2023, 10, 16))
    assert [t.text for t in got] == ["2023年10月16日"]


def test_a_modal_inside_another_word_leaves_a_running_total():
    t = find_times("截至9月30日,全省重要江河湖泊水功能区水质达标率为92.3%。", None)[0]
    assert (t.precision, t.is_deadline) == ("since", False)


def test_the_middle_of_the_century_is_2050():
    """`到本世纪中叶`: the goals of policy set for 2050; a deadline after 到, a year alone."""
    t = resolve("到本世纪中叶", D(2017, 5, 1))
    assert (t.date_start, t.date_end, t.is_deadline) == (D(2050, 1, 1), D(2050, 12, 31), True)
    assert resolve("本世纪中叶", D(2017, 5, 1)).is_deadline is False


def test_an_autumn_and_winter_campaign_runs_from_october_to_march():
    t = find_times("2019—2020年秋冬季,郑州市PM2.5浓度同比下降19.3%", dt.date(2020, 4, 21))[0]
    assert (t.date_start, t.date_end) == (dt.date(2019, 10, 1), dt.date(2020, 3, 31))
    t = find_times("2017~2019年秋冬季", dt.date(2020, 4, 21))[0]  # (years apart: no one season)
    assert (t.date_start, t.date_end) == (dt.date(2017, 1, 1), dt.date(2019, 12, 31))


def test_review_a_winter_range_in_characters_runs_into_the_next_year():
    # (review of 13de912) `2020年十一至二月`: November to February, a year stated; without one, no span is guessed
    t = find_times("2020年十一至二月,全省PM2.5平均浓度为58微克/立方米。", REF)[0]
    assert (t.date_start, t.date_end) == (D(2020, 11, 1), D(2021, 2, 28))
    assert find_times("11-2月,全省PM2.5平均浓度为58微克/立方米。", REF)[0].date_start is None


@pytest.mark.parametrize("text,day", [
    ("  2022518日,乌海及周边地区联防联控座谈会在我市召开", dt.date(2022, 5, 18)),
    ("321日上午,某县分局召开会议", dt.date(2021, 3, 21)),
    ("根据区长指示精神,830上午,协调联络组召开会议", dt.date(2021, 8, 30)),
    ("依据法律规定,于2021415日,对该公司作出处罚", dt.date(2021, 4, 15)),
    ("截至到101日,全省共接到举报13940件", dt.date(2020, 10, 1)),
    ("1116日至18日,督察组进驻", dt.date(2020, 11, 16)),
])
def test_a_day_whose_year_and_month_marks_the_page_lost(text, day):
    # (the digits run together: month and day told apart where only one reading is a day)
    ref = dt.date(day.year, 12, 20)
    assert [t.date_start for t in find_times(text, ref) if t.precision == "day"] == [day]


@pytest.mark.parametrize("text", ["2020122日,省领导小组召开会议", "行政拘留120日,罚款5000元", "期限为180日,",
                                  "共计1200日,", "编号2021415日,"])
def test_digits_before_a_day_mark_that_read_two_ways_or_count_days_are_no_date(text):
    assert not [t for t in find_times(text, dt.date(2021, 6, 1)) if t.precision == "day"]


@pytest.mark.parametrize("text", ["计划工期:120日,总投资3000万元", "审批时限压缩至110日,全市共审批", "计罚日数:120日,罚款总额"])
def test_review_a_length_after_a_colon_or_zhi_is_no_glued_day(text):
    assert not [t for t in find_times(text, dt.date(2022, 6, 30)) if t.precision == "day"]


def test_a_glued_day_after_a_credits_brackets():
    got = [t.date_start for t in find_times("本网讯,(本刊记者莫某)629日,记者在某局召开的发布会上获悉", dt.date(2023, 7, 10))
           if t.precision == "day"]
    assert got == [dt.date(2023, 6, 29)]
    assert not [t for t in find_times("(本刊记者莫某)122日,", dt.date(2023, 7, 10)) if t.precision == "day"]  # (two readings)


def test_since_a_time_bracketed_by_zi_and_yilai_over_a_long_clause():
    t = find_times("自4月我省启动集中式饮用水水源地环境保护专项行动以来,严格对照三项重点任务", dt.date(2018, 9, 16))
    assert [(x.precision, x.date_start, x.date_end) for x in t] == [("since", dt.date(2018, 4, 1), dt.date(2018, 9, 16))]
    # (without 自, a year opening a long clause is that year)
    t = find_times("2017年我省启动集中式饮用水水源地环境保护专项行动以来,严格对照", dt.date(2018, 9, 16))
    assert [x.precision for x in t] == ["year"]


def test_the_next_years_run_from_the_day_said_to_the_same_day_years_on():
    t = find_times("根据规划,未来两年,两市将对111条农村黑臭水体进行系统治理", dt.date(2023, 6, 8))
    assert [(x.date_start, x.date_end, x.is_deadline) for x in t] == [(dt.date(2023, 6, 8), dt.date(2025, 6, 8), True)]
    assert [x.date_end for x in find_times("今后三年,全市将新建污水管网", dt.date(2024, 2, 29))] == [dt.date(2027, 2, 28)]
    assert not find_times("今后一段时间,全市将持续推进", dt.date(2023, 6, 8))


def test_a_span_of_hours_across_days_is_those_days():
    ref = dt.date(2017, 2, 20)
    for text, start, end in (("19日12时至20日12时,全市停止土石方作业工地275个", dt.date(2017, 2, 19), dt.date(2017, 2, 20)),
                             ("12月1日0时至12月3日24时,全市启动橙色预警", dt.date(2016, 12, 1), dt.date(2016, 12, 3)),
                             ("2月5日20时—7日8时,全市检查企业", dt.date(2017, 2, 5), dt.date(2017, 2, 7))):
        assert [(t.date_start, t.date_end) for t in find_times(text, ref)] == [(start, end)], text
    # an hour alone after a day leaves the day as it was; a length in hours is no day
    assert [t.date_start for t in find_times("2月18日零时,成都启动了黄色预警", ref)] == [dt.date(2017, 2, 18)]
    assert find_times("整改期限为10日,24时内报告", ref) == []


def test_since_the_autumn_and_winter_season_began():
    got = find_times("今年进入秋冬季以来,截至11月26日,京津冀共发生6次污染过程", dt.date(2020, 12, 1))
    assert [(t.date_start, t.date_end) for t in got] == [(dt.date(2020, 10, 1), dt.date(2020, 11, 26))]
    # (in February, the season that began last October)
    assert [t.date_start for t in find_times("秋冬季以来,全市PM2.5平均浓度为50", dt.date(2021, 2, 1))] == [dt.date(2020, 10, 1)]
    # (a year so far, told with a comma between: `2023年,截至5月31日`)
    got = find_times("2023年,截至5月31日,全市完成治理120个", dt.date(2023, 6, 5))
    assert [(t.date_start, t.date_end) for t in got] == [(dt.date(2023, 1, 1), dt.date(2023, 5, 31))]


def test_a_five_year_plan_in_single_quotes_inside_double_ones():
    got = find_times("“‘十四五’期间,我省将继续紧盯空气环境质量改善目标", dt.date(2022, 3, 1))
    assert [(t.text, t.date_start, t.date_end) for t in got] == [("‘十四五’期间", dt.date(2021, 1, 1), dt.date(2025, 12, 31))]


def test_review47_hours_and_seasons_across_a_month_or_a_year():
    got = find_times("19日12时至20日12时,全市停止作业", dt.date(2017, 2, 19))
    assert [(t.date_start, t.date_end) for t in got] == [(dt.date(2017, 2, 19), dt.date(2017, 2, 20))]
    got = find_times("秋冬季以来,截至1月31日,全市", dt.date(2021, 2, 10))
    assert [(t.date_start, t.date_end) for t in got] == [(dt.date(2020, 10, 1), dt.date(2021, 1, 31))]
    for text, ref in (("2019年秋冬季以来,全市", dt.date(2019, 5, 10)), ("今年秋冬季以来,全市", dt.date(2020, 9, 20))):
        assert [t.date_start for t in find_times(text, ref)] == [None], text  # (a season not begun, or between seasons)


def test_review47b_a_season_just_ended_and_hours_into_the_new_year():
    assert [t.date_start for t in find_times("秋冬季以来,全市PM2.5平均浓度为55", dt.date(2021, 4, 2))] == [dt.date(2020, 10, 1)]
    got = find_times("12月31日20时至1日8时,全市", dt.date(2018, 1, 5))
    assert [(t.date_start, t.date_end, t.precision) for t in got] == [(dt.date(2017, 12, 31), dt.date(2018, 1, 1), "day")]
