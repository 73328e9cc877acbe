"""Benchmark: `gannan-gui summary --pdf` for the whole article (goal: under 3 s here).

Baseline in the same run: a Python process that only imports QtWidgets, the floor of any Qt
command. Alternating runs, medians.

    python bench/bench_summary.py [--runs N]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from common import alternate, print_comparison, runs_argument


def main() -> None:
    runs = runs_argument(__doc__, 7)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "summary.pdf"
        summary = [sys.executable, "-m", "gannan_gui", "summary", "--pdf", str(out)]
        baseline = [sys.executable, "-c", "import PySide6.QtWidgets"]
        t, b = alternate(summary, baseline, runs)
        size = out.stat().st_size
    print_comparison(f"summary --pdf (whole article; PDF {size / 1024:.0f} KiB)", t,
                     "python -c 'import PySide6.QtWidgets'", b, runs, goal=3.0)


if __name__ == "__main__":
    main()
