"""RSS and Atom feeds (quotes.ingest.feeds): one article per item, from files and from a server on 127.0.0.1."""
from __future__ import annotations

import pytest
from webserver import Reply, article_page, rss

from quotes.errors import QuotesError
from quotes.ingest.feeds import plain_text, read_feed
from quotes.ingest.sources import read_articles, read_inputs

QUOTE = "\u201cThe harbour will reopen on Monday morning,\u201d said harbour master Ada Lind on Friday."
MORE = "Ships waiting outside the breakwater were told to keep their positions until the weekend."



def test_rss_items_become_articles_with_their_metadata(site, tmp_path):
    site.routes["/news/2"] = Reply(article_page("Page title", QUOTE.replace("Monday", "Tuesday"), MORE).encode())
    feed = tmp_path / "gazette.rss"
    feed.write_bytes(rss(
        {"title": "Harbour to <b>reopen</b>", "link": "https://gazette.example/news/1", "guid": "g-1",
         "author": "ada@gazette.example (Jo Bloggs)", "date": "Mon, 03 Mar 2025 10:00:00 GMT",
         "description": "Short teaser.", "content": f"<p>{QUOTE}</p><script>alert(1)</script><p>{MORE}</p>"},
        {"title": "Second", "link": site.url("/news/2"), "date": "Tue, 04 Mar 2025 08:00:00 +0000",
         "description": "Only a teaser &lt;b&gt;here&lt;/b&gt;."},
        {"title": "No link", "description": f"&lt;p&gt;{QUOTE.replace('Monday', 'Sunday')}&lt;/p&gt;"},
    ))
    first, second, third = read_articles(str(feed))
    assert (first.title, first.url, first.author, first.published, first.outlet) == \
        ("Harbour to reopen", "https://gazette.example/news/1", "Jo Bloggs", "2025-03-03", "The Harbour Gazette")
    assert first.text == f"{QUOTE}\n{MORE}"
    assert (second.title, second.url, second.published) == ("Second", site.url("/news/2"), "2025-03-04")
    assert second.text.startswith(QUOTE.replace("Monday", "Tuesday"))  # read from its link: the item had no text
    assert third.text == QUOTE.replace("Monday", "Sunday") and third.url is None
    assert site.hits == ["/news/2"]


def test_atom_feed_from_a_url(site):
    atom = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Coastal Times</title><id>urn:ct</id><updated>2025-03-05T00:00:00Z</updated>
<entry><title type="html">Quota &lt;i&gt;cuts&lt;/i&gt;</title><id>urn:ct:1</id><link href="/quota"/>
<updated>2025-03-05T09:30:00Z</updated><author><name>Lena Obst</name></author>
<content type="html">&lt;p&gt;{QUOTE}&lt;/p&gt;&lt;p&gt;{MORE}&lt;/p&gt;</content></entry></feed>"""
    site.routes["/atom"] = Reply(atom.encode(), content_type="application/atom+xml")
    [source] = read_articles(site.url("/atom"))
    assert (source.title, source.url, source.author, source.published, source.outlet) == \
        ("Quota cuts", site.url("/quota"), "Lena Obst", "2025-03-05", "Coastal Times")
    assert source.text == f"{QUOTE}\n{MORE}"


def test_a_feed_served_as_text_html_is_still_a_feed(site):
    site.routes["/feed"] = Reply(rss({"title": "A", "guid": "a", "content": f"<p>{QUOTE}</p>"}), content_type="text/html")
    assert [s.title for s in read_articles(site.url("/feed"))] == ["A"]


def test_xml_that_is_not_a_feed_is_refused(site, tmp_path):
    notes = tmp_path / "notes.xml"
    notes.write_text('<?xml version="1.0"?><notes><note>Hello</note></notes>')
    with pytest.raises(QuotesError, match=r"notes\.xml: not an RSS or Atom feed"):
        read_articles(str(notes))
    site.routes["/sitemap.xml"] = Reply(b'<?xml version="1.0"?><urlset><url><loc>x</loc></url></urlset>',
                                        content_type="application/xml")
    with pytest.raises(QuotesError, match=r"/sitemap\.xml: not an RSS or Atom feed$"):
        read_articles(site.url("/sitemap.xml"))


def test_a_failing_item_is_reported_and_the_others_read(site, tmp_path, capsys):
    feed = tmp_path / "f.rss"
    feed.write_bytes(rss({"title": "Gone", "link": site.url("/gone"), "description": "teaser"},
                         {"title": "Kept", "guid": "k", "content": f"<p>{QUOTE}</p>", "date": "2025-13-45"}))
    problems = []
    [kept] = read_inputs([str(feed)], problems.append)
    assert kept.title == "Kept" and kept.published is None
    assert [str(p) for p in problems] == [f"{feed}: item {site.url('/gone')}: HTTP 404 Not Found"]
    assert capsys.readouterr().err == f"Warning: {feed}: item 2: the date '2025-13-45' is not one quotes can read; left out\n"


@pytest.mark.parametrize("markup, text", [
    ("<p>One <b>bold</b> word.</p><p>Two.</p>", "One bold word.\nTwo."),
    ("&lt;p&gt;Escaped &amp;lt;i&amp;gt;twice&amp;lt;/i&amp;gt;&lt;/p&gt;", "Escaped twice"),
    ("<style>p{}</style><script>x()</script>Plain <br/>line", "Plain\nline"),
    ("Tom &amp; Jerry &lt; 3", "Tom & Jerry < 3"),
    ("No markup at all", "No markup at all"),
])
def test_markup_never_reaches_the_text(markup, text):
    assert plain_text(markup) == text


def test_feed_items_keep_their_keys():
    feed = read_feed(rss({"title": "A", "guid": "id-a", "link": "https://x.example/a"},
                         {"title": "B", "link": "https://x.example/b"}, {"title": "C"}), "f")
    assert [i.key for i in feed.items][:2] == ["id-a", "https://x.example/b"]
    assert feed.items[2].key.startswith("sha256:")
