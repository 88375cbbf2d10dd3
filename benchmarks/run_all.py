"""`make bench`: benchmarks 1-4 in one go, each script's own output kept, and a table of
the figures against the issue's targets written to benchmarks/results.md.

    python benchmarks/run_all.py [--output benchmarks/results.md]
"""
from __future__ import annotations

import argparse
import datetime
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import BENCH, ROOT, percentile

HERE = Path(__file__).resolve().parent


def script(name: str, *args: str) -> str:
    """Run a benchmark script, echo and return its output."""
    print(f"== {name} {' '.join(args)}", flush=True)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, str(HERE / name), *args], capture_output=True, text=True, cwd=HERE)
    out = done.stdout + (f"\nfailed: {done.stderr[-1500:]}" if done.returncode else "")
    print(out + f"({time.perf_counter() - start:.0f} s)\n", flush=True)
    return out


def row(figure: str, value: str, target: str, met: bool | None) -> str:
    return f"| {figure} | {value} | {target} | {'yes' if met else 'no' if met is not None else '-'} |"


def targets(extraction: str, ingest: dict, large: dict, scaling: list[dict]) -> list[str]:
    ratios = dict(re.findall(r"ratio \((\w)\)/\(a\): ([\d.]+)x", extraction))
    f1 = dict(re.findall(r"\((\w)\) on .*end-to-end F1 ([\d.]+)", extraction))
    runs = {int(k): v for k, v in ingest["runs"].items()}
    one, many = runs[1], runs[max(runs)]
    t = large["times"]
    ms = {k: (percentile(v, 50) * 1000, percentile(v, 95) * 1000) for k, v in t.items()}
    add = large["add"]
    by_size = sorted((r["words"], r["seconds"] / r["words"]) for r in scaling if "error" not in r)
    per_word = [cost for _, cost in by_size]
    # Quadratic work shows as seconds per word growing with the input; a fixed start-up cost makes the
    # smallest inputs the slowest per word instead, which is no sign of it.
    growth = max(later / earlier for i, earlier in enumerate(per_word) for later in per_word[i + 1:])
    lines = ["| figure | measured | target | met |", "|---|---|---|---|",
             *(row(f"1. extraction {label} ({key})/(a), one core", f"{float(ratios[key]):.2f}x"
                   + (f" (dev end-to-end F1 {f1[key]})" if key in f1 else ""), ">= 1.5x" if key == "b" else "-",
                   float(ratios[key]) >= 1.5 if key == "b" else None)
               for key, label in (("b", "default"), ("c", "QUOTES_PARSE=quoted"), ("d", "QUOTES_PARSE=all"))
               if key in ratios),
             *(row("1. of which doing less, (b)/(a') (both on numpy products)", f"{float(less):.2f}x", "-", None)
               for less in re.findall(r"doing less alone: ([\d.]+)x", extraction)),
             *(row("1. of which numpy products, (a')/(a)", f"{float(arith):.2f}x", "-", None)
               for arith in re.findall(r"numpy products alone: ([\d.]+)x", extraction)),
             row(f"2. ingest speed-up, {max(runs)} workers / 1", f"{one['wall'] / many['wall']:.2f}x "
                 f"({one['wall']:.0f} s -> {many['wall']:.0f} s, {ingest['articles']} articles)", ">= 1.8x",
                 one["wall"] / many["wall"] >= 1.8),
             row("2. database writes share of the run", f"{100 * many['writing'] / many['wall']:.1f} % "
                 f"({max(runs)} workers), {100 * one['writing'] / one['wall']:.1f} % (1)", "<= 10 %",
                 many["writing"] / many["wall"] <= 0.10),
             row("2. peak memory, whole run", f"{many['peak'] / 2**20:,.0f} MB ({max(runs)} workers)", "< 1.5 GB",
                 many["peak"] < 1.5 * 2**30),
             row("3. search on the main view, p50 / p95", "%.0f / %.0f ms" % ms["search"], "p95 < 100 ms",
                 ms["search"][1] < 100),
             row("3. search + speaker facet (HTML page), p50 / p95", "%.0f / %.0f ms" % ms["faceted"], "< 1 s",
                 ms["faceted"][1] < 1000),
             row("3. who_said canned query, p50 / p95", "%.0f / %.0f ms" % ms["who_said"], "< 500 ms",
                 ms["who_said"][1] < 500),
             row("3. `quotes who-said`, reworded, p50 / p95", "%.0f / %.0f ms (%d/%d found)" % (
                 *ms["cli_who_said"], large["cli_found"], large["cli_total"]), "< 500 ms", ms["cli_who_said"][1] < 500),
             *(row(f"3. {label}, p50 / p95", "%.0f / %.0f ms" % ms[key], "p95 < 500 ms", ms[key][1] < 500)
               for key, label in (("home", "home page"), ("speaker_page", "speaker page"),
                                  ("speaker_feed", "speaker Atom feed"), ("words_feed", "words Atom feed"))
               if key in ms),
             row("3. add one article, big / empty (`quotes add` wall)",
                 f"{add['big']['wall'] / add['empty']['wall']:.2f}x", "<= 1.5x",
                 add["big"]["wall"] / add["empty"]["wall"] <= 1.5),
             row("3. database writes of the added articles, big / empty",
                 f"{add['big']['writing'] / add['empty']['writing']:.1f}x "
                 f"({add['big']['writing']:.2f} s / {add['empty']['writing']:.2f} s)", "<= 1.5x",
                 add["big"]["writing"] / add["empty"]["writing"] <= 1.5),
             row("4. linear: most seconds per word grow from a smaller input to a larger one",
                 f"{growth:.2f}x (slowest / fastest per word {max(per_word) / min(per_word):.1f}x)"
                 + ("; " + "; ".join(f"{r['case']}: {r['error']}" for r in scaling if "error" in r)
                    if any("error" in r for r in scaling) else ""), "<= 1.5x, all cases finish",
                 growth <= 1.5 and all("error" not in r for r in scaling)),
             *(row(f"4. peak memory, {r['case'].replace('long:', 'one article of ')} words", f"{r['peak'] / 2**20:,.0f} MB",
                   "-", None) for r in scaling if r["case"].startswith("long:") and "error" not in r)]
    return lines


def commit() -> str:
    done = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT)
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], capture_output=True,
                           text=True, cwd=ROOT).stdout.strip()
    return done.stdout.strip() + (" (with uncommitted changes)" if dirty else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=HERE / "results.md")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="quotes-bench-"))
    started = time.perf_counter()
    gold = BENCH / "polnear-dev.jsonl"
    outputs = {
        "1. extraction vs. the spaCy limit": script("extraction_speed.py", "--gold", str(gold), "--rounds", "3"),
        "2. bulk ingest": script("ingest.py", "--json", str(work / "ingest.json")),
        "3. a large database": script("large_db.py", "--json", str(work / "large.json")),
        "4. scaling": script("scaling.py", "--json", str(work / "scaling.json")),
    }
    minutes = (time.perf_counter() - started) / 60
    print(f"work files in {work}", flush=True)
    table = targets(outputs["1. extraction vs. the spaCy limit"], json.loads((work / "ingest.json").read_text()),
                    json.loads((work / "large.json").read_text()), json.loads((work / "scaling.json").read_text()))
    text = ["# Benchmark results", "",
            f"{datetime.date.today().isoformat()}, commit {commit()}, {len(os.sched_getaffinity(0))} cores, "
            f"{minutes:.1f} minutes in all.", "", *table, ""]
    for title, out in outputs.items():
        text += [f"## {title}", "", "```", out.rstrip(), "```", ""]
    args.output.write_text("\n".join(text), encoding="utf-8")
    print("\n".join(table))
    print(f"written to {args.output}")


if __name__ == "__main__":
    main()
