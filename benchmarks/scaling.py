"""Scaling curve: extraction time and peak memory for 1, 10, 100 and 1,000 articles and single
long articles (5,000 and 200,000 words), each in a fresh process (model loading not counted in the time).
Linear means words/s stays flat from row to row.

    python benchmarks/scaling.py [--sizes 1 10 100 1000] [--long-words 5000 200000] [--timeout 900]
"""
from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

from common import articles, mb, take, words


def texts_for(case: str) -> list[str]:
    """The texts of a case: "N" articles, or "long:W" one article of W words made of consecutive articles."""
    if not case.startswith("long:"):
        return [a["text"] for a in take(articles(), int(case))]
    target, parts = int(case.split(":")[1]), []
    for a in take(articles(), 10**6):
        parts.append(a["text"])
        if words(parts) >= target:
            return ["\n".join(parts)]
    raise AssertionError("unreachable")


def measure(case: str) -> dict:
    """In this process: load the model, extract the case's texts; seconds, words, quotes, peak RSS."""
    from quotes.extract import extract_many
    from quotes.extract import model as nlp_module

    texts = texts_for(case)
    nlp = nlp_module.load()
    nlp.max_length = max(nlp.max_length, *(len(t) + 1 for t in texts))
    start = time.perf_counter()
    found = sum(len(q) for q in extract_many(texts, nlp=nlp))
    seconds = time.perf_counter() - start
    return {"case": case, "texts": len(texts), "words": words(texts), "quotes": found, "seconds": seconds,
            "peak": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024}


def run(cases: list[str], timeout: float) -> list[dict]:
    out = []
    for case in cases:
        try:
            done = subprocess.run([sys.executable, __file__, "--one", case], capture_output=True, text=True,
                                  check=False, timeout=timeout)
        except subprocess.TimeoutExpired:
            out.append({"case": case, "error": f"not finished after {timeout:.0f} s"})
            continue
        if done.returncode:
            out.append({"case": case, "error": done.stderr.strip().splitlines()[-1]})
        else:
            out.append(json.loads(done.stdout))
    return out


def report(results: list[dict]) -> None:
    print(f"{'input':<22}{'words':>9}{'quotes':>8}{'seconds':>9}{'words/s':>9}{'peak RSS':>10}")
    for r in results:
        label = f"{r['case']} articles" if not r["case"].startswith("long:") else f"one article of {r['case'][5:]} words"
        if "error" in r:
            print(f"{label:<22} failed: {r['error']}")
            continue
        print(f"{label:<22}{r['words']:9,}{r['quotes']:8}{r['seconds']:9.2f}{r['words'] / r['seconds']:9.0f}"
              f"{mb(r['peak']):>10}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", default=["1", "10", "100", "1000"])
    parser.add_argument("--long-words", type=int, nargs="+", default=[5_000, 200_000])
    parser.add_argument("--timeout", type=float, default=900, help="seconds after which a case is given up")
    parser.add_argument("--one", help=argparse.SUPPRESS)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    if args.one:
        print(json.dumps(measure(args.one)))
        return
    results = run([*args.sizes, *(f"long:{w}" for w in args.long_words)], args.timeout)
    report(results)
    if args.json:
        args.json.write_text(json.dumps(results))


if __name__ == "__main__":
    main()
