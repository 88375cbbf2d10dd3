"""`quotes add` of web pages and feeds, and `quotes watch`, against a real HTTP server on 127.0.0.1."""
from __future__ import annotations

import sqlite3

from webserver import Reply, article_page, rss

PARAGRAPHS = ("\u201cThe harbour will reopen on Monday morning,\u201d said harbour master Ada Lind on Friday.",
              "Ships waiting outside the breakwater were told to keep their positions until the weekend.")



def rows(db, sql="SELECT url, title, origin FROM articles ORDER BY id"):
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_add_a_url_stores_the_final_url_and_when_it_was_fetched(run, site, tmp_path):
    site.routes["/story"] = Reply(article_page("Harbour to reopen", *PARAGRAPHS).encode(),
                                  headers={"Date": "Mon, 03 Mar 2025 10:00:00 GMT"})
    site.routes["/short"] = Reply(b"", status=301, headers={"Location": "/story"})
    db = tmp_path / "q.db"
    result = run("add", site.url("/short"), site.url("/missing"), "--db", db, "--workers", 1, "--timeout", 5)
    assert result.exit_code == 1
    assert result.stderr.strip() == f"Error: {site.url('/missing')}: HTTP 404 Not Found"
    [(url, title, origin)] = rows(db)
    assert (url, title) == (site.url("/story"), "Harbour to reopen")
    assert origin.startswith(f"{site.url('/short')} -> {site.url('/story')} (fetched ")
    assert origin.endswith(", HTTP date 2025-03-03T10:00:00+00:00)")
    assert rows(db, "SELECT text FROM appearances")[0][0] == "The harbour will reopen on Monday morning,"


def test_add_of_only_failing_urls_creates_no_database(run, site, tmp_path):
    db = tmp_path / "q.db"
    result = run("add", site.url("/missing"), "--db", db, "--workers", 1)
    assert result.exit_code == 1 and "HTTP 404" in result.stderr
    assert not db.exists()


def test_add_a_feed_adds_one_article_per_item(run, site, tmp_path):
    site.routes["/page"] = Reply(article_page("From the page", PARAGRAPHS[0].replace("Monday", "Tuesday"),
                                              PARAGRAPHS[1]).encode())
    site.routes["/feed.rss"] = Reply(rss(
        {"title": "Full text", "guid": "a", "link": "https://gazette.example/a", "author": "Jo Bloggs",
         "date": "Mon, 03 Mar 2025 10:00:00 GMT", "content": "".join(f"<p>{p}</p>" for p in PARAGRAPHS)},
        {"title": "Teaser only", "link": site.url("/page"), "description": "Read on."}),
        content_type="application/rss+xml")
    db = tmp_path / "q.db"
    result = run("add", site.url("/feed.rss"), "--db", db, "--workers", 1)
    assert result.exit_code == 0, result.output
    assert rows(db, "SELECT title, url, outlet, author, published FROM articles ORDER BY id") == [
        ("Full text", "https://gazette.example/a", "The Harbour Gazette", "Jo Bloggs", "2025-03-03"),
        ("Teaser only", site.url("/page"), "The Harbour Gazette", None, None)]
    assert rows(db, "SELECT count(*) FROM appearances") == [(2,)]


def story(n: int) -> dict:
    """Feed item n, its full text holding one quotation of its own."""
    return {"title": f"Story {n}", "guid": f"story-{n}", "link": f"https://gazette.example/{n}",
            "content": f"<p>\u201cWe will open berth {n} on Monday,\u201d said harbour master Ada Lind.</p>"}


def versions(*replies):
    """A route answering each request with the next reply (the last one over and over)."""
    served = []

    def answer(handler):
        reply = replies[min(len(served), len(replies) - 1)]
        served.append(reply)
        handler.send_response(reply.status)
        handler.send_header("Content-Type", reply.content_type)
        handler.send_header("Content-Length", str(len(reply.body)))
        handler.end_headers()
        handler.wfile.write(reply.body)
    return answer


def test_watch_adds_only_what_is_new_and_survives_failures(run, site, tmp_path):
    site.routes["/feed"] = versions(
        Reply(rss(story(1), story(2)), content_type="application/rss+xml"),
        Reply(b"down for maintenance", status=503),
        Reply(rss(story(1), story(2), story(3), {"title": "Linked", "guid": "l", "link": site.url("/late")}),
              content_type="application/rss+xml"),
        Reply(rss(story(2), story(3), story(4), {"title": "Linked", "guid": "l", "link": site.url("/late")}),
              content_type="application/rss+xml"))
    site.routes["/late"] = versions(Reply(b"", status=500), Reply(article_page("Late page", *PARAGRAPHS).encode()))
    db = tmp_path / "q.db"
    result = run("watch", site.url("/feed"), "--db", db, "--every", "0.05", "--rounds", 4, "--timeout", 5)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert [line.split(": ", 1)[1] for line in lines[:4]] == [
        "2 new articles, 0 updated, 0 already stored; 0 of 1 feeds failed",
        "0 new articles, 0 updated, 0 already stored; 1 of 1 feeds failed",
        "1 new articles, 0 updated, 0 already stored; 0 of 1 feeds failed",
        "2 new articles, 0 updated, 0 already stored; 0 of 1 feeds failed"]
    assert lines[4] == "stopped after round 4."
    assert result.stderr.splitlines() == [
        f"Error: {site.url('/feed')}: HTTP 503 Service Unavailable (tried again next round)",
        f"Error: {site.url('/feed')}: item {site.url('/late')}: HTTP 500 Internal Server Error (tried again next round)"]
    assert rows(db, "SELECT title FROM articles ORDER BY id") == [
        ("Story 1",), ("Story 2",), ("Story 3",), ("Story 4",), ("Linked",)]
    assert rows(db, "SELECT count(*) FROM appearances") == [(5,)]
    # A new watch knows what the database holds: nothing is read or added twice.
    site.hits.clear()
    result = run("watch", site.url("/feed"), "--db", db, "--rounds", 1)
    assert result.stdout.splitlines()[0].endswith(": 0 new articles, 0 updated, 0 already stored; 0 of 1 feeds failed")
    assert site.hits == ["/feed"]


class Lines:
    """The lines a process prints, read by a thread, waited on by condition (never by sleeping)."""

    def __init__(self, stream):
        import queue
        import threading

        self.seen: list[str] = []
        self._queue = queue.Queue()
        self._reader = threading.Thread(target=lambda: [self._queue.put(line.rstrip("\n")) for line in stream],
                                        daemon=True)
        self._reader.start()

    def all(self) -> list[str]:
        """Every line, once the process has ended and its stream closed."""
        self._reader.join(timeout=30)
        while not self._queue.empty():
            self.seen.append(self._queue.get())
        return self.seen

    def wait_for(self, condition, timeout: float = 120) -> str:
        import queue
        import time

        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self._queue.get(timeout=max(deadline - time.monotonic(), 0.01))
            except queue.Empty:
                raise AssertionError(f"no line came that fits; the lines so far: {self.seen}") from None
            self.seen.append(line)
            if condition(line):
                return line


def test_watch_follows_a_changing_feed_through_an_outage_and_stops_cleanly_on_sigterm(nlp, site, tmp_path):
    import os
    import signal
    import subprocess
    import sys
    from pathlib import Path

    feed = [story(1), story(2)]
    site.routes["/feed"] = lambda handler: _serve(handler, rss(*feed))
    db = tmp_path / "q.db"
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")]))}
    process = subprocess.Popen([sys.executable, "-c", "from quotes.cli import main; main()", "watch", site.url("/feed"),
                                "--db", str(db), "--every", "0.2", "--timeout", "2"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    out, err = Lines(process.stdout), Lines(process.stderr)
    try:
        out.wait_for(lambda line: line.startswith("round 1 ") and ": 2 new articles" in line)
        feed.append(story(3))
        out.wait_for(lambda line: ": 1 new articles" in line)
        site.stop()
        out.wait_for(lambda line: "1 of 1 feeds failed" in line)
        err.wait_for(lambda line: "was refused (tried again next round)" in line)
        feed.append(story(4))
        site.start()
        out.wait_for(lambda line: ": 1 new articles" in line and "0 of 1 feeds failed" in line)
        out.wait_for(lambda line: ": 0 new articles" in line and "0 of 1 feeds failed" in line)  # a quiet round after
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=60) == 0
        assert out.wait_for(lambda line: line.startswith("stopped")).startswith("stopped after round ")
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("SELECT title FROM articles ORDER BY id").fetchall() == [(f"Story {n}",) for n in range(1, 5)]
    assert conn.execute("SELECT count(*) FROM appearances").fetchone() == (4,)
    assert not [line for line in out.all() + err.all() if not line.startswith(("round ", "stopped", "Error: "))]
    conn.close()


def _serve(handler, body: bytes) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "application/rss+xml")
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def test_watch_stops_cleanly_on_ctrl_c(nlp, site, tmp_path):
    import os
    import signal
    import subprocess
    import sys
    from pathlib import Path

    site.routes["/feed"] = Reply(rss(story(1)), content_type="application/rss+xml")
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")]))}
    process = subprocess.Popen([sys.executable, "-c", "from quotes.cli import main; main()", "watch", site.url("/feed"),
                                "--db", str(tmp_path / "q.db"), "--every", "1h"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    out, err = Lines(process.stdout), Lines(process.stderr)
    try:
        out.wait_for(lambda line: line.startswith("round 1 ") and ": 1 new articles" in line)
        process.send_signal(signal.SIGINT)  # waiting for the next round, an hour away
        assert process.wait(timeout=60) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert out.all()[-1] == "stopped after round 1." and err.all() == []


def test_watch_creates_no_database_while_nothing_is_added(run, site, tmp_path):
    db = tmp_path / "q.db"
    result = run("watch", site.url("/no-feed"), "--db", db, "--every", "0.01", "--rounds", 2)
    assert result.exit_code == 0
    assert result.stderr.count("HTTP 404 Not Found (tried again next round)") == 2
    assert not db.exists()


def test_sigterm_in_the_middle_of_a_round_leaves_whole_articles_and_the_next_watch_adds_the_rest(nlp, site, tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import threading
    from pathlib import Path

    served = threading.Event()
    body = rss(*(story(n) for n in range(1, 41)))

    def feed(handler):
        _serve(handler, body)
        served.set()

    site.routes["/feed"] = feed
    db = tmp_path / "q.db"
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(root), os.environ.get("PYTHONPATH")]))}
    command = [sys.executable, "-c", "from quotes.cli import main; main()", "watch", site.url("/feed"), "--db", str(db)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert served.wait(120), process.stderr.read() if process.poll() is not None else "the feed was never read"
        process.send_signal(signal.SIGTERM)  # while its 40 articles are being parsed and stored
        assert process.wait(timeout=120) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    conn = sqlite3.connect(db) if db.exists() else None
    stored = conn.execute("SELECT count(*) FROM articles").fetchone()[0] if conn else 0
    if conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        # each article whole: its one quotation is there with it
        assert conn.execute("SELECT count(*) FROM articles WHERE id NOT IN (SELECT article_id FROM appearances)"
                            ).fetchone() == (0,)
        conn.close()
    assert stored < 40
    done = subprocess.run(command + ["--rounds", "1"], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert f": {40 - stored} new articles, 0 updated, 0 already stored" in done.stdout
    assert rows(db, "SELECT count(DISTINCT url), count(*), (SELECT count(*) FROM appearances) FROM articles") == \
        [(40, 40, 40)]


def test_a_signal_during_the_wait_between_rounds_ends_it():
    """The watch's stop: a signal handled at any point of the main thread (here in the middle of the wait) ends the
    wait at once; an Event set from the handler could deadlock on the lock Event.wait holds."""
    import signal
    import time

    from quotes.cli.watch import _Stop

    stop = _Stop()
    previous = signal.signal(signal.SIGALRM, stop.ask)
    try:
        signal.setitimer(signal.ITIMER_REAL, 0.05)
        started = time.monotonic()
        stop.wait(60)
        assert stop.is_set() and time.monotonic() - started < 60  # ended by the stop, not by its timeout
        started = time.monotonic()
        stop.wait(60)
        assert time.monotonic() - started < 60  # a stop already asked: no wait
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        stop.close()
