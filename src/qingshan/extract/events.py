"""Events: meetings, press conferences, study sessions, inspections, signings, awards, campaigns and
releases that the text reports as having happened (or announces with a date).

Triggers come from dbt_project/seeds/event_triggers.csv. A trigger that needs an act counts only
with one before it in its clause (`召开`, `举办`, `开展`, `签订`...), so background mentions
(`督察转办案件中`) are not events; plan items and exhortations (`要持续开展…`, a plan document's
measures) are not events unless they carry a date. A release needs a document (`《…》`, `方案`).
One event mentioned again (`今天的新闻发布会`) is one row.
"""
from __future__ import annotations

import re

from .context import PAST_CUES, DocContext
from .records import Event, Participant, Person

_ACT = re.compile(r"召开|举行|举办|开展了?|组织开展|组织召开|组织|启动|印发|出台|制定印发了?|制定实施|制定|发布了?|"
                  r"签订了?|签署了?|获评|荣获|评为|评选|联合开展|进行了?|派出|带领|赴")
_HAPPENED = re.compile(r"召开|举行|日前|近日|[0-9]{1,2}月[0-9]{1,2}日|会上|会议上")
_FUTURE = re.compile(r"(?<![重主需])要(?![求点])|将(?=[\u4e00-\u9fff])|力争|确保|计划|拟|下一步|今后|继续|进一步")
_DEICTIC = re.compile(r"^(今天的?|本次|本场|此次|这次|该|本)")
_BOOK = re.compile(r"《[^》]{2,60}》")
_DOCUMENT = re.compile(_BOOK.pattern + r"|方案|规划|计划|意见|办法|宣言|措施|条例|通知|纲要|清单|指南|手册|要点")
_NAME_STOP = re.compile(r"[,;。:、]|" + _ACT.pattern + r"|日前|近日|近期|连日来|今年|目前|先后|持续|全面|扎实")
_ORG_TAIL = re.compile(r"(局|厅|部|委|办|政府|办公室|中心|总队|支队|大队|中心组|委员会|指挥部|公司|服务组|组|部门)$")
_ADVERBS = re.compile(r"(日前|近日|近期|连日来|今年|去年|扎实|积极|全面|深入|持续|连续|联合|先后|多次|及时|还|也|已|"
                      r"\d{1,2}月\d{1,2}日|\d{4}年|春节前|上半年|下半年|组织|共同)+$")
_PARTICIPATION = re.compile(r"出席|主持|讲话|发布|回答|参加|带领|报告|强调|介绍|指出|要求|谈")
_CLAUSES = re.compile(r"[^,;。]+[,;。]?")


def extract_events(ctx: DocContext, people: list[Person]) -> list[Event]:
    events: list[Event] = []
    seen: dict[str, int] = {}
    for sent in ctx.structure.sentences:
        para = ctx.structure.paragraphs[sent.paragraph_index]
        if para.heading_level == 0 or re.search(r"[:：]\s*$", para.text):
            continue  # headlines and speaker lines (`…科长吴源生 :`) report nothing themselves
        for cm in _CLAUSES.finditer(sent.text):
            ev = _event_in_clause(ctx, sent, cm.start(), cm.end(), people)
            if ev is None:
                continue
            key = _DEICTIC.sub("", re.sub(r"[\W_]", "", ev.name))
            generic = any(key == t for t, _, _ in ctx.dicts.event_triggers)
            if key in seen or (generic and any(e.event_type == ev.event_type for e in events)):
                continue  # the same event named again
            seen[key] = len(events)
            events.append(ev)
    return events


def _event_in_clause(ctx: DocContext, sent, ca: int, cb: int, people: list[Person]) -> Event | None:
    s = sent.text
    clause = s[ca:cb].rstrip(",;。")
    if not ctx.dicts.event_trigger_pattern.search(clause):
        return None
    for trig, etype, needs_act in ctx.dicts.event_triggers:
        i = clause.find(trig)
        if i == -1:
            continue
        acts = [m for m in _ACT.finditer(clause) if m.end() <= i]
        after_act = re.search(r"召开|举行|举办", clause[i + len(trig):])
        if needs_act and not acts:
            continue
        if etype in ("meeting", "press_conference", "study_session") and not (acts or after_act):
            continue
        if etype == "release" and not _DOCUMENT.search(clause[i:]):
            continue
        if clause.startswith("精神", i + len(trig)):
            continue  # `大会精神`: the spirit of a meeting held elsewhere, a reference
        if etype == "meeting" and trig == "会议" and re.match(r"会议(认为|要求|指出|强调|明确|提出|全面|特别)", clause[i:]):
            return None  # `会议要求…` speaks of a meeting already reported
        in_clause = ctx.times_in(sent.start + ca, sent.start + cb)
        before = ctx.times_in(sent.start, sent.start + ca)
        times = ([t for t in in_clause if t.is_day] or [t for t in before if t.is_day] or in_clause or before)
        dated = any(t.is_day for t in times)
        if (ctx.doc_type == "plan" or _FUTURE.search(s[:ca + i])) and not dated and not PAST_CUES.search(clause):
            return None  # a plan's measure or an exhortation, not something that happened
        name = _name(clause, i, trig, etype, acts)
        if not name or len(name) < 2:
            return None
        start, end = sent.start, sent.end  # the sentence: who, when and what are often in other clauses
        t = next((t for t in times if t.is_day), times[0] if times else None)
        act = acts[-1] if acts else None
        organizer = (_organizer(clause[:act.start()] if act else clause[:i], ctx, sent.article_index)
                     or _organizer(s[:ca], ctx, sent.article_index))
        para = ctx.structure.paragraphs[sent.paragraph_index]
        participants = [
            Participant(p.name, p.title, p.org, "participant") for p in people
            if p.role == "official" and para.start <= p.evidence_start < para.end
            and _PARTICIPATION.search(ctx.text[p.evidence_end:p.evidence_end + 12])
        ]
        return Event(start, end, ctx.text[start:end], etype, name,
                     t.date_start if t and t.is_day else None, t.text if t else None, organizer,
                     ctx.region_at(sent, start + i), participants)
    return None


def _name(clause: str, i: int, trig: str, etype: str, acts) -> str:
    book = _BOOK.search(clause)
    if etype in ("release", "signing") and book:
        return book.group(0)
    if etype == "award":
        return re.split(r"[,;。、]", clause[i + len(trig):])[0][:40]
    # the noun phrase ending with the trigger: back to the act or the clause start
    j = acts[-1].end() if acts else 0
    k = i
    while k > j and not _NAME_STOP.match(clause, k - 1):
        k -= 1
    return clause[max(j, k):i + len(trig)].strip("“”\" ")


def _organizer(before: str, ctx: DocContext, article_index: int) -> str | None:
    b = re.split(r"[,;。:]", before)[-1].strip()
    b = _ADVERBS.sub("", b).strip()
    b = re.sub(r"^(会上|同时|此外|据了解|今年以来|在|由)", "", b)
    if 2 <= len(b) <= 40 and _ORG_TAIL.search(b):
        return ctx.local_org(b, article_index)
    return None
