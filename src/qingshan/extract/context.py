"""What a reader knows around a sentence: the document's place and time, the article's, the
heading's. Metrics, tasks and events all attribute region and period through this one class."""
from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections import Counter
from functools import cached_property

from ..dictionaries import Dictionaries
from ..text.numbers import Quantity, find_quantities
from ..text.structure import Sentence, Structure, in_book_title
from ..text.timex import TimeSpan, find_times

_LOCAL_CITY = re.compile(r"全市(?!第|排名|前列)|我市|本市|市级|市委|市政府|市生态环境局")
_LOCAL_DISTRICT = re.compile(r"全区|我区|本区|区委|区政府|全县|我县|本县")
_FRAME_REACH = 30  # paragraphs back a time frame is looked for
_LOCAL_ANY = re.compile(_LOCAL_CITY.pattern + "|" + _LOCAL_DISTRICT.pattern)
_CLAUSE_END = re.compile(r"[,;。!?:、]")
# a clause that sets a goal; `将` and `要` only as modal verbs (not `将21家企业纳入`, `重要`, `要求`)
TARGET_CUES = re.compile(r"力争|确保|目标|争取|计划|预计|拟|不超过|不低于|不少于|控制在|前完成|底前|年底|到\d{4}年|"
                         r"将(?=[继进全加持着推大力确于在会要逐])|(?<![重主需纪摘概只])要(?![求点素闻件])")
SENTENCE_TARGET_CUES = re.compile(r"^(力争|确保|争取|计划|预计|到\d{4}年|[^,]{0,12}(要|将)(?=[继进全加持着推大力确于在逐]))")
PAST_CUES = re.compile(r"已|累计|完成了|实现了|共计|同比|以来|截至|获评|荣获|过去一年|取得|了|梳理形成|"
                       r"(指出|提出|移交|反馈|交办|发现)的")
DEADLINE_CUES = re.compile(r"(年底|年末|月底|月末|底|末)前|前完成|到\d{4}年|力争|确保")
_HEADING_TARGET = re.compile(r"目标|任务|计划|下一步|安排|要点|打算")


@dataclasses.dataclass
class DocContext:
    text: str
    structure: Structure
    dicts: Dictionaries
    ref: dt.date | None
    ref_stated: bool
    title: str | None
    doc_type: str | None = None
    _times_cache: dict = dataclasses.field(default_factory=dict, repr=False)
    _memo: dict = dataclasses.field(default_factory=dict, repr=False)  # per-sentence answers, by key

    @cached_property
    def region_mentions(self) -> list[tuple[int, int, str]]:
        """(start, end, region name) for every gazetteer mention in the text. A chain such as
        `天津市北辰区` is one mention of its most specific part."""
        out: list[tuple[int, int, str]] = []
        for m in self.dicts.region_pattern.finditer(self.text):
            name = self.dicts.region_aliases[m.group(0)]
            if out and out[-1][1] == m.start():
                out[-1] = (out[-1][0], m.end(), name)
            else:
                out.append((m.start(), m.end(), name))
        return out

    @cached_property
    def _mention_starts(self) -> list[int]:
        return [s for s, _, _ in self.region_mentions]

    def mentions_between(self, start: int, end: int) -> list[tuple[int, int, str]]:
        """Region mentions starting in [start, end), in text order (binary search: pages can be long)."""
        lo = bisect.bisect_left(self._mention_starts, start)
        hi = bisect.bisect_left(self._mention_starts, end)
        return self.region_mentions[lo:hi]

    @cached_property
    def _sentences_by_paragraph(self) -> dict[int, list[Sentence]]:
        out: dict[int, list[Sentence]] = {}
        for x in self.structure.sentences:
            out.setdefault(x.paragraph_index, []).append(x)
        return out

    @cached_property
    def _article_counts(self) -> dict[int, Counter]:
        out: dict[int, Counter] = {}
        for art in self.structure.articles:
            out[art.index] = Counter(n for _, _, n in self.mentions_between(art.start, art.end))
        return out

    def _carries_context(self, start: int, end: int, name: str) -> bool:
        """A mention that sets the place for what follows: not `全国` (`向全国推广`), not a
        parenthetical (`子牙河(红桥区)段`)."""
        return name != "全国" and not (self.text[start - 1:start] in "(（" and self.text[end:end + 1] in ")）")

    @cached_property
    def doc_region(self) -> str | None:
        """The page's own place: the region in its title, else the most mentioned city/province."""
        if self.title:
            for m in self.dicts.region_pattern.finditer(self.title):
                return self.dicts.region_aliases[m.group(0)]
        counts = Counter(n for _, _, n in self.region_mentions
                         if self.dicts.regions[n].level in ("province", "city"))
        return counts.most_common(1)[0][0] if counts else None

    @cached_property
    def doc_city(self) -> str | None:
        """`全市` on this page: the doc region if it is a city or municipality, else its parent."""
        r = self.doc_region
        while r in self.dicts.regions and self.dicts.regions[r].level not in ("province", "city") \
                and self.dicts.regions[r].parent in self.dicts.regions:
            r = self.dicts.regions[r].parent
        return r

    def article_headline(self, index: int) -> str:
        """The article's title with the headline lines around it (subtitles, kickers)."""
        art = self.structure.articles[index] if index < len(self.structure.articles) else None
        if art is None:
            return self.title or ""
        block = [art.title]
        for p in self.structure.paragraphs:
            if p.start < art.start or p.text == art.title:
                continue
            if p.start >= art.end or p.heading_level != 0 or len(block) >= 4:
                break
            block.append(p.text)
        return " ".join(block)

    def article_region(self, index: int) -> str | None:
        for m in self.dicts.region_pattern.finditer(self.article_headline(index)):
            return self.dicts.region_aliases[m.group(0)]
        counts = self._article_counts.get(index)
        if counts:
            return counts.most_common(1)[0][0]
        return self.doc_region

    def _topic_region(self, sent: Sentence) -> str | None:
        """A place opening an earlier sentence of the paragraph (`过去一年,京津冀生态环保协同…`) is
        the topic of what follows; a place in the middle of a sentence is not."""
        starts = [x.start for x in self.sentences_of(sent.paragraph_index) if x.start < sent.start]
        for st in starts:
            for s, e, n in self.mentions_between(st, st + 8):
                if self._carries_context(s, e, n):
                    return n
        return None

    def sentences_of(self, paragraph_index: int) -> list[Sentence]:
        return self._sentences_by_paragraph.get(paragraph_index, [])

    def local_org(self, org: str, article_index: int) -> str | None:
        """`市…`/`区…` organisations qualified with the page's city or the article's district;
        None when the text does not say which district; other names unchanged."""
        if org[0] == "市":
            return qualify_org(org, self.doc_city) if self.doc_city else org
        if org[0] in "区县":
            district = self.article_region(article_index)
            if district in self.dicts.regions and self.dicts.regions[district].level == "county":
                return qualify_org(org, district)
            return None
        return org

    def _local(self, sentence_text: str, art: int) -> str | None:
        if _LOCAL_DISTRICT.search(sentence_text):
            r = self.article_region(art)
            if r and self.dicts.regions.get(r) and self.dicts.regions[r].level == "county":
                return r
        if _LOCAL_CITY.search(sentence_text):
            r = self.article_region(art)
            while r in self.dicts.regions and self.dicts.regions[r].level == "county" \
                    and self.dicts.regions[r].parent in self.dicts.regions:
                r = self.dicts.regions[r].parent
            return r or self.doc_city
        return None

    def region_at(self, sent: Sentence, pos: int) -> str | None:
        """The place a figure at absolute offset pos is about: the nearest mention (or `全市`/`我市`)
        before it in the sentence, else earlier in the paragraph, else later in the sentence, the
        heading, the article, the document."""
        before = [(e, n) for s, e, n in self.mentions_between(sent.start, pos) if e <= pos]
        local_cues = [m.end() for m in _LOCAL_ANY.finditer(self.text, sent.start, pos)]
        if local_cues and (not before or local_cues[-1] > before[-1][0]):
            local = self._local(self.text[sent.start:pos], sent.article_index)
            if local:
                return local
        if before:
            return before[-1][1]
        topic = self._topic_region(sent)
        if topic:
            return topic
        inside = [n for s, e, n in self.mentions_between(sent.start, sent.end) if self._carries_context(s, e, n)]
        if inside:
            return inside[0]
        para = self.structure.paragraphs[sent.paragraph_index]
        local = self._local(self.text[para.start:sent.end], sent.article_index)
        if local:
            return local
        for m in self.dicts.region_pattern.finditer(sent.heading_path):
            return self.dicts.region_aliases[m.group(0)]
        return self.article_region(sent.article_index)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [x.start for x in self.structure.sentences]

    def _times_of_sentence(self, i: int) -> list[TimeSpan]:
        """Time expressions of sentence i with absolute offsets (none inside book titles); each
        sentence is read once."""
        if i not in self._times_cache:
            x = self.structure.sentences[i]
            self._times_cache[i] = [
                TimeSpan(t.text, t.start + x.start, t.end + x.start, t.date_start, t.date_end, t.precision,
                         t.approximate, t.is_deadline)
                for t in find_times(x.text, self.ref) if not in_book_title(self.text, t.start + x.start)]
        return self._times_cache[i]

    def times_in(self, start: int, end: int) -> list[TimeSpan]:
        """Time expressions lying within text[start:end], in text order."""
        lo = max(0, bisect.bisect_right(self._sentence_starts, start) - 1)
        hi = bisect.bisect_left(self._sentence_starts, end)
        return [t for i in range(lo, hi) for t in self._times_of_sentence(i) if start <= t.start and t.end <= end]

    def quantities_of(self, sent: Sentence) -> list[Quantity]:
        """The quantities of a sentence (offsets into its text), found once for every extractor."""
        key = ("quantities", sent.start)
        if key not in self._memo:
            self._memo[key] = find_quantities(sent.text, self.dicts)
        return self._memo[key]

    def times_of_text(self, text: str) -> list[TimeSpan]:
        """Time expressions of a heading or headline (offsets into that string), cached."""
        if text not in self._memo:
            self._memo[text] = find_times(text, self.ref)
        return self._memo[text]

    def context_time(self, sent: Sentence) -> TimeSpan | None:
        """The period a reader carries into this sentence: a time opening an earlier sentence of
        its paragraph, in its headings, opening a sentence of an earlier paragraph of the article,
        or in the article's headline. Deadlines and vague times (`日前`, `以来`) set no period."""
        key = ("context", sent.start)
        if key not in self._memo:
            self._memo[key] = self._context_time(sent)
        return self._memo[key]

    def _context_time(self, sent: Sentence) -> TimeSpan | None:
        # a time inside an earlier clause (`2022年我市黑臭水体全部销号`) dates that clause only;
        # a time opening a sentence of the paragraph (`2024年,全市要…`) frames what follows it
        for x in reversed([x for x in self.sentences_of(sent.paragraph_index) if x.start < sent.start]):
            t = self.opening_time(x)
            if t is not None:
                return t
        for part in reversed(sent.heading_path.split(" > ")):
            for t in self.times_of_text(part):
                if _usable(t):
                    return t
        art = self.structure.articles[sent.article_index] if self.structure.articles else None
        for pi in range(sent.paragraph_index - 1, max(-1, sent.paragraph_index - 1 - _FRAME_REACH), -1):
            p = self.structure.paragraphs[pi]
            if art is None or p.start < art.start or p.heading_level >= 0:
                break  # a frame holds within its section: a heading ends it
            for x in reversed(self.sentences_of(pi)):
                t = self.opening_time(x)
                if t is not None and t.precision != "day":  # an event's day is not a reporting period
                    return t
        for t in self.times_of_text(self.article_headline(sent.article_index)):
            if _usable(t):
                return t
        return None

    def opening_time(self, x: Sentence) -> TimeSpan | None:
        """A time that opens the sentence (`2023年京津冀三地…`) or stands as a clause of its own
        near its start (`会议要求,2024年,面对…`): the period the sentence speaks of."""
        key = ("opening", x.start)  # asked again for every later sentence the frame may reach
        if key not in self._memo:
            self._memo[key] = self._opening_time(x)
        return self._memo[key]

    def _opening_time(self, x: Sentence) -> TimeSpan | None:
        lead = len(x.text) - len(x.text.lstrip("“\"「 "))
        for t in self.times_in(x.start, min(x.end, x.start + 24)):
            if not _usable(t):
                continue
            before, after = self.text[x.start:t.start], self.text[t.end:t.end + 1]
            if t.start == x.start + lead or (before.endswith((",", "，")) and before.count(",") <= 1
                                             and after in (",", "，")):
                return t
        return None

    def is_target(self, clause: str, sent: Sentence, period_end: dt.date | None) -> bool:
        """A goal rather than a result: a deadline or cue in the clause (or opening the sentence),
        a plan document, a heading that announces goals, or a period ending after the document."""
        if DEADLINE_CUES.search(clause):
            return True
        if PAST_CUES.search(clause):
            return False
        if self.doc_type == "plan":
            return True
        if TARGET_CUES.search(clause) or SENTENCE_TARGET_CUES.search(sent.text):
            return True
        heading = sent.heading_path.split(" > ")[-1] if sent.heading_path else ""
        if _HEADING_TARGET.search(heading):
            return True
        if period_end and self.ref:
            if self.ref_stated:
                return period_end > self.ref
            return period_end.year >= self.ref.year
        return False


def qualify_org(org: str, place: str) -> str:
    """A bare local organisation with its place: `市生态环境局` on a 天津市 page is
    天津市生态环境局, `区生态环境局` in an article about 北辰区 is 北辰区生态环境局."""
    return place[:-1] + org if place.endswith(org[0]) else place + org


def _usable(t: TimeSpan) -> bool:
    return (t.date_start is not None and not t.approximate and not t.is_deadline
            and t.text not in ("全年", "年内"))


def clause_bounds(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The clause around text[start:end] (between , ; 。 and similar), within [lo, hi)."""
    a = start
    while a > lo and not _CLAUSE_END.match(text[a - 1]):
        a -= 1
    b = end
    while b < hi and not _CLAUSE_END.match(text[b]):
        b += 1
    return a, b
