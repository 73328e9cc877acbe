"""`gannan-gui library list|edit|accept|reject|remove`: what the window does to a library,
from a script, as calibredb does it for calibre. Each prints one line of result; a failure
is one line and a non-zero exit."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from gannan_gui.common.errors import EXIT_FAILURE, EXIT_OK, UserError, report

if TYPE_CHECKING:
    from gannan_gui.store.library import Library


def library_of(args: argparse.Namespace) -> Library:
    """The library a command names with --library, else the user's own."""
    from gannan_gui.store.locations import open_library

    if getattr(args, "library", None):
        return open_library(args.library)
    from gannan_gui.qt.library_path import default_location

    return default_location()  # a command never goes to a server unless told to


def run(args: argparse.Namespace) -> int:
    if args.library_command == "copy":
        return _copy(args)
    library = library_of(args)
    try:
        status = ACTIONS[args.library_command](library, args)
    except UserError as exc:
        return report(exc)
    finally:
        library.close()
    if library.notice:  # upgraded by this write: where the old copy went
        print(library.notice)
    return status


def _list(library: Library, _args: argparse.Namespace) -> int:
    if not library.exists():
        return report(library.absent)
    for entry in library.reports():
        title = " ".join(entry.title.split())
        print(f"{entry.document_id}\t{entry.published or '-'}\t{title}\t{entry.facts}\t"
              f"{entry.proposed}")
    return EXIT_OK


def _edit(library: Library, args: argparse.Namespace) -> int:
    details = {name: getattr(args, name) for name in ("title", "date", "source", "author",
                                                      "region")
               if getattr(args, name) is not None}
    if not details:
        return report("请至少给出 --title、--date、--source、--author、--region 中的一项")
    from gannan_gui.store.library import DETAIL_WORDS

    changed = library.edit_report(args.report_id, **details)
    words = "、".join(DETAIL_WORDS[name] for name in changed)
    print(f"第 {args.report_id} 篇报道：" + (f"已修改{words}" if changed else "没有变化"))
    return EXIT_OK


def _decide(state: str, word: str):
    def decide(library: Library, args: argparse.Namespace) -> int:
        ids = list(args.fact_ids)
        if getattr(args, "report", None) is not None:
            ids += library.proposed_in(args.report)
        if not ids:
            if getattr(args, "report", None) is not None:
                return report(f"第 {args.report} 篇报道没有待审核的数据")
            return report("请给出数据编号（见 'gannan-gui library figures REPORT_ID'）"
                          + ("，或用 --report 指定报道" if hasattr(args, "report") else ""))
        changed = library.decide(ids, state)
        print(f"已{word} {changed} 项数据" + (f"（{len(ids) - changed} 项原已{word}）"
                                          if changed < len(ids) else ""))
        return EXIT_OK
    return decide


def _figures(library: Library, args: argparse.Namespace) -> int:
    from gannan_gui.store.review import STATE_NAMES

    for row in library.reviewer(args.report_id).facts():  # the reviewer checks the report
        figure = row["written"] or f"{row['value']}{row['unit']}"
        print(f"{row['id']}\t{STATE_NAMES.get(row['review'], row['review'])}\t"
              f"{' '.join(row['label'].split())}\t{figure}\t{row['period'] or '-'}")
    return EXIT_OK


def _remove(library: Library, args: argparse.Namespace) -> int:
    removed = library.remove_reports(args.report_ids)
    print(f"已从资料库中移除 {removed} 篇报道")
    return EXIT_OK


def _init(library: Library, _args: argparse.Namespace) -> int:
    print(library.init())
    return EXIT_OK


def _copy(args: argparse.Namespace) -> int:
    from gannan_gui.store.copying import copy_library
    from gannan_gui.store.locations import open_library

    source, target = open_library(args.source), open_library(args.target)
    try:
        counts = copy_library(source, target)
    except UserError as exc:
        return report(exc)
    finally:
        source.close()
        target.close()
    print(f"已把 {counts['documents']} 篇报道、{counts['facts']} 项数据从 {source.location} "
          f"复制到 {target.location}")
    return EXIT_OK


ACTIONS = {"init": _init, "list": _list, "figures": _figures, "edit": _edit,
           "accept": _decide("accepted", "接受"), "reject": _decide("rejected", "否决"),
           "remove": _remove}


def add_parser(commands, add_library_option, parser_class) -> None:
    """The `library` subcommand and its own subcommands, on the program's parser."""
    library = commands.add_parser("library", help="管理资料库：列出、修改、审核、移除报道")
    actions = library.add_subparsers(dest="library_command", metavar="操作", required=True,
                                     parser_class=parser_class)
    init = actions.add_parser(
        "init", help="建立资料库（文件，或 postgresql://服务器/数据库 上的共享资料库），"
                     "或把旧版本的结构升级")
    init.add_argument("library", metavar="PATH|URL", help="资料库文件或共享资料库地址")
    copy = actions.add_parser(
        "copy", help="把整个资料库复制到另一处（文件与共享资料库之间，任一方向）；"
                     "目标须为空")
    copy.add_argument("source", metavar="SRC", help="来源：资料库文件或 postgresql://…")
    copy.add_argument("target", metavar="DEST", help="目标：新的资料库文件或空的 postgresql://…")
    listing = actions.add_parser(
        "list", help="每篇报道一行（制表符分隔）：编号、日期、标题、数据项数、待审核项数")
    add_library_option(listing)
    figures = actions.add_parser(
        "figures", help="一篇报道的数据，每项一行：编号、审核状态、标签、数值、时期")
    figures.add_argument("report_id", type=int, metavar="REPORT_ID", help="报道编号（见 list）")
    add_library_option(figures)
    edit = actions.add_parser("edit", help="修改一篇报道的标题、日期、来源、作者或地区")
    edit.add_argument("report_id", type=int, metavar="REPORT_ID", help="报道编号（见 list）")
    for name, words in (("title", "标题"), ("date", "日期，如 2025-12-16"),
                        ("source", "来源（网站或单位）"), ("author", "作者"),
                        ("region", "地区，如 甘南州、临潭县")):
        edit.add_argument(f"--{name}", metavar="TEXT", help=words)
    add_library_option(edit)
    for name, words in (("accept", "接受数据（数据编号，或 --report 一篇报道的全部待审核数据）"),
                        ("reject", "否决数据（数据编号，见 figures）")):
        decide = actions.add_parser(name, help=words)
        decide.add_argument("fact_ids", type=int, nargs="*", metavar="FACT_ID", help="数据编号")
        if name == "accept":
            decide.add_argument("--report", type=int, metavar="REPORT_ID",
                                help="接受这篇报道的全部待审核数据")
        add_library_option(decide)
    remove = actions.add_parser("remove", help="从资料库中移除报道及其数据")
    remove.add_argument("report_ids", type=int, nargs="+", metavar="REPORT_ID", help="报道编号")
    add_library_option(remove)


__all__ = ["EXIT_FAILURE", "add_parser", "library_of", "run"]
