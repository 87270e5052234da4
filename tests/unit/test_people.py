"""People: officials with titles and organisations, reporters in bylines, and what is not a person."""
import datetime as dt

from qingshan.dictionaries import load
from qingshan.extract.metadata import publisher
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


# ---- forms of titles, units and bylines (hand-written, provinces other than the samples')

def test_a_body_of_the_place_a_pointing_word_means_is_named_by_that_place():
    """`该县环保局局长薛海`, `我县…`, `本县…` on 勉县's page: 勉县环保局, as a bare `县环保局` is."""
    for w in ("该县", "我县", "本县", "县"):
        got = people("勉县环保局开启环保新篇章\n\n1月2日,勉县环保局召开全体干部职工大会。会议首先由" + w
                     + "环保局局长薛海向全体参会人员致新年贺词。")
        assert got["薛海"][:2] == ("局长", "勉县环保局"), w


def test_parenthesised_bylines_take_the_paper_of_their_dateline():
    got = people("昆明市召开会议\n\n云南日报讯(记者 李明 通讯员 王芳)3月2日,昆明市生态环境局召开会议。")
    assert got["李明"] == ("记者", "云南日报", "press")
    assert got["王芳"] == ("通讯员", "云南日报", "press")
    # (a paper whose name has no kind word before 报: `新京报讯(记者张璐)`; not the page's own, `本报讯`)
    assert people("生态环境部通报\n\n新京报讯(记者张璐)记者6月25日从生态环境部获悉,当前,全国共有海湾283个。")["张璐"] == (
        "记者", "新京报", "press")
    assert people("勉县召开大会\n\n本报讯(记者 王亮)1月2日,勉县环保局召开全体干部职工大会。")["王亮"][1] is None
    # (review: not the words before it, `转自新京报讯`, `6月25日新京报讯`)
    for lead in ("转自", "6月25日", "今日"):
        assert people("生态环境部通报\n\n" + lead + "新京报讯(记者张璐)记者从生态环境部获悉,全国共有海湾283个。")["张璐"][1] == "新京报"
    # a credited name that is also a word or a place's short name (`通讯员高原`, `记者高明`: 高明区), the credits run together
    got = people("湖北省通报\n\n本报讯(记者陈永权通讯员高原)昨天,湖北省环保厅举行新闻发布会。(记者 高明)")
    assert (got["高原"][0], got["高明"][0]) == ("通讯员", "记者")
    assert people("某区通报\n\n记者从高明区获悉,全区完成整改。") == {}
    # a paper and its site named in the brackets before the role (`(工人日报-中工网记者周某)`)
    got = people("生态环境部公开方案\n\n中工网讯 (工人日报-中工网记者周某)近日,生态环境部公开了整改方案。")
    assert got["周某"][:2] == ("记者", "中工网")


def test_agency_bylines_and_photo_credits():
    got = people("成都通报空气质量\n\n中新网成都1月10日电(记者 杨帆)四川省生态环境厅10日对外通报。\n\n"
                 "(摄影 周强 吴涛)")
    assert got["杨帆"] == ("记者", "中新网", "press")  # the outlet as the page writes it
    assert got["周强"][0] == "摄影" and got["吴涛"][0] == "摄影"
    # (by its full name where the page writes that too, as its source)
    ctx = context("成都通报空气质量\n\n中新网成都1月10日电(记者 杨帆)四川省生态环境厅10日对外通报。")
    ctx.publisher = publisher(["2023-01-10 16:25   来源:中国新闻网   编辑:网站编辑"], None)
    assert [(p.name, p.org) for p in extract_people(ctx)] == [("杨帆", "中国新闻网")]
    # (not where the page merely names the full name)
    got = people("成都通报空气质量\n\n中新网成都1月10日电(记者 杨帆)四川省生态环境厅10日对外通报。此前,中国新闻网曾报道该省治霾进展。")
    assert got["杨帆"][1] == "中新网"


def test_a_word_after_a_credit_cue_in_running_text_is_not_a_name():
    got = people("兰州举办摄影展\n\n兰州市第三届生态摄影季开幕,市民踊跃参观。")
    assert all(title != "摄影" for title, _, _ in got.values())


def test_a_title_shared_along_a_list_and_a_jurisdiction_title_takes_the_page_place():
    got = people("曲靖市召开大气污染防治推进会\n\n会上,副市长张建华、刘云峰分别作了部署。")
    assert got["张建华"] == ("副市长", "曲靖市", "official")
    assert got["刘云峰"] == ("副市长", "曲靖市", "official")


def test_a_name_ending_in_he_before_a_verb_of_acting_keeps_it():
    got = people("芷江召开会议\n\n6月18日,县委副书记、县长梁某和出席会议并讲话,副县长张某和李某参加。")
    assert "梁某和" in got and "梁某" not in got
    assert "张某" in got  # `和` between two names joins them
    assert "王某" in people("座谈\n\n市长王某和参加会议的企业代表进行了座谈。")  # `和` before a phrase, not a verb


def test_a_committees_short_name_is_its_unit_and_a_bare_autonomous_region_is_the_pages():
    got = people("松桃召开会议\n\n松桃苗族自治县经开区管委会副主任吴某主持会议,县环委会副主任、副县长蒋某出席。")
    assert got["吴某"][:2] == ("副主任", "松桃苗族自治县经开区管委会")
    assert got["蒋某"][0] == "副主任、副县长"
    got = people("自治区人民政府常务会议研究新疆天池保护\n\n新疆日报讯 9月13日,自治区主席雪克来提·扎克尔主持召开自治区人民政府常务会议。")
    assert got["雪克来提·扎克尔"][:2] == ("主席", "新疆维吾尔自治区")


def test_serving_as_a_groups_head_is_no_name():
    assert people("辽宁省成立领导小组\n\n领导小组由省委书记、省长任组长,副省长任副组长。") == {}
    assert people("辽宁省成立领导小组\n\n省委书记、省长陈某任组长。")["陈某"][0] == "省委书记、省长"


def test_a_reporter_credited_by_name_may_have_a_surname_our_lists_lack():
    got = people("海南召开推进会\n\n(记者 况某勋 特约记者 王某顺)8月24日,海南召开推进会。")
    assert got["况某勋"][0] == "记者" and got["王某顺"][0] == "记者"
    assert people("聊城通报\n\n记者了解到,全市共查处案件12起。") == {}


def test_a_verb_of_coming_and_a_lists_deng_are_no_names():
    assert people("陕西召开会议\n\n2020年4月,总书记来陕考察,作出重要指示。") == {}
    assert set(people("陕西召开会议\n\n会议由省长主持,赵某德、李某等省领导出席会议。")) == {"赵某德", "李某"}


def test_on_a_county_level_citys_page_its_own_city_is_the_shi():
    """海林市 is a county-level city under 牡丹江市: its `市委` and `市长` are its own."""
    got = people("海林市召开全市环境保护工作会议\n\n会议由市委副书记唐某胜主持,副市长张某武作了部署。")
    assert got["唐某胜"][:2] == ("副书记", "海林市委")
    assert got["张某武"][:2] == ("副市长", "海林市")


def test_a_place_or_a_company_before_the_title_is_the_unit():
    got = people("签约仪式在绵阳举行\n\n绵阳市副市长赵志强、中国某某环保集团总经理钱国栋出席仪式。")
    assert got["赵志强"] == ("副市长", "绵阳市", "official")
    assert got["钱国栋"] == ("总经理", "中国某某环保集团", "official")


def test_the_unit_of_a_ministry_and_its_department():
    got = people("例行新闻发布会\n\n生态环境部水生态环境司副司长孙建国介绍了有关情况。")
    assert got["孙建国"] == ("水生态环境司副司长", "生态环境部", "official")


def test_a_unit_carries_along_its_people_listed_in_a_row():
    got = people("甘肃召开座谈会\n\n甘肃某某能源集团董事长何文军,总经理助理郑海燕等出席座谈会。")
    assert got["郑海燕"] == ("总经理助理", "甘肃某某能源集团", "official")


def test_people_cited_for_an_instruction_do_not_act():
    got = people("广东召开工作会议\n\n会议传达学习了省长周明远对全省生态环境保护工作的重要批示精神。"
                 "省生态环境厅厅长陈立新作工作报告。")
    assert "周明远" not in got and got["陈立新"][0] == "厅长"
    got = people("某县召开会议\n\n会上,传达学习了省委书记韩明在省生态环境保护委员会(扩大)会议上的讲话精神。县委书记黄某某主持会议。")
    assert "韩明" not in got and got["黄某某"][0] == "县委书记"  # the speech cited by where it was given
    got = people("某市召开会议\n\n6月1日,市委召开会议。市长王某在会上的讲话中强调,要坚决打好污染防治攻坚战。")
    assert got["王某"][0] == "市长"  # (review) a speech at this meeting: he acts
    got = people("四川召开会议\n\n会上,副省长马建军传达了省委的重要指示。")
    assert got["马建军"][0] == "副省长"  # acts, and passes on someone else's instruction


def test_the_bare_unit_word_is_the_unit_the_page_shows_acting():
    got = people("分局部署工作\n\n3月2日上午,番禺生态环境分局召开2024年生态环境工作会议。局党组书记、局长黄志明作主题报告。"
                 "会议由局党组成员、副局长梁丽华主持。")
    assert got["黄志明"] == ("党组书记、局长", "番禺生态环境分局", "official")
    assert got["梁丽华"][1] == "番禺生态环境分局"
    # the bureau the text points back to (`该局`), and a federation of a city's firms by its unit word (`市工商联`)
    got = people("信阳市召开会议\n\n4月14日,信阳市生态环境局组织召开2020年全市生态环境保护工作会议。该局党组书记、局长胡某刚讲话。"
                 "市工商联副主席田某刚发言。")
    assert got["胡某刚"][:2] == ("党组书记、局长", "信阳市生态环境局")
    assert got["田某刚"][:2] == ("副主席", "信阳市工商联")
    # or the title alone: the head of that bureau
    got = people("奉节县举行新闻发布会\n\n6月5日上午,奉节县生态环境局举行2022年生态环境质量新闻发布会。\n\n副局长王某某主持新闻发布会")
    assert got["王某某"][:2] == ("副局长", "奉节县生态环境局")


def test_officials_named_before_the_common_verbs_of_a_visit_and_courtesies():
    got = people("李强赴石嘴山调研\n\n9月3日,自治区党委常委、副主席李强赴石嘴山市调研生态环境保护工作。"
                 "凤凰县委书记田勇带队巡查沱江。")
    assert got["李强"][0] == "常委、副主席"
    assert got["田勇"][0] == "县委书记"
    got = people("湖南省新闻发布会实录\n\n主持人(省政府新闻办副主任 周敏):今天我们邀请到省生态环境厅副厅长 潘海涛先生,"
                 "请他介绍有关情况。")
    assert "周敏" in got
    assert got["潘海涛"][:2] == ("副厅长", "湖南省生态环境厅")  # `省…` with the page's province


def test_a_university_head_is_an_official():
    got = people("山东签署合作协议\n\n省生态环境厅厅长王强、中国海洋大学校长刘明出席签约仪式并致辞。")
    assert got["刘明"][:2] == ("校长", "中国海洋大学")


def test_an_official_who_reports_or_speaks_is_named():
    got = people("广西召开漓江流域推进会\n\n自治区副主席韦小平出席会议并讲话,桂林市市长秦春成汇报工作,市水利局局长陆明发言。")
    assert got["秦春成"][:2] == ("市长", "桂林市")
    assert got["陆明"][0] == "局长"


def test_a_jurisdictions_title_after_a_comma_does_not_take_the_previous_officials_unit():
    got = people("吉林省召开推进会\n\n8月20日,吉林省召开生态环境保护督察整改工作推进会。"
                 "省委常委、秘书长孙立军,副省长刘化文、韩福春出席会议。")
    assert got["孙立军"][1] == "吉林省委"
    assert got["刘化文"][1] != "吉林省委" and got["韩福春"][1] != "吉林省委"


def test_a_rank_before_a_title_belongs_to_it():
    got = people("湖北召开会议\n\n省生态环境厅正处级生态环境监察专员王立、副厅长级生态环境监察专员陈明出席会议。")
    assert got["王立"][0] == "正处级生态环境监察专员"
    assert got["陈明"][0] == "副厅长级生态环境监察专员"


def test_surnames_common_in_one_region_are_names():
    # jieba's dictionary names few people 覃, 符 or 农; surnames_extra.csv lists them
    got = people("广西召开生态环境保护大会\n\n自治区生态环境厅厅长覃明华出席会议。市生态环境局局长符明、"
                 "县生态环境局局长农志强参加会议。")
    assert {n: t for n, (t, _, _) in got.items()} == {"覃明华": "厅长", "符明": "局长", "农志强": "局长"}


def test_a_word_starting_with_a_regional_surname_after_a_title_is_no_name():
    got = people("某市召开会议\n\n市生态环境局局长农业调研后表示,要符合要求。书记春节前走访企业,局长五人参加。")
    assert got == {}


def test_a_name_that_cuts_a_common_word_in_two_is_no_name():
    # `林业工|作`, `高工|作`: the name would end inside 工作; 王建设 before 强调 and 张正 before 在 are names
    got = people("某市召开会议\n\n会议由副市长林业工作分管领导主持。副局长高工作汇报。"
                 "局长王建设强调,要抓好工作。副局长张正在会上发言。")
    assert {n: t for n, (t, _, _) in got.items()} == {"王建设": "局长", "张正": "副局长"}


def test_a_byline_on_the_pages_source_line_is_the_papers_reporter():
    ctx = context("宁德市空气质量\n\n全市优良天数比例为100%。\n\n来源:闽东日报·新宁德客户端 记者 张文奎\n编辑:新宁德编辑部")
    ctx.publisher = publisher(["2022-06-08 10:15:27  来源:闽东日报·新宁德客户端   阅读量:1342"], None)
    assert ctx.publisher == "闽东日报"  # the paper, not its app (`·`)
    # an agency standing after the page's date stamp, in either script (news_outlets.csv)
    stamp = ["2023-01-18 08:28:55 新華社   作者: 高敬   瀏覽次數:2136次"]
    assert (publisher(stamp, None, load().news_outlets), publisher(stamp, None)) == ("新华社", None)
    assert [(p.name, p.title, p.org, p.role) for p in extract_people(ctx)] == [("张文奎", "记者", "闽东日报", "press")]


def test_a_credit_in_brackets_naming_its_source_and_a_text_credit_on_a_companys_page():
    """`(来源: 济南日报 记者 王彬)` closing an item: the paper's reporter, though the line is the page's source line;
    `文字:范德全 通讯员:周嘉莹` on a company's site reposting the item: credited, of no outlet (not the company)."""
    got = people("山东上半年环境执法\n\n上半年,山东环保部门向公安机关移送案件99起。\n  (来源: 济南日报 记者 王彬) ")
    assert got == {"王彬": ("记者", "济南日报", "press")}
    ctx = context("东莞开展联合检查\n\n文字:范德全 通讯员:周嘉莹\n\n东莞市开展固体废物联合检查。")
    ctx.publisher = "东莞市某环保科技有限公司"
    assert [(p.name, p.title, p.org) for p in extract_people(ctx)] == [("范德全", "记者", None), ("周嘉莹", "通讯员", None)]


def test_names_listed_before_the_role_they_share_and_attend():
    got = people("某市召开会议\n\n会议由市长主持,刘建国、王海燕等市领导出席。王芳等同志参加会议。"
                 "市生态环境局、市住建局等部门负责同志参加。环保、公安等单位负责人参加。")
    assert {n: t for n, (t, _, _) in got.items()} == {"刘建国": "市领导", "王海燕": "市领导", "王芳": None}


def test_a_compound_surname_takes_a_name_of_four_characters():
    got = people("某省召开生态环境保护大会\n\n省生态环境厅副厅长欧阳明华主持会议,市生态环境局局长司马光、"
                 "副局长欧阳琳出席。")
    assert {n: t for n, (t, _, _) in got.items()} == {"欧阳明华": "副厅长", "司马光": "局长", "欧阳琳": "副局长"}


def test_a_unit_named_by_its_unit_word_takes_the_pages_place():
    # the same 省生态环境厅 on two provinces' pages is two organisations (and two people of one name)
    def org(title, body):
        return {n: o for n, (_, o, _) in people(f"{title}\n\n11月28日,{title}。{body}").items()}
    assert org("江西省召开生态环境保护大会", "省生态环境厅厅长李军出席。") == {"李军": "江西省生态环境厅"}
    assert org("广西壮族自治区召开生态环境保护大会", "自治区生态环境厅厅长覃明华出席。") == {
        "覃明华": "广西壮族自治区生态环境厅"}
    assert org("恩施州召开生态环境保护大会", "州生态环境局局长覃明出席。") == {"覃明": "恩施州生态环境局"}
    assert org("锡林郭勒盟召开生态环境保护大会", "盟生态环境局局长王明出席。") == {"王明": "锡林郭勒盟生态环境局"}
    assert org("达拉特旗召开生态环境保护大会", "旗生态环境局局长王明出席。") == {"王明": "达拉特旗生态环境局"}
    # a unit word the page's place does not end with is left as written
    assert org("江西省召开生态环境保护大会", "自治区生态环境厅厅长覃明华出席。") == {"覃明华": "自治区生态环境厅"}
    assert org("北京市召开生态环境保护大会", "自治区生态环境厅厅长覃明华出席。") == {"覃明华": "自治区生态环境厅"}
    assert org("恩施州召开生态环境保护大会", "市生态环境局局长王明出席。") == {"王明": "市生态环境局"}  # not 恩施…州市…


def test_according_to_is_no_part_of_the_unit():
    got = people("廊坊市召开发布会\n\n据市生态环境局总工程师赵丽介绍,今年以来全市空气质量持续改善。")
    assert got["赵丽"] == ("总工程师", "廊坊市生态环境局", "official")


def test_people_honoured_after_their_unit_and_not_without_an_honour():
    got = people("全省表彰大会召开\n\n其中,成都市金堂县环境保护工作委员会获评先进集体;巴中市通江县环境监察大队的"
                 "刘永涛、遂宁市蓬溪县常乐镇拱市联村的蒋乙嘉获评先进个人。")
    assert got["刘永涛"] == (None, "巴中市通江县环境监察大队", "official")
    assert got["蒋乙嘉"] == (None, "遂宁市蓬溪县常乐镇拱市联村", "official")
    assert people("全省工作会议召开\n\n巴中市通江县环境监察大队的刘永涛、遂宁市蓬溪县常乐镇拱市联村的蒋乙嘉参加培训。") == {}


def test_a_rare_surname_of_the_hundred_families_starts_a_name_and_an_everyday_character_does_not():
    got = people("区委召开学习会议\n\n汲广树、燕东勇等区委理论学习中心组成员参加会议。副区长靳立新出席。")
    assert got["汲广树"][0] == "理论学习中心组成员"
    assert got["靳立新"][0] == "副区长"
    assert not {"年", "家", "党", "计"} & set(load().surnames)  # 百家姓's everyday characters (项 is listed by hand:
    # surnames_extra.csv, a surname the keys name often)


def test_a_chain_of_titles_ends_at_the_post_whose_unit_it_names():
    got = people("郑州市召开推进会\n\n省委常委、市委书记马懿,市委副书记、代市长程志明出席会议。")
    assert got["马懿"][1] == "郑州市委"
    assert got["程志明"][1] == "郑州市"
    got = people("聊城市召开会议\n\n市委第二列席旁听工作组组长、市政协副秘书长、机关党组成员王发鹏出席会议。")
    assert got["王发鹏"][1] == "聊城市政协"


def test_bylines_with_a_spaced_two_character_name_and_the_outlet_of_their_dateline():
    got = people("市长周例会召开\n\n本网讯(记者 李 海 王小明)9月21日上午,市长周例会召开。")
    assert got["李海"][0] == "记者" and got["王小明"][0] == "记者"
    got = people("新闻发布会召开\n\n滁州网讯(全媒体记者张 瑜)5月27日上午,滁州市生态环境局召开新闻发布会。")
    assert got["张瑜"] == ("记者", "滁州网", "press")
    got = people("空气质量通报\n\n人民日报海外版北京7月22日电(记者寇江泽)生态环境部22日通报上半年全国环境空气质量状况。")
    assert got["寇江泽"] == ("记者", "人民日报海外版", "press")
    # a site's credit may name the place it reports from
    got = people("新闻发布会召开\n\n环保网江西讯:(记者 张某某 通讯员:李某某)6月1日,赣州市生态环境局召开新闻发布会。")
    assert got["张某某"] == ("记者", "环保网", "press") and got["李某某"][1] == "环保网"


def test_people_speaking_in_turn_after_their_units_and_names_of_the_minorities():
    got = people("全国生态日先进事迹交流会召开\n\n交流会上,有关同志,以及尼勒克县公安局侦查大队的加勒肯・江布拉提、"
                 "阿勒泰地区审计局的苏君然,分别代表集体和个人分享了做好生态环境保护工作的经验。")
    assert got["加勒肯・江布拉提"] == (None, "尼勒克县公安局侦查大队", "official")
    assert got["苏君然"] == (None, "阿勒泰地区审计局", "official")
    got = people("自治区召开生态环境保护大会\n\n自治区党委副书记、自治区主席艾尔肯·吐尼亚孜出席会议并讲话。")
    assert got["艾尔肯·吐尼亚孜"][0].endswith("主席")


def test_more_bylines_a_list_of_reporters_a_bare_credit_and_the_outlet_reported_by():
    got = people("北京市空气质量通报\n\n新华社北京1月3日电(记者倪元锦、王迪迩)北京市生态环境局3日通报,2023年全市PM2.5浓度32微克/立方米。")
    assert got["倪元锦"][0] == "记者" and got["王迪迩"][0] == "记者"
    got = people("新疆生态环境质量公报\n\n中新网乌鲁木齐6月7日电 (胡嘉琛)新疆生态环境厅6日发布公报。")
    assert got["胡嘉琛"] == ("记者", "中新网", "press")
    got = people("兰州空气质量\n\n据兰州晚报报道(记者 杨昕)今年以来,兰州市优良天数达到280天。")
    assert got["杨昕"] == ("记者", "兰州晚报", "press")


def test_a_name_of_the_minorities_ends_where_the_sentence_goes_on_and_a_slogan_is_no_name():
    assert list(people("自治区召开大会\n\n自治区主席艾尔肯·吐尼亚孜在会上讲话。")) == ["艾尔肯·吐尼亚孜"]
    assert list(people("交流会召开\n\n阿勒泰地区审计局的加勒肯・江布拉提同志获评先进个人。")) == ["加勒肯・江布拉提"]
    assert people("活动举行\n\n宣传部主任美丽中国·生态文明出席。") == {}


def test_a_reporter_of_an_online_outlets_channel_belongs_to_the_outlet():
    got = people("德阳召开环保工作会\n\n四川在线德阳频道消息(记者 古蓉媛)今日上午,德阳市召开全市环境保护工作会。")
    assert got["古蓉媛"] == ("记者", "四川在线", "press")


def test_a_chain_whose_last_post_names_its_own_unit_is_of_that_unit():
    got = people("湖南通报整改进展\n\n10月9日下午,省整改办主任、省环保厅厅长邓立佳对整改进度滞后的5个市州开展集体约谈。")
    assert got["邓立佳"][:2] == ("厅长", "湖南省环保厅")
    chain = people("廊坊市召开发布会\n\n市生态环境局党组书记、局长尹崧同志出席。")
    assert chain["尹崧"][:2] == ("党组书记、局长", "廊坊市生态环境局")


def test_a_name_before_the_day_it_spoke_a_committee_chair_and_the_paper_in_a_credits_brackets():
    got = people("生态环境部发布会\n\n环境监测司副司长蒋火华17日介绍,上半年全国空气质量改善。"
                 "市人大常委会城建环保工委主任委员李国荣出席会议。")
    assert got["蒋火华"][:2] == ("环境监测司副司长", "生态环境部")
    assert got["李国荣"][0].endswith("主任委员")
    assert people("昆明环境\n\n(昆明日报 记者王密)昆明市生态环境局召开会议。")["王密"] == ("记者", "昆明日报", "press")


def test_a_name_with_its_title_after_it_is_read_with_the_unit_before_it():
    got = people("执法情况通报\n\n湖北省环境监察总队蒋茂芳队长介绍,今年以来共立案120件。会上,王建国局长说,要严格执法。"
                 "该局工作人员介绍,现场检查了企业。")
    assert got["蒋茂芳"] == ("队长", "湖北省环境监察总队", "official")
    assert got["王建国"][0] == "局长"
    assert set(got) == {"蒋茂芳", "王建国"}


def test_forest_chiefs_inspectors_and_names_before_yi_or_lai():
    got = people("淅川县巡林\n\n7月9日,淅川县副县长、副总林长屈智利到大石桥乡开展调研。县政府督查专员师卫宁主持会议。"
                 "区委书记王德海以暗访方式到北庄镇开展调研。省住建厅二级巡视员卢修华来我县开展调研。县长沈顺来出席会议。")
    assert got["屈智利"][:2] == ("副县长、副总林长", "淅川县")
    assert got["师卫宁"][0] == "督查专员" and got["王德海"][0] == "区委书记" and got["卢修华"][0] == "二级巡视员"
    assert "沈顺来" in got and "沈顺" not in got  # `来` ends this name: it is no verb before `出席`


def test_credits_by_name_alone_run_together_or_closing_the_item():
    assert set(people("云霄县召开大会\n\n本报讯(郭扬 吴锡坤)9月14日上午,云霄县生态环境保护大会召开。")) == {"郭扬", "吴锡坤"}
    got = people("执法成效\n\n本报讯(首席记者靳晓磊实习生孔翔宇)我市环境执法工作取得明显成效。")
    assert got["靳晓磊"][0] == "记者" and got["孔翔宇"][0] == "实习生"
    assert people("空气质量状况\n\n本报讯 记者张维 生态环境部近日通报2022年全国环境空气质量状况。")["张维"][0] == "记者"
    assert people("调研\n\n5月7日,县委书记王跃文到太阳乡开展调研,察看了林长制落实情况。(张诚)")["张诚"][0] == "记者"


def test_a_chains_last_post_names_the_unit_even_when_the_page_does_not_say_which_county():
    got = people("推进会\n\n6月20日,全县生态环境保护重点工作推进会召开。州政协副主席、县委书记尹宝山出席会议并讲话。")
    assert got["尹宝山"][:2] == ("副主席、县委书记", "县委")


def test_a_time_before_the_unit_of_a_name_with_its_title_after_it_is_no_part_of_the_unit():
    got = people("跟踪督察\n\n近日生态环境部西南督察局梅进副处长一行对我县整改情况开展跟踪督察调研。")
    assert got["梅进"][:2] == ("西南督察局副处长", "生态环境部")


def test_a_title_and_name_before_an_adverb_of_acting():
    assert people("生态文明\n\n市长唐某某多次就推进生态文明制度建设作出部署。")["唐某某"][0] == "市长"
    assert people("生态文明\n\n唐某某市长多次就推进生态文明制度建设作出部署。")["唐某某"][0] == "市长"


def test_running_text_before_a_title_is_no_section_nor_unit():
    got = people("专题学习\n\n2月28日,局长陈某某主持专题学习,安排部署2022年重点工作会议集中学习了市委书记陈敏尔讲话精神。")
    assert got["陈敏尔"][:2] == ("市委书记", None)
    got = people("调研\n\n11月18日下午,市人大常委会由城建环保工委主任李金平带队一行7人开展调研。")
    assert got["李金平"][0] == "城建环保工委主任"


def test_a_byline_ends_at_the_next_field_without_taking_its_first_character():
    from qingshan.extract.people import _byline_pattern
    ctx = context("发布会\n\n12月30日,某局举行新闻发布会。")
    assert [m.group("names") for m in _byline_pattern(ctx).finditer("记者:孙伟版面编辑:陈某某")] == ["孙伟"]


def test_a_county_outlet_named_by_a_short_name_that_is_also_a_word_places_the_page():
    # 万载 (ten thousand years) is a word, so the gazetteer keeps no alias for 万载县; `万载发布` names it
    ctx = context("全县生态环境保护大会召开\n\n10月26日,全县生态环境保护大会召开。县委书记严旭辉出席会议并讲话。"
                  "县政府副县长黎俊昌出席会议。")
    ctx.publisher = "万载发布"
    got = {p.name: p.org for p in extract_people(ctx)}
    assert got["严旭辉"].startswith("万载县") and got["黎俊昌"].startswith("万载县")


def test_officials_who_report_entrust_or_are_dated_after_their_name():
    got = people("四平市召开2024年度全市生态环境保护工作会议\n\n四平市生态环境局党组书记、局长郭宏宇报告了2023年全市生态环境保护"
                 "工作情况。省委书记周祖翼4月12日在南平调研。受县委书记段贵建委托,县委副书记张某出席会议。")
    assert got["郭宏宇"][:2] == ("党组书记、局长", "四平市生态环境局")
    assert got["周祖翼"][0] == "省委书记" and got["段贵建"][0] == "县委书记"


def test_a_credit_in_brackets_opened_by_the_papers_name():
    got = people("兰州市空气质量持续改善\n\n(新甘肃·甘肃经济日报记者燕春丽)近日,记者从兰州市生态环境局获悉,2023年全市优良天数达到300天。")
    assert got["燕春丽"] == ("记者", "甘肃经济日报", "press")


def test_a_station_named_after_its_street_is_no_mayor():
    assert people("荆门市环境质量公报\n\n测点分别为:钟祥市长寿路站、京山市轻机大道站、沙洋县荷花路站。") == {}


def test_review_cases_a_paper_named_after_a_place_word_places_no_page():
    for paper in ("解放日报", "东方头条"):
        ctx = context("垃圾分类新进展\n\n今年以来,县委书记王某出席会议。")
        ctx.publisher = paper
        assert ctx.doc_region is None, paper


def test_a_verb_before_the_unit_is_no_part_of_the_org():
    got = people("菏泽市生态环境局召开会议\n\n8月20日,会议传达学习了市生态环境局党组书记、局长权某8月16日在全市推进会议上的讲话精神。")
    assert got["权某"][:2] == ("党组书记、局长", "菏泽市生态环境局")


def test_posts_of_a_prefecture_and_a_banner_hold_their_jurisdiction():
    got = people("延边州召开专题会\n\n11月27日,州委副书记、州长金寿浩主持召开延边州污染防治攻坚和生态环保督察整改工作专题会。")
    assert got["金寿浩"][1] == "延边州"
    got = people("乌拉特前旗召开会议\n\n11月27日,旗委书记张三主持召开乌拉特前旗生态环保督察整改工作专题会。副旗长李四出席。")
    assert got["张三"][1] == "乌拉特前旗委" and got["李四"][1] == "乌拉特前旗"


def test_an_official_addressing_a_body():
    got = people("玉屏召开人代会\n\n2月23日上午,玉屏侗族自治县人民政府县长田兴国向大会作政府工作报告。")
    assert got["田兴国"][:2] == ("县长", "玉屏侗族自治县人民政府")
    # (`向州委常委会报告`: to a party committee, no person 向州委)
    assert people("延边州\n\n会议决定分别向州委常委会报告、向州委报告并备案。") == {}


def test_one_word_section_labels_are_no_reporters():
    got = people("重庆追梦行动\n\n今年将加强污染防治。\n\n水清\n\n今年将加强工业、城乡生活污染防治。\n\n天蓝\n\n"
                 "着力抓好天蓝,严控交通、工业污染。\n\n张三 李四")
    assert sorted(got) == ["张三", "李四"]
    # (in a page of briefs each author's line closes its item, the last one the page)
    got = people("县区简讯\n\n正定县开展执法检查\n\n3月5日,正定县生态环境分局开展专项执法检查。\n\n张伟\n\n"
                 "平山县召开会议\n\n3月5日,平山县召开生态环境保护工作会议。\n\n王芳\n\n灵寿县启动行动\n\n3月5日,灵寿县启动蓝天行动。\n\n李强")
    assert sorted(got) == ["张伟", "李强", "王芳"]
    # (a page cut short after a label's headline does not make its labels authors)
    got = people("重庆追梦行动\n\n今年将加强污染防治。\n\n水清\n\n今年将加强工业、城乡生活污染防治。\n\n天蓝\n\n"
                 "着力抓好天蓝,严控交通、工业污染。\n\n地绿\n\n这些地方严禁新布局重化工项目\n\n把生态")
    assert "水清" not in got and "天蓝" not in got


def test_a_byline_line_opening_with_its_paper_takes_it_as_written():
    got = people("郑州优良天数已完成184天\n\n截至10月18日,郑州优良天达到184天。\n\n  河南日报客户端记者 李林\n")
    assert got["李林"] == ("记者", "河南日报客户端", "press")
    got = people("郑州优良天数已完成184天\n\n截至10月18日,郑州优良天达到184天。\n\n  责任编辑 记者 李林\n")
    assert got["李林"][1] is None  # an editor's label is no paper


def test_a_county_named_short_before_its_committees_title_is_the_unit():
    got = people("南平市启动河湖专项行动\n\n5月20日,南平市启动专项行动。邵武市委书记陈某,光泽县委书记黄某,顺昌县委书记赵某参加启动仪式。")
    assert got["黄某"][1] == "光泽县委"  # 光泽 alone is a word (luster), not a name the page gives a place
    assert got["陈某"][1] == "邵武市委" and got["赵某"][1] == "顺昌县委"  # (a party committee's post: the committee's)
    # (a post of the place written before it, whatever the page's own place: `光泽县委副书记、县长` is 光泽县's 县长)
    got = people("某县召开会议\n\n宁都县召开会议。宁都县委书记钟某主持会议,光泽县委副书记、县长李某出席。宁都县长王某某讲话。")
    assert (got["钟某"][1], got["李某"][1], got["王某某"][1]) == ("宁都县委", "光泽县", "宁都县")


def test_names_listed_after_a_groups_title_share_it():
    got = people("澄迈县召开生态环境保护工作会议\n\n3月14日,澄迈县生态环境保护工作会议召开。县委书记尹丽波出席会议并讲话。"
                 "县领导及省管领导干部陈雷、向锂、林瑞文、王淞等参加会议。")
    for n in ("陈雷", "向锂", "林瑞文", "王淞"):
        assert got[n][:2] == ("县领导及省管领导干部", "澄迈县")
    got = people("某市召开会议\n\n3月14日,某市召开会议,听取各地发言、讨论问题等参加情况。")
    assert not got  # no names, no people


def test_a_site_named_in_one_character_before_its_dateline_is_the_reporters():
    got = people("湖南召开新闻发布会\n\n红网时刻新闻2月22日讯(记者 李璐 陈奥男)2月22日下午,省生态环境厅召开新闻发布会。")
    assert got["李璐"] == ("记者", "红网", "press") and got["陈奥男"][1] == "红网"
    got = people("某县召开会议\n\n本网讯(记者 李璐)2月22日下午,某县召开会议。")
    assert got["李璐"][1] is None  # 本网: the page's own site, not named


def test_an_official_coming_to_the_place_named_short_to_visit_is_read():
    got = people("松原市生态环境工作\n\n5月8日,省生态环境厅厅长杨同光来松调研。")
    assert got["杨同光"][0] == "厅长"
    got = people("松原市生态环境工作\n\n副局长王明来说,今年的工作很重要。")
    assert "王明来" not in got


def test_a_captions_credit_in_brackets_is_its_photographer():
    got = people("澄迈县召开会议\n\n3月14日,澄迈县生态环境保护工作会议召开。\n澄迈县生态环境保护工作会议召开(图:叶上荣)\n")
    assert got["叶上荣"][0] == "摄影"
    got = people("澄迈县召开会议\n\n3月14日,澄迈县召开会议(图为会议现场)。\n")
    assert not got


def test_people_of_a_group_of_units_keep_their_title_whole_and_no_unit():
    got = people("某市召开会议\n\n3月9日,某市召开大气污染防治工作会议。市直有关部门负责同志刘明、陈亮参加会议。")
    assert got["刘明"][:2] == ("负责同志", None) and got["陈亮"][:2] == ("负责同志", None)


def test_a_named_units_department_keeps_its_unit():
    got = people("某市召开会议\n\n3月9日,某市召开会议。市生态环境局相关业务部门负责同志王明、李亮参加会议。")
    assert got["王明"][1] is not None and "生态环境局" in got["王明"][1]


def test_a_persons_own_title_named_later_replaces_the_title_of_their_group():
    ps = people("某县召开推进会\n\n3月8日,湖南省岳阳县召开重点环境问题整治推进会,县领导田某、曾平原、胡秉阳出席。\n\n"
                "县委副书记、县长曾平原主持会议。会上,副县长胡秉阳作了部署。")
    assert ps["田某"][0] == "县领导"  # (no title of their own: the group's stays)
    assert (ps["曾平原"][0], ps["胡秉阳"][0]) == ("副书记、县长", "副县长")


def test_a_name_that_is_also_a_place_word_is_a_name_after_an_officials_title():
    ps = people("某市市长调研\n\n6月19日下午,市委副书记、市长高山深入东昌区调研。高山强调,要深入整改。")
    assert ps["高山"][0] == "副书记、市长"
    assert "高山" not in people("某市活动\n\n志愿者登上高山,清理垃圾。")  # no title: the word


def test_an_everyday_word_left_on_a_line_of_its_own_is_no_reporter():
    text = "某市召开生态环境保护大会\n\n本报讯 3月5日,某市召开生态环境保护大会。市长王明出席并讲话。\n\n{}"
    assert "权责" not in people(text.format("权责"))
    assert people(text.format("高峰 李华"))["高峰"][0] == "记者"  # names jieba knows as names stay


def test_an_official_before_a_joint_act_a_talk_a_towns_head_and_a_companys_director():
    got = people("签约仪式\n\n某研究院总经理王某与大石镇镇长李某某共同签署合作协议。\n"
                 "市长赵某分别与省林业局局长刘某某座谈。\n某钢铁集团党委书记、执行董事孙某某参加活动。")
    assert got["李某某"][:2] == ("镇长", "大石镇")  # a town's name before its head's title
    assert got["刘某某"][:2] == ("局长", "省林业局")
    assert got["孙某某"][0] == "党委书记、执行董事"
    assert people("会议\n\n城镇副镇长刘某出席。")["刘某"][1] is None  # `城镇` is a word, no town


def test_a_jurisdictions_body_before_a_title_is_the_pages_own():
    got = people("武邑县开展环境日宣传活动\n\n6月5日,县人大副主任李某明,县政协副主席张某参加了活动。")
    assert (got["李某明"][1], got["张某"][1]) == ("武邑县人大", "武邑县政协")


def test_a_kind_of_town_is_no_towns_unit():
    got = people("会议\n\n重点镇镇长王某、古镇镇长黄某、示范乡乡长张某、特色小镇负责人李某出席会议。")
    assert [got[n][1] for n in ("王某", "黄某", "张某", "李某")] == [None, None, None, None]


def test_a_deputy_in_charge_of_daily_work_keeps_his_org_and_the_deputies_after_him_share_it():
    found = {p.name: (p.title, p.org) for p in extract_people(context(
        "某市开展调研\n\n6月5日,省环科院常务副总经理李刚,副总经理康兴生、李波参加调研。"))}
    assert found["李刚"] == ("常务副总经理", "省环科院")
    assert found["李波"] == ("副总经理", "省环科院")


def test_a_reporter_of_a_papers_website_or_app_is_the_papers():
    found = {p.name: p.org for p in extract_people(context(
        "某省召开发布会\n\n新民晚报网6月2日讯(记者 王某明)6月2日,市政府召开新闻发布会。"))}
    assert found["王某明"] == "新民晚报"
    found = {p.name: p.org for p in extract_people(context("某省召开会议\n大众日报·大众新闻 记者 赵某刚\n3月5日,省生态环境厅召开会议。"))}
    assert found["赵某刚"] == "大众日报"


def test_officials_who_make_a_speech_or_advise_and_a_deputys_title():
    got = people("山西召开电视电话会议\n\n6月2日,全省会议在太原召开。省委副书记、省长王某某做重要讲话。"
                 "市生态环境局固废管理处处长李某某建议,市民减少生活垃圾。监测总站副站长赵某某出席签约仪式。")
    assert got["王某某"][0] == "副书记、省长" and got["李某某"][0].endswith("处长") and got["赵某某"][0] == "副站长"


def test_a_credit_naming_its_unit_before_its_people():
    got = people("某区开展学习\n\n4月2日,涪城区召开会议。\n(作者:区融媒体中心 李某某 王某某  初审:赵某某)")
    assert got["李某某"] == ("记者", "涪城区融媒体中心", "press") and got["王某某"][1] == "涪城区融媒体中心"



def test_an_official_who_is_a_guest_of_a_programme():
    got = people("某市局长做客热线\n\n3月2日,市生态环境局局长高某某做客“民生热线”,回答市民提问。")
    assert got["高某某"][0] == "局长"


def test_a_credit_closing_an_item_names_the_medium_it_writes_for():
    from qingshan.extract.document import extract_document

    def credited(page):
        return {(p["name"], p["title"], p["org"]) for p in extract_document("c", page)["people"] if p["title"] == "记者"}

    # the medium in the credit's brackets (`(陕西网 记者 …)`), a site as much as a paper
    assert credited("某市考核指标公布\n2019-03-02 10:00\n某市优良天数257天。(陕西网 记者 汪某莉)\n") == {("汪某莉", "记者", "陕西网")}
    # a city's news portal opening its dateline (`昆明信息港讯 记者…`)
    assert credited("某市召开通报会\n2021-09-01 10:00\n某市信息港讯 记者姚某恒 8月31日,某市召开通报会。\n") == {
        ("姚某恒", "记者", "某市信息港")}
    # none named there: the paper whose page it is (`来源 | 青海日报`, its label set apart by a bar), a bare name too
    page = "全省环境保护工作会议召开\n2016-02-03 09:19:57\n2月1日,全省环境保护工作会议在西宁召开。(记者 董某洁)\n来源 | 青海日报\n"
    assert credited(page) == {("董某洁", "记者", "青海日报")}
    page = "全省环境保护工作会议召开\n2016-02-03 09:19:57\n2月1日,全省环境保护工作会议在西宁召开。(董某洁)\n来源 | 青海日报\n"
    assert credited(page) == {("董某洁", "记者", "青海日报")}
    # a bureau's page is no medium: its reporter's paper is unknown
    page = "全省环境保护工作会议召开\n2016-02-03 09:19:57\n2月1日,全省环境保护工作会议在西宁召开。(记者 董某洁)\n来源:某省生态环境厅\n"
    assert credited(page) == {("董某洁", "记者", None)}


def test_a_short_form_the_text_defines_names_its_organisation():
    got = people("某站与某市签约\n\n2023年5月8日,中国环境监测总站(以下简称总站)与某市人民政府(以下简称“市政府”)签订战略合作协议。"
                 "总站副站长毛某如出席签约仪式。")
    assert got["毛某如"][:2] == ("副站长", "中国环境监测总站")


def test_review_a_short_form_after_a_verb_phrase_and_a_government_portal():
    got = people("某市联席会议\n\n我局会同市水务局(以下简称水务局)召开联席会议。水务局局长王某出席会议。")
    assert got["王某"][1] == "市水务局"
    from qingshan.extract.document import extract_document
    page = "全省会议召开\n2016-02-03 09:19:57\n2月1日,全省环境保护工作会议在西宁召开。(记者 董某洁)\n来源:中国政府网\n"
    assert [(p["name"], p["org"]) for p in extract_document("g", page)["people"]] == [("董某洁", None)]


def test_a_section_named_without_its_body_is_the_acting_bodys():
    # `厅大气环境处`, `局法规科`, a bare `办公室` after a post: the section goes with the title, the body is the page's
    ps = people("贵州省生态环境厅召开新闻发布会\n\n10月9日,省生态环境厅召开新闻发布会,新闻发言人、办公室主任周某主持,"
                "厅大气环境处处长吴某介绍情况。")
    assert ps["周某"][:2] == ("新闻发言人、办公室主任", "贵州省生态环境厅")
    assert ps["吴某"][:2] == ("大气环境处处长", "贵州省生态环境厅")
    ps = people("遵义市生态环境局召开新闻发布会\n\n10月9日,市生态环境局召开新闻发布会,局法规科科长罗某通报典型案例。")
    assert ps["罗某"][:2] == ("法规科科长", "遵义市生态环境局")
    # a body of a place is no section of the page's (`县政府办公室`)
    ps = people("遵义市生态环境局召开会议\n\n10月9日,市生态环境局召开会议,县政府办公室主任罗某参加。")
    assert ps["罗某"][1] != "遵义市生态环境局"


def test_words_of_the_order_people_speak_in_are_no_part_of_their_unit():
    ps = people("阳原县召开考核工作调度会\n\n会上,首先县生态环境分局局长李某通报考核结果,随后由县水利局副局长王某汇报。")
    assert ps["李某"][1].endswith("县生态环境分局") and not ps["李某"][1].startswith("首先")
    assert ps["王某"][1].endswith("县水利局") and "随后" not in ps["王某"][1]


def test_a_source_lines_credit_keeps_every_name_and_role_and_its_papers_medium():
    text = ("两地启动流域共治\n\n日前,两地“流域共治”正式启动。\n\n"
            "来源:浙江日报    作者:记者 张某 郑某某 某某融媒共享联盟某站 蔡某某 通讯员 王某    编辑:高某某")
    ctx = context(text)
    ctx.publisher = "浙江日报"
    ps = {p.name: (p.title, p.org) for p in extract_people(ctx)}
    assert ps["张某"] == ps["郑某某"] == ("记者", "浙江日报")
    assert ps["王某"] == ("通讯员", "浙江日报")  # the credit goes on along the line
    assert "高某某" not in ps  # an editor is no author


def test_surnames_and_posts_of_the_west_and_of_the_inspectorate():
    # 税 (Sichuan, Tibet) and 旷 (Hunan) are surnames (surnames_extra.csv); 环保总监 and 督察专员 are posts (titles.csv)
    ps = people("发布会召开\n\n四川省生态环境厅环保总监刘某出席,省生态环境厅副厅长税某某、湖南省生态环境厅生态环境保护督察专员旷某某介绍情况。")
    assert ps["刘某"][:2] == ("环保总监", "四川省生态环境厅")
    assert ps["税某某"][0] == "副厅长"
    assert ps["旷某某"][:2] == ("生态环境保护督察专员", "湖南省生态环境厅")


def test_officials_sharing_a_title_then_commenting_on_their_work():
    ps = people("福建省生态环境厅召开会议\n\n厅党组成员、副厅长李某某、郑某某结合各自分管业务进行了点评发言。")
    assert ps["郑某某"][:2] == ("党组成员、副厅长", "福建省生态环境厅")


def test_a_chain_whose_last_post_names_what_it_is_of():
    ps = people("河长制工作\n\n5月22日上午,衡东县副县长、吴集河河长颜某某深入吴集河开展了巡查。")
    assert ps["颜某某"][:2] == ("副县长、吴集河河长", "衡东县")


def test_a_reporter_credited_after_an_outlets_news_from_a_place_who_took_the_photos_too():
    ps = people("贵州省空气品质总体优良\n\n国际在线贵州消息(杨某某):10月28日,贵州省生态环境厅举行新闻发布会。\n\n发布会现场 摄影 杨某某\n\n"
                "会上通报了有关情况。")
    assert ps["杨某某"][:2] == ("记者", "国际在线")


def test_a_source_line_in_the_traditional_script_names_the_publisher_and_its_reporters_medium():
    assert publisher(["來源:科技日報 時間:2024-07-26 16:15"], None) == "科技日报"
    assert publisher(["2019-06-04 20:52:36 來源:市場星報   編輯:江某"], "安徽省") == "市场星报"  # a market's paper, no 市
    assert publisher(["来源:市生态环境局"], "安徽省合肥市") != "市生态环境局"  # a city's bureau is qualified
    # (the day and the author's field glued after the source's name: `來源:浙江日報2022-05-09作者:某某`)
    assert publisher(["來源:浙江日報2022-05-09作者:某某"], None) == publisher(["来源:浙江日报作者:某某"], None) == "浙江日报"
    assert publisher(["来源:合肥市2023年度生态环境状况公报 发布时间:2024-06-05"], None) != "合肥市"  # (a year, no date)


def test_reporters_credited_in_brackets_with_the_word_reported_by_the_publishers_outlet():
    ctx = context("湖南某县:大河小河有管护\n\n中国报道讯( 邓某某 董某某 报道)湖南省某县境内水系发达。")
    ctx.publisher = "中国报道"
    ps = {p.name: (p.title, p.org) for p in extract_people(ctx)}
    assert ps == {"邓某某": ("记者", "中国报道"), "董某某": ("记者", "中国报道")}


def test_our_papers_reporter_on_a_page_whose_footer_names_the_paper():
    assert publisher(["版权所有:陕西农村报 陕ICP备06007801号-1 技术支持:锦华科技"], None) == "陕西农村报"
    assert publisher(["版权所有 凤凰彩票 备案号:12345"], None) is None  # a footer's spam is no publisher
    ctx = context("我省精准执法筑牢生态屏障\n\n本报讯(记者 方某)11月24日,省生态环境厅举办新闻发布会。")
    ctx.publisher = "陕西农村报"
    assert {p.name: (p.title, p.org) for p in extract_people(ctx)} == {"方某": ("记者", "陕西农村报")}


def test_a_research_institutes_section_goes_with_the_title_and_a_name_before_a_time():
    ps = people("湖北省新闻发布会\n\n出席今天发布会的有:省生态环境科学研究院法标所所长黄某先生。")
    assert ps["黄某"][:2] == ("法标所所长", "湖北省生态环境科学研究院")
    ps = people("生猪养殖治理\n\n为推动拆除工作,大河乡党委书记朱某某近段时间组成7人工作组。")
    assert ps["朱某某"][0] == "党委书记"


def test_a_photographer_and_the_medium_closing_a_caption():
    ps = people("江西省新闻发布会\n\n5月3日,江西省举行新闻发布会。\n\n新闻发布会现场(省政府网文某 摄)\n\n会议介绍了有关情况。")
    assert ps["文某"][:2] == ("摄影", "省政府网")
    # (unbracketed, the outlet right before the name: `人民网 张某摄`; not a word of the caption, `雨污管网 张某摄`)
    ps = people("青海水资源公报\n\n2021年全省降水偏多。\n\n澜沧江网状水系。人民网 张皓芃摄\n\n新铺设的雨污管网 李小涛摄\n")
    assert (ps["张皓芃"][:2], ps["李小涛"][:2]) == (("摄影", "人民网"), ("摄影", None))
    # a reporter of the national broadcaster, `总台` (news_outlets.csv)
    ps = people("海南新闻发布会\n\n今日,海南省召开新闻发布会。(总台记者 盖培文 徐舒扬)\n")
    assert ps["盖培文"][:2] == ("记者", "总台")


def test_review40b_a_desk_or_a_bulletin_before_a_photo_credit_is_no_outlet():
    ps = people("社区宣传\n\n居民阅读垃圾分类快报。\n\n政务服务中心总台 李明摄\n\n社区环保快报 王芳摄\n")
    assert (ps["李明"][:2], ps["王芳"][:2]) == (("摄影", None), ("摄影", None))


def test_regressions_of_the_third_review_stay_fixed():
    # an editor in a credit is no reporter
    assert people("某部召开发布会\n\n据央视新闻客户端消息(编辑 刘某)生态环境部5月1日召开例行新闻发布会。") == {}
    ps = people("全省新闻\n\n5月1日,全省召开会议。\n\n来源:湖南日报 作者:记者 唐某某 编辑 赵某 责任编辑 钱某")
    assert set(ps) == {"唐某某"}
    # a copyright notice's words are no publisher; a county's 民政局 keeps its place
    assert publisher(["版权所有 转载请注明来源中国环境网"], None) is None
    assert publisher(["来源:县民政局"], "安徽省安庆市望江县") != "县民政局"


def test_copyright_owners_and_county_bodies_of_the_fourth_review():
    assert publisher(["版权所有 滨州日报社 鲁ICP备12345678号"], None) == "滨州日报社"
    assert publisher(["来源:县民政局"], "山东省滨州市") == "县民政局"  # which county is not known: as written


def test_a_chain_whose_first_post_holds_the_jurisdiction_and_whose_last_names_a_river():
    ps = people("繁昌区召开河长制工作会议\n\n3月1日,繁昌区召开河长制工作会议,副区长、漳河河长刘某某出席会议。")
    assert ps["刘某某"][:2] == ("副区长、漳河河长", "繁昌区")


def test_a_bylines_reporter_before_the_next_credit_and_after_the_papers_name():
    got = people("某地河湖长制见闻\n某某日报全媒体记者 郑海涛、通讯员 龚悦\n9月5日,某某区嫦娥广场立起河长公示牌。")
    assert got["郑海涛"][0] == "记者" and got["龚悦"][0] == "通讯员"


def test_an_official_who_organises_or_carries_out_something():
    got = people("某县开展巡河\n4月2日,县委副书记、县长焦立波组织开展湘水河巡河。会上,省生态环境厅副厅长麦振东进行了主旨发布。")
    assert got["焦立波"][0].endswith("县长") and got["麦振东"][:2] == ("副厅长", "省生态环境厅")


def test_a_name_ending_in_he_before_a_verb_or_a_pause_is_whole():
    got = people("某县召开会议\n县领导孙永和、魏晓文等参加会议。县委书记孙永和强调,要压实责任。")
    assert "孙永和" in got and "孙永" not in got


def test_the_officers_of_a_democratic_partys_committee():
    got = people("某市开展民主监督调研\n市政协副主席、民革荆门市委会主委甘子悦,民革荆门市委会专职副主委单丽平陪同调研。")
    assert got["甘子悦"][0].endswith("主委") and got["单丽平"][0] == "专职副主委"


def test_a_reporter_filing_from_a_place_and_one_credited_under_a_source_read_aloud_in_pinyin():
    got = people("某市发布公报\n本报记者蔡某华 见习记者温静杭州报道 某市环保局近日发布了公报。")
    assert "温静" in got and "温静杭" not in got
    from qingshan.extract.document import extract_document
    rows = extract_document("t", "某县推进蓝天保卫战\n來源:某陽新聞網(wǎng) 作者:閔海波 2019-07-16 17:20\n"
                                 "某陽新聞網(wǎng)7月16日訊 某縣召開會議,部署蓝天保卫战工作。\n")
    assert [(p["name"], p["org"]) for p in rows["people"]] == [("闵海波", "某阳新闻网")]


def test_a_source_read_aloud_in_pinyin_names_the_publisher():
    assert publisher(["來源:某陽新聞網(wǎng) 作者:閔海波 2019-07-16 17:20"], None) == "某阳新闻网"


def test_a_heads_title_that_repeats_the_last_character_of_the_unit():
    got = people("某县召开会议\n同时,生态环境分局副局长汪永春、环境监测站长阮国华进行现场咨询答疑。")
    assert got["阮国华"][:2] == ("站长", "环境监测站")


def test_which_head_is_no_unit_and_a_brigades_head_has_his_brigade():
    got = people("水文站迎来新老交替\n5月6日,县水文站召开交接会,原站长杜洪生、新任站长萧子明出席会议并讲话。")
    assert got["萧子明"][1] is None
    got = people("县生态环境执法检查\n10月9日,县环境监察大队长潘国林带队检查涉气企业。")
    assert got["潘国林"][:2] == ("大队长", "县环境监察大队")


def test_a_caption_credit_on_a_page_an_outlets_dateline_opens_is_that_outlets():
    got = people("某区召开发布会\n中国某某网讯 6月5日上午,某区政府新闻办召开新闻发布会。\n图为新闻发布会现场 摄影:林晓琪\n"
                 "据介绍,全区生态环境质量总体稳定。")
    assert got["林晓琪"][:2] == ("摄影", "中国某某网")


def test_a_life_papers_reporter():
    got = people("我省发布生态环境状况公报\n生活报讯 (记者仲明) 5日是“世界环境日”,省政府新闻办召开发布会。")
    assert got["仲明"][:2] == ("记者", "生活报")


def test_an_official_who_sits_in_on_a_meeting():
    got = people("某市召开工作会议\n3月3日,某市生态环境局召开全市生态环境保护工作会议。市纪委监委派驻纪检监察组组长钱立东参会并提出相关要求。")
    assert "钱立东" in got


def test_a_credit_takes_no_outlet_cited_or_of_another_item():
    got = people("环保要闻\n湘江流域水质持续向好\n新华网长沙5月8日电 湖南省生态环境厅8日通报,湘江干流水质均达到Ⅱ类。\n"
                 "岳阳开展洞庭湖禁捕巡查\n本报讯(记者 谭志国)5月7日,岳阳市开展洞庭湖禁捕联合巡查。")
    assert got["谭志国"][1] is None
    got = people("某县开展入河排污口排查\n据中国环境报报道,近日某县生态环境分局组织开展入河排污口排查。\n图为排查现场 摄影:周立文\n")
    assert got["周立文"][1] is None
    got = people("我市居民绿色出行比例提升\n本报讯(记者 周晓梅)昨日,市发展改革委发布《2023年市民绿色生活报告》。")
    assert got["周晓梅"][1] is None  # (a 生活报告 is no paper)


def test_which_head_no_unit_executive_and_acting():
    got = people("某院召开座谈会\n3月8日,执行院长陈景明主持会议,代理站长周海波作交流发言。")
    assert got["陈景明"][1] is None and got["周海波"][1] is None


def test_a_party_secretary_with_no_unit_is_of_the_pages_party_committee():
    got = people("温州市公开整改情况\n\n市委、市政府先后召开12次专题会议,市委书记张某某、市长李某某作出一系列重要安排。")
    assert got["张某某"][:2] == ("市委书记", "温州市委") and got["李某某"][:2] == ("市长", "温州市")
    assert people("某县召开会议\n\n龙游县召开大会。县委副书记王某某出席。")["王某某"][1] == "龙游县委"


def test_a_publisher_in_a_table_of_fields():
    assert publisher(["索引号 | 11370800/2024-01234 | 发布机构 | 宜昌市生态环境局 | 组配分类 | 工作动态 |"], None) \
        == "宜昌市生态环境局"
    assert publisher(["污染来源 | 机动车 | 工业源 | 扬尘"], None) is None  # a table's cell is no publisher
    assert publisher(["首要来源 | 机动车"], None) is None  # (its label a longer word's tail)
    assert publisher(["文章来源:某市生态环境局"], None) == "某市生态环境局"


def test_county_and_city_leaders_at_a_provinces_event_held_in_one_county():
    got = people("8月20日,由江西省生态环境厅、赣州市人民政府主办,崇义县政府承办的江西省生态日活动在崇义县举办。"
                 "省生态环境厅副厅长赵某某出席活动并讲话,市领导孙某某,县领导周某某、吴某某等出席活动。")
    assert got["孙某某"][1] == "赣州市" and got["周某某"][1] == "崇义县" and got["吴某某"][1] == "崇义县"
    # (a page naming two counties does not say which)
    two = people("8月20日,江西省生态日活动在崇义县、大余县同时举办。市领导孙某某,县领导周某某出席活动。")
    assert two["周某某"][1] is None
    # (an event held in another city: its 市领导 are not the county's city's)
    held = people("江西省2024年生态环境保护大会召开\n\n3月5日,江西省生态环境保护大会在南昌市召开。市领导孙某某出席会议。"
                  "会上,崇义县作典型发言。")
    assert held["孙某某"][1] is None


def test_a_body_an_outlet_or_a_credits_word_is_no_person():
    got = people("关于印发某某方案的通知\n\n现将方案印发给你们。\n\n生态环境部 发展改革委\n\n市场监管总局 能源局\n\n"
                 "某市召开会议。(通讯员供图)\n记者 新华网\n")
    assert not {"能源局", "供图", "新华网"} & set(got)
    # (a given name so ending is a name: 王振台, 张建社, 陈汉署)
    got = people("某市开展专项行动\n\n本报讯(记者 王振台 通讯员 李国社)7月1日,某市启动专项行动。市生态环境局局长张建社出席,"
                 "副局长陈汉署主持。")
    assert {"王振台", "李国社", "张建社", "陈汉署"} <= set(got)


def test_a_medium_heading_a_byline_line_a_quotes_attribution_and_an_official_who_makes_figures_public():
    # any medium opening the line of a credit is the reporters' (`荆楚网 记者 …`; not a government portal's name)
    got = people("武汉空气质量\n\n长江网 记者 张明远 通讯员 李卫东\n7月12日,武汉市召开空气质量工作会议。")
    assert got["张明远"] == ("记者", "长江网", "press") and got["李卫东"] == ("通讯员", "长江网", "press")
    assert people("武汉空气质量\n\n市政府门户网 记者 张明远\n7月12日,武汉市召开会议。")["张明远"][1] is None
    # a quote's attribution opening with a dash: the dash is no part of the unit
    got = people("福建省生态环境厅\n\n“要让违法者承担修复的代价。”\n—省生态环境厅党组书记陈立新赴宁德检查时指出\n")
    assert got["陈立新"] == ("党组书记", "福建省生态环境厅", "official")
    # an official making figures public (`公布`, `披露`) acts as one who reports them
    got = people("湖南省召开会议\n\n会上,省生态环境厅党组书记、厅长赵文涛公布的一组数据显示:全省水质持续改善。")
    assert got["赵文涛"] == ("党组书记、厅长", "湖南省生态环境厅", "official")


def test_a_bare_credit_after_a_dateline_may_name_a_later_ones_role():
    got = people("江苏召开发布会\n\n人民网南京7月26日电 (张明远、实习生李卫东)26日上午,江苏省召开新闻发布会。")
    assert got["张明远"] == ("记者", "人民网", "press") and got["李卫东"] == ("实习生", "人民网", "press")


def test_the_next_post_of_one_units_leadership_after_the_first_ones_act_and_a_bare_provincial_department():
    got = people("某市召开总结会议\n\n下午,市生态环境局召开年度总结会议。德州市生态环境局党组书记、局长王某平出席会议并讲话,"
                 "党组副书记李某安主持会议。")
    assert got["李某安"] == ("党组副书记", "德州市生态环境局", "official")
    # a 厅 named alone is the province's department; its deputy after the head's act is of it too
    got = people("湖北省生态环境工作会议召开\n\n2月21日,湖北省生态环境工作会议召开。生态环境厅党组书记、厅长赵某明出席会议并讲话,"
                 "党组副书记、副厅长、一级巡视员钱某东主持会议。")
    assert got["赵某明"][1] == got["钱某东"][1] == "湖北省生态环境厅"
    # (a deputy of a bureau is not of the 厅 before; a jurisdiction's post names its own unit)
    got = people("湖北省召开会议\n\n湖北省生态环境厅厅长赵某明出席会议并讲话,副县长钱某东主持会议。")
    assert got["钱某东"][1] != "湖北省生态环境厅"


def test_a_chain_whose_last_post_is_written_with_its_own_place_is_of_that_places_committee():
    got = people("某县召开整改会议\n\n3月5日,玉林市委常委、北流市委书记张某明主持会议并讲话。")
    assert got["张某明"] == ("常委、北流市委书记", "北流市委", "official")


def test_a_credit_naming_each_ones_part_after_a_slash():
    got = people("某区空气质量\n\n(记者 张明远/文 李卫东/图)4月10日,记者从区生态环境局获悉,全区优良天数为83天。")
    assert got["张明远"][::2] == ("记者", "press") and got["李卫东"][::2] == ("摄影", "press")


def test_the_next_post_is_not_of_a_guests_unit_and_an_office_or_a_hall_is_no_provincial_department():
    # (review) a guest of another unit spoke first: the host's 党组书记 is not of the guest's unit
    got = people("某市生态环境局召开2024年工作会议\n\n2月26日,某市生态环境局召开工作会议。副市长陈某坚出席会议并讲话,"
                 "党组书记吕某芳主持会议,一级巡视员何某康作工作报告。")
    assert got["吕某芳"][1] != "某市" and got["何某康"][1] != "某市"
    got = people("某市举办培训班\n\n3月12日,德州市生态环境局党组书记、局长沈某华出席开班式并讲话,德州市应急管理局副局长吕某芳"
                 "介绍了安全生产形势,党组成员王某东主持开班式。")
    assert got["王某东"][1] != "德州市应急管理局"
    got = people("浙江省生态环境工作会议召开\n\n生态环境厅党组书记、厅长郑某强出席会议并讲话。办公厅主任徐某新主持会议。")
    assert got["郑某强"][1] == "浙江省生态环境厅" and got["徐某新"][1] != "浙江省办公厅"


def test_names_before_their_titles_in_a_list_that_attends_and_officials_answering_together():
    got = people("某市召开推进会议\n\n7月2日下午,市政府组织召开会议。副市长王某刚出席会议并讲话,刘某成副秘书长、"
                 "市生态环境局周某臣局长、相关县(市)区政府负责同志参加了会议。")
    assert got["刘某成"][0] == "副秘书长" and got["周某臣"][:2] == ("局长", "市生态环境局")
    got = people("黑龙江省召开发布会\n\n会上,省生态环境厅二级巡视员陈某厚、省生态环境厅二级巡视员迟某德一起回答了记者提问。")
    assert got["迟某德"] == ("二级巡视员", "黑龙江省生态环境厅", "official")  # (迟, a surname jieba reads as `late`)


def test_the_government_office_named_short_is_the_pages_governments_general_office():
    got = people("安仁县召开生态环境保护工作会议\n\n3月10日下午,安仁县召开生态环境保护工作会议,会议由政府办副主任李某忠主持。")
    assert got["李某忠"][:2] == ("副主任", "安仁县人民政府办公室")


def test_the_hosts_leadership_after_a_guest_and_credits_with_the_part_before_the_slash():
    got = people("丽水市生态环境局召开警示教育大会\n\n4月9日,丽水市生态环境局召开警示教育大会。副市长陈某新出席会议并讲话,"
                 "局党组书记郑某华主持会议,党组成员林某燕通报典型案例。")
    assert got["林某燕"][1] == got["郑某华"][1] == "丽水市生态环境局"
    got = people("常山县开展清四乱\n\n(文/汪某君 图/余某峰)7月8日,常山县开展河湖“清四乱”专项行动。")
    assert got["汪某君"][0] == "记者" and got["余某峰"][0] == "摄影"


def test_a_news_apps_credit_line_and_the_credits_under_it_take_the_source_the_page_closes_with():
    text = ("某市发布会\n\n潮新闻记者 张某明\n特约通讯员 李某东 通讯员 王某芳\n8月1日,某市政府新闻办召开新闻发布会。\n(来源:潮新闻)\n")
    ctx = context(text)
    ctx.publisher = publisher(["(来源:潮新闻)"], None)
    got = {p.name: (p.title, p.org) for p in extract_people(ctx)}
    assert got["张某明"] == ("记者", "潮新闻") and got["李某东"] == ("特约通讯员", "潮新闻") and got["王某芳"][1] == "潮新闻"


def test_a_name_before_its_title_then_a_visit():
    got = people("某县召开推进大会\n\n3月15日下午,某县召开推进大会。河北省环保厅赵某军副厅长专程莅临大会并做了重要讲话。")
    assert got["赵某军"] == ("副厅长", "河北省环保厅", "official")


def test_a_column_label_before_a_credit_is_no_medium_and_other_visit_words():
    # (third review) `环保新闻`, `图片新闻`: a column's name, not a news app (those are named in news_outlets.csv)
    got = people("某市开展河道清淤专项行动\n\n环保新闻 记者 周某明 通讯员 陈某丽\n近日,某市开展河道清淤专项行动。")
    assert got["周某明"][1] is None
    got = people("某县召开会议\n\n省生态环境厅陈某国副厅长深入我县调研大气污染防治工作。")
    assert got["陈某国"][0] == "副厅长"
    # a source's name holding brackets keeps them
    assert publisher(["来源:金华日报(数字版) 发布时间:2023-05-06"], None) == "金华日报(数字版)"


def test_the_general_secretary_attending_is_a_person_his_doctrine_and_speeches_are_not():
    text = ("某部召开工作会议\n\n党中央再次召开全国生态环境保护大会,习近平总书记出席会议并发表重要讲话。"
            "会议要求,深入学习贯彻习近平生态文明思想和习近平总书记重要讲话精神,传达学习习近平总书记讲话精神。"
            "这是习近平总书记亲自谋划的重大工程。")
    assert people(text) == {"习近平": ("总书记", "中共中央", "official")}  # (a post only one body has)


def test_a_name_before_its_title_then_a_report_or_a_speech_made_is_a_person_acting():
    text = ("某自治区召开整改调度会议\n\n1月19日,某自治区召开督察整改工作视频调度会议,由生态环境厅杨某某厅长通报了整改工作进展情况,"
            "张某某副主席做了重要讲话。会上,市生态环境局王某某局长传达了全区会议精神,李某副局长宣读了表彰决定。")
    got = people(text)
    assert {n: got[n][0] for n in ("杨某某", "张某某", "王某某", "李某")} == {
        "杨某某": "厅长", "张某某": "副主席", "王某某": "局长", "李某": "副局长"}
    assert people("某市会议\n\n会议要求,王某局长作为第一责任人,要亲自抓。") == {}
    assert people("某市会议\n\n刚才,王某某局长作的工作报告,我完全同意。") == {}  # a speech made, told of


def test_a_director_level_post_opens_a_chain_of_titles():
    text = ("廊坊市生态环境局召开新闻发布会\n\n市生态环境局昨天召开新闻发布会。市生态环境局二级总监、生态环境监测处处长祁某某介绍,"
            "2031年全市PM2.5平均浓度为31微克/立方米。")
    assert people(text)["祁某某"][:2] == ("二级总监、生态环境监测处处长", "廊坊市生态环境局")


def test_a_places_office_holder_unnamed_or_the_general_secretary_cited_is_no_person():
    # (review) `高新区局长汇报`, `白沙镇镇长汇报`: no names; `习近平总书记强调,…` relayed at a meeting: his words cited
    text = ("某市召开会议\n\n9月3日,某市召开生态环境保护委员会全体会议。会议指出,习近平总书记强调,要坚持一体化保护。"
            "会上,高新区局长汇报了园区工作,白沙镇镇长汇报了河道清理情况。")
    assert people(text) == {}


def test_a_word_jieba_knows_but_seldom_is_a_name_right_after_a_title_and_a_chrome_line_keeps_later_roles():
    # (路军 is a word jieba has seen 85 times; right after `市委常委` and before `出席` it is a name)
    got = people("某市召开调度会\n\n1月9日下午,某市副市长王某主持召开全市大气污染防治工作调度会,市委常委路军出席。")
    assert got["路军"][0] == "常委"
    # (a common word after a title stays one: 高度)
    assert set(people("某市召开调度会\n\n市委书记高度重视,出席会议。")) == set()
    got = people("某县督导整改\n发布时间:2031/5/8 来源:某某新闻网 作者:周某某 通讯员:郑某某 王某某\n5月7日,县长到某镇督导整改工作。")
    assert got["郑某某"][0] == got["王某某"][0] == "通讯员"


def test_review_an_adverb_after_a_title_is_no_name():
    assert people("某市召开会议\n\n3月12日,某市生态环境保护委员会全体会议召开。市生态环境局局长简要通报了全市生态环境质量状况。") == {}
    assert people("某市处置突发环境事件\n\n6月8日,某市发生一起突发环境事件。副市长从速组织开展应急监测和处置。") == {}


def test_a_credit_may_set_its_names_off_with_a_pipe():
    got = people("某县督察整改\n8月27日,省督察组到某县开展下沉督察。\n\n记者|郑某某 通讯员|赵某 刘某某")
    assert (got["郑某某"][0], got["赵某"][0], got["刘某某"][0]) == ("记者", "通讯员", "通讯员")


def test_an_inspecting_groups_leader_gives_feedback_and_a_commissar_makes_a_pledge():
    # `反馈` is what a group leader does at a feedback meeting; `和` before `作` ends no name (`王某和作表态发言`);
    # a political commissar (`政委`) is a title
    got = people("某州召开督察意见反馈会\n\n2022年1月14日,督察意见反馈会在某州召开,督察组组长邓某反馈督察意见,"
                 "兵团某师党委第一书记、第一政委王国和作表态发言。")
    assert got["邓某"][:2] == ("组长", "督察组")
    assert got["王国和"][0] == "第一书记、第一政委"


def test_the_leaders_of_inspecting_groups_named_before_their_post():
    got = people("中央生态环境保护督察组进驻\n\n经党中央、国务院批准,以朱某、黄某云、蒋巨峰任组长的3个中央生态环境保护督察组,"
                 "已分别进驻上海、福建、海南等3个省(市)。")
    assert got["黄某云"][:2] == got["蒋巨峰"][:2] == ("组长", "中央生态环境保护督察组")


def test_he_before_a_writers_association_is_a_conjunction():
    # (review of e97ce2f) `和作协主席`: 和 joins two people, not the end of a name
    got = people("文化艺术节开幕\n\n5月9日,市文联主席张某伟和作协主席李某出席开幕式。")
    assert "张某伟" in got and "张某伟和" not in got


def test_an_official_who_directs_the_work_acts():
    # `调度` (an official checking on the work's progress) is an act, as `调研` and `督导` are
    got = people("某县召开会议\n\n8月2日上午,副县长王伟调度了污染防治攻坚战工作。王伟要求,各相关单位要高度重视。")
    assert list(got) == ["王伟"] and got["王伟"][0] == "副县长"


def test_a_reporter_under_a_spaced_label_is_credited():
    got = people("某县召开会议\n\n8月2日上午,某县召开会议。\n来源:某某手机台 记 者:彭某某")
    assert got["彭某某"][0] == "记者"


def test_a_papers_dateline_with_a_space_before_its_day_credits_the_paper():
    got = people("某区召开会议\n\n福建日报·新福建客户端 11月29日讯(通讯员 朱某某)11月28日,某区召开会议。")
    assert got["朱某某"][:2] == ("通讯员", "福建日报")


def test_a_byline_after_a_compound_surname_runs_four_characters():
    got = people("某县召开会议\n\n本报讯(记者 欧阳星宇)6月30日,某县召开环委会会议。")
    assert got["欧阳星宇"][0] == "记者"


def test_names_listed_after_a_post_and_the_glossed_group_holding_it_speak_in_turn():
    """`联席会议成员、长江流域十五省(区、市)领导刘某、钟某…作交流发言`: the post is the title, the group its holders'
    body, its place glossed; a name after the first of a list (`张某、李某、县领导王某`) is no post."""
    got = people("长江流域省级河湖长联席会议召开\n\n昨天上午,联席会议举行。联席会议成员、长江流域十五省(区、市)领导"
                 "刘建国、钟志明、肖友才作交流发言。")
    assert {n: got[n][:2] for n in ("刘建国", "钟志明", "肖友才")} == \
        dict.fromkeys(("刘建国", "钟志明", "肖友才"), ("联席会议成员", "长江流域十五省(区、市)"))
    got = people("某县召开会议\n\n6月5日,某县召开生态环境保护大会。张建国、李红梅、县领导王志强、赵海山参加会议。")
    assert got["王志强"][0] == got["赵海山"][0] == "县领导"


def test_a_gold_or_express_paper_credits_its_reporters():
    """`楚天金报讯(记者彭某 通讯员于某)`, `现代快报讯(记者 李某)`: papers too (clean.NEWSPAPER)."""
    got = people("楚天金报讯(记者彭岚 通讯员于海涛)昨天的“武汉蓝”又惊艳了朋友圈。全月空气质量优良天数为28天。")
    assert got["彭岚"][:2] == ("记者", "楚天金报") and got["于海涛"][:2] == ("通讯员", "楚天金报")
    assert people("现代快报讯(记者 李明华)昨天,某市召开会议。")["李明华"][:2] == ("记者", "现代快报")


def test_a_province_level_post_on_a_page_of_the_whole_country_is_the_named_provinces():
    """`环境保护部与青海省政府在北京签署合作协议…省委书记王某、省长王某`: the page is the country's (a ministry acts),
    its provincial posts the one province it names, not where it is held (`在北京`)."""
    got = people("环境保护部与青海省政府在北京签署合作协议\n\n7月18日,环境保护部部长李干杰、省委书记王国生、省长王建军等,"
                 "在北京共商推进青海省生态文明建设问题。")
    assert got["王国生"][:2] == ("省委书记", "青海省委") and got["王建军"][:2] == ("省长", "青海省")


def test_who_wrote_an_item_and_took_its_pictures_closing_it_is_its_reporter():
    got = people("某镇开展河道清理\n\n9月3日下午,马场镇组织干部对河道开展集中清理,打好碧水保卫战。(图/文李仁华)")
    assert got["李仁华"][0] == "记者"


def test_review_names_before_a_speaking_verb_and_two_unglossed_groups():
    """(review) `…分管领导张伟、李强、王勇作交流发言`: 王勇, not 王勇作; `市人大常委会副主任、各区县分管领导张某、李某`:
    two groups, no post and its holders; `(图文:宣传股)`: a section credits it, no person."""
    got = people("全市生态环境保护工作会议召开\n\n3月5日,全市生态环境保护工作会议召开。会上,各县(市、区)政府分管领导张伟、"
                 "李强、王勇作交流发言。")
    assert set(got) == {"张伟", "李强", "王勇"}
    got = people("全市生态环境保护工作会议召开\n\n3月5日,全市会议召开。市人大常委会副主任、各区县分管领导张伟、李强参加会议。")
    assert all(t is None or "副主任、" not in t for t, _, _ in got.values())
    assert "宣传股" not in people("我市开展六五环境日宣传活动\n\n6月5日,我市开展宣传活动,市生态环境局局长王建国出席。(图文:宣传股)")


def test_review2_a_persons_name_ending_like_a_unit_is_still_a_credit():
    """(review 2) `(图文:李振科)` is a person (`宣传科` is a section: its name a word before the unit's ending)."""
    got = people("我市开展宣传活动\n\n6月5日,我市开展六五环境日宣传活动,市生态环境局局长王建国出席。(图文:李振科)")
    assert got["李振科"][0] == "记者"


def test_a_reporter_opening_an_item_writes_for_the_medium_its_source_line_names():
    """`本报讯 (记者 范某)` under `来源:中国水利报` (a trade's paper), `记者邹某报道` under `来源:中电新闻网`: the medium's
    reporters; a report's name (`来源:某市环境质量公报`) is no medium."""
    def org(body, stamp):
        ctx = context("某省推行河长制\n\n" + body)
        ctx.publisher = publisher([stamp], None)
        return [(p.name, p.org) for p in extract_people(ctx)]
    assert org("本报讯 (记者 范某)某省近日印发方案。", "来源:中国水利报 2017年3月10日") == [("范某", "中国水利报")]
    assert org("记者邹某报道 日前,某省印发方案。", "来源:中电新闻网 2017-06-01") == [("邹某", "中电新闻网")]
    assert org("记者邹某报道 日前,某省印发方案。", "来源:某市环境质量公报 2017-06-01") == [("邹某", None)]
    assert org("记者邹某报道 日前,某省印发方案。", "来源:某市环境质量季报 2017-06-01") == [("邹某", None)]


def test_writers_named_before_slash_credits_are_the_items_reporters_too():
    """`(河南两会特派记者 阮某 王某 陈某/文 段某/图)`: three writers and a photographer; the role may carry its post."""
    got = people("某会议\n\n映象网快讯(河南两会特派记者 阮某 王某 陈某/文 段某/图)1月17日,河南省召开记者会。")
    assert {n: got[n][0] for n in ("阮某", "王某", "陈某", "段某")} == {"阮某": "记者", "王某": "记者", "陈某": "记者", "段某": "摄影"}


def test_a_pronoun_after_a_title_is_no_name():
    """`市领导和大家一起观看了专题片`: 和 is a surname, 大家 no given name."""
    assert people("上海治水\n\n在现场推进会上,市领导和大家一起观看了专题片。") == {}


def test_a_time_alone_on_a_line_under_the_source_line_is_no_name():
    """A layout breaking `…;明年底,…` leaves `明年底` on a line of its own under the date and source: 明 is a
    surname, but a time is no given name."""
    text = ("福州实施六大攻坚战\n2021-04-22 10:38:13来源:福州新闻网\n\n近日,福州出台《工作方案》。今年底,保护修复机制初步建立;\n"
            "明年底\n,闽江流域福州段环境质量显著改善。")
    assert "明年底" not in people(text)


def test_a_city_official_with_no_unit_on_a_provinces_page_is_of_the_one_city_it_names():
    """On a page of 西藏 (`中国西藏网`), `拉萨市召开…会议。副市长陆某出席`: the deputy mayor is 拉萨市's; with two cities
    named, which one is not known."""
    text = "中国西藏网 > 生态\n\n拉萨全市生态环境保护工作会议召开\n\n4月8日,拉萨市召开2021年生态环境保护工作会议。\n\n副市长陆从福出席并讲话。"
    assert people(text)["陆从福"][:2] == ("副市长", "拉萨市")
    text = text.replace("副市长陆从福出席并讲话。", "日喀则市、拉萨市有关部门参加。副市长陆从福出席并讲话。")
    assert people(text)["陆从福"][1] is None


def test_an_official_named_before_a_relative_day_a_surname_of_the_north_and_a_photo_mark():
    """`副部长翟某昨日在会上表示`: the name ends before the day; `副厅长闫子江`: 闫 is a surname (surnames_extra.csv);
    `人民网记者 张俊摄` under a photo: 张俊 took it."""
    assert people("督查\n\n环境保护部副部长翟青昨日在会上表示,大气污染有所改善。")["翟青"][:2] == ("副部长", "环境保护部")
    assert "闫子江" in people("督查\n\n5月11日,省环保厅副厅长闫子江带领督察组深入企业检查。")
    assert people("新安江\n\n环境监测人员在新安江街口断面取样。人民网记者 张俊摄\n黄山休宁风光。") == {
        "张俊": ("记者", "人民网", "press")}


def test_a_deputy_researcher_listed_after_a_deputy_director_and_a_provinces_inspector_of_a_field():
    """`市环保局副局长郑某、副调研员王某`: one unit's people in a row (副调研员 is a title, titles.csv);
    `省生态环境保护监察专员史某` on a 湖北 page: the province's post for a field of its work."""
    got = people("酒泉环保会议\n\n6月1日,酒泉市环保局召开会议。市环保局副局长郑国忠、副调研员王国宾参加了会议。")
    assert got["王国宾"][:2] == ("副调研员", "酒泉市环保局")
    got = people("湖北生态环境\n\n4月8日,湖北省召开会议。省生态环境保护监察专员史芳斌出席会议并讲话。")
    assert got["史芳斌"][:2] == ("生态环境保护监察专员", "湖北省")


def test_credits_of_a_paper_opening_them_after_a_slash_and_after_a_caption():
    """`河南商报记者 陈某/文`: the paper's; `(记者李某 摄)` under a photo, then `大江网/萍乡头条客户端讯 记者李某、实习生周某
    报道`: the site's reporter and intern (the second credit after `、`, the outlet read again for the first)."""
    assert people("点击量:10万+\n河南商报记者 陈朋冲/文\n3月13日,河南省生态环境厅召开新闻发布会。") == {
        "陈朋冲": ("记者", "河南商报", "press")}
    got = people("上栗新闻发布会\n\n新闻发布会现场(记者李小涛 摄)\n"
                 "大江网/萍乡头条客户端讯 记者李小涛、实习生周莹报道:12月2日,上栗生态环境局召开新闻发布会。")
    assert got == {"李小涛": ("记者", "大江网", "press"), "周莹": ("实习生", "大江网", "press")}


def test_review_no_name_of_a_time_after_a_title_no_field_of_words_that_are_not_one_no_mayor_of_a_prefecture():
    got = people("检查\n\n省生态环境厅副厅长于当天下午带队深入企业检查。县委书记于今日上午主持召开会议。副市长李明年出席。")
    assert set(got) == {"李明年"}  # (于 before a time is no surname; 李明年 is a name)
    got = people("武汉\n\n武汉市召开会议。市区两级河长王建国参加会议。市长热线负责人李明华介绍情况。")
    assert got["王建国"][1] is None and got["李明华"][1] is None
    got = people("湖北生态环境\n\n4月8日,恩施州召开生态环境保护工作会议。副市长张建国出席并讲话。")
    assert got["张建国"][1] is None  # a prefecture has a 州长, not a mayor


def test_a_commissioner_a_surname_of_the_north_and_a_botanical_garden():
    """`…监督专员办党组书记、专员袁某` (专员: titles.csv; 专员办 a unit), `局长逯某` (逯: surnames_extra.csv),
    `黑龙江省森林植物园党委书记、主任王某` (植物园: org_suffixes.csv)."""
    got = people("爱鸟周\n\n国家林业局驻黑龙江省森林资源监督专员办党组书记、专员袁少青致辞。哈尔滨市林业局党组书记、局长逯景隆,"
                 "黑龙江省森林植物园党委书记、主任王树清出席。")
    assert got["袁少青"][:2] == ("党组书记、专员", "黑龙江省森林资源监督专员办")
    assert got["逯景隆"][:2] == ("党组书记、局长", "哈尔滨市林业局")
    assert got["王树清"][:2] == ("党委书记、主任", "黑龙江省森林植物园")


def test_review_yu_before_an_evening_a_media_group_and_a_mayor_of_a_county_level_city_in_a_prefecture():
    assert people("会议\n\n局长于当晚主持会议。") == {}
    got = people("湖北生态环境\n\n4月8日,恩施州利川市召开生态环境保护工作会议。副市长张建国出席并讲话。")
    assert got["张建国"][1] == "利川市"


def test_an_official_is_named_before_a_time_a_request_or_a_contact():
    """`市长李某于今年6月初签发…`, `副厅长张某提工作要求`, `部长唐某联系本报记者`: the name ends before them; and a surname
    jieba names few with (`副市长蹇侠陪同`, surnames_extra.csv)."""
    got = people("某地治水\n\n梧州市总河长、市长李杰云于今年6月初签发第一号全市总河长令。省水利厅副厅长张渊提工作要求。"
                 "云南省通海县委常委、宣传部部长唐雅馨联系本报记者。九江市委常委、副市长蹇侠陪同督导。")
    assert got["李杰云"] == ("总河长、市长", "梧州市", "official")
    assert got["张渊"][0] == "副厅长"
    assert got["唐雅馨"][0] == "常委、宣传部部长"
    assert got["蹇侠"] == ("常委、副市长", "九江市", "official")


def test_a_photo_credited_to_a_papers_all_media_reporter():
    got = people("某地治水\n\n副市长张三出席会议。\n(图片由湖北日报全媒记者陈迹摄)")
    assert got["陈迹"][:2] == ("摄影", "湖北日报")


def test_a_credit_after_a_bullet_and_an_official_named_before_taking_office():
    got = people("某地环保\n\n全市共查处案件10起。\n◆本报记者范晓黎 见习记者韩东良")
    assert got["范晓黎"][0] == "记者" and got["韩东良"][0] == "见习记者"
    got = people("某地环保\n\n江苏省泰兴市环保局局长吴小平自上任后,就秉持这样的理念。")
    assert got["吴小平"][:2] == ("局长", "江苏省泰兴市环保局")


def test_a_place_filed_from_and_a_word_a_units_name_runs_on_with_are_no_names():
    """`记者张某 周某 石家庄报道`: the city it is filed from; `…监察专员办公室监察专员一行5人`: 公室 ends 办公室, no name."""
    got = people("河北清洁取暖\n\n记者张铭贤 周迎久 石家庄报道\n河北省召开清洁取暖工作会议。")
    assert sorted(got) == ["周迎久", "张铭贤"]
    got = people("河北清洁取暖\n\n记者 张铭贤 周迎久 石家庄 报道\n河北省召开清洁取暖工作会议。")
    assert sorted(got) == ["周迎久", "张铭贤"]
    assert "马颖" in people("某市投资\n\n市环保投资公司马颖总经理介绍,今年完成投资3亿元。")  # (公司马 no unit's name)
    got = people("咸宁调研\n\n省生态环境保护监察专员徐松带领省厅驻鄂南生态环境监察专员办公室监察专员一行5人,来我市走访调研。")
    assert sorted(got) == ["徐松"]


def test_a_places_leader_chairing_its_steering_body_holds_the_places_post():
    """`省长、领导小组组长王某`, `市委副书记、市长、绿美阳江建设和生态环境保护委员会主任余某`: the chain is the place's leader's
    (not a department the place's leader heads, `副市长、市发展和改革委员会主任`); `贵安新区领导熊某`: the new area, not the
    county whose short name (安新) is inside it."""
    got = people("阳江召开会议\n\n市委副书记、市长、绿美阳江建设和生态环境保护委员会主任余金富出席会议并讲话。"
                 "省长、领导小组组长王予波提出工作要求。副市长、市发展和改革委员会主任李明讲话。", )
    assert got["余金富"][:2] == ("副书记、市长、绿美阳江建设和生态环境保护委员会主任", "阳江市")
    assert got["王予波"][0] == "省长、领导小组组长" and got["王予波"][1].endswith("省")
    assert got["李明"][:2] == ("主任", "阳江市发展和改革委员会")
    got = people("贵阳召开会议\n\n贵阳市领导徐昊,贵安新区领导熊国玺、胡明参加。")
    assert got["熊国玺"][1] == got["胡明"][1] == "贵安新区"


def test_a_chain_ends_at_a_post_of_another_body_of_government_not_a_party_organ_or_a_steering_office():
    got = people("益阳召开会议\n\n益阳市中心城区黑臭水体整治工作领导小组办公室主任、市住房和城乡建设局局长熊寿林主持会议。"
                 "市委常委、市纪委书记、市监委主任郑明出席。市政府副秘书长、市大气污染防治领导小组办公室主任王刚讲话。")
    assert got["熊寿林"][1] == "益阳市住房和城乡建设局"
    assert got["郑明"][1] == "益阳市委" and got["王刚"][1].endswith("政府")


def test_an_official_dispatching_a_work_in_person_is_named_before_it():
    got = people("某市治水\n\n11月30日,市住房和城乡建设局局长熊寿林专题调度城市黑臭水体整治。")
    assert got["熊寿林"][0] == "局长"


def test_an_official_is_named_before_instructions_given_before_a_meeting_or_work_arranged():
    got = people("某省环保会议\n\n省委副书记、省长郭树清会前作出批示。县委副书记、县长赫天江安排部署全县污染防治工作。")
    assert got["郭树清"][0] == "副书记、省长" and got["赫天江"][0] == "副书记、县长"


def test_a_name_before_its_title_then_a_visit_or_an_inspection():
    got = people("寿县河湖长制\n\n程俊华县长赴有关乡镇专题调研河湖长制工作达10次。孙凯副书记专题巡查调研瓦埠湖湖长制工作11次。")
    assert got["程俊华"][0] == "县长" and got["孙凯"][0] == "副书记"


def test_a_bureaus_chief_economist_planner_or_agronomist_is_an_official():
    got = people("山东召开发布会\n\n山东省发展改革委总经济师张中英介绍,省发展改革委将认真落实。市农业农村局党组成员、总农艺师刘康出席。")
    assert got["张中英"][:2] == ("总经济师", "山东省发展改革委") and got["刘康"][0] == "党组成员、总农艺师"


def test_an_official_taking_up_a_post_is_named_before_it():
    got = people("湖南公布河长名单\n\n据悉,省委副书记、省长许某某担任总河长;分管水利的副省长戴某某担任副总河长。")
    assert {"许某某", "戴某某"} <= set(got)


def test_a_local_body_hosting_the_site_is_the_publisher_when_nothing_else_names_one():
    assert publisher(["三审:李某 马某", "主办:某某县融媒体中心"], None) == "某某县融媒体中心"
    assert publisher(["主办单位:辽阳市人民政府办公室    承办单位:辽阳市大数据中心"], None) == "辽阳市人民政府办公室"
    assert publisher(["来源:某某日报", "主办:某某县融媒体中心"], None) == "某某日报"  # a labelled source first
    assert publisher(["主办:某某娱乐场新闻传媒中心  蜀ICP备0501号"], None) is None  # no place's body
    assert publisher(["我国是世界环境日活动主办国,国内主题确定为…"], None) is None


def test_a_preposition_and_a_common_word_after_a_title_are_no_name():
    got = people("某市召开发布会\n\n发布会上,市生态环境局新闻发言人从大气、水、土壤等方面通报了全市生态环境质量状况。")
    assert "从大气" not in got


def test_a_source_labelled_on_a_line_of_its_own_and_an_e_papers_issue_line_name_the_publisher():
    assert publisher(["信息来源:", "武威日报", "发布日期:"], None) == "武威日报"
    assert publisher(["信息来源:", "", "发布日期:"], None) is None
    assert publisher(["《 中国城市报 》( 2017年06月12日   第 12 版)"], None) == "中国城市报"
    # an e-paper's breadcrumb names its paper and issue (not a site's menu: `当前位置:主页 > 新闻中心`)
    assert publisher(["手机终端下载:", "", "当前位置:茂名日报 第2021-03-20期 第A2版:要闻"], None) == "茂名日报"
    assert publisher(["当前位置:主页 > 新闻中心 > 产业规划 >"], None) is None


def test_the_place_of_an_e_papers_page_is_its_papers():
    from qingshan.extract.document import extract_document

    rows = extract_document("d", "当前位置:茂名日报 第2021-03-20期 第A2版:要闻\n\n全市环保系统工作会议要求\n\n"
                                 "  本报讯 前日,市生态环境局召开全市环保系统工作会议。我市空气质量优良率为98.9%。")
    assert rows["documents"][0]["region"] == "茂名市" and [m["region"] for m in rows["metrics"]] == ["茂名市"]


def test_reporters_credited_after_their_outlet_glued_to_it_or_opening_the_line():
    got = people("河南环保系统开出罚单\n\n2017-06-05 11:33来源:新华社作者:孙某某 付某某关键词:世界环境日\n\n河南省公布了环保成绩单。")
    assert {n for n, (t, _, _) in got.items() if t == "记者"} == {"孙某某", "付某某"}
    got = people("山东公安重拳打击犯罪\n\n8月14日,山东省公安厅召开新闻发布会。全省共立案侦办污染环境刑事案件402起。\n闪电新闻记者于某某报道")
    assert got["于某某"][:2] == ("记者", "闪电新闻")


def test_a_closing_credit_of_several_people_is_the_pages_papers():
    ctx = context("湖南查处环境违法案件\n\n全省已实施在线监控。(全媒体记者 彭某某 通讯员 陈某某)")
    ctx.publisher = "湖南日报"
    got = {p.name: (p.title, p.org) for p in extract_people(ctx)}
    assert got == {"彭某某": ("记者", "湖南日报"), "陈某某": ("通讯员", "湖南日报")}


def test_an_empty_source_field_before_a_time_label_names_no_publisher():
    assert publisher(["作者:lhl来源:发表时间:2020-03-24阅读次数:594", "来源:浙江新闻 "], None) == "浙江新闻"


def test_a_congress_standing_committees_head_is_named_after_the_committee():
    got = people("马鞍山市人大常委会召开执法检查报告会\n\n7月18日下午,市人大常委会召开执法检查报告会。"
                 "市人大常委会主任从某,副主任魏某某、杨某某,秘书长张某出席会议。")
    assert got["从某"][:2] == ("主任", "马鞍山市人大常委会") and got["张某"][1] == "马鞍山市人大常委会"


def test_a_place_bracketed_inside_a_companys_name_is_part_of_it():
    got = people("天津环保税五年\n\n国能(天津)港务有限责任公司安全环保部负责人刘某介绍:“测算方法更加科学。”")
    assert got["刘某"][1].startswith("国能(天津)港务有限责任公司")


def test_a_medium_opening_its_credits_line_and_a_bulleted_author_field_are_the_reporters():
    got = people("安康空气质量最好\n\n陕西传媒网(记者 李某)10月12日,陕西省环保厅在新闻发布会上公布空气质量状况。")
    assert got["李某"][:2] == ("记者", "陕西传媒网")
    ctx = context("16市PM2.5平均浓度为39微克/立方米\n\n  • 2021-08-02 05:15\n  • 来源: 安徽日报\n  • 作者: 夏某某\n\n"
                  "记者从省大气办获悉,上半年环境空气质量状况出炉。")
    ctx.publisher = "安徽日报"
    assert {p.name: (p.title, p.org) for p in extract_people(ctx)}["夏某某"] == ("记者", "安徽日报")


def test_review_an_empty_source_field_over_the_pages_buttons_names_no_publisher():
    assert publisher(["来源:", "打印本页 关闭窗口"], None) is None


def test_the_paper_a_credit_names_in_its_brackets_is_the_reporters_not_the_datelines_site():
    got = people("全省城市空气质量监测实现全覆盖\n\n东南网3月1日讯(福建日报记者 潘某某 通讯员 曾某某) 记者昨日从省环保厅获悉。")
    assert got["潘某某"][:2] == ("记者", "福建日报")


def test_review2_a_source_on_the_next_line_and_no_medium_in_a_photos_caption():
    assert publisher(["来源:", "人民日报海外版"], None) == "人民日报海外版"
    ctx = context("某市治理扬尘\n\n全市加强工地扬尘管控。\n工地覆盖防尘网(记者 王某 摄)")
    ctx.publisher = "洛阳日报"
    assert {p.name: p.org for p in extract_people(ctx)}.get("王某") == "洛阳日报"


def test_an_official_describing_or_reviewing_is_named():
    got = people("美丽上海\n\n在9月27日举行的新闻发布会上,上海市生态环境局党组书记、局长程鹏描述了一幅幅美丽上海的动人画面。")
    assert got["程鹏"] == ("党组书记、局长", "上海市生态环境局", "official")


def test_a_district_body_named_by_its_unit_word_is_of_the_one_district_the_article_names():
    # (a page placed in the province: the district's bodies, as its district head is)
    got = people("全区生态环境保护工作会议召开\n\n10月8日上午,我区参加安徽省督察组对芜湖市开展督察情况反馈会,接续召开繁昌区生态环境保护"
                 "工作会议。区委副书记、区长许某龙出席并讲话,区人大常委会主任陈邦龙、区政协主席张文宝、区委副书记邓辉林等出席会议。",
                 ref=dt.date(2024, 10, 21))
    assert got["陈邦龙"][1] == "繁昌区人大常委会" and got["张文宝"][1] == "繁昌区政协" and got["邓辉林"][1] == "繁昌区委"
    # (two districts named: which one's, the page does not say)
    got = people("安徽省召开现场会\n\n10月8日,安徽省在繁昌区召开生态环境保护现场会,弋江区作交流发言。区委副书记邓辉林出席。",
                 ref=dt.date(2024, 10, 21))
    assert got["邓辉林"][1] is None


def test_a_spokesman_who_says_so_acts():
    got = people("内蒙古发布会\n\n在新闻发布会上,内蒙古生态环境厅新闻发言人张树礼如是说。")
    assert got["张树礼"][:2] == ("新闻发言人", "内蒙古生态环境厅")


def test_review_a_district_visited_is_not_the_district_of_its_visitors_bodies():
    # (review of d853b58)
    got = people("我区考察团赴浙江学习垃圾分类经验\n\n5月11日至12日,区委书记王磊带队赴杭州市西湖区考察学习垃圾分类工作,"
                 "区人大常委会主任陈刚参加。", ref=dt.date(2021, 5, 13))
    assert got["陈刚"][1] is None


def test_a_reporters_name_in_brackets_on_a_line_closing_the_item_and_an_official_acting_according_to():
    got = people("江苏水源地整治\n\n新华报业网讯 江苏省环保厅18日发布,全省已完成整治101个环境问题。\n(吴琼)\n标签:", ref=dt.date(2018, 9, 19))
    assert got["吴琼"][0] == "记者"
    got = people("天门约谈\n\n21号上午,副市长蒋胜雄根据省级环保督察组发现的有关问题,集中约谈马湾、干驿镇党政负责人。")
    assert got["蒋胜雄"][0] == "副市长"
    got = people("督查\n\n省督查组将分赴各县市区开展为期一个星期的督查工作。\n(编辑 陈玲)", ref=dt.date(2018, 3, 19))
    assert "陈玲" not in got


def test_a_surname_that_mostly_opens_words_names_a_person_where_a_title_or_a_credit_does():
    got = people("某地生态环境工作\n\n中新网绍兴5月21日电(项菁)浙江绍兴公布了调查成果。安徽省生态环境厅副厅长项磊出席会议并讲话。"
                 "县长项目化推进整改工作。")
    assert got["项菁"][0] == "记者" and got["项磊"][0] == "副厅长"
    assert not any(n.startswith("项目") for n in got)


def test_a_places_stretch_of_a_river_after_its_unit_is_no_title_and_name():
    # `全市长江干流`: 全市 and 长江, not a 市长 named 江干流 (a mayor surnamed 江 is one: `副市长江涛`)
    assert "江干流" not in people("泰州市地表水水质\n\n全市长江干流及支流控制断面有15个。泰州市长江段水质为Ⅱ类。")
    assert "江涛" in people("会议\n\n副市长江涛出席会议并讲话。武汉市市长江涛出席会议。")
    assert "江涛" in people("武汉市召开会议\n\n4月10日,武汉市长江涛主持召开会议。")  # (no river's part after: a mayor)
    assert publisher(["当前位置:环境简报 第12期"], None) is None  # (a bulletin, no newspaper)
    assert publisher(["当前位置:文汇报 第2021-03-20期 第A2版"], None) == "文汇报"


def test_a_reporter_after_the_medium_opening_the_credit_line():
    got = people("某区无废城市细胞通过验收\n\n中国宁波网记者冯瑄 通讯员陈晓众\n\n近日,某区首批41个无废城市细胞通过审核验收。")
    assert got["冯瑄"][:2] == ("记者", "中国宁波网") and got["陈晓众"][0] == "通讯员"
    got = people("某县打击危废违法\n\n四川在线消息(李全民)8月18日,某县环保局会同某县公安局开展专项行动。")
    assert got["李全民"][:2] == ("记者", "四川在线")
    assert people("某市发布会\n\n会上,他回答了人民网记者提问。") == {}  # (the word in running text)


def test_the_last_of_listed_officials_before_yiji():
    got = people("乳源县调研\n\n县领导简连英、陈小可、赵天聪以及桂头镇等有关单位负责同志参加调研。")
    assert {"简连英", "陈小可", "赵天聪"} <= got.keys()


def test_a_towns_posts_on_a_page_of_one_town_are_the_towns():
    got = people("12月17日,踅孜镇召开人居环境整治工作推进会。\n会上,镇党委宣传委员王成通报了问题;镇纪委书记罗铁铮宣读了方案。\n"
                 "镇长宋世奇指出,提升农村人居环境是乡村振兴的硬仗。镇党委书记李有斌强调,要下决心。")
    assert got["王成"][:2] == ("宣传委员", "踅孜镇党委") and got["罗铁铮"][1] == "踅孜镇纪委"
    assert got["宋世奇"][1] == got["李有斌"][1] == "踅孜镇"
    # (a page naming two towns acting: whose, it does not say)
    got = people("甲乙镇召开会议。丙丁镇召开会议。\n镇长宋世奇指出,要下决心。")
    assert got["宋世奇"][1] != "甲乙镇" and got["宋世奇"][1] != "丙丁镇"


def test_review_of_the_credit_list_and_town_rules():
    assert people("某县\n\n群众可通过县长信箱以及12369热线反映问题。") == {}
    assert people("某县\n\n据央视新闻消息(有改动),某县召开会议。") == {}
    assert people("某县\n\n四川在线消息(有删节)某县召开会议。") == {}
    # (a page naming another town than the one acting: whose posts, it does not say)
    got = people("某镇\n\n12月17日,青山镇召开推进会,镇长宋某某讲话。随后,调研组来到小河镇,镇长陈某某陪同调研。")
    assert got["陈某某"][1] != "青山镇"
    got = people("某镇\n\n12月17日,青山镇召开推进会。会上,乡长陈某某讲话。")
    assert got["陈某某"][1] != "青山镇"  # (a 乡's post is no 镇's)


def test_review2_towns_and_news_site_credits():
    got = people("某镇\n\n大王镇召开会议,镇长王强主持会议。要把家乡建设得更加美丽,开展科技下乡,打造特色小镇。")
    assert got["王强"][1] == "大王镇"
    got = people("某市\n\n中国新闻网消息(王强 李明)6月20日,某市召开会议。")
    assert got["王强"][:2] == ("记者", "中国新闻网") and "李明" in got


def test_writers_credited_in_brackets_closing_the_item_and_a_magazines_reporter():
    got = people("某市空气质量通报\n\n3月21日,某市生态环境局召开新闻通报会。城区优良天数达324天。\n\n(文 沈某平 任某)")
    assert got["沈某平"][0] == got["任某"][0] == "记者"
    got = people("某市召开发布会\n\n本网讯,(本刊记者莫某强)6月29日,记者在某市生态环境局召开的发布会上获悉。")
    assert got["莫某强"][0] == "记者"
    assert "文明" not in people("某市\n\n某市召开会议,部署创建工作。\n\n(文明城市)")  # (no writer's mark: a phrase)


def test_a_reporter_named_where_they_learnt_the_news():
    got = people("河湖长制\n\n本报北京3月3日电 记者陈某晨从日前召开的全面推行河湖长制工作部际联席会议上了解到,各地狠抓落实。")
    assert got["陈某晨"][0] == "记者"
    assert people("某市\n\n会后,记者在现场了解到,该项目进展顺利。") == {}


def test_review45_a_time_or_an_adverb_after_the_reporters_cue_is_no_name():
    for line in ("本报北京3月3日电 记者于近日从水利部获悉,全国已设立河湖长120万名。",
                 "本报讯 记者于日前从省生态环境厅获悉,全省已完成整改问题1200个。",
                 "本报讯 记者曾多次从市生态环境局了解到,某项目进展顺利。"):
        assert people("河湖长制\n\n" + line) == {}, line


def test_an_editors_line_closing_the_item_names_no_writer():
    got = people("通化市减排检查\n\n记者 丁某陆\n\n近日,督察组对通化市减排工作进行检查。\n\n实习编辑 艾希")
    assert "艾希" not in got and got["丁某陆"][0] == "记者"


def test_a_credit_a_slash_ends_a_papers_app_and_a_photo_closing_a_caption():
    got = people("某县新闻\n\n全县新增新能源汽车充电桩46个。\n贵州日报天眼新闻记者葛某智/编辑白某霞/二审杨某/三审朱某")
    assert got["葛某智"][0] == "记者" and "白某霞" not in got
    got = people("西宁市政府工作报告\n\n西宁启动生态建设。\n图为西宁市市长张某容在会上作《政府工作报告》。 张某福 摄")
    assert got["张某福"][0] == "摄影"
    assert "张某福" not in people("某市\n\n全市完成植树造林任务,干部群众纷纷参与,各地踊跃参加。张某福 摄")  # (no caption)


def test_a_town_then_its_village_holds_no_city_named_across_them():
    got = people("东莞沙田镇开展河涌整治\n\n5月20日,沙田镇江湾村党支部书记李建辉带领村干部巡河。")
    assert got["李建辉"][1] == "沙田镇江湾村党支部"  # (not 镇江湾村党支部: 镇江 read across 沙田镇 and 江湾村)
