"""Benchmark: a shared library on PostgreSQL (a throwaway cluster on loopback, see
tests/postgres_cluster.py), at scale and under load.

1. The window on a server library of N reports against the same window on a server library
   of 1 report, in the same run: each step's longest block on the GUI thread (goal: under
   100 ms) and its round trips to the server (goal: a bounded number, never one per row).
2. P processes importing and reviewing at once for S seconds, each deciding figures of
   reports the others import too (so that some decisions are the intended conflicts). Then
   every committed decision is looked for: a figure's version is the number of changes
   committed to it, so a lost decision shows as a version short. Goal: 0 lost, 0 errors
   other than conflicts, every report's counts right.

The libraries are made by bench/reports.py as files, then copied to the server with
`library copy` (about 4 minutes for 10,000 reports).

    python bench/bench_shared.py [--reports N] [--runs N] [--writers P] [--seconds S]
                                 [--keep FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parent / "tests")]

from bench_library import measure  # noqa: E402
from library_child import STEPS  # noqa: E402
from postgres_cluster import start, stop  # noqa: E402
from reports import make_library, report_text  # noqa: E402


def new_database(server: str, name: str) -> str:
    import psycopg

    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    return f"{server}/{name}"


def on_server(file: Path, server: str, name: str) -> str:
    from gannan_gui.store.copying import copy_library
    from gannan_gui.store.library import Library
    from gannan_gui.store.shared import SharedLibrary

    address = new_database(server, name)
    target = SharedLibrary(address)
    copy_library(Library(file), target)
    target.close()
    return address


def writer(address: str, seconds: float, seed: int, folder: Path) -> None:
    """One desk for `seconds`: import a report, then decide figures of random reports (some
    the others decide too). Prints one JSON line: changes committed per figure, imports,
    conflicts and other errors."""
    from gannan_gui.common.errors import UserError
    from gannan_gui.store.review import ConflictError
    from gannan_gui.store.shared import SharedLibrary

    library, rng = SharedLibrary(address), random.Random(seed)
    changes: dict[int, int] = {}
    imported, conflicts, errors = [], 0, []
    deadline, number = time.monotonic() + seconds, 0
    while time.monotonic() < deadline:
        number += 1
        source = folder / f"desk{seed}-{number}.txt"
        source.write_text(report_text(1_000_000 * seed + number, 600), encoding="utf-8")
        try:
            [result] = library.import_files([source])
            imported.append(result.document_id)
            reports = [r.document_id for r in library.reports()]
            # mostly the same few reports as the other desks, read a moment before deciding
            chosen = rng.sample(reports[:10], 2) + rng.sample(reports, 1)
            for document_id in chosen:
                reviewer = library.reviewer(document_id)
                rows = rng.sample(reviewer.facts(), 2)
                time.sleep(rng.uniform(0, 0.02))
                for row in rows:
                    try:
                        decide = rng.choice((reviewer.accept, reviewer.reject))
                        change = decide(row["id"], expected_version=row["version"])
                        if change.version != row["version"]:  # else it was so already
                            changes[row["id"]] = changes.get(row["id"], 0) + 1
                    except ConflictError:
                        conflicts += 1
        except UserError as exc:
            errors.append(str(exc))
    library.close()
    print(json.dumps({"changes": changes, "imported": imported, "conflicts": conflicts,
                      "errors": errors}))


def load(address: str, writers: int, seconds: float) -> dict:
    """Run the desks at once; what they committed against what the library holds."""
    import psycopg

    with tempfile.TemporaryDirectory() as tmp, psycopg.connect(address) as db:
        versions_before = dict(db.execute("SELECT id, version FROM facts").fetchall())
        desks = [subprocess.Popen([sys.executable, __file__, "--desk", address, str(seconds),
                                   str(seed + 1), tmp], stdout=subprocess.PIPE, text=True)
                 for seed in range(writers)]
        results = [json.loads(desk.communicate(timeout=seconds + 300)[0].splitlines()[-1])
                   for desk in desks]
        versions = dict(db.execute("SELECT id, version FROM facts").fetchall())
        miscounted = db.execute(
            "SELECT count(*) FROM documents d WHERE figures != (SELECT count(*) FROM facts f "
            "WHERE f.document_id = d.id AND review != 'rejected') OR to_review != (SELECT "
            "count(*) FROM facts f WHERE f.document_id = d.id AND review = 'proposed')"
        ).fetchone()[0]
        dangling = db.execute("SELECT count(*) FROM facts f LEFT JOIN documents d ON "
                              "d.id = f.document_id WHERE d.id IS NULL").fetchone()[0]
        held = {row[0] for row in db.execute("SELECT id FROM documents")}
    committed: dict[int, int] = {}
    for result in results:
        for fact_id, count in result["changes"].items():
            committed[int(fact_id)] = committed.get(int(fact_id), 0) + count
    lost = sum(1 for fact_id, count in committed.items()
               if versions.get(fact_id, 0) - versions_before.get(fact_id, 0) != count)
    imports = [i for result in results for i in result["imported"]]
    return {"decisions": sum(committed.values()), "lost": lost,
            "imports": len(imports), "imports lost": len(set(imports) - held),
            "conflicts": sum(r["conflicts"] for r in results),
            "errors": [e for r in results for e in r["errors"]],
            "miscounted reports": miscounted, "dangling figures": dangling}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--writers", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--keep", type=Path, metavar="FILE",
                        help="the large library as a file, made there when missing")
    parser.add_argument("--desk", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.desk:
        address, seconds, seed, folder = args.desk
        writer(address, float(seconds), int(seed), Path(folder))
        return
    cluster = Path(tempfile.mkdtemp(prefix="gannan-bench-pg-"))
    server = start(cluster).rsplit("/", 1)[0]
    try:
        with tempfile.TemporaryDirectory() as tmp:
            small, large = Path(tmp) / "one.db", args.keep or Path(tmp) / "many.db"
            make_library(small, 1)
            if not large.exists():
                make_library(large, args.reports)
            started = time.perf_counter()
            one, many = on_server(small, server, "one"), on_server(large, server, "many")
            print(f"copied to the server in {time.perf_counter() - started:.1f} s")
        first, most = measure(one, args.runs), measure(many, args.runs)
        print(f"window on a server library of {most['reports']} reports against one of "
              f"{first['reports']}: median of {args.runs} runs")
        print(f"{'step':34} {'block ms':>9} {'(1 report)':>11} {'round trips':>12}")
        for step in STEPS:
            block = statistics.median(most["blocks"][step])
            small_block = statistics.median(first["blocks"][step])
            trips = max(most["round_trips"][step])
            print(f"{step:34} {block:9.1f} {small_block:11.1f} {trips:12d}"
                  + ("   over 100 ms" if block > 100 else ""))
        print(f"memory: {most['rss_mb']:.0f} MB against {first['rss_mb']:.0f} MB "
              f"({most['rss_mb'] - first['rss_mb']:+.0f} MB)")
        if args.writers:
            print(f"{args.writers} desks importing and reviewing for {args.seconds:.0f} s…")
            outcome = load(many, args.writers, args.seconds)
            print(json.dumps(outcome, ensure_ascii=False, indent=1))
    finally:
        stop(cluster)
        os.sync()


if __name__ == "__main__":
    main()
