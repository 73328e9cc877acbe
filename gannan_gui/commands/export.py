"""`gannan-gui export OUT.{xlsx,csv,docx,pptx} [--category NAME] [--library L --report ID|all]`:
the figures for Excel, WPS, Word or PowerPoint, with no window."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from gannan_gui.common.errors import EXIT_OK, UserError, report

#: Formats that hold one table, so that every report of a library fits in one file.
TABLE_FORMATS = ("xlsx", "csv")


def run(args: argparse.Namespace) -> int:
    from gannan_gui.commands.report_choice import ReportChoiceError, open_chosen
    from gannan_gui.output.exports import export_file, format_of, needs_chart_images
    from gannan_gui.views.summary import find_category
    from gannan_gui.views.tables import build_export

    out = Path(args.out)
    try:
        fmt = format_of(out, args.format)
        if str(getattr(args, "report", "")).lower() == "all":
            if fmt not in TABLE_FORMATS:
                raise ReportChoiceError("--report all 只能导出为 .xlsx 或 .csv："
                                        "Word 和 PowerPoint 每次导出一篇报道")
            content, inputs = _every_report(args)
        else:
            base, inputs = open_chosen(args)
            category = find_category(base, args.category).id if args.category else None
            content = build_export(base, category)
        pictures = chart_pictures(content.charts) if needs_chart_images(fmt) else []
        export_file(content, out, fmt, pictures, args.aspect, inputs=inputs)
    except UserError as exc:
        return report(exc)
    print(f"已写入 {out}：{len(content.figures)} 项数据（{content.scope}）")
    return EXIT_OK


def _every_report(args: argparse.Namespace):
    from gannan_gui.commands.report_choice import every_report
    from gannan_gui.store.models import Document
    from gannan_gui.views.summary import find_category
    from gannan_gui.views.tables import build_export, merged_export

    library, report_ids = every_report(args)
    contents = []
    for report_id in report_ids:
        base = library.open_report(report_id)
        try:
            # a category is looked for in each report; one without it adds nothing
            try:
                category = find_category(base, args.category).id if args.category else None
            except UserError:
                continue
            contents.append(build_export(base, category))
        finally:
            base.close()
    if not contents:
        raise UserError(f"资料库中没有报道含有类别“{args.category}”")
    library_document = Document(0, f"资料库：{library.path.name}", "", 0, "", "", "", "", "",
                                "", "", "", "imported", library.path.name)
    return merged_export(contents, library_document), (library.path,)


def chart_pictures(groups) -> list[bytes]:
    """The charts drawn by Qt, offscreen: Word documents carry them as pictures."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed
    from gannan_gui.qt.app import make_application
    from gannan_gui.qt.painting.chart_image import document_pictures

    make_application()
    return document_pictures(groups)
