"""The domain dictionaries: the CSV files under dbt_project/seeds, read by Python as dbt reads them."""
from __future__ import annotations

import csv
import dataclasses
import pathlib
import re
from functools import cached_property, lru_cache

from .paths import DICTIONARY_DIR


@dataclasses.dataclass(frozen=True)
class Region:
    name: str
    level: str
    parent: str | None
    admin_code: str | None


@dataclasses.dataclass(frozen=True)
class Indicator:
    code: str
    name_zh: str
    unit: str
    category: str
    units: tuple[str, ...]
    keywords: tuple[str, ...]


@dataclasses.dataclass(frozen=True)
class Unit:
    unit: str
    base_unit: str
    factor: float
    kind: str


# indicators that count things one by one (see Dictionaries.concrete_nouns)
_CONCRETE = ("water_bodies", "facilities", "villages", "enterprises", "vehicles")


@dataclasses.dataclass
class Dictionaries:
    regions: dict[str, Region]
    region_aliases: dict[str, str]  # alias or full name -> region name (the most senior, for a shared one)
    region_pattern: re.Pattern
    indicators: list[Indicator]
    units: dict[str, Unit]
    unit_pattern: re.Pattern
    event_triggers: list[tuple[str, str, bool]]
    event_trigger_pattern: re.Pattern
    task_categories: list[tuple[str, str]]
    titles: list[str]
    press_titles: set[str]
    collective_titles: frozenset[str]  # a title a group shares (`县领导`): a person's own, named later, replaces it
    signing_titles: tuple[str, ...]  # titles an official signs an item with (`局长 王某` on a line of its own)
    org_suffixes: tuple[str, ...]  # longest first: every ending of an organisation's name
    unit_suffixes: tuple[str, ...]  # longest first: endings of a body that heads a role chain (局, 委员会, 政府)
    unitless_keywords: tuple[str, ...]  # indicator names a bare number may follow (`综合指数4.73`)
    money_keywords: tuple[str, ...]  # keywords of indicators counted in 元 (`资金`, `罚款`): an amount in 万/亿 after one is money
    surnames: frozenset[str]
    task_verbs: tuple[str, ...]  # verbs that open a commitment (推进, 完成, 建成 ...)
    task_vague_ends: tuple[str, ...]  # endings of clauses no one could check (`提升执法能力`, `…不动摇`)
    abstract_nouns: tuple[str, ...]  # `5种能力`, `四项机制`: counting kinds of these is not a measurement
    not_figure_cues: tuple[tuple[str, str], ...] = ()  # (cue, before|after|length): click counters, durations
    frame_leads: dict[str, str] = dataclasses.field(default_factory=dict)  # lead -> report_verb | topic
    kind_cues: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    # target | opens_target | past | deadline | lead_target | target_heading | report_heading | names_target
    # | names_target_after | binding | stretch -> cues (regular expressions)
    # how a clause ends before a time that frames the paragraph: a verb of reporting (`…介绍,2022年…`)
    # or a topic (`从总量上看,2012年至2016年…`, `执法方面,今年以来…`)
    place_cues: dict[str, str] = dataclasses.field(default_factory=dict)
    # `我市`/`全省`/`本县`... -> the level they point to; a national body (生态环境部) -> national_body
    region_candidates: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)
    # alias -> every region it may name (`朝阳区`: 北京市朝阳区, 长春市朝阳区), most senior first
    task_report_cues: tuple[str, ...] = ()  # regexes: a clause reporting what was done or measured (`比上年下降`)
    task_plan_documents: tuple[str, ...] = ()  # nouns ending a work plan's title (`方案`, `目标责任书`)
    byline_roles: dict[str, str] = dataclasses.field(default_factory=dict)  # `本报记者` -> 记者, `图片` -> 摄影
    news_outlets: dict[str, str] = dataclasses.field(default_factory=dict)  # `中新网` -> 中国新闻网
    page_chrome_words: tuple[str, ...] = ()  # longest first; words of site navigation lines (`首页`, `无障碍`): never a headline
    page_greetings: tuple[str, ...] = ()  # chrome words greeting the visitor (`欢迎访问`): the site's name follows, no headline
    spam_words: tuple[tuple[str, str], ...] = ()  # (word, strong|brand|weak|common|seo): gambling, adult, brand, ad words
    zone_kinds: dict[str, bool] = dataclasses.field(default_factory=dict)  # `经开区` -> names one zone after a full name too
    province_abbreviations: dict[str, str] = dataclasses.field(default_factory=dict)  # `吉` -> 吉林省 (documents' numbers)

    # ---- indexes built once per dictionary set, for the extractors' keyword scans ----

    @cached_property
    def indicator_keywords(self) -> tuple[tuple[Indicator, str], ...]:
        """(indicator, keyword) in file order."""
        return tuple((ind, kw) for ind in self.indicators for kw in ind.keywords)

    @cached_property
    def concrete_nouns(self) -> tuple[str, ...]:
        """The nouns of things one counts one by one (rivers, sections, boilers, villages, companies): a small
        count of them in Chinese numerals (`六条支流`, `两家企业`) is a figure, not a count of kinds."""
        return tuple(kw for ind in self.indicators if ind.code in _CONCRETE for kw in ind.keywords)

    @cached_property
    def indicator_by_code(self) -> dict[str, Indicator]:
        return {ind.code: ind for ind in self.indicators}

    @cached_property
    def indicator_keyword_index(self) -> dict[str, tuple[int, ...]]:
        return first_char_index(kw for _, kw in self.indicator_keywords)

    @cached_property
    def task_category_index(self) -> dict[str, tuple[int, ...]]:
        return first_char_index(kw for kw, _ in self.task_categories)

    def region_of(self, mention: str) -> Region | None:
        name = self.region_aliases.get(mention)
        return self.regions.get(name) if name else None


def first_char_index(words) -> dict[str, tuple[int, ...]]:
    """First character -> positions of the words starting with it."""
    out: dict[str, list[int]] = {}
    for i, w in enumerate(words):
        out.setdefault(w[0], []).append(i)
    return {c: tuple(v) for c, v in out.items()}


def could_occur(index: dict[str, tuple[int, ...]], *texts: str) -> list[int]:
    """Positions, in order, of the words of a first_char_index that may occur in one of texts: a
    word whose first character none of them holds cannot, and need not be searched for."""
    chars = set().union(*texts)
    return sorted(i for c in chars if c in index for i in index[c])


def _read(path: pathlib.Path) -> list[dict]:
    with path.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def _grouped(rows: list[dict], key: str, value: str) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for r in rows:
        out.setdefault(r[key], []).append(r[value])
    return {k: tuple(v) for k, v in out.items()}


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def _first_char_class(words) -> str:
    """A lookahead for the characters the words start with: the regex engine skips in C the positions no word can
    start at (a trie's first branch is a lookahead it cannot skip by): the gazetteer's scan of a page ~30% faster."""
    return "(?=[" + "".join(sorted({re.escape(w[0]) for w in words})) + "])"


def trie_alternation(words, fan: int = 16) -> str:
    """The same matches as _alternation(words) (at each position the longest word), as a regular
    expression shaped like a trie: a word's characters are tried once, and the characters a word may
    go on with are narrowed by classes in halves. For thousands of words (the gazetteer) the flat
    alternation tries every word at every position; this tries a few branches."""
    root: dict = {}
    for w in set(words):
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def branch(items: list) -> str:
        if len(items) <= fan:
            alts = [re.escape(c) + rx(n) for c, n in items]
            return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        left, right = items[:len(items) // 2], items[len(items) // 2:]
        return "(?:(?=[" + "".join(re.escape(c) for c, _ in left) + "])" + branch(left) + "|" + branch(right) + ")"

    def rx(node: dict) -> str:
        items = sorted((c, n) for c, n in node.items() if c)
        if not items:
            return ""
        body = branch(items)
        return "(?:" + body + ")?" if "" in node else body  # greedy: the longer word first, as above

    return rx(root)


@lru_cache(maxsize=2)
def load(directory: str = str(DICTIONARY_DIR)) -> Dictionaries:
    d = pathlib.Path(directory)
    regions = {}
    aliases = {}
    candidates: dict[str, list[str]] = {}
    rank = {"country": 0, "multi_region": 1, "water_body": 1, "province": 2, "special_area": 3, "city": 3, "county": 4}
    rows = sorted(_read(d / "regions.csv"), key=lambda r: rank.get(r["level"], 9))
    for r in rows:
        regions[r["region"]] = Region(r["region"], r["level"], r["parent"] or None, r["admin_code"] or None)
        aliases[r["region"]] = r["region"]
    for r in rows:
        for a in filter(None, (r.get("aliases") or "").split("|")):
            aliases.setdefault(a, r["region"])
            if a not in regions:
                candidates.setdefault(a, []).append(r["region"])
    indicators = [
        Indicator(r["indicator"], r["name_zh"], r["unit"], r["category"],
                  tuple(u for u in r["units"].split("|")), tuple(k for k in r["keywords"].split("|") if k))
        for r in _read(d / "indicators.csv")
    ]
    units = {r["unit"]: Unit(r["unit"], r["base_unit"], float(r["factor"]), r["kind"]) for r in _read(d / "units.csv")}
    triggers = [(r["trigger"], r["event_type"], r["needs_act"] == "true") for r in _read(d / "event_triggers.csv")]
    cats = [(r["keyword"], r["category"]) for r in _read(d / "task_categories.csv")]
    titles_rows = _read(d / "titles.csv")
    titles = sorted((r["title"] for r in titles_rows), key=len, reverse=True)
    press = {r["title"] for r in titles_rows if r["kind"] == "press"}
    signing = tuple(r["title"] for r in titles_rows if r["signs"] == "yes")
    suffix_rows = _read(d / "org_suffixes.csv")
    suffixes = sorted((r["suffix"] for r in suffix_rows), key=len, reverse=True)
    chrome = _read(d / "page_chrome_words.csv")
    return Dictionaries(
        regions=regions,
        region_aliases=aliases,
        region_pattern=re.compile(_first_char_class(aliases) + trie_alternation(aliases)),
        indicators=indicators,
        units=units,
        unit_pattern=re.compile(_alternation(units)),
        event_triggers=triggers,  # file order: more specific kinds (release, signing, award) first
        event_trigger_pattern=re.compile(_alternation(t for t, _, _ in triggers)),
        task_categories=sorted(cats, key=lambda t: len(t[0]), reverse=True),
        titles=titles,
        press_titles=press,
        collective_titles=frozenset(r["title"] for r in titles_rows if r["kind"] == "collective"),
        signing_titles=signing,
        org_suffixes=tuple(suffixes),
        unit_suffixes=tuple(x for x in suffixes if any(r["suffix"] == x and r["heads_unit"] == "yes" for r in suffix_rows)),
        unitless_keywords=tuple(k for i in indicators if "" in i.units and i.code != "other" for k in i.keywords)
        + tuple(r["keyword"] for r in _read(d / "unitless_measures.csv")),
        money_keywords=tuple(k for i in indicators if i.unit == "元" for k in i.keywords),
        surnames=frozenset(r["surname"] for r in _read(d / "surnames.csv")),
        abstract_nouns=tuple(r["noun"] for r in _read(d / "abstract_nouns.csv")),
        not_figure_cues=tuple((r["cue"], r["side"]) for r in _read(d / "not_figure_cues.csv")),
        task_verbs=tuple(r["verb"] for r in _read(d / "task_verbs.csv")),
        task_vague_ends=tuple(r["ending"] for r in _read(d / "task_vague_ends.csv")),
        frame_leads={r["lead"]: r["kind"] for r in _read(d / "frame_leads.csv")},
        kind_cues=_grouped(_read(d / "kind_cues.csv"), "kind", "cue"),
        place_cues={r["cue"]: r["meaning"] for r in _read(d / "place_cues.csv")},
        region_candidates={a: tuple(c) for a, c in candidates.items() if len(c) > 1},
        task_report_cues=tuple(r["pattern"] for r in _read(d / "task_report_cues.csv")),
        task_plan_documents=tuple(r["noun"] for r in _read(d / "task_plan_documents.csv")),
        byline_roles={r["cue"]: r["title"] for r in _read(d / "byline_roles.csv")},
        news_outlets={r["alias"]: r["outlet"] for r in _read(d / "news_outlets.csv")},
        page_chrome_words=tuple(sorted((r["word"] for r in chrome), key=len, reverse=True)),
        page_greetings=tuple(r["word"] for r in chrome if r["kind"] == "greeting"),
        spam_words=tuple((r["word"], r["kind"]) for r in _read(d / "spam_words.csv")),
        zone_kinds={r["kind"]: r["after_unit"] == "yes" for r in _read(d / "zone_kinds.csv")},
        province_abbreviations={r["abbreviation"]: r["region"] for r in _read(d / "province_abbreviations.csv")},
    )


def jieba_user_words(dicts: Dictionaries) -> list[str]:
    """Domain words jieba must keep whole: regions, indicator keywords, organisation suffixes, titles."""
    words = set(dicts.regions) | {k for i in dicts.indicators for k in i.keywords}
    words |= {s for s in dicts.org_suffixes if len(s) >= 3} | set(dicts.titles)
    words |= {t for t, _, _ in dicts.event_triggers} | {k for k, _ in dicts.task_categories}
    return sorted(w for w in words if len(w) >= 2)
