"""Bulk ingest on all cores: `quotes add` of 1,000 articles with --workers N against one worker.

Each run is a fresh database and a separate process, as a user runs it; the figures are
its wall time, the seconds spent writing the database (from `quotes add --json`) and the
peak memory of the whole process tree (parent and workers together).

    python benchmarks/ingest.py [--articles 1000] [--workers N]
"""
from __future__ import annotations

import argparse
import json
import sqlite3
import tempfile
from pathlib import Path

from common import QUOTES, articles, mb, run_measured, take, words

from quotes.engine.runner import default_workers


def write_articles(path: Path, n: int) -> int:
    """n distinct articles as JSON Lines (repeats of the corpus get a line that makes their text new)."""
    corpus = articles()
    chosen = take(corpus, n)
    with path.open("w", encoding="utf-8") as out:
        for i, a in enumerate(chosen):
            text = a["text"] + (f"\n(Reprinted, copy {i}.)" if i >= len(corpus) else "")
            out.write(json.dumps({"text": text, "title": a.get("title"), "outlet": a.get("publisher"),
                                  "url": f"https://bench.example/{i}"}) + "\n")
    return words(a["text"] for a in chosen)


def rows(db: Path) -> dict:
    conn = sqlite3.connect(db)
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "quotes", "appearances")}


def ingest(n_articles: int, workers: int) -> dict:
    work = Path(tempfile.mkdtemp(prefix="quotes-ingest-"))
    feed = work / "feed.jsonl"
    n_words = write_articles(feed, n_articles)
    runs = {}
    for n in sorted({1, workers}):
        db = work / f"workers-{n}.db"
        wall, peak, done = run_measured([QUOTES, "add", "--db", str(db), "--json", "--workers", str(n), str(feed)])
        summary = json.loads(done.stdout)
        runs[n] = {"wall": wall, "peak": peak, "writing": summary["seconds"]["writing"], "rows": rows(db)}
    return {"articles": n_articles, "words": n_words, "runs": runs}


def report(result: dict) -> None:
    runs = result["runs"]
    one, many = runs[min(runs)], runs[max(runs)]
    print(f"{result['articles']} articles, {result['words']:,} words")
    print(f"{'workers':>8}{'wall s':>9}{'articles/s':>12}{'words/s':>10}{'writing s':>11}{'writing %':>11}{'peak RSS':>11}")
    for n, r in sorted(runs.items()):
        print(f"{n:>8}{r['wall']:9.1f}{result['articles'] / r['wall']:12.2f}{result['words'] / r['wall']:10.0f}"
              f"{r['writing']:11.1f}{100 * r['writing'] / r['wall']:10.1f}%{mb(r['peak']):>11}")
    print(f"speed-up {max(runs)} workers / 1: {one['wall'] / many['wall']:.2f}x; "
          f"same rows: {one['rows'] == many['rows']} ({one['rows']})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=default_workers())
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    result = ingest(args.articles, args.workers)
    report(result)
    if args.json:
        args.json.write_text(json.dumps(result))


if __name__ == "__main__":
    main()
