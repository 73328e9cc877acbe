"""`gannan-gui indicators [--library L] [--indicator NAME] [--level L] [--period P]
[--out FILE.xlsx|.csv|.pptx]`: the cooperation's indicators across the bundled report and every
report of a library. Without --indicator, the indicators with their counts; with it, its
values as a table; with --out, the values (of one indicator, or of all) to Excel or CSV."""

from __future__ import annotations

import argparse
from pathlib import Path

from gannan_gui.common.errors import EXIT_OK, UserError, report


def add_parser(commands, add_library_option, make_parser) -> None:
    from gannan_gui.views.indicators import LEVEL_FILTERS, PERIOD_FILTERS

    parser = commands.add_parser("indicators", help="各篇报道中同一指标的数值：列表、表格或导出")
    parser.add_argument("--indicator", metavar="NAME",
                        help="指标的中文名、英文名或键名（不给出时列出所有指标）")
    parser.add_argument("--level", choices=[k for k in LEVEL_FILTERS if k], metavar="LEVEL",
                        help="只包括这一级范围：province（省级）、prefecture（市州级）、"
                             "county（县区级）")
    parser.add_argument("--period", choices=[k for k in PERIOD_FILTERS if k], metavar="PERIOD",
                        help="只包括这类时期：year（逐年）、total（累计）、unstated（未注明）")
    parser.add_argument("--reviewed", action="store_true", help="只包括已审核的数值")
    parser.add_argument("--out", type=Path, metavar="FILE",
                        help="写入 .xlsx（每个指标一张工作表，带图表）、.csv "
                             "或 .pptx（每个指标一张幻灯片）")
    add_library_option(parser)


def run(args: argparse.Namespace) -> int:
    try:
        return _run(args)
    except UserError as exc:
        return report(exc)


def _run(args: argparse.Namespace) -> int:
    from gannan_gui.commands.library import library_of
    from gannan_gui.views.indicators import IndicatorSource

    library = library_of(args)
    if library.exists():
        from gannan_gui.store.database import DatabaseError

        try:
            library.reports()  # a library that cannot be read is said, not left out silently
        except DatabaseError as exc:
            raise UserError(str(exc)) from None
    source = IndicatorSource(library)
    if args.indicator:
        indicator = source.vocabulary.find(args.indicator)
        if indicator is None:
            raise UserError(f"没有名为“{args.indicator}”的指标；"
                            "不带 --indicator 运行可列出所有指标")
        chosen = [indicator]
    else:
        counts = source.counts()
        chosen = [i for i in source.vocabulary.indicators if counts.get(i.key)]
    tables = [source.table(i, args.level or "", args.period or "", args.reviewed)
              for i in chosen]
    if args.out:
        _write(tables, Path(args.out), library)
        print(f"已写入 {args.out}：{len(tables)} 个指标，"
              f"{sum(len(t.rows) for t in tables)} 个数值")
        return EXIT_OK
    if args.indicator:
        _print_table(tables[0])
    else:
        _print_list(source)
    return EXIT_OK


def _write(tables, out: Path, library) -> None:
    from gannan_gui.common.paths import bundled_database
    from gannan_gui.output.indicator_sheet import export_indicators

    inputs = (bundled_database(),) if library.shared else (bundled_database(), library.path)
    export_indicators(tables, out, inputs)


def _print_list(source) -> None:
    from gannan_gui.pipeline.indicators import STATED

    counts = source.counts()
    for indicator in source.vocabulary.indicators:
        own = "（自建）" if indicator.own else ""
        print(f"{counts.get(indicator.key, 0):>6}  {indicator.name}{own}  "
              f"[{indicator.key}] {indicator.unit_text}，{STATED[indicator.stated]}")


def _print_table(table) -> None:
    print(table.caption)
    for row in table.rows:
        scope, period, figure, growth, title, published, _label, review, check = row.cells()
        extra = "　".join(part for part in (growth, review, check) if part)
        print(f"{scope}\t{period}\t{figure}\t{published}\t《{title}》\t{extra}")
        if row.conflict:
            print(f"\t{row.conflict}")
