"""Benchmark: how long `gannan-gui build` takes, against a baseline measured in the same run.

The baseline is the floor any build pays: a Python process that only imports sqlite-utils.
Machines here are shared and noisy, so runs alternate and medians are compared.

    python bench/bench_build.py [--runs N]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from common import alternate, runs_argument


def main() -> None:
    runs = runs_argument(__doc__, 9)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "bench.db"
        build = [sys.executable, "-m", "gannan_gui", "build", "--out", str(out)]
        baseline = [sys.executable, "-c", "import sqlite_utils"]
        b, base = alternate(build, baseline, runs)

        from gannan_gui.common.paths import bundled_article, bundled_curation
        from gannan_gui.pipeline.article import parse_article, read_article_file
        from gannan_gui.pipeline.curation import load_curation
        from gannan_gui.pipeline.records import extract_records
        from gannan_gui.pipeline.writer import write_database

        in_process = []
        for _ in range(runs):
            start = time.perf_counter()
            article = parse_article(read_article_file(bundled_article()))
            write_database(extract_records(article, load_curation(bundled_curation())), out)
            in_process.append(time.perf_counter() - start)

    inner = statistics.median(in_process)
    print(f"gannan-gui build (whole command), median of {runs}: {b:.3f} s")
    print(f"baseline (python -c 'import sqlite_utils'):     {base:.3f} s")
    print(f"ratio build / baseline:                          {b / base:.2f}")
    print(f"extract + write inside one process:              {inner * 1000:.1f} ms")
    print(f"goal: whole command under 1 s -> {'met' if b < 1.0 else 'NOT met'}")


if __name__ == "__main__":
    main()
