"""The `gannan-gui` program: parse the command line and hand it to one handler in
:mod:`gannan_gui.commands` (the window by default, subcommands for headless work).

Start-up speed matters, so this module imports only the standard library; each handler
imports what it needs when it runs.
"""

from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path

from gannan_gui import APP_NAME, __version__


def _add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, metavar="FILE",
                        help="fact database to open (default: the bundled one)")


COMMANDS = ("build", "summary", "export", "install-desktop")


def make_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    """The program's options; without the subcommands when only the window is wanted, since
    building them is measurable in start-up time."""
    parser = argparse.ArgumentParser(
        prog=APP_NAME,
        description="Browse, present and print the facts of the 2025-12-16 report on "
                    "Tianjin–Gannan cooperation. With no command, opens the window.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    _add_db_option(parser)
    parser.add_argument("--present", action="store_true",
                        help="start straight into the full-screen presentation")
    parser.add_argument("--screen", type=int, metavar="N",
                        help="screen (1, 2, ...) for the presentation's slides")
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    from gannan_gui.common.paths import bundled_article, bundled_curation, bundled_database

    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    build = commands.add_parser("build", help="build the fact database from the article")
    build.add_argument("--article", type=Path, default=bundled_article(), metavar="FILE",
                       help="article text, UTF-8 (default: %(default)s)")
    build.add_argument("--out", type=Path, default=bundled_database(), metavar="FILE",
                       help="database to write (default: %(default)s)")
    build.add_argument("--curation", type=Path, default=bundled_curation(), metavar="FILE",
                       help="curated labels and categories (default: %(default)s)")

    summary = commands.add_parser("summary", help="write a printable summary as PDF")
    summary.add_argument("--pdf", type=Path, required=True, metavar="OUT.pdf",
                         help="PDF file to write")
    summary.add_argument("--category", metavar="NAME",
                         help="only this category (Chinese or English name, or key)")
    summary.add_argument("--paper", choices=["A4", "A3", "A5", "Letter", "Legal"],
                         default="A4", help="paper size (default: A4)")
    summary.add_argument("--landscape", action="store_true", help="landscape orientation")
    _add_db_option(summary)

    export = commands.add_parser(
        "export", help="export the figures for Excel, WPS, Word or PowerPoint")
    export.add_argument("out", type=Path, metavar="OUT",
                        help="file to write: .xlsx, .csv, .docx or .pptx")
    export.add_argument("--format", choices=["xlsx", "csv", "docx", "pptx"],
                        help="format, when the file name does not end in one")
    export.add_argument("--category", metavar="NAME",
                        help="only this category (Chinese or English name, or key)")
    export.add_argument("--aspect", choices=["16:9", "4:3"], default="16:9",
                        help="slide shape of a .pptx (default: 16:9)")
    _add_db_option(export)

    desktop = commands.add_parser("install-desktop",
                                  help="add gannan-gui to this user's desktop menu")
    desktop.add_argument("--uninstall", action="store_true",
                         help="remove the menu entry and icons again")
    return parser


def wants_window(argv: list[str]) -> bool:
    """True when the arguments name no subcommand and ask for no help or version."""
    return not any(a in COMMANDS or a in ("-h", "--help", "--version") for a in argv)


def _handler(command: str | None):
    """The handler module of a command, imported only when that command runs."""
    if command == "build":
        from gannan_gui.commands import build as handler
    elif command == "summary":
        from gannan_gui.commands import summary as handler
    elif command == "export":
        from gannan_gui.commands import export as handler
    elif command == "install-desktop":
        from gannan_gui.commands import install_desktop as handler
    else:
        from gannan_gui.commands import window as handler
    return handler


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:  # a double-click: the window, without building a parser first
        args = argparse.Namespace(command=None, db=None, present=False, screen=None)
    else:
        args = make_parser(with_commands=not wants_window(argv)).parse_args(argv)
    if args.command is not None:
        # Stopped with SIGTERM (kill, a logout): unwind like Ctrl+C, so temporary files go.
        signal.signal(signal.SIGTERM, _exit_on_signal)
    try:
        return _handler(args.command).run(args)
    except KeyboardInterrupt:  # Ctrl+C: what was being written is gone, nothing else
        print(f"{APP_NAME}: 已中断", file=sys.stderr)
        return 128 + signal.SIGINT


def _exit_on_signal(number: int, _frame) -> None:
    raise SystemExit(128 + number)


if __name__ == "__main__":
    sys.exit(main())
