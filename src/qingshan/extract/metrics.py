"""Figures in sentences to attributed metrics: indicator, region, period, kind, evidence."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re

from .context import DocContext, clause_bounds
from .place import DATELINE_DAY_END
from ..dictionaries import Dictionaries, Indicator, could_occur
from ..text.numbers import Quantity, listed_run, respective_runs
from .records import Metric
from .cues import cues
from .tasks import CLAUSE_CUT, plan_frame
from ..text.segment import segmenter

_MIN_EVIDENCE = 8


def _list_tail(text: str, pos: int, end: int) -> str:
    """From a figure to the end of the enumeration it stands in (items joined by 、 和 及)."""
    m = re.match(r"[^,;。]*", text[pos:end])
    return m.group(0) if m else ""


ANY_UNIT = "*"  # a change of any measure: `立案数增长28%` is a change of enforcement_cases


def _unit_fits(ind: Indicator, unit: str | None) -> bool:
    if ind.code == "other" or unit == ANY_UNIT:
        return True  # a figure of any unit may be a measure no indicator names
    return (unit or "") in ind.units


# words that end the counted noun phrase: adverbs and the verbs a count is followed by
# (`9个省辖市完成…督察整改任务82项`: 省辖市 is what is counted, not the 督察 after the verb;
# 开展 stays inside: `200余家次企业开展了…检查` counts inspections)
_PHRASE_BREAKS = ("全部", "均已", "获得", "参加", "共同", "累计", "达到", "分别",
                  "已", "将", "被", "完成", "建成", "实现", "纳入", "通过")


def _head_phrase(after: str) -> tuple[str, str]:
    """The noun phrase a figure counts, up to the first punctuation, book title or adverb, split at its first
    `的`: the words after a `的` are the head when the words before it (a clause describing the
    noun: `120家未完成整治的企业`) name nothing."""
    phrase = re.split(r"[,;。:()《]", after.replace("“", "").replace("”", "").replace('"', ""), maxsplit=1)[0][:20]
    parts = phrase.split("的", 1)

    def cut_at_break(p: str) -> str:
        ends = [i for w in _PHRASE_BREAKS for i in [p.find(w, 1)] if i > 0]
        return p[:min(ends)] if ends else p
    return cut_at_break(parts[0]), (cut_at_break(parts[1]) if len(parts) > 1 else "")


# a bracketed note (`(按Ⅲ类水质标准评价)`) or an abbreviation restating the noun before it
# (`空气优良率(AQI)`, `细颗粒物(PM2.5)`)
_NOTE_INSIDE = re.compile(r"[(（][^()（）,，。;；]{1,12}[)）](?=[\u4e00-\u9fff])")
# or the standard a grade is of (`达到或优于《地表水环境质量标准》Ⅲ类的比例`: the grade goes on from `优于`)
_STANDARD_INSIDE = re.compile(r"《[^《》,，。;；]{1,30}》(?=[ⅠⅡⅢⅣⅤIV一二三四五]+类)")
_BRACKETED = re.compile(r"[(（](?:(?:按|依据|以|含|不含|包括|注)[^()（）]*|[A-Za-z][A-Za-z0-9.₀-₉ ]*)[)）]")


def indicator_for(dicts: Dictionaries, before: str, after: str, unit: str | None) -> Indicator | None:
    """The indicator named by the counted noun right after the figure (`13家垃圾焚烧企业`,
    `120家未完成整治的企业`), else by the keyword nearest before it (`淘汰老旧车4万余辆`), among
    indicators whose units fit; ties go to the longer keyword. `other` keywords name measures
    without a code (`问题`, `比重`, `二氧化硫`): the nearest of them wins like any keyword."""
    best_before = best_after = None
    head, after_de = _head_phrase(after)
    pairs = dicts.indicator_keywords
    # a bracketed note (`水质达标占比(按Ⅲ类水质标准评价)为100%`, `空气优良率(AQI)`) names no indicator
    # while one outside does
    noted = [(m.start(), m.end()) for m in _BRACKETED.finditer(before)]
    # (and a short note inside a name does not part it: `空气质量优良(II级以上)天数为306天`)
    unnoted = _NOTE_INSIDE.sub("", before) if "(" in before or "（" in before else before
    unnoted = _STANDARD_INSIDE.sub("", unnoted) if "《" in unnoted else unnoted
    for k in could_occur(dicts.indicator_keyword_index, before, head, after_de):
        ind, kw = pairs[k]
        if not _unit_fits(ind, unit):
            continue
        i = before.rfind(kw)
        if i != -1:
            score = (any(a <= i < b for a, b in noted), len(before) - (i + len(kw)), -len(kw))
        elif (j := unnoted.rfind(kw)) != -1:
            score = (False, len(unnoted) - (j + len(kw)), -len(kw))
        else:
            score = None
        if score is not None and (best_before is None or score < best_before[0]):
            best_before = (score, ind)
        # the noun nearest the figure, before a `的` first; a modifier that names no
        # indicator (`2个劣Ⅴ类国考断面`) yields to a noun that does
        j = head.find(kw)
        score = (0, ind.code == "other", j, -len(kw)) if j != -1 else None
        if score is None and after_de.find(kw) != -1:
            score = (1, ind.code == "other", after_de.find(kw), -len(kw))
        if score is not None and (best_after is None or score < best_after[0]):
            best_after = (score, ind)
    head_noun_follows = bool(re.match(r"[\u4e00-\u9fff“\"]", after))
    if best_after and (head_noun_follows or best_before is None):
        cases = _cases_counted(dicts, before, unit) if best_after[1].code == "enterprises" else None
        # (the companies an enforcement act right before them was served on: cases, `责令4718家企业立行立改`)
        return cases if cases is not None and cues(dicts).penalising.search(before) else best_after[1]
    if best_before and (best_before[1].code == "other" or (best_before[1].code == "enforcement_cases"
                                                           and not _CASES_FILED.search(before))) \
            and _REPORTED_MATTER.search(before):
        # problems the public reported (`交办…群众举报投诉生态环境问题131件`): complaints, however the problem is named
        # (cases too, when the public reported them: `符合有奖举报范围的案件223件`, `环境保护信访案件275件`)
        complaints = dicts.indicator_by_code.get("complaints_handled")
        return complaints if complaints is not None and _unit_fits(complaints, unit) else best_before[1]
    found = best_before[1] if best_before else None
    if found is None or found.code in _PENALISED_COUNTED:
        return _cases_counted(dicts, before, unit) or found
    return found


def _cases_counted(dicts: Dictionaries, before: str, unit: str | None) -> Indicator | None:
    """What an enforcement act before the count, in its clause, is counted in (`处罚企业2家`, `查处露天焚烧63起`): cases
    (kind_cues.csv penalised; not `排查处理散乱污企业35家`, nor those that did something since, `检查处罚后已整改企业18家`)."""
    if unit not in ("家", "起") or not cues(dicts).penalised.search(before):
        return None
    cases = dicts.indicator_by_code.get("enforcement_cases")
    return cases if cases is not None and _unit_fits(cases, unit) else None


# units of a level a time reaches, not of a total
_LEVEL_KINDS = ("concentration", "rate", "ratio", "intensity", "sound_level", "time")
# done, after the noun counted (`受理的40个中央交办群众信访件已全部办结`)
_DONE_AFTER = re.compile(r"[^,，。;；]{0,16}?已")
# what an enforcement act may count, whatever its noun names: cases
_PENALISED_COUNTED = ("enterprises", "other", "facilities", "projects")
# matters the public reported, right before their count: `群众举报投诉生态环境问题`, `信访反映的环境问题`
_CASES_FILED = re.compile(r"立案|查处|违法|处罚")  # (`立案查处群众举报的环境违法案件35件`: cases, whoever reported them)
_REPORTED_MATTER = re.compile(r"(?:举报|投诉|信访)[^,，。;；:：、()（）\d]{0,10}?(?:问题|事项|案件)$")


# a count followed by a rate of the things counted states the scope of that rate:
# `149个地表水国考断面水质优良率为92.6%`, `17个重点城市空气质量优良天数比例平均为73.4%`
_SCOPE_OF_RATE = re.compile(r"[^,;。%]{1,24}?(?:比例|比率|率|占比)(?:平均|均|全部|都|持续|稳定)*(?:为|达到?|是|保持在?|稳定在)?"
                            r"\s*[\d.]+%")


# a breakdown in brackets, or the rest of the one a figure stands in
_BREAKDOWN = re.compile(r"[(（][^()（）]{0,40}[)）]|^[^()（）]{0,40}[)）]")
# a count of places (`339个地级及以上城市`, `16个设区市`, `天山北坡17县市`, `6市2县`): the scope of a statistic,
# whatever it measures of them (GUIDE: `other`), not a count of the things measured (`15座城市污水处理厂`,
# `20个城市更新项目` are)
_PLACES_AFTER = re.compile(r"(?:地级及以上城市|地级以上城市|设区市|省辖市|地级市|城市(?=[,，。;；、和与及中的]|空气|环境|优良|平均|PM|$)|县市区?|区县|县区|市州|市县|县[(（]市、?区[)）]|省份|省区)")


# a count of days and the share of the year's days it is
_RATIO_OF = {"good_air_days": "good_air_day_ratio"}


def _scope_of_a_rate(ctx: DocContext, sent, q: Quantity, qe: int) -> bool:
    """A count stating the scope of the rate after it (`149个地表水国考断面水质优良率为92.6%`; a bracketed breakdown
    between them does not part them: `11个国考断面(地表水8个、水库1个)水质优良率为100%`)."""
    u = ctx.dicts.units.get(q.unit or "")
    if u is None or u.kind != "count":
        return False
    scope = _SCOPE_OF_RATE.match(_BREAKDOWN.sub("", ctx.text[qe:sent.end]))
    return bool(scope) and any(kw in scope.group(0) for i in ctx.dicts.indicators if i.code != "other" and "%" in i.units
                               for kw in i.keywords)


_VEHICLE_COUNTS = ("辆", "辆次")  # the measure words of vehicles alone
_FIGURE_ENDS = re.compile(r"[\d%％][\u4e00-\u9fff/]{0,4}$")  # a figure with its unit ending here (`48.63%`, `30万株`)


_CASE_FILED = re.compile(r"立案|查处|处罚|案件")  # a case filed or punished, not an order served (`责令整改`)
_ORDER_SERVED = re.compile(r"整改|取缔|关闭|关停|停产|限产|查封|扣押|搬迁|拆除")
_FILED_AGAINST = re.compile(r"立案[^,，;；。中的]{0,12}$")  # `立案查处了环境违法企业` right before the figure


def _indicator(ctx: DocContext, sent, q: Quantity, before: str, after: str, qe: int, ns: int) -> Indicator | None:
    found = _indicator_named(ctx, sent, q, before, after, qe, ns)
    own = re.split(r"[,，;；]", before)[-1]
    if found is not None and found.code != "other" and (
            (found.code.endswith("_concentration") and q.unit == "%" and not q.change_only and not _CHANGE_WORD.search(own))
            or (found.code in ("good_air_days", "good_air_day_ratio") and _ONE_GRADE.fullmatch(own.strip(" (（)）")))
            or (found.code == "inspections" and _GROUPS_COUNTED.match(after))):
        # a share, not a level (`首要污染物中,细颗粒物(PM2.5)占64.0%`), the days of one grade, not the good ones
        # (`其中,优274天,良82天`), groups set up, not inspections made (`成立4个专项检查组`): none the word names
        return ctx.dicts.indicator_by_code["other"]
    if found is not None and found.code == "enterprises" and "inspections" in ctx.dicts.indicator_by_code \
            and (_INSPECTED_BEFORE.search(own) or _INSPECTED_AFTER.match(after)):
        # companies counted as inspected (`检查涉水企业46家`, `累计检查企业1359家`, `对辖区内75家企业进行了执法检查`): the
        # inspections, one a company (not companies found or closed: `排查企业…`, `关停企业…`)
        return ctx.dicts.indicator_by_code["inspections"]
    if found is not None and found.code in ("enforcement_cases", "enterprises") and q.unit == "家" \
            and {"enterprises", "enforcement_cases"} <= ctx.dicts.indicator_by_code.keys():
        # companies an order was served on, counted in 家 (`责令整改1087家`, `关闭取缔31家`, `停产整改48家`): the companies;
        # cases filed against them are cases, the companies named or not (`立案处罚54家`, `立案查处环境违法企业1359家`)
        # (an order in the figure's own clause: not an item of a breakdown of cases, `立案处罚54家,深圳、广州各12家`, nor a
        # referral, `移送公安机关12家`; a case filed right before the companies counted, not companies among those filed
        # against that did something since, `立案查处企业中已整改到位的有98家`)
        if found.code == "enforcement_cases" and _ORDER_SERVED.search(own) and not _CASE_FILED.search(own):
            return ctx.dicts.indicator_by_code["enterprises"]
        if found.code == "enterprises" and _FILED_AGAINST.search(own):
            return ctx.dicts.indicator_by_code["enforcement_cases"]
    if q.unit == "份" and "enforcement_cases" in ctx.dicts.indicator_by_code \
            and (_DECISIONS.search(own) or (found is not None and found.code == "enforcement_cases")):
        # decisions of penalty served, counted in copies right after their name (`下达处罚决定书2455份`, `下达责令改正违法行为
        # 决定书2455份`): cases; not other copies the sentence counts after them (`…处罚…,发放宣传资料3000份`)
        return ctx.dicts.indicator_by_code["enforcement_cases" if _DECISIONS.search(own) else "other"]
    if found is None and q.unit in ("%", "百分点"):
        # a share no word names, in a ranking whose measure opens the sentence or the run joined by `;` it goes on
        # (`在各市、区空气质量达标率排名中,恩平名列第一,达标率为98.2%;台山的92%紧随其后,…达标率仅为83.7%`): that measure
        ranked = _RANKING_OF.match(ctx.text, sent.start, ns) or _RANKING_OF.match(_joined_before(ctx, sent))
        measure = indicator_for(ctx.dicts, ranked.group(1), "", q.unit) if ranked else None
        # (not a share its own clause names some other measure of: `…我市位列第5,森林覆盖率为45%`)
        named = _MEASURE_WORD.findall(own)
        if measure is not None and measure.code != "other" and all(w in ranked.group(1) for w in named):
            return measure
    if (found is None or found.code == "other") and "emission_reduction" in ctx.dicts.indicator_by_code \
            and getattr(ctx.dicts.units.get(q.unit or ""), "kind", None) == "mass" \
            and cues(ctx.dicts).reduced.search(ctx.text, sent.start, ns):
        # tonnes of a pollutant no coded word names, listed after a cut in emissions (`减排二氧化硫4500吨,氮氧化物990吨,
        # 一氧化碳6.3万吨`): emission reductions, as `二氧化硫排放量` would be
        return ctx.dicts.indicator_by_code["emission_reduction"]
    if (found is None or found.code == "other") and q.unit in _VEHICLE_COUNTS and "vehicles" in ctx.dicts.indicator_by_code:
        # `各类机械110余辆`, `非道路移动机械8辆`: counted in 辆, vehicles, whatever the noun
        return ctx.dicts.indicator_by_code["vehicles"]
    if found is not None and found.code == "good_water_ratio" and _POOR_CLASS_SHARE.search(own):
        # `水质优良比例为93.0%,Ⅳ类比例为5.6%,Ⅴ类比例为0.7%`: the share of a class below the good ones its own clause names,
        # not the good ratio its clause borrowed words from
        return ctx.dicts.indicator_by_code["other"]
    if found is not None and found.code == "good_water_ratio" and "groundwater_quality" in ctx.dicts.indicator_by_code:
        lead = ctx.text[sent.start:ns]
        if lead.rfind("地下水") > max(lead.rfind(w) for w in _SURFACE_WATER):
            # `地下水质量监测井256眼,水质达Ⅲ类以上标准的占78.5%,其中…;Ⅲ类占55.9%`: the classes of the groundwater the
            # sentence speaks of, not the surface water's good ratio
            return ctx.dicts.indicator_by_code["groundwater_quality"]
    return found


def _indicator_named(ctx: DocContext, sent, q: Quantity, before: str, after: str, qe: int, ns: int) -> Indicator | None:
    dicts = ctx.dicts
    u = dicts.units.get(q.unit or "")
    if u is not None and u.kind == "count" and (q.value_text[-1:] in "市县区州旗盟"
                                                or q.value_text.endswith("个") and _PLACES_AFTER.match(after)):
        return None
    if _scope_of_a_rate(ctx, sent, q, qe):
        return None
    if q.unit == "%" and _SHARE_OF.match(after):
        # `…断面水质优良比例提高5个百分点,全省90%的村庄生活垃圾得到治理`: a share of what it names after it, and of
        # what its own clause names (`优良天数比例保持在90%以上的较高水平`), not of the clauses before it
        found = indicator_for(dicts, re.split(r"[,，;；]", before)[-1], after, q.unit)
        return found if found is not None and found.code != "other" else None
    found = indicator_for(dicts, before, after, q.unit)
    if found is not None and found.code == "water_compliance_rate" \
            and not re.search(r"水|断面|河|湖|排污|排口", ctx.text[sent.start:ns]) \
            and re.search(r"天数|空气|大气", before + _joined_before(ctx, sent)):
        # `达标天数245天;达标比例为66.9%`: of days, not of water, the compliance of an air report
        found = dicts.indicator_by_code["good_air_day_ratio"]
    own_clause = re.split(r"[,，;；]", before)[-1]
    if found is not None and found.code == "good_air_day_ratio" and _GOOD_RATIO_ALONE.search(own_clause):
        # a bare good ratio after the water its sentence last spoke of (`21个国控断面水质达标率100%、优良率85.7%`):
        # the water's, not the air's (`空气质量优良天数325天,优良率89%`, `…PM2.5平均浓度32微克/立方米,优良率86.5%`
        # stay the air's)
        if _domain_before(ctx, sent, ns) == "water":
            found = dicts.indicator_by_code["good_water_ratio"]
    bare = found is not None and found.code == "water_compliance_rate" and not any(
        m.lastgroup == "water" for m in _COMPLIANCE_DOMAIN.finditer(ctx.text, sent.start, ns)) \
        and bool(re.search(r"天数|空气质量|优良天", ctx.text[sent.start:ns]))  # (`…空气质量优良天数333天(…),达标比例91%`)
    if q.unit == "%" and (found is None or found.code == "other" or bare) and _BARE_COMPLIANCE.search(own_clause):
        # a compliance rate no coded word names (`118个集中式生活饮用水水源,达标率为100%`, `…达标天数为352天,达标率为96.2%`,
        # `12个国省控断面全年综合达标率为77.1%`): of the water or the air its sentence last spoke of before it (not of
        # noise, `声环境…达标率`, nor of emissions, `废气排放达标率`)
        domain = _domain_before(ctx, sent, ns)
        if domain is not None and domain != "noise":
            found = dicts.indicator_by_code["water_compliance_rate" if domain == "water" else "good_air_day_ratio"]
    if q.unit in ("%", "百分点") and (found is None or found.code == "other"):
        # a good ratio no coded word names (`87个国考断面的优良比例达95.4%`, `…高于国家考核目标要求13.8个百分点`): of the
        # water or the air its sentence speaks of before it, the ratio named in the figure's clause (in the sentence, for
        # a margin in points)
        clause = re.split(r"[,，;；]", before)[-1]
        # (the water may head the clause before: `全市20个国考断面中,优良比例为85%`)
        scope = ctx.text[max(sent.start, ns - len(clause) - 12):ns] if q.unit == "%" else ctx.text[sent.start:ns]
        # (a margin in points whose clause names a rate of its own is that rate's, `…收集率提高5.3个百分点`, unless the
        # good ratio itself, `优良比例同比提高8.4个百分点`)
        own_rate = re.search(r"率|比例|比率", clause) and not _BARE_RATIO_WORD.search(clause)
        named = _BARE_GOOD_RATIO.search(scope) if q.unit == "%" or not own_rate else None
        domain = _domain_before(ctx, sent, ns)
        if named and domain == "water":
            found = dicts.indicator_by_code["good_water_ratio"]
        elif domain == "air" and _BARE_RATIO_WORD.search(clause) and not _OTHER_SUBJECT.search(clause):
            # (of the air, the good ratio the figure's clause names after the air's words: `优良天数为26天,优良比例为83.9%`)
            found = dicts.indicator_by_code["good_air_day_ratio"]
    if q.unit == "%" and not q.change_only and (found is None or found.code == "other"):
        # days told in percent are their ratio (`达标天数为100%`, `优良天数达到76%以上`, `303天(占83.0%)`)
        days = indicator_for(dicts, before, after, "天")
        found = dicts.indicator_by_code[_RATIO_OF[days.code]] if days is not None and days.code in _RATIO_OF else found
    if q.change_only and q.unit in ("%", "百分点") and (found is None or found.code == "other"):
        # a figure that is only a change in percent measures what changed (`罚款金额增长39%`), in any unit
        found = indicator_for(dicts, before, after, ANY_UNIT) or found
    if q.unit == "件" and found is not None and found.code == "enforcement_cases" \
            and "complaints_handled" in dicts.indicator_by_code \
            and _COMPLAINT_CASES.search(ctx.text, ctx.structure.paragraphs[sent.paragraph_index].start, ns) \
            and not _ENFORCED.search(re.split(r"[,，;；。]", before)[-1] + re.split(r"[,，;；。、]", after)[0]):
        # cases in a paragraph about complaints' cases, no act of enforcement in the figure's clause (`…交办10批22件环境
        # 信访件。其中,双台子区5件…。重点案件4件`): the complaints' (not `立案处罚57家`, `查处违法案件12件`)
        return dicts.indicator_by_code["complaints_handled"]
    if q.unit == "件" and (found is None or found.code == "other") and "complaints_handled" in dicts.indicator_by_code \
            and _COMPLAINTS.search(ctx.text, ctx.structure.paragraphs[sent.paragraph_index].start, ns) \
            and _HANDLED.search(re.split(r"[,，;；。]", before)[-1]) and not _PROPOSALS.search(before):
        # pieces no coded word names in a paragraph about complaints, told as found or handled, or as a kind of them
        # (`…转办信访件212件…各地核查属实3976件,不属实745件`, `截至9月16日,已办结42件,正在办理8件`, `其中属实问题1692件`,
        # `其中大气污染类200件`): complaints (not deputies' proposals, `人大建议12件`, nor other business, `审批环评文件356件`,
        # `办理行政许可356件`)
        return dicts.indicator_by_code["complaints_handled"]
    if found:
        return found
    # a figure in a list of figures (`392个…、1703个…、274个深度治理项目`) shares the head noun of
    # the list's last item; else the sentence before the figure may name it
    tail = _list_tail(ctx.text, qe, sent.end)
    if "、" in tail or "和" in tail:
        last = re.split(r"[、和及]", tail)[-1]
        found = indicator_for(dicts, "", last, q.unit)
        if found:
            return found
    # `城市污水集中收集率80.33%`: its clause names what it measures, though no coded indicator (a clause cut
    # at a list's `、` may not: `优良(一、二类)水质面积比例为81.9%`)
    cut = ns - len(before)
    # (a `、` after a figure parts the items of a list of figures; another is inside a name: `优良(一、二类)水质面积比例`,
    # `达到一、二类海水水质标准的海域面积比例为71.8%`, `优、良天数的比例`)
    inside_a_name = ctx.text[cut - 1:cut] == "、" and not _FIGURE_ENDS.search(ctx.text, max(sent.start, cut - 8), cut - 1)
    if _OWN_MEASURE.search(before) and not inside_a_name:
        return None  # (an item of a list naming its own measure too: `覆盖率48.63%、畜禽粪污资源化利用率86.44%`)
    found = indicator_for(dicts, ctx.text[sent.start:ns], "", q.unit)
    lead = ctx.text[sent.start:ns]
    if (found is None or found.code == "other") and (u is not None and u.kind == "concentration" or _ELLIPTICAL_RANK.match(lead)):
        # or a concentration's, the sentence before, joined to this one by `;` (`细颗粒物浓度最好的城市是…,
        # 为16μg/m3;最差的城市是…,为26μg/m3`): the pollutant both speak of
        # (or the label of a table's row laid out as a line above its values: `PM10 |` over `高新区(73µg/m3)、…`)
        earlier = _joined_before(ctx, sent) or _row_label(ctx, sent)
        joined = indicator_for(dicts, earlier, "", q.unit) if earlier else None
        found = joined if joined is not None and joined.code != "other" else found
    if (found is None or found.code == "other") and q.change_only and _bare_change(ctx, re.split(r"[,，;；]", lead)[-1]):
        # a change alone, its clause naming no thing (`其中池州、滁州、芜湖3个市分别同比下降7.8个百分点`, `同比2019年增加52天,
        # 提高14个百分点`), whose sentence, or the one before it in its paragraph, last named a coded measure
        # (`…优良天数比率同比上升;…`, `全省优良天数245天,…。`): the change of that measure (not `工业用电量同比下降5.2%`)
        named = indicator_for(dicts, _sentence_before(ctx, sent) + lead, "", q.unit)
        found = named if named is not None and named.code != "other" else found  # (not a measure no code names, last:
        # `Ⅴ类比例为0.7%,无劣Ⅴ类断面,同比下降…`, `一氧化碳…同比下降1.3毫克、降幅…`)
    return found if found is not None and found.code != "other" else _named_by_unit(dicts, q.unit) or found


# the words a change's clause may hold besides its verb and naming no thing: places counted or listed, comparisons
_CHANGE_FRAME = re.compile(r"其中|其余|分别|同比|环比|较上年|比上年|较上月|[较比与]?\d{4}年(?:同期)?(?:相比)?|均|各|都|共|至少|要求|"
                           r"\d+个[\u4e00-\u9fff]{0,6}?(?:城市|市|县|区)中?|"  # (the places it is among: `4个环保重点城市中`)
                           r"[\d.]+个?(?:设区市|城市|市|县区|县|区|百分点|指数|%)?|[、和及\s]")  # (and the list's items before)
_CHANGE_VERB = re.compile(r"(?:下降|上升|提高|增加|减少|降低|改善|升高|增长|回落|分别)+了?")


def _bare_change(ctx: DocContext, clause: str) -> bool:
    """The clause before a change names nothing but places and a comparison (`其中池州、滁州、芜湖3个市分别同比下降`)."""
    spans = [(a, b) for a, b, _ in ctx.place.names_in(clause)]
    rest = "".join(ch for k, ch in enumerate(clause) if not any(a <= k < b for a, b in spans))
    return not _CHANGE_VERB.sub("", _CHANGE_FRAME.sub("", rest)).strip()


def _sentence_before(ctx: DocContext, sent) -> str:
    """The sentence before `sent` in its paragraph, or ''."""
    sentences = ctx.sentences_of(sent.paragraph_index)
    k = next((i for i, x in enumerate(sentences) if x.start == sent.start), 0)
    return sentences[k - 1].text if k > 0 else ""


# the public's complaints named (`信访件`, `举报`, `交办件`): what bare pieces counted after them are
_COMPLAINTS = re.compile(r"信访|举报|投诉|交办件|转办件|交办事项|来电|来信")
_COMPLAINT_CASES = re.compile(r"(?:信访|举报|投诉)(?:案件|件)")  # the cases a paragraph counts are the public's complaints
# acts of enforcement on a case, and cases of law (`行政案件`, `刑事案件`, `损害赔偿案件`, `审结…民事案件`, `未批先建案件`)
_ENFORCED = re.compile(r"违法|处罚|立案|查处|查办|查封|扣押|停产|拘留|移送|罚|取缔|关停|侦查|侦办|行政(?:案件|执法)|刑事|犯罪|"
                       r"民事(?:案件|诉讼)|损害赔偿|赔偿案件|审结|审理|判决|起诉|公诉|先建|未批")  # (not `跨行政区域`, `赔偿诉求`)
_PROPOSALS = re.compile(r"(?:建议|提案|议案)$")
# a count of complaints told as found, handled or closed, or as a kind or a batch of them (`核查属实`, `正在办理`, `…类`)
_HANDLED = re.compile(r"属实|办结|整改|受理|核查|查实|转办|交办|销号|回复|查处|(?:办理|处理)(?:中|完毕|完成)?$|类$|批$")
_DECISIONS = re.compile(r"(?:处罚|违法行为|处理)决定书$")
# a verb of inspecting the companies counted: before them in the clause, or right after their count
_INSPECTED_BEFORE = re.compile(r"(?<!排)(?:检查|抽查|抽检|督查)了?[^,，。;；\d检查]{0,6}$")  # (the nearest verb: no 检/查 after it)
_INSPECTED_AFTER = re.compile(r"[^,，。;；\d]{0,8}?(?:进行了?|开展了?)(?:执法|现场|专项|监督)?检查")
# words of a change in the figure's own clause (`同比下降率为5%`: a concentration's change told as a rate)
_CHANGE_WORD = re.compile(r"下降|上升|增长|减少|降低|提高|升高|改善|增加|同比|较上年")
# one grade's days (`其中,优274天`), and groups counted (`成立4个专项检查组`, not `组织`)
_ONE_GRADE = re.compile(r"(?:其中)?[(（]?(?:优|良)[)）]?(?:级)?(?:天数)?(?:为|有|达)?")
_GROUPS_COUNTED = re.compile(r"[^,，。;；]{0,6}?(?:检查|督察|督查|督导|巡查|调研|工作|专项)?组(?!织)")
# the share of a water class below the good ones (`Ⅳ类比例为5.6%`, `Ⅳ类~Ⅴ类比例为24.1%`)
_POOR_CLASS_SHARE = re.compile(r"^[^Ⅰ-Ⅲ]*?(?:Ⅳ|Ⅴ|IV|V|四|五)类(?:[~～\-—至、和](?:Ⅴ|V|五)类)?(?:水质|水体|断面)?的?(?:比例|占比)")
# a bare good ratio named right after the water it is of (`断面的优良比例`, `20个国考断面中,优良比例`; not of days,
# `优良天数比例`, nor of works or farmland, `工程质量优良比例`)
_BARE_GOOD_RATIO = re.compile(r"(?:断面|水体|河流|湖泊|湖库|水域|海域|流域)(?:中)?[的,，]?(?:水质)?优良(?:比例|率|比率)")
# the ratio's word alone in its clause or list item (`、优良率`, `,全年优良率为`; not `城区环境优良率`)
_GOOD_RATIO_ALONE = re.compile(r"(?:^|[、,，;；])(?:全年|年均)?优良(?:比例|率|比率)(?:为|达到|达)?$")
# what a good ratio may be of other than the air, named in its clause (`近岸海域优良比例`, `土壤环境优良比例`)
_OTHER_SUBJECT = re.compile(r"海|水|湖|河|断面|土壤|湿地|森林|耕地|生态")
_BARE_RATIO_WORD = re.compile(r"(?<!天数)(?<!天)优良(?:比例|率|比率)")
# a compliance rate, and the words of water, air or noise before it in its sentence that say what it is the rate of
_BARE_COMPLIANCE = re.compile(r"(?<!排放)(?<!排口)达标(?:率|比例)")  # (not of emissions: `废气排放达标率`)
_COMPLIANCE_DOMAIN = re.compile(r"(?P<noise>声环境|噪声|噪音|声功能)|(?P<water>水质|水源|水体|水环境|水功能|地表水|饮用水|断面|河流|"
                                r"河道|湖泊|湖库|水库|流域|排污口|海域|近岸)|(?P<air>空气|大气|天数|AQI|PM2\.5|PM10|臭氧|细颗粒物|可吸入颗粒物|"
                                r"二氧化硫|二氧化氮|一氧化碳|O3|SO2|NO2)")


def _domain_before(ctx: DocContext, sent, ns: int) -> str | None:
    """`water`, `air` or `noise`: what the sentence last spoke of before the figure starting at ns, if anything."""
    last = None
    for last in _COMPLIANCE_DOMAIN.finditer(ctx.text, sent.start, ns):
        pass
    return last.lastgroup if last else None


# things still to be made (`新建的20个省考断面…比例达到95%`): a count of them is a goal, scope or not
_TO_BE_MADE = re.compile(r"新建|新增|建成|创建|打造")


# those who attend a meeting or an activity, counted: attending it later in the sentence, no act of another count between,
# and a unit of people or of bodies whose people come (`中层以上干部共60人参加了会议`, `县政府12个有关部门主要负责人参加会议`; not
# `抓获…26人,组织120名执法人员参加业务培训`, `85家重点排放单位参加全国碳市场交易`)
_ATTENDING = re.compile(r"(?:(?!抓获|组织|查处|检查|完成|开展|办理|立案|处罚|淘汰|建成|新建|整治|移送)[^。!?！？]){0,60}?"
                        r"(?:(?:参加|出席|列席)了?[^,，。;；\d]{0,8}?(?:会议|活动|座谈|仪式|典礼)|参会)")
_WHO_ATTENDS = re.compile(r"[^,，。;；]{0,10}?(?:部门|单位|机关|负责同志|负责人|干部|代表|志愿者|人员|同志|委员)")


def _attendance(ctx: DocContext, sent, q: Quantity, qe: int) -> bool:
    """The figure counts who attended (the attending verb after it in its sentence)."""
    if q.unit not in ("人", "个", "家") or not _ATTENDING.match(ctx.text, qe, sent.end):
        return False
    return q.unit == "人" or bool(_WHO_ATTENDS.match(ctx.text, qe, sent.end))


# problems an inspection handed over, counted (`督察报告反馈涉及我县18项问题(其中共性问题12项,个性问题6项)`): what exists
# to rectify, though the page be a plan to rectify them
_PROBLEMS_FOUND = re.compile(r"(?:涉及|反馈|交办|移交|转办|发现|梳理出?|排查出|存在)(?P<between>[^。;；]{0,50})$")
_PROBLEMS_COUNTED = re.compile(r"[^,，。;；]{0,6}问题[^,，。;；]{0,4}$")


def _problems_found(ctx: DocContext, sent, q: Quantity, ns: int, qe: int) -> bool:
    """The figure counts problems handed over or found (`反馈涉及我县18项问题`, `(其中共性问题12项,…)`)."""
    if q.unit not in ("项", "个", "件", "条", "起"):
        return False
    text = ctx.text
    named_after = text.startswith("问题", qe)
    named_before = bool(_PROBLEMS_COUNTED.search(text, max(sent.start, ns - 10), ns)) and text[ns - 1:ns] != "第"
    if not (named_after or named_before):
        return False
    # the words that hand them over or find them, in the figure's clause or before the breakdown it is part of
    # (`…涉及我县21项,其中共性问题13项,个性问题8项`); not a goal to find or finish them (`力争…排查发现问题不少于200个`)
    lead = text[sent.start:ns]
    if ctx.cues.target.search(lead) or ctx.cues.deadline.search(lead):
        return False
    bracket = max(lead.rfind("("), lead.rfind("（"))
    found = _PROBLEMS_FOUND.search(lead[:bracket] if bracket > lead.rfind(")") else lead)
    return bool(found) and (not re.search(r"[,，]", found.group("between")) or "其中" in found.group("between"))


# a measure named in full right before its figure (`…污水集中收集率80.33%`; not an elliptical `达优率100%`,
# nor a share or a change, `所占比例`, `同比下降率`, whose sentence says what it is of)
_OWN_MEASURE = re.compile(r"[\u4e00-\u9fff]{4,}(?<!所占)(?<!下降)(?<!上升)(?<!提高)(?<!降低)(?<!增长)(?<!改善)(?<!减少)"
                          r"(?:率|比例|比率|占比|比重)(?:为|达到?|是|保持|提高到|提升到)?\s*$")


def _done_to_reach(ctx: DocContext, before: str) -> bool:
    """A verb of a commitment (task_verbs.csv) ends one of the last words before the figure (`综合治理29条河道`,
    `新建、扩建23座`): the figure is reached by doing something; not a word that only opens with one (`建成区面积120`),
    nor one further back (`全市发展改革系统干部120名`)."""
    verbs = set(ctx.dicts.task_verbs)
    words = [w for w in segmenter(ctx.dicts).cut(re.split(r"[,，;；]", before)[-1]) if w.strip(" 、")]
    return any(w[i:] in verbs for w in words[-3:] for i in range(len(w)))


# a share told of the things named after it (`90%的村庄`, `85%以上的农户`)
_SHARE_OF = re.compile(r"(?:以上|以下|左右)?的(?![^,，。;；]{0,4}?目标)[\u4e00-\u9fff]{2,}")  # (not a goal: `83.6%的目标要求`)
# a clause that names only a place and its rank before the figure (`…最好,优良天数比例为96.2%;枝江市最差,
# 为72.1%`): it measures what the sentence before it did
_ELLIPTICAL_RANK = re.compile(r"[^,，;；。\d]{0,12}?(?:最好|最差|最高|最低|最优|最大|最小|其次|次之)(?:的是)?[,，]?(?:为|是|达|仅)?$")


# places listed, then 各 right before a figure (`深圳、梅州、湛江、揭阳各2件`)
_EACH_OF = re.compile(r"((?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,8})各$")


def _each_of_places(ctx: DocContext, text: str, q: Quantity, region: str | None) -> list[tuple[str, int]]:
    """(place, where its name starts in text) for each place other than `region` that a figure after `A、B各` is each
    of, when every item listed is a place's name alone and `region` one of them; else []."""
    listed = _EACH_OF.search(text, max(0, q.num_start - 60), q.num_start)
    if not listed:
        return []
    places, at = {}, listed.start(1)
    for item in listed.group(1).split("、"):
        named = ctx.place.names_in(item)
        if len(named) != 1 or named[0][1] - named[0][0] != len(item):
            return []  # (`两个单位、三个部门各…`: not places)
        places.setdefault(named[0][2], at)
        at += len(item) + 1
    return [(p, a) for p, a in places.items() if p != region] if region in places else []


def _joined_before(ctx: DocContext, sent) -> str:
    """The sentence before `sent` in its paragraph when it ends with `;`, else ''."""
    prev = _sentence_before(ctx, sent)
    return prev if prev.rstrip().endswith((";", "；")) else ""


# a table's cell standing alone on its line: a short label and the cell's bar (`PM10 |`, `二氧化氮 |`)
_LABEL_CELL = re.compile(r"\s*[^|。,，;；\d]?[^|。,，;；]{0,11}\s*\|\s*")


def _row_label(ctx: DocContext, sent) -> str:
    """The label cell on the line above the line `sent` opens, when the page lays a table out a cell per line, else ''."""
    i = sent.paragraph_index
    paragraphs = ctx.structure.paragraphs
    if i == 0 or paragraphs[i].start != sent.start or not _LABEL_CELL.fullmatch(paragraphs[i - 1].text):
        return ""
    return paragraphs[i - 1].text


def _named_by_unit(dicts: Dictionaries, unit: str | None) -> Indicator | None:
    """A unit of area, volume, capacity or rate that one coded indicator alone is measured in names
    it (`坑塘水面533亩`: area; `降尘量…吨/平方公里`); counts (`人`, `台`) name nothing by themselves."""
    u = dicts.units.get(unit or "")
    if u is None or u.kind not in ("area", "volume", "capacity", "rate"):
        return None
    fits = [i for i in dicts.indicators if i.code != "other" and unit in i.units]
    return fits[0] if len(fits) == 1 else None


def _respective_items(text: str, qs: list[Quantity],
                      before: list[str] | None = None) -> tuple[dict[int, tuple[str, str, str]], list[str]]:
    """`二氧化硫、二氧化氮、臭氧年均浓度分别为14、26、139微克/立方米`: the i-th figure stated
    `respectively` measures the i-th item listed before `分别`. (Figure index -> (item, last item,
    the words from `分别` to the first figure: `分别削减`), the items of the last run) -- `before`: the items
    of the sentence this one goes on from after `;`, which a run naming none of its own is stated of too."""
    out = {}
    before = list(before or ())  # the items an earlier run was stated of
    for run in respective_runs(text, qs):
        at = text.rfind("分别", 0, qs[run[0]].start)
        clauses = re.split(r"[,;。:!?]", text[:at])
        lead = clauses[-1] if clauses[-1].strip() or len(clauses) < 2 else clauses[-2]  # `依次是北京、廊坊和长治,分别为…`
        items = [i for i in re.split(r"[、和及与]", lead) if i]
        if len(items) != len(run) and len(clauses) >= 2 and (
                len(clauses[-1].strip()) <= 4 or not re.search(r"[、和及与]", clauses[-1])
                and not _OWN_FIGURES.search(clauses[-2]) and not _OWN_FIGURES.search(clauses[-1])):
            # `PM10、SO2和O3浓度均同比上升,升幅分别为1.3%、20.0%和9.3%`: the items head the clause before (or
            # name what is measured of them: `其次是祁门、旌德,PM2.5浓度分别为25微克/立方米、27微克/立方米`)
            lead = clauses[-2]
            items = [i for i in re.split(r"[、和及与]", lead) if i]
        counted = _COUNTED_LIST.match(clauses[-2].strip()) if len(items) != len(run) and len(clauses) >= 2 else None
        if counted and len(counted.group(1).split("、")) == len(run):
            # `…滨州8市未完成…目标,但优良天数分别同比增加17天、14天…`: places listed and counted head the clause before
            items = counted.group(1).split("、")
        if len(items) != len(run) and len(before) == len(run):
            # the same items, another measure of them (`凉州区、民勤县…PM10平均浓度分别为80、81…,PM2.5平均浓度分别为48、50…;
            # 优良天数比率分别为73.6%、60.4%…`)
            items = before
        if len(items) == len(run) > 1:
            before = items
            # (what heads the list is said of them all: `污染减排目标为化学需氧量、氨氮…分别比上年下降…`, 减排; not when the
            # list is in the clause before, `主要污染指标为化学需氧量、总磷,断面超标率分别为…`)
            head = re.match(r".*(?:为|是|[:：])", items[0]) if lead is clauses[-1] else None
            said = (head.group(0) if head else "") + text[at:qs[run[0]].start]
            out.update({k: (items[n], items[-1], said) for n, k in enumerate(run)})
    return out, before


# places listed and then counted (`济南、淄博、…、滨州8市`), opening a clause
_COUNTED_LIST = re.compile(r"((?:[\u4e00-\u9fff]{2,6}、)+[\u4e00-\u9fff]{2,6}?)\d{1,2}个?(?:城市|设区市|地市|市|县|州|盟市)(?!域)")


# digits of a clause's own (`为100%`, `1月至2月`), not of a pollutant's name (`PM2.5`, `SO2`)
_OWN_FIGURES = re.compile(r"(?<![A-Za-z.])\d")


def _listed_items(text: str, qs: list[Quantity]) -> dict[int, tuple[str, str, str]]:
    """`优良天数比率和重污染天数比率为80%和2%`: figures listed after as many measures listed, without
    `分别`, take them in order, as _respective_items does. Figure index -> (item, last item, '')."""
    out = {}
    i = 0
    while i < len(qs):
        run = listed_run(text, qs, i)
        if len(run) > 1 and "分别" not in text[max(0, qs[i].start - 12):qs[i].start]:
            lead = _list_clause_start(text, qs[i].start)
            named = _MEASURES_LISTED.match(text, lead, qs[i].start)
            items = re.split(r"[、和与]", named.group(1)) if named else []
            if len(items) != len(run):
                # `成都、遂宁、德阳优良天数率较三年均值上升5.1、4.5、4.4个百分点`: as many short names opening the clause,
                # the last one's words saying what is measured of them all (their places are read by the caller)
                items = re.split(r"[、和与]", text[lead:qs[i].start])
                if not all(2 <= len(x) <= 5 and _SHORT_NAME.fullmatch(x) for x in items[:-1]):
                    items = []
            if len(items) == len(run):
                out.update({k: (items[n], items[-1], "") for n, k in enumerate(run)})
        i = run[-1] + 1
    return out


_SHORT_NAME = re.compile(r"[\u4e00-\u9fff]+")  # a listed name in Chinese characters alone (`遂宁`), no figure or mark
_MEASURES_LISTED = re.compile(r"(.+?(?:率|比例|比率|占比|浓度|天数))(?:均|平均)?(?:为|达到?|是)?\s*$")


_WEIGHTS = ("吨", "千克", "公斤")  # what pollutants cut are counted in (not `…削减率达到12%、森林覆盖率63%`)
# the name of the next item of a list, right after the figure before it (`…148.58吨、二氧化硫`)
_NAMED_NEXT = re.compile(r"\s*、\s*[\u4e00-\u9fff]{2,6}\s*")


def _item_indicator(dicts: Dictionaries, item: str, last_item: str, predicate: str,
                    unit: str | None) -> Indicator | None:
    """An item's own keyword (`臭氧`), else the one its list shares, written on the last item after
    its own name (`二氧化硫、氮氧化物、氨氮排放量` -> 排放量), else the one of what is said of them all
    (`二氧化硫、氮氧化物分别削减8.2%、7.6%` -> 削减); a coded indicator beats `other`."""
    def found(phrase: str, shared: bool):
        hits = [(phrase.find(kw), ind) for ind in dicts.indicators if _unit_fits(ind, unit)
                for kw in ind.keywords if phrase.find(kw) > (0 if shared else -1)]
        return min(hits, key=lambda h: h[0])[1] if hits else None
    own, shared = found(item, False), found(last_item, True)
    for cand in (own, shared, found(predicate, False)):
        if cand is not None and cand.code != "other":
            return cand
    return own or shared or dicts.indicator_by_code["other"]


def extract_metrics(ctx: DocContext) -> list[Metric]:
    out: list[Metric] = []
    headline: list[bool] = []
    counted: list[str | None] = []
    exact: set[int] = set()  # the rows whose evidence is a rate's own words, shown as they are
    # the indicator of the last coded figure in each unit, in the paragraph read (`…信访举报件175件。`)
    totals: tuple[int, dict[str | None, Indicator]] = (-1, {})
    units_here: set[str | None] = set()  # the units of the figures read in the paragraph so far, coded or not
    earlier: dict[str | None, Indicator] = {}  # the paragraph before's
    previous: tuple[int, list[Metric]] = (-1, [])  # the last sentence with figures: its paragraph, its figures
    before: tuple[list[Metric], list[Quantity]] = ([], [])  # the figures of a sentence this one is joined to by `;`
    cued = False  # a breakdown's cue opened the run of sentences joined by `;` (`按区域分类:杭州44件;宁波31件;…`)
    broke_down = False  # the sentence before, joined to this one by `;`, broke down the figures before it
    last = None  # the sentence read before (_joined_before's answer without its search of the paragraph, in linear time)
    stated_of: list[str] = []  # the items the last figures stated respectively were of (`凉州区、民勤县…分别为…;`)
    for sent in ctx.structure.sentences:
        quantities = ctx.quantities_of(sent)
        run_on = last is not None and last.paragraph_index == sent.paragraph_index and last.text.rstrip().endswith((";", "；"))
        last = sent
        joined = before if before[0] and run_on else ([], [])
        stated_of = stated_of if run_on else []
        before = ([], [])
        cued_before, cued = cued and run_on, (cued and run_on) or bool(_BREAKDOWN_CUE.search(sent.text))
        if not quantities:
            continue
        times = ctx.times_in(sent.start, sent.end)
        # (a breakdown of the figures of the sentence before, telling no time of its own)
        # (or of the total the paragraph before ends with, for a paragraph opening with a breakdown's cue: `…交办…信访举报件
        # 168件。` then `从问题类型来看,涉及水70个…`)
        opens_breakdown = bool(_OPENS_BREAKDOWN.match(sent.text.lstrip()))
        # (the next part of a breakdown after `;` is one too: `其中,A区5件;B区3件`, `经调查,…435个…;有78个村…`; only its
        # results take the period, below: not a part turning to plans, `;下一步,全市将新建…3座`)
        broke_down_before, broke_down = broke_down and run_on, False
        findings = bool(_OPENS_FINDINGS.match(sent.text.lstrip())) and not _TOLD_OVER_TIME.search(sent.text)
        breaks_down = not times and (broke_down_before or (
            (opens_breakdown or findings) and (
                previous[0] == sent.paragraph_index or (previous[0] == sent.paragraph_index - 1 and sent.sentence_index == 0))))
        broke_down = breaks_down
        respective, stated_of = _respective_items(sent.text, quantities, stated_of)
        items = _listed_items(sent.text, quantities) | respective
        if totals[0] != sent.paragraph_index:
            # (a breakdown may open the next paragraph: `…交办…信访举报件168件。` then `从区域分布上看,福州48件、…`)
            earlier = totals[1] if totals[0] == sent.paragraph_index - 1 else {}
            totals = (sent.paragraph_index, {})
            units_here = set()
        found: list[Metric] = []
        told: list[Quantity] = []
        for k, q in enumerate(quantities):
            # an item that is a place (`北京、廊坊和长治,分别为47、55和55`) is where the figure is,
            # not what it measures
            place = ctx.place.first_name(items[k][0]) if k in items else None
            item = _item_indicator(ctx.dicts, *items[k], q.unit) if k in items else None
            if place and item is not None and (item.code == "other" or place == items[k][0]):
                item = None  # (an item that is a place alone measures what the clause names; one that names its measure
                # after the place, `今年2月海口主要污染物PM2.5、PM10…浓度分别为:17、28…`, measures that)
            # (the paragraph before's, for items labelled by a short name alone: `福州48件`, not `福州发生突发环境事件3起`, in
            # any sentence opening with a breakdown's cue: `从区域分布上看,福州48件、…` after one breaking it down by kind, in 个)
            # (not when the paragraph counted in the unit itself, coded or not: `全市共发生突发环境事件12起…。从区域上看,城区3起`)
            carried = earlier.get(q.unit) if opens_breakdown and q.unit not in units_here \
                and len(_LAST_LABEL.split(sent.text[:q.num_start])[-1]) <= 6 else None
            total = (totals[1].get(q.unit) or carried) if q.unit in _CASE_UNITS \
                and _breakdown_item(sent.text, quantities, k, cued_before, ctx.place.first_name) \
                else None
            m = _metric(ctx, sent, q, times, item, place, total)
            if m.indicator == "other" and previous[0] == sent.paragraph_index and _EXTREMES_OF.match(sent.text.lstrip()):
                # `全省优良天数平均179.4天,…。最多为商洛248天,最少为咸阳117天`: the extremes of what was just measured
                measured = next((x for x in reversed(previous[1]) if x.unit == m.unit and x.indicator != "other"), None)
                if measured is not None:
                    m = dataclasses.replace(m, indicator=measured.indicator)
            if breaks_down and m.period_start is None and m.period_end is None and m.kind == "actual":
                # (of the whole in the same unit, else of the last figure dated: `涉及水70个、…` after `…信访举报件168件`)
                whole = next((x for x in reversed(previous[1]) if x.unit == m.unit and x.period_end is not None), None) \
                    or next((x for x in reversed(previous[1]) if x.period_end is not None), None)
                if whole is not None and findings and whole.period_start == whole.period_end:
                    whole = None  # (the findings of one day's inspection are no state of that day: `…4月12日…现场检查…。经调查,`)
                if whole is not None:  # `…交办…信访举报件168件。其中来电举报86件`: the parts are of the whole's period
                    m = dataclasses.replace(m, period_start=whole.period_start, period_end=whole.period_end)
            if m.indicator == "other" and k > 0 and told and told[-1] is quantities[k - 1] \
                    and found[-1].indicator == "emission_reduction" and found[-1].unit == m.unit and m.unit in _WEIGHTS \
                    and _NAMED_NEXT.fullmatch(sent.text, quantities[k - 1].end, q.num_start):
                # the next pollutant of a list cut by one verb (`削减化学需氧量1322.53吨、氨氮148.58吨、二氧化硫3484吨、
                # 氮氧化物349.18吨`): what was cut, not the pollutant's `other`
                m = dataclasses.replace(m, indicator="emission_reduction")
            if m.indicator != "other" and not q.change_only:
                totals[1][q.unit] = ctx.dicts.indicator_by_code[m.indicator]
            units_here.add(q.unit)
            if q.change_only and (_takes_change(ctx.dicts, sent.text, found, told, m, q)
                                  or _takes_change(ctx.dicts, sent.text, *joined, m, q, joined=True)):
                continue  # `优良天数107天,…,优良天数比去年同期增加10天`: the change of the level told before (in
                # the sentence, or the one it is joined to by `;`: `…优良率为84.7%;与2019年相比…优良率提高8.8个百分点`)
            shared = _rates_sharing(sent.text, q)
            for a, rate in shared[:-1]:  # each rate of `A、B和C均保持100%` its own row, its evidence the rate's words
                own = indicator_for(ctx.dicts, rate, "", q.unit)
                start, end = sent.start + a, sent.start + a + len(rate)
                exact.add(len(out) + len(found))
                found.append(dataclasses.replace(
                    m, evidence_start=start, evidence_end=end, evidence=ctx.text[start:end], subject=rate,
                    indicator=own.code if own else "other", change_direction=None, change_value=None,
                    change_unit=None, change_basis=None))
                told.append(q)
                headline.append(_is_headline(sent.text) and not _cut_short(ctx, sent))
                counted.append(None)
            if shared:  # (the last rate's row is the figure's own: from its words to the figure, measuring them)
                start, end = sent.start + shared[-1][0], sent.start + q.end
                own = indicator_for(ctx.dicts, shared[-1][1], "", q.unit)
                m = dataclasses.replace(m, evidence_start=start, evidence_end=end, evidence=ctx.text[start:end],
                                        indicator=own.code if own else m.indicator)
                exact.add(len(out) + len(found))
            found.append(m)
            told.append(q)
            headline.append(_is_headline(sent.text) and not _cut_short(ctx, sent))
            for other, at in _each_of_places(ctx, sent.text, q, m.region):
                # `河源、阳江各3件`: the figure of each place listed before `各`, one row each, its evidence from the place's
                # name to the figure (kept as it is: one evidence for two rows would be copies to the build's check)
                exact.add(len(out) + len(found))
                start, end = sent.start + at, sent.start + q.end
                found.append(dataclasses.replace(m, region=other, evidence_start=start, evidence_end=end,
                                                 evidence=ctx.text[start:end]))
                told.append(q)
                headline.append(headline[-1])
                counted.append(None)
            unit = ctx.dicts.units.get(q.unit or "")
            # (for a count no noun follows, the words before it, told again in a later paragraph: `下达行政处罚决定书1874起`
            # in the lead and the body; the same fact only in the same place, kind and period: not `A县…治理项目5个`,
            # `B县…治理项目5个` in one paragraph, nor a goal and its result, nor two quarters)
            noun = _counted_noun(sent.text, q, unit is not None and unit.kind == "count")
            if noun and noun.startswith("<"):
                noun = f"<{sent.paragraph_index}:{noun[1:]}@{m.region}@{m.kind}@{m.period_start}@{m.period_end}"
            elif noun and noun.startswith("="):  # (the same names counted again: the same fact only in the same kind and period)
                noun = f"{noun}@{m.kind}@{m.period_start}@{m.period_end}"
            counted.append(noun)
        out.extend(found)
        before = (found, told)
        previous = (sent.paragraph_index, found)
    spans = {id(m): (m.evidence_start, m.evidence_end) for k, m in enumerate(out) if k not in exact}
    # (nor one parted from a row of the same value in the same words, `分别为100%、100%`, which ends at its figure)
    return [_with_margin(ctx.text, m) if spans.get(id(m)) == (m.evidence_start, m.evidence_end) else m
            for m in _merge_repeats(out, headline, counted, ctx.dicts)]


_WORD_CHAR = re.compile(r"[0-9A-Za-z.]")
_MARGIN = 4  # characters of the words around a figure's clause its evidence shows, within its line


def _with_margin(text: str, m: Metric) -> Metric:
    """The evidence with a few characters either side of the clause (`4家,关停取缔8家;立案`): a short item of a
    list (`宁波31件;`) then shows where it stands, and the reader finds it again by what surrounds it."""
    line_start = text.rfind("\n", 0, m.evidence_start) + 1
    line_end = text.find("\n", m.evidence_end)
    line_end = line_end if line_end != -1 else len(text)
    a = max(line_start, m.evidence_start - _MARGIN)
    b = min(line_end, m.evidence_end + _MARGIN)
    while line_start < a and _WORD_CHAR.match(text, a - 1) and _WORD_CHAR.match(text, a):
        a -= 1  # (not through a number or a Latin word: `2025年`, not `25年`)
    while b < line_end and _WORD_CHAR.match(text, b - 1) and _WORD_CHAR.match(text, b):
        b += 1
    return dataclasses.replace(m, evidence_start=a, evidence_end=b, evidence=text[a:b])


# the units of cases, complaints and incidents, which an item of their breakdown counts whatever its label (`福州28件`,
# `水污染104件`); an item in 个 or 家 names its own thing (`省级生态村21个`)
_CASE_UNITS = ("件", "起")
# the extreme's holder then its figure (`最多为商洛248天`, `最高的是邢台市,为52…`; not what the most is, `最多的是群众投诉…`)
_EXTREMES_OF = re.compile(r"(?:其中[,，]?)?(?:最多|最少|最高|最低|最好|最差)的?(?:为|是)[^。;；]{1,10}?\d")
_LAST_LABEL = re.compile(r"[,，:：、;；]|(?:分别|依次)(?:是|为)")  # what parts an item's label from what goes before it
# what opens a paragraph that breaks down the total before it (`从区域分布上看,`, `按污染类型分类:`, `其中`), maybe after
# its source and a short name of what is broken down (`据介绍,受理的投诉举报事项按涉及环境要素分:`)
_OPENS_BREAKDOWN = re.compile(r"(?:(?:经(?:分析|统计|梳理)|据(?:介绍|统计|了解|通报))[,，])?"
                              r"(?:从[^,，。;；]{1,24}(?:上看|来看)|[^\d,，。;；:：]{0,12}?按[^,，。;；]{1,8}(?:分|划分|统计)|其中"
                              # (or the total told again, then its parts: `34个已完成整治的重点问题分别为:成都市1个,…`)
                              r"|[\d.]+[个项家件起条处座名人][^\d,，。;；:：]{0,20}?(?:分别为|分别是|包括)[:：])")
# what opens the findings of the survey just told (`截至目前,已完成…现场调查。` then `经调查,全县有435个村庄…`): of its time
_OPENS_FINDINGS = re.compile(r"经(?:调查|排查|核查|摸排|摸底)[,，]")
_TOLD_OVER_TIME = re.compile(r"累计|以来")  # findings of a tally of their own (`经调查,该公司自投产以来累计…`)
# what opens a breakdown (`其中`, `从区域分布上看`, `按污染类型分类:`, `涉及济南市…`)
_BREAKDOWN_CUE = re.compile(r"其中|上看|分类|分布|涉及|按[^,，。;；:：]{1,8}(?:分|划分|统计)")
# what parts two items of a breakdown: a mark, then a short label of the next item (`、厦门`, `;宁波`, `,重点件`), or of
# several places sharing it (`,汕头、佛山各`); after an item's share in brackets (`大气84件(占39.1%),噪声56件`)
_NEXT_ITEM = re.compile(r"\s*(?:[(（]占[\d.]+%[)）])?\s*[、,，;；]\s*[^\d,，。;；、:：()（）]{1,10}(?:、[^\d,，。;；、:：()（）]{1,6})*")


def _breakdown_item(text: str, qs: list[Quantity], k: int, cued: bool, place_of) -> bool:
    """The k-th figure is an item of a breakdown: a cue of one before it (`从区域分布上看,`, `按污染类型分类:`, `其中`),
    in its sentence or `cued` in one joined to it by `;`, and a figure of the same unit next to it, parted only by a
    mark and a short label (`福州28件、厦门20件`; not `办理人大建议32件、政协提案45件`, a list of its own), or the one
    figure of a sentence of a run joined by `;`, labelled by a place (`按区域分类:杭州44件;宁波31件;…`; `place_of`: the
    place a label names, if any)."""
    def beside(step: int) -> int:
        """The figure next to k that way, past an item's share in brackets (`大气84件(占39.1%),噪声56件`)."""
        j = k + step
        return j + step if 0 <= j < len(qs) and qs[j].unit == "%" and qs[k].unit != "%" else j

    def parted(i: int, j: int) -> bool:
        return 0 <= i < j < len(qs) and qs[i].unit == qs[j].unit and _NEXT_ITEM.fullmatch(text, qs[i].end, qs[j].num_start)
    def alone() -> bool:
        label = _LABEL_BEFORE.search(text[:qs[k].num_start]) if len(qs) == 1 else None
        return label is not None and bool(place_of(label.group(1))) and (cued or text.rstrip().endswith((";", "；")))
    return (parted(beside(-1), k) or parted(k, beside(1)) or alone()) \
        and (cued or bool(_BREAKDOWN_CUE.search(text, 0, qs[k].num_start)))


def _names_places_only(ctx: DocContext, label: str) -> bool:
    """A breakdown item's label is a place's name and nothing else, `各` or `均` after it (`揭阳各`, `福州`)."""
    core = re.sub(r"(?:各|均|分别)$", "", label.strip())
    names = ctx.place.names_in(core)
    return len(names) == 1 and (names[0][0], names[0][1]) == (0, len(core))


# the short label of a breakdown's item, right after a mark or the sentence's start (`:杭州`, `宁波`)
_LABEL_BEFORE = re.compile(r"(?:^|[:：、,，;；])\s*([^\d,，。;；、:：()（）]{1,10})$")
# the label of a breakdown's item that names a kind of pollution or problem a case is of (`大气污染`, `水`, `生态破坏`)
_CASE_KIND = re.compile(r"(?:污染|问题|破坏|扬尘|油烟|噪声|噪音|垃圾|土壤|生态|大气|水|固废|固体废物|辐射|海洋|农业农村|其他|其它)$")


# rates listed before one figure they all reach (`工业危险废物安全贮存利用处置率和医疗废物无害化处置率保持100%`)
_RATE_END = r"(?:率|比例|占比|比率|比重)"
_SHARED_TAIL = re.compile(r"(?P<rate>" + _RATE_END + r")(?:均|都|全部|持续|稳定|保持|实现|达到|达|为|在)*$")


def _list_clause_start(text: str, pos: int) -> int:
    """Where the clause holding text[pos] starts, a list's `、` inside it: after the last , ; : 。 or bracket."""
    return max(text.rfind(c, 0, pos) for c in ",，;；:：。()（）") + 1


def _rates_sharing(text: str, q: Quantity) -> list[tuple[int, str]]:
    """The rates of a list that one percentage closes (`A、B和C均达100%`): (offset in text, rate) each;
    the last is the figure's own. Every item must be a rate, or it is no such list."""
    if q.unit != "%" or q.change_only or re.match(r"\s*(?:[、和与及至~～—-]|以及)\s*[\d.]", text[q.end:]):
        return []  # (`A率和B率达到70%和25%`: a figure each, in order)
    a = _list_clause_start(text, q.start)
    clause = text[a:q.num_start]
    tail = _SHARED_TAIL.search(clause)
    if tail is None:
        return []
    items = list(re.finditer(r"[^、和与]+", clause[:tail.end("rate")]))
    if len(items) < 2 or not all(re.search(_RATE_END + "$", i.group(0)) for i in items):
        return []
    return [(a + i.start(), i.group(0)) for i in items]


# what may stand between a level and its change beside the level's own keywords (`,同比去年改善`)
# a year a clause speaks of, not the base of a comparison (`与2019年相比`)
_OWN_YEAR = re.compile(r"(?<![与比较])(\d{4})年(?!同期|相比)")
_CHANGE_WORDS = r"\s|同比|环比|去年|上年|同期|\d{4}年|较|比|与|相比|累计|上升|下降|增加|减少|增长|提高|提升|改善|降低|了|近|约"


def _takes_change(dicts: Dictionaries, text: str, earlier: list[Metric], told: list[Quantity],
                  change: Metric, q: Quantity, joined: bool = False) -> bool:
    """A change with no level of its own (`优良天数比去年同期增加10天`, `…44μg/m3,同比去年改善13.6%`) is the
    change of the last level of the same coded indicator and kind told before it in its sentence, when that
    level has none and the words between name no other measure (`3个断面预警总次数较…降低64%` is the
    change of a count of alerts): it is set there (GUIDE: a change attached to a figure in the same
    sentence is that figure's change; `;` does not end a sentence)."""
    # (of its kind: a goal noted beside the level, `占比97.3%(2023年目标91.0%),同比改善0.9个百分点`, is no result a
    # change is of)
    k = next((k for k in range(len(earlier) - 1, -1, -1) if earlier[k].indicator == change.indicator
              and earlier[k].kind == change.kind), None)
    if k is None or change.indicator == "other":
        return False
    level = earlier[k]
    if level.unit == "百分点":
        return False  # a margin (`优于国家考核目标2.3个百分点`) is a difference itself, no level a change is of
    if level.change_direction is not None or not (change.unit == level.unit or change.unit in ("%", "百分点")):
        return False
    # the words of the change's own clause, less the level's keywords, say nothing but the change (`joined`: the
    # levels are of the sentence before, joined to this one by `;`)
    own = re.split(r"[,，;；]", text[:q.num_start] if joined else text[told[k].end:q.num_start])[-1]
    ind = dicts.indicator_by_code.get(level.indicator)
    for kw in sorted(ind.keywords if ind else (), key=len, reverse=True):
        own = own.replace(kw, "")
    period = level.period_end or level.period_start
    if any(period is None or int(y.group(1)) != period.year for y in _OWN_YEAR.finditer(own)):
        return False  # (a change of another year's level: `…为80%;2022年…比上年提高6.7个百分点`)
    left = re.sub(_CHANGE_WORDS, "", own)
    if left and left not in level.evidence[:level.evidence.find(level.value_text)]:
        return False  # (words that name the level before its figure may: `环境空气质量优良率…提高8.8个百分点`)
    _take_change(level, change)
    return True


def _take_change(level: Metric, source: Metric) -> None:
    """Give level the change another statement of it tells: its direction, value, unit and basis."""
    level.change_direction, level.change_value = source.change_direction, source.change_value
    level.change_unit, level.change_basis = source.change_unit, source.change_basis


_PART_BEFORE = re.compile(r"(?:[东南西北中]部|其余|其他|另有|剩余|山区|平原|沿[江河湖海])$")
_GLOSSED_KIND = re.compile(r"[\u4e00-\u9fff]{0,3}[(（][市县区州盟旗、]{1,8}[)）]")


def _counted_noun(text: str, q: Quantity, count: bool = False) -> str | None:
    """The words that follow a count (`2741家涉气“小散乱差”…`), when they name what it counts; a kind of place, with its
    gloss (`11县(市、区)`, `13个市(区)`) or up to its kind's word (`9个中心城市空气质量…`, `9个中心城市依据…`: a scope
    told again), whatever follows it."""
    listed = _NAMES_LISTED_BEFORE.search(text, max(0, q.start - 40), q.start) if count else None
    if listed:  # `石羊河、红水河、北沙河等7条自然河道` and later `石羊河、红水河、北沙河等7条河流`: the names say what it counts
        names = listed.group(1).split("、")  # (the first may run on from the words before it, `境内有石羊河`)
        return "=" + "、".join(names[-2:] if len(names) >= 3 else names)
    glossed = _GLOSSED_KIND.match(text, q.end)
    if glossed:  # (written with or without 个 and 、: `12个县(市、区)` is `12县(市区)`; a part of them is its own group:
        # `北部5个县(市、区)`, `南部5个县(市、区)`)
        part = _PART_BEFORE.search(text, max(0, q.start - 4), q.start)
        return (part.group(0) if part else "") + re.sub(r"[个、]", "", text[q.num_end:glossed.end()])
    m = re.match(r"[“\"]?[\u4e00-\u9fff][\u4e00-\u9fff“”\"]{4,}", text[q.end:q.end + 8])
    if m is None:  # or, for a count, the words right before it (`下达行政处罚决定书1874起,` in the lead and the body; not
        # a rate, `…水源地的水质达标率为100%` after `…饮用水源水质达标率为100%`, two facts)
        # (read through quotation marks: `共排查“散乱污”企业6401家` in the lead and again in the body)
        named = _NAMED_BEFORE.search(re.sub(r"[“”\"]", "", text[max(0, q.start - 10):q.start])) if count else None
        return "<" + named.group(0) if named else None
    scope = _KIND_OF_PLACE.match(m.group(0), 0, 6)
    part = _PART_BEFORE.search(text, max(0, q.start - 4), q.start) if scope else None  # (`北部7个县级城市`, `南部…`)
    return (part.group(0) if part else "") + scope.group(0) if scope else m.group(0)[:6]


_NAMED_BEFORE = re.compile(r"[\u4e00-\u9fff]{6}$")
_NAMES_LISTED_BEFORE = re.compile(r"((?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,8})等$")  # names listed, then `等`


# a kind of place or of monitoring site, qualified (`中心城市`, `国控断面`, `监测点位`; not bare `城市`, counted in many groups)
_KIND_OF_PLACE = re.compile(r"[\u4e00-\u9fff]{1,4}?(?:城市|市州|地市|断面|点位|站点)")


def _cut_short(ctx: DocContext, sent) -> bool:
    """The page's last sentence, prose the excerpt ends in (`…主要目标是,PM2.5浓度降至32.5微克/立方米,优良…`)."""
    return sent is ctx.structure.sentences[-1] and len(sent.text) >= 60 and len(re.findall(r"[,，]", sent.text)) >= 2


def _is_headline(sentence: str) -> bool:
    """A headline, a link in a list of related items (`· 江西11个设区市…`) or a line of page chrome:
    no sentence end."""
    t = sentence.strip()
    return t.startswith(("·", "•")) or not re.search(r"[;。!?…][”’\"')）]*$", t)


def _headline_states(h: Metric, b: Metric, dicts: Dictionaries) -> bool:
    """A headline's figure is the body's figure `b` as a headline words it: the same value, or the
    value rounded to the digits the headline writes (`4.4亿元` for `44064万元`), in the same unit or
    another word for a count of the same things (`61起案件` for `案件61件`), which the headline may code as another
    indicator of its field (`交办第18批案件215件` over the body's `群众举报案件215件`: cases, then complaints)."""
    unit_h, unit_b = dicts.units.get(h.unit or ""), dicts.units.get(b.unit or "")
    counts = unit_h is not None and unit_b is not None and unit_h.kind == unit_b.kind == "count"
    same_unit = h.unit == b.unit or counts
    of_h, of_b = dicts.indicator_by_code.get(h.indicator), dicts.indicator_by_code.get(b.indicator)
    same_field = h.unit == b.unit and counts and of_h is not None and of_b is not None \
        and of_h.category == of_b.category  # (in the same word: `抓获…42人` is no `执法检查42次`)
    if not same_unit or not (h.indicator == b.indicator or "other" in (h.indicator, b.indicator) or same_field):
        return False
    if b.value == h.value:
        return True
    written = re.match(r"\d+(?:\.(\d+))?", h.value_text)
    if not written or not float(written.group(0)):
        return False
    step = h.value / float(written.group(0)) * 10 ** -len(written.group(1) or "")
    return step > 1 and abs(round(b.value / step) * step - h.value) < step / 1000


def _merge_repeats(metrics: list[Metric], headline: list[bool], counted: list[str | None],
                   dicts: Dictionaries) -> list[Metric]:
    """A figure stated in a headline and again in the body is one fact: the body's statement,
    which carries the context (period, region) the headline leaves out. In the body, a count
    repeated with the same counted words (`2741家涉气“小散乱差”…` twice) is one fact; other
    statements of equal value stay two rows: they may be two figures. Two rows that measure the same
    with one evidence (`A和B水质达标率分别为100%、100%`) would be copies to the build's check of
    duplicate facts, which holds the whole batch back: each then ends its evidence at its own figure;
    when the evidence shows the figure once (`带领1-2个科室…联系1个…`: a range's bound and a count),
    no reader could tell them apart, and the second is dropped. (`PM2.5、PM10…分别下降8.3%、8.3%` are
    two rows of two indicators.)"""
    body = [m for m, h in zip(metrics, headline) if not h]
    shown: dict[tuple, Metric] = {}

    def restated(m: Metric) -> bool:  # a headline words its figure its own way: an uncoded one may be anything
        return any(_headline_states(m, b, dicts) for b in body)
    out, seen, stated = [], {}, {}  # seen: where the first statement of each counted fact ends, and if in the lead
    for m, h, noun in zip(metrics, headline, counted):
        if h and restated(m):
            continue
        # (a rate's goal set at last year's level is another fact: `优良天数比率为82.4%` … `2022年…不低于82.4%`)
        named_before = bool(noun) and noun.startswith("<")
        para = int(noun[1:noun.index(":")]) if named_before else -1
        noun = "<" + noun[noun.index(":") + 1:] if named_before else noun
        key = (m.value, m.unit, m.indicator, noun, m.kind if m.unit == "%" else None)
        # (a count named by the words before it is told again only in a later paragraph than the one it was first told in)
        if not h and noun and key in seen and not (named_before and (m.evidence_start < seen[key][0] or seen[key][1] >= para)):
            continue
        fact = (m.value, m.unit, m.indicator, m.region, m.kind, m.period_start, m.period_end)
        first = stated.get(fact)
        if first is not None and _restates(first, m, dicts):  # a lead's figure told again in the body
            if first.change_direction is None and m.change_direction is not None:
                _take_change(first, m)
            continue
        shared = _span(m)
        prior = shown.get(shared)
        if prior is not None:
            if not _part_evidence(prior, m):
                continue
            del shown[shared]  # (parted, neither ends where the shared evidence ended, or only one does)
            shown[_span(prior)] = prior
        shown[_span(m)] = m
        seen.setdefault(key, (m.evidence_end, para))
        stated.setdefault(fact, m)
        out.append(m)
    return out


def _span(m: Metric) -> tuple:
    return m.evidence_start, m.evidence_end, m.value, m.unit, m.indicator


def _part_evidence(prior: Metric, m: Metric) -> bool:
    """Two figures of one value told in the same evidence (`分别为100%、100%`): the first's evidence ends
    at the first time the figure is written, the second's at the second. False when it is written once."""
    text, figure = m.evidence, m.value_text
    first = text.find(figure)
    second = text.find(figure, first + len(figure)) if first != -1 else -1
    if not figure or second == -1:
        return False
    prior.evidence, prior.evidence_end = text[:first + len(figure)], prior.evidence_start + first + len(figure)
    m.evidence, m.evidence_end = text[:second + len(figure)], m.evidence_start + second + len(figure)
    return True


def _restates(first: Metric, m: Metric, dicts: Dictionaries) -> bool:
    """Equal to an earlier figure in value, indicator, place, kind and period, a level is the same
    fact told again (`PM2.5平均浓度为29.3微克/立方米` in the lead and the body). Counts (`21家企业`),
    the round ends of a rate (100%, 0) and changes told two ways (`Ⅲ类…下降50个百分点,Ⅳ类…上升50个
    百分点`) may be two facts that happen to be equal; so may two told together, their evidence overlapping
    (`二氧化硫、氮氧化物、VOCS排放总量较2015年分别削减20%、18%、20%`)."""
    if m.evidence_start < first.evidence_end and first.evidence_start < m.evidence_end:
        return False
    changes = (first.change_direction, first.change_value), (m.change_direction, m.change_value)
    unit = dicts.units.get(m.unit or "")
    return (m.indicator != "other" and m.value not in (0, 100) and m.unit != "百分点"
            and not (unit is not None and unit.kind == "count") and m.qualifier == "exact"
            and (None in (first.change_direction, m.change_direction) or changes[0] == changes[1]))


# a clause of a goal stating its own figures (`,年度目标(PM2.5≤29微克/立方米、…)`, `,考核目标为35`)
_GOAL_OF_ITS_OWN = re.compile(r"[,，]\s*(?:年度|全年|考核|省定|国家|市定)?目标值?(?:[(（:：]|为|是)[^,，。;；]{0,40}?\d")
# a clause of purpose after a figure: what the work was for, not what the figure is (`发现并整改问题39处,确保…落地见效`)
_PURPOSE_AFTER = re.compile(r"[,，]\s*(?:以|从而|进一步)?(?:确保|力争|争取|推动|促进|助力|切实)")


def _metric(ctx: DocContext, sent, q: Quantity, times, item_indicator: Indicator | None = None,
            item_place: str | None = None, total: Indicator | None = None) -> Metric:
    text = ctx.text
    qs, qe = sent.start + q.start, sent.start + q.end
    ns = sent.start + q.num_start
    a, b = clause_bounds(text, qs, qe, sent.start, sent.end)
    if qs - a < 4:  # the clause before the figure says too little: take the previous clause too
        a, _ = clause_bounds(text, max(sent.start, a - 1), a, sent.start, sent.end)
    if b - qe < 4 and b < sent.end and text[b] not in "。!?" and not _GOAL_OF_ITS_OWN.match(text, b) \
            and not _PURPOSE_AFTER.match(text, b):
        # nor after it: the next clause says what the figure is about (not a goal stating its own figures:
        # `臭氧…浓度为137微克/立方米,年度目标(PM2.5≤29微克/立方米、…)`, nor what the work done was for: `发现并整改问题
        # 39处,确保河长制工作落地见效`)
        _, b = clause_bounds(text, b + 1, b + 1, sent.start, sent.end)
    if b - a < _MIN_EVIDENCE:
        b = min(sent.end, a + _MIN_EVIDENCE)
    before, after = text[a:ns], text[qe:b]
    # the clause first; then the sentence before the figure and the rest of its list (`392个…、
    # 1703个…、274个深度治理项目`) for figures whose clause names no indicator
    # (an item of a breakdown nothing names, `福州28件、厦门20件`, counts what the total it breaks down counts)
    indicator = item_indicator or _indicator(ctx, sent, q, before, after, qe, ns) or total
    label = _LABEL_BEFORE.search(text[sent.start:ns]) if total is not None and indicator is not None else None
    if label and ((indicator.code == "other" and (_CASE_KIND.search(label.group(1)) or ctx.place.first_name(label.group(1))))
                  or _names_places_only(ctx, label.group(1))):
        indicator = total  # (an item labelled by a kind or a place whose words name nothing coded, `大气污染76件`, too;
        # and one labelled by places alone whatever the clause before names: `重点关注案件19件(河源、阳江各3件,深圳、…各2件`)
    subject = _subject(before, after, ctx.dicts)
    clause = text[a:b]
    # the times in the words that tell a level a change starts from (`从2015年的`) are that level's, no other figure's
    starts = [(sent.start + p.baseline_at, sent.start + p.num_start) for p in ctx.quantities_of(sent) if p.baseline]
    own_times = [t for t in times if not any(a0 <= t.start < b0 for a0, b0 in starts)]
    period = _run_of_years_after(text, own_times, qe) or _stated_period(text, own_times, a, ns)
    due = next((t for t in reversed(own_times) if t.end <= (period.start if period else ns) and t.is_deadline
                and "年" in t.text and t.date_end), None)
    if period is not None and due is not None and "年" not in period.text and period.precision in ("month", "part_of_month") \
            and period.date_start and period.date_end and period.date_end.year < due.date_end.year:
        # months named without their year after a deadline year (`到2025年,全市5月至9月臭氧浓度下降5%`): that year's months
        y = due.date_end.year - period.date_end.year
        period = dataclasses.replace(period, date_start=period.date_start.replace(year=period.date_start.year + y),
                                     date_end=period.date_end.replace(year=period.date_end.year + y))
    framed = False  # the period is the one the reader carries in, not stated in the figure's sentence
    vague_now = period is None and any(t.approximate and t.text.endswith("目前") and t.start < ns for t in own_times)
    if q.baseline:  # the level a change starts from: the time stated with it (`从2015年的58…`), or none (`由66.0%提升至…`)
        period = next((t for t in times if sent.start + q.baseline_at <= t.start and t.end <= ns and t.resolved), None)
    elif (period is None and not vague_now) or (period is not None and period.text in ("全年", "年内")):
        # `全年`, `年内` are the whole of the year in context (else the page's year); `截至目前` on a page
        # that does not say when is no period
        context = ctx.context_time(sent)
        cited = ctx.frame.cited_report_period(sent) if period is None else None
        if cited is not None and cited.start < ns:
            context = cited  # `据《2019中国生态环境状况公报》显示,全国…36微克/立方米`: the period of the report read from
        opened = ctx.frame.opening_time(sent) if period is not None else None
        if opened is not None and opened.precision == "year" and opened.start < ns and opened.date_end \
                and (ctx.ref is None or opened.date_end.year <= ctx.ref.year):
            # `2022年全区…,全年完成整治项目60个`: the whole of the year the sentence opens with (not a goal's year to come:
            # `2025年全市计划新建…,年内已建成…860个` is the page's year)
            context = opened
        if period is None:
            period = context
            framed = True
        elif context is not None and context.date_start:
            y = context.date_start.year
            period = dataclasses.replace(period, date_start=dt.date(y, 1, 1), date_end=dt.date(y, 12, 31))
    if period is not None and period.date_start is None:
        period = ctx.frame.open_start(sent, period)
    elif period is not None and period.precision == "year" and period.date_end:
        # `截至5月31日,云县2023年环境空气优良率为98.67%`: the year so far, to the day it runs up to
        upto = [t for t in times if t.end <= ns and t.precision == "since" and t.date_end and t.date_start is None
                and t.date_end.year == period.date_end.year and t.date_end < period.date_end]
        if upto:
            period = dataclasses.replace(period, date_end=upto[-1].date_end)
    ps, pe = (period.date_start, period.date_end) if period else (None, None)
    if period is not None and period.precision == "year" and pe and not q.baseline \
            and _ROUND_OF_THE_YEAR.match(text, period.end, min(len(text), period.end + 40)):
        # `截至目前,2016年,中央…督察反馈的23项问题,完成整改…20项`: the year dates the round that raised what is counted,
        # counted as it stands on the day the sentence runs up to (not a year's figure told later, `截至3月,2022年全市…`)
        # (said opening the sentence, or the first of those joined to it by `;`: `截至2023年3月底,…;2020年…督察整改任务49项`)
        upto = [t for t in times if t.end <= period.start and t.precision == "since" and t.date_start is None
                and t.date_end and t.date_end > pe] or [
            t for t in ctx.frame.run_opening_times(sent) if t.precision == "since" and t.date_start is None
            and t.date_end and t.date_end > pe]
        if upto:
            pe = upto[-1].date_end
    # (a total, counted or summed up, not a level: `已降至35微克/立方米`, `优良天数已达300天` are the year's)
    counted = (u := ctx.dicts.units.get(q.unit or "")) is not None and u.kind not in _LEVEL_KINDS
    by_then = period is not None and period.is_deadline and pe is not None and ctx.ref is not None and pe < ctx.ref \
        and counted and ("已" in text[a:ns] or _DONE_AFTER.match(text, qe, b) is not None) and ctx.frame.tells_done(clause, sent)
    if by_then:
        # `到2017年12月底,…信访件已全部办结`, `…整改任务已完成21项`: a count of what was done by a time over stands as of it,
        # as `截至` says (GUIDE: open periods), or as of the day a `截至` before it runs to (`截至目前,2017年底前须完成的整改任务
        # 已完成21项`); not a level reached by then (`到2020年底,…PM2.5平均浓度已降至35微克/立方米` is the year's)
        as_of = [t for t in times if t.end <= period.start and t.precision == "since" and t.date_start is None and t.date_end]
        ps, pe = None, (as_of[-1].date_end if as_of else pe)
    elif period is not None and period.is_deadline and ps and pe and period.precision != "multi_year":
        ps, pe = ps.replace(month=1, day=1), pe.replace(month=12, day=31)  # `2022年年底前` covers 2022
    # a figure of a year still to come (`2025年…治理率达55%以上` on a 2023 page) cannot be a result
    future = ps is not None and ctx.ref is not None and ps.year > ctx.ref.year
    # (the scope of a rate is what exists, though the rate be a goal: `全市50个地表水国省考断面…比例达到90%`)
    # (or a figure of a dated work plan's item that no time of the text frames and nothing tells done, reached by doing
    # something: `2015年要继续推进…行动。` / `加强水环境治理,综合治理29条河道`, the year the plan's tasks are due,
    # tasks.plan_frame; not how things stand, `全市建成区面积120平方公里`)
    planned = period is None and not q.baseline and ctx.ref is not None and not ctx.frame.tells_done(clause, sent) \
        and (plan := plan_frame(ctx, sent)) is not None and plan.date_end is not None and plan.date_end >= ctx.ref \
        and _done_to_reach(ctx, before)  # (read last: it segments the words)
    # (the figure's own clause and those before it in the evidence, not a clause after it the evidence runs on into: `明年…
    # 利用率要达到75%以上,现有…配套率达到95%以上` is not told done by the 现有 after it)
    cut = CLAUSE_CUT.search(text, qe, b)
    cut = None if cut and _POINTS_BACK.match(text, cut.end()) else cut  # (`下降5%,是明年要实现的目标`, `…,要确保完成`)
    kind = "target" if not q.baseline and (future or planned or ctx.is_target(text[a:cut.start() if cut else b], sent, ns, qe)) and not (
        _scope_of_a_rate(ctx, sent, q, qe) and not _TO_BE_MADE.search(before)) \
        and not _problems_found(ctx, sent, q, ns, qe) else "actual"
    # (or a year stated before the figure's clause, when the year's additions are told apart from the total: `2022年,全省
    # …新增761个,累计完成生活污水治理的行政村为3391个`; not what was done in the year, `2020年,…累计派出8批共136人次`)
    year_before = period is not None and period.precision == "year" and period.end <= ns \
        and CLAUSE_CUT.search(text, period.end, ns) is not None \
        and "新增" in text[period.end:max(period.end, text.rfind("，", 0, ns), text.rfind(",", 0, ns))]
    if (framed or year_before) and kind == "actual" and ps and pe and ps.year == pe.year \
            and (ps.month, ps.day, pe.month, pe.day) == (1, 1, 12, 31) \
            and _RUNNING_TOTAL.search(text, max(a, period.end), ns) and (q.unit or "") not in _OCCURRENCES:
        ps = None  # `新能源电动车累计推广超74万辆` under a year: a total run up to its end from no start stated (GUIDE: open periods)
        # (not occurrences summed over the year: `累计受沙尘天气影响762天(次)`)
    if framed and _attendance(ctx, sent, q, qe):
        ps = pe = None  # who attended a meeting (`…等17个部门、22个街道办事处分管负责同志参加会议`): a count at an event, no period
    elif framed and kind == "actual" and ps is not None and cues(ctx.dicts).ledger.search(text, sent.start, qe):
        # the items an inspection handed over or raised, and how many are done (`省级环保督察交办29个问题共102个子项,还有5个子项
        # 未完成`, `第二轮中央生态环境保护督察整改任务共24项`): counted on its ledger, no period of the year the page tells
        ps = pe = None
    elif kind == "target" and ps is None and pe is None and not q.baseline and not _LONG_RANGE.search(text, sent.start, ns):
        # a goal of a dated work plan that no time of the text frames (`现对2024年全市生态环境工作作出如下安排。` over
        # `一、主要目标` over `…断面水质优良率达到100%`) is for the plan's year, the year its tasks are due (not a
        # long-range one: `远景目标为…`)
        plan = plan_frame(ctx, sent)
        if plan is not None and plan.date_end is not None:
            ps, pe = dt.date(plan.date_end.year, 1, 1), dt.date(plan.date_end.year, 12, 31)
    if kind == "target" and ps and pe and ps.year == pe.year and framed:
        # a goal is for the year it is due (GUIDE: a deadline year for a target → that year), though
        # the plan setting it be a half or a quarter (`部署2020年下半年重点工作…完成235家…调查`); a part of
        # the year the goal states itself is its own (`夏季臭氧超标天不超过61天`)
        ps, pe = ps.replace(month=1, day=1), pe.replace(month=12, day=31)
    return Metric(
        evidence_start=a, evidence_end=b, evidence=text[a:b],
        subject=subject, indicator=indicator.code if indicator else "other",
        region=item_place or ctx.region_at(sent, ns, qe), value_text=q.value_text, value=round(q.value, 6), unit=q.unit,
        qualifier=q.qualifier, kind=kind, period_start=ps, period_end=pe,
        change_direction=q.change_direction, change_value=q.change_value, change_unit=q.change_unit,
        change_basis=q.change_basis,
        target_level=ctx.frame.target_level(sent, ns) if kind == "target" else None,
    )


_LONG_RANGE = re.compile(r"远景|长远|长期目标")
# a round of inspection named right after a year, raising or handing over what is counted (`2016年,中央第一轮…督察反馈的`,
# `2021年国家黄河流域警示片通报问题`), nothing done before its name (not `2021年,完成中央环保督察反馈问题整改80个`, `2021年,全市
# 通过“双随机”执法检查督促整改…`: the year's own work)
_ROUND_OF_THE_YEAR = re.compile(r"[,，]?(?:(?!完成|督促|开展|实施|推进|办结|通过|累计|共)[^,，;；。]){0,30}?"
                                r"(?:督察|巡视|巡察|警示片|回头看)[^,，;；。]{0,12}?(?:反馈|交办|通报|移交|转办|整改任务)")
# words of surface water, which a good-water figure after them is of (`…地下水污染防治和河湖生态修复,主要河流Ⅲ类及以上…`)
_SURFACE_WATER = ("地表水", "断面", "河流", "河湖", "湖泊", "湖库", "流域", "江河", "水系")
# the measure a ranking is by (`在各市、区空气质量达标率排名中,`)
_RANKING_OF = re.compile(r"\s*在([^,，。;；]{2,30}?)(?:排名|排序|排行)中[,，]")
_MEASURE_WORD = re.compile(r"[\u4e00-\u9fff]{1,6}?(?:率|比例|浓度|指数|占比)")  # what a share measures (`森林覆盖率`)
# a clause after a figure that points back to it, where its kind is said (`下降5%,是明年要实现的目标`, `…,要确保完成`)
_POINTS_BACK = re.compile(r"\s*(?:这|此|该)?(?:是|作为)|\s*要?确保")
# a running total (`累计推广`, `累計成交量`), not a year's cumulative mean (`年累计浓度`, `累计浓度`) nor a reduction
# summed over the period (`累计减排氮氧化物9666吨` in a year's bulletin: that year's)
_OCCURRENCES = ("天", "次", "人次", "天次")  # units of things happening, which a year sums
_RUNNING_TOTAL = re.compile(r"(?<!年)累[计計](?!浓度|濃度|平均|减排|減排|削减|削減|减少|減少)")


def _run_of_years_after(text: str, times, figure_end: int):
    """`长江干流10个断面连续6年、赣江干流33个断面连续3年保持Ⅱ类水质`: a run of years right after the
    figure's noun, before the next clause or list item, is how long the figure has held (GUIDE:
    durations set a period); the time frame resolved it to years ending in the frame's year."""
    for t in times:
        if t.start >= figure_end and t.text.startswith("连续") and t.precision == "multi_year":
            between = text[figure_end:t.start]
            if len(between) <= 12 and not re.search(r"[,，;；。、:：(（]", between):
                return t  # (not one in a note after it: `优良天数333天(连续5年实现315天以上)`)
    return None


def _stated_period(text: str, times, clause_start: int, figure_start: int):
    """The time the sentence states for a figure: the nearest before it, in its clause first.
    A comparison's base (`比2020年下降`) and vague times (`日前`, `以来`) are not periods, unless the
    base names the figure (`同比去年47.7微克/立方米下降5.5%`, `较2018年上半年同期84.5%`: the base's own level)."""
    usable = [t for t in times if t.end <= figure_start and t.resolved and not t.approximate
              and (text[t.start - 1:t.start] not in ("比", "较")
                   or text[t.end:figure_start] in ("", "的", "为", "(", "（", "同期", "同期的", "同期为"))
              and not _DAY_OF_AN_ACT.match(text, t.end)
              and not (t.text.startswith("连续") and t.start < clause_start)  # a run of years dates its own clause
              and not (t.text == "全年" and t.start < clause_start)]
    # (a time things were due by, in the words describing them, when another time dates the figure: `截至7月23日,…应于
    # 2019年完成整治的…636个问题`; alone it is a goal's, `要在2025年底前将…降至30微克`)
    described = [t for t in usable if _DUE_BEFORE.search(text, max(0, t.start - 3), t.start + 1) and "的" in text[t.end:figure_start]]
    if described and len(described) < len(usable):
        usable = [t for t in usable if t not in described]
    return usable[-1] if usable else None


# a time things were due by, in the words describing them (`截至7月23日,…应于2019年完成整治的…636个问题已整治完成549个`):
# which problems, not when they were counted
_DUE_BEFORE = re.compile(r"(?<![主需重必])[应需须要][于在]")  # (the time's own 于 may open it; not 主要在, 需要在)


# the day something was said or held, or a dateline's (`海口网3月22日消息…21日,省生态环保厅发布消息,
# 近三年…2481件`): no figure's period
_DAY_OF_AN_ACT = re.compile(r"(?<=日)(?:" + DATELINE_DAY_END.pattern + r"|(?:上午|下午|晚)?[,，]?[^,，。;；]{0,12}?"
                            r"(?:发布|通报|获悉|介绍|透露|公布|召开|举行|举办|表示))")


_FUNCTION_WORDS = {"为", "达", "达到", "共", "约", "超", "超过", "不超过", "不少于", "低于", "小于", "保持", "稳定",
                   "在", "是", "有", "了", "的", "将", "对", "其中", "全年", "累计", "分别", "共计", "同比", "平均",
                   "同时", "此外", "完成", "实现", "并", "及", "和", "已", "要", "增加到", "到"}


_SUBJECT_WINDOW = 60


def _subject(before: str, after: str, dicts) -> str | None:
    """What was counted, as jieba words: the noun phrase right after the figure when one follows
    (`13家垃圾焚烧企业完成…` -> 垃圾焚烧企业), else the words before it (`淘汰老旧车4万余辆`),
    function words dropped at the edges."""
    if re.match(r"[\u4e00-\u9fff“\"]", after):
        head = re.split(r"[,;。、]", after)[0]
        cut = segmenter(dicts).cut
        words = cut(head)
        for i, w in enumerate(words):
            if i and w in dicts.task_verbs:
                words = words[:i]
                break
        phrase = "".join(words).strip("“”\"")
        if len(phrase) >= 2:
            return phrase[:30]
    # the subject is at most the last 30 characters: cut only the end of a long clause
    words = [w for w in segmenter(dicts).cut(before.strip(" ,“”\"")[-_SUBJECT_WINDOW:]) if w.strip()]
    while words and words[-1] in _FUNCTION_WORDS:
        words.pop()
    while words and words[0] in _FUNCTION_WORDS:
        words.pop(0)
    s = "".join(words)
    return s[-30:] or None
