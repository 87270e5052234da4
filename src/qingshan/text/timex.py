"""One time resolver for metrics, tasks and events: Chinese time expressions to date ranges.

`find_times(text, ref)` returns every expression in `text` with its span, its resolved
[start, end] dates, a precision, and whether it sets a deadline (`…前`, `到…年`, `年内`).
Relative expressions (`今年`, `8月底前`, `日前`) are resolved against the document's reference date.

JioNLP's `parse_time` was evaluated first: it misreads `1-6月`, raises on `日前`, `近日`, `年内` and
`十四五期间`, and pulls in a large dependency, so the expressions this corpus uses are written here.
"""
from __future__ import annotations

import calendar
import csv
import dataclasses
import datetime as dt
import re
from functools import lru_cache

from ..paths import DICTIONARY_DIR

_CN_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def small_number(s: str) -> int:
    """'12' / '十二' / '二十三' / '两' -> int (up to 99); raises ValueError otherwise."""
    if s.isdigit():
        return int(s)
    if "十" in s:
        a, _, b = s.partition("十")
        return (_CN_DIGITS[a] if a else 1) * 10 + (_CN_DIGITS[b] if b else 0)
    if len(s) == 1 and s in _CN_DIGITS:
        return _CN_DIGITS[s]
    if all(ch in _CN_DIGITS for ch in s):  # 二〇二四
        return int("".join(str(_CN_DIGITS[ch]) for ch in s))
    raise ValueError(s)


@dataclasses.dataclass(frozen=True)
class TimeSpan:
    text: str
    start: int  # offsets of the expression in the searched text
    end: int
    date_start: dt.date | None
    date_end: dt.date | None
    precision: str  # day | week | month | part_of_month | quarter | half_year | year | multi_year | approx
    # | since (open, to a date) | same_period (`去年同期`) | consecutive | same_day
    approximate: bool = False
    is_deadline: bool = False

    @property
    def is_day(self) -> bool:
        return self.precision == "day" and not self.approximate

    @property
    def resolved(self) -> bool:
        """It names a period: a start, or an end with the start left open (`截至12月18日`, a running
        total; see _as_of)."""
        return self.date_start is not None or (self.precision == "since" and self.date_end is not None)


def month_end(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


@lru_cache(maxsize=4)
def spring_festivals(path: str = str(DICTIONARY_DIR / "spring_festival.csv")) -> dict[int, dt.date]:
    with open(path, encoding="utf-8") as f:
        return {int(r["year"]): dt.date.fromisoformat(r["spring_festival"]) for r in csv.DictReader(f)}


def five_year_plan(n: int) -> tuple[int, int]:
    """The nth Five-Year Plan's years: the 3rd ran 1966-1970, each after it five years on."""
    start = 1966 + 5 * (n - 3) if n >= 3 else 1953 + 5 * (n - 1)
    return start, start + 4


# a five-year plan by its number (`十四五`): the 14th, 2021-2025 (five_year_plan)
FIVE_YEAR_PLAN = r"十(?P<n>[一二三四五六七八九])五"
_Y = r"(?P<y>\d{4}|[二〇零一二三四五六七八九]{4}|今|去|明|当|上一?|本)年"
# `元月`, `元至9月`: 元 is the first month, but not after an amount (`亿元月均`, `万元至9月底`)
_YUAN = r"(?<![\d万亿千百美角单])元"
# (not a pollutant's digits: `PM2.5月均浓度`, `NO2月均值`, `PM10月`)
_M = r"(?<![A-Za-z.\d])(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九]|" + _YUAN + r")月"
_D = r"(?P<d>3[01]|[12]\d|0?[1-9])[日号]"
# a credit's brackets, closing right before a glued day (`(本刊记者莫某)629日,`)
_CREDIT_CLOSED = re.compile(r"(?:记者|通讯员|实习生|作者|撰稿|编辑|报道|讯|摄|文|图)[^()（）]{0,12}[)）]$")
_FIGURE_OF_THE_TIME = re.compile(r"的\s*[\d一二两三四五六七八九十百千万]")  # (`到2020年的75次`)
_PREFIX = r"(?P<pre>(?<!达)到|至|截[至止]到?|力争到?|争取到?|计划到?|预计到?|于)?\s*"
_SUFFIX = r"(?P<suf>年?底前|年?末前|底|末|前|以前|之前|内|以内|期间|以来|起(?![草诉步到来飞]))?"  # not 3月起草

_PATTERNS: list[tuple[str, re.Pattern]] = [(name, re.compile(p)) for name, p in [
    ("ym_range", r"(?P<y1>\d{4})年(?P<m1>1[0-2]|0?[1-9])月\s*[-—–~至到]+\s*(?P<y2>\d{4})年(?P<m2>1[0-2]|0?[1-9])月"),
    # `2019—2020年秋冬季`: the autumn-and-winter campaign against air pollution, from October 1 to March 31
    ("season", r"(?P<y1>\d{4})\s*[-—–~至到]+\s*(?P<y2>\d{4})年度?\s*秋冬季"),
    # `今年进入秋冬季以来`, `秋冬季以来`: since the season began (October 1) to the reference date
    ("season_since", r"(?:(?P<y>\d{4}|今|本|去)年)?(?:进入|入)?秋冬季(?P<suf>以来)"),
    ("y_range", r"(?P<y1>\d{4})\s*[-—–~至到]+\s*(?P<y2>\d{4})年"),
    ("iso", r"(?<!\d)(?P<y>\d{4})[-/.](?P<m>1[0-2]|0?[1-9])[-/.](?P<d>3[01]|[12]\d|0?[1-9])(?!\d)"),
    # (in numerals or characters, `1-4月`, `一至十月`; not a count's end, `第二十一至十二月`)
    ("m_range", r"(?:" + _Y + r")?(?P<m1>1[0-2]|0?[1-9]|(?<![一二三四五六七八九十第])(?:十[一二]?|[一二三四五六七八九])|" + _YUAN + r")"
                r"\s*[-—–~至到]\s*(?P<m2>1[0-2]|0?[1-9]|十[一二]?|[二三四五六七八九])月(?:份)?" + _SUFFIX),
    # `12月1日至20日`, `5月8-9日`: days of one month
    ("md_range", r"(?:" + _Y + r")?" + _M + r"(?P<d1>3[01]|[12]\d|0?[1-9])[日号]?\s*[-—–~至到]\s*(?P<d2>3[01]|[12]\d|0?[1-9])[日号]"),
    # `今年前4个月`, `前5个月`: from January to the end of that month (after a year without 个 too: `今年前5月`,
    # `2022年前五月`; `案件前9月` too, written without 个 after a noun; not `实施前3个月`, `提前9月`, `此前3月`, `目前9月`)
    ("first_months", r"(?:" + _Y + r"前(?P<n>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九两])个?月"
                     r"|(?<![\u4e00-\u9fff])前(?P<n3>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九两])个月"
                     r"|(?:(?<=[\u4e00-\u9fff])(?<![提之以日实施此目当会年节])|(?<![\u4e00-\u9fff]))"
                     r"前(?P<n2>1[0-2]|[1-9]|十[一二]?|[一二三四五六七八九])月(?!份?[底末]|\d))"),
    ("ymd", _PREFIX + r"(?:" + _Y + r")?" + _M + _D + _SUFFIX),
    ("ym", _PREFIX + r"(?:" + _Y + r")?" + _M + r"(?:份)?(?P<part>上旬|中旬|下旬|初(?!步|始|次|见|具|心|期)|中(?![\u4e00-\u9fff])|底|末)?" + _SUFFIX),
    ("y_part", _PREFIX + _Y + r"(?:度)?(?P<part>上半年|下半年|年初|年中|年底|年末|底|末|初|第?[一二三四1-4]季度|前三季度|前两?季度)" + r"(?P<suf>前|以前|之前|内)?"),
    ("part", _PREFIX + r"(?P<part>上半年|下半年|年底|年末|年初|第?[一二三四1-4]季度|前三季度)" + r"(?P<suf>前|以前|之前|内)?"),
    ("fyp", _PREFIX + r"[“\"‘「]?" + FIVE_YEAR_PLAN + r"[”\"’」]?(?:(?P<suf>期间|时期|末|规划期)|前(?P<first>[二两三四2-4])年)?"),
    ("spring", r"(?P<pre>今年|明年)?春节(?P<suf>前|后|期间)"),
    # `到本世纪中叶`: the goals of policy set for 2050 (the century's middle, as the national strategy dates it)
    ("mid_century", r"(?P<pre>到|至|力争到?|争取到?)?\s*本世纪中叶"),
    # `上月`, `上个月`, `本月底前`: the month before, of or after the reference date (not `以上月份`)
    ("rel_month", r"(?<![以基马])(?P<rel>上个?|本|下个?)月(?:份)?" + _SUFFIX),
    # `上周`, `本周`: the week (Monday to Sunday) before or of the reference date; not `周边`, `周年`
    ("rel_week", r"(?<![会马路线])(?P<rel>上一?|本|下一?)(?:个)?(?:周|星期)(?![边围年期一二三四五六日天末])"),
    # `去年同期`: the period in frame, a year back (TimeFrame shifts it); alone, last year
    # (or a stated year's, `2019年同期出现的5次污染过程`: the period in frame, in that year)
    ("same_period", r"(?P<y>去|上|(?<!\d)(?:19|20)\d{2})年同期"),
    ("year", _PREFIX + _Y + r"(?:度)?" + _SUFFIX),
    ("bare_year", r"^(?P<y>(19|20)\d{2})(?=\s)"),
    # `2017以来`: a year whose 年 the page lost, before 以来 (which nothing but a time takes)
    ("bare_year", r"(?<![\d.\-/:])(?P<y>(?:19|20)\d{2})(?P<suf>以来)"),
    ("recent", r"(?<![\d一二三四五六七八九十])日前|近日|近期|连日来|目前|前不久|不久前"),  # not `每月5日前`
    # `现有国家生态文明建设示范区25个`: what there is now, counted, opening a sentence (as `目前` does; not `在现有基础上`,
    # nor the things a deadline before it acts on, `2025年底前,现有燃煤锅炉120台全部淘汰`)
    ("existing", r"(?:(?<=^)|(?<=[。;；\n]))现有(?=[^,，。;；]{1,30}?\d)"),
    ("deictic_day", r"(?<![每])(昨日|昨天|前日|前天|今日|今天)(?!是)"),
    # a newspaper's day of the month alone (`本报讯 3日,…`, `讯(记者 何某)23日,…`, `生态环境部10日召开…`): opening a clause, or
    # before the time of day or the act it dates; not a length (`30日内`, `连续7日`, `第3日`)
    ("bare_day", r"(?:(?<=^)|(?<=[,，。;；\s讯电)）]))(?P<d>3[01]|[12]\d|[1-9])日(?=上午|下午|晚|[,，]|\d{1,2}[时点]|零时)"
                 r"|(?<=[\u4e00-\u9fff])(?<![\d月第续连为近满约每前后至到])(?P<d2>3[01]|[12]\d|[1-9])日"
                 r"(?=上午|下午|晚|召开|举行|举办|发布|通报|印发|对外|在|从|起|赴|到|来到|前往|开展|启动|召集|组织|专程|带队|率队"
                 r"|开幕|闭幕|揭晓|公布|出炉)"
                 r"|(?<=[今昨])[(（](?P<d3>3[01]|[12]\d|[1-9])[)）]日"  # `今(20)日召开`
                 # the day a span of hours ends on (`19日12时至20日12时`)
                 r"|(?<=[时点][至到—–~\-])(?P<d4>3[01]|[12]\d|[1-9])日(?=\d{1,2}[时点]|零时)"),
    ("same_day", r"当天|当日"),
    # `2022518日,`, `321日上午`, `830上午,`, `于2021415日,`, `截至到101日,`: a day whose 年 and 月 the page lost, digits run
    # together; only opening a clause (or after 于, 截至, or a credit's brackets, `(本刊记者莫某)629日,`), the month and day
    # told apart by glued_month_day (not a length after a colon or 至: `工期:120日,`, `压缩至110日,`)
    ("glued_day", r"(?:(?<=^)|(?<=[\s,，;；。于)）])|(?<=截至)|(?<=截止)|(?<=截至到)|(?<=截止到))(?P<y>20[0-4]\d)?(?P<md>\d{3,4})(?:日(?:上午|下午|晚上?)?|上午|下午)"
                  r"(?=[,，\s至])"),
    # `设立二十三年来`, `近十年来`, `5年来`: from that many years before the reference date's year to it
    ("years_since", r"(?<![\d一二三四五六七八九十两百])(?:近|这|过去的?)?(?P<n>\d{1,2}|[一二三四五六七八九十两]{1,3})多?年(?:来|以来)"),
    # `未来两年`, `今后三年`: from the reference date to the same day that many years on, the time things are due by
    ("years_ahead", r"(?:未来|今后|接下来的?)(?P<n>\d|[一二两三四五六七八九十])年(?:内|间|里|时间)?"),
    ("consecutive", r"连续(?P<n>\d{1,2}|[两二三四五六七八九十]{1,3})年"),  # ending at the year in frame  # the day last spoken of: resolved by the reader of the page
    ("in_year", r"(?<![\d一二三四五六七八九十两几多半])年内|全年|过去一年"),  # not `五年内`, `3年内`: a length
]]
# characters a pattern cannot match without (one of them): a text lacking them is not searched with
# it, as most sentences hold no time. Every alternative of the pattern must contain one of them.
_NEEDS = {
    "ym_range": "年", "season": "秋", "season_since": "秋", "y_range": "年", "m_range": "月", "md_range": "月", "ymd": "月", "ym": "月",
    "first_months": "月", "y_part": "年",  # _Y ends with 年
    "part": "年季",  # 上半年 下半年 年底 年末 年初 | 季度 前三季度
    "same_period": "同", "years_since": "来", "years_ahead": "年", "fyp": "十", "spring": "春", "mid_century": "世",
    "rel_month": "月", "rel_week": "周期",
    "year": "年", "consecutive": "年", "in_year": "年",
    "recent": "日近目久",  # 日前 近日 近期 连日来 目前 前不久 不久前
    "existing": "现",
    "deictic_day": "日天", "same_day": "日天", "bare_day": "日", "glued_day": "日午",
}
_NEEDS_SET = {name: frozenset(chars) for name, chars in _NEEDS.items()}
_NEEDED = frozenset("".join(_NEEDS.values()))
_DEADLINE_PRE = ("到", "至", "截至", "截止", "截至到", "截止到", "力争到", "争取到", "计划到", "预计到")


def _year(token: str | None, ref: dt.date | None) -> int | None:
    if token is None:
        return ref.year if ref else None
    if token in ("今", "当", "本"):
        return ref.year if ref else None
    if token in ("去", "上", "上一"):
        return ref.year - 1 if ref else None
    if token == "明":
        return ref.year + 1 if ref else None
    try:
        y = small_number(token)
    except (ValueError, KeyError):
        return None
    return y if 1900 <= y <= 2100 else None


def _month(token: str) -> int:
    return 1 if token == "元" else small_number(token)


_HALF_YEAR = dt.timedelta(days=183)


def glued_month_day(digits: str) -> tuple[int, int] | None:
    """(month, day) of digits a month and a day run together in (`518` May 18, `1116` November 16, `101` October 1:
    a day is not written with a leading zero); None when both readings are days (`122`: January 22 or December 2)."""
    found = []
    for cut in (1, 2):
        month, day = digits[:cut], digits[cut:]
        if 1 <= int(month) <= 12 and not day.startswith("0") and 1 <= int(day) <= 31:
            try:
                dt.date(2000, int(month), int(day))  # (a leap year: February 29 is a day)
            except ValueError:
                continue
            found.append((int(month), int(day)))
    return found[0] if len(found) == 1 else None


def _yearless(y: int, month: int, g: dict, ref: dt.date | None, deadline: bool, year_only: bool = False) -> int:
    """The year of a month written without one: the reference date's, unless that puts it more than
    half a year ahead of it with nothing saying it lies ahead (`12月,全市PM2.5…`, `12月28日,…召开`
    on a January page are last December's; `12月底前`, `于12月`, `今年12月` stay this year's).
    Where only the reference year is known (its day stands as January 1st), the year's."""
    if ref is None or deadline or g.get("pre") or g.get("y") is not None or year_only:
        return y
    return y - 1 if dt.date(y, month, 1) > ref + _HALF_YEAR else y


def _part(y: int, part: str) -> tuple[dt.date, dt.date, str]:
    if part == "上半年":
        return dt.date(y, 1, 1), dt.date(y, 6, 30), "half_year"
    if part == "下半年":
        return dt.date(y, 7, 1), dt.date(y, 12, 31), "half_year"
    if part in ("年初", "初"):
        return dt.date(y, 1, 1), dt.date(y, 3, 31), "quarter"
    if part == "年中":
        return dt.date(y, 6, 1), dt.date(y, 7, 31), "month"
    if part in ("年底", "年末", "底", "末"):
        return dt.date(y, 12, 1), dt.date(y, 12, 31), "month"
    if part.startswith("前三"):
        return dt.date(y, 1, 1), dt.date(y, 9, 30), "quarter"
    if part.startswith("前两") or part == "前季度":
        return dt.date(y, 1, 1), dt.date(y, 6, 30), "quarter"
    q = small_number(part.strip("第季度"))
    return dt.date(y, 3 * q - 2, 1), month_end(y, 3 * q), "quarter"


def _resolve(name: str, m: re.Match, ref: dt.date | None,
             year_only: bool = False) -> tuple[dt.date | None, dt.date | None, str, bool, bool]:
    """-> (start, end, precision, approximate, is_deadline)"""
    g = m.groupdict()
    pre, suf = g.get("pre"), g.get("suf")
    deadline = bool(pre and pre in _DEADLINE_PRE) or bool(suf and ("前" in suf or suf in ("内", "以内", "底", "末")))
    if pre in ("到", "至") and _FIGURE_OF_THE_TIME.match(m.string, m.end()) and ref is not None \
            and g.get("y") and int(g["y"]) <= ref.year:
        deadline = False  # `从2016年的35次增加到2020年的75次` on a page of 2020: the figure of that year, not one due by it
        # (a year still to come is: `由2020年的40.5%提高到2025年的42%` in a plan of 2021)
    if name == "ym_range":
        y1, y2, m1, m2 = int(g["y1"]), int(g["y2"]), int(g["m1"]), int(g["m2"])
        return dt.date(y1, m1, 1), month_end(y2, m2), "month", False, False
    if name == "season":
        y1, y2 = int(g["y1"]), int(g["y2"])
        if not 1900 <= y1 <= y2 <= 2100:
            return None, None, "year", False, False
        if y2 != y1 + 1:  # (no one season: the years it names)
            return dt.date(y1, 1, 1), dt.date(y2, 12, 31), "multi_year", False, False
        return dt.date(y1, 10, 1), dt.date(y2, 3, 31), "month", False, False
    if name == "season_since":
        if ref is None or year_only:
            return None, None, "since", True, False
        if g.get("y") and g["y"].isdigit():
            y = int(g["y"])
        elif 5 <= ref.month <= 9 and g.get("y") != "去":
            return None, None, "since", True, False  # (between seasons: no season running to say it of; in April, the one ended)
        else:
            y = ref.year - 1 if g.get("y") == "去" or ref.month < 10 else ref.year  # (in February: last October's season)
        start = dt.date(y, 10, 1)
        return (start, ref, "since", False, False) if start <= ref else (None, None, "since", True, False)
    if name == "y_range":
        y1, y2 = int(g["y1"]), int(g["y2"])
        if not (1900 <= y1 <= y2 <= 2100):
            return None, None, "year", False, False
        return dt.date(y1, 1, 1), dt.date(y2, 12, 31), "multi_year", False, False
    if name == "iso":
        d = dt.date(int(g["y"]), int(g["m"]), int(g["d"]))
        return d, d, "day", False, False
    if name == "m_range":
        y = _year(g.get("y"), ref)
        m1, m2 = _month(g["m1"]), _month(g["m2"])
        if y is not None and m1 > m2 and g.get("y"):  # `2020年十一至二月`: a winter, into the next year
            return dt.date(y, m1, 1), month_end(y + 1, m2), "month", False, deadline
        if y is None or m1 > m2:
            return None, None, "month", False, deadline
        y = _yearless(y, m2, g, ref, deadline, year_only)  # `1-11月` on a January page: last year's eleven months
        return dt.date(y, m1, 1), month_end(y, m2), "month", False, deadline
    if name == "md_range":
        y, mo, d1, d2 = _year(g.get("y"), ref), _month(g["m"]), int(g["d1"]), int(g["d2"])
        if y is None:
            return None, None, "day", False, False
        if d1 >= d2:
            raise ValueError("not a range of days")  # `5月3日至1日`: let `5月3日` be read alone
        y = _yearless(y, mo, g, ref, False, year_only)
        return dt.date(y, mo, d1), dt.date(y, mo, d2), "day", False, False
    if name == "ymd":
        y = _year(g.get("y"), ref)
        if y is None:
            return None, None, "day", False, deadline
        mo = _month(g["m"])
        d = dt.date(_yearless(y, mo, g, ref, deadline, year_only), mo, int(g["d"]))
        return d, d, "day", False, deadline
    if name == "ym":
        y = _year(g.get("y"), ref)
        if y is None:
            return None, None, "month", False, deadline
        mo = _month(g["m"])
        part = g.get("part")
        y = _yearless(y, mo, g, ref, deadline or part in ("底", "末"), year_only)
        if part in ("底", "末"):
            deadline = deadline or bool(suf)
            return month_end(y, mo), month_end(y, mo), "month", False, deadline
        if part == "上旬":
            return dt.date(y, mo, 1), dt.date(y, mo, 10), "part_of_month", False, deadline
        if part == "中旬" or part == "中":
            return dt.date(y, mo, 11), dt.date(y, mo, 20), "part_of_month", False, deadline
        if part == "下旬":
            return dt.date(y, mo, 21), month_end(y, mo), "part_of_month", False, deadline
        if part == "初":
            return dt.date(y, mo, 1), dt.date(y, mo, 10), "part_of_month", False, deadline
        return dt.date(y, mo, 1), month_end(y, mo), "month", False, deadline
    if name in ("y_part", "part"):
        y = _year(g.get("y"), ref)
        if y is None:
            return None, None, "year", False, deadline
        a, b, prec = _part(y, g["part"])
        if g["part"] in ("年底", "年末", "底", "末"):
            deadline = True  # `2023年年底建成`: by the end of the year
        return a, b, prec, False, deadline
    if name == "fyp":
        a, b = five_year_plan(10 + small_number(g["n"]))
        if g.get("suf") == "末":  # `到“十三五”末`: by the end of the plan's last year, that year (`到2020年`)
            return dt.date(b, 1, 1), dt.date(b, 12, 31), "year", False, True
        if g.get("first"):  # `“十二五”前三年`: the plan's first years
            return dt.date(a, 1, 1), dt.date(a + small_number(g["first"]) - 1, 12, 31), "multi_year", False, False
        return dt.date(a, 1, 1), dt.date(b, 12, 31), "multi_year", False, False
    if name == "mid_century":
        return dt.date(2050, 1, 1), dt.date(2050, 12, 31), "year", False, deadline
    if name == "spring":
        if ref is None:
            return None, None, "day", True, True
        fest = spring_festivals()
        year = ref.year + (1 if g.get("pre") == "明年" else 0)
        # in December, the coming Spring Festival is next year's
        if g.get("pre") is None and ref.month >= 11 and ref > fest.get(ref.year, ref):
            year += 1
        day = fest.get(year)
        if day is None:
            return None, None, "day", True, True
        if g["suf"] == "前":
            return day - dt.timedelta(days=30), day - dt.timedelta(days=1), "approx", True, True
        if g["suf"] == "后":
            return day, day + dt.timedelta(days=30), "approx", True, False
        return day - dt.timedelta(days=7), day + dt.timedelta(days=7), "approx", True, False
    if name == "rel_month":
        if ref is None:
            return None, None, "month", False, deadline
        step = {"上": -1, "本": 0, "下": 1}[g["rel"][0]]
        y, mo = divmod(ref.year * 12 + ref.month - 1 + step, 12)
        mo += 1
        if suf and suf.startswith(("底", "末")):  # `本月底前`: by the month's last day
            return month_end(y, mo), month_end(y, mo), "month", False, True
        return dt.date(y, mo, 1), month_end(y, mo), "month", False, deadline
    if name == "years_since":
        if ref is None:
            return None, None, "since", True, False
        if "多" in m.group(0):  # `二十多年来`: the start not stated
            return None, ref, "since", False, False
        n = small_number(g["n"])
        return dt.date(ref.year - n, 1, 1), ref, "since", False, False
    if name == "years_ahead":
        if ref is None or year_only:
            return None, None, "multi_year", True, True
        n = small_number(g["n"])
        return ref, _years_on(ref, n), "multi_year", False, True
    if name == "same_period":
        if g["y"].isdigit():
            y = int(g["y"])
            return dt.date(y, 1, 1), dt.date(y, 12, 31), "same_period", False, False
        if ref is None:
            return None, None, "same_period", True, False
        return dt.date(ref.year - 1, 1, 1), dt.date(ref.year - 1, 12, 31), "same_period", False, False
    if name == "first_months":
        y = _year(g.get("y"), ref)
        if y is None:
            return None, None, "month", False, False
        n = small_number(g.get("n") or g.get("n3") or g["n2"])
        return dt.date(y, 1, 1), month_end(y, n), "month", False, False
    if name == "rel_week":
        if ref is None:
            return None, None, "week", False, False
        step = {"上": -1, "本": 0, "下": 1}[g["rel"][0]]
        monday = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=step)
        return monday, monday + dt.timedelta(days=6), "week", False, False
    if name in ("year", "bare_year"):
        y = _year(g.get("y"), ref)
        if y is None:
            return None, None, "year", False, deadline
        if suf in ("以来", "起"):  # `2015年以来`: from the start of that year to the reference date
            start = dt.date(y, 1, 1)
            end = (None if year_only else ref) if ref and ref >= start else dt.date(y, 12, 31)
            return start, end, "since", False, False
        return dt.date(y, 1, 1), dt.date(y, 12, 31), "year", False, deadline
    if name == "glued_day":
        if m.string[m.start() - 1:m.start()] in (")", "）") and not _CREDIT_CLOSED.search(m.string, max(0, m.start() - 20),
                                                                                          m.start()):
            raise ValueError(m.group(0))  # (after a bracket only a credit's: `(本刊记者莫某)629日,`, not `工期(日历天)210日`)
        md = glued_month_day(g["md"])
        y = int(g["y"]) if g.get("y") else _year(None, ref)
        if md is None or y is None:
            raise ValueError(m.group(0))  # (no time: two readings, or none)
        d = dt.date(_yearless(y, md[0], g, ref, False, year_only), *md)
        return d, d, "day", False, False
    if name == "bare_day":  # the latest such day on or before the reference date
        if ref is None or year_only:  # (of a date known only by its year, no month to take)
            return None, None, "day", True, False
        day = int(g.get("d") or g.get("d2") or g.get("d3") or g.get("d4"))
        month = ref if day <= ref.day else ref.replace(day=1) - dt.timedelta(days=1)  # this month or the last
        d = month.replace(day=day)  # ValueError (`31日` after a 30-day month): no time, below
        return d, d, "day", False, False
    if name == "deictic_day":
        if ref is None or year_only:
            return None, None, "day", True, False
        back = {"昨": 1, "前": 2, "今": 0}[m.group(0)[0]]
        d = ref - dt.timedelta(days=back)
        return d, d, "day", False, False
    if name == "same_day":
        return None, None, "same_day", True, False
    if name == "consecutive":
        return None, None, "consecutive", True, False
    if name in ("recent", "existing"):
        if ref is None:
            return None, None, "approx", True, False
        if name == "existing" or m.group(0) == "目前":  # `截至目前`, `目前`, `现有…`: a running total to the day it is said
            return None, ref, "since", False, False     # (GUIDE: open periods)
        return ref - dt.timedelta(days=14), ref, "approx", True, False
    if name == "in_year":
        if ref is None:
            return None, None, "year", False, False
        y = ref.year - 1 if m.group(0) == "过去一年" else ref.year
        return dt.date(y, 1, 1), dt.date(y, 12, 31), "year", False, m.group(0) == "年内"
    return None, None, "year", False, False


# the hour a day's span starts at, between its day and the range's `至` (`19日12时至20日12时`, `12月1日0时至3日24时`)
_AN_HOUR = r"\s*(?:[01]?\d|2[0-4]|零|[一二三四五六七八九十]{1,3})[时点](?:[0-5]?\d分|整|半)?\s*"
_RANGE_JOIN = re.compile(r"(?:" + _AN_HOUR + r")?\s*[至到—–~\-]{1,2}\s*")
_JUST_AN_HOUR = re.compile(_AN_HOUR)
_CUMULATIVE = ("截至", "截止", "截至到", "截止到")
_MODAL_AFTER = re.compile(r"[,，]?[^,，。;；]{0,10}?(?:(?<![重主需只首纲纪摘概简])要(?![求点素闻件])|将|须|务必|确保|力争)")


def _as_of(t: TimeSpan, ref: dt.date | None, year_only: bool = False, text: str = "") -> TimeSpan:
    """`截至12月18日` in a report (a past date): a running total to that date, not a deadline. It
    states no start (GUIDE: open periods), so date_start is None: the time frame may find one in
    the text around it (`今年以来…。截至12月18日,…`, TimeFrame.open_start). Where only the year of
    the reference date is known, a day or month of that year is taken as past: `截至6月` reports
    far more often than it sets a deadline, which is written `6月底前`; so is one without its year where the
    reference date is unknown."""
    past = ref and t.date_end and (t.date_end <= ref or year_only and t.date_end.year <= ref.year
                                   and not t.text.endswith("前"))
    # (on a page whose date is unknown, a day or month is taken as past alike, with its year or without:
    # `截至7月30日,全市立案…`, `截至2021年底,青海省电力总装机为4286万千瓦`)
    # (not one whose clause after it says what is to be done: `截至10月31日,各乡镇要全面完成…`)
    past = past or (ref is None and not t.text.endswith("前") and not _MODAL_AFTER.match(text, t.end))
    if (t.is_deadline and t.text.startswith(_CUMULATIVE) and past
            and t.precision in ("day", "month", "part_of_month")):
        return dataclasses.replace(t, date_start=None, precision="since", is_deadline=False)
    return t


_SINCE_TAIL = re.compile(r"[^,，;；。:：]{0,14}?(以来|至今)")
# (after 自, which brackets the span with 以来, a longer one: `自4月我省启动集中式饮用水水源地环境保护专项行动以来`)
_SINCE_TAIL_AFTER_ZI = re.compile(r"[^,，;；。:：自]{0,36}?(以来|至今)")
_RECORD_SINCE = re.compile(r"有(?:监测|记录|统计|气象)")
_RECORD_CLAIMED = re.compile(r"[^,，。;；]{0,4}?(?:最|新高|新低)")


def _since(text: str, t: TimeSpan, ref: dt.date | None, year_only: bool = False) -> TimeSpan:
    """`自新《环境保护法》2015年正式实施以来`, `2015年至今`, `“十四五”以来`: from that time to the reference
    date; the span runs from `自` when the clause opens with it. When only the reference year is known
    the day the statement was made is not, and the span has no end (GUIDE: open periods)."""
    if t.precision not in ("year", "quarter", "month", "day", "multi_year") or t.is_deadline or not t.date_start:
        return t  # (`年初以来`: from the year's start)
    tail = _SINCE_TAIL.match(text, t.end)
    if tail is None and "以来" not in text and "至今" not in text:
        return t
    head = text.rfind("自", max(0, t.start - 14), t.start)  # (the span runs from it, and 自…以来 may bracket a long one)
    head = head if head != -1 and not re.search(r"[,，;；。]", text[head:t.start]) else -1
    tail = tail or (_SINCE_TAIL_AFTER_ZI.match(text, t.end) if head != -1 else None)
    if not tail or tail.end() == t.end or (_RECORD_SINCE.search(tail.group(0)) and _RECORD_CLAIMED.match(text, tail.end())):
        return t  # (`2021年全市环境空气质量创有监测记录以来最好水平`: the year, and a record counted since records began;
        # not `自2013年有监测记录以来,全市PM2.5浓度累计下降56%`, a span since 2013)
    start = head if head != -1 else t.start
    end = t.date_end
    if ref and ref >= t.date_start:
        end = None if year_only else ref
    return TimeSpan(text[start:tail.end()], start, tail.end(), t.date_start, end, "since", False, False)


def _years_ahead_of_a_time_told(spans: list[TimeSpan]) -> list[TimeSpan]:
    """`2021年3月,市政府印发实施方案,提出未来三年完成…`: the years ahead run from the month or day the text tells before
    them, not from the reference date."""
    out: list[TimeSpan] = []
    for t in spans:
        told = next((u for u in reversed(out) if u.precision in ("day", "month") and u.date_start), None) \
            if t.precision == "multi_year" and _AHEAD.match(t.text) else None
        if told is not None and t.date_start and t.date_end and told.date_start < t.date_start:
            n = t.date_end.year - t.date_start.year
            start = told.date_start
            t = dataclasses.replace(t, date_start=start, date_end=_years_on(start, n))
        out.append(t)
    return out


_AHEAD = re.compile(r"未来|今后|接下来")


def _date_in_year(d: dt.date, year: int) -> dt.date | None:
    try:
        return d.replace(year=year)
    except ValueError:  # 29 February
        return None


def _years_on(d: dt.date, n: int) -> dt.date:
    """The same day n years after d (28 February for a 29th)."""
    return _date_in_year(d, d.year + n) or dt.date(d.year + n, 2, 28)


def _join_ranges(text: str, spans: list[TimeSpan]) -> list[TimeSpan]:
    """`2012年至2016年`, `7月下旬至8月底`, `自11月15日…至12月18日`: one span from the first's start
    to the second's end."""
    out: list[TimeSpan] = []
    for t in spans:
        p = out[-1] if out else None
        if p is not None and p.precision in ("year", "since") and p.date_start and t.precision == "since" \
                and t.date_start is None and t.date_end and text[p.end:t.start].strip() in ("", ",", "，"):
            # `今年截至10月18日`, `2023年截至5月31日`: the year so far, from its start to that day of it (`今年进入秋冬季以来,
            # 截至11月26日`: the season so far)
            end = t.date_end if "年" in t.text or "目前" in t.text else _date_in_year(t.date_end, p.date_start.year)
            if end and end < p.date_start and "年" not in t.text and p.date_start.month >= 10:
                end = _date_in_year(end, p.date_start.year + 1)  # (`秋冬季以来,截至1月31日`: the season runs into the new year)
            if end and p.date_start <= end:
                out[-1] = TimeSpan(text[p.start:t.end], p.start, t.end, p.date_start, end, "since", False, False)
                continue
        if p is not None and p.date_start and t.date_start and not p.is_deadline:
            between = text[p.end:t.start]
            to = t.text.startswith(("至", "到"))
            joined = (to and (between == "" or _JUST_AN_HOUR.fullmatch(between))) or _RANGE_JOIN.fullmatch(between) or (
                to and text[p.start - 1:p.start] == "自" and not re.search(r"[,，;。]", between))
            end, implied = t.date_end, False
            if joined and "月" not in t.text and t.precision == "day" and p.precision == "day" and p.date_end:
                # `19日12时至20日12时`, `12月31日20时至1日8时`: a day alone after a day is of its month, or of the next
                first = p.date_end.replace(day=1)
                nxt = (first + dt.timedelta(days=32)).replace(day=1)
                try:
                    end = first.replace(day=end.day) if end.day >= p.date_end.day else nxt.replace(day=end.day)
                    implied = end.year != p.date_start.year  # (into the new year: still one span of days)
                except ValueError:
                    pass
            elif joined and "年" not in t.text:
                try:  # `2021年10月26日至11月9日`: the second takes the first's year, `12月31日至1月3日` the next
                    end = end.replace(year=p.date_start.year)
                    if end < p.date_start:
                        end, implied = end.replace(year=p.date_start.year + 1), True
                except ValueError:
                    pass
            if joined and end >= p.date_start:
                prec = "multi_year" if p.date_start.year != end.year and not implied else p.precision
                out[-1] = TimeSpan(text[p.start:t.end], p.start, t.end, p.date_start, end, prec, False, False)
                continue
        out.append(t)
    return out


def find_times(text: str, ref: dt.date | None, year_only: bool = False) -> list[TimeSpan]:
    """All time expressions in text, leftmost-longest, non-overlapping; a range written as two
    expressions is one. `year_only`: of the reference date only its year is known (see _yearless)."""
    found: list[TimeSpan] = []
    taken = [False] * (len(text) + 1)
    present = {c for c in _NEEDED if c in text}  # looked for once, not once per pattern
    for name, pat in _PATTERNS:
        needs = _NEEDS_SET.get(name)
        if needs is not None and needs.isdisjoint(present):
            continue
        for m in pat.finditer(text):
            if m.end() == m.start() or any(taken[m.start():m.end()]):
                continue
            if name in ("year", "ym", "ymd") and _is_quantity_context(text, m):
                continue
            if text.endswith("农历", 0, m.start()):
                continue  # `(农历2022年9月22日)`: the lunar calendar's day, told beside the date it is
            if name == "bare_day" and text[m.start() - 1:m.start()] in (")", "）") and not _A_CREDIT.search(text, 0, m.start()):
                continue  # `行政拘留(治安拘留)10日`: a length after a note; only a credit's bracket is followed by its day
            try:
                a, b, prec, approx, deadline = _resolve(name, m, ref, year_only)
            except (ValueError, KeyError):
                continue
            deadline = deadline or _set_for(text, m.start(), m.end())
            if m.groupdict().get("suf") in ("以来", "起") and a and ref and (ref >= a or year_only and a.year <= ref.year):
                # `今年3月以来`, `上月以来`, `今年4月起`: open, to the reference date (of which only the year
                # may be known: then to a day the page does not give, as _since has it)
                b, prec = None if year_only else ref, "since"
            found.append(TimeSpan(m.group(0), m.start(), m.end(), a, b, prec, approx, deadline))
            for i in range(m.start(), m.end()):
                taken[i] = True
    return _years_ahead_of_a_time_told(_join_ranges(text, [_since(text, _as_of(t, ref, year_only, text), ref, year_only)
                                                           for t in sorted(found, key=lambda t: t.start)]))


# a dateline's credit in brackets, ending where the day follows (`…讯(福州晚报记者 何某)23日,`)
_A_CREDIT = re.compile(r"[讯电][(（][^()（）]{0,30}[)）]$|[(（][^()（）]{0,30}(?:记者|通讯员|摄影|编辑|供稿)[^()（）]{0,20}[)）]$")


# `剩余5项需在2024-2025年完成`, `计划于2025年建成`: the time something is to be done by
# (`于` may open the time; not `主要在2022年完成`, nor `计划于2023年完成了…`, `计划于9月完成的36个问题已…`)
_TO_BE_DONE_IN = re.compile(r"(?:需|(?<![主重需只首])要|将|应|应当|必须|计划|拟|预计|力争|确保)(?:在|于)?$")
_DONE_AFTER = re.compile(r"(?:内|前)?(?:全面|全部|基本|逐步)?(?:完成|建成|实现)(?![的了])")


def _set_for(text: str, start: int, end: int) -> bool:
    """A time set for something still to be done: a deadline, whatever its own words."""
    return bool(_TO_BE_DONE_IN.search(text, max(0, start - 4), start) and _DONE_AFTER.match(text, end))


def _is_quantity_context(text: str, m: re.Match) -> bool:
    """`3年` in `用3年时间` is a duration, not a year: only 4-digit or relative years count (the
    pattern already asks for that); here we reject `12月` inside `12个月`."""
    return text[m.end():m.end() + 1] == "个"


def resolve(expr: str, ref: dt.date | None) -> TimeSpan | None:
    """Resolve one expression (the whole string, or its first time expression)."""
    spans = find_times(expr, ref)
    return spans[0] if spans else None
