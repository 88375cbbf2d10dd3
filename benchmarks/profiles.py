"""Where the time goes, by pyinstrument: extraction of benchmark articles, or storing them.

    python benchmarks/profiles.py extraction [--articles 40]
    python benchmarks/profiles.py store --db big.db [--articles 20]

`extraction` profiles quotes' extraction (spaCy's pipes show up by name under
`Language.pipe`). `store` extracts the articles first (not profiled), then profiles
writing them into a copy of `--db` (a database from generate_db.py, say), so the
database itself is left as it was.  Prints pyinstrument's call tree and the wall time.
"""
from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import time
from pathlib import Path

from common import articles
from pyinstrument import Profiler

from quotes.engine.road import quotations
from quotes.ingest.articles import prepare
from quotes.ingest.sources import Source


def prepared(n: int) -> list:
    """The first `n` benchmark articles, read and cleaned as `quotes add` does."""
    return [prepare(Source(text=a["text"], title=a.get("title"), url=f"https://bench.example/{a['id']}",
                           origin=f"bench:{a['id']}")) for a in articles()[:n]]


def profiled(run) -> float:
    """Run under pyinstrument, print the call tree; the seconds it took."""
    profiler = Profiler(interval=0.001)
    start = time.perf_counter()
    profiler.start()
    run()
    profiler.stop()
    took = time.perf_counter() - start
    print(profiler.output_text(unicode=False, color=False))
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("what", choices=["extraction", "store"])
    parser.add_argument("--articles", type=int, default=20)
    parser.add_argument("--db", type=Path, help="for `store`: the database to write into a copy of (default: a new one)")
    args = parser.parse_args()
    todo = prepared(args.articles)
    if args.what == "extraction":
        quotations(todo[:2])  # load the model outside the profile
        took = profiled(lambda: quotations(todo))
        print(f"extraction of {len(todo)} articles: {took:.2f} s")
        return
    from quotes.store.articles import store_all
    from quotes.store.db import connect

    pairs = list(zip(todo, quotations(todo)))
    work = Path(tempfile.mkdtemp(prefix="quotes-profile-"))
    db = work / "quotes.db"
    if args.db:
        shutil.copy(args.db, db)
        os.sync()  # else the first checkpoint's sync waits for the whole fresh copy to reach the disk
    conn = connect(str(db))
    took = profiled(lambda: list(store_all(conn, pairs)))  # as `quotes add` writes
    print(f"storing {len(pairs)} articles ({sum(len(q) for _, q in pairs)} quotations) into "
          f"{args.db or 'a new database'}: {took:.2f} s, {1000 * took / len(pairs):.1f} ms per article")
    conn.close()
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
