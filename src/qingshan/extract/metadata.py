"""Document metadata: title, publication date, publisher, document type, reference date."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re

from .cues import ARRANGES_WORK, ISSUED_LATELY, OWN_PLAN_KIND, SUMMARY_THEN_PLAN
from .place import BREADCRUMB, qualify_org
from .timeframe import published_date, reference_date
from ..text.clean import NEWSPAPER, PINYIN_ANNOTATION, to_simplified
from ..text.structure import Layout, Structure, headline_candidate, is_byline

_DATE = r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
# (a field in a row of fields, `发布机构 | 济宁市生态环境局 | 组配分类 |`, names a body: not a table's cell, `污染来源 | 机动车 |`)
_SOURCE = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=文章|信息|稿件|新闻|消息|内容))(来源|来源单位|发布机构|发布单位)\s*(?:[:：]|[|丨](?=\s*[\u4e00-\u9fff]{2,30}\s*$|\s*[\u4e00-\u9fff]{1,28}(?:局|厅|部|委|办|政府|网|报|社|台|中心|站|院)\s*[|丨]))\s*(?!发布|发表|时间|日期)([\u4e00-\u9fff()（）]{2,30}?)(?=发布时间|时间|日期|作者|编辑|责编|\d{4}[-/.年]\d{1,2}[-/.月]|\s|$|\||·|[)）]\s*$)")
# the local body a site's footer names as its host (`主办:隆尧县融媒体中心`, `主办单位:辽阳市人民政府办公室`), when nothing
# else names the publisher (a named place's body only: not a company, nor a phrase pasted over the footer)
_LOCAL_HOST = re.compile(r"(?<![\u4e00-\u9fff])主办(?:单位)?\s*[:：]\s*([\u4e00-\u9fff]{1,10}?[省市县区州盟旗]"
                         r"[\u4e00-\u9fff]{2,16}?(?:中心|办公室|办公厅|政府|局|厅|委员会|报社|电视台))(?![\u4e00-\u9fff])")
_BULLETINS = ("简报", "通报", "公报", "月报", "年报", "周报")  # an office's issues, no newspaper (`当前位置:环境简报 第12期`)
_ISSUE_LINE = re.compile(r"^\s*《\s*([\u4e00-\u9fff]{2,12}[报報](?:海外版)?)\s*》\s*[(（]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"
                         r"\s*第\s*\d{1,3}\s*版\s*[)）]\s*$"
                         # or an e-paper's breadcrumb: `当前位置:茂名日报 第2021-03-20期 第A2版:要闻`
                         r"|^\s*(?:当前位置|您的位置|您现在的位置|當前位置)\s*[:：]?\s*([\u4e00-\u9fff]{2,12}[报報])\s*[>»]*\s*"
                         r"第\s*[\dA-Za-z\-]+\s*[期版]")
# (the value a label alone on its line is given on the next: a body or a medium's name, not the page's buttons, `打印本页`)
_SOURCE_VALUE_LINE = re.compile(r"^\s*(?!打印|关闭|分享|返回|字号|字体|收藏|纠错|打开|浏览|扫一扫)[\u4e00-\u9fff()（）]{2,20}(?:\s|$)")
_SOURCE_LABEL_ALONE = re.compile(r"^\s*(?:信息|文章|稿件|新闻|消息)?来源\s*[:：]\s*$")  # (`信息来源:` over `武威日报`)
_COMPANY_LINE = re.compile(r"^\s*([\u4e00-\u9fff()（）]{4,40}(有限公司|有限责任公司))\s*$")
# `陕西农村报 版权所有`, or a medium owning it after the words (`版权所有:陕西农村报 陕ICP备…`)
_COPYRIGHT_OWNER = re.compile(r"([\u4e00-\u9fff]{2,20}?)\s*(?:版权所有|版權所有)|(?:版权所有|版權所有)\s*[:：©]?\s*(?!转载|未经|本网|本站)([\u4e00-\u9fff]{2,20}?(?:报|網|网|台|社|杂志))(?![\u4e00-\u9fff])")
_PLAN_TITLE = re.compile(r"(方案|规划|计划|实施意见|意见|办法|细则|通知|要点|纲要|行动|责任书|任务书)"
                         r"(?:及(?:其)?(?:任务|责任)(?:分工|清单|分解表?))?\s*$")  # (`…工作要点及任务分工`)
# a headline reporting what was done with a plan (`江苏印发太湖治理三年行动方案`, `XX启动清河专项行动`) is news;
# an official document's own title (`…关于印发…方案的通知`) is not a report
_REPORTED_PLAN = re.compile(r"(?<!关于)(印发|出台|发布|公布|启动|开展|部署|召开|推进|实施(?!方案|意见|细则|计划|办法)|审议|通过|明确|制定|编制|推出|亮相|解读)")
_TITLE_TAIL = re.compile(r"[》」”\s]*([(（][^()（）]{0,20}[)）])*[》」”\s]*$")
_SPEAKER_TURN = re.compile(r"^[\u4e00-\u9fff、()（）]{0,40}?(?P<who>[\u4e00-\u9fff]{2,3})\s*[:：]\s*$")
# a turn of a transcript: `记者:…`, `主持人(省新闻办):…`, `刘某:…` opening a paragraph
_TURN = re.compile(r"^(?P<who>[\u4e00-\u9fff]{1,6})(?:[(（][^()（）]{0,20}[)）])?\s*[:：]\s*\S")
_TURN_ROLES = ("记者", "主持人", "问", "答", "提问", "主持")
# a title or first line that calls the page a conference's Q&A (`…新闻发布会发布词及记者问答`): its record, as a 实录
# anywhere is (not news that tells of a `记者问答环节` in its body)
_TRANSCRIPT = re.compile(r"记者问答|答记者问")
# the fields of a plan or a rectification list: `整改目标:`, `责任单位:`, `完成时限:`, `水环境质量目标:`
_PLAN_FIELD = re.compile(r"^[\u4e00-\u9fff]{0,10}(目标|时限|措施|责任单位|牵头单位|配合单位|责任人|任务|指标)\s*[:：]")
_TITLE_PREFIX = re.compile(r"^.{0,20}?[|】]\s*")
_SITE_TAIL = re.compile(r"(?<=.{8})_[^_]{1,30}(?:_[^_]{1,30})*$")
# a rectification's account of itself (`…督察整改落实情况`, `…反馈问题整改进展情况`, `…整改任务销号的公示`),
# which reports on the plan it carries out: a plan in GUIDE's sense (a rectification plan)
_RECTIFICATION_REPORT = re.compile(r"整改[^,，。;；]{0,16}?(?:情况|销号)(?P<doc>(?:的)?(?:公示|公告|报告|函|通报|说明|汇总|表|一览表))?$")
# a visit's, a meeting's or a briefing's news about a rectification (`省厅暗访…整改情况`, `…听取…整改情况汇报`)
_VISIT = re.compile(r"暗访|调研|督导|督查|检查|察看|视察|走访|召开|听取|通报|研究|部署|会议|[^,，]{0,4}会$")
# a page saying what it is: a plan's preamble (`…,结合怀化实际,制定本方案。`, `特制定本计划`), or a
# rectification's report (`现将督察整改落实情况报告如下:`)
_THIS_PLAN = r"(?:制定|制订|编制)本" + OWN_PLAN_KIND + r"(?:方案|计划)[。:：]"
# or a work plan's (`根据…工作要求,现对2024年全市生态环境工作作出如下安排。`), or one setting the goals that follow
# (`为深入贯彻落实…的要求,…,保定市明确了以下工作目标:`: the documents it follows may be many)
_OPENS_AS_PLAN = re.compile(r"(?:为|根据|按照|依据)[^。]{0,400}?(?:" + _THIS_PLAN + "|" + ARRANGES_WORK + r"[。:：]"
                            r"|(?:明确|确定|提出)了?(?:以下|如下)(?:工作|主要)?目标(?:任务)?[:：])")
_SELF_DECLARED = re.compile(_THIS_PLAN + r"|特制定本(?:方案|计划)|"
                            r"现将[^。]{0,30}整改[^。]{0,10}情况报告如下")


@dataclasses.dataclass
class DocumentMeta:
    title: str | None
    published_date: dt.date | None
    publisher: str | None
    doc_type: str  # what the page is (GUIDE's doc_type)
    reads_as: str  # how the extractors read its statements: `plan` when they look ahead (see doc_type)
    article_count: int
    reference_date: dt.date | None
    reference_date_source: str  # how it was found: stated | lead_date | signature | dateline | latest_date | title_year | text_year | none
    relative_to: dt.date | None = None  # what relative times are read against (the reference year's start
    # when only a year is known; never stored as the reference date)


def _date(y: str, m: str, d: str) -> dt.date | None:
    try:
        return dt.date(int(y), int(m), int(d))
    except ValueError:
        return None


def clean_title(title: str | None) -> str | None:
    """A headline without its site's marks: a section before `|` or `】`, the keywords a site appends
    after `_` (`…被约谈_青铜峡市-青铜峡-贺兰县-`)."""
    if not title:
        return None
    while (m := _TITLE_PREFIX.match(title)) and len(title) - m.end() >= 8:
        title = title[m.end():]
    title = _SITE_TAIL.sub("", title)
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


def doc_type(title: str | None, structure: Structure, text: str, surnames=frozenset(), named: bool = False) -> str:
    """From the content: several articles make a newspaper page; a press conference's transcript
    (speakers' turns, or a page that calls itself a 实录 or 记者问答) a press_conference; the fields of a plan or
    rectification list (`整改目标:`, `责任单位:`) or a plan's name as the title a plan; else news.
    This is how the extractors read the page's statements (a plan's look ahead); `reports_on_plan`
    may still label a news page a plan.
    `named`: the title is the name of the document the page publishes (its verbs are the name's)."""
    if len(structure.articles) > 1:
        return "newspaper_page"
    conference = "发布会" in text
    first_line = structure.paragraphs[0].text if structure.paragraphs else ""
    if conference and (_turns(structure, surnames) >= 2 or "实录" in text
                       or _TRANSCRIPT.search(title or "") or _TRANSCRIPT.search(first_line)):
        return "press_conference"
    fields = sum(1 for p in structure.paragraphs if _PLAN_FIELD.match(p.text))
    if fields >= 2:
        return "plan"
    opening = next((p for p in structure.paragraphs if p.heading_level != 0), None)
    if opening is not None and _OPENS_AS_PLAN.fullmatch(opening.text.strip()):
        # the page opens with the plan's own preamble (`为…,结合…,制定本方案。`) as its first paragraph, under its
        # title or not, no news before it or after it there (`…制定本方案。3月1日,市政府常务会议审议通过了该方案。`)
        return "plan"
    if title and _PLAN_TITLE.search(_TITLE_TAIL.sub("", title)) and not SUMMARY_THEN_PLAN.search(title):
        head = re.sub(r"《[^》]*》|“[^”]*”", "", title)  # a verb inside the plan's own name does not report it
        if named or "关于" in head or _TITLE_TAIL.sub("", head).endswith("通知") or not _REPORTED_PLAN.search(head):
            return "plan"
    return "news"


def reports_on_plan(title: str | None, structure: Structure) -> bool:
    """A page labelled a plan whose statements still read as news: a rectification's report on
    itself, titled so (`…督察整改落实情况`, not a visit's news `省厅暗访…整改情况`) or saying so
    (`现将…整改落实情况报告如下`), or a page a news lead opens that says it is the plan that follows
    (`…印发《…计划》。…特制定本计划。`), whose counts of problems found stay facts."""
    m = _RECTIFICATION_REPORT.search(_TITLE_TAIL.sub("", title)) if title else None
    if m and (m.group("doc") or not _VISIT.search(title)):  # (a document's title ends with what it is)
        return True
    return any(_SELF_DECLARED.search(p.text) for p in structure.paragraphs[:4])


# a page's date stamp and what follows it on its line (`2023-01-18 08:28:55 新華社   作者: 高敬`)
_STAMP_LINE = re.compile(r"^\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+(\S+)")
_OUTLET_THEN_STAMP = re.compile(r"^\s*([\u4e00-\u9fff]{2,12}?)\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$")


def publisher(raw_header_lines: list[str], region_prefix: str | None,
              outlets: dict[str, str] | None = None) -> str | None:
    """Who published the page: a labelled source (`来源:…`), a news outlet (news_outlets.csv)
    standing after the page's date stamp, a company line, a copyright owner."""
    for i, line in enumerate(raw_header_lines):
        # (`來源:科技日報` on a page in the traditional script; `邵陽新聞網(wǎng)`, read aloud in pinyin too)
        line = to_simplified(PINYIN_ANNOTATION.sub("", line))
        if _SOURCE_LABEL_ALONE.match(line) and i + 1 < len(raw_header_lines) \
                and _SOURCE_VALUE_LINE.match(to_simplified(raw_header_lines[i + 1])):
            line = line.strip() + raw_header_lines[i + 1].strip()  # a page's field, its value on the next line
        m = _SOURCE.search(line)
        if m:
            name = m.group(2)
            if re.match(r"[市省区县](?!场)", name) and region_prefix:  # (not `市场星报`, a market's paper)
                name = qualify_org(name, region_prefix)
            return name
    for line in raw_header_lines:
        m = _ISSUE_LINE.match(line)  # an e-paper's issue line: `《 中国城市报 》( 2017年06月12日   第 12 版)`
        paper = to_simplified(m.group(1) or m.group(2)) if m else None
        if paper and not paper.endswith(_BULLETINS):
            return paper
    for line in raw_header_lines if outlets else ():
        m = _STAMP_LINE.match(line)
        if m and to_simplified(m.group(1)) in outlets:
            return outlets[to_simplified(m.group(1))]
    for line in raw_header_lines:  # (or before it: `福建日报2019-01-14 10:05:50`, a paper or an outlet news_outlets.csv knows)
        m = _OUTLET_THEN_STAMP.match(to_simplified(line))
        if m and (m.group(1) in (outlets or {}) or re.fullmatch(NEWSPAPER, m.group(1))):
            return (outlets or {}).get(m.group(1), m.group(1))
    for line in raw_header_lines:
        m = "有限" in line and _COMPANY_LINE.match(line)  # the test first: the pattern is slow on long lines
        if m:
            return m.group(1)
    for line in raw_header_lines:
        m = ("版权所有" in line or "版權所有" in line) and _COPYRIGHT_OWNER.search(line)
        if m:
            return m.group(1) or m.group(2)
    for line in raw_header_lines:
        m = ("主办" in line or "主辦" in line) and _LOCAL_HOST.search(to_simplified(line))
        if m:
            return m.group(1)
    return None


_FIELD_LABEL = re.compile(r"(?:核心提示|提示|摘要|导读|编者按|来源|作者|编辑|责编|关键词)\s*[:：]")
# a government page's catalogue fields: `标 题:…`, `名 称: | …通知 |`, `信息名称:`, the value on the line or the next
# (or a space after the label, in a catalogue's row: `名称 关于…的报告`)
_TITLE_FIELD = re.compile(r"^[\s\-•·]*(?:标\s*题|(?:信息|文件)?名\s*称)(?:\s*[:：]|\s+(?=\S{6}))\s*\|?\s*(?P<value>.*)$")
_CATALOGUE = re.compile(r"索\s*引\s*号|发文机关|发布机构|文\s*号\s*[:：]|成文日期|主题分类|发文日期")
_FIELD_END = re.compile(r"\s+-\s+|\s*\|\s*|\s*(?:文\s*号|发布日期|成文日期|索\s*引\s*号|发文机关)\s*[:：]")


def _title_field(header_lines: list[str]) -> str | None:
    """The title a government page's catalogue gives (`标 题:` over `儋州市公开…整改落实情况 - 文 号:…`)."""
    lines = [to_simplified(PINYIN_ANNOTATION.sub("", x)) for x in header_lines]  # (`發(fā)布會`)
    if not any(_CATALOGUE.search(x) for x in lines):
        return None  # a `名称:` of a company, a project: no catalogue of a government document
    for i, line in enumerate(lines):
        m = _TITLE_FIELD.match(line)
        if not m:
            continue
        value = m.group("value").strip() or next((x.strip() for x in lines[i + 1:i + 3] if x.strip()), "")
        value = _FIELD_END.split(value, maxsplit=1)[0].strip()
        return clean_title(value) if len(value) >= 6 else None
    return None


_ORIGINAL_TITLE = re.compile(r"^\s*原标题\s*[:：]\s*(?P<title>\S.{4,78}?)\s*$")
_ORIGINAL_TITLE_BRACKETED = re.compile(r"^\s*[(（]\s*原标题\s*[:：]\s*(?P<title>\S.{4,78}?)\s*[)）]\s*$")  # `(原标题:…)`


def _original_title(header_lines: list[str]) -> str | None:
    """A reposted item's `原标题:…` line (page chrome to the cleaner): the title, when no headline
    stands above the body."""
    for line in header_lines:
        line = to_simplified(PINYIN_ANNOTATION.sub("", line))
        m = _ORIGINAL_TITLE.match(line) or _ORIGINAL_TITLE_BRACKETED.match(line)
        if m:
            return clean_title(m.group("title"))
    return None


_PUBLISHED_HERE = re.compile(r"(?:现予|现将|特此|予以)(?:公布|发布|印发|公告)《(?P<title>[^《》]{6,60})》")
# a page opening with a body issuing a document (`福州市人民政府印发《…行动方案(2023—2027年)》,…`), or, after the
# day it did (`日前,潮州印发《…》。全文如下:`), the document's text following; not a notice named after the document
# (`…关于印发《政府工作报告》的通知`)
_ISSUES = re.compile(r"^(?P<day>" + ISSUED_LATELY + r")?[^,，。《》]{2,30}?(?<!关于)(?:印发|发布|出台|公布)了?"
                     r"《(?P<title>[^《》]{6,60})》(?!的通知)")
_TEXT_FOLLOWS = re.compile(r"(?:全文|原文|详情|内容)如下\s*[:：]\s*$")


def _published_here(structure: Structure) -> str | None:
    """A page with no headline that opens by publishing a document (`…规定,现予公布《大理白族自治州
    2023年环境状况公报》`, `葫芦岛市人民政府发布《…2023年行动计划》,《行动计划》共分三个部分`): that document
    is what the page is."""
    for p in structure.paragraphs[:3]:
        m = _PUBLISHED_HERE.search(p.text)
        if m:
            return m.group("title")
    body = next((p for p in structure.paragraphs[:3] if p.heading_level == -1), None)
    m = _ISSUES.match(body.text) if body is not None else None
    if m and m.group("day") and not _TEXT_FOLLOWS.search(body.text):
        return None  # `日前,宁德市…印发《…方案》,部署…`: news of the plan, not the plan
    return m.group("title") if m else None


def _credit_line(line: str, layout: Layout) -> bool:
    """A byline, its outlet's name before it or not (`澎湃新闻记者 刘某`, `记者 王某`)."""
    at = min((i for c in layout.byline_cues if 0 <= (i := line.find(c)) <= 10), default=None)
    return at is not None and is_byline(line[at:], layout)




# the links to the items beside an article, on the line of its date stamp
_ARTICLE_BAR = re.compile(r"上一篇.{0,40}下一篇|下一篇.{0,40}上一篇")


def _title_above_stamp(header_lines: list[str], structure: Structure, layout: Layout = Layout()) -> str | None:
    """The headline standing right above the page's date stamp (`2022年2月…排名情况通报` over `编辑时间:
    2022-03-31 来源:…`), which a section's name (`大气污染防治管理`) or a menu may precede: a line the
    cleaner kept (site chrome it drops is no headline). A byline between them (`澎湃新闻记者 刘某` over
    `2024-03-18 12:16`) is passed over; a headline may be headed by its site's or place's name
    (`新国学网:…`, `北京:…`), not by a field's (`核心提示:…`)."""
    for i, line in enumerate(header_lines):
        if not line.strip() or published_date([line]) is None:
            continue
        if _CATALOGUE.search(to_simplified(line)):
            return None  # a government document's catalogue (`成文日期:… 发布日期:…`): its title is below it, or a field's
        kept = {p.text.strip() for p in structure.paragraphs[:15]}
        if _ARTICLE_BAR.search(to_simplified(line)):
            # an e-paper's bar over its article (`上一篇  下一篇 2021年3月30日 放大 缩小`): the headline is the line below,
            # past the issue's navigation (`上一期  下一期`, `返回版面 版面导航`)
            below = [b for b in header_lines[i + 1:i + 8] if b.strip()]
            simple = next((x for x in (to_simplified(PINYIN_ANNOTATION.sub("", b)) for b in below)
                           if not any(w in x for w in layout.chrome)), "")
            cand = headline_candidate(simple, (), True, layout.greetings)
            # (not the body's first sentence, nor a subtitle: `——一季度优良天数同比增加12天`)
            headline = cand and cand in kept and not cand.rstrip().endswith(("。", "!", "！")) \
                and not cand.lstrip().startswith(("—", "-"))
            return clean_title(cand) if headline else None
        j = i
        while True:
            j = next((k for k in range(j - 1, -1, -1) if header_lines[k].strip()), None)
            if j is None:
                return None
            top = j  # the block of lines right above the stamp: a headline, its subtitle (the first is the title)
            while top > 0 and header_lines[top - 1].strip():
                top -= 1
            block = header_lines[top:j + 1]
            # (under the site's navigation: `打造网上…平台` / `您现在的位置:首页 > …` / the headline / the stamp)
            crumbs = [k for k, b in enumerate(block) if BREADCRUMB.search(b)]
            block = block[crumbs[-1] + 1:] if crumbs and crumbs[-1] + 1 < len(block) else block
            if all(_credit_line(to_simplified(b.strip()), layout) for b in block):
                j = top
                continue
            subtitles = 0
            for line in block:
                simple = to_simplified(PINYIN_ANNOTATION.sub("", line))
                if simple.lstrip().startswith(("—", "──")):
                    subtitles += 1  # a subtitle (`——重污染天数同比减少17天`): its headline is above it
                    continue
                # (navigation words are not looked for: a short headline may hold one, `全民阅读月活动在我市启动`)
                cand = headline_candidate(simple, (), not _FIELD_LABEL.match(simple.strip()), layout.greetings)
                if cand and cand.rstrip().endswith(("。", "!", "！")):
                    return None  # the body's last sentence over a source line closing the page: no headline
                if cand and cand in kept:
                    return clean_title(cand)
            if block and subtitles == len(block):
                j = top  # (a blank line between the headline and its subtitle)
                continue
            return None
    return None


def describe(structure: Structure, clean_text: str, raw_text: str, region_prefix: str | None = None,
             headlines: list[str] | None = None, surnames=frozenset(),
             outlets: dict[str, str] | None = None, layout: Layout = Layout()) -> DocumentMeta:
    lines = raw_text.split("\n")
    header = lines[:40] + lines[-40:]
    title = _title_field(lines[:40]) or _title_above_stamp(lines[:40], structure, layout) \
        or clean_title(structure.articles[0].title if structure.articles else None) or _original_title(lines[:40])
    named = title is None and _published_here(structure)
    title = title or named or None
    kind = doc_type(title, structure, clean_text, surnames, named=bool(named))
    label = "plan" if kind == "news" and reports_on_plan(title, structure) else kind
    when = reference_date(raw_text, clean_text, " ".join(filter(None, [title] + (headlines or []))), kind == "plan",
                          layout)
    pub, ref, source = when.published, when.date, when.source
    relative_to = when.for_relative_times
    return DocumentMeta(
        title=title,
        published_date=pub,
        publisher=publisher(header, region_prefix, outlets),
        doc_type=label,
        reads_as=kind,
        article_count=max(1, len(structure.articles)),
        reference_date=ref,
        reference_date_source=source,
        relative_to=relative_to,
    )
