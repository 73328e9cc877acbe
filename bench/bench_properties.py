"""The extractor's property suite (tests/test_properties.py) with many more examples than CI
runs: any failure it finds is printed as Hypothesis's smallest failing example.

    python bench/bench_properties.py [--examples 20000]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=20_000)
    args = parser.parse_args()
    env = {**os.environ, "GANNAN_PROPERTY_EXAMPLES": str(args.examples)}
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           "-o", "timeout=0", str(ROOT / "tests" / "test_properties.py")],
                          env=env, cwd=ROOT, check=False)
    print(f"{args.examples:,} examples a property: {time.perf_counter() - start:.0f} s, "
          f"{'no failure' if done.returncode == 0 else 'FAILED'}")
    sys.exit(done.returncode)


if __name__ == "__main__":
    main()
