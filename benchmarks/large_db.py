"""Browsing and adding on a large database: Datasette in process and the CLI, p50/p95 of each question.

Builds the database with generate_db.py (1,000,000 appearances by default) unless --db
names one, then measures full-text search on the main view, the main view with the
speaker facet and a search, the *who said these words?* canned query, `quotes who-said`
with a reworded quotation, the front pages (home, speaker pages, the speaker and words Atom
feeds), and adding articles to it against adding them to an empty database.  Prints EXPLAIN QUERY PLAN of the main queries.

    python benchmarks/large_db.py [--db big.db | --appearances 1000000]
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import sqlite3
import tempfile
from pathlib import Path

import numpy as np
from click.testing import CliRunner
from common import QUOTES, articles, percentile, run_measured, timed
from datasette.utils import escape_fts
from generate_db import Words, generate

from quotes.cli import main as cli
from quotes.cli.web import build_datasette

#: Search words are drawn from these frequency ranks of the news vocabulary (common to rare).
RANKS = (100, 300, 1_000, 3_000, 10_000)
REPEATS = 4


def search_terms(seed: int = 1) -> list[str]:
    vocab = Words(np.random.default_rng(seed)).vocab
    return [str(vocab[r + i]) for r in RANKS for i in range(REPEATS)]


def sample_quotes(conn: sqlite3.Connection, n: int = 20) -> list[str]:
    """Quotations of at least eight words, spread over the table."""
    top = conn.execute("SELECT max(id) FROM quotes").fetchone()[0]
    out = []
    for i in range(n):
        row = conn.execute("SELECT text FROM quotes WHERE id >= ? AND length(text) - length(replace(text, ' ', '')) >= 7 "
                           "ORDER BY id LIMIT 1", (1 + i * top // n,)).fetchone()
        out.append(row[0])
    return out


def sample_speakers(conn: sqlite3.Connection, n: int = 20) -> list[int]:
    """The most printed speakers (the slowest pages) and as many spread over the table."""
    top = [r[0] for r in conn.execute("SELECT id FROM speakers ORDER BY appearance_count DESC LIMIT ?", (n // 2,))]
    last = conn.execute("SELECT max(id) FROM speakers").fetchone()[0]
    return top + [1 + i * last // (n - n // 2) for i in range(n - n // 2)]


def reworded(text: str) -> str:
    """A slightly different wording: the second word dropped, the fourth changed."""
    ws = text.split()
    ws[3] = "really"
    return " ".join(ws[:1] + ws[2:])


async def _pages(db: Path, paths: list[str]) -> tuple[list[float], list[dict]]:
    ds = build_datasette(str(db))
    await ds.invoke_startup()
    await ds.client.get("/quotes")  # warm the connection and the schema cache
    seconds, bodies = [], []
    for path in paths:
        took, response = await _get(ds, path)
        assert response.status_code == 200, (path, response.status_code)
        seconds.append(took)
        if path.split("?")[0].endswith(".json"):
            bodies.append(response.json())
    return seconds, bodies


async def _get(ds, path: str):
    import time

    start = time.perf_counter()
    response = await ds.client.get(path)
    return time.perf_counter() - start, response


def pages(db: Path, paths: list[str]) -> tuple[list[float], list[dict]]:
    """Seconds each Datasette page took, and the JSON bodies of .json pages."""
    return asyncio.run(_pages(db, paths))


def plan(conn: sqlite3.Connection, sql: str, params) -> str:
    rows = conn.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
    return "\n".join(f"    {r[3]}" for r in rows)


def stat(values: list[float]) -> str:
    return f"p50 {percentile(values, 50) * 1000:7.1f} ms   p95 {percentile(values, 95) * 1000:7.1f} ms"


def measure_add(big: Path, empty: Path, n: int = 5) -> dict:
    """Adding articles to the big database and to an empty one: `quotes add` wall time of one
    article, and the database-writing seconds of n articles (from `quotes add --json`)."""
    sample = articles()[:n]
    out = {}
    for name, db in (("empty", empty), ("big", big)):
        files = []
        for i, article in enumerate(sample):
            path = empty.parent / f"{name}-{i}.jsonl"
            path.write_text(json.dumps({"text": article["text"], "title": article.get("title"),
                                        "url": f"https://bench.example/{article['id']}"}) + "\n")
            files.append(path)
        wall, _, done = run_measured([QUOTES, "add", "--db", str(db), "--json", "--workers", "1", str(files[0])])
        writing = [json.loads(done.stdout)["seconds"]["writing"]]
        _, _, done = run_measured([QUOTES, "add", "--db", str(db), "--json", "--workers", "1", *map(str, files[1:])])
        summary = json.loads(done.stdout)
        writing.append(summary["seconds"]["writing"])
        out[name] = {"wall": wall, "writing": sum(writing), "added": summary["added"] + 1}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing large database (it gets the benchmark's articles added)")
    parser.add_argument("--appearances", type=int, default=1_000_000)
    parser.add_argument("--json", type=Path, help="also write the figures to this file")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="quotes-bench-"))
    db = args.db
    if db is None:
        db = work / "big.db"
        took, built = timed(lambda: generate(db, args.appearances))
        print(f"generated {db}: {built['counts']} in {took:.0f} s ({built['bytes'] / 2**30:.2f} GB); "
              f"stages {', '.join(f'{k} {v:.0f} s' for k, v in built['seconds'].items())}")
    conn = sqlite3.connect(db)
    conn.create_function("escape_fts", 1, escape_fts)  # as Datasette does, for its queries' plans
    terms = search_terms()
    quotes = sample_quotes(conn)
    phrases = [" ".join(q.split()[2:5]) for q in quotes]

    search_s, search_json = pages(db, [f"/quotes/quote_appearances.json?_search={t}&_nofacet=1" for t in terms])
    search_html, _ = pages(db, [f"/quotes/quote_appearances?_search={t}&_nofacet=1" for t in terms])
    facet_s, _ = pages(db, [f"/quotes/quote_appearances?_search={t}&_facet=speaker" for t in terms])
    _, facet_json = pages(db, [f"/quotes/quote_appearances.json?_search={t}&_facet=speaker" for t in terms])
    who_s, who_json = pages(db, [f"/quotes/who_said.json?words={p}" for p in phrases])
    speakers = sample_speakers(conn)
    home_s, _ = pages(db, ["/"] * 10)
    speaker_s, _ = pages(db, [f"/quotes/-/speaker/{i}" for i in speakers])
    speaker_feed_s, _ = pages(db, [f"/quotes/-/speaker/{i}.atom" for i in speakers])
    words_feed_s, _ = pages(db, [f"/quotes/-/search.atom?q={t}" for t in terms])
    runner = CliRunner()
    cli_s, found = [], 0
    for q in quotes:
        took, result = timed(lambda: runner.invoke(cli, ["who-said", "--db", str(db), "--json", reworded(q)]))
        cli_s.append(took)
        found += any(hit["text"] == q for hit in json.loads(result.stdout))
    timed_out = sum(len(body.get("facets_timed_out", [])) for body in facet_json)
    matches = [body["filtered_table_rows_count"] for body in search_json]

    figures = {
        "search": search_s, "search_html": search_html, "faceted": facet_s, "who_said": who_s, "cli_who_said": cli_s,
        "home": home_s, "speaker_page": speaker_s, "speaker_feed": speaker_feed_s, "words_feed": words_feed_s}
    print(f"\n{len(terms)} searches (words of frequency ranks {', '.join(map(str, RANKS))}; "
          f"{min(matches):,} to {max(matches):,} matching appearances)")
    print(f"  search, main view (.json, rows + count)       {stat(search_s)}")
    print(f"  search, main view (HTML page)                 {stat(search_html)}")
    print(f"  search + every facet + speaker (HTML page)    {stat(facet_s)}   facets timed out: {timed_out}")
    print(f"  who_said canned query (3-word phrase, .json)  {stat(who_s)}")
    print(f"  quotes who-said, reworded quotation (CLI)     {stat(cli_s)}   found the quote: {found}/{len(quotes)}")
    print(f"  home page                                     {stat(home_s)}")
    print(f"  speaker page (10 most printed, 10 spread)     {stat(speaker_s)}")
    print(f"  speaker Atom feed                             {stat(speaker_feed_s)}")
    print(f"  words Atom feed (the search words)            {stat(words_feed_s)}")
    empty = work / "empty" / "quotes.db"
    empty.parent.mkdir()
    os.sync()  # the database was just written: else the first checkpoint's sync waits for all of it to reach the disk
    adds = measure_add(Path(db), empty)
    print(f"  add: one article, `quotes add` wall: empty {adds['empty']['wall']:.2f} s, big {adds['big']['wall']:.2f} s "
          f"({adds['big']['wall'] / adds['empty']['wall']:.2f}x)")
    print(f"  add: database writes of {adds['big']['added']} articles: empty {adds['empty']['writing']:.3f} s, "
          f"big {adds['big']['writing']:.3f} s ({adds['big']['writing'] / adds['empty']['writing']:.2f}x)")

    query = search_json[0]["query"]
    print(f"\nEXPLAIN QUERY PLAN, search '{terms[0]}':\n{plan(conn, query['sql'], query['params'])}")
    who = who_json[0]["query"]
    print(f"EXPLAIN QUERY PLAN, who_said:\n{plan(conn, who['sql'], who['params'])}")
    conn.close()
    shutil.rmtree(work)  # the generated database is over a gigabyte
    if args.json:
        args.json.write_text(json.dumps({"times": figures, "facets_timed_out": timed_out, "cli_found": found,
                                         "cli_total": len(quotes), "add": adds, "matches": matches}))


if __name__ == "__main__":
    main()
