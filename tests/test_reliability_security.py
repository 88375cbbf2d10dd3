"""What an article can do to the site that serves it, and to the machine that reads it: nothing.

An article carries markup, event handlers and `javascript:` / `data:` URLs in every field;
every page must show them as text, no link may carry them, and no script may run in a real
browser.  Reading never opens a path or fetches a URL found in an article.
"""
from __future__ import annotations

import http.server
import json
import re
import sqlite3
import threading
from pathlib import Path

import pytest
from conftest import build_db, quotes_server

from quotes.cli.web import build_datasette, read_metadata, serve

PAYLOAD = "<script>window.xss=1</script><img src=x onerror=window.xss=2><svg onload=window.xss=3>"
HOSTILE = {
    "title": f"Harbour deal {PAYLOAD}",
    "outlet": "Herald <a href='javascript:window.xss=4'>x</a>",
    "author": "<iframe src='javascript:window.xss=5'></iframe>",
    "url": "javascript:window.xss=6",
    "published": "2025-03-16",
    "text": ("The harbour deal was signed on Tuesday after a long night of talks.\n"
             f"\u201cWe wrote {PAYLOAD} and </mark></p><script>window.xss=7</script> into the contract,\u201d "
             "said Ada <b onmouseover=window.xss=8>Lind</b>.\n"
             "\u201cClick <a href=\"javascript:window.xss=9\">here</a> and data:text/html,<script>window.xss=10"
             "</script> will not run,\u201d the port authority said in a statement."),
}
OTHER_URLS = ["data:text/html,<script>window.xss=11</script>", "file:///etc/passwd", "vbscript:msgbox(1)"]


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory, spacy_model) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    lines = [HOSTILE] + [{**HOSTILE, "url": url, "title": f"Variant {n}", "text": HOSTILE["text"] + f" ({n})"}
                         for n, url in enumerate(OTHER_URLS)]
    (folder / "hostile.jsonl").write_text("".join(json.dumps(a) + "\n" for a in lines), encoding="utf-8")
    return build_db(folder / "quotes.db", folder / "hostile.jsonl")


def page_paths(db: Path) -> list[str]:
    """Every kind of page a visitor can reach that shows article-derived text."""
    conn = sqlite3.connect(db)
    articles = [r for (r,) in conn.execute("SELECT id FROM articles")]
    quote_ids = [r for (r,) in conn.execute("SELECT id FROM quotes")]
    speakers = [r for (r,) in conn.execute("SELECT id FROM speakers")]
    queries = read_metadata()["databases"]["quotes"]["queries"]
    params = {"words": "contract", "speaker": "Lind", "min_outlets": "1", "since": "2000-01-01", "kind": "person"}
    paths = [f"/quotes/-/article/{a}" for a in articles] + [f"/quotes/-/quote/{q}" for q in quote_ids]
    paths += [f"/quotes/articles/{a}" for a in articles] + [f"/quotes/speakers/{s}" for s in speakers]
    paths += ["/", "/quotes/-/who-said?q=contract"] + [f"/quotes/-/speaker/{s}" for s in speakers]
    paths += [f"/quotes/{table}" for table in ("articles", "quotes", "appearances", "speakers", "speaker_aliases",
                                              "quote_appearances")]
    paths += ["/quotes/quote_appearances?_search=contract", "/quotes/articles?_search=harbour",
              "/quotes/quote_appearances?_facet=outlet&_facet=speaker"]
    paths += [f"/quotes/{name}?" + "&".join(f"{p}={params[p]}" for p in re.findall(r":(\w+)", q["sql"]))
              for name, q in queries.items()]
    return paths


LINK = re.compile(r"""\b(?:href|src|action|formaction)\s*=\s*["']?\s*(?:javascript|data|vbscript|file):""", re.I)
LIVE_MARKUP = re.compile(r"<(?:script>window|img src=x|svg onload|iframe|b onmouseover|a href=.javascript)", re.I)


async def test_every_page_shows_article_markup_as_text_and_links_nothing_dangerous(hostile_db):
    ds = build_datasette(str(hostile_db))
    for path in page_paths(hostile_db):
        response = await ds.client.get(path)
        assert response.status_code == 200, path
        html = response.text
        assert not LINK.search(html), (path, LINK.search(html))
        assert not LIVE_MARKUP.search(html), (path, LIVE_MARKUP.search(html))
    article = (await ds.client.get("/quotes/-/article/1")).text
    assert "&lt;script&gt;window.xss=1&lt;/script&gt;" in article  # shown, not dropped
    conn = sqlite3.connect(hostile_db)
    feeds = [f"/quotes/-/speaker/{s}.atom" for (s,) in conn.execute("SELECT id FROM speakers")]
    for path in feeds + ["/quotes/-/search.atom?q=contract", "/quotes/-/search.atom?q=script+window"]:
        response = await ds.client.get(path)
        assert response.status_code == 200 and "<entry>" in response.text, path
        assert not LINK.search(response.text) and not LIVE_MARKUP.search(response.text), path


def test_only_web_addresses_are_stored_as_urls(hostile_db):
    assert sqlite3.connect(hostile_db).execute("SELECT url FROM articles").fetchall() == [(None,)] * 4


def test_no_canned_query_writes_and_serve_listens_on_localhost_by_default():
    queries = read_metadata()["databases"]["quotes"]["queries"]
    assert queries and not any(q.get("write") for q in queries.values())
    assert all(not re.search(r"\b(insert|update|delete|drop|alter|attach|pragma)\b", q["sql"], re.I)
               for q in queries.values())
    assert {p.name: p.default for p in serve.params}["host"] == "127.0.0.1"


class _Counting(http.server.BaseHTTPRequestHandler):
    requests: list[str] = []

    def do_GET(self):  # noqa: N802 (the http.server API)
        _Counting.requests.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"<html><body><p>FETCHED CONTENT that must never be stored.</p></body></html>")

    def log_message(self, *args):
        pass


def test_urls_in_an_html_page_are_stored_never_fetched(tmp_path, spacy_model):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Counting)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    page = tmp_path / "page.html"
    page.write_text(
        f'<html><head><title>Ferry returns</title><link rel="canonical" href="{base}/canonical">'
        f'<meta property="og:image" content="{base}/image.png"><link rel="stylesheet" href="{base}/style.css">'
        f'<script src="{base}/script.js"></script></head><body><article><h1>Ferry returns</h1>'
        f'<p>\u201cThe ferry will run again from Friday morning and every day after that,\u201d harbour master '
        f'Ola Berg said on Monday.</p><img src="{base}/photo.jpg"><iframe src="{base}/frame"></iframe>'
        f'<p>Crews had been idle for three weeks <a href="{base}/more">while the pier was repaired</a>.</p>'
        f'</article></body></html>', encoding="utf-8")
    try:
        db = build_db(tmp_path / "q.db", page)
    finally:
        server.shutdown()
    assert _Counting.requests == []
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT url FROM articles").fetchone()[0] == f"{base}/canonical"
    assert "FETCHED" not in "\n".join(conn.iterdump())


@pytest.mark.browser
def test_no_script_from_an_article_runs_in_a_browser(hostile_db):
    chromium = Path("/usr/bin/chromium")
    if not chromium.exists():
        pytest.skip("Debian's chromium is not installed (`make browser` installs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright, quotes_server(hostile_db) as (url, _):
        browser = playwright.chromium.launch(executable_path=str(chromium), args=["--headless", "--no-sandbox"])
        page = browser.new_page()
        dialogs = []
        page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        page.add_init_script("window.xss = 'untouched'")
        for path in page_paths(hostile_db):
            page.goto(url + path)
            title = page.title()
            page.evaluate("""for (const e of document.querySelectorAll('*'))  // any inline handler would fire
                                 for (const kind of ['mouseover', 'focus', 'click'])
                                     if (kind !== 'click' || !e.closest('a, form, button, input'))
                                         e.dispatchEvent(new MouseEvent(kind, {bubbles: false}))""")
            assert page.evaluate("window.xss") == "untouched", path
            assert page.title() == title, path
        browser.close()
    assert dialogs == []
