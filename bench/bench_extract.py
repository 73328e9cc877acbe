"""Benchmark: reading and proposing a report as its text grows, in one line (no full stop or
line break: a pasted table, a page without punctuation), in paragraphs, and in one line with
no title line before it (the line then stands for the title), and as one clause said over and
over in one line (each kept, none a restatement of another sentence): the time must grow in
proportion to the length (it grew with its square: 204 KB in one sentence took 103 s, an
untitled line read whole for a place at every figure took minutes, and each figure checked
against every one before it for a restatement took 25 s for 200 KB, 10 s more than linear).

Each size is timed in this process (medians of N runs of the import's work before it writes:
read, extract, propose); the slope, microseconds per character, is printed per size, and
the ratio of the largest size's slope to the smallest's (1 for a linear extractor).

    python bench/bench_extract.py [--runs N] [--sizes 20000 200000 2000000]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

CLAUSE = "天津市投入帮扶资金3.5亿元，实施项目120个，带动1260户农户增收"


def main() -> None:
    from gannan_gui.pipeline.importer import prepare

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", type=int, nargs="+", default=[20_000, 200_000, 2_000_000])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for shape in ("one line", "paragraphs", "untitled", "said again"):
            slopes = []
            for size in args.sizes:
                # each clause its own figures: a figure said again in a later sentence is
                # proposed once, and the paragraphs must not all be the same three figures
                body = "".join(CLAUSE.replace("3.5", f"{n + 1}.5").replace("120", str(1000 + n))
                               .replace("1260", str(100000 + n))
                               for n in range(size // (len(CLAUSE) + 6)))
                if shape == "paragraphs":
                    body = body.replace("增收", "增收。\n")
                elif shape == "said again":  # one clause over and over in one line: each kept
                    body = CLAUSE * (size // len(CLAUSE))
                path = Path(tmp) / f"{size}.txt"
                head = "" if shape == "untitled" else "长篇报告\n发布时间：2024-01-01\n"
                path.write_text(head + body, encoding="utf-8")  # untitled: a pasted line
                times = []
                for _ in range(args.runs):
                    start = time.perf_counter()
                    _, records = prepare(path)
                    times.append(time.perf_counter() - start)
                seconds = statistics.median(times)
                slopes.append(seconds / len(body) * 1e6)
                print(f"{shape:>10}, {len(body):>9,} characters: {seconds:7.2f} s, "
                      f"{len(records.facts):,} figures, {slopes[-1]:.1f} µs a character")
            print(f"{shape:>10}: slope at the largest size / at the smallest = "
                  f"{slopes[-1] / slopes[0]:.2f} (1 is linear)")


if __name__ == "__main__":
    main()
