"""Cleaning: each noise kind, and the offset map back to the raw text."""
import unicodedata

from qingshan.dictionaries import load
from qingshan.text.clean import clean as clean_with, find_injected_phrases, is_chrome_line, to_simplified

SPAM = load().spam_words  # the project's spam dictionary (dbt_project/seeds/spam_words.csv)


def clean(raw):
    return clean_with(raw, SPAM)


def _assert_offsets_exact(raw, result):
    # every clean character is the raw character its offset names, as written, in Simplified script
    # or in its compatibility form (full-width `，` is `,`)
    assert len(result.raw_offsets) == len(result.text) + 1
    for i, ch in enumerate(result.text):
        r = raw[result.raw_offsets[i]]
        assert ch in (r, to_simplified(r), unicodedata.normalize("NFKC", r)), (i, ch, r)


def test_inline_pinyin_is_removed():
    raw = "聯(lián)系電話\n天津市生態(tài)環境局召開會議，部署重點工作。"
    r = clean(raw)
    assert "(lián)" not in r.text and "(tài)" not in r.text
    assert "pinyin_annotation" in r.noise
    _assert_offsets_exact(raw, r)
    raw = "(二)主要(yào / yāo)目标。到2025年,周边地(dì / de)区优良天数比率达到80%以上。"
    assert clean(raw).text == "(二)主要目标。到2025年,周边地区优良天数比率达到80%以上。"  # both readings given
    raw = "全市生态环境(shēngtàihuánjìng)质量(zhìliàng)总体保持稳定(bǎochíwěndìng),APP(application)上线。"
    assert clean(raw).text == "全市生态环境质量总体保持稳定,APP(application)上线。"  # a word's syllables run together
    assert clean("处理能力5000吨(t/d),排放浓度(mg/l)达标").text == "处理能力5000吨(t/d),排放浓度(mg/l)达标"  # units stay


def test_markup_and_full_width_punctuation_keep_exact_offsets():
    raw = "首页 > 新闻\n云南省PM_{2.5}平均浓度为22微克/立方米，NO_x排放下降3%。"
    r = clean(raw)
    assert "PM2.5平均浓度为22微克/立方米" in r.text and "NOx" in r.text
    _assert_offsets_exact(raw, r)
    raw = "1―4月,优良天数比例为95.7%―100%。"  # a horizontal bar typed for a range's dash
    r = clean(raw)
    assert r.text == "1—4月,优良天数比例为95.7%—100%。"
    assert list(r.raw_offsets) == list(range(len(raw) + 1))  # one character for one: the offsets stay


def test_traditional_is_converted_and_recorded():
    raw = "天津市生態環境局局長溫武瑞強調，要確保完成年度目標任務。"
    r = clean(raw)
    assert r.script == "traditional" and "traditional_script" in r.noise
    assert "天津市生态环境局局长温武瑞强调" in r.text
    # one clean character per raw character here: offsets are the identity
    assert list(r.raw_offsets[:len(r.text)]) == list(range(len(r.text)))


def test_simplified_text_stays_simplified():
    r = clean("天津市生态环境局召开会议，部署下半年重点工作。")
    assert r.script == "simplified" and "traditional_script" not in r.noise


def test_latex_markup_is_flattened():
    r = clean("以PM_{2.5}控制为主线，490蒸吨燃气锅炉NO_x深度治理，SO_2和O_3协同控制。")
    assert "PM2.5控制" in r.text and "NOx深度治理" in r.text and "SO2和O3" in r.text
    assert "latex_markup" in r.noise


def test_site_chrome_lines_are_dropped():
    raw = ("您现在的位置:首页 > 新闻动态\n打印 放大 缩小\n文章来源:发布时间:2024年07月26日 点击数: 9730 次\n"
           "29ddc4004459c0793b904c2d44b2fb8.jpg\n廊坊市召开发布会，通报上半年生态环境治理成果。\n"
           "责任编辑:某某\n津ICP备05010518号 津公网安备 12010302000991号\n如有侵权,请联系删除")
    r = clean(raw)
    assert r.text == "廊坊市召开发布会，通报上半年生态环境治理成果。".replace("，", ",")
    assert "site_chrome" in r.noise
    assert any("发布时间" in line for line in r.removed_lines)


def test_a_chrome_line_keeps_the_byline_it_carries_below_the_first_line_of_text():
    cues = tuple(load().byline_roles)
    raw = ("来源:新华社 作者:李某某\n全国空气质量持续向好\n2023-01-18 08:28:55 新华社   作者: 高敬   浏览次数:2136次\n"
           "生态环境部通报全国空气质量。\n来源:闽东日报·新宁德客户端 记者 张文奎\n责任编辑:某某")
    r = clean_with(raw, SPAM, cues)
    # above the title it would read as the title: that line goes whole
    assert r.text.split("\n") == ["全国空气质量持续向好", "作者: 高敬", "生态环境部通报全国空气质量。", "记者 张文奎"]
    _assert_offsets_exact(raw, r)
    assert any("浏览次数" in line for line in r.removed_lines)  # metadata still reads the whole line
    assert "高敬" not in clean(raw).text  # without the cues, as before


def test_a_long_prose_line_mentioning_support_is_not_chrome():
    assert not is_chrome_line("开展执法检查等工作,为高效查处生态环境违法行为提供技术支持。")
    assert is_chrome_line("技术支持:某某网络公司")
    assert is_chrome_line("11月12日,某市公交公司围绕“安全用火用电”主题,开展20 [详细]")  # another item's teaser
    assert not is_chrome_line("会议要求,各部门要把详细情况报送市政府。")
    # traditional script as simplified: a count of views or a host's field, not a headline's words
    assert is_chrome_line("瀏覽次數:120") and is_chrome_line("主辦:某市人民政府")
    assert not is_chrome_line("全民閱讀月活動在我市啟動") and not is_chrome_line("市政府主辦首屆生態環境論壇")


def test_a_repeated_injected_line_holding_a_spam_word_is_removed():
    lines = ["某某论坛,某某论坛", "标题",
             "为贯彻落实党中央、国务院某某论坛,某某论坛开展生态环境保护督察的决策部署,切实加大生态文明建设力度。",
             "深入学习贯彻某某论坛,某某论坛:生态文明思想,认真贯彻落实重要指示批示精神,牢固树立绿水青山理念。"]
    assert find_injected_phrases(lines, SPAM) == ["某某论坛,某某论坛"]
    r = clean("\n".join(lines))
    assert "某某论坛" not in r.text and "injected_text" in r.noise
    assert "深入学习贯彻生态文明思想" in r.text


def test_a_sites_name_pasted_over_the_pages_words_is_removed():
    # a name joined to 官方网站 as a page title joins it, pasted where the county's name stood, again and again
    page = ("某某娱乐公司_官方网站:开展环境日宣传活动\n6月5日上午,某某娱乐公司_官方网站:环境日宣传活动启动仪式在"
            "某某娱乐公司_官方网站:人民广场举行,县长李某出席。\n")
    r = clean(page)
    assert "官方网站" not in r.text and "injected_text" in r.noise
    assert r.text.startswith("开展环境日宣传活动\n6月5日上午,环境日宣传活动启动仪式在人民广场举行")
    # a name holding a gambling word, pasted where the city's name stood; the headline repeated keeps its other words
    page = ("首页 >> 某某竞彩网首页新闻 >> 正文\n持续厚植现代化某某竞彩网首页的美丽基底\n持续厚植现代化某某竞彩网首页的美丽基底\n"
            "会议要求,下一步,某某竞彩网首页市在生态环境工作中,打造某某竞彩网首页美丽样板。\n")
    r = clean(page)
    assert "竞彩" not in r.text and "持续厚植现代化的美丽基底" in r.text
    # a site's own name heading and closing its page is its chrome, not pasted text
    page = "凤凰网首页 > 资讯 > 环保\n某市召开生态环境保护会议\n3月2日,某市召开会议,部署全年工作。\n返回凤凰网首页 | 凤凰网资讯\n"
    assert "injected_text" not in clean(page).noise  # a brand that is also a real site's name
    page = "某某县人民政府_官方网站\n某县召开生态环境保护会议\n3月2日,某县召开会议,部署全年工作任务。\n某某县人民政府_官方网站\n"
    assert "injected_text" not in clean(page).noise
    # a site cited in the text, however often, is text
    page = "生态环境部官网发布了2023年公报。详见生态环境部官网公告栏,或登录某某官网查询。\n"
    assert clean(page).text.strip() == page.strip()


def test_a_heading_repeated_in_a_breadcrumb_is_not_injected():
    lines = ["您现在的位置:首页 > > 新闻动态", "新闻动态", "正文第一段,内容很长很长很长很长很长很长很长很长。"]
    assert find_injected_phrases(lines, SPAM) == []


def test_lines_broken_mid_sentence_are_joined_and_offsets_skip_the_break():
    raw = "采取个人自学与集中学习讨论相结合的方式进\n\n行。会前,每位成员都认真研读了指定书目。"
    r = clean(raw)
    assert "方式进行。" in r.text
    i = r.text.index("行。")
    assert raw[r.raw_offsets[i]] == "行"


def test_headlines_are_not_joined_to_the_body():
    r = clean("蓟州区将添两大国家湿地公园\n\n8月底前建成,总面积1240多公顷\n\n本报讯 天津市蓟州区两大国家湿地公园建设进展顺利。")
    assert r.text.split("\n")[0] == "蓟州区将添两大国家湿地公园"
    assert r.text.split("\n")[2].startswith("本报讯")


def test_a_plans_long_name_over_a_blank_line_and_its_date_line_is_not_joined_to_the_preamble():
    raw = ("宁夏回族自治区贯彻落实中央环境保护督察回头看及专项督察反馈意见整改方案\n\n2031年04月02日作者:来源:某部\n\n"
           "  为全面贯彻落实党中央决策部署,按照督察反馈意见,制定本方案。")
    assert clean(raw).text.split("\n")[0].endswith("整改方案")


def test_zero_width_and_control_characters_go():
    r = clean("生态\u200b环境\x07局召开会议。")
    assert r.text == "生态环境局召开会议。"


def test_html_is_reduced_to_text():
    raw = "<html><head><title>x</title><script>var a=1;</script></head><body><p>天津市召开会议&nbsp;部署工作。</p><div>第二段。</div></body></html>"
    r = clean(raw)
    assert "<" not in r.text and "var a" not in r.text
    assert "天津市召开会议" in r.text and "第二段。" in r.text
    assert "html_markup" in r.noise


def test_stray_english_is_flagged():
    r = clean("生态环境局 meeting 召开会议，部署工作。")
    assert "stray_english" in r.noise
    assert "stray_english" not in clean("聚焦PM2.5和VOCs协同治理。").noise


# ---- spam is judged by what it is (spam_words.csv), not by repetition alone

def test_gambling_and_brand_phrases_are_removed_wherever_they_stand():
    r = clean("成都市生态环境局召开会议\n\n统计显示,今年1至6月,澳门新葡京娱乐场环境空气质量明显好转。\n\n"
              "凯发k8官网,凯发娱乐平台 | 网站导航 | 设为首页四川空气质量稳中向好\n\n下面请uedbet体育审计厅局长介绍。")
    assert "新葡京" not in r.text and "凯发" not in r.text and "uedbet" not in r.text
    assert "今年1至6月,环境空气质量明显好转" in r.text and "injected_text" in r.noise
    assert "审计厅局长介绍" in r.text


def test_a_headline_or_a_plan_name_the_page_repeats_is_real_text():
    lines = ["云南省2023年度生态环境保护目标责任书", "",
             "云南省2023年度生态环境保护目标责任书_第1页 云南省2023年度生态环境保护目标责任书正文内容很长很长。",
             "按照云南省2023年度生态环境保护目标责任书的要求,各州市要逐项抓好落实,确保完成年度目标任务。"]
    assert find_injected_phrases(lines, SPAM) == []
    assert clean("\n".join(lines)).text.startswith("云南省2023年度生态环境保护目标责任书\n")


def test_words_that_also_serve_spam_stay_in_real_text():
    r = clean("广东省生态环境厅官网发布通知,澳门与广东联合开展平台建设,市民可通过APP平台举报。")
    assert r.text == "广东省生态环境厅官网发布通知,澳门与广东联合开展平台建设,市民可通过APP平台举报。"


def test_a_latin_name_before_a_common_word_is_real_text():
    for s in ("该市依托ArcGIS平台建立污染源一张图。", "环保志愿者通过Bilibili平台开展直播宣传。", "当地召开Python策略研讨会。"):
        assert find_injected_phrases([s], SPAM) == [], s
    assert find_injected_phrases(["下面请uedbet体育审计厅局长介绍。"], SPAM) == ["uedbet体育"]


def test_a_field_line_is_not_joined_to_the_field_before_it():
    r = clean("责任单位:曲靖市生态环境局,各县(市、区)人民政府\n整改时限:2025年12月31日\n")
    assert "人民政府\n整改时限" in r.text


def test_a_lottery_phrase_before_a_headline_is_removed_and_hong_kong_in_real_text_stays():
    r = clean("原创 香港二四六免费资料开奖2024年广东149个国考断面年均水质创历史最佳水平\n")
    assert "开奖" not in r.text and "香港" not in r.text and "2024年广东149个国考断面" in r.text
    r = clean("香港与广东联合开展大气污染联防联控。")
    assert r.text == "香港与广东联合开展大气污染联防联控。"


def test_figures_typeset_with_spaces_between_chinese_lose_the_spaces():
    raw = "到 2025 年，全区 PM 2.5 浓度控制在 30 微克/立方米以下，下降 15%，建设 and 加强。"
    r = clean(raw)
    assert r.text == "到2025年,全区 PM2.5 浓度控制在30微克/立方米以下,下降15%,建设 and 加强。"
    _assert_offsets_exact(raw, r)
    assert clean("召开第 3 次会议,编号 A 2 B。").text == "召开第3次会议,编号 A 2 B。"  # not between Latin
    # a space before its unit only, the other side glued to Chinese
    raw = "到2025 年,全省入海污染物总量有效降低,上升11.2 个百分点。"
    r = clean(raw)
    assert r.text == "到2025年,全省入海污染物总量有效降低,上升11.2个百分点。"
    _assert_offsets_exact(raw, r)
    # (not a byline's name before a date, nor a figure before other words)
    assert clean("本报讯 记者 王俊杰 7月20日下午,我县召开推进会。").text == "本报讯 记者 王俊杰 7月20日下午,我县召开推进会。"
    assert clean("水质创历史最佳水2021 正版资料").text == "水质创历史最佳水2021 正版资料"
    # a space after a comma before a figure glued to Chinese (`环保部还透露, 2018年拟…`)
    raw = "环保部还透露, 2018年拟对第一轮督察开展回头看。"
    r = clean(raw)
    assert r.text == "环保部还透露,2018年拟对第一轮督察开展回头看。"
    _assert_offsets_exact(raw, r)
    assert clean("Hello, 2018 was good.").text == "Hello, 2018 was good."  # (not between Latin words)


def test_letter_spaced_characters_are_joined_but_a_name_after_a_word_is_not():
    raw = "全省196个省控监测断面(点位)的 水 质 优 良(Ⅰ ~ Ⅲ 类)比 例 为87.3%。\n序 号 名 称\n局长 王 某出席。"
    r = clean(raw)
    assert r.text.split("\n") == ["全省196个省控监测断面(点位)的水质优良(Ⅰ ~ Ⅲ 类)比例为87.3%。", "序号名称", "局长 王 某出席。"]
    _assert_offsets_exact(raw, r)
    assert clean("环境 保护 局").text == "环境 保护 局"  # words apart, not letters


def test_the_micro_sign_stays_as_the_page_wrote_it_and_is_read_as_the_unit():
    # the evidence quotes the page (`54µg/m3`, U+00B5), and the unit is read all the same
    from qingshan.extract.metrics import extract_metrics

    from .helpers import context

    raw = "全市PM2.5平均浓度为54\u00b5g/m3。"
    assert "54\u00b5g/m3" in clean(raw).text
    (m,) = extract_metrics(context("某市空气质量\n\n" + raw))
    assert (m.value, m.unit, m.indicator) == (54.0, "微克/立方米", "pm25_concentration")
    assert "\u00b5g/m3" in m.evidence


def test_a_headline_with_a_comma_is_not_joined_to_the_lead_that_opens_with_a_time():
    text = clean("最新公布的这份全国榜单,广西9个城市进入前30名\n近日,生态环境部公布今年1—3月全国地表水环境质量状况。\n").text
    assert text.split("\n")[0] == "最新公布的这份全国榜单,广西9个城市进入前30名"
    text = clean("联防联控,共建丽日蓝天——平原经济区空气质量会商会议召开\n\n2月2日上午,联合会商第五十四次会议在雅安市召开。\n").text
    assert text.split("\n")[0].endswith("会议召开")
    # a line the layout cut mid-sentence is still joined
    text = clean("会上,省生态环境科学研究院的专家学者对1月份空气质量状况进行了\n分析,并对下一阶段工作提出建议。\n").text
    assert text.count("\n") <= 1 and "进行了分析" in text

    # (nor to one opening with this year or the last, its stamp line between dropped as chrome)
    text = clean("浙江富阳:禁养区内到2020年将关停所有生猪养殖场\n日期:2017-04-13 17:06\n"
                 "  今年,区环保局和区农林局联合发布《富阳区畜禽养殖污染防治规划》。\n").text
    assert text.split("\n")[0] == "浙江富阳:禁养区内到2020年将关停所有生猪养殖场"

    # (nor to an indented line under it: the paragraph it opens; an indented line the layout broke is still joined)
    text = clean("开展河道整治达标攻坚行动,让群众享受更多清水绿岸\n\n  市水利局扎实开展美丽河湖十大专项行动,共计排查。\n").text
    assert text == "开展河道整治达标攻坚行动,让群众享受更多清水绿岸\n市水利局扎实开展美丽河湖十大专项行动,共计排查。"
    text = clean("  会上,专家学者对1月份空气质量状况进行了\n  分析,并对下一阶段工作提出建议。\n").text
    assert text == "会上,专家学者对1月份空气质量状况进行了分析,并对下一阶段工作提出建议。"


def test_an_e_papers_page_label_alone_is_chrome():
    assert is_chrome_line("第A05版:发布厅") and is_chrome_line("第02版 重要新闻")
    assert not is_chrome_line("第二版规划修订稿公布")


def test_a_time_lead_cut_from_the_sentence_it_opens_is_joined_to_it():
    text = clean("湖北省生态环境工作会议召开\n\n3月12日,\n湖北省生态环境工作会议召开,总结2025年工作。\n").text
    assert "3月12日,湖北省生态环境工作会议召开" in text


def test_a_line_of_keywords_joined_by_underscores_is_no_prose_to_join_the_headline_to():
    text = clean("环保新闻资讯频道首页_空气质量城市排名查询_城市生态环境资讯平台在线阅读_免费中文资讯频道推荐\n\n全国前20、江苏唯一!盐城这个排名,舒爽!\n\n"
                 "日前,生态环境部发布空气质量状况。\n").text
    assert "全国前20、江苏唯一!盐城这个排名,舒爽!" in text.split("\n")


def test_a_notices_name_is_not_joined_to_the_body_it_heads():
    text = clean("中共银川市委办公厅银川市人民政府办公厅关于印发《银川市2017年蓝天工程实施方案》的通知\n"
                 "为认真贯彻落实《自治区人民政府关于印发大气污染防治行动计划的通知》精神,制定本方案。\n").text
    assert text.split("\n")[0] == "中共银川市委办公厅银川市人民政府办公厅关于印发《银川市2017年蓝天工程实施方案》的通知"


def test_a_betting_brand_pasted_into_a_headline_is_cut():
    text = clean("必威体育平台,必威体育app县生态环境保护督察工作领导小组会议召开\n10月26日,县生态环境保护督察工作领导小组召开会议。\n").text
    assert "必威" not in text and "县生态环境保护督察工作领导小组会议召开" in text


def test_a_byline_cut_inside_its_brackets_is_joined():
    text = clean("中国菏泽网消息(记者\n常慕城)6月16日,省环保厅公布排名。\n").text
    assert text.split("\n")[0] == "中国菏泽网消息(记者常慕城)6月16日,省环保厅公布排名。"
    text = clean("调研组(第二组)\n6月16日,调研组到我市调研。\n").text  # closed on its own line: not cut
    assert text.split("\n")[0] == "调研组(第二组)"


def test_a_lottery_records_phrase_over_a_headline_is_removed():
    r = clean("澳门码2024年全部开奖记录∪7-2023年福建九个设区城市空气优良天数比例98.5%\n")
    assert r.text.startswith("2023年福建九个设区城市")  # (the filler between two spam words and its symbols too)


def test_a_headline_is_not_joined_to_the_stamp_line_below_it():
    r = clean("PM2.5浓度连续3年达到国家空气质量二级标准!江苏省2023年生态环境状况公报出炉\n\n扬眼 2024-05-30 19:46:03\n\n"
              "扬子晚报网5月30日讯(记者 曹某)5月30日,江苏省政府召开新闻发布会。")
    assert r.text.split("\n")[:2] == ["PM2.5浓度连续3年达到国家空气质量二级标准!江苏省2023年生态环境状况公报出炉",
                                      "扬眼 2024-05-30 19:46:03"]


def test_a_long_headline_is_not_joined_to_a_lead_opening_with_last_week():
    text = clean("李俊杰调研督导生态环境保护工作时强调紧盯群众关切压实责任攻坚全力守护生态环境底色\n发布日期:2025-12-17 08:29 点击次数:96\n\n"
                 "上周六,区委书记李俊杰深入生态环境保护重点区域,开展专题调研督导工作。").text
    assert text.split("\n")[0] == "李俊杰调研督导生态环境保护工作时强调紧盯群众关切压实责任攻坚全力守护生态环境底色"


def test_a_subtitle_with_a_comma_is_not_joined_across_a_blank_line_to_a_paragraph_opening_with_its_period():
    text = clean("鹤壁的空气怎么样?8月份全省排名第二,值得点赞\n\n2019年8月份,全省PM2.5平均浓度为35微克/立方米。\n").text
    assert text.split("\n")[0] == "鹤壁的空气怎么样?8月份全省排名第二,值得点赞"
    # a line cut mid-sentence with no blank line still joins (`…截至\n2019年8月,…` is one sentence)
    assert clean("据统计,全市累计完成的治理项目截至\n2019年8月,共完成120个。\n").text == \
        "据统计,全市累计完成的治理项目截至2019年8月,共完成120个。"


def test_a_line_ending_with_the_word_its_time_follows_joins_across_a_blank_line():
    text = clean("全市扎实推进污染防治攻坚,截至\n\n2023年10月,累计完成治理项目120个。\n").text
    assert text == "全市扎实推进污染防治攻坚,截至2023年10月,累计完成治理项目120个。"


def test_a_headline_with_a_comma_is_not_joined_to_its_byline_below():
    # (the byline cues of byline_roles.csv, as a run reads them)
    text = clean_with("一季度,全市空气优良天数比例超九成\n\n记者 王某明\n\n本报讯 记者昨日获悉,全市一季度空气质量持续改善。\n",
                      SPAM, tuple(load().byline_roles)).text
    assert text.split("\n")[:2] == ["一季度,全市空气优良天数比例超九成", "记者 王某明"]


def test_injected_phrases_of_one_length_come_in_a_fixed_order():
    # the rows a page gives must not depend on Python's hash seed (a set's order)
    lines = ["全市娱乐城开展执法,赌场检查企业,百家乐完成整改,老虎机巡查河道,六合彩监测断面,时时彩通报情况。"]
    assert find_injected_phrases(lines, SPAM) == ["六合彩", "娱乐城", "时时彩", "百家乐", "老虎机", "赌场"]


def test_a_date_stamp_run_into_the_bodys_first_words_is_a_line_of_its_own():
    raw = "来源:某某新闻网\n2023-05-16 10:214月12日,我市举行新闻发布会。"
    r = clean(raw)
    assert r.text == "4月12日,我市举行新闻发布会。"  # (the stamp, alone on its line, is the page's chrome)
    assert r.raw_span(0, 5) == (raw.index("4月12日"), raw.index("4月12日") + 5)  # offsets still point into the page



def test_a_date_stamp_with_seconds_run_into_the_body():
    raw = "来源:某某新闻网\n2023-04-14 09:55:204月12日,我市举行新闻发布会。"
    assert clean(raw).text == "4月12日,我市举行新闻发布会。"


def test_a_forums_anti_copy_jammer_text_is_removed():
    # runs of one- and two-character ASCII scraps a forum sprinkles over a repost (`<font class="jammer">`)
    raw = ("根据方案要求,甲市优良天数达到257天;. k6 W. c& n0 {% Q% T% D\n"
           "4 v/ t' ^$ `( V# S; u6 [ |\n"
           "1 \\- r7 r$ B9 o0 t 乙市PM2.5浓度为52微克/立方米;! y* G/ b/ W. u8 b3 {\n"
           "丙市监测SO2、NO2、CO、O3四项污染物,PM2.5 均值 35。")
    r = clean(raw)
    assert r.text.replace("\n", "") == ("根据方案要求,甲市优良天数达到257天;乙市PM2.5浓度为52微克/立方米;"
                                        "丙市监测SO2、NO2、CO、O3四项污染物,PM2.5 均值35。")
    assert "injected_text" in r.noise
    _assert_offsets_exact(raw, r)
    # letters and figures of the text itself stay (`A B C三类`, `I II III类`)
    assert clean("分为A B C三类区域,水质为I II III类。").text == "分为A B C三类区域,水质为I II III类。"


def test_a_line_said_again_below_itself_is_not_joined_to_it():
    # a page's title then its headline, the same long line twice: no sentence runs on into itself
    head = "全市PM2.5年均浓度实现2015年以来“六连降”!某省发布2022年全省生态环境状况公报"
    text = clean(f"{head}\n\n{head}\n2023年06月05日 10:00 来源:某某日报\n").text
    assert text.split("\n")[:2] == [head, head]


def test_a_speechs_title_run_into_its_salutation_is_a_line_of_its_own():
    raw = "在2020年全县生态环境保护大会上的讲话同志们:今天我们召开全县生态环境保护大会,主要任务是总结工作。"
    r = clean(raw)
    assert r.text.split("\n") == ["在2020年全县生态环境保护大会上的讲话", "同志们:今天我们召开全县生态环境保护大会,主要任务是总结工作。"]
    assert clean("他在会上的讲话同志们都很认可。").text == "他在会上的讲话同志们都很认可。"  # (not opening a line: prose)


def test_a_lottery_phrase_with_its_year_pasted_into_a_headline():
    text = clean_with("2023年某市优良天数达301天 为有监测记录2023年新奥门王中王资料以来最多\n某某社某市1月3日电 2023年某市空气质量持续改善。", SPAM).text
    assert text.split("\n")[0] == "2023年某市优良天数达301天 为有监测记录以来最多"


def test_a_paragraph_ended_without_its_full_stop_is_not_joined_to_the_next_one_opening_with_huishang():
    text = clean("5月8日,某县召开生态环境保护委员会会议。县委、县政府全体在家领导,各乡镇党委书记,县生态环境保护委员会成员单位"
                 "主要负责同志及重点企业、重点工程主要负责人参加会议\n\n会上,集中观看了警示片。\n").text
    assert text.split("\n")[1] == "会上,集中观看了警示片。"
    # (a short one is joined as before: left alone it would read as a heading over what follows)
    short = clean("临江市召开会议\n3月15日,临江市召开2024年河长制工作会议,市委副书记郑某出席\n\n会上,市水利局通报了巡河情况。\n").text
    assert "郑某出席会上" in short


def test_a_caption_closed_by_its_photographers_credit_is_not_joined_to_the_next_line():
    text = clean("某区召开发布会\n图为新闻发布会现场 摄影:林晓琪\n据介绍,全区生态环境质量总体稳定。\n").text
    assert "图为新闻发布会现场 摄影:林晓琪" in text.split("\n")
    # (the credit right after the caption's full stop: `…栖息。项菁 摄`, whose place is no place of what follows)
    text = clean("1月27日,在绍兴上虞海涂湿地,野鸭等在水上栖息。项菁 摄\n据了解,当地发现的5954种生物物种中,涉及高等植物2526种。\n").text
    assert text.split("\n")[0].endswith("项菁 摄")
    assert clean("他说,这是我们的工作\n重点是加强监测。\n").text == "他说,这是我们的工作重点是加强监测。"


def test_a_speechs_title_run_into_a_salutation_to_leaders_and_comrades():
    r = clean("在2022年全市生态环境保护工作会议上的讲话各位领导、同志们:今天我们召开全市生态环境保护工作会议。")
    assert r.text.split("\n")[0] == "在2022年全市生态环境保护工作会议上的讲话"


def test_a_line_ending_in_a_kind_of_picture_is_no_credit():
    text = clean("某市摄影大赛收官\n本次大赛共收到参赛作品412件,其中入围作品分为图片/视频\n两大类,评出一等奖作品6件。\n").text
    assert "图片/视频两大类" in text


def test_a_headline_with_a_comma_is_not_joined_to_the_items_dateline_below():
    for dateline in ("晚报全媒体讯(记者 王某明)1月30日,", "本报讯(记者 王某明)1月30日,"):
        text = clean("去年某省空气优良天数比例为97.2%,无重污染天\n" + dateline + "某省召开新闻发布会。\n").text
        assert text.split("\n")[0] == "去年某省空气优良天数比例为97.2%,无重污染天"
    # (a line cut before a word that merely ends in 讯 still joins)
    assert "移动通讯(含" in clean("今年,开发区将加快推进5G网络和移动\n通讯(含物联网)基础设施建设,年内建成基站120座。\n").text


def test_a_line_of_pasted_adult_spam_phrases_goes_whole_and_is_not_joined_to_the_headline():
    raw = ("国产精品v日韩精品,日本在线不卡视频,亚洲精品一区二区三区\n\n某区第一季度收获80余个蓝天\n\n"
           "4月10日,记者从区生态环境局获悉,全区优良天数为83天。")
    r = clean(raw)
    assert r.text.split("\n")[0] == "某区第一季度收获80余个蓝天" and "injected_text" in r.noise


def test_words_that_serve_spam_in_real_text_stay_and_a_headline_glued_to_spam_parts_is_kept():
    # (review) `中文字幕`, `一区二区` are spam words only beside a strong one: real text keeps them
    text = clean("某县发布宣传片\n\n6月5日,某县发布配有中文字幕和手语翻译的宣传片,按照“一区二区三带”布局拍摄。\n").text
    assert "中文字幕" in text and "一区二区三带" in text
    # a line of spam parts whose last part is a real headline keeps the headline
    text = clean("国产精品v日韩精品,日本在线不卡视频,日韩精品某县发布2018年环境质量状况公报\n\n6月4日,某县公报发布。\n").text
    assert "某县发布2018年环境质量状况公报" in text


def test_a_toned_reading_with_a_space_before_its_bracket_closes_is_pinyin():
    text = clean("省人大常委会(huì )副主任某某出席,为谱写新篇章创(chuàng )造良好环境。面积(mu )不变。").text
    assert text == "省人大常委会副主任某某出席,为谱写新篇章创造良好环境。面积(mu )不变。"


def test_breadcrumbs_however_worded_are_chrome():
    # (a breadcrumb read as a heading gave its site's city to a county's figures: `您当前的位置 : 贵阳网 > 生态贵阳 > …`)
    for line in ("您当前的位置 : 某某网 > 生态某某 > 生态文明建设", "您的位置:要闻 > 正文", "所在位置:首页"):
        assert is_chrome_line(line), line
    assert not is_chrome_line("全市生态环境质量所处的位置不断前移,优良天数比率为90%。")


def test_a_formula_whose_subscript_was_lost_or_set_apart_is_the_formula():
    # a page whose charset had no `₂` shows `?`; a PDF's layout a space; a subscript figure is the figure
    text = clean("PM2.5、PM10、SO?、NO?平均浓度分别为37、74、12、31微克/立方米,O?平均浓度为168微克/立方米,除O?外。").text
    assert text == "PM2.5、PM10、SO2、NO2平均浓度分别为37、74、12、31微克/立方米,O3平均浓度为168微克/立方米,除O3外。"
    assert clean("O 3 浓度为 183μg/m3,PM₂.₅浓度下降,O₃上升").text.startswith("O3 浓度为")
    assert "PM2.5浓度下降,O3上升" in clean("O 3 浓度为 183μg/m3,PM₂.₅浓度下降,O₃上升").text
    # a question stays a question, a figure a figure
    assert clean("你说呢?我们不知道。O 3.5吨").text == "你说呢?我们不知道。O 3.5吨"


def test_a_reading_given_twice_over_is_pinyin_too():
    text = clean("省(sheng)(sheng)會城市(shi)群同(tong)比(bi)改(gai)(gai)善3.4%").text
    assert text == "省会城市群同比改善3.4%"


def test_a_fields_label_set_apart_by_a_space_is_the_label():
    assert clean("全市共排查企业30家。记 者:彭某").text == "全市共排查企业30家。记者:彭某"
    assert clean("全市共排查企业30家。局长 王 某:大家好").text == "全市共排查企业30家。局长 王某:大家好"  # (a speaker's turn)
    # (a letter-spaced label of four is joined whole: `单 位 名 称:`)
    assert clean("全市共排查企业30家。\n单 位 名 称:某局").text.endswith("单位名称:某局")
    # (words of a sentence are left as they are: `他说 好:是的`)
    assert clean("他说 好:是的。").text == "他说 好:是的。"


def test_a_formula_is_only_mended_where_it_cannot_be_another():
    # (review of 0d0d296) carbon monoxide's `CO 2毫克`, and `氮氧化物(NO?)` (NOx), are left as written
    assert clean("CO 2毫克/立方米").text == "CO 2毫克/立方米"
    assert clean("氮氧化物(NO?)排放下降").text == "氮氧化物(NO?)排放下降"


def test_a_variant_the_conversion_table_leaves_is_the_gazetteers_form():
    assert clean("陜西省生態環境廳執法局局長胡世軍介紹").text == "陕西省生态环境厅执法局局长胡世军介绍"


def test_a_space_before_a_traditional_magnitude_is_dropped_too():
    raw = "項目總投資1.852 億元,屆時年處理危險廢物約為4.6 萬噸。"
    r = clean(raw)
    assert "1.852億元" in r.text or "1.852亿元" in r.text
    assert "4.6萬噸" in r.text or "4.6万吨" in r.text
    _assert_offsets_exact(raw, r)


def test_review2_a_year_before_a_traditional_place_name_keeps_its_space():
    assert "2023 " in clean("環保署今日發布2023 臺灣空氣品質監測報告。").text


def test_review_an_indented_line_under_a_line_the_layout_cut_still_joins_it():
    text = clean("标题\n\n今年以来,全市共查处环境违法案件\n    56件,罚款金额320万元,同比增长12%。\n").text
    assert "环境违法案件56件" in text


def test_a_search_ranking_ad_pasted_into_the_text_goes_with_the_place_it_is_for():
    text = clean("今年6月初松江区关键词排名优化,上海市生态环境局举办“局长接热线”活动透露松江区关键词排名优化,近两年来噪声投诉大幅增加。").text
    assert text == "今年6月初,上海市生态环境局举办“局长接热线”活动透露,近两年来噪声投诉大幅增加。"
    # (not a page's own words about websites or rankings)
    assert clean("全市开展网站优化工作,全省排名优化3位。").text == "全市开展网站优化工作,全省排名优化3位。"


def test_a_line_of_pasted_adult_spam_over_the_headline_goes():
    for spam in ("九九精品综合人人爽人妻,日本最新不卡免费一区二区,最新日本免费一区二区三区不卡在线,日韩视频无码中字免费观",
                 "久久人妻熟女中文字幕av蜜芽,91超碰潮喷色偷偷伊人,夜夜躁日日躁狠狠久久av,狠狠躁18三区二区一区"):
        out = clean(spam + "\n\n生态环境部公布2019年重点城市空气质量排名\n\n5月7日,生态环境部公布2019年全国生态环境质量简况。")
        assert out.text.startswith("生态环境部公布2019年重点城市空气质量排名\n"), out.text[:60]
    # (words that pages use: 中日韩, 狠狠打击, 亚洲开发银行)
    text = "第二十四次中日韩环境部长会议召开\n\n会议要求狠狠打击环境违法行为,亚洲开发银行代表出席。"
    assert clean(text).text == text.replace("\n\n", "\n")


def test_review45b_words_of_real_text_are_no_spam():
    for text in ("某化工企业夜间偷排废水被查处\n\n经查,该企业趁着夜色偷偷将未经处理的废水排入附近河道。",
                 "我市打造精品综合治理工程\n\n2023年,我市投资1.2亿元打造精品综合治理工程,完成12条河道整治。",
                 "城市热岛效应研究取得进展\n\n研究团队对比了北京、上海与东京热岛强度的变化。",
                 "市生态环境局开展夜间突击检查\n\n举报人用手机偷拍下某化工企业夜间偷排废水的视频。",
                 "西双版纳亚洲象保护成效显著\n\n亚洲象\n亚洲象是国家一级重点保护野生动物。近年来,西双版纳州持续加强亚洲象栖息地保护。\n"
                 "州林草局介绍,亚洲象监测预警体系已覆盖全州,亚洲象肇事事件明显减少,2022年下降35%。"):
        assert clean(text).text == text.replace("\n\n", "\n"), text[:12]


def test_a_comma_stuttered_before_another_mark_is_dropped_and_offsets_kept():
    raw = "其中提到,,到2025年,,全省将实现生态环境质量持续改善,,基本消除重污染天气,。"
    r = clean(raw)
    assert "其中提到,到2025年,全省将实现生态环境质量持续改善,基本消除重污染天气。" in r.text
    i = r.text.index("到2025年")
    assert raw[r.raw_offsets[i]:r.raw_offsets[i] + 6] == "到2025年"
    assert "甲、乙,丙" in clean("甲、乙,丙。").text  # (one mark each: nothing to drop)
