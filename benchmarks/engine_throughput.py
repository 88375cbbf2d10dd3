"""Throughput of the engine: single process vs a local Dask cluster, and the merge step.

Runs, as a user would (each a fresh `quotes` process, model loading included):
(a) `quotes extract --output` in one process;
(a') the same in a pool of N local processes;
(b) the same on a local Dask cluster (`--engine dask --workers N`, one thread each), cluster start included;
(c) `quotes load` of (b)'s results into a new database (the single-writer merge step);
(d) `quotes add` of the same articles, for reference (extraction and storing in one process);
and checks that (c) and (d) hold the same rows.  Prints a Markdown table row per step, with the
CPU seconds of the whole process tree (workers included), which tells contention on a shared machine.
Run it on a frozen checkout (`git archive HEAD`, PYTHONPATH pointing at it) when others edit the tree.

    python benchmarks/engine_throughput.py [--input ../shared/bench/polnear-train.jsonl] [--limit 400] [--workers 2]
"""
from __future__ import annotations

import argparse
import json
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_INPUT = Path(__file__).resolve().parents[2] / "shared" / "bench" / "polnear-train.jsonl"
SAMPLES = Path(__file__).resolve().parents[1] / "quotes" / "samples"
QUOTES = str(Path(sys.executable).with_name("quotes"))


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(*args: str) -> tuple[float, float]:
    """Wall and CPU seconds one `quotes` command takes (it must succeed)."""
    start, cpu = time.perf_counter(), _cpu()
    subprocess.run([QUOTES, *args], check=True, capture_output=True, text=True)
    return time.perf_counter() - start, _cpu() - cpu


def rows(db: Path) -> dict[str, list]:
    conn = sqlite3.connect(db)
    return {t: conn.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in ("quotes", "speakers")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", type=Path, default=DEFAULT_INPUT if DEFAULT_INPUT.exists() else SAMPLES)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--partition-size", type=int, default=50)
    parser.add_argument("--limit", type=int, help="Only the first N lines of a JSON Lines input.")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="engine-bench-"))
    src, size = str(args.input), str(args.partition_size)
    if args.limit:
        src = str(work / "input.jsonl")
        Path(src).write_text("".join(args.input.open(encoding="utf-8").readlines()[:args.limit]), encoding="utf-8")
    seconds = {
        "(a) extract, 1 process": timed("extract", src, "--workers", "1", "--partition-size", size,
                                        "--output", str(work / "a")),
        f"(a') extract, {args.workers} local processes": timed(
            "extract", src, "--workers", str(args.workers), "--partition-size", size, "--output", str(work / "a2")),
        f"(b) extract, Dask {args.workers} workers": timed(
            "extract", src, "--engine", "dask", "--workers", str(args.workers), "--partition-size", size,
            "--output", str(work / "b")),
        "(c) load (merge)": timed("load", str(work / "b"), "--db", str(work / "loaded.db")),
        "(d) add, 1 process": timed("add", src, "--workers", "1", "--db", str(work / "added.db")),
    }
    manifest = json.loads((work / "b" / "manifest.json").read_text())
    words = sum(len(json.loads(line)["article"]["text"].split())
                for part in sorted((work / "b").glob("part-*.jsonl")) for line in part.open(encoding="utf-8"))
    same = rows(work / "loaded.db") == rows(work / "added.db")
    print(f"{manifest['articles']} articles, {words:,} words, {manifest['quotes']:,} quotations; "
          f"load == add: {same}\n")
    print("| step | wall s | CPU s | articles/s | words/s |\n|---|---|---|---|---|")
    for step, (wall, cpu) in seconds.items():
        print(f"| {step} | {wall:.1f} | {cpu:.1f} | {manifest['articles'] / wall:.1f} | {words / wall:,.0f} |")


if __name__ == "__main__":
    main()
