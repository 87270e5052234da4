"""When: the document's reference date, and the time frame each sentence sets.

The reference date comes from what the page states — a publication stamp (`发布时间:`, `發布時間:`,
`日期:`, `时间:`), a newspaper's date line (`2019年6月6日 星期四`), a source line
(`来源:XX日报 2021-04-12`), a signature date closing a notice, a dateline (`3月5日电`, its year from
the text), the title's year. `published_date` is only ever a stamp the page gives; relative times
(`今年`, `8月底前`) are read against the reference date, whatever its source.

A sentence's period: the time stated before a figure in its sentence (the extractor's), else a time
opening an earlier sentence of its paragraph, its heading, a sentence opening an earlier paragraph
of the section, the article's headline. `YYYY年以来` runs to the reference date; comparison bases
(`比2015年`, `较上年`) are never periods. A metric is a target because of what the text says
(`力争`, `确保`, `目标`, `控制在…以内`, `到2025年`, a target section), never because its period ends
after some date.
"""
from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from functools import cached_property, lru_cache

from ..text.clean import ENGLISH_STAMP_LABEL, NEWSPAPER, PINYIN_ANNOTATION
from ..text.structure import BOOK_TITLE, SENTENCE_REACH, Layout, Sentence, Structure, in_book_title
from ..text.timex import TimeSpan, find_times, glued_month_day, month_end, small_number
from .cues import (ASKS, HEADING_NUMBER, ISSUES, ITEM_OPENS, LATELY_WORDS, MISSED_GOAL, MODAL, SINCE_OPENING, STRIVE,
                   SUMMARY_THEN_PLAN, WHICH_THINGS, cues, issued_plans)
from .place import DATELINE, DATELINE_DAY_END, PlaceResolver

_FRAME_REACH = 30  # paragraphs back a time frame is looked for
@dataclasses.dataclass
class TimeFrame:
    text: str
    structure: Structure
    ref: dt.date | None
    ref_stated: bool
    doc_type: str | None
    place: PlaceResolver  # sentences by paragraph, article headlines, the page's headline block
    frame_leads: dict = dataclasses.field(default_factory=dict)  # `介绍`: report_verb, `…方面`: topic
    ref_year_only: bool = False  # only the reference year is known (ref is its January 1st)
    title: str | None = None  # the document's title (metadata), when no headline of the page gave it
    _memo_times: dict = dataclasses.field(default_factory=dict, repr=False)
    _memo: dict = dataclasses.field(default_factory=dict, repr=False)

    def sentences_of(self, paragraph_index: int) -> list[Sentence]:
        return self.place.sentences_of(paragraph_index)

    def article_headline(self, index: int) -> str:
        return self.place.article_headline(index)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [x.start for x in self.structure.sentences]

    def _times_of_sentence(self, i: int) -> list[TimeSpan]:
        """Time expressions of sentence i with absolute offsets (none inside book titles); each
        sentence is read once."""
        if i not in self._memo_times:
            raw = self._times_of_sentence_raw(i)
            self._memo_times[i] = [self._same_day(i, t) if t.precision == "same_day"
                                   else self._last_years_same_period(i, t) if t.precision == "same_period"
                                   else self._in_frame(i, t) for t in raw]
        return self._memo_times[i]

    def _times_of_sentence_raw(self, i: int) -> list[TimeSpan]:
        key = ("raw_times", i)
        if key not in self._memo:
            x = self.structure.sentences[i]
            self._memo[key] = [
                TimeSpan(t.text, t.start + x.start, t.end + x.start, t.date_start, t.date_end, t.precision,
                         t.approximate, t.is_deadline)
                for t in map(self._said_when, find_times(x.text, self.ref, self.ref_year_only))
                if not in_book_title(self.text, t.start + x.start) and not _comparison_base(x.text, t)
                and not _plan_name_of_a_thing(x.text, t) and not _base_of_a_record(x.text, t) and not _class_by_time(x.text, t)
                and not _achieved_then(x.text, t)]
        return self._memo[key]

    def _said_when(self, t: TimeSpan) -> TimeSpan:
        """`目前` runs to the day it is said; on a page that does not state its date, that day is a
        guess, and `目前` is only a vague time."""
        if self.ref_stated or not (t.precision == "since" and t.date_start is None and t.text.endswith("目前")):
            return t
        return dataclasses.replace(t, date_start=self.ref, precision="approx", approximate=True)

    def _same_day(self, i: int, t: TimeSpan) -> TimeSpan:
        """`当天`: the last day stated before it, in its sentence or the paragraphs just before."""
        x = self.structure.sentences[i]
        earlier = [u for u in self._times_of_sentence_raw(i) if u.end <= t.start and u.is_day]
        j = i - 1
        while not earlier and j >= 0 and self.structure.sentences[j].paragraph_index >= x.paragraph_index - 2:
            earlier = [u for u in self._times_of_sentence(j) if u.is_day]
            j -= 1
        if not earlier:
            return t
        d = earlier[-1].date_start
        return dataclasses.replace(t, date_start=d, date_end=d, precision="day", approximate=False)

    def _last_years_same_period(self, i: int, t: TimeSpan) -> TimeSpan:
        """`今年1-5月,…43.8,比去年同期(41.3)上升`: the period in frame, a year back (January to May of
        last year); with no such period, the whole of last year."""
        x = self.structure.sentences[i]
        earlier = [u for u in self._times_of_sentence_raw(i) if u.end <= t.start and u.date_start and u.date_end
                   and u.precision not in ("same_period", "approx") and not u.is_deadline]
        frame = earlier[-1] if earlier else self.context_time(x)
        out = dataclasses.replace(t, precision="year")
        if frame is None or not frame.date_start or not frame.date_end or frame.date_start.year != frame.date_end.year:
            return out
        # (the year stated, `2019年同期`, else the year before the frame's)
        y = t.date_start.year if t.text[:4].isdigit() and t.date_start else frame.date_end.year - 1
        m = frame.date_end.month
        if y == frame.date_end.year:
            return out
        # a month's end stays its end (`今年1-2月` on a leap year: to 28 February)
        end = month_end(y, m) if frame.date_end == month_end(frame.date_end.year, m) \
            else frame.date_end.replace(year=y, day=min(frame.date_end.day, month_end(y, m).day))
        start = frame.date_start.replace(year=y, day=min(frame.date_start.day, month_end(y, frame.date_start.month).day))
        return dataclasses.replace(out, date_start=start, date_end=end,
                                   precision=frame.precision if frame.precision != "since" else "month")

    def _in_frame(self, i: int, t: TimeSpan) -> TimeSpan:
        """Times that take their year from the frame they stand in: `连续3年` ends in the frame's year
        (2020-2022 in a 2022 report); a month, quarter or half without its year (`1月份`, `第四季度`) is the frame's, a day
        without its year of the year stated before it in the sentence; `本月` after a
        month stated (`2022年2月我市…。本月…`) is that month."""
        consecutive = t.precision == "consecutive"
        # (a quarter or a half without its year too: `2023年第四季度…状况 > 第四季度,3641个…断面中`)
        yearless = (t.precision in ("month", "part_of_month", "quarter", "half_year") and not t.is_deadline
                    and not re.search(r"\d{4}|[今去明上本当]年", t.text) and t.date_start is not None)
        x = self.structure.sentences[i]
        if t.precision == "day" and _BARE_DAY.fullmatch(t.text) and t.date_start:
            # `中新网桂林3月22日电 …22日启动…`: a day without its month is of its item's dateline, on a page of several
            # items whose first sets the page's date
            para = self.structure.paragraphs[x.paragraph_index]
            filed = _DATELINE_DAY.search(self.text, para.start, t.start)
            if filed and int(filed.group(2)) >= t.date_start.day:
                try:
                    d = t.date_start.replace(month=int(filed.group(1)))
                except ValueError:
                    d = None
                if d is not None and d != t.date_start:
                    return dataclasses.replace(t, date_start=d, date_end=d)
        if t.precision == "day" and "年" not in t.text and not t.is_deadline and t.date_start and t.date_end:
            # `2020年9月1日至10月1日,督察组进驻…,期间于9月15日至21日对我市开展下沉督察`: a day without its
            # year is of the date with a month stated before it in its sentence, which it goes on from, or
            # of the year opening it; not of a year named for something else (`为巩固2023年…成果,3月15日,…召开`)
            stated = [u for u in self._times_of_sentence_raw(i) if u.end <= t.start and u.date_start and not u.is_deadline
                      and (re.search(r"\d{4}年\d{1,2}月", u.text)  # (or a year opening the sentence: `2023年,…于3月15日`)
                           or re.search(r"\d{4}年", u.text) and u.start - x.start <= 2 and self.text[u.end:u.end + 1] in ",，")]
            y = stated[-1].date_end.year if stated and stated[-1].date_end else None
            if y is None:
                y = self._year_of_what_it_reports(i, t)
            if y is None and self.ref is not None and t.date_start > self.ref \
                    and not any(re.search(r"\d{4}年", u.text) for u in self._times_of_sentence_raw(i)):
                # (only a day the page's year would put after the page: `泸州市于2028年6月5日被命名为…。7月12日,…召开…`
                # on a page of 2030-07-20 is of 2030)
                y = self._chronicle_year(i, t)
            if y is None or t.date_start.year == y:
                return t
            try:
                return dataclasses.replace(t, date_start=t.date_start.replace(year=y),
                                           date_end=t.date_end.replace(year=y + t.date_end.year - t.date_start.year))
            except ValueError:
                return t
        if t.text in ("当年", "当年度") and t.precision == "year":
            # `2009年,…开工建设。当年,全市城镇污水处理率仅为55%`: the year last named, in this paragraph or the one before,
            # not the page's own
            said = [u for u in self._times_of_sentence_raw(i) if u.end <= t.start and u.precision == "year"
                    and re.search(r"\d{4}年", u.text)]
            year = said[-1] if said else self._year_last_named(x)
            return dataclasses.replace(t, date_start=year.date_start, date_end=year.date_end) if year else t
        if t.text in _LAST_YEAR and t.precision == "year" and t.date_start and self.text[t.start - 1:t.start] in ("比", "较", "与"):
            # `截止2023年12月底,…45.1微克/立方米,同比去年47.7微克/立方米下降5.5%` on a page of 2024: the base of a comparison
            # is the year before the one the sentence states before it, not the page's own last year, which that one
            # already is (not `为完成2024年度…任务,去年全市…` on a page of 2025, nor a year carried in from before the
            # sentence: `2012年至2016年…` over `去年,…审计报告116份` on a page of 2017)
            said = [u for u in self._times_of_sentence_raw(i) if u.end <= t.start and u.date_end and re.search(r"\d{4}年", u.text)]
            frame = said[-1] if said else None
            if frame is not None and frame.date_end.year == t.date_start.year:
                y = frame.date_end.year - 1
                return dataclasses.replace(t, date_start=dt.date(y, 1, 1), date_end=dt.date(y, 12, 31))
            return t
        if not (consecutive or yearless):
            return t
        if t.text.startswith("本月") and t.precision == "month":  # `2022年2月我市…。本月月均…`: the month just stated
            frame = self.context_time(x)
            if frame is not None and frame.precision == "month" and frame.date_start and frame.date_end \
                    and (frame.date_start.year, frame.date_start.month) == (frame.date_end.year, frame.date_end.month):
                return dataclasses.replace(t, date_start=frame.date_start, date_end=frame.date_end)
        # (or a month of a stated year it is joined to: `2021年8月及1-8月`, the month and the months up to it)
        earlier = [u for u in self._times_of_sentence_raw(i) if u.end <= t.start and u.date_start
                   and re.search(r"\d{4}年", u.text) and not u.is_deadline and (
                       u.precision in ("year", "since")
                       or u.precision == "month" and re.fullmatch(r"\s*(?:及|和|以及|与|、)\s*", self.text[u.end:t.start]))]
        if earlier:
            frame = earlier[-1]
        elif t.precision in ("quarter", "half_year"):
            # (a quarter or a half takes its year from what heads its paragraph, not from an earlier sentence telling of
            # another year: `2023年完成的…投资达25亿元。全县上半年完成的造林…` on a page of 2024 is 2024's)
            frame = self._carried_into_paragraph(x.paragraph_index, x.article_index, x.heading_path)
        else:
            frame = self.context_time(x)
        if frame is None or frame.date_end is None:
            return t
        y = frame.date_end.year
        if yearless and frame.precision == "since" and frame.date_start and frame.date_start.year < y and self.ref \
                and y == self.ref.year and (t.date_end.month, t.date_end.day) > (self.ref.month, self.ref.day):
            y = frame.date_start.year  # `2023年以来,…。1-12月,吉首市…优良天数357天` told in February 2024: the months of 2023
        if not re.search(r"\d{4}|[今去上]年", frame.text):
            # a month after a month its year was carried to (`2021年优良天数…;9月最低…;10月份空气质量全优良`), later in
            # that year and not after the page: of that year too (so are months up to one: `8月份,…。1-8月份,…`)
            carried = yearless and frame.precision == "month" and not frame.is_deadline and frame.date_start \
                and frame.date_start.month <= t.date_end.month
            moved = t.date_start.replace(year=y) if carried else None
            if moved is None or (self.ref is not None and not self.ref_year_only and moved > self.ref):
                return t
        if consecutive:
            n = small_number(re.search(r"连续(.+)年", t.text).group(1).replace("两", "二"))
            return dataclasses.replace(t, date_start=dt.date(y - n + 1, 1, 1), date_end=dt.date(y, 12, 31),
                                       precision="multi_year", approximate=False)
        if t.date_start.year == y:
            return t
        try:
            return dataclasses.replace(t, date_start=t.date_start.replace(year=y), date_end=t.date_end.replace(year=y))
        except ValueError:
            return t

    def _year_of_what_it_reports(self, i: int, t: TimeSpan) -> int | None:
        """`9月24日,山西省生态环境厅通报了2021年8月及1-8月…排名情况` (reposted in 2024): a day without its year on which
        a month of a stated year is reported is the first such day after that month (within four months: `1月10日,
        …发布2021年12月…` is of 2022); None when the sentence reports no such month."""
        for u in self._times_of_sentence_raw(i):
            # (not a deadline published: `公布了2021年12月底前须完成的整改任务清单`)
            if u.start <= t.end or u.date_end is None or u.is_deadline or not re.search(r"\d{4}年\d{1,2}月", u.text) \
                    or not _REPORTED.search(self.text, t.end, u.start) or re.search(r"[。;；]", self.text[t.end:u.start]):
                continue
            end = u.date_end
            try:
                d = t.date_start.replace(year=end.year)
                if d <= end:
                    d = d.replace(year=end.year + 1)
            except ValueError:
                return None
            return d.year if (d - end).days <= 120 else None
        return None

    def _chronicle_year(self, i: int, t: TimeSpan) -> int | None:
        """A chronicle told on from the sentences before in its paragraph (`…2018年1月2日反馈了督察意见。2月9日,…上报…;
        4月17日,…批准…;5月29日,…公开。` on a page of 2019-04-28): a day of a sentence that names no year, which the page's
        year would put after the page, is of the year of the last full date stated before it, through sentences of days
        alone, when it falls on or after it; None otherwise."""
        para = self.structure.sentences[i].paragraph_index
        for j in range(i - 1, max(-1, i - 1 - SENTENCE_REACH), -1):
            if self.structure.sentences[j].paragraph_index != para:
                return None
            raw = self._times_of_sentence_raw(j)
            full = [u for u in raw if u.is_day and u.date_start and not u.is_deadline
                    and re.search(r"\d{4}年\d{1,2}月\d{1,2}日", u.text)]
            if full:
                last = full[-1].date_end or full[-1].date_start
                return last.year if (t.date_start.month, t.date_start.day) >= (last.month, last.day) else None
            if not any(u.is_day for u in raw) or any(re.search(r"\d{4}年", u.text) for u in raw):
                return None  # (a sentence of no day, or of a year of its own: the chronicle ends)
        return None

    def times_in(self, start: int, end: int) -> list[TimeSpan]:
        """Time expressions lying within text[start:end], in text order."""
        lo = max(0, bisect.bisect_right(self._sentence_starts, start) - 1)
        hi = bisect.bisect_left(self._sentence_starts, end)
        if hi == lo + 1:
            x = self.structure.sentences[lo]
            if start <= x.start and x.end <= end:  # a whole sentence, as most callers ask: all its times
                return list(self._times_of_sentence(lo))
        return [t for i in range(lo, hi) for t in self._times_of_sentence(i) if start <= t.start and t.end <= end]

    def times_of_text(self, text: str) -> list[TimeSpan]:
        """Time expressions of a heading or headline (offsets into that string), cached."""
        if text not in self._memo:
            self._memo[text] = [t for t in find_times(text, self.ref, self.ref_year_only) if not _base_of_a_record(text, t)]
        return self._memo[text]

    def context_time(self, sent: Sentence) -> TimeSpan | None:
        """The period a reader carries into this sentence: a time opening an earlier sentence of
        its paragraph, in its headings, opening a sentence of an earlier paragraph of the article,
        or in the article's headline. Deadlines and vague times (`日前`, `以来`) set no period, except a
        deadline heading a list joined by `;` (`到2020年,A…;B…`, for its items) and a deadline year heading
        a sentence of the paragraph (`到2020年,…。…比例达到68.7%以上。`, for the goals after it); a paragraph opening
        with a vague recent time (`前不久,`) or a sentence with a moment of its own (`建立保护区时,`)
        carries none in."""
        key = ("context", sent.start)
        if key not in self._memo:
            self._memo[key] = self._context_time(sent)
        return self._memo[key]

    def open_start(self, sent: Sentence, t: TimeSpan) -> TimeSpan:
        """A running total to a date that states no start (`截至12月18日,…累计达到215天`) starts
        where the period the reader carries in does, a tally (`今年以来…`) or the year it falls in
        (`今年`, `2017年`: GUIDE, open periods start on the stated year's first day); else it
        stays open (None). The year the sentence itself opens with comes first (`今年,截至2月28日,…优级天数46天`)."""
        own = self.opening_time(sent)
        frame = own if own is not None and own.start < t.start and own.precision == "year" else self.context_time(sent)
        if frame is None or frame.date_start is None or t.date_end is None:
            return t
        lead = self._lead_tally(sent.article_index)
        if lead is not None and frame is lead[1] and sent.paragraph_index > lead[0]:
            return t  # (the lead's `今年以来` sums up the report; `截至目前,…已确定3188条` further on states no start)
        # (or a part of a year from its first day, `前三季度`, `1-9月`, that the running total ends in)
        to_date = frame.date_end is not None and (frame.date_start.month, frame.date_start.day) == (1, 1) \
            and frame.date_end.year == frame.date_start.year
        if frame.precision == "since" and frame.date_start <= t.date_end or (
                (frame.precision == "year" or to_date) and frame.date_start <= t.date_end <= frame.date_end):
            return dataclasses.replace(t, date_start=frame.date_start)  # `今年以来`, `今年`, `2017年`
        return t

    def _context_time(self, sent: Sentence) -> TimeSpan | None:
        # a time inside an earlier clause (`2022年我市黑臭水体全部销号`) dates that clause only;
        # a time opening a sentence of the paragraph (`2024年,全市要…`) frames what follows it; a
        # vague recent one (`前不久,某法院审理了…一案。…处罚金五十万元`) tells of a happening in no
        # period a reader carries in
        listed = True  # the sentences before are items of one list, joined by `;`
        paragraph = self.sentences_of(sent.paragraph_index)
        # the paragraph's opening sentence: after a heading it runs on from (`(二)主要目标。到2025年,…`)
        opening = paragraph[1] if len(paragraph) > 1 and self.structure.paragraphs[sent.paragraph_index].heading_level >= 0 \
            else paragraph[0] if paragraph else None
        before = [x for x in paragraph if x.start <= sent.start]
        items = [k for k, x in enumerate(before) if ITEM_OPENS.match(x.text.lstrip("“\" "))]
        if len(items) > 1:  # `一是…截至11月底,PM2.5…。二是…完成率100%`: an earlier item's time is its own
            before = before[:items[0]] + before[items[-1]:]
        # (the nearest SENTENCE_REACH sentences: a paragraph of thousands, `。1,000` repeated, is read in linear time)
        for x in reversed(before[-SENTENCE_REACH:]):
            # (a recent day the news was learnt on, before the period it reports, frames by that period: `日前,记者从
            # 省林业局获悉,去年,全省完成植树造林120.8万亩,…;森林抚育326.4万亩,…`)
            if (self._opens_recently(x) and (x.start == sent.start or self.opening_time(x) is None)) \
                    or (x.start == sent.start and _AT_THE_TIME_OF.match(x.text)) or (
                    _AT_A_HOLIDAY.match(x.text) and (x.start == sent.start or re.search(r"(?<![A-Za-z.\d])\d", x.text))):
                return None  # `建立保护区时,首次科考统计鸟类150多种`: a moment of its own (a holiday's, for the sentences
                # after one telling its figures; not after an aside, `节日期间,烟花爆竹燃放导致PM2.5浓度短时升高。`)
            if _TURNS_AHEAD.match(x.text.lstrip("“\"「 ").removeprefix("在")):
                return None  # `…质量进一步提升。下一步,某省将以…为导向`: what is to come, not the period before it
            if x.start < sent.start:
                listed = listed and x.text.rstrip().endswith((";", "；"))
                # `到2020年,A达到55微克;B达到48.7%以上;C…`: the deadline governs the list; a year heading a
                # sentence of the paragraph, the goals after it (`到2025年,美丽福州建设取得重大进展。…单位GDP能耗
                # 下降14%…`; `到2016年底,…。到2020年,…。…比例达到68.7%以上`), not a sentence telling how things
                # stand (`全市已建成充电桩3000个`, `现有燃煤锅炉120台`)
                t = self.opening_time(x) or self._years_work_listed(x) or (self._labelled_year(x) if listed else None)
                if t is None and listed and self._opens_its_list(x):
                    t = self._before_first_figure(x)  # the list's first item states its period late: `按照…规定,剔除…数据,
                    # 去年全区优良天数比例为81.4%;…;可吸入颗粒物平均浓度90微克/立方米` (all last year's)
                if t is None and (listed or (not self.tells_state(sent.text) and (
                        x is opening or (self.opening_time(opening) is None
                                         and not cues(self.place.dicts).past.search(sent.text))))):
                    # (a later sentence's deadline not in a paragraph a period of its own opens, a report's: not after
                    # `2022年,全市…98.1%。到2025年,…。PM2.5平均浓度为21…,同比下降4.5%`)
                    t = self._opening_deadline(x)
                    # (a year's end too, opening a plan's paragraph: `(二)…。到2021年底,…达到100%。…受污染耕地安全利用率…
                    # 达到90%以上。`, or any page's paragraph when still to come, a plan a news report lays out: `2018年底前,
                    # …完成…建设。全市…综合利用率达到83%以上` on a page of December 2017 (a later year's: this year's end is
                    # more often one task's, `今年12月底前,全市要建立…。一方面,…`); not one opening a later sentence,
                    # `…。2021年年底前,某公司…。持续推广应用…`)
                    t = t if t is not None and (listed or t.precision == "year" or (
                        _year_end(t) and x is opening and (self.doc_type == "plan" or (
                            self.ref is not None and t.date_end is not None and t.date_end.year > self.ref.year
                            and not _MEASURED.search(sent.text))))) else None
                if t is not None:
                    return t
        if listed and paragraph:
            # the paragraph goes on with a list joined by `;` that lines before it opened (`2019年各市考核指标为,
            # 甲市…;` then `乙市…;` on a line of its own): the period that opened the list
            t = self._list_opened_before(bisect.bisect_right(self._sentence_starts, paragraph[0].start) - 1)
            if t is not None:
                return t
        carried = self._carried_into_paragraph(sent.paragraph_index, sent.article_index, sent.heading_path)
        c = cues(self.place.dicts)
        # (a goal a result is measured against is no goal's sentence: `…比例为88.9%,优于2016年度…考核目标要求`)
        if carried is None and sent.article_index == 0 \
                and not (c.target.search(c.meets_target.sub("", sent.text)) or "下一步" in sent.text):
            return self._lead_release_period()  # the last resort, not for a goal's or a plan's sentence (`下一步,我省将…`)
        return carried

    def _opens_its_list(self, x: Sentence) -> bool:
        """Sentence x is the first of those joined by `;` in its paragraph (the sentence before it, if of its paragraph,
        ends otherwise)."""
        k = bisect.bisect_right(self._sentence_starts, x.start) - 1
        prev = self.structure.sentences[k - 1] if k > 0 else None
        return prev is None or prev.paragraph_index != x.paragraph_index or not prev.text.rstrip().endswith((";", "；"))

    def _before_first_figure(self, x: Sentence) -> TimeSpan | None:
        """The period sentence x states in the clause of its first figure, before it (`…数据,去年全区优良天数比例为81.4%`),
        not a comparison's base (`与上年相比`, `较2015年`); asked by every item of its list, so read once."""
        key = ("before_first_figure", x.start)
        if key not in self._memo:
            self._memo[key] = self._find_before_first_figure(x)
        return self._memo[key]

    def _find_before_first_figure(self, x: Sentence) -> TimeSpan | None:
        spans = self.times_in(x.start, x.end)
        notes = [b.span() for b in _BRACKETED_WORDS.finditer(x.text)]
        first = next((x.start + m.start() for m in _FIGURE_DIGIT.finditer(x.text)
                      if not any(t.start <= x.start + m.start() < t.end for t in spans)
                      and not any(a <= m.start() < b for a, b in notes)), x.end)
        # (a period, not a run of years a figure kept up, `连续3年达到…目标`, nor a day)
        told = [t for t in spans if t.end <= first and _usable(t) and t.precision in _PERIODS and not t.text.startswith("连续")
                and not re.search(r"[,，:：]", self.text[t.end + (self.text[t.end:t.end + 1] in ",，"):first])
                and not _BASE_BEFORE.search(self.text, max(x.start, t.start - 2), t.start)
                and not _BASE_AFTER.match(self.text, t.end) and not self.text.startswith("同期", t.end)]
        if not told:
            return None
        return self.open_start(x, told[-1]) if told[-1].date_start is None else told[-1]  # (as opening_time frames)

    def _list_opened_before(self, k: int) -> TimeSpan | None:
        """The period framing a list joined by `;` that sentence k goes on with from earlier paragraphs of its
        article: a time opening one of the sentences before it in the list, a year a lead names the list's work
        of or a year its label names targets of (`2019年各市考核指标为,`)."""
        return self._along_list(k, "list_opened", None, lambda x, found: self.opening_time(x) or self._years_work_listed(x)
                                or self._labelled_year(x) or self._opening_deadline(x) or found)

    def _along_list(self, k: int, key: str, start, step):
        """`step(sentence, found)` folded over the sentences before sentence k that are joined to it by `;` (each to
        the next), farthest first, from `start`: what is before a sentence in its list decides for it too. Asked for
        every figure or line of a list: each sentence's result is kept under (key, its index), read once."""
        sentences = self.structure.sentences
        chain = []  # the sentences before k still to be read, nearest first
        while k > 0 and (key, k - 1) not in self._memo and self._continued_by(sentences[k - 1], sentences[k]):
            k -= 1
            chain.append(k)
        found = self._memo[(key, k - 1)] if k > 0 and self._continued_by(sentences[k - 1], sentences[k]) else start
        for i in reversed(chain):
            found = step(sentences[i], found)
            self._memo[(key, i)] = found
        return found

    @staticmethod
    def _continued_by(x: Sentence, nxt: Sentence) -> bool:
        """Sentence nxt goes on with the list joined by `;` that x is an item of, within one article."""
        return x.article_index == nxt.article_index and x.text.rstrip().endswith((";", "；"))

    def _labelled_year(self, x: Sentence) -> TimeSpan | None:
        """The year of the targets a clause of sentence x names the figures after it (`2019年各市考核指标为,`)."""
        m = cues(self.place.dicts).names_list_target.search(x.text)
        if m is None:
            return None
        clause_start = max(x.text.rfind(ch, 0, m.start()) for ch in ",，;；:：。") + 1
        return next((t for t in reversed(self.times_in(x.start + clause_start, x.start + m.start()))
                     if t.precision == "year" and t.resolved and not t.approximate and t.date_end), None)

    def _carried_into_paragraph(self, paragraph_index: int, article_index: int, heading_path: str) -> TimeSpan | None:
        """The period carried into a paragraph from before it (earlier paragraphs, its headings, the
        article's headline): the same for every sentence of the paragraph, so read once."""
        key = ("carried", paragraph_index, article_index, heading_path)
        if key not in self._memo:
            t = self._carried_from_before(paragraph_index, article_index, heading_path)
            goals = self.plans_goals_year(heading_path, article_index)
            # `…行动计划(2013年—2017年) > 一、主要目标 > 银川市…下降20%`: a goal is for the plan's last year (GUIDE: a
            # deadline year for a target), not its years
            self._memo[key] = goals if goals is not None and t is not None and t.precision == "multi_year" \
                and t.date_end == goals.date_end else t
        return self._memo[key]

    def plans_goals_year(self, heading_path: str, article_index: int) -> TimeSpan | None:
        """Under a heading of goals (`(二)改善目标`) of a plan whose title spans years (`…实施方案(2018-2020年)`,
        a heading above or the article's headline): the plan's last year, when its goals are due; else None."""
        key = ("plans_goals_year", heading_path, article_index)
        if key not in self._memo:
            found = None
            if _names_goals(heading_path):
                lines = heading_path.split(" > ")[:-1] + [self.article_headline(article_index) or ""]
                span = next((m for line in lines if (m := _PLAN_SPAN.search(line))), None)
                if span is not None:
                    last = int(span.group(2))
                    found = TimeSpan(f"{last}年", 0, 0, dt.date(last, 1, 1), dt.date(last, 12, 31), "year")
            self._memo[key] = found
        return self._memo[key]

    def _carried_from_before(self, paragraph_index: int, article_index: int, heading_path: str) -> TimeSpan | None:
        # the section's headings, unless a time opening an earlier paragraph of the section widens
        # their period (`2020年12月…月报 > 一、… > 2020年,全市…。其中,PM2.5年均浓度48…`: the year); a
        # baseline year (`2024年工作安排 > 2023年,全市…`) or a part of it (`1-11月`) does not
        art = self.structure.articles[article_index] if self.structure.articles else None
        own = self.structure.paragraphs[paragraph_index].text
        if _TURNS_AHEAD.search(own, 0, (own.find("。") + 1) or len(own)):
            return None  # `在下一步工作中,邹城市将…` after `2021年全市…`: what is to come, not the period reported before it
        if paragraph_index > 0 and own.lstrip().startswith("其中"):
            # `2017年以来,我市…共立案查处…850起。` over `其中,实施按日计罚11起…`: a breakdown of the tally before it
            tally = next((t for x in reversed(self.sentences_of(paragraph_index - 1))
                          if (t := self.opening_time(x, strict=True)) is not None and t.precision == "since"), None)
            if tally is not None:
                return tally
        # (the article's headline is read last, below: a time opening an earlier paragraph frames before it,
        # `2022年…达到95.9%` over `2023年,全省将…。` / `…方面,聚焦24项…任务`)
        heading = next((t for part in reversed(self._sections(heading_path, article_index))
                        for t in self.times_of_text(part)
                        if _frames_from_heading(t, part)), None)
        for pi in range(paragraph_index - 1, max(-1, paragraph_index - 1 - _FRAME_REACH), -1):
            p = self.structure.paragraphs[pi]
            if art is None or p.start < art.start or (heading is not None and p.heading_level >= 0):
                break  # (a heading's run-on text, `(一)空气质量。2016年,全省…`, frames only when it has no time)
            if _TURNS_AHEAD.search(p.text, 0, (p.text.find("。") + 1) or len(p.text)):
                break  # `(为…,)下一步,我市将…`: a paragraph opening on what is to come; not the period reported before it
            t = self._paragraph_frame(pi)
            if t is not None and (heading is None or _widens(t, heading)):
                return t
            if t is not None or p.heading_level >= 0:
                break
        if heading is not None:
            return heading
        headline = self.article_headline(article_index)
        for t in self.times_of_text(headline):
            if _frames_from_heading(t, headline) and not (self.doc_type != "plan" and t.precision == "multi_year"
                                                          and _FORESEEN_AFTER.match(headline, t.end)
                                                          and (self.ref is None or t.date_end is None or t.date_end >= self.ref)):
                return t  # (not a news headline's span of years to come, `“十四五”期间 辽河流域将建成…示范区` over a report
                # of the half year; its year does frame a plan told under it: `2023年我市将完成…` over `按照计划,全市完成…`)
        lead = self._lead_tally(article_index)
        if lead is not None and lead[0] < paragraph_index:
            return lead[1]  # `今年以来,某旗紧盯…` over `一是…。二是…`: the period the lead says the report sums up
        if article_index == 0:  # the page's headline block, when the page's chrome hid its title
            for line in self.place.headlines:
                for t in self.times_of_text(line):
                    if _usable(t) and "年" in t.text and not _numbers_a_series(line, t):
                        return t
            # or the title the page gave itself in its text (`现予公布《大理白族自治州2023年环境状况公报》`)
            for t in self.times_of_text(self.title or ""):
                if _frames_from_heading(t, self.title) and "年" in t.text:
                    return t
        return None

    def lead_paragraph(self, article_index: int) -> int | None:
        """The index of the article's lead, its first paragraph of prose (not its headline); read once."""
        key = ("lead_paragraph", article_index)
        if key not in self._memo:
            art = self.structure.articles[article_index] if self.structure.articles else None
            self._memo[key] = next((pi for pi, p in enumerate(self.structure.paragraphs)
                                    if (art is None or art.start <= p.start < art.end) and p.heading_level < 0
                                    and p.text.strip() != (art.title.strip() if art else "")), None)
        return self._memo[key]

    def _lead_tally(self, article_index: int) -> tuple[int, TimeSpan] | None:
        """(its paragraph's index, the period) when the article's lead, its first paragraph of prose, opens with what has
        been done since a time to the page's day (`今年以来,沙坡头区持续…`, `…记者从…了解到,今年以来广西重拳打击…`): the
        period the report after it sums up, when no heading or headline gives one, carried past the run-in headings of
        its parts (`一是抓好…。`, `持续打好“蓝天保卫战”。`); not a tally to no day the page states (`近日,记者…了解到,
        2017年以来,我市…`) nor one over years (`五年来…`), nor on a plan's page; read once."""
        key = ("lead_tally", article_index)
        if key not in self._memo:
            found = None  # (a plan's page speaks of its own year: `中卫市2024年…工作要点` over `2023年以来,全市…`)
            first = self.lead_paragraph(article_index)
            # (an item of a list is no lead: `四是争取资金。今年以来,全市共争取资金4.29亿元。` tallies its own item)
            if first is not None and self.doc_type != "plan" \
                    and not ITEM_OPENS.match(self.structure.paragraphs[first].text.lstrip()):
                t = next((t for x in self.sentences_of(first)[:2] if (t := self.opening_time(x, strict=True)) is not None), None)
                if t is not None and t.precision == "since" and t.date_start is not None and t.date_end is not None \
                        and _SINCE_A_YEAR.search(t.text):
                    found = (first, t)
            self._memo[key] = found
        return self._memo[key]

    def _lead_release_period(self) -> TimeSpan | None:
        """The period the page's lead tells it makes public the state of (`海东市向社会公布今年前11个月,海东市
        环境质量总体情况`, `省环保厅公布《山东省大气环境质量2015年5月份17城市排名》`): the figures after it
        that no time of their own frames are of it."""
        if "lead_release_period" not in self._memo:
            found = None
            # (the lead is prose: not a government page's catalogue row over it, `索引号: | 1162…/2024-01949 | 公开方式:`)
            # (or the sentence after it, when the lead opens with a summing-up: `…名列全国前茅,…` then `今天是六五环境日,
            # 厦门市生态环境局昨日召开新闻发布会,发布2024年厦门市生态环境公报`)
            leads = [x for x in self.structure.sentences if x.article_index == 0
                     and self.structure.paragraphs[x.paragraph_index].heading_level == -1
                     and "|" not in x.text and _PROSE.search(x.text)][:2]
            if leads and (_RELEASES.search(leads[0].text) or _AN_ACT.search(leads[0].text)):
                leads = leads[:1]  # (not after a lead telling an act of its own: `…召开专题会议,部署…。会议通报了4月份…`)
            for k, lead in enumerate(leads):
                state = _STATE_OF if k == 0 else _STATE_NAMED  # (the second sentence only of a state named as such)
                here = _MADE_PUBLIC_HERE.search(lead.text)
                if here and state.search(here.group(1)) and not _PLAN_NAMED.search(here.group(1)):
                    # the page making public what it names first (`现将2024年第二季度…水源水质情况公示如下:`)
                    found = next((t for t in self.times_of_text(here.group(1)[:40]) if _usable(t)
                                  and not _numbers_a_series(here.group(1), t)), None)  # (not `2024年第一批…`)
                    if found is not None:
                        break
                for m in _RELEASES.finditer(lead.text):
                    if not state.search(lead.text, m.end()) or (m.group().startswith("介绍") and _WORK_TO_COME.match(lead.text, m.end())):
                        break  # (what is introduced is a state or work done, not work to come, `…工作安排情况`)
                    rest = lead.text[m.end():]
                    what = rest[1:rest.find("》")] if rest.startswith("《") and "》" in rest else re.split(r"[,，;；。]", rest)[0]
                    if _PLAN_NAMED.search(what.rstrip("》”\"")):
                        continue  # (a plan released, `发布了《2023年空气质量持续改善行动方案》`, tells no state of a period)
                    # (a period since a day, to the day told, too: `通报自10月1日以来黑龙江省秸秆焚烧情况`)
                    found = next((t for t in self.times_of_text(what[:40]) if _usable(t)), None)
                    if found is not None and m.group().startswith("介绍") and found.precision == "since" \
                            and found.date_start is not None and found.date_start.year < (found.date_end or found.date_start).year:
                        found = None  # (work introduced over years, `介绍了2013年以来全市大气污染治理情况`: no period of a level)
                    if found is not None:
                        break
                if found is not None:
                    break
            self._memo["lead_release_period"] = found
        return self._memo["lead_release_period"]

    def tells_state(self, text: str) -> bool:
        """The sentence tells what has been done or how things stand (`已建成`, `全市现有`, `共查处`:
        kind_cues.csv's `state`)."""
        return bool(cues(self.place.dicts).state.search(text))

    def _opening(self, x: Sentence) -> tuple[int, int]:
        """(the index of sentence x, the offset where its words start, after opening quotes, a bullet or an entry's
        label)."""
        return bisect.bisect_right(self._sentence_starts, x.start) - 1, x.start + _words_start(x.text)

    def _years_work_listed(self, x: Sentence) -> TimeSpan | None:
        """The year whose work a list's lead names (`曲某对2017年重点工作进行了介绍:一是…`, `明年工作安排如下:`):
        it frames the items after it in the paragraph; asked by every later sentence of it, so read once. Of two
        years the nearest the list (`总结了2020年工作,部署了2021年重点工作:`: 2021's)."""
        key = ("years_work_listed", x.start)
        if key not in self._memo:
            colon = _COLON.search(x.text)
            self._memo[key] = None if colon is None else next(
                (t for t in reversed(self.times_in(x.start, x.start + colon.start())) if t.precision == "year"
                 and t.resolved and not t.approximate and _YEARS_WORK.match(self.text, t.end)), None)
        return self._memo[key]

    def _opening_deadline(self, x: Sentence) -> TimeSpan | None:
        """A deadline year that opens the sentence as a clause of its own (`到2020年,…`), after a label or a
        source's name if any (`钢铁快报:到2025年,…`, `主要目标:到2025年,…`); asked by every later sentence of its
        paragraph, so read once."""
        key = ("opening_deadline", x.start)
        if key not in self._memo:
            self._memo[key] = self._find_opening_deadline(x)
        return self._memo[key]

    def _find_opening_deadline(self, x: Sentence) -> TimeSpan | None:
        i, at = self._opening(x)
        label = _LABEL_BEFORE.match(self.text, at)
        if label is None and (asks := _ASKS_LATER.search(self.text, at, x.end)) is not None \
                and _ISSUED_BEFORE.search(self.text, at, asks.start()):
            label = asks  # `9月6日,…生态环境局印发《…规划》,《规划》提出,到2025年,…`: what the plan asks opens its own part
            # (only after a document issued: not `会议明确,到2025年,…`)
        at = label.end() if label else at
        strives = None if label else _STRIVES.match(self.text, at, x.end) or _LEAD_THEN_DEADLINE.match(self.text, at, x.end)
        last = strives.end() if strives else at
        label = label or strives
        # (after a label, one still ahead: `主要成效:到2023年,全市已建成…` on a 2024 page tells what was reached)
        return next((t for t in self._times_of_sentence(i) if at <= t.start <= last and t.is_deadline
                     and t.precision in ("year", "month") and self.text[t.end:t.end + 1] in (",", "，")
                     and not (label and self.ref and t.date_end and t.date_end < self.ref)), None)

    def tells_done(self, clause: str, sent: Sentence) -> bool:
        """A clause of sentence sent tells what was done or stands (`已`, `累计`, `同比`: kind_cues.csv's past), unless
        it is a total to reach by a deadline still to come opening the sentence (`方案要求,2025年年底前,累计新改造…550万户`;
        not one marked done, `2023年底前,全市已累计完成…`)."""
        if not cues(self.place.dicts).past.search(clause):
            return False
        if "已" in clause:
            return True
        t = self._opening_deadline(sent)
        return t is None or t.date_end is None or (self.ref is not None and t.date_end < self.ref)

    def _opens_recently(self, sent: Sentence) -> bool:
        """The sentence opens with a vague recent time of its own (`近日,`, `日前,`, `前不久,`); asked by
        every later sentence of its paragraph, so read once."""
        key = ("opens_recently", sent.start)
        if key not in self._memo:
            i, at = self._opening(sent)  # raw times: the framed ones ask this
            self._memo[key] = any(t.precision == "approx" and t.date_end == self.ref and t.start == at
                                  for t in self._times_of_sentence_raw(i))
        return self._memo[key]

    def _paragraph_frame(self, pi: int) -> TimeSpan | None:
        """The last time in paragraph pi that opens a sentence and frames the paragraphs after it;
        asked by every later sentence within _FRAME_REACH, so read once."""
        key = ("paragraph_frame", pi)
        if key not in self._memo:
            # a frame holds within its section: a heading ends it, after the text it runs on with
            # (`(一)空气质量。2016年,全省…`)
            p = self.structure.paragraphs[pi]
            body = self.sentences_of(pi)[1:] if p.heading_level >= 0 else self.sentences_of(pi)
            # (`今年以来` is a tally of its paragraph; nor is the month of an act its sentence reports, `今年6月,省生态环境厅…
            # 发布《…公示》`, when it was done, the period of the paragraphs after it)
            self._memo[key] = next((t for x in reversed(body) if (t := self.opening_time(x, strict=True)) is not None
                                    and t.precision != "since"
                                    and not (t.precision == "month" and _DATES_AN_ACT.match(self.text, t.end, x.end)
                                             and not _STATE_REPORTED.search(self.text, t.end, x.end))), None)
        return self._memo[key]

    def run_opening_times(self, sent: Sentence) -> list[TimeSpan]:
        """The times in the first clause of the first sentence of the run joined by `;` that `sent` goes on (`截至2023年3月
        底,…;2020年…;2021年…`), when `sent` is not that first sentence; else []."""
        sentences = self.sentences_of(sent.paragraph_index)
        k = next((i for i, x in enumerate(sentences) if x.start == sent.start), 0)
        while k > 0 and sentences[k - 1].text.rstrip().endswith((";", "；")):
            k -= 1
        if sentences[k].start == sent.start:
            return []
        first = sentences[k]
        cut = re.search(r"[,，;；]", first.text)
        return self.times_in(first.start, first.start + (cut.start() if cut else len(first.text)))

    def opening_time(self, x: Sentence, strict: bool = False) -> TimeSpan | None:
        """A time that opens the sentence (`2023年京津冀三地…`) or stands as a clause of its own
        near its start (`会议要求,2024年,面对…`): the period the sentence speaks of."""
        key = ("opening", x.start, strict)  # asked again for every later sentence the frame may reach
        if key not in self._memo:
            # (none while it is read: the start an open period takes may ask the paragraph's frame, which asks this
            # again, `(一)环境空气质量。截至10月,全区…` under a heading)
            self._memo[key] = None
            t = self._opening_time(x, strict)
            if t is not None and t.date_start is None:  # `截至12月18日,…` frames with the start it takes
                t = self.open_start(x, t)
            self._memo[key] = t
        return self._memo[key]

    def _year_last_named(self, x: Sentence) -> TimeSpan | None:
        """The year last named before sentence x, in its paragraph or the one before: what `这一年`, `当年` mean."""
        since = self.structure.paragraphs[max(0, x.paragraph_index - 1)].start
        named = [t for t in self.times_in(since, x.start) if t.precision == "year" and _usable(t) and "年" in t.text]
        return named[-1] if named else None

    def cited_report_period(self, x: Sentence) -> TimeSpan | None:
        """The period a report's name gives, the sentence opening with what it shows (`据《2019中国生态环境状况公报》显示,`,
        `《关于全省2017年一季度黑臭水体整治工作情况的通报》显示,`); None for a day's, or a name of no period. (A time in a
        book title is no time of its sentence's: the figures read from the report have none but this.) Read once."""
        key = ("cited_report", x.start)  # (asked by the sentence's opening time and again by each of its figures)
        if key not in self._memo:
            self._memo[key] = self._find_cited_report_period(x)
        return self._memo[key]

    def _find_cited_report_period(self, x: Sentence) -> TimeSpan | None:
        m = _CITED_REPORT.match(x.text, len(x.text) - len(x.text.lstrip("“\"「 ")))
        if m is None:
            return None
        name, at = m.group("name"), x.start + m.start("name")
        if _NOT_A_PERIODS_REPORT.search(name):
            return None  # (`《2022年市政府工作报告》指出,`: last year's figures; `《2022-2027年…预测报告》`: a forecast)
        found = next((t for t in find_times(name, self.ref, self.ref_year_only) if _usable(t) and not t.is_day
                      and t.precision != "since"), None)
        if found is not None:
            if found.precision == "multi_year" or (self.ref is not None and found.date_end and found.date_end > self.ref):
                return None
            return dataclasses.replace(found, start=at + found.start, end=at + found.end)
        bare = _YEAR_OPENS_NAME.match(name)  # (not an edition's year after the name, `…年报(2017)`: of the year before)
        if bare is None:
            return None
        year = int(bare.group(1))
        return TimeSpan(bare.group(1), at, at + 4, dt.date(year, 1, 1), dt.date(year, 12, 31), "year")

    def _opening_time(self, x: Sentence, strict: bool) -> TimeSpan | None:
        lead = _words_start(x.text)
        if _THAT_YEAR.match(x.text, lead) and (named := self._year_last_named(x)) is not None:
            return named  # `李干杰指出,2018年是…的一年。` / `这一年,…圆满完成…`
        cited = self.cited_report_period(x)
        if cited is not None:
            return cited  # `据《2019中国生态环境状况公报》显示,全国…`: the period of the report the figures are read from
        dateline = DATELINE.match(x.text)
        if dateline:  # `中新网广州1月10日电(记者 王坚)`: the filing, not the period reported
            lead = dateline.end()
            lead += len(x.text[lead:]) - len(x.text[lead:].lstrip("“\"「 "))
        for t in self.times_in(x.start + lead, min(x.end, x.start + lead + 90)):
            # near the start, or further after a report's lead (`…在例行新闻发布会上,…发言人裴晓菲介绍,2025年,…`)
            far = t.start - (x.start + lead) > 40
            # an event's day is not a reporting period; days of a range (`12月1日至20日,全市…`) are one
            # in their paragraph, but not beyond it (`10月26日至11月9日,督察组…` dates the inspection)
            if not _usable(t) or t.precision == "day" and (strict or t.date_start == t.date_end):
                continue
            # (a space after the lead's comma is noise: `…秦某介绍, 截至目前,…`)
            before, after = self.text[x.start + lead:t.start].rstrip(" \u3000"), self.text[t.end:t.end + 1]
            before = before[:-1] if before.endswith(("自", "从")) else before  # `…的是,自11月15日…至12月18日,`
            opens = t.start == x.start + lead or (t.precision == "since" and re.fullmatch(r"截[至止]到?", before))
            if t.precision == "since" and t.date_start is None:  # `…负责人介绍,截至目前,…`: the open period's own 截至
                before = re.sub(r"截[至止]到?$", "", before)
            if opens:
                # (`截至目前,…`: the time's own 截至 before it)
                if t.precision != "year" and _DONE_BY.match(self.text, t.end):
                    continue  # `2024年6月完成茅塔河…试点`: when this item is done, no frame for the next
                if _ISSUED_DOCUMENT.match(self.text, t.end):
                    continue  # `今年1月发布的《…意见》提出,…`: when a document came out, no period of the text after it
                return t
            if before.endswith(self.report_verbs) and re.match(r"[^,，;；。]{0,30}?[:：]", self.text[t.end:x.end]):
                return t  # `生态环境部22日通报今年上半年全国环境空气质量状况:…`: the report's period
            head = before.rstrip(",，:：")
            # a time standing as a clause (`会议要求,2024年,面对…`), or right after a short lead, a
            # topic (`执法方面,今年以来…`, `从总量上看,…`) or a verb of reporting (`…林文介绍,2022年全省…`,
            # after the words that set the scene: `1月28日,在…发布会上,…发言人裴晓菲介绍,2025年,…`; with a
            # colon: `监测结果显示:2018年,…`)
            reported = head.endswith(self.report_verbs)
            # (after what data show, `监测结果显示:2018年,…`, `统计表明:…`, the time standing as its own clause: not a
            # speaker's words, `他指出:今年我县…`, `会议要求:2025年,…` of a goal)
            shown = head.endswith(("显示", "表明")) and before.endswith((":", "：")) and after in (",", "，")
            reported = reported or shown
            # (or right after the verb, standing as a clause: `会议指出2021年,在市委…领导下,…`)
            # (or after a lead that a colon ends, standing as a clause: `河南省公布了近期的环保成绩单:今年1-5月,全省…`)
            opened = before.endswith((",", "，")) or shown or (reported and before == head and after in (",", "，")) \
                or (before.endswith((":", "：")) and after in (",", "，") and len(head) > 8
                    and not head.endswith(_ASKS_OR_SAYS))  # (not a speaker's turn, `孙某:`, nor a speech, `…提出要求:2025年,`)
            # (or after one clause saying what prompts it, a long one too: `针对目前农产品质量安全…进入了…新领域,今年我区将…`)
            prompted = bool(_PROMPTED_BY.fullmatch(before))
            if not opened or ((before.count(",") + before.count("，") > 1 or far) and not reported and not prompted):
                continue
            if strict:  # beyond its paragraph: a time standing as a clause after a short lead or a report, or the
                # period a report gives first (`记者…获悉,2021年1至4月全省16个地级市空气质量排名出炉`)
                if after in (",", "，") and (len(head) <= 8 or reported) or (reported and t.precision != "year"):
                    return t
            elif after in (",", "，") or len(head) <= 6 or reported or prompted or head.endswith(tuple(self.frame_leads)):
                return t
        return None

    @cached_property
    def report_verbs(self) -> tuple[str, ...]:
        """The verbs a telling ends with (`获悉`, `介绍`, `表示`): the report_verb words of frame_leads.csv."""
        return tuple(w for w, k in self.frame_leads.items() if k == "report_verb")

    def is_target(self, clause: str, sent: Sentence, figure_start: int | None = None,
                  figure_end: int | None = None) -> bool:
        """A goal rather than a result because of what the text says: words naming the figure at
        figure_start the target (`(考核任务为99.7%)`) or, after its end, a goal (`…减少6%的改善目标`),
        a deadline or cue in the clause (or opening the sentence), a plan document, a heading that
        announces goals."""
        c = cues(self.place.dicts)
        # (a document's name is no cue: `纳入《…行动计划实施方案》的94个地表水断面中`)
        clause = BOOK_TITLE.sub("《》", clause)
        met = _MEETING_THE_GOAL.search(clause)
        if met and not c.target.search(clause, 0, met.start()) and self.doc_type != "plan" \
                and not (figure_start is not None and c.deadline.search(self.text, sent.start, figure_start)) \
                and self._opening_deadline(sent) is None and not self.names_targets(sent, figure_start) \
                and not self._under_goals_heading(sent):
            # `…断面中达到水质目标要求的断面100个,占87.7%`: the things that met the goal, counted (not `确保…`, nor a plan's
            # or a goal's: `到2025年,…达到水质目标要求的断面数为95个`, `主要目标:…达到水质考核目标的断面12个`)
            return False
        if figure_start is not None and self.ref is not None \
                and c.done_count.search(self.text, max(sent.start, figure_start - 12), figure_start) \
                and all(t.date_end is not None and t.date_end < self.ref for t in self.times_in(sent.start, figure_start) if t.is_deadline):
            return False  # `2017年底前须完成的整改任务已完成21项` told in 2018: what was done by a deadline over, counted
        if MISSED_GOAL.search(clause) and self.doc_type != "plan" and not c.deadline.search(clause) \
                and not re.search(MODAL, clause):
            return False  # `…滨州8市未完成优良天数预期提高目标`: those that missed a goal, counted (a result)
        beats = c.beats_target.search(self.text, max(sent.start, figure_start - 48), figure_start) \
            if figure_start is not None else None
        if beats and _MOVED.search(beats.group(0)) and (
                _ASKED_FOR.search(self.text, sent.start, beats.start())
                or ((self._under_goals_heading(sent) or self.ref is not None) and not self._period_over(sent, figure_start))):
            beats = None  # (a margin told by a change, `较省定目标提高2个百分点`, is a result only of a period over, told
            # as such: not a plan's goal, `二、主要目标 > 2021年,…较省定考核目标下降2微克/立方米`, nor one asked for,
            # `会议明确,今年…较省定目标提高3个百分点`)
        if beats and not c.planned.search(self.text, sent.start, figure_start) and not c.deadline.search(clause) \
                and not _GOAL_SAID.search(self.text, sent.start, figure_start):
            # `…为88.2%,超国家考核目标14.8个百分点`: the margin of a result over its goal (not a margin asked for,
            # `力争超…目标5个百分点`, `会议要求,…须高于省定考核目标2个百分点`; nor the goal's own value, `超过国家考核目标值90%`)
            return False
        if figure_start is not None and c.names_target.search(self.text, max(sent.start, figure_start - 12), figure_start):
            return True
        if figure_start is not None and figure_end is not None and _SHARE_OF_TASK.search(self.text, max(sent.start, figure_start - 8),
                                                                                         figure_start) \
                and self.text.startswith("的", figure_end):
            return True  # `完成植树造林120.8万亩,占任务100万亩的120.8%`: the task a share is taken of (not the share,
            # `占年度任务85%`)
        bracket = _IN_GOALS_BRACKET.search(self.text, max(sent.start, figure_start - 80), figure_start) \
            if figure_start is not None else None
        if bracket and not _REACHED.search(re.split(r"[,，;；]", self.text[sent.start:bracket.start()])[-1]):
            return True  # `年度目标(PM2.5≤29微克/立方米、PM10≤47微克/立方米)`: every figure the goal's bracket lists (not a goal
            # reached, the level reached: `连续3年达到世卫组织第二阶段目标(25微克/立方米)`)
        own = self.text[max(sent.start, figure_start - 80):figure_start] if figure_start is not None else ""
        own = re.split(r"[,，;；。]", own)[-1]
        will = _WILL_REACH.search(own)
        if will and not (will.group("verb") in _QUANTIFIERS and figure_end is not None and _PUT_INTO.match(self.text, figure_end)):
            return True  # `达标城市比例将达到60%以上,超额完成…目标任务`: what will be, whatever the clause after it tells done
            # (not 将 marking what is put somewhere: `将超过200家企业纳入…名录`)
        named = c.names_target_anywhere.search(own)
        if named and _RESPECTIVELY.search(own, named.end()) and not _CLASS_AIMED.match(own, named.end()):
            return True  # `污染减排目标为化学需氧量、氨氮…分别比上年下降3.5%、3.5%…`: the goals of the measures listed (not the
            # class a section is to meet, describing which: `考核目标为Ⅲ类水质的断面达标率、优良率分别为91.7%、83.3%`)
        if figure_end is not None and self._goal_after(figure_end):
            return True
        if figure_start is not None and _ONLY_SO_MUCH.search(self.text, max(sent.start, figure_start - 4), figure_start):
            return False  # `优良天数比率仅为86.4%,要完成年度87.7%的目标任务`: how things stand, short of the goal
        if figure_end is not None and c.meets_target.match(self.text, figure_end) and not (
                c.target.search(self.text, sent.start, figure_start or figure_end) or c.opens_target.search(sent.text)) \
                and figure_start is not None and self._period_over(sent, figure_start):
            # `2021年…PM2.5平均浓度为25微克/立方米,优于国家…的考核目标`: a result of a period over, measured against the
            # goal (not a plan's goal set to meet one: `2024年,全县PM2.5平均浓度30微克/立方米,达到省下达的考核目标要求`)
            return False
        if c.names_target_anywhere.search(clause):  # a note naming another figure the target
            clause = re.sub(r"[(（][^()（）]*[)）]",  # (`100%(考核目标为99.7%)`) says nothing of this one
                            lambda b: "" if c.names_target_anywhere.search(b.group(0)) else b.group(0), clause)
        if c.deadline.search(clause):
            return True
        if self.names_targets(sent, figure_start) and not c.past.search(clause.replace("同比", "")):
            return True  # `主要目标:…PM2.5平均浓度同比下降5%`: the label names them goals, `同比` or not
        if self._under_goals_heading(sent) and not c.past.search(clause.replace("同比", "")) \
                and not (figure_start is not None and self._period_over(sent, figure_start)):
            return True  # `二、总体目标 > 全市PM2.5平均浓度同比下降3%左右`: so does a heading of goals
        if self.tells_done(clause, sent) or self._told_since(sent, figure_start):
            return False
        # `整改任务 > 2025年,…河长巡查522次` on a page of 2026: a heading or a plan page does not make a
        # figure of a period already over a goal; only the words of one do
        over = figure_start is not None and self._period_over(sent, figure_start)
        if self.under_report_heading(sent):
            # `一、概况 > (一)治理现状`, `主要考核指标完成情况`: an account of where things stand, where
            # only the words of a goal make one (`PM2.5改善目标为年平均浓度39ug/m3`)
            return bool(c.target.search(clause) or c.opens_target.search(sent.text))
        if self.doc_type == "plan" and not over:
            return True
        if figure_start is not None and self.ref is not None:
            # `2024年2月29日前,推动12项工程任务开工`: a deadline still to come heading the sentence (after what it is
            # according to: `根据规划,未来两年,…`) or in the figure's own clause, whatever words it is written in
            lead = self._opening(sent)[1]
            after_basis = _ACCORDING.match(self.text, lead)
            heads = (lead, after_basis.end()) if after_basis else (lead,)
            own = figure_start - len(re.split(r"[,，;；]", self.text[sent.start:figure_start])[-1])
            if any(t.is_deadline and t.resolved and t.date_end and t.date_end >= self.ref and (t.start in heads or t.start >= own)
                   for t in self.times_in(sent.start, figure_start)):
                return True
        frame = self.context_time(sent)
        done_by = self.done_by_deadline(sent, figure_start)
        if frame is not None and frame.is_deadline and not done_by and not (
                figure_start is not None and any(_usable(t) for t in self.times_in(sent.start, figure_start))):
            return True  # an item of a list a deadline governs (`到2020年,A…;B…`), unless it states its own time
        if frame is not None and not over and frame.start < sent.start and not (
                figure_start is not None and any(_usable(t) for t in self.times_in(sent.start, figure_start))):
            # a year whose plan a sentence opens (`今年将加强…污染防治…。` then `完成…400个村农村环境综合整治`):
            # the figures framed by it are its goals
            opener = self.structure.sentences[bisect.bisect_right(self._sentence_starts, frame.start) - 1]
            # (from the time on, when a clause saying what prompts it opens the sentence: `针对…新领域,今年我区将…`)
            if (c.paragraph_plan.match(opener.text) or (frame.start > opener.start
                                                        and c.paragraph_plan.match(self.text[frame.start:opener.end]))) \
                    and not self.tells_state(sent.text):
                return True
        if c.target.search(clause) or c.opens_target.search(sent.text):
            return True
        openers = [x for x in self.sentences_of(sent.paragraph_index)[:3] if x.start <= sent.start
                   and c.paragraph_plan.match(x.text)]
        if not over and openers and not self.tells_state(sent.text) and not self._goes_on_with_an_account(sent, openers[-1]):
            # `2024年下半年,全市生态环境系统将…`: the paragraph lays out a plan (not for a period over:
            # `局长王某表示,今年要…。去年全市PM2.5平均浓度为28…`; nor after an account since a time opens:
            # `有名更要有实,…。2024年以来,累计下发…。…自查自纠“四乱”问题39个`)
            return True
        at = sent.text.find(clause)
        if at > 0 and c.lead_target.search(sent.text[:at]) and (not over or self.doc_type == "plan"):
            # `今年将确保PM2.5…不超过45,…降尘量平均在6吨以下`: the lead governs the list (in a plan; elsewhere not of
            # a year over: `2022年,全市PM2.5平均浓度控制在35微克/立方米以内,优良天数比率达到85.3%` is a report)
            return True
        year = _TO_A_YEAR.search(sent.text[:at]) if at > 0 else None
        if year and (self.ref is None or int(year.group(1)) >= self.ref.year):
            return True  # `方案提出,到2026年,A控制在…,B达到95%以上`: a year still to come governs the list
        if at > 0 and c.deadline.search(sent.text[:at]) and not done_by:
            return True  # `2024年底前,环太湖城市完成200公里…`: the deadline heading the sentence
        heading = sent.heading_path.split(" > ")[-1] if sent.heading_path else ""
        # (a news report's headline makes no goals of a paragraph telling how things stand: `海南省计划明年全面推行生活垃圾
        # 强制分类` over `目前全省已累计建成…21座,其中填埋场16座…。全省还建成…253座`; it does of a speech laying out work,
        # `…部署2020年下半年重点工作` over `…做到放射性废物收贮率100%`)
        if over or not self._announces_goals(heading):
            return False  # never because a period ends after a guessed date
        return not (self.doc_type == "news" and heading == sent.heading_path
                    and heading in self.article_headline(sent.article_index)
                    and any(self.tells_state(x.text) for x in self.sentences_of(sent.paragraph_index) if x.start <= sent.start))

    def _goes_on_with_an_account(self, sent: Sentence, opener: Sentence) -> bool:
        """A sentence after the one opening a paragraph's plan goes on with an account since a time opened between them
        (`有名更要有实,…。2024年以来,累计下发…。…自查自纠“四乱”问题39个`): a report, unless it has a time of its own or
        looks ahead (`下半年再清理问题50个`, `继续新建“无废细胞”200个`, `剩余80个排污口全部完成整治`)."""
        return any(SINCE_OPENING.match(x.text) for x in self.sentences_of(sent.paragraph_index)
                   if opener.start < x.start <= sent.start) \
            and self.opening_time(sent) is None and not cues(self.place.dicts).ahead.search(sent.text) \
            and not _STILL_TO_DO.search(sent.text)

    def _told_since(self, sent: Sentence, upto: int | None) -> bool:
        """The sentence opens with what has been since a time or an event (`“回头看”以来,省委常委会会议17次、…`): its
        clauses up to the figure at upto are an account, under whatever heading (`(一)…迅速部署安排整改工作`), until one
        looks ahead (`…,今年计划完成营造林3万亩`, `全市要全力冲刺,…要达到80%以上`); not on a plan's page."""
        since = SINCE_OPENING.match(sent.text)
        if since is None and (as_of := _AS_OF_OPENING.match(sent.text)) is not None and not any(
                t.date_end is not None and (self.ref is None or t.date_end > self.ref)  # (a day of a year the page
                # leaves unknown is passed: `7月19日讯…截至6月底,`)
                for t in self.times_in(sent.start, sent.start + as_of.end())):
            since = as_of  # (or how things stand as of a day passed: `截至6月底,…累计回收…256吨,…建档率达到100%`)
        if since is None or upto is None or self.doc_type == "plan":
            return False
        return not cues(self.place.dicts).ahead.search(self.text, sent.start + since.end(), upto)

    def done_by_deadline(self, sent: Sentence, upto: int | None = None) -> bool:
        """The sentence tells what was done by a deadline already over at the page's stated date (`经过多年持续努力,
        到2023年底,全市已累计建成…,…处理率达到97.6%` on a page of 2024): results, not goals. The deadlines before upto and
        the one the reader carries in are all over, and `已` says it was done (not a plan issued after its first deadline:
        `2019年年底前,…取得阶段性成果` in a plan of 2020-01-10)."""
        if not self.ref_stated or self.ref is None or self.doc_type == "plan" or "已" not in sent.text:
            return False
        frame = self.context_time(sent)
        deadlines = [t for t in self.times_in(sent.start, upto if upto is not None else sent.end) if t.is_deadline and t.date_end] \
            + ([frame] if frame is not None and frame.is_deadline else [])
        return bool(deadlines) and all(t.date_end is not None and t.date_end < self.ref for t in deadlines)

    def _under_goals_heading(self, sent: Sentence) -> bool:
        """The sentence's own heading names goals and nothing else (`二、总体目标`): asked for every figure, read once a
        heading."""
        key = ("goals_heading", sent.heading_path)
        if key not in self._memo:
            self._memo[key] = _names_goals(sent.heading_path)
        return self._memo[key]

    def _announces_goals(self, heading: str) -> bool:
        """A heading with a word announcing goals (`2024年工作安排`, `主要目标`), not one whose first
        character ends a place's name (`徐州淮安排前两位`: 淮安, then 排), nor one telling them done after the
        word (`…2021年既定整改任务全部提前办结`). Asked for every figure under the heading: read once."""
        key = ("announces_goals", heading)
        if key not in self._memo:
            c = cues(self.place.dicts)
            words = list(c.target_heading.finditer(heading))
            names = [(m.start(), m.end()) for m in self.place.dicts.region_pattern.finditer(heading)] if words else []
            self._memo[key] = any(not any(a < w.start() < b for a, b in names) for w in words) \
                and not _TOLD_DONE.search(heading, words[-1].end())
        return self._memo[key]

    def proposed(self, sent: Sentence) -> bool:
        """Sentence sent is in a paragraph that opens with what a document proposes (`报告提出:加大污染防治
        攻坚力度。…比率达到90.8%以上。`) and tells no state of now or before (`目前…为40`): a goal."""
        c = cues(self.place.dicts)
        opening = self.sentences_of(sent.paragraph_index)[:1]
        said = c.proposes.match(opening[0].text.lstrip()) if opening else None
        if said is None:
            return False
        # (not what a report looks back on: `报告提出,一年来,…新建和改造排水管网2100公里`, a time run up to the day
        # or over right after the words of proposing; `从今年起,…` starts what it proposes)
        after = opening[0].start + len(opening[0].text) - len(opening[0].text.lstrip()) + said.end()
        if any(t.start <= after + 1 and ((t.precision == "since" and not t.text.endswith("起")) or self.is_over(t))
               for t in self.times_in(after, opening[0].end)):
            return False
        # (nor a year over the sentence tells of: `《…规划》明确,2021年全市PM2.5浓度为35微克/立方米`)
        return not c.state.search(sent.text) and not _NOW_OR_BEFORE.search(sent.text) \
            and not any(t.precision == "year" and self.is_over(t) for t in self.times_in(sent.start, sent.end))

    def names_targets(self, sent: Sentence, figure_start: int | None = None) -> bool:
        """A label naming goals opens the sentence, or the first of the sentences joined to it by `;`
        (`2023年生态环境保护工作目标为:…打造生态文明高地;全市PM2.5平均浓度控制在29…;…`), on lines of their own or
        not; or words naming the figures after them targets end a clause before the figure (`2019年各市考核指标为,
        甲市…90%;\n乙市…85%;`); or the paragraph opens with what a document proposes (`报告提出:…`)."""
        c = cues(self.place.dicts)
        key = ("names_targets", sent.start)  # what holds for the whole sentence, and where its first words naming the
        # figures after them targets end: asked for each of its figures
        if key not in self._memo:
            k = bisect.bisect_right(self._sentence_starts, sent.start) - 1
            first = c.names_list_target.search(self.text, sent.start, sent.end)
            self._memo[key] = (self.proposed(sent) or bool(c.goal_label.match(self.structure.sentences[k].text.lstrip()))
                               or self._joined_to_goal_label(k, c), first.end() if first else None)
        whole, named_end = self._memo[key]
        return whole or (named_end is not None and (figure_start is None or named_end <= figure_start))

    def _joined_to_goal_label(self, k: int, c) -> bool:
        """A sentence before sentence k, joined to it by `;` (each to the next), names what follows it goals: a
        goal label opens it (`主要目标:`, not `主要指标:`, which may list results) or words naming targets end one
        of its clauses."""
        def names(x: Sentence, found: bool) -> bool:
            label = c.goal_label.match(x.text.lstrip())
            return found or bool(label and "目标" in label.group(0)) or bool(c.names_list_target.search(x.text))
        return self._along_list(k, "goal_label", False, names)

    def _period_over(self, sent: Sentence, figure_start: int) -> bool:
        """The period the figure at figure_start is stated in (the last time before it in its sentence,
        else the one the reader carries in) ended before the page's date (before its year, when the
        date is only inferred)."""
        if self.ref is None:
            return False
        own = [t for t in self.times_in(sent.start, figure_start) if _usable(t) and t.date_end and t.precision != "day"]
        frame = own[-1] if own else self.context_time(sent)
        return frame is not None and not frame.is_deadline and frame.date_end is not None and self.is_over(frame)

    def is_over(self, t: TimeSpan) -> bool:
        """A period over before the page was written (the year before, when its date is only inferred); never when
        the page's date or the period's end is unknown."""
        if self.ref is None or t.date_end is None:
            return False
        return t.date_end < self.ref if self.ref_stated else t.date_end.year < self.ref.year

    def under_report_heading(self, sent: Sentence) -> bool:
        """The sentence stands under a heading over work done or where things stand (`重点工作完成情况`,
        `一、概况 > (一)治理现状`; kind_cues report_heading), below the page's title."""
        c = cues(self.place.dicts)
        return any(c.report_heading.search(part) for part in self._sections(sent.heading_path, sent.article_index))

    def _sections(self, heading_path: str, article_index: int) -> list[str]:
        """The headings of a heading path below the article's headline or the page's title (a page without
        a headline has none above its sections: `一、工作基础`)."""
        arts = self.structure.articles
        titles = {arts[article_index].title if arts and article_index < len(arts) else None, self.title}
        parts = heading_path.split(" > ")
        return parts[1:] if parts and parts[0] in titles else parts

    def _goal_after(self, figure_end: int) -> bool:
        """Words after the figure ending at figure_end name it a goal: right after it
        (`…减少6%的改善目标`), or after the list of figures it opens (`下降4%、…减少6%的改善目标`)."""
        c = cues(self.place.dicts)
        if c.names_target_after.match(self.text, figure_end):
            return True
        tail = re.match(r"、[^,，。;；]{0,80}", self.text[figure_end:figure_end + 81])
        goal = c.names_target_after.search(tail.group(0)) if tail else None
        items = tail.group(0)[1:goal.start()].split("、") if goal else []
        return bool(items) and all(re.search(r"\d", i) for i in items) and bool(re.search(r"\d\D{0,6}$", items[-1]))

    def target_level(self, sent: Sentence, figure_start: int) -> str | None:
        """`binding` or `stretch` for a target at figure_start: a stretch cue in the figure's own
        clause wins (`力争…不超过30` aspires), else the nearest cue before the figure in its sentence
        (`不超过45,力争43`: 45 binds, 43 aspires); with no cue before it, a figure that a stretch figure
        follows binds (`改善至43以下,力争改善至40以下`); else None."""
        c = cues(self.place.dicts)
        before = self.text[sent.start:figure_start]
        own_clause = re.split(r"[,，;；:：]", before)[-1]
        if c.stretch.search(own_clause):
            return "stretch"
        levels = list(c.target_level.finditer(before))
        if levels:
            return levels[-1].lastgroup
        return "binding" if c.stretch.search(self.text[figure_start:sent.end]) else None


_COLON = re.compile(r"[:：]")
_DONE_BY = re.compile(r"(?:前|底前|底)?(?:完成|建成|实现|开工|投运|启动|建立|出台|印发)")


def _usable(t: TimeSpan) -> bool:
    """A time that can frame figures: resolved, not vague, not a deadline; `2015年以来` is (it runs
    to the reference date), and so is `截至12月18日` (a running total to that date, its start open)."""
    return (t.resolved and (not t.approximate or t.precision == "since") and not t.is_deadline
            and t.text not in ("全年", "年内"))


# the periods a list's first item may state for the items after it (_before_first_figure)
_PERIODS = ("year", "half_year", "quarter", "month", "multi_year", "since")
# a digit of a figure, not of a pollutant's name (`PM2.5`, `O3`)
_FIGURE_DIGIT = re.compile(r"(?<![A-Za-z\d.])\d")
# a time that is a comparison's base (`比2015年`, `与上年相比`, `高于去年同期`; _BASE_AFTER below)
_BASE_BEFORE = re.compile(r"(?:比|较|与|同|于)$")
# a bracket's words (`(HJ 663-2013)`): no figure of the sentence's
_BRACKETED_WORDS = re.compile(r"[(（][^()（）]{0,40}[)）]")
# right before the task a share is taken of (`占任务100万亩的120.8%`)
_SHARE_OF_TASK = re.compile(r"占(?:年度|全年)?(?:目标)?任务$")
# words telling things done, not to do (`…整改任务全部提前办结`, `…全面完成`; not `要完成的重点任务`, `目标任务定了`)
_TOLD_DONE = re.compile(r"(?<![要须将保争划应])(?:完成|办结|销号|清零)(?!情况)")
# inside a bracket right after the word goal, up to a figure (`年度目标(PM2.5≤29微克/立方米、PM10≤`)
_IN_GOALS_BRACKET = re.compile(r"目标值?[(（][^()（）]{0,80}$")
_REACHED = re.compile(r"达到|达标|实现")  # (beaten, `优于年度目标(35微克/立方米)`, the bracket still holds the goal)
# opening a sentence before its words: quotes, a list's bullet (`  • 截至12月16日,…`), or the label of a yearbook's
# entry (`【农村“厕所革命”】 2020年,永州市…`)
# (the spaces after a label are left to the time they may open: ` 2020年` is read with its space)
_BEFORE_WORDS = re.compile(r"[“\"「 ]*(?:[•▪●◆■][ \u3000]*)?(?:【[^】\n]{1,30}】(?:[ \u3000]*[“\"「])*)?")


def _words_start(text: str) -> int:
    """Where the words of a sentence start, after opening quotes, a bullet or an entry's label."""
    return _BEFORE_WORDS.match(text).end()


# `到2026年,`, `至2025年底,`: a year things are to be by (not `截至2021年底,`, `截止到…`: how things stood then)
_TO_A_YEAR = re.compile(r"(?<!截)(?<!截至)(?<!截止)(?:到|至)(\d{4})年(?:底|末)?[,，]")


# ---- the reference date -------------------------------------------------------------------------------

_DATE = r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
_LAST_YEAR = ("去年", "上年", "上一年")
# a sentence opening on the year just named (`这一年,…`, `当年,…`)
_THAT_YEAR = re.compile(r"(?:这一年|这一年来|这年|当年|那一年)[,，]")
_LABEL = (r"(?:发布时间|發布時間|发布日期|發布日期|发表时间|發表時間|时间发布|发布于|發布於|发表于|發表於|發布|发布|日期查询|日期|时间|時間|发文日期"
          r"|成文日期|生成日期|更新时间|" + ENGLISH_STAMP_LABEL + ")")
# a label that starts its field: `时间:2020-01-22`, not `公示时间:` (a notice period)
_LABELLED_DATE = re.compile(r"(?<!公示)(?<!活动)(?<!会议)(?<!报名)(?<!截止)(?<!开始)(?<!结束)(?<!受理)(?<!办理)(?<!征求)"
                            + _LABEL + r"\s*[】\]]?\s*[:：]?\s*\|?\s*[\[【]?" + _DATE)  # `【发布时间】2023-05-06`, `生成日期 | 2024-01-26`, `发文日期: | 2024-10-10 |`, `发布时间:[2024-5-29]`
# a timestamp (`2024-11-21 09:43`, `2024-11-21 09时43分`, `2025年06月04日08:01`, `• 2021年07月16日 07时53分`),
# a paper's name before it or not (`福建日報  2019-02-19 10:40:54`), a bracketed field or not (`【字体: 2022-01-05 17:00:25`)
_STAMP_DATE = re.compile(r"^\s*(?:(?:https?://|www\.)[\w./-]+\s+)?(?:[•·●■◆]\s*)?(?:【[^】\d]{0,6}[:：]?\s*)?(?:" + NEWSPAPER + r"\s*)?" + _DATE + r"(?:(?<=日)|\s)\s*\d{1,2}(?::\d{2}|[时時]\d{1,2}分)")
# a day at the head of its line, then the page's source (`2023-08-31 来源:云县文明办`, `2021-10-19河南日报客户端`) or its
# count of views (`2016-07-01 作者: 浏览数:616`)
_DATE_THEN_SOURCE = re.compile(r"^\s*" + _DATE + r"\s*(?:(?:作者|编辑|編輯)\s*[:：]\s*[^\s:：来來]{0,10}?\s*)?"  # (`…日作者:来源:`)
                               r"(?:(?:来源|來源)\s*[:：]|(?:浏览|瀏覽|阅读|閱讀|点击|點擊)(?:数|數|量|次数|次數)?\s*[:：]\s*\d"
                               r"|" + NEWSPAPER
                               + r"[\u4e00-\u9fff]{0,6}(?![\u4e00-\u9fff:：]))")  # (not a related item: `2021-10-19 河北日报:…`)
# a row of the page's fields set apart by ` / ` or ` | `: its source or not, the bare day, then its count of views
# (`2019-01-22 / :72`, `新疆生态环境厅 / 2023-09-12 / :44`, `2021-10-08 | 浏览:12`); not an item listed with its day
# (`2022-11-06 / 我县召开河长制会议`)
_FIELD_ROW_DATE = re.compile(r"^\s*(?:[^/|丨\s][^/|丨。,，]{0,15}\s[/|丨]\s+)?" + _DATE
                             + r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s+[/|丨]\s*[^/|丨。,，\d]{0,6}[:：]?\s*\d+\s*次?\s*$")
_ROW_OPENS_WITH_DAY = re.compile(r"^\s*" + _DATE + r"\s*[/|丨]")
# a timestamp then the page's count of reads, after its channel's name or not (`新能源采编 2023-11-23 15:16:16 437阅读
# 举报`, `2021-05-06 09:30 阅读:215`); not an item listed with its title and time (`热门推荐 某地治霾见成效 2021-03-02 10:00 …`)
_READS_STAMP = re.compile(r"^\s*(?:[^\s\d|]{1,12}\s+)?" + _DATE + r"\s+\d{1,2}:\d{2}(?::\d{2})?\s+(?:\d+\s*(?:阅读|浏览|次浏览)|(?:阅读|浏览|点击)\s*[:：]?\s*\d+)")
# a timestamp alone on a list item's line, as a scraper writes a page's fields (`- 2022-06-07 16:57:52`); not an
# agenda's item (`- 2024-03-15 14:30 报到`)
_LISTED_STAMP = re.compile(r"^\s*-\s*" + _DATE + r"\s+\d{1,2}:\d{2}(?::\d{2})?\s*$")
# a bullet of the page's fields, the day alone (`• 来源:互联网` / `• |` / `• 2016-08-04`): read when no stamp is found (a
# sidebar's bullets list other pages' days)
_BULLET_STAMP = re.compile(r"^\s*[•·]\s*" + _DATE + r"\s*$")
# the day beside the article's text tools, as an e-paper prints it (`下一篇 2021年3月30日 放大 缩小 默认`,
# `2022-05-06 【字体:大 中 小】`)
_TOOLBAR_DATE = re.compile(_DATE + r"\s*[【\[(（]?\s*(?:放大|缩小|字体|字号)")
# a paper's issue, numbered by its date (`20210604期来自:广西日报`)
_ISSUE_DATE = re.compile(r"^\s*((?:19|20)\d{2})(\d{2})(\d{2})期(?!间)")
# a timestamp written day first (`04.01.2018 18:02`, as some news sites print it)
_DAY_FIRST_STAMP = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s+\d{1,2}:\d{2}")
# a timestamp in English, month first or day first (`Jul 17th 2018, 19:50`, `17 July 2018 19:50`)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_NAME = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_ENGLISH_STAMP = re.compile(r"^\s*(?:(?P<mon>" + _MONTH_NAME + r")\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})"
                            r"|(?P<d2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon2>" + _MONTH_NAME + r")\s+(?P<y2>\d{4}))"
                            r",?\s+\d{1,2}:\d{2}", re.I)
# a newspaper's date line: the date with its weekday or its page (`2019年6月6日 星期四`,
# `甘肃日报 2024年07月15日 第03版`), the paper's name before it or not; or the paper's name and the
# date alone on their line (`中国证券报 2023-02-22`)
_NEWSPAPER_DATE = re.compile(r"^\s*(?:" + NEWSPAPER + r"\s*)?" + _DATE +
                             r"\s*(?:(?:星期|周|礼拜)[一二三四五六日天]|第\s*[0-9A-Za-z]{1,3}\s*版)"
                             r"|^\s*" + NEWSPAPER + r"\s+" + _DATE + r"\s*$")
# an account reposting the page, its short name and the day on a line of their own (`鶴鳴亭房產 2021-03-20`),
# read only when the page has no other stamp; not a document or news item listed with its day
# (`环境质量公报 2023-02-22`), nor a field (`截止时间 2024-06-30`, `会议时间 …`)
_ACCOUNT_DATE = re.compile(r"^\s*[\u4e00-\u9fffA-Za-z]{2,8}(?<![前止限至到期间时日报報告知案划劃点點结結见見法定刊会])\s+"
                           + _DATE + r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$")  # (`扬眼 2024-05-30 19:46:03`)
# the things that met a goal, counted by the figure after them (`达到水质目标要求的断面100个`), not their share
# (`…的断面比例达到90%`) nor one to meet (`要达到…`)
_MEETING_THE_GOAL = re.compile(r"(?<![要将须应保])(?:达到|符合|满足)[^,，;；。\d]{0,8}目标(?:要求)?的"
                               r"(?:(?!比例|比率|率)[\u4e00-\u9fff]){1,4}(?=\d)")
# a source line, other fields between or not, filled or left blank (`来源:太原日报 作者:郭某 2024-03-12`,
# `来源: 牛城晚报 作者: 2017-02-28 10:24:44`)
# (the source's name left blank: `来源: • 2021-08-19 11:41:45`; the day glued to the name: `来源:安徽日报2024-03-28作者:…`;
# two bodies as the source: `来源:中共云南省委 云南省人民政府   2020-04-27 14:53:31`)
_SOURCE_DATE = re.compile(r"(?:来源|來源|稿源)\s*[:：]\s*(?:(?:[^\s|]{2,20}\s+){1,3}(?:\|\s*)?|[^\s|\d]{2,20}?(?=\d{4}[-/.年])|[•·●■◆]\s*)(?:[^\s|\d]{1,6}[:：]\s*(?:[^\s|\d]{1,12}\s+)?){0,2}" + _DATE)
_SIGNATURE = re.compile(r"^\s*" + _DATE + r"\s*$")
# an editor's field, then a timestamp (`原创 · 编辑:某某信息港 2015-09-04 15:26:48`): read only when the page has no other stamp
_EDITOR_DATE = re.compile(r"(?:编辑|編輯)\s*[:：]\s*[^\s|\d]{2,20}\s+" + _DATE + r"\s+\d{1,2}:\d{2}")
_FIELD_DATE = re.compile(r"[\u4e00-\u9fff]{0,4}(?:时间|日期|時間)\s*[:：]\s*" + _DATE)
# a page's lead making public the state of things over a period (`向社会公布今年前11个月…环境质量总体情况`)
_RELEASES = re.compile(r"(?:公布|发布|通报|介绍)(?!会)了?")  # (not a press conference, `新闻发布会`)
# the page putting before the public what it names before the act (`现将…水质情况公示如下`, `现将…公报发布如下`)
_MADE_PUBLIC_HERE = re.compile(r"现将([^。:：]{2,80}?)(?:予以|进行)?(?:公示|公布|通报|公开|发布)如下")
# words of work still to do after an account of what has been done (`继续新建…`, `剩余80个…`)
_AN_ACT = re.compile(r"召开|举行|举办|开展|部署|启动|印发")
_STILL_TO_DO = re.compile(r"继续|剩余|尚未|还将|再(?!次|生)")  # (besides AHEAD's: `还要`, `下一步`…)
_PLAN_NAMED = re.compile(r"(?:方案|计划|规划|意见|办法|通知|要点|措施|细则|条例)$")
_STATE_OF = re.compile(r"质量|状况|排名|情况|公报")  # (a year's bulletin: `发布2024年厦门市生态环境公报`)
_STATE_NAMED = re.compile(r"质量|状况|公报")  # (not `通报了2023年度各县区…考核情况`)
# the work of a year a list sets out (`2017年重点工作`, `明年的工作安排`, `2024年主要任务`)
_YEARS_WORK = re.compile(r"的?(?:重点|主要|各项)?(?:工作|任务)(?:安排|计划|打算|思路|重点|事项)?")
_DATELINE_DAY = re.compile(r"(\d{1,2})月(\d{1,2})日(?:" + DATELINE_DAY_END.pattern + ")")
# a year a goal is set for (`到2025年`, `2025年底前`, `2024年约束性目标`, `2025年力争达到`), not one reported on
# (`2024年要…` is the year a dateline's page is in: no target)
# a year's bulletin or state (`…2024年生态环境质量状况公报`, `通报了2018年全市生态环境质量状况`): told the year after
# (a half-year's, a quarter's or a month's comes out within it, and so does a numbered one, `2024年第一次…新闻发布会`, or
# one of a day of the year or a series, `2023年重庆市六五环境日新闻发布会`, `2023年…例行新闻发布会`)
_YEARS_BULLETIN = re.compile(r"(?![^《》,，。\d]{0,16}?(?:半年|季|月|第))(?:(?!环境日|生态日|节日|例行)[^《》,，。\d]){0,16}?"
                             r"(?:公报|年报|质量状况|环境状况|新闻发布会)")
# a year's review (`2021年度目标责任考核总结表彰大会`, `2023年度…考核结果`, `2024年度国家最严格水资源管理制度考核,广西获优秀
# 等次`): held or told the year after
_YEARS_REVIEW = re.compile(r"年?度[^《》,，。\d]{0,18}?(?:总结表彰|表彰大会|总结大会|总结会|考[核评]结果|考核[,，](?=[^,，。]{0,12}?"
                           r"(?:获|被评为|位列|排名|名列))(?![^。;；]{0,24}?(?:将|拟|给予|予以))|先进(?:单位|集体|个人))")


# a work report looking back on a year (`省长…作政府工作报告。报告指出,2021年,云南…`): told the year after it; the
# year alone, opening what was done (not a part of it, `2024年上半年`, nor the year the report plans: `2025年是…收官之年`,
# `2025年,全省将完成…`)
_REPORT_LOOKS_BACK = re.compile(r"工作报告(?:[。,，]?\s*报告)?(?:指出|显示|回顾|说)[,，:：]?$")
_YEAR_LOOKED_BACK_ON = re.compile(r"年[,，](?![^。;；]{0,40}?(?:将|要|力争|计划|确保|预计|之年|目标|控制在))")
# a year said to have brought progress (`2016年,我省…取得了积极进展`): looked back on, so told after it
# (not through another year, nor a time since it: `在2016年取得了…的基础上`, `自2013年以来…取得了明显成效`)
_YEAR_ACHIEVED = re.compile(r"年(?!以来|来)[,，]?[^。;；!?\d]{0,60}?取得了[^。;；,，]{0,6}?(?:进展|成效|成绩|成果)(?!的基础)")


def _told_after(text: str, pos: int) -> bool:
    """The year ending at pos is one a bulletin, a state or a review is told of, the year after it."""
    return bool(_YEARS_BULLETIN.match(text, pos) or _YEARS_REVIEW.match(text, pos))


# a modal asking for what follows (`须`, `要`, `将`; the plan's words, `力争`, are kind_cues' planned): a margin over a goal
# asked for is a goal
_GOAL_SAID = re.compile(MODAL + r"|须|应当")
# a headline of a year's goals or plans (`…年均浓度目标确定为26微克/立方米`, `…全年计划完成营造林300万亩`)
_GOAL_IN_HEADLINE = re.compile(r"目标|计划|任务|力争|确保|将|预计|要")
# a year's annual figure told after it (`2024年广东149个国考断面年均水质…`, `2024年全年…`)
_ANNUAL_FIGURE = re.compile(r"年(?!度?(?:目标|计划|工作要点|任务))[^,，。;；!！?？]{0,20}?(?:年均|全年|年平均)")
# a state told as of a month's end (`截至2025年6月底`, `截止2023年12月`), not a deadline (`到2025年6月底`)
_NOW_OR_BEFORE = re.compile(r"目前|现有|过去|去年|上年|已|共计|累计|共[\u4e00-\u9fff]{0,3}\d")
_TERM_BEFORE = re.compile(r"期限|有效期|申报|报名|即日起")
_AIMED_AT = re.compile(r"计划|力争|确保|预计|争取|要")  # before `截至…`: a goal's date (`计划截至2018年12月底前完成`), not a count's
_AS_OF_MONTH = re.compile(r"(?:截至|截止)(?:到)?\s*(20\d{2})年(?:(\d{1,2})月(?:底|末|份)?|(?=[底末]))(?!\d{0,2}日|\d)")  # (`截至2022年底`)
# a report a sentence opens by reading from (`据《…公报》显示,`, `《…的通报》显示,`, `根据…发布的《…报告》,`)
_CITED_REPORT = re.compile(r"(?:据|根据|从)?[^,，。;；《》]{0,24}?《(?P<name>[^《》]{4,60}?(?:公报|通报|报告|年报|月报|简报|"
                           r"状况|情况|排名))》(?:中|上)?(?:数据)?(?:显示|表明|指出|统计|看)[,，:：]")
_NOT_A_PERIODS_REPORT = re.compile(r"工作报告|规划|计划|方案|预测|展望|前景")
_YEAR_OPENS_NAME = re.compile(r"((?:19|20)\d{2})(?![\d年])")  # `2019中国生态环境状况公报`, its 年 left out
# a year opening a bulletin's name without its 年 (`《2015中国环境状况公报》`)
_BULLETIN_YEAR_BARE = re.compile(r"《[^《》\d]{0,12}?((?:19|20)\d{2})(?![\d年])")
# a month opening a sentence as the time it tells of (`2019年11月份,…共受理…`), not a goal's (`2025年6月底前,要…`)
_MONTH_TOLD = re.compile(r"(?:^|(?<=[。\n]))\s*((?:19|20)\d{2})年(\d{1,2})月份?[,，]")
_AIMS = re.compile(r"要|将|力争|确保|计划|预计|争取|前[,，]")
_ANY_DATE = re.compile(r"(?<!\d)(20\d{2}|19\d{2})年(?:(\d{1,2})月(?:(\d{1,2})日)?)?")
# a year in a title: with 年 or a range's dash, or standing before a name in quotes or a separator
# (`2019“重庆追梦行动”④丨…`), not a figure's digits (`PM2.5`, `2000辆`)
_YEAR = re.compile(r"(?<![\d.])(20\d{2}|19\d{2})(?=年|\s*[-—–~至到]|[“\"《「丨|])")
_PLAN_SPAN = re.compile(r"(?:方案|规划|计划|纲要|要点|行动)\s*[(（]\s*((?:19|20)\d{2})\s*年?\s*[-—–~至到]\s*((?:19|20)\d{2})年")
_SERIES_YEAR = re.compile(r"(?<!\d)(20\d{2})年(?:度)?第[一二三四五六七八九十\d]+次")  # `2020年第三次会议`
# the years a title spans (`三年行动计划(2018—2020年)`, `2021-2025年…规划`)
_YEAR_RANGE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*年?\s*[-—–~至到]\s*(?:19|20)\d{2}年")


STATED_SOURCES = ("stated", "lead_date", "signature", "dateline")


@dataclasses.dataclass(frozen=True)
class ReferenceDate:
    published: dt.date | None  # the publication date the page states, else None
    date: dt.date | None  # what relative times (`今年`, `8月底前`) are read against
    source: str  # stated | lead_date | signature | dateline | latest_date | title_year | text_year | none
    year: int | None = None  # title_year / text_year: only the year is known, the date stays None

    @property
    def for_relative_times(self) -> dt.date | None:
        """The date `今年`, `8月底前` are read against; with only a year known, that year (read at
        year precision: `stated` is False)."""
        return self.date or (dt.date(self.year, 1, 1) if self.year else None)

    @property
    def stated(self) -> bool:
        """A full date the page gives for itself (not one read off its content)."""
        return self.source in STATED_SOURCES


def _date(y, m, d) -> dt.date | None:
    try:
        return dt.date(int(y), int(m), int(d))
    except (TypeError, ValueError):
        return None


# The years a page's own date stamp (its publication stamp, the date signing it) can name. A stamp
# outside them is a site's fault, not a date: the Unix epoch a CMS prints for a missing date
# (`1970-01-01 08:00`), a typo (`2201-05-06`). The build check on marts.dim_documents
# (expectations/marts_dim_documents.json) holds the same bounds for published_date.
PUBLISHED_YEARS = (1990, 2100)


def _stamp(y, m, d) -> dt.date | None:
    """A date a page gives for itself, or None outside PUBLISHED_YEARS."""
    d = _date(y, m, d)
    return d if d and PUBLISHED_YEARS[0] <= d.year <= PUBLISHED_YEARS[1] else None


def published_date(raw_header_lines: list[str]) -> dt.date | None:
    """The first publication stamp in page order: a labelled date (`发布时间:…`, `發布時間:…`), a
    timestamp (`04.01.2018 18:02` day first, `Jul 17th 2018, 19:50` in English; one before the page's reads, `…
    2023-11-23 15:16:16 437阅读`), a newspaper's date line (`2019年6月6日 星期四`,
    `中国证券报 2023-02-22`), a source line (`来源:XX日报 2021-04-12`, `2023-08-31 来源:…`), a paper's issue (`20210604期`);
    failing those, an editor's field and a timestamp (`编辑:某某信息港 2015-09-04 15:26:48`).
    A stamp outside PUBLISHED_YEARS is passed over. A document's catalogue gives the day it was written
    (`成文日期:2022年06月10日`) and the day it was published (`发布日期:2022年06月15日`): the latter is
    the page's; the written day only when no other stamp is there."""
    written = None
    for k, line in enumerate(raw_header_lines):
        line = PINYIN_ANNOTATION.sub("", line)  # `時(shí)間:2016-5-31`
        # (not a table of days, `2024-03-01 |52` over `2024-03-02 |61`: a row of fields is the page's own only alone)
        table = any(_ROW_OPENS_WITH_DAY.match(x) for x in raw_header_lines[max(0, k - 1):k] + raw_header_lines[k + 1:k + 2])
        for pat in (_STAMP_DATE, _LABELLED_DATE, _NEWSPAPER_DATE, _SOURCE_DATE, _DATE_THEN_SOURCE, _ISSUE_DATE,
                    _FIELD_ROW_DATE, _LISTED_STAMP, _TOOLBAR_DATE, _READS_STAMP):
            if table and pat is _FIELD_ROW_DATE:
                continue
            for m in pat.finditer(line):
                groups = [g for g in m.groups() if g is not None]
                d = _stamp(*groups[-3:])
                if d and pat is _LABELLED_DATE and m.group().startswith("成文日期"):
                    written = written or d
                elif d:
                    return d
        m = _ENGLISH_STAMP.match(line)
        if m:  # `Jul 17th 2018, 19:50`, `17 July 2018 19:50`
            month = _MONTHS.index(((m.group("mon") or m.group("mon2"))[:3]).lower()) + 1
            d = _stamp(int(m.group("y") or m.group("y2")), month, int(m.group("d") or m.group("d2")))
            if d:
                return d
        m = _DAY_FIRST_STAMP.match(line)
        if m:
            day, month, year = (int(g) for g in m.groups())
            d = _stamp(year, month, day) if month <= 12 else _stamp(year, day, month)
            if d:
                return d
    # (above a table of tasks only: `县生态环境局 2019年10月31日` under `责任单位 完成时限` is a row of it)
    table = next((k for k, x in enumerate(raw_header_lines[:12]) if _TABLE_HEADER.search(x)), 12)
    for line in raw_header_lines[:table]:
        m = _ACCOUNT_DATE.match(PINYIN_ANNOTATION.sub("", line))
        if m:
            d = _stamp(*m.groups()[-3:])
            if d:
                return d
    for line in raw_header_lines:
        m = _EDITOR_DATE.search(PINYIN_ANNOTATION.sub("", line))
        if m and (d := _stamp(*m.groups()[-3:])):
            return d
    for line in raw_header_lines:
        m = _BULLET_STAMP.match(line)
        if m and (d := _stamp(*[g for g in m.groups() if g is not None][-3:])):
            return d
    return written or _chrome_date(raw_header_lines)


def _chrome_date(lines: list[str]) -> dt.date | None:
    """A full date on a short line of page chrome above the text's first sentence, which no stamp above reads
    (`网络整理 2017-07-10 最新信息`, `政务   2024-10-23 17:32   湖南`, `城市镜像.新闻汇总 2021-12-13`, `时间/2024-02-01
    17:23:04`): the page's day, failing all else; not a period's bound (`公示期:…至…`, `截止时间`), nor a table's row of
    days (`2024-03-01 |52`)."""
    for line in lines[:_CHROME_LINES]:
        line = PINYIN_ANNOTATION.sub("", line).strip()
        if len(line) > 200 or _PROSE_LINE.search(line):  # (a long line is text, not chrome: read no further into it)
            return None  # (the text has begun: its dates are what it tells of)
        m = _A_FULL_DATE.search(line)
        # (words of chrome only, short runs: not a related item's headline, `2016-07-01 我县召开会议 点击:3`, nor a
        # reporter's, `中国证券报记者 2023-02-22 报道称`)
        if m and len(line) <= 60 and not _NOT_A_STAMP.search(line) and not _ROW_OPENS_WITH_DAY.match(line) \
                and not (_A_DOCUMENTS_DAY.search(line, 0, m.start()) and not _WEEKDAY.match(line, m.end())) \
                and not re.search(r"[\u4e00-\u9fff]{6}", line[:m.start()] + " " + line[m.end():]) \
                and (_SIGNATURE.match(line) or _STAMP_MARK.search(line)) and (d := _stamp(*m.groups())):
            return d  # (marked as a stamp: a time of day, a weekday, an issue, a field's word; or the date alone)
    return None


_CHROME_LINES = 30
_A_FULL_DATE = re.compile(_DATE)
# a document's or a report's name before a date (`工作简报 2023-02-22 10:00`, `环境质量公报 2023-02-22`): its own day, not the
# page's (a paper's day line is, `中国城市报 2017年06月12日 星期一`)
_A_DOCUMENTS_DAY = re.compile(r"(?:报|報|告|知|案|划|劃|刊|会)\s*$")
_WEEKDAY = re.compile(r"\s*(?:星期|周|礼拜)[一二三四五六日天]")
# a sentence: clauses of words, or one ended (`公示期为10个工作日。`)
_PROSE_LINE = re.compile(r"[\u4e00-\u9fff]{4,}[,，;；][^。]*?[\u4e00-\u9fff]{2,}[,，。;；]|[\u4e00-\u9fff]{2}[。!！?？]")
# not a stamp: a period's bound, a report's day delivered (`——2017年3月28日在…会议上`: dev stats_05's key leaves the page
# undated), a reporter's, prose, a site's today (`今天是…`), the weather, a countdown, a validity, a link to another item, a
# counter's start (`自2010-01-01起`; not `自治区` in a body's name)
_NOT_A_STAMP = re.compile(r"至|到|截止|截至|公示|报名|期限|时限|会议时间|活动时间|会议上|记者|报道|^[—-]|[,，。;；]"
                         r"|今天|今日|距离?|还有|有效|生效|会期|上一篇|下一篇|自(?!治)|起|℃|晴|多云|阴天|小雨|中雨|大雨")
# what marks a line's date as the page's stamp: a time of day, a weekday, a paper's issue, a field's or a page tool's word
_STAMP_MARK = re.compile(r"\d{1,2}:\d{2}|星期|周[一二三四五六日天]|第\s*\S{1,12}期|来源|來源|作者|编辑|編輯|发布|發布|时间|時間|更新"
                         r"|浏览|瀏覽|阅读|閱讀|点击|點擊|网络整理|分享|打印|发稿")


def signature_date(lines: list[str]) -> dt.date | None:
    """A date closing a notice or letter: a line that is only a date, or a dated field
    (`公示时间:2020年12月6日至…`), among the last lines of the text; none outside PUBLISHED_YEARS."""
    for line in reversed(lines[-15:]):
        m = _SIGNATURE.match(line) or _FIELD_DATE.search(line)
        if m:
            d = _stamp(*m.groups()[-3:])
            if d:
                return d
    return None


@lru_cache(maxsize=4)
def _signer(layout: Layout) -> re.Pattern | None:
    """Who signs a notice or an announcement, on the line above its date: a body, its name ending as
    an organisation's does (`杭州市拱墅区人民政府办公室`: org_suffixes.csv), or an official of one and their
    name (`大理白族自治州生态环境局局长 李利彪`: a title officials sign with, titles.csv)."""
    if not layout.signing_bodies:
        return None
    bodies = "|".join(map(re.escape, layout.signing_bodies))
    titles = "|".join(map(re.escape, layout.signing_titles))
    official = rf"(?:[\u4e00-\u9fff]{{0,8}}(?:{titles})\s*[\u4e00-\u9fff·]{{2,4}})?" if titles else ""
    return re.compile(rf"\s*[\u4e00-\u9fff（）()]{{2,30}}(?:{bodies}){official}\s*")


@lru_cache(maxsize=4)
def _signer_and_date(layout: Layout) -> re.Pattern:
    """The signer and the date on one line (`山西省人民政府办公厅 2021年5月13日`)."""
    return re.compile(rf"(?:{_signer(layout).pattern})\s" + _DATE + r"\s*")


# a cover letter's last words, right above its date when its signer is not kept (`…现将《…方案》印发给你们,
# 请认真抓好贯彻落实。` / `2024年5月9日`)
_COVER_LETTER_END = re.compile(r".*(?:印发给你们|转发给你们|特此通知|特此公告|特此函告)[^。]{0,20}。\s*")


# a table's header naming its columns (`序号 整改任务 责任单位 完成时限`), not a task's field (`(责任单位:市生态环境局)`)
_TABLE_HEADER = re.compile(r"(?:责任单位|牵头单位|配合单位|完成时限|整改时限|完成时间|时限要求)(?!\s*[:：])")


def signed_date(lines: list[str], layout: Layout) -> dt.date | None:
    """The date a notice or an announcement is signed with: a line that is only a date, right below
    its signer's line (or its cover letter's last words, the signer lost), among the text's last lines
    (its signature) or else its first (a cover letter's, `…人民政府办公室` / `2018年9月28日`), or both on one line
    (`山西省人民政府办公厅 2021年5月13日`); not a row of a
    table of tasks with one cell a line (`县生态环境局` / `2019年10月31日` under `责任单位`, `完成时限`);
    none outside PUBLISHED_YEARS."""
    signer = _signer(layout)
    if signer is None:
        return None
    n = len(lines)
    # (on one line only outside a table of tasks, whose rows are a unit and a deadline: `县生态环境局 2019年10月31日`)
    signer_and_date = None if any(_TABLE_HEADER.search(x) for x in lines) else _signer_and_date(layout)
    for k in [*range(n - 1, max(0, n - 15), -1), *range(1, min(n, 10))]:
        m = _SIGNATURE.match(lines[k])
        signed = m and (signer.fullmatch(lines[k - 1]) or _COVER_LETTER_END.fullmatch(lines[k - 1]))
        if not signed and signer_and_date is not None:
            m = signed = signer_and_date.fullmatch(lines[k])
        if signed and not any(_TABLE_HEADER.search(x) for x in lines[max(0, k - 8):k]):
            d = _stamp(*m.groups()[-3:])
            if d:
                return d
    return None


# (or a day whose 月 the page lost, after the credit: `本网讯,(本刊记者莫某)629日,`, timex.glued_month_day)
_LEAD_DAY = re.compile(r"^(?:[\u4e00-\u9fff]{0,12}讯[\s,，]*)?(?:[(（][^)）]{0,20}[)）]\s*)?(?:[^\d,，。:：]{2,10}[,，])?"
                       r"(?:(\d{1,2})月(\d{1,2})日|(?<=[)）])(?P<glued>\d{3,4})日)(?:上午|下午|晚)?[,，]")  # (`经省政府同意,10月9日下午,…`)
# a paper's dateline naming the day alone (`黑龙江日报23日讯`, `本报12日讯`)
_BARE_DAY_DATELINE = re.compile(r"(?:[\u4e00-\u9fff]{2,12}?)(?<![月年])(\d{1,2})日(?:讯|电)")
# after a dateline, the day its lead opens with (`…9月2日讯(…)9月1日上午9时,`)
_DAY_AFTER_DATELINE = re.compile(r"\s*(\d{1,2})月(\d{1,2})日(?:上午|下午|晚上?|凌晨|中午)?(?:\d{1,2}[时点](?:\d{1,2}分|半)?)?[,，]")
# after a dateline, the day the reporter learnt what the report tells (`新华社海口6月13日电(记者 刘博)记者12日从…获悉`)
_REPORTER_DAY = re.compile(r"\s*记者(\d{1,2})日(?:从|在|获悉|了解|采访|走访)")
# a page's first prose opening with a full date (`2018年11月12日下午,托县县长…`)
_FULL_DATE_LEAD = re.compile(r"((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日(?:上午|下午|晚上?)?[,，]")
_MONTH_NAMED = re.compile(r"\d{1,2}月(?!\d{1,2}日)")  # a month named as a period (`3月份`), not a stamp's day
# a lead opening with the day alone, of the stamp's month or the one before (`10日,2017年宜昌市环保局长会议在城区召开`,
# `记者14日从北京市农村工作委员会获悉,`)
_BARE_DAY_LEAD = re.compile(r"(\d{1,2})日(?:上午|下午|晚上?)?[,，]")


# a transcript's agenda: the day of the event it records, then where it is held or who speaks (`时间:2021年6月4日 10:00` /
# `地点:…演播厅` / `发布人:…`); not a page's stamp (`时间:2023-05-30 09:24` / `来源:生态环境部`)
_AGENDA_DAY = re.compile(r"^(?:时\s*间|日\s*期)\s*[:：]\s*(?:(?:19|20)\d{2}\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日")
_AGENDA_FIELD = re.compile(r"^(?:地\s*点|主\s*持\s*人?|发\s*布\s*人|出\s*席|参\s*加|嘉\s*宾)\s*[:：]")


def agenda_day(lines: list[str]) -> tuple[int, re.Match] | None:
    """(index, the day's match) of the line of an agenda that dates the event a transcript records, among its
    first lines; None when there is none."""
    for k, line in enumerate(lines[:25]):
        m = _AGENDA_DAY.match(line.strip())
        if m and any(_AGENDA_FIELD.match(x.strip()) for x in lines[k + 1:k + 4]):
            return k, m
    return None


def _reporter_day(line: str, at: int, filed: dt.date) -> dt.date:
    """The day the reporter learnt what a report filed on `filed` tells (`…6月13日电(记者 刘博)记者12日从…获悉`: the
    12th) or the day its lead opens with (`浙江在线9月2日讯(…记者 江帆)9月1日上午9时,…`: the 1st), or `filed` when the
    opening names none; a day after the filing day is of the month before."""
    lead = _DAY_AFTER_DATELINE.match(line, at)
    if lead:
        d = _date(filed.year, lead.group(1), lead.group(2))
        return d if d and d <= filed and (filed - d).days <= 31 else filed
    m = _REPORTER_DAY.match(line, at)
    return (_day_up_to(int(m.group(1)), filed) or filed) if m else filed


def _day_up_to(day: int, upto: dt.date) -> dt.date | None:
    """The last day numbered `day` on or before `upto`: of its month, or of the month before (`记者12日从…` filed on the
    13th; `23日讯` stamped on the 2nd of the next month)."""
    month = upto if day <= upto.day else upto.replace(day=1) - dt.timedelta(days=1)
    return _date(month.year, month.month, day)


# a photo's caption (`会议现场。记者 张某 摄`) or a summary over the lead (`摘要:…。`): no item's text before the lead
_CAPTION_OR_SUMMARY = re.compile(r"^\s*(?:摘要|编者按|导读|【)|摄\s*[)）]?\s*$")


def _lead_day(body: list[str], published: dt.date) -> dt.date | None:
    """The day a news report opens with (`7月26日,廊坊市…召开…`, `XX报讯(记者…)5月25日,…`), is filed
    on (`中新网兰州6月2日电`) or a transcript's agenda gives (`时间:2021年6月4日`), in the weeks before its
    publication stamp."""
    prose = False  # (a dateline after the page's prose is another item's: `相关新闻` / `中新网兰州6月2日电`)
    told = False  # (so is a lead's day after an item's text, not after a caption or a summary: `本报讯 6月5日,…` on a paper's page)
    agenda = agenda_day(body)
    for k, line in enumerate(body[:25]):
        m = agenda[1] if agenda and agenda[0] == k else _LEAD_DAY.match(line.strip()) if not told else None
        filed = DATELINE.match(line) if m is None and not prose else None
        m = m or (filed and _DATELINE_DAY.search(line, 0, filed.end()))
        if m is None and not told and (bare := _BARE_DAY_LEAD.match(line.strip()) or _REPORTER_DAY.match(line.strip())) \
                and not any(_MONTH_NAMED.search(x) for x in body[:k]):
            return _day_up_to(int(bare.group(1)), published)  # (not after a month the page names: `3月份工作动态` / `5日,…`)
        if m is None and not prose and (bare := _BARE_DAY_DATELINE.match(line.strip())):
            # `黑龙江日报23日讯(…记者…)23日,…`: a paper's dateline by the day alone, of the stamp's month or the one before
            return _day_up_to(int(bare.group(1)), published)
        prose = prose or "。" in line
        told = told or ("。" in line and len(line.strip()) >= 40 and not _CAPTION_OR_SUMMARY.search(line))
        if not m:
            continue
        glued = m.groupdict().get("glued")
        month_day = (glued_month_day(glued) or (None, None)) if glued else (m.group(1), m.group(2))
        for year in (published.year, published.year - 1):
            d = _date(year, *month_day)
            if d and d <= published and (published - d).days <= 90:
                return _reporter_day(line, filed.end(), d) if filed else d
        return None
    return None


# the year a goal is due (`到2020年`, `力争2025年`, `2021年底前`; not `2023年前三季度`)
_DUE_YEAR = re.compile(r"(?:到|力争|争取|计划)\s*(20\d{2})年|(20\d{2})年\s*(?:年底|底|末|\d{1,2}月(?:\d{1,2}日)?(?:底|末)?)?前"
                       r"(?![三两一二四]?季度|\d|[一二三四五六七八九十]个?月)")  # (`2022年12月底前`, `2023年6月30日前` too)
# a deadline set to a month or a day (`2017年7月底前`, `2023年6月30日前`)
_DUE_MONTH = re.compile(r"(20\d{2})年\s*\d{1,2}月(?:\d{1,2}日)?(?:底|末)?前")
# the year a state is told as of (`截至2022年`, `2022年底`), or one a goal names (`2022年度约束性目标`, `2022年力争`)
_AS_OF_YEAR = re.compile(r"(?:至|截至)\s*(20\d{2})年|(20\d{2})年\s*(?:年底|底|末|度?(?:约束性|预期性)?目标|力争)")


def _target_years(text: str, headline: bool = False) -> set[int]:
    """Where the years of goals (`到2025年`, `2025年底前`) start in text, and, but in a headline, those a state is
    told as of or a goal names (`截至2022年底`, `2022年度目标`): in a text, none is a year it reports on; a
    headline's `截至2022年底` is its page's year."""
    found = [*(m for m in _DUE_YEAR.finditer(text) if not _reached(text, m.start())),
             *(() if headline else _AS_OF_YEAR.finditer(text))]
    return {m.start(1) if m.group(1) else m.start(2) for m in found}


def _reached(text: str, at: int) -> bool:
    """`到` at `at` tells a level a change has already reached (`已经从2015年的86万吨下降到2017年的38万吨`): its year
    is one reported on, no goal's."""
    clause = re.split(r"[,，。;；:：]", text[max(0, at - 30):at])[-1]
    return bool(re.match(r"到\s*20\d{2}年的", text[at:])) and clause[-1:] in ("降", "升", "增", "减", "高", "长") \
        and "已" in clause


# the year of a year's plan in its title: `2021年度…`, `2022年…工作要点` (not `2019年中央…督察反馈意见整改方案`)
_YEARS_PLAN = re.compile(r"(20\d{2})年(?:度|[\u4e00-\u9fff]{0,12}?(?:工作方案|工作计划|工作要点|实施计划|行动计划))")


# after a year, the record it is counted from (`为2013年我国实施…新标准以来历史同期最好水平`, `为2013年有监测记录以来首次达到…`,
# `为2013年以来PM2.5月均浓度达标城市最多的月份`): no year reported on
_RECORD_SINCE = re.compile(r"[^,，。;；]{0,16}?以来[^,，。;；]{0,16}?(?:最|新高|新低|首次|首个|第一次)")


def _report_looks_back(text: str, m: re.Match) -> bool:
    """The year _ANY_DATE matched at m is one a work report looks back on (_REPORT_LOOKS_BACK)."""
    return not m.group(2) and bool(_REPORT_LOOKS_BACK.search(text, max(0, m.start(1) - 12), m.start(1))) \
        and bool(_YEAR_LOOKED_BACK_ON.match(text, m.end(1)))


def _bulletin_named(text: str, year: int, released: bool = False) -> bool:
    """The text names the bulletin of a year (`《2018年生态环境质量公报》`); `released`: as put out (`发布《…》`,
    `《…》出炉`; not one to compile, `做好《2024年…公报》编制`)."""
    for m in _ANY_DATE.finditer(text):
        if int(m.group(1)) != year or not in_book_title(text, m.start(1)):
            continue
        b = _YEARS_BULLETIN.match(text, m.end(1))
        closed = re.match(r"(?:公报|报告)?》", text[b.end():b.end() + 4]) if b else None
        if closed is None:
            continue
        opened = text.rfind("《", 0, m.start(1))
        if not released or _PUT_OUT.search(text, max(0, opened - 6), opened) or _PUT_OUT.match(text, b.end() + closed.end()):
            return True
    return False


_PUT_OUT = re.compile(r"发布|公布|印发|出炉|公开")
# (or told, as the state of things is: `通报了2021年8月…排名情况`)
_REPORTED = re.compile(_PUT_OUT.pattern + r"|通报|发出|披露")


def _years_spoken_of(text: str, told: bool = False, reports: bool = True) -> list[int]:
    """The years a text reports on: not a target's (`到2025年`), not one in a document's name, not a comparison's base
    (`比2015年`, `在2012年基础上`), but the year after a same period's base (`较2016年同期`: 2017). `told`: the years
    the text is told in, a year's bulletin or state the year after it (`…通报了2018年全市生态环境质量状况`: 2019), and with
    `reports` a year a work report looks back on."""
    targets = _target_years(text)
    # a plan's span after its name (`…建设行动方案(2023—2027年)`) speaks from its first year, not its last
    spans = {m.start(2): int(m.group(1)) for m in _PLAN_SPAN.finditer(text)}
    issued = {m.start("year") for m in issued_plans(text)} if told else set()
    out = []
    for m in _ANY_DATE.finditer(text):
        bulletin = _YEARS_BULLETIN.match(text, m.end(1)) if told else None
        if bulletin and in_book_title(text, m.start(1)) and re.match(r"(?:公报|报告)?》", text[bulletin.end():bulletin.end() + 4]):
            # a year's bulletin by its name (`发布《兰州市2023年生态环境状况公报》`): told after it (not a plan named after
            # the state it improves, `《…2024年生态环境质量状况提升工作方案》`)
            out.append(int(m.group(1)) + 1)
            continue
        if told and text.endswith("过去的", 0, m.start(1)) and not text.endswith(_STILL_PASSING, 0, m.start(1)):
            out.append(int(m.group(1)) + 1)  # `刚刚过去的2020年生态环境质量如何?`: a year just over, told the year after
            continue
        if told and _YEARS_REVIEW.match(text, m.end(1)) and not text.endswith("对", 0, m.start(1)):
            out.append(int(m.group(1)) + 1)  # a year's review (`召开2021年度目标责任考核总结表彰大会`): held the year after
            continue
        if m.start(1) in issued:
            out.append(int(m.group(1)))  # a year's plan reported issued (`近日,我区印发《武隆区2021年…目标任务分解》`): told
            continue  # in that year (not one followed, `按照省政府印发的《…2019年…方案》要求`)
        if m.start(1) in targets or in_book_title(text, m.start(1)):
            continue  # (a plan's name, `《广州市城市环境总体规划(2014-2030年)》`, is no year reported on)
        if _RECORD_SINCE.match(text, m.end(1) + 1):
            continue  # (nor the year a record is counted from: `为2013年我国实施空气质量新标准以来历史同期最好水平`)
        if m.start(1) in spans:
            out.append(spans[m.start(1)])
            continue
        if told and reports and _report_looks_back(text, m):
            out.append(int(m.group(1)) + 1)  # `报告指出,2024年,该省…`: a year a work report looks back on
            continue
        if told and _YEAR_ACHIEVED.match(text, m.end(1)):
            out.append(int(m.group(1)) + 1)  # `2016年,我省…狠抓重点任务落实,取得了积极进展`: a year looked back on
            continue
        # (or the level a change starts from: `由2016年的66微克/立方米降至62`)
        if text[m.start(1) - 1:m.start(1)] in ("比", "较", "与") or _BASE_WORDS.match(text, m.end(1) + 1) \
                or (text[m.start(1) - 1:m.start(1)] == "由" and _FROM_LEVEL.match(text, m.end(0))):
            if text.startswith("同期", m.end(0)) and not m.group(2):
                out.append(int(m.group(1)) + 1)
            continue
        out.append(int(m.group(1)) + (told and _YEARS_BULLETIN.match(text, m.end(1)) is not None))
    for m in _BULLETIN_YEAR_BARE.finditer(text) if told else ():
        bulletin = _YEARS_BULLETIN.match(text, m.end(1))
        if bulletin and re.match(r"(?:公报|报告)?》", text[bulletin.end():bulletin.end() + 4]):
            out.append(int(m.group(1)) + 1)  # `发布《2015中国环境状况公报》`: the year's bulletin, its 年 left out
    return out


# a year still passing (`在即将过去的2023年里`) or a comparison's base (`与过去的2015年相比`), not one just past
_STILL_PASSING = ("即将过去的", "将要过去的", "就要过去的", "与过去的", "比过去的", "较过去的")
# a tally since a year or a day of it (`今年以来`, `2018年以来`, `今年1月以来`), not over years (`五年来`, `近年来`)
_SINCE_A_YEAR = re.compile(r"(?:今年|本年|年初|\d{4}年)[^以]{0,6}以来")
# a clause saying what prompts what the sentence goes on to tell (`针对…新领域,`, `为了…,`, `面对…,`)
_PROMPTED_BY = re.compile(r"(?:针对|为了|随着|面对|鉴于|基于)[^,，。;；:：]*[,，]")
# after a year, in its clause, words looking ahead to it (`2020年,全市…将…`, `2020年拟…`, `2020年,全市要…`, `2020年1月空气
# 质量预测`; not `2020年主要污染物…`, `2020年全市完成年度计划任务的98%`)
_AHEAD_OF_YEAR = re.compile(r"年[,，]?[^,，。;；!?！？]{0,12}?(?:将|拟|预计|预测|预报|展望|力争|计划(?!任务|的)"
                            r"|(?<![主重需必纲概])要(?![求素点]))")


def _year_told_in(text: str, years: list[int], month: int) -> int | None:
    """The year a text reporting on `years` is told in, opening with a day of `month` (0: none): the latest of them,
    but late in a year (October on) the year before a latest one only looked ahead to (`12月31日,…副市长…调研。…
    2019年打好…三大保卫战…,…2020年1月空气质量预测…。2020年,全市…将…`: 2019)."""
    if not years:
        return None
    year = max(years)
    press = [y for y in _YEAR.finditer(text) if int(y.group(1)) == year - 1
             and (b := _YEARS_BULLETIN.match(text, y.end(1))) is not None and b.group(0).endswith("新闻发布会")]
    if month >= 7 and press and not any(int(y.group(1)) == year and y.start(1) not in _target_years(text)
                                        for y in _YEAR.finditer(text)):
        return year - 1  # a year's press conference in its second half (`12月4日,永修县2024年生态环境保护工作新闻发布会举行`):
        # held in it, not the year after as a year's bulletin is (a goal of the next year aside: `2025年,…力争降至30`)
    if _years_spoken_of(text, told=True).count(year) > _years_spoken_of(text).count(year):
        return year  # the year after a bulletin's or a review's (`10月15日电 …发布《2019年…公报》`): told in it
    named = [y for y in _YEAR.finditer(text) if int(y.group(1)) == year]
    if month >= 10 and year - 1 in years and named and all(_AHEAD_OF_YEAR.match(text, y.end()) for y in named):
        return year - 1
    return year


# the day or the recent time a sentence reports a plan issued on (`4月1日,…出台《…》`, `近日,我区印发《…》`)
_ISSUED_ON = re.compile(LATELY_WORDS + r"|\d{1,2}月(?:\d{1,2}日)?|今年|本月")


def reference_date(raw_text: str, clean_text: str, title: str | None, plan: bool = False,
                   layout: Layout = Layout()) -> ReferenceDate:
    """What relative times are read against (see ReferenceDate); `plan`: the page is a plan
    (metadata.doc_type), which speaks from the first year its title spans; `layout`: who signs a page."""
    lines = raw_text.split("\n")
    pub = published_date(lines[:60])
    body = [x for x in clean_text.split("\n") if x.strip()]
    if pub and plan and title:
        # a year's plan (`…印发贵港市2021年度…实施计划的通知`) stamped two years on or more is a repost: it speaks from its
        # year, not the stamp's (not a year naming what the plan is about: `…2019年中央生态环境保护督察反馈意见整改方案`)
        years = {int(y.group(1)) for y in _YEARS_PLAN.finditer(title)}
        if len(years) == 1 and not _YEAR_RANGE.search(title) and pub.year > min(years) + 1:
            return ReferenceDate(pub, None, "title_year", min(years))
    if pub:
        lead = _lead_day(body, pub)
        if lead:  # `5月25日,省政府新闻办举办…`: the report's own day is the text's now
            return ReferenceDate(pub, lead, "lead_date")
        return ReferenceDate(pub, pub, "stated")
    signed = signed_date(body, layout)
    if signed:  # a signed date is the page's own (GUIDE: published_date)
        return ReferenceDate(signed, signed, "signature")
    sig = signature_date(body)
    if sig:  # a field's (`公示时间:2020年12月6日至…`) or a closing date with no signer above it
        return ReferenceDate(None, sig, "signature")
    head = "\n".join(body[:12])
    m = _DATELINE_DAY.search(head)
    if m:
        # (a year's bulletin, `《西宁市2024年生态环境质量状况公报》发布`, comes out the year after)
        # (or one the opening tells of so: `2024年北京优良天数达290天` over `…从2024年北京市空气质量新闻发布会上获悉`)
        # (and a year whose annual figure the headline tells, `2024年广东149个国考断面年均水质…` over `1月20日电`, is over:
        # a dateline in the first half of a year is of the year after)
        annual = int(m.group(1)) <= 6 and not _GOAL_IN_HEADLINE.search(title or "")
        told = {int(y.group(1)) for y in _YEAR.finditer(head) if _told_after(head, y.end())} | {
            int(a.group(1)) for a in _ANY_DATE.finditer(head) if annual and _report_looks_back(head, a)}
        # (or, in the first half of a year, a work report looks back on: `1月18日电 …政府工作报告指出,2024年,该省…`)
        years = [int(y.group(1)) + bool(_told_after(title, y.end()) or int(y.group(1)) in told
                                        or (annual and _ANNUAL_FIGURE.match(title, y.end())))
                 for y in _YEAR.finditer(title or "")] \
            or _years_spoken_of(head, told=True, reports=annual) or _years_spoken_of(clean_text, told=True, reports=annual)
        year = _year_told_in(head, years, int(m.group(1)))
        d = _date(year, m.group(1), m.group(2)) if year is not None else None
        told_up_to = max((month_end(int(a.group(1)), int(a.group(2))) for a in _AS_OF_MONTH.finditer(head)
                          if 1 <= int(a.group(2) or 0) <= 12 and not _TERM_BEFORE.search(head, max(0, a.start() - 8), a.start())
                          and not _AIMED_AT.search(head, max(0, a.start() - 6), a.start()) and not head.startswith("前", a.end())),
                         default=None)
        if told_up_to and (d is None or told_up_to >= d):
            # `本报杭州4月20日专电 …截至2016年12月,…共移送…3817件`: told after that month, so on the first such day after it
            d = _date(told_up_to.year, m.group(1), m.group(2))
            if d and d <= told_up_to:
                d = _date(told_up_to.year + 1, m.group(1), m.group(2))
        # `1月11日消息 …记者1月11日了解到,2020年10月12日,执法部门对…进行调查`: a day opening a clause the text tells of
        # (not a deadline, `要在2018年10月31日完成`) months after the dateline's, so the dateline is in the year after (not
        # a stamp a day after it, `2017年07月18日 星期二` over `本报北京7月17日专电`)
        past_days = [x for a in _ANY_DATE.finditer(clean_text) if a.group(3) and not in_book_title(clean_text, a.start())
                     and clean_text[a.start() - 1:a.start()] in ("", ",", "，", "。", ";", "；", ":", "：", "\n", " ")
                     and re.match(r"(?:上午|下午|晚上|凌晨|晚)?[,，]", clean_text[a.end():a.end() + 3])
                     and (x := _date(a.group(1), a.group(2), a.group(3)))]
        if d and past_days and (max(past_days) - d).days > 60 and max(past_days).year == d.year:
            d = _date(d.year + 1, m.group(1), m.group(2))
        if d:
            return ReferenceDate(None, d, "dateline")
    series = _SERIES_YEAR.search(title or "")
    # (the line after the headline: the report's first)
    lead = _LEAD_DAY.match(body[1].strip()) if len(body) > 1 and body[0].strip() in (title or "") else None
    if lead and series and not plan:
        # `我县召开…2020年第三次会议` over `10月19日,我县召开…`: the report's own day, in the year of the
        # session its title numbers (a review's year, `2023年度…总结会`, is not the year it is held in)
        d = _date(int(series.group(1)), lead.group(1), lead.group(2))
        if d:
            return ReferenceDate(None, d, "lead_date")
    best = None  # the latest full date the text tells
    for m in _ANY_DATE.finditer(clean_text):
        if m.group(2) and m.group(3):
            d = _date(m.group(1), m.group(2), m.group(3))
            if d and (best is None or d > best):
                best = d
    # the page's first prose opening with a full date (`2018年11月12日下午,托县县长…现场调研…`): the day of the event it
    # reports, the text's now (GUIDE: open periods end on the event's date)
    # (not a look-back opening with the day a policy was issued, a later date told after it: `2013年9月10日,国务院印发…。
    # …2018年9月28日,生态环境部…通报`)
    prose = next((x.strip() for x in body[:8] if "。" in x), "")
    opened = _FULL_DATE_LEAD.match(prose)
    if opened and (d := _date(opened.group(1), opened.group(2), opened.group(3))) and d == best:
        return ReferenceDate(None, d, "lead_date")
    # `截至2025年6月底,…已完成`: written after that month; not a plan's term (`实施期限截至…`), a
    # window (`申报时间:即日起截止…`), nor a month before a year the title or text speaks of
    latest_spoken = None  # the latest year the title or text speaks of, read only for a year's close
    for m in _AS_OF_MONTH.finditer(clean_text) if not plan else ():
        if _TERM_BEFORE.search(clean_text, max(0, m.start() - 8), m.start()):
            continue
        if m.group(2) is None and (best is None or int(m.group(1)) > best.year + 1
                                   or re.match(r"[底末]前", clean_text[m.end():m.end() + 2])):
            # (`截至2022年底` only moves a day the page states on, by a year at most: alone it is the year it speaks of;
            # `截止2022年底前` and `会议提出,截至2025年底,…` set goals)
            continue
        month = int(m.group(2) or 12)  # (`截至2022年底`: its December)
        if month == 12:
            if latest_spoken is None:
                latest_spoken = max([int(y.group(1)) for y in _YEAR.finditer(title or "")] + _years_spoken_of(clean_text),
                                    default=0)
            if int(m.group(1)) < latest_spoken:
                continue  # (a year's close, `截止2023年12月`, told by a page about the year after)
        d = month_end(int(m.group(1)), month) if 1 <= month <= 12 else None
        if d and (best is None or d > best):
            best = d
    # a month a sentence opens by telling of it (`2019年11月份,市12369环保热线共受理…5775个`): the page was written after it
    for m in _MONTH_TOLD.finditer(clean_text) if best and not plan else ():
        d = month_end(int(m.group(1)), int(m.group(2))) if 1 <= int(m.group(2)) <= 12 else None
        if d and d > best and not _AIMS.search(clean_text, m.end(), m.end() + 30):
            best = d
    if best:
        # `5月17日,…督察组向湖北省交办信访件96件` opening a page that states `进驻期间(2024年5月8日至6月8日)`: the report's
        # own day, when the latest full date's year puts it after that date, is the text's now
        opening = body[1] if len(body) > 1 and title and body[0].strip() in title else body[0] if body else ""
        lead = _LEAD_DAY.match(opening.strip()) if not plan else None
        d = _date(best.year, lead.group(1), lead.group(2)) if lead and lead.group(1) else None
        if d and d > best:
            return ReferenceDate(None, d, "lead_date")
        return ReferenceDate(None, best, "latest_date")
    if title:
        # (not a goal's year: `…明确了到2020年的总体工作目标` read as a headline; `截至2022年底` is the page's)
        goals = _target_years(title, headline=True)
        # (nor the base of a comparison: `咸阳市去年收获157个“蓝天”比2017年优良天数增加3天` speaks of the year after)
        years = [int(y.group(1)) for y in _YEAR.finditer(title) if y.start(1) not in goals
                 and not _COMPARED_WITH_YEAR.search(title, 0, y.start(1))]
        span = _YEAR_RANGE.search(title) if plan else None
        if span:  # `…三年行动计划(2018—2020年)`: a plan speaks from the first year it lays out
            return ReferenceDate(None, None, "title_year", int(span.group(1)))
        summary = SUMMARY_THEN_PLAN.search(title)
        if summary:  # `…分局2020年度工作总结及2021年度工作计划`: a year's account, written as it closes
            return ReferenceDate(None, None, "title_year", int(summary.group(1)))
        bulletins = [y for y in _years_spoken_of(title, told=True) if y - 1 in years and _bulletin_named(title, y - 1)]
        if bulletins and max(bulletins) > max(years):  # `成都发布《2018年生态环境质量公报》`: a year's bulletin comes out the
            # year after (not a later year's figure compared with it: `2020年…较《2015年环境状况公报》提高…`)
            return ReferenceDate(None, None, "title_year", max(bulletins))
        if years and not plan and _bulletin_named(clean_text, max(years), released=True):
            # `2024年南昌空气优良天数比例达92.1%` over `…发布《2024年南昌市生态环境状况公报》`: the year's figures, told
            # from its bulletin the year after
            return ReferenceDate(None, None, "title_year", max(years) + 1)
        if years:  # `…责任书(2022年)`, `2016—2020年环境状况`: the year the page speaks from
            return ReferenceDate(None, None, "title_year", max(years))
    issued = [int(m.group("year")[:4]) for m in issued_plans(clean_text)
              if _ISSUED_ON.search(clean_text, max(0, clean_text.rfind("。", 0, m.start()), clean_text.rfind("\n", 0, m.start())),
                                   m.start())]
    if issued:  # a year's plan the page reports issued on a day (`4月1日,…出台《邢台市2017年…实施方案》`): told in that
        # year, the later years it names the plan's (`2020年,…基本清零`); not one looked back on (`自2018年出台《…》以来`)
        return ReferenceDate(None, None, "text_year", max(issued))
    years = _years_spoken_of(clean_text, told=True)
    if years and plan:  # a plan with no title or date speaks from the first year it names (`2016年,我市必须退出…。…
        return ReferenceDate(None, None, "text_year", min(years))  # (2017年达到77微克/立方米)`: 2016's plan)
    if years:  # the latest year the text reports on (targets such as `到2025年` do not count), or is told in
        lead = next((d for x in body[:5] if (d := _LEAD_DAY.match(x.strip()))), None)
        return ReferenceDate(None, None, "text_year", _year_told_in(clean_text, years, int(lead.group(1)) if lead else 0))
    due = [int(m.group(1)) for m in _DUE_MONTH.finditer(clean_text) if not in_book_title(clean_text, m.start(1))]
    if due:  # only goals, one due on a month (`2017年7月底前,…制定…方案`): a deadline that near is of the page's year
        return ReferenceDate(None, None, "text_year", min(due))
    return ReferenceDate(None, None, "none")


# a day named without its month (`22日`), which its item's dateline (_DATELINE_DAY, `3月22日电`) gives
_BARE_DAY = re.compile(r"\d{1,2}日")
# right before a figure: only so much, now (`仅为86.4%`, `目前…仅有3条`)
_ONLY_SO_MUCH = re.compile(r"(?:仅为|仅有|只有|仅剩)$")
# a label or a source's name opening a sentence (`钢铁快报:`, `主要目标:`), or who asks what follows (`方案要求,`)
# (or a plan's goals named, however long its name: `《…攻坚行动实施方案》目标为:到2025年,…`)
_LABEL_BEFORE = re.compile(r"(?:[^,，。:：\d\s]{2,8}[:：]|(?:其中[,，])?[^,，。:：\d\s]{2,40}?目标(?:为|是|如下)?[:：]|" + ASKS + r")\s*")
# what a document asks, after the clauses telling it was issued, right before a deadline (`…印发《…规划》,《规划》提出,到2025年,`)
_ISSUED_BEFORE = re.compile(r"(?:" + ISSUES + r")[^,，。;；]{0,6}《")
_ASKS_LATER = re.compile(r"(?<=[,，])" + ASKS + r"\s*(?=(?:到|至)\d{4}年)")
# who strives for what follows, after a clause of the means if any (`通过百日冲刺行动,某省力争到2020年底,确保…;…`): the
# deadline after it opens the sentence all the same (the time may hold the striving word: `力争到2020年底`)
# or after a clause naming what the goals complete (`完成省政府下达的“十三五”…各项指标任务,到2020年,全市…`)
_LEAD_THEN_DEADLINE = re.compile(r"[^,，。;；:：\d]{2,40}[,，](?=到)")
_STRIVES = re.compile(r"(?:[^,，。;；:：\d]{2,20}[,，])?[^,，。;；:：\d\s]{1,10}?" + STRIVE + r"(?:在|到|于)?")


# a sentence opening with the day things stand as of (`截至6月底,`, `截止到2023年12月,`)
_AS_OF_OPENING = re.compile(r"\s*(?:截至|截止到?|截止至)[^,，。;；]{1,16}[,，]")


def _widens(t: TimeSpan, heading: TimeSpan) -> bool:
    """t holds the heading's period and more (`2020年` over `2020年12月`)."""
    return bool(t.date_start and t.date_end and heading.date_start and heading.date_end
                and t.date_start <= heading.date_start and heading.date_end <= t.date_end
                and (t.date_start, t.date_end) != (heading.date_start, heading.date_end))


# what a headline's time is followed by when it tells of what is to come (`“十四五”期间 辽河流域将建成…`)
_FORESEEN_AFTER = re.compile(r"[^,，。;；:：!！?？]{0,12}?(?:将(?!近)|(?<![主重需只纲提想])要(?![求点素闻])|力争|预计)")


def _frames_from_heading(t: TimeSpan, heading: str) -> bool:
    """A heading's or headline's time frames what is under it when it names a period with its year
    (`发布2022年生态环境状况公报`, `前三季度`) or opens the heading (`4月份全市空气质量…`), not an
    event's month or day inside it (`生态环境部召开5月例行新闻发布会`) or a year numbering a series
    (`召开2023年第一次会议`)."""
    if not _usable(t) or t.precision == "day" or _numbers_a_series(heading, t):
        return False
    # (or after the heading's number: `二、1-4月环境空气质量排名情况`)
    opens = not heading[:t.start].strip(" 【】[]()（）") or heading[t.start - 1] in " :：|】" \
        or _HEADING_ORDINAL.fullmatch(heading, 0, t.start) is not None
    return "年" in t.text or t.precision == "quarter" or opens


def _year_end(t: TimeSpan) -> bool:
    """`2021年底`, `年末`: the last month of a year."""
    return t.precision == "month" and t.date_start is not None and t.date_end is not None \
        and (t.date_start.month, t.date_end.month, t.date_end.day) == (12, 12, 31)


# the words right before a year that make it the base of a comparison (`比2017年`, `较2015年`, `与2020年相比`)
_COMPARED_WITH_YEAR = re.compile(r"(?:比|较|(?<![参给赋])与|同比)$")  # (not `参与2021年全国低碳日活动`)
# a change's verb ending a margin over a goal (`较省定目标提高`), and the words asking for one (`会议明确,…`)
_MOVED = re.compile(r"(?:提高|提升|增加|减少|下降|降低|改善)了?$")
_ASKED_FOR = re.compile(r"明确|要求|提出|计划|预期")  # (not `部署`: `认真落实…决策部署,PM2.5…` reports)
# a class of water named as a goal (`考核目标为Ⅲ类`, `目标为Ⅱ类、Ⅲ类的断面`)
_CLASS_AIMED = re.compile(r"\s*(?:[ⅠⅡⅢⅣⅤIV]+|[一二三四五])类")
# the words that give the figures after them to the things listed before, in order (`分别比上年下降`)
_RESPECTIVELY = re.compile(r"分别|依次")
# the number a section's heading opens with (`二、`, `(一)`, `3.`)
_HEADING_ORDINAL = re.compile(r"\s*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．])\s*")


def _base_of_a_record(s: str, t: TimeSpan) -> bool:
    """`创2013年有监测以来最好水平`: the time a record is counted from, not the figure's period; so is a span back to
    now a record is the best of (`国考10市三项指标为三年来最好水平`, a heading over 2024's figures)."""
    return (re.search(r"创[^,，。;；]{0,4}$", s[:t.start]) is not None
            and re.match(r"[^,，。;；]{0,6}?(?:最|新高|新低|同期最)", s[t.end:]) is not None) \
        or (t.precision == "since" and _RECORD_AFTER.match(s, t.end) is not None)


_RECORD_AFTER = re.compile(r"的?(?:最好|最优|最佳|最低|最高|最少|最多|最大|最小|新高|新低)")


# `巩固2023年取得的显著成果`: a time inside the object of keeping, before 取得的…, says when a thing now
# named was got; it dates nothing said now (a time opening its clause does: `2023年完成的投资达25亿元`)
_ACHIEVED_THEN = re.compile(r"(?:取得|完成|实现|形成|获得|建成|积累)的")


# `保持和巩固2018年环境空气质量改善成果`: the gains of then, named as what is kept
_GAINS_OF_THEN = re.compile(r"[^,，。;；]{0,16}?(?:成果|成效|成绩|态势)")


def _achieved_then(s: str, t: TimeSpan) -> bool:
    return bool(_ACHIEVED_THEN.match(s, t.end) or _GAINS_OF_THEN.match(s, t.end)) \
        and bool(_KEEPING.search(s, max(0, t.start - 4), t.start))


_KEEPING = re.compile(r"(?:巩固|保持|延续|扩大|深化|发扬|用好|放大|守住|珍惜)$")  # what a thing got then is kept by


# a time that tells which things are meant (`淘汰2005年底前注册营运的黄标车69.55万辆`): no period
# of the figure (nor a deadline: cues.WHICH_THINGS)
_REGISTERED_BEFORE = re.compile(r"(?:\d{4}年(?:年?底|末)?|\d{1,2}月(?:\d{1,2}日)?)(?:以|之)?前(?=" + WHICH_THINGS + ")")


def _class_by_time(s: str, t: TimeSpan) -> bool:
    """Time t of sentence s tells which things are meant, before `注册营运的`, `投产的` (see _REGISTERED_BEFORE)."""
    m = _REGISTERED_BEFORE.search(s, t.start)
    return m is not None and m.end() == t.end


def _plan_name_of_a_thing(s: str, t: TimeSpan) -> bool:
    """`87个“十三五”国考断面`, `“十四五”规划目标`: a Five-Year Plan's name before a noun names the
    thing (the sections assessed in that plan), it is no period; `“十三五”期间`, `十四五以来` are."""
    return (t.precision == "multi_year" and t.text.strip("“”\"").startswith("十") and t.text.rstrip("”\"").endswith("五")
            and bool(re.match(r"[\u4e00-\u9fff]", s[t.end:t.end + 1]))
            and not re.match(r"期间|时期|以来|末|开局|收官|的|以|中|初|前|后|年", s[t.end:t.end + 2]))


def _numbers_a_series(heading: str, t: TimeSpan) -> bool:
    """`召开2023年第一次会议`, `2024年度第二批`, `中心组2018年第二季度集中学习会`: the time numbers a meeting or
    a batch, it is no period."""
    return bool(re.match(r"度?第", heading[t.end:t.end + 2])
                or (t.text.endswith("季度") and _SESSION_AFTER.match(heading, t.end)))


_SESSION_AFTER = re.compile(r"[^,，。;；:：\s]{0,6}?(?:学习会|会议|例会|座谈会|调度会)")


# a heading that names goals and nothing else (`二、总体目标`, `(一)主要目标`; not `1.有7项任务完成半年目标任务,正常推进`)
_GOALS_HEADING = re.compile(HEADING_NUMBER + r"(?:主要|总体|工作|年度|发展|改善)?目标[。:：]?$")


def _names_goals(heading_path: str) -> bool:
    """A heading of a path names goals and nothing else (`…实施方案 > 二、总体目标`), the last or one above it that
    holds it (`二、工作目标 > (一)约束性指标 > 1.环境空气质量改善目标`)."""
    return bool(heading_path) and any(_GOALS_HEADING.search(h) for h in heading_path.split(" > "))


# (`与“十四五”初相比`; a word of what is compared between, `与1月份情况相比`)
_BASE_AFTER = re.compile(r"(?:初|末|底)?(同期)?(?:情况|数据|水平|指标)?(相比|相较|比较|对比)")


# what a speech asks for after its colon (`提出要求:2025年,…`), not what it reviews (`指出:2020年,…`)
_ASKS_OR_SAYS = ("要求", "提出", "强调", "部署")
_PROSE = re.compile(r"[\u4e00-\u9fff]{8}")  # a run of prose, which a catalogue's row of fields has not
# work to come a lead introduces (`介绍了2024年…工作安排情况`), not a state or work done
_WORK_TO_COME = re.compile(r"[^,，。;；]{0,30}?(?:安排|计划|打算|部署|思路|重点任务)")
# an act a month opening a sentence dates (`今年6月,…发布《…》`, `…召开…会议`), and the state that act may report
# (`…召开…会议,通报了当月空气质量情况`), which then frames what follows
_DATES_AN_ACT = re.compile(r"[,，]?[^,，。;；]{0,24}?(?:(?:发布|印发|公布|出台|公示)了?《|(?:召开|举行|举办)[^,，。;；]{0,20}?(?:会|仪式))")
_STATE_REPORTED = re.compile(r"(?:通报|公布|发布|介绍)[^。]{0,20}?(?:状况|情况|质量)")
# a paragraph turning to what is to come (`为贯彻落实好全会要求,下一步,…将全力做到…`)
_TURNS_AHEAD = re.compile(r"下一步(?:工作中)?[,，]|下一阶段[,，]|今后一个时期")  # (`在下一步工作中,邹城市将…`)
# a figure the clause says will be reached, the verb right before it (`比例将达到60%以上`, `还将新增2个`; not `将其…`)
# a figure measured, not set (`据统计,全市…收集率为65%,较上年提高3个百分点`)
_MEASURED = re.compile(r"据统计|据监测|监测显示|统计显示|同比|较上年|比上年|较去年|比去年")
# a document the time before tells the issue of (`今年1月发布的《…》`)
_ISSUED_DOCUMENT = re.compile(r"(?:发布|印发|出台|公布|颁布|审议通过|通过|施行|实施)的?《")
_ACCORDING = re.compile(r"(?:根据|按照|依据|依照)[^,，。;；]{1,16}[,，]")  # what a plan is set by (`根据规划,`)
_PUT_INTO = re.compile(r"[^,，。;；]{0,24}?(?:纳入|列入|并入|划入|归入|作为|转为|移交|移送)")
_WILL_REACH = re.compile(r"(?<![即已])将(?:会|要)?(?P<verb>达到|达|降至|降到|降低|下降|提高到?|提升到?|增加到?|增至|新增|减少|控制在"
                         r"|突破|超过)(?:到|至|为|了|约|近)?$")
_QUANTIFIERS = ("超过", "达", "突破")  # (`将超过200家企业纳入…`: how many are put in, not a level to reach)
# a sentence opening with the moment it speaks of (`建立保护区时,…`, `“十三五”开局之际,…`), not `同时,`, `及时`
_AT_THE_TIME_OF = re.compile(r"^[“\"]?[\u4e00-\u9fff]{2,14}(?<![同及适届平此临随暂按准当])(?:时|之际)[,，]")
# a sentence opening with the holiday it speaks of, after who says so (`邓某表示,春节期间,…优良天数为13天`, `除夕…`):
# a few days of their own, neither the months a sentence before counted (`今年1至2月,…`) nor a period the sentences after
# it go on in
_AT_A_HOLIDAY = re.compile(r"^(?:[^,，。;；]{2,20}?(?:表示|介绍|指出)[,，:：])?[“\"]?(?:(?:今年|去年)?[“\"]?(?:春节|国庆|元旦|五一|十一"
                           r"|中秋|端午|清明|节日|假日|节假日)[”\"]?(?:长假|假期|黄金周)?期间|除夕|大年初一)")


# `在2012年基础上下降15%`, `以2015年为基准年`, `比2015年水平上`: what follows a time that makes it a base
_BASE_WORDS = re.compile(r"的?(?:基础上|基数|水平上)|为基准|为基数")
# after `由` and a year, the level the change starts from (`由2016年的66微克/立方米降至…`)
_FROM_LEVEL = re.compile(r"的?[\d.]+[^,，。;；]{0,12}?(?:降|升|提高|下降|上升|减少|增加|增长)")


# what compares a level by 于 (`优于`, `高于`, `低于`, `好于`, `多于`, `少于`, `大于`, `小于`, `劣于`, `差于`, `等于`; not
# 早于/晚于, which compare times: `不晚于2025年底完成` is a deadline)
_COMPARED_BY_YU = frozenset("优高低好多少大小劣差等")


def _comparison_base(s: str, t: TimeSpan) -> bool:
    """`比2015年下降`, `较上年`, `与2016年相比`, `在2012年基础上`: the base of a comparison, never a
    period; but the period of the base's own level when one follows (`同比去年47.7微克/立方米下降5.5%`)."""
    if _BASE_WORDS.match(s, t.end):
        return True
    before = s[t.start - 1:t.start]
    if before in ("比", "较") or s[max(0, t.start - 2):t.start] in ("相比", "对比") \
            or (t.text.startswith("于") and before in _COMPARED_BY_YU):  # (`优于2016年度…考核目标要求`, `低于2015年的88.2%`)
        return not re.match(r"(?:同期)?(?:的|为)?[(（]?\d", s[t.end:t.end + 5])  # (`较2018年上半年同期153天`)
    return before in ("与", "和", "同") and bool(_BASE_AFTER.match(s, t.end))
