"""Which report a headless command reads: the bundled one, a file named with --db, or one
report of a library named with --library and --report (there is no silent first report)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from gannan_gui.common.errors import UserError
from gannan_gui.common.paths import bundled_database

if TYPE_CHECKING:
    from gannan_gui.store.database import FactBase
    from gannan_gui.store.library import Library


class ReportChoiceError(UserError):
    """The command line does not say which report; one line says how to."""


def wants_library(args: argparse.Namespace) -> bool:
    return bool(getattr(args, "library", None) or getattr(args, "report", None))


def open_chosen(args: argparse.Namespace) -> tuple[FactBase, tuple[Path, ...]]:
    """The report to read, and the files it was read from (never overwritten by the output)."""
    from gannan_gui.store.database import open_database

    if wants_library(args):
        if args.db:
            raise ReportChoiceError("--db 与 --library/--report 只能选一种")
        library = _library(args)
        return library.open_report(report_id(library, args.report)), (library.path,)
    database = Path(args.db) if args.db else bundled_database()
    base = open_database(database)
    count = base.document_count()
    if count > 1:
        base.close()
        raise ReportChoiceError(
            f"{database}：这个文件有 {count} 篇报道；请用 --library {database} --report 编号 "
            "指定一篇（编号见 'gannan-gui library list'）")
    return base, (database,)


def every_report(args: argparse.Namespace) -> tuple[Library, list[int]]:
    """The library and its reports' ids, in its order (--report all); each is opened by the
    caller in turn, so a large library is never held in memory at once."""
    library = _library(args)
    entries = library.reports()
    if not entries:
        raise ReportChoiceError(f"{library.location}：资料库中还没有报道")
    return library, [e.document_id for e in entries]


def _library(args: argparse.Namespace) -> Library:
    from gannan_gui.commands.library import library_of

    library = library_of(args)
    if not library.exists():
        raise ReportChoiceError(library.absent)
    return library


def report_id(library: Library, given: str | None) -> int:
    """The report a --report names; a library of one report needs none."""
    if given is None:
        entries = library.reports()
        if len(entries) == 1:
            return entries[0].document_id
        raise ReportChoiceError(f"{library.location}：资料库中有 {len(entries)} 篇报道，请用 "
                                "--report 编号指定一篇（编号见 'gannan-gui library list'）")
    if not str(given).isdigit():
        raise ReportChoiceError(f"--report 应为报道编号，而不是“{given}”")
    return int(given)
