"""`quotes watch`: follow feeds, adding their new items round after round."""
from __future__ import annotations

import sys

import click
import regex

from ..errors import QuotesError
from .options import db_option, open_db

_DURATION = regex.compile(r"\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h)?\s*", regex.I)
_UNIT = {None: 1, "s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600}


def seconds(value: str) -> float:
    """A duration like 15m, 30s, 1h or 0.5 (seconds) in seconds."""
    match = _DURATION.fullmatch(value)
    if not match or float(match.group(1)) <= 0:
        raise click.BadParameter(f"{value!r} is not a duration like 15m, 30s, 1h or 0.5 (seconds)")
    return float(match.group(1)) * _UNIT[(match.group(2) or "").lower() or None]


@click.command()
@click.argument("feeds", nargs=-1, required=True, metavar="FEED...")
@db_option
@click.option("--every", default="15m", show_default=True, metavar="DURATION",
              help="Time between the starts of two rounds: 15m, 30s, 1h, or seconds (0.5).")
@click.option("--rounds", type=click.IntRange(1), metavar="N", help="Stop after N rounds (default: go on until stopped).")
@click.option("--timeout", type=click.FloatRange(0, min_open=True), default=30.0, show_default=True, metavar="SECONDS",
              help="Time a feed or page may take to arrive, whole.")
def watch(feeds, db_path, every, rounds, timeout):
    """Follow RSS or Atom feeds (files or http(s) addresses), adding each new item as it appears.

    Each round reads every feed, adds the items not added before (reading an
    item's link when it holds no full text) and prints one line.  A feed or page
    that fails is reported on stderr and tried again next round; an article the
    extractor fails on is reported once and not tried again.  Ctrl-C or
    SIGTERM stops it cleanly after the article being written: every article is
    stored whole or not at all.

    \b
    Examples:
      quotes watch https://example.com/news.rss --every 15m
      quotes watch feeds/herald.xml https://example.com/atom --every 1h --db news.db
    """
    import signal

    from ..extract.model import model_name

    interval = seconds(every)
    model_name()  # no model: stop before anything is created
    stop = _Stop()
    previous = {signum: signal.signal(signum, stop.ask) for signum in (signal.SIGINT, signal.SIGTERM)}
    try:
        _follow(feeds, db_path, interval, rounds, timeout, stop)
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
        stop.close()


class _Stop:
    """Whether Ctrl-C or SIGTERM asked the watch to stop, and a wait between rounds that a stop ends.

    The signal handler only sets a flag and writes a byte to a pipe the wait selects on: safe wherever the main
    thread is when the signal comes (a threading.Event set from a handler can deadlock on its own lock, when the
    signal lands while the main thread holds it inside Event.wait)."""

    def __init__(self):
        import os

        self.asked = False
        self._read, self._write = os.pipe()

    def ask(self, signum, frame) -> None:
        import os

        self.asked = True
        os.write(self._write, b"!")

    def is_set(self) -> bool:
        return self.asked

    def wait(self, seconds: float) -> None:
        import select

        if not self.asked:
            select.select([self._read], [], [], seconds)

    def close(self) -> None:
        import os

        os.close(self._read)
        os.close(self._write)


def _follow(feeds, db_path, interval, rounds, timeout, stop) -> None:
    import functools
    import os
    import time

    from ..engine.road import BATCH, articles, kept, quotations
    from ..extract.model import load as load_model
    from ..ingest.feeds import Watcher
    from ..ingest.fetch import fetch
    from ..store.articles import store_many

    load_model()
    conn = open_db(db_path, create=True) if os.path.exists(db_path) else None
    known = {r[0] for r in conn.execute("SELECT url FROM articles WHERE url IS NOT NULL")} if conn else set()
    watcher = Watcher(list(feeds), fetcher=functools.partial(fetch, timeout=timeout), known=known)

    def report(err: QuotesError) -> None:
        click.echo(f"Error: {err}", err=True)

    number = 0
    while not stop.is_set() and (rounds is None or number < rounds):
        number += 1
        started = time.monotonic()
        found, feeds_failed = watcher.round(report, stop.is_set)
        done = {"add": 0, "update": 0, "skip": 0}
        ready = articles([f.source for f in found], report)
        unstored = set()
        for start in range(0, len(ready), BATCH):
            if stop.is_set():  # what is not stored is read again next time
                unstored = {id(source) for source, _ in ready[start:]}
                break
            part = [article for _, article in ready[start:start + BATCH]]
            extracted = quotations(part)
            if conn is None:
                conn = open_db(db_path, create=True)
            for plan in store_many(conn, list(kept(zip(part, extracted), report, name=lambda article: article.origin))):
                done[plan.action] += 1
        for item in found:  # stored, or refused for good (no article text)
            if id(item.source) not in unstored:
                watcher.seen(item)
        click.echo(f"round {number} at {time.strftime('%H:%M:%S')}: {done['add']} new articles, "
                   f"{done['update']} updated, {done['skip']} already stored; "
                   f"{feeds_failed} of {len(feeds)} feeds failed")
        sys.stdout.flush()
        if rounds is not None and number >= rounds:
            break
        stop.wait(max(interval - (time.monotonic() - started), 0))
    click.echo(f"stopped after round {number}.")
