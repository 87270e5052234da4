"""Events: meetings, press conferences, study sessions, inspections, signings, awards, campaigns and
releases that the text reports as having happened (or announces with a date).

Triggers come from dbt_project/seeds/event_triggers.csv. A trigger that needs an act counts only
with one in its clause, before it (`召开…大会`, `开展…督察`) or after it (`…大会召开`, `…在杭州举办`);
a meeting named only as the setting of what is reported (`在…会议上`, `…新闻发布会发布了`) counts
when the text places or dates it. Background mentions (`督察转办案件中`), relative clauses
(`已经出台的《…》`), habits (`每三年开展一次评选`), plan items and exhortations (`要持续开展…`, a
plan document's measures) are not events unless they carry a date. A release needs a document
(`《…》`, `方案`) or an organisation that reports on a given day (`…厅10日对外通报`); each document
released is one event. One event mentioned again (`今天的新闻发布会`) is one row.

The organiser is the clause's subject (`XX局召开`, `富顺县在千盛广场举行`), `全省/我市` as the page's
own place, the organisation of a person who leads it (`…处长郭某带领工作组`), or in a transcript the
organisation of the speaker who reports it. Participants are the officials named where the event is
reported: its paragraph and the paragraphs that go on about it.
"""
from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from functools import lru_cache

from ..text.structure import DIGEST_NUMBER, Layout, in_book_title
from .context import DocContext
from .cues import FOLLOWED_BASIS, ISSUED_LATELY, MODAL_AFTER_SUBJECT
from .place import DATELINE, DATELINE_DAY_END, UNIT_WORDS, qualify_org
from .records import Event, Participant, Person
from .tasks import frame_looks_ahead, plan_frame
from .timeframe import agenda_day, signed_date

_ACT = re.compile(r"召开|举行|举办|承办|开展了?|组织开展|组织召开|组织|启动|印发|出台|制定印发了?|制定实施|制定了?|发布了?|"
                  r"签订了?|签署了?|获评|荣获|获得|被?授予|评为|评选|联合开展|进行了?|派出|带领|赴|列席|旁听|递交了?|颁发|公布了?")
_NEGATED = re.compile(r"(?:没有|没|未|不再|尚未)$")  # right before an act: it did not happen
# verbs of inspecting in person (`副部长某某率督查组到某市督查…`, `到某县督查整改工作`: 督查, 督察 too, where an official
# goes to do it; not the team's name, `督查组`, nor the noun a qualifier names, `听取中央环保督察整改情况汇报`)
_INSPECTING = re.compile(r"调研|督导|检查|视察|考察|暗访|巡查|巡河|巡林|巡湖|(?<!环保)(?<!环境保护)(?<!中央)(?<!省级)"
                         r"(?<!专项)(?<!例行)督[查察](?![组办])")
_IN_PERSON_WORD = re.compile(r"实地|现场|亲自")
_TEAM_VISITING = re.compile(r"一行|(?:督察|督查|督导|检查|巡视|巡察)组")  # who visits, a body's team
_WHILE_THERE = re.compile(r"[^,，。;；]{0,12}?(?:时|期间|以来|之际)")
_NOT_DONE = re.compile(r"未|没有|原定|推迟|延期|取消|要求")
_IN_PERSON = re.compile(r"[^,;:：。]{0,12}?(?:方式|形式)|(?:" + _IN_PERSON_WORD.pattern + r"|专程|带队){0,3}")  # `王某以“四不两直”方式督导`,
# `李某实地督导`, `邓某带队实地调研`
# a plan's label (`基本思路:`, `主要任务:`) and, in a table's cell or a plan, a schedule's (`一季度:`): what
# follows is planned, not reported (a year's review may list its months: `3月:印发《…》`)
_PLAN_LABEL = re.compile(r"^[^,，。:：]{0,6}(?:思路|任务|目标|措施|举措)[:：]")
_SCHEDULE_LABEL = re.compile(r"^(?:[一二三四]季度|[上下]半年|\d{1,2}(?:-\d{1,2})?月(?:份|底|中旬|上旬|下旬)?前?|年底前?)[:：]")
_COPULA = re.compile(r"^[^,;。]{0,8}是")
_CHARACTERISED = re.compile(r"[,，]?(?:这|既|也|更|都|就)?是(?!否)")  # the clause after the act's says what it is
_YEAR_OF = re.compile(r"之年|第[一二三四五六七八九十]年")
# (`来平调研`: 来 and the one-character short name of the place visited)
_VISIT = re.compile(r"(?:(?<![达得受收遇直])到|赴|来到|深入|前往|来(?=[我本该]|[\u4e00-\u9fff]$))[^;。]{0,20}$")
# `州委书记夏某在门源县、祁连县督导检查生态环境保护工作时强调`: where an official was when speaking
_AT_PLACE = re.compile(r"在[^,;。]{1,24}$")
_WHILE = re.compile(r"[^,;。]{0,30}?(?<![及同实随适按准暂])时(?=强调|指出|要求|表示|说|提出|讲话)")
# a heading over what is still to be done (`整改措施`, `下一步工作安排`); not a work report's `主要工作措施`
_PLANNED_HEADING = re.compile(r"整改(?:措施|任务|目标)|工作安排|下一步|工作计划|工作要点|打算|重点任务")
_AFTER_ACT = re.compile(r"召开|举行|举办|揭晓|开幕|启动|闭幕")
# a clause going on with the subject of the one before (`…,并于4月12日反馈了…`, `…,随后召开…`)
_GOES_ON = re.compile(r"\s*(?:并|随后|随即|之后|同时|还|又)")
# (with what kind_cues.csv says is planned: `力争`, `计划`, not a plan named as a noun)
_FUTURE = re.compile(MODAL_AFTER_SUBJECT + r"|下一步|今后|继续|进一步|工作安排")
_DONE_LATELY = re.compile(ISSUED_LATELY)
# a summons held as a session with those summoned (`集体约谈`, `公开约谈`, `约谈会议`), as every probe key that counts one has it
_SUMMONS_SESSION = re.compile(r"(?:集体|集中|公开)约谈|约谈(?:会|专题会)")
_LATELY = re.compile(r"日前|近日|前不久|不久前")  # (not 近期, which qualifies a noun as often: `针对近期重污染天气召开…`)
# right before the act: done of late (`日前印发的《…》`, `近期出台的《…》`, where 近期 can only be of the act)
_LATELY_BEFORE = re.compile("(?:" + _LATELY.pattern + r"|近期)$")
_PRESENT_RELEASE = re.compile(r"现将|现印发|印发给你们|现予|现按要求")
_HABIT = re.compile(r"每[一二三两四五六七八九十\d]*[年月周季]|定期|不定期|常态化|经常性|坚持|多年来|历年|年年")
# how a check is kept up, right before its verb (`进行全天候巡查`, `实时开展“回头看”`): on a clause no day dates, a habit
_KEPT_UP = re.compile(r"(?:实时|全天候|随时)[开展进行组织]{0,4}[“\"]?$")
# someone asked to do it (`要求各县区与重点排污单位签订…承诺书`): a plan item, not a happening (not what a
# requirement was followed by: `按照省厅要求,…签订`)
_ASKED_TO = re.compile(r"^(?!.*(?:按照|根据|遵照|按)[^,，。;；]{0,12}要求).*要求[^,，。;；]{0,30}$")
# years in a row of the same act (`连续9年与各地市…签订…责任书`): a practice, not one occurrence (an honour won again,
# `连续两年被评为“优秀”等次`, is this year's award)
_YEARS_RUNNING = re.compile(r"连续[一二三两四五六七八九十\d]+年")
# triggers that are themselves the act of meeting someone (`部长黄某在京会见…部长`) or of holding one
# (`1月24日,生态环境部进行新闻发布`): no 召开 or 举行 before them
_MEETS_WITH = ("会见", "进行新闻发布")
# a clause of going somewhere (`莅临腾冲市`): where a visit goes, no organiser
_TO_A_PLACE = re.compile(r"莅临|亲临|来到|前往|赴|到|深入|走进")
# one after another before the trigger (`先后出台`, `先后荣获`): documents or honours over the years
_SUCCESSIVELY = re.compile(r"先后[^,，;；。]{0,8}$")
# times counted before the trigger (`开展了3轮13次突击执法检查专项行动`; not an ordinal, `第3次会议`)
_COUNTED = re.compile(r"(?<![第\d])(?:[2-9]|\d{2,})\s*(?:轮|次|批次|场)[^,，;；。、]{0,14}$")  # (2 or more: `1次` is one)
# a telling verb whose object runs to the trigger (`通报了…`, `介绍了…`), and the report of it that follows (`…情况`)
_TOLD_OF = re.compile(r"(?:发布|通报|公布|介绍|汇报)了?[^,，。;；]{0,40}$")
_REPORT_OF = re.compile(r"[^,，。;；]{0,6}?(?:情况|结果|进展|成效)")
# a count of times held (not an ordinal, `第2次`, `十五届3次全会`, `第十三次`)
# (`二次` alone is secondary: `二次供水`, `二次扬尘`)
_TIMES_HELD = re.compile(r"(?<![第届\d两一二三四五六七八九十百])(?:[2-9]|\d{2,}|两|[三四五六七八九十]|[二三四五六七八九]?十[一二三四五六七八九]?)\s*次")
# what follows the trigger: the start of a tally (`…行动以来,`), a means (`…等方式`); the things checked, counted (`检查涉水企业46家`)
_SINCE_OR_MEANS = re.compile(r"以来|[^,，;；。]{0,4}等(?:方式|形式|手段)|的?(?:方式|形式)")  # (`通过视频会形式部署`)
# meetings listed after 通过 as the means of a practice (`通过召开党委常委会议、理论学习中心组集体学习会…等多种形式,…`)
_MEANS_LISTED = re.compile(r"[^,，;；。]*?等(?:多种|各种)?(?:方式|形式|途径)")
_CHECKED = re.compile(r"[^,，;；。、]{0,10}?\d+\s*(?:家|个|处|座|台|人次|户)")
# a sentence about the event told before it (`此次检查主要采取…`, `本次会议共…`): its parts and means, not new events
_THIS_EVENT = re.compile(r"\s*(?:此次|本次|这次)[\u4e00-\u9fff]{0,8}?(?:检查|督察|督查|会议|活动|行动|调研|培训|执法|巡查)")
_HELD_TYPES = ("meeting", "inspection", "campaign", "study_session")
_DEICTIC = re.compile(r"^(今天的?|本次|本场|此次|这次|本届|该|本)")
_BOOK = re.compile(r"《[^》]{2,60}》")
# (a notice served on one party, `责令整改通知书`, `处罚决定书`, is an act of enforcement, not a release)
# a document drawn up, told done (`制定了综合行政执法事项清单`, `制定了全省新能源汽车推广应用工作方案`; not the page's own,
# `我局制定了本实施方案,现印发给你们`)
_DRAWN_UP = re.compile(r"了(?![本此该]|相关|各自|本地)[^,，;；。]{0,30}?(?:方案|清单|办法|细则|意见|规定|条例|计划|规划)(?=[,，;；。、]|$)")
# no release: a company's plan (`该企业虽制定了…应急预案`; its words before what the plan is for, `针对…企业`, are the
# bureau's), lower bodies' own (`各县区均已制定`), one asked about or not drawn up (`是否制定了`, `至今未制定`)
_NOT_ISSUED_BY = re.compile(r"^[^针对]*?(?:企业|公司|厂|均已|各[县区市乡镇])|(?:是否|未|没有|尚未)$")
_DOCUMENT = re.compile(_BOOK.pattern + r"|方案|规划|计划|意见|办法|宣言|措施|条例|通知(?!书)|纲要|清单|指南|手册|要点|公报")
# what a body discloses besides documents: how it rectified or handled what it was told (`整改落实情况公开如下`, `已办结
# 42件,现予以公开`, `前十二批信访件…予以结案并在省政府网上公开`)
_DISCLOSED = re.compile(_DOCUMENT.pattern + r"|整改(?:落实)?情况|(?:办理|查处|办结)情况|办结|信访件")
_RELEASED_SUBJECT = re.compile("(?:" + _DOCUMENT.pattern + r")(?:全部|均|已|都|正式)?$")
# a page releasing what it carries, now (`现按要求向社会公开`, `现予公布`, `特此公告`)
# what is done in public rather than made public (`公开征求意见`, `公开审理`, `公开招标`)
_PUBLIC_ACTS = ("征求", "审理", "招标", "曝光", "遴选", "选拔", "承诺", "道歉", "宣判", "透明")
_PASSED_BY = re.compile(r"(?:审议|研究|讨论)?(?:通过|同意)")  # `经…会议审议通过`: what a meeting decided
_HEREBY = re.compile(r"^(?:现(?:将|予|就|按|印发|转发)|特此|兹)")  # not 现场, 现有
# what may stand between a document and the trigger releasing it, the document its subject: who issued it in the passive
# (`由市政府办公室`, `经市政府常务会议审议`), an adverb (`已`, `正式`)
_RELEASED_BY = re.compile(r"(?:(?:由|经|被)[^《》,，。;；]{0,30}?|已经?|正式|均|先后|日前|近日|\s)*")
# a summary of the page above its text (`摘要:…会议召开。`, `核心提示:…`, `【导读】…`), which the text tells again
_SUMMARY = re.compile(r"\s*(?:[【\[]\s*(?:摘\s*要|核心提示|内容提要|提要|导读)\s*[】\]]\s*[:：]?|(?:摘\s*要|核心提示|内容提要|提要|导读)\s*[:：])")
# a notice's title and its number on one line (`…实施计划的通知 拱政办发〔2018〕42号`): the headline again
_TITLE_AND_NUMBER = re.compile(r".+[\s ]*[\u4e00-\u9fff]{1,8}〔\d{4}〕\d{1,4}号\s*")
_SENT_HERE = re.compile(r"现(?:印发|转发|下发)给?你们")
_THIS_DOCUMENT = re.compile(r"本(?:实施)?(?:方案|办法|计划|意见|细则|规划|通知)")
# what a government makes public as a matter of course: `信息公开`, `政务公开` name a duty or a page
_DISCLOSURE_KINDS = ("信息", "政务", "政府", "党务", "厂务", "村务", "校务", "依申请", "主动")
_NAME_STOP = re.compile(r"[,;。:、]|" + _ACT.pattern + r"|日前|近日|近期|连日来|今日|今天|昨日|昨天|当日|当天|今年|目前|先后|持续|全面|扎实")


@lru_cache(maxsize=4)
def _org_tail(org_suffixes: tuple[str, ...]) -> re.Pattern:
    """A name that ends as an organisation's does (dbt_project/seeds/org_suffixes.csv)."""
    return re.compile("(" + "|".join(map(re.escape, org_suffixes)) + ")$")
_ADVERBS = re.compile(r"(日前|近日|近期|连日来|今日|今天|昨日|昨天|当日|当天|今年|去年|扎实|积极|全面|深入|持续|连续|联合|先后|多次|及时|还|也|已|"
                      r"正式|对外|\d{1,2}月\d{1,2}日|\d{1,2}日|\d{4}年|春节前|上半年|下半年|组织|共同|第一时间|高规格|再次|"
                      r"[上下]午)+$")
_LEAD = re.compile(r"^(会上|同时|此外|据了解|据悉|今年以来|近年来|随后|在|由|经|据)")
# a prepositional phrase between the subject and its act: `XX中心组围绕生态文明建设开展…`
_VENUE = re.compile(r"(?:随后|然后|同时|会后|当天|并)?[在于]")  # a place a subject-less clause was held in
_PREPOSITION = re.compile(r"围绕|就|对|在|于|按照|根据|结合|针对|与|同|会同|向|为")
_ADDRESSED = re.compile(r"向|对|与|同|会同")  # the prepositions of whom an act is addressed to or done with
_PARTICIPATION = re.compile(r"出席|主持|讲话|发布|回答|参加|带领|报告|强调|介绍|指出|要求|谈|参会|发言|见证|签署|签订|"
                            r"代表|应邀|汇报|传达|总结|收听|致辞|颁奖|率队|陪同|督导|到会|作了|作典型|作主题|说|表示")
_LEADS = re.compile(r"带领|率队|率|主持|召集")
_TURN = re.compile(r"^[\u4e00-\u9fff、()（）]{0,40}?([\u4e00-\u9fff]{2,3})\s*[:：]")
_QUOTED = re.compile(r"“[^”]{0,80}”|《[^》]{0,80}》|「[^」]{0,80}」")
_CLAUSE_END = re.compile(r"[,;。]")
# an occasion held (`举办…对接活动`, `主场活动在杭州举办`, `举行…放生活动`) is no campaign: only one carried
# out (`开展…活动`) or named as one (`宣传活动`, `实践活动`: their own triggers) is
_HELD = re.compile(r"举办|举行")
_NOMINAL = re.compile(r"情况|工作|以来|成效|进度")  # `攻坚行动开展情况`: the act as a noun, not an act
_REPORTED_BY_OUTCOME = re.compile(r"(明确|正式)?(提出|指出|强调|审议通过|作出|听取|审议)")
_FOUND_BY_INSPECTION = re.compile(r"组?(?:共|累计|共计)(?:发现|交办|转办|受理|立案|查处)")
_DONE_LABEL = re.compile(r"^(整改|完成|落实|进展|办理)(情况|结果)[:：]")  # a list's `整改情况:` reports done work


def _clauses(s: str, triggers: re.Pattern | None = None) -> list[tuple[int, int]]:
    """(start, end) of the clauses of a sentence; commas inside quotes and book titles do not end one
    (`举行“深入打好…攻坚战,打造…高地”新闻发布会`), nor one before `以及` that goes on with its list, no act of its own
    in it (`发布了…情况,以及…编制的《…公报》`; not `带队检查…,以及召开座谈会…`: triggers, outside quotes and titles)."""
    masked = _QUOTED.sub(lambda m: "＿" * len(m.group(0)), s)
    ends = [m.end() for m in _CLAUSE_END.finditer(masked)]
    if (ends[-1] if ends else 0) < len(s):
        ends.append(len(s))  # (the sentence's last words, unpunctuated)
    out, pos = [], 0
    for end in ends:
        if out and masked.startswith("以及", pos) and not (triggers and triggers.search(masked, pos, end)):
            out[-1] = (out[-1][0], end)  # (`发布了…情况,以及…编制的《…公报》`: the list of what is done goes on)
        else:
            out.append((pos, end))
        pos = end
    return out


def extract_events(ctx: DocContext, people: list[Person]) -> list[Event]:
    events: list[Event] = []
    seen: dict[str, int] = {}
    summaries: list[Event] = []  # events told in a page's summary above its text (`摘要:`), which the lead may tell again
    told_again: set[int] = set()  # those the lead has told again (see below)
    art_of: dict[int, int] = {}
    announced_awards: set[int] = set()  # articles where a prize is announced: `获评…` there lists its winners
    speakers = _speaker_orgs(ctx, people)
    triggers = {t: (etype, needs) for t, etype, needs in ctx.dicts.event_triggers}
    order = {t: k for k, (t, _, _) in enumerate(ctx.dicts.event_triggers)}
    titles = {a.title for a in ctx.structure.articles}
    officials = {p.name for p in people if p.role == "official"}
    agenda = _agenda_event(ctx, people, triggers) or _speech_event(ctx, people)
    if agenda is not None:
        seen[_DEICTIC.sub("", re.sub(r"[\W_]", "", agenda.name))] = 0
        art_of[id(agenda)] = _sentence_at(ctx, agenda.evidence_start).article_index
        events.append(agenda)
    for sent in ctx.structure.sentences:
        if not ctx.dicts.event_trigger_pattern.search(sent.text):
            continue  # no trigger in the sentence, none in any of its clauses: no event
        para = ctx.structure.paragraphs[sent.paragraph_index]
        if (para.heading_level == 0 and not para.text.startswith("——")) or (
                re.search(r"[:：]\s*$", para.text) and ((len(para.text) <= 40 and "。" not in para.text)
                                                      or _ADDRESSEES.search(para.text))):
            continue  # headlines, speaker lines (`…科长吴源生 :`) and a notice's addressees (`各县(市、区)人民政府,
            # …:`) report nothing themselves (a lead ending `…详情如下:` does)
        if _QUESTION_TURN.match(para.text):
            continue  # a reporter's question in a transcript (`中央电视台记者:…随着第四批中央环保督察组进驻完毕,…`) reports nothing
        if re.match(r"^[-=—_*~]{6,}", para.text) or para.text in titles or DIGEST_NUMBER.sub("", para.text) in titles \
                or _TITLE_AND_NUMBER.fullmatch(para.text) and \
                any(para.text.startswith(t) for t in titles if t) or \
                re.search(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", para.text):
            continue  # rule lines, headlines repeated, machine stamps of a page's index
        lo = 0  # an event's evidence starts after the clause of the sentence's previous event
        told: list[Event] = []
        for ca, cb in _clauses(sent.text, ctx.dicts.event_trigger_pattern):
            found = _events_in_clause(ctx, sent, ca, cb, people, triggers, order, speakers, lo)
            lo = cb if found else lo
            told += found
        # (unless the sentence tells that release itself: by the document's name, or without one, `发布了公报主要内容`)
        released = [ev.name for ev in told if ev.event_type == "release"]
        told = [x for ev in told for x in (ev, *(r for r in _released_at(ev)
                                                if not any(n == r.name or "《" not in n for n in released)))]
        for ev in told:
            if ev.event_type == "release" and re.search(r"[两一二三四五六七八九十\d]+份", ev.name) and any(
                    e.event_type == "release" and art_of[id(e)] == sent.article_index for e in events):
                continue  # `正式向社会公布2022年度的两份公报`: documents already released by name
            if ev.event_type == "award" and sent.article_index in announced_awards and \
                    not re.search(r"揭晓|颁奖|颁发", ev.evidence):
                continue  # the winners of a prize already reported
            if ev.event_type == "inspection" and any(
                    e.event_type == "inspection" and ev.event_date in (None, e.event_date)
                    and _para_index(ctx, e.evidence_start) == sent.paragraph_index
                    and any(n in sent.text and n in e.evidence for n in officials) for e in events):
                continue  # `县长李某实地督导…。李某先后深入…进行调研督导`: one official's visit told in its parts
            key = _DEICTIC.sub("", re.sub(r"[\W_]", "", ev.name))
            generic = key in triggers or len(key) <= 2
            in_summary = bool(_SUMMARY.match(para.text))
            if in_summary:
                ev.name = _SUMMARY.sub("", ev.name) or ev.name  # (not its label: `【导读】…推进会`)
                key = _DEICTIC.sub("", re.sub(r"[\W_]", "", ev.name))
            summarised = None if in_summary or not summaries else next(
                (e for e in summaries if e.event_type == ev.event_type and art_of.get(id(e)) == sent.article_index
                 and id(e) not in told_again and (ev.organizer is None or e.organizer in (None, ev.organizer))
                 and _same_name(key, _DEICTIC.sub("", re.sub(r"[\W_]", "", e.name)))), None)
            if summarised is not None:
                # the page's summary told it first (`摘要:某县…第二次全体会议召开。`), the lead tells it again with its day:
                # one event, stated first in the summary, dated by the lead (once: a later event is another)
                told_again.add(id(summarised))
                if summarised.event_date is None and ev.event_date is not None:
                    summarised.event_date, summarised.date_text = ev.event_date, ev.date_text
                summarised.organizer = summarised.organizer or ev.organizer
                continue
            if key in seen and events[seen[key]].event_date is None and ev.event_date is not None \
                    and art_of[id(events[seen[key]])] == sent.article_index:
                # a headline told it first, undated; the report's lead tells it in full, with its day
                art_of[id(ev)] = art_of.pop(id(events[seen[key]]))
                events[seen[key]] = ev
                continue

            def same_as(e: Event) -> bool:  # (of this article and type, by no other organizer)
                return e.event_type == ev.event_type and art_of[id(e)] == sent.article_index \
                    and (ev.organizer is None or e.organizer in (None, ev.organizer))

            # the same event named again: by its name, by a generic trigger alone, or undated by the tail of an
            # earlier name (`生态环境学习论坛` after `年度首期生态环境学习论坛`; not 岳阳市's meeting after the province's)
            if key in seen or (generic and any(same_as(e) for e in events)) or (
                    ev.event_date is None and len(key) >= 4 and any(
                        k != key and k.endswith(key) and ev.organizer in (None, events[i].organizer) and same_as(events[i])
                        for k, i in seen.items())):
                continue
            if ev.event_type == "award" and re.search(r"揭晓|颁奖|颁发", ev.evidence):
                announced_awards.add(sent.article_index)
            seen[key] = len(events)
            art_of[id(ev)] = sent.article_index
            events.append(ev)
            if in_summary:
                summaries.append(ev)
    recorded = _transcript_event(ctx) if not any(e.event_type == "press_conference" for e in events) else None
    if recorded is not None:
        events.insert(0, recorded)
    _inherit_dates(ctx, events)
    _attach_participants(ctx, events, people)
    return events


def _headline_paragraph(ctx: DocContext):
    """The page's headline, among its first three paragraphs, if it has one."""
    return next((p for p in ctx.structure.paragraphs[:3] if p.heading_level == 0), None)


def _transcript_event(ctx: DocContext) -> Event | None:
    """The press conference a page's headline names when its text tells none (`生态环境部5月例行新闻发布会实录`,
    `十九大新闻中心举办第六场记者招待会` over the questions and answers): a transcript records it, and is dated by the
    headline only."""
    head = _headline_paragraph(ctx)
    name = _RECORD_WORDS.sub("", head.text).strip(" |丨:：") if head is not None else ""
    # (the headline ends with the conference held, not with what is about one, `…新闻发布会工作部署会`, `提升新闻发布会水平`,
    # nor one to come, `我市将举行…新闻发布会`)
    m = _CONFERENCE_HEADLINE.search(name)
    if m is None or m.end() != len(name) or _TO_COME.search(name, 0, m.start()) \
            or not (ctx.doc_type == "press_conference" or _CONVENED.search(name, 0, m.start())):
        return None
    day = next((t for t in ctx.times_in(head.start, head.end) if t.is_day), None)
    return Event(head.start, head.end, ctx.text[head.start:head.end], "press_conference", name,
                 day.date_start if day else None, day.text if day else None, None,
                 ctx.region_at(_sentence_at(ctx, head.start), head.start + m.start()))


# a reporter's question in a transcript (not a byline, `本报讯(记者:张某)`)
_QUESTION_TURN = re.compile(r"\s*[^,，。:：()（）讯]{0,20}记者\s*[:：][^。]*?(?:[?？]|请问|想问)")
# a headline naming a press conference held (`…召开新闻发布会`, `…例行新闻发布会实录`), not one to come
_CONFERENCE_HEADLINE = re.compile(r"新闻发布会|记者招待会|记者会|发布会")
_CONVENED = re.compile(r"召开|举行|举办")  # (not _HELD, the occasions held that are no campaign)
_TO_COME = re.compile(r"将|拟|即将|计划")
_PROPOSED = re.compile(r"拟[^,;。]{0,2}$")  # right before an award's word (`拟表彰`, `拟授予`)
_RECORD_WORDS = re.compile(r"(?:图文|文字|视频)?实录|全文")


def _agenda_event(ctx: DocContext, people: list[Person], triggers) -> Event | None:
    """The event a transcript records, named on the line over its agenda (`2020年度…公报发布会` / `时间:2021年6月4日
    10:00` / `地点:…` / `发布人:…局长 唐某`): on the agenda's day, held by the body of the official the agenda names."""
    paras = ctx.structure.paragraphs
    found = agenda_day([p.text for p in paras[:28]])  # (it reads the first 25 lines and three after)
    if found is None or found[0] == 0:
        return None
    head, field = paras[found[0] - 1], paras[found[0]]
    kinds = [triggers[m.group(0)][0] for m in ctx.dicts.event_trigger_pattern.finditer(head.text)]
    etype = next((k for k in kinds if k in ("press_conference", "meeting", "study_session")), None)
    if etype is None or len(head.text.strip()) > 60 or _AGENDA_SECTION.search(head.text):
        return None  # (not a notice's section over the fields, `一、会议时间和地点`)
    day = next((t for t in ctx.times_in(field.start, field.end) if t.is_day), None)
    fields_end = paras[min(len(paras) - 1, found[0] + 3)].end
    named = [p for p in people if p.role == "official" and field.start <= p.evidence_start < fields_end]
    sent = _sentence_at(ctx, head.start)
    name = head.text.strip()
    return Event(head.start, field.end, ctx.text[head.start:field.end], _kind_of(ctx, etype, name), name,
                 day.date_start if day else None, day.text if day else None, next((p.org for p in named if p.org), None),
                 ctx.region_at(sent, head.start),
                 [Participant(p.name, p.title, p.org, "participant") for p in dict((p.name, p) for p in named).values()])


def _signed_day(ctx: DocContext) -> dt.date | None:
    """The day the page's notice is signed with (its signer's line, then the date), read once."""
    if "signed_day" not in ctx._memo:
        ctx._memo["signed_day"] = signed_date([x for x in ctx.text.split("\n") if x.strip()], Layout.of(ctx.dicts))
    return ctx._memo["signed_day"]


def _speech_event(ctx: DocContext, people: list[Person]) -> Event | None:
    """The meeting a speech was given at, its title the page's headline (`在2018年全市环境保护工作会议上的讲话`): the
    speech's words say `这次会议`, never its name. The lines under the title may give its day (`(2024年2月28日)`) and
    the speaker (`县长 孙某`), who takes part in it."""
    head = _headline_paragraph(ctx)
    m = _SPEECH_AT.match(head.text) if head is not None else None
    if m is None:
        return None
    start = head.start + m.start("name")
    under = [p for p in ctx.structure.paragraphs if p.start > head.start][:2]
    # (its day in brackets on the line below, `(2024年2月28日)`, which a speech's title carries)
    day = next((t for t in ctx.times_in(under[0].start, under[0].end) if t.is_day and t.date_start), None) \
        if under and _DAY_LINE.fullmatch(under[0].text.strip()) else None
    speakers = [x for x in people if x.role == "official" and any(p.start <= x.evidence_start < p.end and len(p.text) <= 20
                                                                   for p in under)]
    return Event(head.start, head.end, ctx.text[head.start:head.end], _kind_of(ctx, "meeting", m.group("name")),
                 m.group("name"), day.date_start if day else None, day.text if day else None, None,
                 ctx.region_at(_sentence_at(ctx, head.start), start),
                 [Participant(x.name, x.title, x.org, "participant") for x in speakers])


_DAY_LINE = re.compile(r"[(（]\s*\d{4}年\d{1,2}月\d{1,2}日\s*[)）]")
# the title of a speech at a meeting (`在2018年全市环境保护工作会议上的讲话`)
_SPEECH_AT = re.compile(r"\s*在(?P<name>[^。,，]{4,50}?(?:会议|大会|座谈会|推进会|动员会|论坛))(?:上|开幕式上|闭幕式上)的"
                        r"(?:讲话|致辞|发言|总结讲话|工作报告|主持词)\s*$")
_AGENDA_SECTION = re.compile(r"^\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．])|时间|地点")
# the addressees of a notice, ending its salutation (`…的通知各县(市、区)人民政府,市政府有关部门:`)
_ADDRESSEES = re.compile(r"(?:^|[,，。》)）]|的通知)(?:各|有关|市政府|县政府|区政府)[^。,，:：]{0,40}"
                         r"(?:[,，、](?:各|有关|市|县|区)[^。,，:：]{0,30})*[:：]\s*$")  # (no clause after: `…参加,会议要求:`)
# a document a press conference is held for (`召开《2022年浙江省生态环境状况公报》新闻发布会`)
_PRESENTED = re.compile(r"《[^《》]{4,60}(?:公报|报告|方案|规划|白皮书|名单|意见|办法)》")


def _released_at(ev: Event) -> list[Event]:
    """A press conference named for a report or plan releases it: that release too, the same day."""
    m = _PRESENTED.search(ev.name) if ev.event_type == "press_conference" else None
    return [dataclasses.replace(ev, event_type="release", name=m.group(0), participants=[])] if m else []


_RELATIVE_DAY = re.compile(r"(随后|当天|当日|同日|会上|会后|会议期间|仪式上|(?:调研|检查|考察|视察|巡河|活动|会议)结束后)")
# a part of the day an event is held in, its day told before (`5日是世界环境日。全省…推进会上午在杭召开`)
_DAY_PART_HELD = re.compile(r"(?:上午|下午)(?=(?:在[^,，。;；]{1,12})?(?:召开|举行|举办|开幕))")
# a day that is one of several (`5月8日至10日`): what follows the end of the visit is not on its first day
_DAYS_SPAN = re.compile(r"\d日?\s*(?:至|到|—|－|-|~)\s*\d")
_EARLIER = re.compile(r"(?:此前|之前|前期|早在)")  # a sentence telling what came before the event reported
# what is read out at a meeting and so issued there: a plan of the body's own (`宣读了《…实施方案》`)
_READ_OUT_ISSUED = re.compile(r"了?《[^》]{2,60}(?:方案|计划|规划|要点|细则|清单)》")
# those attending the event reported before, doing more there (`…负责人参加会议,并分别…递交责任状`), or reading out
# there what it issues (`景志国宣读了《…实施方案》`: read to those gathered)
_ATTENDING = re.compile(r"(?:参加|出席|列席)了?(?:会议|大会|仪式|活动)(?=[,，并])|宣读(?=" + _READ_OUT_ISSUED.pattern + ")")


_INSPECTION_ACTIVITY = re.compile(r"(?:视察|调研|检查|督查|督导|巡查)活动$")  # an inspection held as an activity
_AT_THE_EVENT = re.compile(r"会议|会上|会前|会后|大会|现场|仪式上|活动中|期间")


def _told_of_another_period(ctx: DocContext, sent, prev: Event) -> bool:
    """A sentence of the paragraph between the event reported before and this one opens with a year that does not hold
    that event's day (`会议指出,2023年是…一年。` on a page of a meeting in 2024): what follows is of that year."""
    if prev.event_date is None or _AT_THE_EVENT.match(sent.text.lstrip("“\" ")):
        return False  # (`会议还举行了…签约仪式`: at the event reported, whatever year was spoken of)
    for x in ctx.sentences_of(sent.paragraph_index):
        if prev.evidence_end <= x.start < sent.start:
            t = ctx.opening_time(x)
            if t is not None and t.precision == "year" and t.date_start and t.date_end \
                    and not t.date_start <= prev.event_date <= t.date_end:
                return True
    return False


def _inherit_dates(ctx: DocContext, events: list[Event]) -> None:
    """An event told with no date of its own happens on the day of the event reported just before it
    in its paragraph, or after `随后`/`会上`/`当天`/`调研结束后` in its article (`随后,…签署了《…》`) or its attendance
    (`…参加会议,并…递交责任状`); `当天` with no event before, and one held in the morning or afternoon
    (`…推进会上午在杭召开`), take the day an earlier sentence of its paragraph names."""
    last: dict[int, Event] = {}
    for e in events:
        sent = _sentence_at(ctx, e.evidence_start)
        art = sent.article_index
        rel = _RELATIVE_DAY.search(ctx.text[sent.start:sent.start + 12])
        part = _DAY_PART_HELD.search(sent.text) if rel is None else None  # (its day told in its own paragraph only)
        if part is not None and e.event_date is None and e.date_text is None:
            para = ctx.structure.paragraphs[sent.paragraph_index]
            days = [t for t in ctx.times_in(para.start, sent.start) if t.is_day and t.date_start]
            if days:
                e.event_date, e.date_text = days[-1].date_start, part.group(0)
        elif e.event_date is None and (e.date_text is None or (rel and e.date_text == rel.group(0))):
            prev = last.get(art)
            same_para = prev is not None and _para_index(ctx, prev.evidence_start) == sent.paragraph_index
            attending = _ATTENDING.search(ctx.text, sent.start, sent.end) and not _EARLIER.match(ctx.text, sent.start)
            after_end = rel is not None and rel.group(0).endswith("结束后")
            if after_end and prev is not None and _DAYS_SPAN.search(prev.date_text or ""):
                prev = None  # `5月8日至10日,…调研` then `调研结束后召开座谈会`: the day is not the first one
            if prev is not None and not rel and (same_para or attending) and _told_of_another_period(ctx, sent, prev):
                prev = None  # `会议指出,2023年是…一年。党中央…召开全国…大会,总书记出席会议…`: a year the meeting looks back on
            if prev is not None and (rel or same_para or attending):
                e.event_date, e.date_text = prev.event_date, e.date_text or (rel.group(0) if rel else prev.date_text)
            elif rel:
                para = ctx.structure.paragraphs[sent.paragraph_index]
                days = [t for t in ctx.times_in(para.start, sent.start) if t.is_day and t.date_start]
                if days and after_end and days[-1].date_end != days[-1].date_start:
                    days = []  # `6月11日至13日,…调研。调研结束后召开座谈会`: not on the first day
                if days:
                    e.event_date, e.date_text = days[-1].date_start, rel.group(0)
        if e.event_date is not None:
            last[art] = e


def _last_starting_by(items: list, pos: int) -> int:
    """Index of the last of items (in text order) that starts at or before pos; 0 when none does."""
    return max(0, bisect.bisect_right(items, pos, key=lambda x: x.start) - 1)


def _sentence_at(ctx: DocContext, pos: int):
    return ctx.structure.sentences[_last_starting_by(ctx.structure.sentences, pos)]


# the page's own words putting what follows before the public (`现将…情况公开如下`, `现将…情况予以公示`)
_THIS_PAGE_DISCLOSES = re.compile(r"现将[^,，。;；]{2,60}?(?:情况|结果|信息|名单)(?:予以|进行)?$")
# two or more documents issued, counted right after the trigger (`下发…通知51份`, `印发工作方案3份`)
_MANY_AFTER = re.compile(r"[^,;。第、]{0,12}?(?<![第\d.])(?:[2-9]|\d{2,})\s*(?:多|余)?(?:份|期|批)")
# a count of times after an inspection's word (`巡河8次`, `巡查…1.2万余人次`), and a routine's words before it (`定时在岗开展
# 桶边督导`, `常态化开展巡查`): many inspections, no one of them
_TALLY_AFTER = re.compile(r"[^,;。第]{0,8}?(?<![第\d.])[\d.]+\s*(?:多|余)?(?:万|千|百)?(?:多|余)?(?:次|人次|批次|场次|轮)")
_ROUTINE_BEFORE = re.compile(r"(?:定时|定期|常态化|经常性|每[天日周月季年])[^,;。]{0,4}?(?:开展|进行)[^,;。]{0,4}$")


def _events_in_clause(ctx: DocContext, sent, ca: int, cb: int, people: list[Person], triggers, order,
                      speakers, lo: int = 0) -> list[Event]:
    s = sent.text
    clause = s[ca:cb].rstrip(",;。")
    found = [(m.start(), m.group(0)) for m in ctx.dicts.event_trigger_pattern.finditer(clause)]
    if _CHARACTERISED.match(s, cb) and _ACT.match(clause):
        return []  # `开展第二轮生态环境保护督察,是…的重大举措`: what doing it means, not a time it was done
        # (not `5月8日,我县召开…大会,是近年来规模最大的一次`: the act has its subject and day)
    # (a sentence with a time of its own may tell another event: `此次检查结束后,省厅将于6月5日召开…推进会`)
    told_of = _THIS_EVENT.match(s) and not ctx.times_in(sent.start, sent.end)
    for i, trig in sorted(found, key=lambda x: order.get(x[1], 99)):
        etype, needs_act = triggers[trig]
        if told_of and etype in _HELD_TYPES:
            continue  # `此次检查主要采取召开座谈会、…现场核查…的方式`: how the event told before was held, no other one
        if etype != "signing" and in_book_title(ctx.text, sent.start + ca + i):
            continue  # `学习了《中央生态环境保护督察工作规定》`: a word of a document's name (`签署了《…协议》` is one)
        if trig == "常委会" and re.search(r"(?:人大|政协)$", clause[:i]):
            continue  # `市人大常委会召开…动员会`: the standing committee is a body here, not a meeting
        if trig == "宣读" and not _READ_OUT_ISSUED.match(clause, i + len(trig)):
            continue  # `宣读了《…省大气办…紧急通知》`: a higher body's notice passed on, not a plan issued here
        if trig == "次会议" and not _SESSION_ORDINAL.search(clause[:i]):
            continue  # a numbered session (`第二十九次会议`, `十二届人大五次会议`), not a count (`召开12次会议`) or `此次会议`
        if re.match(r"专?员", clause[i + len(trig):]):
            continue  # `四级调研员`, `督察专员`: a rank or a post, not the act
        if trig in _DESIGNATING and not (_PASSIVE.search(clause[:i]) and not re.search(r"(拟|候选|名单)", clause)):
            continue  # `被…命名为…示范县` is an award; `将处罚权授予乡镇`, `将其命名为…公园`, `拟推荐为…候选人` are not
        if etype == "award" and _PROPOSED.search(clause, max(0, i - 4), i):
            continue  # `对拟表彰的先进集体和个人进行公示`: a commendation proposed, not given
        acts = [m for m in _ACT.finditer(clause) if m.end() <= i and not _NOMINAL.match(clause, m.end())]
        if acts and _NEGATED.search(clause, max(0, acts[-1].start() - 3), acts[-1].start()) \
                and not clause.startswith("的", acts[-1].end()):
            continue  # `由于没有举办燃放烟花活动`: what did not happen (not `时隔三年未召开的联席会议…再次召开`)
        after = clause[i + len(trig):]
        after_act = _AFTER_ACT.search(after)
        # (or a meeting that passed a document: `…会议审议通过…`, `《…规划》已经9月9日市政府第34次常务会议通过`)
        # (or what someone learns from it: `记者从…第二十九次会议获悉`)
        setting = bool(re.search(r"^[^,;。]{0,2}上", after) and re.search(r"[在从][^,;。]*$", clause[:i])) or \
            bool(_LEARNT.match(after) and re.search(r"从[^,;。]*$", clause[:i])) or \
            bool(etype == "meeting" and (re.search(r"通过[^,;。]*$", clause[:i])
                                         or (_PASSED_BY.match(after) and re.search(r"经[^,;。]*$", clause[:i]))))
        in_clause = ctx.times_in(sent.start + ca, sent.start + cb)
        before = ctx.times_in(sent.start, sent.start + ca)
        # done of late, on no day the sentence names (`记者8日从…获悉,该省于近日印发《…》`, `北京7月17日专电 …近日通报`):
        # the time nearest the act says so
        act_at = sent.start + ca + (acts[-1].start() if acts else i)
        # (a year naming the event, `近日邵东市2023年生态环境保护工作会议召开`, is no time it was held)
        told_before = [t for t in ctx.times_in(sent.start, act_at) if t.precision != "year"]
        lately = bool(told_before) and bool(_LATELY.fullmatch(told_before[-1].text))
        # the day nearest the clause before it (`人民网贵阳6月4日电 6月3日,…召开`: the 3rd, not the dateline's)
        days = [t for t in in_clause if t.is_day and not DATELINE_DAY_END.match(ctx.text, t.end)] or \
            [t for t in in_clause if t.is_day and not lately]  # `福州新闻网6月5日讯 记者从昨日…召开的`: not the dateline's
        earlier = [t for t in reversed(before) if t.is_day] if not (lately and not days) else []
        month = next((t for t in in_clause if t.precision in ("month", "part_of_month") and "年" in t.text
                      and t.date_start and t.date_end and t.date_start.month == t.date_end.month
                      and t.start < sent.start + ca + i), None)
        # (one month, when it happened, before the act; not the months a report covers: `向社会公布今年前11个月…状况`,
        # `7月20日,…通报了2023年6月及1-6月…状况`)
        if month is not None and earlier and not month.date_start <= earlier[0].date_start <= month.date_end:
            earlier = []  # `…9月15日至21日对我市开展下沉督察,并于2021年2月反馈了督察意见`: a month of its own, no day
        # (an award's title after its trigger, `被…评为2020年河长制湖长制激励县`, names it: its year is no date)
        titled = [t for t in in_clause if t.start >= sent.start + ca + i + len(trig)] if etype == "award" else []
        times = (days or earlier or [t for t in in_clause if t not in titled and not (lately and t.is_day)]
                 or [t for t in before if not (lately and t.is_day)] or titled)  # (`8月15日,记者…获悉,日前,广州已制定…`)
        dated = any(t.is_day for t in times)
        # `带领工作组来到我县,督导…`, `县长马某带领…负责同志,实地调研…`: serial verbs, the act in the clause before
        # (in person after leading a group there, not after one postponed, not done or asked for)
        serial = (etype == "inspection" and not acts and ca > 0
                  and (i <= 1 or (_IN_PERSON_WORD.fullmatch(clause[:i]) and _LEADS.search(s[:ca])
                                  and not _NOT_DONE.search(s)))
                  and bool(_ACT.search(re.split(r"[,;]", s[:ca].rstrip(",;"))[-1])))
        # an official inspecting in person: `副县长卢某到罗田县调研…`, `…来我县督导`, `区长陈某前往…村,
        # 现场督导…`, `区委书记王某以“四不两直”方式督导…`, `州委书记夏某在门源县督导检查…时强调`
        # (the official's name in this sentence: a person is listed once, where first named, often a headline)
        in_person = etype == "inspection" and not acts and (v := _INSPECTING.match(clause, i)) is not None \
            and v.end() == i + len(trig)  # (the verb, read with what follows it: `督察整改` is no visit)
        visit = in_person and any(
            (_VISIT.search(s[k + len(p.name):ca + i]) or _IN_PERSON.fullmatch(s[k + len(p.name):ca + i])
             or (_AT_PLACE.search(s[k + len(p.name):ca + i]) and (_WHILE.match(after)
                                                                  or _at_a_place(ctx, s[k + len(p.name):ca + i]))))
            for p in people if p.role == "official" for k in _name_at(s, p.name, ca + i)) or (
            # a body's team visiting, no official named (`市生态环境局自然生态保护处一行到我区调研`, `督察组一行来我县检查`,
            # `省级“回头看”第十一督查组来咸督查…`)
            in_person and any(_team_visits(ctx, s, m, ca + i, after, dated) for m in _TEAM_VISITING.finditer(s[:ca + i])))
        # a team moving in (`督察组于5月26日至28日陆续进驻山西…`) starts its inspection
        # (when no act of inspecting follows in the sentence: `进驻…,开展督察` is that act's)
        if trig == "进驻":
            team = re.search(r"(督察|督查|巡视|检查|工作)组", clause[:i])
            # the inspection itself (`例行督察全部进驻…`); not companies that moved in (`督查进驻企业…`), nor its time undated
            # (`督察进驻期间`)
            itself = re.search(r"(督察|督查|巡视)[^,;。]{0,3}$", clause[:i]) and not re.match(r"的|企业|单位|项目", after) \
                and (dated or not re.match(r"期间|以来|前|后|时", after))
            if not (team or itself):
                continue  # `组织20家企业进驻产业园区`: no team moving in
        serial = serial or trig == "进驻" and not re.search(r"(开展|进行)[^,;。]{0,8}(督察|检查|巡视)", s[ca + i:])
        # a named inspection reported by what it found (`2019年省级生态环保专项督察共发现问题1035个`)
        found_out = etype == "inspection" and bool(_FOUND_BY_INSPECTION.match(after)) and i >= 4
        # a named meeting reported by what it decided (`省委全会明确提出…`), not cited (`对…会议作出的批示`)
        # (`会议` only as a numbered session: `市五届人大常委会第二次会议听取和审议了…`)
        outcome = found_out or etype == "meeting" and (trig != "会议" or re.search(r"第[一二三四五六七八九十\d]+次$", clause[:i])) \
            and bool(_REPORTED_BY_OUTCOME.match(after)) and i >= 4 \
            and not re.search(r"对[^,;。]*$", clause[:i]) and not re.match(r"[^,;。]{0,6}的", after)
        # `5月8日,局长陈某主持专题学习…`: a day and someone chairing it report it (not `…会议由陈某主持`, nor
        # `陈某主持会议`: chairing the meeting already named)
        chaired = dated and etype in ("meeting", "study_session") and trig != "会议" and clause[:i].endswith("主持") \
            and any(p.role == "official" and p.name in clause[:i] for p in people)
        # a team inspecting on a day (`4月7日,中央第八生态环境保护督察组现场督察发现,…`, `督查组在某县检查时发现`)
        on_site = etype == "inspection" and trig != "进驻" and dated and not acts and bool(
            re.search(r"(?:督察|督查|检查|巡视|工作)组(?:在[^,;。]{0,20})?(?:现场|实地)?$", clause[:i]))
        if needs_act and not (acts or after_act or setting or serial or outcome or visit or chaired or on_site):
            continue
        if trig == "进行调查" and (not dated or re.match(r"问卷|核实", clause[i + len(trig):])):
            continue  # an investigation on its day (`2020年10月12日,执法部门对某公司进行调查`), not the routine of checking
            # complaints (`对群众举报的问题逐一进行调查核实`) or a survey (`进行调查问卷`)
        if etype == "other" and not dated and month is None:
            continue  # `反馈督察意见` happened on its day or month; undated, it is background (`针对…反馈督察意见指出的问题`)
        if trig.endswith(("行动", "活动")) and clause.startswith("者", i + len(trig)):
            continue  # `我是行动者`: a slogan's doer, not an action
        # an official dispatching a work in person (`局长熊某专题调度城市黑臭水体整治`), not a mechanism's name
        # (`建立“周专题调度、月通报”工作机制`)
        dispatched = trig == "专题调度" and any(p.role == "official" and clause[:i].endswith(p.name) for p in people)
        if etype in ("meeting", "press_conference", "study_session") and trig not in _MEETS_WITH and not (
                acts or after_act or setting or outcome or chaired or dispatched
                or (dated and re.match(r"^(发布|通报|宣布|上)", after))):
            continue
        if not chaired and re.search(r"(参加|出席|列席|参会|主持|见证|陪同|(此|本|这|该)[次场届])了?$", clause[:i]) or (
                etype == "signing" and not _BOOK.search(clause) and re.search(r"代表[^,;。]{0,4}签", clause)):
            continue  # taking part in, or pointing back to, an event already reported
        if etype == "release" and not dated and _MANY_AFTER.match(after):
            continue  # `累计下发各类交办通知51份、通报9份`: a tally of documents, no one release told (a tally of meetings,
            # `召开政企座谈会27次`, the keys count as a meeting)
        if etype == "inspection" and _TOLD_OF.search(clause[:i]) and _REPORT_OF.match(after):
            continue  # `发布了…全区涉重金属环境安全隐患排查整治情况`: what a release or a speaker tells of, no inspection held
        if etype == "inspection" and (_TALLY_AFTER.match(after) or _ROUTINE_BEFORE.search(clause[:i])):
            continue  # `累计开展县级河长巡河8次`, `3月1日至31日,…开展执法检查300余次`: a tally of many; `定时在岗开展桶边督导`:
            # a routine (not an ordinal batch, `第2批次整改项目`, nor a routine's word in what is inspected, `对日常监管工作`)
        if etype == "award" and re.search(r"(?:累计|共计|共)$", clause[:i]):
            continue  # `累计成功创建省级示范区3个`: a tally of honours over the years, no award given
        if trig == "成功创建" and (_HONOUR_BACKGROUND.search(clause[:i]) or not _HONOUR_MADE.match(clause, i + len(trig))
                                 or re.search(r"(?:\d+|[两一二三四五六七八九十]+)个|以来|后(?:获|又|再)", clause[i + len(trig):])):
            continue  # (see _HONOUR_MADE, _HONOUR_BACKGROUND; `已成功创建省级美丽乡村示范乡镇9个`: a count of them)
        if trig in ("公开", "公布", "公示") and _THIS_PAGE_DISCLOSES.search(clause[:i]) and not _BOOK.search(clause):
            continue  # `现将反馈问题整改情况公开如下`, `现将…整改进展情况予以公开`: the page making itself public, no release
        if trig == "公开" and (clause[:i].endswith(_DISCLOSURE_KINDS) or not _DISCLOSED.search(s)
                              or clause.startswith(_PUBLIC_ACTS, i + 2)):
            continue  # `信息公开`, `政务公开` (a menu, a field), `公开审理`, `公开征求意见`: no document made public
        # the document before the trigger, in its clause or, made public, its sentence (`该清单已经…审核同意,
        # 现按要求向社会公开`)
        release_doc = _DOCUMENT.search(clause[i:]) or (_DOCUMENT.search(clause) and trig in (
            "印发", "印发实施", "出台", "下发", "转发", "发布", "通报", "公布", "公开")) \
            or (trig == "公开" and (_DISCLOSED.search(s[:ca]) or _DISCLOSED.search(clause)))
        # a notice's cover letter sending what the sentence named before (`《…计划》已经区政府同意,现印发给你们`)
        # (not the basis it follows, `按照《…攻坚方案》要求,我局制定了本实施方案,现印发给你们`)
        books = list(_BOOK.finditer(s[:ca])) if etype == "release" and _SENT_HERE.match(clause) else []
        sent_doc = books[-1] if books else None
        sent_here = sent_doc is not None and not FOLLOWED_BASIS.search(s, max(0, sent_doc.start() - 12), sent_doc.start()) \
            and not _THIS_DOCUMENT.search(s, sent_doc.end(), ca)
        release_doc = release_doc or sent_here
        if trig == "出炉":  # out of the oven: a document or a state of things made public (`…环境空气质量状况出炉`,
            # `《2021沈阳市环境质量状况公报》日前出炉`), not bread
            if not (_DOCUMENT.search(clause[:i]) or re.search(r"状况|结果|排名|名单", clause[:i])) \
                    or re.search(r"发布|公布|通报|印发", s) or re.search(r"(?:未|没有|即将|将|待|尚)$", clause[:i]):
                continue  # (the act that released it, in the sentence too, is read instead: `…排名出炉】…厅发布…排名`; nor
                # what is not out yet, `调查结果尚未出炉`, `排名即将出炉`)
            release_doc = True
        if trig == "通报" and "《" not in clause[i:] and any(
                clause[:i].endswith((p.name, p.name + "同志")) for p in people if p.role == "official"):
            continue  # `督察组组长王某通报督察意见`: a person reporting at a meeting speaks in it
        if trig == "制定" and not re.match(r"了?[^,;。]{0,30}?(《|“[^”]{1,30}”)", after) \
                and not (_DRAWN_UP.match(after if not clause[:i].endswith("已") else "了" + after)
                         and not _NOT_ISSUED_BY.search(clause[:i].removesuffix("已"))):
            continue  # `制定…规划` plans a document; `制定《…》`, `制定了“1+3+9”攻坚方案`, `制定了…事项清单` issued one
        if etype == "release" and not release_doc and not (_HEREBY.match(clause) and after.startswith("如下")):
            # a body reporting on its day, or on the state of things or a ranking (`生态环境部近日通报…空气质量状况`,
            # `省环境保护厅公布了…城市地表水环境质量排名情况`)
            # (`发布` only of a report or the state of things, `发布2月全省空气质量状况`, `…质量报告`, `…白皮书`, `发布…1-3月份
            # 空气环境质量` ending the clause, a year's work arranged, `发布了2021年全市生态环境重点工作安排`, or of a notice
            # of policy, `发布关于禁止…焚烧的公告`: not a warning, a message, a poster, `发布大气环境质量预警提示`, live data,
            # `发布实时环境质量数据`, a duty roster, `发布春节期间值班工作安排`)
            # (the page releasing what it carries, `现将2017年1至4月水质情况通报如下:`, needs none of these)
            # (typical cases made known are, `市环保局通报了第十五批10件环境违法典型案件`, and a body's announcement on its day
            # of the tally the sentence goes on to tell, `发布` ending its clause: `江苏省环保厅18日发布,截至8月底,…`; not a
            # forecast or a warning, `…18日发布,预计19日至21日…`, nor what a meeting heard, `在…会议上,…厅发布,上半年…`)
            if not ((trig in ("通报", "公布") and (dated or lately or re.search(r"(状况|结果|排名|名单|名录|典型案[例件])", after))
                     or trig == "发布" and dated and not after.strip(" 了") and _TALLY_FOLLOWS.match(s, ca + len(clause))
                     and not re.search(r"会上|会议上|发布会", s[:ca + i])
                     or trig == "发布" and re.match(r"[^,，。;；]{0,24}?(状况|结果|排名|情况|报告|白皮书|名录|名单|清单|案例|公告|通告"
                                                   r"|月报|季报|年报|简报|公报|环境质量(?=[,，。;；]|$)|\d{4}年[^,，。;；]{0,16}工作安排)", after))
                    and _subject_org(clause[:i], ctx, sent, people)):
                continue
        if re.match(r"上?的?(?:重要)?(?:讲话|指示|批示)?精神", clause[i + len(trig):]) \
                and not ((days or acts) and etype == "meeting"):
            # `大会精神`, `在…座谈会上的重要讲话精神`: the spirit of a meeting held elsewhere, a reference (a day of
            # its own clause dates it, an act in it holds it: `我县召开全国…大会精神传达学习会`; a day of the
            # sentence's first clause dates the meeting that relays it)
            return []
        if etype == "meeting" and re.match(r"会议(认为|要求|指出|强调|明确|提出|全面|特别|通报|回顾|传达)", clause[i:]):
            return []  # `会议要求…` speaks of a meeting already reported
        act = acts[-1] if acts else None
        if not dated and not setting and etype not in ("meeting", "press_conference", "study_session") and (
                after.startswith("的") or (act and clause.startswith("的", act.end()))) \
                and not (_LATELY_BEFORE.search(clause, 0, act.start() if act else i)
                         and not FOLLOWED_BASIS.search(clause, 0, act.start() if act else i)):
            continue  # `已经出台的《…》`: a relative clause, background (not one issued of late: `行署日前印发的《…》明确了…`;
            # but `按照省政府日前印发的《…》要求` is the basis of what is done)
        if _HABIT.search(clause[:i]) or (etype != "award" and _YEARS_RUNNING.search(clause[:i])) \
                or _ASKED_TO.search(clause[:i]) or (not dated and _KEPT_UP.search(clause[:i])):
            continue  # `每三年开展一次评选`: a habit, not an occurrence
        held_as_means = bool(acts) and etype in ("meeting", "press_conference", "study_session") \
            and not after.startswith("以来")  # (`以召开专题新闻发布会的形式对外发布…`: held, the form of the release)
        if etype in ("release", "award") and _SUCCESSIVELY.search(clause[:i]) and not (dated or _DONE_LATELY.search(s)):
            continue  # `先后出台《…条例》等20余部法规规章`, `先后荣获…等荣誉称号`: documents or honours over the years, a record
            # (not two issued of late: `近日,区政府先后印发《…办法》和《…办法》`)
        # (held by way of, a list of practices on no day: `通过召开党委常委会议、…等多种形式,进一步深化…`)
        by_way_of = bool(acts) and not dated and clause.endswith("通过", 0, acts[-1].start()) \
            and bool(_MEANS_LISTED.match(after))
        if _COUNTED.search(clause[:i]) or (_SINCE_OR_MEANS.match(after) and not held_as_means) or by_way_of or (
                etype in ("inspection", "campaign") and not found_out and not dated and _CHECKED.match(after)):
            continue  # a tally (`开展了3轮13次突击检查`, `检查涉水企业46家`; not what an inspection found, `…督察共发现问题
            # 1035个`, nor a visit on its day, `6月5日,书记王某带队检查2个工业园区`), the start of one (`开展…专项行动以来,`)
            # or a means (`采取夜查、突击检查等方式`): no one occurrence told
        if trig == "称号" and (re.search(r"(?:曾|多次|先后)[^,，。]{0,3}(?:获得|荣获|被授予|授予)", clause[:i])
                              or re.match(r"[^,，。]{0,2}后", after)):
            continue  # `曾多次获得…称号`, `获得…称号后,`: a past honour as background
        at = sent.start + ca
        cell = max(ctx.text.rfind("|", 0, at + i), ctx.text.rfind("\n", 0, at + i)) + 1  # its line, or its table cell
        head = ctx.text[cell:at + i].lstrip(" |")
        scheduled = _SCHEDULE_LABEL.match(head) and (ctx.text[cell - 1:cell] == "|" or ctx.doc_type == "plan")
        if _PLAN_LABEL.match(head) or scheduled or (_COPULA.match(clause[:i]) and _YEAR_OF.search(clause, i)):
            continue  # `一季度:开展…攻坚行动;印发…方案`: a schedule's items; `2018年是…开展…行动的第一年`: what a year is
        present = _PRESENT_RELEASE.search(s)
        done = _DONE_LABEL.match(ctx.structure.paragraphs[sent.paragraph_index].text)
        # (or the sentence is a measure under a plan's heading, below the page's title: `整改措施 > (一)强化履职监督`)
        words_before = _BOOK.sub("", s[:ca + i])  # (not a 计划 in a name)
        # (nor the purpose before the day it was done: `为进一步改善…,日前,省政府办公厅印发《…》`)
        words_before = words_before[max((m.end() for m in _DONE_LATELY.finditer(words_before)), default=0):]
        planned = ctx.doc_type == "plan" or _FUTURE.search(words_before) or ctx.cues.planned.search(words_before) or (
            any(_PLANNED_HEADING.search(part) for part in sent.heading_path.split(" > ")
                if not ctx.structure.articles or part != ctx.structure.articles[sent.article_index].title)
            and not ctx.frame.under_report_heading(sent))
        # (the page's lead issuing the plan it carries, `福州市人民政府印发《…行动方案》,…`, `日前,潮州印发《…》`, tells its news)
        issued_here = etype == "release" and sent is ctx.lead_sentence and ctx.doc_type == "plan" \
            and (ca == 0 or re.fullmatch(ISSUED_LATELY + r"\s*", s[:ca])) \
            and not re.search(r"为|依据|根据|按照", clause[:i])  # (not the documents a preamble cites)
        if planned and not dated and not ctx.cues.past.search(clause) and not present and not done and not issued_here:
            return []  # a plan's measure or an exhortation, not something that happened
        # evidence: the sentence from the end of the previous event's clause (who, when and what are often
        # in other clauses), and a next sentence that only says who attended (`县直有关单位…参加座谈`)
        start, end = sent.start + lo, sent.end
        if etype in ("meeting", "study_session", "press_conference"):
            nxt = _next_sentence(ctx, sent)
            if nxt is not None and re.search(r"参加|出席|参会", nxt.text) and \
                    not ctx.dicts.event_trigger_pattern.search(re.sub(r"参加[^,;。]{0,4}|出席[^,;。]{0,4}", "", nxt.text)):
                end = nxt.end
        if trig == "活动" and _HELD.fullmatch(act.group(0) if act else after_act.group(0) if after_act else ""):
            etype = "other"
        t = next((t for t in times if t.is_day), times[0] if times else None)
        subject = clause[:act.start()] if act else clause[:i]
        books = [b for b in _BOOK.finditer(clause) if not clause[:b.start()].endswith(("简称", "称"))] \
            if etype == "release" else []
        # of several documents, what the trigger releases: those standing as its subject right before it, joined by 、 or 和
        # (`《某市…办法》和《某市…细则》由市政府办公室印发`, `依据《…计划》编制的《某市…方案》正式印发`), else those after it
        # (`…观看《警示片》学习《规定》…通报《…的通报》`: the last)
        before, after = [b for b in books if b.end() <= i], [b for b in books if b.start() >= i]
        gap = clause[before[-1].end():i] if before else ""
        # (with documents after the trigger, its object, only in the passive: `学习《条例》通报了《…的通报》` releases the last)
        leading = before[-1:] if before and _RELEASED_BY.fullmatch(gap) and (not after or re.search(r"[由经被]", gap)) \
            else []
        for b in reversed(before[:-1] if leading else []):
            if not re.fullmatch(r"\s*[、和及与]\s*", clause[b.end():leading[0].start()]):
                break
            leading.insert(0, b)
        chosen = [b.group(0) for b in (leading or after)] if len(books) >= 2 else []
        names = chosen or [b.group(0) for b in books]
        if sent_here and not names:
            names = [sent_doc.group(0)]
        elif len(names) < 2 and not chosen:
            names = [_name(clause, i, trig, etype, acts)]
        obj = clause[acts[-1].end():i + len(trig)] if acts else ""
        listing = clause[acts[-1].end():] if acts and etype == "meeting" else ""
        listed = [x for x in listing.split("、") if ctx.dicts.event_trigger_pattern.search(x)]
        if len(listed) >= 2 and len(_TIMES_HELD.findall(listing)) >= 2:
            # `共召开9次常委会议、7次市政府常务会议、…`, `召开省委常委会会议11次、书记专题办公会议9次`: meetings of several
            # kinds counted, a record of work, no one meeting told (one kind counted, `召开政企座谈会27次`, the keys count
            # as a meeting); one named with them uncounted is (`3月2日,市委召开常委会议、2次专题会议和3次调度会`)
            names = [x for x in listed if not _TIMES_HELD.search(x)]
            if not names:
                return []
        elif etype == "meeting" and "、" in obj:  # `召开市委常委会议、市政府常务会议和…`: one row each
            parts = [x for x in obj.split("、") if ctx.dicts.event_trigger_pattern.search(x)]
            names = parts if len(parts) >= 2 else names
        if not names[0] or len(names[0]) < 2 or (etype == "award" and len(names[0]) < 4):
            return []
        if etype in ("inspection", "campaign") and _CONVENED.search(clause[:i]) \
                and re.match(r"[^,，;；。]{0,4}?(?:报告会|座谈会|推进会|汇报会|会议)", clause[i + len(trig):]):
            etype = "meeting"  # `召开…执法检查报告会`: a meeting about an inspection, held
        elif etype == "campaign" and _INSPECTION_ACTIVITY.search(names[0]):
            etype = "inspection"  # `开展…专题视察活动`: an inspection, held as an activity
        if etype == "campaign" and re.search(r"以[^,，。;；为]{0,6}$", clause[:i]) and not clause[:i].endswith("以来"):
            return []  # `以实际行动迎接…`, `以专项行动为抓手`: the means something is done by, no campaign held (not
            # `开展以危废为重点的专项行动`: what the campaign is about)
        # (a clause going on with the same subject, `…督察组对儋州市开展了督察,并于4月12日向儋州市反馈了督察意见`:
        # the subject of the clause before)
        organizer = (_possessive_org(names[0], ctx, sent) or _subject_org(subject, ctx, sent, people)
                     or _acting_official_org(subject, sent, people) or _subject_org(s[:ca], ctx, sent, people)
                     or (_GOES_ON.match(clause) and _subject_org(s[:ca].rstrip(",，;； "), ctx, sent, people))
                     or (not _ADVERBS.sub("", subject).strip(" ,，") and _opening_org(s[:ca], ctx, sent))
                     or _person_org(s[:ca + i], sent, people)
                     or (present and _issuer(ctx)) or speakers.get(sent.paragraph_index)
                     or _jurisdiction_org(names[0], ctx, sent))
        region = ctx.event_region(sent, sent.start + ca + i)
        day = t.date_start if t and t.is_day else None
        if day is None and etype == "release" and _HEREBY.match(clause):
            # `现按要求向社会公开`, `现予公布《…》`, `现将《…》印发给你们`: the page releases it, on the day it is signed
            # with (`云南省林长制办公室` / `2021年11月4日`), else on its own date
            day = _signed_day(ctx) or (ctx.ref if ctx.ref_stated else None)
        if not times and not ctx.cues.past.search(clause) and not done and not present and not issued_here and (
                _frame_ahead(ctx, sent) or frame_looks_ahead(ctx, sent) or plan_frame(ctx, sent) is not None):
            # an item under `2024年…` read in January 2024, or after `2023年,黑龙江省将…` (paragraphs on:
            # `…介绍,2024年辽宁将…` / `持续开展…风险排查`): the year's plan, not its record (asked last: it
            # reads the time frame)
            return []
        if trig == "约谈" and _SUMMONS_SESSION.search(clause):
            etype = "meeting"  # `进行集体约谈`, `召开…约谈会议`: a summons held as a session is a meeting
        return [Event(start, end, ctx.text[start:end], _kind_of(ctx, etype, n), n, day,
                      t.text if t else None,
                      (_possessive_org(n, ctx, sent) or organizer) if len(names) > 1 else organizer, region)
                for n in names]
    return []


def _team_visits(ctx: DocContext, s: str, team: re.Match, at: int, after: str, dated: bool) -> bool:
    """The team ending at `team` (`…一行`, `…督查组`) goes to the place of the verb at `at`: `一行` of a body named before it
    (`市生态环境局自然生态保护处一行到我区调研`); a team by its name in the clause of its visit, not one while there as background,
    undated (`省督查组来我县督查时交办的信访件`, `…督察组来我省督察期间,…`; on its day it is the news, `5月10日,…督查组来我县
    督查时指出`)."""
    if not _VISIT.search(s[team.end():at]):
        return False
    if team.group(0) == "一行":
        return bool(_org_tail(ctx.dicts.org_suffixes).search(s, 0, team.start()))
    return not re.search(r"[,，]", s[team.end():at]) and (dated or not _WHILE_THERE.match(after))


def _kind_of(ctx: DocContext, etype: str, name: str) -> str:
    """A meeting whose name says it is a study session (`市委理论学习中心组学习(扩大)会议`,
    `理论学习中心组集体学习会`) is one, whichever trigger found it."""
    if etype != "meeting":
        return etype
    study = ctx._memo.get("study_triggers")
    if study is None:  # (the dictionary's, read once per page)
        study = ctx._memo["study_triggers"] = [t for t, kind, _ in ctx.dicts.event_triggers
                                               if kind == "study_session" and len(t) >= 4]
    return "study_session" if any(t in name for t in study) else etype


def _frame_ahead(ctx: DocContext, sent) -> bool:
    """A heading over the sentence names a year that ends after the page's date (`2024年 持续改善…`
    on a January 2024 page): what it lists is that year's plan."""
    if not ctx.ref or not sent.heading_path:
        return False
    for part in reversed(sent.heading_path.split(" > ")):
        for t in ctx.times_of_text(part):
            if t.precision == "year" and t.date_end:
                return t.date_end > ctx.ref
    return False


# the passive's 被 before its agent (not 植被, 被动, 被告)
_PASSIVE = re.compile(r"(?<![植覆])被(?![动告害迫])(?!.*被)")
# designations that are an award only in the passive (`被生态环境部命名为…`)
_DESIGNATING = ("命名为", "推荐为", "授予")
# award triggers the award's title follows (`荣获国家生态文明建设示范县称号`, `被…命名为第三批…示范市`)
_TITLE_AFTER = ("获评", "荣获", "评为", "评选", "成功创建", *_DESIGNATING)
# what a place is made by 成功创建: a title of a level (`国家生态文明建设示范县`, `省级园林城市`), not a thing built (`…积分平台`)
_HONOUR_MADE = re.compile(r"(?:第[一二三四五六七八九十\d]+批)?(?:国家|全国|省级|省|市级|自治区)[^,，。;；]{0,24}?"
                          r"(?:示范|城市|县|区|市|旗|乡镇|镇|村|基地|园区|单位|社区|小区|称号)")
# … nor a place's earlier honour told as background (`自成功创建…以来`, `继2021年成功创建…后`) or a tally (`先后成功创建…12个`)
_HONOUR_BACKGROUND = re.compile(r"(?:自|继[^,，。;；]{0,8}|先后|陆续)$")


# the ordinal of a numbered session (`第二十九次会议`, `十二届人大五次会议`)
_SESSION_ORDINAL = re.compile(r"(?:第[一二三四五六七八九十百零〇\d]+|届(?:[\u4e00-\u9fff]{0,6}?(?:人大|政协|常委会|全会|党代会))?"
                              r"[一二三四五六七八九十\d]+)$")
_LEARNT = re.compile(r"获悉|了解到|得知")  # what someone learns from a setting (`记者从…会议获悉`)
# the preposition before the setting someone speaks or learns in (`在…推进会上强调`, `从发布会上获悉`): the last, and
# not one of a word (`在线监控`, `从严治污`, `所在单位`; `在线上…发布会上` is one)
_SETTING = re.compile(r"(?<![所存现正实自潜内])[从在](?!线(?!上)|严|业|建|职|编|册|岗|逃|用|运|产|事|前|中|此)")


def _at_a_place(ctx: DocContext, before: str) -> bool:
    """The words before an official's act of inspecting end with a place they were at (`省长唐某9月17日下午在张掖调研…`):
    a visit, as `到张掖调研` is (not `在会上`, `在工作中`)."""
    where = _AT_PLACE.search(before).group()[1:]
    found = ctx.place.names_in(where)
    return bool(found) and found[0][0] == 0 and found[-1][1] == len(where)


def _name(clause: str, i: int, trig: str, etype: str, acts) -> str:
    book = _BOOK.search(clause)
    if etype in ("release", "signing") and book:
        return book.group(0)
    if etype == "award" and trig in _TITLE_AFTER:
        return re.split(r"[,;。、]", clause[i + len(trig):])[0][:40]
    if etype == "release" and (_DOCUMENT.search(clause[i + len(trig):])
                               or re.match(r"了?[^,;。]{0,30}?(?:名单|名录)", clause[i + len(trig):])):
        return clause[i + len(trig):].lstrip("了")[:60]  # `制定实施两批44条协同措施`, `公布了…河长名单`: what was issued
    # the noun phrase ending with the trigger: back to the act or the clause start
    j = acts[-1].end() if acts else 0
    k = i
    while k > j and not _NAME_STOP.match(clause, k - 1):
        k -= 1
    start = max(j, k)
    if clause[start - 1:start] == "“" and "”" in clause[start:i]:
        start -= 1  # a quote the name opens with stays whole: `“国家森林城市”称号`, `“美丽河湖”建设推进会`
    setting = next(reversed(list(_SETTING.finditer(clause, start, i))), None)
    if setting and (clause.startswith("上", i + len(trig)) or _LEARNT.match(clause, i + len(trig))):
        start = setting.end()  # `大众网记者从发布会上获悉`, `副局长付某在发布会上介绍`: the setting, not who was in it
    name = DATELINE.sub("", clause[start:i + len(trig)])
    whole = name.startswith("“") and name.count("“") == name.count("”")
    name = name.strip() if whole else name.strip("“”\" ")
    # (a day standing before the name, `…已经2023年9月9日市政府第34次常务会议`, dates it, and the document a meeting
    # passed, `《…规划》已经市政府第20次常务会议`, is what it did: neither is part of the name)
    day = _DAY_BEFORE_NAME.match(name) or _PASSED_DOCUMENT.match(name)
    name = name[day.end():] if day and len(name) - day.end() >= 4 else name
    # (`从发布会上获悉`: the press conference; `举办了…培训班`: the act's aspect is not the name's)
    return re.sub(r"^(在|于|由|对|从|了)", "", name)


_DAY_BEFORE_NAME = re.compile(r"[^,;。“”\"]*?\d{1,2}月\d{1,2}日(?:[上下]午)?")  # (not in a quoted name: `“6月5日世界环境日”`)
# the document a meeting passed, before the meeting's name (`《…规划》已经市政府第20次常务会议`)
_PASSED_DOCUMENT = re.compile(r"《[^《》]*》(?:已经|已|经)")


def _name_at(s: str, name: str, end: int) -> list[int]:
    """Where `name` stands in s[:end], the last time."""
    k = s.rfind(name, 0, end)
    return [k] if k >= 0 else []


# the period of a tally opening the next clause (`,截至8月底,…`, `,今年以来,…`, `,1-7月,…`)
_TALLY_FOLLOWS = re.compile(r"\s*[,，:：]\s*(?:截至|截止|今年以来|\d{4}年以来|上半年|前三季度|\d{1,2}[-—至~]\d{1,2}月)")


def _subject_org(before: str, ctx: DocContext, sent, people: list[Person]) -> str | None:
    """The organisation (or place) that is the subject of the act: the last clause piece before it,
    without adverbs, dates and the prepositional phrase that may stand between subject and verb."""
    b = re.split(r"[,;。:]", before)[-1].strip()
    b = DATELINE.sub("", b).strip()  # `人民日报…7月22日电(记者…)生态环境部`: the body
    passive = _PASSIVE.search(b)
    b = b[passive.end():] if passive else b  # `腾冲市被生态环境部命名为…`: the agent of a passive
    b = _LEAD.sub("", re.split(r"\s+", b)[-1]).strip()  # `本报讯 记者张某 生态环境部`: a name holds no space
    b = re.sub(r"^(\d{1,2}月\d{1,2}日|\d{4}年\d{1,2}月\d{1,2}日)[上下]?午?", "", b).strip(", ")
    b = re.sub(r"^(?:日前|近日|近期|昨日|昨天|今日|今天)", "", b)  # (`日前湖南公布了…名单`: when, then who)
    b = re.sub(r"^(?:并|还|又|也|同时)?代表(?=[\u4e00-\u9fff]{2})", "", b)  # `市长某某…,并代表市政府向各区下达《…》`: the body acted for
    cands = [_ADVERBS.sub("", b).strip()]
    # the host of a setting (`记者从昨日省环保厅召开的…`, `副厅长田丰6日在自治区政府新闻办召开的…`):
    # what follows the last 从/在, without the day
    host = re.search(r"[从在](?:昨日|昨天|今日|今天|\d{1,2}日)?(?P<host>[^从在]{2,30})$", b)
    if host and re.search(r"记者|\d{1,2}日[从在]|[从在](?:昨日|昨天|今日|今天|\d{1,2}日)", b) \
            and _org_tail(ctx.dicts.org_suffixes).search(host.group("host")):  # a body, not a city (`6日在北京召开`)
        cands.insert(0, _ADVERBS.sub("", host.group("host")).strip())
    for m in _PREPOSITION.finditer(b):
        if m.start() >= 2:
            cands.append(_ADVERBS.sub("", b[:m.start()]).strip())
    for c in cands:
        if _ADDRESSED.match(c) and not ctx.dicts.region_pattern.match(c):
            continue  # `…召开会议,向各县区下达《…》`: who it was handed to, addressed or met, not who acted (not
            # a place whose name opens so: 同心县, 会同县)
        venue = _VENUE.match(c)  # (not a place whose name begins with 于: 于都县, 于洪区)
        venue = venue and not ctx.dicts.region_pattern.match(c, venue.end() - 1)
        if not (2 <= len(c) <= 40) or _RELEASED_SUBJECT.search(c) or venue:
            continue  # `…整改方案全部向社会公开`: the document released is the subject, not who released it;
            # `随后在区生态环境局召开座谈会`: where it was held, not who held it
        org = _org_tail(ctx.dicts.org_suffixes).search(c)
        # `我市`, `全省`: the page's own place (the place resolver's); a cue that is a body
        # (`市生态环境局`) places a page, and as a subject it is that body, qualified below
        if c in ctx.dicts.place_cues and not org:
            place = ctx.place.deictic(c, sent.article_index)
            if place:
                return place
            continue  # (a cue the page's place does not resolve is no organiser's name: not `我市` itself)
        if c in ctx.dicts.region_aliases:
            return ctx.dicts.region_aliases[c]
        if re.fullmatch(r"[\u4e00-\u9fff]{1,6}(省|市|县|区)", c) and not _TO_A_PLACE.match(c):
            return c  # (not where a visit goes: `…一行,莅临腾冲市开展巡查调研`)
        if org and not re.search(r"[的了向]|会议|会上", c):
            return _qualify(c, ctx, sent)
    return None


def _next_sentence(ctx: DocContext, sent):
    return next((x for x in ctx.sentences_of(sent.paragraph_index) if x.start >= sent.end), None)


# the bodies of every level of government (`市委常委会议`, `州政府常务会议`, `县人大常委会会议`)
_BODY = re.compile(r"^(中共)?(" + "|".join(UNIT_WORDS) + r")(党委|委|人民政府|政府|人大常委会|政协)")


def _possessive_org(name: str, ctx: DocContext, sent) -> str | None:
    """The body that holds a meeting named after it (`市委常委会议`, `市政府常务会议`) or named as its
    owner (`住建局党组理论学习中心组的集体学习研讨`)."""
    if "的" in name:
        owner = name[:name.rindex("的")].lstrip("了")
        if _org_tail(ctx.dicts.org_suffixes).search(owner) and 2 <= len(owner) <= 40:
            return _qualify(owner, ctx, sent)
    m = _BODY.match(name)
    if m:
        body = m.group(0) if "人民政府" in m.group(0) else m.group(0).replace("政府", "人民政府")  # `市政府`: 人民政府
        return _qualify(body, ctx, sent)
    return None


def _qualify(org: str, ctx: DocContext, sent) -> str | None:
    """`市生态环境局`, `省生态环境厅`, `州生态环境局`, `我市多部门`: a local unit with the page's own place; a list of
    units (`A与B、C`) unit by unit."""
    parts = re.split(r"[与及、]", org)
    if len(parts) > 1 and all(_org_tail(ctx.dicts.org_suffixes).search(x) or len(x) >= 4 for x in parts if x):
        return "、".join(_qualify(x, ctx, sent) or x for x in parts if x)
    if org.startswith("中共"):
        return org
    m = re.match(r"(我|本|全)?(" + "|".join(UNIT_WORDS) + ")", org)
    if not m:
        return org
    if m.group(1) is None:  # `州生态环境局`: the place decides (qualify_org)
        return ctx.local_org(org, sent.article_index) or org
    place = ctx.place.deictic((m.group(1) or "全") + m.group(2), sent.article_index)  # `省…` is `全省…`
    if not place:
        return org
    rest = org[m.end():]
    return qualify_org(m.group(2) + rest, place) if rest else place


def _issuer(ctx: DocContext) -> str | None:
    """The author of an official document that releases what it encloses (`XX办公室关于印发…的通知`)."""
    m = re.match(r"^(.{2,30}?)关于", ctx.title or "")
    return m.group(1) if m and _org_tail(ctx.dicts.org_suffixes).search(m.group(1)) else None


def _jurisdiction_org(name: str, ctx: DocContext, sent) -> str | None:
    """`全省…大会` held with no subject named: the province of the page."""
    m = re.match(r"(全省|全市|全县|全区)", name)
    return ctx.place.deictic(m.group(1), sent.article_index) if m else None


@lru_cache(maxsize=4)
def _org_head(org_suffixes: tuple[str, ...]) -> re.Pattern:
    """A clause opening with an organisation's name, then what it does (`某区环保局抽调执法精干力量`)."""
    return re.compile(r"^[\u4e00-\u9fff]{2,20}(?:" + "|".join(map(re.escape, sorted(org_suffixes, key=len, reverse=True)))
                      + r")(?=[\u4e00-\u9fff]{2})")


def _opening_org(before: str, ctx: DocContext, sent) -> str | None:
    """For a clause with no subject of its own (`…,组织开展了“清水”专项行动`): the organisation opening the nearest
    clause before it in the sentence, which acts in both (`某区环保局抽调执法精干力量,组织开展了…`); not a purpose's
    clause (`为有效打击…,`)."""
    pieces = [x.strip() for x in re.split(r"[,，;；]", before) if x.strip()]
    if not pieces or pieces[-1].startswith(("为", "在", "按照", "根据", "围绕")):
        return None
    m = _org_head(ctx.dicts.org_suffixes).match(pieces[-1])
    # (a body of a place: `鼎城区环保局`, `市生态环境局`; not `派出由局领导带队的…`)
    placed = m and (pieces[-1][0] in "省市区县州" or ctx.dicts.region_pattern.match(pieces[-1]))
    return _qualify(m.group(0), ctx, sent) if placed else None


def _acting_official_org(subject: str, sent, people: list[Person]) -> str | None:
    """The unit of the official who is the act's subject (`…生态环境局副局长邢某发布了《…》`), not of one chairing the
    clause before (`发布会由市委宣传部孙某主持,`)."""
    subject = subject.rstrip(" ,，")
    return next((p.org for p in people if p.org and p.role == "official" and subject.endswith((p.name, p.name + "同志"))
                 and sent.start <= p.evidence_start < sent.end), None)


def _person_org(before: str, sent, people: list[Person]) -> str | None:
    """`…副处长郭某带领工作组来到我县,督导…`, `…董事长赵某代表集团现场签署了《…》`: the unit of the
    person who leads or acts for it."""
    for p in people:
        if p.org and p.role == "official" and sent.start <= p.evidence_start < sent.start + len(before):
            k = before.find(p.name)
            if k != -1 and (_LEADS.match(before, k + len(p.name)) or re.match(r"代表", before[k + len(p.name):])):
                return p.org
    return None


def _speaker_orgs(ctx: DocContext, people: list[Person]) -> dict[int, str]:
    """In a transcript, the organisation of the speaker of each paragraph (`…局长尹某:` opens a turn
    that runs until the next)."""
    orgs = {p.name: p.org for p in people if p.org}
    out: dict[int, str] = {}
    current = None
    for k, p in enumerate(ctx.structure.paragraphs):
        m = _TURN.match(p.text)
        if m:
            label = re.sub(r"(回答|表示|介绍|说)$", "", p.text[:m.end(1)])
            known = next((orgs[n] for n in (label[-3:], label[-2:]) if n in orgs), None)
            if known or label.endswith(("记者", "主持人", "问", "答", "提问")):
                current = known  # a new turn; a journalist's question reports nothing
            # `各位媒体朋友:` greets within a turn
        if current:
            out[k] = current
    return out


def _attach_participants(ctx: DocContext, events: list[Event], people: list[Person]) -> None:
    """Officials named as attending, speaking or leading where each event is reported: from the event's
    sentence to the end of its paragraph, and the paragraphs after it until one that opens with another
    event or a heading (within the article)."""
    paras = ctx.structure.paragraphs
    opening = {_para_index(ctx, e.evidence_start) for e in events
               if _sentence_at(ctx, e.evidence_start).sentence_index == 0}
    for e in events:
        if e.event_type == "release":
            continue
        sent = _sentence_at(ctx, e.evidence_start)
        pi, last = sent.paragraph_index, sent.paragraph_index
        for k in range(pi + 1, len(paras)):
            if k in opening or paras[k].heading_level >= 0 or paras[k].start >= _article_end(ctx, sent):
                break
            last = k
        lo, hi = sent.start, paras[last].end
        names = {x.name for x in e.participants}
        for p in people:
            if p.role != "official" or not (lo <= p.evidence_end <= hi) or p.name in names:
                continue
            rest = re.split(r"[。;]", ctx.text[p.evidence_end:hi], maxsplit=1)[0]
            if _PARTICIPATION.search(rest):
                names.add(p.name)
                e.participants.append(Participant(p.name, p.title, p.org, "participant"))


def _article_end(ctx: DocContext, sent) -> int:
    arts = ctx.structure.articles
    return arts[sent.article_index].end if sent.article_index < len(arts) else len(ctx.text)


def _same_name(a: str, b: str) -> bool:
    """Two names of one event: sharing most of the shorter in a row, eight characters at least (`某县生态环境保护委员会第二次
    全体会议` and `某县生态环境保护委员会2024年第二次全体(扩大)会议`; not `…生态环境保护督察迎检工作部署会` and `…生态环境保护
    大会`), or one holding the other."""
    short, long_ = sorted((a, b), key=len)
    run = max(8, round(len(short) * 0.6))
    if len(short) < run:
        return short in long_
    return any(short[k:k + run] in long_ for k in range(len(short) - run + 1))


def _para_index(ctx: DocContext, pos: int) -> int:
    return _last_starting_by(ctx.structure.paragraphs, pos)
