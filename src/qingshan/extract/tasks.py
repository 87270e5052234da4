"""Commitments with deadlines or targets: forward-looking clauses of plans and work reports.

A clause looks forward when it has a cue (`要`, `将`, `力争`, `确保`, `…前完成`, `到…年`), follows one in
its sentence (`要加强A,深化B`), is an item of a list a forward-looking sentence opens (`…实施9个专项
行动:一是…;二是…`, `;`-joined items), or sits in a forward-looking section: a plan document, a
heading announcing goals, the items of a dated work plan (a title naming one year, `…2022年度…
分解方案`; a sentence opening a year's plan, `2023年,我们要…`, until another period or speaker),
or a period still to come. The period the page is written in (`今年`, `5月`) looks ahead only when
a plan opens it. Report-card clauses are not tasks: past cues (`已`, `了`, `累计`), measurements and
comparisons (`浓度为…`, `比上年下降`; dbt_project/seeds/task_report_cues.csv), a news item's dateline
(`5月31日上午,`), and anything framed by a period already over. Questions, preambles (`为…,制定本
方案`), notices' names and a site's menu bars are none.

A sentence is cut into clauses (commas, semicolons, and `、`/`并` between two actions), each given
a part: a commitment (an action with something checkable, or a goal after a label or stated as a
level: `水环境质量目标:…不低于50%`, `达到或好于Ⅱ类`), a lead that heads the next one
(`聚焦成效差距`, `到2025年`), or a vague or short clause that qualifies its neighbour
(`提升执法能力`, `避免汛期雨水携污入河`; slogans and principles, `…从严治党`, `谱写新篇章`, `压实…责任`,
end as in dbt_project/seeds/task_vague_ends.csv, even when dated). Each commitment with its leads
and qualifiers is one task — a table's item with its own 责任单位 is one, whatever its clauses —
which needs a deadline or a quantity to reach, as the answer-key guide asks. An undated item of a
yearly plan is due at the end of that year; a plan over several years dates only what states a
deadline. `responsible` is the item's field, a `由…负责`, or the opening subject, only when it is
organisation-shaped (is_org_shaped).
"""
from __future__ import annotations

import dataclasses
import functools
import itertools
import re

from ..dictionaries import could_occur
from ..text.structure import SENTENCE_REACH
from ..text.timex import FIVE_YEAR_PLAN
from .context import DocContext
from .cues import (ARRANGES_WORK, ASKS, HEADING_NUMBER, LEAD_MODAL, MISSED_GOAL, MODAL, MODAL_BEFORE_VERB,
                   OWN_PLAN_KIND, PLACED, SINCE_OPENING, STRIVE, STRIVE_WORDS, issued_plans)
from .place import DATELINE
from .records import Task

_TIME_LEAD = r"(?:到|至|于)?(?:\d{4}年|今年|明年|年内)(?:年?底|年?末|\d{1,2}月底?)?(?:前|以前)?,?|年底前,?|\d{1,2}月底前,?|"
# modal verbs and adverbs before an action (`要`, `加快`): a clause led by one of them acts
_MODALS = r"要|将|需|应|继续|进一步|持续|深入|全面|大力|着力|扎实|积极|加快|不断|稳妥|有序|严格|切实|努力|全力|尽快"
_MODAL_WORD = re.compile(_MODALS)
_WILL = re.compile(MODAL)  # 将, 要 as modals (see cues.py)
_FUTURE_MODAL = re.compile(r"要|将|需|应")
# right before a time a thing is to be done at or by (`要在11月底`, `于12月底前`)
_DUE_AT = re.compile(r"(?:在|于|到|至)$")
# a modal and the manner of the act it governs, before the act's verb (`应按规定建成`, `要按时完成`, `须依法关闭`)
_MODAL_IN_MANNER = re.compile(r"(?:应当?|要|须|需|必须)(?:按照?(?:规定|要求|时|期|计划|标准|程序)|依法|依规|如期)")
_LEAD = re.compile(r"^(?:" + _TIME_LEAD + r"\s+|[\u4e00-\u9fff]{2,6}[:：]|[\u4e00-\u9fff]{2,10}(?:目标|指标)[:：]|[一二三四五六七八九十]+是|[（(][一二三四五六七八九十]+[)）]|\d+[.、]|[①-⑳]|同时|此外|另外|并|还|"
                   r"要求|" + _MODALS + r"|坚决|坚持不懈|持之以恒|坚定不移|特别|重点|全市|全区|各区|各级|我市|我区|"
                   r"[\u4e00-\u9fff]{2,12}?(?=" + LEAD_MODAL + r"))+")
_SAME = 8  # two commitments sharing this many characters in a row are one
_DATELINE = re.compile(r"(上午|下午|晚间|晚上|晚|早上|凌晨)?[,，]")  # `5月31日上午,`: the day of a news item
_PLANNED_FOR = re.compile(r"(计划|将|拟|预计|力争|确保|要)于")
_WITHIN_YEAR = re.compile(r"\d{4}年内")  # `2018年内完成…`: by the end of that year
_ITEM_HEADING = re.compile(r"^[一二三四五六七八九十]+是")
_ENUMERATOR = re.compile(r"^([一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．]|[①-⑳])")
_QUESTION = re.compile(r"(吗|呢|什么|哪|如何|怎样|怎么|多少|几|是否|有没有)[^,，。]{0,12}[?？]\s*$")  # a question (`记者:今年治理的重点在哪里?`) commits to nothing
# a preamble: the purpose of the document and its issuing (`为深入打好…,制定本方案。`, `…分解如下:`), not a
# commitment to carry it out (`为确保本实施方案各项任务落实到位,各县要于2024年6月底前…`)
_PREAMBLE = re.compile(r"^为了?(?!期)[^。]*((?:制定|制订|编制|出台|拟定|形成|印发)本" + OWN_PLAN_KIND + r"(方案|计划|办法|意见|要点|细则|通知)"
                       r"|如下[:：]?$|特制定|印发给你们)"
                       # a notice handing its plan on (`…现印发给你们,请结合实际,认真组织实施。`), wherever it opens
                       r"|^[^。]*(?:印发|转发)给你们[^。]*(?:。\s*)?$|^请[^。]{0,8}(?:认真|遵照)[^。]*(?:。\s*)?$")
# a document's name (`…关于印发…方案的通知`) is no commitment
_DOCUMENT_NAME = re.compile(r"(?<![《“])关于[^,，;；。]{2,60}的(通知|意见|决定|批复|函|报告)")
_EXHORTATION = re.compile(r"^(坚持|坚决|必须|始终|牢固树立|深入学习|认真学习|贯彻|学习|以习近平|按照|围绕|立足|把|对标|"
                          r"会议|他说|他指出|他强调|据了解|目前|近年来|"
                          # an attitude to hold (`要深刻把握…新要求`, `要提高站位`, `统一思想`, `增强…意识`): nothing to deliver
                          r"(?:深刻|准确|牢牢|全面|充分|切实|深化)?(?:把握|认识|领会|理解)|提高(?:政治)?站位|统一思想|增强[^,，。;；]{0,10}意识)")
# `根据…,结合我县实际,制定本工作方案`: the plan stating why it was written, no commitment in it
_SELF_REFERENCE = re.compile(r"(?:特|现)?(?:制定|制订|编制)本(?:工作|实施|行动|专项)?(?:方案|计划|意见|办法|细则|规划)$")
# a plan's words naming what follows its goals (`《整改方案》提出了整改目标,即到2020年`): no goal itself
# (a plan stated them, `提出了`; not a commitment to set them, `年底前要明确整改目标`)
_NAMES_WHAT_FOLLOWS = re.compile(r"[^,，。;；:：\d]{1,12}(?:要求|提出|明确|规定)了[^,，。;；:：\d]{0,8}(?:目标|任务)"
                                 r"(?:[,，]即(?:到|至)?\d{4}年(?:底|末)?)?$")
# a label of the goals that follow (`据悉,2022年江苏环境保护主要目标是,PM2.5浓度降至…`): it heads them, commits to nothing
_GOALS_LABEL = re.compile(r"^(?:据悉[,，])?[^,，。;；:：]{0,24}(?:主要|总体|工作)?(?:目标|任务)(?:是|为)$")
# a meeting's agenda (`会议全面总结2024年…工作,研究分析…形势,安排部署2025年重点任务`) reports what the
# meeting did, up to what it asks for (`会议要求,…`)
_AGENDA = re.compile(r"^会议(?:全面|认真|系统|深入|集中)?(?:总结|回顾|听取|审议|研究|通报|传达|学习|分析|部署|安排)")
_AGENDA_ASKS = re.compile(r"^(?:会议)?(?:要求|强调|指出|提出|明确|号召|决定)")
# a clause that names what the next ones work on (`聚焦入海河流消劣`, `抓运输领域`)
_FOCUS = re.compile(r"^(聚焦|围绕|紧盯|盯住|紧扣|瞄准|抓(?![好紧实住])|以[^,]{1,20}为(主线|统领|引领|抓手|重点|核心|导向))")
# a result to reach (`优良水质比例达到国家要求`, `重污染天数持续下降`, `比例不低于50%`, `污染天数得到有效控制`)
_RESULT = re.compile(r"保持|下降|削减|提升|提高|达到|恢复|不出现|稳中有升|稳中向好|(?<!投资)(?<!规模)(?<!面积)(?<!能力)(?<!总长)(?<!长度)(?<!容量)达(?=\d)|稳定|以下|以内|改善|好转|不低于|不高于|不超过|不少于|"
                     r"不得低于|不得高于|不得超过|控制在|控制|管控|遏制|"
                     r"(?:增加|增长|减少|压减|缩减|扩大)(?:到|至)|[增减降]至|降到")  # (a level to go to: `增加到2020年的6300吨/日`)
# a label that names a goal or an indicator (`水环境质量目标:`, `生态保护指标:`): what follows is a goal
_LABEL = re.compile(r"(目标|指标|任务)[:：]$")
# a level to reach stated without a number (`水质达到或好于Ⅱ类`, `比重达到年度评价考核要求`)
_LEVEL = re.compile(r"(达到|优于|好于|符合|满足)[^,，;；]{0,16}?([ⅠⅡⅢⅣⅤ]+类(标准)?|要求|标准)$")
# a clause saying what the one before is for (`为…贡献更大力量`, `避免汛期雨水携污入河`, `既…又…`)
_PURPOSE = re.compile(r"^(为(?!期)|以(?!上|下|内)|助力|避免|从而|进而|既|又|做到|实现|从源头上)")
# a modal ending the clause's lead makes `实现…`, `做到…` its goal, not a purpose (`到2020年,上海所有区要实现…全覆盖`)
_AIMED = re.compile(r"(?:要|将|需|须|应|" + "|".join(STRIVE_WORDS) + r")$")
# advice to others (`鼓励企业创建A级绩效`, `倡导绿色出行`): GUIDE, no task
_ADVICE = re.compile(r"^(鼓励|倡导)")
# what a work will bring once done (`工程实施后,将提高河道的防洪排涝能力`, `项目建成投运后,可…`): an effect foreseen, no
# commitment of its own
_EFFECT = re.compile(r"^[^,，。;；]{0,20}?(?:实施|建成|完成|投运|投用|投入使用|投产|运行|竣工|完工)后[,，]?(?:将|可|能|预计)")
# or what doing it will bring, a verb of effect after it (`据了解,试点项目的实施,将有效改善…`; not a plan told so, `该项目
# 的建设将分三期推进`, nor after a time leading it, `今年,…的推进将新增治理村庄150个`)
_EFFECT_OF_DOING = re.compile(r"^(?!今年|明年|下一步|\d{4}年)(?:[^,，。;；]{0,8}[,，])?[^,，。;；]{0,20}?的(?:实施|建设|建成|投运|推进|开展)"
                              r"[,，]?(?:将|可|能)(?:有效|进一步|显著|极大|大大|明显)?"
                              r"(?:改善|提升|提高|减少|降低|带动|助力|缓解|推动|促进|增强)")
# what something means for what it serves (`将对加强洞庭湖生态环境保护、控制…起到重要作用`, `为…奠定坚实基础`): a clause
# (up to its comma: parts joined by 、 are one clause here) of 对/为 and the role (not `…建成投运并发挥作用`, an act)
_SIGNIFICANCE = re.compile(r"^[^,，。;；]{0,12}?(?:将|可|能|也|更|这|此)?(?:对|为)[^,，。;；]*?"
                           r"(?:(?:起到|发挥)[^,，。;；]{0,8}作用|奠定[^,，。;；]{0,8}基础|具有[^,，。;；]{0,8}意义)$")
# a subject and its end state (`我市农村黑臭水体全部销号`, `117台燃煤锅炉全部关停整合`)
_DONE_END = re.compile(r"(全部|基本|均|如期|按期)[\u4e00-\u9fff]{2,4}$")
# verbs whose object is done or not by a deadline: with one, a field word at the end (`防治`, `风险`,
# `问题`) is what is finished, not a vague aim
_COMPLETIVE_VERBS = r"完成|建成|排查|解决|消除|取缔|关停|淘汰|销号|办结|化解|处置"
_COMPLETIVE = re.compile(r"^(全面|基本|全部)?(" + _COMPLETIVE_VERBS + ")")
# an end reached in full after a subject (`…城镇内河基本消除劣V类水体`, `…全部完成整改`)
_SUBJECT_DONE = re.compile(r"(?<![未没不])(?:基本|全面|全部|彻底)(?:" + _COMPLETIVE_VERBS + r"|实现)(?!的)")
# (not `还未彻底解决`, nor a modifier: `重污染天气基本消除的目标更加巩固`)
_DOCUMENT_END = re.compile(r"(计划|方案|纲要|规划|意见|办法|清单|要点)$")
_FIELD = re.compile(r"^(强化|加强|完善|深化)")
# the fields of a rectification list's item: who and by when, not commitments themselves
_ITEM_FIELD = re.compile(r"^(牵头单位|责任单位|配合单位|牵头部门|责任部门|责任领导|责任人|整改时限|完成时限|完成时间|时限要求)\s*[:：]")
_ITEM_PART = re.compile(r"^(整改|工作|主要)?(目标|措施|任务|内容|要求)\s*[:：]")
_TIME_LIMIT = re.compile(r"(整改时限|完成时限|完成时间|时限要求)\s*[:：]\s*")
# the field's value runs to the end of its line or bracket; a unit's short note in brackets is part of it
# (`各县(市、区)人民政府`, `市工业和信息化局(牵头)`)
_RESPONSIBLE = re.compile(r"(牵头单位|责任单位|牵头部门|责任部门)\s*[:：]\s*((?:[^。;；\n()（）]|[(（][^()（）\n]{0,10}[)）]){2,80})")
_UNIT_NOTE = re.compile(r"[(（](?:牵头|负责|配合|按职责分工负责|督办)[)）]")
_SUBJECT = re.compile(r"^(?P<s>[\u4e00-\u9fff]{2,20}?)(要|将|力争|需|应)")
_NEXT_STEP = re.compile(r"^[^,，。]{0,12}?(下一步|下步|今后|接下来|下一阶段)")
_PLAN_HEADING = re.compile(r"措施|任务|目标(?!责任考核|考核|责任制)|重点工作|工作安排|下一步|计划|要点|部署|打算")
# a heading telling its plan met or its assessment won (`…荣获…目标责任考核优秀单位`, `圆满完成年度目标任务`): a record
# (the verb close before the plan's word, not one aimed at: `确保完成2022年度目标任务的主要措施` heads a plan)
_HEADING_DONE = re.compile(r"(?<!确保)(?<!力争)(?<!争取)(?<!为)(?:完成|荣获|获评|获得|实现|超额|达成|评为)[^,，。;；]{0,8}$")


def _verbs(ctx: DocContext) -> re.Pattern:
    """The verbs that open a commitment (task_verbs.csv: 推进, 完成, 新建 …)."""
    return re.compile("|".join(sorted(ctx.dicts.task_verbs, key=len, reverse=True)))


_GENERIC = {"industry", "governance", "enforcement"}


def category_of(ctx: DocContext, text: str) -> str:
    """The policy area whose keyword comes first in the commitment (task_categories.csv); an
    environmental medium (air, water, soil...) outranks the generic areas (industry, governance,
    enforcement), which describe how rather than what."""
    best = None
    categories = ctx.dicts.task_categories
    for k in could_occur(ctx.dicts.task_category_index, text):
        kw, cat = categories[k]
        i = text.find(kw)
        if i != -1:
            rank = (cat in _GENERIC, i)
            if best is None or rank < best[0]:
                best = (rank, cat)
    return best[1] if best else "other"


def _category_in_context(ctx: DocContext, core: str, evidence: str, sent) -> str:
    """The commitment's own area; failing that, or when it is only a generic one (`企业` →
    industry), the medium its sentence or heading is about (`力争小于43微克/立方米` in a sentence
    on PM2.5; `推动37家油品仓储企业实施排查改造` under a VOCs heading)."""
    cat = category_of(ctx, core)
    if cat == "other":
        cat = category_of(ctx, evidence)
    if cat == "other" or cat in _GENERIC:
        heading = sent.heading_path.split(" > ")[-1] if sent.heading_path else ""
        for around in (sent.text, heading):
            found = category_of(ctx, around)
            if found != "other" and (cat == "other" or found not in _GENERIC):
                return found
    return cat


_PAIRS = {"“": "”", "(": ")", "（": "）", "《": "》", "「": "」"}


_PIECE_END = re.compile(r"[、,，;；。]|$")
_ATTRIBUTIVE_TIME = re.compile(r"(?:度)?[^,，。;；、\d]{0,6}的")  # a time qualifying the noun after it (`2023年考核的断面`)
# a goal of its own after `、`, its subject, verb and figure (`PM2.5浓度控制在国家下达目标以内、空气质量优良天数比率达到80%`)
_GOAL_VERB = re.compile(r"达到|控制在|不低于|不高于|不超过|不少于|保持在|下降|降低|降至|提高|提升|增加|减少")
# (not the same goal's change: `降至35微克/立方米、比2020年下降12%`)
_GOAL_OF_ITS_OWN = re.compile(r"(?!比|较|同比|与|和)[\u4e00-\u9fffA-Za-z0-9.]{2,20}?(?:" + _GOAL_VERB.pattern + r")[^、,，;；。]{0,6}?\d")


@functools.lru_cache(maxsize=8)
def _longest_verb(verbs: re.Pattern) -> int:
    return max(len(v) for v in verbs.pattern.split("|"))


class _VerbSince:
    """Whether a task verb occurs in sentence[start:end], for a start that stays put while the end
    moves on: each call searches only the text the previous call with that start has not seen,
    so a long run of `、` costs time linear in its length."""

    def __init__(self, sentence: str, verbs: re.Pattern):
        self.sentence, self.verbs = sentence, verbs
        self.longest = _longest_verb(verbs)
        self.start, self.seen_to, self.found = -1, -1, False

    def __call__(self, start: int, end: int) -> bool:
        if start != self.start:
            self.start, self.seen_to, self.found = start, start, False
        if not self.found:
            self.found = bool(self.verbs.search(self.sentence, max(start, self.seen_to - self.longest + 1), end))
            self.seen_to = end
        return self.found


_CUT_CANDIDATES = re.compile("[" + re.escape("".join(_PAIRS) + ",，;；、并") + "]")


def _clauses(sentence: str, verbs: re.Pattern) -> list[tuple[int, int]]:
    """The sentence cut at every comma and semicolon outside short quotes and brackets (names,
    slogans: `“抢回时间,完成目标”`), and before `、` or `并` joining two actions (`完成A、配合做好B`,
    `完成C并启动D`) rather than two nouns; `_group` puts the pieces of one commitment together."""
    cuts, skip_to = [0], 0
    verb_since = _VerbSince(sentence, verbs)
    for m in _CUT_CANDIDATES.finditer(sentence):  # the only characters the loop acts on
        i, ch = m.start(), m.group()
        if i < skip_to:
            continue
        if ch in _PAIRS:
            close = sentence.find(_PAIRS[ch], i + 1, i + 21)
            if close > 0:  # a name or a slogan within 20 characters; a quoted speech is cut as usual
                skip_to = close + 1
                continue
        if ch in ",，;；":
            cuts.append(i + 1)
        elif ch in "、并" and i > cuts[-1] and verb_since(cuts[-1], i):
            rest = sentence[i + 1:_PIECE_END.search(sentence, i + 1).start()]
            lead = _LEAD.match(rest)
            verb = verbs.match(rest[lead.end():] if lead else rest)
            if (verb and len(rest) - (lead.end() if lead else 0) >= len(verb.group()) + 2) \
                    or (ch == "、" and _GOAL_OF_ITS_OWN.match(rest) and _GOAL_VERB.search(sentence, cuts[-1], i)):
                # (not `执法、监测、信息`; a goal after `、` cuts only after a goal: not `茶水炉、…等燃煤设施淘汰率达到60%`)
                cuts.append(i + 1 if ch == "、" else i)
    cuts.append(len(sentence))
    return [(a, b) for a, b in itertools.pairwise(cuts) if b > a]


def _plan_heading(path: str) -> bool:
    """A heading over the sentence names a plan, its tasks or its measures (`二、重点任务`, `下一步工作打算`)."""
    return any(not _HEADING_DONE.search(part, 0, m.start())
               for part in path.split(" > ") for m in _PLAN_HEADING.finditer(part))


def _next_step_start(ctx: DocContext, paragraph_index: int) -> int | None:
    """Where the first sentence of a paragraph that opens with `下一步` (or the like) starts; read
    once per paragraph, as every sentence of it asks."""
    key = ("next_step", paragraph_index)
    if key not in ctx._memo:
        ctx._memo[key] = next((x.start for x in ctx.sentences_of(paragraph_index) if _NEXT_STEP.match(x.text)), None)
    return ctx._memo[key]


def _section_looks_ahead(ctx: DocContext, sent) -> bool:
    if ctx.frame.under_report_heading(sent):
        return False  # `一、重点工作完成情况` of a page that plans too: the record of what was done
    if ctx.doc_type == "plan" or _plan_heading(sent.heading_path):
        return True
    if ctx.cues.opens_target.search(sent.text):
        return True
    if ctx.frame.proposed(sent):
        return True  # `报告提出:…`: the paragraph tells what a document proposes
    opened = _next_step_start(ctx, sent.paragraph_index)
    if opened is not None and opened <= sent.start:
        return True  # `下一步,我们将重点抓好三方面工作。一是…`
    if plan_frame(ctx, sent) is not None:
        return True  # an item of a dated work plan (`将乐县2022年度…分解方案`, `2023年,我们要…`)
    return frame_looks_ahead(ctx, sent)


def frame_looks_ahead(ctx: DocContext, sent) -> bool:
    """The period the sentence speaks of is still to come, or opens a plan (`2024年,全市要…`)."""
    key = ("frame_looks_ahead", sent.start)  # asked for each clause of the sentence, by tasks and events
    if key not in ctx._memo:
        ctx._memo[key] = _frame_looks_ahead(ctx, sent)
    return ctx._memo[key]


def _frame_looks_ahead(ctx: DocContext, sent) -> bool:
    frame = ctx.opening_time(sent) or ctx.context_time(sent)  # `2024年,“我们将…,建设…”`
    if frame is None or frame.date_end is None or ctx.ref is None or frame.precision == "since":
        return False  # (a tally to now, `今年以来,某区持续将…延伸`, tells what was done)
    # (of a news page only the year is known, the year it reports on: its months are no future)
    unknown_month = ctx.ref_year_only and ctx.doc_type != "plan" and frame.date_start is not None \
        and frame.date_start.year == ctx.ref.year
    if frame.date_start and frame.date_start > ctx.ref and not unknown_month:
        return True  # a period still to come (`明年`, `下半年` in a June article)
    if ctx.frame.is_over(frame):
        return False
    # the period the page is written in (`今年`, `5月`) frames what is reported as well as what is
    # planned: only a plan opening it makes the section look ahead (`2024年,全市要…`)
    if ctx.text[frame.start:frame.end] == frame.text:
        return bool(_PLAN_OPENS.match(ctx.text, frame.end))
    for part in sent.heading_path.split(" > "):  # a time of a heading (offsets into the heading)
        i = part.find(frame.text)
        if i != -1 and _PLAN_OPENS.match(part, i + len(frame.text)):
            return True
    return False


# what follows a year that opens a work plan (`2024年,全市要…`, `2020年全局将…`, `全年重点实施…`)
# (重点 before what is to be done, `重点实施`, `重点是`: not `重点河流`, `重点企业`, the key ones of a report;
# 要 the modal, not the end of `主要`, `重要`: `2021年48个主要河流…`)
# (or names the year's goals or tasks further on: `今年大气污染防治工作的主要目标为…`)
_PLAN_OPENS = re.compile(r"[,，]?[^,，。;；:：]{0,8}?((?<![主重只想纲摘概])要|将" + PLACED + r"|必须|力争|争取|确保|计划|拟|目标|"
                         r"重点(?!河|湖|企业|行业|区域|流域|城市|地区|领域|断面|单位|排污|污染源|监管|人群))"
                         r"|[,，]?[^,，。;；:：]{0,16}?的?(?:主要目标|工作目标|重点任务)(?:是|为)")
# a clause telling a result (`…,已完成整治248个`, `…,超额完成年度整治任务`)
_RESULT_CLAUSE = re.compile(r"[,，;；](?:已|累计|共计|超额完成|完成了|实际)")
_SPEAKER = re.compile(r"^[\u4e00-\u9fff]{2,4}[:：]")  # a turn of a transcript (`孙守亮:`)
_PLAN_REACH = 12  # paragraphs back a sentence opening a year's plan is looked for
_TITLE_REACH = 80  # paragraphs back a plan's title is looked for (a table's items and fields are many)
_TRAILING_NOTE = re.compile(r"[(（][^()（）]{0,12}[)）]$")  # `…目标责任书(2022年)`, `(征求意见稿)`


@functools.lru_cache(maxsize=8)
def _compiled(patterns: tuple[str, ...]) -> re.Pattern | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


def _plan_title_year(ctx: DocContext, line: str):
    """The one year of a work plan a title-like line names (`将乐县2022年度…目标责任书分解方案`,
    `…目标责任书(2022年)`); None for a plan over several years (`三年行动计划(2018—2020年)`),
    whose items carry no deadline unless they state one."""
    line = line.strip(" ·-—《》“”")
    if not line or len(line) > 60 or _PROSE_MARK.search(line):
        return None
    core = _TRAILING_NOTE.sub("", line)
    if not core.endswith(ctx.dicts.task_plan_documents):
        return None
    times = [t for t in ctx.times_of_text(line) if t.date_end]
    years = [t for t in times if t.precision == "year" and not t.approximate and not t.is_deadline]
    if len(years) != 1 or len(times) != 1:
        return None
    return years[0]


# a year's work plan named as what is laid out (`…向与会媒体通报了2020年成都市生态环境系统的重点工作`), or a work plan's
# own preamble arranging a year's work (`现对2024年全市生态环境工作作出如下安排。`)
_NAMED_PLAN = re.compile(r"(?:通报|部署|安排|介绍|发布|明确|研究)了?(?P<year>\d{4}年度?)[^,，。;；]{0,20}?的?"
                         r"(?:重点工作|重点任务|工作要点|工作安排|工作计划)|" + ARRANGES_WORK
                         # (or what this year's government work report proposes: `今年的自治区政府工作报告中提出:`)
                         + r"|(?P<report_year>\d{4}年|今年)的?[^,，。;；:：]{0,12}政府工作报告中?(?:提出|明确|要求)[:：]")
_PLAN_YEAR = re.compile(r"\d{4}年度?")



def _named_plan_year(ctx: DocContext, x):
    """The year of a work plan a sentence says it lays out or issues; what follows in the text are
    its items."""
    m = _NAMED_PLAN.search(x.text)
    # (issuing is the page's news only in its lead paragraph, and only on a plan's page or one telling the plan's
    # content, `方案明确,…`: `制定印发《廊坊市2024年…方案》,明确…` in a report, or a report's lead `今年初,市政府印发
    # 《…》`, tells work done)
    # (the lead's paragraph: a headline's words may open it, `全年不出现重污染天。…行署日前印发的《…计划》…`; not a plan
    # followed, `按照行署印发的《…计划》要求`)
    lead = ctx.lead_sentence
    in_lead = lead is not None and x.paragraph_index == lead.paragraph_index
    # (a year's plan the lead says is issued: `葫芦岛市人民政府发布《…美丽葫芦岛建设2023年行动计划》,…`)
    issued = None if m or not in_lead or not (ctx.doc_type == "plan" or _tells_plan(ctx)) \
        else next(issued_plans(x.text), None)
    if m is None and issued is None:
        return None
    # (a year inside the plan's 《name》 is no time of the text: read it on its own)
    if issued:
        times = ctx.times_of_text(issued.group("year"))
    else:
        year = m.span("year") if m.group("year") else m.span("report_year") if m.group("report_year") else (
            y.span() if (y := _PLAN_YEAR.search(x.text, *m.span("arranged"))) else None)
        times = ctx.times_in(x.start + year[0], x.start + year[1]) if year else []
    return next((t for t in times if t.precision == "year" and not t.approximate and t.date_end), None)


def _tells_plan(ctx: DocContext) -> bool:
    """The page tells a plan's content (`方案明确,全市完成50台…`, `《计划》提出,…`): asked of clauses, read once."""
    if "tells_plan" not in ctx._memo:
        ctx._memo["tells_plan"] = any(_PLAN_TOLD.match(x.text) for x in ctx.structure.sentences)
    return ctx._memo["tells_plan"]


# (or lists its tasks or goals: `《计划》从5个方面确定了重点任务:`, `方案确定了大气污染防治主要目标,2018年全市…`)
_PLAN_TOLD = re.compile(r"《?(?:方案|计划|要点|意见)》?(?:明确|提出|要求|指出|强调|[^,，。;；:：]{0,10}?(?:确定|部署|明确|提出)了?"
                        r"[^,，。;；:：]{0,6}?(?:(?:重点任务|主要任务|重点工作)[:：]|(?:主要目标|目标任务)[:：,，]))")


def _opening_plan_year(ctx: DocContext, x):
    """(time, plan) for a time that opens sentence x, after a speaker's name or a lead clause
    (`孙守亮:2023年,我们要…`, `报告提出,2020年全局将…`), or the period the sentence speaks of after a
    report's scene (`3月21日,…召开新闻发布会,…副厅长陶某介绍,2024年辽宁将…`: timeframe's opening_time):
    plan when it is one year that a plan follows."""
    def plans(t) -> bool:
        # (not a year's planned number told with its result: `2022年全市计划完成整治数133个,已完成整治248个`)
        return t.precision == "year" and not t.approximate and not t.is_deadline and t.date_end is not None \
            and bool(_PLAN_OPENS.match(ctx.text, t.end)) and not _QUESTION.search(x.text) \
            and not _RESULT_CLAUSE.search(x.text)

    spoken_of = ctx.opening_time(x)
    if spoken_of is not None and plans(spoken_of):
        return spoken_of, True
    if spoken_of is not None and spoken_of.precision == "year" and ctx.frame.is_over(spoken_of):
        return spoken_of, False  # a year over the sentence speaks of (`会议指出2021年,…`): a record, no plan
    for t in ctx.times_in(x.start, min(x.end, x.start + 24)):
        before = ctx.text[x.start:t.start]
        if before and not (_SPEAKER.fullmatch(before) or _SHORT_LEAD.fullmatch(before)):
            continue
        return t, plans(t)
    return None, False


# a review of work done or results reached (`会议回顾了过去一年的工作`, `会议充分肯定2024年工作取得的成绩`, `公布的一组
# 数据显示:`, `…取得重大突破`): with a year over in it, what follows reports that year, even after a meeting's agenda
# naming the next year's tasks (`总结2022年工作,安排部署2023年重点任务`)
_REVIEW = re.compile(r"回顾|肯定[^,，。;；]{0,20}(?:成绩|成效|工作)|数据显示|取得[^,，。;；]{0,8}(?:成绩|成效|突破|进展|进步|成果)")


def _reviews_year_over(ctx: DocContext, x) -> bool:
    """Sentence x reviews a year over: a review's words and a year before the page's. (Asked for a sentence by its
    clauses' roles, its plan frame and every later sentence's: read once.)"""
    key = ("reviews_year_over", x.start)
    if key not in ctx._memo:
        ctx._memo[key] = bool(_REVIEW.search(x.text)) and any(
            t.precision == "year" and not t.is_deadline and ctx.frame.is_over(t) for t in ctx.times_in(x.start, x.end))
    return ctx._memo[key]


def plan_frame(ctx: DocContext, sent):
    """The year of the dated work plan a sentence belongs to — the year a task is due when it states
    no deadline: a plan title before it naming one year, or a sentence opening a year's plan
    (`2023年,我们要深入打好污染防治攻坚战。` then its items, paragraphs on). Another time opening a
    sentence, or another speaker's turn, ends the plan; a plan for a year over is none."""
    key = ("task_plan_frame", sent.start)
    memo = ctx._memo
    if key in memo:
        return memo[key]
    if _reviews_year_over(ctx, sent):
        memo[key] = None  # `会议充分肯定2024年工作取得的成绩,…比例达到92.9%`: the year reviewed, whatever plan is before
        return None
    earlier = [x for x in ctx.sentences_of(sent.paragraph_index) if x.start < sent.start]
    # (the nearest SENTENCE_REACH only: a paragraph of thousands of sentences, `。1,000` repeated, is read in linear time)
    ended, found = _plan_among(ctx, reversed(earlier[-SENTENCE_REACH:]), sent.paragraph_index)
    if not ended:  # nothing in the paragraph before the sentence: what its earlier paragraphs give
        found = _plan_before_paragraph(ctx, sent.paragraph_index, sent.article_index)
    if found is None and sent.heading_path and _PLAN_SECTION_HEADING.search(sent.heading_path.rsplit(" > ", 1)[-1]):
        # a section of the page's own plan naming its goals or tasks (`二、主要目标`), after one reviewing the year before
        # (`一、工作回顾 > 过去一年,…`): the year the plan's preamble or title names
        found = _own_plan_year(ctx, sent.article_index)
    if found is not None and ctx.ref is not None and found.date_end.year < ctx.ref.year:
        found = None
    memo[key] = found
    return found


# a plan's section of goals or tasks (`二、主要目标`, `三、重点任务`; the time frame's _GOALS_HEADING is goals only)
_PLAN_SECTION_HEADING = re.compile(HEADING_NUMBER + r"(?:主要|总体|工作|年度)?(?:目标|任务)|重点(?:任务|工作)")


def _own_plan_year(ctx: DocContext, article_index: int):
    """The year of the page's own plan: its title's (`某县2025年生态环境保护工作要点`) or the year its preamble
    arranges the work of (`现对2025年全县…工作作出如下安排`, in its first paragraphs); read once."""
    key = ("own_plan_year", article_index)
    if key not in ctx._memo:
        art = ctx.structure.articles[article_index] if ctx.structure.articles else None
        found = _plan_title_year(ctx, art.title) if art is not None and art.title else None
        if found is None:
            first = [x for x in ctx.structure.sentences if x.article_index == article_index][:6]
            found = next((y for x in first if _ARRANGES.search(x.text) and (y := _named_plan_year(ctx, x))), None)
        ctx._memo[key] = found
    return ctx._memo[key]


_ARRANGES = re.compile(ARRANGES_WORK)


def _plan_before_paragraph(ctx: DocContext, paragraph_index: int, article_index: int):
    """The plan year the paragraphs before paragraph_index (within the article, _TITLE_REACH back)
    give its sentences, else the article's title's: the same for every sentence of the paragraph,
    so read once."""
    key = ("task_plan_before", paragraph_index, article_index)
    memo = ctx._memo
    if key not in memo:
        art = ctx.structure.articles[article_index] if ctx.structure.articles else None
        pis = range(paragraph_index - 1, max(-1, paragraph_index - 1 - _TITLE_REACH), -1)
        candidates = (x for pi in pis if art is None or ctx.structure.paragraphs[pi].start >= art.start
                      for x in reversed(ctx.sentences_of(pi)))  # read as far as needed
        ended, found = _plan_among(ctx, candidates, paragraph_index)
        if not ended and art is not None:
            found = _plan_title_year(ctx, art.title)
        memo[key] = found
    return memo[key]


def _plan_among(ctx: DocContext, candidates, paragraph_index: int):
    """(ended, year) reading sentences backwards from one in paragraph paragraph_index: ended when
    a plan's year is found (year), or another period or speaker ends the search (None)."""
    memo = ctx._memo
    for x in candidates:
        seen_key = ("task_plan_title", x.start)  # each sentence is asked by every later one: once
        if seen_key not in memo:
            memo[seen_key] = (_plan_title_year(ctx, x.text) or _named_plan_year(ctx, x), _opening_plan_year(ctx, x))
        year, (t, plan) = memo[seen_key]
        if year is not None:
            return True, year
        if _reviews_year_over(ctx, x):
            return True, None  # the year over reviewed (`会上公布的数据显示:2022年全省…取得重大突破`) is behind it
        if paragraph_index - x.paragraph_index > _PLAN_REACH:
            continue  # too far for a year opening a plan in prose; a title may still come
        if plan:
            return True, t
        if t is not None and not (t.precision == "year" and not t.approximate and t.date_end
                                  and (ctx.ref is None or t.date_end.year >= ctx.ref.year)):
            return True, None  # another period (`2023年以来`, `1-6月`) opens: the plan is behind it
        if _SPEAKER.match(x.text) and not _ITEM_FIELD.match(x.text) and len(x.text.strip()) > 6 \
                and x.paragraph_index != paragraph_index:
            return True, None
    return False, None


# a judgment of what doing something means (`做好今年…工作意义重大`, `…十分重要`): no commitment
_JUDGED = re.compile(r"(?:意义|责任|任务)(?:十分|非常|更加|尤为)?重大$|(?:十分|非常|尤为|至关)重要$")
# what doing a thing is (`全面推行河湖长制是践行…的重要举措`): no commitment, unless a deadline, a figure or a modal comes
# before its 是 (`年底前完成5万户清洁取暖改造是今年…的重要任务`)
_WHAT_IT_IS = re.compile(r"^(?P<head>[^,，。;；]*?)是[^,，。;；]{2,40}的(?:重要|重大|有力|有效|关键|根本|必然|必要)?"
                         r"(?:举措|抓手|创新|途径|手段|保障|基础|路径|要求|体现|内容|载体|支撑|任务|环节|工程)$")
# a statement of guiding principles or general requirements (`今年全市生态环境保护工作的指导思想是:`, `总体要求:`)
_PRINCIPLES = re.compile(r"^[^,，。;；]{0,24}(?:指导思想|总体思路|总体要求|基本原则|工作思路)(?:是|为)?[:：]")
# a sentence opening with what guides the work (`以习近平生态文明思想为指引,深入贯彻…,紧紧围绕…`): principles when it
# states no time at all (`以“双碳”目标为引领,今年全面完成…` commits)
_GUIDED_BY = re.compile(r"^(?:坚持)?以[^,，。;；]{2,30}为(?:指导|指引|统领|引领)[,，]")
# the principles a sentence states, named so anywhere in it (`…坚持以民为本、科学施策的基本原则,…`)
_STRATEGY = re.compile(r"的(?:基本|工作)?原则[,，;；。]")
_PROSE_MARK = re.compile(r"[。,，;；!?]")
_SHORT_LEAD = re.compile(r"[^,，。]{0,8}[,，]")
CLAUSE_CUT = re.compile(r"[,，;；]")  # where a clause ends (metrics reads it too)
_DEADLINE_OPENS = re.compile(r"(^|[,，;；:：])(到|至|于|在)?$")
# who strives for or plans to meet the deadline after it, as its clause's subject (`并计划于2017年12月底前,`, `某省将于…前,`)
_PLANS_FOR_IT = re.compile(r"(?:^|[,，;；:：])[\u4e00-\u9fff]{0,10}?(?:" + STRIVE + r"|计划|将|拟|预计)(?:到|至|于|在)?$")
_ALONE_AFTER = re.compile(r"(前|以前)?[,，]")
_HEADS_BEFORE = re.compile(r"[“\"]?(到|至|于|在)?")
_OPENS_BEFORE = re.compile(r"(?:^|[,，;；:：])[“\"]?(?:到|至|于|在)?$")


def _carries(text: str, t, a: int, sentence_start: int) -> bool:
    """Whether the time `t`, earlier in the sentence, dates the clause at `a`: it lies in the same
    clause (`完成A、2022年年底前完成B并启动C`), or frames the sentence — a deadline standing as a
    clause of its own (`今年12月底前,…`), a period at its start (`会议提出,今年将…`)."""
    if not CLAUSE_CUT.search(text, t.end, a):
        return True
    before = _lead_before(text, sentence_start, t.start)
    if t.is_deadline:
        return bool(_DEADLINE_OPENS.search(before) or _PLANS_FOR_IT.search(before)) and _stands_alone(text, t)
    return _opens_clause(text, t.start, sentence_start) and len(CLAUSE_CUT.findall(before)) <= 1


def _heads_its_list(text: str, t, a: int) -> bool:
    """The deadline is the last clause but one before a colon that opens the list the clause at `a` is an item of
    (`此次专项整治三年行动将持续至2022年12月,整治内容包括:建立完善…清单;开展…排查整治;…`): the items are due by it."""
    colon = _LIST_COLON.search(text, t.end, a)
    return colon is not None and len(CLAUSE_CUT.findall(text, t.end, colon.start())) <= 1


# a colon opening a list (`,整治内容包括:`, `,主要任务如下:`, `,重点工作:`), not what someone says (`局长表示:`)
_LIST_COLON = re.compile(r"(?<!表示)(?<!指出)(?<!强调)(?<!介绍)(?<![说称])(?<=[\u4e00-\u9fff]{2})[:：]")


def _stands_alone(text: str, t) -> bool:
    return bool(_ALONE_AFTER.match(text, t.end))


def _heads_sentence(text: str, t, sentence_start: int) -> bool:
    """A deadline standing as the sentence's first clause (`到2025年,…`), after who strives for it if any
    (`某市力争到2026年底,…`; the time may hold the striving word)."""
    lead = _lead_before(text, sentence_start, t.start)
    return bool(_HEADS_BEFORE.fullmatch(lead) or _STRIVES_BEFORE.fullmatch(lead)
                or (t.text.startswith(STRIVE_WORDS) and _STRIVING_SUBJECT.fullmatch(lead))) \
        and _stands_alone(text, t)


def _time_limit(ctx: DocContext, start: int, end: int):
    """The deadline an item's `整改时限:`/`完成时限:` field sets, in text[start:end]."""
    m = _TIME_LIMIT.search(ctx.text, start, end)
    if m is None:
        return None
    return next((t for t in ctx.times_in(m.end(), min(end, m.end() + 20)) if t.date_end), None)


_STRIVING_SUBJECT = re.compile(r"[\u4e00-\u9fff]{1,10}?" + STRIVE + "?")
_STRIVES_BEFORE = re.compile(r"[“\"]?[\u4e00-\u9fff]{1,10}?" + STRIVE + r"(?:到|至|于|在)?")


def _strives_for(clause: str, untimed: str, times, a: int) -> bool:
    """The clause is only who strives for a deadline (`某省力争到2020年底,`; the time may hold the striving
    word): it heads what follows."""
    last = times[-1] if times else None
    return last is not None and last.is_deadline and last.end == a + len(clause) \
        and (last.text.startswith(STRIVE_WORDS) or untimed.endswith(STRIVE_WORDS)) \
        and bool(_STRIVING_SUBJECT.fullmatch(untimed))


def _strip_times(text: str, a: int, b: int, times) -> str:
    """The clause text[a:b] without its time expressions (whose spans hold their 到 and 前)."""
    parts, pos = [], a
    for t in times:
        parts.append(text[pos:t.start])
        pos = t.end
    parts.append(text[pos:b])
    return "".join(parts).strip(" ,，").removeprefix("在").strip()  # `在2024年,`


def _opens_clause(text: str, pos: int, sentence_start: int) -> bool:
    """Whether a time at `pos` opens its clause (`今年将确保…`, `,到2025年…`), so that it frames
    the clauses after it, rather than naming a thing (`推进2020年碳达峰试点企业履约`)."""
    return bool(_OPENS_BEFORE.search(_lead_before(text, sentence_start, pos)))


def _lead_before(text: str, sentence_start: int, pos: int) -> str:
    """The words of a sentence before `pos`, less its item's mark (`(五)9月底前,…`), the dateline and
    credit a news item opens with (`央广网沈阳3月22日消息(记者李某)2024年,…`) or who asks what follows
    (`方案要求,2025年年底前,…`): they stand apart from the clause that follows."""
    before = text[sentence_start:pos]
    dateline = DATELINE.match(before)
    if dateline:
        before = before[dateline.end():]
    before = _ASKS.sub("", before, count=1)
    return _ENUMERATOR.sub("", before, count=1)


_ASKS = re.compile("^" + ASKS)
_ASKS_THEN = re.compile(r"(?:明确|提出|要求|确定|规定)?了?")  # the words opening a clause before its deadline


@dataclasses.dataclass
class _Clause:
    a: int  # offsets of the clause in the document text
    b: int
    body: str  # the clause after its lead (enumerator, adverbs, modal verb)
    role: str  # "commitment", "weak" (short), "vague" (no one could check it), "lead" (heads the next)
    quantities: list
    deadline_cue: bool
    dated: bool = False  # a time of its own
    elliptical: bool = False  # ends on its figure, its object left out (`2025年底前淘汰5000辆`)
    cued: bool = False  # a cue of its own looks ahead (`将`, `力争`, `年底前`), not only its section


def _topic(ctx: DocContext) -> re.Pattern:
    """A clause that is only a topic heading the clauses after it (`整改任务攻坚方面,聚焦…`, `在大气污染防治
    方面,`, `从总量来看,`): the topic words of frame_leads.csv."""
    memo = ctx._memo
    if "task_topic" not in memo:  # asked of every clause: built once per document
        memo["task_topic"] = _topic_pattern(tuple(w for w, k in ctx.dicts.frame_leads.items() if k == "topic"))
    return memo["task_topic"]


@functools.lru_cache(maxsize=4)
def _topic_pattern(words: tuple[str, ...]) -> re.Pattern:
    # (a one-character word only after the preposition that makes it a topic: `从总量看,`, not the campaign of
    # `2018年拟对第一轮督察开展回头看`)
    alternation = lambda ws: "|".join(map(re.escape, sorted(ws, key=len, reverse=True)))  # noqa: E731
    longer, single = [w for w in words if len(w) > 1], [w for w in words if len(w) == 1]
    return re.compile(r"[在从]?[\u4e00-\u9fff、“”]{2,16}(?:" + alternation(longer) + ")"
                      + (r"|[从就][\u4e00-\u9fff、“”]{2,16}(?:" + alternation(single) + ")" if single else ""))


def _reported(ctx: DocContext, clause: str) -> bool:
    """A clause that reports a result or a measurement (`比上年下降3.3%`, `浓度为29微克/立方米`,
    `首次降到1%以内`): the cues of task_report_cues.csv."""
    cues = _compiled(ctx.dicts.task_report_cues)
    return bool(cues and cues.search(clause))


# the end of a plan's preamble, which says why the plan is made (`…,结合我县实际,制定本工作方案。`)
_PREAMBLE_END = re.compile(r"(?:特|现)?制[定订]了?本" + OWN_PLAN_KIND + r"(?:方案|计划|规划|意见|办法|细则|要点)[。.]?\s*$"
                           # (or the plan named as what follows: `现制定年度工作要点如下:`)
                           r"|(?:特|现)制[定订]了?[\u4e00-\u9fff]{0,10}(?:方案|计划|规划|意见|办法|细则|要点)如下[:：]?\s*$")
# a sentence telling what a year is (`2020年是…收官之年,也是…的冲刺之年`, `今年是…的关键一年`)
# (a speaker's words or not: `他指出,2020年是…收官之年`)
_YEAR_CHARACTERISED = re.compile(r"\s*(?:[^,，。;；]{0,10}(?:指出|强调|表示|认为)[,，:：])?"
                                 r"(?:\d{4}年|今年|明年|这一年)[,，]?(?:也|既|更|又)?是[^。;；]*?(?:一年|之年)"
                                 r"(?:[,，](?:也|更|又|还)?是[^,，。;；]*?(?:一年|之年))*")  # (`…之年,也是…之年`)


def _roles(ctx: DocContext, sent, verbs: re.Pattern, listed: int = 0, chained: bool = False) -> list[_Clause | None]:
    """The clauses of a sentence with their part in a commitment; None for a clause that is not
    forward-looking (a report of what was done), which ends any commitment before it. `listed`: the
    sentence is an item of a list that a forward-looking sentence opens with a colon (1), one whose
    verb takes the items as objects (2: `重点实施9个专项行动:一是…行动;二是…`). `chained`: a deadline
    heading the sentences joined by `;` governs this one (`到2025年,A;B;全市单位GDP能耗较2020年下降12.5%`)."""
    s = sent.text
    if _PREAMBLE_END.search(s):
        return [None]  # `为全力做好2020年大气污染防治工作,推动空气质量进一步改善,…制定本方案。`: why the plan is made
    # `2024年是…加快建设生态强市的重要一年,是实现…的关键一年`: what the year is, no commitment (the clauses after
    # it may make one: `今年是…决胜之年,全县将淘汰…500辆`)
    characterised = _YEAR_CHARACTERISED.match(s)
    characterised_end = characterised.end() if characterised else 0
    section_ahead = None  # computed on demand: it reads the context
    sent_times = ctx.times_in(sent.start, sent.end)
    out: list[_Clause | None] = []
    # after `今年以来,` `日前,` the sentence reports; after `今年以来,`, `“回头看”以来,`: a tally, whoever tells it (not on
    # a plan's page, whose goals may follow what has been since: `二、主要目标 > 自开展蓝天保卫战以来,…控制在38…以内`)
    looking_back = tallied = bool(SINCE_OPENING.match(s)) and ctx.doc_type != "plan"
    scoped = False  # a cue (`要`, `力争`, `到2025年`) before: the clauses joined to it look ahead too
    # (a review of a year over reports it the same way: `会议充分肯定2024年工作取得的成绩,…比例达到92.9%`)
    agenda = bool(_AGENDA.match(s.lstrip("“\" "))) or _reviews_year_over(ctx, sent)
    # (not one setting a time of its own: `整改任务完成后,将于2023年9月底前组织开展整改验收`)
    foreseen = (bool(_EFFECT.match(s.lstrip())) or (bool(_EFFECT_OF_DOING.match(s.lstrip())) and not ctx.quantities_of(sent))) \
        and not ctx.cues.deadline.search(s) and not any(t.is_deadline for t in sent_times)
    for ca, cb in _clauses(s, verbs):
        if ca < characterised_end:
            out.append(None)
            continue
        raw_clause = s[ca:cb]
        clause = raw_clause.strip(" ,，;；。、")
        if not clause:
            continue
        # (it ends at what the meeting asks for, or at a deadline or goal: `…,2025年底前完成1000台…`)
        agenda = agenda and not (_AGENDA_ASKS.match(clause) or ctx.cues.deadline.search(clause)
                                 or ctx.cues.target.search(clause)
                                 or any(t.is_deadline for t in sent_times if sent.start + ca <= t.start < sent.start + cb))
        what_it_is = _WHAT_IT_IS.match(clause.rstrip("。!！"))
        if what_it_is and (re.search(r"\d", what_it_is.group("head")) or ctx.cues.deadline.search(what_it_is.group("head"))
                           or re.search(MODAL, what_it_is.group("head"))):
            what_it_is = None
        missed = bool(MISSED_GOAL.search(clause)) and not re.search(MODAL, clause) and not ctx.cues.deadline.search(clause)
        if agenda or foreseen or missed or _SELF_REFERENCE.search(clause.rstrip("。")) \
                or _JUDGED.search(clause.rstrip("。!！")) or what_it_is \
                or _SIGNIFICANCE.match(re.split(r"[,，;；。!！]", s[ca:], maxsplit=1)[0]) \
                or _NAMES_WHAT_FOLLOWS.match(clause):
            out.append(None)  # (or what doing it means: `做好今年生态环境保护工作意义重大`)
            continue
        lead = _LEAD.match(clause)
        body = clause[lead.end():] if lead else clause
        a = sent.start + ca + (len(raw_clause) - len(raw_clause.lstrip(" ,，;；、")))
        times = [t for t in sent_times if a <= t.start and t.end <= a + len(clause)]
        # (or a time of its own set for it, still to come: `剩余5项需在2024-2025年完成`)
        deadline_cue = bool(ctx.cues.deadline.search(clause) or _WITHIN_YEAR.search(clause)) or any(
            t.is_deadline and ctx.ref and t.date_end and t.date_end > ctx.ref for t in times)
        if any(t.is_deadline and ctx.ref and t.date_end and t.date_end > ctx.ref and _ASKS_THEN.fullmatch(ctx.text, a, t.start)
               for t in times):
            looking_back = False  # `2018年11月30日,湖北省印发《…》,明确到2020年全省…,万元…下降30%,…`: what the plan
            # sets from its deadline on looks ahead, not back with the day it was issued
        # `日前`; `5月31日上午,…启动`: a day standing as its clause's time is when something happened
        # (when the page's own date is unknown, a news item's day is taken to have passed)
        lately = any(ctx.ref and t.date_end and not t.is_deadline
                     and ((t.approximate and t.date_end <= ctx.ref)
                          or (t.precision == "since" and t.date_start is None and t.date_end <= ctx.ref)  # `截至目前,`
                          or (t.precision == "day" and (t.date_end <= ctx.ref or not ctx.ref_stated)
                              and _DATELINE.match(ctx.text, t.end))) for t in times)
        untimed = _strip_times(ctx.text, a, a + len(clause), times)
        if _GOALS_LABEL.match(clause):
            scoped = True
            out.append(_Clause(a, a + len(clause), body, "lead", [], False))
            continue
        if not body.strip() or not untimed or _strives_for(clause, untimed, times, a) or _topic(ctx).fullmatch(body):
            # `到2025年,` `下半年,` `一是`: it heads what follows; `今年以来,` makes it a report
            tally = any(t.precision == "since" and ctx.ref and t.date_end and t.date_end <= ctx.ref for t in times)
            looking_back = looking_back or lately or tally
            tallied = tallied or tally
            out.append(None if lately else _Clause(a, a + len(clause), body, "lead", [], False))
            continue
        if looking_back and not lately and clause.endswith(ctx.frame.report_verbs) \
                and (not tallied or _WILL.search(s, cb) or ctx.cues.planned.search(s, cb)):
            # `3月30日,记者从…发布会上获悉,2021年…将全力实现…目标`: the day dates the telling; what is told
            # is read on its own; after a tally only what is planned (`今年以来,记者…了解到,全市计划新建…120公里`,
            # not `今年以来,监测数据显示,…完成年度目标的96%`)
            looking_back = False
            out.append(None)
            continue
        if looking_back and tallied and not lately and ctx.cues.ahead.search(clause):
            looking_back = False  # `“十四五”以来,全市累计完成…,今年计划完成营造林3万亩`: after the tally, what is to come
        # (not the level a change starts from: `由66.0%提升至73.0%` sets 73.0%)
        in_clause = [q for q in ctx.quantities_of(sent) if a <= sent.start + q.start < a + len(clause)]
        qs = [q for q in in_clause if not q.baseline]
        # figures a label names targets (`2019年各市考核指标为,甲市优良天数257天;` and the lines after it)
        named = bool(qs) and ctx.frame.names_targets(sent, sent.start + qs[0].start)
        # a deadline heading the sentence (`2025年6月底前,全省共完成500台…`), or a label naming the figures targets,
        # sets the clauses after it ahead: a total, a level or a first time to reach then is a goal, not a report
        done_by = ctx.frame.done_by_deadline(sent, a)  # results by a deadline over: `到2023年底,全市已累计建成…,…达到97.6%`
        set_ahead = (deadline_cue or chained or named or any(t.start < a and t.is_deadline for t in sent_times)) and not done_by
        if ((ctx.frame.tells_done(clause, sent) or lately or looking_back or done_by) and not deadline_cue or
                _reported(ctx, clause) and not set_ahead) and not (
                qs and qs[0].change_only and not lately and not looking_back and "基础上" not in clause
                and ctx.is_target(clause, sent, sent.start + qs[0].num_start, sent.start + qs[0].end)):
            # done, or done lately (`会议日前召开`), or measured (`比上年下降3%`); unless the time frame reads the change
            # as a goal, as the figure's metric does (`总体目标为:…,全省PM2.5平均浓度同比下降3%左右`; not the base
            # reached, `在2024年…同比下降6.2%的基础上`)
            out.append(None)
            scoped = False
            looking_back = looking_back or lately  # `5月31日上午,…活动启动,号召…`
            continue
        earlier = [t for t in sent_times if t.start < a and t.is_deadline]
        # a year mostly still to come, written as one, opening the clause on a page telling a plan's content (`《方案》…强化农村
        # 污水处理设施运维,2025年运行率稳定在90%以上`): the plan's goal for that year (not `在今年召开的…会议上`, `全年先后开展…`,
        # nor a year all but over, `2022年新建污水处理厂3座` told in December)
        year_ahead = ctx.ref is not None and any(
            re.fullmatch(r"\d{4}年", t.text) and t.date_end and (t.date_end - ctx.ref).days > 182
            and _opens_clause(ctx.text, t.start, sent.start) for t in times) \
            and (ctx.doc_type == "plan" or _tells_plan(ctx)) and not ctx.cues.past.search(clause)
        cue = deadline_cue or bool(ctx.cues.target.search(clause)) or bool(earlier) or named or year_ahead \
            or bool(lead and _MODAL_WORD.search(lead.group()) and _FUTURE_MODAL.search(lead.group()))
        scoped = scoped or cue
        if not (cue or scoped or listed):  # before the clause's figures, times and verbs are read
            if section_ahead is None:
                section_ahead = _section_looks_ahead(ctx, sent)
            if not section_ahead:
                out.append(None)
                continue
        # a deadline, or a time opening the clause (`2022年我市农村黑臭水体全部销号`), dates it; a
        # time inside (`安排部署2024年重点工作任务`, `召开2020年第3次局务会`) names something
        dated = any(not t.approximate and (t.is_deadline or _opens_clause(ctx.text, t.start, sent.start)
                                           or _PLANNED_FOR.search(ctx.text, max(0, t.start - 3), t.start + 1))
                    for t in times)  # `计划于2025年6月30日建成投运`: the day set for it
        acts = bool(verbs.match(body) or verbs.search(body[:8]) or (lead and _MODAL_WORD.search(lead.group()))
                    or _RESULT.search(body, max(0, len(body) - 6)) or _DONE_END.search(body)
                    or ((qs or dated) and (_RESULT.search(body) or verbs.search(body))))
        if lead and _LABEL.search(lead.group()):  # `污染物排放总量控制指标:…减排量完成年度减排任务`
            acts = acts or bool(verbs.search(body) or _RESULT.search(body))
        acts = acts or bool(_LEVEL.search(body))  # `断面水质要达到或好于Ⅱ类`
        manner = _MODAL_IN_MANNER.search(body, 0, 16)
        acts = acts or bool(manner and verbs.match(body, manner.end()))  # `工业集聚区应按规定建成污水集中处理设施`
        acts = acts or bool(_SUBJECT_DONE.search(body))  # `主要河流湖库和城镇内河基本消除劣V类水体`: its subject, then done
        # a figure the words before it name a target (`PM2.5平均浓度2024年约束性目标41.6微克/立方米`)
        acts = acts or bool(qs and ctx.cues.names_target.search(
            ctx.text, max(a, sent.start + qs[0].start - 12), sent.start + qs[0].start))
        acts = acts and not untimed.startswith("是")  # `今年是…关键一年` states, commits to nothing
        if listed == 2 and not acts and len(out) == 0 and 4 <= len(body) <= 30:
            acts = True  # `实施9个专项行动:一是空气质量提标进位行动;…`: the item is the head verb's object
        heading_deadline = any(_heads_sentence(ctx.text, t, sent.start) for t in earlier)  # `到2025年,…`
        # (or standing as a clause of its own before this one: `…发布《…规划》,到2025年底,全区…收运能力达9056吨/日`)
        # (one still to come: `…于2021年开工,2022年底,全市垃圾处理能力达3000吨/日` on a later page reports)
        clause_deadline = heading_deadline or any(_carries(ctx.text, t, a, sent.start) and ctx.ref is not None
                                                  and t.date_end and t.date_end >= ctx.ref for t in earlier)
        if qs and not acts and (clause_deadline or (listed and not out) or (lead and _LABEL.search(lead.group())) or named) \
                and re.fullmatch(r"(以上|以下|以内|左右)?", clause[sent.start + qs[-1].end - a:]) \
                and not untimed.startswith("是"):
            acts = True  # a goal stated with its figure, no verb (`到2025年,…浓度达38微克/立方米,优良天数比例80%以上`)
        vague_end = clause.rstrip("。”\"」…").endswith(ctx.dicts.task_vague_ends)
        if vague_end and _COMPLETIVE.match(body) and (dated or deadline_cue or heading_deadline):
            vague_end = False  # `年底前,完成太湖蓝藻水华防治`, `排查…环境风险`: done or not by a day
        if not qs and in_clause:  # (all of them bases)
            role = "lead"  # the level it starts from (`要从2018年的3480吨/日以上,增加到2020年的6300吨/日以上`) heads the goal
        elif (qs or (dated and not vague_end)) and acts:
            role = "commitment"  # an action with a quantity or a time of its own: checkable
        elif (_EXHORTATION.match(body) and not (body.startswith("坚持") and verbs.match(body, 2))) \
                or _FOCUS.match(body):
            role = "lead"  # (`坚持开展“创优争先”` is an action: 坚持 only says it goes on)
        elif not acts or (_PURPOSE.match(body) and not _AIMED.search(lead.group() if lead else "")) or _ADVICE.match(body) \
                or (len(body) < 4 and not (lead and _RESULT.fullmatch(body))) \
                or vague_end or _DOCUMENT_NAME.search(clause) \
                or (not verbs.match(body) and _DOCUMENT_END.search(body)):  # `制定A方案,B计划`: B is an object
            role = "vague"  # no action of its own, a purpose, or nothing anyone could check
        elif len(body) < 7 and not (lead and _RESULT.fullmatch(body) and len(lead.group()) >= 6):
            role = "weak"  # (`鄱阳湖总磷浓度要继续下降`: a subject and its result, however short, is a goal)
        else:
            role = "commitment"
        if role == "commitment" and not qs and any(t.is_deadline and _heads_its_list(ctx.text, t, sent.end) for t in times) \
                and _LIST_COLON.search(ctx.text, a + len(clause), sent.end):
            role = "lead"  # `此次专项行动将持续至2022年12月,整治内容包括:…`: the time its list's items are due by, no task itself
        elliptical = bool(qs) and bool(verbs.match(body)) and a + len(clause) - (sent.start + qs[-1].end) <= 2
        out.append(_Clause(a, a + len(clause), body, role, qs, deadline_cue, dated, elliptical, cue))
    # a short clause standing alone as its sentence (`2. 整改目标:全面完成散煤替代。`) is the commitment
    content = [c for c in out if c is not None and c.role != "lead"]
    if len(content) == 1 and content[0].role == "weak" and verbs.match(content[0].body):
        content[0].role = "commitment"
    # an item's theme (`五是要加强生态环境信息化建设,加快建设智慧生态环境平台…`) or a short
    # field opening the sentence (`加强固体废物管理,完善…系统建设`) heads the commitments after it
    first = out[0] if out else None
    if first and first.role == "commitment" and not first.quantities and not first.deadline_cue \
            and any(c and c.role == "commitment" for c in out[1:]) \
            and (_ITEM_HEADING.match(ctx.text[first.a:first.b]) or (_FIELD.match(first.body) and len(first.body) <= 10)):
        first.role = "lead"
    return out


def _group(clauses: list[_Clause | None]) -> list[list[_Clause]]:
    """One commitment per group: a commitment clause with the leads before it (`聚焦成效差距,
    开展专项督察`) and the vague or short clauses after it (`持续开展执法大练兵,提升执法能力`).
    Short clauses with no commitment beside them make one together (`加大生态补水,提高入海通量`);
    leads and vague clauses alone (`要坚定信心,保持…定力不动摇`) make none."""
    groups: list[list[_Clause] | None] = []  # None: a break nothing attaches across
    pending: list[_Clause] = []  # leads, and what follows them before a commitment comes

    def group_open() -> bool:
        return bool(groups) and groups[-1] is not None

    def close():
        weak = [c for c in pending if c.role == "weak"]
        if pending and group_open() and all(c.role != "lead" for c in pending):
            groups[-1].extend(pending)  # trailing qualifiers of the commitment before them
        elif len(weak) >= 2 or (weak and any(_FOCUS.match(c.body) for c in pending[:pending.index(weak[0])])):
            groups.append(list(pending))
        pending.clear()
        groups.append(None)

    for c in clauses:
        if c is None:  # a report clause
            close()
        elif c.role == "commitment" and c.elliptical and not pending and group_open() \
                and not any(x.quantities or x.dated for x in groups[-1]):
            groups[-1].append(c)  # `加快淘汰国三柴油货车,2025年底前淘汰5000辆`: one commitment, made checkable
        elif c.role == "commitment":
            groups.append([*pending, c])
            pending.clear()
        elif c.role == "lead" or pending or not group_open():
            pending.append(c)
        else:
            groups[-1].append(c)
    close()
    return [g for g in groups if g]


def _deadline(ctx: DocContext, sent, sent_times, a: int, b: int, has_target: bool, chain, item_end: int):
    """The deadline of the commitment at text[a:b] -> (time, whether a past period frames it).

    Its own deadline or time (a past year inside, `推进2020年碳达峰试点企业履约`, names a thing);
    else its item's time-limit field; else a deadline earlier in the sentence (a target takes any,
    `到2023年能耗下降10%,新兴产业比重达到34%`; an action only one framing the sentence,
    `今年12月底前,…`, not another action's, `2022年年底前淘汰2.9万辆货车,持续推广新能源汽车`);
    else the deadline heading `;`-joined sentences; else the period the clause, sentence or
    context speaks of, which makes it a report when it is over (`2023年,…持续完善协同机制`)."""
    text = ctx.text

    def plain(t):
        return t.date_end and not t.approximate and text[t.start - 1:t.start] not in ("比", "较")

    earlier = [t for t in sent_times if t.start < a and plain(t)]
    inside = [t for t in sent_times if a <= t.start < b and plain(t)]
    # (not a month or a day already over on a page that states its date: `将通报9月全省…情况` names what is told)
    own = [t for t in inside if t.is_deadline or not ctx.ref or text[t.end:t.end + 1] == "内"  # `2018年内完成`
           or (t.date_end.year >= ctx.ref.year
               and not (ctx.ref_stated and t.precision in ("month", "day") and t.date_end < ctx.ref))]
    carried = [t for t in earlier if has_target or _carries(text, t, a, sent.start)]
    if any(t.is_deadline and "年" in t.text for t in carried):
        # a part of the year named without its year (`到2025年,全市5月至9月臭氧浓度下降5%`): which months, in the year the
        # deadline carried in sets, not a deadline of its own
        own = [t for t in own if t.is_deadline or ("年" in t.text and not _ATTRIBUTIVE_TIME.match(text, t.end))]
        # (nor a year qualifying a thing: `到2025年底,纳入2023年考核的断面水质优良比例达到90%`)
    # (a time of the clause a `、` joins this goal to: `今年要保持在75%以上、PM2.5浓度下降3%`, both this year's)
    joined = [t for t in earlier if not CLAUSE_CUT.search(text, t.end, a) and text[a - 1:a] == "、"
              and _opens_clause(text, t.start, sent.start) and (not ctx.ref or t.date_end.year >= ctx.ref.year)]
    deadline = (next((t for t in reversed(own) if t.is_deadline), None) or (own[-1] if own else None)
                or (joined[-1] if joined else None)
                or _time_limit(ctx, b, item_end)
                or next((t for t in reversed(carried) if t.is_deadline or _GOAL_YEAR.match(text, t.end)
                         or (has_target and _year_of_the_goals(ctx, t, sent))), None) or chain)
    if deadline is not None:
        return deadline, False
    opening = [t for t in inside if t.start == a]
    framing = [t for t in carried if _opens_clause(text, t.start, sent.start)]
    frame = opening[0] if opening else framing[-1] if framing else None
    if frame is None and ctx.ref and not re.search(MODAL_BEFORE_VERB, text[sent.start:b]) and any(
            t.precision == "year" and ctx.frame.is_over(t) and _a_places_year(ctx, t, sent) for t in earlier):
        # `鹤岗市2022年的污染治理效果显著,优良天数比例达到99.6%`: a place's year over, told (not `鹤岗市2023年
        # 排名靠后的空气质量指标,要全力补齐短板,PM2.5浓度降至30…`: a goal about it)
        return None, True
    if frame is None:
        spoken_of = ctx.opening_time(sent)
        if spoken_of is not None and spoken_of.start < a and spoken_of.precision == "year":
            if ctx.frame.is_over(spoken_of):
                return None, True  # the sentence speaks of a year over (`会议指出2021年,…全面推进…`): a record
            if re.search(MODAL, text[a:b]) or ctx.cues.stretch.search(text, a, b):  # (a commitment, not `也是…之年`)
                frame = spoken_of  # `会议要求2022年,全区要完成…`: the year it opens with, not one carried in
    if frame is None:
        plan = plan_frame(ctx, sent)
        if plan is not None:
            return plan, False  # an item of a dated work plan is due at the end of its year
        frame = ctx.context_time(sent)
    if frame is None or not frame.date_end or not ctx.ref:
        return None, False
    if ctx.frame.is_over(frame):
        return None, True
    if frame.precision == "since":
        return None, False  # `今年以来,…开展检查1.2万次。下一步,将…`: a tally up to now sets no deadline
    if frame.precision == "multi_year":
        # a plan over several years sets no item's deadline: only a stated one does, the five-year plan's period its own
        # sentence opens with included (`“十四五”期间,我省将…重点组织实施…三个标志性战役`: by the period's end)
        # (standing as a clause of its own, with no account of what was done between: not `“十四五”期间,我省已建成污水处理厂
        # 20座,下一步将…`, `“十四五”期间我省累计投入资金50亿元,将继续…`)
        own_plan = frame.start >= sent.start and re.search(FIVE_YEAR_PLAN, frame.text) and frame.date_end.year >= ctx.ref.year \
            and _opens_clause(text, frame.start, sent.start) and _stands_alone(text, frame) \
            and not re.search(r"已|累计", text[frame.end:a])
        return (frame if own_plan else None), False
    if frame.precision in ("day", "month", "part_of_month") and frame.date_start and frame.date_start <= ctx.ref:
        return None, False  # the day or month the page speaks in (`5月例行新闻发布会`) is no deadline
    return (frame if frame.date_end.year >= ctx.ref.year else None), False


def _year_of_the_goals(ctx: DocContext, t, sent) -> bool:
    """A year still to come opening the sentence's first clause, after its place or not, whose goals the clauses
    after it list (`平乡县2021年综合指数达到4.83,PM2.5需控制在43微克/立方米,PM10需控制在…`)."""
    return not CLAUSE_CUT.search(ctx.text, sent.start, t.start) and _a_places_year(ctx, t, sent) \
        and "年" in t.text and (not ctx.ref or t.date_end.year >= ctx.ref.year)


def _a_places_year(ctx: DocContext, t, sent) -> bool:
    """The time t opens its clause after the place it is of (`鹤岗市2022年的…`), not inside a thing's name
    (`推进2020年碳达峰试点企业履约`)."""
    cut = max(ctx.text.rfind(c, sent.start, t.start) for c in ",，;；")
    head = ctx.text[(cut + 1 if cut >= sent.start else sent.start):t.start]
    return not head or any(a == 0 and b == len(head) for a, b, _ in ctx.place.names_in(head))


# a year whose goals follow (`PM2.5平均浓度2024年约束性目标41.6微克/立方米,力争目标39微克/立方米`): the
# clauses after it in the sentence are due then, as after a deadline
_GOAL_YEAR = re.compile(r"度?(?:约束性|预期性|力争)?目标")
_SPLIT_ORGS = re.compile(r"[、,，;；/]|和|及|与")
_SPLIT_LIST = re.compile(r"[、,，;；/]")
_SPLIT_JOIN = re.compile(r"和|及|与")
_JURISDICTION = re.compile(r"(省|市|区|县|州|盟|旗|乡|镇|街道|村)$")  # `各县市区`, `开发区`: the place's government
_CHARGED = re.compile(r"由([^,，。;；:：]{2,40}?)(负责|牵头|承担|组织实施|具体实施)")


def is_org_shaped(dicts, value: str | None) -> bool:
    """Whether a responsible value names organisations: each of its parts (`发改局、工信局、开发区`,
    `省水利厅;省公安厅`) ends with an organisation suffix of org_suffixes.csv (`局`, `人民政府`,
    `委员会`), or is a jurisdiction whose government is meant (`各县市区`). A fragment (`一是`,
    `要继续`, `会议`, `将乐县人民政府办公室关于印发`) is not."""
    if not value:
        return False
    # a unit's note (`市工业和信息化局(牵头)`, `各县(市、区)人民政府`) is no part of the names
    value = re.sub(r"[(（][^()（）]{0,10}(?:[)）]|$)", "", value)
    if len(value) > 80:
        return False

    def one(p: str) -> bool:
        if not re.fullmatch(r"[\u4e00-\u9fffA-Za-z()（）]{2,30}", p):
            return False
        suffix = next((x for x in dicts.org_suffixes if p.endswith(x) and len(p) > len(x)), None)
        if suffix is None and not (_JURISDICTION.search(p) and (len(p) >= 3 or p in dicts.region_aliases)):
            return False
        return not re.search(r"关于|印发|通知|要|提出|指出|强调|表示|明确", p)  # a clause, not a name

    # 和/及/与 join two units, or belong to one unit's name (`市工业和信息化局`, `住房和城乡建设局`)
    parts = [p.strip(" ()（）“”\"") for p in _SPLIT_LIST.split(value)]
    parts = [p for p in parts if p]
    if not parts:
        return False
    for p in parts:
        if one(p):
            continue
        sub = [x for x in _SPLIT_JOIN.split(p) if x]
        if not sub or not all(one(x) for x in sub):
            return False
    return True


def _responsible(ctx: DocContext, s: str, start: int, end: int, item_end: int) -> str | None:
    """Who is made responsible for the commitment at text[start:end]: its item's `责任单位:`/`牵头单位:`
    field, a `由…负责` in it, or the subject its sentence opens with (`各县市区要…`) — whichever
    names organisations (is_org_shaped); None otherwise, never a fragment."""
    field = _RESPONSIBLE.search(ctx.text, start, item_end)
    charged = _CHARGED.search(ctx.text, start, end)
    own = _SUBJECT.match(ctx.text[start:end])  # `…,各县市区要在…基础上继续改善空气质量`
    subject = _SUBJECT.match(s)
    for value in (field.group(2) if field else None, charged.group(1) if charged else None,
                  own.group("s") if own else None, subject.group("s") if subject else None):
        value = _UNIT_NOTE.sub("", value).strip(" ,，。;；") if value else value
        if is_org_shaped(ctx.dicts, value):
            return value
    return None


_COORDINATED = re.compile(r"[和及与、]$")


def _item_targets(sent, qs, units) -> list[tuple]:
    """The quantities a commitment sets, one per item, with the document offset where the item
    starts (None for the first): the first quantity, and each one that a coordinator opens
    (`完成366个村庄生活污水治理和160个村庄环境整治`, `A、B分别达到90%、95%`) or follows the name of its
    item (`供热改造700万平方米、煤改电2.7万户`, `PM2.5浓度33微克/立方米和优良天数比例82%`); a quantity inside an item
    (`4台20蒸吨燃煤锅炉`) belongs to it."""
    counted = qs and qs[0].unit in units and units[qs[0].unit].kind == "count"  # (units.csv)
    if len(qs) > 1 and counted and _SCOPE_THEN_LEVEL.fullmatch(sent.text[qs[0].end:qs[1].start]):
        qs = qs[1:]  # `纳入国家考核的3个断面水质优良率达到100%`: the sections counted are the goal's scope, 100% its target
    out = [(qs[0], None)] if qs else []
    for prev, q in itertools.pairwise(qs):
        between = sent.text[prev.end:q.start]
        if _COORDINATED.search(between) and len(between) <= 25 and not re.search(r"[,，;；。]", between):
            out.append((q, sent.start + q.start))
        elif _NAMED_ITEM.fullmatch(between):  # `供热改造700万平方米、煤改电2.7万户`: an item named before its own
            out.append((q, sent.start + prev.end + 1))
    return out


# a count then what is measured of the things counted and the level it is to reach (`3个断面水质优良率达到`)
_SCOPE_THEN_LEVEL = re.compile(r"[\u4e00-\u9fff()（）、A-Za-z\d.]{1,20}?(?:率|比例|浓度|指数|天数)(?:分别)?(?:达到|达|为|控制在|稳定在|保持在|保持|"
                               r"提高到|提高至|提升到|提升至|降至|降低到|下降到|不低于|不超过)")
# (not a part, scope, beneficiaries or budget of the same item: `、其中公共充电桩600个`, `、涉及企业30家`,
# `、惠及群众15万人`, `、投资5000万元`, `及奖补资金500万元`)
_NAMED_ITEM = re.compile(r"[、和及与](?!其中|包括|涉及|惠及|覆盖|带动|总?投资|投入|可|减少|占|约(?=\d)|共(?=\d|计)|合计|累计"
                         r"|[\u4e00-\u9fff]{0,4}(?:资金|经费|补助|奖补))[\u4e00-\u9fff]{2,12}")


def extract_tasks(ctx: DocContext) -> list[Task]:
    out: list[Task] = []
    seen: dict[str, tuple] = {}  # 8-character runs of the commitments so far -> their target and deadline
    text = ctx.text
    verbs = _verbs(ctx)
    chain, prev = None, None  # a deadline framing sentences joined by `;` (`到2025年,A;B;C。`)
    paragraph_chain = None  # a deadline year opening the paragraph: it frames all of it
    listing = 0  # in a list a forward-looking sentence opened with `:` (see _roles)
    principles = False  # in a statement of guiding principles, its parts joined by `;`
    sentences = ctx.structure.sentences
    for i, sent in enumerate(sentences):
        s = sent.text
        principles = bool(_PRINCIPLES.match(s)) or (principles and prev is not None and prev.text.rstrip().endswith((";", "；")))
        guided = bool(_GUIDED_BY.match(s)) and not ctx.times_in(sent.start, sent.end) and not ctx.quantities_of(sent)
        # (or one naming the principles it states anywhere, with no figure and no time of its own, heading no list:
        # `…将坚持生态优先、绿色发展,…多元共治的基本原则,以筑牢…屏障为统领,…著力构建绿色生产生活方式`; not 以…为抓手
        # alone, which a plan's commitments often open with)
        guided = guided or (bool(_STRATEGY.search(s)) and not ctx.quantities_of(sent)
                            and not ctx.times_in(sent.start, sent.end) and not s.rstrip().endswith((":", "：")))
        if guided or (principles and not ctx.quantities_of(sent)
                      and not any(t.is_deadline for t in ctx.times_in(sent.start, sent.end))):
            # `今年…工作的指导思想是:以…为统领,…;…;大力实施…战略,…`: principles, no commitment (GUIDE); a part with a
            # figure or a deadline is one (`总体要求是:…;全市PM2.5平均浓度控制在30微克/立方米以下;`)
            prev = sent
            continue
        if prev is not None and listing and not (prev.text.rstrip().endswith((";", "；", ":", "："))
                                                 or _ENUMERATOR.match(s)):
            listing = 0  # the list ended with its last item's full stop
        nxt = sentences[i + 1] if i + 1 < len(sentences) else None
        # (or its purpose told in a sentence of its own before it: `为深入贯彻…,持续改善河湖生态环境。结合我市实际,制定本年度工作要点。`)
        purpose = s.startswith("为") and nxt is not None and nxt.paragraph_index == sent.paragraph_index \
            and _PREAMBLE_END.search(nxt.text)
        if _QUESTION.search(s) or _PREAMBLE.match(s) or purpose or s.count("|") >= 2:  # or a site's menu bar
            prev = sent
            continue
        sent_times = ctx.times_in(sent.start, sent.end)
        same_paragraph = prev is not None and prev.paragraph_index == sent.paragraph_index
        continues = same_paragraph and prev.text.endswith((";", "；"))
        own = next((t for t in sent_times if t.is_deadline and (_heads_sentence(text, t, sent.start)
                                                                or _heads_its_list(text, t, sent.end))), None)
        # a year opening the paragraph frames its goals however they are joined (`到2025年,美丽福州建设
        # 取得重大进展。…单位GDP能耗较2020年下降14%…`), as the time frame reads it
        paragraph_chain = paragraph_chain if same_paragraph else (own if own is not None and own.precision == "year" else None)
        chain = own or (chain if continues else None) or (
            paragraph_chain if paragraph_chain is not None and not ctx.frame.tells_state(s) else None)
        prev = sent
        if len(s) < 6 or _ITEM_FIELD.match(s):
            continue
        if sent.heading_path and s == sent.heading_path.split(" > ")[-1] \
                and not (_ENUMERATOR.match(s) and re.search(r"[,，;；]", s)):  # `2.…,须在2017年年底前…` is an item
            continue  # a title; a heading that is a sentence may be a plan's item (`一、年底前完成10个…。`)
        if sent.sentence_index == 0 and _ITEM_HEADING.match(s) and len(s) <= 30 and s.endswith("。") \
                and len(ctx.text[sent.end:ctx.structure.paragraphs[sent.paragraph_index].end].strip()) > 0:
            continue  # `一是抓美丽天津建设,推进有“深度”。` heads the item that follows
        # an item's fields (`(责任单位:…)`, `整改时限:…`) follow it within its paragraph
        item_end = min(ctx.structure.paragraphs[sent.paragraph_index].end, sent.end + 200)
        for p in ctx.structure.paragraphs[sent.paragraph_index + 1:sent.paragraph_index + 5]:
            if _ITEM_FIELD.match(p.text.strip()):
                item_end = p.end  # `1.加强…。` then `责任单位:生态环境局` on the next line: the item's fields
            elif not _ITEM_PART.match(p.text.strip()):
                break  # `整改目标:…` then `整改措施:…` then `责任单位:…`: one item's labelled parts
        roles = _roles(ctx, sent, verbs, listing, chained=chain is not None)
        if s.rstrip().endswith((":", "：")):  # a list's head: its items look ahead when it does
            last = next((c for c in reversed(roles) if c is not None), None)
            listing = 0 if last is None else 2 if verbs.search(last.body) and last.role != "lead" else 1
            if listing == 2 and i + 1 < len(sentences) and _ENUMERATOR.match(sentences[i + 1].text):
                continue  # `重点实施9个专项行动:` sums up the items that follow, each a commitment
        groups = _group(roles)
        if len(groups) > 1 and _ENUMERATOR.match(s) and _RESPONSIBLE.search(text, sent.end, item_end):
            groups = [[c for g in groups for c in g]]  # a table's item with its own fields is one commitment
        n_before = len(out)
        for group in groups:
            core = [c for c in group if c.role == "commitment"] or [c for c in group if c.role != "lead"]
            a, b = core[0].a, core[-1].b  # the commitment itself: its deadline and target
            qs = [q for c in core for q in c.quantities]
            deadline, report = _deadline(ctx, sent, sent_times, a, b, bool(qs), chain, item_end)
            if report and not any(c.deadline_cue for c in core):
                continue
            if deadline is None and not qs and ctx.ref is None:
                # `同时要在11月底实现阶段性销号,并在12月底达到全面销号目标` on a page whose year nothing tells: a deadline
                # stated, its date unknown (the row keeps its words, deadline_text)
                deadline = next((t for t in sent_times if a <= t.start < b and t.date_end is None
                                 and t.precision in ("month", "part_of_month", "day") and _DUE_AT.search(text, t.start - 2, t.start)
                                 and any(c.role == "commitment" and c.dated for c in core)), None)
            if deadline is None and not qs:
                continue
            if deadline is not None and ctx.ref and deadline.date_end.year < ctx.ref.year - 1:
                continue  # dated long before the document: a report, not a commitment (the warehouse
                # checks this too: dbt_project/tests/assert_task_deadline_not_before_document.sql)
            start, end = group[0].a, group[-1].b
            action = (core[0].body + text[core[0].b:end]).strip(" ,，")[:80] or text[start:end][:80]
            key = (core[0].body + text[core[0].b:b]).strip(" ,，")  # without its time: `2023年年底前累计完成33项`
            shingles = {key[i:i + _SAME] for i in range(max(1, len(key) - _SAME + 1))}
            items = _item_targets(sent, qs, ctx.dicts.units) or [(None, None)]
            # items stated respectively (`珠江、长江流域优良水体比例分别达到68.7%、50.0%`) are named before them all
            respective = len(items) > 1 and "分别" in text[start:sent.start + items[0][0].start]
            for k, (target, item_start) in enumerate(items):
                value = round(target.value, 6) if target else None
                # each item its own evidence: `完成全年366个村庄生活污水治理` | `160个村庄环境整治工作`
                e0 = item_start if item_start is not None and not respective else start
                e1 = items[k + 1][1] - 1 if k + 1 < len(items) else end
                if text[e1 - 1:e1] in "和及与、" and e1 - 1 > e0:
                    e1 -= 1
                # (a goal for another year is another goal: `2020年,全盟土壤环境质量总体保持稳定` and `到2030年,全盟土壤
                # 环境质量稳中向好`)
                said = (value, deadline.date_end if deadline else None)
                if len(items) > 1:  # each item by its own words: `…控制在4070万吨标准煤和煤炭消费总量压减10%的任务目标`
                    # stated twice is two items stated twice, not the first item's words taken for the second's
                    own = text[e0:e1].strip(" ,，")
                    shingles = {own[i:i + _SAME] for i in range(max(1, len(own) - _SAME + 1))}
                shared = sum(seen.get(x) == said for x in shingles)
                if shared and (shared * 2 >= len(shingles) or len(shingles) <= 6):  # `…治理等标志性战役` twice
                    # is a common ending; half of the words again, or a short phrase restated, is the same
                    continue  # stated before (a summary list and its details): once per document
                seen.update(dict.fromkeys(shingles, said))
                out.append(Task(
                    evidence_start=e0, evidence_end=e1, evidence=text[e0:e1],
                    action=action if len(items) == 1 else text[max(e0, a):e1].strip(" ,，")[:80],
                    deadline=deadline.date_end if deadline else None,
                    deadline_text=deadline.text if deadline else None,
                    target_value=value, target_unit=target.unit if target else None,
                    responsible=_responsible(ctx, s, start, end, item_end), region=ctx.region_at(sent, a),
                    category=_category_in_context(ctx, text[a:b], text[start:end], sent),
                ))
        if s.rstrip().endswith((";", "；")) and not listing \
                and (len(out) > n_before or any(c and c.cued and c.role == "commitment" for c in roles)):
            listing = 1  # `今年还将启动A;完成B;C达到100%。`: the items joined by `;` look ahead with the first
    return out
