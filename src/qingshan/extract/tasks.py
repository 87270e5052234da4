"""Commitments with deadlines or targets: forward-looking clauses of plans and work reports.

A clause looks forward when it has a cue (`要`, `将`, `力争`, `确保`, `…前完成`, `到…年`) or sits in a
forward-looking section: a plan document, a heading announcing goals, or a paragraph whose time
frame (`2024年,全市要…`, `下半年`) lies after the document's date. Report-card clauses about what
was done are not tasks, nor is anything framed by a period already over.

A sentence is cut into clauses (commas, semicolons, and `、`/`并` between two actions), each given
a part: a commitment (an action with something checkable), a lead that heads the next one
(`聚焦成效差距`, `到2025年`), or a vague or short clause that qualifies its neighbour
(`提升执法能力`, `避免汛期雨水携污入河`; endings in dbt_project/seeds/task_vague_ends.csv). Each
commitment with its leads and qualifiers is one task, which needs a deadline or a quantity to
reach, as the answer-key guide asks.
"""
from __future__ import annotations

import dataclasses
import itertools
import re

from .context import (
    DEADLINE_CUES,
    PAST_CUES,
    SENTENCE_TARGET_CUES,
    TARGET_CUES,
    DocContext,
)
from .records import Task

_TIME_LEAD = r"(?:到|至|于)?(?:\d{4}年|今年|明年|年内)(?:年?底|年?末|\d{1,2}月底?)?(?:前|以前)?,?|年底前,?|\d{1,2}月底前,?|"
# modal verbs and adverbs before an action (`要`, `加快`): a clause led by one of them acts
_MODALS = r"要|将|需|应|继续|进一步|持续|深入|全面|大力|着力|扎实|积极|加快|不断|稳妥|有序|严格|切实|努力|全力|尽快"
_LEAD = re.compile(r"^(?:" + _TIME_LEAD + r"\s+|[\u4e00-\u9fff]{2,6}[:：]|[一二三四五六七八九十]+是|[（(][一二三四五六七八九十]+[)）]|\d+[.、]|[①-⑳]|同时|此外|另外|并|还|"
                   r"要求|" + _MODALS + r"|坚决|坚持不懈|持之以恒|坚定不移|特别|重点|全市|全区|各区|各级|我市|我区|"
                   r"[\u4e00-\u9fff]{2,12}?(?<![纲重主需摘概])(?=要(?![求点素闻件])[\u4e00-\u9fff]|将(?=[继进全加持着推大力确于在会要逐])))+")
_SAME = 8  # two commitments sharing this many characters in a row are one
_ITEM_HEADING = re.compile(r"^[一二三四五六七八九十]+是")
_EXHORTATION = re.compile(r"^(坚持|坚决|必须|始终|牢固树立|深入学习|认真学习|贯彻|学习|以习近平|按照|围绕|立足|把|对标|"
                          r"会议|他说|他指出|他强调|据了解|目前|近年来)")
# a clause that names what the next ones work on (`聚焦入海河流消劣`, `抓运输领域`)
_FOCUS = re.compile(r"^(聚焦|围绕|紧盯|盯住|紧扣|瞄准|抓(?![好紧实住])|以[^,]{1,20}为(主线|统领|引领|抓手|重点|核心|导向))")
# a result to reach (`优良水质比例达到国家要求`, `重污染天数持续下降`)
_RESULT = re.compile(r"保持|下降|提升|提高|达到|稳定|以下|以内|改善|好转")
# a clause saying what the one before is for (`为…贡献更大力量`, `避免汛期雨水携污入河`, `既…又…`)
_PURPOSE = re.compile(r"^(为(?!期)|以(?!上|下|内)|助力|避免|从而|进而|既|又|做到|实现|从源头上)")
# a subject and its end state (`我市农村黑臭水体全部销号`, `117台燃煤锅炉全部关停整合`)
_DONE_END = re.compile(r"(全部|基本|均|如期|按期)[\u4e00-\u9fff]{2,4}$")
_DOCUMENT_END = re.compile(r"(计划|方案|纲要|规划|意见|办法|清单|要点)$")
_FIELD = re.compile(r"^(强化|加强|完善|深化)")
# the fields of a rectification list's item: who and by when, not commitments themselves
_ITEM_FIELD = re.compile(r"^(牵头单位|责任单位|配合单位|牵头部门|责任部门|责任领导|责任人|整改时限|完成时限|完成时间|时限要求)\s*[:：]")
_TIME_LIMIT = re.compile(r"(整改时限|完成时限|完成时间|时限要求)\s*[:：]\s*")
_RESPONSIBLE = re.compile(r"(牵头单位|责任单位|牵头部门|责任部门)\s*[:：]\s*([^。;；\n)）]{2,80})")
_SUBJECT = re.compile(r"^(?P<s>[\u4e00-\u9fff]{2,20}?)(要|将|力争|需|应)")
_NEXT_STEP = re.compile(r"^[^,，。]{0,12}?(下一步|下步|今后|接下来|下一阶段)")
_PLAN_HEADING = re.compile(r"措施|任务|目标|重点工作|工作安排|下一步|计划|要点|部署|打算")


def _verbs(ctx: DocContext) -> re.Pattern:
    return re.compile("|".join(sorted(ctx.dicts.task_verbs, key=len, reverse=True)))


_GENERIC = {"industry", "governance", "enforcement"}


def category_of(ctx: DocContext, text: str) -> str:
    """The policy area whose keyword comes first in the commitment (task_categories.csv); an
    environmental medium (air, water, soil...) outranks the generic areas (industry, governance,
    enforcement), which describe how rather than what."""
    best = None
    for kw, cat in ctx.dicts.task_categories:
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


class _VerbSince:
    """Whether a task verb occurs in sentence[start:end], for a start that stays put while the end
    moves on: each call searches only the text the previous call with that start has not seen,
    so a long run of `、` costs time linear in its length."""

    def __init__(self, sentence: str, verbs: re.Pattern):
        self.sentence, self.verbs = sentence, verbs
        self.longest = max(len(v) for v in verbs.pattern.split("|"))
        self.start, self.seen_to, self.found = -1, -1, False

    def __call__(self, start: int, end: int) -> bool:
        if start != self.start:
            self.start, self.seen_to, self.found = start, start, False
        if not self.found:
            self.found = bool(self.verbs.search(self.sentence, max(start, self.seen_to - self.longest + 1), end))
            self.seen_to = end
        return self.found


def _clauses(sentence: str, verbs: re.Pattern) -> list[tuple[int, int]]:
    """The sentence cut at every comma and semicolon outside short quotes and brackets (names,
    slogans: `“抢回时间,完成目标”`), and before `、` or `并` joining two actions (`完成A、配合做好B`,
    `完成C并启动D`) rather than two nouns; `_group` puts the pieces of one commitment together."""
    cuts, skip_to = [0], 0
    verb_since = _VerbSince(sentence, verbs)
    for i, ch in enumerate(sentence):
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
            if verb and len(rest) - (lead.end() if lead else 0) >= len(verb.group()) + 2:  # not `执法、监测、信息`
                cuts.append(i + 1 if ch == "、" else i)
    cuts.append(len(sentence))
    return [(a, b) for a, b in itertools.pairwise(cuts) if b > a]


def _section_looks_ahead(ctx: DocContext, sent) -> bool:
    if ctx.doc_type == "plan" or _PLAN_HEADING.search(sent.heading_path):
        return True
    if SENTENCE_TARGET_CUES.search(sent.text):
        return True
    if any(_NEXT_STEP.match(x.text) for x in ctx.sentences_of(sent.paragraph_index) if x.start <= sent.start):
        return True  # `下一步,我们将重点抓好三方面工作。一是…`
    frame = ctx.opening_time(sent) or ctx.context_time(sent)  # `2024年,“我们将…,建设…”`
    if frame is None or frame.date_end is None or ctx.ref is None:
        return False
    return frame.date_end > ctx.ref if ctx.ref_stated else frame.date_end.year >= ctx.ref.year


def _is_past(ctx: DocContext, t) -> bool:
    """A period over before the document was written (the year before, when its date is only
    inferred)."""
    return t.date_end < ctx.ref if ctx.ref_stated else t.date_end.year < ctx.ref.year


def _carries(text: str, t, a: int, sentence_start: int) -> bool:
    """Whether the time `t`, earlier in the sentence, dates the clause at `a`: it lies in the same
    clause (`完成A、2022年年底前完成B并启动C`), or frames the sentence — a deadline standing as a
    clause of its own (`今年12月底前,…`), a period at its start (`会议提出,今年将…`)."""
    if not re.search(r"[,，;；]", text[t.end:a]):
        return True
    before = text[sentence_start:t.start]
    if t.is_deadline:
        return bool(re.search(r"(^|[,，;；:：])(到|至|于|在)?$", before)) and _stands_alone(text, t)
    return _opens_clause(text, t.start, sentence_start) and len(re.findall(r"[,，;；]", before)) <= 1


def _stands_alone(text: str, t) -> bool:
    return bool(re.match(r"(前|以前)?[,，]", text[t.end:]))


def _heads_sentence(text: str, t, sentence_start: int) -> bool:
    """A deadline standing as the sentence's first clause (`到2025年,…`)."""
    return bool(re.fullmatch(r"[“\"]?(到|至|于|在)?", text[sentence_start:t.start])) and _stands_alone(text, t)


def _time_limit(ctx: DocContext, start: int, end: int):
    """The deadline an item's `整改时限:`/`完成时限:` field sets, in text[start:end]."""
    m = _TIME_LIMIT.search(ctx.text, start, end)
    if m is None:
        return None
    return next((t for t in ctx.times_in(m.end(), min(end, m.end() + 20)) if t.date_end), None)


def _strip_times(text: str, a: int, b: int, times) -> str:
    """The clause text[a:b] without its time expressions (whose spans hold their 到 and 前)."""
    parts, pos = [], a
    for t in times:
        parts.append(text[pos:t.start])
        pos = t.end
    parts.append(text[pos:b])
    return re.sub(r"^在", "", "".join(parts).strip(" ,，")).strip()  # `在2024年,`


def _opens_clause(text: str, pos: int, sentence_start: int) -> bool:
    """Whether a time at `pos` opens its clause (`今年将确保…`, `,到2025年…`), so that it frames
    the clauses after it, rather than naming a thing (`推进2020年碳达峰试点企业履约`)."""
    before = text[sentence_start:pos]
    return bool(re.search(r"(?:^|[,，;；:：])[“\"]?(?:到|至|于|在)?$", before))


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


def _roles(ctx: DocContext, sent, verbs: re.Pattern) -> list[_Clause | None]:
    """The clauses of a sentence with their part in a commitment; None for a clause that is not
    forward-looking (a report of what was done), which ends any commitment before it."""
    s = sent.text
    section_ahead = None  # computed on demand: it reads the context
    sent_times = ctx.times_in(sent.start, sent.end)
    out: list[_Clause | None] = []
    looking_back = False  # after `今年以来,` `日前,` the sentence reports
    for ca, cb in _clauses(s, verbs):
        raw_clause = s[ca:cb]
        clause = raw_clause.strip(" ,，;；。、")
        if not clause:
            continue
        lead = _LEAD.match(clause)
        body = clause[lead.end():] if lead else clause
        a = sent.start + ca + (len(raw_clause) - len(raw_clause.lstrip(" ,，;；、")))
        times = [t for t in sent_times if a <= t.start and t.end <= a + len(clause)]
        deadline_cue = bool(DEADLINE_CUES.search(clause))
        lately = any(t.approximate and ctx.ref and t.date_end and t.date_end <= ctx.ref for t in times)
        untimed = _strip_times(ctx.text, a, a + len(clause), times)
        if not body.strip() or not untimed:
            # `到2025年,` `下半年,` `一是`: it heads what follows; `今年以来,` makes it a report
            looking_back = looking_back or lately
            out.append(None if lately else _Clause(a, a + len(clause), body, "lead", [], False))
            continue
        if (PAST_CUES.search(clause) or lately or looking_back) and not deadline_cue:
            out.append(None)  # done, or done lately (`会议日前召开`)
            continue
        qs = [q for q in ctx.quantities_of(sent) if a <= sent.start + q.start < a + len(clause)]
        earlier = [t for t in sent_times if t.start < a and t.is_deadline]
        # a deadline, or a time opening the clause (`2022年我市农村黑臭水体全部销号`), dates it; a
        # time inside (`安排部署2024年重点工作任务`, `召开2020年第3次局务会`) names something
        dated = any(not t.approximate and (t.is_deadline or _opens_clause(ctx.text, t.start, sent.start))
                    for t in times)
        acts = bool(verbs.match(body) or verbs.search(body[:8]) or (lead and re.search(_MODALS, lead.group()))
                    or _RESULT.search(body[-6:]) or _DONE_END.search(body)
                    or ((qs or dated) and (_RESULT.search(body) or verbs.search(body))))
        acts = acts and not untimed.startswith("是")  # `今年是…关键一年` states, commits to nothing
        cue = deadline_cue or bool(TARGET_CUES.search(clause)) or bool(earlier)
        if not cue:
            if section_ahead is None:
                section_ahead = _section_looks_ahead(ctx, sent)
            if not section_ahead:
                out.append(None)
                continue
        if (qs or dated) and acts:
            role = "commitment"  # an action with a quantity or a time of its own: checkable
        elif (_EXHORTATION.match(body) and not (body.startswith("坚持") and verbs.match(body, 2))) \
                or _FOCUS.match(body):
            role = "lead"  # (`坚持开展“创优争先”` is an action: 坚持 only says it goes on)
        elif not acts or _PURPOSE.match(body) or len(body) < 4 or clause.rstrip("。”\"」").endswith(ctx.dicts.task_vague_ends) \
                or (not verbs.match(body) and _DOCUMENT_END.search(body)):  # `制定A方案,B计划`: B is an object
            role = "vague"  # no action of its own, a purpose, or nothing anyone could check
        elif len(body) < 7:
            role = "weak"
        else:
            role = "commitment"
        elliptical = bool(qs) and bool(verbs.match(body)) and a + len(clause) - (sent.start + qs[-1].end) <= 2
        out.append(_Clause(a, a + len(clause), body, role, qs, deadline_cue, dated, elliptical))
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
    own = [t for t in inside if t.is_deadline or not ctx.ref or t.date_end.year >= ctx.ref.year]
    carried = [t for t in earlier if has_target or _carries(text, t, a, sent.start)]
    deadline = (next((t for t in reversed(own) if t.is_deadline), None) or (own[-1] if own else None)
                or _time_limit(ctx, b, item_end)
                or next((t for t in reversed(carried) if t.is_deadline), None) or chain)
    if deadline is not None:
        return deadline, False
    opening = [t for t in inside if t.start == a]
    framing = [t for t in carried if _opens_clause(text, t.start, sent.start)]
    frame = opening[0] if opening else framing[-1] if framing else ctx.context_time(sent)
    if frame is None or not frame.date_end or not ctx.ref:
        return None, False
    if _is_past(ctx, frame):
        return None, True
    return (frame if frame.date_end.year >= ctx.ref.year else None), False


def extract_tasks(ctx: DocContext) -> list[Task]:
    out: list[Task] = []
    seen: dict[str, float | None] = {}  # 8-character runs of the commitments so far -> their target
    text = ctx.text
    verbs = _verbs(ctx)
    chain, prev = None, None  # a deadline framing sentences joined by `;` (`到2025年,A;B;C。`)
    for sent in ctx.structure.sentences:
        s = sent.text
        sent_times = ctx.times_in(sent.start, sent.end)
        continues = prev is not None and prev.paragraph_index == sent.paragraph_index \
            and prev.text.endswith((";", "；"))
        chain = next((t for t in sent_times if t.is_deadline and _heads_sentence(text, t, sent.start)),
                     chain if continues else None)
        prev = sent
        if len(s) < 6 or _ITEM_FIELD.match(s):
            continue
        if sent.heading_path and s == sent.heading_path.split(" > ")[-1]:
            continue  # a title; a heading that is a sentence may be a plan's item (`一、年底前完成10个…。`)
        if sent.sentence_index == 0 and _ITEM_HEADING.match(s) and len(s) <= 30 and s.endswith("。") \
                and len(ctx.text[sent.end:ctx.structure.paragraphs[sent.paragraph_index].end].strip()) > 0:
            continue  # `一是抓美丽天津建设,推进有“深度”。` heads the item that follows
        # an item's fields (`(责任单位:…)`, `整改时限:…`) follow it within its paragraph
        item_end = min(ctx.structure.paragraphs[sent.paragraph_index].end, sent.end + 200)
        for group in _group(_roles(ctx, sent, verbs)):
            core = [c for c in group if c.role == "commitment"] or [c for c in group if c.role != "lead"]
            a, b = core[0].a, core[-1].b  # the commitment itself: its deadline and target
            qs = [q for c in core for q in c.quantities]
            deadline, report = _deadline(ctx, sent, sent_times, a, b, bool(qs), chain, item_end)
            if report and not any(c.deadline_cue for c in core):
                continue
            target = qs[0] if qs else None
            if deadline is None and target is None:
                continue
            if deadline is not None and ctx.ref and deadline.date_end.year < ctx.ref.year - 1:
                continue  # dated long before the document: a report, not a commitment
            start, end = group[0].a, group[-1].b
            action = (core[0].body + text[core[0].b:end]).strip(" ,，")[:80] or text[start:end][:80]
            key = (core[0].body + text[core[0].b:b]).strip(" ,，")  # without its time: `2023年年底前累计完成33项`
            shingles = {key[i:i + _SAME] for i in range(max(1, len(key) - _SAME + 1))}
            value = round(target.value, 6) if target else None
            if any(seen.get(x, "") == value for x in shingles):
                continue  # stated before (a summary list and its details): once per document
            seen.update(dict.fromkeys(shingles, value))
            resp = _RESPONSIBLE.search(text, start, item_end)
            subj = _SUBJECT.match(s)
            responsible = resp.group(2).strip() if resp else (subj.group("s") if subj else None)
            out.append(Task(
                evidence_start=start, evidence_end=end, evidence=text[start:end], action=action,
                deadline=deadline.date_end if deadline else None,
                deadline_text=deadline.text if deadline else None,
                target_value=value, target_unit=target.unit if target else None,
                responsible=responsible, region=ctx.region_at(sent, a),
                category=_category_in_context(ctx, text[a:b], text[start:end], sent),
            ))
    return out
