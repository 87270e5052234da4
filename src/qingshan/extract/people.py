"""People named in a document, with the title and organisation the text gives them.

Officials are written `[organisation][title、title]name[同志]` (`市生态环境局党组书记、局长尹崧同志`);
reporters in bylines and credits (`本报记者郭文生 见习记者任效良天津报道`, `张冬梅摄`, a lone name
line closing an article). A candidate name must start with a surname, must not be a place or an
organisation word, and jieba must not know it as an ordinary word.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .context import DocContext
from .records import Person
from ..text.segment import pos, word_frequency

_CJK = r"[\u4e00-\u9fff]"
# what may follow a name: a verb of acting, a courtesy, punctuation
_AFTER_NAME = (r"(?=同志|出席|主持|讲话|表示|指出|强调|要求|介绍|说|谈|在|从|就|对|带领|作|参加|陪同|一行|"
               r"代表|回答|发布|通报|宣读|总结|部署|传达|会见|调研|督导|检查|等|和|与|及|、|,|。|:|;|\s|$|\()")
_PRESS_WORDS = r"本报记者|本报见习记者|本报通讯员|本报实习生|见习记者|特约记者|记者|通讯员|实习生"
_BYLINE_NAME = re.compile(r"(?P<ptitle>" + _PRESS_WORDS + r")\s*(?P<name>" + _CJK + r"{2,3})(?=\s|"
                          + _CJK + r"{0,4}报道|,|。|$|摄|" + _PRESS_WORDS + ")")
_PHOTO = re.compile(r"(?P<name>" + _CJK + r"{2,3})\s*摄(?:影)?\s*$")
_ORG_START = re.compile(r"(?:^|(?<=[由和与及在对向为经]))(中共|中央|国家|全国|省|市|区|县)")
_NAME_TAIL = re.compile(r"(?<=[。！？!?”])\s*((?:" + _CJK + r"{2,3}\s*){1,3})$")
_MAJOR_ORG = re.compile(r".*?(生态环境局|生态环境厅|生态环境部|环境保护局|人民政府|政府|宣传部|组织部|委员会|"
                        r"指挥部|办公室|执法总队|执法支队|执法大队|总队|支队|大队|监测中心|局|厅|委|部)")


@lru_cache(maxsize=4096)
def _ordinary_word(word: str) -> bool:
    """jieba knows the word as something other than a name (同时/c, 会上/t, 全市/n)."""
    if word_frequency(word) <= 50:
        return False
    tokens = pos(word)
    return len(tokens) == 1 and not tokens[0][1].startswith(("nr", "nz"))


def plausible_name(name: str, ctx: DocContext) -> bool:
    if not (2 <= len(name) <= 3) or name[0] not in ctx.dicts.surnames:
        return False
    if name in ctx.dicts.region_aliases or any(name.endswith(s) for s in ctx.dicts.org_suffixes if len(s) >= 2):
        return False
    if name in ctx.dicts.titles or any(t in name for t in ("书记", "局长", "记者", "主任", "同志")):
        return False
    if any(name in p for p in getattr(ctx, "injected", ())):
        return False
    return not _ordinary_word(name)


def _titles_pattern(ctx: DocContext) -> re.Pattern:
    titles = "|".join(re.escape(t) for t in ctx.dicts.titles if t not in ctx.dicts.press_titles)
    return re.compile(rf"(?P<titles>(?:{titles})(?:、(?:{titles}))*)\s*(?P<name>{_CJK}{{2,3}}?){_AFTER_NAME}")


def _split_org(prefix: str, ctx: DocContext, article_index: int = 0) -> tuple[str | None, str]:
    """`市生态环境局土壤生态环境科` -> (`廊坊市生态环境局`, `土壤生态环境科`): the organisation is the
    text up to its first major unit; what follows is a section that belongs with the title."""
    start = None
    for r in ctx.dicts.region_pattern.finditer(prefix):
        start = r.start()
        break
    if start is None:
        m = _ORG_START.search(prefix)
        if not m:
            return None, ""
        start = m.start()
    span = prefix[start:]
    major = _MAJOR_ORG.match(span)
    if not major:
        return None, ""
    org, rest = span[:major.end()], span[major.end():]
    return ctx.local_org(org, article_index), rest


def extract_people(ctx: DocContext) -> list[Person]:
    found: dict[str, Person] = {}
    text = ctx.text
    titled = _titles_pattern(ctx)

    def add(name, title, org, role, start, end):
        if name in found or not plausible_name(name, ctx):
            return
        found[name] = Person(name, title, org, role, start, end, text[start:end])

    for m in _BYLINE_NAME.finditer(text):
        title = m.group("ptitle").replace("本报", "")
        add(m.group("name"), title, None, "press", m.start(), m.end())
        # more names in the same byline: `本报记者郭文生 见习记者任效良天津报道`, `◆郭文生 任效良`
    for para in ctx.structure.paragraphs:
        s = para.text
        lone = re.fullmatch(r"[◆■●]?\s*((?:" + _CJK + r"{2,3}\s*){1,3})", s)
        if lone and len(s) <= 14:
            for n in lone.group(1).split():
                add(n, "记者", None, "press", para.start, para.end)
        tail = _NAME_TAIL.search(s)
        if tail:  # reporters' names closing an article's last paragraph: `…高质量发展。任效良 孔超`
            for n in tail.group(1).split():
                add(n, "记者", None, "press", para.start + tail.start(1), para.start + tail.end(1))
        pm = _PHOTO.search(s)
        if pm and len(s) <= 20:
            add(pm.group("name"), "摄影", None, "press", para.start + pm.start(), para.start + pm.end())
    for sent in ctx.structure.sentences:
        previous_end = 0
        for m in titled.finditer(sent.text):
            name = m.group("name")
            clause_start = max(sent.text.rfind(c, 0, m.start()) for c in ",。;:、 (") + 1
            if sent.text[clause_start - 1:clause_start] == "、":  # `党组书记、局长`: the chain began earlier
                clause_start = max(sent.text.rfind(c, 0, clause_start - 1) for c in ",。;: (") + 1
            clause_start = max(clause_start, previous_end)  # `…刘东伟同志和市…支队副支队长朱淑贞`
            previous_end = m.end()
            prefix = re.sub(r"^(同志)?(和|与|及|、)", "", sent.text[clause_start:m.start()])
            org, section = _split_org(prefix, ctx, sent.article_index)
            title = section + m.group("titles")
            add(name, title, org, "official", sent.start + clause_start, sent.start + m.end())
    return sorted(found.values(), key=lambda p: p.evidence_start)
