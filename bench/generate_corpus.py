"""A deterministic synthetic corpus of any size, shaped like the sample pages.

    .venv/bin/python bench/generate_corpus.py --size-mb 100 --out bench/out/corpus

Documents are built by recombining sentence patterns (work-conference reports, press-release
figures, plan commitments, bylines) with varied numbers, regions from the gazetteer, dates,
names and titles, plus the noise real pages carry: site chrome, inline pinyin, PM_{2.5} markup,
pasted spam phrases, Traditional script, and GB18030 / Big5 encodings. Same seed, same bytes.
"""
from __future__ import annotations

import argparse
import csv
import pathlib
import random

ROOT = pathlib.Path(__file__).resolve().parents[1]
SEEDS = ROOT / "dbt_project" / "seeds"

GIVEN = "伟军波津瑞崧东淑贞源生志兴亮俊杰超峰文梅良明华建国立新海涛强平刚勇斌磊洋静敏丽娟燕红霞"
TITLES = ["党组书记、局长", "局长", "副局长", "党组成员、副局长", "主任", "副主任", "科长", "支队长"]
ORGS = ["生态环境局", "生态环境保护综合执法支队", "水务局", "发展和改革委员会"]

REPORT = [
    "{year}年,{region}PM2.5平均浓度{pm}微克/立方米,同比下降{pct}%。",
    "{region}优良天数{days}天,同比增加{small}天,重污染天数{small}天。",
    "全年淘汰老旧车{wan}万余辆,完成{n}台燃煤锅炉清洁化改造。",
    "{region}完成{n}个村庄生活污水治理,{n2}个村庄环境整治。",
    "共办理环境信访举报{big}件,查处环境违法案件{n}起,处罚金额{money}万元。",
    "争取中央和省级生态环境资金{yi}亿元,谋划申报项目{n}个。",
    "{n}家重点企业完成超低排放改造,优良水体比例{ratio}%。",
    "走访企业{big}家,帮助企业解决问题诉求{n2}个。",
]
PLAN = [
    "{year}年年底前完成{n}项整改任务,{year2}年年底前累计完成{n2}项。",
    "到{year2}年,{region}PM2.5平均浓度控制在{pm}微克/立方米以下,力争达到{pm2}微克/立方米。",
    "今年{month}月底前,全市要建立起非现场监管程序规范。",
    "确保{n}个村生活污水处理设施正常运行,创建不少于{big}个“无废细胞”。",
    "要持续深入打好蓝天保卫战,推进{region}重点行业深度治理。",
]
EVENTS = [
    "{month}月{day}日,{region}人民政府新闻办公室组织召开{year}年上半年生态环境治理成果发布会。",
    "{region}{org}日前召开{year}年第{small}次局务会,研究部署下半年重点工作。",
    "会上,{region}{org}{title}{name}出席会议并讲话。",
    "{region}获评国家生态文明建设示范区。",
]
# running prose without figures: most of a real page
PROSE = [
    "会议强调,要深入学习贯彻习近平生态文明思想,坚持精准治污、科学治污、依法治污。",
    "{region}始终坚持以人民为中心的发展思想,把生态环境保护摆在更加突出的位置。",
    "下一步,我们将持续深化生态环境领域改革,不断提升环境治理体系和治理能力现代化水平。",
    "各级各部门要切实扛起生态环境保护政治责任,强化协同联动,形成工作合力。",
    "通过专题学习研讨,与会同志一致认为,必须坚定不移走生态优先、绿色发展之路。",
    "{region}生态环境部门结合各自实际,持续开展生态环境领域风险隐患排查工作。",
    "服务组深入企业生产一线,详细了解企业污染治理设施运行情况,帮助企业查找治污短板。",
    "要统筹推进山水林田湖草沙系统治理,全方位、全地域、全过程开展生态文明建设。",
]
CHROME = ["您现在的位置:首页 > 新闻动态", "打印 放大 缩小", "责任编辑:{name}", "津ICP备{code}号", "点击数: {big} 次",
          "如有侵权,请联系删除", "{code}.jpg"]


def regions() -> list[str]:
    with (SEEDS / "regions.csv").open(encoding="utf-8") as f:
        return [r["region"] for r in csv.DictReader(f) if r["level"] in ("city", "county", "province")]


def surnames() -> list[str]:
    with (SEEDS / "surnames.csv").open(encoding="utf-8") as f:
        return [r["surname"] for r in csv.DictReader(f)][:120]


def fill(rng: random.Random, pattern: str, places: list[str], family: list[str]) -> str:
    year = rng.randint(2018, 2025)
    return pattern.format(
        year=year, year2=year + rng.randint(1, 4), region=rng.choice(places), pm=rng.randint(25, 80),
        pm2=rng.randint(25, 60), pct=round(rng.uniform(0.5, 15), 1), days=rng.randint(100, 300),
        small=rng.randint(1, 12), wan=rng.randint(1, 9), n=rng.randint(2, 400), n2=rng.randint(2, 900),
        big=rng.randint(1000, 9999), money=round(rng.uniform(10, 999), 1), yi=round(rng.uniform(0.5, 9.9), 2),
        ratio=round(rng.uniform(50, 99), 1), month=rng.randint(1, 12), day=rng.randint(1, 28),
        org=rng.choice(ORGS), title=rng.choice(TITLES), name=rng.choice(family) + "".join(rng.sample(GIVEN, rng.randint(1, 2))),
        code=rng.randint(10**7, 10**8 - 1))


def document(rng: random.Random, places: list[str], family: list[str], target_chars: int) -> str:
    region = rng.choice(places)
    lines = [fill(rng, rng.choice(CHROME), places, family) for _ in range(rng.randint(0, 3))]
    lines.append(f"{region}{rng.choice(['召开生态环境保护工作会议', '发布上半年生态环境治理成果', '部署下半年重点工作'])}")
    lines.append(f"发布时间:{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}")
    spam = rng.random() < 0.05
    if spam:
        lines.insert(0, "某某策略,某某论坛")
    size = sum(len(x) for x in lines)
    while size < target_chars:
        para = "".join(fill(rng, rng.choice(rng.choice([PROSE, PROSE, PROSE, PROSE, PROSE, REPORT, PLAN, EVENTS])),
                            places, family) for _ in range(rng.randint(2, 6)))
        if rng.random() < 0.1:
            para = para.replace("PM2.5", "PM_{2.5}")
        if spam and rng.random() < 0.3:
            para = para.replace("深入", "某某策略,某某论坛:", 1)
        lines.append(para)
        size += len(para)
    lines += [fill(rng, rng.choice(CHROME), places, family) for _ in range(rng.randint(0, 2))]
    return "\n\n".join(lines) + "\n"


def generate(out: pathlib.Path, size_mb: float, seed: int = 7) -> tuple[int, int]:
    import opencc

    rng = random.Random(seed)
    places, family = regions(), surnames()
    s2t = opencc.OpenCC("s2t")
    out.mkdir(parents=True, exist_ok=True)
    total = count = 0
    while total < size_mb * 1_000_000:
        text = document(rng, places, family, rng.randint(3000, 20000))
        roll = rng.random()
        if roll < 0.08:
            data, ext = s2t.convert(text).encode("big5", errors="ignore"), "big5.txt"
        elif roll < 0.25:
            data, ext = text.encode("gb18030"), "gbk.txt"
        else:
            data, ext = text.encode("utf-8"), "txt"
        (out / f"doc_{count:06d}.{ext}").write_bytes(data)
        total += len(data)
        count += 1
    return count, total


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size-mb", type=float, default=100)
    ap.add_argument("--out", default=str(ROOT / "bench" / "out" / "corpus"))
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args()
    n, b = generate(pathlib.Path(a.out), a.size_mb, a.seed)
    print(f"wrote {n} documents, {b / 1e6:.1f} MB, to {a.out}")
