"""Structure: sentences with exact offsets, articles on newspaper pages, heading paths."""
from qingshan.dictionaries import load
from qingshan.text.clean import clean as clean_with
from qingshan.text.structure import Layout, analyse as analyse_with, menu_of_words, split_sentences

D = load()  # the project's dictionaries: spam words, site-navigation words


def clean(raw):
    return clean_with(raw, D.spam_words)


def analyse(text):
    return analyse_with(text, Layout.of(D))

PAGE = """天津明确市区两级生态环境领域事权和财权

生态环境将作为财政支出的重点领域

本报记者郭文生 天津报道 天津市人民政府日前印发实施方案。方案明确了事权划分;还规定了支出责任!

蓟州区将添两大国家湿地公园

8月底前建成,总面积1240多公顷

本报讯 天津市蓟州区两大国家湿地公园建设进展顺利。据了解,总面积1240多公顷。
"""

PLAN = """整改方案

三、整改目标

(一)督察移交问题整改到位。梳理形成36项整改任务。

(二)经济社会发展全面绿色转型。到2025年完成。
"""


def test_every_sentence_is_its_clean_text_slice():
    text = clean(PAGE).text
    s = analyse(text)
    assert s.sentences
    for sent in s.sentences:
        assert text[sent.start:sent.end] == sent.text


def test_sentences_end_at_chinese_terminal_punctuation():
    spans = split_sentences("第一句。第二句;第三句!第四句")
    assert len(spans) == 4
    # (not at a semicolon inside brackets closed before the full stop: `完成…任务(A达到4000万亩;B达到2000万亩),C达到90%`)
    text = "确保到2020年底,完成任务(A面积达到4000万亩;B面积力争达到2000万亩),C利用率达到90%左右。第二句;第三句"
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "确保到2020年底,完成任务(A面积达到4000万亩;B面积力争达到2000万亩),C利用率达到90%左右。", "第二句;", "第三句"]
    # (a bracket left open, or closed only after the full stop, parts nothing: `一是A(见附件;二是B。`)
    assert len(split_sentences("一是A(见附件;二是B。三是C)。")) == 3


def test_articles_start_at_headline_blocks_followed_by_a_byline():
    s = analyse(clean(PAGE).text)
    assert [a.title for a in s.articles] == ["天津明确市区两级生态环境领域事权和财权", "蓟州区将添两大国家湿地公园"]
    assert s.articles[1].byline.startswith("本报讯")


def test_heading_path_follows_numbered_headings():
    s = analyse(clean(PLAN).text)
    sent = next(x for x in s.sentences if "36项" in x.text)
    assert sent.heading_path.endswith("三、整改目标 > (一)督察移交问题整改到位")
    later = next(x for x in s.sentences if "2025" in x.text)
    assert later.heading_path.endswith("三、整改目标 > (二)经济社会发展全面绿色转型")


# ---- the page's headline and its kind (hand-written, provinces other than the samples')

from qingshan.extract.metadata import doc_type  # noqa: E402
from qingshan.text.structure import page_headline, paragraphs_of  # noqa: E402


def _headline(page):
    return page_headline(paragraphs_of(clean(page).text), Layout.of(D))


def test_the_headline_is_not_a_menu_a_breadcrumb_or_a_welcome_line():
    page = ("您好,欢迎访问曲靖市人民政府网站!  [无障碍浏览] [长者模式]\n"
            "首页 | 政务公开 | 政务服务 | 互动交流\n"
            "投资 干货 消费 评论 学院 滚动\n"
            "专题专栏 > 生态环境保护督察\n"
            "曲靖市召开2024年生态环境保护工作会议\n"
            "1月20日,曲靖市生态环境局召开2024年全市生态环境保护工作会议,总结2023年工作。\n")
    assert _headline(page) == "曲靖市召开2024年生态环境保护工作会议"
    # a long menu with an item or two of five characters or more is a menu still; a headline of a few spaced parts is not
    page = ("资讯 水务 大气 固废 绿色发展 自然资源 人物 环保展会 企业 环保会客厅 国际资讯 政策 NGO\n\n河南\n\n"
            "河南省生态环境厅举行10月份环境质量新闻发布会\n\n来源:生态环境部 发布时间:2019-10-25 15:24:44\n\n"
            "10月23日,河南省生态环境厅举行10月份全省环境质量新闻发布会,发布今年9月份全省环境质量状况。\n")
    assert _headline(page) == "河南省生态环境厅举行10月份环境质量新闻发布会"
    assert menu_of_words("资讯 水务 大气 固废 绿色发展 自然资源 人物 环保展会 企业 环保会客厅 国际资讯 政策 NGO")
    assert not menu_of_words("江西 全省 空气质量 优良天数比率为88.3%")
    assert not menu_of_words("湘潭县 打好 蓝天 碧水 净土 保卫战 守护美丽家园")  # (a headline spaced out)
    assert not menu_of_words("2023年 岳阳县 生态 环境 质量 状况 公报发布会")
    assert menu_of_words("首页 机构概况 信息公开 政策法规 环境质量 2023年报 互动交流 专题专栏")
    assert menu_of_words("首页 新闻中心 政务公开 办事服务 互动交流 走进岳阳县 专题专栏")


def test_a_headline_with_a_footnotes_mark_is_the_headline_without_it():
    page = "2022年沙坪坝区环境状况公报 [1]\n2022年沙坪坝区各级各部门以习近平生态文明思想为指导,启动无废城市建设。\n"
    assert _headline(page) == "2022年沙坪坝区环境状况公报"


def test_a_navigation_bar_that_ends_with_the_headline_gives_it_up():
    page = "网站导航 | 手机版 | 设为首页四川2023年空气质量稳中向好 全省优良天数比例达89.2%\n正文第一段很长,内容是关于空气质量的报道。\n"
    assert _headline(page) == "四川2023年空气质量稳中向好 全省优良天数比例达89.2%"


def test_a_navigation_word_inside_a_headline_and_a_headline_under_its_columns_name():
    body = "1月3日,记者从四川省环境保护督察工作领导小组办公室获悉,全省共受理群众环境信访举报3953件。\n"
    assert _headline("四川110余天办结环境信访举报3663件 责令整改1302家\n04.01.2018 18:02\n" + body) == \
        "四川110余天办结环境信访举报3663件 责令整改1302家"
    assert _headline("打印本页 关闭窗口 举报\n" + body) is None
    assert _headline("焦点播报:全国城市空气质量优良天数比例达84.6%\n发布日期: 2022-07-23 来源: 中国经济网\n" + body) == \
        "焦点播报:全国城市空气质量优良天数比例达84.6%"
    assert _headline("专题:美丽中国·生态文明建设进行时\n今年市区空气质量 优良率要达83%左右\n" + body) == \
        "今年市区空气质量 优良率要达83%左右"


def test_an_official_documents_own_title_and_an_excerpt_with_no_headline():
    page = ("- 发布机构:某县人民政府办公室\n"
            "某县人民政府办公室关于印发某县2023年大气污染防治工作方案的通知各乡(镇)人民政府,县直各单位:"
            "现将《某县2023年大气污染防治工作方案》印发给你们,请认真贯彻执行。\n")
    assert _headline(page) == "某县人民政府办公室关于印发某县2023年大气污染防治工作方案的通知"
    assert _headline("首页 | 新闻中心 | 图片\n记者从甘肃省生态环境厅了解到,全省空气质量持续改善,优良天数比例继续提高。\n") is None


def test_rule_lines_set_apart_the_articles_of_a_newspaper_page():
    page = ("甘肃日报数字版 | 首页 | 版面导航\n· 兰州举行环境日宣传活动\n· 天水推进污水治理\n"
            "------------------------------兰州举行环境日宣传活动\n本报讯 6月5日,兰州市举行环境日宣传活动。\n"
            "------------------------------天水推进污水治理\n本报讯 天水市全力推进污水治理,成效明显。\n")
    s = analyse(clean(page).text)
    assert [a.title for a in s.articles] == ["兰州举行环境日宣传活动", "天水推进污水治理"]


def test_doc_type_from_the_content():
    transcript = analyse(clean("云南省召开新闻发布会\n记者:今年的重点是什么?\n王建华:重点是治污。\n记者:还有呢?\n").text)
    assert doc_type("云南省召开新闻发布会", transcript, "云南省召开新闻发布会,记者:", frozenset("王")) == "press_conference"
    listing = analyse(clean("整改情况公示\n整改目标:全面完成。\n整改时限:2023年底前\n责任单位:县农业农村局\n").text)
    assert doc_type("整改情况公示", listing, "整改情况公示") == "plan"
    news = analyse(clean("四川召开新闻发布会\n相关新闻:\n热门排行:\n成都市召开了新闻发布会,通报了空气质量。\n").text)
    assert doc_type("四川召开新闻发布会", news, "四川召开新闻发布会 相关新闻:", frozenset("相关热")) == "news"


def test_bylines_come_from_the_dictionaries_and_need_a_name_standing_apart():
    from qingshan.text.structure import is_byline

    layout = Layout.of(D)
    assert is_byline("本报记者 王建华 通讯员 李明", layout)
    assert is_byline("记者杨帆成都报道", layout)
    assert is_byline("区委书记 何勇", layout)  # a short line an official signs
    assert not is_byline("记者了解到,7月下旬起,全省组织开展专项行动", layout)
    assert not is_byline("图片新闻:", layout)
    assert not is_byline("本报记者 王建华", Layout())  # no dictionaries, no press cues


def test_a_headline_reporting_a_plan_is_news_and_a_plans_own_title_is_a_plan():
    one = analyse(clean("江苏印发太湖治理三年行动方案\n\n近日,省政府办公厅印发方案,明确了治理目标。\n").text)
    assert doc_type("江苏印发太湖治理三年行动方案", one, one.articles[0].title) == "news"
    two = analyse(clean("黔东南州启动清河专项行动\n\n近日,州生态环境局启动清河专项行动。\n").text)
    assert doc_type("黔东南州启动清河专项行动", two, two.articles[0].title) == "news"
    notice = analyse(clean("四川省人民政府办公厅关于印发四川省空气质量持续改善行动计划实施方案的通知\n\n各市(州)人民政府:\n").text)
    assert doc_type("四川省人民政府办公厅关于印发四川省空气质量持续改善行动计划实施方案的通知", notice, "") == "plan"
    plan = analyse(clean("陕西省2024年度大气污染防治工作方案\n\n一、工作目标\n").text)
    assert doc_type("陕西省2024年度大气污染防治工作方案", plan, "") == "plan"
    split = analyse(clean("2025年全县生态环境工作要点及任务分工\n\n一、总体目标\n").text)
    assert doc_type("2025年全县生态环境工作要点及任务分工", split, "") == "plan"  # a plan with its split of duties


def test_a_masthead_line_is_not_the_first_articles_headline():
    page = ("甘肃日报 2024年07月15日 第03版\n兰州新区推进黄河流域生态保护\n本报记者 马文强\n"
            "7月12日,兰州新区管委会召开黄河流域生态保护推进会。\n\n酒泉风电装机突破2000万千瓦\n本报通讯员 李娜\n"
            "截至6月底,酒泉市新能源装机容量突破2000万千瓦。\n")
    s = analyse(clean(page).text)
    assert [a.title for a in s.articles] == ["兰州新区推进黄河流域生态保护", "酒泉风电装机突破2000万千瓦"]


def test_a_notice_issuing_a_plan_is_a_plan_with_or_without_guanyu():
    t = "昭通市人民政府办公室印发昭通市农村人居环境整治实施方案的通知"
    s = analyse(clean(t + "\n\n各县(市、区)人民政府:\n").text)
    assert doc_type(t, s, t) == "plan"


def test_a_reposts_original_title_is_the_title_when_no_headline_stands_above_the_body():
    from qingshan.extract.document import extract_document
    rows = extract_document("t", "发布时间:2018-03-22\n原標(biāo)題:我省去年環境違法 案件罰款超1億元\n"
                                 "海口網3月22日消息(記者羅津)21日,省生態環保廳發布消息,近三年海南累計查處環境違法案件2481件。\n")
    assert rows["documents"][0]["title"] == "我省去年环境违法 案件罚款超1亿元"


def test_a_short_navigation_bar_without_spaces_is_no_headline_and_a_reports_date_no_stamp():
    body = "1月3日,记者从四川省环境保护督察工作领导小组办公室获悉,全省共受理群众环境信访举报3953件。\n"
    assert _headline("打印本页关闭窗口\n" + body) is None
    from qingshan.extract.timeframe import published_date
    assert published_date(["环境质量公报 2023-02-22"]) is None and published_date(["工作简报 2023-02-22 10:00"]) is None


def test_a_sites_welcome_and_its_query_notice_are_no_headlines():
    body = "1月3日,记者从四川省环境保护督察工作领导小组办公室获悉,全省共受理群众环境信访举报3953件。\n"
    assert _headline("访问环保民声网!\n" + body) is None
    assert _headline("查询间隔10秒\n" + body) is None


def test_the_headline_above_the_pages_date_stamp_and_no_numbered_section_as_a_title():
    from qingshan.extract.document import extract_document

    def doc(raw):
        return extract_document("x", raw)["documents"][0]
    raw = ("大气污染防治管理\n\n2022年2月及1-2月设区市环境空气质量排名情况通报\n\n编辑时间:2022-03-31      来源:大气环境处\n\n"
           "根据省生态环境监测中心提供的数据,现将2022年2月各设区市环境空气质量排名情况通报如下。\n")
    assert doc(raw)["title"] == "2022年2月及1-2月设区市环境空气质量排名情况通报"
    # figures are no sign of a line in another language
    raw = "中新网\n\n2019年青岛收获310个“蓝天”\n\n2020-01-02 10:07:00来源:中新网\n\n记者今天从青岛市环境监测中心了解到,2019年空气质量达标天数为310天。\n"
    assert doc(raw)["title"] == "2019年青岛收获310个“蓝天”"
    # nor is a site's call to follow it on WeChat
    raw = "微信\n關注官方微信\n手機版\n\n深圳今年確保環境質量持續向好\n\n20日,深圳市人大常委會調研組對2019年度環境狀況進行集中調研。\n"
    assert doc(raw)["title"] == "深圳今年确保环境质量持续向好"
    raw = ("当前位置: 首页 > 生态\n“河”心聚力 绘就闽江新画卷\n南平四县联合开展巡河护河行动\n"
           "更新时间:2023-04-26 16:13:24 来源:中国网\n\n4月23日,南平四县联合开展巡河护河行动,共同守护闽江。\n")
    assert doc(raw)["title"] == "“河”心聚力 绘就闽江新画卷"  # the headline, not its subtitle
    raw = ("设为首页 加入收藏 打印\n\n西宁市空气质量再居西北前列\n\n【字体:   2022-01-05 17:00:25   来源: 西宁晚报\n\n"
           "记者从市大气办获悉,2021年全市优良天数330天,优良率为90.4%。\n")
    d = doc(raw)
    assert (d["title"], str(d["published_date"])) == ("西宁市空气质量再居西北前列", "2022-01-05")
    raw = "一、环境空气质量\n\n2021年度,荆门中心城区空气质量优良天数共297天,优良天数所占比例为81.4%。\n"
    assert doc(raw)["title"] is None


def test_a_page_without_headline_that_publishes_a_document_is_that_document():
    from qingshan.extract.document import extract_document
    raw = ("根据《中华人民共和国环境保护法》规定,现予公布《大理白族自治州2023年环境状况公报》。\n\n"
           "一、环境空气\n\n全州环境空气质量总体保持良好,全州12县(市)平均优良天数比例为98.5%。\n")
    rows = extract_document("x", raw)
    assert rows["documents"][0]["title"] == "大理白族自治州2023年环境状况公报"
    # and the year that title names is the period of the figures the text tells without one
    assert {(m["value"], str(m["period_start"]), str(m["period_end"])) for m in rows["metrics"]} >= \
        {(98.5, "2023-01-01", "2023-12-31")}
    # or opens with a body issuing it: a plan, whatever verbs its own name holds
    raw = ("辽宁省葫芦岛市人民政府发布《持续深入打好污染防治攻坚战推进美丽葫芦岛建设2023年行动计划》,"
           "《行动计划》共分三个部分。一是总体要求。11个地表水国控监测断面全部达标,全市生活污水治理率达到18%以上。\n")
    rows = extract_document("x", raw)
    d = rows["documents"][0]
    assert (d["title"], d["doc_type"]) == ("持续深入打好污染防治攻坚战推进美丽葫芦岛建设2023年行动计划", "plan")
    # after a short time of its own (`日前,`)
    raw = "日前,宜宾印发《宜宾市打赢碧水保卫战实施方案(2019-2020年)》。全文如下:\n宜宾市打赢碧水保卫战实施方案(2019-2020年)\n"
    assert extract_document("x", raw)["documents"][0]["title"] == "宜宾市打赢碧水保卫战实施方案(2019-2020年)"
    # and the undated goals of that year's plan are due at its end
    assert {(t["deadline"].isoformat(), t["target_value"]) for t in rows["tasks"]} >= {("2023-12-31", 18)}


def test_a_header_without_prose_and_a_related_items_teaser_make_no_articles_of_their_own():
    from qingshan.extract.document import extract_document
    raw = ("今日报丨污染防治攻坚战成效如何?湖北咸宁晒出2022年“成绩单”\n极目新闻记者 成昱勋\n通讯员 卢志广 纪甜一\n"
           "“咸宁市生态环境系统紧扣年度工作任务,深入打好污染防治攻坚战并取得积极成效。”12月13日上午,记者从发布会上获悉。\n")
    d = extract_document("x", raw)["documents"][0]
    assert (d["article_count"], d["doc_type"], d["title"]) == (1, "news", "今日报丨污染防治攻坚战成效如何?湖北咸宁晒出2022年“成绩单”")
    raw = ("榆林空气质量优良天数全省居首\n本报讯(记者 高苗)3月24日,省生态环境厅发布2月全省空气质量状况。\n"
           "新闻推荐\n神木市城市管理志愿者协会爱心义剪 传递温暖\n本报讯(记者宋艳霞)近日,神木市城市管理志愿者协会开展了义务剪发活动。\n")
    d = extract_document("x", raw)["documents"][0]
    assert (d["article_count"], d["doc_type"]) == (1, "news")



def test_a_rectifications_report_on_itself_is_a_plan_that_reads_as_news():
    from qingshan.extract.document import extract_document
    report = ("某市公开第二轮中央生态环境保护督察整改落实情况\n发布日期:2023-01-10\n\n"
              "2020年9月,中央督察组对我市开展下沉督察。截至2022年底,反馈的30项问题已完成整改17项。\n")
    doc = extract_document("r", report)["documents"][0]
    assert doc["doc_type"] == "plan"
    told = ("某县生态环境局召开会议\n\n为抓好督察反馈问题整改,结合我县实际,现将督察整改落实情况报告如下:\n"
            "截至2023年1月底,已经完成26项。\n")
    assert extract_document("t", told)["documents"][0]["doc_type"] == "plan"
    opened = ("日前,某市印发《2018年度大气污染防治实施计划》。\n2018年度大气污染防治实施计划\n"
              "为推进全市大气污染防治工作,特制定本计划。\n一、目标任务\n")
    assert extract_document("o", opened)["documents"][0]["doc_type"] == "plan"
    # its counts stay results: the page reads as the report it is, not as goals
    metric = extract_document("r", report)["metrics"]
    assert metric and all(m["kind"] == "actual" for m in metric)
    # a visit's news about a rectification is news
    visit = ("省厅暗访某市生态环境保护督察反馈问题整改情况\n\n8月18日,省生态环境厅厅长刘某赴某市,对督察反馈问题整改情况进行暗访。\n")
    assert extract_document("v", visit)["documents"][0]["doc_type"] == "news"


def test_the_headline_above_the_stamp_passes_over_a_byline_and_keeps_its_sites_name():
    from qingshan.extract.document import extract_document
    page = ("澎湃Logo\n\n下载客户端\n\n北京:通州区PM2.5年均浓度较十年前累计下降超六成\n\n澎湃新闻记者 刘某\n2024-03-18 12:16\n"
            "来源:澎湃新闻\n\n3月18日,北京城市副中心专题新闻发布会在京召开。\n")
    assert extract_document("p", page)["documents"][0]["title"] == "北京:通州区PM2.5年均浓度较十年前累计下降超六成"
    page = ("基元网总制作\n\n当前位置: 首页 » 国内时事 » 正文\n\n新国学网:宁夏贺兰县环境问题突出被约谈_贺兰县-青铜峡-\n\n"
            "放大字体  缩小字体 发布日期:2020-08-25  来源:宁夏日报\n核心提示:空气质量下降,整改任务滞后\n"
            "8月24日,自治区生态环境保护领导小组办公室召开专题会议,对贺兰县进行约谈。\n")
    assert extract_document("j", page)["documents"][0]["title"] == "新国学网:宁夏贺兰县环境问题突出被约谈"
    page = ("某市生态环境局\n\n核心提示:空气质量下降,整改任务滞后,贺兰县被约谈的经过\n发布日期:2020-08-25\n"
            "8月24日,自治区生态环境保护领导小组办公室召开专题会议,对贺兰县进行约谈。\n")
    assert extract_document("k", page)["documents"][0]["title"] != "核心提示:空气质量下降,整改任务滞后,贺兰县被约谈的经过"


def test_a_greeting_names_the_site_and_the_headline_is_above_the_stamp_row():
    from qingshan.extract.document import extract_document
    page = ("欢迎访问某省环境科学学会\n 联系电话:0871-1234567 | 0871-1234568   微信公众号\n资讯中心\n\n地址:\n\n"
            "昆明市某某路18号\n\n某省环境科学学会\n\n滇中城市群空气质量三年持续改善\n\n2020-05-11 / :31\n\n"
            "  2019年,滇中城市群优良天数比例为98.1%,同比增加0.6个百分点。\n")
    doc = extract_document("g", page)["documents"][0]
    assert (doc["title"], str(doc["published_date"])) == ("滇中城市群空气质量三年持续改善", "2020-05-11")
    assert _headline("欢迎光临某某市生态环境局网站\n\n某市召开生态环境保护工作会议\n\n3月2日,会议召开。") \
        == "某市召开生态环境保护工作会议"
    assert "无废城市" in _headline("欢迎来到“无废城市”:某市固废治理见闻\n\n3月2日,记者走进某市。")  # a headline's words
    # (a navigation word before the headline on its line still gives it up)
    assert _headline("设为首页某市召开生态环境保护工作会议\n\n3月2日,会议召开。") == "某市召开生态环境保护工作会议"


def test_the_headline_above_the_stamp_is_under_the_sites_navigation_and_a_reposts_title_in_brackets():
    from qingshan.extract.document import extract_document
    page = ("建设绿色家园 共享美好生活\n您现在的位置:首页 > 县区动态 > 新闻\n副县长王某调研某镇污水处理厂运行情况\n"
            "发布时间:2021-05-12  来源:某县融媒体中心\n\n  5月10日下午,副县长王某到某镇污水处理厂调研。\n")
    assert extract_document("n", page)["documents"][0]["title"] == "副县长王某调研某镇污水处理厂运行情况"
    page = "(原标题:某县开展世界环境日宣传活动)\n6月5日,我县在人民广场举办世界环境日宣传活动,200余人参加。\n"
    assert extract_document("o", page)["documents"][0]["title"] == "某县开展世界环境日宣传活动"
    page = "原标题:某市空气质量持续改善行动方案(2024—2025年)\n为持续改善空气质量,制定本方案。\n"
    assert extract_document("o", page)["documents"][0]["title"] == "某市空气质量持续改善行动方案(2024—2025年)"
    # a headline and its subtitle over the stamp, a slogan over a headline with its source and byline: the headline
    page = "全民阅读月活动在我市启动\n——市图书馆举办生态环保主题书展\n发布时间:2023-04-23\n4月23日,活动在市图书馆启动。\n"
    assert extract_document("s", page)["documents"][0]["title"] == "全民阅读月活动在我市启动"
    page = ("践行绿水青山理念 建设美丽幸福家园\n\n某县召开生态环境保护工作会议\n来源:某县融媒体中心\n记者 王某\n"
            "2023-03-02 10:20\n3月1日,某县召开生态环境保护工作会议。\n")
    assert extract_document("t", page)["documents"][0]["title"] == "某县召开生态环境保护工作会议"


def test_a_notice_under_its_issuers_line_is_the_title_and_signed_on_one_line():
    from qingshan.extract.document import extract_document
    page = ("某省人民政府办公厅\n关于印发某省空气质量巩固提升2021年行动计划的通知\n各市、县人民政府:《某省空气质量巩固提升2021年"
            "行动计划》已经省人民政府同意,现印发给你们,请认真贯彻落实。\n某省人民政府办公厅 2021年5月13日\n"
            "某省空气质量巩固提升2021年行动计划\n一、主要目标\n优良天数比例达到80%。\n")
    doc = extract_document("n", page)["documents"][0]
    assert (doc["title"], str(doc["published_date"]), doc["doc_type"]) == (
        "关于印发某省空气质量巩固提升2021年行动计划的通知", "2021-05-13", "plan")
    # the notice's name cut in two below a catalogue of its fields
    page = ("网站无障碍 适老版\n索引号: 发文字号: 某政办〔2020〕227号\n成文日期: 2020年12月25日 发布日期: 2020年12月25日\n"
            "某市人民政府办公室\n关于印发某市生态文明建设规划\n(2020—2025年)重点任务分工方案的通知\n各县区人民政府:\n"
            "《某市生态文明建设规划(2020-2025年)重点任务分工方案》已经市政府研究同意,现印发给你们,请认真组织实施。\n")
    assert extract_document("m", page)["documents"][0]["title"] == "关于印发某市生态文明建设规划(2020—2025年)重点任务分工方案的通知"
    # (a news headline above a notice's name is the headline)
    page = "生态环境部印发通知\n关于进一步加强生态环境执法的通知\n近日,生态环境部印发《关于进一步加强生态环境执法的通知》。\n"
    assert extract_document("h", page)["documents"][0]["title"] == "生态环境部印发通知"
    # (a table of tasks: a unit and its deadline on one line is no signature)
    page = ("某县整改方案\n序号 整改任务 责任单位 完成时限\n1 完成散煤替代1000户\n县生态环境局 2019年10月31日\n")
    assert extract_document("t", page)["documents"][0]["published_date"] is None


def test_a_government_catalogues_title_field_is_the_title():
    from qingshan.extract.document import extract_document
    page = ("- 索 引 号:66511071-4/2024-42033 主题分类:环境保护\n- 发文机关:洋浦经济开发区 成文日期:2024-05-31 22:14\n-\n标 题:\n"
            "儋州市公开督察反馈问题整改落实情况 - 文 号:发布日期: 2024-05-31 22:14\n- 备案登记号:\n"
            "2022年10月28日,海南省第五生态环境保护督察组对儋州市开展了督察。\n")
    doc = extract_document("d", page)["documents"][0]
    assert (doc["title"], doc["doc_type"]) == ("儋州市公开督察反馈问题整改落实情况", "plan")
    page = ("索引号:000014348/2026-26202\n名称:魏县人民政府关于印发《魏县大气环境质量限期达标规划》的通知\n"
            "发布日期:2026-02-24\n各乡镇人民政府:\n现将规划印发给你们。\n")
    assert extract_document("w", page)["documents"][0]["title"] == "魏县人民政府关于印发《魏县大气环境质量限期达标规划》的通知"
    # `信息名称:` among fields in cells (`信息分类:` first), in traditional script with its pinyin notes
    page = ("索引號: | 1425/2021-00338 | 信息分類: | 城鄉(xiāng)建設(shè)、環(huán)境保護(hù)/環(huán)境監(jiān)測 / |\n"
            "發(fā)布機構(gòu): | 市生態(tài)環(huán)境局 | 發(fā)文日期: | 2021-06-05 |\n"
            "信息名稱: | 2020年度某市環(huán)境狀況公報發(fā)布會 | ||\n時間:2021年6月4日 10:00\n某局長:今天發布公報。\n")
    assert extract_document("x", page)["documents"][0]["title"] == "2020年度某市环境状况公报发布会"
    # the label and its value a space apart, in a catalogue's rows
    page = ("索引号 640000014/2022-00786 所属机构 某自治区生态环境厅\n责任部门 综合处 发布日期 2021-12-02 15:35\n"
            "名称 关于2021年环境状况和环境保护目标完成情况的报告\n\n关于2021年环境状况和环境保护目标\n\n完成情况的报告\n")
    assert extract_document("n", page)["documents"][0]["title"] == "关于2021年环境状况和环境保护目标完成情况的报告"


def test_news_of_a_meeting_about_a_rectification_is_news():
    from qingshan.extract.document import extract_document
    for title in ("市委常委会听取中央生态环境保护督察整改情况汇报", "全市召开生态环境保护督察整改情况调度会",
                  "省生态环境厅通报第二轮督察整改情况"):
        page = f"{title}\n发布时间:2024-03-05\n3月4日,市委常委会召开会议,听取督察整改情况汇报。\n"
        assert extract_document("m", page)["documents"][0]["doc_type"] == "news", title
    page = "南宁市人民政府关于2022年大气污染防治专项审计调查发现问题整改情况的函\n发布时间:2023-05-05\n现将整改情况函告如下。\n"
    assert extract_document("h", page)["documents"][0]["doc_type"] == "plan"


def test_a_name_field_outside_a_documents_catalogue_is_no_title():
    from qingshan.extract.document import extract_document
    page = ("行政处罚决定书\n发布时间:2024-03-05\n名称:某某化工有限公司\n"
            "经查,该公司超标排放大气污染物,依法处罚款20万元。\n")
    assert extract_document("c", page)["documents"][0]["title"] != "某某化工有限公司"


def test_a_rectification_account_named_as_a_document_is_a_plan():
    from qingshan.extract.document import extract_document
    for title in ("关于中央生态环境保护督察反馈问题整改情况的通报", "某县督察反馈问题整改进展情况表"):
        page = f"{title}\n发布时间:2024-03-05\n截至2月底,反馈的30项问题已完成整改17项。\n"
        assert extract_document("r", page)["documents"][0]["doc_type"] == "plan", title


def test_a_documents_title_under_a_summary_of_the_page_is_its_headline():
    text = ("某省某市人民政府办公室印发某市2024年度水、大气污染防治攻坚行动实施方案,深入推进流域水环境综合治理。\n"
            "关于印发某市2024年度水、大气污染防治攻坚行动实施方案的通知\n各县市区人民政府:\n现将《方案》印发给你们。")
    assert analyse(text).articles[0].title == "关于印发某市2024年度水、大气污染防治攻坚行动实施方案的通知"
    text = "某市召开会议,部署2024年重点工作。\n会上,市长讲话。"  # no document's title below: none
    assert analyse(text).articles[0].title == ""


def test_a_page_opening_with_a_plans_own_preamble_is_the_plan():
    text = ("为深入贯彻落实县委工作要求,以空气质量持续改善推动经济高质量发展,制定本方案。\n一、总体要求\n"
            "2025年,全县优良天数比率达到43.3%以上。")
    assert doc_type(None, analyse(text), text) == "plan"
    text = "近日,某县印发《大气污染防治行动方案》。\n为改善空气质量,特制定本方案。\n方案提出,全县完成治理。"
    assert doc_type(None, analyse(text), text) == "news"  # a news lead before it: labelled later, read as news


def test_a_document_cited_in_the_lead_is_not_the_pages_title():
    text = ("根据《环境空气质量标准》(GB3095-2012)和《关于印发〈城市环境空气质量排名技术规定〉的通知》(环办监测〔2018〕19号),"
            "2018年10月新疆19城市环境空气质量状况及排名情况如下:\n10月,全疆19城市平均优良天数比例为82.7%。")
    assert analyse(text).articles[0].title == ""
    assert doc_type(None, analyse(text), text) == "news"


def test_review_a_list_of_notices_under_a_line_is_no_headline():
    text = ("近期我局发布了以下文件,欢迎查阅。\n关于开展2024年排污许可证执行报告抽查的通知\n关于做好2024年环评审批的通知\n"
            "截至目前,今年共发布规范性文件12件。")
    assert analyse(text).articles[0].title == ""


def test_a_cover_letters_document_titled_below_it_is_the_pages_headline_and_a_plan():
    text = ("各盟行政公署、市人民政府,自治区各委、办、厅、局:\n现将《内蒙古自治区空气质量持续改善行动实施方案》印发给你们,"
            "请结合实际,认真贯彻落实。\n2024年5月14日\n内蒙古自治区空气质量持续改善行动实施方案\n为持续深入打好蓝天保卫战,制定本方案。")
    title = analyse(text).articles[0].title
    assert title == "内蒙古自治区空气质量持续改善行动实施方案"
    assert doc_type(title, analyse(text), text) == "plan"  # (实施方案 is a noun, not 实施 reporting a plan)
    assert doc_type("江苏实施太湖治理三年行动方案", analyse("江苏实施太湖治理三年行动方案\n近日,江苏实施…。"), "") == "news"


def test_an_e_papers_article_bar_dates_the_page_and_stands_over_its_headline():
    from qingshan.extract.document import extract_document

    raw = ("第03版:生态周刊\n上一版  下一版\n绿色出行月活动启动\n守护一江清水\n返回电子报首页\n"
           "上一篇  下一篇 2022年6月8日 放大 缩小 默认\n南京市生态环境局开展第二期环保志愿服务培训\n守护一江清水\n\n"
           "本报讯 日前,南京市生态环境局举办第二期环保志愿服务培训,120余名志愿者参加。\n")
    doc = extract_document("x", raw)["documents"][0]
    assert (doc["title"], str(doc["published_date"])) == ("南京市生态环境局开展第二期环保志愿服务培训", "2022-06-08")
    # the navigation below the bar is passed over
    raw = ("第02版:要闻\n上一篇  下一篇 2021年6月1日 放大 缩小 默认\n上一期  下一期\n返回版面 版面导航\n\n"
           "一季度全省空气优良天数比例超九成\n\n记者 王某明\n\n星报讯 记者昨日获悉,一季度全省空气质量持续改善。\n")
    assert extract_document("x", raw)["documents"][0]["title"] == "一季度全省空气优良天数比例超九成"
    # the line below the bar is the body, not a headline: no title is made of it
    raw = "第06版:要闻\n全市空气质量持续向好\n上一篇 下一篇 2021年3月30日 放大 缩小 默认\n一季度全市优良天数为75天,同比增加12天。\n"
    assert extract_document("x", raw)["documents"][0]["title"] != "一季度全市优良天数为75天,同比增加12天。"


def test_the_headline_its_summary_follows_is_the_pages_not_the_sites_tagline_above_it():
    page = ("欢迎访问某某环保网~\n\n环保行业信息\n资讯服务平台\n\n南京发布污染防治攻坚战令\n\n摘要:\n\n"
            "日前,南京市主要领导签发《关于持续深入打好污染防治攻坚战的命令》,为全市污染防治攻坚工作举旗定向。\n")
    s = analyse(clean(page).text)
    assert s.articles[0].title == "南京发布污染防治攻坚战令"


def test_a_subtitle_above_the_summary_is_not_the_headline():
    page = "绿水青山就是金山银山\n——记某区生态环境局执法大队\n\n摘要:\n\n日前,某区生态环境局执法大队被评为先进集体。\n"
    assert analyse(clean(page).text).articles[0].title == "绿水青山就是金山银山"



def test_news_of_a_plan_issued_is_no_plan_and_a_line_of_few_words_no_headline():
    from qingshan.extract.document import extract_document
    # (review) news of a plan issued lately, its text not following: the page is news, its figures reports
    raw = ("日前,宁德市人民政府办公室印发《宁德市2023年臭氧污染防治攻坚行动方案》,部署全市臭氧污染防治工作。"
           "今年以来,市生态环境局开展了VOCs专项执法检查行动,检查企业156家。\n")
    d = extract_document("x", raw)
    assert (d["documents"][0]["title"], d["documents"][0]["doc_type"]) == (None, "news")
    assert [m["kind"] for m in d["metrics"]] == ["actual"]
    # a line of few Chinese words and a number is no headline
    raw = "举报电话 12369\n\n洛阳市5月空气质量排名全省第三\n\n发布时间:2023-06-05\n\n5月,全市优良天数为25天。\n"
    assert extract_document("x", raw)["documents"][0]["title"] == "洛阳市5月空气质量排名全省第三"
    # nor a date stamp with its source, however many of its words are Chinese
    from qingshan.text.structure import headline_candidate
    assert headline_candidate("2024年05月20日 10:30  浙江日报", (), True) is None
    # nor does a headline about a WeChat account lose its first words
    raw = "微信公众号“绿色漯河”上线运行一周年\n\n发布时间:2023-06-05\n\n一年来,公众号发布信息1200条。\n"
    assert extract_document("x", raw)["documents"][0]["title"] == "微信公众号“绿色漯河”上线运行一周年"


def test_a_headline_headed_by_its_places_name_and_one_over_a_subtitle_a_line_apart():
    from qingshan.extract.document import extract_document
    page = "某某网——某某杂志唯一官方网站\n位置:当前位置:首页 >> 环保\n\n湖南衡东县:大河小河有管护\n\n发布时间:2019-05-24 13:20:38\n\n该县共有大小河流73条。\n"
    assert extract_document("h", page)["documents"][0]["title"] == "湖南衡东县:大河小河有管护"
    page = "关于我们 | English | 网站地图\n\n乌鲁木齐发布2018年环境质量状况公报\n\n——重污染天数同比减少17天\n\n2019-06-10 14:54:02 乌鲁木齐晚报\n\n6月4日,公报发布。\n"
    assert extract_document("s", page)["documents"][0]["title"] == "乌鲁木齐发布2018年环境质量状况公报"


def test_a_photos_caption_over_the_headline_is_no_title():
    from qingshan.extract.document import extract_document
    page = ("新闻发布会现场(省政府网文某 摄)\n江西有声新闻发布厅第1229期:“绘就美丽江西新画卷”新闻发布会\n"
            "5月30日,江西省政府新闻办、省生态环境厅联合举行新闻发布会。\n")
    assert extract_document("c", page)["documents"][0]["title"] == "江西有声新闻发布厅第1229期:“绘就美丽江西新画卷”新闻发布会"


def test_a_headline_may_close_with_a_run_of_marks():
    from qingshan.extract.document import extract_document
    page = "新年伊始,中蒙边境再现大批野生动物******\n中新网二连浩特1月10日电(李某 梁某)新年伊始,中蒙边境再现大批野生动物。\n"
    assert extract_document("d", page)["documents"][0]["title"] == "新年伊始,中蒙边境再现大批野生动物"


def test_a_headline_in_markdown_bold():
    from qingshan.extract.document import extract_document
    page = "**济源市召开生态环境保护工作会议**\n1月6日,济源市召开全市生态环境保护工作会议。\n"
    assert extract_document("b", page)["documents"][0]["title"] == "济源市召开生态环境保护工作会议"


def test_a_rectification_plans_own_preamble_makes_it_a_plan():
    page = ("为全面落实中央生态环境保护督察反馈意见,结合省、某某市有关整改要求及我县实际,制定本整改方案。\n"
            "一、工作目标\n(一)2023年,全县PM2.5平均浓度低于30微克/立方米。\n")
    s = analyse(clean(page).text)
    assert doc_type(None, s, page) == "plan"


def test_a_menu_with_a_hotline_and_a_byline_are_no_headline():
    assert _headline("首页 资讯 生活 400-633-4033\n某省空气质量优良天数比率达到93.2% 创历史最优\n"
                     "2023-02-25 14:55:31\n25日,某省召开生态环境保护工作会议。") == "某省空气质量优良天数比率达到93.2% 创历史最优"
    assert _headline("某某日报全媒体记者 郑海涛、通讯员 龚悦\n9月5日,某某区嫦娥广场立起河长公示牌。") is None


def test_items_of_a_digest_each_under_a_marked_headline_and_an_agencys_dateline():
    page = ("秋冬之交,某地湿地再现大批候鸟******\n中新网某市10月10日电(王某)某市湿地保护站10日消息,候鸟数量明显增多。\n"
            "某省:全面提升湖泊生态系统质量****** 中新网某市10月15日电 (记者 李某)某省将强化流域综合治理。\n")
    s = analyse(clean(page).text)
    assert [a.title for a in s.articles] == ["秋冬之交,某地湿地再现大批候鸟", "某省:全面提升湖泊生态系统质量"]
    single = analyse(clean("原创 某省空气质量创新高\n中新网某市1月2日电 (记者 陈某)某省空气质量持续改善。\n").text)
    assert [a.title for a in single.articles] == ["某省空气质量创新高"]  # (the page's own item: its headline, as before)


def test_a_headline_opening_with_a_press_word_is_no_byline():
    # (a review of this round's byline rule: `记者` + a few characters + `、` is a column's name, not a credit)
    assert _headline("记者走基层、看变化:山乡巨变绘新景\n近日,记者走进某县罗坪乡,全乡森林覆盖率已达78.6%。") == "记者走基层、看变化:山乡巨变绘新景"
    assert _headline("通讯员培训、表彰大会召开\n3月5日,县生态环境局召开通讯员培训会。") == "通讯员培训、表彰大会召开"


def test_a_plans_preamble_may_name_two_kinds():
    page = "为全面落实督察反馈意见,结合我县实际,制定本专项整改方案。\n一、工作目标\n(一)2024年底前,完成12项整改任务。\n"
    assert doc_type(None, analyse(clean(page).text), page) == "plan"


def test_a_conferences_statement_and_its_qa_is_a_transcript_news_of_answers_is_not():
    page = "某市新闻发布会发布词及记者问答\n新闻发布会发布词\n主持人、各位新闻媒体的朋友们:大家上午好!\n"
    assert doc_type("某市新闻发布会发布词及记者问答", analyse(clean(page).text), page) == "press_conference"
    news = "某市召开新闻发布会\n6月5日,某市政府新闻办召开新闻发布会,并就社会关切的热点问题答记者问。\n"
    assert doc_type("某市召开新闻发布会", analyse(clean(news).text), news) == "news"


def test_news_of_a_qa_session_is_no_transcript_and_two_reporters_make_a_byline():
    news = ("我省召开生态环境质量新闻发布会\n5月10日,省政府新闻办召开新闻发布会,介绍一季度全省生态环境质量状况。"
            "在随后的记者问答环节,刘某表示,下一步将加快推进超低排放改造。\n")
    assert doc_type("我省召开生态环境质量新闻发布会", analyse(clean(news).text), news) == "news"
    page = ("本期导读\n赣江干流水质稳定达到Ⅱ类\n记者 刘建华、邱敏\n今年以来,赣江干流17个国控断面水质均达到Ⅱ类。\n"
            "南昌完成32座污水泵站改造\n记者 胡晓东、万琪\n截至9月底,南昌市完成32座污水泵站提升改造。\n")
    assert len(analyse(clean(page).text).articles) == 2


def test_a_work_plan_arranging_a_years_work_is_a_plan():
    text = ("根据省生态环境厅和县委、县政府工作要求,现对2025年全县生态环境工作作出如下安排。\n一、总体要求\n"
            "全县PM2.5年均浓度控制在30微克/立方米以下。")
    assert doc_type(None, analyse(text), text) == "plan"
    news = "3月5日,县生态环境局召开会议,对2025年全县生态环境工作作出安排。\n会议要求,全县PM2.5年均浓度控制在30微克/立方米以下。"
    assert doc_type(None, analyse(news), news) == "news"
    # (under the plan's own title too)
    titled = "某县2025年生态环境保护工作安排\n" + text
    assert doc_type(None, analyse(titled), titled) == "plan"


def test_the_items_of_a_news_digest_are_its_articles():
    numbered = ("生态环境部一周要闻\n(3.16—3.22)\n01某部党组召开会议\n3月21日,某部党组书记主持召开部党组会议,传达学习有关精神。\n"
                "02某部召开部常务会议\n3月21日,某部部长主持召开部常务会议,审议并原则通过有关方案。\n"
                "03某部部长在某报发表署名文章\n中央经济工作会议强调,要协同推进降碳减污扩绿增长。文章指出,要加快转型。\n"
                "04某部部长会见某国部长\n3月20日,某部部长在京会见某国部长,双方就环境合作交换了意见。\n")
    s = analyse(clean(numbered).text)
    assert [a.title for a in s.articles] == ["某部党组召开会议", "某部召开部常务会议", "某部部长在某报发表署名文章", "某部部长会见某国部长"]
    # headline and paragraph in turn, the last cut short; a page of one article with subheadings is not a digest
    paired = ("十部门联合部署专项执法行动\n2月3日,十部门联合部署专项执法行动,强调严禁野生动物交易。\n"
              "某市考核获评优秀\n近日,某省通报了考核结果,某市考核结果为优秀。\n"
              "某市生态环境局送课进企\n日前,某市生态环境局邀请专家制作科普视频,引导企业有序复产。\n"
              "某市立下军令状\n2月25日,某市指挥部签发了《\n")
    assert len(analyse(clean(paired).text).articles) == 4
    one = ("某市召开生态环境保护大会\n3月5日,某市召开生态环境保护大会。会议总结了去年工作。\n"
           "一年来工作成效明显\n去年全市空气质量持续改善,优良天数达到300天。\n"
           "今年重点任务\n今年要持续打好蓝天保卫战。\n")
    assert len(analyse(clean(one).text).articles) == 1


def test_one_article_with_dated_sections_is_no_digest():
    # (review of 04d60fd) prose before the first section introduces one article
    page = ("某区开展六五环境日系列宣传活动\n为营造良好氛围,某区生态环境分局围绕环境日主题开展了系列宣传活动。\n"
            "启动仪式暨主题宣传\n6月5日,某区六五环境日主题宣传活动启动仪式在某广场举行。\n"
            "环保设施向公众开放\n6月6日,区生态环境分局组织50余名市民代表走进污水处理厂参观。\n"
            "环保知识进校园\n6月7日,区生态环境分局工作人员走进实验小学开展环保知识讲座。\n")
    assert len(analyse(clean(page).text).articles) == 1


def test_the_bodys_last_sentence_over_a_source_line_closing_the_page_is_no_headline():
    """`…夯实基础。` then `来源:中国水利报 2017年3月10日` at the page's foot: the title is the page's first line."""
    from qingshan.extract.document import extract_document
    raw = ("安徽:河长制推行工作全面展开\n \n\n  本报讯 (记者 范智)安徽省委、省政府近日联合印发《安徽省全面推行河长制工作方案》。\n\n"
           "  安徽省还将召开第一次省级河长会议,为全面展开推行河长制工作夯实基础。\n\n  来源:中国水利报 2017年3月10日\n")
    d = extract_document("x", raw)["documents"][0]
    assert (d["title"], str(d["published_date"])) == ("安徽:河长制推行工作全面展开", "2017-03-10")


def test_a_page_opening_with_a_preamble_that_sets_the_goals_after_it_is_a_plan():
    """`为深入贯彻落实国务院《…》、…(…号)的要求,…,保定市明确了以下工作目标:` opening an untitled page: the plan's own
    preamble, however many documents it follows; a news lead telling of goals set is news."""
    cited = "、".join(f"《关于印发某某省第{i}项大气污染防治工作要点的通知》(冀气领办〔2016〕{i}号)" for i in range(1, 6))
    text = f"为深入贯彻落实国务院《大气污染防治行动计划》、{cited}的要求,进一步强化大气污染防治措施,保定市明确了以下工作目标:\n" \
        "2016年,全市PM2.5平均浓度下降20%以上。\n"
    assert doc_type(None, analyse(clean(text).text), text) == "plan"
    text = "5月8日,保定市召开会议,明确了全年工作目标。\n2016年,全市PM2.5平均浓度下降20%以上。\n"
    assert doc_type(None, analyse(clean(text).text), text) == "news"


def test_a_pages_summary_line_is_prose_not_a_heading():
    from qingshan.text.structure import heading_level
    assert heading_level("导读:2022年9月27日上午,安徽省生态环境厅召开2022年9月例行新闻发布会") == -1
    assert heading_level("开展河道整治达标攻坚行动,让群众享受更多清水绿岸") == 0
