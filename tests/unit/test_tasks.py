"""Tasks: commitments with deadlines or targets, split one per clause; report-card lines are not tasks."""
import datetime as dt

from qingshan.extract.tasks import extract_tasks

from .helpers import context


def tasks(text, **kw):
    return extract_tasks(context(text, **kw))


def test_deadlines_and_targets_one_task_per_commitment():
    ts = tasks("整改方案\n\n梳理形成36项整改任务,2021年年底前完成16项整改任务,2022年年底前累计完成25项。",
               ref=dt.date(2021, 8, 31), doc_type="plan")
    got = [(t.deadline, t.target_value, t.target_unit) for t in ts]
    assert (dt.date(2021, 12, 31), 16, "项") in got and (dt.date(2022, 12, 31), 25, "项") in got
    assert all("梳理形成" not in t.evidence for t in ts)  # a report of what was done


def test_month_deadline_takes_the_documents_year():
    t = tasks("天津出台实施方案\n\n《方案》提出,今年12月底前,全市要建立起非现场监管程序规范。",
              ref=dt.date(2021, 5, 1))[0]
    assert t.deadline == dt.date(2021, 12, 31)


def test_yearly_work_plan_items_are_due_at_year_end():
    ts = tasks("天津召开会议\n\n2024年,全市生态环境系统要深入贯彻落实大会精神。\n\n"
               "强化顶层设计,制定美丽天津建设规划纲要,创建不少于500个“无废细胞”。",
               ref=dt.date(2024, 1, 1), stated=False)
    by_action = {t.action: t for t in ts}
    assert by_action["制定美丽天津建设规划纲要"].deadline == dt.date(2024, 12, 31)
    t = next(t for t in ts if t.target_value == 500)
    assert t.target_unit == "个" and t.category == "solid_waste"


def test_a_plan_saying_why_it_was_written_commits_to_nothing():
    ts = tasks("临澧县污染防治攻坚战2019年度工作方案\n\n为切实打好2019年污染防治攻坚战,根据《湖南省污染防治攻坚战2019年度"
               "工作方案》,结合我县实际,制定本工作方案。\n一、年度工作目标\n县城区PM2.5年平均浓度达到43微克/立方米以下。",
               ref=dt.date(2019, 1, 1), stated=False, doc_type="plan")
    assert [t.target_value for t in ts] == [43]
    ts = tasks("葫芦岛市2023年行动计划\n\n为深入贯彻习近平生态文明思想,认真落实党中央决策部署,扎实做好2023年生态环境保护工作,"
               "制定本行动计划。\n一、主要目标\n全市生活污水治理率达到18%以上。", ref=dt.date(2023, 1, 1), stated=False, doc_type="plan")
    assert [t.target_value for t in ts] == [18]  # (`本行动计划`)
    ts = tasks("石家庄市大气污染防治实施方案\n\n为确保到2025年全市PM2.5平均浓度降至40微克/立方米,结合我市实际,拟定本方案。",
               ref=dt.date(2024, 3, 6), doc_type="plan")
    assert ts == []  # (`拟定本方案`)
    ts = tasks("石家庄市大气污染防治实施方案\n\n为确保本实施方案各项任务落实到位,各县(市、区)要于2024年6月底前制定具体工作措施。",
               ref=dt.date(2024, 3, 6), doc_type="plan")
    assert [t.deadline for t in ts] == [dt.date(2024, 6, 30)]  # (carrying the plan out is a commitment)
    ts = tasks("整改方案\n\n各县区要于2023年6月底前制定本地区实施方案。", ref=dt.date(2023, 3, 1))
    assert [t.deadline for t in ts] == [dt.date(2023, 6, 30)]  # a plan of its own to write is a task


def test_a_topic_heading_its_clauses_is_no_task_of_its_own():
    ts = tasks("黑龙江省生态环境保护工作会议\n\n2023年,全省将全力推进生态环境治理。整改任务攻坚方面,聚焦24项督察反馈问题整改任务,"
               "开展督察整改任务攻坚行动。空气质量提升方面,到2023年底,全省重污染天数比率不超过0.6%。", ref=dt.date(2023, 2, 25))
    assert not any(t.evidence.endswith("方面") for t in ts)
    assert sorted(t.target_value for t in ts if t.target_value) == [0.6, 24]


def test_a_time_set_for_what_remains_makes_it_a_task():
    ts = tasks("正蓝旗督察整改\n\n反馈问题共11项,已完成整改6项,剩余5项需在2024-2025年完成。", ref=dt.date(2023, 12, 25))
    assert [(t.deadline, t.target_value) for t in ts] == [(dt.date(2025, 12, 31), 5)]


def test_a_quarter_numbering_a_study_session_sets_no_deadline_for_its_exhortations():
    ts = tasks("州委党校召开党委理论学习中心组2018年第二季度集中学习会\n\n学习会上,5名发言人作了专题发言。"
               "一是要深入贯彻落实生态文明思想,坚定不移推进生态文明建设。", ref=dt.date(2018, 5, 10))
    assert ts == []


def test_target_values_are_normalised():
    t = tasks("整改方案\n\n2022年年底前基本淘汰和停用2.9万辆国Ⅲ及以下排放标准中重型营运柴油货车。",
              ref=dt.date(2021, 8, 31), doc_type="plan")[0]
    assert (t.target_value, t.target_unit, t.deadline, t.category) == (29000, "辆", dt.date(2022, 12, 31), "transport")


def test_report_card_lines_and_exhortations_are_not_tasks():
    assert tasks("工作综述\n\n2023年全市淘汰老旧车4万余辆,建成518个“无废细胞”。", ref=dt.date(2024, 1, 1), stated=False) == []
    assert tasks("工作综述\n\n要继续潜心学习,做到常学常新。", ref=dt.date(2021, 1, 1), stated=False) == []


def test_a_past_period_makes_clauses_a_report():
    # the year opening the sentence is over: these are results, whatever the verbs
    text = ("京津冀协同发布会\n\n2024年,京津冀三地将推进区域生态环境联防联控。"
            "2023年,京津冀三地持续完善协同机制,拓展协同领域,深化协同举措。")
    ts = tasks(text, ref=dt.date(2024, 1, 1), stated=False)
    assert [t.action for t in ts] == ["推进区域生态环境联防联控"]
    # a stated date: the first half-year ended before the page was written
    assert tasks("新闻发布会\n\n1-6月,各区细化分解空气质量改善目标任务,完成12项工程。",
                 ref=dt.date(2024, 9, 11)) == []


def test_a_time_inside_a_clause_frames_neither_the_clause_nor_the_next_sentence():
    ts = tasks("会议部署\n\n今年将推进2020年碳达峰试点企业履约,开展2020年度温室气体排放自评工作。",
               ref=dt.date(2021, 8, 31), doc_type="plan")
    assert [t.deadline for t in ts] == [dt.date(2021, 12, 31)] * 2  # `2020年` names the pilot
    ts = tasks("整改方案\n\n实施农村黑臭水体治理,2022年我市农村黑臭水体全部销号。健全河湖长制管理,开展河湖综合治理。",
               ref=dt.date(2021, 8, 31), doc_type="plan")
    # `2022年` dates the clause it opens, not the next sentence, which names no time
    assert [t.deadline for t in ts] == [dt.date(2022, 12, 31)]


def _plan(sentence, ref=dt.date(2020, 9, 17)):
    """Evidence of the tasks in one sentence of a half-year work plan (`下半年,…`)."""
    ts = tasks("天津部署重点工作\n\n会议在天津召开。\n\n下半年," + sentence, ref=ref)
    return [t.evidence.removeprefix("下半年,") for t in ts]


def test_one_task_per_commitment_with_its_lead_and_its_purpose():
    # a focus clause heads the commitment after it; a purpose clause belongs to the one before
    assert _plan("聚焦成效差距,开展专项督察。") == ["聚焦成效差距,开展专项督察"]
    assert _plan("尽快完成管网串接混接错接点改造,避免汛期雨水携污入河。") == [
        "尽快完成管网串接混接错接点改造,避免汛期雨水携污入河"]
    # two checkable commitments in one sentence are two tasks
    assert _plan("全面禁止国Ⅲ及以下柴油货车集疏港,加快重点企业铁路专用线建设。") == [
        "全面禁止国Ⅲ及以下柴油货车集疏港", "加快重点企业铁路专用线建设"]


def test_things_no_one_could_check_are_not_tasks():
    assert _plan("要坚定信心,牢记生态环境保护的初心和使命,保持打赢污染防治攻坚战定力不动摇。") == []
    assert _plan("牢固树立底线思维,切实增强忧患意识。") == []
    assert _plan("二要在基础建设上实现新突破。") == []  # a slogan of breakthroughs (task_vague_ends.csv)
    assert _plan("全市要在农村生活污水治理上实现新跨越。") == []
    # but they stay in the evidence of the commitment they qualify
    assert _plan("持续开展执法大练兵,提升执法能力。") == ["持续开展执法大练兵,提升执法能力"]


def test_actions_joined_by_a_list_mark_are_separate_commitments():
    ts = tasks("工作要点\n\n2024年,重点做好受污染耕地安全利用核算、配合做好地下水采样监测、完成全年366个村庄生活污水治理。",
               ref=dt.date(2024, 1, 1), stated=False)
    assert [t.target_value for t in ts] == [None, None, 366]
    # a list of nouns after a verb is one commitment
    assert len(_plan("著力提升执法、应急、宣教、监测、信息化水平,完成235家企业用地调查。")) == 1
    # two goals with their own subjects, verbs and figures joined by `、` are two, each dated by its own clause's time
    # (`今年要保持在75%以上、PM2.5浓度下降3%`: both this year's); a list of things a goal's figure is of is one
    ts = tasks("青海环保会议\n\n到2020年,主要城市PM2.5浓度控制在国家下达目标以内、空气质量优良天数比率达到80%,"
               "今年要保持在75%以上、PM2.5浓度下降3%。", ref=dt.date(2016, 3, 2))
    assert [(t.evidence, t.deadline) for t in ts] == [
        ("到2020年,主要城市PM2.5浓度控制在国家下达目标以内", dt.date(2020, 12, 31)), ("空气质量优良天数比率达到80%", dt.date(2020, 12, 31)),
        ("今年要保持在75%以上", dt.date(2016, 12, 31)), ("PM2.5浓度下降3%", dt.date(2016, 12, 31))]
    assert len(tasks("某市方案\n\n到2019年底,全市燃煤锅炉及茶水炉、经营性炉灶、储粮烘干设备等燃煤设施淘汰率达到60%。",
                     ref=dt.date(2019, 3, 2))) == 1


def test_a_time_alone_heads_the_clauses_after_it():
    ts = tasks("十四五规划\n\n到2025年,全市PM2.5平均浓度降至43微克/立方米以下,稳定消除劣Ⅴ类水质断面。",
               ref=dt.date(2021, 8, 31), doc_type="plan")
    assert [(t.deadline, t.target_value) for t in ts] == [(dt.date(2025, 12, 31), 43), (dt.date(2025, 12, 31), None)]


def test_a_deadline_dates_its_own_action_unless_it_frames_the_sentence():
    plan = dict(ref=dt.date(2021, 8, 31), doc_type="plan")
    ts = tasks("整改方案\n\n2022年年底前基本淘汰2.9万辆柴油货车,持续推广应用新能源汽车。", **plan)
    assert [t.action for t in ts] == ["基本淘汰2.9万辆柴油货车"]
    # a target list shares its year; a deadline standing alone frames every clause after it,
    # across sentences joined by semicolons
    ts = tasks("整改方案\n\n到2023年能耗下降10%,新兴产业比重达到34%。", **plan)
    assert [t.deadline for t in ts] == [dt.date(2023, 12, 31)] * 2
    ts = tasks("整改方案\n\n到2025年,PM2.5平均浓度降至43微克/立方米以下;稳定消除劣Ⅴ类水质断面。", **plan)
    assert [t.deadline for t in ts] == [dt.date(2025, 12, 31)] * 2


def test_a_quoted_speech_is_cut_like_any_sentence_but_a_quoted_name_is_not():
    ts = tasks("新闻发布会\n\n2024年,“我们将推进涉钢产业集群提升改造,建设零排放重卡货运通道。”李志军说。",
               ref=dt.date(2024, 1, 1), stated=False)
    assert len(ts) == 2
    assert len(_plan("建立“正面清单,黑名单”制度。")) == 1


def test_the_responsible_unit_belongs_to_the_item_it_closes():
    text = ("工作要点\n\n一、治理排污口。年底前完成10个入河排污口整治。\n\n"
            "二、强化监管。年底前开展“双随机、一公开”监管。(责任单位:市生态环境局、市公安局)")
    ts = tasks(text, ref=dt.date(2025, 2, 10), doc_type="plan")
    assert [t.responsible for t in ts] == [None, "市生态环境局、市公安局"]


def test_a_plans_item_on_a_line_of_its_own_is_a_task():
    text = "工作要点\n\n一、年底前完成10个入河排污口整治。\n\n二、强化监管。2025年6月底前建成在线监控平台。"
    ts = tasks(text, ref=dt.date(2025, 2, 10), doc_type="plan")
    assert [(t.deadline, t.target_value) for t in ts] == [(dt.date(2025, 12, 31), 10), (dt.date(2025, 6, 30), None)]


def test_since_and_lately_make_a_report_and_next_step_looks_ahead():
    text = ("新闻发布会\n\n今年1-5月,全市PM2.5平均浓度为38微克/立方米。"
            "今年以来,全市共完成120台燃煤锅炉改造,关停取缔“散乱污”企业35家。\n\n"
            "张明:下一步,我们将重点抓好三方面工作。一是加快补齐污水收集处理短板,年底前新建改造污水管网80公里。")
    ts = tasks(text, ref=dt.date(2025, 6, 6))
    assert [(t.deadline, t.target_value) for t in ts] == [(dt.date(2025, 12, 31), 80)]
    assert ts[0].evidence.startswith("一是加快补齐污水收集处理短板")


def test_a_figure_restating_the_commitment_before_it_joins_it():
    ts = tasks("实施方案\n\n加快淘汰国三及以下营运柴油货车,2025年底前淘汰5000辆。", ref=dt.date(2022, 3, 1), doc_type="plan")
    assert [(t.evidence, t.deadline, t.target_value) for t in ts] == [
        ("加快淘汰国三及以下营运柴油货车,2025年底前淘汰5000辆", dt.date(2025, 12, 31), 5000)]
    # but two dated figures are two commitments, and a clause with its own subject is its own
    ts = tasks("整改方案\n\n2021年年底前完成16项整改任务,2022年年底前累计完成25项。", ref=dt.date(2021, 8, 31), doc_type="plan")
    assert len(ts) == 2
    ts = tasks("会议部署\n\n今年将力争PM2.5小于43微克/立方米,臭氧浓度基本保持稳定,降尘量平均在6吨/平方公里以下。",
               ref=dt.date(2021, 3, 1))
    assert len(ts) == 3


def test_a_rectification_lists_fields_give_the_items_deadline_and_owner():
    text = ("整改方案\n\n附件:整改任务清单\n\n"
            "1. 整改目标:2022年12月底前,完成城区12条黑臭水体治理。责任单位:市住建局。整改时限:2022年12月底前。\n\n"
            "2. 整改目标:全面完成散煤替代。责任单位:市发改委。整改时限:2023年6月底前。")
    ts = tasks(text, ref=dt.date(2022, 3, 1), doc_type="plan")
    assert [(t.deadline, t.target_value, t.responsible) for t in ts] == [
        (dt.date(2022, 12, 31), 12, "市住建局"), (dt.date(2023, 6, 30), None, "市发改委")]
    assert ts[1].category == "air"


def test_a_dated_plan_with_its_subject_first_is_a_task_but_a_dated_copula_is_not():
    ts = tasks("某市会议\n\n会议强调,该市污水处理厂三期项目计划于2025年6月底前建成投运,总投资3.2亿元。",
               ref=dt.date(2025, 3, 3))
    assert [(t.deadline, t.target_value) for t in ts] == [(dt.date(2025, 6, 30), None)]
    assert tasks("某市会议\n\n他说,今年是决战决胜污染防治攻坚战的关键一年。", ref=dt.date(2025, 3, 3)) == []


# --- commitments on unseen pages: work plans, lists, goals, reports, slogans, who is responsible ---

def test_an_undated_item_of_a_yearly_plan_is_due_at_its_years_end():
    text = ("昆明市2023年度生态环境保护目标责任书分解方案\n\n"
            "1.加强滇池流域入湖河道管控,推动截污治污工程落地应用。\n\n责任单位:市生态环境局、市水务局\n\n"
            "2.开展农村黑臭水体排查整治。\n\n责任单位:各县市区\n\n"
            "3.推进重点行业清洁生产审核。\n\n责任单位:市工信局")
    ts = tasks(text, ref=dt.date(2023, 3, 1))
    assert [(t.deadline, t.responsible) for t in ts] == [
        (dt.date(2023, 12, 31), "市生态环境局、市水务局"), (dt.date(2023, 12, 31), "各县市区"),
        (dt.date(2023, 12, 31), "市工信局")]
    # one row per numbered item with its own fields, whatever its clauses
    assert ts[0].evidence.startswith("1.加强滇池流域入湖河道管控") and "落地应用" in ts[0].evidence


def test_a_plan_over_several_years_dates_only_the_items_that_say_when():
    text = ("四川省沱江流域水环境综合治理三年行动计划(2021—2023年)\n\n"
            "1.加强工业园区污水处理设施建设。\n\n2.2022年底前完成沿江化工企业搬迁改造。")
    ts = tasks(text, ref=dt.date(2023, 1, 1), stated=False)
    assert [(t.action, t.deadline) for t in ts] == [("完成沿江化工企业搬迁改造", dt.date(2022, 12, 31))]


def test_a_speakers_year_plan_dates_the_paragraphs_of_the_turn():
    text = ("甘肃省生态环境厅新闻发布会\n\n记者:今年大气污染治理的重点在哪里?\n\n"
            "王明:2024年,我们要深入打好污染防治攻坚战。\n\n"
            "蓝天保卫战方面,要加强挥发性有机物综合治理,深化兰州、白银区域大气污染联防联控。\n\n"
            "记者:去年监测工作有哪些进展?\n\n李华:过去一年,我们持续推进监测网络建设,完善质控体系。")
    ts = tasks(text, ref=dt.date(2024, 1, 15))
    assert [t.action for t in ts] == ["加强挥发性有机物综合治理", "深化兰州、白银区域大气污染联防联控"]
    assert {t.deadline for t in ts} == {dt.date(2024, 12, 31)}


def test_items_listed_after_a_colon_take_the_heads_verb_and_the_head_is_not_a_task_twice():
    text = ("广州市生态环境局部署2024年工作\n\n"
            "会议提出,2024年全局将扎实推进美丽广州建设。全年重点实施3个专项行动:\n"
            "一是臭氧污染攻坚行动;\n二是珠江水质提升行动;\n三是固体废物规范管理行动。\n\n"
            "通过上述行动,全局要勇当美丽湾区建设排头兵,交出高分答卷。")
    ts = tasks(text, ref=dt.date(2024, 2, 20))
    items = [t for t in ts if "行动;" in t.evidence or t.evidence.endswith("行动")]
    assert [t.category for t in items if "是" in t.evidence[:3]] == ["air", "water", "solid_waste"]
    assert all(t.deadline == dt.date(2024, 12, 31) for t in items)
    assert not any("排头兵" in t.evidence or "答卷" in t.evidence for t in ts)  # a slogan
    assert not any("3个专项行动" in t.evidence for t in ts)  # the head sums up its items: once, as the items
    # a site's menu bar with today's date is no commitment
    assert tasks("首页 | 政务公开 | 互动交流    今天是:2024年03月08日 星期五\n\n正文", ref=dt.date(2024, 3, 1)) == []


def test_goals_after_a_label_or_stated_as_a_level_are_tasks():
    text = ("云南省2024年度生态环境保护目标责任书\n\n一、环境质量目标\n\n"
            "环境空气质量目标:全省城市优良天数比例不得低于98%,臭氧污染天数继续得到有效控制。\n\n"
            "水环境质量目标:主要河流国控断面水质要达到或好于Ⅲ类。")
    ts = tasks(text, ref=dt.date(2024, 3, 1), stated=False)
    got = [(t.target_value, t.deadline) for t in ts]
    assert (98, dt.date(2024, 12, 31)) in got and len(ts) == 3
    assert any("得到有效控制" in t.evidence for t in ts) and any("Ⅲ类" in t.evidence for t in ts)


def test_measurements_and_comparisons_are_reports_even_in_the_current_year():
    text = ("成都市生态环境局新闻发布会\n\n今年,全市PM2.5平均浓度为39微克/立方米,比上年下降3.2%,"
            "共排查各类污染源1200个,空气质量得以改善。")
    assert tasks(text, ref=dt.date(2023, 12, 20)) == []
    # the month the page speaks in is no deadline for a next step with no date
    text = "生态环境部召开5月例行新闻发布会\n\n下一步,我部将加强环评从业异常情况预警,落实环评监管长效机制。"
    assert tasks(text, ref=dt.date(2023, 5, 30)) == []


def test_slogans_principles_and_a_plans_preamble_are_not_tasks():
    text = ("江西会议\n\n会议明确,2024年要纵深推进全面从严治党,推动全省生态环境工作开启新征程、谱写新篇章。\n\n"
            "为深入打好污染防治攻坚战,压紧压实属地生态环境保护责任,特制定本方案。")
    assert tasks(text, ref=dt.date(2024, 2, 1)) == []
    # (the plan named as what follows: `现制定年度工作要点如下:`)
    text = ("吉林省2020年河长制湖长制工作要点\n\n2020年,全省河长制湖长制工作要不断强化党政领导、部门联动。"
            "现制定年度工作要点如下:\n\n一、年度目标")
    assert not any("现制定" in t.evidence for t in tasks(text, ref=dt.date(2020, 5, 1)))


def test_an_event_that_happened_on_a_day_is_not_a_task():
    text = "六五环境日\n\n5月31日上午,成都市六五环境日主题宣传活动在温江区启动,号召市民携手守护良好的生态环境。"
    assert tasks(text, ref=dt.date(2019, 1, 1), stated=False) == []


def test_within_a_year_sets_a_deadline():
    text = ("湖南洞庭湖整治行动计划问题清单\n\n整改目标:\n\n"
            "2018年内完成非法砂石码头整治;\n\n到2020年,完成合法砂石码头的规范提升和建设。")
    ts = tasks(text, ref=dt.date(2019, 1, 1), stated=False)
    assert [t.deadline for t in ts] == [dt.date(2018, 12, 31), dt.date(2020, 12, 31)]


def test_responsible_is_an_organisation_or_nothing():
    from qingshan.extract.tasks import is_org_shaped
    ctx = context("x")
    for good in ("发改局、工信局、开发区", "省水利厅;省公安厅", "县畜牧兽医事务服务中心", "各县市区", "广东省人民政府",
                 "将乐县生态环境局"):
        assert is_org_shaped(ctx.dicts, good), good
    for bad in ("一是", "要继续", "会议", "我们", "将乐县人民政府办公室关于印发", "全力推进", "会议要求各区", None, ""):
        assert not is_org_shaped(ctx.dicts, bad), bad


def test_every_responsible_value_extract_document_gives_is_organisation_shaped():
    from qingshan.extract.document import extract_document
    from qingshan.extract.tasks import is_org_shaped
    pages = [
        "广东省2024年重点工作\n\n一是要继续推进练江流域综合整治,年底前完成20个排污口整治。"
        "会议要求,今年要全力推进美丽广东建设。\n\n各地市要在年底前完成农村生活污水治理30个村。",
        "甘肃省2023年度工作要点\n\n1.完成黄河干流10个入河排污口整治。(牵头单位:省生态环境厅;配合单位:省水利厅)\n\n"
        "2.由省自然资源厅负责,年底前完成祁连山生态修复5万亩。\n\n3.要继续压实责任,年底前完成整改任务15项。",
    ]
    ctx = context("x")
    responsible = []
    for i, page in enumerate(pages):
        rows = extract_document(f"t{i}", page)["tasks"]
        assert rows, page
        responsible += [r["responsible"] for r in rows if r["responsible"] is not None]
    assert responsible and all(is_org_shaped(ctx.dicts, r) for r in responsible), responsible
    assert "省生态环境厅" in responsible and "省自然资源厅" in responsible


def test_items_joined_by_semicolons_look_ahead_with_the_first():
    text = ("海口市部署大气污染防治\n\n今年,我市还将全面启动燃煤电厂外迁工程建设;"
            "完成12台燃煤锅炉“煤改气”改造;建筑工地文明施工达标率达到100%。")
    ts = tasks(text, ref=dt.date(2023, 9, 20))
    assert [(t.target_value, t.deadline) for t in ts] == [
        (None, dt.date(2023, 12, 31)), (12, dt.date(2023, 12, 31)), (100, dt.date(2023, 12, 31))]
    # no time frames them: the first item's `将` carries the rest, which count by their targets
    text = ("贵州部署执法工作。\n\n会议提出,总队将持续开展专项督查;"
            "对2741家涉气企业开展全面排查;加强对600家重点排污单位的日常监管。")
    ts = tasks(text, ref=dt.date(2023, 9, 20))
    assert [t.target_value for t in ts if t.target_value] == [2741, 600]


def test_pressing_a_responsibility_home_is_an_attitude():
    assert tasks("贵州会议\n\n2024年,要压实各级党委政府生态环境保护责任,坚持生态优先不动摇。",
                 ref=dt.date(2024, 2, 1)) == []


def test_a_named_battle_is_a_commitment_but_the_national_campaign_is_a_slogan():
    text = "广西部署2024年工作\n\n2024年,我们要深入打好污染防治攻坚战。\n\n净土保卫战方面,要着力打好农村黑臭水体治理攻坚战。"
    ts = tasks(text, ref=dt.date(2024, 1, 20))
    assert [t.action for t in ts] == ["打好农村黑臭水体治理攻坚战"]


def test_report_lines_inside_a_dated_plan_are_not_tasks():
    text = ("西宁市2024年生态环境工作要点\n\n1.全年共立案查处环境违法案件320件。\n\n2.已完成整改问题15个。\n\n"
            "3.制定了臭氧污染防治方案。\n\n4.年底前完成湟水河5个排污口整治。")
    ts = tasks(text, ref=dt.date(2024, 2, 1))
    assert [(t.target_value, t.deadline) for t in ts] == [(5, dt.date(2024, 12, 31))]


def test_a_day_set_for_a_plan_is_not_an_event_that_happened():
    ts = tasks("海南部署\n\n海口市污水处理厂提标改造工程计划于2025年6月30日建成投运。",
               ref=dt.date(2025, 1, 1), stated=False)
    assert [t.deadline for t in ts] == [dt.date(2025, 6, 30)]


def test_a_subject_and_its_bare_result_is_a_goal_of_its_own():
    text = "云南明确2024年目标\n\n会议明确,2024年要让环境质量持续改善。洱海总磷浓度要继续下降,力争30%的国控点位总磷浓度达到湖库Ⅲ类标准。"
    ts = tasks(text, ref=dt.date(2024, 2, 1))
    assert [(t.evidence, t.target_value) for t in ts][-2:] == [
        ("洱海总磷浓度要继续下降", None), ("力争30%的国控点位总磷浓度达到湖库Ⅲ类标准", 30)]


def test_the_task_report_cues_are_patterns():
    # (every dictionary loads as a dbt seed: test_dictionaries.py)
    import csv
    import re
    from qingshan.paths import DICTIONARY_DIR
    with open(DICTIONARY_DIR / "task_report_cues.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            re.compile(r["pattern"])


def test_a_list_of_targets_gives_one_row_per_item():
    ts = tasks("云南部署\n\n到2025年,昆明、玉溪、曲靖优良天数比例分别达到98%、97%和96%。", ref=dt.date(2024, 1, 10))
    assert [(t.target_value, t.deadline) for t in ts] == [(98, dt.date(2025, 12, 31)), (97, dt.date(2025, 12, 31)),
                                                          (96, dt.date(2025, 12, 31))]
    # items stated respectively are named before them all: each item's evidence runs from the names to its figure
    assert [t.evidence for t in ts] == ["到2025年,昆明、玉溪、曲靖优良天数比例分别达到98%", "到2025年,昆明、玉溪、曲靖优良天数比例分别达到98%、97%",
                                        "到2025年,昆明、玉溪、曲靖优良天数比例分别达到98%、97%和96%"]
    ts = tasks("四川部署2024年工作\n\n2024年,全省要完成500个村庄生活污水治理和300个村庄环境整治。", ref=dt.date(2024, 1, 10))
    assert [(t.evidence, t.target_value) for t in ts if t.target_value] == [("2024年,全省要完成500个村庄生活污水治理", 500),
                                                          ("300个村庄环境整治", 300)]
    # a quantity inside an item belongs to it
    ts = tasks("海南部署\n\n今年要完成4台20蒸吨燃煤锅炉“煤改气”改造。", ref=dt.date(2024, 1, 10))
    assert [t.target_value for t in ts] == [4]


def test_goals_stated_without_a_verb_after_a_deadline_are_tasks():
    ts = tasks("四川部署\n\n到2025年,成都市PM2.5年均浓度达38微克/立方米,优良天数比例80%以上。", ref=dt.date(2024, 1, 10))
    assert [(t.target_value, t.target_unit, t.deadline) for t in ts] == [
        (38, "微克/立方米", dt.date(2025, 12, 31)), (80, "%", dt.date(2025, 12, 31))]
    # but a cost stated beside a dated project is no goal of its own
    ts = tasks("某市会议\n\n会议强调,该市污水处理厂三期项目计划于2025年6月底前建成投运,总投资3.2亿元。", ref=dt.date(2025, 3, 3))
    assert [t.target_value for t in ts] == [None]


def test_a_total_to_reach_after_a_heading_deadline_is_a_task_not_a_report():
    got = tasks("陕西省2025年大气污染治理工作要点\n\n(四)2025年6月底前,全省共完成500台燃煤锅炉清洁能源替代。",
                ref=dt.date(2025, 1, 10), doc_type="plan")
    assert any("500台燃煤锅炉" in t.action and t.deadline == dt.date(2025, 6, 30) for t in got)
    # the same total reported after the fact stays a report
    assert tasks("陕西省2024年大气污染治理工作总结\n\n2024年,全省共完成500台燃煤锅炉清洁能源替代。",
                 ref=dt.date(2025, 1, 10)) == []


def test_a_tally_since_the_year_began_sets_no_deadline_for_the_next_step():
    got = tasks("青海省生态环境厅通报环境质量\n\n今年以来,全省各级生态环境部门开展执法检查1.2万余次。"
                "下一步,将组织开展第二轮省级生态环境保护督察“回头看”。", ref=dt.date(2024, 7, 20))
    assert got == []


def test_a_rectification_items_fields_after_its_labelled_parts_name_who_is_responsible():
    page = ("曲靖市督察反馈意见整改方案\n\n2.部分工业园区污水处理设施不完善问题。\n整改目标:园区污水集中处理率达到100%。\n"
            "整改措施:新建园区污水管网20公里。\n责任单位:市工业和信息化局(牵头),市住房和城乡建设局\n整改时限:2024年底前完成\n")
    got = tasks(page, ref=dt.date(2023, 6, 1), doc_type="plan")
    assert got and all(t.responsible == "市工业和信息化局,市住房和城乡建设局" for t in got)
    assert all(t.deadline == dt.date(2024, 12, 31) for t in got)


def test_units_whose_names_hold_he_are_organisations():
    from qingshan.extract.tasks import is_org_shaped
    ctx = context("x")
    assert is_org_shaped(ctx.dicts, "省工业和信息化厅、省住房和城乡建设厅")
    assert is_org_shaped(ctx.dicts, "市生态环境局和市水务局")
    assert is_org_shaped(ctx.dicts, "各县(市、区)人民政府")
    assert not is_org_shaped(ctx.dicts, "要继续和加强")


def test_a_deadline_after_an_items_mark_dates_the_item():
    got = tasks("江苏省2024年生态环境工作要点\n\n一、重点任务\n(五)9月底前,完成长江入河排污口整治,提升水环境治理能力。",
                ref=dt.date(2024, 2, 1), doc_type="plan")
    assert [(t.deadline, t.deadline_text) for t in got] == [(dt.date(2024, 9, 30), "9月底前")]


def test_a_field_word_finished_by_a_deadline_is_a_commitment_and_without_one_is_vague():
    def one(item):
        return tasks("浙江省2024年生态环境工作要点\n\n一、重点任务\n" + item, ref=dt.date(2024, 2, 1), doc_type="plan")
    assert one("(一)6月底前,解决群众反映强烈的12个噪声扰民问题。")[0].deadline == dt.date(2024, 6, 30)
    assert one("(二)年底前,完成钱塘江蓝藻水华防治。")[0].deadline == dt.date(2024, 12, 31)
    assert one("(三)2024年底前,全面排查化工园区环境风险。")
    assert one("(四)年底前,持续加强大气污染防治。") == []


def test_a_tally_since_a_time_reports_what_was_done():
    ref = dt.date(2024, 7, 26)
    assert tasks("廊坊市发布会\n\n今年以来,全市生态环境系统共争取资金4.29亿元,谋划申报项目13个,申请资金1.32亿元。", ref=ref) == []
    assert [t.deadline for t in tasks("廊坊市发布会\n\n今年,全市要争取资金5亿元。", ref=ref)] == [dt.date(2024, 12, 31)]


def test_a_section_recording_work_done_makes_no_tasks_on_a_page_that_also_plans():
    text = ("县生态环境分局2022年度上半年工作总结及下半年工作安排\n\n一、重点工作完成情况\n\n"
            "强化涉气企业监管,推进2家重点企业挥发性有机液体储罐废气治理,开展柴油货车路检路查。\n\n"
            "二、下半年工作安排\n\n推进5家重点企业挥发性有机物治理,12月底前完成全县扬尘污染专项整治。")
    got = [t.evidence for t in tasks(text, ref=dt.date(2022, 1, 1), stated=False)]  # the title's year only
    assert not any("2家" in e or "路检路查" in e for e in got)
    assert any("5家" in e for e in got)


def test_a_year_numbering_a_meeting_is_no_work_plans_year():
    text = ("市生态文明建设和生态环境保护委员会召开2023年第一次会议\n\n3月30日,市生态文明建设和生态环境保护委员会召开2023年第一次会议。"
            "会议强调,要加强保护修复,强化国土空间用途管控,推进国土绿化行动。")
    assert tasks(text, ref=dt.date(2023, 3, 30)) == []
    assert tasks(text.replace("第一次会议", "工作会议"), ref=dt.date(2023, 3, 30)) != []  # a year's work conference


def test_a_running_total_so_far_is_a_report_not_a_task():
    text = ("湖南省督察整改进展\n\n截至目前,中央环保督察反馈的76个问题,已完成整改55个,达到序时进度并需持续推进的16个,"
            "整改进度滞后的5个;交办的4583件信访件,完成整改、办结到位4576件。")
    assert tasks(text, ref=dt.date(2017, 12, 1)) == []


def test_a_notice_handing_its_plan_on_is_no_task():
    text = ("瓯海区2016年大气污染防治实施计划\n\n根据《温州市大气污染防治实施方案》等文件精神,我办制定了《瓯海区2016年大气污染防治实施计划》,"
            "现印发给你们,请结合实际,认真组织实施。")
    assert tasks(text, ref=dt.date(2016, 4, 1)) == []


def test_practising_a_doctrine_is_no_task():
    text = "2024年生态环境保护工作会议\n\n2024年,全市要深入践行习近平生态文明思想,牢固树立绿水青山就是金山银山的理念。"
    assert tasks(text, ref=dt.date(2024, 1, 20)) == []


def test_a_meetings_agenda_is_what_it_did_and_what_it_asks_for_looks_ahead():
    text = ("全国生态环境保护工作会议召开\n\n1月14日至15日,生态环境部在京召开2025年全国生态环境保护工作会议。"
            "会议全面总结2024年生态环境保护工作,研究分析当前面临形势,安排部署2025年重点任务。")
    assert tasks(text, ref=dt.date(2025, 1, 1), stated=False, year_only=True) == []  # the page names only 2025
    for asked in ("要求2025年底前完成1000台燃煤锅炉淘汰", "2025年底前完成1000台燃煤锅炉淘汰"):
        asks = tasks(f"某市召开会议\n\n会议研究部署了下一步工作,{asked}。", ref=dt.date(2025, 1, 16))
        assert [(t.deadline, t.target_value) for t in asks] == [(dt.date(2025, 12, 31), 1000)], asked


def test_a_penalty_or_case_an_authority_proposes_is_reported_not_committed():
    text = "执法\n\n执法人员已责令其立即整改,拟处罚款10万元。本周拟立案查处2起。"
    assert tasks(text, ref=dt.date(2021, 1, 13)) == []


def test_a_bulletins_year_followed_by_its_key_rivers_opens_no_plan():
    # `主要` ends with 要 and `重点河流` starts with 重点: neither is the modal or adverb of a plan
    # (`2024年,全市要…`, `2020年全局重点实施…`); the page's date is unknown, its year read off its text
    text = ("环境质量公报\n\n2021年,我市对全市重点河流、湖库共设地表水监测点位64个。"
            "2021年48个主要河流监测断面中,Ⅰ~Ⅲ类水质断面34个,占70.8%;劣Ⅴ类水质断面4个,占8.3%。")
    assert tasks(text, ref=dt.date(2021, 1, 1), stated=False, year_only=True) == []
    ts = tasks("工作要点\n\n2021年,全市要重点实施河湖治理,完成10条河流综合整治。", ref=dt.date(2021, 1, 1), stated=False,
               year_only=True)
    assert [(t.deadline, t.target_value) for t in ts] == [(dt.date(2021, 12, 31), 10)]


def test_a_change_to_reach_in_a_list_a_deadline_heads_is_a_goal_not_a_report():
    ts = tasks("咸阳市整改方案\n\n到2025年,空气质量优良天数达到254天;国考地表水断面水质优良比例达到77.8%以上;"
               "全市单位GDP能耗较2020年下降12.5%,单位GDP二氧化碳排放量较2020年下降18%。", ref=dt.date(2022, 9, 28))
    got = {t.target_value: t.deadline for t in ts}
    assert got.get(12.5) == got.get(18) == dt.date(2025, 12, 31)


def test_goals_named_for_a_year_are_due_that_year_each_its_own_task():
    text = ("某县空气质量提升攻坚行动方案\n\n一、总体要求\n细颗粒物(PM2.5)平均浓度2024年约束性目标41.6微克/立方米,"
            "力争目标39微克/立方米,2025年力争达到38微克/立方米。")
    got = {t.target_value: t.deadline for t in tasks(text, ref=dt.date(2024, 5, 1), doc_type="plan")}
    assert got == {41.6: dt.date(2024, 12, 31), 39: dt.date(2024, 12, 31), 38: dt.date(2025, 12, 31)}


def test_review_cases_year_opening_plans_with_zhongdian_and_xuyao():
    for lead in ("2024年,全局重点从以下三个方面发力。", "2024年,全县需要完成以下工作。"):
        ts = tasks("县生态环境局召开工作会议\n\n" + lead + "一是完成30家企业提标改造。二是新建空气自动监测站5个。",
                   ref=dt.date(2024, 2, 1))
        assert {t.target_value: t.deadline for t in ts if t.target_value} == {30: dt.date(2024, 12, 31), 5: dt.date(2024, 12, 31)}


def test_a_years_work_plan_named_in_the_lead_dates_its_items():
    text = ("成都市生态环境局召开例行新闻通气会\n\n3月13日,成都市生态环境局召开例行新闻通气会,副局长易某向与会媒体通报了"
            "2020年成都市生态环境系统的重点工作。\n\n在大气污染防治方面,成都市将继续推进夏季臭氧污染防治,进一步推广新能源汽车的使用。")
    ts = tasks(text, ref=dt.date(2020, 1, 1), stated=False, year_only=True)
    assert ts and all(t.deadline == dt.date(2020, 12, 31) for t in ts)


def test_a_deadline_year_opening_the_paragraph_dates_its_goals_across_full_stops():
    text = ("“生态福地 美丽福州”建设行动方案(2023—2027年)\n\n到2025年,美丽福州建设取得重大进展。绿色低碳发展实现突破。"
            "单位GDP能耗较2020年下降14%,主要流域Ⅰ—Ⅲ类水质比例达到100%。\n"
            "2024年6月底前,完成入河排污口排查。全市开展专项检查。")
    got = {t.evidence: (t.deadline, t.target_value) for t in tasks(text, ref=dt.date(2023, 6, 1))}
    assert got["单位GDP能耗较2020年下降14%"] == (dt.date(2025, 12, 31), 14)
    assert got["主要流域Ⅰ—Ⅲ类水质比例达到100%"] == (dt.date(2025, 12, 31), 100)
    # (a month's deadline frames its own sentence only)
    assert not any("专项检查" in e for e in got)
    text = "石家庄市工作部署\n\n到2025年,全市新能源汽车保有量达到10万辆。全市已建成充电桩3000个。"
    assert [t.target_value for t in tasks(text, ref=dt.date(2024, 2, 20))] == [100000]  # (a state told, no goal)


def test_a_plan_issued_as_work_done_in_a_report_makes_no_tasks_of_what_follows():
    text = ("廊坊市2024年上半年生态环境工作总结\n\n今年以来,全市生态环境质量持续改善。\n"
            "二是打好碧水保卫战。制定印发《廊坊市2024年水生态环境保护工作要点》,全市白洋淀流域入河排污口监测达标率100%。"
            "完成161个村庄生活污水治理。")
    assert tasks(text, ref=dt.date(2024, 7, 20)) == []
    text = ("石家庄市2023年大气污染防治工作取得明显成效\n\n今年初,市政府印发《石家庄市2023年大气污染防治工作方案》,"
            "全市上下认真抓好落实。全市完成燃煤锅炉淘汰50台。")
    assert tasks(text, ref=dt.date(2023, 12, 28)) == []  # (a report's lead)
    text = ("石家庄市印发2024年大气污染防治工作方案\n\n日前,市政府办公室印发《石家庄市2024年大气污染防治工作方案》。\n"
            "方案明确,全市完成50台燃煤锅炉淘汰。")
    assert [(t.deadline, t.target_value) for t in tasks(text, ref=dt.date(2024, 3, 6))] == [(dt.date(2024, 12, 31), 50)]


def test_a_years_planned_number_told_with_its_result_opens_no_plan():
    text = ("咸宁晒出2022年成绩单\n\n截至12月12日,咸宁累计完成排口整治274个。其中,2022年全市计划完成整治数133个,"
            "已完成整治248个,超额完成年度整治任务。\n同时,咸宁现已完成重点湖泊排口排查溯源工作,正在开展陆水流域排口排查溯源。")
    assert not any("陆水流域" in t.evidence for t in tasks(text, ref=dt.date(2022, 12, 15)))


def test_a_news_page_that_gives_only_its_year_reports_its_months_not_plans_them():
    from qingshan.extract.document import extract_document
    page = ("安康又拿了两个全省第一\n9月,13个市(区)空气质量由好到差依次是安康、汉中。与去年9月相比,安康、汉中、铜川、杨凌等10个市(区)"
            "空气质量有所改善。\n2017年,安康全力实施“十大创森工程”,森林覆盖率突破65%。\n")
    rows = extract_document("p", page)
    assert rows["documents"][0]["reference_date_source"] == "text_year"
    assert rows["tasks"] == []
    assert {m["kind"] for m in rows["metrics"]} == {"actual"}


def test_items_named_before_their_own_quantities_are_a_task_each():
    ts = tasks("工作要点\n\n2024年,全市要加快实施清洁取暖项目,城乡集中供热改造700万平方米、煤改电2.7万户、煤改气8300户。")
    assert [(t.evidence, t.target_value) for t in ts if t.target_value] == [
        ("城乡集中供热改造700万平方米", 7_000_000), ("煤改电2.7万户", 27_000), ("煤改气8300户", 8300)]
    # joined by `和` too, as goals to reach (`实现A浓度33微克/立方米和B比例82%以上的目标`)
    ts = tasks("某县2023年大气污染防治\n\n2023年全县将力争实现二氧化氮年均浓度21微克/立方米和空气质量优良天数比例88%以上的目标。",
               ref=dt.date(2023, 2, 1))
    assert [t.target_value for t in ts] == [21, 88]
    # a figure inside one item's name is no item of its own; nor the budget of the item (`和投资500万元`)
    ts = tasks("工作要点\n\n2024年,全市要淘汰4台20蒸吨燃煤锅炉。")
    assert len(ts) == 1
    ts = tasks("工作要点\n\n2024年,全市要完成河道清淤12公里和投资500万元。")
    assert [t.target_value for t in ts] == [12]


def test_a_paragraph_telling_what_a_report_proposes_sets_goals():
    from qingshan.extract.document import extract_document
    page = ("日前,临夏州人民政府下发临夏州人民政府关于印发《政府工作报告》的通知。\n"
            "报告提出:加大污染防治攻坚力度。加强大气污染源头治理,空气优良天数比率达到90.8%以上。"
            "加快实施清洁取暖项目,城乡集中供热改造700万平方米、煤改电2.7万户。单位地区生产总值能耗同比下降2.52%。\n")
    rows = extract_document("p", page)
    assert rows["documents"][0]["title"] is None  # a news lead, not the notice's name
    assert {m["value"]: m["kind"] for m in rows["metrics"]} == {90.8: "target", 7_000_000: "target", 27_000: "target", 2.52: "target"}
    assert {t["target_value"] for t in rows["tasks"]} >= {90.8, 7_000_000, 27_000}
    assert [e["event_type"] for e in rows["events"]] == ["release"]


def test_a_part_scope_or_budget_of_an_item_is_no_item_of_its_own():
    for text in ("2024年底前,全市新建充电桩1000个、其中公共充电桩600个。", "2024年,全市淘汰燃煤锅炉50台、涉及企业30家。",
                 "2024年,完成清洁取暖改造5万户、惠及群众15万人。", "2024年,全市完成造林绿化1万亩、投资5000万元。"):
        ts = tasks("2024年工作计划\n\n" + text, ref=dt.date(2024, 2, 1), doc_type="plan")
        assert len(ts) == 1, [t.evidence for t in ts]


def test_a_second_item_that_opens_like_a_scope_word_is_still_an_item():
    ts = tasks("2024年工作计划\n\n2024年,全市要整治燃煤锅炉50台、约谈超标企业20家、共建生态廊道3条。",
               ref=dt.date(2024, 2, 1), doc_type="plan")
    assert [t.target_value for t in ts] == [50, 20, 3]
    ts = tasks("2024年工作计划\n\n2024年,全市完成造林1万亩、投入资金5000万元。", ref=dt.date(2024, 2, 1), doc_type="plan")
    assert len(ts) == 1


def test_what_a_report_proposes_is_a_goal_but_the_state_it_tells_is_not():
    from qingshan.extract.document import extract_document
    page = "日前,某州人民政府印发《政府工作报告》。\n报告提出:目前,全州PM2.5浓度为40微克/立方米。空气优良天数比率达到90.8%以上。\n"
    kinds = {m["value"]: m["kind"] for m in extract_document("p", page)["metrics"]}
    assert kinds == {40: "actual", 90.8: "target"}


def test_what_a_report_looks_back_on_is_no_goal():
    from qingshan.extract.document import extract_document
    for lead in ("一年来", "今年以来", "2023年"):
        page = (f"发布时间:2024-01-19\n1月19日上午,某市人大会议开幕。市长王某作政府工作报告。\n报告提出,{lead},某市抓环保、优生态。"
                "新建和改造排水管网2100公里,淘汰治理老旧车辆13.3万辆。\n")
        rows = extract_document("p", page)
        assert {m["value"]: m["kind"] for m in rows["metrics"]} == {2100: "actual", 133_000: "actual"}, lead
        assert rows["tasks"] == [], lead
    # (a year still to come after the words of proposing is what the report proposes)
    page = "发布时间:2024-01-19\n市长王某作政府工作报告。\n报告提出,2024年,某市要抓环保。新建和改造排水管网2100公里。\n"
    rows = extract_document("p", page)
    assert [m["kind"] for m in rows["metrics"]] == ["target"]


def test_a_list_led_by_how_things_stood_at_a_years_end_is_no_goal():
    # (截至 a year's end is no year things are to be by, 到 one: on a page whose date is unknown as on a dated one)
    from qingshan.extract.document import extract_document
    for page in ("截至2021年底,某省电力总装机为4286万千瓦,其中水电1263万千瓦。",
                 "发布时间:2022-08-22\n截至2021年底,某省电力总装机为4286万千瓦,其中水电1263万千瓦。"):
        assert {m["kind"] for m in extract_document("p", page)["metrics"]} == {"actual"}, page
    page = "方案提出,到2026年,全省电力总装机达到5000万千瓦,其中水电1300万千瓦。"
    assert {m["kind"] for m in extract_document("p", page)["metrics"]} == {"target"}


def test_the_year_whose_work_a_lists_lead_names_frames_its_items():
    text = ("某市环境状况公报发布\n\n日前,某市环保局召开2016年环境状况公报新闻发布会。\n"
            "会上,副局长王某对2017年重点工作进行了介绍:一是持续推进大气污染防治。全面完成年度目标任务,PM10年均值控制在70微克/立方米。")
    got = tasks(text, ref=dt.date(2016, 1, 1), stated=False, year_only=True)  # (the page names 2016 only)
    assert [(t.deadline, t.target_value) for t in got] == [(dt.date(2017, 12, 31), 70)]
    # (review) of two years the lead names, the one whose work it lists: the nearer the colon
    text = "某市会议\n\n会议总结了2020年工作,部署了2021年重点工作:一是年底前完成30个村庄环境整治。二是完成造林2万亩。"
    from qingshan.extract.metrics import extract_metrics
    ms = extract_metrics(context(text, ref=dt.date(2021, 1, 15)))
    assert {m.value: m.period_start for m in ms}[20000] != dt.date(2020, 1, 1)


def test_a_year_then_jiang_placing_an_object_opens_no_plan():
    text = "某市调研\n\n2018年,省政协将“洞庭湖生态环境治理推进落实情况”列为重点专题协商课题,组织开展专题调研和民主监督。"
    assert tasks(text, ref=dt.date(2018, 4, 10)) == []  # 将 takes the object of 列为: no `shall`
    text = "某市工作\n\n2018年,全市将完成10个村庄环境整治。"
    assert [t.deadline for t in tasks(text, ref=dt.date(2018, 4, 10))] == [dt.date(2018, 12, 31)]
    # (review) `shall` before 把 or before a verb whose clause goes on to place something: still a plan
    text = "某县工作\n\n2021年,全县将新建5座乡镇污水处理厂并全部纳入在线监控。"
    assert [(t.deadline, t.target_value) for t in tasks(text, ref=dt.date(2021, 3, 1))] == [(dt.date(2021, 12, 31), 5)]
    text = "某市工作\n\n今年,我市将把臭氧污染防治纳入年度重点工作,完成50家企业VOCs治理。"
    assert [t.target_value for t in tasks(text, ref=dt.date(2021, 3, 1))] == [50]


def test_a_year_after_a_news_items_dateline_and_after_a_press_conferences_scene_opens_the_plan():
    # the dateline and its credit stand apart from the goal after them (`…消息(记者李某)2024年,…要达到`)
    ts = tasks("某省空气质量目标\n\n央广网沈阳3月22日消息(记者李某)2024年,全省空气质量优良天数比率要达到88.3%。\n\n"
               "3月21日,省政府新闻办召开新闻发布会,省生态环境厅副厅长陶某介绍,2024年全省将深入开展污染防治攻坚。\n\n"
               "深入开展碧水保卫战。持续开展全省饮用水水源保护区环境风险排查,加快水质自动监测站建设;"
               "鼓励企业创建A级绩效。", ref=dt.date(2024, 1, 1), stated=False, year_only=True)
    assert next(t for t in ts if t.target_value == 88.3).deadline == dt.date(2024, 12, 31)
    assert next(t for t in ts if "环境风险排查" in t.action).deadline == dt.date(2024, 12, 31)
    assert not any("鼓励" in t.evidence for t in ts)  # advice to companies (GUIDE)


def test_a_places_year_over_told_in_a_plans_paragraphs_is_a_report():
    ts = tasks("各地政府工作报告\n\n双鸭山市提出,2023年要全力推进秸秆禁烧,确保空气质量优良天数不低于355天。\n\n"
               "鹤岗市2022年的污染治理效果显著,优良天数比例达到99.6%。", ref=dt.date(2023, 2, 17))
    assert [t.target_value for t in ts if t.target_value] == [355]


def test_review_a_goal_about_a_places_year_over_is_still_a_task():
    ts = tasks("某市2024年生态环境工作要点\n\n2024年,全市将深入打好污染防治攻坚战。\n\n"
               "鹤岗市2023年排名靠后的空气质量指标,要全力补齐短板,PM2.5浓度降至30微克/立方米。", ref=dt.date(2024, 1, 10))
    assert [(t.target_value, t.deadline) for t in ts if t.target_value] == [(30, dt.date(2024, 12, 31))]


def test_a_sentence_telling_what_the_year_is_commits_to_nothing():
    text = ("某市2025年生态环境工作要点\n\n2025年是全面落实生态环境保护大会精神、加快建设美丽城市的重要一年,"
            "是实现“十四五”规划目标任务的收官之年。全年PM2.5平均浓度控制在30微克/立方米以内。")
    assert [t.action[:4] for t in extract_tasks(context(text, ref=dt.date(2025, 2, 1)))] == ["全年PM"]
    text = "某县召开生态环境保护委员会全体会议\n\n会上,县长李某指出,2021年是污染防治攻坚战的决胜之年,也是完成三年行动计划目标任务的关键之年。"
    assert extract_tasks(context(text, ref=dt.date(2021, 1, 20))) == []
    # the commitments in clauses after what the year is are still made
    text = "某市2025年大气污染防治工作要点\n\n2025年是“十四五”收官之年,全市PM2.5平均浓度控制在30微克/立方米以下,优良天数比率达到85%以上。"
    assert sorted(t.target_value for t in extract_tasks(context(text, ref=dt.date(2025, 2, 1), doc_type="plan"))) == [30.0, 85.0]


def test_a_year_opening_a_sentence_of_goals_is_the_deadline_of_each():
    text = ("某县大气污染防治攻坚方案\n\n二、工作目标\n"
            "广宗县2022年综合指数达到4.60,PM2.5需控制在40微克/立方米,PM10需控制在80微克/立方米。")
    tasks = extract_tasks(context(text, ref=dt.date(2022, 3, 1), doc_type="plan"))
    assert [(t.target_value, str(t.deadline)) for t in tasks if t.target_value in (40.0, 80.0)] == \
        [(40.0, "2022-12-31"), (80.0, "2022-12-31")]
    # a year already over is no deadline of goals set now
    tasks = extract_tasks(context(text.replace("2022年", "2020年"), ref=dt.date(2022, 3, 1), doc_type="plan"))
    assert all(t.deadline is None or t.deadline.year != 2020 for t in tasks if t.target_value in (40.0, 80.0))


def test_a_deadline_opening_the_goals_a_heading_runs_on_with_frames_the_goals_after_it():
    text = ("某市空气质量持续改善行动实施方案\n\n(二)主要目标。到2025年,全市PM2.5浓度比2020年下降8%,"
            "优良天数比率达到88%以上。所辖甲县优良天数比率达到85%以上,重度污染天数比率控制在0.3%以内。")
    tasks = extract_tasks(context(text, ref=dt.date(2024, 5, 14), doc_type="plan"))
    assert {t.target_value: str(t.deadline) for t in tasks if t.target_value in (85.0, 0.3)} == \
        {85.0: "2025-12-31", 0.3: "2025-12-31"}


def test_a_plans_preamble_commits_to_nothing():
    text = ("某县2020年大气污染防治工作方案\n\n2020年是“十三五”规划收官之年,也是打好污染防治攻坚战的决胜之年,"
            "为全力做好2020年大气污染防治工作,推动空气质量进一步改善,结合我县实际,制定本工作方案。\n"
            "一、工作目标\n2020年全县PM2.5平均浓度控制在45微克/立方米以下。")
    assert [t.target_value for t in extract_tasks(context(text, ref=dt.date(2020, 3, 1), doc_type="plan"))] == [45.0]


def test_a_goal_stated_from_one_level_to_another_sets_the_second():
    ts = tasks("清远市印发大气污染防治方案\n\n到2025年,全市优良天数比例由88.2%提高到92%以上。",
               ref=dt.date(2021, 11, 5), doc_type="plan")
    assert [(t.deadline, t.target_value) for t in ts] == [(dt.date(2025, 12, 31), 92)]


def test_the_day_a_goal_is_told_on_does_not_make_it_a_report():
    ts = tasks("天水今年争取更多好天气\n\n本报讯 3月30日,记者从天水市生态环境局召开的新闻发布会上获悉,"
               "2021年天水市将全力实现细颗粒物年均浓度30微克/立方米的目标。", ref=dt.date(2021, 3, 31))
    assert [(t.deadline, t.target_value) for t in ts] == [(dt.date(2021, 12, 31), 30)]



def test_a_tally_told_by_someone_is_still_a_report():
    # (review) `今年以来,监测数据显示,…完成年度目标的96%`: a report card, not a goal
    assert tasks("某市通报\n\n今年以来,监测数据显示,全市优良天数比例为88.4%,完成年度目标的96%。", ref=dt.date(2023, 7, 6)) == []


def test_a_goal_reached_with_da_before_its_figure_is_checkable():
    # `比例达94.4%以上` (达 for 达到) under a plan's goals
    ts = tasks("2022年全市生态环境保护工作要点\n\n一、主要目标\n水环境方面:主要流域水质优良比例达91.6%以上。小流域水质优良比例达90.5%。",
               ref=dt.date(2022, 3, 1), doc_type="plan")
    assert [(t.deadline, t.target_value) for t in ts] == [(dt.date(2022, 12, 31), 91.6), (dt.date(2022, 12, 31), 90.5)]


def test_goals_of_cutting_by_a_share_are_tasks():
    ts = tasks("2019年全市污染防治攻坚战工作方案\n\n2019年,全市化学需氧量、氨氮排放总量较2015年分别削减12.5%、15.2%。",
               ref=dt.date(2019, 3, 1), doc_type="plan")
    assert [(t.deadline, t.target_value) for t in ts] == [(dt.date(2019, 12, 31), 12.5), (dt.date(2019, 12, 31), 15.2)]



def test_a_projects_size_is_no_commitment_and_a_plan_told_after_a_tally_is():
    # (second review) `总投资达2.3亿元`, `设计处理规模达5万吨/日` describe the project
    ts = tasks("某县2023年工作要点\n\n1.实施城区污水管网改造工程,总投资达2.3亿元,年底前完成主体工程。", ref=dt.date(2023, 3, 1),
               doc_type="plan")
    assert [(t.evidence, t.target_value) for t in ts] == [("1.实施城区污水管网改造工程,总投资达2.3亿元", None), ("年底前完成主体工程", None)]
    # a plan told after `今年以来,…了解到,` is a goal
    ts = tasks("某市\n\n今年以来,记者从市水务局了解到,全市计划新建污水管网120公里,目前已完成60公里。", ref=dt.date(2023, 7, 6))
    assert [t.target_value for t in ts] == [120]


def test_targets_a_label_names_are_tasks_of_its_year_across_lines():
    # `…考核指标为,` names the figures after it targets, on lines of their own joined by `;`: each is a task due
    # at the end of the year the label names, measured (`浓度为`) or not
    ts = tasks("某省印发大气污染防治年度方案\n\n根据《方案》要求,2021年各市空气质量考核指标为,甲市优良天数比率85%,"
               "PM2.5浓度为40微克/立方米;\n乙市优良天数比率86%,PM2.5浓度为39微克/立方米;\n丙市优良天数比率84%。",
               ref=dt.date(2021, 3, 2))
    assert sorted((t.target_value, t.deadline) for t in ts) == [
        (39, dt.date(2021, 12, 31)), (40, dt.date(2021, 12, 31)), (84, dt.date(2021, 12, 31)),
        (85, dt.date(2021, 12, 31)), (86, dt.date(2021, 12, 31))]
    # the same figures told as the year's results are no tasks
    ts = tasks("某省2020年空气质量状况\n\n2020年各市空气质量主要指标为,甲市优良天数比率85%,PM2.5浓度为40微克/立方米;\n"
               "乙市优良天数比率86%。", ref=dt.date(2021, 3, 2))
    assert ts == []


def test_a_deadline_after_who_asks_heads_the_sentence_and_a_total_to_reach_by_it_is_a_goal():
    # `方案要求,` stands apart: the deadline after it heads the sentence and its items joined by `;`; a total to reach by
    # it (`累计新改造…`) is a goal, not a tally
    ts = tasks("某省乡村建设行动实施方案\n\n方案要求,2025年年底前,累计新改造农村卫生厕所550万户、厕所粪污基本得到处理;"
               "农村生活污水治理率达到45%以上。")
    assert sorted((t.target_value, t.deadline) for t in ts) == [
        (45, dt.date(2025, 12, 31)), (5_500_000, dt.date(2025, 12, 31))]
    # a tally told on a later page is none (`截至2024年底,累计改造…`)
    ts = tasks("某省乡村建设情况\n\n2025-03-01\n\n截至2024年底,全省累计新改造农村卫生厕所550万户。", ref=dt.date(2025, 3, 1))
    assert ts == []


def test_a_deadline_standing_as_a_clause_mid_sentence_makes_the_figure_after_it_a_goal():
    # `…发布《…规划》,到2025年底,全区…收运能力达9056吨/日`: a goal stated with its figure, after its own deadline clause
    ts = tasks("某市印发规划\n\n记者获悉,某市人民政府发布《某市生活垃圾处理专项规划》,到2025年底,全市生活垃圾收运能力达1200吨/日,"
               "满足分类收运需求。", ref=dt.date(2023, 11, 23))
    assert [(t.target_value, t.deadline) for t in ts] == [(1200, dt.date(2025, 12, 31))]
    # a plant's size told as done is none (`项目建成后,处理能力达500吨/日`)
    ts = tasks("某市污水处理厂投运\n\n2023-11-23\n\n记者获悉,某市污水处理厂已于10月建成投运,处理能力达500吨/日。", ref=dt.date(2023, 11, 23))
    assert ts == []


def test_a_state_to_restore_is_a_result_to_reach():
    # `逐步恢复使用功能`, `功能初步恢复`: each a goal of its own under the deadline, not a qualifier of the one before
    ts = tasks("某省水污染防治工作方案\n\n到2020年,全省水环境质量得到阶段性改善,甲河、乙河等污染较重水体逐步恢复使用功能。"
               "到2030年,力争全省水环境质量总体改善,水生态系统功能初步恢复。", ref=dt.date(2016, 2, 1), doc_type="plan")
    assert [(t.action, t.deadline.year) for t in ts] == [
        ("全省水环境质量得到阶段性改善", 2020), ("甲河、乙河等污染较重水体逐步恢复使用功能", 2020),
        ("力争全省水环境质量总体改善", 2030), ("水生态系统功能初步恢复", 2030)]
    # a share to keep rising (`稳中有升`) likewise
    ts = tasks("某市工作要点\n\n到2022年,国控断面水质优良比例达100%,优质水比例稳中有升。", ref=dt.date(2022, 3, 3), doc_type="plan")
    assert [t.action for t in ts] == ["国控断面水质优良比例达100%", "优质水比例稳中有升"]


def test_guiding_principles_and_a_judgment_of_the_work_commit_to_nothing():
    ts = tasks("2022年全市生态环境保护工作要点\n\n2022年是实施规划关键之年,做好今年生态环境保护工作意义重大。"
               "今年全市生态环境保护工作的指导思想是:以生态文明思想为统领,坚决深入打好污染防治攻坚战;"
               "大力实施强省会战略,协同推进经济高质量发展和生态环境高水平保护。\n全市PM2.5年平均浓度不高于20微克/立方米。",
               ref=dt.date(2022, 3, 3), doc_type="plan")
    assert [t.target_value for t in ts] == [20]


def test_review_principles_with_goals_a_past_year_end_mid_sentence_a_total_done_and_a_budget():
    # a part of the principles that sets a figure or a deadline is a goal
    ts = tasks("某市工作要点\n\n今年全市生态环境保护工作的总体要求是:以改善生态环境质量为核心;全市PM2.5平均浓度控制在30微克/立方米以下;"
               "优良天数比例达到88%以上。", ref=dt.date(2023, 3, 3), doc_type="plan")
    assert sorted(t.target_value for t in ts) == [30, 88]
    # a year-end past, mid-sentence, reports
    ts = tasks("某市垃圾处理\n\n该市焚烧发电项目于2021年开工,2022年底,全市垃圾处理能力达3000吨/日。", ref=dt.date(2023, 5, 6))
    assert ts == []
    # a total marked done (`已`) under a deadline heading the sentence is a tally
    ts = tasks("某市整改\n\n会议明确,2023年底前,全市已累计完成整改任务36项。", ref=dt.date(2023, 6, 10))
    assert ts == []
    # a budget joined by 及 is no item of its own
    ts = tasks("某县工作要点\n\n2023年,全县将完成改厕5000户及奖补资金500万元。", ref=dt.date(2023, 2, 1))
    assert [t.target_value for t in ts] == [5000]


def test_the_area_of_a_goal_named_by_its_measure_or_its_resource():
    # a goal worded by its measure (good days, fine particles) or the resource it protects has that area
    ts = tasks("2025年工作安排\n\n力争全年优良天数比率不低于95%。年内完成12个水源地规范化建设。"
               "年底前完成造林面积3万亩。", ref=dt.date(2025, 2, 1))
    assert [t.category for t in ts] == ["air", "water", "ecology"]


def test_a_year_over_right_after_the_verb_reporting_it_is_a_record_not_a_plans_item():
    # `会议指出2021年,…` (no comma after the verb) frames the results after it, on a page of the next year's meeting
    text = ("某市召开2022年全市生态环境保护工作会议\n\n会议指出2021年,全市生态环境系统全面推进年度各项目标任务,全市生态环境质量持续改善:\n"
            "PM2.5浓度28微克/立方米,优良天数比率85.5%。\n\n会议强调,2022年,全市要完成30个村庄环境整治。")
    ts = tasks(text, ref=dt.date(2022, 3, 3))
    assert [t.target_value for t in ts] == [30]


def test_a_plans_words_naming_its_goals_are_no_goal():
    ts = tasks("某省公开督察整改方案\n\n《整改方案》提出了整改目标,即到2020年,全省环境空气质量达标率不低于76.5%;"
               "细颗粒物(PM2.5)浓度下降到42微克/立方米。", ref=dt.date(2017, 12, 20))
    assert [t.target_value for t in ts] == [76.5, 42]
    assert all(t.deadline == dt.date(2020, 12, 31) for t in ts)


def test_regressions_of_the_third_review_stay_fixed():
    # a commitment to set goals is a task; only a plan's words stating them (`提出了…目标,即`) are not
    ts = tasks("某县2023年农村环境整治实施方案\n\n各乡镇年底前要明确整改目标,完成50个自然村环境整治。", ref=dt.date(2023, 3, 15))
    assert any(t.action == "明确整改目标" for t in ts)
    # the year a sentence opens with after the verb asking for it dates its goal, after a paragraph on the year before
    ts = tasks("某区召开生态环境保护大会\n\n会议指出2021年,全区PM2.5平均浓度为33微克/立方米,完成12个入河排污口整治。\n\n"
               "会议要求2022年,全区要完成20个入河排污口整治。", ref=dt.date(2022, 2, 18))
    assert [(t.target_value, t.deadline) for t in ts] == [(20, dt.date(2022, 12, 31))]


def test_a_sentence_opening_with_what_guides_the_work_commits_to_nothing():
    text = ("某市2022年生态环境保护工作要点\n\n以习近平生态文明思想为指引,深入贯彻重要讲话指示精神,协同推进经济高质量发展和"
            "生态环境高水平保护,持续提升生态环境治理能力现代化水平。以改善空气质量为核心,年底前完成30台燃煤锅炉淘汰。")
    assert [t.target_value for t in tasks(text, ref=dt.date(2022, 4, 21))] == [30]


def test_a_sentence_guided_by_an_aim_with_a_time_commits():
    ts = tasks("某市2024年生态环境保护工作要点\n\n以“双碳”目标为引领,今年全面完成城区燃煤锅炉淘汰。", ref=dt.date(2024, 2, 20))
    assert [t.deadline for t in ts] == [dt.date(2024, 12, 31)]


def test_an_undated_pages_tally_as_of_a_day_is_no_commitment():
    got = tasks("我市环境执法成效明显\n上半年开展了专项整治。\n截至8月15日,全市环境案件立案处罚1839件,移送拘留116件,"
                "查封扣押39件,有效震慑了环境违法行为。", ref=None)
    assert got == []


def test_a_label_of_the_goals_that_follow_is_no_commitment():
    got = tasks("某省发布公报\n据悉,2024年某省环境保护主要目标是,PM2.5浓度降至30.5微克/立方米,优良天数比率不低于85.1%。",
                ref=dt.date(2024, 5, 2))
    assert [t.target_value for t in got] == [30.5, 85.1]


def test_a_plans_purpose_told_in_a_sentence_before_its_preamble_is_no_commitment():
    got = tasks("某市2023年河湖长制工作要点\n为深入贯彻上级关于河湖长制工作部署,不断推进河湖长制工作提档升级,持续改善河湖生态环境。"
                "结合我市实际,制定本年度工作要点。\n1.争创省级幸福河湖。年内创建成功不少于1个省级幸福河湖。", ref=dt.date(2023, 7, 27))
    assert not any("提档升级" in t.evidence or "制定本年度" in t.evidence for t in got)


def test_a_work_plans_preamble_dates_its_goals_and_a_scope_count_is_not_the_target():
    ts = tasks("根据县委、县政府工作要求,现对2025年全县生态环境工作作出如下安排。\n一、主要目标\n"
               "纳入省级考核的4个断面水质优良率达到75%,农村生活污水治理率达到60%。",
               ref=dt.date(2025, 1, 1), stated=False, doc_type="plan")
    got = {(t.target_value, t.target_unit, t.deadline) for t in ts}
    assert got == {(75, "%", dt.date(2025, 12, 31)), (60, "%", dt.date(2025, 12, 31))}
    ts = tasks("某县2025年工作要点\n\n2025年,全县8个集中式饮用水水源地水质达标率保持100%,3个国控断面水质优良比例提高至100%。",
               ref=dt.date(2025, 1, 1))
    assert {(t.target_value, t.target_unit) for t in ts} == {(100, "%")}
    t = tasks("某市2025年工作要点\n\n2025年,全市9个县(市、区)空气优良天数比率保持在95%以上。", ref=dt.date(2025, 1, 1))[0]
    assert (t.target_value, t.target_unit) == (95, "%")  # (a gloss in the scope)
    # (a count with its own goal stays the target: `完成366个村庄生活污水治理`)
    t = tasks("某县2025年工作要点\n\n2025年,全县完成120个村庄生活污水治理。", ref=dt.date(2025, 1, 1))[0]
    assert (t.target_value, t.target_unit) == (120, "个")


def test_a_new_level_to_step_up_to_and_a_manner_demanded_commit_to_nothing():
    ts = tasks("某区召开会议\n\n4月2日,某区召开会议,部署2025年重点任务。区长王某希望各部门巩固成效,推动全区生态环境保护工作再上新台阶。"
               "他要求,建设“无废城市”标准要高,推进示范创建进程要快,全年完成30个村庄污水治理。",
               ref=dt.date(2025, 4, 2))
    assert [(t.target_value, t.deadline) for t in ts] == [(30, dt.date(2025, 12, 31))]


def test_a_review_of_the_year_over_is_no_plan_item_after_an_agenda_naming_next_years_tasks():
    # the agenda names the plan (`安排部署2026年重点任务`); what reviews the year over reports it, in its own sentence
    # and in the sentences after it, until the plan opens (`2026年,全省将…`)
    text = ("某省召开生态环境保护工作会议\n\n某省生态环境厅召开2026年生态环境保护工作会议,总结2025年工作,安排部署2026年重点任务。\n\n"
            "会议充分肯定2025年工作取得的成绩,全省环境空气质量继续保持在全国前列,优良天数比例达到91.5%。\n\n"
            "会上公布的数据显示:2025年全省水环境质量取得重大突破,88个国考断面水质优良率达97.2%;某湖总磷浓度下降到0.05毫克/升。\n\n"
            "同时,全省PM2.5平均浓度下降到29微克/立方米;6个城市空气质量达到国家二级标准。\n\n"
            "厅长王某介绍,2026年,全省将完成500个农村生活污水治理任务。")
    ts = tasks(text, ref=dt.date(2026, 2, 10))
    assert [(t.target_value, t.deadline) for t in ts] == [(500, dt.date(2026, 12, 31))]


def test_a_month_over_named_in_a_clause_is_what_is_told_not_a_deadline():
    text = ("某省召开10月新闻发布会\n\n发布时间:2024-10-20\n\n本次发布会将通报9月全省水、大气环境质量亮牌情况,并回答大家关心的问题。")
    assert tasks(text, ref=dt.date(2024, 10, 20)) == []


def test_a_goals_subject_before_shall_and_a_level_verb_stays_in_its_action():
    text = "某省大气污染防治计划\n\n2025年,全省优良天数比例将提高到93%,重污染天数将控制在3天以内。"
    assert {t.action for t in tasks(text, ref=dt.date(2024, 12, 20))} == {"全省优良天数比例将提高到93%", "重污染天数将控制在3天以内"}


def test_a_deadline_after_who_strives_for_it_governs_the_list_joined_by_semicolons():
    # `通过…行动,某省力争到2030年底,确保A;确保B;C…`: every item is due by the deadline the first one opens with
    text = ("某省启动攻坚行动\n\n通过百日攻坚行动,某省力争到2030年底,确保全省PM2.5年均浓度达到31微克/立方米;"
            "确保全省地表水水质优良比例不低于91.5%,消除劣Ⅴ类水体;城市建成区黑臭水体消除比例达到95%以上。")
    ts = {t.target_value: t for t in tasks(text, ref=dt.date(2030, 9, 20))}
    assert ts[91.5].deadline == ts[95].deadline == dt.date(2030, 12, 31)
    # (who strives for the deadline is no commitment of its own: it heads the first one)
    assert ts[31].deadline == dt.date(2030, 12, 31)
    assert not any(t.action.endswith("到2030年底") for t in tasks(text, ref=dt.date(2030, 9, 20)))
    # (a deadline already past on the page's day, after such a lead, frames nothing: a record of what was sought)
    ts = {t.target_value: t for t in tasks(text, ref=dt.date(2032, 3, 1))}
    assert ts[91.5].deadline is None


def test_a_change_the_time_frame_reads_as_a_goal_is_a_task_as_its_metric_is_a_target():
    text = ("某省空气质量改善目标出炉\n\n从某省新闻发布会上获悉,今年全省空气质量改善的总体目标为:完成三年行动方案目标任务,"
            "全省PM2.5平均浓度同比下降4%左右,优良天数比率达到66%以上。\n"
            "今年,某省将强力实施散煤替代攻坚。全省煤炭消费总量较2015年下降12%。")
    ts = {t.target_value: t for t in tasks(text, ref=dt.date(2031, 1, 21))}
    assert ts[4].deadline == ts[12].deadline == ts[66].deadline == dt.date(2031, 12, 31)
    # (a change reported stays no task)
    text = "某省通报空气质量\n\n今年以来,全省PM2.5平均浓度同比下降4%,煤炭消费总量较2015年下降12%。"
    assert tasks(text, ref=dt.date(2031, 10, 21)) == []


def test_an_attitude_to_hold_is_no_commitment_in_a_years_plan():
    text = ("某市召开2031年生态环境保护工作会议\n\n会议强调,2031年,全市生态环境系统要深刻把握新形势新要求,"
            "要提高站位、深化认识,统一思想,增强责任意识。要完成120个村庄环境整治。")
    ts = tasks(text, ref=dt.date(2031, 2, 1))
    assert [(t.target_value, t.deadline) for t in ts] == [(120, dt.date(2031, 12, 31))]


def test_review_mends_for_striving_leads_and_bases_reached():
    # (review) the first item after a striving lead is a task too (`某市力争到2032年底,新增造林面积1.2万亩;…`)
    for lead in ("某市力争到2032年底,", "全市争取到2032年底,"):
        ts = {t.target_value: t for t in tasks("某市林业发展规划\n\n" + lead + "新增造林面积1.2万亩;建成省级森林乡镇5个。",
                                                ref=dt.date(2031, 4, 1))}
        assert ts[12000].deadline == ts[5].deadline == dt.date(2032, 12, 31)
    # a change reached, the base of a goal (`在2030年…同比下降6.2%的基础上`), is no task
    text = "某市2031年大气污染防治工作方案\n\n总体目标为:在2030年全市细颗粒物平均浓度同比下降6.2%的基础上,优良天数比例达到82%。"
    assert 6.2 not in [t.target_value for t in tasks(text, ref=dt.date(2031, 3, 1))]


def test_a_plans_goals_section_after_a_review_of_the_year_before_is_due_in_the_plans_year():
    # (review) `现对2031年…作出如下安排` / `一、工作回顾 > 过去一年,…` / `二、主要目标 > …控制在32…以内`
    text = ("关于印发全县生态环境保护工作要点的通知\n现对2031年全县生态环境保护工作作出如下安排。\n一、工作回顾\n"
            "过去一年,全县细颗粒物平均浓度为34微克/立方米。\n二、主要目标\n全县细颗粒物平均浓度控制在32微克/立方米以内。")
    ts = tasks(text, ref=dt.date(2031, 3, 1), doc_type="plan")
    assert [(t.target_value, t.deadline) for t in ts] == [(32, dt.date(2031, 12, 31))]
    # (a report's section of tasks done names no plan's year)
    text = "某县2030年工作总结\n\n一、主要任务完成情况\n全县细颗粒物平均浓度控制在32微克/立方米以内。"
    assert [t.deadline for t in tasks(text, ref=dt.date(2031, 1, 10))] in ([], [None])


def test_the_items_this_years_government_work_report_proposes_are_due_this_year():
    text = ("某市这样落实\n\n今年的自治区政府工作报告中提出:\n"
            "坚持系统治理,全面推进督察整改落实,大力实施重要生态系统保护修复工程,高质量完成国土绿化任务。")
    ts = tasks(text, ref=dt.date(2031, 1, 15))
    assert ts and all(t.deadline == dt.date(2031, 12, 31) for t in ts)


def test_a_change_under_a_heading_of_goals_is_a_goal_and_a_task():
    # (review miss) `二、总体目标 > 全市细颗粒物平均浓度同比下降3%左右`: the heading names it a goal, `同比` or not
    text = ("某市2031年大气污染防治工作方案\n一、工作基础\n全市细颗粒物平均浓度同比下降5.1%。\n二、总体目标\n"
            "全市细颗粒物平均浓度同比下降3%左右。")
    assert [(t.target_value, t.deadline) for t in tasks(text, ref=dt.date(2031, 3, 1))] == [(3, dt.date(2031, 12, 31))]
    # (a heading telling results against goals is none: `1.有7项任务完成半年目标任务,正常推进`)
    text = "某局2031年上半年工作完成情况报告\n1.有7项任务完成半年目标任务,正常推进\n及时发布21次特别管控指令。"
    assert tasks(text, ref=dt.date(2031, 7, 10)) == []


def test_a_deadline_after_a_clause_naming_the_goals_heads_the_goals_of_its_paragraph():
    # `完成…各项指标任务,到2020年,…`: the deadline stands as a clause after the lead, and the goals told in the next
    # sentences of the paragraph are due then too
    got = {t.evidence[:8]: t.deadline for t in extract_tasks(context(
        "某市整改方案\n\n导读:深入实施大气污染防治行动计划。完成省政府下达的“十三五”大气、水、土壤污染防治的各项指标任务,到2020年,全市PM2.5浓度控制在43微克/立方米以下。"
        "全市地表水国家考核断面水质全部达到或优于Ⅲ类;市建成区基本消除黑臭水体。", ref=dt.date(2018, 12, 1)))}
    assert got["全市地表水国家考"] == got["市建成区基本消除"] == dt.date(2020, 12, 31)


def test_a_warning_of_what_follows_if_not_done_is_no_commitment():
    # (under a headline of the half-year ahead, `下半年…将来某省督察`, the clauses read as that half-year's work)
    text = ("下半年中央环保督察组将来某省督察\n\n18日上午,某省会城市群大气污染联防联控协作小组第二次会议在济南召开。"
            "某省环保厅厅长张某表示,如不进一步加大治理力度,省会城市群各市将难实现改善目标。")
    assert tasks(text, ref=dt.date(2016, 7, 1)) == []


def test_the_goals_of_a_plan_over_years_are_due_at_its_end():
    text = ("某县打赢蓝天保卫战三年行动计划实施方案(2018-2020年)\n\n一、总体要求\n(二)改善目标\n"
            "大幅减少主要大气污染物排放总量,明显减少重污染天数,空气质量优良天数比率达到90%以上。\n"
            "二、重点任务\n(一)调整产业结构。严格控制高耗能行业新增产能。\n")
    got = tasks(text, ref=dt.date(2019, 5, 29), doc_type="plan")
    assert got and all(t.deadline == dt.date(2020, 12, 31) for t in got if "90%" in t.evidence or "重污染" in t.evidence)
    assert any("90%" in t.evidence for t in got)


def test_what_is_to_come_after_a_headlines_year_takes_no_deadline_from_it():
    # GUIDE: `下一步,我们将…` with no deadline or target of its own is no task; the year a headline names
    # (`2022年六五环境日…`) is no plan's
    text = ("2022年六五环境日某省主场活动在某市举行\n\n6月5日,某省主场活动在某市举行。副厅长王某在致辞中指出,近年来,"
            "某省生态环境质量进一步提升改善。下一步,某省将以实现减污降碳协同增效为导向,以改善生态环境质量为核心,"
            "筑牢西南生态安全屏障。")
    assert tasks(text, ref=dt.date(2022, 6, 5)) == []


def test_each_figure_a_plan_names_its_work_target_is_a_commitment_of_its_own():
    text = ("某县2021年深入打好污染防治攻坚战工作方案\n\n一、工作目标\n\n"
            "PM2.5浓度工作目标32微克/立方米,优良天数比例工作目标88%,其中等级为优的天数不少于141天。")
    got = tasks(text, ref=dt.date(2021, 6, 28), doc_type="plan")
    assert sorted(t.target_value for t in got) == [32, 88, 141]
    assert all(t.deadline == dt.date(2021, 12, 31) for t in got)


def test_a_warning_cue_inside_another_word_is_none():
    # (review of ba6a5c0) `攻坚克难完成`, `比如不定期`: no warning
    got = tasks("某市2024年工作\n\n2024年,全市要攻坚克难完成省下达的PM2.5浓度控制目标。", ref=dt.date(2024, 2, 1))
    assert len(got) == 1 and got[0].deadline == dt.date(2024, 12, 31)


def test_in_the_next_step_of_work_takes_no_period_from_before_either():
    # (review of c0d2fea) `在下一步工作中,` turns ahead as `下一步,` does
    text = ("2022年六五环境日某省主场活动在某市举行\n\n6月5日,某省主场活动在某市举行。副厅长王某在致辞中指出,近年来,"
            "某省生态环境质量进一步提升改善。在下一步工作中,某省将以实现减污降碳协同增效为导向,筑牢西南生态安全屏障。")
    assert tasks(text, ref=dt.date(2022, 6, 5)) == []


def test_a_goal_restated_for_another_year_is_another_goal():
    """`2020年,全盟土壤环境质量总体保持稳定…到2030年,全盟土壤环境质量稳中向好…到本世纪中叶,…全面改善`: three
    years, three goals, though their words share `全盟土壤环境质量`; a restatement for the same year stays one."""
    got = [(t.deadline, t.evidence) for t in tasks(
        "某盟土壤污染防治实施方案\n（二）工作目标\n2020年,全盟土壤环境质量总体保持稳定,土壤环境风险得到基本管控。"
        "到2030年,全盟土壤环境质量稳中向好,土壤环境风险得到全面管控。到本世纪中叶,土壤环境质量全面改善。",
        ref=dt.date(2017, 5, 1), doc_type="plan")]
    assert [d.year for d, _ in got] == [2020, 2020, 2030, 2030, 2050]


def test_who_plans_to_meet_a_deadline_standing_as_its_clause_heads_what_follows():
    """`…,并计划于2017年12月底前,建成…四级河长体系`, `某省将于…前,建成…`: the deadline of the clause after it, as
    `某省力争到2020年底,` already was; not a past plan told done (`计划于2016年12月底前,已完成主体工程`)."""
    def got(body):
        return [(t.deadline, t.evidence) for t in tasks("某省推行河长制\n发布时间:2017-03-10\n" + body, ref=dt.date(2017, 3, 10))]
    assert got("某省推行河长制将以保护水资源为主要任务,并计划于2017年12月底前,建成省、市、县、乡镇四级河长体系。") == \
        [(dt.date(2017, 12, 31), "并计划于2017年12月底前,建成省、市、县、乡镇四级河长体系")]
    assert [d for d, _ in got("某省将于2017年12月底前,建成四级河长体系。")] == [dt.date(2017, 12, 31)]
    assert got("该项目计划于2016年12月底前,已完成主体工程。") == []


def test_what_doing_a_thing_is_and_what_has_been_in_recent_years_are_no_tasks():
    """`会议指出,全面推行河湖长制是践行…的重要举措,…` names what the work is; `近年来,各地深入推进河湖长制,加强…治理,
    取得显著成效` tells what has been done: neither commits to anything, though the meeting deployed 2022's work."""
    text = ("某流域河湖长联席会议召开\n2022-07-13 11:13:52\n\n昨天上午,联席会议举行。会议部署2022年河湖管理保护重点工作。\n\n"
            "会议指出,全面推行河湖长制是践行生态文明思想的重要举措,是维护河湖健康生命的重要抓手。近年来,各地深入推进河湖长制,"
            "加强河湖管理保护和流域治理,取得显著成效。")
    assert tasks(text, ref=dt.date(2022, 7, 13)) == []
    got = tasks("某市会议\n\n会议要求,2022年底前完成河湖长制全覆盖,全面推行河湖长制是践行生态文明思想的重要举措。",
                ref=dt.date(2022, 7, 13))
    assert [t.evidence for t in got] == ["2022年底前完成河湖长制全覆盖"]


def test_review2_a_deadline_before_what_a_thing_is_keeps_the_task():
    got = tasks("某市会议\n\n会议强调,年底前完成5万户清洁取暖改造是今年全市大气污染防治的重要任务。", ref=dt.date(2023, 3, 10))
    assert [t.deadline for t in got] == [dt.date(2023, 12, 31)]


def test_a_headline_telling_an_assessment_won_or_a_plan_met_heads_no_plan():
    """`…荣获市级年度目标责任考核优秀单位` over a year's results: its 目标 is an assessment's, the page a record; a heading
    of the year's tasks (`二、重点任务`) still heads a plan."""
    body = "\n\n在空气质量方面,2021年优良天数达到265天,同比增加15天;年度优级天数62天。"
    assert tasks("某市生态环境局连续3年荣获市级年度目标责任考核优秀单位" + body, ref=dt.date(2021, 1, 1), year_only=True) == []
    assert tasks("某市圆满完成2021年度目标任务" + body, ref=dt.date(2021, 1, 1), year_only=True) == []
    assert tasks("某市2021年重点任务\n\n全年完成燃煤锅炉淘汰30台。", ref=dt.date(2021, 1, 1), year_only=True) != []
    # (a plan aimed at a result still heads one: the verb is aimed at, or far from the plan's word)
    for title in ("某市确保完成2022年度目标任务的主要措施", "某市2021年工作完成情况及2022年工作计划"):
        assert tasks(title + "\n\n全年完成燃煤锅炉淘汰30台。", ref=dt.date(2022, 1, 1), year_only=True) != [], title


def test_the_items_of_a_plan_a_news_item_reports_are_due_in_its_year():
    """`…行署日前印发的《兴安盟2016年大气污染防治工作计划》…` then `《计划》从5个方面确定了重点任务:做好城市扬尘控制工作;…`
    (its task list told), and `《计划》提出,今年…的主要目标为…` (its year's goals named further on): due at 2016's end."""
    ts = tasks("兴安盟明确治气目标\n\n兴安盟行署日前印发的《兴安盟2016年大气污染防治工作计划》明确了今年目标。\n"
               "《计划》从5个方面确定了重点任务:推进集中供热替代,淘汰燃煤锅炉;做好城市扬尘控制工作;开展重点行业污染治理。",
               ref=dt.date(2016, 5, 23))
    assert {t.evidence: t.deadline for t in ts}["做好城市扬尘控制工作"] == dt.date(2016, 12, 31)
    ts = tasks("兴安盟明确治气目标\n\n全年不出现重污染天。\n《计划》提出,今年大气污染防治工作的主要目标为全年不出现重污染天。\n"
               "乌兰浩特市PM2.5年均浓度较2015年下降3.5%。\n做好城市扬尘控制工作;开展重点行业污染治理。", ref=dt.date(2016, 5, 23))
    assert [t.deadline for t in ts if t.evidence == "开展重点行业污染治理"] == [dt.date(2016, 12, 31)]
    # (not a plan the page's news only follows: `按照行署印发的《…计划》要求,盟环保局近日开展扬尘专项检查`)
    ts = tasks("兴安盟检查\n\n按照行署印发的《兴安盟2016年大气污染防治工作计划》要求,盟环保局近日开展扬尘专项检查。\n"
               "《计划》明确,做好城市扬尘控制工作。\n检查组督促企业做好城市扬尘控制工作;开展重点行业污染治理。", ref=dt.date(2016, 5, 23))
    assert [t.evidence for t in ts if t.evidence.startswith("检查组")] == []


def test_cutting_capacity_within_the_year_is_a_task():
    """`今年内将压减炼钢产能60万吨`: 压减 (cut down), like 削减 and 压降, opens a commitment (task_verbs.csv)."""
    ts = tasks("某市部署工作\n\n3月1日,某市召开会议。今年内将压减炼钢产能60万吨。", ref=dt.date(2017, 3, 2))
    assert [(t.deadline, "压减炼钢产能60万吨" in t.evidence) for t in ts] == [(dt.date(2017, 12, 31), True)]


def test_goals_a_plan_sets_after_the_day_it_was_issued_look_ahead():
    """`2018年11月30日,湖北省印发《…》,明确到2020年全省…,万元…下降30%,…达到100%`: every goal after the deadline is a
    task, not a report dated by the day the plan was issued."""
    ts = tasks("湖北省印发实施方案\n\n2018年11月30日,湖北省印发《湖北省全面推行河湖长制实施方案(2018-2020年)》,"
               "明确到2020年全省用水总量控制在365.91亿立方米以内,万元国内生产总值用水量在2015年基础上下降30%,"
               "长江干流水质优良比例达到100%。", ref=dt.date(2019, 1, 25))
    assert [(t.deadline, t.target_value) for t in ts] == [(dt.date(2020, 12, 31), v) for v in (36591000000, 30, 100)]


def test_a_years_plan_issued_without_its_marks_and_told_by_its_goals_lays_out_that_years_tasks():
    """`4月8日,市政府办公室印发德州市2018年大气污染防治工作方案。方案确定了大气污染防治主要目标,…` then its measures by
    field (`燃煤污染治理方面,…全面排查生活源锅炉和工业源锅炉,…`): each is due at the year's end; one dated is due then."""
    text = ("德州新闻网讯(记者某某)4月8日,市政府办公室印发德州市2018年大气污染防治工作方案。方案确定了大气污染防治主要目标,"
            "2018年全市PM2.5浓度同比改善5%。\n燃煤污染治理方面,全面排查生活源锅炉和工业源锅炉,推行燃气锅炉超低氮燃烧改造。"
            "全市饮食服务业单位6月底前全部安装高效油烟净化设施。")
    got = {t.evidence.split(",")[-1]: t.deadline for t in tasks(text, ref=dt.date(2018, 4, 8))}
    assert got.get("全面排查生活源锅炉和工业源锅炉") == dt.date(2018, 12, 31), got
    assert got.get("推行燃气锅炉超低氮燃烧改造") == dt.date(2018, 12, 31), got
    assert got.get("全市饮食服务业单位6月底前全部安装高效油烟净化设施") == dt.date(2018, 6, 30), got
    # (a report telling work done after a plan issued so: none)
    text = ("德州市去年空气质量改善\n\n2018年初,市政府办公室印发德州市2018年大气污染防治工作方案。全市全面排查生活源锅炉1200台。")
    assert tasks(text, ref=dt.date(2019, 1, 8)) == []


def test_a_campaign_named_looking_back_is_no_topic_heading():
    """`2018年拟对第一轮督察开展“回头看”`: a planned inspection, not a topic like `从总量看,`."""
    ts = tasks("环保部发布会\n\n12月28日,环保部举行例行新闻发布会。2018年拟对第一轮督察开展回头看。", ref=dt.date(2017, 12, 28))
    assert [(t.evidence, t.deadline) for t in ts] == [("2018年拟对第一轮督察开展回头看", dt.date(2018, 12, 31))]
    assert tasks("某市空气\n\n从总量看,全市排放持续下降。", ref=dt.date(2017, 12, 28)) == []


def test_a_year_opened_after_a_clause_saying_what_prompts_it_frames_its_plan():
    """`针对目前农产品质量安全已…进入了“绿色生产、高效环保”的新领域,今年我区将全面推进农业绿色发展。继续…,扶持一批龙头企业,…
    农作物秸秆综合利用率达到89%`: the year's plan, its items due at the year's end."""
    text = ("宁夏全面推进农业绿色发展\n\n针对目前农产品质量安全已从“前端监管、事后处罚”进入了“绿色生产、高效环保”的新领域,"
            "今年我区将全面推进农业绿色发展。继续引进一批先进技术,扶持一批龙头企业,农作物秸秆综合利用率达到89%。")
    got = {t.evidence.split(",")[-1]: t.deadline for t in tasks(text, ref=dt.date(2022, 1, 15))}
    assert got.get("农作物秸秆综合利用率达到89%") == dt.date(2022, 12, 31), got
    assert got.get("扶持一批龙头企业") == dt.date(2022, 12, 31), got
    text = "某市治污\n\n为了让群众呼吸更新鲜的空气、喝上更干净的水,今年我市将深入推进污染防治。全市完成燃煤锅炉淘汰50台。"
    assert [(t.deadline, t.target_value) for t in tasks(text, ref=dt.date(2022, 1, 15))] == [(dt.date(2022, 12, 31), 50)]


def test_a_year_not_over_opening_a_clause_of_a_plan_told_dates_its_goal():
    """`《方案》提出,…。…强化农村污水处理设施运维,2025年运行率稳定在90%以上`: the plan's goal for 2025; on a page telling
    no plan, or of a year over, a report (`2023年运行率稳定在90%以上`)."""
    plan = "辽宁近岸海域\n\n《方案》提出,到2025年,全省近岸海域优良水质面积比例达到92%。\n强化农村污水处理设施运维,2025年运行率稳定在90%以上。"
    got = {t.evidence: t.deadline for t in tasks(plan, ref=dt.date(2022, 5, 1))}
    assert got.get("2025年运行率稳定在90%以上") == dt.date(2025, 12, 31), got
    report = "辽宁农村污水\n\n《方案》提出,到2025年,全省近岸海域优良水质面积比例达到92%。\n强化设施运维,2021年运行率稳定在90%以上。"
    assert [t.deadline for t in tasks(report, ref=dt.date(2022, 5, 1))] == [dt.date(2025, 12, 31)]
    # (nor a year all but over: `2022年新建污水处理厂3座` told in December)
    late = "某市治水\n\n《方案》提出,到2025年,全市水质优良比例达到90%。\n我市高度重视污水治理,2022年新建污水处理厂3座。"
    assert [t.deadline for t in tasks(late, ref=dt.date(2022, 12, 20))] == [dt.date(2025, 12, 31)]
    # (a year not written as one is no plan's: `在今年召开的…会议上,…在介绍…做法时说`, `全年先后开展…`)
    told = ("某市工作\n\n《方案》提出,今年12月底前,全市要建立起非现场监管程序规范。\n在今年召开的某市生态环境保护工作会议上,"
            "某区生态环境局主要负责人在介绍2020年全区生态环境保护工作做法时说,一年来,某区推动了全区生态环境质量持续改善。\n"
            "全年先后开展汽修、餐饮等6个专项检查,出动执法人员3200余人(次)。")
    assert [t.evidence for t in tasks(told, ref=dt.date(2021, 3, 1))] == ["《方案》提出,今年12月底前,全市要建立起非现场监管程序规范"]


def test_a_tally_since_this_year_is_no_plan_whatever_follows_it():
    """`今年以来,某区持续将…模式向农村延伸` (将 moves the object): what was done, not what will be, here or in the parts after it."""
    got = tasks("某区建设美丽乡村\n\n今年以来,某区持续将环卫保洁模式向农村延伸,美丽乡村建设成效显著。\n"
                "一是抓好乡村基础设施建设。农村危房改造开工350户,建成298户。建设农村公路9条32.1公里。",
                ref=dt.date(2018, 10, 24))
    assert got == []


def test_two_items_stated_twice_are_two_tasks_once():
    """`…控制在4070万吨标准煤和煤炭消费总量压减10%的任务目标` twice: the second item is told once, by its own words."""
    text = ("山东召开发布会\n\n记者了解到,山东确保完成能耗消费增量控制在4070万吨标准煤和煤炭消费总量压减10%的任务目标。"
            "同时,确保完成国家下达的能耗消费增量控制在4070万吨标准煤和煤炭消费总量压减10%的任务目标。")
    got = [t.evidence for t in tasks(text, ref=dt.date(2018, 11, 20))]
    assert sum("压减10%" in e for e in got) == 1


def test_a_deadline_stated_on_a_page_whose_year_is_unknown_keeps_the_task():
    from qingshan.extract.document import extract_document
    page = "11月23日,我市召开紧急会议。副市长王某要求,各部门同时要在11月底实现阶段性销号。\n"
    ts = extract_document("p", page)["tasks"]
    assert [(t["deadline"], t["deadline_text"]) for t in ts] == [(None, "11月底")]
    assert extract_document("p", "11月23日,我市召开紧急会议。会议指出,11月底全市已实现阶段性销号。\n")["tasks"] == []


def test_a_sentence_naming_the_principles_it_states_commits_to_nothing():
    text = ("某市“十四五”生态环境保护规划出台 2025年基本建成先行区\n\n《规划》明确,我市将坚持生态优先、绿色发展,"
            "坚持以民为本、科学施策的基本原则,以筑牢长江上游绿色生态屏障为统领,深入打好污染防治攻坚战,著力构建绿色生产生活方式。")
    assert tasks(text, ref=dt.date(2022, 1, 10)) == []
    text = "某市“十四五”生态环境保护规划\n\n坚持系统治理的原则,到2025年,全市完成30个村庄环境整治。"
    assert [t.target_value for t in tasks(text, ref=dt.date(2022, 1, 10), doc_type="plan")] == [30]


def test_what_a_work_will_bring_and_what_it_means_are_no_commitments():
    for text in ("据了解,试点项目的实施,将有效改善农村人居环境,助力全省生态文明建设。",
                 "今年入围,将对加强洞庭湖生态环境保护、控制和削减总磷污染起到重要作用。",
                 "项目建成后,将有效改善周边水环境。"):
        assert tasks("某市试点\n\n" + text, ref=dt.date(2023, 6, 8)) == [], text
    # (the commitment before what it means stays one)
    ts = tasks("某市试点\n\n2024年底前,完成30个村庄环境整治,对改善人居环境起到重要作用。", ref=dt.date(2024, 2, 1))
    assert [t.target_value for t in ts] == [30]


def test_the_manner_between_a_modal_and_its_verb_leaves_the_act_an_act():
    for text in ("《水污染防治行动计划》规定,2017年底前,工业集聚区应按规定建成污水集中处理设施。",
                 "2017年底前,工业集聚区须依法建成污水集中处理设施。"):
        ts = tasks(text, ref=dt.date(2017, 8, 10))
        assert [t.deadline for t in ts] == [dt.date(2017, 12, 31)], text


def test_a_goal_reached_after_a_modal_is_no_purpose():
    """`要实现…` is the goal the deadline sets, not the purpose of a clause before it (`…,实现…`)."""
    got = tasks("上海推进垃圾分类\n\n三年行动计划提出,到2020年,上海所有区要实现生活垃圾分类全覆盖。",
                ref=dt.date(2018, 5, 10))
    assert [t.deadline for t in got] == [dt.date(2020, 12, 31)]
    assert not tasks("某市推进垃圾分类\n\n2017年全市新建分类站点300个,实现生活垃圾分类全覆盖。", ref=dt.date(2018, 5, 10))


def test_a_level_to_go_to_from_a_base_year_is_the_target():
    """`要从2018年的3480吨/日以上,增加到2020年的6300吨/日以上`: the goal is the level to reach, not the base."""
    got = tasks("某市推进垃圾分类\n\n计划要求,全市湿垃圾分类处理量要从2018年的3480吨/日以上,增加到2020年的6300吨/日以上。",
                ref=dt.date(2018, 5, 10))
    assert [(t.deadline, t.target_value) for t in got] == [(dt.date(2020, 12, 31), 6300)]


def test_a_year_opening_a_speakers_turn_frames_no_later_answer():
    text = ("生态环境部召开例行新闻发布会\n\n孙某:2023年,我们要深入打好污染防治攻坚战。\n记者:今年大气污染治理的重点在哪里?\n"
            "孙某:重点是重污染天气消除和臭氧污染防治,同时抓好柴油货车污染治理,推动空气质量持续改善。")
    assert not [t for t in tasks(text, ref=None, stated=False, doc_type="press_conference") if "推动" in t.evidence]


def test_what_a_work_will_bring_once_done_is_no_task():
    got = tasks("某县排涝工程\n\n2025年,计划实施石沟排涝工程,投资1.1亿元。工程实施后,将提高河道的防洪排涝能力,改善生态环境,并带动相关产业发展。",
                ref=dt.date(2024, 12, 10))
    assert len(got) == 1 and "投资1.1亿元" in got[0].evidence


def test_a_subject_then_an_end_reached_in_full_is_its_own_goal():
    got = tasks("二、工作目标\n到2020年,主要河流湖库水质优良率不低于95%,县城以上城市集中式饮用水源地水质达标率100%,"
                "主要河流湖库和城镇内河基本消除劣V类水体,近岸海域水环境质量优良率不低于95%。", ref=dt.date(2018, 6, 13), doc_type="plan")
    assert any(t.evidence == "主要河流湖库和城镇内河基本消除劣V类水体" for t in got), [t.evidence for t in got]
    # (not an end not yet reached, told as a state)
    got = tasks("会议\n\n会议认为,全市生态环保事业仍然处于关键时期,结构性污染问题还未彻底解决。", ref=dt.date(2024, 1, 10))
    assert got == []


def test_review_an_effect_with_its_own_deadline_and_a_commitment_for_those_that_missed_a_goal_are_tasks():
    for text, day in (("整改任务完成后,将于2023年9月底前组织开展整改验收。", dt.date(2023, 9, 30)),
                      ("项目建成后,可新增污水处理能力5万吨/日,计划于2024年6月底前投入运行。", dt.date(2024, 6, 30)),
                      ("会议要求,尚未完成水质目标的5个县(市、区)要在2023年6月底前完成整改。", dt.date(2023, 6, 30))):
        assert [t.deadline for t in tasks("整改工作推进\n\n" + text, ref=dt.date(2023, 5, 12))] == [day], text


def test_review2_commitments_for_those_that_missed_a_goal_and_an_end_named_as_a_goals():
    for text, day in (("督促未完成减排目标企业于2024年9月底前完成深度治理。", dt.date(2024, 9, 30)),
                      ("组织未完成年度水质目标县区于6月底前编制完成达标方案。", dt.date(2024, 6, 30))):
        assert [t.deadline for t in tasks("整改工作推进\n\n" + text, ref=dt.date(2024, 3, 10))] == [day], text
    got = tasks("规划\n\n到2025年,全市生态环境质量持续改善,重污染天气基本消除的目标更加巩固,PM2.5平均浓度控制在32微克/立方米以内。",
                ref=dt.date(2024, 3, 10))
    assert not any(t.evidence.startswith("重污染天气基本消除的目标") for t in got)


def test_review_from_this_year_on_starts_what_a_report_proposes():
    # (review) `从今年起`, a time run from now, is no look back: the report's figures stay goals
    from qingshan.extract.document import extract_document
    page = ("发布时间:2024-01-19\n1月18日,某市政府印发《某市城市排水设施建设三年行动方案》。\n"
            "方案提出,从今年起,全市每年新建和改造排水管网200公里,每年淘汰治理老旧车辆1万辆。\n")
    rows = extract_document("p", page)
    assert [m["kind"] for m in rows["metrics"]] == ["target", "target"] and len(rows["tasks"]) == 2


def test_review_principles_effects_and_roles_leave_dated_commitments_alone():
    for text, deadline in (("坚持“统筹规划、分步实施”的原则,今年将全面完成城区雨污分流改造。", dt.date(2023, 12, 31)),
                           ("6月底前,全市35座乡镇污水处理站要全部建成投运并发挥作用。", dt.date(2023, 6, 30)),
                           ("按照计划,该项目的建设将分三期推进,2025年全部建成投运。", dt.date(2025, 12, 31)),
                           ("今年,全市农村生活污水治理的推进将新增治理村庄150个。", dt.date(2023, 12, 31)),
                           ("今年,试点工作完成后,将在全市推广实施,覆盖50个乡镇。", dt.date(2023, 12, 31))):
        assert [t.deadline for t in tasks("某市\n\n" + text, ref=dt.date(2023, 6, 8))] == [deadline], text
    # (a list's head naming its principles opens the list)
    from qingshan.extract.document import extract_document
    page = "某市召开会议\n会议指出,按照“突出重点、分类施策”的原则,今年将重点做好以下工作:\n一是完成120家企业深度治理;\n二是新建污水管网50公里。"
    assert len(extract_document("p", page)["tasks"]) == 2


def test_exhortations_at_a_meeting_deploying_the_years_work_stay_vague():
    ts = tasks("某省召开河湖长联席会议\n\n会议部署2022年河湖管理保护重点工作。会议强调,要精准施策、重点发力,统筹山水林田湖草沙等生态要素,"
               "推进河湖治理体系和治理能力现代化,让每条河流都成为造福人民的幸福河,为全省生态环保工作作出应有的贡献。"
               "2022年底前,全面完成河湖划界工作。", ref=dt.date(2022, 7, 13))
    assert [t.deadline for t in ts] == [dt.date(2022, 12, 31)] and "划界" in ts[0].evidence


def test_a_deadline_heading_a_colon_list_dates_its_items():
    ts = tasks("某省启动危险废物专项整治三年行动\n\n此次专项整治三年行动将持续至2022年12月,整治内容包括:建立完善危险废物环境重点监管"
               "单位清单;开展危险废物规范化环境管理排查整治;严厉打击危险废物环境违法行为等,共七个方面。", ref=dt.date(2020, 7, 25))
    assert len(ts) == 3 and {t.deadline for t in ts} == {dt.date(2022, 12, 31)}  # (the head leads the first item)
    assert ts[0].evidence.endswith("建立完善危险废物环境重点监管单位清单")
    ts = tasks("某省启动危险废物专项整治三年行动\n\n此次全省危险废物专项整治三年行动将持续至2022年12月,整治内容包括:建立完善危险废物"
               "环境重点监管单位清单;开展危险废物规范化环境管理排查整治。", ref=dt.date(2020, 7, 25))
    assert len(ts) == 2 and ts[0].evidence.startswith("此次")  # (the head, no task of its own, leads the first item)
    # (a deadline further back in the sentence than the list's head does not date it)
    ts = tasks("某省生态环境工作\n\n2022年12月底前完成整改,对群众反映的问题,经核查,处理情况如下:督促企业加强管理;开展回头看检查。",
               ref=dt.date(2022, 7, 25))
    assert not [t for t in ts if "回头看" in t.evidence]


def test_a_five_year_plans_period_opening_the_sentence_dates_its_commitments():
    ts = tasks("某省规划\n\n3月1日,省政府新闻办举行新闻发布会。\n\n“十四五”期间,我省将完成柴油货车污染治理,加快发展新能源车辆。",
               ref=dt.date(2022, 3, 1))
    assert [t.deadline for t in ts] == [dt.date(2025, 12, 31)] * 2
    # (a plan's years heading a page set no deadline of their own; a period over is no deadline)
    assert tasks("某省规划\n\n3月1日,省政府新闻办举行新闻发布会。\n\n“十三五”期间,我省完成柴油货车污染治理。", ref=dt.date(2022, 3, 1)) == []


def test_review47_what_someone_says_after_a_colon_is_no_list_and_a_tally_under_a_plan_period_no_commitment():
    ts = tasks("某市整改\n\n2022年6月底前完成整改,市生态环境局局长表示:下一步将加强日常监管;持续开展回头看。", ref=dt.date(2022, 3, 1))
    assert [t.deadline for t in ts if "回头看" in t.evidence] == []
    assert any(t.deadline == dt.date(2022, 6, 30) for t in ts)
    for text in ("“十四五”期间,我省已建成污水处理厂20座,下一步将继续加快建设乡镇污水管网。",
                 "据介绍,“十四五”期间我省累计投入资金50亿元,将继续完善污水收集管网。"):
        assert tasks("某省\n\n3月1日,召开发布会。\n\n" + text, ref=dt.date(2023, 3, 1)) == [], text
    ts = tasks("某市\n\n2022年底前,全市推进中央环保督察反馈问题整改任务落实。", ref=dt.date(2022, 3, 1))
    assert [t.deadline for t in ts] == [dt.date(2022, 12, 31)]  # (only key tasks in general are vague)


def test_review47b_a_colon_after_a_lists_head_word_opens_it():
    ts = tasks("某省\n\n此次专项行动将持续至2022年12月,重点工作:建立危险废物清单;开展规范化管理排查整治。", ref=dt.date(2022, 3, 1))
    assert [t.deadline for t in ts] == [dt.date(2022, 12, 31)] * 2


def test_a_ledgers_status_is_no_commitment():
    ts = tasks("某市整改\n\n截至目前,2017年底前须完成的整改任务已完成21项;分阶段推进整改并要求今年达到序时进度要求15项,"
               "我市提前完成整改交账5项,其余10项均达到序时进度要求。", ref=dt.date(2018, 3, 19))
    assert not [t for t in ts if "其余10项" in t.evidence]
    # (a demand to be on schedule this year is one)
    ts = tasks("某市整改\n\n对分阶段推进的整改任务,要求今年达到序时进度要求15项。", ref=dt.date(2018, 3, 19))
    assert [t.deadline for t in ts] == [dt.date(2018, 12, 31)]


def test_a_tally_of_what_concerns_a_place_is_no_commitment():
    ts = tasks("某市印发督察整改方案\n\n2022年3月1日,市委、市政府制定出台该方案。\n\n突出问题导向 逐项明确整改措施\n\n"
               "该《方案》认真对照《某省贯彻落实第二轮中央生态环境保护督察报告整改方案》涉及我市的10项整改任务\n\n"
               "《方案》确定了到2022年底完成全部整改任务。", ref=dt.date(2022, 3, 1))
    assert not [t for t in ts if "涉及我市" in t.evidence]


def test_review_mends_of_the_split_at_a_list_mark_and_of_comparatives_by_yu():
    """(review) a goal's own change after `、` is the same goal (`降至35微克/立方米、比2020年下降12%`); `不晚于`, `最晚于` set a
    deadline, not a base of comparison; an attributive year is no time of a goal joined by `、`."""
    ts = tasks("某市规划\n\n到2025年,全市PM2.5平均浓度降至35微克/立方米、比2020年下降12%。", ref=dt.date(2023, 3, 1))
    assert len(ts) == 1
    ts = tasks("某市方案\n\n各地要不晚于2025年底完成35蒸吨以下燃煤锅炉淘汰。各地最晚于2024年6月底前完成燃煤锅炉淘汰。",
               ref=dt.date(2023, 3, 1))
    assert [t.deadline for t in ts] == [dt.date(2025, 12, 31), dt.date(2024, 6, 30)]
    ts = tasks("某市方案\n\n到2025年底,纳入2023年考核的断面水质优良比例达到90%、劣V类水体比例下降到0。", ref=dt.date(2023, 3, 1))
    assert ts[-1].evidence == "劣V类水体比例下降到0" and ts[-1].deadline == dt.date(2025, 12, 31)


def test_months_named_without_a_year_inside_a_goal_are_no_deadline_of_their_own():
    """`到2025年,全市5月至9月臭氧浓度下降5%`: which months, in 2025 (the review's probe); a deadline of its own still is one
    (`…,6月底前完成排查`)."""
    ts = tasks("某市方案\n\n到2025年,全市5月至9月臭氧浓度下降5%、优良天数比率达到85%。", ref=dt.date(2023, 3, 1))
    assert [t.deadline for t in ts] == [dt.date(2025, 12, 31), dt.date(2025, 12, 31)]
    ts = tasks("某市方案\n\n今年,全市要在9月底前完成锅炉改造。", ref=dt.date(2023, 3, 1))
    assert [t.deadline for t in ts] == [dt.date(2023, 9, 30)]
    # (nor a year qualifying a thing: `纳入2023年考核的断面`, `2024年排查出的问题`)
    ts = tasks("某市方案\n\n到2025年底,纳入2023年考核的断面水质优良比例达到90%。到2025年,完成2024年排查出的问题整改。",
               ref=dt.date(2023, 3, 1))
    assert [t.deadline for t in ts] == [dt.date(2025, 12, 31), dt.date(2025, 12, 31)]
