"""Fetching web pages (quotes.ingest.fetch) from a real HTTP server on 127.0.0.1: every failure one clear line."""
from __future__ import annotations

import gzip
import json
import socket
import time

import pytest
from webserver import Reply, article_page, endless, redirect, stall

from quotes.errors import QuotesError
from quotes.ingest.fetch import fetch, read_url
from quotes.ingest.sources import read_inputs

PARAGRAPHS = ("\u201cThe harbour will reopen on Monday morning,\u201d said harbour master Ada Lind on Friday.",
              "Ships waiting outside the breakwater were told to keep their positions until the weekend.")
PAGE = article_page("Harbour to reopen", *PARAGRAPHS).encode("utf-8")



def test_a_page_is_fetched_with_its_final_url_http_date_and_fetch_time(site):
    canonical = article_page("Harbour to reopen", *PARAGRAPHS,
                             extra_head='<link rel="canonical" href="https://herald.example/harbour">')
    site.routes["/story"] = Reply(canonical.encode(), headers={"Date": "Mon, 03 Mar 2025 10:00:00 GMT"})
    site.routes["/old"] = redirect("/moved")
    site.routes["/moved"] = redirect(site.url("/story"), status=301)
    [source] = read_url(site.url("/old"))
    assert source.url == site.url("/story")
    assert source.title == "Harbour to reopen"
    assert source.text.startswith(PARAGRAPHS[0]) and "Home | News" not in source.text
    assert source.extra["http_date"] == "2025-03-03T10:00:00+00:00"
    assert source.extra["final_url"] == site.url("/story") and source.extra["requested_url"] == site.url("/old")
    assert source.extra["canonical_url"] == "https://herald.example/harbour"  # kept aside: the final URL is stored
    assert source.extra["fetched_at"][:4] == time.strftime("%Y", time.gmtime())
    assert source.origin == (f"{site.url('/old')} -> {site.url('/story')} (fetched {source.extra['fetched_at']}, "
                             "HTTP date 2025-03-03T10:00:00+00:00)")


def test_the_declared_charset_is_used(site):
    greek = '"Καλημέρα," said Eleni Papadaki, the harbour master, on Friday.'
    page = article_page("Port", greek, PARAGRAPHS[1].replace("“", '"').replace("”", '"'))
    site.routes["/greek"] = Reply(page.encode("iso-8859-7"), content_type="text/html; charset=iso-8859-7")
    site.routes["/meta"] = Reply(page.replace("<title>", '<meta charset="iso-8859-7"><title>').encode("iso-8859-7"),
                                 content_type="text/html")
    for path in ("/greek", "/meta"):  # by the header, and by the page's <meta charset>
        assert read_url(site.url(path))[0].text.startswith(greek)


@pytest.mark.parametrize("label", ["utf-8", "x-no-such-charset"])
def test_a_wrong_or_unknown_charset_falls_back_to_detection(site, label):
    text = "\u201cThe caf\u00e9\u2019s prices stay,\u201d said owner Ren\u00e9e M\u00fcller at the harbour on Friday."
    site.routes["/cp1252"] = Reply(article_page("Caf\u00e9", text, PARAGRAPHS[1]).encode("cp1252"),
                                   content_type=f"text/html; charset={label}")
    assert text in read_url(site.url("/cp1252"))[0].text


def test_a_gzip_body_is_unpacked(site):
    site.routes["/gz"] = Reply(gzip.compress(PAGE), headers={"Content-Encoding": "gzip"})
    assert read_url(site.url("/gz"))[0].text.startswith(PARAGRAPHS[0])


def refused_url() -> str:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}/story"  # closed again: nothing listens there


@pytest.mark.parametrize("path, message", [
    ("/missing", "HTTP 404 Not Found"),
    ("/broken", "HTTP 500 Internal Server Error"),
    ("/image", "not an HTML page or a feed (image/png)"),
    ("/plain", "not an HTML page or a feed (text/plain)"),
    ("/big", "50.0 MB, more than the 10 MB a page may hold"),
    ("/big-unannounced", "more than the 10 MB a page may hold"),
    ("/bomb", "more than the 10 MB a page may hold (unpacked)"),
    ("/to-file", "redirected to 'file:///etc/passwd', which is not an http(s) address; not followed"),
    ("/loop", "more than 5 redirects"),
    ("/stalled", "no complete answer within 0.5 s"),
    ("/empty", "the file is empty"),
    ("/nav", "no article text found in the HTML page"),
])
def test_each_failure_is_one_clear_line(site, path, message):
    site.routes.update({
        "/broken": Reply(b"oops", status=500), "/image": Reply(b"\x89PNG", content_type="image/png"),
        "/plain": Reply(b"Just text.", content_type="text/plain"),
        "/big": lambda h: endless(h, length=True), "/big-unannounced": endless,
        "/bomb": Reply(gzip.compress(b" " * 20_000_000), headers={"Content-Encoding": "gzip"}),
        "/to-file": redirect("file:///etc/passwd"), "/loop": redirect("/loop"), "/stalled": stall,
        "/empty": Reply(b""), "/nav": Reply(b"<html><body><nav>Home | News</nav></body></html>"),
    })
    started = time.monotonic()
    with pytest.raises(QuotesError) as err:
        read_url(site.url(path), fetcher=lambda url: fetch(url, timeout=0.5))
    assert str(err.value) == f"{site.url(path)}: {message}"
    assert "\n" not in str(err.value)
    assert time.monotonic() - started < 10


def test_a_refused_connection_and_an_unknown_host(monkeypatch):
    url = refused_url()
    with pytest.raises(QuotesError, match=r"^http://127\.0\.0\.1:\d+/story: the connection to 127\.0\.0\.1 was refused$"):
        fetch(url, timeout=2)

    def no_dns(*args, **kwargs):  # the lookup fails as it does for an unknown name, without asking a DNS server
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    with pytest.raises(QuotesError, match=r"^http://no-such-host\.invalid/a: cannot find the host no-such-host\.invalid "
                                          r"\(DNS lookup failed\)$"):
        fetch("http://no-such-host.invalid/a", timeout=2)


def test_only_http_addresses_are_fetched():
    for url in ("file:///etc/passwd", "ftp://example.com/a"):
        with pytest.raises(QuotesError, match="not an http"):
            fetch(url)


def test_inputs_mix_files_urls_and_json_lines_urls_and_report_each_failure(site, tmp_path):
    site.routes["/story"] = Reply(PAGE)
    site.routes["/second"] = Reply(article_page("Second story", *PARAGRAPHS[::-1]).encode())
    lines = tmp_path / "links.jsonl"
    lines.write_text("\n".join(json.dumps(o) for o in [
        {"url": site.url("/second"), "outlet": "The Herald", "title": "Given title"},
        {"url": site.url("/missing")},
        {"url": "file:///etc/passwd"},
        {"text": "Text given, url not fetched.", "url": site.url("/never")},
    ]) + "\n")
    problems = []
    sources = read_inputs([site.url("/story"), str(lines), site.url("/missing")], problems.append)
    assert [s.url for s in sources] == [site.url("/story"), site.url("/second"), site.url("/never")]
    assert (sources[1].title, sources[1].outlet) == ("Given title", "The Herald")
    assert sources[1].origin.startswith(f"{lines}:1: {site.url('/second')} (fetched ")
    assert [str(p) for p in problems] == [f"{lines}:2: {site.url('/missing')}: HTTP 404 Not Found",
                                          f"{lines}:3: the article has no \"text\"",
                                          f"{site.url('/missing')}: HTTP 404 Not Found"]
    assert "/never" not in site.hits


def test_a_trickling_answer_is_cut_off_at_the_time_limit(site):
    def trickle(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.end_headers()
        while not handler.server.site.release.wait(0.05):  # a byte every 50 ms, each in time, never ending
            handler.wfile.write(b"x")
            handler.wfile.flush()

    site.routes["/trickle"] = trickle
    started = time.monotonic()
    with pytest.raises(QuotesError, match=r"/trickle: no complete answer within 0\.5 s$"):
        fetch(site.url("/trickle"), timeout=0.5)
    assert time.monotonic() - started < 5
