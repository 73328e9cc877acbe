"""`gannan-gui summary --pdf OUT [--category NAME]`: the printable summary, with no window."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from gannan_gui.common.errors import EXIT_OK, UserError, report


def run(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed
    from gannan_gui.commands.report_choice import open_chosen
    from gannan_gui.qt.app import make_application
    from gannan_gui.qt.painting.summary_pdf import write_summary_pdf
    from gannan_gui.views.summary import build_summary, find_category, one_page

    make_application()
    try:
        base, inputs = open_chosen(args)
        category = find_category(base, args.category).id if args.category else None
        summary = build_summary(base, category)
        if args.one_page:
            summary = one_page(summary)
        pages = write_summary_pdf(summary, Path(args.pdf), args.paper, args.landscape,
                                  inputs=inputs)
    except UserError as exc:
        return report(exc)
    print(f"已写入 {args.pdf}：{pages} 页，{len(summary.rows)} 项数据（{summary.scope}）")
    return EXIT_OK
