"""Benchmark: `gannan-gui summary --pdf` for the whole article (goal: under 3 s here).

Baseline in the same run: a Python process that only imports QtWidgets, the floor of any Qt
command. Alternating runs, medians.

    python bench/bench_summary.py [--runs N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from common import alternate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "summary.pdf"
        summary = [sys.executable, "-m", "gannan_gui", "summary", "--pdf", str(out)]
        baseline = [sys.executable, "-c", "import PySide6.QtWidgets"]
        t, b = alternate(summary, baseline, runs)
        size = out.stat().st_size
    print(f"summary --pdf (whole article), median of {runs}: {t:.3f} s; PDF {size / 1024:.0f} KiB")
    print(f"baseline (python -c 'import PySide6.QtWidgets'): {b:.3f} s")
    print(f"ratio: {t / b:.2f}; goal under 3 s: {'met' if t < 3 else 'NOT met'}")


if __name__ == "__main__":
    main()
