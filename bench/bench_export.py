"""Benchmark: `gannan-gui export` of the whole report in each format (goal: each under 1 s).

Baseline in the same run, for each format: a Python process that only imports the library
that format uses (XlsxWriter, csv, python-docx with Qt for the chart pictures, python-pptx).
Alternating runs, medians.

    python bench/bench_export.py [--runs N]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from common import alternate, print_comparison, runs_argument

BASELINES = {
    "xlsx": "import xlsxwriter",
    "csv": "import csv",
    "docx": "import docx, PySide6.QtGui",
    "pptx": "import pptx",
}


def main() -> None:
    runs = runs_argument(__doc__, 7)
    with tempfile.TemporaryDirectory() as tmp:
        for fmt, baseline in BASELINES.items():
            out = Path(tmp) / f"report.{fmt}"
            export = [sys.executable, "-m", "gannan_gui", "export", str(out)]
            t, b = alternate(export, [sys.executable, "-c", baseline], runs)
            print_comparison(f"export {fmt} (whole report)", t, f"python -c '{baseline}'", b,
                             runs, goal=1.0)


if __name__ == "__main__":
    main()
