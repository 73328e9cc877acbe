"""A process that writes a library while the tests watch, kill or race it.

    python tests/library_worker.py review LIBRARY REPORT_ID   # accept each proposed figure
    python tests/library_worker.py churn LIBRARY FOLDER       # import reports and accept
                                                              # their figures, until killed

Each line it prints names one write that was committed before the line was printed:
"report <sha256>" or "accepted <fact id>". A figure is decided once, so a line printed is a
state the library must still hold after any kill.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from gannan_gui.store.library import Library
from gannan_gui.store.locations import open_library


def review(library: Library, report_id: int) -> None:
    reviewer = library.reviewer(report_id)
    for row in reviewer.facts():
        if row["review"] == "proposed":
            reviewer.accept(row["id"], expected_version=row["version"])
            print(f"accepted {row['id']}", flush=True)


def churn(library: Library, folder: Path) -> None:
    number = 0
    while True:
        number += 1
        text = (f"第{number}期协作简报\n发布时间：2024-03-{1 + number % 28:02d}\n"
                f"本期投入帮扶资金{number}.5亿元，实施帮扶项目{100 + number}个，"
                f"带动{number}千户群众增收。\n")
        source = folder / f"brief-{number}.txt"
        source.write_text(text, encoding="utf-8")
        [result] = library.import_files([source])
        if result.added:
            print(f"report {hashlib.sha256(read_text(source)).hexdigest()}", flush=True)
            review(library, result.document_id)


def read_text(source: Path) -> bytes:
    """The text as the library stores it (and digests it): the file as read."""
    from gannan_gui.pipeline.sources import read_report

    return read_report(source).text.encode("utf-8")


def main() -> None:
    mode, library = sys.argv[1], open_library(sys.argv[2])
    if mode == "review":
        review(library, int(sys.argv[3]))
    else:
        churn(library, Path(sys.argv[3]))


if __name__ == "__main__":
    main()
