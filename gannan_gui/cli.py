"""The `gannan-gui` program: the window by default, subcommands for headless work.

Start-up speed matters, so this module imports only the standard library; each command
imports what it needs when it runs. Errors a user can cause end as one line on stderr
(or a dialog in the window) and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gannan_gui import APP_NAME, __version__

EXIT_USAGE = 2
EXIT_FAILURE = 1


def _add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, metavar="FILE",
                        help="fact database to open (default: the bundled one)")


COMMANDS = ("build", "summary", "install-desktop")


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
    from gannan_gui.paths import bundled_article, bundled_curation, bundled_database

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

    desktop = commands.add_parser("install-desktop",
                                  help="add gannan-gui to this user's desktop menu")
    desktop.add_argument("--uninstall", action="store_true",
                         help="remove the menu entry and icons again")
    return parser


def fail(message: str) -> int:
    print(f"{APP_NAME}: {message}", file=sys.stderr)
    return EXIT_FAILURE


def run_build(args: argparse.Namespace) -> int:
    from gannan_gui.build import BUILD_ERRORS, build
    from gannan_gui.paths import PACKAGE_DIR

    if PACKAGE_DIR in args.out.resolve().parents:
        return fail(f"{args.out}: the database bundled with the installed app is read-only; "
                    "write the new one elsewhere with --out FILE")
    try:
        records = build(args.article, args.out, args.curation)
    except BUILD_ERRORS as exc:
        return fail(str(exc))
    print(f"wrote {args.out}: {len(records.facts)} facts, {len(records.entities)} entities, "
          f"{len(records.categories)} categories")
    return 0


def run_summary(args: argparse.Namespace) -> int:
    from gannan_gui.gui.printing import write_summary_pdf_headless

    return write_summary_pdf_headless(args)


def run_install_desktop(args: argparse.Namespace) -> int:
    from gannan_gui.desktop import DesktopInstallError, install_desktop_entry, uninstall

    try:
        message = uninstall() if args.uninstall else install_desktop_entry()
    except DesktopInstallError as exc:
        return fail(str(exc))
    print(message)
    return 0


def wants_window(argv: list[str]) -> bool:
    """True when the arguments name no subcommand and ask for no help or version."""
    return not any(a in COMMANDS or a in ("-h", "--help", "--version") for a in argv)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:  # a double-click: the window, without building a parser first
        args = argparse.Namespace(command=None, db=None, present=False, screen=None)
    else:
        args = make_parser(with_commands=not wants_window(argv)).parse_args(argv)
    if args.command == "build":
        return run_build(args)
    if args.command == "summary":
        return run_summary(args)
    if args.command == "install-desktop":
        return run_install_desktop(args)
    from gannan_gui.gui.app import run_window

    return run_window(args)


if __name__ == "__main__":
    sys.exit(main())
