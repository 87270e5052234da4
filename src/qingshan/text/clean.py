"""Raw page text to `clean_text`, keeping a map from every clean character back to the raw text.

Each step is a list of edits (start, end, replacement) over the current text; applying edits also
carries the offset map along, so `raw_offsets[i]` is the raw-text index of clean character i.
"""
from __future__ import annotations

import dataclasses
import html
import re
from array import array
from functools import lru_cache

@dataclasses.dataclass(frozen=True)
class Edit:
    start: int
    end: int
    replacement: str = ""


@dataclasses.dataclass
class CleanResult:
    text: str
    raw_offsets: array  # len(text) + 1 entries: raw index of each clean char, then len(raw)
    script: str  # "simplified" | "traditional"
    noise: list[str]
    removed_lines: list[str]  # the raw lines dropped as site chrome (metadata reads some of them)
    injected_phrases: list[str]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw-text span of clean_text[start:end]."""
        if end <= start:
            return self.raw_offsets[start], self.raw_offsets[start]
        return self.raw_offsets[start], self.raw_offsets[end - 1] + 1


def apply_edits(text: str, offsets: array, edits: list[Edit]) -> tuple[str, array]:
    """Apply non-overlapping edits. A replacement's characters map to the raw characters they come
    from: position by position when it is as long as what it replaces, else each to its own character
    when it is taken from the replaced text (`PM_{2.5}` -> `PM2.5`), else all to the start."""
    if not edits:
        return text, offsets
    edits = sorted(edits, key=lambda e: e.start)
    parts: list[str] = []
    new_offsets = array("q")
    pos = 0
    for e in edits:
        if e.start < pos:  # overlapping edit: the earlier one wins
            continue
        parts.append(text[pos:e.start])
        new_offsets.extend(offsets[pos:e.start])
        if e.replacement:
            parts.append(e.replacement)
            if len(e.replacement) == e.end - e.start:
                new_offsets.extend(offsets[e.start:e.end])
            else:
                new_offsets.extend(_taken_from(text, offsets, e))
        pos = e.end
    parts.append(text[pos:])
    new_offsets.extend(offsets[pos:])  # includes the trailing sentinel
    return "".join(parts), new_offsets


def _taken_from(text: str, offsets: array, e: Edit) -> list[int]:
    replaced, found, k = text[e.start:e.end], [], 0
    for ch in e.replacement:
        k = replaced.find(ch, k)
        if k < 0:
            return [offsets[e.start]] * len(e.replacement)
        found.append(offsets[e.start + k])
        k += 1
    return found


def regex_edits(text: str, pattern: re.Pattern, repl) -> list[Edit]:
    out = []
    for m in pattern.finditer(text):
        r = repl(m) if callable(repl) else m.expand(repl)
        if r != m.group(0):
            out.append(Edit(m.start(), m.end(), r))
    return out


# ---------------------------------------------------------------- character-level normalisation
_ZERO_WIDTH = re.compile(r"[\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2064\ufeff\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_FULLWIDTH = {chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)}
_SPACES = {"\u00a0": " ", "\u3000": " ", "\t": " ", "\r": "\n"}
# a horizontal bar some publishers type for the dash of a range (`1―4月`, `95.7%―100%`): the dash the rules read
_DASHES = {"\u2015": "\u2014"}
# subscript figures (`PM₂.₅`, `O₃`): the figures the indicators' keywords are written with
_SUBSCRIPTS = {chr(0x2080 + d): str(d) for d in range(10)}


# variant forms the Traditional-to-Simplified table leaves as they are (`陜西省生态环境厅`): the gazetteer's
_VARIANTS = {"陜": "陕"}


_CHAR_TABLE = {**_FULLWIDTH, **_SPACES, **_DASHES, **_SUBSCRIPTS, **_VARIANTS}
_CHAR_TO_EDIT = re.compile("[" + "".join(map(re.escape, _CHAR_TABLE)) + "]")  # the regex engine finds them, not a Python loop


def _char_edits(text: str) -> list[Edit]:
    edits = [Edit(m.start(), m.end()) for m in _ZERO_WIDTH.finditer(text)]
    # \r\n -> \n: drop the \r; a lone \r becomes \n
    for m in _CHAR_TO_EDIT.finditer(text):
        i, ch = m.start(), m.group()
        if ch == "\r" and i + 1 < len(text) and text[i + 1] == "\n":
            edits.append(Edit(i, i + 1))
        else:
            edits.append(Edit(i, i + 1, _CHAR_TABLE[ch]))
    return edits


# ---------------------------------------------------------------- HTML
_HTML_HINT = re.compile(r"<\s*(html|body|div|p|br|span|table|head|meta|a\s)[^>]*>", re.I)
_HTML_DROP = re.compile(r"<(script|style|head|noscript)\b.*?</\1\s*>|<!--.*?-->", re.I | re.S)
_HTML_BLOCK = re.compile(r"</?(p|div|br|li|tr|h[1-6]|table|section|article|title|ul|ol)\b[^>]*>", re.I)
_HTML_TAG = re.compile(r"<[^>]{0,500}>")
_HTML_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});")


def looks_like_html(text: str) -> bool:
    return len(_HTML_HINT.findall(text[:50000])) >= 3


def _html_passes(text: str, offsets: array) -> tuple[str, array]:
    text, offsets = apply_edits(text, offsets, regex_edits(text, _HTML_DROP, lambda m: ""))
    text, offsets = apply_edits(text, offsets, regex_edits(text, _HTML_BLOCK, lambda m: "\n"))
    text, offsets = apply_edits(text, offsets, regex_edits(text, _HTML_TAG, lambda m: ""))
    return apply_edits(text, offsets, regex_edits(text, _HTML_ENTITY, lambda m: html.unescape(m.group(0))))


# ---------------------------------------------------------------- markup and annotations
# (a character of two readings gives both: `地(dì / de)`)
# (a word's syllables run together, `生态环境(shēngtàihuánjìng)`, when a tone mark shows it is pinyin)
_PY = "[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]"
_TONE = "[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜǹḿ]"
# (a reading given twice over, `省(sheng)(sheng)`: the run of them)
PINYIN_ANNOTATION = re.compile(r"(?<=[\u3400-\u9fff])(?:\((?:" + _PY + "{1,7}"
                               r"|(?=[a-z]*" + _TONE + ")" + _PY + "{8,40}"
                               # (two readings carry their tones: `(dì / de)`, not a unit, `(t/d)`, `(mg/l)`)
                               r"|(?=[^)]*" + _TONE + ")" + _PY + r"{1,7}(?:\s?/\s?" + _PY + r"{1,7})+"
                               # (a toned reading with a space before its bracket closes: `会(huì )`)
                               r"|(?=[a-z]*" + _TONE + ")" + _PY + r"{1,7}[ \u3000])\))+")
# a date stamp the page runs into its body's first words (`2023-04-14 09:554月12日,我市举行…`): a line of its own
_GLUED_STAMP = re.compile(r"(?m)^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}(?::\d{2})?)(?=\d{1,2}月\d{1,2}日)")
# a speech's title run into its salutation (`在2018年全市环境保护工作会议上的讲话同志们:…`): the title is a line of its own
_GLUED_SALUTATION = re.compile(r"(?m)^(\s*在[^。\n]{4,60}?上的(?:讲话|致辞|发言|报告|总结讲话|主持词))(?=(?:各位[^:：\n]{0,12}、)?同志们[:：,，!！])")
# a headline closed by a run of marks with its item's body after it on the same line (`湖北:全面提升…质量****** 中新网武汉
# 1月15日电 …`): the headline is a line of its own, as where the page breaks the line
_MARKED_HEADLINE = re.compile(r"(?m)^([^\n*★☆]{4,60}?[*★☆]{3,})[ \t\u3000]+(?=\S)")
# a figure typeset with a space on each side between Chinese (`到 2025 年`, `控制在 30 微克/立方米`), or
# on one side next to punctuation (`下降 15%，`), and `PM 2.5`: a reader ignores the spaces, so do the rules
_SPACED_PM = re.compile(r"(?<=PM)[ \u00a0](?=2\.5|10(?!\d))")
# a pollutant's formula whose subscript a page lost to a `?` (its charset had no `₂`: `SO?、NO?平均浓度`, `O?平均浓度为168`)
# or set apart by a space (`O 3 浓度为 183`): the formula the rules know (`O3`, `SO2`); `₂`, `₃` are read as digits
_FORMULA_DIGIT = {"SO": "2", "NO": "2", "CO": "2", "NH": "3", "O": "3"}
# (spaced, only SO, NO, O: `CO 2毫克/立方米` is carbon monoxide's 2; `氮氧化物(NO?)` is NOx, left alone)
_LOST_SUBSCRIPT = re.compile(r"(?<![A-Za-z])(?<!氮氧化物[(（])(?:(SO|NO|CO|NH|O)[?？]|(SO|NO|O)[ \u00a0](?=[23](?![\d.])))([23]?)"
                             r"(?=[ \u00a0]?[\u4e00-\u9fff、,，;；)）])")
_SPACED_FIGURE = re.compile(r"(?:(?<=[\u4e00-\u9fff“”，。、；：！？（）,;:!?()])[ \u00a0]|(?<=[，。、；：！？（,;:!?(]))"
                            r"(\d[\d.%％]{0,12})"
                            r"(?:[ \u00a0](?=[\u4e00-\u9fff“”，。、；：！？）,;:!?)])|(?=[，。、；：！？）,;:!?)]))"
                            # (or glued to Chinese before, a space before its unit: `到2025 年`, `上升11.2 个百分点`; not a
                            # space after a byline's name, `记者 王俊杰 7月20日`, nor before other words, `2021 正版`)
                            r"|(?<=[\u4e00-\u9fff])(\d[\d.%％]{0,12})[ \u00a0](?=[年月日号个万亿千百家项件次人天吨台辆座条处元倍户亩米克升"
                            # (and in traditional script: `總投資1.852 億元`, `約4.6 萬噸`; not 臺灣 after a year, `2023 臺灣…`,
                            # nor 處理)
                            r"號個萬億項噸輛條畝]|處(?![理置]))")
# a space after Chinese punctuation before a figure glued to Chinese (`环保部还透露, 2018年拟对…`): the clause opens with
# the figure (`, 2018 年` is _SPACED_FIGURE's)
_SPACE_BEFORE_GLUED_FIGURE = re.compile(r"(?<=[\u4e00-\u9fff”][，。、；：！？,;:!?])[ \u00a0]+(?=\d[\d.]*[\u4e00-\u9fff])")
# letter-spaced text, one space after every character (`水 质 优 良`, `比 例 为87.3%`: a PDF's or a
# heading's layout): three or more single characters in a row, not a name after a word (`局长 王 某`)
_LETTER_SPACED = re.compile(r"(?<![\u4e00-\u9fff ])[\u4e00-\u9fff](?: [\u4e00-\u9fff]){2,}(?![\u4e00-\u9fff])")
# a field's two-character label set apart by a space (`记 者:某某`, `编 辑:`, `来 源:`): the label (read after
# letter-spaced runs of three or more are joined, `单 位 名 称:`)
_SPACED_LABEL = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])[ \u00a0]+(?=[\u4e00-\u9fff]\s*[:：])")
_LATEX_BRACED = re.compile(r"[_^]\{([^{}\n]{1,12})\}")
_LATEX_BARE = re.compile(r"(?<=[A-Za-z])_(?=[0-9a-zA-Z])")
_STRAY_ENGLISH = re.compile(r"(?<=[\u4e00-\u9fff,。、])\s?[A-Za-z]{3,}\s?(?=[\u4e00-\u9fff,。、])")
# a forum's anti-copy scraps (`<font class="jammer">`): one- and two-character runs of ASCII letters, figures
# and signs between spaces, sprinkled at the ends of a repost's lines (`;. p6 Y. c& m0 {% P% O% B`)
_JAMMER = re.compile(r"(?m)(?:^|(?<=[^\x00-\x7f]))[ \t]*(?:[!-~]{1,2}[ \t]+){3,}[!-~]{1,2}(?:[ \t]+|$|(?=[^\x00-\x7f]))")
_SENTENCE_MARK = ";,:!?."


def _jammer_edits(text: str) -> list[Edit]:
    """The scraps: four or more, at least three of two characters and two with a sign (not `A B C三类`,
    `| 1 | 2 |`); a sentence's own mark before them stays (`…257天;` of `…257天;. p6 Y.`)."""
    edits = []
    for m in _JAMMER.finditer(text):
        tokens = m.group(0).split()
        if sum(len(t) == 2 for t in tokens) < 3 or sum(not t.isalnum() for t in tokens) < 2:
            continue
        start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip(" \t")))
        if text[start] in _SENTENCE_MARK and start > 0 and not text[start - 1].isascii():
            start += 1
        edits.append(Edit(start, m.end()))
    return edits


_ACRONYM = re.compile(r"^[A-Z0-9]+$|^(PM|NO|SO|VOCs|COD|GDP)")


# ---------------------------------------------------------------- Traditional -> Simplified
@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    return _t2s().convert(text)


_NOT_CJK = re.compile(r"[^\u4e00-\u9fff]+")


def traditional_share(text: str) -> float:
    """Share of CJK characters that Simplified conversion changes (0 for Simplified text)."""
    cjk = _NOT_CJK.sub("", text[:20000])
    if not cjk:
        return 0.0
    conv = _t2s().convert(cjk)
    if len(conv) != len(cjk):
        return 1.0
    if conv == cjk:
        return 0.0  # Simplified text, the usual case: no need to compare character by character
    return sum(a != b for a, b in zip(cjk, conv)) / len(cjk)


def _t2s_edits(text: str) -> list[Edit]:
    conv = _t2s().convert
    edits = []
    start = 0
    for line in text.split("\n"):
        c = conv(line)
        if c != line:
            if len(c) == len(line):
                edits += [Edit(start + i, start + i + 1, b) for i, (a, b) in enumerate(zip(line, c)) if a != b]
            else:  # a phrase conversion changed the length: fall back to one character at a time
                for i, ch in enumerate(line):
                    cc = conv(ch)
                    if cc != ch:
                        edits.append(Edit(start + i, start + i + 1, cc))
        start += len(line) + 1
    return edits


# ---------------------------------------------------------------- site chrome (whole lines)
_CHROME_STRONG = re.compile(r"ICP[备證证]|公网安备|公網安備|版权所有|版權所有|Copyright|©", re.I)
_CHROME_LINE = re.compile(
    r"技术支持[:：]|技術支持[:：]|主办[:：单]|承办[:：单]|主辦[:：單]|承辦[:：單]"
    r"|网站地图|網站地圖|联系我们|聯繫我們|打印\s*(本页|放大|关闭)|放大\s*缩小|【?\s*(打印|关闭|关闭窗口)\s*】"
    r"|点击[数率量]|点击次数|浏览次数|阅读次数|访问量|閱讀次數|瀏覽次數|责任编辑|責任編輯|编辑[:：]|来源[:：]|來源[:：]"
    r"|当前位置|当前的位置|您的位置|所在位置|您现在的位置|您現在的位置|首页\s*>|首頁\s*>|>\s*>|主页\s*>|上一篇|下一篇|分享到|扫一扫|掃一掃"
    r"|如有侵权|侵权请联系|联系删除|聯系刪除|\.(jpe?g|png|gif|bmp|webp)\b|^图片$|^圖片$"
    r"|^第\s*[A-Z]?\d{1,3}\s*版\s*[:：]?\s*[\u4e00-\u9fff]{0,8}$"  # an e-paper's page label alone: `第A05版:发布厅`
    r"|^\s*(地址|电话|電話|传真|傳真|邮编|郵編|邮箱|E-?mail)\s*[:：]|^\s*•?\s*(地址|電話|电话)"
    r"|联系电话|聯系電話|^[-\s]*年[-\s]*月[-\s]*日|星期\s*-|有效性[:：]|^原标题[:：]|^文章来源"
    r"|[\[【](?:详细|详情|全文|查看全文|更多)[\]】]\s*$",  # a teaser of another item, cut before its link
    re.I,
)
# a site's English label of its publication stamp (`PostTime:2019年1月21日`, `Release Date: 2020-06-05`)
ENGLISH_STAMP_LABEL = r"(?<![A-Za-z])(?i:post\s*time|posted\s*on|release\s*date|publish(?:ed)?\s*(?:date|time|on)?|date)"
_DATE_STAMP = re.compile(r"^\s*(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)(\s+\d{1,2}:\d{2}(:\d{2})?)?\s")
_DATE_LINE = re.compile(r"^\s*(日期|发布时间|发布日期|时间|发表时间|" + ENGLISH_STAMP_LABEL + r")\s*[:：]\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(\s+\d{1,2}:\d{2}(:\d{2})?)?\s*$")
_COMPANY_LINE = re.compile(r"^\s*[\u4e00-\u9fff()（）]{4,40}(有限公司|有限责任公司|集团)\s*$")


def is_chrome_line(line: str) -> bool:
    s = line.strip()
    if not s:
        return False
    if _CHROME_STRONG.search(s):
        return True
    if len(s) <= 80 and not s.endswith("。") and _CHROME_LINE.search(s):
        return True
    if _DATE_LINE.match(s):
        return True  # `日期:2020-09-17` standing alone: page metadata, read from the raw text
    if _DATE_STAMP.match(s) and not re.search(r"[。,]", s):
        return True  # "2024-09-11 08:21 某某官网 主页 > ..."
    if _COMPANY_LINE.match(s):
        return True  # a site owner's name standing alone in the header
    return False


# ---------------------------------------------------------------- injected phrases
_SHORT_LINE_MAX = 24


@lru_cache(maxsize=4)
def _spam_patterns(words: tuple[tuple[str, str], ...]) -> tuple[re.Pattern, re.Pattern, re.Pattern] | None:
    """(a run of spam tokens, one token, a character a token can start with)."""
    if not words:
        return None
    alt = "|".join(re.escape(w) for w, _ in sorted(words, key=lambda x: len(x[0]), reverse=True))
    token = rf"(?:{alt}|[A-Za-z][A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*)"
    first = "[" + "".join(sorted({re.escape(w[0]) for w, _ in words})) + "A-Za-z]"
    return re.compile(rf"{token}+(?:[,，]{token}+)*"), re.compile(token), re.compile(first)


def _runs(text: str, run: re.Pattern, first: re.Pattern):
    """run.finditer(text), trying run only where a token can start: the regex engine cannot skip
    ahead by itself to a pattern that opens with a repeat, and tries every word at every character."""
    pos = 0
    while (c := first.search(text, pos)) is not None:
        m = run.match(text, c.start())
        if m is None:
            pos = c.start() + 1
            continue
        yield m
        pos = m.end()


def find_spam_spans(text: str, words: tuple[tuple[str, str], ...]) -> list[tuple[int, int]]:
    """Spans of off-topic brand, gambling or adult phrases (`澳门新葡京娱乐场`, `凯发k8官网,凯发娱乐平台`,
    `uedbet体育`), judged by what they are: a run of dictionary words that holds a gambling or adult
    word, or a brand (a dictionary brand or a Latin name) joined to a spam word. Real words that also
    serve spam (`官网`, `平台`, `澳门`) count only inside such a run. Words of every page (`平台`, `论坛`,
    kind `common`) join a dictionary brand, not a Latin name: `ArcGIS平台`, `Bilibili平台` are real."""
    pats = _spam_patterns(words)
    if pats is None:
        return []
    run, token, first = pats
    kinds = dict(words)
    out = []
    for m in _runs(text, run, first):
        ks = [kinds.get(p) or ("acronym" if p.isupper() or len(p) <= 3 else "latin") for p in token.findall(m.group(0))]
        strong = "strong" in ks or "seo" in ks
        branded = ("brand" in ks and ("weak" in ks or "common" in ks)) or ("latin" in ks and "weak" in ks) or (
            ("brand" in ks or "latin" in ks) and strong)
        if strong or (branded and any(k not in ("latin", "acronym") for k in ks)):
            start, end = m.start(), m.end()
            if out and _SPAM_GAP.fullmatch(text, out[-1][1], start):
                # `澳门码2024年全部开奖记录`: the filler between two is the phrase's
                start = out.pop()[0]
            year = _SPAM_YEAR.search(text, max(0, start - 5), start)
            if year:
                start = year.start()  # `…记录2024年新奥门王中王资料以来…`: the year the phrase opens with is its own
            if "seo" in ks and _SEO_PLACE.fullmatch(text, max(0, start - 3), start):
                start -= 3  # `松江区关键词排名优化`: the place a search-ranking ad is for is the ad's
            junk = _SPAM_TAIL.match(text, end)  # `…开奖记录∪7-2023年…`: the symbols it ends with
            out.append((start, junk.end() if junk else end))
    return out


# between two spam runs, words of the same phrase: a year, digits, a few characters, no punctuation
_SPAM_GAP = re.compile(r"[^,，。;；:：!?！？\s]{1,8}")
_SPAM_TAIL = re.compile(r"[^\w\s]+\d?[^\w\s]+")
_SPAM_YEAR = re.compile(r"20\d{2}年?$")
_SEO_PLACE = re.compile(r"[\u4e00-\u9fff]{2}[省市区县]")  # (a name of two characters and its unit)


def _spam_line(line: str, words: tuple[tuple[str, str], ...]) -> bool:
    """A line made of pasted spam phrases (`国产久一道中文一区,国产精品v日韩精品,日本在线不卡视频,…`): three
    parts or more, two in three holding a spam word and one a strong one, and no more than four characters but spam
    in its last part (not a real headline the spam is glued to: `…,日韩精品新疆乌鲁木齐发布2018年环境质量状况公报`)."""
    body = line.strip()
    if "。" in body or not words:
        return False
    parts = [x for x in re.split(r"[,，_|]+", body) if x.strip()]
    if len(parts) < 3:
        return False
    any_word, strong = _spam_words_patterns(words)
    spam = [x for x in parts if any_word.search(x)]
    if len(spam) * 3 < len(parts) * 2 or not strong.search(body):
        return False
    return len(re.findall(r"[\u4e00-\u9fff]", any_word.sub("", parts[-1]))) <= 4


@lru_cache(maxsize=4)
def _spam_words_patterns(words: tuple[tuple[str, str], ...]) -> tuple[re.Pattern, re.Pattern]:
    """(any spam word, a strong one), longest first: asked for every line of every page, compiled once."""
    def alt(ws):
        return re.compile("|".join(map(re.escape, sorted(ws, key=len, reverse=True))) or "(?!)")
    return alt(w for w, _ in words), alt(w for w, k in words if k in ("strong", "seo"))


def find_injected_phrases(lines: list[str], words: tuple[tuple[str, str], ...] = ()) -> list[str]:
    """Phrases pasted over real words. A short line standing alone that recurs inside at least two
    lines of running text is one only when it holds a spam word (`某某论坛,某某论坛`): a headline
    or a plan's name that the page repeats is real text. Dictionary phrases (gambling sites,
    brands) count wherever they stand."""
    words = words or ()
    vocab = {w for w, _ in words}
    stripped = [ln.strip() for ln in lines]
    prose = [s for s in stripped if len(s) > _SHORT_LINE_MAX and not is_chrome_line(s)]
    out = set()
    for s in set(stripped):
        if not (2 <= len(s) <= _SHORT_LINE_MAX) or re.fullmatch(r"[\W\d_]+", s):
            continue
        if not any(w in s for w in vocab):
            continue
        inside = sum(1 for other in prose if s in other)
        if inside >= 2:
            out.add(s)
    joined = "\n".join(stripped)  # one pass over the page, not one per line
    for a, b in find_spam_spans(joined, words):
        out.add(joined[a:b])
    out.update(_recurring_site_names(joined, tuple(w for w, k in words if k == "strong")))
    return sorted(out, key=lambda p: (-len(p), p))  # longest first; ties in a fixed order, not a set's


_SITE_WORD = re.compile(r"官方网站|官网|网首页")
_NAME_CHARS = re.compile(r"[A-Za-z0-9\u4e00-\u9fff_\-—·]{2,16}$")


def _recurring_site_names(text: str, spam: tuple[str, ...] = ()) -> set[str]:
    """A site's name pasted over a page's words again and again (`英国威廉希尔公司_官方网站:开展…活动`,
    `…启动仪式在英国威廉希尔公司_官方网站:翊武公园广场举行`, where the county's name stood): a name joined
    to 官网/官方网站 as a web page's title joins it (`_官方网站`, `…官网-…官方网站`) or holding a gambling
    word of spam_words.csv (`中国竞彩网首页`; not a brand, which may be a real site's or place's: 凤凰网, 金沙县), found at least twice: the ending all its
    occurrences share, however different the words before each. A site named once, or cited in prose
    (`生态环境部官网`), is text."""
    groups: dict[str, list[str]] = {}  # by the two characters before the site's word and the word
    for m in _SITE_WORD.finditer(text):
        run = _NAME_CHARS.search(text, max(0, m.start() - 16), m.start())
        if run is not None and run.end() == m.start():
            tail = run.group(0) + m.group(0)
            groups.setdefault(tail[-len(m.group(0)) - 2:], []).append(tail)
    out = set()
    lines = text.split("\n")
    for key, tails in groups.items():
        if len(tails) < 2:
            continue
        name = key
        while len(name) < min(map(len, tails)) and all(t.endswith(tails[0][-len(name) - 1:]) for t in tails):
            name = tails[0][-len(name) - 1:]
        inside = any(name in ln and ln.strip(" :：") != name for ln in lines)  # (not the site's header alone)
        if inside and (re.search(r"[_\-—](?:官方网站|官网)$", name) or len(_SITE_WORD.findall(name)) >= 2
                       or any(w in name for w in spam)):
            out.add(name)  # (joined as a page's title joins its site: not `生态环境部官网` cited twice)
    return out


# ---------------------------------------------------------------- line joining
_END_PUNCT = "。！？!?；;：:”」』）)…"
# what opens a paragraph of its own, never the tail of the line before: a list mark, a byline, a
# field label (`整改时限:`, `责任单位:` after a field line that ends without punctuation)
_NEW_PARA_START = re.compile(r"^([一二三四五六七八九十]+[、是]|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、]|[①-⑳]|本报|◆|■|"
                             r"[\u4e00-\u9fff]{2,6}[:：])")


# a news item's time lead (`近日`, `3月4日上午`), read by the structure and people too
TIME_LEAD = r"(?:近日|日前|近期|昨天|昨日|今天|今日|当天|上周[一二三四五六日天末]|本周[一二三四五六日天]|\d{1,2}月\d{1,2}日(?:上午|下午|晚上?)?)"
# a page's timestamp (`2020-9-3 08:40:50`, `2017年02月28日 10:24`): a line holding one is the page's
# chrome (a byline, a source line), not its headline
TIMESTAMP = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}[:：]\d{2}")
# the kinds of an official document named `…关于…的通知`
DOCUMENT_KINDS = r"(?:通知|通报|意见|决定|函|批复|报告|公告|决议|请示|通告)"
_DOCUMENTS_NAME = re.compile(r"关于[^。,，]{2,120}的" + DOCUMENT_KINDS + "$")
# a line ending as a document's name does (`…整改方案`, `…工作要点`, `…状况公报`)
_NAMES_A_DOCUMENT = re.compile(r"(?:方案|计划|规划|要点|办法|细则|公报|" + DOCUMENT_KINDS + ")$")
# a sentence's opening: a time and a comma (`近日,`, `2月2日上午,`), which no line cut mid-sentence continues with
_OPENS_SENTENCE = re.compile(r"(?:" + TIME_LEAD + r"|今年以来|今年|去年)[,，]")
# a photographer's credit closing a caption line (`摄影:张某`, `张某 摄`)
_CREDIT_ENDS = re.compile(r"(?:摄影|摄|图片)\s*[:：]\s*[\u4e00-\u9fff]{2,3}$|(?:^|\s|[。!?！？])[\u4e00-\u9fff]{2,3}\s*摄$")
# a paragraph's opening after a blank line: the word leading into what it tells (`会上,`, `会议强调,`, `据悉,`, `此外,`)
_OPENS_PARAGRAPH = re.compile(r"(?:会上|会议(?:指出|强调|要求|认为|提出|明确)?|据悉|据了解|据介绍|同时|此外|另外|最后|首先|其次)[,，:：]")
# a paper's dateline opening a line (`商报全媒体讯(记者…)`), which no sentence runs on into. (An agency's, `中新社北京
# 3月13日电 (…)`, is left joined: on dev extra_02 the line above one is a subscription notice, and the lead day the
# dateline then gives is not the page's date the answer key's open periods end on.)
_OPENS_WITH_DATELINE = re.compile(r"[\u4e00-\u9fff]{0,10}(?:报|网|台|社|媒|体|闻)讯\s*[(（]"
                                  r"|[\u4e00-\u9fff]{1,12}讯\s*[(（]\s*(?:记者|通讯员|实习生|特约|见习)")  # (not `…移动\n通讯(含…)`)
# a line ending with a word whose time is on the next line (`…累计完成治理项目,截至` / `2023年10月,…`)
_WANTS_ITS_TIME = re.compile(r"(?:截至|截止|到|至|于|在|从|自)$")
# a paragraph's opening after a blank line: the period it reports (`2018年7月份,`, `2023年,`, `5月,`)
_OPENS_WITH_ITS_PERIOD = re.compile(r"(?:\d{4}年(?:\d{1,2}月份?)?|\d{1,2}月份?)[,，]")


# a line ending inside brackets it opened, and a next line that closes them within a name's length
_OPEN_BRACKET_END = re.compile(r"[（(][^()（）]{0,8}$")
_CLOSES_BRACKET = re.compile(r"[^()（）\n]{1,12}[)）]")


def _is_prose(s: str) -> bool:
    """Running text rather than a headline: punctuation inside, or long without a headline's gaps."""
    return bool(re.search(r"[,;。]", s[:-1])) or (len(s) >= 40 and not re.search(r"[ |_]", s))


# a newspaper's name (`四川日报`, `福建日報`, `中国证券报`, `生活报`, `楚天金报`, `现代快报`), not a report's (`环境质量公报`,
# `工作简报`)
PAPER_KINDS = "日|晚|晨|早|时|商|金|快|都市|青年|法制|法治|环境|证券|经济|科技|导|农民|农村|工人"  # the word before 报
NEWSPAPER = r"(?:[\u4e00-\u9fff]{2,8}?(?:" + PAPER_KINDS + r")|[\u4e00-\u9fff]{0,8}?生活)[报報](?!告)"
# the roles of those who edit an item, not write it: a credit's words, never a name or an author's role (`编辑 赵某`)
EDITOR_ROLES = ("责任编辑", "编辑", "责编", "主编", "审核", "校对", "监制")
# a run of marks closing a line (`新年伊始,中蒙边境再现大批野生动物******`): a headline's decoration
CLOSING_MARKS = re.compile(r"\s*[*★☆]{2,}\s*$")


_INDENT = re.compile(r"^[ \t\u3000]", re.M)  # what is left of a line's indent while lines are joined


def _is_broken_line(line: str, nxt: str, blank_between: bool = False, byline: re.Pattern | None = None) -> bool:
    """A body line cut mid-sentence by the page layout, to be joined with the next line. A short
    line is joined to a next line that opens with a sentence's tail (`…方式进\n\n行。`); across a
    blank line only a tail that ends the sentence counts: `标题\n\n今年,…` is a headline and the
    opening of its first paragraph."""
    if blank_between and _INDENT.match(nxt or "") and not _INDENT.match(line):
        return False  # `开展河道整治…,让群众享受更多清水绿岸` / (blank) / `  市水利局扎实开展…`: the paragraph it opens (an indented
        # line right under a line the layout cut, `…查处环境违法案件` over `    56件,…`, still joins it)
    line, nxt = line.lstrip(), (nxt or "").lstrip()
    s = line.rstrip()
    if re.search(r"[。！？!?”]\s*(?:[\u4e00-\u9fff]{2,3}\s*){1,3}$", s):
        return False  # the paragraph ends with its authors' names: `…高质量发展。任效良 孔超`
    if CLOSING_MARKS.search(s):
        return False  # a line closed by a run of marks: a headline
    if s == (nxt or "").strip():
        return False  # a line said again (a page's title, then its headline): no sentence runs on into itself
    tail = r"[\u4e00-\u9fff]{1,3}[。!?]" if blank_between else r"[\u4e00-\u9fff]{1,3}[。,;、!?]"
    tail_fragment = re.match(tail, nxt or "") is not None
    if _OPEN_BRACKET_END.search(s) and _CLOSES_BRACKET.match(nxt or ""):
        return True  # `中国菏泽网消息(记者` over `常慕城)6月16日,…`: a byline cut inside its brackets
    if _OPENS_SENTENCE.fullmatch(s.strip()) and re.match(r"[\u4e00-\u9fff\d“\"]", nxt or ""):
        return True  # `2月21日,` over `四川省生态环境工作会议召开,…`: a time lead cut from the sentence it opens
    if _DOCUMENTS_NAME.search(s) or (blank_between and _NAMES_A_DOCUMENT.search(s)):
        return False  # `…关于印发《…方案》的通知` over `为认真贯彻落实…`: a notice's name, then its body (or a plan's name over
        # a blank line, however long: `…专项督察反馈意见整改方案` / (blank) / `为全面贯彻落实…`)
    if _CREDIT_ENDS.search(s):
        return False  # a caption closed by its photographer's credit (`图为发布会现场 摄影:张某`): the line is whole
    if blank_between and len(s) >= 60 and _OPENS_PARAGRAPH.match(nxt or ""):
        return False  # `…负责人参加会议` / (blank) / `会上,集中观看…`: a paragraph ended without its full stop, the next opens
        # (a long one only: a short line so left reads as a heading over what follows, and its facts are lost)
    if _OPENS_SENTENCE.match(nxt or "") or (blank_between and _OPENS_WITH_ITS_PERIOD.match(nxt or "")
                                            and not _WANTS_ITS_TIME.search(s)):
        return False  # `最新公布的这份全国榜单,广西9个城市进入前30名\n近日,…`: a headline with a comma, then the lead
    if TIMESTAMP.search(nxt or "") or _OPENS_WITH_DATELINE.match(nxt or ""):
        return False  # `…公报出炉` over `扬眼 2024-05-30 19:46:03`: a headline, then its stamp; or then the item's
        # dateline (`…比例为98.7%,无重污染天` over `商报全媒体讯(记者…)`)
    if byline is not None and byline.match((nxt or "").lstrip()):
        return False  # `前四月,全省平均优良天数比例超八成` over `记者 徐某`: a headline, then its byline
    return (bool(s) and s[-1] not in _END_PUNCT and (_is_prose(s) or tail_fragment) and bool(nxt)
            and re.match(r"[\u4e00-\u9fff\d\w“\"]", nxt) is not None and not _NEW_PARA_START.match(nxt))


_NEXT_FIELD = "(?:关键词|关键字|责任编辑|编辑|责编|浏览|阅读|点击)[:：]"  # glued after the last name (`付某关键词:…`)


@lru_cache(maxsize=4)
def _byline_in_chrome(cues: tuple[str, ...]) -> re.Pattern:
    alt = "|".join(re.escape(c) for c in sorted(cues, key=len, reverse=True))
    # (a field's cue before the role's, `作者:记者 张某`; the names, units and roles after the first name, up to the
    # next field, `… 通讯员 王某    编辑:…`)
    # (after a medium's name too, glued to its source: `来源:新华社作者:孙某 付某`)
    return re.compile(rf"(?:(?<![\u4e00-\u9fff])|(?<=[社报網网台]))(?:{alt})[ \t:：]*(?:(?:{alt})[ \t]*)?(?!(?:{alt})(?:[ \t]|$))"
                      rf"[\u4e00-\u9fff]{{2,3}}(?=[ \t)）]|$)"
                      # (a later role with its colon, `作者:周某 通讯员:郑某 王某`)
                      rf"(?:[ \t]+(?!{'|'.join(EDITOR_ROLES)})(?:(?:{alt})[:：][ \t]*)?[\u4e00-\u9fff]{{2,16}}(?=[ \t]|$|{_NEXT_FIELD}))*")


def _chrome_byline(line: str, cues: tuple[str, ...]) -> tuple[int, int] | None:
    """The span of a byline a chrome line carries (`来源:闽东日报·新宁德客户端 记者 张文奎`,
    `2023-01-18 08:28:55 新华社 作者: 高敬 浏览次数:2136次`): a cue and a name of two or three
    characters standing alone."""
    m = _byline_in_chrome(cues).search(line) if cues else None
    if m is None:
        return None
    # (with the medium named right before the cue in a credit's brackets, `(来源: 济南日报 记者 王彬)`: whose reporter)
    medium = _MEDIUM_BEFORE_CUE.match(line, 0, m.start())
    return (medium.start(1) if medium else m.start()), m.end()


_MEDIUM_BEFORE_CUE = re.compile(r"\s*[(（]\s*(?:来源\s*[:：]\s*)?(" + NEWSPAPER + r"|[\u4e00-\u9fff]{2,8}?(?:网|电视台|台|社))[ \t]*$")


_STUTTERED_COMMA = re.compile(r"[,，](?=[,，、。;；!?！？])")


def clean(raw: str, spam_words: tuple[tuple[str, str], ...] = (), byline_cues: tuple[str, ...] = ()) -> CleanResult:
    """Clean a decoded page. Never raises on odd input; every step keeps the offset map exact.
    spam_words: (word, strong|brand|weak) from dbt_project/seeds/spam_words.csv (see find_spam_spans).
    byline_cues: `记者`, `作者` … (byline_roles.csv): a chrome line's byline stays, as a line of its own."""
    text = raw
    offsets = array("q", range(len(raw) + 1))
    noise: set[str] = set()

    text, offsets = apply_edits(text, offsets, _char_edits(text))
    if looks_like_html(text):
        noise.add("html_markup")
        text, offsets = _html_passes(text, offsets)

    edits = regex_edits(text, PINYIN_ANNOTATION, lambda m: "")
    if edits:
        noise.add("pinyin_annotation")
    text, offsets = apply_edits(text, offsets, edits)

    edits = regex_edits(text, _LATEX_BRACED, lambda m: m.group(1))
    edits += [Edit(m.start(), m.end()) for m in _LATEX_BARE.finditer(text)]
    if edits:
        noise.add("latex_markup")
    text, offsets = apply_edits(text, offsets, edits)

    text, offsets = apply_edits(text, offsets, regex_edits(text, _SPACED_PM, ""))
    # `到2025年,,全省将…,。`: a comma stuttered before another mark (a page that scatters commas through its text), gone
    text, offsets = apply_edits(text, offsets, regex_edits(text, _STUTTERED_COMMA, ""))
    text, offsets = apply_edits(text, offsets, regex_edits(
        text, _LOST_SUBSCRIPT, lambda m: (m.group(1) or m.group(2)) + (m.group(3) or _FORMULA_DIGIT[m.group(1) or m.group(2)])))
    text, offsets = apply_edits(text, offsets, regex_edits(text, _SPACED_FIGURE, lambda m: m.group(1) or m.group(2)))
    text, offsets = apply_edits(text, offsets, regex_edits(text, _SPACE_BEFORE_GLUED_FIGURE, ""))
    text, offsets = apply_edits(text, offsets, regex_edits(text, _GLUED_STAMP, "\\1\n"))
    text, offsets = apply_edits(text, offsets, regex_edits(text, _GLUED_SALUTATION, "\\1\n"))
    text, offsets = apply_edits(text, offsets, regex_edits(text, _MARKED_HEADLINE, "\\1\n"))
    text, offsets = apply_edits(text, offsets, [Edit(m.start() + i, m.start() + i + 1)
                                                for m in _LETTER_SPACED.finditer(text)
                                                for i in range(1, len(m.group(0)), 2)])
    text, offsets = apply_edits(text, offsets, regex_edits(text, _SPACED_LABEL, r"\1"))

    edits = _jammer_edits(text)
    if edits:
        noise.add("injected_text")
    text, offsets = apply_edits(text, offsets, edits)

    script = "traditional" if traditional_share(text) > 0.08 else "simplified"
    if script == "traditional":
        noise.add("traditional_script")
        text, offsets = apply_edits(text, offsets, _t2s_edits(text))

    # line-level work: chrome lines dropped, injected phrases cut out, broken lines joined
    lines = text.split("\n")
    starts = []
    pos = 0
    for ln in lines:
        starts.append(pos)
        pos += len(ln) + 1
    edits = []
    removed = []
    injected = find_injected_phrases(lines, spam_words)
    text_seen = False
    for i, ln in enumerate(lines):
        if ln.strip() not in injected and _spam_line(ln, spam_words):
            # `国产精品v日韩精品,日本在线不卡视频,…`: a line of pasted phrases, all of it
            edits.append(Edit(starts[i], starts[i] + len(ln) + (1 if i + 1 < len(lines) else 0)))
            removed.append(ln.strip())
            noise.add("injected_text")
            continue
        if ln.strip() in injected or is_chrome_line(ln):
            if ln.strip():
                removed.append(ln.strip())
                noise.add("injected_text" if ln.strip() in injected else "site_chrome")
            # who wrote the item (GUIDE: people) stays, the rest of the line goes; not above the
            # page's first line of text, where it would read as the title
            byline = None if ln.strip() in injected or not text_seen else _chrome_byline(ln, byline_cues)
            if byline:
                edits += [Edit(starts[i], starts[i] + byline[0]), Edit(starts[i] + byline[1], starts[i] + len(ln))]
                continue
            edits.append(Edit(starts[i], starts[i] + len(ln) + (1 if i + 1 < len(lines) else 0)))
            continue
        text_seen = text_seen or bool(ln.strip())
        for phrase in injected:
            for m in re.finditer(re.escape(phrase) + r"[:：]?", ln):
                edits.append(Edit(starts[i] + m.start(), starts[i] + m.end()))
                noise.add("injected_text")
        # leading / trailing white space of the line (an indent's first character kept until the lines are joined:
        # an indented line opens a paragraph, see _is_broken_line)
        lead = len(ln) - len(ln.lstrip())
        indent = 1 if ln.strip() and (lead >= 2 or ln.startswith("\u3000")) else 0
        if lead - indent:
            edits.append(Edit(starts[i] + indent, starts[i] + lead))
        trail = len(ln) - len(ln.rstrip())
        if trail and ln.strip():
            edits.append(Edit(starts[i] + len(ln) - trail, starts[i] + len(ln)))
    edits = _dedupe_overlaps(edits)
    text, offsets = apply_edits(text, offsets, edits)

    # collapse blank lines; join lines the layout broke mid-sentence; then the indents go
    text, offsets = _paragraph_passes(text, offsets, _byline_in_chrome(byline_cues) if byline_cues else None)
    text, offsets = apply_edits(text, offsets, regex_edits(text, _INDENT, ""))
    for m in _STRAY_ENGLISH.finditer(text):
        if not _ACRONYM.match(m.group(0).strip()):
            noise.add("stray_english")
            break
    return CleanResult(text, offsets, script, sorted(noise), removed, injected)


def _dedupe_overlaps(edits: list[Edit]) -> list[Edit]:
    out: list[Edit] = []
    for e in sorted(edits, key=lambda e: (e.start, -e.end)):
        if out and e.start < out[-1].end:
            if e.end > out[-1].end:
                out[-1] = Edit(out[-1].start, e.end)
            continue
        out.append(e)
    return out


def _paragraph_passes(text: str, offsets: array, byline: re.Pattern | None = None) -> tuple[str, array]:
    """Blank lines collapsed, lines the layout broke mid-sentence joined (byline: a cue and a name opening a line,
    `记者 徐某`, which no line joins)."""
    lines = text.split("\n")
    edits = []
    pos = 0
    starts = []
    for ln in lines:
        starts.append(pos)
        pos += len(ln) + 1
    nonempty = [i for i, ln in enumerate(lines) if ln]
    # every run of newlines between two paragraphs becomes one "\n", or nothing for a broken line
    if nonempty:
        first, last = nonempty[0], nonempty[-1]
        if starts[first] > 0:
            edits.append(Edit(0, starts[first]))
        end_last = starts[last] + len(lines[last])
        if end_last < len(text):
            edits.append(Edit(end_last, len(text)))
    for a, b in zip(nonempty, nonempty[1:]):
        gap_start = starts[a] + len(lines[a])
        gap_end = starts[b]
        if _is_broken_line(lines[a], lines[b], blank_between=b > a + 1, byline=byline):
            edits.append(Edit(gap_start, gap_end + (1 if _INDENT.match(lines[b]) else 0)))  # (and the indent it keeps)
        elif gap_end - gap_start > 1:
            edits.append(Edit(gap_start + 1, gap_end))
    return apply_edits(text, offsets, edits)
