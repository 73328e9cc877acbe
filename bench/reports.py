"""Made-up cooperation reports for the benchmarks: the same kinds of sentences real reports
use, with figures, places and years that vary from one report to the next.

    python bench/reports.py OUT.db --reports 1000   # a library of that many reports
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

COUNTIES = ("合作市", "临潭县", "卓尼县", "舟曲县", "迭部县", "玛曲县", "碌曲县", "夏河县")
#: The same measures as different reports word them, and the places they are about: the
#: indicators are lined up across these.
AID_WORDS = ("财政援助资金", "财政帮扶资金", "东西部协作资金", "帮扶资金")
PROJECT_WORDS = ("帮扶项目", "协作项目", "援建项目")
FIRM_WORDS = ("引进企业", "引导落地企业", "新增落地东部企业")
PLACES = ("甘南州", "甘肃省", *COUNTIES)
SENTENCES = (
    "{year}年，天津市投入{place}{aid}{money}亿元，实施{projects_word}{projects}余个。",
    "两地共建产业园区{parks}个，{firms_word}{firms}多家，到位投资{invest}亿元。",
    "{county}种植中药材{herbs}万亩，新增养殖牦牛{yaks}万头、藏羊{sheep}只。",
    "通过消费帮扶渠道销售农畜产品{tons}万吨，销售额达{sales}亿元。",
    "农村劳动力转移就业{jobs}万人，其中跨省就业{cross}多名，举办招聘会{fairs}场。",
    "选派专业技术人员{experts}名到{county}挂职，开展培训{trainings}次。",
    "结对学校达到{schools}所，结对医院{hospitals}家，义诊群众{patients}人次。",
    "全州农村居民人均可支配收入同比增长{growth}%，村集体经济收入从{before}万元提高到{after}万元。",
    "截至{year}年底，帮扶车间吸纳就业{workshop}人，六成以上为女性。",
    "“十四五”期间，建设光伏电站{solar}万千瓦，硬化农村道路{roads}公里。",
)


def report_text(number: int, length: int = 2000) -> str:
    """Report `number`: a title, a date line, and paragraphs up to about `length` characters."""
    rng = random.Random(number)
    year = 2012 + number % 14
    lines = [f"{rng.choice(COUNTIES)}东西部协作工作综述（第{number + 1}期）",
             f"发布时间：{year}-{1 + number % 12:02d}-{1 + number % 28:02d}"]
    size = 0
    while size < length:
        sentences = rng.sample(SENTENCES, 3)
        paragraph = "".join(s.format(
            year=year, money=round(rng.uniform(1, 20), 2), projects=rng.randint(50, 999),
            place=rng.choice(PLACES), aid=rng.choice(AID_WORDS),
            projects_word=rng.choice(PROJECT_WORDS), firms_word=rng.choice(FIRM_WORDS),
            parks=rng.randint(1, 12), firms=rng.randint(10, 200),
            invest=round(rng.uniform(1, 60), 1), county=rng.choice(COUNTIES),
            herbs=round(rng.uniform(0.5, 9), 1), yaks=round(rng.uniform(0.2, 3), 1),
            sheep=rng.randint(500, 9000), tons=round(rng.uniform(0.2, 5), 1),
            sales=round(rng.uniform(0.5, 15), 2), jobs=round(rng.uniform(0.5, 4), 1),
            cross=rng.randint(100, 900), fairs=rng.randint(5, 80),
            experts=rng.randint(20, 300), trainings=rng.randint(10, 400),
            schools=rng.randint(20, 150), hospitals=rng.randint(3, 40),
            patients=rng.randint(1000, 30000), growth=round(rng.uniform(3, 12), 1),
            before=round(rng.uniform(5, 30), 1), after=round(rng.uniform(31, 80), 1),
            workshop=rng.randint(500, 12000), solar=rng.randint(1, 20),
            roads=round(rng.uniform(10, 300), 1)) for s in sentences)
        lines.append(paragraph)
        size += len(paragraph)
    return "\n".join(lines) + "\n"


def make_library(out: Path, reports: int) -> None:
    """A library of `reports` reports, written as one import of a folder of that many files
    (each report its own transaction, as a user's import of a folder is)."""
    import tempfile

    from gannan_gui.store.library import Library

    with tempfile.TemporaryDirectory() as folder:
        for number in range(reports):
            path = Path(folder) / f"report-{number:05d}.txt"
            path.write_text(report_text(number), encoding="utf-8")
        library = Library(out)
        try:
            library.import_files([Path(folder)])
        finally:
            library.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--reports", type=int, default=1000)
    args = parser.parse_args()
    make_library(args.out, args.reports)
    print(f"{args.out}: {args.reports} reports, {args.out.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
