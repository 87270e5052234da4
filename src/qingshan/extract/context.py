"""What a reader knows around a sentence: the document's place and time, the article's, the
heading's. Metrics, tasks and events all attribute region and period through this one class."""
from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from functools import cached_property

from ..dictionaries import Dictionaries
from ..text.numbers import Quantity, find_quantities
from ..text.structure import Sentence, Structure, in_book_title
from ..text.timex import TimeSpan, find_times
from .place import PlaceResolver, qualify_org  # noqa: F401 - qualify_org is imported from here too

_FRAME_REACH = 30  # paragraphs back a time frame is looked for
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
    publisher: str | None = None
    _times_cache: dict = dataclasses.field(default_factory=dict, repr=False)
    _memo: dict = dataclasses.field(default_factory=dict, repr=False)  # per-sentence answers, by key

    # ---- where: delegated to the place resolver (extract/place.py) ----

    @cached_property
    def place(self) -> PlaceResolver:
        return PlaceResolver(self.text, self.structure, self.dicts, self.title, self.publisher)

    @property
    def region_mentions(self) -> list[tuple[int, int, str]]:
        """(start, end, region name) for every gazetteer mention in the text."""
        return self.place.mentions

    def mentions_between(self, start: int, end: int) -> list[tuple[int, int, str]]:
        return self.place.mentions_between(start, end)

    def _carries_context(self, start: int, end: int, name: str) -> bool:
        return self.place.carries_context(start, end, name)

    @property
    def doc_region(self) -> str | None:
        """The page's own place (its jurisdiction)."""
        return self.place.jurisdiction

    @property
    def doc_city(self) -> str | None:
        """`全市` on this page."""
        return self.place.jurisdiction_city

    def article_headline(self, index: int) -> str:
        return self.place.article_headline(index)

    def article_region(self, index: int) -> str | None:
        return self.place.article_region(index)

    def _topic_region(self, sent: Sentence) -> str | None:
        return self.place.topic_region(sent)

    def sentences_of(self, paragraph_index: int) -> list[Sentence]:
        return self.place.sentences_of(paragraph_index)

    def local_org(self, org: str, article_index: int) -> str | None:
        return self.place.local_org(org, article_index)

    def region_at(self, sent: Sentence, pos: int) -> str | None:
        """The place a figure at absolute offset pos is about."""
        return self.place.region_at(sent, pos)

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
