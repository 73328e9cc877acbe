"""`gannan-gui build`: the fact database from the article and the curated file."""

from __future__ import annotations

import argparse

from gannan_gui.common.errors import EXIT_OK, UserError, report
from gannan_gui.common.paths import PACKAGE_DIR


def run(args: argparse.Namespace) -> int:
    from gannan_gui.pipeline.build import build

    if PACKAGE_DIR in args.out.resolve().parents:
        return report(f"{args.out}：随程序安装的数据库是只读的；"
                      "请用 --out 文件 把新数据库写到别处")
    try:
        records = build(args.article, args.out, args.curation)
    except UserError as exc:
        return report(exc)
    print(f"已写入 {args.out}：{len(records.facts)} 项数据，{len(records.entities)} 个名称，"
          f"{len(records.categories)} 个分类")
    return EXIT_OK
