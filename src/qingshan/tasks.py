"""Commitments with deadlines or targets: forward-looking clauses of plans and work reports.

A clause is a task when it looks forward — a cue in the clause (`要`, `将`, `力争`, `确保`,
`…前完成`, `到…年`), or a forward-looking section: a plan document, a heading announcing goals,
or a paragraph whose time frame (`2024年,全市要…`, `下半年`) lies after the document's date — and
it has a deadline or a quantity to reach, as the answer-key guide asks. Report-card clauses about
what was done are not tasks. One clause per commitment: a sentence is split before each clause
that starts with an action verb (dbt_project/seeds/task_verbs.csv).
"""
from __future__ import annotations

import re

from .context import DEADLINE_CUES, PAST_CUES, SENTENCE_TARGET_CUES, TARGET_CUES, DocContext
from .numbers import find_quantities
from .records import Task

_TIME_LEAD = r"(?:到|至|于)?(?:\d{4}年|今年|明年|年内)(?:年?底|年?末|\d{1,2}月底?)?(?:前|以前)?,?|年底前,?|\d{1,2}月底前,?|"
_LEAD = re.compile(r"^(?:" + _TIME_LEAD + r"[一二三四五六七八九十]+是|[（(][一二三四五六七八九十]+[)）]|\d+[.、]|[①-⑳]|同时|此外|另外|并|还|"
                   r"要|将|需|应|要求|继续|进一步|持续|深入|全面|大力|着力|扎实|积极|加快|不断|稳妥|有序|严格|切实|努力|"
                   r"全力|尽快|坚决|重点|全市|全区|各区|各级|我市|我区|"
                   r"[\u4e00-\u9fff]{2,12}?(?<![纲重主需摘概])(?=要(?![求点素闻件])[\u4e00-\u9fff]|将(?=[继进全加持着推大力确于在会要逐])))+")
_SAME = 8  # two commitments sharing this many characters in a row are one
_ITEM_HEADING = re.compile(r"^[一二三四五六七八九十]+是")
_EXHORTATION = re.compile(r"^(坚持|坚决|必须|始终|牢固树立|深入学习|认真学习|贯彻|学习|以习近平|按照|围绕|立足|把|对标|"
                          r"会议|他说|他指出|他强调|据了解|目前|近年来)")
_RESPONSIBLE = re.compile(r"(牵头单位|责任单位|牵头部门|责任部门)\s*[:：]\s*([^。;\n]{2,80})")
_SUBJECT = re.compile(r"^(?P<s>[\u4e00-\u9fff]{2,20}?)(要|将|力争|需|应)")
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


def _clauses(sentence: str, verbs: re.Pattern, every_comma: bool) -> list[tuple[int, int]]:
    """Split at ; and at commas before a clause that opens (after adverbs or a time) with an
    action verb; in a sentence of commitments (`今年将确保…,力争…,臭氧浓度基本保持稳定`) at every
    comma that starts a clause of its own."""
    cuts = [0]
    for m in re.finditer(r"[;；,]", sentence):
        rest = sentence[m.end():]
        if m.group(0) in ";；":
            cuts.append(m.end())
            continue
        lead = _LEAD.match(rest)
        body = rest[lead.end():] if lead else rest
        if verbs.match(body) or (every_comma and len(re.split(r"[,;。]", rest)[0]) >= 6):
            cuts.append(m.end())
    cuts.append(len(sentence))
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


def _section_looks_ahead(ctx: DocContext, sent) -> bool:
    if ctx.doc_type == "plan" or _PLAN_HEADING.search(sent.heading_path):
        return True
    if SENTENCE_TARGET_CUES.search(sent.text):
        return True
    frame = ctx.context_time(sent)
    if frame is None or frame.date_end is None or ctx.ref is None:
        return False
    return frame.date_end > ctx.ref if ctx.ref_stated else frame.date_end.year >= ctx.ref.year


def _is_past(ctx: DocContext, t) -> bool:
    """A period over before the document was written (the year before, when its date is only
    inferred)."""
    return t.date_end < ctx.ref if ctx.ref_stated else t.date_end.year < ctx.ref.year


def _opens_clause(text: str, pos: int, sentence_start: int) -> bool:
    """Whether a time at `pos` opens its clause (`今年将确保…`, `,到2025年…`), so that it frames
    the clauses after it, rather than naming a thing (`推进2020年碳达峰试点企业履约`)."""
    before = text[sentence_start:pos]
    return bool(re.search(r"(?:^|[,，;；:：])[“\"]?(?:到|至|于|在)?$", before))


def extract_tasks(ctx: DocContext) -> list[Task]:
    out: list[Task] = []
    seen: set[str] = set()
    text = ctx.text
    verbs = _verbs(ctx)
    for sent in ctx.structure.sentences:
        s = sent.text
        if len(s) < 6 or (sent.heading_path and s.rstrip("。") == sent.heading_path.split(" > ")[-1]):
            continue
        if sent.sentence_index == 0 and _ITEM_HEADING.match(s) and len(s) <= 30 and s.endswith("。") \
                and len(ctx.text[sent.end:ctx.structure.paragraphs[sent.paragraph_index].end].strip()) > 0:
            continue  # `一是抓美丽天津建设,推进有“深度”。` heads the item that follows
        section_ahead = None  # computed on demand: it reads the context
        sent_times = ctx.times_in(sent.start, sent.end)
        strong = bool(re.search(r"确保|力争|目标|到\d{4}年|年底前|底前", s))
        for ca, cb in _clauses(s, verbs, strong):
            raw_clause = s[ca:cb]
            clause = raw_clause.strip(" ,，;；。")
            if len(clause) < 4:
                continue
            lead = _LEAD.match(clause)
            body = clause[lead.end():] if lead else clause
            a = sent.start + ca + (len(raw_clause) - len(raw_clause.lstrip(" ,，;；")))
            b = a + len(clause)
            qs = [q for q in find_quantities(clause, ctx.dicts)]
            deadline_cue = bool(DEADLINE_CUES.search(clause))
            if PAST_CUES.search(clause) and not deadline_cue:
                continue
            if _EXHORTATION.match(body) and not deadline_cue and not qs:
                continue
            earlier = [t for t in sent_times if t.start < a and t.date_end and not t.approximate
                       and text[t.start - 1:t.start] not in ("比", "较")]
            starts_with_action = bool(verbs.match(body)) or bool(verbs.search(body[:8]))
            cue = deadline_cue or bool(TARGET_CUES.search(clause)) or any(t.is_deadline for t in earlier)
            if not (starts_with_action or (qs and cue) or (cue and verbs.search(body))
                    or (strong and re.search(r"保持|下降|提升|提高|达到|稳定|以下|以内", body))):
                continue
            if not cue:
                if section_ahead is None:
                    section_ahead = _section_looks_ahead(ctx, sent)
                if not section_ahead:
                    continue
            # the deadline: a deadline in the clause, else one earlier in the sentence, else a time
            # framing the sentence, else the paragraph's; a past year inside the clause
            # (`推进2020年碳达峰试点企业履约`) qualifies a noun and is not a deadline
            inside = [t for t in sent_times if a <= t.start < b and t.date_end and not t.approximate
                      and text[t.start - 1:t.start] not in ("比", "较")]
            ok = [t for t in inside if t.is_deadline or not ctx.ref or t.date_end.year >= ctx.ref.year]
            deadline = (next((t for t in reversed(ok) if t.is_deadline), None) or (ok[-1] if ok else None)
                        or next((t for t in reversed(earlier) if t.is_deadline), None))
            if deadline is None:
                # no deadline of its own: the period the clause, its sentence or its context speaks
                # of; a past one (`2023年,京津冀三地持续完善协同机制…`) makes the clause a report
                # (a past year later in the clause, `推进2020年碳达峰试点企业履约`, names a thing)
                opening = [t for t in inside if t.start == a]
                framing = [t for t in earlier if _opens_clause(text, t.start, sent.start)]
                frame = opening[0] if opening else framing[-1] if framing else ctx.context_time(sent)
                if frame is not None and frame.date_end and ctx.ref:
                    if _is_past(ctx, frame) and not deadline_cue:
                        continue
                    if frame.date_end.year >= ctx.ref.year:
                        deadline = frame
            target = qs[0] if qs else None
            if deadline is None and target is None:
                continue
            if deadline is not None and ctx.ref and deadline.date_end.year < ctx.ref.year - 1:
                continue  # dated long before the document: a report, not a commitment
            action = body.strip(" ,，")[:80] or clause[:80]
            shingles = {action[i:i + _SAME] for i in range(max(1, len(action) - _SAME + 1))}
            if shingles & seen:
                continue  # stated before (a summary list and its details): once per document
            seen |= shingles
            resp = _RESPONSIBLE.search(text, sent.end, min(len(text), sent.end + 200))
            subj = _SUBJECT.match(s)
            responsible = resp.group(2).strip() if resp else (subj.group("s") if subj else None)
            out.append(Task(
                evidence_start=a, evidence_end=b, evidence=text[a:b], action=action,
                deadline=deadline.date_end if deadline else None,
                deadline_text=deadline.text if deadline else None,
                target_value=round(target.value, 6) if target else None, target_unit=target.unit if target else None,
                responsible=responsible, region=ctx.region_at(sent, a), category=category_of(ctx, clause),
            ))
    return out
