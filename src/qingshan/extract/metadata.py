"""Document metadata: title, publication date, publisher, document type, reference date."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re

from .context import qualify_org
from ..text.structure import Structure

_DATE = r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
_LABELLED_DATE = re.compile(r"(发布时间|发布日期|发表时间|日期|时间|发文日期|成文日期)\s*[:：]?\s*" + _DATE)
_STAMP_DATE = re.compile(r"^\s*" + _DATE + r"\s+\d{1,2}:\d{2}")
_SOURCE = re.compile(r"(来源|来源单位|发布机构|发布单位)\s*[:：]\s*(?!发布|时间|日期)([\u4e00-\u9fff()（）]{2,30}?)(?=发布时间|时间|日期|\s|$|\|)")
_COPYRIGHT_OWNER = re.compile(r"([\u4e00-\u9fff]{2,20}?)\s*(版权所有|版權所有)")
_TARGET_YEAR = re.compile(r"(到|至|截至|力争|计划)\s*(20\d{2})年|(20\d{2})年\s*(年底|底|末|前)")
_PLAN_TITLE = re.compile(r"(方案|规划|计划|实施意见|意见|办法|细则|通知|要点|纲要|行动|责任书|任务书)\s*$")
_TITLE_TAIL = re.compile(r"[》」”\s]*([(（][^()（）]{0,20}[)）])*[》」”\s]*$")
_SPEAKER_TURN = re.compile(r"^[\u4e00-\u9fff、()（）]{0,40}?(?P<who>[\u4e00-\u9fff]{2,3})\s*[:：]\s*$")
# a turn of a transcript: `记者:…`, `主持人(省新闻办):…`, `刘某:…` opening a paragraph
_TURN = re.compile(r"^(?P<who>[\u4e00-\u9fff]{1,6})(?:[(（][^()（）]{0,20}[)）])?\s*[:：]\s*\S")
_TURN_ROLES = ("记者", "主持人", "问", "答", "提问", "主持")
# the fields of a plan or a rectification list: `整改目标:`, `责任单位:`, `完成时限:`, `水环境质量目标:`
_PLAN_FIELD = re.compile(r"^[\u4e00-\u9fff]{0,10}(目标|时限|措施|责任单位|牵头单位|配合单位|责任人|任务|指标)\s*[:：]")
_TITLE_PREFIX = re.compile(r"^.{0,20}?[|】]\s*")
_ANY_DATE = re.compile(r"(?<!\d)(20\d{2}|19\d{2})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?")


@dataclasses.dataclass
class DocumentMeta:
    title: str | None
    published_date: dt.date | None
    publisher: str | None
    doc_type: str
    article_count: int
    reference_date: dt.date | None
    reference_date_source: str  # "stated" | "inferred" | "none"


def _date(y: str, m: str, d: str) -> dt.date | None:
    try:
        return dt.date(int(y), int(m), int(d))
    except ValueError:
        return None


def published_date(raw_header_lines: list[str]) -> dt.date | None:
    """The first publication stamp in page order: a labelled date (`发布时间:…`) or a timestamp."""
    for line in raw_header_lines:
        for pat in (_STAMP_DATE, _LABELLED_DATE):
            m = pat.search(line)
            if m:
                g = m.groups()[-3:]
                d = _date(*g)
                if d:
                    return d
    return None


def infer_reference_date(text: str) -> dt.date | None:
    """No stated date: the latest fully specified date in the text, else 1 January of the latest
    year the text speaks of (targets such as `到2025年` or `2025年年底前` do not count). Good
    enough to resolve `今年`, `8月底前`, `4月上旬` against."""
    targets = {m.start(2) if m.group(2) else m.start(3) for m in _TARGET_YEAR.finditer(text)}
    best: dt.date | None = None
    years = []
    for m in _ANY_DATE.finditer(text):
        y = int(m.group(1))
        if not 1990 <= y <= 2100 or m.start(1) in targets:
            continue
        years.append(y)
        if m.group(2) and m.group(3):
            d = _date(m.group(1), m.group(2), m.group(3))
            if d and (best is None or d > best):
                best = d
    if best and best.year >= max(years):
        return best
    if years:
        return dt.date(max(years), 1, 1)
    return None


def clean_title(title: str | None) -> str | None:
    if not title:
        return None
    while (m := _TITLE_PREFIX.match(title)) and len(title) - m.end() >= 8:
        title = title[m.end():]
    return title.strip() or None


def _turns(structure: Structure, surnames) -> int:
    n = 0
    for p in structure.paragraphs:
        m = _SPEAKER_TURN.match(p.text)
        if m and m.start("who") > 0 and p.text[m.start("who") - 1] not in "长任者人员记席理授师记":
            continue  # `相关新闻:`: a label, not a speaker after their title (`…科长吴某 :`)
        m = m or _TURN.match(p.text)
        if m and (m.group("who").endswith(_TURN_ROLES)
                  or (2 <= len(m.group("who")) <= 3 and m.group("who")[0] in surnames)):
            n += 1
    return n


def doc_type(title: str | None, structure: Structure, text: str, surnames=frozenset()) -> str:
    """From the content: several articles make a newspaper page; a press conference's transcript
    (speakers' turns, or a page that calls itself a 实录) a press_conference; the fields of a plan or
    rectification list (`整改目标:`, `责任单位:`) or a plan's name as the title a plan; else news."""
    if len(structure.articles) > 1:
        return "newspaper_page"
    conference = "发布会" in text
    if conference and (_turns(structure, surnames) >= 2 or "实录" in text):
        return "press_conference"
    fields = sum(1 for p in structure.paragraphs if _PLAN_FIELD.match(p.text))
    if fields >= 2:
        return "plan"
    if title and _PLAN_TITLE.search(_TITLE_TAIL.sub("", title)):
        return "plan"
    return "news"


def publisher(raw_header_lines: list[str], region_prefix: str | None) -> str | None:
    for line in raw_header_lines:
        m = _SOURCE.search(line)
        if m:
            name = m.group(2)
            if name.startswith(("市", "省", "区", "县")) and region_prefix:
                name = qualify_org(name, region_prefix)
            return name
    for line in raw_header_lines:
        m = re.match(r"^\s*([\u4e00-\u9fff()（）]{4,40}(有限公司|有限责任公司))\s*$", line)
        if m:
            return m.group(1)
    for line in raw_header_lines:
        m = _COPYRIGHT_OWNER.search(line)
        if m:
            return m.group(1)
    return None


def describe(structure: Structure, clean_text: str, raw_text: str, region_prefix: str | None = None,
             surnames=frozenset()) -> DocumentMeta:
    lines = raw_text.split("\n")
    header = lines[:40] + lines[-40:]
    title = clean_title(structure.articles[0].title if structure.articles else None)
    pub = published_date(lines[:60])
    ref, source = (pub, "stated") if pub else (infer_reference_date(clean_text), "inferred")
    if ref is None:
        source = "none"
    return DocumentMeta(
        title=title,
        published_date=pub,
        publisher=publisher(header, region_prefix),
        doc_type=doc_type(title, structure, clean_text, surnames),
        article_count=max(1, len(structure.articles)),
        reference_date=ref,
        reference_date_source=source,
    )
