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


# ---- triggers, settings, organisers and participants (hand-written, provinces other than the samples')

def test_commas_inside_a_quoted_name_do_not_cut_the_clause():
    e = events("云南召开新闻发布会\n\n3月5日上午,云南省政府新闻办与省生态环境厅联合举行“守护蓝天,建设美丽云南”新闻发布会。",
               ref=dt.date(2024, 3, 6))
    assert [x.event_type for x in e] == ["press_conference"]
    assert e[0].event_date == dt.date(2024, 3, 5)
    assert e[0].organizer == "云南省政府新闻办、云南省生态环境厅"


def test_an_act_after_the_trigger_and_the_place_as_organiser():
    evs = events("四川简讯\n\n6月5日,全省生态环境保护大会在成都召开。当天,绵阳市在人民公园举行环境日宣传活动。",
                 ref=dt.date(2024, 6, 6))
    kinds = {(e.event_type, e.organizer, e.event_date) for e in evs}
    assert ("meeting", "四川省", dt.date(2024, 6, 5)) in kinds
    assert ("campaign", "绵阳市", dt.date(2024, 6, 5)) in kinds  # `当天` is the day named before


def test_a_meeting_named_as_the_setting_is_an_event():
    evs = events("甘肃省人民政府关于环境状况的报告\n\n——2023年4月20日在甘肃省人民代表大会常务委员会第二次会议上\n\n"
                 "现就2022年度全省环境状况作报告。", ref=dt.date(2023, 4, 21))
    assert [(e.event_type, e.event_date) for e in evs] == [("meeting", dt.date(2023, 4, 20))]


def test_each_document_released_is_one_event_and_a_bureau_reporting_on_a_day_releases():
    evs = events("广东发布公报\n\n5月20日,广东省生态环境厅正式对外发布《2023广东省生态环境状况公报》和"
                 "《2023广东省海洋生态环境状况公报》。", ref=dt.date(2024, 5, 21))
    assert [e.name for e in evs] == ["《2023广东省生态环境状况公报》", "《2023广东省海洋生态环境状况公报》"]
    assert all(e.organizer == "广东省生态环境厅" and e.event_date == dt.date(2024, 5, 20) for e in evs)
    e = events("广州空气质量\n\n广州市生态环境局1月10日对外通报,2023年全市空气质量持续改善。", ref=dt.date(2024, 1, 11))
    assert [(x.event_type, x.organizer) for x in e] == [("release", "广州市生态环境局")]


def test_relative_clauses_habits_and_references_back_are_not_events():
    assert events("云南工作综述\n\n今年全省将对照已经出台的《美丽云南建设规划纲要》推进工作。") == []
    assert events("四川简讯\n\n该奖项按规定每三年开展一次评选表彰。") == []
    evs = events("兰州市委理论学习中心组开展集体学习\n\n5月14日,兰州市委理论学习中心组开展集体学习研讨。"
                 "市政协副主席王德明对此次学习研讨给予充分肯定。", ref=dt.date(2024, 5, 15))
    assert [e.event_type for e in evs] == ["study_session"]


def test_a_follow_up_takes_the_day_and_the_acting_persons_unit():
    evs = events("签约仪式在昆明举行\n\n11月14日,某某集团与昆明市政府在昆明举行战略合作协议签约仪式。"
                 "随后,某某集团党委书记、董事长周国平代表集团现场签署了《滇池保护合作协议》。", ref=dt.date(2023, 11, 15))
    signed = next(e for e in evs if e.name == "《滇池保护合作协议》")
    assert signed.event_date == dt.date(2023, 11, 14) and signed.organizer == "某某集团"
    assert [p.name for p in signed.participants] == ["周国平"]


def test_participants_are_named_in_the_paragraphs_that_go_on_about_the_event():
    evs = events("曲靖召开推进会\n\n3月1日,曲靖市生态环境局召开大气污染防治推进会。\n\n"
                 "市生态环境局局长杨春林在会上作工作报告。副市长李红梅出席会议并讲话。", ref=dt.date(2024, 3, 2))
    assert sorted(p.name for p in evs[0].participants) == ["李红梅", "杨春林"]


def test_our_city_holding_a_meeting_is_the_pages_city():
    e = events("昆明市召开生态环境保护工作会议\n\n1月20日,我市召开2024年生态环境保护工作会议。", ref=dt.date(2024, 1, 21))[0]
    assert e.event_type == "meeting" and e.organizer == "昆明市"


def test_items_of_a_plan_year_heading_are_not_events():
    page = "2024年 持续改善生态环境质量\n\n持续开展“清废”专项行动,开展安全生产隐患排查整治专项行动。"
    assert events(page, ref=dt.date(2024, 1, 10)) == []
    assert events(page, ref=dt.date(2025, 1, 10))  # the same items in a review of the year: done


def test_meetings_listed_together_are_one_row_each_and_a_named_body_holds_its_meeting():
    evs = events("兰州市部署督察整改\n\n督察意见反馈后,兰州市第一时间召开市委常委会议、市政府常务会议研究部署整改工作。",
                 ref=dt.date(2024, 3, 1))
    assert [(e.name, e.organizer) for e in evs] == [("市委常委会议", "兰州市委"), ("市政府常务会议", "兰州市人民政府")]


def test_a_meeting_cited_in_an_instruction_is_not_reported_by_its_outcome():
    assert events("四川召开会议\n\n会议传达学习了对全国生态环境保护工作会议作出的重要批示。") == []
    evs = events("四川简讯\n\n这一年,四川省委十二届三次全会明确提出建设美丽四川。", ref=dt.date(2024, 1, 5))
    assert [e.event_type for e in evs] == ["meeting"]


def test_in_a_transcript_the_speakers_unit_holds_what_they_report():
    page = ("昆明市召开新闻发布会\n\n昆明市生态环境局党组书记、局长杨志明:\n\n各位媒体朋友:\n\n"
            "今年以来,全面开展“清水行动”专项行动,查处违法案件20起。\n\n云南日报记者:\n\n请问下一步有何打算?")
    evs = events(page, ref=dt.date(2024, 7, 1))
    # (and the press conference its headline names, which its text does not tell)
    assert [(e.event_type, e.organizer) for e in evs] == [("press_conference", None), ("campaign", "昆明市生态环境局")]


def test_a_meeting_named_after_a_body_of_any_level_is_held_by_it():
    from qingshan.extract.events import _BODY
    for name, body in (("州政府常务会议", "州政府"), ("县人大常委会第十次会议", "县人大常委会"),
                       ("自治区党委常委会会议", "自治区党委"), ("市委常委会议", "市委")):
        assert _BODY.match(name).group(0) == body


def test_an_organizer_named_by_its_unit_word_takes_the_pages_place():
    for title, organizer, qualified in (("恩施州生态环境动态", "州生态环境局", "恩施州生态环境局"),
                                        ("广西生态环境动态", "自治区生态环境厅", "广西壮族自治区生态环境厅"),
                                        ("江西省生态环境动态", "省生态环境厅", "江西省生态环境厅"),
                                        # a place cue too (it places the page), but as a subject the body
                                        ("廊坊市生态环境动态", "市生态环境局", "廊坊市生态环境局")):
        evs = events(f"{title}\n\n11月28日,{organizer}召开2023年第四季度生态环境保护工作推进会。")
        assert [e.organizer for e in evs] == [qualified], title


def test_an_activity_held_is_an_occasion_one_carried_out_a_campaign():
    for text, kind in (("6月5日,廊坊市举办绿色金融“政银企”对接活动。", "other"),
                       ("6月5日,2019世界环境日全球主场活动在浙江杭州举办。", "other"),
                       ("6月5日,全市开展“走访解促”活动。", "campaign"),
                       ("6月5日,富顺县举行“六·五”环境日宣传活动。", "campaign")):  # named a campaign
        assert [e.event_type for e in events("廊坊市生态环境动态\n\n" + text, ref=dt.date(2024, 7, 26))] == [kind], text


def test_an_inspection_groups_feedback_is_an_event_on_its_day_and_background_without_one():
    dated = events("某省动态\n\n7月10日,中央第三生态环境保护督察组向我省反馈督察情况。", ref=dt.date(2024, 7, 30))
    assert [(e.event_type, e.event_date) for e in dated] == [("other", dt.date(2024, 7, 10))]
    assert events("某市整改方案\n\n针对中央第三生态环境保护督察组反馈督察意见指出的问题,制定本方案。",
                  ref=dt.date(2024, 7, 30), doc_type="plan") == []
    assert events("某市动态\n\n我市认真落实督察组反馈督察意见,扎实推进整改。", ref=dt.date(2024, 7, 30)) == []


def test_a_slogans_doer_is_no_action():
    (e,) = events("某市动态\n\n6月5日,我市举行以“蓝天保卫战 我是行动者”为主题的环境日宣传活动。", ref=dt.date(2024, 7, 30))
    assert e.event_type == "campaign" and e.name.endswith("宣传活动")


def test_a_newspapers_day_alone_dates_the_event():
    (e,) = events("广东动态\n\n本报讯 3日,市生态环境局召开全市生态环境保护工作会议。", ref=dt.date(2023, 1, 11))
    assert (e.event_type, e.event_date, e.date_text) == ("meeting", dt.date(2023, 1, 3), "3日")


def test_a_plan_made_public_is_a_release_and_public_information_is_not():
    evs = events("整改方案全部公开\n\n2月9日,记者从生态环境部获悉,江苏、内蒙古、西藏3省(区)公开整改方案。",
                 ref=dt.date(2023, 2, 22))
    assert [(e.event_type, e.event_date) for e in evs] == [("release", dt.date(2023, 2, 9))]
    evs = events("整改方案全部公开\n\n2月9日,第二轮督察整改方案全部向社会公开。", ref=dt.date(2023, 2, 22))
    assert [(e.event_type, e.organizer) for e in evs] == [("release", None)]  # the plan is no organiser
    assert events("首页 | 常委会公报 | 政务公开 | 信息公开\n\n3月1日,法院依法公开审理了一起环境污染案件。",
                  ref=dt.date(2023, 3, 2)) == []


def test_a_dateline_and_its_credit_are_not_the_organiser():
    evs = events("空气质量通报\n\n人民日报海外版北京7月22日电(记者寇江泽)生态环境部22日通报今年上半年全国环境空气质量状况:"
                 "全国优良天数比例为84.6%。", ref=dt.date(2022, 7, 23))
    assert [(e.event_type, e.organizer, e.event_date) for e in evs] == [("release", "生态环境部", dt.date(2022, 7, 22))]
    evs = events("会商会召开\n\n中国环境报讯广东省环境保护厅近日召开全省环境空气质量分析会商会。", ref=dt.date(2018, 1, 5))
    assert [e.organizer for e in evs] == ["广东省环境保护厅"]


def test_the_day_nearest_the_event_not_the_datelines():
    evs = events("贵州生态环境状况公报发布\n\n人民网贵阳6月4日电 6月3日,贵州省政府新闻办召开新闻发布会,正式发布《2024年贵州省生态环境状况公报》。",
                 ref=dt.date(2025, 6, 4))
    assert {(e.event_type, e.event_date) for e in evs} == {("press_conference", dt.date(2025, 6, 3)),
                                                           ("release", dt.date(2025, 6, 3))}


def test_the_host_of_a_setting_and_its_day_not_the_reporters_or_the_datelines():
    evs = events("环境执法新闻发布会\n\n福州新闻网6月5日讯 记者从昨日省环保厅召开的新闻发布会上获悉,全省查处环境违法案件1200起。",
                 ref=dt.date(2014, 6, 5))
    assert [(e.event_type, e.event_date) for e in evs] == [("press_conference", dt.date(2014, 6, 4))]
    assert evs[0].organizer.endswith("省环保厅") and "记者" not in evs[0].organizer


def test_a_page_releasing_what_it_carries_now_releases_it_on_its_own_date():
    evs = events("辽阳市公开督察整改任务清单\n\n我市制定了整改任务清单。该清单已经省委、省政府审核同意,现按要求向社会公开。",
                 ref=dt.date(2022, 11, 11))
    assert [(e.event_type, e.event_date) for e in evs if "公开" in e.evidence] == [("release", dt.date(2022, 11, 11))]
    evs = events("关于印发方案的通知\n\n现将《某县2022年度目标责任书分解方案》印发给你们。", ref=dt.date(2022, 2, 22), stated=False)
    assert [e.event_date for e in evs] == [None]  # a guessed date is no day


def test_a_named_inspection_reported_by_what_it_found_and_a_background_mention():
    evs = events("全省生态环境保护工作会议\n\n2019年省级生态环保专项督察共发现问题1035个,转办545件。", ref=dt.date(2020, 1, 20))
    assert [(e.event_type, e.name) for e in evs] == [("inspection", "2019年省级生态环保专项督察")]
    assert events("全省生态环境保护工作会议\n\n第二轮中央生态环保督察转办案件中,已办结1200件。", ref=dt.date(2020, 1, 20)) == []


def test_a_city_is_no_host_and_what_is_done_in_public_is_no_release():
    evs = events("生态环境部新闻发布会\n\n生态环境部6日在北京召开新闻发布会。", ref=dt.date(2024, 6, 7))
    assert [(e.event_type, e.organizer) for e in evs] == [("press_conference", "生态环境部")]
    assert events("征求意见\n\n6月5日,市生态环境局公开征求《某市大气污染防治条例(草案)》意见。", ref=dt.date(2024, 6, 7)) == []


def test_a_press_conference_it_reports_from_is_the_one_already_reported():
    evs = events("上半年环境质量发布\n\n8月29日,2024年上半年全市环境质量状况新闻发布会召开。从发布会上获悉,1-7月,全市水质优良比例100%。",
                 ref=dt.date(2024, 8, 30))
    assert [e.event_type for e in evs] == ["press_conference"]
    # however its reporter or speaker is named before it: the setting is the event, not who was in it
    evs = events("滨州市召开新闻发布会\n\n滨州市生态环境局召开第一季度新闻发布会。齐鲁网记者从发布会上获悉,全市水质优良。"
                 "市环保局副局长王某某在发布会上介绍,2018年全市PM2.5浓度为50微克/立方米。", ref=dt.date(2019, 4, 2))
    assert [e.event_type for e in evs] == ["press_conference"]


def test_a_meeting_named_by_a_short_form_is_held_and_one_only_followed_is_not():
    """`工作会`, `总结会`, `培训会`: short names of meetings count with an act (`召开`, `举行`)."""
    evs = events("德阳召开环保工作会\n\n今(20)日上午,德阳市召开2015年全市环境保护工作会。"
                 "会议要求,认真贯彻落实全省环境保护工作会精神。3月18日,市环保局举行2014年度工作总结会。",
                 ref=dt.date(2015, 3, 20))
    got = {(e.event_type, e.name, e.event_date) for e in evs}
    assert ("meeting", "2015年全市环境保护工作会", dt.date(2015, 3, 20)) in got
    assert ("meeting", "2014年度工作总结会", dt.date(2015, 3, 18)) in got
    assert len(evs) == 2  # the provincial meeting whose spirit is followed was not held here


def test_a_bracketed_credit_opening_the_sentence_is_not_the_organiser():
    e, = events("昆明环境\n\n(昆明日报 记者王密)昆明市生态环境局5月9日召开全市生态环境保护工作会议。",
                ref=dt.date(2021, 5, 10))
    assert e.organizer == "昆明市生态环境局" and e.event_date == dt.date(2021, 5, 9)


def test_a_document_handed_down_is_released():
    evs = events("华蓥市召开动员会\n\n4月9日,华蓥市召开大气污染防治动员会,会上下发了《华蓥市2019年大气污染防治工作方案》。",
                 ref=dt.date(2019, 4, 10))
    got = {(e.event_type, e.name, e.event_date) for e in evs}
    assert ("release", "《华蓥市2019年大气污染防治工作方案》", dt.date(2019, 4, 9)) in got and len(evs) == 2


def test_an_official_inspecting_in_person_is_an_inspection():
    ref = dt.date(2025, 7, 10)
    for s in ("6月7日,副县长卢某到罗田县调研生态环境保护工作。", "6月7日,区长陈某前往南门镇月城村,现场督导交办件整改工作。",
              "6月7日,区委书记王某以“四不两直”方式督导交办问题整改情况。", "6月7日,省住建厅二级巡视员卢某来我县调研整改落实情况。",
              "6月7日,州委书记夏某在门源县、祁连县督导检查生态环境保护工作时强调,要压实责任。",
              "6月7日,市人大常委会副主任王某到大成镇南正水开展巡河工作。",
              "6月7日,县长马某带领县政府办、环保局等单位负责同志,实地调研某镇污水处理厂运行情况。"):
        assert [(e.event_type, e.event_date) for e in events("调研\n\n" + s, ref=ref)] == [("inspection", dt.date(2025, 6, 7))], s
    assert events("会议\n\n会上,县生态环境局局长黄某传达了中央生态环保督察工作动态。", ref=ref) == []  # `督察` names a body here
    assert events("会议\n\n6月7日,县委书记王某在讲话中强调,要落实巡河制度。", ref=ref) == []  # no inspecting, no patrol done
    assert events("工作\n\n压实各级河长制责任,常态化开展巡河工作。", ref=ref) == []  # a routine, no occurrence
    assert events("会议\n\n6月7日,县委书记王某在讲话中要求加强督导检查并及时整改问题。", ref=ref) == []  # 及时 is no while
    assert events("会议\n\n6月7日,县长马某主持召开会议,要求各部门实地调研污水处理厂运行情况。", ref=ref)[0].event_type == "meeting"
    assert len(events("会议\n\n6月7日,县长马某主持召开会议,要求各部门实地调研污水处理厂运行情况。", ref=ref)) == 1
    for s in ("6月7日,因天气原因,县领导未组织人员,实地调研活动推迟。", "原定6月7日由县长马某带领相关部门负责同志,实地调研污水处理厂,因故推迟。",
              "会议要求,各部门组织力量,实地调研排查风险隐患。"):
        assert [e.event_type for e in events("调研\n\n" + s, ref=ref)] in ([], ["meeting"]), s
    got = events("会议\n\n6月7日,县委召开理论学习中心组学习会,采取集中研讨形式调研交流学习体会。", ref=ref)
    assert "inspection" not in [e.event_type for e in got]


def test_an_action_after_a_year_that_opens_a_plan_is_planned_and_one_after_a_years_record_happened():
    text = "全市生态环境保护工作会议召开\n\n{}年,全市{}全力推进生态环境治理。开展秋冬季大气污染综合治理攻坚行动,加强管控。"
    assert events(text.format(2024, "将"), ref=dt.date(2024, 2, 1)) == []
    got = events(text.format(2023, ""), ref=dt.date(2024, 2, 1))
    assert [e.event_type for e in got] == ["campaign"]


def test_an_inspection_teams_feedback_on_its_day_is_an_event():
    got = events("辽宁督察\n\n7月31日,督察组向辽宁省委、省政府反馈了督察意见。", ref=dt.date(2017, 8, 10))
    assert [(e.event_type, e.event_date) for e in got] == [("other", dt.date(2017, 7, 31))]


def test_a_meeting_a_long_headline_names_first_takes_the_day_the_lead_tells():
    text = ("沈某主持召开省委生态环境工作推进会强调 牢记重要嘱托心怀“国之大者” 让绿水青山碧海蓝天成为海南永远的金字招牌 冯某毛某李某出席\n"
            "发布日期:2021-08-26\n"
            "海南日报海口8月24日讯(记者 况某勋)8月24日,省委书记沈某主持召开省委生态环境工作推进会,强调要深入学习贯彻生态文明思想。")
    got = events(text, ref=dt.date(2021, 8, 26))
    assert [(e.event_type, e.event_date) for e in got] == [("meeting", dt.date(2021, 8, 24))]


def test_a_study_session_of_a_theory_study_group():
    got = events("学习会\n\n6月19日上午,市生态环境局召开党组理论学习中心组(扩大)学习会。", ref=dt.date(2020, 6, 20))
    assert [(e.event_type, e.event_date) for e in got] == [("study_session", dt.date(2020, 6, 19))]
    assert events("学习\n\n按照党组理论学习中心组年度学习计划,认真抓好落实。", ref=dt.date(2020, 6, 20)) == []


def test_a_team_moving_in_starts_its_inspection_once():
    text = "督察进驻\n\n第三轮第四批8个中央生态环境保护督察组于5月26日至28日陆续进驻山西、内蒙古5省(区){}。"
    for tail in ("", "开展督察", ",开展生态环境保护督察"):
        got = events(text.format(tail), ref=dt.date(2025, 6, 1))
        assert [(e.event_type, e.event_date) for e in got] == [("inspection", dt.date(2025, 5, 26))], tail


def test_a_body_reporting_the_state_of_things_releases_it_and_a_notice_served_is_no_release():
    got = events("空气质量\n\n本报讯 记者张某 生态环境部近日通报2022年全国环境空气质量状况。", ref=dt.date(2023, 1, 30))
    assert [(e.event_type, e.organizer) for e in got] == [("release", "生态环境部")]
    assert events("执法\n\n上半年,全市共检查企事业单位1200余家次,下发责令整改通知书180份。", ref=dt.date(2023, 7, 30)) == []
    assert events("河长制\n\n会上,市水利局通报2024年河长制工作情况。", ref=dt.date(2024, 3, 1)) == []
    got = events("水质排名\n\n近日,某省生态环境厅公布了2018年1-6月全省城市地表水环境质量排名情况。", ref=dt.date(2018, 7, 20))
    assert [e.event_type for e in got] == ["release"]  # a ranking made public


def test_what_doing_a_thing_means_is_no_event_of_doing_it():
    got = events("推进会\n\n7月18日,某县召开迎接第二轮中央环保督察工作推进会。会议指出,开展第二轮生态环境保护督察,"
                 "是党中央加强生态环境保护的重大举措。", ref=dt.date(2019, 7, 19))
    assert [e.event_type for e in got] == ["meeting"]
    got = events("大会\n\n7月10日,某县召开生态环境保护大会,是近年来规模最大的一次。", ref=dt.date(2019, 7, 19))
    assert [e.event_type for e in got] == ["meeting"]  # the act with its subject and day happened


def test_a_schedules_items_and_what_a_year_is_are_no_events():
    table = ("上半年重点工作完成情况\n\n序号 | 目标任务 | 时间表和施工图 | 上半年完成情况 |\n"
             "1 | 强化大气污染防治。 | 一季度:开展秋冬季大气污染防治攻坚行动;印发扬尘污染治理专项行动实施方案。 | 检查涉气企业96家。 |")
    assert events(table, ref=dt.date(2024, 8, 5)) == []
    assert events("吕梁蓝天\n\n2018年是吕梁开展蓝天保卫战三年行动计划的第一年。", ref=dt.date(2019, 1, 10)) == []
    assert events("攻坚方案\n\n基本思路:坚持综合施策,开展柴油货车和扬尘专项治理行动。", ref=dt.date(2019, 10, 20)) == []


def test_one_officials_visit_told_in_parts_is_one_inspection_and_those_along_take_part_in_it():
    for text in ("12月31日,县委副书记、县长任某带队深入百利镇调研生态环境保护工作,现场督导环保问题整改推进情况。",
                 "6月4日上午,温州市政协副主席王某来我市调研河长制工作。副市长林某陪同调研。",
                 "3月11日,县长李某实地督导生态环保工作。李某先后深入县建筑垃圾消纳场等地进行调研督导。"):
        assert len(events("调研\n\n" + text, ref=dt.date(2025, 12, 31))) == 1, text


def test_a_session_chaired_or_numbered_is_reported_and_a_speechs_venue_is_not():
    got = events("专题学习\n\n2月28日,重庆高新区生态环境局局长陈某某主持专题学习。", ref=dt.date(2022, 3, 1))
    assert [(e.event_type, e.event_date) for e in got] == [("study_session", dt.date(2022, 2, 28))]
    got = events("人大审议\n\n2018年3月27—29日,市五届人大常委会第二次会议听取和审议了《关于2017年度环境保护工作情况的报告》。",
                 ref=dt.date(2018, 12, 1))
    assert [(e.event_type, e.event_date) for e in got] == [("meeting", dt.date(2018, 3, 27))]
    assert events("方案\n\n深入贯彻在黄河流域生态保护和高质量发展座谈会上的重要讲话精神,制定本方案。", ref=dt.date(2020, 1, 1)) == []


def test_an_officials_other_acts_a_group_moving_in_and_a_years_months_are_not_inspections_or_plans():
    ref = dt.date(2023, 6, 10)
    assert events("检查\n\n6月7日,县长王某要求严格检查企业排污情况。", ref=ref) == []
    assert events("园区\n\n6月7日,县里组织20家企业进驻产业园区。", ref=ref) == []
    got = events("年度回顾\n\n3月:市生态环境局印发《大气污染防治工作方案》。", ref=dt.date(2023, 12, 30))
    assert [e.event_type for e in got] == ["release"]  # a review's month, not a schedule


def test_a_summons_is_an_event_on_its_day():
    got = events("约谈\n\n7月17日,市生态环境局约谈了3家企业。", ref=dt.date(2018, 7, 18))
    assert [(e.event_type, e.event_date) for e in got] == [("other", dt.date(2018, 7, 17))]
    # a summons held as a meeting (`约谈会议`, `集体约谈`, `公开约谈`: event_triggers.csv) is one, as four sets' keys have it
    got = events("约谈\n\n8月20日,县长詹某对工作不力的4家单位主要负责人进行集体约谈。", ref=dt.date(2018, 8, 21))
    assert [(e.event_type, e.event_date) for e in got] == [("meeting", dt.date(2018, 8, 20))]
    got = events("约谈\n\n8月20日,市生态环境局集体约谈了3家企业。", ref=dt.date(2018, 8, 21))
    assert [(e.event_type, e.event_date) for e in got] == [("meeting", dt.date(2018, 8, 20))]
    assert events("约谈\n\n今年以来,全市共开展集体约谈12次。", ref=dt.date(2018, 8, 21)) == []  # (a tally)


def test_an_official_reporting_at_a_meeting_speaks_in_it_and_a_body_reporting_releases():
    evs = events("督察组向某省反馈督察情况\n\n2024年3月12日,中央第三生态环境保护督察组向黑龙江省反馈督察情况。"
                 "反馈会议由督察组副组长李明主持,督察组组长王强通报督察意见,省委书记许勤作表态发言。",
                 ref=dt.date(2024, 3, 13))
    assert [e.event_type for e in evs] == ["other"]  # the feedback; 通报督察意见 is said in it
    evs = events("环境质量通报\n\n广东省生态环境厅10日对外通报,2022年全省大气和水环境质量保持优良。", ref=dt.date(2023, 1, 10))
    assert [e.event_type for e in evs] == ["release"]


def test_an_officials_visit_is_found_when_the_headline_named_the_official_first():
    # people are listed once, where first named: here the headline, not the report's lead
    evs = events("县委书记李华调研生态环境保护工作\n\n5月16日,县委书记李华深入乡镇调研生态环境保护工作,"
                 "实地察看了污水处理厂运行情况。", ref=dt.date(2024, 5, 17))
    assert [(e.event_type, e.event_date) for e in evs] == [("inspection", dt.date(2024, 5, 16))]
    evs = events("局长王某主持召开局务会\n\n6月5日,局长王某主持召开局务会,传达学习全省生态环境保护大会精神。",
                 ref=dt.date(2024, 6, 6))
    assert [(e.event_type, e.event_date) for e in evs] == [("meeting", dt.date(2024, 6, 5))]


def test_standing_committee_and_executive_meetings_hosted_meetings_and_a_visit_to_a_short_named_city():
    evs = events("江华县召开县委常委会\n\n3月22日,江华瑶族自治县召开县委常委会,专题研究督察反馈问题整改工作。"
                 "会议组织学习了《中央生态环境保护督察工作规定》。", ref=dt.date(2024, 3, 23))
    assert [(e.event_type, e.event_date) for e in evs] == [("meeting", dt.date(2024, 3, 22))]  # no inspection in a title
    evs = events("临颍县召开政府常务会\n\n4月10日,临颍县政府召开常务会专题研究污染防治工作。", ref=dt.date(2023, 4, 11))
    assert [e.event_type for e in evs] == ["meeting"]
    evs = events("四平市生态环境局工作总结\n\n2023年,我局承办全省小流域治理工作现场会。5月,省生态环境厅厅长金育辉同志来平调研。",
                 ref=dt.date(2024, 2, 1))
    assert [e.event_type for e in evs] == ["meeting", "inspection"]
    # the standing committee as a body, in a title, is no meeting
    assert events("会议召开\n\n市人大常委会副主任张某出席会议并讲话。", ref=dt.date(2024, 3, 23)) == []


def test_a_measure_under_a_plans_heading_is_no_event():
    text = ("关于督察整改任务销号的公示\n\n整改措施\n\n(一)强化履职监督。开展检查、抽查、督导工作,对三级河长巡河履职情况开展督导检查。"
            "\n\n(二)加强排查整治。县水利局组织人员对河渠“四乱”问题开展拉网式排查。")
    assert events(text, ref=dt.date(2026, 1, 27)) == []


def test_review_cases_an_official_right_before_the_visit_a_body_named_standing_committee_and_a_work_report():
    evs = events("秸秆禁烧工作调研\n\n6月8日,县委书记王某某调研秸秆禁烧工作。", ref=dt.date(2024, 6, 10))
    assert [(e.event_type, e.event_date) for e in evs] == [("inspection", dt.date(2024, 6, 8))]
    evs = events("人大执法检查\n\n6月5日,市人大常委会召开大气污染防治法执法检查动员会。", ref=dt.date(2024, 6, 10))
    assert [e.name for e in evs] == ["大气污染防治法执法检查动员会"]  # 人大常委会 is the body
    evs = events("县生态环境局2023年工作总结\n\n一、主要工作措施\n\n(一)强化执法监管。县生态环境局联合县公安局开展专项执法检查"
                 "行动,检查企业120家。", ref=dt.date(2024, 1, 10))
    assert "campaign" in [e.event_type for e in evs]  # a work report's measures happened


def test_chairing_the_meeting_already_named_is_no_second_meeting():
    evs = events("市委理论学习中心组学习(扩大)会议召开\n\n6月26日上午,市委理论学习中心组学习(扩大)会议召开,市人大常委会主任王某出席会议,"
                 "市委副书记陈某主持会议。", ref=dt.date(2024, 6, 27))
    assert len(evs) == 1


def test_a_day_without_its_year_takes_the_year_stated_before_it_and_a_month_of_its_own_no_borrowed_day():
    evs = events("温州市公开督察整改落实情况\n\n2020年9月1日至10月1日,中央第三生态环境保护督察组进驻浙江督察,"
                 "期间于9月15日至21日对我市开展下沉督察,并于2021年2月向我省反馈了督察意见。",
                 ref=dt.date(2023, 1, 10))
    got = {e.event_type: (e.event_date, e.date_text) for e in evs}
    assert got["inspection"][0] == dt.date(2020, 9, 15)
    assert got["other"] == (None, "于2021年2月")  # (GUIDE: a date known to the day, else null)
    # (the months a report covers are not when it was released)
    evs = events("石家庄市环境质量\n\n12月16日上午,石家庄市向社会公布今年前11个月,全市环境质量状况。", ref=dt.date(2020, 12, 17))
    assert [(e.event_type, e.event_date) for e in evs] == [("release", dt.date(2020, 12, 16))]
    # (not a year the sentence names for something else)
    evs = events("石家庄市开展专项检查\n\n为巩固2023年大气污染治理成果,3月15日,市生态环境局召开大气污染防治工作推进会。",
                 ref=dt.date(2024, 3, 20))
    assert [e.event_date for e in evs] == [dt.date(2024, 3, 15)]
    evs = events("石家庄市生态环境工作\n\n2023年,市生态环境局于3月15日召开大气污染防治工作推进会。", ref=dt.date(2024, 6, 20))
    assert [e.event_date for e in evs] == [dt.date(2023, 3, 15)]  # (the year opening the sentence)


def test_a_meeting_named_a_study_session_is_one():
    evs = events("亳州市\n\n6月26日上午,市委理论学习中心组学习(扩大)会议召开,市人大常委会主任王玉玺出席会议。",
                 ref=dt.date(2020, 6, 27))
    assert [(e.event_type, e.event_date) for e in evs] == [("study_session", dt.date(2020, 6, 26))]


def test_a_special_meeting_on_inspection_work_is_a_meeting():
    evs = events("延边州\n\n11月27日,州委副书记、州长金寿浩主持召开延边州污染防治攻坚和生态环保督察整改工作专题会。",
                 ref=dt.date(2020, 11, 30))
    assert [(e.event_type, e.event_date) for e in evs] == [("meeting", dt.date(2020, 11, 27))]


def test_a_press_conference_held_for_a_report_releases_it():
    evs = events("浙江生态环境公众满意度连续11年上升\n\n2023年6月7日,浙江省生态环境厅在杭州富阳召开《2022年浙江省生态环境状况公报》"
                 "新闻发布会,记者从现场获悉。", ref=dt.date(2023, 6, 7))
    assert sorted((e.event_type, e.event_date) for e in evs) == [("press_conference", dt.date(2023, 6, 7)),
                                                               ("release", dt.date(2023, 6, 7))]
    evs = events("石家庄市新闻发布会\n\n6月5日,省政府新闻办召开《2023年河北省生态环境状况公报》新闻发布会,"
                 "省生态环境厅厅长张三发布了公报主要内容。", ref=dt.date(2024, 6, 6))
    assert sorted(e.event_type for e in evs) == ["press_conference", "release"]  # (the release it tells, once)
    evs = events("石家庄市新闻发布会\n\n6月5日,省政府新闻办召开《2023年河北省生态环境状况公报》新闻发布会,"
                 "会上还发布了《河北省生物多样性保护白皮书》。", ref=dt.date(2024, 6, 6))
    assert sorted(e.name for e in evs if e.event_type == "release") == ["《2023年河北省生态环境状况公报》", "《河北省生物多样性保护白皮书》"]


def test_a_plan_pages_lead_issuing_the_plan_is_its_release():
    text = ("福州市人民政府印发《“生态福地 美丽福州”建设行动方案(2023—2027年)》,持续优化空间开发保护格局,"
            "加快推进全市绿色低碳转型,深入打好污染防治攻坚战,统筹推进山水林田湖草沙一体保护修复。详情如下 :\n"
            "“生态福地 美丽福州”建设行动方案(2023—2027年)\n一、主要目标\n到2025年,美丽福州建设取得重大进展。")
    evs = extract_events(context(text, ref=dt.date(2023, 1, 1), stated=False, year_only=True, doc_type="plan"), [])
    assert [(e.event_type, e.organizer) for e in evs] == [("release", "福州市人民政府")]
    # after a short time of its own (`日前,`)
    text = ("日前,宜宾印发《宜宾市打赢碧水保卫战实施方案(2019-2020年)》。全文如下:\n"
            "宜宾市打赢碧水保卫战实施方案(2019-2020年)\n一、目标要求\n到2020年,全市优良水体比例达到90%。")
    evs = extract_events(context(text, ref=dt.date(2019, 1, 1), stated=False, year_only=True, doc_type="plan"), [])
    assert [e.event_type for e in evs] == ["release"]
    # (not the documents a plan's preamble cites: `依据国务院关于印发《…行动计划的通知》…,制定本方案`)
    text = ("蒙城县空气质量提升攻坚行动方案\n为持续深入打好蓝天保卫战,依据国务院关于印发《空气质量持续改善行动计划的通知》"
            "(国发〔2023〕24号)等要求,结合我县实际,制定本方案。\n一、总体要求\n以习近平生态文明思想为指导。")
    assert extract_events(context(text, ref=dt.date(2024, 3, 1), stated=False, year_only=True, doc_type="plan"), []) == []
    # (but not a notice's addressees ending its salutation)
    from qingshan.extract.document import extract_document
    raw = ("邯郸市人民政府办公室关于印发邯郸市土壤污染防治三年行动计划(2023—2025年)的通知\n\n各县(市、区)人民政府,市政府有关部门:\n\n"
           "经市政府同意,现将《邯郸市土壤污染防治三年行动计划(2023—2025年)》印发给你们,请认真组织实施。\n\n"
           "邯郸市人民政府办公室\n2023年5月10日\n")
    assert [e["event_type"] for e in extract_document("x", raw)["events"]] == ["release"]
    evs = events("石家庄市生态环境工作会议\n\n1月10日,市生态环境局召开全市生态环境保护工作会议,各县(市、区)分局负责人参加,"
                 "会议要求:\n要持续深入打好污染防治攻坚战。", ref=dt.date(2024, 1, 11))
    assert [e.event_type for e in evs] == ["meeting"]  # (a meeting's lead, no addressees)


def test_a_body_releasing_the_state_of_things_on_its_day():
    evs = events("榆林日报\n\n本报讯(记者 高苗)3月24日,省生态环境厅发布2月全省空气质量状况。1至2月,榆林市优良天数全省居首。",
                 ref=dt.date(2021, 3, 27))
    assert [(e.event_type, e.event_date) for e in evs] == [("release", dt.date(2021, 3, 24))]
    evs = events("石家庄市生态环境\n\n6月5日,市生态环境局发布2023年全市生态环境质量报告。", ref=dt.date(2024, 6, 6))
    assert [e.event_type for e in evs] == ["release"]  # (a report)
    # (not a warning or a message it puts out)
    assert events("石家庄市重污染天气\n\n12月1日,市重污染天气应急指挥部办公室发布重污染天气橙色预警,启动Ⅱ级应急响应。"
                  "12月1日,市生态环境局发布了“六五环境日”主题海报。", ref=dt.date(2023, 12, 2)) == []


def test_a_document_a_meeting_studies_or_a_preamble_cites_is_no_release_though_its_name_says_issued():
    evs = events("桐城市召开生态环境保护委员会会议\n\n11月12日,桐城市生态环境保护委员会第三次会议召开。"
                 "会议集中学习了安庆市环委办《关于印发“大干70天”生态环境领域专项工作方案的通知》。")
    assert [e.event_type for e in evs] == ["meeting"]
    evs = events("怀化市整改方案\n\n为切实抓好督察反馈问题整改落实,根据《湖南省生态环境保护委员会办公室关于印发<怀化市督察报告>的函》"
                 "有关要求,结合怀化实际,制定本方案。")
    assert evs == []


def test_a_title_a_place_was_given_is_an_award():
    evs = events("安康获评国家森林城市\n\n10月10日,我市获得“国家森林城市”称号。", ref=dt.date(2017, 11, 1))
    assert [(e.event_type, e.event_date) for e in evs] == [("award", dt.date(2017, 10, 10))]
    assert events("某市\n\n今年要力争获得“国家生态园林城市”称号。", ref=dt.date(2017, 11, 1)) == []


def test_a_commendation_a_designation_granted_and_a_shortlisting_are_awards():
    for text in ("5月20日,某市“利剑”行动获省生态环境保护委员会表彰。", "5月20日,某市获批成为中央农村黑臭水体治理试点城市。",
                 "5月20日,甲市、乙市双双入围。"):
        evs = events("某市生态环境\n\n" + text, ref=dt.date(2023, 6, 8))
        assert [(e.event_type, e.event_date) for e in evs] == [("award", dt.date(2023, 5, 20))], text
    assert events("某市生态环境\n\n该项目已获批,总投资5亿元。", ref=dt.date(2023, 6, 8)) == []  # (a project approved)


def test_a_notice_named_with_its_issuing_is_released_by_the_verb_after_it():
    evs = events("生态环境\n\n3月5日,《关于印发石家庄市大气污染防治攻坚方案的通知》印发实施。", ref=dt.date(2024, 3, 10))
    assert [(e.event_type, e.event_date) for e in evs] == [("release", dt.date(2024, 3, 5))]
    evs = events("生态环境\n\n近日,《河北省人民政府办公厅关于印发河北省空气质量持续改善行动计划实施方案的通知》发布。", ref=dt.date(2024, 3, 10))
    assert [e.event_type for e in evs] == ["release"]  # 计划 in the name plans nothing


def test_a_past_honour_is_background_and_a_quoted_name_keeps_its_quotes():
    assert events("某县\n\n该同志曾多次获得“优秀共产党员”称号。", ref=dt.date(2017, 11, 1)) == []
    evs = events("安康获评国家森林城市\n\n10月10日,我市获得“国家森林城市”称号。", ref=dt.date(2017, 11, 1))
    assert [e.name for e in evs] == ["“国家森林城市”称号"]


def test_an_award_already_won_is_still_an_award():
    evs = events("某市\n\n10月10日,我市已正式获得“国家森林城市”称号。", ref=dt.date(2017, 11, 1))
    assert [e.event_type for e in evs] == ["award"]


def test_jiang_marking_the_object_of_a_verb_of_placing_is_no_plan():
    # `我市将…纳入…`: 将 takes the object of 纳入, it is no `shall`; what follows is a record
    evs = events("某市整改工作\n\n2022年以来,我市将生态文明建设纳入重要议事日程,并印发《某市督察整改方案》。", ref=dt.date(2023, 5, 26))
    assert [(e.event_type, e.name) for e in evs] == [("release", "《某市督察整改方案》")]
    evs = events("某市整改工作\n\n下一步,我市将印发《某市督察整改方案》。", ref=dt.date(2023, 5, 26))
    assert evs == []  # `shall` it still is before a verb


def test_a_bodys_team_visiting_inspects_and_a_venue_is_no_organizer():
    evs = events("调研\n\n4月26日,市生态环境局自然生态保护处一行到我区调研。随后在区生态环境局召开座谈会。", ref=dt.date(2022, 6, 26))
    assert [(e.event_type, e.event_date) for e in evs] == [("inspection", dt.date(2022, 4, 26)), ("meeting", dt.date(2022, 4, 26))]
    assert evs[1].organizer != "在区生态环境局" and "在" not in (evs[1].organizer or "")
    evs = events("于都县召开会议\n\n2020年6月5日,于都县生态环境局召开全县生态环境保护工作会议。", ref=dt.date(2020, 6, 6))
    assert evs[0].organizer == "于都县生态环境局"  # (review) a county named 于…, no venue
    assert events("调研\n\n4月26日,市生态环境局一行人员到我区参观。", ref=dt.date(2022, 6, 26)) == []  # no act of inspecting


def test_a_cover_letter_sends_the_document_its_sentence_named_before():
    text = ("某区人民政府办公室关于印发某区大气污染防治2018年实施计划的通知 某政办发〔2018〕42号\n"
            "各街道办事处:\n《某区大气污染防治2018年实施计划》已经区政府同意,现印发给你们,请认真组织实施。")
    evs = events(text, ref=dt.date(2018, 9, 28))
    assert [(e.event_type, e.name, e.event_date) for e in evs] == [
        ("release", "《某区大气污染防治2018年实施计划》", dt.date(2018, 9, 28))]  # (the title line with its number: no event)
    text = "某局关于印发实施方案的通知\n按照《某某市大气污染防治攻坚方案》要求,我局制定了本实施方案,现印发给你们,请认真贯彻执行。"
    assert events(text, ref=dt.date(2020, 6, 1)) == []  # (review) the basis it follows is not what is sent
    text = "某局关于印发实施方案的通知\n经局党组研究同意,现印发给你们,请认真贯彻执行。"
    assert events(text, ref=dt.date(2020, 6, 1)) == []  # no document named before it: nothing, and no failure


def test_an_item_of_a_years_plan_paragraphs_after_it_opens_is_no_event():
    es = events("某省新闻发布会\n\n3月21日,省政府新闻办召开新闻发布会,省生态环境厅副厅长陶某介绍,2024年全省将深入开展污染防治攻坚。\n\n"
                "深入开展碧水保卫战。持续开展全省饮用水水源保护区环境风险排查,加快水质自动监测站建设。",
                ref=dt.date(2024, 1, 1), stated=False, year_only=True)
    assert [e.event_type for e in es] == ["press_conference"]


def test_a_designation_is_an_award_named_by_its_title_dated_before_it_and_given_by_the_passives_agent():
    es = events("某市河长制工作成效\n\n某市河长制工作取得明显成效。2021年3月,被国家水利部推荐为2020年河长制湖长制激励县。"
                "2019年,腾冲市被生态环境部命名为第三批国家生态文明建设示范市县。", ref=dt.date(2022, 1, 5))
    got = [(e.event_type, e.name, e.date_text, e.organizer) for e in es]
    assert got == [("award", "2020年河长制湖长制激励县", "2021年3月", "国家水利部"),
                   ("award", "第三批国家生态文明建设示范市县", "2019年", "生态环境部")]


def test_a_speech_at_a_meeting_held_elsewhere_is_no_event_though_the_sentence_opens_with_a_day():
    es = events("某区召开生态环境保护大会\n\n4月26日下午,某区召开生态环境保护大会暨生态建设工作会议,深入学习贯彻习近平生态文明思想,"
                "认真贯彻习近平总书记在全国生态环境保护大会上的重要讲话精神,传达学习全省、全市生态环境保护大会精神。",
                ref=dt.date(2024, 4, 27))
    assert [e.name for e in es] == ["生态环境保护大会暨生态建设工作会议"]


def test_an_act_that_did_not_happen_is_no_event():
    text = "某市3月空气质量\n\n值得一提的是,3月5日元宵节前后,省城由于没有举办燃放烟花活动,市民烟花爆竹燃放量明显减少。"
    assert events(text, ref=dt.date(2015, 4, 5)) == []
    assert len(events("某市活动\n\n3月5日,某市举办环保宣传活动。", ref=dt.date(2015, 4, 5))) == 1


def test_an_act_of_those_attending_the_meeting_takes_its_day():
    es = events("某县召开推进会\n\n3月8日,某县召开重点环境问题整治推进会。\n\n县长指出,要抓好整改。\n\n"
                "各乡镇党委书记参加会议,并分别认领整治清单,递交责任状。", ref=dt.date(2017, 3, 9))
    assert [(e.event_type, e.event_date) for e in es] == [("meeting", dt.date(2017, 3, 8)), ("signing", dt.date(2017, 3, 8))]


def test_forwarding_a_document_releases_it():
    es = events("某市转发文件\n\n近日,市政府办公室转发《省生态环境厅关于做好2024年大气污染防治工作的通知》,要求认真贯彻执行。"
                "他还转发了相关消息。", ref=dt.date(2024, 3, 6))
    assert [(e.event_type, e.name) for e in es] == [("release", "《省生态环境厅关于做好2024年大气污染防治工作的通知》")]


def test_review_designations_in_their_everyday_senses_and_meetings_relaying_a_spirit():
    for text in ("某省下放权力\n\n省政府将12项生态环境行政处罚权授予乡镇人民政府。",
                 "某市湿地公园\n\n市政府将其命名为“白鹭湾湿地公园”。",
                 "某市公示\n\n拟推荐为省级先进个人候选人的有王某等3人,现予公示。"):
        assert events(text, ref=dt.date(2023, 8, 2)) == []
    es = events("某县学习会\n\n8月5日,我县召开全国生态环境保护大会精神传达学习会,县委书记李某主持会议。", ref=dt.date(2023, 8, 6))
    assert [(e.event_type, e.event_date) for e in es] == [("meeting", dt.date(2023, 8, 5))]
    es = events("联席会议\n\n时隔三年未召开的长江流域生态环境保护联席会议,5月10日在武汉再次召开。", ref=dt.date(2023, 8, 6))
    assert [e.event_type for e in es] == ["meeting"]
    es = events("某市召开会议\n\n5月10日,某市召开生态环境保护大会。\n\n市长指出,要抓好整改。\n\n"
                "此前,各区县主要负责人参加会议,并递交了生态环境保护责任状。", ref=dt.date(2024, 5, 11))
    assert [(e.event_type, e.event_date) for e in es] == [("meeting", dt.date(2024, 5, 10)), ("signing", None)]


def test_a_study_forum_held_is_a_study_session_and_named_again_is_the_same_event():
    evs = events("杭州市生态环境局举办学习论坛\n\n本报讯 日前,杭州市生态环境局举办年度第二期生态环境学习论坛。局长王某作讲话。"
                 "王某强调,要通过举办生态环境学习论坛,帮助干部开阔视野。")
    assert [(e.event_type, e.name) for e in evs] == [("study_session", "年度第二期生态环境学习论坛")]
    # another body's meeting named by the tail of an earlier one's name is its own
    evs = events("岳阳市召开生态环境保护工作会议\n\n1月15日,全省生态环境保护工作会议在长沙召开。近日,岳阳市召开生态环境保护工作会议,"
                 "传达贯彻全省会议精神。")
    assert len(evs) == 2


def test_an_events_name_does_not_open_with_the_acts_aspect():
    evs = events("某市开展培训\n\n近日,市生态环境局举办了生态环境保护培训班。6月3日,市生态环境局召开了全市生态环境保护工作会议。",
                 ref=dt.date(2024, 6, 10))
    assert [e.name for e in evs] == ["生态环境保护培训班", "全市生态环境保护工作会议"]


def test_a_campaign_word_naming_the_means_something_is_done_by_is_no_campaign():
    evs = events("陕西召开会议\n\n10月10日,省政府召开视频会议。他要求,各级部门要深入打好蓝天保卫战,以实际行动迎接党的二十大胜利召开。",
                 ref=dt.date(2022, 10, 11))
    assert [e.event_type for e in evs] == ["meeting"]


def test_a_word_holding_a_cue_of_the_future_is_no_cue():
    evs = events("某市生态环境保护工作综述\n\n2023年,某市承担“水质模拟技术应用研究”项目,合作开展“跨界河长”巡河“多走一公里”活动。",
                 ref=dt.date(2024, 1, 20))
    assert [e.event_type for e in evs] == ["campaign"]
    # nor is a plan named as a noun
    evs = events("某市生态环境工作综述\n\n2023年,全市全面完成大气污染防治行动计划共85项任务,开展“清洁家园”专项行动。",
                 ref=dt.date(2024, 1, 20))
    assert [e.event_type for e in evs] == ["campaign"]


def test_a_clause_going_on_with_the_same_subject_keeps_its_organizer():
    evs = events("某市公开督察整改情况\n\n2022年10月8日—10月20日,某省第二生态环境保护督察组对某市开展了生态环境保护督察,"
                 "并于2023年3月2日向某市反馈了督察意见。", ref=dt.date(2023, 6, 1))
    assert [(e.event_date, e.organizer) for e in evs] == [(dt.date(2022, 10, 8), "某省第二生态环境保护督察组"),
                                                          (dt.date(2023, 3, 2), "某省第二生态环境保护督察组")]



def test_a_campaign_about_a_focus_is_held_and_a_meetings_name_keeps_its_words():
    # (review) `以…为重点的专项行动` is the campaign's focus, not a means
    evs = events("沧州开展专项行动\n\n5月以来,沧州市生态环境局开展以危废为重点的专项行动。", ref=dt.date(2023, 6, 1))
    assert [(e.event_type, e.organizer) for e in evs] == [("campaign", "沧州市生态环境局")]
    # (review) 在 and 从 beginning a word of the name (`在线`, `从严`) are no preposition of the setting
    evs = events("某省召开推进会\n\n3月2日,张某某在全省污染源在线监控工作推进会上强调,要加强监管。", ref=dt.date(2023, 3, 3))
    assert [e.name for e in evs] == ["全省污染源在线监控工作推进会"]



def test_the_setting_is_after_the_last_preposition_that_begins_no_word():
    # (second review) `在线上…发布会上`: 在 + 线上; `所在单位`: a word
    evs = events("某市召开发布会\n\n3月2日,副局长刘某某在线上新闻发布会上介绍了全市空气质量。", ref=dt.date(2023, 3, 3))
    assert [e.name for e in evs] == ["线上新闻发布会"]
    evs = events("某市召开表彰大会\n\n3月2日,站长刘某某代表所在单位在全市生态环境系统表彰大会上发言。", ref=dt.date(2023, 3, 3))
    assert [e.name for e in evs] == ["全市生态环境系统表彰大会"]


def test_a_media_briefing_is_a_press_conference_and_a_meeting_that_passed_a_plan_is_a_meeting():
    evs = events("某市召开通报会\n\n6月3日下午,某市2021年生态环境质量媒体通报会召开,市生态环境局副局长王某出席通报会。",
                 ref=dt.date(2022, 6, 4))
    assert [(e.event_type, e.event_date) for e in evs] == [("press_conference", dt.date(2022, 6, 3))]
    # `经…会议审议通过`: the meeting, on its day, named without the document or the day
    evs = events("某市人民政府关于印发某市生态环境保护规划的通知\n\n《某市生态环境保护规划》已经2023年5月6日市政府第12次常务会议"
                 "审议通过,现予以印发,请认真贯彻执行。", ref=dt.date(2023, 5, 20), doc_type="plan")
    meeting = [e for e in evs if e.event_type == "meeting"]
    assert [(e.name, e.event_date) for e in meeting] == [("市政府第12次常务会议", dt.date(2023, 5, 6))]


def test_a_transcripts_agenda_dates_the_event_it_records():
    # the line naming the event over its agenda: the event, on the agenda's day, held by the body of who presents it
    evs = events("某市环境状况公报发布会\n\n2022年度某市环境状况公报发布会\n时间:2023年6月2日 10:00\n地点:某市广播电视台演播厅\n"
                 "发布人:某市生态环境局党组书记、局长 王某某\n王某某:\n各位记者朋友,大家上午好!今天我们在这里发布《2022年度某市环境状况公报》。",
                 ref=dt.date(2023, 6, 3))
    conference = [e for e in evs if e.event_type == "press_conference"]
    assert [(e.event_date, e.organizer, [p.name for p in e.participants]) for e in conference] == [
        (dt.date(2023, 6, 2), "某市生态环境局", ["王某某"])]
    # a page's stamp is no agenda (`时间:…` then `来源:…`)
    evs = events("某市召开新闻发布会\n\n某市召开新闻发布会\n时间:2023年6月2日 10:00\n来源:某市生态环境局\n某市生态环境局今天召开新闻发布会。",
                 ref=dt.date(2023, 6, 2))
    assert all(e.evidence.find("时间:") == -1 for e in evs)


def test_tallies_of_checks_the_start_of_a_tally_and_a_means_are_no_events():
    evs = events("某区执法行动成果\n\n某区开展“清水”环境执法专项行动以来,检查涉水企业46家,移送行政拘留3起。\n"
                 "某区环保局组织开展了“2017清水”涉企环境执法专项行动,采取夜查、突击检查等方式排查。\n"
                 "10月以来,开展了3轮13次突击执法检查专项行动。", ref=dt.date(2017, 12, 1))
    assert [(e.event_type, e.name) for e in evs] == [("campaign", "“2017清水”涉企环境执法专项行动")]
    # what an inspection found tells it; a prize's winners counted are its award
    evs = events("某省通报\n\n2019年省级生态环保专项督察共发现问题1035个,转办545件。", ref=dt.date(2020, 3, 1))
    assert [e.event_type for e in evs] == ["inspection"]
    evs = events("某市绿色发展\n\n2023年,评选21家年度绿色发展“领跑者”企业,选树标杆。", ref=dt.date(2024, 1, 5))
    assert [e.event_type for e in evs] == ["award"]


def test_a_purpose_before_the_day_a_rank_word_and_the_official_who_acts():
    # `为进一步…,日前,…印发《…》`: the purpose's words do not make the release a plan's item
    evs = events("某省考核指标公布\n\n为进一步改善全省空气质量,坚决打赢蓝天保卫战,日前,省政府办公厅印发《某省蓝天保卫战2019年工作方案》。",
                 ref=dt.date(2019, 3, 2))
    assert [e.event_type for e in evs] == ["release"]
    # `四级调研员` is a rank, no inspection; the release is the body's of the official who releases it, not the chair's
    evs = events("某市发布公报\n\n7月7日,某市召开新闻发布会。发布会由某市委宣传部四级调研员孙某光主持,"
                 "某市生态环境局副局长邢某军发布了《2020年某市环境状况公报》。", ref=dt.date(2021, 7, 8))
    assert [(e.event_type, e.organizer) for e in evs if e.event_type != "press_conference"] == [("release", "某市生态环境局")]


def test_review_a_dated_visit_checking_counted_places_one_check_and_an_agendas_section_heading():
    # a leader's visit on its day is one inspection, whatever it counts; one occurrence counted is one
    evs = events("某市检查\n\n6月5日,市委书记王某带队检查2个工业园区环保工作,市生态环境局局长李某陪同。", ref=dt.date(2023, 6, 6))
    assert [(e.event_type, e.event_date) for e in evs] == [("inspection", dt.date(2023, 6, 5))]
    evs = events("某区执法\n\n6月5日,某区生态环境局开展了1次夜间突击执法检查专项行动。", ref=dt.date(2023, 6, 6))
    assert [e.event_type for e in evs] == ["campaign"]
    # a notice's section over its fields is no event's name
    evs = events("关于召开全市生态环境保护工作会议的通知\n\n一、会议时间和地点\n时间:2023年6月20日上午9:00\n地点:市政府第一会议室\n"
                 "主持人:市生态环境局局长王某", ref=dt.date(2023, 6, 10))
    assert not any(e.name.startswith("一、") for e in evs)
    # a day inside a quoted name stays; the document a meeting passed is no part of its name
    evs = events("某市活动\n\n6月5日,我市举办“6月5日世界环境日”主题宣传活动。", ref=dt.date(2023, 6, 6))
    assert [e.name for e in evs] == ["“6月5日世界环境日”主题宣传活动"]
    evs = events("某市规划\n\n《某市土壤污染防治规划》已经市政府第20次常务会议研究同意,现印发给你们。", ref=dt.date(2023, 6, 6))
    assert "市政府第20次常务会议" in [e.name for e in evs if e.event_type == "meeting"]


def test_a_clause_with_no_subject_is_done_by_the_body_opening_the_clause_before():
    # `鼎城区环保局抽调执法精干力量,组织开展了…`: one body acts in both; a purpose's clause names none
    evs = events("某区执法\n\n为有效打击超标排污等环境违法行为,鼎城区环保局抽调执法精干力量,组织开展了“清水”涉企环境执法专项行动。",
                 ref=dt.date(2017, 11, 20))
    assert [(e.event_type, e.organizer) for e in evs] == [("campaign", "鼎城区环保局")]
    evs = events("某区执法\n\n为有效打击超标排污等环境违法行为,组织开展了“清水”涉企环境执法专项行动。", ref=dt.date(2017, 11, 20))
    assert [e.organizer for e in evs] == [None]


def test_a_visit_to_places_listed_in_turn_is_of_the_place_that_holds_them():
    evs = events("市领导督导整改工作\n\n8月15日,副市长吴某带队,深入江阳区、纳溪区督导检查中央生态环境保护督察反馈问题整改工作。",
                 ref=dt.date(2023, 8, 16))
    assert [e.region for e in evs] == ["泸州市"]
    # partners named with `与` are not where it happens
    evs = events("协同治理\n\n8月15日,我区与北京市通州区、天津市武清区联合签订了《区域生态环境保护合作协议》。",
                 ref=dt.date(2023, 8, 16))
    assert all(e.region != "全国" for e in evs)


def test_an_inspection_itself_moving_in_is_held():
    evs = events("重庆市例行督察全部进驻\n\n12月18日,重庆市第二轮第一批生态环境保护例行督察全部进驻相关区县。", ref=dt.date(2023, 12, 19))
    assert [(e.event_type, e.event_date) for e in evs] == [("inspection", dt.date(2023, 12, 18))]
    # companies moving into a park are no inspection
    assert events("园区建设\n\n12月18日,组织20家企业进驻产业园区。", ref=dt.date(2023, 12, 19)) == []


def test_an_inspections_time_or_companies_moving_in_are_no_inspection():
    assert events("信访\n\n第三轮中央生态环境保护督察进驻期间,某市共办结转办信访件126件。", ref=dt.date(2023, 9, 10)) == []
    assert events("产业园\n\n今年以来,20家企业陆续进驻某区环保产业园,督查进驻企业落实环评制度。", ref=dt.date(2023, 9, 10)) == []


def test_a_video_conference_held_is_a_meeting():
    evs = events("某省环保\n\n7月25日,记者从某省生态环境厅获悉,某省生态环境系统2024年半年工作视频会日前召开。", ref=dt.date(2024, 7, 26))
    assert [e.event_type for e in evs] == ["meeting"]
    assert events("某省环保\n\n要充分利用视频会议系统开展培训。", ref=dt.date(2024, 7, 26)) == []  # the system, no meeting held


def test_a_team_inspecting_on_site_on_a_day_is_an_inspection():
    evs = events("督察典型案例\n\n2021年4月7日,中央第八生态环境保护督察组现场督察发现,某市污水处理能力严重不足。", ref=dt.date(2021, 4, 16))
    assert [(e.event_type, e.event_date) for e in evs] == [("inspection", dt.date(2021, 4, 7))]
    # undated, what it found is background
    assert events("督察典型案例\n\n督察组现场督察发现的问题要立行立改。", ref=dt.date(2021, 4, 16)) == []


def test_regressions_of_the_fourth_review_stay_fixed():
    # a team's moving in followed by its inspection is one inspection
    evs = events("迎接督察\n\n5月8日,省第四生态环境保护督察组进驻某市,对某市开展生态环境保护督察。", ref=dt.date(2024, 5, 20))
    assert len([e for e in evs if e.event_type == "inspection"]) == 1
    # a dated moving in is held, though 后 follows
    evs = events("迎接督察\n\n5月8日,第二轮省级生态环境保护督察进驻后,某市立即召开动员会。", ref=dt.date(2024, 5, 20))
    assert sorted(e.event_type for e in evs) == ["inspection", "meeting"]
    # a video conference as the means of an instruction is no meeting
    evs = events("传达会议精神\n\n7月4日,某市生态环境局在视频会上传达了省厅会议精神,要求各县区通过视频会形式部署落实。",
                 ref=dt.date(2024, 7, 5))
    assert len(evs) <= 1


def test_the_meeting_a_speech_was_given_at():
    got = events("在2020年全县生态环境保护大会上的讲话\n同志们:今天我们召开全县生态环境保护大会,主要任务是总结工作。")
    assert [(e.event_type, e.name) for e in got][:1] == [("meeting", "2020年全县生态环境保护大会")]


def test_a_notice_sending_a_plan_releases_it_on_the_day_it_is_signed():
    got = events("某县人民政府关于印发某县大气环境质量限期达标规划的通知\n发布日期:2026-02-24\n各乡镇政府:\n"
                 "现将《某县大气环境质量限期达标规划》印发给你们,请认真组织实施。\n某县人民政府\n2026年2月12日\n",
                 ref=dt.date(2026, 2, 24))
    assert [(e.event_type, e.event_date) for e in got if e.event_type == "release"] == [("release", dt.date(2026, 2, 12))]


def test_a_digests_second_item_dates_its_bare_day_by_its_own_dateline():
    got = events("广东:韩江流域水质持续向好****** 中新网汕头3月20日电 汕头市生态环境局20日发布消息,韩江干流水质均为Ⅱ类。\n"
                 "广西:漓江禁渔期巡查启动****** 中新网桂林3月22日电 桂林市农业农村局22日启动漓江春季禁渔期联合巡查。",
                 ref=dt.date(2024, 3, 20))
    assert [e.event_date for e in got if e.event_type == "inspection"] == [dt.date(2024, 3, 22)]


def test_a_speech_titles_meeting_takes_its_day_and_speaker_from_the_lines_under_it():
    ctx = context("在2024年全县生态环境保护工作会议上的讲话\n(2024年2月28日)\n县长 孙志明\n同志们:\n刚才,几位同志作了很好的发言。")
    got = extract_events(ctx, extract_people(ctx))
    assert got[0].event_date == dt.date(2024, 2, 28) and [x.name for x in got[0].participants] == ["孙志明"]


def test_a_release_at_a_meeting_is_of_the_document_after_its_trigger():
    got = events("某县召开生态环境保护委员会会议\n\n5月8日,某县召开生态环境保护委员会2024年第一次会议。会上,集中观看《某市生态环境问题"
                 "警示片》书面学习《河湖长制工作规定》、《中华人民共和国水污染防治法》县纪委书记刘某某同志通报《关于对某区整改不力"
                 "有关情况的通报》。")
    releases = [e.name for e in got if e.event_type == "release"]
    assert releases == ["《关于对某区整改不力有关情况的通报》"]
    # (the passive: the document before the trigger, not one cited after it)
    got = events("某市出台臭氧污染防治方案\n\n近日,《某市臭氧污染防治攻坚方案》由市政府办公室印发对照《某省臭氧污染防治攻坚方案》"
                 "细化了12项重点任务。")
    assert [e.name for e in got if e.event_type == "release"] == ["《某市臭氧污染防治攻坚方案》"]
    # (the nearest document standing as the subject, with those joined to it; not a basis cited before it)
    got = events("某市出台方案\n\n近日,依据《某省土壤污染源头防控行动计划》由市生态环境局牵头编制的《某市土壤污染源头防控行动实施方案》"
                 "正式印发。")
    assert [e.name for e in got if e.event_type == "release"] == ["《某市土壤污染源头防控行动实施方案》"]
    got = events("某市出台办法\n\n近日,《某市生态环境损害赔偿管理办法》和《某市生态环境损害赔偿资金管理细则》由市政府办公室印发实施。")
    assert [e.name for e in got if e.event_type == "release"] == ["《某市生态环境损害赔偿管理办法》", "《某市生态环境损害赔偿资金管理细则》"]


def test_a_summary_above_the_text_and_the_lead_tell_one_event():
    # (stated first in the summary, dated by the lead)
    got = events("某县召开会议\n\n摘要: 某县生态环境保护委员会第三次全体会议召开。\n\n11月5日,某县生态环境保护委员会2024年第三次全体"
                 "(扩大)会议召开,县长李某某出席会议并讲话。", ref=dt.date(2024, 11, 6))
    assert [(e.event_type, e.event_date, e.evidence[:3]) for e in got] == [("meeting", dt.date(2024, 11, 5), "摘要:")]
    # (a summary that alone tells the event still tells it, its label no part of the name)
    got = events("某市召开推进会\n\n【导读】5月8日,全市生态环境保护督察整改工作推进会召开,副市长周某某出席会议并讲话。\n\n"
                 "会议要求,各县(市、区)要确保年底前完成全部38项整改任务。", ref=dt.date(2024, 5, 9))
    assert [(e.name, e.event_date) for e in got] == [("全市生态环境保护督察整改工作推进会", dt.date(2024, 5, 8))]
    # (a summary's event and a different one the lead tells stay two; a summary's event is told again once)
    got = events("某区生态环境工作动态\n\n摘要:某区生态环境保护委员会办公室召开生态环境保护督察迎检工作部署会。\n\n"
                 "4月3日,某区召开生态环境保护大会,副区长何某某出席并讲话。", ref=dt.date(2024, 4, 5))
    assert len(got) == 2 and got[1].event_date == dt.date(2024, 4, 3) and got[0].event_date is None


def test_a_place_made_a_model_county_is_an_award_and_a_tally_of_them_is_not():
    got = events("某市生态环境工作总结会召开\n\n会议指出,2023年,东平县成功创建国家生态文明建设示范县,梁山县成功创建省级生态文明建设"
                 "示范县。全市累计成功创建省级生态村42个。")
    assert [e.event_type for e in got] == ["award", "award"]
    assert not events("某县工作要点\n\n2025年,力争成功创建国家生态文明建设示范县。")  # a goal, not an honour given
    # (nor a count of them, an earlier honour told as background, a thing built)
    for told in ("截至目前,全市已先后成功创建省级生态乡镇12个。", "目前,全县已成功创建省级美丽乡村示范乡镇9个。",
                 "会议指出,自成功创建国家生态文明建设示范县以来,全县生态环境质量持续改善。",
                 "这是我县继2021年成功创建省级生态文明建设示范县后获得的又一项荣誉。",
                 "今年以来,某县成功创建“生态信用”积分管理平台。"):
        assert not [e for e in events("某县生态环境工作动态\n\n" + told) if e.event_type == "award"], told


def test_an_organiser_named_by_a_cue_the_page_does_not_resolve_is_none():
    es = events("我市组织收听收看全省大会\n\n6月11日,我市组织收听收看全省生态环境保护大会。全省要加快推进污染防治。")
    assert es and all(e.organizer != "我市" for e in es)


def test_an_event_after_the_end_of_a_visit_is_on_its_day():
    text = ("某厅到宣城调研\n\n5月8日,省生态环境厅党组书记、厅长张某率队来宣调研生态保护工作。\n\n"
            "张某一行先后察看了多个点位。\n\n调研结束后召开座谈会。")
    es = events(text, ref=dt.date(2023, 5, 10))
    assert [e.event_date for e in es if e.event_type == "meeting"] == [dt.date(2023, 5, 8)]


def test_what_follows_the_end_of_a_visit_of_several_days_is_not_on_its_first_day():
    text = ("某市\n\n5月8日至10日,省人大常委会副主任欧阳某率调研组来我市调研固体废物污染防治工作。\n\n"
            "调研结束后,调研组召开座谈会,听取市政府工作汇报。")
    es = events(text, ref=dt.date(2024, 5, 11))
    assert [e.event_date for e in es if e.event_type == "meeting"] == [None]


def test_after_the_end_of_a_one_day_activity_and_not_of_a_span_told_in_the_same_paragraph():
    es = events("某市开展世界环境日宣传活动\n\n6月5日,某市在城市广场开展世界环境日主题宣传活动。\n\n"
                "活动结束后,某市生态环境局召开环保志愿者座谈会。", ref=dt.date(2024, 6, 6))
    assert [e.event_date for e in es if e.event_type == "meeting"] == [dt.date(2024, 6, 5)]
    es = events("某厅调研组赴温州调研\n\n6月11日至13日,省生态环境厅副厅长李某平带队赴温州市调研海洋生态环境保护工作。"
                "调研结束后召开座谈会,听取温州市有关工作汇报。", ref=dt.date(2024, 6, 14))
    assert [e.event_date for e in es if e.event_type == "meeting"] == [None]


def test_signing_a_letter_of_responsibility_or_commitment_is_a_signing_a_practice_of_years_is_none():
    for signed in ("会上,县委、县政府分别与县农业农村局、甲镇签订《2031年生态环境保护目标责任书》。",
                   "市生态环境局作承诺表态发言,并签订承诺函。"):
        text = "某县召开生态环境保护工作会议\n\n3月14日,某县召开生态环境保护工作会议。" + signed + "要层层落实目标责任书。"
        es = events(text, ref=dt.date(2031, 3, 15))
        assert [(e.event_type, e.event_date) for e in es] == [("meeting", dt.date(2031, 3, 14)), ("signing", dt.date(2031, 3, 14))]
    text = "某省通报\n\n2031年,某省委、省政府主要领导连续9年与各地市党政“一把手”签订生态环保目标责任书。"
    assert events(text, ref=dt.date(2031, 5, 30)) == []


def test_an_event_after_a_sentence_opening_with_another_year_does_not_take_the_day_reported_before():
    text = ("全国某某工作会议召开\n\n1月23日,全国某某工作会议在北京召开。\n"
            "会议指出,2030年是某某领域具有里程碑意义的一年。党中央再次召开全国某某大会,总书记出席会议并发表重要讲话。")
    es = events(text, ref=dt.date(2031, 1, 24))
    assert [(e.event_type, e.event_date) for e in es] == [("meeting", dt.date(2031, 1, 23)), ("meeting", None)]
    # (one that follows on the day reported still takes it)
    text = "某市召开会议\n\n1月23日,某市召开生态环境保护工作会议。市领导出席会议并讲话,会上签订了目标责任书。"
    assert [e.event_date for e in events(text, ref=dt.date(2031, 1, 24))] == [dt.date(2031, 1, 23)] * 2


def test_a_practice_or_a_requirement_to_sign_is_no_signing_and_an_act_at_the_meeting_keeps_its_day():
    # (review) `多年来…坚持…签订`, `要求各县区…签订…承诺书` are no happenings
    for told in ("多年来,某市坚持与各县区逐级签订生态环境保护目标责任书,层层压实责任。",
                 "某市要求各县区与重点排污单位签订环境安全承诺书,并于6月底前完成签订。"):
        assert events("某市压实生态环境保护责任\n\n" + told, ref=dt.date(2031, 5, 6)) == []
    # `会议还举行了…`: at the meeting, whatever year was spoken of before
    text = ("某市召开会议\n\n3月5日,某市召开2031年生态环境保护工作会议。会议指出,2030年全市细颗粒物浓度同比下降5.2%。"
            "会议还举行了生态环境导向开发项目签约仪式。")
    assert [e.event_date for e in events(text, ref=dt.date(2031, 3, 6))] == [dt.date(2031, 3, 5)] * 2


def test_a_chronicle_told_on_from_a_full_date_keeps_its_year():
    # a day of a sentence naming no year goes on from the last full date before it in its paragraph, not the page's year
    text = ("某省整改工作情况的报告\n\n2030年2月3日,督察组向我省反馈了督察意见。3月9日,省委常委会审议整改方案;"
            "6月17日,省政府正式印发《某省督察整改方案》。")
    evs = events(text, ref=dt.date(2031, 4, 20))
    assert {e.event_date for e in evs if e.event_type == "release"} == {dt.date(2030, 6, 17)}
    # (a day before the full date is no part of its chronicle: it keeps the page's year)
    text = "某省工作情况\n\n2030年8月3日,督察组反馈了督察意见。5月9日,省政府印发《某省督察整改方案》。"
    assert {e.event_date for e in events(text, ref=dt.date(2031, 6, 20)) if e.event_type == "release"} \
        == {dt.date(2031, 5, 9)}


def test_a_press_conference_held_as_the_form_of_a_release_is_held():
    # `以召开…发布会的形式对外发布…`: the conference is held, the form the release takes; a meeting named as the form of a
    # deployment with no act of holding it (`通过视频会形式部署`) stays the means
    got = events("某市发布生态环境状况\n\n6月5日,某市以召开专题新闻发布会的形式对外发布2019年生态环境状况。", ref=dt.date(2020, 6, 6))
    assert [(e.event_type, e.event_date) for e in got] == [("press_conference", dt.date(2020, 6, 5))]
    assert events("某市部署大气污染防治工作\n\n6月5日,某市通过视频会形式部署大气污染防治工作。", ref=dt.date(2020, 6, 6)) == []


def test_a_digest_items_numbered_headline_reports_nothing_its_paragraph_does():
    page = ("某部一周要闻(5.22-5.28)\n\n01、某部党组召开会议\n\n5月27日,某部党组书记孙某主持召开部党组会议,传达学习有关会议精神。\n\n"
            "02、某部召开领导小组会议\n\n5月26日,某部部长黄某主持召开领导小组第一次会议,安排部署重点任务。\n\n"
            "03、某部举行主题活动\n\n5月24日,某部举行主题活动,表彰优秀青年。\n")
    got = events(page, ref=dt.date(2022, 5, 30))
    assert [e.event_date for e in got] == [dt.date(2022, 5, 27), dt.date(2022, 5, 26), dt.date(2022, 5, 24)]


def test_documents_or_honours_won_one_after_another_are_a_record_not_an_event():
    text = ("林芝市召开新闻发布会\n\n11月14日,林芝市召开新闻发布会。林芝市先后出台《林芝市雅鲁藏布江保护条例》等20余部法规规章。"
            "据介绍,林芝市先后荣获“国家生态文明建设示范市”“国家森林城市”等荣誉称号。")
    assert [e.event_type for e in events(text, ref=dt.date(2025, 11, 15))] == ["press_conference"]


def test_the_place_a_visit_goes_to_is_not_who_organises_it():
    got = events("张某到腾冲市调研河长制工作\n\n8月25日,云南省人民政府副省长张某率省政府调研组一行,莅临腾冲市开展巡查调研河长制工作。",
                 ref=dt.date(2020, 8, 26))
    assert [(e.event_type, e.organizer) for e in got] == [("inspection", "云南省人民政府")]


def test_a_notice_of_policy_published_is_a_release():
    got = events("某市禁烧\n\n9月10日,某市发布关于禁止农作物秸秆露天焚烧的公告,要求全市范围内禁止秸秆露天焚烧。", ref=dt.date(2018, 9, 12))
    assert [(e.event_type, e.event_date) for e in got] == [("release", dt.date(2018, 9, 10))]
    # a warning published is none (`发布重污染天气橙色预警`)
    assert events("某市预警\n\n9月10日,某市发布重污染天气橙色预警。", ref=dt.date(2018, 9, 12)) == []


def test_a_minister_meeting_a_visitor_is_a_meeting():
    got = events("某部会见\n\n9月21日,生态环境部部长黄某在京会见某国自然资源与环境保护部部长,双方就环境合作交换意见。",
                 ref=dt.date(2023, 9, 22))
    assert [(e.event_type, e.event_date) for e in got] == [("meeting", dt.date(2023, 9, 21))]


def test_two_documents_issued_one_after_the_other_of_late_are_releases():
    # (review of c04b0b4) 先后 with a recent time names news, not a record over the years
    got = events("某区印发两项生态环境制度\n\n近日,区政府先后印发《某区生态环境损害赔偿管理办法》和《某区环境信访问题闭环处置办法》。",
                 ref=dt.date(2024, 6, 10))
    assert [e.event_type for e in got] == ["release", "release"]


def test_an_occasion_coming_is_when_something_is_done_not_a_plan():
    # `即将到来之际` tells the day's occasion; `将` there is no `shall`
    got = events("某市发布公报\n\n世界环境日即将到来之际,某市生态环境局召开新闻发布会,发布2022年度某市生态环境状况公报。",
                 ref=dt.date(2023, 6, 3))
    assert [e.event_type for e in got] == ["press_conference", "release"]
    # what is about to be held is still ahead
    assert events("某市会议\n\n某市生态环境局即将召开新闻发布会,发布2022年度某市生态环境状况公报。", ref=dt.date(2023, 6, 3)) == []


def test_a_document_handed_down_is_released_by_the_body_acted_for():
    got = events("某市召开环保工作会议\n\n3月3日下午,某市召开全市环境保护工作视频会议。市长陈某讲话,并代表市政府向各区政府"
                 "下达《2015年某市环境保护目标任务书》。", ref=dt.date(2015, 3, 4))
    rel = [e for e in got if e.event_type == "release"]
    assert [(e.name, e.event_date) for e in rel] == [("《2015年某市环境保护目标任务书》", dt.date(2015, 3, 3))]
    assert rel[0].organizer == "市政府"
    # (who it is handed to is no organiser: `…召开会议,向各县区下达《…》` is the city's)
    got = events("某市会议\n\n6月5日,某市召开会议,向各县区下达《2015年某市环境保护目标任务书》。", ref=dt.date(2015, 6, 6))
    assert [e.event_type for e in got] == ["meeting", "release"] and got[1].organizer is None
    # a task handed down, no document named, is no release
    assert [e.event_type for e in events("某市会议\n\n3月3日,某市召开会议,向各区下达2015年减排任务。", ref=dt.date(2015, 3, 4))] == ["meeting"]


def test_what_a_meeting_asks_for_is_no_event():
    # `要一体学习…,开展系列学习研讨会`: 要 before 一体 is the modal (not a number: `将3家…`); `适时开展` is for later
    text = ("某局召开学习会\n\n9月6日,某局召开理论学习中心组学习会。会议指出,要一体学习贯彻重要讲话精神,"
            "结合有关工作要求,开展系列学习研讨会,全面深入学习领会。")
    assert [e.event_type for e in events(text, ref=dt.date(2024, 9, 7))] == ["study_session"]
    text = ("某省座谈会召开\n\n1月24日,某省生态环境保护工作座谈会在某市召开。某某强调,2019年是关键一年,"
            "全力抓好中央环保督察问题整改,适时开展省级环保督察“回头看”。")
    assert [e.event_type for e in events(text, ref=dt.date(2019, 1, 25))] == ["meeting"]


def test_an_official_going_somewhere_to_oversee_inspects():
    got = events("某标题\n\n9月2日,环保部副部长翟某率督查组到某某县督查空气质量保障工作。", ref=dt.date(2015, 9, 4))
    assert [(e.event_type, e.event_date) for e in got] == [("inspection", dt.date(2015, 9, 2))]
    # (not the noun: `到市生态环境局听取中央环保督察整改情况汇报` is a briefing heard, no inspection)
    assert events("某标题\n\n6月5日,市长王某到市生态环境局听取中央环保督察整改情况汇报。", ref=dt.date(2015, 6, 6)) == []


def test_jiang_before_a_numeral_of_kinds_is_no_modal():
    # (review of 1ffebf8) `将三类问题交办…`: 将 marks the object, the inspection after it happened
    got = events("某局执法\n\n今年以来,某局将三类问题交办各县区,开展专项执法检查。", ref=dt.date(2024, 6, 1))
    assert [e.event_type for e in got] == ["inspection"]


def test_review_cases_of_organisers_visits_and_modals():
    # (review of c0d2fea) a place whose name opens like a preposition organises: 同心县
    got = events("同心县召开会议\n\n6月5日,同心县召开生态环境保护工作会议。", ref=dt.date(2024, 6, 6))
    assert [(e.event_type, e.organizer) for e in got] == [("meeting", "同心县")]
    # an official going to oversee the rectification work inspects
    got = events("某县督查\n\n6月5日,副市长王某到某某县督查整改工作。", ref=dt.date(2024, 6, 6))
    assert [e.event_type for e in got] == ["inspection"]
    # `要一鼓作气开展…检查`: asked for, not held
    assert events("某市会议\n\n6月5日,某市召开会议。会议要求,全市要一鼓作气开展专项执法检查。",
                  ref=dt.date(2024, 6, 6))[-1].event_type == "meeting"


def test_a_check_kept_up_round_the_clock_or_in_real_time_is_a_habit_not_an_event():
    """`各村组建巡逻队…进行全天候巡查`, `对整改情况实时开展“回头看”`: how the work is done, not something that happened
    (`每季度开展一次检查` already was); a check done on a day is one."""
    assert events("某镇秸秆禁烧\n\n同时,各村组建巡逻队和信息员队伍,对秸秆和垃圾焚烧行为进行全天候巡查。") == []
    assert events("某县整改\n\n县委县政府对整改情况实时开展“回头看”,确保问题整改到位。") == []
    got = events("某县整改\n\n5月6日,县委书记带队对整改情况开展巡查。")
    assert [e.event_type for e in got] == ["inspection"]


def test_review2_a_dated_check_of_a_real_time_system_is_an_event():
    """(review 2) `5月18日,…对…实时在线监控数据开展专项检查`: a check on its day; `实时` names the data, not a habit."""
    got = events("某市\n\n5月18日,市生态环境局对全市重点排污单位实时在线监控数据开展专项检查。", ref=dt.date(2023, 5, 20))
    assert [(e.event_type, e.event_date) for e in got] == [("inspection", dt.date(2023, 5, 18))]
    got = events("某市\n\n4月10日,副市长李强带队对全天候空气自动监测站运行情况开展专项督查。", ref=dt.date(2023, 5, 20))
    assert [e.event_date for e in got] == [dt.date(2023, 4, 10)]


def test_a_plan_read_out_at_a_meeting_is_issued_there_on_its_day():
    """`景志国宣读了《某县…实施方案》` in the paragraph after `2016年9月18日,…动员大会召开`: a release on the meeting's day;
    a higher body's notice read out (`宣读了《省大气办关于…的紧急通知》`) is passed on, not issued."""
    evs = events("某县动员大会\n\n2016年9月18日,全县环境综合治理动员大会召开,县委书记马某出席会议并讲话。\n"
                 "县委常委景某宣读了《某县环境保护综合治理行动实施方案》。", ref=dt.date(2016, 9, 20))
    assert [(e.event_type, e.event_date) for e in evs] == [("meeting", dt.date(2016, 9, 18)), ("release", dt.date(2016, 9, 18))]
    evs = events("某市调度会\n\n12月5日,某市召开重污染天气应对调度会。会上,常务副市长朱某宣读了《省大气办关于采取临时管控措施的紧急通知》。",
                 ref=dt.date(2016, 12, 6))
    assert [e.event_type for e in evs] == ["meeting"]
    evs = events("某市调度会\n\n12月5日,某市召开大气污染防治调度会。会上,副市长朱某宣读了《省政府关于加强大气污染防治工作的实施意见》。",
                 ref=dt.date(2016, 12, 6))
    assert [e.event_type for e in evs] == ["meeting"]
    # (reading out a notice is no attendance that carries the day to a meeting in a later paragraph)
    evs = events("某县大会\n\n3月5日,县委召开全县生态环境保护大会。\n此后,县委书记马某宣读了市委有关通知,并主持召开县委常委会会议,研究整改工作。",
                 ref=dt.date(2017, 3, 20))
    assert [(e.event_type, e.event_date) for e in evs][-1] == ("meeting", None)


def test_a_press_meeting_of_a_session_is_a_press_conference():
    """`河南省十三届人大二次会议记者会召开`: the session's press conference (event_triggers.csv: 记者会), not the session."""
    evs = events("某省记者会\n\n1月17日,河南省十三届人大二次会议记者会召开,省生态环境厅厅长王某回答记者提问。", ref=dt.date(2019, 1, 17))
    assert [(e.event_type, e.name) for e in evs] == [("press_conference", "河南省十三届人大二次会议记者会")]


def test_a_body_making_public_how_it_rectified_or_handled_complaints_releases_it():
    """`已办结42件,现予以公开`: a disclosure is a release, like a document's (not `信息公开`; nor the page making itself
    public, `现将我市…整改落实情况公开如下`: see test_the_page_making_itself_public_is_no_release)."""
    evs = events("某省信访件\n\n截至9月16日,督察组转办的信访件已办结42件,现予以公开。", ref=dt.date(2017, 9, 16))
    assert [e.event_type for e in evs] == ["release"]
    assert events("某市政府\n\n全市政务公开工作情况良好。", ref=dt.date(2024, 5, 31)) == []
    # (what a firm must make public is no release: `部分企业未按要求公开自行监测情况`)
    assert events("某市检查\n\n检查中发现,部分企业未按要求公开自行监测情况。", ref=dt.date(2024, 5, 31)) == []


def test_an_inspection_team_handing_over_a_batch_of_complaints_on_a_day():
    """`8月4日,…督察组向我省交办第十九批群众信访举报件175件`: a happening of its own (event_triggers.csv: 交办第, 移交第,
    转办第), not the batch named as background (`第二十九批信访件中,按污染类型分类`)."""
    evs = events("督察组交办信访件\n\n8月4日,中央第二生态环境保护督察组向我省交办第十九批群众信访举报件175件。",
                 ref=dt.date(2019, 8, 5))
    assert [(e.event_type, e.event_date) for e in evs] == [("other", dt.date(2019, 8, 4))]
    assert events("督察组交办信访件\n\n第二十九批信访件中,按污染类型分类:大气101件。", ref=dt.date(2019, 8, 5)) == []


def test_a_lead_issuing_the_plan_the_page_carries_in_full_and_one_issued_of_late_as_a_relative_clause():
    """`日前,广西玉林印发《…实施计划》。全文如下:` is no speaker's line; `行署日前印发的《…计划》明确了…` reports the
    issuing (not `按照已经出台的《…》`, background)."""
    evs = events("玉林市2019年度大气污染防治攻坚实施计划\n日前,广西玉林印发《玉林市2019年度大气污染防治攻坚实施计划》。全文如下:\n"
                 "玉林市2019年度大气污染防治攻坚实施计划\n一、工作目标", ref=dt.date(2019, 5, 1), doc_type="plan")
    assert [e.event_type for e in evs] == ["release"]
    evs = events("兴安盟治气\n\n兴安盟行署日前印发的《兴安盟2016年大气污染防治工作计划》明确了今年目标。", ref=dt.date(2016, 5, 1))
    assert [e.event_type for e in evs] == ["release"]
    assert events("兴安盟治气\n\n按照已经出台的《兴安盟2016年大气污染防治工作计划》要求,全盟完成任务。", ref=dt.date(2016, 5, 1)) == []
    assert events("兴安盟治气\n\n按照省政府日前印发的《大气污染防治工作方案》要求,全盟开展专项整治。", ref=dt.date(2016, 5, 1)) \
        == []  # (the basis of what is done, issued of late or not)


def test_done_of_late_is_on_no_day_the_sentence_names():
    """`记者8日从…获悉,该省于近日印发《…》`, `北京7月17日专电 …市环保局近日通报,…`: issued of late, its day not the one
    the reporter learnt it on nor the dateline's (GUIDE: a date only when known to the day); a body reporting of late
    releases what it reports."""
    evs = events("吉林印发方案\n\n中新网长春1月8日电 记者8日从吉林省生态环境厅获悉,该省于近日印发《美丽吉林建设行动方案》。",
                 ref=dt.date(2024, 1, 8))
    assert [(e.event_type, e.event_date, e.date_text) for e in evs] == [("release", None, "近日")]
    evs = events("北京通报执法\n\n本报北京7月17日专电 北京市环保局近日通报,今年上半年全市立案查处违法行为2225起。",
                 ref=dt.date(2017, 7, 17))
    assert [(e.event_type, e.event_date) for e in evs] == [("release", None)]
    # (a day of the sentence stays the event's when 近期 qualifies what it is about: `针对近期重污染天气召开`)
    evs = events("某市会议\n\n6月3日,市政府针对近期重污染天气召开紧急会议。", ref=dt.date(2020, 6, 4))
    assert [e.event_date for e in evs] == [dt.date(2020, 6, 3)]


def test_a_meeting_held_in_the_morning_of_a_day_told_before_and_after_a_meeting_ends():
    """`本网6月5日讯 5日是世界环境日。全省…推进会上午在杭召开`: on the 5th; `省上会议结束后,我县召开…会` on the day of
    the one before."""
    evs = events("遂昌新闻\n\n本网6月5日讯(见习记者 蓝某)5日是世界环境日。全省生态环境保护大会上午在杭召开。",
                 ref=dt.date(2018, 6, 5))
    assert [(e.event_type, e.event_date) for e in evs] == [("meeting", dt.date(2018, 6, 5))]
    evs = events("周至县部署\n\n9月30日下午,全省召开大气污染综合治理工作部署视频会。\n\n省上会议结束后,我县召开大气污染治理工作部署会。",
                 ref=dt.date(2019, 9, 30))
    assert [e.event_date for e in evs] == [dt.date(2019, 9, 30)] * 2
    # (a day told in another paragraph is not the one a meeting `下午在市里召开` is held on)
    evs = events("某县会议\n\n6月3日,县委召开环保大会。\n\n另悉,全市环保推进会下午在市里召开。", ref=dt.date(2020, 6, 4))
    assert [e.event_date for e in evs] == [dt.date(2020, 6, 3), None]


def test_meetings_listed_as_the_means_of_a_practice_are_no_events():
    """`通过召开党委常委会议、理论学习中心组集体学习会、政府常务会议等多种形式,进一步深化…`: how a body works, not meetings
    held on a day."""
    assert events("整改进展\n\n旗委和政府通过召开党委常委会议、理论学习中心组集体学习会、政府常务会议等多种形式,进一步深化认识。",
                  ref=dt.date(2024, 3, 1)) == []
    # (a means named after what was done on a day is no list of practices: `…印发《…》明确以洒水、覆盖等方式控制扬尘`)
    evs = events("扬尘治理\n\n6月5日,区政府印发《某区扬尘治理方案》明确以洒水、覆盖等方式控制扬尘。", ref=dt.date(2024, 6, 6))
    assert [(e.event_type, e.event_date) for e in evs] == [("release", dt.date(2024, 6, 5))]


def test_an_investigation_on_a_day_a_feedback_delivered_and_a_numbered_session_are_events():
    """`2020年10月12日,执法部门对某公司进行调查` (an inspection), `督察组于2022年3月18日向贵州省委、省政府进行反馈`
    (the feedback, `other`, as most keys count it), `记者从福建省十二届人大常委会第二十九次会议获悉` (the session)."""
    es = events("文昌公布行政处罚\n\n记者1月11日了解到,2020年10月12日,执法部门对文昌市某公司进行调查,发现该公司违法。",
                ref=dt.date(2021, 1, 11))
    assert [(e.event_type, e.event_date) for e in es] == [("inspection", dt.date(2020, 10, 12))]
    es = events("贵州督察反馈\n\n督察组于2022年3月18日向贵州省委、省政府进行反馈。", ref=dt.date(2022, 3, 19))
    assert [(e.event_type, e.event_date) for e in es] == [("other", dt.date(2022, 3, 18))]
    es = events("福建打击环境违法\n\n24日,记者从福建省十二届人大常委会第二十九次会议获悉,今年一季度全省移送案件22件。",
                ref=dt.date(2017, 5, 24))
    assert [(e.event_type, e.event_date, e.name) for e in es] == [
        ("meeting", dt.date(2017, 5, 24), "福建省十二届人大常委会第二十九次会议")]


def test_an_official_inspecting_at_a_place_on_a_day_is_a_visit():
    """`省长唐某9月17日下午在张掖调研祁连山生态保护工作`: at a place, as `到张掖调研` is; not `在会上`, `在工作中`."""
    es = events("甘肃省长调研祁连山\n\n省长唐仁健9月17日下午在张掖调研祁连山生态保护工作。", ref=dt.date(2020, 9, 18))
    assert [(e.event_type, e.event_date) for e in es] == [("inspection", dt.date(2020, 9, 17))]
    es = events("某市会议\n\n市长王某9月17日在工作中检查了台账。", ref=dt.date(2020, 9, 18))
    assert [e.event_type for e in es] == []


def test_a_page_reporting_what_it_carries_below_releases_it_on_the_day_it_is_signed():
    """`现将2017年1至4月水质情况通报如下:` over `湖北省环境保护厅` / `2017年5月26日`: a release of the page's own,
    though it names no document, as `整改落实情况公开如下` is."""
    es = events("湖北省地表水考核断面水质情况通报\n\n我省组织对考核断面进行了监测评估,现将2017年1至4月水质情况通报如下:"
                "我省114个地表水考核断面中达标的断面100个。\n湖北省环境保护厅\n2017年5月26日", ref=dt.date(2017, 5, 26))
    assert [(e.event_type, e.event_date) for e in es] == [("release", dt.date(2017, 5, 26))]


def test_review_a_count_of_meetings_this_meeting_and_checking_complaints_are_no_events():
    assert events("会议\n\n2023年,市河长办共召开12次会议,研究河湖治理。记者从此次会议获悉,全市将推进治理。",
                  ref=dt.date(2023, 12, 1)) == []
    assert events("调查\n\n10月12日,市生态环境局对群众举报的问题逐一进行调查核实。", ref=dt.date(2023, 12, 1)) == []


def test_a_state_or_a_bulletin_out_of_the_oven_is_released():
    """`…上半年环境空气质量状况出炉`, `《2021沈阳市环境质量状况公报》日前出炉`: released; not bread (`刚出炉的面包`), nor twice
    where the act releasing it is in the sentence (`…排名出炉】5月7日,…厅发布…排名`)."""
    es = events("安徽空气质量\n\n7月28日,安徽上半年环境空气质量状况出炉。全省PM2.5平均浓度为33微克/立方米。", ref=dt.date(2021, 8, 2))
    assert [(e.event_type, e.event_date) for e in es] == [("release", dt.date(2021, 7, 28))]
    assert events("面包\n\n刚出炉的面包很香。", ref=dt.date(2021, 8, 2)) == []
    es = events("江苏空气\n\n4月江苏省空气质量通报,PM2.5排名出炉】5月7日,江苏省生态环境厅发布4月份江苏县(市、区)PM2.5排名。",
                ref=dt.date(2019, 5, 7))
    assert [e.event_type for e in es] == ["release"]


def test_review_a_count_after_a_term_and_what_is_not_out_yet_are_no_events():
    assert events("会议\n\n2023年12月1日,本届河长办共召开12次会议,研究河湖治理。", ref=dt.date(2023, 12, 2)) == []
    assert events("事故\n\n2021年5月7日,事故调查结果尚未出炉。", ref=dt.date(2021, 5, 8)) == []


def test_a_tally_or_a_routine_of_inspections_is_no_event():
    """`累计开展县级河长巡河8次`, `已开展巡河5000多人次`, `定时在岗开展桶边督导`: many inspections or a routine, none of them
    an event; an official's patrol on a day is one."""
    assert events("某县治水\n\n今年截至11月底,累计开展县级河长巡河8次,镇级河长巡河88次。") == []
    assert events("某县治水\n\n今年上半年全市各级河长已开展巡河5000多人次。全省配置分类管理员,定时在岗开展桶边督导。") == []
    assert [e.event_type for e in events("某县治水\n\n5月8日,县长李某到某镇巡河。")] == ["inspection"]
    # (nor a routine's word in what is inspected, or an ordinal batch, on a day: `对日常监管工作进行督导检查`, `第2批次`)
    assert [e.event_type for e in events("某县治水\n\n5月8日,县长李某对日常监管工作进行督导检查。")] == ["inspection"]
    assert [e.event_type for e in events("某县治水\n\n5月8日,副市长李某带队督导检查第2批次整改项目。")] == ["inspection"]
    assert events("某市执法\n\n3月1日至31日,全市开展执法检查300余次。") == []  # (a tally over dated days)


def test_a_ministry_holding_its_briefing_and_a_place_winning_an_honour():
    """`1月24日,生态环境部进行新闻发布,秦皇岛市北戴河段荣膺…“2021美丽海湾优秀案例”`: a press conference (the trigger is the
    act of holding it) and an award (荣膺, as 荣获)."""
    got = events("秦皇岛美丽海湾\n\n1月24日,生态环境部进行新闻发布,秦皇岛市北戴河段荣膺生态环境部“2021美丽海湾优秀案例”。")
    assert sorted(e.event_type for e in got) == ["award", "press_conference"]


def test_a_body_reporting_today_keeps_its_name():
    """`生态环境部今日通报了…空气质量状况`: today is no part of the body's name."""
    got = events("空气质量\n\n生态环境部今日通报了全国环境空气质量状况。", ref=dt.date(2022, 9, 20))
    assert [(e.event_type, e.event_date, e.organizer) for e in got] == [("release", dt.date(2022, 9, 20), "生态环境部")]


def test_an_officials_dispatch_of_a_work_is_a_meeting():
    got = events("某市治水\n\n11月30日,市住房和城乡建设局局长熊寿林专题调度城市黑臭水体整治。", ref=dt.date(2020, 12, 4))
    assert [e.event_type for e in got] == ["meeting"]
    # (not a mechanism named so: `建立“周专题调度、月通报”工作机制`)
    got = events("某市治水\n\n市住建局建立“周专题调度、月通报”工作机制,对黑臭水体整治进展实行专题调度。", ref=dt.date(2020, 12, 4))
    assert got == []


def test_a_document_told_drawn_up_is_released_lately_not_on_the_day_it_was_learnt():
    got = [(e.event_type, e.event_date) for e in events(
        "广州发布深化生活垃圾分类处理三年行动计划\n\n8月15日,记者从广州市城市管理综合执法局获悉,日前,广州已制定深化生活垃圾"
        "分类处理三年行动计划。", ref=dt.date(2019, 8, 16))]
    assert got == [("release", None)]
    got = [e.event_type for e in events("湖南通报环境执法\n\n2021年,我省执法更加规范。制定了综合行政执法事项清单,明确176个"
                                        "执法事项。", ref=dt.date(2022, 3, 26))]
    assert got == ["release"]
    assert events("某市部署工作\n\n下一步,要制定完善相关工作方案。", ref=dt.date(2022, 3, 26)) == []


def test_a_place_making_a_list_public_of_late_releases_it():
    got = events("湖南省市两级河长名单公布\n\n记者近日从湖南省河长制工作委员会获悉,日前湖南公布了省、市两级河长名单。",
                 ref=dt.date(2017, 3, 10))
    assert [e.event_type for e in got] == ["release"]


def test_review_a_companys_plan_a_question_or_a_plan_not_drawn_up_is_no_release():
    for s in ("5月8日,检查中发现,该企业虽制定了突发环境事件应急预案和整改方案,但未按要求落实。",
              "检查组重点检查了企业是否制定了突发环境事件应急方案、是否开展了应急演练。",
              "督察发现,该县至今未制定了养殖污染防治规划,问题整改滞后。"):
        assert [e for e in events("工作动态\n\n" + s, ref=dt.date(2021, 5, 10)) if e.event_type == "release"] == [], s


def test_a_transcripts_headline_names_the_press_conference_its_text_does_not_tell():
    got = events("生态环境部5月例行新闻发布会实录\n\n刘某某:各位记者朋友,大家上午好!今天我们邀请到监测司司长介绍情况。",
                 ref=dt.date(2018, 6, 1), doc_type="press_conference")
    assert [(e.event_type, e.name) for e in got] == [("press_conference", "生态环境部5月例行新闻发布会")]


def test_a_press_conference_held_as_a_reporters_reception_and_no_event_in_a_reporters_question():
    got = events("记者招待会\n\n10月23日15:00,十九大新闻中心举办第六场记者招待会,请环境保护部部长李某某介绍情况。\n"
                 "中央电视台记者:我想问一个问题,随着第四批中央环保督察组进驻完毕,后续会不会继续?", ref=None, stated=False)
    assert [e.event_type for e in got] == ["press_conference"]


def test_review2_no_press_conference_from_a_headline_about_one_and_a_byline_is_no_question():
    for head in ("市生态环境局召开2021年新闻发布会工作部署会", "我市将举行六五环境日新闻发布会"):
        assert [e for e in events(head + "\n\n会议要求各单位认真做好相关工作。", ref=dt.date(2021, 5, 10),
                                  doc_type="press_conference") if e.event_type == "press_conference"] == [], head
    got = events("推进会\n\n本报讯(记者:张某)5月8日,市生态环境局召开全市大气污染防治推进会。", ref=dt.date(2021, 5, 10))
    assert [e.event_type for e in got] == ["meeting"]


def test_review2_a_bureau_drawing_up_a_plan_for_companies_releases_it():
    got = events("工作动态\n\n市生态环境局针对涉VOCs企业制定了差异化管控方案。", ref=dt.date(2021, 5, 10))
    assert [e.event_type for e in got] == ["release"]
    got = events("工作动态\n\n市河长办针对未达标断面制定了限期达标方案。", ref=dt.date(2021, 5, 10))
    assert [e.event_type for e in got] == ["release"]


def test_a_tally_of_documents_issued_is_no_release():
    for text in ("2024年以来,累计下发各类交办通知51份、通报9份。", "今年以来,累计印发工作方案3份。"):
        assert events("河长制工作\n\n" + text, ref=dt.date(2024, 10, 9)) == [], text
    # (a tally of meetings is one in the keys: `召开政企座谈会27次`; and a release on its day stays one)
    got = events("惠企\n\n今年以来,召开政企座谈会27次。", ref=dt.date(2024, 6, 6))
    assert [e.event_type for e in got] == ["meeting"]
    got = events("通知\n\n6月5日,县政府印发《实施方案》等3份文件。", ref=dt.date(2024, 6, 6))
    assert [e.event_type for e in got] == ["release"]


def test_meetings_of_several_kinds_counted_are_a_record_of_work():
    # `共召开9次常委会议、7次市政府常务会议、…`: no one meeting told (one kind counted stays a meeting, above)
    for text in ("今年以来共召开9次常委会议、7次市政府常务会议、4次政府专题会和2次市长办公会,专题研究部署整改工作。",
                 "2022年以来,主持召开省委常委会会议11次、书记专题办公会议9次、省政府常务会议12次,专题审议整改方案。"):
        assert events("督察整改\n\n" + text, ref=dt.date(2023, 2, 28)) == [], text
    # (meetings named one after another, not counted, are one row each)
    got = events("督察整改\n\n2月20日,市委召开常委会议、市政府常务会议,研究部署整改工作。", ref=dt.date(2023, 2, 28))
    assert [e.event_type for e in got] == ["meeting", "meeting"]


def test_review40_meetings_counted_after_their_names_and_ordinal_sessions():
    for text in ("省委书记主持召开省委常委会会议11次、书记专题办公会议9次,研究污染防治攻坚工作。",
                 "今年以来,县政府召开三次常务会议、两次专题会议,研究部署环保工作。"):
        assert events("督察整改\n\n" + text, ref=dt.date(2023, 2, 28)) == [], text
    # (one named with counted ones uncounted is a meeting; `十五届2次全会` is an ordinal, not a count)
    got = events("会议\n\n3月2日,市委召开常委会议、2次专题会议和3次调度会,研究部署生态环境保护工作。", ref=dt.date(2023, 3, 3))
    assert [e.name for e in got] == ["常委会议"]
    got = events("某县召开会议部署督察整改\n12月28日,县委书记刘军主持召开县委十五届2次全会、县委十五届3次常委会议和县生态环境保护"
                 "委员会全体会议,研究部署督察整改工作。", ref=dt.date(2023, 12, 29))
    assert len(got) == 2 and all(e.event_type == "meeting" for e in got)


def test_review40b_yiji_with_an_act_of_its_own_and_secondary_supply():
    # a clause after 以及 with an act of its own is its own clause: both events stay
    got = events("检查\n\n3月12日,市委书记李某带队检查中心城区大气污染防治工作,以及召开座谈会听取企业意见建议。", ref=dt.date(2023, 3, 13))
    assert sorted(e.event_type for e in got) == ["inspection", "meeting"]
    # `二次供水`, `二次扬尘`: secondary, not twice
    got = events("推进会\n\n5月8日,市住建局召开二次供水设施改造推进会、建筑垃圾二次扬尘治理调度会,部署重点工作。",
                 ref=dt.date(2024, 5, 9))
    assert got and all(e.event_type == "meeting" for e in got)


def test_what_a_release_tells_of_is_no_inspection_and_its_list_goes_on_after_yiji():
    # `发布了…隐患排查整治情况,以及…编制的《…公报》`: the checks are what is told, the bulletin is what is released
    got = events("自治区生态环境厅召开例行新闻发布会\n\n6月5日,自治区生态环境厅召开例行新闻发布会,发布了2024年广西生态环境状况"
                 "和全区涉重金属环境安全隐患排查整治情况,以及该厅编制的《2024年广西壮族自治区生态环境状况公报》。",
                 ref=dt.date(2025, 6, 6))
    assert [(e.event_type, e.name) for e in got] == [
        ("press_conference", "例行新闻发布会"), ("release", "《2024年广西壮族自治区生态环境状况公报》")]
    # (an inspection done on its day stays one: `6月5日,市生态环境局开展涉重金属企业排查整治`)
    got = events("执法动态\n\n6月5日,市生态环境局对涉重金属企业开展隐患排查整治。", ref=dt.date(2025, 6, 6))
    assert [e.event_type for e in got] == ["inspection"]


def test_the_page_making_itself_public_is_no_release():
    """dev extra_04: `现将我县已完成整改的问题情况予以公示` is the page itself, not an event; a document sent is."""
    for text in ("根据省督察整改工作领导小组办公室相关要求,现将反馈问题整改情况公开如下。", "按照要求,现将督察反馈意见整改进展情况予以公开。"):
        assert events("整改情况\n\n" + text, ref=dt.date(2023, 5, 12)) == [], text
    got = events("通知\n\n现将《将乐县2022年度目标责任书分解方案》印发给你们。", ref=dt.date(2022, 5, 12))
    assert [e.event_type for e in got] == ["release"]


def test_a_body_publishing_the_months_environmental_quality_or_its_years_work_arrangements_releases_them():
    evs = events("延边州空气质量\n\n日前,延边州生态环境局发布2021年3月份和1-3月份空气环境质量。", ref=dt.date(2021, 4, 20))
    assert [e.event_type for e in evs] == ["release"]
    evs = events("安庆新闻发布会\n\n3月17日上午,安庆市生态环境局发布了2021年全市生态环境重点工作安排。", ref=dt.date(2021, 3, 18))
    assert [(e.event_type, e.event_date) for e in evs] == [("release", dt.date(2021, 3, 17))]
    assert events("气象\n\n3月17日,市气象台发布寒潮蓝色预警信息。", ref=dt.date(2021, 3, 18)) == []


def test_an_official_leading_a_visit_in_person_or_a_team_coming_to_inspect_is_an_inspection():
    evs = events("石门县新闻\n\n8月20日下午,县长邓碧波带队实地调研该县国控、省控断面水质达标情况。", ref=dt.date(2020, 8, 21))
    assert [(e.event_type, e.event_date) for e in evs] == [("inspection", dt.date(2020, 8, 20))]
    evs = events("咸宁新闻\n\n今天(3月19日),省级“回头看”第十一督查组来咸督查中央环保督察整改工作。", ref=dt.date(2018, 3, 19))
    assert [(e.event_type, e.event_date) for e in evs] == [("inspection", dt.date(2018, 3, 19))]
    assert events("某市新闻\n\n3月19日,市委要求各地配合督察组开展督察整改。", ref=dt.date(2018, 3, 19)) == []


def test_review_no_release_of_a_warning_live_data_or_a_duty_roster_nor_a_visit_as_background():
    # (review of 4b87df6, 8ce6799)
    for text in ("12月1日,市生态环境局发布大气环境质量预警提示,建议易感人群减少户外活动。",
                 "12月1日,市生态环境局在官网发布实时环境质量数据。",
                 "1月19日,市生态环境局发布春节期间值班工作安排。",
                 "2019年省督查组来我县督查时交办的信访件已全部办结。",
                 "中央环保督察组来我省督察期间,我区共受理交办信访件46件,已办结44件。"):
        assert events("某市新闻\n\n" + text, ref=dt.date(2021, 12, 2)) == [], text
    evs = events("某市新闻\n\n11月4日,省生态环境厅督导组到邯郸市督导大气污染防治工作,先后检查了3家企业。", ref=dt.date(2021, 11, 5))
    assert len(evs) == 1


def test_review_a_monthly_report_published_and_an_inspecting_team_on_its_day_are_events():
    # (review of 0bcfea2)
    evs = events("某省月报\n\n3月10日,省生态环境厅发布2月份全省环境质量月报,全省14个设区市平均优良天数比例为86.2%。",
                 ref=dt.date(2021, 3, 11))
    assert [e.event_type for e in evs] == ["release"]
    evs = events("某县新闻\n\n5月10日,省第二生态环境保护督查组来我县督查时指出,要压实整改责任。", ref=dt.date(2021, 5, 11))
    assert [(e.event_type, e.event_date) for e in evs] == [("inspection", dt.date(2021, 5, 10))]


def test_typical_cases_made_known_are_a_release():
    got = events("金华通报环境违法典型案件\n\n为进一步有力震慑各类环境违法行为,市环保局通报了第十五批10件环境违法典型案件。",
                 ref=dt.date(2016, 11, 30))
    assert [e.event_type for e in got] == ["release"]
    assert events("执法\n\n市环保局通报了3起案件的查处进展。", ref=dt.date(2016, 11, 30)) == []


def test_a_body_announcing_on_its_day_what_the_sentence_tells_releases_it():
    got = events("江苏水源地整治\n\n新华报业网讯 江苏省环保厅18日发布,截至8月底,全省已完成整治101个。", ref=dt.date(2018, 9, 19))
    assert [(e.event_type, e.event_date) for e in got] == [("release", dt.date(2018, 9, 18))]
    assert events("江苏水源地整治\n\n省环保厅发布,全省空气质量持续改善。", ref=dt.date(2018, 9, 19)) == []  # no day
    assert events("江苏水源地整治\n\n省环保厅将于9月25日发布,届时公布排名。", ref=dt.date(2018, 9, 19)) == []  # to come
    for text in ("省生态环境厅18日发布,预计19日至21日全省将出现中至重度污染天气。",  # a forecast
                 "市重污染天气应急指挥部办公室18日发布,自19日0时起全市启动重污染天气橙色预警。"):  # a warning
        assert events("空气质量\n\n" + text, ref=dt.date(2023, 8, 19)) == []
    got = events("执法\n\n18日,省生态环境厅在新闻发布会上发布,截至7月底,全省立案查处环境违法案件1520件。", ref=dt.date(2023, 8, 19))
    assert [e.event_type for e in got] == ["press_conference"]  # what the conference told, not a release of its own


def test_the_month_a_release_reports_on_is_not_its_day():
    # `7月20日,…通报了2023年6月及1-6月…`: released on the 20th; June is what it covers
    got = events("山西环境空气质量排名出炉\n\n黄河新闻网讯(记者侯某)7月20日,山西省生态环境厅通报了2023年6月及1-6月设区市环境空气质量状况。",
                 ref=dt.date(2023, 7, 21))
    assert [(e.event_type, e.event_date) for e in got] == [("release", dt.date(2023, 7, 20))]


def test_a_year_naming_the_meeting_is_no_time_it_was_held_lately():
    evs = events("邵东召开会议\n\n5月5日,记者从市生态环境局获悉,近日某市2023年生态环境保护工作会议召开,传达全国会议精神。",
                 ref=dt.date(2023, 5, 5))
    assert [(e.event_type, e.event_date) for e in evs] == [("meeting", None)]
    evs = events("某市召开会议\n\n5月5日,某市2023年生态环境保护工作会议召开,传达全国会议精神。", ref=dt.date(2023, 5, 8))
    assert [(e.event_type, e.event_date) for e in evs] == [("meeting", dt.date(2023, 5, 5))]


def test_review45b_a_glued_day_after_any_credits_bracket():
    for credit in ("实习生 王某某", "文/图 王某某"):
        evs = events(f"我市召开推进会\n\n本报讯({credit})629日,我市召开生态环境保护督察整改推进会。", ref=dt.date(2023, 7, 1))
        assert [e.event_date for e in evs] == [dt.date(2023, 6, 29)], credit


def test_review_a_grant_for_a_term_and_a_commendation_proposed_are_no_awards():
    assert events("某市\n\n5月20日,该市获批为期三年的试点资金5000万元。", ref=dt.date(2023, 6, 8)) == []
    assert events("某市\n\n5月20日,市生态环境局对拟表彰的先进集体和个人进行公示。", ref=dt.date(2023, 6, 8)) == []


def test_a_sentence_about_the_event_told_before_holds_no_other_one():
    """`此次检查主要采取召开座谈会、…现场核查…的方式,…进行全面检查`: how the inspection told before was held; a plan it
    issued is still a release."""
    got = events("陕西开展水源地专项执法检查\n\n5月10日,我厅联合省水利厅对全省饮用水水源地进行了专项执法检查。"
                 "此次检查主要采取召开座谈会、查阅资料、现场核查相结合的方式,对全省77个县级水源地进行全面检查。",
                 ref=dt.date(2019, 5, 13))
    assert [e.event_type for e in got] == ["inspection"]
    got = events("某市召开会议\n\n5月10日,市政府召开生态环境保护委员会会议。本次会议印发了《某市生态环境保护工作方案》。",
                 ref=dt.date(2019, 5, 13))
    assert sorted(e.event_type for e in got) == ["meeting", "release"]


def test_a_seminar_class_held_is_a_study_session():
    """`举办…研修班` as `举办…培训班` (event_triggers.csv)."""
    got = events("执法研修\n\n11月18日,省生态环境厅在长沙举办全省生态环境执法高级研修班。", ref=dt.date(2021, 11, 20))
    assert [(e.event_type, e.event_date) for e in got] == [("study_session", dt.date(2021, 11, 18))]


def test_review_mends_a_sentence_about_the_event_with_a_time_of_its_own_may_tell_another():
    got = events("某市开展环境执法大练兵\n\n本次执法大练兵活动于5月10日在全市启动,由市生态环境局组织开展。", ref=dt.date(2019, 5, 13))
    assert [e.event_type for e in got] == ["campaign"]
    got = events("水源地检查\n\n5月10日,我厅对全省水源地进行了专项执法检查。此次检查结束后,省厅将于6月5日召开全省水源地保护工作推进会。",
                 ref=dt.date(2019, 5, 13))
    assert sorted((e.event_type, e.event_date) for e in got) == [("inspection", dt.date(2019, 5, 10)),
                                                                 ("meeting", dt.date(2019, 6, 5))]
