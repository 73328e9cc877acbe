"""The `gannan-gui` program: parse the command line and hand it to one handler in
:mod:`gannan_gui.commands` (the window by default, subcommands for headless work).

Start-up speed matters, so this module imports only the standard library; each handler
imports what it needs when it runs.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
from pathlib import Path

from gannan_gui import APP_NAME, __version__


def _add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, metavar="FILE",
                        help="要打开的数据库文件（默认：随程序提供的数据库）")


def _add_library_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--library", metavar="PATH|URL",
                        help="资料库文件，或共享资料库 postgresql://服务器/数据库"
                             "（默认：本用户数据文件夹中的 library.db）")


def _add_report_options(parser: argparse.ArgumentParser, every: bool) -> None:
    """--db FILE, or --library PATH with --report ID: which report a command reads."""
    _add_db_option(parser)
    _add_library_option(parser)
    parser.add_argument("--report", metavar="ID|all" if every else "ID",
                        help="资料库中的哪篇报道（编号见 'gannan-gui library list'"
                             + ("；all：全部报道" if every else "") + "）")


#: Set to see the traceback of an unexpected error instead of its one-line report.
DEBUG_VARIABLE = "GANNAN_GUI_DEBUG"
#: Each command and the module in gannan_gui.commands that runs it (its `run(args)`),
#: imported only when that command runs.
COMMANDS = {"build": "build", "summary": "summary", "export": "export",
            "import": "import_reports", "library": "library", "indicators": "indicators",
            "install-desktop": "install_desktop"}


class ChineseHelpFormatter(argparse.HelpFormatter):
    """argparse's own words in Chinese: the usage line."""

    def add_usage(self, usage, actions, groups, prefix=None) -> None:
        super().add_usage(usage, actions, groups, "用法：" if prefix is None else prefix)


#: argparse's error messages (they are English) in the user's words: pattern, then wording.
ARGPARSE_ERRORS = (
    (r"the following arguments are required: (.+)", "缺少参数：{0}"),
    (r"unrecognized arguments: (.+)", "无法识别的参数：{0}"),
    (r"argument (.+?): invalid choice: '(.*?)' \(choose from (.+)\)",
     "{0} 不能是“{1}”，可选：{2}"),
    (r"argument (.+?): invalid (?:int|float) value: '(.*)'", "{0} 应为数字，而不是“{1}”"),
    (r"argument (.+?): invalid (\w+) value: '(.*)'", "{0} 的值“{2}”无效"),
    (r"argument (.+?): expected one argument", "{0} 后面需要一个值"),
    (r"argument (.+?): expected at least one argument", "{0} 后面至少需要一个值"),
    (r"argument (.+?): not allowed with argument (.+)", "{0} 不能与 {1} 同时使用"),
    (r"argument (.+?): ignored explicit argument '(.*)'", "{0} 不接受值“{1}”"),
    (r"ambiguous option: (\S+) could match (.+)", "选项 {0} 不明确，可能是：{1}"),
    (r"one of the arguments (.+) is required", "需要以下参数之一：{0}"),
)


def chinese_error(message: str) -> str:
    """An argparse error in Chinese; the message as it is when no pattern knows it."""
    import re

    for pattern, wording in ARGPARSE_ERRORS:
        found = re.fullmatch(pattern, message)
        if found:
            return wording.format(*(g.replace("'", "") for g in found.groups()))
    return message


class ChineseArgumentParser(argparse.ArgumentParser):
    """An argument parser whose errors a user reads in Chinese, as every other message."""

    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}：{chinese_error(message)}\n")


class CommandParser(ChineseArgumentParser):
    """The program's and each command's parser: headings, help and errors in Chinese."""

    def __init__(self, **kwargs) -> None:
        kwargs.setdefault("formatter_class", ChineseHelpFormatter)
        super().__init__(add_help=False, **kwargs)
        self._positionals.title = "参数"
        self._optionals.title = "选项"
        self.add_argument("-h", "--help", action="help", help="显示本帮助并退出")


_parser = CommandParser


def make_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The program's options; without the subcommands when only the window is wanted, since
    building them is measurable in start-up time."""
    parser = _parser(
        prog=APP_NAME,
        description="浏览、演示和打印《山海同心结硕果 协作帮扶谱新篇——天津市与甘南州协作帮扶综述》"
                    "（2025-12-16）中的数据。不带命令时打开窗口。")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}",
                        help="显示版本号并退出")
    _add_db_option(parser)
    parser.add_argument("--library", metavar="PATH|URL",
                        help="与随程序提供的报道并列显示的资料库：文件，或共享资料库 "
                             "postgresql://服务器/数据库（默认：上次连接的共享资料库，"
                             "或本用户的 library.db）")
    parser.add_argument("--present", action="store_true", help="直接全屏演示全文")
    parser.add_argument("--screen", type=int, metavar="N", help="演示所用的屏幕（1、2……）")
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    from gannan_gui.common.paths import bundled_article, bundled_curation, bundled_database

    commands = parser.add_subparsers(dest="command", metavar="命令", parser_class=_parser)

    build = commands.add_parser("build", help="由报道原文生成数据库")
    build.add_argument("--article", type=Path, default=bundled_article(), metavar="FILE",
                       help="报道原文，UTF-8 文本（默认：%(default)s）")
    build.add_argument("--out", type=Path, default=bundled_database(), metavar="FILE",
                       help="要写入的数据库（默认：%(default)s）")
    build.add_argument("--curation", type=Path, default=bundled_curation(), metavar="FILE",
                       help="人工整理的标签和类别（默认：%(default)s）")

    summary = commands.add_parser("summary", help="把可打印的摘要写成 PDF")
    summary.add_argument("--pdf", type=Path, required=True, metavar="OUT.pdf",
                         help="要写入的 PDF 文件")
    summary.add_argument("--category", metavar="NAME",
                         help="只包括这个类别（中文名、英文名或键名）")
    summary.add_argument("--paper", choices=["A4", "A3", "A5", "Letter", "Legal"],
                         default="A4", help="纸张大小（默认：A4）")
    summary.add_argument("--landscape", action="store_true", help="横向")
    summary.add_argument("--one-page", action="store_true",
                         help="一页摘要：主要数据和最能说明问题的一张图表，排在一页纸上")
    _add_report_options(summary, every=False)

    export = commands.add_parser("export", help="导出数据，供 Excel、WPS、Word 或 PowerPoint 使用")
    export.add_argument("out", type=Path, metavar="OUT",
                        help="要写入的文件：.xlsx、.csv、.docx 或 .pptx")
    export.add_argument("--format", choices=["xlsx", "csv", "docx", "pptx"],
                        help="文件格式（文件名没有相应后缀时）")
    export.add_argument("--category", metavar="NAME",
                        help="只包括这个类别（中文名、英文名或键名）")
    export.add_argument("--aspect", choices=["16:9", "4:3"], default="16:9",
                        help=".pptx 的幻灯片比例（默认：16:9）")
    _add_report_options(export, every=True)

    imports = commands.add_parser("import", help="把报道导入自己的资料库，数据待审核")
    imports.add_argument("files", type=Path, nargs="+", metavar="FILE|DIR",
                         help="报道：文本文件（UTF-8、GB18030/GBK、Big5）"
                              "或从浏览器保存的网页 .html；文件夹：其中所有这类文件")
    _add_library_option(imports)

    from gannan_gui.commands.library import add_parser as add_library_parser

    add_library_parser(commands, _add_library_option, _parser)

    from gannan_gui.commands.indicators import add_parser as add_indicators_parser

    add_indicators_parser(commands, _add_library_option, _parser)

    desktop = commands.add_parser("install-desktop", help="把 gannan-gui 加入本用户的桌面菜单")
    desktop.add_argument("--uninstall", action="store_true", help="从菜单中移除并删除图标")
    return parser


def wants_window(argv: list[str]) -> bool:
    """True when the arguments name no subcommand and ask for no help or version."""
    return not any(a in COMMANDS or a in ("-h", "--help", "--version") for a in argv)


def _handler(command: str | None):
    """The handler module of a command (the window's with none), imported only now."""
    import importlib

    return importlib.import_module(f"gannan_gui.commands.{COMMANDS.get(command or '', 'window')}")


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:  # a double-click: the window, without building a parser first
        args = argparse.Namespace(command=None, db=None, present=False, screen=None,
                                  library=None)
    else:
        args = make_parser(with_commands=not wants_window(argv)).parse_args(argv)
    if args.command is not None:
        # Stopped with SIGTERM (kill, a logout): unwind like Ctrl+C, so temporary files go.
        signal.signal(signal.SIGTERM, _exit_on_signal)
    try:
        return _handler(args.command).run(args)
    except BrokenPipeError:  # `gannan-gui … | head`: the reader has all it wanted
        with contextlib.suppress(OSError, AttributeError, ValueError):
            # what is left to flush goes nowhere, not into a second error at exit
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:  # Ctrl+C: what was being written is gone, nothing else
        print(f"{APP_NAME}: 已中断", file=sys.stderr)
        return 128 + signal.SIGINT
    except Exception as exc:  # a bug: one line, not a traceback; files are written atomically
        if os.environ.get(DEBUG_VARIABLE):
            raise
        print(f"{APP_NAME}: 出现意外错误，操作未完成（{type(exc).__name__}: {exc}）。"
              f"设置环境变量 {DEBUG_VARIABLE}=1 再运行可以看到详细信息。", file=sys.stderr)
        return 1


def _exit_on_signal(number: int, _frame) -> None:
    raise SystemExit(128 + number)


if __name__ == "__main__":
    sys.exit(main())
