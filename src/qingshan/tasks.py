"""Commitments with deadlines or targets: forward-looking clauses of plans and work reports.

A clause is a task when it looks forward (`要`, `将`, `力争`, `确保`, `…前完成`, `到…年`, or it sits
in a plan's measures or a dated work plan) and it has a deadline or a quantity to reach, per the
answer-key guide. Report-card clauses about what was done are not tasks.
"""
from __future__ import annotations

import re

from .context import DocContext
from .numbers import find_quantities
from .records import Task

_FORWARD = re.compile(r"要|将|力争|确保|争取|计划|推动|推进|加快|完成|实现|建成|启动|开展|实施|制定|建立|健全|"
                      r"强化|加强|深化|持续|继续|探索|研究|谋划|创建|提升|落实|淘汰|改造|治理|整治|消除|达到|控制")
_PAST = re.compile(r"已经|已|完成了|实现了|取得|获评|荣获|累计完成了|同比|以来|过去一年|上半年以来")
_PRINCIPLE = re.compile(r"^(坚持|坚决|必须|始终|牢固树立|深入学习|认真学习|贯彻|以习近平)")
_RESPONSIBLE = re.compile(r"(牵头单位|责任单位|牵头部门|责任部门)\s*[:：]\s*([^。;\n]{2,80})")
_SUBJECT = re.compile(r"^(?P<s>[\u4e00-\u9fff]{2,20}?)(要|将|力争|需|应)")
_PLAN_HEADING = re.compile(r"措施|任务|目标|重点工作|工作安排|下一步|计划|要点|部署")
_SPLIT = re.compile(r"[;；]|,(?=(?:积极|加快|持续|深入|全面|大力|着力|扎实|推进|推动|开展|实施|制定|建立|完成|"
                    r"强化|加强|深化|探索|研究|谋划|创建|争创|构建|提升|落实|启动|建设|实现|确保|力争)\w)")


def category_of(ctx: DocContext, text: str) -> str:
    best = None
    for kw, cat in ctx.dicts.task_categories:
        i = text.find(kw)
        if i != -1 and (best is None or i < best[0]):
            best = (i, cat)
    return best[1] if best else "other"


def extract_tasks(ctx: DocContext) -> list[Task]:
    out: list[Task] = []
    text = ctx.text
    for sent in ctx.structure.sentences:
        s = sent.text
        if _PRINCIPLE.match(s) or len(s) < 6:
            continue
        heading = sent.heading_path.split(" > ")[-1] if sent.heading_path else ""
        in_plan = bool(_PLAN_HEADING.search(sent.heading_path))
        sent_times = ctx.times_in(sent.start, sent.end)
        context_time = ctx.context_time(sent)
        pos = 0
        for piece in _SPLIT.split(s):
            a = sent.start + s.find(piece, pos)
            pos = a - sent.start + len(piece)
            b = a + len(piece)
            clause = piece.strip(" ,。")
            if len(clause) < 6 or _PAST.search(clause) or not _FORWARD.search(clause):
                continue
            if heading and clause.startswith(heading):
                clause_body = clause[len(heading):]
                if len(clause_body) < 6:
                    continue
            times = [t for t in sent_times if a <= t.start < b] or [t for t in sent_times if t.start < a]
            deadline = next((t for t in reversed(times) if t.date_end and not t.approximate), None)
            if deadline is None and context_time is not None and ctx.ref and context_time.date_end \
                    and context_time.date_end.year >= ctx.ref.year and (in_plan or _looks_ahead(s)):
                deadline = context_time
            qs = [q for q in find_quantities(piece, ctx.dicts) if not q.change_only or True]
            target = qs[0] if qs else None
            if deadline is None and target is None:
                continue
            if deadline is not None and ctx.ref and deadline.date_end < ctx.ref and not in_plan:
                continue  # a dated clause in the past is a report, not a commitment
            resp = _RESPONSIBLE.search(text, sent.end, min(len(text), sent.end + 200))
            subj = _SUBJECT.match(s)
            responsible = resp.group(2).strip() if resp else (subj.group("s") if subj else None)
            out.append(Task(
                evidence_start=a, evidence_end=b, evidence=text[a:b], action=clause[:80],
                deadline=deadline.date_end if deadline else None,
                deadline_text=deadline.text if deadline else None,
                target_value=round(target.value, 6) if target else None, target_unit=target.unit if target else None,
                responsible=responsible, region=ctx.region_at(sent, a), category=category_of(ctx, clause),
            ))
    return out


def _looks_ahead(sentence: str) -> bool:
    return bool(re.search(r"要|将|力争|确保|计划|年底前|前完成|到\d{4}年|今年|明年", sentence))
