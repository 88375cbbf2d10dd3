"""Fetching web pages and feeds over http(s) with httpx: bounded in time, size and redirects.

Every failure becomes one QuotesError line naming the address: the host not found (DNS),
the connection refused, an HTTP error status, a body that is not an HTML page or a feed,
a body over the size limit, no complete answer in time, too many redirects, or a redirect
that leaves http(s) (`file:`, `ftp:` ...).  The text is decoded by the declared charset
(the Content-Type header, else an HTML `<meta charset>`), falling back to the detection
files get (UTF-8, UTF-16 with a byte-order mark, cp1252) when the declared one is unknown
or does not fit the bytes.
"""
from __future__ import annotations

import codecs
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import regex

from ..errors import QuotesError
from .sources import MAX_FILE_BYTES, Report, Source, checked, decode, fail, read_html, web_address

#: Seconds a whole fetch (connecting, redirects and the body) may take.
TIMEOUT = 30.0
#: The largest body accepted, in bytes (as for an article file).
MAX_BYTES = MAX_FILE_BYTES
#: Redirects followed before giving up.
MAX_REDIRECTS = 5
USER_AGENT = "quotes/0.1 (news quotation extractor)"

HTML_TYPES = {"text/html", "application/xhtml+xml"}
XML_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
             "application/feed+xml"}
_META_CHARSET = regex.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", regex.I)


@dataclass(frozen=True)
class Page:
    """A fetched body: what was asked for, where it ended up, and when."""

    requested: str
    url: str  # the final address, after redirects
    kind: str  # "html" or "xml"
    data: bytes
    content_type: str
    charset: str | None  # as declared by the server (header), if any
    http_date: str | None  # the server's Date header, ISO 8601 UTC
    fetched_at: str  # when the body was complete, ISO 8601 UTC

    def text(self) -> str:
        """The body decoded: the declared charset when it is known and fits, else detected."""
        declared = self.charset
        if not declared and self.kind == "html":
            found = _META_CHARSET.search(self.data[:4096])
            declared = found.group(1).decode("ascii", "replace") if found else None
        if declared and not self.data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
            try:
                codecs.lookup(declared)
                text = self.data.decode(declared)
                if text.strip():
                    return text
            except (LookupError, UnicodeDecodeError):
                pass  # a wrong or unknown label: read the bytes as files are read
        return decode(self.data, self.requested)


#: Fetches one address; a different one (other limits, a test double) may be handed down instead.
Fetcher = Callable[[str], Page]


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _http_date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return parsedate_to_datetime(value).astimezone(timezone.utc).isoformat(timespec="seconds")
    except (TypeError, ValueError, IndexError):
        return None


def _causes(err: BaseException):
    seen = set()
    while err is not None and id(err) not in seen:
        seen.add(id(err))
        yield err
        err = err.__cause__ or err.__context__


def _connect_problem(url: str, err: Exception) -> str:
    host = urlsplit(url).hostname or url
    for cause in _causes(err):
        if isinstance(cause, socket.gaierror) or "Name or service not known" in str(cause) \
                or "nodename nor servname" in str(cause) or "Temporary failure in name resolution" in str(cause):
            return f"cannot find the host {host} (DNS lookup failed)"
        if isinstance(cause, ConnectionRefusedError) or "Connection refused" in str(cause):
            return f"the connection to {host} was refused"
    return f"cannot connect to {host} ({' '.join(str(err).split()) or type(err).__name__})"


def fetch(url: str, timeout: float = TIMEOUT, max_bytes: int = MAX_BYTES, max_redirects: int = MAX_REDIRECTS) -> Page:
    """GET an http(s) address and read its body; one QuotesError naming `url` for each kind of failure."""
    import httpx

    if urlsplit(url).scheme.lower() not in ("http", "https"):
        raise QuotesError(f"{url}: not an http(s) address")
    deadline = time.monotonic() + timeout

    def left() -> float:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise QuotesError(f"{url}: no complete answer within {timeout:g} s")
        return remaining

    with httpx.Client(follow_redirects=False, headers={"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"}) as client:
        try:
            request = client.build_request("GET", url, timeout=httpx.Timeout(left()))
            for _ in range(max_redirects + 1):
                response = client.send(request, stream=True)
                try:
                    if not response.is_redirect:
                        return _read(url, response, max_bytes, left)
                    location = response.headers.get("location", "")
                    target = urljoin(str(response.url), location)
                    if urlsplit(target).scheme.lower() not in ("http", "https"):
                        raise QuotesError(f"{url}: redirected to {location!r}, which is not an http(s) address; "
                                          "not followed")
                    request = response.next_request
                    request.extensions["timeout"] = httpx.Timeout(left()).as_dict()
                finally:
                    response.close()
            raise QuotesError(f"{url}: more than {max_redirects} redirects")
        except httpx.TimeoutException:
            raise QuotesError(f"{url}: no complete answer within {timeout:g} s") from None
        except httpx.ConnectError as err:
            raise QuotesError(f"{url}: {_connect_problem(url, err)}") from None
        except httpx.InvalidURL as err:
            raise QuotesError(f"{url}: not a valid address ({err})") from None
        except httpx.HTTPError as err:
            raise QuotesError(f"{url}: the fetch failed ({type(err).__name__}: {' '.join(str(err).split())})") from None


def _read(url: str, response, max_bytes: int, left: Callable[[], float]) -> Page:
    if response.status_code >= 400:
        raise QuotesError(f"{url}: HTTP {response.status_code} {response.reason_phrase}".rstrip())
    if response.status_code != 200:
        raise QuotesError(f"{url}: HTTP {response.status_code} {response.reason_phrase}, not a page".rstrip())
    content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    kind = "html" if content_type in HTML_TYPES else "xml" if content_type in XML_TYPES or content_type.endswith("+xml") \
        else None
    if kind is None:
        raise QuotesError(f"{url}: not an HTML page or a feed ({content_type or 'no content type'})")
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise QuotesError(f"{url}: {int(declared) / 1e6:.1f} MB, more than the {max_bytes / 1e6:g} MB a page may hold")
    chunks, size = [], 0
    for chunk in response.iter_raw():
        size += len(chunk)
        if size > max_bytes:
            raise QuotesError(f"{url}: more than the {max_bytes / 1e6:g} MB a page may hold")
        chunks.append(chunk)
        left()
    data = b"".join(chunks)
    if response.headers.get("content-encoding", "identity").lower() not in ("identity", ""):
        data = _decompressed(url, response, data, max_bytes)
    return Page(requested=url, url=str(response.url), kind=kind, data=data, content_type=content_type,
                charset=response.charset_encoding, http_date=_http_date(response.headers.get("date")),
                fetched_at=_now())


def _decompressed(url: str, response, data: bytes, max_bytes: int) -> bytes:
    """The body without its Content-Encoding, refusing one that unpacks past the limit."""
    import zlib

    encoding = response.headers["content-encoding"].lower()
    if encoding in ("gzip", "x-gzip", "deflate"):
        unpack = zlib.decompressobj(zlib.MAX_WBITS | 32 if encoding != "deflate" else zlib.MAX_WBITS)
        try:
            out = unpack.decompress(data, max_bytes + 1)
        except zlib.error:
            raise QuotesError(f"{url}: a damaged {encoding} body") from None
        if len(out) > max_bytes:
            raise QuotesError(f"{url}: more than the {max_bytes / 1e6:g} MB a page may hold (unpacked)")
        return out
    raise QuotesError(f"{url}: a body in the {encoding} encoding, which quotes cannot unpack")


def page_source(page: Page) -> Source:
    """The article of a fetched HTML page: its final address as URL, with when it was fetched and the
    server's date kept in `extra` (and in `origin`, which is stored with the article)."""
    source = read_html(page.text(), page.requested)
    if source.url and source.url != page.url:
        source.extra["canonical_url"] = source.url  # the page's own <link rel="canonical">
    source.url = web_address(page.url)
    source.id = page.url
    source.extra.update(requested_url=page.requested, final_url=page.url, fetched_at=page.fetched_at,
                        http_date=page.http_date)
    source.origin = fetched_origin(page)
    return checked(source)


def fetched_origin(page: Page) -> str:
    """Where and when a page was read, as stored in an article's origin:
    `URL (fetched 2025-03-03T10:00:05+00:00, HTTP date 2025-03-03T10:00:04+00:00)`."""
    origin = page.requested if page.requested == page.url else f"{page.requested} -> {page.url}"
    return f"{origin} (fetched {page.fetched_at}" + (f", HTTP date {page.http_date})" if page.http_date else ")")


def read_url(url: str, report: Report = fail, fetcher: Fetcher | None = None) -> list[Source]:
    """The article of a web page, or one per item of a feed, at an http(s) address."""
    from .feeds import feed_sources, looks_like_feed

    page = (fetcher or fetch)(url)
    if page.kind == "xml" or looks_like_feed(page.data):
        return feed_sources(page.data, page.requested, report, fetcher=fetcher, page=page)
    return [page_source(page)]
