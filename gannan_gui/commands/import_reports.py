"""`gannan-gui import FILE|DIR... [--library PATH]`: add reports to the user's library, their
figures proposed for review. Each report goes in whole or not at all; a file that cannot be
read is named, the others still go in, and the exit code says something was left out."""

from __future__ import annotations

import argparse
import sys

from gannan_gui.commands.library import library_of
from gannan_gui.common.errors import EXIT_FAILURE, EXIT_OK, UserError, report


def run(args: argparse.Namespace) -> int:
    library = library_of(args)
    progress = _progress if sys.stderr.isatty() else None
    try:
        results = library.import_files(args.files, progress)
    except UserError as exc:
        return report(exc)
    finally:
        library.close()
    if progress is not None:
        print(file=sys.stderr)
    for result in results:
        if result.error:
            report(result.error)
        elif result.already:
            print(f"已在资料库中，未重复导入：《{result.title}》（{result.path.name}）")
        else:
            unread = f"，{result.unread} 处数字无法读取，已列出" if result.unread else ""
            print(f"已导入《{result.title}》：{result.figures} 项数据待审核{unread}")
    if library.notice:
        print(library.notice)
    failed = sum(bool(r.error) for r in results)
    added = sum(r.added for r in results)
    if len(results) > 1:
        left_out = f"，{failed} 个无法导入" if failed else ""
        print(f"共 {len(results)} 个文件：导入 {added} 篇{left_out}")
    print(f"资料库：{library.location}")
    return EXIT_FAILURE if failed else EXIT_OK


def _progress(done: float, total: int, path) -> None:
    """One line on a terminal, rewritten as the import goes."""
    share = done - int(done)
    read = f"，已读 {share:.0%}" if share else ""
    if total > 1 or share:
        print(f"\r正在导入 {min(int(done) + 1, total)} / {total}（{path.name}{read}）…",
              end="", file=sys.stderr, flush=True)
