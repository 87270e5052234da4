"""Clean text to structure: articles, paragraphs, sentences with offsets, and heading paths."""
from __future__ import annotations

import dataclasses
import re

_TERMINAL = "。！？!?；;"
_NUMBERED_HEADING = [
    (1, re.compile(r"^[一二三四五六七八九十]{1,3}、")),
    (2, re.compile(r"^[（(][一二三四五六七八九十]{1,3}[)）]")),
    (3, re.compile(r"^\d{1,2}[.、](?!\d)")),
    (3, re.compile(r"^[①-⑳]")),
]
BYLINE = re.compile(
    r"^(本报讯|本报记者|本报见习记者|本报通讯员|本报实习生|本报[\u4e00-\u9fff]{2,4}电|记者\s*[\u4e00-\u9fff]{2,4}|新华社|◆|■|●)"
)
_OFFICIAL_BYLINE = re.compile(r"(书记|局长|主任|区长|县长|市长|厅长|处长|主席)\s+[\u4e00-\u9fff]{2,3}$")
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
    if len(s) <= 50 and not any(ch in s for ch in _TERMINAL) and not s.endswith((":", ",")):
        return 0
    return -1


def in_book_title(text: str, pos: int) -> bool:
    """Inside 《…》: `《廊坊市2024年大气污染综合治理工作方案》` names a document; its numbers
    and years count and date nothing."""
    open_ = text.rfind("《", 0, pos)
    return open_ != -1 and text.rfind("》", open_, pos) == -1 and text.find("》", pos) != -1


def is_byline(line: str) -> bool:
    return bool(BYLINE.match(line)) or (len(line) <= 30 and bool(_OFFICIAL_BYLINE.search(line)))


def find_articles(text: str, paras: list[Paragraph]) -> list[Article]:
    """A page holds several articles when headline blocks (short unpunctuated lines) are followed by a
    byline (`本报讯`, `本报记者…`, `◆…`, an official's signature). The first article starts the page."""
    starts: list[tuple[int, int]] = []  # (paragraph index of the headline block, index of its byline)
    i = 0
    while i < len(paras):
        if paras[i].heading_level == 0:
            j = i
            while j < len(paras) and paras[j].heading_level == 0 and not is_byline(paras[j].text):
                j += 1
            if j < len(paras) and is_byline(paras[j].text) and j > i:
                starts.append((i, j))
            i = max(j, i + 1)
        else:
            i += 1
    if not paras:
        return []
    if not starts or starts[0][0] != _first_headline(paras):
        starts.insert(0, (0, -1))
    articles = []
    for k, (pi, bi) in enumerate(starts):
        end = paras[starts[k + 1][0]].start if k + 1 < len(starts) else len(text)
        block = [p.text for p in paras[pi:bi if bi > 0 else pi + 3] if p.heading_level == 0]
        title = next((t for t in block if len(t.strip()) >= 6), block[0] if block else paras[pi].text[:60])
        articles.append(Article(k, paras[pi].start, end, title.strip(), paras[bi].text if bi > 0 else None))
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
        if m.end() > pos:
            spans += _capped(text, pos, m.end())
            pos = m.end()
    if pos < len(text):
        spans += _capped(text, pos, len(text))
    return [(start + a, start + b) for a, b in spans if text[a:b].strip()]


def _capped(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """text[a:b] in pieces of at most MAX_SENTENCE characters."""
    out = []
    while b - a > MAX_SENTENCE:
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, a + MAX_SENTENCE // 2, a + MAX_SENTENCE)]
        cut = breaks[-1] if breaks else a + MAX_SENTENCE
        out.append((a, cut))
        a = cut
    return [*out, (a, b)]


def analyse(text: str) -> Structure:
    paras = paragraphs_of(text)
    articles = find_articles(text, paras)
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
