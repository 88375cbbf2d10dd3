"""`quotes add` of web pages and feeds, and `quotes watch`, against a real HTTP server on 127.0.0.1."""
from __future__ import annotations

import sqlite3

import pytest
from webserver import Reply, Site, article_page, rss

PARAGRAPHS = ("\u201cThe harbour will reopen on Monday morning,\u201d said harbour master Ada Lind on Friday.",
              "Ships waiting outside the breakwater were told to keep their positions until the weekend.")


@pytest.fixture
def site():
    server = Site().start()
    yield server
    server.release.set()
    server.stop()


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
