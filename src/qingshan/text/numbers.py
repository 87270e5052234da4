"""Quantity recognition: figures with units, magnitudes, qualifiers and attached comparisons.

`find_quantities(text, dicts)` returns every quantity a reader would chart, with exact spans.
Numerals are converted with cn2an, only on the numeral span found (never on the prose).
Not quantities: years and dates, ordinals (`第3次`), list numbering, phone and code numbers,
chemical names (`PM2.5`), numbers inside book titles, plan names (`十四五`), and small Chinese
numerals counting kinds of abstract things (`三个行动`, `四项机制`).
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re

import cn2an

from ..dictionaries import Dictionaries, could_occur
from .structure import in_book_title

ARABIC = r"\d+(?:,\d{3})*(?:\.\d+)?"
CHINESE = r"[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?"
NUM = rf"(?:{ARABIC}|{CHINESE})"
MAGNITUDES = {"万亿": 1e12, "千万": 1e7, "百万": 1e6, "万": 1e4, "亿": 1e8, "千": 1e3}
_MAGS = r"万亿|千万|百万|万|亿"  # (a magnitude written after a number)
_MAG = rf"(?:{_MAGS})?"
# each numeral starts where a run of its digits starts (the lookbehinds): tried from inside a long
# run, it would scan to the run's end every time, in time quadratic in the run
_FRACTION = re.compile(r"(?P<den>(?<![一二三四五六七八九十百])[一二三四五六七八九十百]+|(?<!\d)\d+)分之"
                       r"(?P<num>[一二三四五六七八九十]+|\d+)")
_PRE_QUALIFIER = re.compile(
    r"(?P<q>不少于|不低于|不超过|不高于|不大于|不到|低于|小于|少于|高于|大于|多于|超过|超|至少|最多|约|近|逾|达到?)$")
_POST_QUALIFIER = re.compile(r"(?P<q>及以上|及以下|以上|以下|以内|左右|上下|之内)")
_QUALIFIER = {
    "不少于": "at_least", "不低于": "at_least", "超过": "at_least", "超": "at_least", "至少": "at_least",
    "高于": "at_least", "大于": "at_least", "多于": "at_least", "逾": "at_least", "以上": "at_least",
    "不超过": "at_most", "不高于": "at_most", "不大于": "at_most", "低于": "at_most", "小于": "at_most",
    "少于": "at_most", "最多": "at_most", "以下": "at_most", "以内": "at_most", "之内": "at_most", "不到": "at_most",
    "约": "approx", "近": "approx", "左右": "approx", "上下": "approx", "余": "approx", "多": "approx",
}
_CHANGE_VERBS = {"下降": "down", "降低": "down", "减少": "down", "减排": "down", "削减": "down",
                 "上升": "up", "增长": "up", "增加": "up", "提高": "up", "提升": "up", "升高": "up",
                 "持平": "flat", "多": "up", "少": "down", "改善": "down",  # 改善: see _direction
                 "降幅": "down", "增幅": "up", "涨幅": "up", "升幅": "up",  # `降幅为5.2%`: by, not to
                 "不降反升": "up", "不升反降": "down"}  # `同比"不降反升"10.5%`: rose where it should fall
_NEEDS_BASIS = ("多", "少")  # `比去年同期多22天`: a change only after a comparison's base
# (`同比2023年上升`: on the same time of the year named, year on year)
_BASIS = (r"(?P<basis>同比(?:\d{4}年(?:同期)?|上年|去年|上一年)?|环比|(?:比|较|与)(?:上年|去年)(?:同期)?(?:相比)?"
          r"|(?:比|较|与|在(?=\d{4}年的?基础上))(?P<year>\d{4})年(?:同期|底|末|的?基础上)?(?:相比)?)?")
# a verb, or a noun of change with its link (`降幅为`, `增幅达`); `下降为5%` is a level fallen to
_VERB = r"[\"“]?(?P<verb>" + "|".join(sorted(_CHANGE_VERBS, key=len, reverse=True)) + r")[\"”]?(?:了|(?<=幅)(?:为|达到?|是))?"
# a count of places written without a classifier (`忻州、大同、吕梁、朔州4市`, `九市`, `6市2县`: units.csv
# counts them in 个) unless the place word goes on into another word (`市场`, `市民`, `县级`, `区域`)
_PLACE_UNIT_ENDS = "市县区州省城"
_PLACE_WORD_ENDS = "场民级政委长直辖属域内外容貌情府区际"
# (and the words 城 and 省 begin: `12345城市服务热线`, `5城中村`, `城乡`; `308省道`, `省际`)
_PLACE_WORD_AFTER = {"城": "市中乡镇", "省": "道", "市": "乡", "区": "乡"}
_SIGNS = ("-", "−", "+", "＋")  # the sign of a change written with it (`忻州(-36.8%)`)
_SMALL_KIND_UNITS = {"个", "项", "大项", "条", "种", "批", "类", "次", "大", "点", "处", "份", "幅"}
# `目前`, `此前`, `节前`: 前 in a word of time, before a real count (`目前20名执法人员`)
_TIME_BEFORE_QIAN = set("目此之日节年会事提以当")
_RANKED = re.compile(r"排名|排位|排序|名次|倒数|依次")  # a ranking's words, around its cut-offs (`后三名依次为`)
# days at a level of air quality (`18天达到优,86天达到良`, `300天达标`)
_DAYS_AT_A_LEVEL = re.compile(r"(?:达到|达|为|属于?)?(?:优良|优|良|轻度|中度|重度|严重|二级|一级)|达标")
_NOT_AFTER = re.compile(r"^(年|月|日|号|时|届|期|版|楼|层|路|街|巷|线|级|星|代|维|型|孔|周年|岁)")


@dataclasses.dataclass
class Quantity:
    start: int  # span of the figure as written, qualifiers included
    end: int
    num_start: int
    num_end: int
    value_text: str
    value: float
    unit: str | None
    qualifier: str
    change_direction: str | None = None
    change_value: float | None = None
    change_unit: str | None = None
    change_basis: str | None = None
    change_only: bool = False  # the figure is itself a change (`同比下降6.8%` with no level)
    # the level a change starts from, the figure after it the level it goes to (`由66.0%提升至73.0%`,
    # `从2015年的58微克/立方米下降到45微克/立方米`): a level stated as it was, never a goal. Where the words telling
    # it start (`从2015年的`: the time they hold is this figure's, no other's); None for any other figure
    baseline_at: int | None = None

    @property
    def baseline(self) -> bool:
        return self.baseline_at is not None


def parse_number(s: str) -> float:
    s = s.replace(",", "")
    if re.fullmatch(r"\d+(\.\d+)?", s):
        return float(s)
    return float(cn2an.cn2an(s, "smart"))


def _unit_at(text: str, pos: int, dicts: Dictionaries) -> tuple[str, int] | None:
    if text.startswith("%", pos):
        return "%", pos + 1
    if text.startswith(" %", pos):
        return "%", pos + 2  # `均值为97.6 %`: a percent sign a space apart, as some pages set it
    m = dicts.unit_pattern.match(text, pos)
    if not m and text[pos:pos + 1] == " " and re.match(r" [A-Za-zμµ]", text[pos:pos + 2]):
        m = dicts.unit_pattern.match(text, pos + 1)  # `1.0 mg/m3`: a Latin unit a space apart
    if not m:
        return None
    unit, end = m.group(0), m.end()
    known = dicts.units.get(unit)
    if known is not None and known.kind == "mass" and re.match(r"/|标准?煤", text[end:end + 3]):
        return None  # `18.5千克/亩`, `450千克标准煤/万元`, `0.5kg/h`: a rate or an energy no unit of units.csv reads whole
    nxt = text[end:end + 1]
    if unit == "组" and nxt and nxt in "分团织建合件员长":
        return None  # `57组分VOCs`, `3组团布局`: a word, not sets counted (`分3组`, `4300余组`)
    if unit == "部" and nxt and nxt in "门委署长分位件":
        return None  # `3部门联合印发`, `分为3部分`: departments, parts, not laws (`20余部法规`)
    if unit in ("人", "家", "个", "架", "台") and text.startswith("(次)", end):  # `42架(次)` (`17轮(次)`: units.csv)
        return unit + "次", end + 3
    if len(unit) == 2 and unit.endswith("次") and text[end:end + 1] in _AFTER_CI:
        unit, end = unit[0], end - 1  # `12个次级河流`, `3个次要问题`: 个, then a word
    if unit in ("人", "家", "个") and text.startswith("次", end) and text[end + 1:end + 2] not in _AFTER_CI:
        # `1222个次`: counted by times
        return unit + "次", end + 1
    if unit == "个" and _GOOD_DAYS.match(text, end):
        return "天", end  # `共收获299个优良天`, `4个一级天`: days, counted as a kind of day
    return unit, end


_AFTER_CI = set("级要生干序数")
# a kind of good day a count of 个 counts, the word ending there (`299个优良天`, `4个一级天`, `163个蓝天 这些…`; not
# `优良天数比例`, `好天气`, `3个蓝天保卫战专项行动`, `5个二级天然林保护区`)
_GOOD_DAYS = re.compile(r"(?:优良|一级|二级|优级|蓝|好|达标)天(?=[,，。;；、:：!！?？)）\s]|和|与|及|$)")
# an amount said to be a day's, in the clause before the figure (`每天约`, `日处理生活污水`, `日均`)
# (`每日` before a verb of managing or checking tells how often it is done, not how much a day: `每日调度减排…800吨`)
_PER_DAY_BEFORE = re.compile(r"(?:(?:每天|每日)(?!调度|巡|检查|督查|督办|开展|组织|召开|通报|报送|监测|调研)|日均|日处理|日产生|日排放|"
                             r"日供水|日清运)[^,，。;；:：、]{0,8}$")
# a capacity said to be a year's, in the clause before the figure (`年处理危险废物约为4.6万吨`, `年总处置能力达到180万吨`;
# not a period's amount: `上半年…处置危险废物3.2万吨`, `2022年处理…4.6万吨`, `全年处理`, `去年利用`)
_PER_YEAR_BEFORE = re.compile(r"(?<![\d全半去今明当本上下近该一二两三四五六七八九十几多])年总?(?:处理|处置|焚烧|利用)(?:能力|规模)?[^,，。;；:：、]{0,10}$")
_ZERO_SHARE = re.compile(r"(?:比例|比率|占比)(?:为|是|均为)(?P<num>0|零)(?=[,，。;；、)）\s]|$)")
# what may stand between a word of money and its amount (`罚款共计3000万`, `投资约2.5亿`)
_MONEY_LINK = re.compile(r"(?:共计|总计|合计|累计|约|达到?|为|近|超过?)?$")


def _money_before(text: str, pos: int, dicts: Dictionaries) -> bool:
    """A word of money (a keyword of an indicator counted in 元, indicators.csv: 资金, 投资, 罚款…) right before pos."""
    link = _MONEY_LINK.search(text, max(0, pos - 4), pos)
    at = link.start() if link else pos
    return any(text.endswith(k, max(0, at - len(k)), at) for k in dicts.money_keywords)
_RANGE_END = re.compile(rf"[~～—至到-](?P<num>{ARABIC})(?![\d%])")
_DECIMAL_RANGE = re.compile(r"\d+\.\d+[-–]\d+\.\d+(?![\d.%-])")
_QUANTITY = re.compile(rf"(?P<num>{NUM})(?P<approx1>余|多)?(?P<mag>{_MAG})(?P<approx2>余|多)?")


def find_quantities(text: str, dicts: Dictionaries, margin: re.Pattern | None = None) -> list[Quantity]:
    """`margin`: the words ending right before a figure that make it a margin over a goal (the extractors' cues,
    kind_cues.csv beats_target)."""
    out: list[Quantity] = []
    taken_until = 0
    for m in _QUANTITY.finditer(text):
        if m.start() < taken_until:
            continue
        q = _quantity_at(text, m, dicts)
        if q is None:
            continue
        # an enumeration or range sharing the unit: `分别为47、55和55微克/立方米`, `15%—20%`
        siblings = _siblings_before(text, q, out, dicts)
        out.extend(siblings)
        out.append(q)
        taken_until = q.end
        upper = _RANGE_END.match(text, q.end) if q.unit is None and not q.change_only else None
        if upper:  # `pH值介于4.10~7.00`: a range of a measure without unit is two figures
            out.append(Quantity(upper.start("num"), upper.end(), upper.start("num"), upper.end(), upper.group("num"),
                                parse_number(upper.group("num")), None, "exact"))
            taken_until = upper.end()
            continue
        change = _change_after(text, q.end, dicts)
        # (not of a margin over a goal, `优于国家考核目标4.2个百分点`: a difference itself, whose change after it,
        # `,同比上升8.3个百分点`, is of the level)
        if change and not q.change_only and not (margin and margin.search(text, max(0, q.start - 16), q.start)):
            q.change_direction, q.change_value, q.change_unit, q.change_basis, cend = change
            taken_until = cend
    for fm in _FRACTION.finditer(text):
        if any(q.start <= fm.start() < q.end for q in out):
            continue
        try:
            value = round(parse_number(fm.group("num")) / parse_number(fm.group("den")) * 100, 2)
        except (ValueError, ZeroDivisionError):
            continue
        qual = _pre_qualifier(text, fm.start())
        start = fm.start() - len(qual[0]) if qual[0] else fm.start()
        out.append(Quantity(start, fm.end(), fm.start(), fm.end(), fm.group(0), value, "%", qual[1]))
    for zm in _ZERO_SHARE.finditer(text):  # `劣Ⅴ类水体比例为零`, `劣V类比例为0`: a share of none, in %
        if not any(q.num_start <= zm.start("num") < q.num_end for q in out):
            out.append(Quantity(zm.start("num"), zm.end("num"), zm.start("num"), zm.end("num"), zm.group("num"), 0.0, "%", "exact"))
    out = sorted(out, key=lambda q: q.num_start)
    for q, to in zip(out, out[1:]):
        if q.unit == "个" and to.unit == "百分点" and re.fullmatch(r"\s*(?:和|与|及|、)\s*", text[q.end:to.num_start]):
            q.unit = "百分点"  # `分别上升10个和3.3个百分点`: points both, the first written short
            if q.change_unit == "个":
                q.change_unit = "百分点"
        lead = _FROM_BEFORE.search(text, max(0, q.num_start - 12), q.num_start)
        if lead and _TO_AFTER.fullmatch(text, q.end, to.start):
            q.baseline_at = lead.start()
    return _changes_from_a_base(text, _distribute_changes(text, out))


# `由66.0%提升至73.0%`, `从2015年的58微克/立方米下降到45微克`, `由目前的3.2吨降至2吨`, `由去年同期的88.2%提升至93.1%`: the
# level it was, the level it goes to (after a comma too: `要从2018年的3480吨/日以上,增加到2020年的6300吨/日以上`)
_FROM_BEFORE = re.compile(r"(?:由|从)(?:\d{4}年(?:底|末)?的?|(?:去年|上年)(?:同期)?的?|目前的?|现在的?|现有的?)?$")
_TO_AFTER = re.compile(r"(?:以上|以下|左右)?[,，]?(?:的水平)?(?:提升|提高|上升|增加|增长|下降|降低|减少|压减|削减|扩大|缩小|降|升|增|减)(?:到|至)"
                       r"(?:\d{4}年(?:底|末)?的?)?(?:不低于|不高于|不超过|不少于|低于|高于|超过)?")


# `45.1微克/立方米,同比去年47.7微克/立方米下降5.5%`, `43.8,比去年同期(41.3)上升5.7%`,
# `92.3%,较2018年上半年同期84.5%提高7.8%`: last year's level between a figure and its change
_BASE_BETWEEN = re.compile(r"^[,，]?\s*(?:同比|比|较|与)(?:去年|上年|\d{4}年)(?:上半年|下半年|前三季度|[一二三四]季度|全年"
                           r"|\d{1,2}(?:-|—|~|至)\d{1,2}月|\d{1,2}月)?(?:同期)?(?:的)?[(（]?$")


def _changes_from_a_base(text: str, qs: list[Quantity]) -> list[Quantity]:
    """A figure, then last year's level of it, then the change (`优良天数为273天,同比去年265天上升8天`):
    the change is the figure's (year on year); last year's level stays a figure of its own."""
    drop = set()
    for k in range(len(qs) - 1):
        x, base = qs[k], qs[k + 1]
        if x.change_direction is not None or x.change_only or x.unit != base.unit \
                or not _BASE_BETWEEN.match(text[x.end:base.start]):
            continue
        # (a named year's level not of the same period is a base year's: `较2015年78%提高14个百分点`, basis "2015")
        named = re.search(r"(\d{4})年", text[x.end:base.start])
        basis = named.group(1) if named and "同期" not in text[x.end:base.start] else "yoy"
        if base.change_direction is not None:  # the change read right after the base's level (`84.5%提高7.8%`)
            x.change_direction, x.change_value, x.change_unit = base.change_direction, base.change_value, base.change_unit
            base.change_direction = base.change_value = base.change_unit = base.change_basis = None
            x.change_basis = basis
            continue
        change = qs[k + 2] if k + 2 < len(qs) else None
        if change is None or not change.change_only or re.search(r"[,，;；。]", text[base.end:change.start]):
            continue
        x.change_direction, x.change_value, x.change_unit = change.change_direction, change.change_value, change.change_unit
        x.change_basis = basis
        drop.add(k + 2)
    return [q for k, q in enumerate(qs) if k not in drop]


_RESPECTIVELY = re.compile(r"分别" + _BASIS + _VERB + r"$")
# or the noun of a change, then `分别为` (`与2015年相比,下降幅度分别为26.3%、28.9%`, `削减幅度分别为…`, `降幅分别为…`)
_RESPECTIVELY_BY = re.compile(_BASIS + r"[,，]?[\"“]?(?P<verb>"
                              + "|".join(sorted((v for v in _CHANGE_VERBS if len(v) == 2 and v != "持平"), key=len, reverse=True))
                              + r")[\"”]?(?:幅度)?分别(?:为|是|达到?)?$")


def respective_runs(text: str, qs: list[Quantity]) -> list[list[int]]:
    """Runs of figures stated `respectively` (`分别为47、55和55微克/立方米`, `同比分别下降25%和27%`):
    indexes into qs of each run, in order; the first figure follows `分别`."""
    runs = []
    i = 0
    while i < len(qs):
        lead = text[max(0, qs[i].start - 24):qs[i].start]
        # (a colon may stand between: `…浓度分别为:17微克/立方米、28微克/立方米…`)
        if "分别" not in lead[-12:] or re.search(r"[,;。]", lead[lead.rfind("分别"):]):
            i += 1
            continue
        run = listed_run(text, qs, i)
        runs.append(run)
        i = run[-1] + 1
    return runs


def listed_run(text: str, qs: list[Quantity], i: int) -> list[int]:
    """Indexes into qs of the figures listed from the i-th on (`47、55和55`): each joined to the one
    before by `、`, `和`, `及` or `与` alone."""
    run = [i]
    while run[-1] + 1 < len(qs) and re.fullmatch(r"\s*[、和及与]\s*", text[qs[run[-1]].end:qs[run[-1] + 1].start]):
        run.append(run[-1] + 1)
    return run


def _distribute_changes(text: str, qs: list[Quantity]) -> list[Quantity]:
    """`…分别为54微克/立方米和85微克/立方米,与2015年相比分别下降16.9%和14.1%`: the changes stated
    respectively in the next clause are the changes of the figures stated before them, in order."""
    drop = set()
    for run in respective_runs(text, qs):
        first = qs[run[0]]
        m = _RESPECTIVELY.search(text, max(0, first.start - 24), first.start) \
            or _RESPECTIVELY_BY.search(text, max(0, first.start - 24), first.start)
        if not m and not first.change_only:
            continue
        verb = m.group("verb") if m else None
        head = re.split(r"[,，;；。]", text[:m.start() if m else first.start])[-1]
        named = len([x for x in head.split("、") if x]) == len(run) > 1  # `二氧化硫、氮氧化物同比分别削减8.2%、7.6%`
        levels = [k for k in range(run[0]) if not qs[k].change_only and qs[k].change_direction is None
                  and k not in drop]
        if m and not first.change_only and len(levels) < len(run):
            # `南充、绵阳、广安优良天数率同比分别下降10.8、10.4、9.5个百分点`, no levels before them to be the changes of:
            # each figure is a change of its own (and no level a later list's changes attach to)
            first.change_only, first.change_direction = True, _direction(verb, first.unit)
            first.change_basis = _basis(m) or _respective_basis(text, m.start())
            first.change_value, first.change_unit = first.value, first.unit
        if first.change_only and (len(levels) < len(run) or named):
            # no figures to attach to (`PM10、PM2.5浓度同比分别下降30.6%和24.6%`), or the items the changes
            # are of named before them: each is a change of its own
            for k in run[1:]:
                q = qs[k]
                q.change_only, q.change_direction, q.change_basis = True, first.change_direction, first.change_basis
                q.change_value, q.change_unit = q.value, q.unit
            continue
        if len(levels) < len(run) or not verb:
            continue
        units = [qs[k].unit for k in run]
        for k, lv in zip(run, levels[-len(run):]):
            q = qs[k]
            unit = units[-1] if q.unit == "个" and units[-1] == "百分点" else q.unit  # `0.6个和3.7个百分点`
            qs[lv].change_direction, qs[lv].change_value = _direction(verb, unit), q.value
            qs[lv].change_unit, qs[lv].change_basis = unit, _basis(m) or _respective_basis(text, m.start())
            drop.add(k)
    return [q for k, q in enumerate(qs) if k not in drop]


def _respective_basis(text: str, pos: int) -> str | None:
    m = re.search(r"(同比|比上年|较上年|比去年|较去年|(?:与|比|较)(\d{4})年)[^,;。]{0,4}$", text[max(0, pos - 12):pos + 8])
    if not m:
        return None
    return m.group(2) or "yoy"


def _pre_qualifier(text: str, pos: int) -> tuple[str, str]:
    m = _PRE_QUALIFIER.search(text[max(0, pos - 4):pos])
    if not m or m.group("q") in ("达", "达到"):
        return ("", "exact")
    return m.group("q"), _QUALIFIER[m.group("q")]


_ROUND = {"百": 100.0, "千": 1000.0}
_CODE_CHAR = re.compile(r"[A-Za-z0-9.\-_/#]")  # before a figure: a code, or a part of a number
_CHINESE_NUM = re.compile(CHINESE)
_ARABIC_NUM = re.compile(ARABIC)
_POSITIONAL = re.compile(r"[十百千点]")
_HYPHEN_DIGIT = re.compile(r"[-–]\d")
_DIGIT_HYPHEN = re.compile(r"\d[-–]")
_EITHER_BOUND = re.compile(r"(及|或)(以上|以下)")
_CLASS_BOUND = re.compile(r"范围内|以上的|以下的")
# a property a percentage measures, right before it (`硫分1%`, `VOCs含量30%`, `坡度在25%`): the bound of a class of things
_PROPERTY_BEFORE = re.compile(r"[量分度率值比]在?$")
_CLAUSE_ENDS = re.compile(r"[,，;；。、]|$")
_NAME_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(有限公司|公司|集团|矿|村|庄|镇|路|街)")
_NOUN_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}")
_COUNT_LEAD = re.compile(r"(?:有|共|等|其余|其他)$")


def _quantity_at(text: str, m: re.Match, dicts: Dictionaries) -> Quantity | None:
    num = m.group("num")
    before = text[max(0, m.start() - 1):m.start()]
    # (a bound of a range, not a code: short, after a hyphen and a word, `在31-41微克/立方米之间`)
    hyphen_range = before in ("-", "–") and len(num) <= 6 \
        and _HYPHEN_RANGE.search(text, max(0, m.start() - 10), m.start()) is not None
    # a change written with its sign, in brackets after a name or after 为 (`忻州(-36.8%)`, `变化率为+5.2%`)
    signed = before in _SIGNS and (text[m.start() - 2:m.start() - 1] in ("(", "（", "为", "是", ":", "：")
                                   or text[max(0, m.start() - 3):m.start() - 1] in ("同比", "环比")) \
        and text.startswith("%", m.end())  # (`同比+3.2%`)
    if (_CODE_CHAR.match(before) and text[m.start() - 2:m.start()] != "%-" and not hyphen_range
            and not signed) or before == "第" or (before == "+" and not signed):
        return None  # a code or a part of a number; `89.9%-98.1%`, `在31-41微克/立方米之间` are ranges
    chinese = bool(_CHINESE_NUM.fullmatch(num))
    # a round hundred or thousand told as one (`近百人次`, `百余名`, `上千家`): that many, about; not `百姓`, `千家万户`
    # (not `数百余`, `几千余`, nor an idiom's 上: `成百上千`, `数十上百`)
    round_figure = num in _ROUND and (bool(m.group("approx1")) or before in ("近", "上", "逾")) \
        and before not in tuple("数几成好多") and not (before == "上" and text[max(0, m.start() - 2):m.start() - 1] in tuple("十百千"))
    if chinese and not round_figure:
        if num in ("一", "十", "百", "千") or num.startswith(("百", "千")) or "点" in num and len(num) < 3:
            return None
        if before and before in "十星周礼":
            return None
        if len(num) > 1 and not _POSITIONAL.search(num):
            return None  # digit by digit (`二〇二三`) or part of a word (`唯一一个`): not a count
    unit_pos = m.end()
    unit = _unit_at(text, unit_pos, dicts)
    if unit is None and m.group("mag") and _money_before(text, m.start(), dicts) \
            and not re.match(r"[\u4e00-\u9fffA-Za-z]", text[m.end():m.end() + 1]):
        unit = ("元", m.end())  # `中央大气专项资金1.27亿,`: money, its 元 left out (not `资金1.27亿美元`, read as written)
    if unit is None:
        # a dimensionless index written right after its name: `综合指数4.73`
        if _ARABIC_NUM.fullmatch(num) and (_after_unitless_name(text, m.start(), dicts)
                                           or _before_unitless_name(text, m.end(), dicts)
                                           or _listed_after_unitless_name(text, m.start(), dicts)
                                           or _ranked_after_unitless_name(text, m.start(), dicts)
                                           or _bracketed_in_ranked_list(text, m.start(), m.end(), dicts)):
            unit = ("", m.end())
        else:
            return None
    unit_text, end = unit
    if unit_text == "个" and _index_points(text, m.start(), end):
        unit_text, end = "", end + 2  # `下降0.24个指数`: points of an index, which has no unit
    after = text[m.end():m.end() + 2]
    if _NOT_AFTER.match(text[m.end():]) and not unit_text:
        return None
    # (not a range of an index's values, decimals both: `综合指数范围为4.61-7.20`)
    index_range = not unit_text and _DECIMAL_RANGE.match(text, m.start())
    if (_HYPHEN_DIGIT.match(text, end) and unit_text != "%" and not index_range) or (
            _DIGIT_HYPHEN.match(text[m.start() - 2:m.start()]) and not hyphen_range):
        return None  # phone, code and house numbers: 022-25789858, 18-A (not a range of shares, 89.9%-98.1%)
    if chinese and unit_text in _SMALL_KIND_UNITS and not m.group("mag"):
        try:
            if parse_number(num) <= 10 and not (text.startswith(dicts.concrete_nouns, end)
                                                and not _KIND_WORD.match(text, end + 1)):
                return None  # 三个行动, 四项机制: counts of kinds, not measurements (`六条支流` are things, `三种车型` kinds)
        except ValueError:
            return None
    if in_book_title(text, m.start()):
        return None
    follow = text[end:end + 12]
    either = _EITHER_BOUND.match(follow)
    share = unit_text == "%" and not _PROPERTY_BEFORE.search(text, max(0, m.start() - 4), m.start())
    bound = _CLASS_BOUND.match(follow)
    if not share and (bound and not _names_a_goal(text, end + bound.end() - 1, dicts) or either and (
            _names_a_class(text, end + either.end(), dicts) or not _CLAUSE_ENDS.match(text, end + either.end()))):
        # a class threshold (`30万千瓦及以上热电联产电厂`, `10蒸吨/小时及以下燃煤锅炉`, `硫分1%以上的散煤`), not a
        # measurement; a bound that ends its clause is one (`浓度控制在35微克/立方米及以下。`); nor a share of the
        # things counted (`30%以上的行政村`, `全市60%以上的乡镇`: more than that share of them)
        return None
    if chinese and (_NAME_AFTER.match(follow) or _begins_a_place(text, m.start(), dicts)):
        return None  # part of a name: 三棵树涂料有限公司, 西五百户白云岩矿, 五家渠市
    noun = _NOUN_AFTER.match(follow).group(0)
    if unit_text in _SMALL_KIND_UNITS and any(noun.startswith(n) or noun[:len(n) + 2].endswith(n)
                                              for n in dicts.abstract_nouns):
        return None  # `5种能力`, `3方面`: counting kinds of abstract things
    if unit_text in ("年", "月", "日") or after.startswith(("年", "月份")):
        return None
    if unit_text and unit_text[-1] in _PLACE_UNIT_ENDS and (
            text[end:end + 1] in _PLACE_WORD_ENDS or (end < len(text) and text[end] in _PLACE_WORD_AFTER.get(unit_text, ""))
            or (chinese and not _COUNT_LEAD.search(text[max(0, m.start() - 2):m.start()]))):
        # `3市场`, `107市区段`, `5县级`; `两市联合开展…`, `一市一策`, `北三县`, `中部六省`, `两省交界处`: a word, the parties
        # to a joint act, a slogan or a name, not a count of places (`朔州4市`, `6市2县`, `6省区`, `16城`, and in words only as
        # a count: `有九市`)
        return None
    if any(b.start() <= m.start() < b.end() for b in _BATCH_RANGE.finditer(text, max(0, m.start() - 6), min(len(text), end + 6))):
        return None  # `对1—33批224件信访件`: the batches' numbers, not a count
    if _not_a_figure(text, m.start(), m.end(), end, dicts):
        return None
    if unit_text == "天" and text.startswith(dicts.task_verbs, end) and "天数" not in text[max(0, m.start() - 10):m.start()] \
            and not _DAYS_AT_A_LEVEL.match(text, end):
        return None  # `110余天办结…`, `30天完成整改`: how long it took, not a count of days (`86天达到良`: counted)
    if unit_text == "头" and not re.search(r"\d", num):
        return None  # `一头连着民生`, `两头并进`: a word; livestock is counted in digits (`生猪2万余头`)
    try:
        base = _ROUND[num] if round_figure else parse_number(num)
    except (ValueError, KeyError):
        return None
    mag = MAGNITUDES.get(m.group("mag") or "", 1.0)
    u = dicts.units.get(unit_text)
    if unit_text == "%":
        base_unit, factor = "%", 1.0
    elif unit_text == "":
        base_unit, factor = None, 1.0
    elif u is None:
        base_unit, factor = unit_text, 1.0
    else:
        base_unit, factor = u.base_unit, u.factor
    if base_unit in ("吨", "立方米") and _PER_DAY_BEFORE.search(text, max(0, m.start() - 16), m.start()):
        base_unit += "/日"  # `每天约4.5万吨污水直排`, `日处理生活污水5.5万吨`: an amount a day
    elif base_unit == "吨" and _PER_YEAR_BEFORE.search(text, max(0, m.start() - 16), m.start()):
        base_unit += "/年"  # `年处理危险废物约为4.6万吨`: a capacity a year
    qualifier = "approx" if (m.group("approx1") or m.group("approx2") or round_figure) else "exact"
    start = m.start()
    pre_text, pre_q = _pre_qualifier(text, m.start())
    if pre_text:
        qualifier = pre_q
        start -= len(pre_text)
    post = _POST_QUALIFIER.match(text, end)
    if post:
        if post.group("q").lstrip("及") in ("以上", "以下") and not share and _names_a_class(text, post.end(), dicts):
            return None  # `淘汰35蒸吨以下燃煤锅炉`: the bound of a class of things, not a measurement
        qualifier = _QUALIFIER[post.group("q").lstrip("及")]  # `10蒸吨/小时及以下`
        end = post.end()
    value = base * mag * factor
    q = Quantity(start, end, m.start(), m.end(), text[m.start():unit[1]], value, base_unit, qualifier)
    change = _change_before(text, m.start() - len(pre_text))
    if signed:
        q.start -= 1
        q.change_direction, q.change_value, q.change_unit, q.change_only = \
            "down" if before in ("-", "−") else "up", value, base_unit, True
        basis = text[max(0, m.start() - 3):m.start() - 1]
        q.change_basis = "yoy" if basis == "同比" else "mom" if basis == "环比" else None
    elif change:
        q.change_direction, q.change_basis = _direction(change[0], base_unit), change[1]
        q.change_value, q.change_unit = base * mag * factor, base_unit
        q.change_only = True
    return q


_LINK = re.compile(r"(?:[(（][A-Za-z]{2,8}[)）])?(?:范围|分别)?(?:为|是|介于|在|达到|达|降至|降到|下降至|下降到|控制在|保持在|稳定在)?$")
# `综合指数平均为3.35`, `pH值年均值5.53`, `综合指数平均值6.48`, `生态质量指数(EQI)值为70.77`; tried after _LINK,
# so that `pH均值为4.45` keeps 均值 in the measure's name
_AVERAGE_LINK = re.compile(r"(?:[(（][A-Za-z]{2,8}[)）])?(?:年均值|平均值|平均|均值|值)(?:为|是|在|达)?$")
# `首次降至1%以内`: a threshold the figure crossed, not the figure (`,为0.9%` follows)
_CROSSED = re.compile(r"首次(?:降至|降到|低于|跌破|突破|超过|升至)$")
_THRESHOLD_CROSSED = re.compile(r"首次(?:突破|超过|跌破)$")


def _stated_beside(text: str, start: int, end: int, unit: str) -> bool:
    """The figure itself, in the same unit, stands beside the threshold at text[start:end]: after it (`首次突破85%,
    全年达到86.4%`, `首次超过80%(81.3%)`), or before it in the clause ending where the threshold's starts, a change of
    it between or not (`比例为81.3%,同比提高2.1个百分点,首次超过80%`) while the threshold's clause names no subject
    of its own; not another thing's figure (`森林覆盖率达到66.8%,湿地保护率首次超过55%`)."""
    if not unit:
        return False
    figure = r"\d+(?:\.\d+)?\s*" + re.escape(unit)
    if re.match(r"\s*(?:[(（]\s*|[,，]\s*[^,，。;；\d]{0,4}?(?:达到了?|达|为|是|降至|升至|至)\s*)" + figure, text[end:end + 40]):
        return True
    clause_start = max(text.rfind(c, 0, start) for c in ",，;；。\n") + 1
    if len(re.findall(r"[\u4e00-\u9fff]", re.sub(r"首次\S*$|[并且也]", "", text[clause_start:start]))) > 1:
        return False  # (`湿地保护率首次超过55%`: a subject of its own)
    before = text[max(0, clause_start - 60):clause_start]
    before = before[max(before.rfind(c) for c in ";；。\n") + 1:]  # (within the sentence)
    for clause in reversed(re.split(r"[,，]", before)[:-1][-3:]):
        if re.match(r"\s*(?:同比|环比|较|比)", clause):
            continue  # (a change of the figure, between it and the threshold)
        return bool(re.search(figure, clause))
    return False


def _after_unitless_name(text: str, pos: int, dicts: Dictionaries) -> bool:
    """A bare number right after the name of a measure without unit: `综合指数4.73`, `pH均值为4.45`,
    `综合指数平均为3.35`."""
    for pattern in (_LINK, _AVERAGE_LINK):
        link = pattern.search(text, max(0, pos - 10), pos)
        at = link.start() if link else pos
        if any(text.endswith(k, 0, at) for k in dicts.unitless_keywords):
            return True
    return False


# after a thing's one-character noun, a word of kinds (`车型`, `厂级`)
_KIND_WORD = re.compile(r"[型种类级间务]")


# bare numbers listed before this one (`53.3、51.5、`), or the low end of a range, each with the place it is of
# (`1.88(龙门县)~`)
_LISTED_BARE = re.compile(r"(?:\d+(?:\.\d+)?(?:[(（][^()（）\d]{1,8}[)）])?(?:[、和及]|[~～—-]))+$")
# the best or the worst place by a measure, then its value (`综合指数最好的城市是威海市,为`, then `最差的城市是淄博市,为`)
_RANKED_VALUE = re.compile(r"(?:最好|最差|最高|最低|最优|最佳)的?[\u4e00-\u9fff]{0,4}?(?:是|为)[^,，。;；\d]{1,14}?[,，]\s*(?:为|是)\s*$")


def _listed_after_unitless_name(text: str, pos: int, dicts: Dictionaries) -> bool:
    """A bare number listed after the first of a measure without unit: `营养状态指数分别为53.3、51.5、56.1`."""
    run = _LISTED_BARE.search(text, max(0, pos - 40), pos)
    return run is not None and _after_unitless_name(text, run.start(), dicts)


def _ranked_after_unitless_name(text: str, pos: int, dicts: Dictionaries) -> bool:
    """A bare number told of the best or the worst place by a measure without unit: `综合指数最好的城市是威海市,为4.24,
    最差的城市是淄博市,为7.14` (the second after the first's value)."""
    for _ in range(3):
        ranked = _RANKED_VALUE.search(text, max(0, pos - 40), pos)
        if ranked is None:
            return False
        if _after_unitless_name(text, ranked.start(), dicts):
            return True
        value = re.search(r"\d+(?:\.\d+)?[,，]\s*$", text[max(0, ranked.start() - 12):ranked.start()])
        if value is None:
            return False
        pos = ranked.start() - len(value.group(0))  # (the one before, told the same way)
    return False


# a place, then its value in brackets (`张家口(3.54)、`, `赤城县 ( 2.40 ) 、`)
_PLACE_THEN_BRACKET = re.compile(r"[\u4e00-\u9fff]{2,}\s*[(（]\s*$")
_RANKED_ORDER = re.compile(r"依次|顺序|排名|排序")


def _bracketed_in_ranked_list(text: str, pos: int, end: int, dicts: Dictionaries) -> bool:
    """A bare decimal in brackets after a place, in a list a measure without unit ranks (`按空气质量综合指数由小到大的顺序
    依次是:张家口(3.54)、承德(4.00)、…`; its line, or the line before for a list going on: `后20名…依次是:武安市(6.76)、…`)."""
    if "." not in text[pos:end] or not _PLACE_THEN_BRACKET.search(text, max(0, pos - 24), pos) \
            or not re.match(r"\s*[)）]", text[end:end + 3]):
        return False
    line = text.rfind("\n", 0, pos)
    lead = text[max(0, text.rfind("\n", 0, line) if line > 0 else 0):pos]
    named = max((lead.rfind(w) for w in dicts.unitless_keywords), default=-1)
    return named != -1 and _RANKED_ORDER.search(lead, named) is not None


def _before_unitless_name(text: str, pos: int, dicts: Dictionaries) -> bool:
    """A bare number that a measure without unit follows as what it is (`以3.04的综合指数排名第五`), after 以 (not
    a rank or a bound: `排名后20的综合指数`, `低于5.6的pH值`), or got (`6月份取得3.56的综合指数`)."""
    return text.startswith("的", pos) and text.startswith(dicts.unitless_keywords, pos + 1) and \
        re.search(r"(?:以|取得|获得)[\d.]+$", text[max(0, pos - 12):pos]) is not None


def _names_a_class(text: str, pos: int, dicts: Dictionaries) -> bool:
    """The words right after `以下`/`以上` name countable things (`燃煤锅炉`, `企业`, `货车`)."""
    head = re.match(r"[\u4e00-\u9fff]{1,8}", text[pos:pos + 8])
    return bool(head) and any(kw in head.group(0) for ind in dicts.indicators if ind.code != "other"
                              and ind.unit in _COUNT_UNITS for kw in ind.keywords)


def _names_a_goal(text: str, pos: int, dicts: Dictionaries) -> bool:
    """The words from pos (the `的` ending `以上的`) name the figure before them a goal (`…比例88%以上的目标`: kind_cues.csv's
    names_target_after), not a class of things (`10蒸吨以上的燃煤锅炉`)."""
    words = dicts.kind_cues.get("names_target_after", ())
    return bool(words) and _goal_words(words).match(text, pos) is not None


@functools.lru_cache(maxsize=4)
def _goal_words(words: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(f"(?:{w})" for w in words))


def _begins_a_place(text: str, pos: int, dicts: Dictionaries) -> bool:
    """A numeral that begins a place's full name (`五家渠市`), not a short one (`四平方公里` is no 四平)."""
    place = dicts.region_pattern.match(text, pos)
    return bool(place) and place.group(0)[-1] in "市县区州旗盟"


# the lower bound of a range written with a hyphen, after a word (`在31-41微克/立方米之间`, `降幅在16-35.8%之间`,
# `优良天数288-323天`), not a code or a phone number (`0371-65432100`, `GB3095-2012`, `G210-215`)
# (not a road's kilometre post, `国道107-108公里`, nor a spell of time, `持续3-4天`)
_HYPHEN_RANGE = re.compile(r"[\u4e00-\u9fff](?<!持续)(?<!未来)(?<!连续)(?<!为期)(?<!历时)(?<!长达)"
                           r"(?<!国道)(?<!省道)(?<!县道)(?<!高速)(?<!桩号)(?<![路街])"
                           r"[1-9]\d{0,3}(?:\.\d+)?%?[-–]$")
_BATCH_RANGE = re.compile(r"(?<!\d)1\s*[—\-–~至到]\s*\d{1,3}\s*(?:批|期|届|轮)")
_COUNT_UNITS = {"辆", "家", "个", "台", "条", "项"}


def _in_prose(text: str, pos: int) -> bool:
    """The position stands in running text: its line is long or holds a sentence's punctuation."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    line = text[a:b if b != -1 else len(text)]
    return len(line) > 40 or bool(re.search(r"[。,，;；]", line))


# a move in a ranking told in places (`同比改善4名`, `较上月上升3位`; not `新增4名…`)
_RANK_MOVED = re.compile(r"(?:改善|上升|提升|提高|前进|前移|进位|下降|下滑|后退|后移|退后)了?$")
# words pointing back to things told before, right before their count (`此两家企业`, `上述10个问题`)
_POINTED_BACK = re.compile(r"(?:(?<![因为据由如从彼])此|这|该|上述|前述)$")  # (not 据此, 为此, 由此: connectives)
# (not 以上, which a page's body uses to restate a headline's count as the full statement: `对以上2家公司…进行了查封`)
_MEASURE_WORDS = "家个项条座处台辆名户件"
# a range of ranks in brackets (`(1—10名)`, `(倒1—10名)`, `(第1-5名)`)
_RANK_RANGE = re.compile(r"[(（]倒?第?\d{1,3}\s*(?:—{1,2}|-|－|–|~|～|至|到)\s*第?\d{1,3}名[)）]")
# a body's session numbered without 第 (`人大常委会十一次会议`, `市委十二次党代会`)
_SESSION = re.compile(r"(?:会议|全会|全体会议|党代会|代表大会)")
_SESSION_OF = re.compile(r"(?:届|常委会|人大|政协|党代会|委员会|[省市县区州]委)$")


def _short_line_unended(text: str, pos: int) -> bool:
    """The position's line is short and ends no sentence (`评论 0人参与,0条评论还没有评论`): a page's bar, not prose (nor
    a list's item: `一是线上答题吸引2.3万人参与;`)."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    line = text[a:b if b != -1 else len(text)].rstrip()
    return len(line) <= 30 and "。" not in line and not line.endswith((";", "；", ",", "，", "、"))


# each step of a change a rule counts by (`每下降1个百分点`, `每超标1倍`, `每提高0.5个百分点`)
_EACH_STEP = re.compile(r"每(?:下降|上升|降低|提高|增加|减少|改善|恶化|超标|超出|超过|高出|低于|高于|变化)了?$")
# a short quoted name made of figures alone and what it names (`“3个100%”目标`, `“1+3+9”攻坚方案`, `“两个95%”的要求`; not
# a goal quoted whole, `“优良天数比例达到80%”的目标`)
_NAME_CHARS = r"[\dA-Za-z.%+个项条两双三四五六七八九十百千万亿以上下]"
_QUOTED_NAME_BEFORE = re.compile(r"[“\"]" + _NAME_CHARS + r"{0,8}$")
_QUOTED_NAME_AFTER = re.compile(_NAME_CHARS + r"{0,8}[”\"]的?(?:建设|攻坚|发展|工作|总体|奋斗)?"
                                r"(?:目标|工程|行动|战略|体系|模式|机制|计划|方案|方针|格局|布局|任务|要求|标准)")


_LISTED_IN_ORDER = re.compile(r"个?[\u4e00-\u9fff]{0,6}?依次(?:是|为)")


def _not_a_figure(text: str, start: int, unit_start: int, end: int, dicts: Dictionaries) -> bool:
    """Click counters and page chrome (`浏览:1169次`, `已有0人参与`), durations (`连续3年`,
    `冲刺30天`, `3个月`), moves in a ranking (`上升3个位次`) and thresholds crossed (`首次降至1%以内`)."""
    lead = re.sub(r"(?:[\s:：(（共已有]|近|上|逾|约)+$", "", text[max(0, start - 8):start])  # (`连续近百天`: a length)
    for cue, side in dicts.not_figure_cues:
        if side == "before" and lead.endswith(cue):
            return True
        if side == "length" and text.startswith(cue, unit_start) and not text.startswith("度", unit_start + len(cue)):
            return True  # `用30天时间`, `经过3个月`, `开展100天以来`: how long, wherever it stands (`66个月度排名`: counted)
        if side in ("position", "name", "frequency") and text.startswith(cue, unit_start):
            return True  # `全国排位第9,同比上升3个位次`: places moved in a ranking, an ordinal's change (GUIDE), no count;
            # `市四套班子领导`: a body's fixed name; `1次/月`: how often
        if side == "after" and (text.startswith(cue, unit_start) or text.startswith(cue, end)) \
                and (not _in_prose(text, start) or _short_line_unended(text, start)):
            return True  # `已有0人参与`, `评论 0人参与,0条评论` in the page's chrome; `活动吸引2000余人参与` in a sentence
            # is a figure
    if text.startswith(("名", "位"), unit_start) and _RANK_MOVED.search(text, max(0, start - 8), start) \
            and re.match(r"\s*(?:[,，。;；)）]|$)", text[end:end + 2]):
        return True  # `排名第9,同比改善4名。`, `较上月前进3位`: places moved in a ranking, an ordinal's change (GUIDE)
    if text.startswith("次", unit_start) and _SESSION.match(text, unit_start + 1) and _SESSION_OF.search(text, max(0, start - 4), start) \
            and (_CHINESE_NUM.fullmatch(text[start:unit_start]) or "届" in text[max(0, start - 12):start]):
        return True  # `市十五届人大常委会十一次会议`, `市委十二次党代会`: a body's session numbered, an ordinal (not
        # `召开12次会议`, `市委常委会12次会议专题研究…`: meetings counted)
    if (text[start - 1:start] == "前" and text[start - 2:start - 1] not in _TIME_BEFORE_QIAN
            or text[start - 1:start] == "后" and _RANKED.search(text, max(0, start - 24), end + 6)) \
            and text.startswith(("名", "位", "强"), unit_start):
        return True  # `进入前30名`, `前10名广西占3个`, `后三名依次为…`: the cut-off of a ranking, an ordinal (GUIDE), no count
        # (后 only among a ranking's words: `先后3名干部被问责`, `随后3名工作人员` count people)
    if text.startswith("名", unit_start) and _RANKED.search(text, max(0, start - 16), start) and (re.match(r"(?:到|至|—|-|~)\d{1,3}名", text[unit_start + 1:unit_start + 6])
                                               or re.search(r"从\s*$", text[max(0, start - 2):start])
                                               and re.match(r"名\s*(?:到|至)", text[unit_start:unit_start + 3])
                                               or re.search(r"\d名(?:到|至|—|-|~)$", text[max(0, start - 5):start])):
        return True  # `排名后十位(从58名到49名)`: the ends of a range of ranks, ordinals
    if _LISTED_IN_ORDER.match(text, unit_start):
        return True  # `最好的3个城市依次是:运城、大同、长治`: the length of a list in rank order, whose names follow
    if _POINTED_BACK.search(text, max(0, start - 2), start) and text[unit_start:unit_start + 1] in _MEASURE_WORDS:
        return True  # `此两家企业`, `这3个项目`, `上述10个问题`: things told before, pointed back to (GUIDE: once per document)
    ranks = _RANK_RANGE.search(text, max(0, start - 8), min(len(text), end + 8))
    if ranks and ranks.start() <= start < ranks.end():
        return True  # `相对较好的前10位(1—10名)`, `后10位(倒1—10名)`: a range of ranks in brackets, ordinals
    if text.startswith(("名", "位"), unit_start) and re.match(r"以内|之内|开外", text[end:end + 2]) \
            and _RANKED.search(text, max(0, start - 24), start):
        return True  # `所有重点城市排名均同比上升,且都在100名以内`: a ranking's cut-off
    if text.startswith("个", unit_start) and text.startswith("并列", end):
        return True  # `东莞(2个并列)`: a tie in a ranking, no count
    if _EACH_STEP.search(text, max(0, start - 6), start):
        return True  # `…指数每下降1个百分点,山东省给予河南省100万元补偿`: the step a rule counts by, no measurement
    if _QUOTED_NAME_BEFORE.search(text, max(0, start - 9), start) and _QUOTED_NAME_AFTER.match(text, end):
        return True  # `立下“3个100%”目标`, `“1+3+9”攻坚方案`: figures naming a set of goals or a plan, each stated elsewhere
    span = _span_days_before(text, start) if text.startswith(("天", "日"), unit_start) else None
    if span is not None and span == _leading_int(text[start:unit_start]):
        return True  # `公示时间:2020年12月6日至2020年12月10日,共5天`: the length of the dates before it
    crossed = _THRESHOLD_CROSSED.search(text, max(0, start - 6), start) or (
        re.search(r"首次达到?$", text[max(0, start - 4):start]) and text.startswith("以上", end))  # `首次达到90%以上`
    if crossed and _stated_beside(text, start, end, text[unit_start:end]):
        return True  # `达到90.4%,首次超过90%`: a round threshold passed, the figure itself stated beside it
    post = _POST_QUALIFIER.match(text, end)
    return bool(post and post.group("q") in ("以内", "以下", "以上") and _CROSSED.search(text, max(0, start - 6), start))


# a span of days just stated (`12月6日至2020年12月10日,共`, `3月1日—3月10日(`), which a count of days may restate
_RANGE_JUST_STATED = re.compile(r"(?:(\d{1,2})月)?(\d{1,2})日\s*(?:至|到|—|－|-|~|～)\s*(?:\d{4}年)?(?:(\d{1,2})月)?(\d{1,2})日"
                                r"[,，]?\s*[(（]?(?:共计?|为期|计)?$")


def _span_days_before(text: str, pos: int) -> int | None:
    """How many days the span of dates right before pos covers, both ends counted; None if none."""
    m = _RANGE_JUST_STATED.search(text, max(0, pos - 30), pos)
    if m is None:
        return None
    m1, d1, m2, d2 = (int(g) if g else None for g in m.groups())
    m1 = m1 or m2
    m2 = m2 or m1
    if m1 is None:  # `6日—10日`: within one month
        return d2 - d1 + 1
    try:
        a, b = dt.date(2001, m1, d1), dt.date(2001 if m2 >= m1 else 2002, m2, d2)
    except ValueError:
        return None
    return (b - a).days + 1


def _leading_int(s: str) -> int | None:
    return int(s) if s.isdigit() else None


_CHANGE_BEFORE = re.compile(_BASIS + _VERB + r"$")
# (the base's own level, in whatever unit, may stand between: `较2020年同期的94%提升4.3个百分点`)
_CHANGE_AFTER = re.compile(r"^[,，、]?\s*" + _BASIS + r"(?:(?<=同期|上年|去年|\d年)的\d+(?:\.\d+)?[^,，。;；\s]{0,8}?)?"
                           + _VERB + rf"(?P<num>{NUM})?(?P<mag>{_MAG})")


def _basis(m: re.Match) -> str | None:
    b = m.group("basis")
    if not b:
        return None
    if m.group("year"):
        return m.group("year")
    return "mom" if b == "环比" else "yoy"


def _direction(verb: str, unit: str | None) -> str:
    """`改善` (improved) is a fall of a level (`PM2.5浓度同比改善3.1%`) and a rise of a share stated in
    points (`优良天数比例同比改善2.1个百分点`)."""
    if verb == "改善":
        return "up" if unit == "百分点" else "down"
    return _CHANGE_VERBS[verb]


def _change_before(text: str, pos: int) -> tuple[str, str | None] | None:
    """(the change verb, its basis) just before a figure: `同比下降6.8%`."""
    m = _CHANGE_BEFORE.search(text[max(0, pos - 16):pos])
    if not m or m.group("verb") in _NEEDS_BASIS and not m.group("basis"):
        return None
    return m.group("verb"), _basis(m)


# a short clause with no figure between a figure and its change (`40微克/立方米,排名全省第一,同比下降23.1%`)
_ASIDE = re.compile(r"^[,，](?P<aside>[^,，;；。:：\d%]{2,12})(?=[,，]\s*(?:同比|环比|(?:比|较)(?:上年|去年)))")


def _names_a_measure(words: str, dicts: Dictionaries) -> bool:
    """`二氧化氮浓度持平`: the words name a measure of their own (an indicator's keyword)."""
    return any(dicts.indicator_keywords[k][1] in words for k in could_occur(dicts.indicator_keyword_index, words))


# a change written with its sign in brackets right after the figure (`35微克/立方米(-8.6%)`)
_SIGNED_AFTER = re.compile(r"[(（]\s*(?P<sign>[-−+＋])(?P<num>" + ARABIC + r")%\s*[)）]")


def _change_after(text: str, pos: int, dicts: Dictionaries):
    signed = _SIGNED_AFTER.match(text, pos)
    if signed:
        return ("down" if signed.group("sign") in "-−" else "up"), float(signed.group("num")), "%", None, signed.end()
    m = _CHANGE_AFTER.match(text[pos:pos + 40])
    if not m and (aside := _ASIDE.match(text[pos:pos + 16])) and not _names_a_measure(aside.group("aside"), dicts):
        pos += aside.end()  # the change, with its basis, after an aside that names no other measure
        m = _CHANGE_AFTER.match(text[pos:pos + 40])
    if not m:
        return None
    direction = _CHANGE_VERBS[m.group("verb")]  # 改善's, once its unit is read (_direction)
    if m.group("verb") in _NEEDS_BASIS and not m.group("basis"):
        return None
    if direction == "flat":
        return direction, 0.0, None, _basis(m), pos + m.end()
    if not m.group("num") or not m.group("basis") and not m.group(0).startswith((",", "，", "、")):  # (`达86.5%、上升4个百分点`)
        return None
    if text[pos + m.end():pos + m.end() + 1] in ("到", "至"):
        return None
    try:
        value = parse_number(m.group("num")) * MAGNITUDES.get(m.group("mag") or "", 1.0)
    except (ValueError, KeyError):
        return None
    unit = _unit_at(text, pos + m.end(), dicts)
    end = pos + m.end()
    unit_name = None
    if unit and unit[0] == "个" and _index_points(text, pos + m.start("num"), unit[1]):
        unit = None  # `同比下降0.24个指数`: points of an index, which has no unit
        end += 3
    if unit:
        unit_name, end = unit
        u = dicts.units.get(unit_name)
        if unit_name != "%" and u is not None:
            value *= u.factor
            unit_name = u.base_unit
    # `同比降低9微克/立方米(下降12.9%)`: the same change told again in brackets, in percent (not another measure's change:
    # `同比上升2.3个百分点(增加8天)`, `同比增加15天(上升4.1个百分点)`)
    restated = _RESTATED.match(text, end) if unit_name not in ("%", "百分点", "天") else None
    return _direction(m.group("verb"), unit_name), value, unit_name, _basis(m), restated.end() if restated else end


# a change told again in brackets right after it, in another unit (`同比降低9微克/立方米(下降12.9%)`)
_RESTATED = re.compile(r"[(（](?:" + "|".join(v for v, d in _CHANGE_VERBS.items() if d != "flat") + r")了?[\d.]+\s*%[)）]")
# a verb of change right before a figure or a list of them (`分别下降0.24、0.18`)
_CHANGED_BY = re.compile("(?:" + "|".join(v for v, d in _CHANGE_VERBS.items() if len(v) == 2 and d != "flat") + r")[\d.、]*$")


def _index_points(text: str, start: int, unit_end: int) -> bool:
    """`0.24个指数` after a change (`下降0.24、0.18个指数`): points of an index, not a count of indices (`3个指数`)."""
    return text.startswith("指数", unit_end) and ("." in text[start:unit_end] or bool(
        _CHANGED_BY.search(text, max(0, start - 16), start)))


_SEPARATED = re.compile(rf"(?:(?P<n>{NUM})(?P<m>{_MAGS})?(?P<u>%)?\s*(?:、|和|及|与|—|-|~|至|到)\s*)+$")
_MAG_AFTER = re.compile(_MAGS)
_MAG_ENDING = re.compile(rf"(?:{_MAGS})(?=[余多]?$)")


def _siblings_before(text: str, q: Quantity, found: list[Quantity], dicts: Dictionaries) -> list[Quantity]:
    """Bare numbers listed just before a figure share its unit: `47、55和55微克/立方米`."""
    window_start = max(0, q.num_start - 40, found[-1].end if found else 0)
    m = _SEPARATED.search(text, window_start, q.num_start)
    if not m or m.end() != q.num_start:
        return []
    out = []
    for n in re.finditer(rf"{NUM}", text[m.start():m.end()]):
        s = m.start() + n.start()
        e = m.start() + n.end()
        if re.match(r"[A-Za-z0-9.]", text[s - 1:s] or " ") or text[s - 1:s] == "第":
            continue
        if re.fullmatch(CHINESE, n.group(0)) and text[e:e + 1] == "、" and (s == 0 or text[s - 1] in "\n。;；:："):
            continue  # `二、88个问题…`: a heading's number, not a figure listed with 88
        try:
            v = parse_number(n.group(0))
        except (ValueError, KeyError):
            continue
        if re.fullmatch(CHINESE, n.group(0)) and n.group(0) in ("一", "十"):
            continue
        factor = q.value / parse_number(re.sub(r"[余多万亿千百]+$", "", text[q.num_start:q.num_end]) or "1") if q.value else 1.0
        own = _MAG_AFTER.match(text, e)
        if own:  # `分别为9.7万、13.78万和23.3万件`: its own magnitude, the unit the figure's
            q_mag = _MAG_ENDING.search(text, q.num_start, q.num_end)
            factor = factor / MAGNITUDES[q_mag.group(0)] * MAGNITUDES[own.group(0)] if q_mag else factor * MAGNITUDES[own.group(0)]
            e = own.end()
        out.append(Quantity(s, e, s, e, text[s:e], v * factor, q.unit, "exact"))
    return out
