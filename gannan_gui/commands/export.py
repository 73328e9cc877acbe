"""`gannan-gui export OUT.{xlsx,csv,docx,pptx} [--category NAME]`: the figures for Excel, WPS,
Word or PowerPoint, with no window."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from gannan_gui.common.errors import EXIT_OK, UserError, report
from gannan_gui.common.paths import bundled_database


def run(args: argparse.Namespace) -> int:
    from gannan_gui.output.exports import export_file, format_of, needs_chart_images
    from gannan_gui.store.database import open_database
    from gannan_gui.views.summary import find_category
    from gannan_gui.views.tables import build_export

    out = Path(args.out)
    database = Path(args.db) if args.db else bundled_database()
    try:
        fmt = format_of(out, args.format)
        base = open_database(database)
        category = find_category(base, args.category).id if args.category else None
        content = build_export(base, category)
        pictures = chart_pictures(content.charts) if needs_chart_images(fmt) else []
        export_file(content, out, fmt, pictures, args.aspect, inputs=(database,))
    except UserError as exc:
        return report(exc)
    print(f"已写入 {out}：{len(content.figures)} 项数据（{content.scope}）")
    return EXIT_OK


def chart_pictures(groups) -> list[bytes]:
    """The charts drawn by Qt, offscreen: Word documents carry them as pictures."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed
    from gannan_gui.qt.app import make_application
    from gannan_gui.qt.painting.chart_image import document_pictures

    make_application()
    return document_pictures(groups)
