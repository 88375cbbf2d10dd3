"""The site under a hostile visitor: huge values, malformed addresses, writing methods, odd custom
queries and an article with thousands of quotations all answer quickly, in bounded memory, without a 500."""
from __future__ import annotations

import asyncio
import resource
import shutil
import sqlite3
import time
import urllib.error
import urllib.request
from urllib.parse import quote

import pytest
from conftest import quotes_server

from quotes.cli.web import build_datasette
from quotes.web.text import Span, highlight_paragraphs

#: SQL that would make one huge value (a gigabyte) if nothing capped it.
HUGE = ["select randomblob(1000000000)", "select zeroblob(1000000000)",
        "select length(replace(hex(zeroblob(100000000)), '0', 'xxxxxxxxxx'))"]
#: Addresses and requests that used to answer 500, with the status they must answer now.
MALFORMED = [("GET", "/quotes/-/quote/-1", 404), ("GET", "/quotes/-/quote/abc", 404),
             ("GET", "/quotes/-/article/1e5", 404), ("GET", "/quotes/-/speaker/99999999999999999999999", 404),
             ("GET", "/quotes/-/speaker/abc.atom", 404), ("GET", "/-/static-plugins/quotes/plugin.py", 404),
             ("GET", "/quotes/-/search.atom", 400), ("POST", "/quotes/who_said", 405),
             ("POST", "/quotes/quote_appearances", 405),
             ("GET", "/quotes?sql=" + quote("select 'abc' as quote_id, 'x' as quote, 'y' as speaker"), 403)]


async def test_a_custom_query_with_text_ids_is_shown_unlinked(demo_db):
    site = build_datasette(str(demo_db), allow_sql=True)
    sql = "select 'abc' as quote_id, 'x' as quote, 'y' as speaker, 'z' as speaker_id"
    response = await site.client.get("/quotes?sql=" + quote(sql))
    assert response.status_code == 200 and '<td class="col-quote">x</td>' in response.text
    assert '<td class="col-speaker">y</td>' in response.text


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@pytest.fixture
def site(demo_db):
    return build_datasette(str(demo_db))


async def test_arbitrary_sql_is_refused_unless_asked_for(site):
    """printf('%.*c', 1000000000, 'x') holds a CPU for 9 s inside one SQLite call, out of the time limit's reach."""
    for sql in [*HUGE, "select printf('%.*c', 1000000000, 'x')"]:
        start = time.perf_counter()
        assert (await site.client.get(f"/quotes.json?sql={quote(sql)}")).status_code == 403
        assert time.perf_counter() - start < 0.5
    assert (await site.client.get("/quotes/quote_appearances?_where=" + quote("length(randomblob(1e9))"))).status_code == 403
    assert (await site.client.get("/quotes/who_said.json?words=power+vacuum")).status_code == 200


async def test_huge_values_are_refused_at_once_in_bounded_memory(demo_db):
    site = build_datasette(str(demo_db), allow_sql=True)
    await site.invoke_startup()
    before = peak_rss_mb()
    for sql in HUGE:
        start = time.perf_counter()
        response = await site.client.get(f"/quotes.json?sql={quote(sql)}")
        assert response.status_code == 400 and "too big" in response.json()["error"], sql
        assert time.perf_counter() - start < 1.0, sql
    start = time.perf_counter()
    three = await asyncio.gather(*(site.client.get(f"/quotes.json?sql={quote(HUGE[0])}") for _ in range(3)))
    assert [r.status_code for r in three] == [400] * 3 and time.perf_counter() - start < 2.0
    assert peak_rss_mb() - before < 100


async def test_article_text_still_fits_under_the_cap(demo_db):
    sql = quote("select max(length(text)) as n from articles")
    response = await build_datasette(str(demo_db), allow_sql=True).client.get(f"/quotes.json?sql={sql}&_shape=array")
    assert response.status_code == 200 and response.json()[0]["n"] > 1000


@pytest.mark.parametrize(("method", "path", "status"), MALFORMED)
async def test_malformed_requests_answer_4xx_quickly(site, method, path, status):
    start = time.perf_counter()
    response = await site.client.request(method, path)
    assert response.status_code == status, response.text[:300]
    assert time.perf_counter() - start < 0.5


def test_errors_cost_one_short_log_line_at_most(demo_db):
    """`rich` (brought by spaCy) printed each error's traceback with its locals: 20 KB of log and up to a second."""
    with quotes_server(demo_db) as (url, log):
        size = log.stat().st_size
        for method, path, status in MALFORMED:
            request = urllib.request.Request(url + path, method=method, data=b"" if method == "POST" else None)
            start = time.perf_counter()
            try:
                with urllib.request.urlopen(request, timeout=10) as response:
                    got = response.status
            except urllib.error.HTTPError as error:
                got = error.code
            assert got == status and time.perf_counter() - start < 0.5, path
        assert log.stat().st_size - size < 200 * len(MALFORMED)
        assert "Traceback" not in log.read_text()


def _article(n: int) -> tuple[str, list[Span], list]:
    """An article of n paragraphs, each a quotation with its speaker and cue."""
    line = "“We will not move,” Ada Lind said."
    text = "\n".join([line] * n)
    spans, notes = [], []
    for i in range(n):
        at = i * (len(line) + 1)
        spans += [Span(at + 1, at + 17, "quote"), Span(at + 19, at + 27, "speaker"), Span(at + 28, at + 32, "cue")]
        notes.append((at + 18, "[Ada Lind]"))
    return text, spans, notes


def _seconds(n: int) -> float:
    text, spans, notes = _article(n)
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        body = highlight_paragraphs(text, spans, notes)
        best = min(best, time.perf_counter() - start)
    assert len(body) == n and body[-1].count("<mark") == 3
    return best


def test_an_article_with_thousands_of_quotations_is_highlighted_in_linear_time():
    """It took 1.0 s for 2,000 quotations and 8.5 s for 6,000 when every paragraph scanned every span."""
    small, large = _seconds(2000), _seconds(6000)
    assert large < 1.0 and large / small < 5


def _with_long_article(demo_db, folder, n: int):
    """A copy of the demo database with one more article printing n quotations, written straight into SQLite."""
    db = folder / f"long-{n}.db"
    shutil.copy(demo_db, db)
    line = "“We will not move,” Ada Lind said."
    with sqlite3.connect(db) as conn:
        article_id = conn.execute(
            "insert into articles (title, outlet, published, added, text, content_hash) values (?, ?, ?, ?, ?, ?)",
            ["Long", "Wire", "2025-03-20", "2025-03-20T00:00:00+00:00", "\n".join([line] * n), f"long-{n}"]).lastrowid
        for i in range(n):
            at = i * (len(line) + 1)
            quote_id = conn.execute("insert into quotes (text, normalized) values (?, ?)",
                                    ["We will not move,", f"we will not move {i}"]).lastrowid
            conn.execute('insert into appearances (quote_id, article_id, start, "end", text, speaker_start, speaker_end, '
                         "cue, cue_start, cue_end, method, confidence) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         [quote_id, article_id, at + 1, at + 18, "We will not move,", at + 20, at + 28,
                          "said", at + 29, at + 33, "governing verb", 0.95])
    return db, article_id


async def test_an_article_page_with_thousands_of_quotations_answers_in_linear_time(demo_db, tmp_path):
    """The article page took 1.0 s with 2,000 quotations and 8.5 s with 6,000."""
    seconds = {}
    for n in (2000, 6000):
        db, article_id = _with_long_article(demo_db, tmp_path, n)
        site = build_datasette(str(db))
        await site.client.get(f"/quotes/-/article/{article_id}")  # opens the connection
        start = time.perf_counter()
        response = await site.client.get(f"/quotes/-/article/{article_id}")
        seconds[n] = time.perf_counter() - start
        assert response.status_code == 200 and response.text.count('class="attribution"') == n
    assert seconds[6000] < 2.0 and seconds[6000] / seconds[2000] < 5, seconds
