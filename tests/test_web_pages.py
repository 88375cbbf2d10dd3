"""The front pages on the sample articles, through Datasette's in-process client: home, who said,
speaker pages with their timeline, Atom feeds, word diffs, the browsing table and canned queries."""
from __future__ import annotations

import re
import shutil
import sqlite3
import sys
import xml.etree.ElementTree as ET

import pytest
from conftest import XSS_ARTICLE

from quotes.cli.web import build_datasette

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def site(demo_db):
    return build_datasette(str(demo_db))


async def html_of(ds, path: str) -> str:
    response = await ds.client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    assert "text/html" in response.headers["content-type"]
    return response.text


async def feed_of(ds, path: str) -> ET.Element:
    response = await ds.client.get(path)
    assert response.status_code == 200, path
    assert response.headers["content-type"].startswith("application/atom+xml")
    return ET.fromstring(response.content)


def speaker_id(db, name: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute("select id from speakers where name = ?", [name]).fetchone()[0]


async def test_home_says_what_the_database_holds_and_asks_who_said(site, demo_db):
    html = await html_of(site, "/")
    with sqlite3.connect(demo_db) as conn:
        quotes, articles = conn.execute("select (select count(*) from quotes), (select count(*) from articles)").fetchone()
    assert f"{quotes} quotations" in html and f"in {articles} articles" in html and "from 3 outlets" in html
    assert "2025-03-03</span> to <span class=\"date\">2025-03-14" in html
    assert '<form class="who-said" action="/quotes/-/who-said"' in html
    latest = re.search(r"<h2>Latest quotations</h2>(.*?)</ul>", html, re.S)[1]
    assert latest.count("<li>") == 10 and "2025-03-14" in latest and "2025-03-03" not in latest
    assert re.search(r'last 7 days</h2>\s*<ol class="ranking">\s*<li><a class="speaker" href="/quotes/-/speaker/\d+">', html)
    assert "Most quoted, last 30 days" in html
    assert 'href="/quotes/quote_appearances?outlet=Coastline+Wire"' in html
    assert "`" not in html and "rows in" not in html


async def test_a_datasette_without_a_quotes_database_keeps_its_index(tmp_path):
    from datasette.app import Datasette

    sqlite3.connect(tmp_path / "other.db").execute("create table t (x)")
    html = await html_of(Datasette([str(tmp_path / "other.db")]), "/")
    assert "other" in html and "Who said" not in html


async def test_the_index_stays_available_as_json(site):
    response = await site.client.get("/.json")
    assert response.status_code == 200 and "quotes" in response.json()


async def test_who_said_finds_a_reworded_quotation_like_the_command(site):
    html = await html_of(site, "/quotes/-/who-said?q=the+minister+departure+leaves+a+vacuum")
    assert re.search(r'<a class="words" href="/quotes/-/quote/\d+">“The minister&#39;s departure leaves a power vacuum', html)
    assert re.search(r'<a class="speaker" href="/quotes/-/speaker/\d+">Marek Sobczak</a>', html)
    assert '<link rel="alternate" type="application/atom+xml"' in html
    html = await html_of(site, "/quotes/-/who-said?q=%22%22")
    assert "give some words" in html


async def test_who_said_without_the_quotes_package_asks_the_canned_query(site, monkeypatch):
    monkeypatch.setitem(sys.modules, "quotes.store.queries", None)  # a published plugin folder has no package
    response = await site.client.get("/quotes/-/who-said?q=power+vacuum")
    assert response.status_code == 302 and response.headers["location"] == "/quotes/who_said?words=power+vacuum"


async def test_speaker_page_lists_quotations_newest_first_with_a_timeline(site, demo_db):
    sid = speaker_id(demo_db, "Rafael Ortega")
    html = await html_of(site, f"/quotes/-/speaker/{sid}")
    assert "<h1>Rafael Ortega</h1>" in html and "person, union leader" in html
    assert "“Ortega”" in html  # the alias as written
    dates = re.findall(r'<span class="date">(\d{4}-\d\d-\d\d)</span>', html.split("Quotations, newest first")[1])
    assert len(dates) == 13 and dates == sorted(dates, reverse=True)
    assert "no speaker found" not in html.split("Quotations, newest first")[1]  # they are all his
    svg = re.search(r"<svg class=\"chart\".*?</svg>", html, re.S)[0]
    assert '<title id="chart-title">Quotations of Rafael Ortega, by outlet</title>' in svg
    assert "13 quotations from 2025-03-03 to 2025-03-10, counted per week" in svg  # the text alternative
    assert '<text class="tick x"' in svg and "quotations per week" in svg and svg.count("<rect") >= 4
    assert {"The Brennport Herald", "Coastline Wire", "Lorvania Today"} <= set(re.findall(r'</span>([^<]+)</li>', html))
    assert (f'<link rel="alternate" type="application/atom+xml" title="New quotations of Rafael Ortega" '
            f'href="/quotes/-/speaker/{sid}.atom">') in html
    assert f'<input type="hidden" name="speaker_id" value="{sid}">' in html  # search within them


async def test_speaker_page_shows_wordings_and_attributions_that_differ(site, demo_db):
    html = await html_of(site, f"/quotes/-/speaker/{speaker_id(demo_db, 'Rafael Ortega')}")
    assert '<del class="diff">crisis,</del> <ins class="diff">mess,</ins>' in html
    assert '<del class="diff">could</del> <ins class="diff">would</ins>' in html
    html = await html_of(site, f"/quotes/-/speaker/{speaker_id(demo_db, 'Ilse Marquardt')}")
    assert "Attributed differently" in html
    assert re.search(r'elsewhere attributed to <a href="/quotes/-/speaker/\d+">Elena Varis</a>', html)


async def test_atom_feeds_of_a_speaker_and_of_words(site, demo_db):
    sid = speaker_id(demo_db, "Marek Sobczak")
    feed = await feed_of(site, f"/quotes/-/speaker/{sid}.atom")
    assert feed.find(f"{ATOM}title").text == "Quotations of Marek Sobczak"
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 6 and len({e.find(f"{ATOM}id").text for e in entries}) == 6
    assert all(e.find(f"{ATOM}author/{ATOM}name").text == "Marek Sobczak" for e in entries)
    assert all(re.fullmatch(r"http://localhost/quotes/-/quote/\d+", e.find(f"{ATOM}link").get("href")) for e in entries)
    feed = await feed_of(site, "/quotes/-/search.atom?q=power+vacuum")
    titles = [e.find(f"{ATOM}title").text for e in feed.findall(f"{ATOM}entry")]
    assert len(titles) == 2 and all(t.startswith("Marek Sobczak: “The minister's departure") for t in titles)
    assert (await site.client.get("/quotes/-/search.atom?q=%22*")).status_code == 400
    empty = await feed_of(site, "/quotes/-/search.atom?q=NEAR+OR+AND")
    assert empty.findall(f"{ATOM}entry") == [] and empty.find(f"{ATOM}updated").text == "1970-01-01T00:00:00Z"


async def test_quote_page_shows_the_variant_as_a_coloured_diff(site, demo_db):
    with sqlite3.connect(demo_db) as conn:
        (variant,) = conn.execute("select id from quotes where variant_diff like '%{+mess,+}%'").fetchone()
    html = await html_of(site, f"/quotes/-/quote/{variant}")
    assert ('<p class="word-diff variant">We will not be the ones who pay for this '
            '<del class="diff">crisis,</del> <ins class="diff">mess,</ins></p>') in html
    assert "[-" not in html and "{+" not in html


async def test_a_low_confidence_attribution_says_check_this(demo_db, tmp_path):
    db = tmp_path / "quotes.db"
    shutil.copy(demo_db, db)
    with sqlite3.connect(db) as conn:
        (quote_id, article_id), = conn.execute(
            "select quote_id, article_id from appearances where cue = 'pledged' and text like 'keep every%'")
        conn.execute("update appearances set confidence = 0.4 where quote_id = ?", [quote_id])
    ds = build_datasette(str(db))
    html = await html_of(ds, f"/quotes/-/quote/{quote_id}")
    assert "check this attribution" in html and "0.40 (low)" in html
    assert '<span class="check">check this</span></a>' in await html_of(ds, f"/quotes/-/article/{article_id}")
    assert "check this" not in await html_of(ds, f"/quotes/-/quote/{quote_id + 1}")


async def test_browsing_table_shows_the_quotation_first_newest_published_ids_only_in_data(site):
    html = await html_of(site, "/quotes/quote_appearances")
    headers = re.findall(r'<th class="col-([a-z_]+)"', html)
    assert headers == ["quote", "speaker", "outlet", "published", "title", "confidence"]
    first_row = re.search(r"<tbody>\s*<tr>(.*?)</tr>", html, re.S)[1]
    assert re.search(r'<td class="col-speaker[^"]*"><a class="speaker" href="/quotes/-/speaker/\d+">', first_row)
    assert "2025-03-16" in first_row or "2025-03-14" in first_row
    data = (await site.client.get("/quotes/quote_appearances.json?_shape=objects&_size=3")).json()
    assert {"appearance_id", "quote_id", "speaker_id"} <= set(data["rows"][0])
    assert [r["published"] for r in data["rows"]] == sorted((r["published"] for r in data["rows"]), reverse=True)
    assert 'href="/quotes/quote_appearances?_facet=cue"' in html  # the other facets a click away


async def test_canned_queries_hide_their_sql_and_diffs_are_marked(site):
    html = await html_of(site, "/quotes/wording_differs")
    above_the_rows = html.split("</h1>")[1].split('<div class="table-wrapper">')[0]
    assert "<textarea" not in above_the_rows and "<pre" not in above_the_rows and "_show_sql=1" in above_the_rows
    assert '<del class="diff">crisis,</del> <ins class="diff">mess,</ins>' in html and "[-crisis" not in html
    assert re.search(r'<a class="speaker" href="/quotes/-/speaker/\d+">Rafael Ortega</a>', html)
    assert '/-/quotes.css' in html


async def test_new_pages_and_feeds_show_article_markup_as_text(xss_db):
    ds = build_datasette(str(xss_db))
    sid = speaker_id(xss_db, "Erik Vale")
    for path in ["/", f"/quotes/-/speaker/{sid}", "/quotes/-/who-said?q=put+script+front+page"]:
        html = await html_of(ds, path)
        assert "window.hacked=1&lt;/script&gt;" in html, path
        assert "<script>window" not in html and "<img src=x" not in html, path
    for path in [f"/quotes/-/speaker/{sid}.atom", "/quotes/-/search.atom?q=front+page"]:
        feed = await feed_of(ds, path)  # parses: markup in the text is escaped, not elements
        (entry,) = feed.findall(f"{ATOM}entry")
        assert "<script>window.hacked=1</script>" in entry.find(f"{ATOM}summary").text
        assert entry.find(f"{ATOM}summary").get("type") == "text"
    assert XSS_ARTICLE["outlet"] in await html_of(ds, "/")


async def test_bidirectional_overrides_never_reach_a_page(demo_db, tmp_path):
    db = tmp_path / "quotes.db"
    shutil.copy(demo_db, db)
    spoof = "exe.\u202etxt"
    with sqlite3.connect(db) as conn:
        (quote_id, article_id, sid), = conn.execute(
            "select q.id, q.first_article_id, q.speaker_id from quotes q where q.speaker_id is not null limit 1")
        conn.execute("update quotes set text = text || ? where id = ?", [spoof, quote_id])
        conn.execute("update appearances set text = text || ? where quote_id = ?", [spoof, quote_id])
        conn.execute("update articles set title = ? where id = ?", [spoof, article_id])
    ds = build_datasette(str(db))
    for path in ["/", f"/quotes/-/quote/{quote_id}", f"/quotes/-/article/{article_id}", f"/quotes/-/speaker/{sid}",
                 f"/quotes/-/speaker/{sid}.atom", "/quotes/quote_appearances", f"/quotes/articles/{article_id}"]:
        response = await ds.client.get(path)
        assert response.status_code == 200 and "\u202e" not in response.text, path
    assert "exe.\ufffdtxt" in await html_of(ds, f"/quotes/-/quote/{quote_id}")
    data = (await ds.client.get(f"/quotes/quotes/{quote_id}.json?_shape=objects")).json()
    assert data["rows"][0]["text"].endswith(spoof)  # the data itself is kept as stored
