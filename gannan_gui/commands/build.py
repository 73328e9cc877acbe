"""`gannan-gui build`: the fact database from the article and the curated file."""

from __future__ import annotations

import argparse

from gannan_gui.common.errors import EXIT_OK, UserError, report
from gannan_gui.common.paths import PACKAGE_DIR


def run(args: argparse.Namespace) -> int:
    from gannan_gui.pipeline.build import build

    if PACKAGE_DIR in args.out.resolve().parents:
        return report(f"{args.out}: the database bundled with the installed app is read-only; "
                      "write the new one elsewhere with --out FILE")
    try:
        records = build(args.article, args.out, args.curation)
    except UserError as exc:
        return report(exc)
    print(f"wrote {args.out}: {len(records.facts)} facts, {len(records.entities)} entities, "
          f"{len(records.categories)} categories")
    return EXIT_OK
