"""`gannan-gui import FILE... [--library PATH]`: add reports to the user's library, their
figures proposed for review; nothing is written when a file cannot be read."""

from __future__ import annotations

import argparse

from gannan_gui.common.errors import EXIT_OK, UserError, report


def run(args: argparse.Namespace) -> int:
    from gannan_gui.pipeline.importer import import_reports

    if args.library is None:
        from gannan_gui.qt.library_path import default_library

        library = default_library()
    else:
        library = args.library
    try:
        results = import_reports(args.files, library)
    except UserError as exc:
        return report(exc)
    for result in results:
        if result.already:
            print(f"已在资料库中，未重复导入：《{result.title}》（{result.path.name}）")
            continue
        unread = f"，{result.unread} 处数字无法读取，已列出" if result.unread else ""
        print(f"已导入《{result.title}》：{result.figures} 项数据待审核{unread}")
    print(f"资料库：{library}")
    return EXIT_OK
