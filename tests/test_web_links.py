"""Article links on evidence pages are web addresses only, whatever a database holds."""
from __future__ import annotations

import shutil
import sqlite3

from quotes.cli.web import build_datasette
from quotes.web.text import web_url


def test_web_url_keeps_only_http_and_https():
    assert web_url("https://example.org/a") == "https://example.org/a"
    assert web_url("HTTP://example.org") == "HTTP://example.org"
    for bad in ("javascript:alert(1)", " javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", None, ""):
        assert web_url(bad) == ""


async def test_a_javascript_url_put_in_the_database_is_not_linked(demo_db, tmp_path):
    db = tmp_path / "quotes.db"
    shutil.copy(demo_db, db)
    with sqlite3.connect(db) as conn:  # a database filled some other way than `quotes add`
        article_id, quote_id = conn.execute("SELECT article_id, quote_id FROM appearances LIMIT 1").fetchone()
        conn.execute("UPDATE articles SET url = 'javascript:alert(1)' WHERE id = ?", (article_id,))
    site = build_datasette(str(db))
    for path in (f"/quotes/-/article/{article_id}", f"/quotes/-/quote/{quote_id}"):
        page = await site.client.get(path)
        assert page.status_code == 200
        assert "javascript:alert(1)" not in page.text and "original article" not in page.text
