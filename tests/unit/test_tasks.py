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
    # but they stay in the evidence of the commitment they qualify
    assert _plan("持续开展执法大练兵,提升执法能力。") == ["持续开展执法大练兵,提升执法能力"]


def test_actions_joined_by_a_list_mark_are_separate_commitments():
    ts = tasks("工作要点\n\n2024年,重点做好受污染耕地安全利用核算、配合做好地下水采样监测、完成全年366个村庄生活污水治理。",
               ref=dt.date(2024, 1, 1), stated=False)
    assert [t.target_value for t in ts] == [None, None, 366]
    # a list of nouns after a verb is one commitment
    assert len(_plan("著力提升执法、应急、宣教、监测、信息化水平,完成235家企业用地调查。")) == 1


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
