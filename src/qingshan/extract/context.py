"""What a reader knows around a sentence: the document's place and time, the article's, the
heading's. Metrics, tasks and events all attribute region and period through this one class."""
from __future__ import annotations


import dataclasses
import datetime as dt
import re
from functools import cached_property

from ..dictionaries import Dictionaries
from ..text.numbers import Quantity, find_quantities
from ..text.structure import Sentence, Structure
from ..text.timex import TimeSpan
from .place import PlaceResolver
from .cues import Cues, cues
from .timeframe import TimeFrame

_CLAUSE_END = re.compile(r"[,;。!?:、]")
# two grades joined by `、` name one range, not two clauses: `优、良天数`, `一、二级`, `Ⅰ、Ⅱ类`
_GRADES_JOINED = re.compile(r"[优良一二三四ⅠⅡⅢⅣ]、[良二三四五ⅡⅢⅣⅤ](?:天|级|类)?")


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
    ref_year_only: bool = False  # of the reference date only the year is known (title_year, text_year)
    _memo: dict = dataclasses.field(default_factory=dict, repr=False)  # per-sentence answers, by key

    @cached_property
    def cues(self) -> Cues:
        """What marks a goal, a report, a deadline (extract/cues.py); looked up once per page."""
        return cues(self.dicts)

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

    @cached_property
    def lead_sentence(self) -> Sentence | None:
        """The first sentence of the page's prose (after its headings): the page's own news."""
        paragraphs = self.structure.paragraphs
        return next((x for x in self.structure.sentences if paragraphs[x.paragraph_index].heading_level == -1), None)

    def sentences_of(self, paragraph_index: int) -> list[Sentence]:
        return self.place.sentences_of(paragraph_index)

    def local_org(self, org: str, article_index: int) -> str | None:
        return self.place.local_org(org, article_index)

    def region_at(self, sent: Sentence, pos: int, end: int | None = None) -> str | None:
        """The place a figure at absolute offset pos (ending at end) is about."""
        return self.place.region_at(sent, pos, end)

    def event_region(self, sent: Sentence, pos: int) -> str | None:
        """The place an event stated at absolute offset pos is held in or is about."""
        return self.place.event_region(sent, pos)

    # ---- when: delegated to the time frame (extract/timeframe.py) ----

    @cached_property
    def frame(self) -> TimeFrame:
        return TimeFrame(self.text, self.structure, self.ref, self.ref_stated, self.doc_type, self.place,
                         frame_leads=self.dicts.frame_leads, ref_year_only=self.ref_year_only, title=self.title)

    def times_in(self, start: int, end: int) -> list[TimeSpan]:
        """Time expressions lying within text[start:end], in text order."""
        return self.frame.times_in(start, end)

    def times_of_text(self, text: str) -> list[TimeSpan]:
        return self.frame.times_of_text(text)

    def context_time(self, sent: Sentence) -> TimeSpan | None:
        """The period a reader carries into this sentence."""
        return self.frame.context_time(sent)

    def opening_time(self, x: Sentence) -> TimeSpan | None:
        return self.frame.opening_time(x)

    def is_target(self, clause: str, sent: Sentence, figure_start: int | None = None,
                  figure_end: int | None = None) -> bool:
        """A goal rather than a result, because of what the text says."""
        return self.frame.is_target(clause, sent, figure_start, figure_end)

    def quantities_of(self, sent: Sentence) -> list[Quantity]:
        """The quantities of a sentence (offsets into its text), found once for every extractor."""
        key = ("quantities", sent.start)
        if key not in self._memo:
            self._memo[key] = find_quantities(sent.text, self.dicts, self.cues.beats_target)
        return self._memo[key]

MAX_CLAUSE = 300  # characters each side of a figure: text without punctuation is no longer a clause


def clause_bounds(text: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The clause around text[start:end] (between , ; 。 and similar), within [lo, hi) and at most
    MAX_CLAUSE characters either side, so that the work per figure does not grow with the text."""
    lo, hi = max(lo, start - MAX_CLAUSE), min(hi, end + MAX_CLAUSE)
    a = start
    while a > lo and not (_CLAUSE_END.match(text[a - 1]) and not _GRADES_JOINED.match(text, a - 2)):
        a -= 1
    b = end
    while b < hi and not (_CLAUSE_END.match(text[b]) and not _GRADES_JOINED.match(text, b - 1)):
        b += 1
    return a, b
