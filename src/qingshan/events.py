"""Events: meetings, press conferences, study sessions, inspections, signings, awards, campaigns and
releases that the text reports as having happened (or announces with a date).

Triggers come from dbt_project/seeds/event_triggers.csv. A trigger counts only with an act around
it (`召开`, `举办`, `开展`, `印发`, `获评`...) so that background mentions (`督察转办案件中`) and plan
items (`要持续开展…`) are not events. One event mentioned twice in a document is one row.
"""
from __future__ import annotations

import re

from .context import DocContext, PAST_CUES
from .records import Event, Participant, Person

_ACTS = r"召开|举行|举办|开展|组织开展|组织召开|组织|启动|印发|出台|制定印发|制定实施|制定|发布|签订|签署|获评|荣获|入选|评为|评选|联合开展|进行"
_ACT = re.compile(_ACTS)
_FUTURE = re.compile(r"要|将|力争|确保|计划|拟|下一步|继续|持续深入")
_NAME_STOP = re.compile(r"[,;。:、]|" + _ACTS + r"|日前|近日|近期|连日来|今年|目前")
_ORG_TAIL = re.compile(r"(局|厅|部|委|办|政府|办公室|中心|总队|支队|大队|中心组|委员会|指挥部|公司|服务组|组)$")
_TIME_WORDS = re.compile(r"(日前|近日|近期|连日来|今年|去年|\d{1,2}月\d{1,2}日|\d{4}年|春节前|上半年|下半年)+$")
_BOOK = re.compile(r"《[^》]{2,60}》")
_PARTICIPATION = re.compile(r"出席|主持|讲话|发布|回答|参加|带领|报告|强调|介绍|指出|要求|谈")


def _types(ctx: DocContext):
    return ctx.dicts.event_triggers


def extract_events(ctx: DocContext, people: list[Person]) -> list[Event]:
    events: list[Event] = []
    seen_names: set[str] = set()
    for sent in ctx.structure.sentences:
        s = sent.text
        if sent.heading_path and s.strip() == sent.heading_path.split(" > ")[-1]:
            continue
        for trig, etype, _needs in _types(ctx):
            i = s.find(trig)
            if i == -1:
                continue
            ev = _event_at(ctx, sent, i, trig, etype, people)
            if ev is None:
                continue
            key = re.sub(r"\W", "", ev.name)
            if key in seen_names:
                continue
            seen_names.add(key)
            events.append(ev)
            break  # one event per sentence
    return events


def _event_at(ctx: DocContext, sent, i: int, trig: str, etype: str, people: list[Person]) -> Event | None:
    s = sent.text
    clause_a = max(s.rfind(c, 0, i) for c in ",;。:") + 1
    clause_b = min([j for j in (s.find(c, i) for c in ",;。") if j != -1] or [len(s)])
    clause = s[clause_a:clause_b]
    act = _ACT.search(clause)
    if not act and etype not in ("press_conference", "meeting", "study_session"):
        return None
    if etype in ("meeting", "press_conference", "study_session") and not act and not re.search(r"召开|举行|上[,，]|会上|会议上", s):
        return None
    if _FUTURE.search(s[:i]) and not PAST_CUES.search(s):
        return None
    if trig == "会议" and (i < 2 or re.match(r"会议(认为|要求|指出|强调|明确|提出|全面|特别)", s[i:])):
        return None  # `会议要求…` speaks of a meeting already reported
    name = _name(s, clause_a, i, trig, etype, clause)
    if not name or len(name) < 2:
        return None
    start, end = sent.start + clause_a, sent.start + clause_b
    times = ctx.times_in(sent.start, sent.end)
    t = times[0] if times else None
    organizer = _organizer(s[clause_a:i] if not act else s[clause_a:clause_a + act.start()], ctx)
    region = ctx.region_at(sent, sent.start + i)
    para = ctx.structure.paragraphs[sent.paragraph_index]
    participants = [
        Participant(p.name, p.title, p.org, "participant") for p in people
        if p.role == "official" and para.start <= p.evidence_start < para.end
        and _PARTICIPATION.search(ctx.text[p.evidence_end:p.evidence_end + 12])
    ]
    return Event(start, end, ctx.text[start:end], etype, name,
                 t.date_start if t and t.is_day else None, t.text if t else None, organizer, region, participants)


def _name(s: str, clause_a: int, i: int, trig: str, etype: str, clause: str) -> str:
    book = _BOOK.search(clause)
    if etype in ("release", "signing") and book:
        return book.group(0)
    if etype == "award":
        after = s[i + len(trig):]
        return re.split(r"[,;。、]", after)[0][:40]
    # the noun phrase ending with the trigger: back to the act verb or the clause start
    j = i
    while j > clause_a and not _NAME_STOP.match(s, j - 1):
        j -= 1
    for m in _ACT.finditer(s, clause_a, i):
        j = max(j, m.end())
    return s[j:i + len(trig)].strip("“”\" ")


def _organizer(before: str, ctx: DocContext) -> str | None:
    b = _TIME_WORDS.sub("", before.strip()).strip()
    b = re.sub(r"^(会上|同时|此外|近日|日前|今年以来|据了解)", "", b)
    if 2 <= len(b) <= 40 and _ORG_TAIL.search(b):
        if b[0] == "市" and ctx.doc_city:
            b = ctx.doc_city[:-1] + b
        return b
    return None
