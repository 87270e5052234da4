"""Clean text to structure: articles, paragraphs, sentences with offsets, and heading paths."""
from __future__ import annotations

import dataclasses
import re
from functools import lru_cache

from .clean import CLOSING_MARKS, DOCUMENT_KINDS, NEWSPAPER

_TERMINAL = "。！？!?；;"
_NUMBERED_HEADING = [
    (1, re.compile(r"^[一二三四五六七八九十]{1,3}、")),
    (2, re.compile(r"^[（(][一二三四五六七八九十]{1,3}[)）]")),
    (3, re.compile(r"^\d{1,2}[.、](?!\d)")),
    (3, re.compile(r"^[①-⑳]")),
]
# a paper's own markers opening an item (`本报讯`, `本报北京3月5日电`, `新华社…`, `◆`); the press cues and
# officials' titles that open or sign one come from the dictionaries (Layout)
# (or an agency's dateline, `中新网武汉1月15日电`, which opens the page's own item as often as a later one)
_AGENCY_DATELINE = r"[\u4e00-\u9fff]{1,6}(?:网|社)[\u4e00-\u9fff]{0,8}?\d{1,2}月\d{1,2}日电"
_ITEM_MARK = r"本报讯|本报[\u4e00-\u9fff]{2,4}电|新华社|" + _AGENCY_DATELINE + r"|◆|■|●"


@dataclasses.dataclass(frozen=True)
class Layout:
    """What the dictionaries tell about a page's layout: site-navigation words (never a headline),
    byline cues (`本报记者`, `通讯员`: dbt_project/seeds/byline_roles.csv) and the titles an official signs
    an item with (a short line `局长 王某`: titles.csv, column signs), and the endings of the bodies that sign
    a notice (org_suffixes.csv). Empty, a page is read by its punctuation alone."""
    chrome: tuple[str, ...] = ()  # longest first
    greetings: tuple[str, ...] = ()  # chrome that greets the visitor (`欢迎访问`): the site's name follows
    byline_cues: tuple[str, ...] = ()
    signing_titles: tuple[str, ...] = ()
    signing_bodies: tuple[str, ...] = ()  # longest first

    @classmethod
    def of(cls, dicts) -> "Layout":
        return cls(tuple(dicts.page_chrome_words), tuple(dicts.page_greetings),
                   tuple(sorted(dicts.byline_roles, key=len, reverse=True)), tuple(dicts.signing_titles),
                   tuple(dicts.org_suffixes))


@lru_cache(maxsize=4)
def _byline_patterns(layout: Layout) -> tuple[re.Pattern, re.Pattern | None]:
    cues = "|".join(map(re.escape, layout.byline_cues))
    # a cue and a name standing apart (`本报记者 王某`, `记者王某 通讯员李某`, `记者王某北京报道`,
    # `某某日报全媒体记者 王某、通讯员 李某`), not prose that opens with the word (`记者了解到,…`, `图片新闻:`)
    # (`记者 刘某、邱某`: two names of one role)
    named = (rf"|(?:{NEWSPAPER})?(?:{cues})\s*[\u4e00-\u9fff]{{2,4}}(?:、[\u4e00-\u9fff]{{2,3}})*"
             rf"(?=\s|$|、(?:{cues})|[\u4e00-\u9fff]{{0,6}}报道)") if cues else ""
    opening = re.compile(rf"^({_ITEM_MARK}{named})")
    titles = "|".join(map(re.escape, layout.signing_titles))
    signed = re.compile(rf"({titles})\s+[\u4e00-\u9fff]{{2,3}}$") if titles else None
    return opening, signed
_SEPARATOR = re.compile(r"^[-=—_*~]{6,}\s*")
_OPENING_MARKS = re.compile(r"^[*★☆]{2,}\s*")  # a run of marks opening a line (`**济源市召开…会议**`, a markdown bold)
# a newspaper's masthead line: its date with the weekday or the page (`甘肃日报 2024年07月15日 第03版`)
_MASTHEAD = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日?\s*(?:星期|第\s*[0-9A-Za-z]{1,3}\s*版)")
_LABEL = re.compile(r"^[\u4e00-\u9fffA-Za-z/ ]{1,8}[:：]")
_BRACKET_KICKER = re.compile(r"^【[^】]{1,10}】")
_DOCUMENT_NAME = r"关于.{2,120}?的" + DOCUMENT_KINDS
_DOCUMENT_TITLE = re.compile(r"^(.{4,80}?" + _DOCUMENT_NAME + ")")
_PREAMBLE_OPENS = re.compile(r"为|根据|按照|依据|依照")  # a plan's preamble, which cites notices
_COVER_LETTER = re.compile(r"现将《([^《》]{4,80})》[^。]{0,20}?(?:印发|转发)给你们")
_TITLE_LINE = re.compile(r".{0,80}?" + _DOCUMENT_NAME)  # a line that is a document's name
_TITLE_LINE_CORE = re.compile(r"^.{0,80}?关于(?:印发|转发)?|的" + DOCUMENT_KINDS + "$")  # what it names


def _shares_a_phrase(text: str, name: str, n: int = 8) -> bool:
    """text holds n characters in a row of name (a document named in a summary of it)."""
    return any(name[k:k + n] in text for k in range(0, max(1, len(name) - n + 1)))
# sentences back in its own paragraph a reader looks for what frames a sentence: a time, a plan's year, a topic place
# (a paragraph of thousands of sentences, `。1,000` repeated, is read in linear time)
SENTENCE_REACH = 60
# labels of the related items a page lists after its article

RELATED = ("新闻推荐", "相关新闻", "相关推荐", "推荐阅读", "相关阅读", "延伸阅读", "热点推荐", "相关链接")
_SENTENCE_END = re.compile(r"[。！？!?；;]+[”’」』)）]?")


@dataclasses.dataclass
class Paragraph:
    start: int
    end: int
    text: str
    heading_level: int  # 1..3 numbered, 0 unnumbered short line, -1 not a heading


@dataclasses.dataclass
class Sentence:
    article_index: int
    paragraph_index: int
    sentence_index: int
    start: int
    end: int
    text: str
    heading_path: str


@dataclasses.dataclass
class Article:
    index: int
    start: int
    end: int
    title: str
    byline: str | None


@dataclasses.dataclass
class Structure:
    paragraphs: list[Paragraph]
    articles: list[Article]
    sentences: list[Sentence]


def paragraphs_of(text: str) -> list[Paragraph]:
    out = []
    pos = 0
    for line in text.split("\n"):
        if line:
            level = heading_level(line)
            out.append(Paragraph(pos, pos + len(line), line, level))
        pos += len(line) + 1
    return out


def heading_level(line: str) -> int:
    """1-3 for numbered headings (一、 / (一) / 1.), 0 for a short unpunctuated line, -1 otherwise.
    A numbered line that goes on after its first sentence is a heading too (its first sentence)."""
    for level, pat in _NUMBERED_HEADING:
        if pat.match(line):
            return level
    s = line.strip()
    if len(s) <= 50 and not any(ch in s for ch in _TERMINAL) and not s.endswith((":", ",")) and not _SUMMARY.match(s):
        return 0
    return -1


_SUMMARY = re.compile(r"(?:导读|导语|摘要|内容提要|核心提示)\s*[:：]")  # a page's summary of its lead: prose, no heading


BOOK_TITLE = re.compile(r"《[^《》]{1,60}》")  # a document's name, whole


def in_book_title(text: str, pos: int) -> bool:
    """Inside 《…》: `《廊坊市2024年大气污染综合治理工作方案》` names a document; its numbers
    and years count and date nothing."""
    open_ = text.rfind("《", 0, pos)
    return open_ != -1 and text.rfind("》", open_, pos) == -1 and text.find("》", pos) != -1


def is_byline(line: str, layout: Layout = Layout()) -> bool:
    opening, signed = _byline_patterns(layout)
    return bool(opening.match(line)) or (len(line) <= 30 and signed is not None and bool(signed.search(line)))


_PHONE = re.compile(r"[\d\-－]{7,}")


def menu_of_words(line: str, least: int = 3) -> bool:
    """A site's menu: `least` or more words of at most four characters, spaced apart (`投资 干货 消费 评论`); a long one
    may hold a longer item or two, one in six (`资讯 水务 大气 固废 绿色发展 自然资源 人物 环保展会 企业 环保会客厅 …`)."""
    words = [w for w in line.split() if not _PHONE.fullmatch(w)]  # (`首页 资讯 生活 400-633-4033`: and a hotline)
    longer = sum(len(w) > 4 for w in words)
    # (not a headline spaced out, one opening with a place or a year: `湘潭县 打好 蓝天 碧水 净土 保卫战 守护美丽家园`,
    # `2023年 岳阳县 生态 环境 质量 状况`; a menu opens with 首页)
    headline = bool(words) and words[0] != "首页" and bool(re.search(r"\d|年", words[0]) or (
        len(words[0]) >= 3 and words[0][-1] in "省市县区州旗"))
    return len(words) >= least and (longer == 0 or (len(words) >= 6 and longer <= len(words) // 6 and not headline))


def headline_candidate(line: str, chrome: tuple[str, ...] = (), labelled: bool = False,
                       greetings: tuple[str, ...] = ()) -> str | None:
    """The line as a headline, or None when it is site navigation, a label, a list item or prose.
    A navigation bar that ends with the headline (`… | 设为首页广东2022年…`) gives up its last part; a
    greeting (`欢迎访问新疆…协会`) names the site, never the page.
    chrome: the words of site navigation (dbt_project/seeds/page_chrome_words.csv), longest first;
    greetings: those of them that greet the visitor (kind greeting)."""
    s = _SEPARATOR.sub("", line.strip())
    s = CLOSING_MARKS.sub("", _OPENING_MARKS.sub("", s))  # `新年伊始,中蒙边境再现大批野生动物******`, `**…会议**`
    if "|" in s:
        s = max((x.strip() for x in s.split("|")), key=len)
        if len(s) < 12:
            return None
    if greetings and s.startswith(greetings):
        return None
    stripped = True
    while stripped:
        stripped = False
        for w in chrome:
            if s.startswith(w) and len(s) - len(w) >= 8:
                s, stripped = s[len(w):].strip(), True
    s = re.sub(r"\s*\[\d{1,2}\]$", "", s.strip())  # a footnote's mark (`…环境状况公报 [1]`)
    if not (6 <= len(s) <= 80) or s.startswith(("·", "•", "[", "(", "（", "-")) or s.endswith((":", "：")):
        return None
    # a navigation word in a short line (`打印本页关闭窗口`) or standing as one (`… 分享 举报`), not one
    # inside a headline's words (`四川110余天办结环境信访举报3663件 …`)
    found = [w for w in chrome if w in s]
    if found and (len(s) <= 16 or any(re.search(rf"(?<![\u4e00-\u9fff\d]){re.escape(w)}(?![\u4e00-\u9fff\d])", s)
                                      for w in found)):
        return None
    if re.search(r"[\[\]>]|www\.|https?:|_第\d+页$", s):
        return None
    if re.search(r"摄(?:影)?\s*[)）]$|^图\s*[:：]", s):
        return None  # a photo's caption (`新闻发布会现场(省政府网文某 摄)`, `图:贺某一行巡查…`)
    label = _LABEL.match(s)
    # (a place's name heads a shorter one: `湖南衡东县:大河小河有管护`)
    rest = 6 if label and re.search(r"[省市县区州旗盟]\s*[:：]\s*$", s[:label.end()]) else 12
    if label and not (labelled and len(s) - label.end() >= rest and not re.search(r"[:：]", s[label.end():])):
        return None  # a field (`来源:中国环境报`); `labelled`: a headline under its column's name (`焦点播报:全国…`)
    if "。" in s[:-1] or s.count(",") >= 2:
        return None
    cjk = sum(1 for ch in s if "\u4e00" <= ch <= "\u9fff")
    if cjk < 0.5 * len(s.replace(" ", "")) and (cjk < 6 or _STAMP.search(s) or cjk < 0.5 * len(_FIGURES_AND_MARKS.sub("", s))):
        return None  # (a headline's figures are no sign of another language: `2017年大连收获300个“蓝天”`; a line of
        # few words, `举报电话 12369`, or one with a date or a time, a stamp, is no headline)
    if menu_of_words(s):
        return None  # `投资 干货 消费 评论`: a menu
    if re.fullmatch(r"[\d\s:：/.\-年月日星期一二三四五六天]+", s):
        return None
    if re.match(r"[一二三四五六七八九十]+、", s):
        return None  # a numbered section's heading (`一、环境空气质量`)
    if _MASTHEAD.search(s):
        return None  # a newspaper's masthead: `甘肃日报 2024年07月15日 第03版`
    return s


_STAMP = re.compile(r"\d{1,2}:\d{2}|\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}")
_FIGURES_AND_MARKS = re.compile(r"[\s\d.,%:：/\-“”\"'()（）]")


def _is_body(p: Paragraph) -> bool:
    t = _SEPARATOR.sub("", p.text)
    return p.heading_level < 0 and "|" not in t and ("。" in t or len(t) >= 60)


# the label of an article's summary, right under its headline (`摘要:`, `核心提示:`)
_SUMMARY_LABEL = re.compile(r"\s*(?:摘\s*要|核心提示|内容提要|导\s*读)\s*[:：]")


def page_headline(paras: list[Paragraph], layout: Layout = Layout()) -> str | None:
    """The page's headline: the first line before the body that reads as one (not a byline: `某某日报全媒体记者
    王某、通讯员 李某`); an official document's own title opening the body (`…关于印发…的通知`); else a line
    headed by its column's name (`焦点播报:…`); None when the excerpt has no headline."""
    chrome, greetings, bodies = layout.chrome, layout.greetings, layout.signing_bodies
    head = []
    for i, p in enumerate(paras):
        if _is_body(p):
            m = _DOCUMENT_TITLE.match(_BRACKET_KICKER.sub("", p.text))
            # (`日前,…政府下发…的通知`: news of a notice, not its name; `根据《…》和《关于印发…的通知》(…),…`:
            # a document cited, inside its book title)
            if m and not _NEWS_LEAD.match(p.text) and m.group(1).count("《") == m.group(1).count("》") \
                    and not _PREAMBLE_OPENS.match(m.group(1)):  # (`为…,按照…关于印发《…》的通知(…),…制定本方案`)
                return m.group(1)
            sent = _COVER_LETTER.search(p.text)
            if sent:  # a cover letter (`现将《…实施方案》印发给你们`): the document it sends, titled below it
                for q in paras[i + 1:i + 5]:
                    if q.text.strip() == sent.group(1):
                        return q.text.strip()
            if not head:  # a summary of the page above the document's own title, on a line of its own
                # (`…印发…实施方案,深入推进…。` / `关于印发…实施方案的通知`)
                # (the summary tells of that document, `…印发十堰市2024年度…实施方案`; not a list of notices
                # under `近期我局发布了以下文件`)
                nxt = paras[i + 1] if i + 1 < len(paras) else None
                if nxt is not None and nxt.heading_level == 0 and _TITLE_LINE.fullmatch(nxt.text.strip()) \
                        and _shares_a_phrase(p.text, _TITLE_LINE_CORE.sub("", nxt.text.strip())):
                    return nxt.text.strip()
            break
        if is_byline(p.text, layout):
            continue
        c = headline_candidate(p.text, chrome, greetings=greetings)
        if c:
            # (a site's name and tagline above the article's headline, which its summary's label follows:
            # `环保行业信息` / `资讯服务平台` / the headline / `摘要:`)
            summarised = next((h for j in range(i + 1, min(i + 4, len(paras) - 1))
                               if _SUMMARY_LABEL.match(paras[j + 1].text) and not _is_body(paras[j])
                               and not paras[j].text.lstrip().startswith(("—", "-"))  # (not its subtitle: `——记…`)
                               and (h := headline_candidate(paras[j].text, chrome, greetings=greetings))), None)
            return summarised or _notice_under_its_issuer(c, paras[i + 1:i + 3], bodies) or c
        head.append(p)
    # none: a headline under its column's name (`焦点播报:全国城市…`), which a topic line is not when
    # a plain headline follows it (`专题:美丽中国…` above the story's own)
    return next((c for p in head if (c := headline_candidate(p.text, chrome, True, greetings))), None)


def _notice_under_its_issuer(line: str, after: list[Paragraph], bodies: tuple[str, ...]) -> str | None:
    """The name of a notice on the line(s) below its issuer's (`山西省人民政府办公厅` / `关于印发…行动计划的通知`;
    cut in two: `关于印发…建设规划` / `(2020—2025年)重点任务分工方案的通知`): the notice is the page's headline.
    bodies: the endings of an issuer's name (org_suffixes.csv); a news headline above it (`生态环境部印发通知`) stays."""
    if not bodies or len(line) > 20 or not line.endswith(bodies) or not after or after[0].heading_level != 0:
        return None
    name = after[0].text.strip()
    if not name.startswith("关于"):
        return None
    if not _NOTICE_NAME.fullmatch(name) and len(after) > 1 and after[1].heading_level == 0:
        name += after[1].text.strip()
    return name if _NOTICE_NAME.fullmatch(name) else None


_NOTICE_NAME = re.compile(r"关于[^。,，;；]{2,120}的" + DOCUMENT_KINDS)


def _separated_articles(text: str, paras: list[Paragraph], layout: Layout = Layout()) -> list[Article]:
    """A newspaper page whose articles are set apart by rule lines (`-----…`, `=====`), each rule
    followed (or ended) by its article's headline."""
    seps = [i for i, p in enumerate(paras) if _SEPARATOR.match(p.text)]
    if len(seps) < 2:
        return []
    out = []
    for k, i in enumerate(seps):
        end = paras[seps[k + 1]].start if k + 1 < len(seps) else len(text)
        block = [p for p in paras[i:seps[k + 1] if k + 1 < len(seps) else len(paras)]]
        title = page_headline(block, layout)
        if not any(_is_body(p) for p in block):
            continue
        out.append(Article(len(out), paras[i].start, end, title or "", None))
    if len(out) < 2:
        return []
    if any(_is_body(p) for p in paras[:seps[0]]):
        return []  # prose before the first rule: not a page of ruled articles
    out[0] = Article(0, 0, out[0].end, out[0].title, None)  # the page's header belongs to the first
    return out


# a digest's item: a headline (perhaps numbered `01`, `02、`) over one paragraph of news that opens with when it happened
DIGEST_NUMBER = re.compile(r"^\s*0\d\s*[、.．]?\s*")
_NEWS_LEAD = re.compile(r"\s*(?:(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日(?:至\d{1,2}日)?(?:上午|下午|晚)?|[上中下]旬|初|底)"
                        r"|近日|日前|近期|连日来)[,，]")


def _digest_items(text: str, paras: list[Paragraph]) -> list[Article]:
    """A digest of news (`生态环境部一周要闻` over `01生态环境部党组召开会议` / `3月21日,…`, or headline and paragraph in
    turn): three or more items, each a headline line over prose that opens with its day (`2月3日,`, `近日,`). Each is an
    article, and so is every other item numbered as they are (`04…在《学习时报》发表署名文章…` over an excerpt); the
    page's header goes with the first."""
    heads = []  # (paragraph index, headline, numbered, opens with its day)
    for i in range(len(paras) - 1):
        line, body = paras[i].text.strip(), paras[i + 1]
        numbered = DIGEST_NUMBER.match(line)
        if (paras[i].heading_level == 0 or numbered) and 6 <= len(line) <= 80 and not any(ch in line for ch in _TERMINAL) \
                and (body.heading_level < 0 or _NEWS_LEAD.match(body.text)):  # (or an item cut short: `2月25日,…签发了《`)
            heads.append((i, DIGEST_NUMBER.sub("", line) if numbered else line, bool(numbered),
                          bool(_NEWS_LEAD.match(body.text))))
    dated = [h for h in heads if h[3]]
    if len(dated) < 3:
        return []
    by_number = sum(h[2] for h in dated) * 2 > len(dated)
    heads = [h for h in heads if (h[2] if by_number else h[3])]
    if any(_is_body(p) for p in paras[:heads[0][0]]):
        return []  # (prose before the first item introduces one article's sections: `…开展了系列宣传活动。` / `启动仪式…`)
    out = []
    for k, (i, title, _, _) in enumerate(heads):
        end = paras[heads[k + 1][0]].start if k + 1 < len(heads) else len(text)
        out.append(Article(k, 0 if k == 0 else paras[i].start, end, title, None))
    return out


def find_articles(text: str, paras: list[Paragraph], layout: Layout = Layout()) -> list[Article]:
    """A page holds several articles when headline blocks (short unpunctuated lines) are followed by a
    byline (`本报讯`, `本报记者…`, `◆…`, an official's signature), or when rule lines set them apart.
    The first article starts the page."""
    ruled = _separated_articles(text, paras, layout) or _digest_items(text, paras)
    if ruled:
        return ruled
    starts: list[tuple[int, int]] = []  # (paragraph index of the headline block, index of its byline)
    i = 0
    while i < len(paras):
        if paras[i].heading_level == 0:
            j = i
            while j < len(paras) and paras[j].heading_level == 0 and not is_byline(paras[j].text, layout):
                j += 1
            if j < len(paras) and is_byline(paras[j].text, layout) and j > i:
                starts.append((i, j))
            i = max(j, i + 1)
        else:
            i += 1
    if not paras:
        return []
    if starts and re.match(_AGENCY_DATELINE, paras[starts[0][1]].text):
        starts = starts[1:]  # the page's own item opened by an agency's dateline: the page's header heads it, as before
    # a related item under `新闻推荐` (a teaser with its own `本报讯`) is the page's chrome, not an article of it
    starts = [(i, j) for i, j in starts if not any(p.text.strip() in RELATED for p in paras[max(0, i - 1):j])]
    headed = False  # the page's headline block heads the first article found after it
    if not starts or starts[0][0] != _first_headline(paras):
        if starts and not any(_is_body(p) for p in paras[:starts[0][0]]):
            # (`湖北咸宁晒出…成绩单` over `极目新闻记者 成昱勋` / `通讯员 …`: the header has no prose of its own)
            starts[0], headed = (0, starts[0][1]), True
        else:
            starts.insert(0, (0, -1))
    articles = []
    for k, (pi, bi) in enumerate(starts):
        end = paras[starts[k + 1][0]].start if k + 1 < len(starts) else len(text)
        block = [p.text for p in paras[pi:bi if bi > 0 else pi + 3] if p.heading_level == 0
                 and not _SEPARATOR.fullmatch(p.text.strip()) and not _MASTHEAD.search(p.text)]
        title = next((t for t in block if len(t.strip()) >= 6), block[0] if block else paras[pi].text[:60])
        if k == 0 and (bi <= 0 or headed):  # the page's own header: its headline, not its menus
            title = page_headline(paras, layout) or ("" if bi <= 0 else title)
        articles.append(Article(k, paras[pi].start, end, CLOSING_MARKS.sub("", title).strip(), paras[bi].text if bi > 0 else None))
    return articles


def _first_headline(paras: list[Paragraph]) -> int:
    for i, p in enumerate(paras):
        if p.heading_level == 0:
            return i
        if p.heading_level < 0:
            break
    return 0


# Longer than this, a "sentence" is a dump (a run of figures, digits or punctuation) and is cut at
# its last comma before the limit, else at the limit: the extractors look at a figure's sentence
# for every figure, so the sentence length bounds the work per character.
MAX_SENTENCE = 1000
_CLAUSE_BREAK = re.compile(r"[,，、:：]")


def split_sentences(text: str, start: int = 0) -> list[tuple[int, int]]:
    """(start, end) spans of sentences in text, ending at 。！？；; offsets shifted by start."""
    spans = []
    pos = 0
    for m in _SENTENCE_END.finditer(text):
        if m.group(0) in (";", "；") and _in_brackets(text, pos, m.start()):
            continue  # `…任务(A达到4000万亩;B力争达到2000万亩),…`: a list inside brackets goes on in its sentence
        if m.end() > pos:
            spans += _capped(text, pos, m.end())
            pos = m.end()
    if pos < len(text):
        spans += _capped(text, pos, len(text))
    return [(start + a, start + b) for a, b in spans if text[a:b].strip()]


def _in_brackets(text: str, a: int, i: int) -> bool:
    """Position i of text lies inside brackets opened since a, closed before the next full stop (within 120 characters)."""
    opened = max(text.rfind("(", a, i), text.rfind("（", a, i))
    if opened < 0 or max(text.rfind(")", opened, i), text.rfind("）", opened, i)) > opened:
        return False
    stop = text.find("。", i, i + 120)
    closed = min((j for j in (text.find(")", i, i + 120), text.find("）", i, i + 120)) if j >= 0), default=-1)
    return closed >= 0 and (stop < 0 or closed < stop)


def _capped(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """text[a:b] in pieces of at most MAX_SENTENCE characters."""
    out = []
    while b - a > MAX_SENTENCE:
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, a + MAX_SENTENCE // 2, a + MAX_SENTENCE)]
        cut = breaks[-1] if breaks else a + MAX_SENTENCE
        out.append((a, cut))
        a = cut
    return [*out, (a, b)]


def analyse(text: str, layout: Layout = Layout()) -> Structure:
    """Paragraphs, articles, sentences and headings."""
    paras = paragraphs_of(text)
    articles = find_articles(text, paras, layout)
    sentences: list[Sentence] = []
    art = 0
    stack: dict[int, str] = {}
    for pi, p in enumerate(paras):
        while art + 1 < len(articles) and p.start >= articles[art + 1].start:
            art += 1
            stack = {}
        spans = split_sentences(p.text, p.start)
        if p.heading_level >= 1:
            head = text[spans[0][0]:spans[0][1]].rstrip("。;；") if spans else p.text
            stack = {k: v for k, v in stack.items() if k < p.heading_level}
            stack[p.heading_level] = head
        elif p.heading_level == 0 and len(p.text) <= 40:
            stack = {0: p.text}
        path = " > ".join(stack[k] for k in sorted(stack))
        for si, (a, b) in enumerate(spans):
            sentences.append(Sentence(art, pi, si, a, b, text[a:b], path))
    return Structure(paras, articles, sentences)
