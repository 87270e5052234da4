"""Regenerate the dictionary CSVs that come from packages, not from hands.

    .venv/bin/pip install -e '.[dictionaries]' && .venv/bin/python scripts/make_dictionaries.py

- dbt_project/seeds/regions.csv: China's provinces and prefecture-level cities, and the districts and
  counties of Beijing, Tianjin and Hebei, from cpca's administrative-division table, plus the
  multi-region names of dbt_project/seeds/regions_extra.csv (京津冀, 全国 ...).
- dbt_project/seeds/surnames.csv: characters that start many person names in jieba's dictionary.
- dbt_project/seeds/spring_festival.csv: the Gregorian date of the Spring Festival, 1990-2060,
  from lunar_python.
"""
from __future__ import annotations

import csv
import pathlib

SEEDS = pathlib.Path(__file__).resolve().parents[1] / "dbt_project" / "seeds"
# provinces whose districts and counties are listed too (Beijing, Tianjin, Hebei)
DETAILED_PROVINCES = {"11", "12", "13"}
PLACEHOLDERS = ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划")
PROVINCE_SUFFIXES = ("省", "市", "自治区", "壮族自治区", "回族自治区", "维吾尔自治区", "特别行政区")


def short_name(name: str, level: str, code: str) -> str:
    """天津市 -> 天津, 河北省 -> 河北, 廊坊市 -> 廊坊. Only provinces, and cities of the detailed
    provinces, get a short form: two-character city names elsewhere are too often ordinary words
    (长治久安, 大同, 安康)."""
    if level == "county" or (level == "city" and code[:2] not in DETAILED_PROVINCES):
        return ""
    for suffix in sorted(PROVINCE_SUFFIXES + ("地区", "自治州", "盟"), key=len, reverse=True):
        if name.endswith(suffix) and len(name) - len(suffix) >= 2:
            return name[: -len(suffix)]
    return ""


def regions() -> list[dict]:
    import cpca

    table = pathlib.Path(cpca.__file__).parent / "resources" / "adcodes.csv"
    with table.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
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
            if code[:2] not in DETAILED_PROVINCES:
                continue
            level = "county"
            parent = by_code.get(code[:4] + "00") or by_code.get(code[:2] + "0000", "全国")
            if parent in PLACEHOLDERS:  # 市辖区, 省直辖县级行政区划: the county hangs off the province
                parent = by_code.get(code[:2] + "0000", "全国")
        out.append({"region": name, "level": level, "parent": parent, "admin_code": code,
                    "aliases": short_name(name, level, code)})
    # a name must identify one region: keep the most senior one when names repeat
    rank = {"province": 0, "city": 1, "county": 2}
    seen: dict[str, dict] = {}
    for r in sorted(out, key=lambda r: (rank[r["level"]], r["admin_code"])):
        seen.setdefault(r["region"], r)
    with (SEEDS / "regions_extra.csv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            seen.setdefault(r["region"], r)
    return sorted(seen.values(), key=lambda r: (r["admin_code"] or "999999", r["region"]))


def spring_festivals() -> list[dict]:
    from lunar_python import Lunar

    out = []
    for year in range(1990, 2061):
        solar = Lunar.fromYmd(year, 1, 1).getSolar()
        out.append({"year": year, "spring_festival": f"{solar.getYear():04d}-{solar.getMonth():02d}-{solar.getDay():02d}"})
    return out


def surnames(min_names: int = 30) -> list[dict]:
    """Characters that begin many person names (tag `nr`) in jieba's dictionary: a surname signal."""
    import collections
    import jieba

    counts: collections.Counter = collections.Counter()
    with open(pathlib.Path(jieba.__file__).parent / "dict.txt", encoding="utf-8") as f:
        for line in f:
            word, _freq, tag = line.split()
            if tag == "nr" and 2 <= len(word) <= 3:
                counts[word[0]] += 1
    return [{"surname": ch, "names_in_jieba": n} for ch, n in counts.most_common() if n >= min_names]


def write(name: str, rows: list[dict]) -> None:
    path = SEEDS / name
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} rows to {path}")


if __name__ == "__main__":
    write("regions.csv", regions())
    write("spring_festival.csv", spring_festivals())
    write("surnames.csv", surnames())
