"""A real HTTP server on 127.0.0.1 for the fetching and feed tests (never the internet).

Routes map a path to a Reply, or to a function given the request handler that answers it
itself (to stall, trickle or stream).  The server can stop and start again on the same port.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict = field(default_factory=dict)


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        site: Site = self.server.site
        site.hits.append(self.path)
        route = site.routes.get(self.path)
        if route is None:
            route = Reply(b"<html><body>Not here</body></html>", status=404)
        try:
            if callable(route):
                route(self)
                return
            if "Date" in route.headers:  # in place of the server's own
                self.date_time_string = lambda *args: route.headers["Date"]
            self.send_response(route.status)
            if route.content_type:
                self.send_header("Content-Type", route.content_type)
            self.send_header("Content-Length", str(len(route.body)))
            for name, value in route.headers.items():
                if name != "Date":
                    self.send_header(name, value)
            self.end_headers()
            self.wfile.write(route.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up, as it should on a too big or too slow answer

    def log_message(self, *args):
        pass


class Site:
    """The server and its routes; `release` lets stalled handlers go when the test ends."""

    def __init__(self):
        self.routes: dict = {}
        self.hits: list[str] = []
        self.release = threading.Event()
        self.port = 0
        self._httpd = None

    def start(self) -> Site:
        httpd = ThreadingHTTPServer(("127.0.0.1", self.port), _Handler)
        httpd.daemon_threads = True
        httpd.site = self
        self.port = httpd.server_address[1]
        self._httpd = httpd
        threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._httpd = None

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"


def stall(handler) -> None:
    """Never answer (until the test releases it)."""
    handler.server.site.release.wait(60)


def endless(handler, chunk: bytes = b"<p>" + b"x" * 65_533, total: int = 50_000_000, length: bool = False) -> None:
    """An HTML body of `total` bytes, with or without a Content-Length."""
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    if length:
        handler.send_header("Content-Length", str(total))
    handler.end_headers()
    sent = 0
    while sent < total:
        handler.wfile.write(chunk)
        sent += len(chunk)


def redirect(location: str, status: int = 302):
    def answer(handler) -> None:
        handler.send_response(status)
        handler.send_header("Location", location)
        handler.send_header("Content-Length", "0")
        handler.end_headers()
    return answer


def article_page(title: str, *paragraphs: str, extra_head: str = "") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<!DOCTYPE html><html><head><title>{title}</title>{extra_head}</head><body>"
            f"<nav>Home | News</nav><article><h1>{title}</h1>{body}</article></body></html>")


def rss(*items: dict, title: str = "The Harbour Gazette") -> bytes:
    """An RSS 2.0 feed of items given as {"title", "link", "guid", "author", "date", "description", "content"}."""
    def item(i: dict) -> str:
        parts = [f"<{tag}>{i[key]}</{tag}>" for key, tag in (("title", "title"), ("link", "link"), ("guid", "guid"),
                                                             ("author", "author"), ("date", "pubDate"),
                                                             ("description", "description")) if key in i]
        if "content" in i:
            parts.append(f"<content:encoded><![CDATA[{i['content']}]]></content:encoded>")
        return "<item>" + "".join(parts) + "</item>"
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
            f"<title>{title}</title><link>https://gazette.example/</link><description>News</description>"
            + "".join(map(item, items)) + "</channel></rss>").encode("utf-8")
