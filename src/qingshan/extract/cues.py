"""What the text says about kind and tense: the cue patterns metrics, tasks and events all ask, built
from `kind_cues.csv` (the words: 力争, 确保, 已, 累计, 年底前 …) and the one grammar of the modal
verbs 将 and 要 in this file (only as modal verbs: not `将21家企业纳入`, `重要`, `要求`, `纪要`).

`cues(dicts)` compiles them once per dictionary set; an extractor reads them as `ctx.cues`.
"""
from __future__ import annotations

import dataclasses
import re

from ..dictionaries import Dictionaries

_NOT_AFTER = "纲重主需纪摘概只首简"  # 重要, 主要, 纪要, 摘要, 概要, 只要, 首要(污染物), 简要 …
_NOT_BEFORE = "求点素闻件"  # 要求, 要点, 要素, 要闻, 要件
# after a subject (`全市将…`, `我们要…`, `会议将…`) either is a modal unless a number follows (`将3家…`), or
# 将 marks the object of a verb of placing (`我市将生态文明建设纳入重要议事日程`, `将“…”列为…`, `将…作为…`): a noun
# phrase runs from it to that verb, no other verb or conjunction between (`将把…纳入`, `将新建5座…并纳入` are `shall`)
_OBJECT = r"(?:“[^”]{1,30}”|(?!并|和|及|把|新建|完成|建成|实施|推进|开展|加快|启动|实现|达到|安排)[^,，。;；])"
# a goal missed (`…8市未完成优良天数预期提高目标`): those counted failed it, a result, no commitment
MISSED_GOAL = re.compile(r"(?:未|没有|没能|尚未)(?:能)?(?:完成|达到|实现)[^,，;；。的]{0,12}目标(?:要求|任务)?(?=[,，;；。!！]|$)")
# (not a modifier, `未完成目标的5个县要…`, `督促未完成减排目标企业于…前…`)
# a sentence opening with the time or the event since which it tells (`今年以来,`, `“回头看”以来,`, `督察进驻以来,`, `近年来,`),
# after its source or not (`数据显示,“十四五”以来,`): an account, every clause of it (read by the time frame for figures and by
# tasks) until one looks ahead
SINCE_OPENING = re.compile(r"\s*(?:[^,，。;；:：]{0,8}(?:显示|表明|统计|获悉|了解到)[,，])?"
                           r"(?:[^,，。;；:：]{1,24}以来|近年来|近些年来|近几年来|多年来|这些年来)[,，]")

# a year's account of work and the next year's plan in one title (`2020年度工作总结及2021年度工作计划`, `2019年工作总结和
# 2020年工作思路`): an account, written as its year closes, whatever plan follows it
SUMMARY_THEN_PLAN = re.compile(r"(20\d{2})年度?[^,，。\d]{0,8}?总结(?:及|和|暨|与|、)[^,，。\d]{0,4}?(?:20\d{2})年度?"
                               r"[^,，。\d]{0,8}?(?:计划|安排|思路|打算|要点|谋划)(?![^,，。]{0,6}?会)")  # (not a meeting's name)
# words looking ahead after an account of what has been (`…以来,…,今年计划完成营造林3万亩`, `…还要完成1.5万户`, `…要达到80%`):
# a plan as a verb (not `年度计划投资`, a noun), a modal before its verb (not `将全市126家…纳入`, the object's marker),
# striving (not `为确保…`, a purpose; not `争取`, which also tells funds secured: `争取到中央资金1.5亿元`)
AHEAD = (r"(?<!为)确保|力争|预计|拟(?=[\u4e00-\u9fff])|(?<!度)计划(?=完成|实施|新建|建成|开工|启动|改造|于|在|到|年内)"
         r"|争取(?=再|在|于|到(?:\d|二〇|年|今年|明年)|完成|实现|达到|新增|新建|建成|全面)"
         r"|还要|要(?=[继进加持推大力确达保控实完新建])|将(?=[继进加持推大力确于逐完实达新建开启争])|下一步|今后")
PLACED = r"(?!" + _OBJECT + r"{1,24}?(?:纳入|列入|列为|作为|融入|摆在|放在|转化为|贯穿))"
# 将 as `shall`, not the object marker (`将21家企业纳入`): before an adverb (`将继续`, `将进一步`) — the modal a task's
# subject stands before (tasks' leads) — or before a verb of a level reached or a thing done (`将削减至81微克`, `将降至`,
# `将达100%`, `将提高到`, `将控制在`, `将增加`, `将完成`, `将新建`, `将超过`), unless a verb of placing follows its
# object (`将达标企业纳入…`, `将增加的资金用于…`, `将控制成效显著的园区列为…`)
WILL_ADVERB = r"将(?=[继进全加持着推大力确于在会要逐])"
_WILL_LEVEL = r"将(?=[削降减提达控增完新超])(?!" + _OBJECT + r"{1,24}?(?:纳入|列入|列为|作为|融入|摆在|放在|转化为|贯穿|用于))"
WILL = WILL_ADVERB + "|" + _WILL_LEVEL
MUST = rf"(?<![{_NOT_AFTER}])要(?![{_NOT_BEFORE}])"  # 要 as `must`
MODAL = WILL + "|" + MUST
LEAD_MODAL = WILL_ADVERB + "|" + MUST  # (a task's subject before a level verb is the task's: `优良天数比例将提高到93%`)
# a modal followed by the verb it governs (`将继续`, `要确保`): a lead that makes the rest a goal
MODAL_BEFORE_VERB = (rf"将(?=[继进全加持着推大力确于在逐])|{_WILL_LEVEL}"
                     rf"|(?<![{_NOT_AFTER}])要(?=[继进全加持着推大力确于在逐达保控实])")
# a heading's numbering before its words (`二、`, `(一)`, `1.`)
HEADING_NUMBER = r"^[\s\d一二三四五六七八九十、.()（）]*"
# an item of a list opening a sentence (`一是…`, `(三)…`): what it tells of is its own, not the item's before it
ITEM_OPENS = re.compile(r"[一二三四五六七八九十]+是|[(（][一二三四五六七八九十]+[)）]")
# who strives for what follows (`某市力争到2026年底,`, `全市争取…`, `确保…`): the words, and the one pattern of them
STRIVE_WORDS = ("力争", "争取", "确保")
STRIVE = "(?:" + "|".join(STRIVE_WORDS) + ")"
# a time before which things were registered, bought, built or put in use, telling which things are meant
# (`2005年底前注册营运的黄标车`, `2012年以前投产的机组`): no deadline (the cue `年底前`) and no period of a figure
# (timeframe._REGISTERED_BEFORE); 建成, 投产 only right before 的, as they are as often the act a deadline is set for
# (`2024年底前建成全市统一的…网络`)
WHICH_THINGS = r"(?:(?:注册|登记|出厂|购买|购置|销售|核发|上牌)[\u4e00-\u9fff]{0,4}|(?:建成|投产|投运|生产)(?:投运|投产|运行|使用|营运)?)的"
# who asks or sets what follows, as a clause of its own (`方案要求,`, `《意见》明确:`, `会议提出,`): it stands apart from the
# deadline or period after it, which then opens the sentence
ASKS = r"[^,，。;；:：\d]{1,10}(?:要求|提出|明确|规定)(?:了[^,，。;；:：\d]{0,8}(?:目标|任务)[,，]即|[,，:：])"
# the kind a plan names itself by in its preamble (`制定本方案`, `制定本工作方案`, `制定本专项整改方案`)
OWN_PLAN_KIND = r"(?:年度|行动|工作|实施|专项|整改|整治|攻坚|治理){0,2}"
# a work plan's preamble arranging the work it lays out (`现对2024年全市生态环境工作作出如下安排`): what makes the page a
# plan (metadata) and, by the year in `arranged`, the year its items are due in (tasks)
ARRANGES_WORK = r"现(?:对|就)(?P<arranged>[^。]{0,60}?)(?:作出|作|提出)(?:如下|以下)(?:安排|部署|意见)"
# the day a page's news lead tells something was done (`日前,`, `近日,`, `5月20日,`): news of it, not background
# (`近年来,国务院印发《…》`)
LATELY_WORDS = r"日前|近日|近期|今天|今日|昨天|昨日"
ISSUED_LATELY = r"(?:" + LATELY_WORDS + r"|\d{1,2}月\d{1,2}日)[,，]"
# a document named as the basis of what is done, not issued by the page's news: the words before it (`按照省政府印发的《`)
FOLLOWED_BASIS = re.compile(r"(?:按照|根据|依据|依照|贯彻|落实|参照)[^,，。;；《]{0,12}$")
# a body issuing a document (`印发`, `出台`, `发布`…)
ISSUES = r"印发|出台|制定|下发|发布"
# one year's plan reported issued (`印发《武隆区2021年…目标任务分解》`, `发布《…2023年行动计划》`, `印发的《…》`; not a span,
# `…三年行动计划(2018—2020年)`, nor a bulletin's name); one of several a verb issues (`出台《…(2017-2020年)》《…2017年…方案》`)
_ISSUED_PLAN = re.compile(r"(?:" + ISSUES + r")(?:了|实施|的)?(?:《[^《》]{1,60}》[、和及与]?){0,3}《[^《》\d]{0,30}?(?P<year>\d{4}年度?)[^《》\d]{0,30}?"
                          r"(?:计划|方案|要点|安排|分解|清单)》")


# (or named without its marks, as reports often do: `市政府办公室印发德州市2018年大气污染防治工作方案。`)
_ISSUED_BARE_PLAN = re.compile(r"(?:" + ISSUES + r")(?:了|实施|的)?[^《》,，。;；:：\d]{0,12}?(?P<year>\d{4}年度?)"
                               r"[^《》,，。;；:：\d]{0,24}?(?:计划|方案|要点)(?=[。,，;；])")


def issued_plans(text: str):
    """The plans of one year a text reports issued, not those it follows (`按照省政府印发的《…2019年…方案》要求`): the
    time frame dates an undated page by them, the tasks after a lead issuing one are due in its year."""
    found = sorted([*_ISSUED_PLAN.finditer(text), *_ISSUED_BARE_PLAN.finditer(text)], key=lambda m: m.start())
    return (m for m in found if not FOLLOWED_BASIS.search(text, max(0, m.start() - 14), m.start()))
# (not 将近, nearly; nor the occasion a thing is done on, `世界环境日即将到来之际,某局召开新闻发布会`)
# (nor one before a number, `将3家…`, `将三类问题交办…`, `将一些…`: 要一体学习, 要一鼓作气 are modals)
MODAL_AFTER_SUBJECT = (rf"(?<![{_NOT_AFTER}])(将(?!近)(?!(?:到来|来临)之际){PLACED}|要)(?![0-9{_NOT_BEFORE}]"
                       r"|[一二三四五六七八九十两](?:[一二三四五六七八九十百千万两]|[个项家条座台次批名位件处类种些般]))")


@dataclasses.dataclass(frozen=True)
class Cues:
    target: re.Pattern  # a clause that sets a goal (`力争`, `确保`, `控制在`, a modal)
    ahead: re.Pattern  # words looking ahead after what has been (AHEAD)
    opens_target: re.Pattern  # a sentence that opens as a goal (`到2025年`, `…将继续…`)
    past: re.Pattern  # a clause that reports (`已`, `累计`, `同比`)
    deadline: re.Pattern  # a clause with a deadline (`年底前`, `前完成`)
    lead_target: re.Pattern  # a lead earlier in the sentence that makes every figure after it a goal
    paragraph_plan: re.Pattern  # a paragraph that opens with what someone will do (`下一步,全市将…`)
    target_heading: re.Pattern  # a heading that announces goals (`目标`, `下一步`)
    report_heading: re.Pattern  # a heading over a record of work done (`重点工作完成情况`)
    stretch: re.Pattern  # a target aspired to (`力争`, `争取`)
    target_level: re.Pattern  # a cue of how firm a target is: group `binding` (`确保`, `不超过`) or `stretch`
    planned: re.Pattern  # words telling what is planned, not done (`力争`, `计划新建`; not `行动计划共120项`): target cues too
    names_target: re.Pattern  # words right before a figure that name it the target (`考核任务为99.7%`)
    names_target_anywhere: re.Pattern  # the same words wherever they stand
    names_list_target: re.Pattern  # the same words ending a clause: the figures after them are targets (`考核指标为,`)
    names_target_after: re.Pattern  # words right after a figure that name it a goal (`…减少6%的改善目标`)
    meets_target: re.Pattern  # words right after a figure measuring it against a goal (`…,优于国家…的考核目标`): a result
    beats_target: re.Pattern  # words right before a figure by which a result beats or misses a goal (`超国家考核目标14.8个百分点`)
    goal_label: re.Pattern  # a label opening the sentence that names what follows goals (`主要目标:`)
    proposes: re.Pattern  # a paragraph opening with what a document proposes (`报告提出:…`): its figures are goals
    state: re.Pattern  # a sentence telling how things stand or what was done (`全市现有`, `已建成`, `共查处`)
    done_count: re.Pattern  # done, right before the count of what was (`已完成21项`, `已全部办结`)
    penalised: re.Pattern  # an enforcement act before the count of what it acted on, in its clause (`处罚企业2家`)
    penalising: re.Pattern  # an enforcement act right before the count (`责令4718家企业…`)
    ledger: re.Pattern  # an inspection's ledger: what it handed over or fed back (`督察组交办`, `交办信访件`)
    reduced: re.Pattern  # a cut in emissions before the tonnes of what it cut, in the sentence (`减排二氧化硫4500吨,氮氧化物990吨`)


def _any(words: tuple[str, ...]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_BUILT: dict[int, tuple[Dictionaries, Cues]] = {}


def cues(dicts: Dictionaries) -> Cues:
    """The cue patterns of this dictionary set (compiled on first use)."""
    built = _BUILT.get(id(dicts))
    if built is not None and built[0] is dicts:
        return built[1]
    k = dicts.kind_cues
    out = Cues(
        target=re.compile(_any(k.get("target", ()) + k.get("planned", ())) + "|" + MODAL),
        planned=re.compile(_any(k.get("planned", ())) or "(?!)"),
        ahead=re.compile(AHEAD),
        opens_target=re.compile("^(" + _any(k.get("opens_target", ())) + r"|[^,]{0,12}(" + MODAL_BEFORE_VERB + "))"),
        past=re.compile(_any(k.get("past", ()))),
        deadline=re.compile("(?:" + _any(k.get("deadline", ())) + ")(?!" + WHICH_THINGS + ")"),
        lead_target=re.compile(_any(k.get("lead_target", ())) + "|" + MODAL_BEFORE_VERB),
        # not a sentence that opens with the preposition 将 (`将督察转办案件边督边改常态化`)
        # (after a topic: `在水环境综合整治方面,成都市将…`)
        # (after who says it: `齐齐哈尔市提出,2023年要巩固…`, `厅长刘某介绍,2023年,湖南将…`; or after the goals it names:
        # `会议明确了今年河北环境改善目标,全省PM2.5平均浓度要下降6%以上`)
        # (not results measured against goals: `全市超额完成省定目标,…`)
        paragraph_plan=re.compile(r"^(?:[^,，。;]{2,10}(?:提出|指出|强调|表示|介绍|透露)[,，:：]"
                                  r"|(?![^,，。;]*?(?:完成|实现|达到|超额|超过))[^,，。;]{2,24}目标(?:为|是)?[,，:：])?"
                                  r"(\d{4}年|今年|明年|下一步|下半年)?(?:在?[^,，。;]{2,14}方面[,，])?"
                                  r"[^,，。;]{0,6}[,，]?[^,，。;]{2,14}?"
                                  + MODAL_AFTER_SUBJECT),
        target_heading=re.compile(_any(k.get("target_heading", ()))),
        report_heading=re.compile(_any(k.get("report_heading", ())) or "(?!)"),
        stretch=re.compile(_any(k.get("stretch", ()))),
        target_level=re.compile(f"(?P<stretch>{_any(k.get('stretch', ()))})|(?P<binding>{_any(k.get('binding', ()))})"),
        names_target=re.compile("(?:" + (_any(k.get("names_target", ())) or "(?!)") + r")\s*$"),
        names_target_anywhere=re.compile(_any(k.get("names_target", ())) or "(?!)"),
        names_list_target=re.compile("(?:" + (_any(k.get("names_target", ())) or "(?!)") + r")\s*[,，:：]"),
        names_target_after=re.compile(_any(k.get("names_target_after", ())) or "(?!)"),
        meets_target=re.compile(_any(k.get("meets_target", ())) or "(?!)"),
        beats_target=re.compile("(?:" + (_any(k.get("beats_target", ())) or "(?!)") + r")\s*$"),
        # (after a short lead-in clause: `在此基础上,河北省提出2018年大气治理目标:…`)
        goal_label=re.compile("^(?:[^,，。;；:：]{1,10}[,，])?(?:" + (_any(k.get("goal_label", ())) or "(?!)") + ")"),
        proposes=re.compile("^(?:" + (_any(k.get("proposes", ())) or "(?!)") + ")"),
        state=re.compile(_any(k.get("state", ())) or "(?!)"),
        done_count=re.compile("(?:" + (_any(k.get("done_count", ())) or "(?!)") + ")$"),
        # (in the clause, not through those among them that did something since: `立案查处企业中已整改到位的有98家`)
        penalised=re.compile("(?:" + (_any(k.get("penalised", ())) or "(?!)") + r")(?:(?!后已)[^,，。;；:：、\d中]){0,20}$"),
        penalising=re.compile("(?:" + (_any(k.get("penalised", ())) or "(?!)") + ")$"),
        ledger=re.compile(_any(k.get("ledger", ())) or "(?!)"),
        # (listed right after the cut, each clause before the figure's ending on its tonnes: not `为减少排放,全年查扣…30吨`)
        reduced=re.compile("(?:" + (_any(k.get("reduced", ())) or "(?!)") + r")(?:[^。;；:：,，]{0,16}吨[,，、])*[^。;；:：,，]{0,16}$"),
    )
    _BUILT[id(dicts)] = (dicts, out)
    return out
