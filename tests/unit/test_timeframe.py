"""The time frame: the reference date, then the period each sentence sets, and target vs actual."""
import datetime as dt
import json

from qingshan.extract.timeframe import PUBLISHED_YEARS, published_date, reference_date
from qingshan.paths import EXPECTATIONS_DIR

from qingshan.dictionaries import load
from qingshan.text.structure import Layout

from .helpers import context

_LAYOUT = Layout.of(load())


def _metric_frame(text: str, anchor: str, ref=dt.date(2023, 6, 30), stated=True):
    from qingshan.extract.metrics import extract_metrics

    ctx = context(text, ref, stated)
    metrics = extract_metrics(ctx)
    for m in metrics:  # the figure written as the anchor ends it, else the first whose evidence holds it
        if anchor.endswith(m.value_text):
            return m
    for m in metrics:
        if anchor in m.evidence:
            return m
    raise AssertionError(anchor)


def test_published_from_stamps_simplified_and_traditional():
    assert published_date(["2031年04月02日作者:来源:某部"]) == dt.date(2031, 4, 2)  # (an empty author field glued on)
    assert published_date(["發布時間:2021-04-12 09:30"]) == dt.date(2021, 4, 12)
    assert published_date(["时间:2020-01-22 10:51"]) == dt.date(2020, 1, 22)
    assert published_date(["来源:市生态环境局发布时间:2021-08-31 09:05"]) == dt.date(2021, 8, 31)
    assert published_date(["2019年6月6日 星期四  第06版:生态"]) == dt.date(2019, 6, 6)
    assert published_date(["来源:四川日报 2021-04-12"]) == dt.date(2021, 4, 12)
    assert published_date(["來源:浙江日報2022-05-09作者:某某"]) == dt.date(2022, 5, 9)  # the day glued to the source
    # the page's fields as bullets, the day alone on one (`• 来源:互联网` / `• |` / `• 2016-08-04`)
    assert published_date(["省环保厅通报今年1到7月大气和水环境质量情况", "  • 来源:互联网", "  • |", "  • 2016-08-04",
                           "  • 0 条评论"]) == dt.date(2016, 8, 4)
    assert published_date(["• 2016年8月4日 某某会议召开"]) is None  # (an item listed with its day)
    assert published_date(["标题", "· 2019-03-01", "发布时间:2023-05-10"]) == dt.date(2023, 5, 10)  # (a sidebar's bullet)
    assert published_date(["编辑:某某信息港 2015-09-04 15:26:48", "· 2019-03-01"]) == dt.date(2015, 9, 4)
    # a label in brackets, and 发布于
    assert published_date(["【发布时间】2023-05-06"]) == published_date(["发布于 2023-05-06"]) == dt.date(2023, 5, 6)


def test_published_from_the_other_stamps_news_sites_print():
    assert published_date(["2024-11-21   09时43分 浏览次数:"]) == dt.date(2024, 11, 21)
    assert published_date(["福建日報  2019-02-19 10:40:54"]) == dt.date(2019, 2, 19)
    assert published_date(["中国证券报 2023-02-22"]) == dt.date(2023, 2, 22)
    assert published_date(["(時(shí)間:2016-5-31 10:12:12)"]) == dt.date(2016, 5, 31)  # a pinyin annotation
    assert published_date(["生成日期 | 2024-01-26 | 公开方式 | 主动公开 |"]) == dt.date(2024, 1, 26)
    assert published_date(["04.01.2018 18:02"]) == dt.date(2018, 1, 4)  # day first
    assert published_date(["2025年06月04日08:01 来源:人民网"]) == dt.date(2025, 6, 4)
    assert published_date(["  • 2021年07月16日 07时53分"]) == dt.date(2021, 7, 16)
    assert published_date(["中国证券报记者 2023-02-22 报道称"]) is None
    assert published_date(["20210604期来自:广西日报"]) == dt.date(2021, 6, 4)  # a paper's issue
    assert published_date(["20210604期间"]) is None
    assert published_date(["鶴鳴亭房產 2021-03-20"]) == dt.date(2021, 3, 20)  # an account reposting the page
    assert published_date(["整改时限 2021-03-20"]) is None  # a field's deadline is not the page's day
    assert published_date(["- 2021-09-03 08:12:40"]) == dt.date(2021, 9, 3)  # a list's item, as scrapers write it
    # a row of fields set apart by slashes or bars: the source, the day, the views (their label lost)
    assert published_date(["2020-05-11 / :31"]) == dt.date(2020, 5, 11)
    assert published_date(["某省生态环境厅 / 2021-10-08 / :156"]) == dt.date(2021, 10, 8)
    assert published_date(["2021-10-08 | 浏览:12"]) == dt.date(2021, 10, 8)
    assert published_date(["   2016-04-11 |1520"]) == dt.date(2016, 4, 11)  # the count right after the bar
    assert published_date(["日期 |AQI", "2024-03-01 |52", "2024-03-02 |61", "2024-03-03 | 47"]) is None  # a table of days
    # a timestamp after the site's address (`http://www.某某.gov.cn    2024年04月02日 16:13   来源:…`)
    assert published_date(["http://www.hnrd.gov.cn    2023年05月12日 09:41      来源:某省人大网"]) == dt.date(2023, 5, 12)
    # not an item listed with its day, nor a sentence
    assert published_date(["关于印发某某方案的通知 / 2023-01-02"]) is None
    # a timestamp before the page's count of reads, after its channel's name; not an item listed after its title
    assert published_date(["环保频道采编 2022-08-15 09:20:31 1203阅读 举报"]) == dt.date(2022, 8, 15)
    assert published_date(["环保频道 2022-08-15 09:20 阅读:56"]) == dt.date(2022, 8, 15)
    assert published_date(["相关阅读 我县召开河长制会议 2022-08-15 09:20"]) is None
    assert published_date(["热门推荐 某地治霾见成效 2021-03-02 10:00 1234阅读"]) is None  # (review) a sidebar's item
    assert published_date(["2023-01-02 / 关于公布第二批某某示范区名单的通知"]) is None
    assert published_date(["截至2023-01-02 / 全市完成治理,共计120个"]) is None
    assert published_date(["2022-11-06 / 我县召开河长制会议"]) is None  # a related item under 相关新闻
    assert published_date(["2023-05-06 | 我县召开河长制会议"]) is None
    assert published_date(["- 2024-03-15 14:30 报到"]) is None  # an agenda's item


def test_published_from_a_date_on_a_line_of_chrome_above_the_text():
    # failing every stamp, a full date on a short line of chrome words before the text's first sentence
    for line, day in (("网络整理 2017-07-10 最新信息", dt.date(2017, 7, 10)), ("政务   2024-10-23 17:32   湖南", dt.date(2024, 10, 23)),
                      ("来源/ 中国甘肃网 作者/ 时间/2024-02-01 17:23:04", dt.date(2024, 2, 1)), ("网络 刘洋 2019-06-01 18:38  阅读量:18947",
                                                                                dt.date(2019, 6, 1))):
        assert published_date(["首页 > 新闻中心", line, "某市召开会议,部署生态环境保护工作。"]) == day, line
    # not below the text's first sentence, nor a report's day delivered (`——2017年3月28日在…会议上`, dev stats_05),
    # nor a related item's headline, nor a period's bound
    for lines in (["某市召开会议,部署生态环境保护工作。", "政务   2024-10-23 17:32   湖南"], ["——2017年3月28日在湖北省人大常委会会议上"],
                  ["2016-07-01 我县召开生态会议"], ["公示期限 2021-03-20至2021-03-27"]):
        assert published_date(lines) is None, lines


def test_review40b_dates_on_chrome_that_are_not_the_pages():
    # a day, the weather, a countdown, a validity, a link to another item, a counter's start, a date heading a story:
    # none is marked as a stamp (a time, a weekday, an issue, a field's word) or stands alone
    for line in ("今天是2024年3月5日 星期二 晴 12℃", "北京 晴 15℃~26℃ 2024-05-01", "距离2025年6月5日还有 12 天",
                 "有效期:2024年1月1日-2028年12月31日", "生效:2024年7月1日", "会期:2024年9月20日", "上一篇:治污快讯 2021-05-12",
                 "2021-05-12 环保快讯", "· 环保简讯 2021-05-12", "访问统计:自2010-01-01起", "2008年5月12日 汶川"):
        assert published_date(["首页 > 新闻", line, "某市召开会议,部署生态环境保护工作。"]) is None, line
    assert published_date(["张家口市PM2.5浓度创新低", "2023-01-05 发稿"]) == dt.date(2023, 1, 5)
    # a caption or a summary before the lead is no item's text: the lead's day is still the page's now
    for first in ("摘要:会议总结了去年工作,部署了今年重点任务。", "会议现场。记者 张明 摄"):
        text = ("省生态环境保护工作会议召开\n发布时间:2023-05-27 10:00\n" + first +
                "\n5月25日,省生态环境保护工作会议在济南召开。")
        assert reference_date(text, text, "省生态环境保护工作会议召开").date == dt.date(2023, 5, 25), first


def test_a_lead_day_after_the_pages_first_sentence_is_another_items():
    # a newspaper page: the first item's text, then another's `本报讯 6月5日,…`; the page's day is its stamp's
    text = ("中国城市报 2017年06月12日 星期一\n机动车污染是重要来源\n本报讯 环保部日前公布的年报显示,我国已连续8年成为世界机动车产销第一大国,机动车尾气污染已成为空气污染的重要来源。\n"
            "全国24.9%的地级市空气质量达标\n本报讯 6月5日,环保部发布《2016中国环境状况公报》。")
    r = reference_date(text, text, "机动车污染是重要来源")
    assert (r.published, r.date) == (dt.date(2017, 6, 12), dt.date(2017, 6, 12))


def test_a_year_looked_back_on_is_told_the_year_after():
    # a work report's review, after a dateline or on an undated page
    text = ("2024年云南六大水系出境跨界断面水质均为Ⅱ类及以上\n中新网昆明1月18日电(韩某)18日,云南省人民代表大会开幕。"
            "政府工作报告指出,2024年,该省六大水系出境跨界断面水质均为Ⅱ类及以上。")
    assert reference_date(text, text, "2024年云南六大水系出境跨界断面水质均为Ⅱ类及以上").date == dt.date(2025, 1, 18)
    text = "云南网讯 1月20日上午,云南省人民代表大会开幕。省长作政府工作报告。报告指出,2021年,云南生态环境质量不断改善。"
    assert (reference_date(text, text, None).source, reference_date(text, text, None).year) == ("text_year", 2022)
    # a year's assessment results
    text = "1月9日,全省2022年度党政领导生态环境保护目标责任书考评结果出炉,漳州市排名全省第四。"
    assert reference_date(text, text, None).year == 2023
    # the year's figures in the headline, told from its bulletin named in the body
    title = "2024年南昌空气优良天数比例达92.1%"
    text = title + "\n近日,南昌市生态环境局发布《2024年南昌市生态环境状况公报》,显示生态环境质量稳中有升。"
    assert reference_date(text, text, title).year == 2025
    text = title + "\n2024年,南昌市空气优良天数比例达92.1%。"
    assert reference_date(text, text, title).year == 2024
    # not the year a report plans, nor a part of one; nor a plan's page naming the bulletin it will compile
    text = ("云南省政府工作报告发布\n1月18日电 省长作政府工作报告。报告指出,2025年是“十四五”规划收官之年,"
            "全省空气优良天数比例要保持在98%以上。")
    assert reference_date(text, text, "云南省政府工作报告发布").date == dt.date(2025, 1, 18)
    text = "省长作政府工作报告。报告指出,2025年,全省将完成营造林300万亩。"
    assert reference_date(text, text, None).year == 2025
    text = "报告显示,2024年,全市PM2.5平均浓度目标控制在35微克/立方米以内。"  # no work report's, and a goal
    assert reference_date(text, text, None).year == 2024
    text = "空气质量报告\n12月20日电 市政府作工作报告。报告指出,2024年,全市空气优良天数比例为88.5%。"  # December: the same year
    assert reference_date(text, text, "空气质量报告").date == dt.date(2024, 12, 20)
    text = "监测报告显示,2024年上半年,全市PM2.5平均浓度为28微克/立方米。今年下半年,全市将继续推进15个大气治理项目。"
    assert reference_date(text, text, None).year == 2024
    title = "南昌召开2024年生态环境保护工作会议"  # a bulletin to compile, not put out
    text = title + "\n会议部署2024年重点任务,要求做好《2024年南昌市生态环境状况公报》编制,确保全年空气优良天数比例达到92%。"
    assert reference_date(text, text, title).year == 2024
    title = "2024年全市生态环境工作要点"
    text = title + "\n全市将启动《2024年全市生态环境状况公报》编制工作,今年完成营造林10万亩。"
    assert reference_date(text, text, title, plan=True).year == 2024


def test_a_title_year_before_a_name_in_quotes_is_the_pages_year():
    # the page's stamp has no year (`03-06 12:08:20`); its body reports on the year before
    text = ("2019“重庆追梦行动”④丨全年空气质量优良天数300天以上\n03-06 12:08:20 来源:上游新闻\n"
            "2018年,重庆全市空气质量优良天数达316天。今年将完善城乡污水管网2000公里。")
    r = reference_date(text, text, "2019“重庆追梦行动”④丨全年空气质量优良天数300天以上")
    assert (r.source, r.year) == ("title_year", 2019)
    r = reference_date(text, text, "PM2.5浓度下降2000辆")
    assert (r.source, r.year) == ("text_year", 2018)
    # a target's year in the headline is not the year the page speaks from
    r = reference_date(text, text, "一、出台背景。2018年12月,市委出台实施意见,明确了到2020年的总体工作目标")
    assert (r.source, r.year) == ("title_year", 2018)


def test_a_stamp_outside_the_publication_years_is_passed_over():
    # the Unix epoch a CMS prints for a missing date, and a typo: neither is when the page appeared
    assert published_date(["1970-01-01 08:00 来源:某市生态环境局"]) is None
    assert published_date(["发布时间:2201-05-06"]) is None
    assert published_date(["1970-01-01 08:00", "发布时间:2021-04-12 09:30"]) == dt.date(2021, 4, 12)
    text = "发布时间:1970-01-01 08:00\n某市召开生态环境保护会议\n2021年3月5日,某市召开生态环境保护会议。"
    r = reference_date(text, text, None)
    assert r.published is None and r.date == dt.date(2021, 3, 5) and r.source == "lead_date"  # (the lead's own day)

    # a month a sentence opens by telling of it is past too: the page is of its end at the earliest (not a goal's month)
    text = ("2019年11月份,市12369环保热线共受理各类环境污染举报线索5775个。\n"
            "自2017年5月27日环境污染有奖举报开展以来,全市共落实有奖举报累计1735件。")
    r = reference_date(text, text, None)
    assert (r.date, r.source) == (dt.date(2019, 11, 30), "latest_date")
    text = "自2017年5月27日开展以来,全市共落实有奖举报累计1735件。\n2019年6月,要完成全部整改任务。"
    assert reference_date(text, text, None).date == dt.date(2017, 5, 27)


def test_the_day_a_page_opens_with_after_its_latest_full_date_is_its_now():
    text = ("5月17日,督察组向某省交办信访件96件。截至5月17日,督察组共交办信访件645件。\n"
            "督察进驻时间为1个月。进驻期间(2024年5月8日至6月8日)设立专门值班电话。")
    r = reference_date(text, text, None)
    assert (r.date, r.source) == (dt.date(2024, 5, 17), "lead_date")
    # (a day before the latest full date leaves it: the page tells of that date as past, or of the year after)
    text = "3月1日,某市召开会议。\n2024年5月8日,督察组进驻某市。"
    assert reference_date(text, text, None).date == dt.date(2024, 5, 8)


def test_the_build_check_accepts_the_publication_years_the_extractor_reads():
    suite = json.loads((EXPECTATIONS_DIR / "marts_dim_documents.json").read_text(encoding="utf-8"))
    bounds = [e["kwargs"] for e in suite["expectations"] if e["kwargs"].get("column") == "published_date_year"]
    assert [(b["min_value"], b["max_value"]) for b in bounds] == [PUBLISHED_YEARS]


def test_a_notice_period_is_not_a_publication_date():
    assert published_date(["公示时间:2020年12月6日至2020年12月10日"]) is None
    r = reference_date("甘肃省公示\n整改完成。\n公示时间:2020年12月6日至2020年12月10日",
                       "甘肃省公示\n整改完成。\n公示时间:2020年12月6日至2020年12月10日", None)
    assert r.published is None and r.date == dt.date(2020, 12, 6) and r.source == "signature"


def test_stamps_of_forums_blank_fields_and_catalogues():
    assert published_date(["晨辉祥云观福海 发表于 2020-9-3 08:40:50"]) == dt.date(2020, 9, 3)
    assert published_date(["来源: 牛城晚报 作者: 2017-02-28 10:24:44"]) == dt.date(2017, 2, 28)  # a blank field
    # a news site's label for the item's source (`稿源`), the stamp set apart by a bar
    assert published_date(["稿源: 某某日报  | 2015-02-28 15:04:12"]) == dt.date(2015, 2, 28)
    assert published_date(["来源: 某某日报 | 2019-07-01"]) == dt.date(2019, 7, 1)
    # two bodies as the source
    assert published_date(["来源:中共某某省委 某某省人民政府          2020-04-27 14:53:31 【字体:"]) == dt.date(2020, 4, 27)
    # a document's catalogue: the day it was published, not the day it was written
    assert published_date(["发文机关: 管委会办公室 成文日期: 2022年06月10日",
                           "发文字号: 党办发〔2022〕10号 发布日期: 2022年06月15日"]) == dt.date(2022, 6, 15)
    assert published_date(["成文日期: 2022年06月10日"]) == dt.date(2022, 6, 10)  # the only day it gives


def test_a_signed_date_is_the_pages_own():
    # (who signs is data: the endings of org_suffixes.csv, the titles of titles.csv that officials sign with)
    text = ("某区人民政府办公室关于印发某区大气污染防治2018年实施计划的通知\n各街道办事处:\n《实施计划》已经区政府同意,现印发给你们。\n"
            "杭州市拱墅区人民政府办公室\n2018年9月28日\n某区大气污染防治2018年实施计划\n为进一步加强大气污染防治,制定本计划。")
    r = reference_date(text, text, None, layout=_LAYOUT)
    assert r.published == r.date == dt.date(2018, 9, 28) and r.source == "signature"
    text = "现予公布《某州2023年环境状况公报》。\n某州生态环境局局长 李某某\n2024年6月5日\n2023年,全州空气质量总体良好。"
    assert reference_date(text, text, None, layout=_LAYOUT).published == dt.date(2024, 6, 5)
    text = "会议强调,要抓好整改。\n2024年6月5日\n全州空气质量总体良好。"  # a date with no signer above it
    assert reference_date(text, text, None, layout=_LAYOUT).published is None
    # (review) a table of tasks with one cell a line is no signature
    text = "\n".join(["某县整改方案", "为抓好整改,制定本方案。", "序号", "整改任务", "责任单位", "完成时限", "1", "完成燃煤锅炉淘汰",
                      "县生态环境局", "2019年10月31日", "2", "完成河道整治", "县水利局", "2019年12月31日"])
    assert reference_date(text, text, None, layout=_LAYOUT).published is None
    # a task's field (`(责任单位:…)`) is no table: the plan's signer and date on one line under its title still sign it
    text = ("某市2023年大气污染防治实施方案\n某市人民政府办公室 2023-04-20\n为改善空气质量,制定本方案。\n"
            "6月底前,完成12家水泥企业超低排放改造。(责任单位:市生态环境局)")
    assert reference_date(text, text, None, layout=_LAYOUT).published == dt.date(2023, 4, 20)


def test_a_cover_letters_date_is_signed_when_its_signer_is_lost():
    text = ("关于印发某市2024年度水污染防治攻坚行动实施方案的通知\n各县市区人民政府:\n"
            "现将《某市2024年度水污染防治攻坚行动实施方案》印发给你们,请认真抓好贯彻落实。\n2024年5月9日\n"
            "某市2024年度水污染防治攻坚行动实施方案\n一、目标")
    assert reference_date(text, text, None, layout=_LAYOUT).published == dt.date(2024, 5, 9)
    text = "会议要求,要抓好贯彻落实。\n2024年5月9日\n全市空气质量总体良好。"  # no cover letter
    assert reference_date(text, text, None, layout=_LAYOUT).published is None


def test_a_signer_is_any_body_the_dictionaries_name():
    # an enterprise's notice, signed by the company (公司 is an ending of org_suffixes.csv)
    text = "某项目环境影响评价公示\n公示期为10个工作日。\n某某环保科技有限公司\n2023年3月2日"
    assert reference_date(text, text, None, layout=_LAYOUT).published == dt.date(2023, 3, 2)
    # without the dictionaries no line is a signer
    assert reference_date(text, text, None).published is None


def test_dateline_takes_its_year_from_the_text():
    text = "四川省2021年空气质量改善\n新华社成都3月5日电 四川省2021年PM2.5平均浓度为31微克/立方米。"
    r = reference_date(text, text, "四川省2021年空气质量改善")
    assert r.published is None and r.date == dt.date(2021, 3, 5) and r.source == "dateline"


def test_a_reports_opening_day_takes_the_year_of_its_title():
    title = "我县召开生态环境保护委员会2020年第三次会议"
    text = title + "\n10月19日,我县召开生态环境保护委员会2020年第三次会议。前三季度,全县空气质量持续改善。"
    r = reference_date(text, text, title)
    assert r.published is None and r.date == dt.date(2020, 10, 19) and r.stated  # (so 前三季度 is over)
    title = "我市召开2023年度生态环境保护工作总结会"  # a review's year: held in the next
    text = title + "\n1月10日,我市召开2023年度生态环境保护工作总结会。"
    assert reference_date(text, text, title).date is None


def test_never_first_of_january_of_the_latest_year():
    text = "云南省部署工作\n会议要求,到2025年全省优良天数比例达到98%,2023年为98.6%。"
    r = reference_date(text, text, None)
    assert r.date is None and r.published is None
    assert r.year == 2023 and r.source == "text_year"  # the target year 2025 does not count
    text = "常德市召开会议\n2月25日,常德市召开会议。会议提出,到2017年,全市细颗粒物浓度在2012年基础上下降15%,比2013年下降5%。"
    r = reference_date(text, text, None)
    assert r.date is None and r.year is None  # nor does a comparison's base: the page's year is unknown
    text = "漳州市通报\n1-10月,全市3个断面预警总次数较2016年同期降低64%。"
    r = reference_date(text, text, None)
    assert r.year == 2017 and r.source == "text_year"  # a same period's base is the year before the text's
    # a year's state told is told the year after (`通报了2018年…质量状况`), not a part of the year's (`1-6月`)
    text = "某市召开发布会\n4月26日上午,某市生态环境局举行新闻发布会,通报了2018年全市生态环境质量状况。2018年,全市优良天数300天。"
    r = reference_date(text, text, None)
    assert (r.source, r.year) == ("text_year", 2019)
    text = "某市召开发布会\n7月20日上午,某市举行新闻发布会,通报了2018年1-6月全市生态环境质量状况。"
    r = reference_date(text, text, None)
    assert (r.source, r.year) == ("text_year", 2018)


def test_year_since_runs_to_the_reference_date():
    m = _metric_frame("甘肃省通报\n2015年以来,全省共查处环境违法案件1200件。", "1200件")
    assert (m.period_start, m.period_end) == (dt.date(2015, 1, 1), dt.date(2023, 6, 30))


def test_an_opening_year_frames_later_sentences_of_the_paragraph():
    m = _metric_frame("成都市通报\n2022年,全市空气质量持续改善。PM2.5平均浓度为39微克/立方米。", "39微克")
    assert (m.period_start, m.period_end) == (dt.date(2022, 1, 1), dt.date(2022, 12, 31))


def test_a_year_after_a_report_verb_frames_the_paragraphs_after_it_however_long_the_scene_setting():
    text = ("生态环境部通报空气质量\n1月28日,在生态环境部1月例行新闻发布会上,生态环境部新闻发言人裴晓菲介绍,"
            "2025年,我国环境空气质量持续改善。\n在环境空气质量方面,全国PM2.5平均浓度为28.0微克/立方米。")
    m = _metric_frame(text, "28.0微克", ref=dt.date(2026, 1, 28))
    assert (m.period_start, m.period_end) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))


def test_a_figure_that_met_or_beat_its_goal_is_a_result():
    text = "2022年,全省国控断面优良水体比例为81.3%,超额完成年度考核目标要求。"
    assert _metric_frame(text, "81.3%").kind == "actual"
    text = "2018年,全市8个国考断面均值达到国家年度考核要求的有7个。"
    assert _metric_frame(text, "有7个").kind == "actual"
    # the goal named in the clause is still one
    text = "今年5-9月,全市臭氧超标天54天,圆满完成省定夏季臭氧超标天不超过61天的目标任务。"
    assert _metric_frame(text, "61天").kind == "target"


def test_comparison_base_is_not_a_period():
    m = _metric_frame("昆明市通报\n全市PM2.5平均浓度比2015年下降20%。", "20%")
    assert m.period_start is None or m.period_start.year != 2015
    # (the start or the end of a plan's span compared with: `与“十三五”初相比`)
    m = _metric_frame("某市公报发布\n2019年,全市断面优良比例为70%。与“十三五”初相比,优良水体比例升高12.5个百分点。", "12.5个百分点",
                      ref=dt.date(2020, 6, 5))
    assert (m.period_start, m.period_end) == (dt.date(2019, 1, 1), dt.date(2019, 12, 31))
    # (compared by 于: `优于2016年度…考核目标要求` is the base, and the goal measured against makes no goal's sentence: the year
    # the bulletin reports; `低于2015年的88.2%` is the base's own level, of 2015)
    text = ("江门市环境质量状况年度公报出炉\n\n日前,江门市环保局发布《2016年江门市环境质量状况公报》。\n"
            "9个地表水考核断面水质优良比例为88.9%,优于2016年度水质优良比例考核目标要求。市区空气质量达标率为84.4%,低于2015年的88.2%。")
    m = _metric_frame(text, "88.9%", ref=dt.date(2017, 3, 2))
    assert (m.kind, m.period_start, m.period_end) == ("actual", dt.date(2016, 1, 1), dt.date(2016, 12, 31))
    assert _metric_frame(text, "88.2%", ref=dt.date(2017, 3, 2)).period_start == dt.date(2015, 1, 1)


def test_a_plan_term_reached_names_a_goal_not_a_period():
    # `达到“十三五”…目标责任书要求`: the 到 of 达到 is no `到…` of a deadline, and the plan's name before a noun
    # names the goal; the year opening the sentence is the figure's
    m = _metric_frame("山东省通报\n2020年全省控以上地表水断面年均水质全部达到“十三五”省市水污染防治目标责任书要求,达标率为100%。",
                      "达标率为100%", ref=dt.date(2021, 1, 27))
    assert (m.period_start, m.period_end) == (dt.date(2020, 1, 1), dt.date(2020, 12, 31))
    # (the deadline of `到“十三五”末` stays one)
    from qingshan.text.timex import find_times
    assert [t.is_deadline for t in find_times("到“十三五”末,全市优良天数比例达到80%", dt.date(2017, 1, 1))][:1] == [True]


def test_a_goal_named_after_its_value_with_its_year_and_binding_words():
    # `超过3%的年度约束性目标要求`: the value the words after it name a goal (up to six characters between 的 and 目标)
    from qingshan.extract.metrics import extract_metrics
    text = "江苏节能\n今年前三季度,全省单位GDP能耗同比下降3.59%,超过3%的年度约束性目标要求。"
    kinds = {m.value: m.kind for m in extract_metrics(context(text, dt.date(2019, 11, 26), True))}
    assert kinds == {3.59: "actual", 3: "target"}


def test_a_result_compared_with_its_goal_is_a_result():
    # `…为23.7微克/立方米,比控制目标30.8微克/立方米低7.1微克/立方米`: the goal is the target, the figure and its
    # margin under the goal results
    from qingshan.extract.metrics import extract_metrics
    for text in ("南宁市通报\n2022年前三季度,南宁市PM2.5平均浓度为23.7微克/立方米,比控制目标30.8微克/立方米低7.1微克/立方米。",
                 "南宁市通报\n2022年前三季度,南宁市PM2.5平均浓度为23.7微克/立方米,"
                 "比广西壮族自治区下达的控制目标(30.8微克/立方米)低7.1微克/立方米。"):
        kinds = {m.value: m.kind for m in extract_metrics(context(text, dt.date(2022, 10, 14), True))}
        assert kinds == {23.7: "actual", 30.8: "target", 7.1: "actual"}, text


def test_kind_from_what_the_text_says_not_from_the_date():
    late = _metric_frame("广东省通报\n今年以来,全省共办理环境违法案件879起。", "879起", ref=dt.date(2017, 12, 20))
    assert late.kind == "actual"
    goal = _metric_frame("广东省部署\n会议提出,今年将确保全省PM2.5浓度不超过22微克/立方米,降尘量平均在5吨/平方公里以下。",
                         "5吨")
    assert goal.kind == "target"
    limit = _metric_frame("四川省部署\n力争全省优良天数比例达到90%。", "90%")
    assert limit.kind == "target"


def test_ranges_written_as_two_times_are_one_period():
    from qingshan.text.timex import find_times

    ref = dt.date(2017, 12, 20)
    (t,) = find_times("2012年至2016年的五年间", ref)
    assert (t.date_start, t.date_end) == (dt.date(2012, 1, 1), dt.date(2016, 12, 31))
    (t,) = find_times("7月下旬至8月底,", ref)
    assert (t.date_start, t.date_end) == (dt.date(2017, 7, 21), dt.date(2017, 8, 31))
    (t,) = find_times("2021年10月26日至11月9日,", ref)
    assert (t.date_start, t.date_end) == (dt.date(2021, 10, 26), dt.date(2021, 11, 9))
    # a horizontal bar (U+2015) as the dash: the cleaner makes it the dash the rules read
    m = _metric_frame("福建省空气质量\n1―4月,全省设区城市优良天数比例为98.0%。", "98.0%", ref=dt.date(2021, 5, 20))
    assert (m.period_start, m.period_end) == (dt.date(2021, 1, 1), dt.date(2021, 4, 30))


def test_as_of_a_past_date_is_a_running_total_not_a_deadline():
    from qingshan.text.timex import find_times

    (t,) = find_times("截至12月18日,全省", dt.date(2017, 12, 20))
    assert (t.date_start, t.date_end, t.is_deadline, t.precision) == (None, dt.date(2017, 12, 18), False, "since")


def test_a_running_total_starts_where_the_text_says_or_stays_open():
    # GUIDE, open periods: the stated year's first day, or null when no start is stated
    ref = dt.date(2017, 12, 20)
    for text, start in (("河南省通报\n截至12月18日,全省优良天数已累计达到215天。", None),
                        ("河南省通报\n今年以来,全省空气质量向好。截至12月18日,全省优良天数已累计达到215天。",
                         dt.date(2017, 1, 1)),
                        ("河南省2017年空气质量通报\n截至12月18日,全省优良天数已累计达到215天。", dt.date(2017, 1, 1))):
        m = _metric_frame(text, "215天", ref=ref)
        assert (m.period_start, m.period_end) == (start, dt.date(2017, 12, 18)), text
    # a running total frames the next sentence with the start it took
    m = _metric_frame("河南省2017年空气质量通报\n截至12月18日,全省优良天数已累计达到215天。PM2.5累计平均浓度为64微克/立方米。",
                      "64微克", ref=ref)
    assert (m.period_start, m.period_end) == (dt.date(2017, 1, 1), dt.date(2017, 12, 18))
    # a part of a year from its first day that the lead reports (`通报2022年前三季度…`) starts a total to its last day
    m = _metric_frame("南宁市通报\n10月14日,南宁市政府新闻办召开新闻发布会,通报2022年前三季度生态环境质量状况。\n"
                      "局长黄某介绍,截至9月30日,市区环境空气质量优良率为96.7%。", "优良率为96.7%", ref=dt.date(2022, 10, 14))
    assert (m.period_start, m.period_end) == (dt.date(2022, 1, 1), dt.date(2022, 9, 30))
    # (not a span of days of a campaign: the total to its last day states no start)
    m = _metric_frame("某市通报\n2016年7月4日至9月13日,某市开展大气污染防治攻坚。\n截至9月13日,城区空气质量优良天数累计达到114天。",
                      "114天", ref=dt.date(2016, 9, 20))
    assert (m.period_start, m.period_end) == (None, dt.date(2016, 9, 13))


def test_yesterday_and_that_day():
    ctx = context("云南省召开会议\n6月5日是世界环境日。当天,宜良县举行宣传活动。\n本报讯 昨日,昆明市召开推进会。",
                  dt.date(2019, 6, 6))
    pos = ctx.text.index("当天")
    assert [t.date_start for t in ctx.times_in(pos, pos + 2)] == [dt.date(2019, 6, 5)]
    pos = ctx.text.index("昨日")
    assert [t.date_start for t in ctx.times_in(pos, pos + 2)] == [dt.date(2019, 6, 5)]


def test_a_headlines_event_month_does_not_frame_figures():
    text = "生态环境部召开5月例行新闻发布会 发布2022年生态环境状况公报\n全国地级及以上城市PM2.5平均浓度为29微克/立方米。"
    m = _metric_frame(text, "29微克", ref=dt.date(2023, 5, 30))
    assert (m.period_start, m.period_end) == (dt.date(2022, 1, 1), dt.date(2022, 12, 31))


def test_consecutive_years_end_in_the_frames_year():
    m = _metric_frame("广东省通报\n2022年,全省空气质量持续向好,PM2.5浓度连续3年达到二级标准,为20微克/立方米。", "20微克")
    assert (m.period_start, m.period_end) == (dt.date(2020, 1, 1), dt.date(2022, 12, 31))


def test_a_run_of_years_after_the_figure_in_its_list_item_is_its_period():
    text = "江西省发布会\n2023年,全省PM2.5平均浓度为29微克/立方米。长江干流10个断面连续6年、赣江干流33个断面连续3年保持Ⅱ类水质。"
    for anchor, start in (("10个", 2018), ("33个", 2021)):
        m = _metric_frame(text, anchor, ref=dt.date(2024, 1, 20))
        assert (m.period_start, m.period_end) == (dt.date(start, 1, 1), dt.date(2023, 12, 31)), anchor


def test_a_month_without_its_year_is_the_frames_month():
    text = "甘肃省召开会议\n2019年,全省PM2.5平均浓度为30微克/立方米,而1月份这一指标曾同比上升12.5%。"
    m = _metric_frame(text, "12.5%", ref=dt.date(2020, 1, 22))
    assert (m.period_start, m.period_end) == (dt.date(2019, 1, 1), dt.date(2019, 1, 31))


def test_since_a_law_came_into_force():
    text = "湖北省通报\n从新法实施看,自新《环境保护法》2015年正式实施以来,全省共查封扣押案件506件;移送公安机关的案件57件。"
    m = _metric_frame(text, "57件", ref=dt.date(2017, 5, 25))
    assert (m.period_start, m.period_end) == (dt.date(2015, 1, 1), dt.date(2017, 5, 25))


def test_a_paragraph_laying_out_a_plan_makes_its_figures_targets():
    text = "昆明市召开发布会\n成绩来之不易。2024年下半年,全市生态环境系统将深入推进治理。完成全年120个村庄生活污水治理。"
    assert _metric_frame(text, "120个", ref=dt.date(2024, 7, 26)).kind == "target"
    text = "昆明市召开发布会\n四是坚持整改。将督察转办案件边督边改常态化,2023年全市共办理信访举报1888件。"
    assert _metric_frame(text, "1888件", ref=dt.date(2024, 7, 26)).kind == "actual"
    text = ("成都市生态环境局召开例行新闻通气会\n在水环境综合整治方面,成都市将不断强化长江生态环境保护修复工作。"
            "2020年,县级以上集中式饮用水水源地水质优良比例达到100%,沱江流域成都段地表水水质优良比例达83%。")
    assert _metric_frame(text, "83%", ref=dt.date(2020, 3, 13)).kind == "target"  # (after its topic)
    text = "石家庄市环境执法\n在执法监管方面,全市要始终保持高压态势。全市共查处环境违法案件300起,罚款2000万元。"
    assert _metric_frame(text, "300起", ref=dt.date(2023, 12, 20)).kind == "actual"  # (a tally of what was done)


def test_a_tally_since_the_start_of_the_year_does_not_frame_later_paragraphs():
    text = ("成都市2024年上半年生态环境治理成果发布\n四是争取资金。今年以来,全市共争取资金4.29亿元。\n"
            "五是举办对接活动。帮助21家企业获得绿色金融贷款3.35亿元。")
    m = _metric_frame(text, "3.35亿元", ref=dt.date(2024, 7, 26))
    assert (m.period_start, m.period_end) == (dt.date(2024, 1, 1), dt.date(2024, 6, 30))


def test_a_numbered_heading_that_runs_on_frames_the_next_paragraph():
    text = ("湖北省环境状况报告\n一、环境质量状况\n(一)空气质量。2016年,全省17个重点城市优良天数比例平均为73.4%。\n"
            "二氧化硫年均浓度为14微克/立方米。")
    m = _metric_frame(text, "14微克", ref=dt.date(2017, 3, 28), stated=False)
    assert (m.period_start, m.period_end) == (dt.date(2016, 1, 1), dt.date(2016, 12, 31))


def test_a_year_opening_an_earlier_paragraph_of_the_section_is_nearer_than_the_titles_month():
    text = ("2020年12月天津市环境空气质量月报\n一、环境空气质量总体状况\n"
            "2020年12月,我市环境空气质量综合指数5.12,同比下降5.2%。\n"
            "2020年,我市环境空气质量综合指数5.06,同比下降7.7%。\n"
            "PM2.5年均浓度超过国家标准值。其中,PM2.5年均浓度48µg/m3,超标0.37倍。")
    m = _metric_frame(text, "年均浓度48", ref=dt.date(2021, 1, 21), stated=False)
    assert (m.period_start, m.period_end) == (dt.date(2020, 1, 1), dt.date(2020, 12, 31))
    m = _metric_frame(text, "5.12", ref=dt.date(2021, 1, 21), stated=False)
    assert (m.period_start, m.period_end) == (dt.date(2020, 12, 1), dt.date(2020, 12, 31))
    # a baseline year or a part of the heading's year before the figures does not replace it
    text = ("石家庄市2024年工作安排\n二、2024年工作安排\n2023年,全市PM2.5平均浓度为42微克/立方米。\n"
            "全市PM2.5平均浓度控制在40微克/立方米以内,优良天数比率达到70%。")
    m = _metric_frame(text, "70%", ref=dt.date(2024, 2, 20))
    assert (m.kind, m.period_start) == ("target", dt.date(2024, 1, 1))
    text = "石家庄市生态环境工作总结\n一、2023年主要工作\n2023年1-11月,全市优良天数为210天。\n全市完成造林绿化面积2万亩。"
    m = _metric_frame(text, "2万亩", ref=dt.date(2023, 12, 20))
    assert (m.period_start, m.period_end) == (dt.date(2023, 1, 1), dt.date(2023, 12, 31))


def test_a_deadline_year_opening_the_paragraph_frames_its_goals_across_full_stops():
    text = ("美丽福州建设行动方案\n到2025年,美丽福州建设取得重大进展。绿色低碳发展实现突破。"
            "单位GDP能耗较2020年下降14%,主要流域Ⅰ—Ⅲ类水质比例达到100%。")
    m = _metric_frame(text, "100%", ref=dt.date(2023, 6, 1))
    assert (m.kind, m.period_start, m.period_end) == ("target", dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    # (not a sentence telling how things stand)
    text = "石家庄市工作部署\n到2025年,全市新能源汽车保有量达到10万辆。全市已建成充电桩3000个。全市现有燃煤锅炉120台。"
    assert [(m.kind, m.period_start) for m in (_metric_frame(text, x, ref=dt.date(2024, 2, 20)) for x in ("3000个", "120台"))] \
        == [("actual", None), ("actual", None)]
    text = "石家庄市大气污染防治工作方案\n到2025年,全市PM2.5平均浓度控制在40微克/立方米以内。全面淘汰现有燃煤锅炉50台,累计建成充电桩5000个。"
    assert [_metric_frame(text, x, ref=dt.date(2024, 3, 6)).kind for x in ("50台", "5000个")] == ["target", "target"]  # (goals)


def test_a_plans_span_speaks_from_its_first_year():
    text = ("福州市人民政府印发建设行动方案。详情如下:\n“生态福地 美丽福州”建设行动方案(2023—2027年)\n"
            "到2025年,美丽福州建设取得重大进展。到2027年,美丽福州建设取得新成效。")
    ref = reference_date(text, text, None)
    assert (ref.source, ref.year) == ("text_year", 2023)


def test_a_year_whose_plan_a_paragraph_opens_makes_the_next_paragraphs_figures_goals():
    text = ("重庆追梦行动\n今年将加强工业、城乡生活、农业农村和重点流域污染防治,完善城乡污水管网2000公里。\n"
            "完成400个村农村环境综合整治,确保长江干流水质为优。\n2018年,全市空气质量优良天数达316天。")
    assert _metric_frame(text, "400个", ref=dt.date(2019, 3, 6)).kind == "target"
    assert _metric_frame(text, "316天", ref=dt.date(2019, 3, 6)).kind == "actual"


def test_with_year_compared_is_a_base_not_a_period():
    text = "安徽省发布公报\n2018年,全省空气质量持续改善。与2017年相比,优良天数比例提高4.3个百分点。"
    m = _metric_frame(text, "4.3个百分点", ref=dt.date(2019, 6, 4))
    assert (m.period_start, m.period_end) == (dt.date(2018, 1, 1), dt.date(2018, 12, 31))


def test_up_to_now_ends_at_the_reference_date():
    m = _metric_frame("贵州省通报\n2016年至今,全省累计关停小煤矿320处。", "320处", ref=dt.date(2019, 6, 4))
    assert (m.period_start, m.period_end) == (dt.date(2016, 1, 1), dt.date(2019, 6, 4))


def test_a_newspaper_masthead_dates_the_page_with_its_weekday_or_its_page():
    assert published_date(["甘肃日报 2024年07月15日 第03版"]) == dt.date(2024, 7, 15)
    assert published_date(["2019年6月6日 星期四  第06版:生态·环保"]) == dt.date(2019, 6, 6)


def test_a_source_line_with_an_author_field_still_dates_the_page():
    assert published_date(["来源:太原日报 作者:郭晓峰 2024-03-12"]) == dt.date(2024, 3, 12)


def test_a_plan_speaks_from_the_first_year_of_its_title_a_review_from_the_last():
    from qingshan.extract.timeframe import reference_date

    plan = reference_date("", "正文", "《洞庭湖生态环境专项整治三年行动计划(2018—2020年)》(9)", plan=True)
    review = reference_date("", "正文", "2016—2020年全省环境状况公报")
    assert (plan.source, plan.year, review.year) == ("title_year", 2018, 2020)
    # a year's plan stamped two years on or more is a repost: it speaks from its year; stamped that year, from its stamp
    title = "某市关于印发某市2021年度大气污染防治攻坚实施计划的通知"
    text = title + "\n2024-10-29 00:26:37\n现将《某市2021年度大气污染防治攻坚实施计划》印发给你们。"
    repost = reference_date(text, text, title, plan=True)
    assert (repost.published, repost.date, repost.source, repost.year) == (dt.date(2024, 10, 29), None, "title_year", 2021)
    text = text.replace("2024-10-29", "2021-03-09")
    assert reference_date(text, text, title, plan=True).date == dt.date(2021, 3, 9)
    # (review) a year naming what the plan is about is not the plan's year
    for title in ("关于印发某县贯彻落实2019年中央生态环境保护督察反馈意见整改方案的通知",
                  "关于印发某市巩固2020年脱贫攻坚成果生态补偿实施方案的通知"):
        text = title + "\n发布时间:2023-03-09\n今年6月底前,完成12个乡镇污水处理设施建设。"
        assert reference_date(text, text, title, plan=True).date == dt.date(2023, 3, 9), title


def test_the_month_an_item_is_done_by_frames_no_next_sentence():
    m = _metric_frame("水污染防治攻坚行动\n\n2024年,全市要推进流域治理。2024年6月完成茅塔河小流域试点工作。全面推进8个小流域综合治理试点扩面工作。",
                      "8个小流域", ref=dt.date(2024, 5, 9))
    assert (m.period_start, m.period_end) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))


def test_a_count_among_a_total_that_meets_a_goal_is_a_result():
    m = _metric_frame("水质通报\n\n2018年11月,56个监测断面中有49个断面达到水质目标要求。", "49个", ref=dt.date(2018, 12, 26))
    assert m.kind == "actual"


def test_published_from_a_timestamp_in_english():
    assert published_date(["Jul 17th 2018, 19:50 截至6月30日,宿迁市PM2.5浓度为63μg/m3。"]) == dt.date(2018, 7, 17)
    assert published_date(["17 July 2018 19:50"]) == dt.date(2018, 7, 17)
    assert published_date(["May 2018 was warm"]) is None


def test_this_month_after_a_month_stated_is_that_month():
    m = _metric_frame("环境质量月报\n\n2022年2月我市环境质量总体优。本月月均空气质量指数AQI为31,优良天数比例为100%。",
                      "100%", ref=dt.date(2022, 3, 10))
    assert (m.period_start, m.period_end) == (dt.date(2022, 2, 1), dt.date(2022, 2, 28))


def test_published_from_a_labelled_date_in_brackets():
    assert published_date(["作者:刘某 来源:滨海日报 发布时间:[2024-5-29]"]) == dt.date(2024, 5, 29)


def test_published_from_a_source_line_whose_name_is_blank():
    assert published_date(["来源: • 2021-08-19 11:41:45"]) == dt.date(2021, 8, 19)


def test_review_cases_a_dateline_page_planning_this_year_and_fields_or_related_news_that_are_no_stamp():
    text = ("全省生态环境保护工作会议召开\n新华社太原1月20日电 1月20日,全省生态环境保护工作会议召开。"
            "2023年,全省PM2.5平均浓度为32微克/立方米。2024年要持续深入打好污染防治攻坚战。")
    assert reference_date(text, text, "全省生态环境保护工作会议召开").date == dt.date(2024, 1, 20)
    assert published_date(["截止时间 2024-06-30"]) is None and published_date(["会议时间 2024-05-20"]) is None
    assert published_date(["我市召开环委会会议", "全市环保督察整改推进 2024-03-02", "发布时间:2024-05-06"]) == dt.date(2024, 5, 6)


def test_a_year_in_a_documents_name_is_no_year_the_page_reports_on():
    text = ("2023年,广州市生态环境持续改善,PM2.5平均浓度控制在26微克/立方米以下。"
            "推进《广州市城市环境总体规划(2014-2030年)》修编。")
    r = reference_date(text, text, None)
    assert (r.source, r.year) == ("text_year", 2023)


def test_published_from_a_field_in_a_table_and_a_day_heading_its_source():
    assert published_date(["发布机构: | 区政府办公室 | 发文日期: | 2024-10-10 |"]) == dt.date(2024, 10, 10)
    assert published_date(["2023-08-31 来源:云县文明办"]) == dt.date(2023, 8, 31)
    assert published_date(["2021-10-19河南日报客户端"]) == dt.date(2021, 10, 19)
    assert published_date(["2023-08-31 完成整改,验收合格"]) is None  # a day in a list is no stamp


def test_a_page_undated_but_telling_a_state_as_of_a_months_end_speaks_after_it():
    text = ("2022年3月25日至4月25日,中央督察组开展第二轮督察。截至2025年6月底,15项整改任务已完成整改14项。\n"
            "到2026年6月底,全面完成整改。\n")
    r = reference_date(text, text, None)
    assert (r.date, r.source) == (dt.date(2025, 6, 30), "latest_date")  # a deadline (到…月底) is no as-of
    from .helpers import context
    from qingshan.extract.metrics import extract_metrics
    ms = extract_metrics(context(text, ref=r.date))
    done = next(m for m in ms if m.value == 14)
    assert (done.kind, done.period_start, done.period_end) == ("actual", None, dt.date(2025, 6, 30))


def test_a_pages_year_under_a_headline_of_a_years_bulletin_is_the_next():
    text = "《西宁市2024年生态环境质量状况公报》发布\n中新网西宁6月4日电(祁某)过去一年,西宁市环境空气质量优良天数为338天。\n"
    r = reference_date(text, text, "《西宁市2024年生态环境质量状况公报》发布")
    assert (r.date, r.source) == (dt.date(2025, 6, 4), "dateline")
    text = "西宁市2024年上半年空气质量持续改善\n中新网西宁7月4日电(祁某)上半年,西宁市优良天数为170天。\n"
    assert reference_date(text, text, "西宁市2024年上半年空气质量持续改善").date == dt.date(2024, 7, 4)


def test_an_as_of_month_is_no_writing_date_when_it_is_a_term_or_before_a_year_spoken_of():
    text = "某县生态环境工作\n2024年,全县将完成30台燃煤锅炉淘汰。截止2023年12月,全县已完成燃煤锅炉淘汰120台。\n"
    assert reference_date(text, text, None).date is None
    text = "某县大气污染防治工作方案\n一、工作目标\n全县PM2.5平均浓度控制在40微克/立方米以内。\n本方案实施期限截至2025年12月。\n"
    assert reference_date(text, text, "某县大气污染防治工作方案").date is None
    text = "某县申报通知\n申报时间:即日起截止2025年6月。\n"
    assert reference_date(text, text, None).date is None


def test_a_half_years_bulletin_comes_out_the_same_year():
    title = "《西宁市2024年上半年生态环境质量状况公报》发布"
    text = title + "\n西宁晚报7月15日讯(记者 王某)上半年,全市优良天数比例为85.2%。\n"
    assert reference_date(text, text, title).date == dt.date(2024, 7, 15)


def test_a_related_items_day_and_paper_is_no_stamp():
    assert published_date(["2021-10-19 河北日报:石家庄市空气质量持续改善"]) is None
    assert published_date(["2021-10-19河南日报客户端"]) == dt.date(2021, 10, 19)


def test_a_stamp_with_fields_after_its_source_and_an_as_of_month_on_a_page_that_looks_ahead():
    assert published_date(["2024-03-05 来源:某市生态环境局 作者:王某 浏览次数:356"]) == dt.date(2024, 3, 5)
    assert published_date(["2024-03-05 河北日报 记者 王某"]) == dt.date(2024, 3, 5)
    text = "某县督察整改\n截至2024年6月底,全县15项整改任务已完成14项。2025年,全县将全面完成整改。\n"
    assert reference_date(text, text, None).date == dt.date(2024, 6, 30)
    text = "某县空气质量\n上半年,全县优良天数比例为85%(数据统计时间截至2024年6月底)。\n"
    assert reference_date(text, text, None).date == dt.date(2024, 6, 30)


def test_the_period_a_pages_lead_makes_public_frames_the_figures_after_it():
    text = ("某市公布环境质量\n\n12月16日上午,某市向社会公布今年前11个月,某市环境质量总体情况。\n"
            "空气质量状况方面,六县区优良天数288-323天。")
    m = _metric_frame(text, "323天", ref=dt.date(2020, 12, 17))
    assert (m.period_start, m.period_end) == (dt.date(2020, 1, 1), dt.date(2020, 11, 30))
    text = "某网消息\n\n6月16日,省环保厅公布《某省大气环境质量2015年5月份17城市排名》。天数最多的城市是青岛,为31天。"
    m = _metric_frame(text, "31天", ref=None, stated=False)
    assert (m.period_start, m.period_end) == (dt.date(2015, 5, 1), dt.date(2015, 5, 31))
    text = ("省生态环境厅通报空气质量\n\n近日,省生态环境厅通报了2019年1-5月全省空气质量情况。\n"
            "据悉,下一步我省将新建空气自动监测站50个。")
    assert _metric_frame(text, "50个", ref=dt.date(2019, 6, 10)).period_start is None  # (review) a plan's figure
    text = "某市发布会\n\n3月15日,市生态环境局召开新闻发布会,通报2019年全市生态环境质量状况。\n全市优良天数为300天。"
    assert _metric_frame(text, "300天", ref=dt.date(2020, 3, 16)).period_start == dt.date(2019, 1, 1)
    text = "某市召开会议\n\n6月16日,市生态环境局发布通知。全市共有企业31家。"  # a release of no period
    assert _metric_frame(text, "31家", ref=dt.date(2020, 6, 17)).period_start is None


def test_a_dateline_day_before_the_stamp_is_the_reports_now():
    text = ("兰州去年空气优良天数达243天\n03.06.2017  09:01\n中新网兰州6月2日电 (记者 徐某)兰州市环境保护局2日召开新闻发布会通报,"
            "截至目前,兰州空气质量超标天数67天。")
    r = reference_date(text, text, None, layout=_LAYOUT)
    assert (r.published, r.date, r.source) == (dt.date(2017, 6, 3), dt.date(2017, 6, 2), "lead_date")
    # a transcript's agenda (`时间:` then `地点:`) dates its now, before the day it was posted
    text = ("某市环境状况公报发布会\n发文日期: 2021-06-05\n2020年度某市环境状况公报发布会\n时间:2021年6月4日 10:00\n"
            "地点:某市电视台演播厅\n发布人:某市生态环境局局长 王某\n王某:今天,我们在这里发布《2020年度某市环境状况公报》。")
    r = reference_date(text, text, None, layout=_LAYOUT)
    assert (r.published, r.date, r.source) == (dt.date(2021, 6, 5), dt.date(2021, 6, 4), "lead_date")


def test_review_another_items_dateline_after_the_prose_is_not_the_reports_now():
    text = "某市空气质量\n发布时间:2024-06-20\n截至目前,全市优良天数达到150天。\n相关新闻\n中新网兰州6月2日电 兰州市召开发布会。"
    r = reference_date(text, text, None, layout=_LAYOUT)
    assert (r.date, r.source) == (dt.date(2024, 6, 20), "stated")


def test_an_accounts_stamp_with_its_time_of_day():
    assert published_date(["扬眼 2024-05-30 19:46:03"]) == dt.date(2024, 5, 30)


def test_a_year_after_a_reports_colon_frames_the_paragraph():
    text = ("某区域空气质量逐年改善\n\n监测结果显示:2018年,某区域5市3县优良天数比例为72.1%,同比增加1.4个百分点;"
            "重污染天数比例为11.0%,同比减少1.8个百分点。PM10年均浓度同比上升2.9%。")
    for anchor in ("11.0%", "2.9%"):
        m = _metric_frame(text, anchor, ref=dt.date(2019, 1, 22))
        assert (m.period_start, m.period_end) == (dt.date(2018, 1, 1), dt.date(2018, 12, 31)), anchor
    # (what a meeting asks for after a colon frames nothing after it)
    text = "全市部署大气污染防治工作\n\n会议要求:2025年,全市PM2.5浓度降至30微克/立方米以下。全市已完成散煤治理2万户。"
    m = _metric_frame(text, "2万户", ref=dt.date(2023, 6, 5))
    assert (m.kind, m.period_start) == ("actual", None)
    # (a speaker's words after a colon are no frame unless the year stands as its own clause)
    text = "环境日活动启动\n\n他指出:今年的主题是“美丽中国,我是行动者”。去年全县优良天数为300天。"
    assert _metric_frame(text, "300天", ref=dt.date(2019, 6, 5)).period_start == dt.date(2018, 1, 1)


def test_an_earlier_items_time_does_not_frame_the_next_item():
    text = ("某县2024年生态环境保护工作新闻发布会\n\n2024年,某县较好地完成了年度目标任务。\n"
            "一是大气环境质量显著改善。截至11月底,PM2.5累计浓度23.7微克/立方米,同比改善12.9%。二是水环境质量持续巩固。"
            "重点河湖排口整治完成率94.1%。")
    assert _metric_frame(text, "23.7", ref=dt.date(2024, 12, 4)).period_end == dt.date(2024, 11, 30)
    assert _metric_frame(text, "94.1%", ref=dt.date(2024, 12, 4)).period_end == dt.date(2024, 12, 31)
    # (the paragraph's own opening time still frames every item)
    text = "某县工作总结\n\n2023年,全县环境质量持续改善,一是优良天数比例为95.8%。二是重点河湖排口整治完成率94.1%。"
    assert _metric_frame(text, "94.1%", ref=dt.date(2024, 1, 20)).period_end == dt.date(2023, 12, 31)


def test_a_deadline_heading_a_later_sentence_of_a_paragraph_frames_the_goals_after_it():
    # `到2016年底,…。到2020年,…。…比例达到68.7%以上。`: the nearer deadline year frames the sentences after it
    text = ("甘肃省印发水污染防治工作方案\n\n到2016年底,全省地表水优良水体比例达到60.0%以上。"
            "到2020年,全省水环境质量得到阶段性改善。黄河流域优良水体比例达到68.7%以上。")
    m = _metric_frame(text, "达到68.7", ref=dt.date(2016, 1, 29))
    assert (m.kind, m.period_start, m.period_end) == ("target", dt.date(2020, 1, 1), dt.date(2020, 12, 31))
    # (what a plan asks, after the clauses telling it was issued: `9月6日,…印发《…规划》,《规划》提出,到2025年,…。…不低于94%`)
    text = ("绵阳市土壤污染防治规划印发\n\n9月6日,绵阳市生态环境局印发《绵阳市土壤污染防治规划》,《规划》提出,到2025年,"
            "全市土壤环境质量总体保持稳定。全市受污染耕地安全利用率不低于94%。")
    m = _metric_frame(text, "94%", ref=dt.date(2021, 9, 8))
    assert (m.kind, m.period_start, m.period_end) == ("target", dt.date(2025, 1, 1), dt.date(2025, 12, 31))



def test_a_deadline_after_a_report_frames_no_figure_reported_after_it():
    # (review) a paragraph a report opens: the figures after a goal's sentence are reports again
    m = _metric_frame("某市2022年环境质量\n\n2022年,全市优良天数比例为98.1%。到2025年,全市优良天数比例要稳定在98%以上。"
                      "PM2.5平均浓度为21微克/立方米,同比下降4.5%。", "21微克", ref=dt.date(2023, 2, 10))
    assert (m.kind, m.period_start) == ("actual", dt.date(2022, 1, 1))


def test_a_deadline_after_a_sources_name_governs_the_list_it_heads():
    m = _metric_frame("某市无废城市建设\n\n某某快报:到2025年,城市固体废物产生强度稳步下降,生活垃圾清运量不高于200万吨/年;"
                      "固体废物综合利用水平大幅提升,危险废物综合利用率达35%。", "达35%", ref=dt.date(2023, 1, 1))
    assert (m.kind, m.period_start) == ("target", dt.date(2025, 1, 1))



def test_a_deadline_after_a_general_aim_frames_the_goals_after_it():
    # (second review) a paragraph of goals may open with an aim, not a deadline
    m = _metric_frame("某市空气质量持续改善行动方案\n\n一、总体要求\n以改善空气质量为核心,坚持精准治污。到2025年,全市PM2.5平均浓度"
                      "控制在32微克/立方米以下。重度及以上污染天数比率控制在1%以内,优良天数比例达到86%。", "达到86%",
                      ref=dt.date(2024, 4, 2))
    assert (m.kind, m.period_start) == ("target", dt.date(2025, 1, 1))
    # a milestone a label heads that is already past tells what was reached
    m = _metric_frame("某市2023年工作总结\n\n主要成效:到2023年,全市已建成污水处理厂12座;污水处理率达到97.5%。", "97.5%",
                      ref=dt.date(2024, 1, 10))
    assert m.kind == "actual"


def test_a_headlines_year_as_of_its_end_is_the_pages_year():
    # (second review) `截至2022年底` is the year the page speaks of, `2023年前三季度` no goal's
    text = "截至2022年底全市累计建成充电桩1.2万个\n\n今年新增3200个。"
    assert reference_date(text, text, "截至2022年底全市累计建成充电桩1.2万个").year == 2022
    text = "2023年前三季度全市生态环境质量状况\n\n9月份,全市PM2.5平均浓度为22微克/立方米。"
    assert reference_date(text, text, "2023年前三季度全市生态环境质量状况").year == 2023


def test_a_deadline_set_to_a_month_is_no_year_the_text_reports_on():
    # `2024年12月底前完成…` is a goal's year like `2024年底前`: the year reported on is the one stated as such
    text = ("一、工作目标\n2023年,全县PM2.5平均浓度低于30微克/立方米。2023年底前完成整改任务4项,"
            "2024年12月底前完成整改任务2项。")
    r = reference_date(text, text, None, plan=True)
    assert (r.source, r.year) == ("text_year", 2023)


def test_a_page_of_goals_only_speaks_from_the_year_of_a_deadline_set_to_a_month():
    text = ("某省将提高集中供热率。到2019年底,全省城市集中供热普及率达到88%以上,二氧化硫年均浓度由2018年的40微克/立方米"
            "降至36微克/立方米以下。2019年8月底前,各市要制定“禁煤区”实施方案。")
    r = reference_date(text, text, None)  # (`由2018年的40…降至` is the level a change starts from)
    assert (r.source, r.year) == ("text_year", 2019)
    goals = "到2019年,全市化解煤炭过剩产能300万吨;到2021年,压缩水泥产能100万吨。"
    assert reference_date(goals, goals, None).source == "none"  # a year's goals may be years ahead: no guess
    base = "到2019年底,全省二氧化硫年均浓度由2018年的40微克/立方米降至36微克/立方米以下。"
    assert reference_date(base, base, None).source == "none"  # nor is the level a change starts from reported on


def test_a_years_review_is_told_the_year_after_it():
    # a dateline day with no year, under a headline of the year's results the opening says a review of it told
    text = ("2023年某市优良天数达301天 为有监测记录以来最多\n某某社某市1月3日电 (记者 王某)2023年某市空气质量持续改善。"
            "这是记者3日从2023年某市空气质量新闻发布会上获悉的。")
    r = reference_date(text, text, "2023年某市优良天数达301天 为有监测记录以来最多")
    assert (r.source, r.date) == ("dateline", dt.date(2024, 1, 3))
    text = "某区召开新闻发布会\n中国某某网讯 6月5日上午,某区政府新闻办召开新闻发布会,介绍2023年某区生态环境状况。"
    r = reference_date(text, text, "某区召开新闻发布会")
    assert (r.source, r.year) == ("text_year", 2024)


def test_the_year_a_record_is_counted_from_is_no_year_reported_on():
    text = "4月份全省环境空气质量为2013年我国实施空气质量新标准以来历史同期最好水平。全省PM2.5平均浓度为41微克/立方米。"
    assert reference_date(text, text, None).source == "none"


def test_a_years_bulletin_named_in_book_title_marks_it_told_the_year_after():
    text = ("某某网7月12日讯 7月12日,某市政府新闻办召开发布会,发布《某市2022年生态环境状况公报》。\n"
            "据介绍,2022年某市环境空气质量总体稳定,全市优良天数290天。")
    r = reference_date(text, text, None)
    assert (r.source, r.date) == ("dateline", dt.date(2023, 7, 12))


def test_a_numbered_press_conference_of_a_year_is_held_in_it():
    text = ("某市召开2024年第一次生态环境新闻发布会\n本报某市3月28日讯(记者 陶某)某市生态环境局召开2024年第一次新闻发布会,"
            "通报一季度全市空气质量情况。")
    r = reference_date(text, text, "某市召开2024年第一次生态环境新闻发布会")
    assert r.date == dt.date(2024, 3, 28)


def test_a_plan_named_after_the_state_it_improves_is_no_years_bulletin():
    text = ("某市印发生态环境质量提升方案\n某市生态环境局3月12日讯 近日,某市印发《某市2024年生态环境质量状况提升工作方案》,"
            "明确今年PM2.5平均浓度控制在30微克/立方米以内。")
    r = reference_date(text, text, "某市印发生态环境质量提升方案")
    assert r.date is None or r.date.year == 2024


def test_a_page_undated_but_telling_a_state_as_of_a_years_end_speaks_after_it():
    text = ("督察组于2021年7月17日向我省反馈了督察意见。\n截至2022年底,反馈问题21个,已完成整改7个。"
            "2022年,全市PM2.5年均浓度30.0微克/立方米。\n")
    r = reference_date(text, text, None)
    assert (r.date, r.source) == (dt.date(2022, 12, 31), "latest_date")


def test_a_years_end_still_to_come_or_a_deadline_is_no_as_of():
    # (third review) `会议提出,截至2025年底,…` and `截止2022年底前` set goals: the page speaks on its own day
    text = "某市召开推进会\n2023年3月1日,某市召开推进会。\n会议提出,截至2025年底,全市累计建成绿色矿山30座。\n"
    assert reference_date(text, text, None).date == dt.date(2023, 3, 1)
    text = "某市部署整改\n2021年11月5日,督察组向某市反馈督察意见。\n督察组要求,截止2022年底前,全市完成整治215家。\n"
    assert reference_date(text, text, None).date == dt.date(2021, 11, 5)


def test_a_dateline_under_a_headline_of_a_years_annual_figure_is_of_the_year_after():
    title = "2030年某省87个国考断面年均水质创历史最佳"
    text = title + "\n中新网某市1月18日电 记者18日从某省生态环境厅获悉,2030年某省水环境质量持续改善。"
    assert reference_date(text, text, title).date == dt.date(2031, 1, 18)
    # (late in the year, or a year's plan, it stays the year named)
    text = title + "\n中新网某市11月18日电 记者18日从某省生态环境厅获悉,2030年某省水环境质量持续改善。"
    assert reference_date(text, text, title).date == dt.date(2030, 11, 18)
    title = "某省印发2030年度目标任务 全年PM2.5浓度控制在30以内"
    text = title + "\n新华社某市2月8日电 某省印发2030年度目标任务。"
    assert reference_date(text, text, title).date == dt.date(2030, 2, 8)


def test_a_press_conference_of_a_day_of_the_year_is_held_in_the_year_it_names():
    # (a year's bulletin or state is told the year after; a conference of June 5 is held in its year)
    text = "6月2日,市政府新闻办举行2030年某市六五环境日新闻发布会,介绍了《2029某市生态环境状况公报》有关内容。"
    r = reference_date(text, text, None)
    assert (r.source, r.year) == ("text_year", 2030)


def test_review_a_day_before_the_page_keeps_its_year_and_goal_headlines_or_bulletins_keep_theirs():
    # (review) a full date in the paragraph does not pull back a day the page's year puts before the page
    from qingshan.extract.events import extract_events
    from qingshan.extract.people import extract_people
    text = ("某市召开生态环境保护大会\n\n某市于2028年6月5日被命名为国家生态文明建设示范市,此后持续巩固创建成果。"
            "7月12日,某市召开全市生态环境保护大会。")
    ctx = context(text, ref=dt.date(2030, 7, 20))
    assert {e.event_date for e in extract_events(ctx, extract_people(ctx)) if e.event_type == "meeting"} \
        == {dt.date(2030, 7, 12)}
    # a headline of a year's goal, with 年均 or 全年, is no annual figure told after the year
    title = "2030年某省PM2.5年均浓度目标确定为26微克/立方米"
    text = title + "\n新华社某市1月18日电 记者从某省生态环境厅获悉,今年某省PM2.5年均浓度目标为26微克/立方米。"
    assert reference_date(text, text, title).date == dt.date(2030, 1, 18)
    # a year's bulletin told at a 环境日 conference is told the year after; 节能 is no festival
    text = "6月4日,某省生态环境厅召开2029年某省生态环境状况公报暨六五环境日新闻发布会。"
    assert reference_date(text, text, None).year == 2030
    text = "1月16日,某市召开2029年某市节能减排工作新闻发布会,通报全年节能减排工作情况。"
    assert reference_date(text, text, None).year == 2030


def test_an_english_labelled_stamp_dates_the_page_and_frames_nothing():
    assert published_date(["Home-B&R News", "PostTime:2019年1月21日", "记者从生态环境部获悉"]) == dt.date(2019, 1, 21)
    assert published_date(["Release Date: 2020-06-05"]) == dt.date(2020, 6, 5)


def test_this_year_after_a_year_named_is_that_year():
    # `这一年` opens on the year the sentence before named, though it stands in another paragraph after a speaker
    m = _metric_frame("全国生态环境保护工作会议召开\n\nPostTime:2019年1月21日\n\n李某指出,2018年是具有重要里程碑意义的一年。\n\n"
                      "这一年,所有约束性指标年度目标任务圆满完成。问题整改率达99.9%。", "99.9%", ref=dt.date(2019, 1, 21))
    assert (m.period_start, m.period_end) == (dt.date(2018, 1, 1), dt.date(2018, 12, 31))


def test_last_year_after_the_year_its_sentence_states_is_the_year_before_that():
    # `截止2023年12月底,…同比去年47.7…` on a page of 2024: 2022; `去年,…` after a paragraph of 2012 to 2016 on a page of
    # 2017 stays 2016 (a year carried in is no year the sentence states)
    m = _metric_frame("某区2023年生态环境保护工作的报告\n\n截止2023年12月底,某区PM2.5年均浓度为45.1微克/立方米,"
                      "同比去年47.7微克/立方米下降5.5%。", "47.7微克/立方米", ref=dt.date(2024, 2, 28))
    assert (m.period_start, m.period_end) == (dt.date(2022, 1, 1), dt.date(2022, 12, 31))
    m = _metric_frame("某省审计工作\n\n2012年至2016年的五年间,全省环保系统累计实施行政处罚8399次。\n\n去年,审计机关共出具审计报告116份。",
                      "116份", ref=dt.date(2017, 5, 25))
    assert (m.period_start, m.period_end) == (dt.date(2016, 1, 1), dt.date(2016, 12, 31))


def test_a_month_compared_with_is_the_base_of_a_change_not_its_period():
    m = _metric_frame("环境保护部通报2016年2月执行情况\n\n2月,全国实施查封、扣押案件共172件。与1月份情况相比,移送拘留案件数量上升13%。",
                      "13%", ref=dt.date(2016, 4, 8))
    assert (m.period_start, m.period_end) == (dt.date(2016, 2, 1), dt.date(2016, 2, 29))


def test_a_record_counted_since_records_began_or_over_years_back_is_no_period():
    # `创有监测记录以来最好水平` after `2021年`: the year's figures, not a span since 2021
    m = _metric_frame("某市召开新闻发布会\n\n2021年全市环境空气质量创有监测记录以来最好水平,PM2.5浓度比2015年改善43.4%,优良天数达到250天。",
                      "250天", ref=dt.date(2021, 10, 18))
    assert (m.period_start, m.period_end) == (dt.date(2021, 1, 1), dt.date(2021, 12, 31))
    # a heading naming the best in three years frames nothing: `全年` below it is the year the page reports
    m = _metric_frame("某省环境质量\n\n记者获悉,2024年,全省环境质量持续改善。\n国考10市三项指标为三年来最好水平\n"
                      "其中,重污染天数全年1.4天,创下有记录以来最低水平。", "1.4天", ref=dt.date(2025, 1, 20))
    assert (m.period_start, m.period_end) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))


def test_a_paragraph_of_the_next_step_takes_no_period_from_before():
    from qingshan.extract.tasks import extract_tasks
    ctx = context("某市召开新闻发布会\n\n2021年全市环境空气质量持续改善,优良天数达到250天。\n\n"
                  "在下一步工作中,某市将全面开展省级生态文明建设示范区创建工作。", dt.date(2021, 10, 18))
    assert extract_tasks(ctx) == []


def test_the_reviews_cases_of_last_year_that_year_and_records():
    # (review of 05d57d2, 25d63e9, 3aa0276) `去年` not a comparison's base stays the page's last year; a span since records
    # began with no record claimed is a span; `当年` is the year last named
    m = _metric_frame("某市生态环境局2024年工作总结\n\n为完成2024年度大气污染防治目标任务,去年全市共投入大气治理资金3.2亿元。",
                      "3.2亿元", ref=dt.date(2025, 2, 20))
    assert (m.period_start, m.period_end) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))
    m = _metric_frame("某市空气质量持续改善\n\n自2013年有监测记录以来,全市PM2.5浓度累计下降56%。", "56%", ref=dt.date(2024, 1, 20))
    assert (m.period_start, m.period_end) == (dt.date(2013, 1, 1), dt.date(2024, 1, 20))
    m = _metric_frame("某市污水处理厂建设回顾\n\n2009年,某市第三污水处理厂开工建设。当年,全市城镇污水处理率仅为55%。", "55%",
                      ref=dt.date(2024, 2, 5))
    assert (m.period_start, m.period_end) == (dt.date(2009, 1, 1), dt.date(2009, 12, 31))


def test_a_day_at_the_head_of_its_line_then_the_count_of_views_is_the_pages_date():
    assert published_date(["2016-07-01 作者: 瀏覽數:616"]) == dt.date(2016, 7, 1)
    assert published_date(["2016-07-01 阅读:12"]) == dt.date(2016, 7, 1)
    # (an item listed with its day is none: `2016-07-01 我县召开会议`)
    assert published_date(["2016-07-01 我县召开会议 点击:3"]) is None


def test_an_editors_field_then_a_timestamp_dates_the_page():
    assert published_date(["原創 · 編輯:某某信息港 2015-09-04 15:26:48"]) == dt.date(2015, 9, 4)
    assert published_date(["编辑:李某"]) is None
    # (only failing every other stamp: a page's own date line below wins)
    assert published_date(["编辑:某某 2012-01-01 08:00", "发布时间:2019-05-06"]) == dt.date(2019, 5, 6)


def test_a_bulletin_named_by_its_year_without_nian_is_told_the_year_after():
    """`环保部今天上午发布《2015中国环境状况公报》。公报显示,去年…`: an undated page of 2016, so 去年 is 2015."""
    r = reference_date("环保部发环境公报\n环保部今天上午发布《2015中国环境状况公报》。公报显示,去年全国338个城市中只有73个达标。",
                       "环保部发环境公报\n环保部今天上午发布《2015中国环境状况公报》。公报显示,去年全国338个城市中只有73个达标。",
                       "环保部发环境公报")
    assert (r.source, r.year) == ("text_year", 2016)


def test_a_years_review_is_held_the_year_after():
    """`近日,某市召开2021年度目标责任考核总结表彰大会` on an undated page: 2022's; a plan's year is not told after."""
    text = "某局获评优秀单位\n近日,某市召开2021年度目标责任考核总结表彰大会。2021年优良天数达到265天。"
    r = reference_date(text, text, "某局获评优秀单位")
    assert (r.source, r.year) == ("text_year", 2022)
    text = "某市部署工作\n某市印发2021年度大气污染防治工作方案。2021年优良天数达到265天。"
    assert reference_date(text, text, "某市部署工作").year == 2021
    text = "某市部署工作\n某市印发方案,力争2021年度目标责任考核优秀。2021年优良天数达到265天以上。"
    assert reference_date(text, text, "某市部署工作").year == 2021  # (a review aimed at, not held)


def test_a_month_after_a_month_whose_year_was_carried_is_of_that_year():
    """`2021年优良天数…。9月最低…。10月份空气质量全优良…`: October 2021, on a page whose year is 2022; on a dated page a
    month that year would put after the page stays where the page's date puts it."""
    text = "某市空气质量\n\n在空气质量方面,2021年优良天数达到265天。9月最低PM2.5浓度16微克/立方米。10月份空气质量全优良。"
    ctx = context(text, ref=dt.date(2022, 1, 1), year_only=True)
    x = next(s for s in ctx.structure.sentences if s.text.startswith("10月份"))
    assert ctx.opening_time(x).date_start == dt.date(2021, 10, 1)
    text = "某市空气质量\n\n2022年全市优良天数达到265天。1月最低PM2.5浓度16微克/立方米。10月份空气质量全优良。"
    ctx = context(text, ref=dt.date(2022, 3, 10))
    x = next(s for s in ctx.structure.sentences if s.text.startswith("10月份"))
    assert ctx.opening_time(x).date_start == dt.date(2021, 10, 1)


def test_a_dateline_day_is_the_first_such_day_after_the_month_its_page_counts_up_to():
    """`本报杭州4月20日专电 …自2013年…以来,截至2016年12月,…共移送…3817件`: 2017-04-20 (专电 is a dateline too), not a
    day of 2013 or 2016; a page told before its as-of month's end keeps its year."""
    text = ("浙江环境执法\n本报杭州4月20日专电 (驻浙记者 蒋某) 今天上午,浙江省政府新闻办举行新闻发布会,称自2013年司法解释出台以来,"
            "截至2016年12月,浙江各级环保部门共移送涉嫌环境污染犯罪案件3817件。")
    r = reference_date(text, text, "浙江环境执法")
    assert (r.source, r.date) == ("dateline", dt.date(2017, 4, 20))
    text = "浙江环境执法\n本报杭州12月20日电 2016年,截至2016年11月,浙江共移送案件3817件。"
    assert reference_date(text, text, "浙江环境执法").date == dt.date(2016, 12, 20)
    # (a goal's date is no month counted up to: `计划截至2018年12月底前完成`)
    text = "某工程\n本报北京3月5日电 记者获悉,该工程计划截至2018年12月底前完成。2018年全市完成治理。"
    assert reference_date(text, text, "某工程").date == dt.date(2018, 3, 5)
    # (a day the text tells of months after the dateline's is past: the dateline is in the year after; not a stamp a day
    # after it, nor a deadline)
    text = ("某市公布行政处罚\n南海网1月11日消息(记者 吴某) 记者1月11日了解到,2020年10月12日,执法部门对某公司进行调查,"
            "发现该公司违法。")
    assert reference_date(text, text, "某市公布行政处罚").date == dt.date(2021, 1, 11)
    text = "某市公布行政处罚\n南海网1月11日消息 记者1月11日了解到,2020年10月12日上午,执法部门对某公司进行调查。"
    assert reference_date(text, text, "某市公布行政处罚").date == dt.date(2021, 1, 11)
    text = "某市开出罚单\n2017年07月18日 星期二\n本报北京7月17日专电 今年上半年,北京全市环保部门立案2225起。"
    assert reference_date(text, text, "某市开出罚单").date == dt.date(2017, 7, 17)
    text = "某市部署整治\n本报北京3月5日电 2018年,全市要在2018年10月31日前完成整治。"
    assert reference_date(text, text, "某市部署整治").date == dt.date(2018, 3, 5)
    text = "某市部署整治\n本报北京3月5日电 2018年,全市要在2018年10月31日完成整治,将于2018年11月30日截止。"
    assert reference_date(text, text, "某市部署整治").date == dt.date(2018, 3, 5)


def test_a_year_said_to_have_brought_progress_is_told_after_it():
    """`2016年,我省…狠抓重点任务落实,取得了积极进展。全省各级要…` on an undated page: 2017's, so what it asks is no task
    of 2016; a year that is to bring it (`确保2020年取得明显成效`) is no year looked back on."""
    text = "全省环境保护工作电视会议召开\n省政府召开会议。2016年,我省狠抓重点任务落实,取得了积极进展。全省各级要扎实做好污染防治。"
    assert reference_date(text, text, "全省环境保护工作电视会议召开").year == 2017
    # (not a year whose words reach over another to the progress, nor the start of a time since)
    text = "某省部署工作\n某省召开会议。2017年,全省要在2016年取得了积极进展的基础上,扎实做好污染防治。"
    assert reference_date(text, text, "某省部署工作").year == 2017
    text = "某省部署工作\n某省召开会议。自2013年以来,我省大气污染防治取得了明显成效。"
    assert reference_date(text, text, "某省部署工作").year == 2013
    # (nor the first time since a record began: `为2013年有监测记录以来首次达到…`, `为2013年以来…最多的月份`)
    text = "河北空气\n今年8月,河北PM2.5平均浓度为31微克/立方米,为2013年有监测记录以来首次达到国家空气质量二级标准。"
    assert reference_date(text, text, "河北空气").year != 2013


def test_an_undated_page_reporting_a_years_plan_issued_is_told_in_that_year():
    """`近日,我区印发《武隆区2021年大气污染防治重点工作目标任务分解》,…今年…`: the page's year is the plan's (not a plan
    named, not issued: `按照《某市2019年行动计划》要求`; nor a span, `印发《…三年行动计划(2018-2020年)》`)."""
    text = "近日,我区印发《武隆区2021年大气污染防治重点工作目标任务分解》,今年优良天数目标不低于352天。"
    r = reference_date(text, text, None)
    assert (r.source, r.year) == ("text_year", 2021)
    text = "按照《某市2019年大气污染防治行动计划》要求,全区优良天数目标不低于300天。"
    assert reference_date(text, text, None).year != 2019
    text = "按照省政府印发的《某市2019年大气污染防治方案》要求,今年全区优良天数目标不低于300天。"
    assert reference_date(text, text, None).year != 2019
    # one of several plans the verb issues, and later years the plan names are its goals
    text = ("4月1日,某市召开会议,出台《某市大气污染治理攻坚行动计划(2017-2020年)》《某市2017年大气污染防治工作实施方案》。"
            "力争2017年PM2.5年均浓度达到75微克/立方米;2020年达到67微克/立方米。2020年,平原区域散煤基本清零。")
    assert reference_date(text, text, None).year == 2017
    # (not a plan looked back on: `自2018年出台《…2018年…方案》以来,2019年…,2020年…` reports on 2020)
    text = "自2018年出台《某市2018年大气污染防治实施方案》以来,2019年全市PM2.5下降10%,2020年下降12%。"
    assert reference_date(text, text, None).year == 2020
    text = "4月,某市召开会议,出台《某市2017年大气污染防治工作实施方案》。2020年,平原区域散煤基本清零。"
    assert reference_date(text, text, None).year == 2017


def test_the_sections_under_a_plans_goals_heading_hold_goals():
    """`二、工作目标 > (一)约束性指标` over `…PM2.5年均浓度达51ug/m3`: a goal, however deep the section it is in."""
    text = ("吕梁市2019年行动计划\n一、总体思路\n巩固改善成果。\n二、工作目标\n(一)约束性指标\n"
            "吕梁市区PM2.5年均浓度达51ug/m3,优良天数比例达72%以上。")
    assert _metric_frame(text, "51ug/m3", ref=dt.date(2019, 5, 1)).kind == "target"


def test_a_years_advanced_units_are_commended_the_year_after():
    """`3月15日下午,滑县…召开…推进大会,…表彰2016年度全县…先进单位`: the page speaks from 2017."""
    text = "3月15日下午,滑县召开环境污染防治攻坚战推进大会,表彰2016年度全县大气污染防治攻坚战先进单位。"
    r = reference_date(text, text, None)
    assert (r.source, r.year) == ("text_year", 2017)


def test_a_level_a_change_has_already_reached_is_of_a_year_reported_on():
    """`…讯 …已经从2015年的86万吨下降到2017年的38万吨。今年以来…`: 2017 is reported on, no goal's year (still a
    goal's: `到2020年…下降到`, `力争到2020年的`)."""
    text = "新华社南宁11月25日电\n广西企业获批进口废物量已经从2015年的86万吨下降到2017年的38万吨。今年以来,查获案件48起。"
    assert reference_date(text, text, None).date == dt.date(2017, 11, 25)
    text = "新华社南宁11月25日电\n2015年进口废物量86万吨,计划下降到2018年的38万吨以下。今年以来,查获案件48起。"
    assert reference_date(text, text, None).date == dt.date(2015, 11, 25)


def test_the_day_a_report_opens_with_or_its_reporter_learnt_it_is_its_now():
    """`经省政府同意,10月9日下午,…约谈` on a page stamped 10-12, and `新华社海口6月13日电(记者 刘博)记者12日从…获悉`:
    the figures told are as of the 9th, the 12th (a day after the filing day is of the month before). With no dateline
    before them too (`10日,2017年宜昌市环保局长会议在城区召开`, `记者14日从…获悉,截至目前,…`): of the stamp's month or the
    month before; a day inside a later sentence is no lead."""
    cases = [
        ("发布日期:2018-10-12 00:57:54\n\n经省政府同意,10月9日下午,省整改办开展集体约谈。截至目前,已完成整改55个。",
         dt.date(2018, 10, 9)),
        ("来源:铜川日报 2019-06-14 07:36\n\n新华社海口6月13日电(记者 刘博)记者12日从海南省住建厅获悉,目前全省建成设施21座。",
         dt.date(2019, 6, 12)),
        ("来源:某日报 2019-07-02 07:36\n\n新华社海口7月1日电(记者 刘博)记者30日从海南省住建厅获悉,目前全省建成设施21座。",
         dt.date(2019, 6, 30)),
        ("北京今年完成700个村庄的煤改清洁能源工作\n\n2017年11月15日 来源:新华网\n\n记者14日从北京市农村工作委员会获悉,截至目前,"
         "北京今年已完成700个村庄。", dt.date(2017, 11, 14)),
        ("宜昌环保工作目标确定\n\n发布时间:2017-03-02\n\n28日,2017年宜昌市环保局长会议在城区召开。目前全市建成站点12个。",
         dt.date(2017, 2, 28)),
        ("宜昌环保工作目标确定\n\n发布时间:2017-03-02\n\n会议在城区召开,全市建成站点12个。28日,市长检查了站点。",
         dt.date(2017, 3, 2)),
    ]
    for text, day in cases:
        assert reference_date(text, text, None).for_relative_times == day, text


def test_a_news_headline_announcing_a_plan_makes_no_goal_of_the_state_its_body_tells():
    """`海南省计划明年全面推行生活垃圾强制分类` over `目前全省已累计建成…21座,其中填埋场16座…。全省还建成转运站253座`:
    results; a plan's own goals stay goals (`力争2021年…达到35%以上`)."""
    text = ("海南省计划明年全面推行生活垃圾强制分类\n\n该厅已编制完成实施方案,力争2021年生活垃圾回收利用率达到35%以上。"
            "目前全省已累计建成生活垃圾处理设施21座,其中填埋场16座、焚烧发电厂5座。全省还建成生活垃圾转运站253座。")
    assert _metric_frame(text, "35%", ref=dt.date(2019, 6, 12)).kind == "target"
    for figure in ("16座", "5座", "253座"):
        assert _metric_frame(text, figure, ref=dt.date(2019, 6, 12)).kind == "actual", figure


def test_late_in_a_year_the_next_one_only_looked_ahead_to_is_no_year_told_in():
    """`…讯(…)12月31日,副市长…调研。…2019年打好…三大保卫战…,2020年1月空气质量预测预报…。2020年,全市…将…`: told in 2019;
    in January (or with 2020 reported on) the later year is."""
    text = ("传播网讯(编辑 某某)12月31日,重庆市副市长陆克华赴市生态环境局调研。\n他听取了2020年1月空气质量预测预报情况汇报,"
            "对各区县2019年打好三大保卫战给予充分肯定。局长表示,2020年,全市生态环境系统将继续发力。")
    assert reference_date(text, text, None).year == 2019
    text = text.replace("12月31日", "1月3日")
    assert reference_date(text, text, None).year == 2020
    # (words that only look like it do not: `2020年主要污染物…`, `2020年全市完成年度计划任务的98%`)
    text = "传播网讯(编辑 某某)12月30日,某市召开年度总结会。\n会上通报,2019年全市PM2.5浓度为45微克/立方米,2020年主要污染物排放总量同比下降8%。"
    assert reference_date(text, text, None).year == 2020
    # (nor a bulletin's year after it, named or not: `10月15日电 …发布《2019年…公报》。2019年全国…`)
    text = "新华社北京10月15日电 生态环境部发布《2019年中国生态环境状况公报》。2019年全国PM2.5浓度为36微克/立方米。"
    assert reference_date(text, text, None).date == dt.date(2020, 10, 15)
    assert reference_date(text + "2020年,生态环境部将继续推进。", text + "2020年,生态环境部将继续推进。", None).date \
        == dt.date(2020, 10, 15)
    # (要 looks ahead, but not inside 主要: `2020年,全市要坚决打赢…`)
    text = "传播网讯(编辑 某某)12月28日,某市召开会议。\n会上通报,2019年全市PM2.5浓度下降5%。2020年,全市要坚决打赢蓝天保卫战。"
    assert reference_date(text, text, None).year == 2019
    text = "北京12月28日电(记者 张尼)28日,环保部举行发布会。2017年4月和8月分两批开展督察。2018年拟对第一轮督察开展回头看。"
    assert reference_date(text, text, None).date == dt.date(2017, 12, 28)
    text = ("传播网讯(编辑 某某)12月31日,重庆市副市长陆克华赴市生态环境局调研。\n2019年全市PM2.5浓度下降5%,"
            "2020年全市优良天数达到330天。")
    assert reference_date(text, text, None).year == 2020


def test_the_figures_of_a_years_plan_opened_after_a_prompting_clause_are_goals():
    text = ("宁夏全面推进农业绿色发展\n\n2021年,全区农作物秸秆综合利用率达到88%。针对目前农产品质量安全已进入“绿色生产、"
            "高效环保”的新领域,今年我区将全面推进农业绿色发展。继续引进一批先进技术,农作物秸秆综合利用率达到89%。")
    assert _metric_frame(text, "89%", ref=dt.date(2022, 1, 15)).kind == "target"
    assert _metric_frame(text, "88%", ref=dt.date(2022, 1, 15)).kind == "actual"


def test_a_plan_with_no_title_or_date_speaks_from_the_first_year_it_names():
    """`为…,保定市明确了以下工作目标:` / `2016年,我市必须退出…` / `…下降20%以上(2017年达到77微克/立方米)`: 2016's plan (a
    report would be of the latest year)."""
    text = ("为进一步强化大气污染防治措施,保定市明确了以下工作目标:\n2016年,我市必须退出全国74个重点城市空气质量排名倒数第一。\n"
            "2016年我市细颗粒物平均浓度在2015年基础上下降20%以上(2017年达到77微克/立方米)。")
    assert reference_date(text, text, None, plan=True).year == 2016
    assert reference_date(text, text, None).year == 2017


def test_a_leads_tally_since_this_year_frames_the_parts_of_the_report_after_it():
    """`今年以来,某旗紧盯…` over `持续打好“蓝天保卫战”。…整理景观河道800米`: the period the report sums up, past the run-in
    headings of its parts; not an open period's own start further on (`截至目前,…`), not a tally over years (`五年来`), and
    not a tally to a day the page never states."""
    text = ("某旗擦亮生态底色\n\n今年以来,某旗紧盯污染防治重点领域,持续打好蓝天、碧水、净土保卫战。\n"
            "持续打好“碧水保卫战”。某旗扎实推进河湖长制,整理景观河道800米、种植景观树种2000颗。\n"
            "持续打好“净土保卫战”。截至目前,全旗共排查地块26个。")
    m = _metric_frame(text, "整理景观河道800米", ref=dt.date(2023, 8, 9))
    assert (m.period_start, m.period_end) == (dt.date(2023, 1, 1), dt.date(2023, 8, 9))
    m = _metric_frame(text, "排查地块26个", ref=dt.date(2023, 8, 9))
    assert (m.period_start, m.period_end) == (None, dt.date(2023, 8, 9))
    years = text.replace("今年以来", "五年来")
    m = _metric_frame(years, "整理景观河道800米", ref=dt.date(2023, 8, 9))
    assert m.period_start != dt.date(2023, 1, 1)
    undated = text.replace("今年以来", "2017年以来")
    m = _metric_frame(undated, "整理景观河道800米", ref=None, stated=False)
    assert m.period_end is not None  # (the year the page speaks of, not a tally running to no day)
    # (a headline's year frames first: `2023年我市将完成清洁取暖改造5万户` over `今年以来,…已完成改造1.2万户。`)
    headed = ("2023年我市将完成清洁取暖改造5万户\n\n今年以来,我市加快推进清洁取暖工作,已完成改造1.2万户。\n"
              "按照计划,全市完成清洁取暖改造5万户,淘汰燃煤小锅炉200台。")
    m = _metric_frame(headed, "淘汰燃煤小锅炉200台", ref=dt.date(2023, 3, 10))
    assert (m.kind, m.period_start, m.period_end) == ("target", dt.date(2023, 1, 1), dt.date(2023, 12, 31))


def test_a_space_after_a_speakers_comma_does_not_hide_the_time_opening_his_words():
    text = "某省推行河长制\n\n省河长制办公室主任秦某介绍, 2017年,全省河长制工作方案全部印发,编制方案84个。"
    m = _metric_frame(text, "编制方案84个", ref=dt.date(2018, 3, 1))
    assert (m.period_start, m.period_end) == (dt.date(2017, 1, 1), dt.date(2017, 12, 31))


def test_a_year_just_past_is_told_in_the_year_after_it():
    """`刚刚过去的2020年生态环境质量如何?…去年,…PM2.5平均浓度为30`: 去年 is 2020, the page is of 2021."""
    text = "刚刚过去的2020年生态环境质量如何?记者从省生态环境厅获悉,去年全省PM2.5平均浓度为30微克/立方米。"
    assert reference_date(text, text, None).year == 2021
    text = "2020年生态环境质量如何?记者从省生态环境厅获悉,2020年全省PM2.5平均浓度为30微克/立方米。"
    assert reference_date(text, text, None).year == 2020
    text = "在即将过去的2023年里,我市深入打好污染防治攻坚战。今年以来,全市PM2.5平均浓度为28微克/立方米。"
    assert reference_date(text, text, None).year == 2023


def test_a_years_account_titled_with_the_next_years_plan_speaks_from_the_year_it_accounts_for():
    """`…分局2020年度工作总结及2021年度工作计划` over `今年以来,共下发…`: an account of 2020, a report, not a plan of 2021."""
    from qingshan.extract.metadata import doc_type
    from qingshan.text.structure import analyse

    title = "西安市生态环境局未央分局2020年度工作总结及2021年度工作计划"
    text = title + "\n\n2020年,未央区优良天数228天。今年以来,共下发督办单445个。"
    assert reference_date(text, text, title).year == 2020
    assert doc_type(title, analyse(text, _LAYOUT), text) == "news"
    meeting = "某县召开2022年度工作总结暨2023年工作安排部署会议"  # (a meeting's name: held as the plan's year opens)
    text = meeting + "\n\n1月10日,某县召开会议。会议指出,去年全县PM2.5平均浓度为35微克/立方米。"
    assert reference_date(text, text, meeting).year == 2023
    plan = "西安市生态环境局未央分局2021年度工作计划"
    assert doc_type(plan, analyse(plan + "\n\n2021年,全区优良天数达到250天。", _LAYOUT), plan) == "plan"


def test_a_years_assessment_with_its_result_is_told_the_year_after():
    text = ("广西强化河湖长制\n11月26日,记者从自治区政府新闻办获悉,今年前三季度广西水质排名前列。"
            "2024年度国家最严格水资源管理制度考核,广西获优秀等次。")
    assert reference_date(text, text, "广西强化河湖长制").year == 2025
    text = "广西强化河湖长制\n11月26日,记者从自治区政府新闻办获悉,2024年度考核目标已经下达。"
    assert reference_date(text, text, "广西强化河湖长制").year == 2024
    text = ("考核办法印发\n3月5日,市政府印发通知,对2023年度污染防治攻坚战成效考核,排名后三位的县区将被约谈。"
            "今年,全市将完成清洁取暖改造5万户。")  # (a rule for an assessment, not its result)
    assert reference_date(text, text, "考核办法印发").year == 2023


def test_the_day_a_report_tells_of_after_its_dateline_or_a_papers_bare_day():
    """`浙江在线9月2日讯(…记者 江帆)9月1日上午9时,…` tells of the 1st; `黑龙江日报23日讯(…)23日,…` stamped `24.10.2015 11:58` of
    the 23rd; an e-paper's `日期查询:2017年01月17日` is its stamp, `1月16日,记者从…了解到` the day told of."""
    text = ("督察组移交信访件\n2017年09月02日 08:17:09 来源: 浙江在线\n浙江在线9月2日讯(浙江在线记者 江帆)9月1日上午9时,"
            "中央第二环保督察组向我省移交第二十一批信访件237件。")
    assert reference_date(text, text, "督察组移交信访件").date == dt.date(2017, 9, 1)
    text = ("秸秆焚烧零报告\n24.10.2015  11:58\n黑龙江日报23日讯(吴殿峰记者王彦)23日,黑龙江省环保厅向社会通报自10月1日以来"
            "秸秆焚烧情况。")
    assert reference_date(text, text, "秸秆焚烧零报告").date == dt.date(2015, 10, 23)
    text = "日期查询:2017年01月17日 相关新闻\n晋中给污企开出罚单\n1月16日,记者从省环保厅了解到,晋中市排查企业2026家。"
    ref = reference_date(text, text, "晋中给污企开出罚单")
    assert (ref.published, ref.date) == (dt.date(2017, 1, 17), dt.date(2017, 1, 16))


def test_an_undated_pages_first_prose_opening_with_a_full_date_is_its_now():
    """`2018年11月12日下午,托县县长…现场调研…。截至目前,已经为4456户…替换` on a page with no stamp: the event's day is the
    day `目前` runs to (GUIDE: open periods), not a guess; a full date inside the text is not."""
    text = ("托县县长现场调研清洁炉具替换工作\n\n2018年11月12日下午,托县县长李春燕现场调研双河镇清洁炉具替换工作。"
            "截至目前,已经为4456户居民免费进行了替换。")
    ref = reference_date(text, text, None)
    assert (ref.date, ref.source, ref.stated) == (dt.date(2018, 11, 12), "lead_date", True)
    text = "托县清洁炉具替换工作\n\n全县推进替换工作,2018年11月12日下午,县长现场调研。截至目前,已经替换4456户。"
    assert reference_date(text, text, None).source != "lead_date"


def test_a_years_press_conference_late_in_that_year_is_held_in_it():
    """`12月4日,永修县2024年生态环境保护工作新闻发布会举行。2024年,…较好地完成了年度目标任务。截至11月底,…`: 2024, not the
    year after as a year's bulletin (`《2024年…公报》`) would be; in spring the same conference is the year after's."""
    text = ("12月4日,永修县2024年生态环境保护工作新闻发布会举行。\n2024年,永修县较好地完成了年度目标任务。截至11月底,"
            "PM2.5年累计浓度23.7μg/m3。")
    assert reference_date(text, text, None).for_relative_times.year == 2024
    text = "1月8日,永修县2024年生态环境保护工作新闻发布会举行。\n2024年,永修县较好地完成了年度目标任务。"
    assert reference_date(text, text, None).for_relative_times.year == 2025


def test_a_running_total_starts_with_the_year_its_own_sentence_opens_with():
    text = "昆明空气质量持续改善\n\n今年,截至2月28日,昆明市主城区空气质量优级天数46天,良级天数13天。"
    m = _metric_frame(text, "优级天数46天", ref=dt.date(2022, 3, 11))
    assert (m.period_start, m.period_end) == (dt.date(2022, 1, 1), dt.date(2022, 2, 28))


def test_the_period_a_lead_introduces_frames_the_figures_after_it_past_a_catalogue_row():
    text = ("索引号: | 1162230/2024-01949 | 公开方式: | 主动公开 |\n某市召开2024年第一次生态环境保护工作新闻发布会\n"
            "4月26日,某市人民政府新闻办公室召开新闻发布会,介绍2024年第一季度全市生态环境质量状况。\n"
            "发布会上,市生态环境局新闻发言人通报了全市生态环境质量状况。剔除沙尘天气影响后,全市PM2.5平均浓度为48微克/立方米。")
    m = _metric_frame(text, "48微克/立方米", ref=dt.date(2024, 4, 26))
    assert (m.period_start, m.period_end) == (dt.date(2024, 1, 1), dt.date(2024, 3, 31))


def test_a_period_opening_the_clause_after_a_leads_colon_frames_its_list():
    text = ("河南环保系统前5个月开出1亿元罚单\n\n世界环境日前夕,河南省公布了近期的环保成绩单:今年1-5月,全省共办理环境违法"
            "行政拘留案件557起;下达行政处罚决定书1874起,罚款1.01亿元;2331人次受到党政纪处分。")
    m = _metric_frame(text, "1874起", ref=dt.date(2017, 6, 5))
    assert (m.period_start, m.period_end) == (dt.date(2017, 1, 1), dt.date(2017, 5, 31))


def test_the_month_of_an_act_frames_no_paragraph_after_it():
    text = ("悠悠锦江 水润黔东\n\n今年6月,省生态环境厅发布《关于2024年度美丽幸福河湖初评结果公示》,锦江等11条河湖确定为美丽幸福河湖。\n"
            "绵延158.1公里的锦江,流域面积4086平方公里,大小支流55条。")
    m = _metric_frame(text, "4086平方公里", ref=dt.date(2024, 8, 12))
    assert (m.period_start, m.period_end) == (None, None)
    text = "某市空气质量\n\n今年6月,全市空气质量持续改善。\n全市PM2.5平均浓度为21微克/立方米。"  # a month of a state frames
    assert _metric_frame(text, "21微克/立方米", ref=dt.date(2024, 8, 12)).period_start == dt.date(2024, 6, 1)


def test_a_page_titled_by_a_years_bulletin_speaks_from_the_year_after():
    rd = reference_date("成都发布《2018年生态环境质量公报》\n\n6月4日,成都市生态环境局召开新闻发布会。",
                        "成都发布《2018年生态环境质量公报》\n\n6月4日,成都市生态环境局召开新闻发布会。",
                        "成都发布《2018年生态环境质量公报》")
    assert (rd.source, rd.year) == ("title_year", 2019)


def test_a_traditional_stamp_with_hours_and_minutes_dates_the_page():
    assert published_date(["2020年10月22日 10時23分   山西新聞網"]) == dt.date(2020, 10, 22)


def test_review_a_lead_ending_with_a_colon_still_introduces_its_period_and_work_introduced_is_none():
    text = "某市空气质量\n\n市生态环境局公布了2021年1-4月全市环境空气质量状况:\n全市优良天数为100天。"
    m = _metric_frame(text, "100天", ref=dt.date(2021, 5, 10))
    assert (m.period_start, m.period_end) == (dt.date(2021, 1, 1), dt.date(2021, 4, 30))
    text = ("新闻发布会\n\n3月8日,市政府新闻办召开新闻发布会,市生态环境局局长介绍了2024年全市生态环境保护工作安排情况。\n"
            "优良天数比例达到85%以上。")
    assert _metric_frame(text, "85%", ref=dt.date(2024, 3, 10)).kind == "target"
    text = "环境质量\n\n今年6月,市政府召开全市大气污染防治工作会议,通报了当月空气质量情况。\n当月全市优良天数为28天。"
    assert _metric_frame(text, "28天", ref=dt.date(2021, 7, 10)).period_start == dt.date(2021, 6, 1)


def test_review_a_title_comparing_a_later_year_with_a_bulletin_speaks_from_the_later_year():
    title = "2020年全市水质优良比例较《2015年环境状况公报》提高20个百分点"
    rd = reference_date(title + "\n\n全市地表水优良比例为90%。", title + "\n\n全市地表水优良比例为90%。", title)
    assert rd.year == 2020


def test_months_not_yet_over_after_a_tally_since_last_year_are_last_years():
    text = ("关于2023年生态环境保护工作总结及2024年工作计划的汇报\n\n2023年以来,我局推动生态环境保护工作取得新进展。"
            "1-12月,吉首市环境空气优良天数357天。")
    m = _metric_frame(text, "357天", ref=dt.date(2024, 2, 29))
    assert (m.period_start, m.period_end, m.kind) == (dt.date(2023, 1, 1), dt.date(2023, 12, 31), "actual")


def test_review2_a_meetings_month_frames_no_standing_state_and_work_introduced_frames_its_figures():
    text = "固废管理\n\n今年3月,市生态环境局召开全市固体废物管理工作会议,部署全年工作。\n全市已建成医疗废物集中处置中心2座。"
    assert _metric_frame(text, "2座", ref=dt.date(2021, 5, 10)).period_start is None
    text = "新闻发布会\n\n市政府新闻办召开新闻发布会,介绍1-4月全市大气污染防治工作情况。\n全市PM2.5平均浓度为38微克/立方米。"
    m = _metric_frame(text, "38微克/立方米", ref=dt.date(2021, 5, 10))
    assert (m.period_start, m.period_end) == (dt.date(2021, 1, 1), dt.date(2021, 4, 30))


def test_a_lead_releasing_a_period_in_its_second_sentence_and_a_years_bulletin_frame_the_report():
    text = ("鹭岛生态\n\n全年空气质量综合指数名列全国前茅,地表水水质达历史最优水平。今天是六五环境日,厦门市生态环境局昨日召开新闻发布会,"
            "发布2024年厦门市生态环境公报,介绍鹭岛生态佳绩。\n\n空气质量跃居全国前三\n\n空气质量优良率99.5%,优级率70.8%。")
    m = _metric_frame(text, "优良率99.5%", ref=None, stated=False)
    assert (m.period_start, m.period_end) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))


def test_a_page_making_public_a_period_it_names_first_frames_the_report():
    # `现将2024年第二季度…水源水质情况公示如下:`: the object before the act, the page's own notice
    text = ("砚山县水源水质公示\n\n为推进信息公开工作,现将2024年第二季度砚山县集中式饮用水水源水质情况公示如下:\n"
            "全县共14个集中式饮用水水源地,水质达标率为100%。")
    m = _metric_frame(text, "水质达标率为100%", ref=dt.date(2024, 7, 11))
    assert (m.period_start, m.period_end) == (dt.date(2024, 4, 1), dt.date(2024, 6, 30))
    # (not a plan it makes public: `现将《2024年大气污染防治工作方案》印发如下`, nor a plan's period named first)
    text = ("某县方案\n\n现将2024年大气污染防治工作方案公布如下:\n全县共14个集中式饮用水水源地。")
    assert _metric_frame(text, "14个", ref=dt.date(2024, 3, 1)).period_end != dt.date(2024, 12, 31)


def test_review40_a_batch_made_public_names_no_period():
    text = ("关于环评文件审批情况的公示\n\n现将2024年第一批建设项目环境影响评价文件审批情况公示如下:\n本批次共审批项目8个,总投资2.3亿元。")
    assert _metric_frame(text, "项目8个", ref=dt.date(2024, 3, 1)).period_end != dt.date(2024, 12, 31)
    # (and a margin over a task handed down is a result: `比市下达任务多200吨`)
    from qingshan.extract.metrics import extract_metrics
    text = "某县通报\n2022年,全县削减燃煤1200吨,比市下达任务多200吨。"
    kinds = {m.value: m.kind for m in extract_metrics(context(text, dt.date(2023, 1, 10), True))}
    assert kinds[200] == "actual"


def test_an_open_period_after_a_speakers_lead_frames_the_sentences_after_it():
    text = ("宁夏贺兰山\n\n自治区自然资源厅相关负责人介绍,截至目前,已完成贺兰山保护区内169处人类活动点治理,83处矿业权全部退出。"
            "保护区外围重点区域11家煤矿关闭退出,20处遗留矿坑完成整治。")
    m = _metric_frame(text, "11家煤矿", ref=dt.date(2021, 6, 15))
    assert (m.period_start, m.period_end) == (None, dt.date(2021, 6, 15))
    text = "某市河长制\n\n截至目前,全市设置四级河长共17550名。各级河长已累计巡河33万余次。"
    m = _metric_frame(text, "33万余次", ref=dt.date(2018, 9, 20))
    assert (m.period_start, m.period_end) == (None, dt.date(2018, 9, 20))


def test_review2_a_leads_second_sentence_only_of_a_state_named_and_not_after_an_act():
    text = ("夏季臭氧防控\n\n市生态环境局召开专题会议,部署夏季臭氧污染防控工作。会议通报了4月份全市空气质量排名情况。\n\n"
            "全市共有涉VOCs重点企业230家,已完成深度治理185家。")
    m = _metric_frame(text, "230家", ref=dt.date(2024, 5, 20))
    assert m.period_end != dt.date(2024, 4, 30)
    text = ("我市空气质量持续向好\n\n我市生态环境质量持续改善,获评全省生态文明建设示范市。会上还通报了2023年度各县区生态环境保护目标责任考核情况。\n\n"
            "全市优良天数比率为90.2%,同比上升3.1个百分点。")
    m = _metric_frame(text, "90.2%", ref=dt.date(2024, 6, 5))
    assert m.period_end != dt.date(2023, 12, 31)


def test_a_period_after_a_sections_number_frames_the_section():
    # (`二、1-4月…` under a lead naming `2022年4月及1-4月`: the section's figures are of the months to date, not April's)
    text = ("2022年4月及1-4月空气质量排名情况通报\n\n现将2022年4月及1-4月各设区市环境空气质量排名情况通报如下:\n"
            "一、4月环境空气质量排名情况\n11个设区市中,大同、朔州5市环境空气质量综合指数好于平均水平。\n"
            "二、1-4月环境空气质量排名情况\n11个设区市中,大同、吕梁、忻州3市环境空气质量综合指数好于平均水平。")
    m = _metric_frame(text, "忻州3", ref=dt.date(2022, 5, 25))
    assert (m.period_start, m.period_end) == (dt.date(2022, 1, 1), dt.date(2022, 4, 30))
    m = _metric_frame(text, "朔州5", ref=dt.date(2022, 5, 25))
    assert (m.period_start, m.period_end) == (dt.date(2022, 4, 1), dt.date(2022, 4, 30))


def test_a_year_dating_the_inspection_round_that_raised_what_is_counted_runs_to_the_day_counted():
    # (`截至目前,2016年,…督察反馈的23项问题`: the round's year, counted as of now; joined by `;`, the run's opening time)
    text = ("陆良县督察整改\n\n截至目前,2016年,中央第一轮生态环境保护督察反馈的23项问题,完成整改并通过验收20项;"
            "2018年,中央环境保护督察回头看反馈5项问题,完成整改并通过验收4项。")
    for anchor, year in (("23项", 2016), ("验收20项", 2016), ("5项", 2018), ("验收4项", 2018)):
        m = _metric_frame(text, anchor, ref=dt.date(2019, 11, 21))
        assert (m.period_start, m.period_end) == (dt.date(year, 1, 1), dt.date(2019, 11, 21)), anchor
    # (a year's figure told as of a later day is the year's)
    m = _metric_frame("鄂尔多斯\n\n截至2023年3月底,2022年全市PM2.5平均浓度为25微克/立方米。", "25微克", ref=dt.date(2023, 4, 12))
    assert (m.period_start, m.period_end) == (dt.date(2022, 1, 1), dt.date(2022, 12, 31))


def test_the_base_year_of_a_comparison_in_the_title_is_not_the_pages_year():
    title = "咸阳市去年收获157个“蓝天”比2017年优良天数增加3天"
    text = title + "\n本报讯 日前,记者获悉,2018年咸阳市收获157个优良天,比2017年增加3天。"
    r = reference_date(text, text, title)
    assert (r.source, r.year) == ("text_year", 2018)
    m = _metric_frame(text, "收获157个优良天", ref=None)
    assert m.kind == "actual"


def test_a_years_end_deadline_opening_a_paragraph_governs_its_later_goals():
    text = ("宜昌市整改方案\n\n(二)稳定改善生态环境质量。到2021年底,国考地表水断面水质优良率达到100%,优良天数比例不低于79.7%。"
            "全市受污染耕地安全利用率达到90%以上。危险废物专项整治问题整改完成率达到100%。")
    from qingshan.extract.metrics import extract_metrics

    ms = {m.value: m for m in extract_metrics(context(text, None, False, doc_type="plan"))}
    assert len(ms) == 3  # (100 twice: the first sentence's and the last's)
    for m in ms.values():
        assert (m.kind, m.period_start, m.period_end) == ("target", dt.date(2021, 1, 1), dt.date(2021, 12, 31))


def test_review_a_year_after_canyu_in_the_title_is_the_pages_year():
    # (review of 60b8052) `参与2021年…` is no comparison
    title = "我市积极参与2021年全国低碳日活动"
    text = title + "\n6月15日,市生态环境局组织开展全国低碳日宣传活动,发放宣传资料3000余份。"
    r = reference_date(text, text, title)
    assert (r.source, r.year) == ("title_year", 2021)


def test_a_lead_day_whose_month_mark_the_page_lost_is_the_pages_day():
    text = ("资阳召开督察整改新闻发布会\n2023-07-10 21:30:00\n本网讯,(本刊记者莫某)629日,记者在资阳市生态环境局召开的发布会上获悉,"
            "我市督察反馈问题整改有序推进。\n截至目前,已完成整改781个。")
    assert reference_date(text, text, "资阳召开督察整改新闻发布会").date == dt.date(2023, 6, 29)
    text = text.replace("629日", "122日")  # (January 22 or December 2: no day read)
    assert reference_date(text, text, "资阳召开督察整改新闻发布会").date == dt.date(2023, 7, 10)


def test_a_holiday_a_sentence_opens_with_is_a_time_of_its_own():
    text = ("某市空气质量通报\n\n今年1至2月,某市城区优良天数45天。邓某表示,春节期间,某市主城区优良天数为13天,优良率达81.2%。"
            "PM10、PM2.5日均浓度分别较去年下降10.9%、6.1%。除夕空气质量改善更为明显,PM10较去年同期下降40.3%。")
    assert (_metric_frame(text, "45天").period_start, _metric_frame(text, "45天").period_end) == (dt.date(2023, 1, 1), dt.date(2023, 2, 28))
    for anchor in ("13天", "81.2%", "10.9%", "40.3%"):
        assert _metric_frame(text, anchor).period_start is None, anchor
    # (a sentence opening `同时,` or `届时,` is no holiday's)
    text = "某市空气质量通报\n\n今年1至2月,某市城区优良天数45天。同时,主城区优良率达81.2%。"
    assert _metric_frame(text, "81.2%").period_start == dt.date(2023, 1, 1)


def test_review_the_opening_day_is_read_under_the_headline():
    text = ("督察组向某省交办第九批信访件96件\n5月17日,督察组向某省交办信访件96件。\n"
            "督察进驻时间为1个月。进驻期间(2024年5月8日至6月8日)设立专门值班电话。")
    r = reference_date(text, text, "督察组向某省交办第九批信访件96件")
    assert (r.date, r.source) == (dt.date(2024, 5, 17), "lead_date")


def test_a_reposted_monthly_report_keeps_the_year_of_the_month_it_reports():
    text = ("山西省生态环境厅通报8月环境空气质量排名情况\n\n时间:2024-01-20 12:37 来源:网络整理\n\n"
            "9月24日,山西省生态环境厅通报了2021年8月及1-8月11设区市环境空气质量排名情况。\n\n"
            "8月份,仅运城市环境空气质量综合指数同比下降2.1%。\n\n"
            "1-8月份,11个设区市环境空气质量综合指数同比均下降,改善幅度最大的是长治(-18.6%)。")
    ctx = context(text, dt.date(2024, 1, 20))
    lead = ctx.frame._times_of_sentence(next(i for i, x in enumerate(ctx.structure.sentences) if x.text.startswith("9月24日")))
    assert [(t.date_start, t.date_end) for t in lead] == [
        (dt.date(2021, 9, 24),) * 2, (dt.date(2021, 8, 1), dt.date(2021, 8, 31)), (dt.date(2021, 1, 1), dt.date(2021, 8, 31))]
    m = _metric_frame(text, "下降2.1%", dt.date(2024, 1, 20))
    assert (m.period_start, m.period_end) == (dt.date(2021, 8, 1), dt.date(2021, 8, 31))
    m = _metric_frame(text, "长治(-18.6%", dt.date(2024, 1, 20))
    assert (m.period_start, m.period_end) == (dt.date(2021, 1, 1), dt.date(2021, 8, 31))
    # (a day on which nothing of a month is reported keeps the page's year)
    ctx = context("某市召开会议\n\n时间:2024-01-20\n\n9月24日,某市召开会议,部署2021年8月以来的问题整改。", dt.date(2024, 1, 20))
    assert ctx.frame._times_of_sentence(1)[0].date_start == dt.date(2023, 9, 24)


def test_a_stated_years_same_period_is_the_period_in_frame_in_that_year():
    text = ("某部通报秋冬季污染情况\n\n发表于 2020-12-01\n\n发言人30日表示,今年进入秋冬季以来,截至11月26日,京津冀共发生6次区域性污染过程。"
            "2019年同期出现的5次污染过程中,有4次是重污染过程。")
    m = _metric_frame(text, "出现的5次", dt.date(2020, 12, 1))
    assert (m.period_start, m.period_end) == (dt.date(2019, 10, 1), dt.date(2019, 11, 26))
    m = _metric_frame(text, "共发生6次", dt.date(2020, 12, 1))
    assert (m.period_start, m.period_end) == (dt.date(2020, 10, 1), dt.date(2020, 11, 26))


def test_review47_a_deadline_published_is_no_month_reported():
    ctx = context("某省通报\n\n时间:2024-01-20\n\n3月5日,省生态环境厅公布了2021年12月底前须完成的整改任务清单。", dt.date(2024, 1, 20))
    i = next(k for k, x in enumerate(ctx.structure.sentences) if x.text.startswith("3月5日"))
    assert ctx.frame._times_of_sentence(i)[0].date_start != dt.date(2022, 3, 5)


def test_review_mends_of_the_reference_date_and_deadline_rules():
    """(review) a look-back opening with the day a policy was issued is told on the later day it names; a bare day after
    a month the page names is no lead; `会议明确,到2025年,…` (no document issued) opens no plan's part of the sentence."""
    text = ("大气十条实施五年\n\n2013年9月10日,国务院印发《大气污染防治行动计划》。五年来,各地狠抓落实。\n"
            "2018年9月28日,生态环境部召开例行新闻发布会通报,今年以来,全国PM2.5浓度同比下降9%。")
    assert reference_date(text, text, None).for_relative_times == dt.date(2018, 9, 28)
    text = ("发布时间:2017-04-20\n\n市生态环境局3月份工作动态\n\n3月份,我局重点开展了以下工作。\n"
            "5日,市生态环境局召开全市环境执法工作会议。截至目前,立案查处36件。")
    assert reference_date(text, text, None).for_relative_times == dt.date(2017, 4, 20)
    text = ("某市会议\n\n3月1日,全市生态环境工作会议召开,会议明确,到2025年,全市生态环境质量明显改善。"
            "全市地表水优良比例为90%,同比提高5个百分点。")
    m = _metric_frame(text, "90%", ref=dt.date(2023, 3, 1))
    assert m.kind == "actual" and m.period_start != dt.date(2025, 1, 1)
