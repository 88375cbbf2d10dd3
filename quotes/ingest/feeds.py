"""RSS and Atom feeds (by feedparser): one article per item.

An item's article has the item's title, link, author and date, and the feed's title as
outlet.  Its text is the item's full content (`content:encoded`, Atom `<content>`) with
the markup taken out; an item with only a summary is read from its link instead (the
summary is used only when there is no link).  XML that is not a feed is refused.
"""
from __future__ import annotations

import hashlib
import io
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone

import regex

from ..errors import QuotesError
from .sources import Report, Source, checked, fail, iso_date, warn, web_address

_TAG = regex.compile(r"<\s*/?\s*[a-zA-Z!?][^<>]*>")
_BLOCKS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article",
           "figure", "figcaption", "pre", "ul", "ol", "table", "hr")
_FEED_START = regex.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", regex.S)


_MAILBOX = regex.compile(r"\s*[^\s@()]+@[^\s()]+\s*\((.+)\)\s*$")


@dataclass
class Item:
    """One feed item as read."""

    key: str  # what tells it from the feed's other items, across rounds: its id, else its link
    title: str | None
    link: str | None
    author: str | None
    published: str | None
    text: str | None  # the full text, markup removed, when the item holds it
    summary: str | None


@dataclass
class Feed:
    title: str | None
    link: str | None
    items: list[Item] = field(default_factory=list)


def looks_like_feed(data: bytes) -> bool:
    """Whether bytes start as an RSS, RDF or Atom document."""
    return bool(_FEED_START.match(data[:2048]))


_ENTITY = regex.compile(r"&(?:#\d+|#[xX][0-9a-fA-F]+|[a-zA-Z]\w*);")


def plain_text(markup: str | None) -> str | None:
    """Text of an HTML fragment: tags out, entities read, block elements on lines of their own.
    Markup escaped once or twice more (`&lt;p&gt;`) comes out too."""
    if markup is None:
        return None
    text = markup
    for _ in range(4):
        if not (_TAG.search(text) or _ENTITY.search(text)):
            break
        text = _html_text(text)
    if _TAG.search(text):  # escaped more often than that: take the tags out as they are
        text = _TAG.sub(" ", text)
    lines = (" ".join(line.split()) for line in text.split("\n"))
    text = "\n".join(line for line in lines if line)
    return text or None


def _html_text(markup: str) -> str:
    import lxml.html
    from lxml.etree import ParserError

    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (ParserError, ValueError):
        return _TAG.sub(" ", markup)
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    for element in root.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
        if element.tag != "br":
            element.text = "\n" + (element.text or "")
    return root.text_content()


_NUMERIC_DATE = regex.compile(r"\s*\d{4}-\d{1,2}-\d{1,2}")


def _date(entry, origin: str) -> str | None:
    """The item's date: read by quotes' own rules, else by feedparser's many (but never a numeric date
    feedparser rolled over, like 2025-13-45); one warning when there is a date and neither reads it."""
    for name in ("published", "updated", "created"):
        raw = entry.get(name)
        if not raw:
            continue
        found = iso_date(raw)
        parsed = entry.get(f"{name}_parsed")
        if found is None and parsed and not _NUMERIC_DATE.match(raw):
            found = datetime(*parsed[:6], tzinfo=timezone.utc).date().isoformat()
        if found is None:
            warn(f"{origin}: the date {raw!r} is not one quotes can read; left out")
        return found
    return None


def _item(entry, number: int, origin: str) -> Item:
    link = web_address((entry.get("link") or "").strip() or None)
    contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value", "").strip()]
    text = plain_text("\n\n".join(contents)) if contents else None
    raw_author = entry.get("author") or ""
    mailbox = _MAILBOX.match(raw_author)  # RSS: "jo@example.com (Jo Bloggs)"
    author = mailbox.group(1) if mailbox else (entry.get("author_detail") or {}).get("name") or raw_author or None
    key = entry.get("id") or entry.get("guid") or link
    if not key:
        key = "sha256:" + hashlib.sha256(f"{entry.get('title')}\n{entry.get('summary')}".encode()).hexdigest()
    return Item(key=key, title=plain_text(entry.get("title")), link=link, author=plain_text(author),
                published=_date(entry, f"{origin}: item {number}"), text=text, summary=plain_text(entry.get("summary")))


def read_feed(data: bytes, origin: str, charset: str | None = None, base: str | None = None) -> Feed:
    """The items of an RSS or Atom document; a QuotesError when the bytes are not a feed."""
    import feedparser

    # Only a declared charset is passed on: feedparser reads text/xml without one as ASCII.
    headers = {"content-type": f"application/xml; charset={charset}"} if charset else {}
    if base:
        headers["content-location"] = base
    # A file-like object: feedparser never opens a path or fetches an address given this way.
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers)
    if not parsed.get("version"):
        raise QuotesError(f"{origin}: not an RSS or Atom feed")
    feed = parsed.get("feed", {})
    return Feed(title=plain_text(feed.get("title")), link=web_address(feed.get("link")),
                items=[_item(entry, number, origin) for number, entry in enumerate(parsed.entries, 1)])


def item_source(item: Item, feed: Feed, origin: str, fetcher=None) -> Source:
    """The article of one item: its full text, else the page at its link (else its summary)."""
    if item.text or (item.summary and not item.link):
        source = Source(text=item.text or item.summary, id=item.key, key=item.key,
                        origin=f"{origin}: {item.link or item.key}")
    elif item.link:
        from .fetch import fetch, page_source

        try:
            source = page_source((fetcher or fetch)(item.link))
        except QuotesError as err:
            raise QuotesError(f"{origin}: item {item.link}: {str(err).removeprefix(item.link + ': ')}") from None
    else:
        raise QuotesError(f"{origin}: item {item.key!r} has neither text nor a link")
    source.title = item.title or source.title
    source.url = item.link or source.url
    source.author = item.author or source.author
    source.published = item.published or source.published
    source.outlet = feed.title or source.outlet
    source.extra.update(feed=origin, item=item.key, read_at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()))
    return checked(source)


def feed_sources(data: bytes, origin: str, report: Report = fail, fetcher=None, page=None) -> list[Source]:
    """One Source per item of a feed (a file's bytes, or a fetched Page's); a failing item goes to `report`."""
    feed = read_feed(data, origin, charset=page.charset if page else None, base=page.url if page else None)
    sources = []
    for item in feed.items:
        try:
            sources.append(item_source(item, feed, origin, fetcher))
        except QuotesError as err:
            report(err)
    return sources


@dataclass
class Found:
    """A new item's article, and what to mark as seen once it is stored."""

    feed: str
    key: str
    source: Source


class Watcher:
    """Follows feeds round after round, handing over only the items not seen before.

    An item counts as seen once `seen` is called for it (after it is stored) or when its link is
    among `known` (already in the database); a feed or an item that fails is reported and tried
    again next round."""

    def __init__(self, feeds: list[str], fetcher=None, known: set[str] | None = None):
        self.feeds = list(feeds)
        self.fetcher = fetcher
        self.known = set(known or ())
        self._seen: dict[str, set[str]] = {feed: set() for feed in self.feeds}

    def seen(self, found: Found) -> None:
        self._seen[found.feed].add(found.key)

    def round(self, report: Report = fail, stopping=lambda: False) -> tuple[list[Found], int]:
        """The new items' articles of every feed, and how many feeds failed; stops early when `stopping()`."""
        from .fetch import fetch
        from .sources import web_address as is_web

        found, failed = [], 0
        for address in self.feeds:
            if stopping():
                break
            try:
                if is_web(address):
                    page = (self.fetcher or fetch)(address)
                    feed = read_feed(page.data, address, charset=page.charset, base=page.url)
                else:
                    from .sources import _read_bytes

                    feed = read_feed(_read_bytes(address), address)
            except QuotesError as err:
                report(QuotesError(f"{err} (tried again next round)"))
                failed += 1
                continue
            for item in feed.items:
                if stopping():
                    break
                if item.key in self._seen[address]:
                    continue
                if item.link and item.link in self.known:
                    self._seen[address].add(item.key)
                    continue
                try:
                    found.append(Found(address, item.key, item_source(item, feed, address, self.fetcher)))
                except QuotesError as err:
                    report(QuotesError(f"{err} (tried again next round)"))
        return found, failed
