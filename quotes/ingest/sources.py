"""Reading articles from files, folders and standard input into plain records.

Plain text and Markdown (with optional `key: value` front matter between `---`
lines), HTML pages (text and metadata by trafilatura), and JSON Lines with one
article per line.  Text may be UTF-8, UTF-16 with a byte-order mark, or cp1252
(Latin-1).  An article file may hold at most MAX_FILE_BYTES and an article at most
MAX_ARTICLE_CHARS characters; bigger ones are refused with a clear message.
"""
from __future__ import annotations

import json
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import regex

from ..errors import QuotesError
from ..words import words

TEXT_SUFFIXES = {".txt", ".text"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES

#: JSON keys accepted for each metadata field, first found wins.
_JSON_FIELDS = {
    "title": ("title", "headline"),
    "url": ("url", "link", "canonical_url"),
    "outlet": ("outlet", "publisher", "source", "sitename", "site"),
    "author": ("author", "authors", "byline"),
    "published": ("published", "date", "publish_date", "published_at"),
    "language": ("language", "lang"),
}
_CONTROL = regex.compile(r"[\x00-\x08\x0e-\x1f]")
#: The longest article accepted, in characters (spaCy's own limit; far beyond any news story).
MAX_ARTICLE_CHARS = 1_000_000
#: The largest text, Markdown or HTML file accepted (JSON Lines files are limited per article).
MAX_FILE_BYTES = 10_000_000
#: An HTML page is an article only when some paragraph has this many words (not just "Home | News").
MIN_PROSE_WORDS = 6
#: Leading bytes of common binary files, for a clearer message than "binary data".
_MAGIC = {b"\x89PNG": "a PNG image", b"\x1f\x8b": "gzip-compressed data", b"PK\x03\x04": "a ZIP archive",
          b"%PDF": "a PDF document", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
          b"SQLite format 3\x00": "an SQLite database"}
#: Well-formed multi-byte UTF-8 sequences, to tell broken UTF-8 from a single-byte encoding.
_UTF8_MULTIBYTE = regex.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")

#: Receives each problem with one input; raising it stops the whole read (the default).
Report = Callable[[QuotesError], None]


def fail(err: QuotesError) -> None:
    """The default Report: stop at the first problem."""
    raise err


def warn(message: str) -> None:
    """Tell the user about something left out that does not stop the input being read (one line on stderr)."""
    print(f"Warning: {message}", file=sys.stderr)

_FRONT_MATTER = regex.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", regex.S)


@dataclass
class Source:
    """An article as read: its text and what is known about it."""

    text: str
    id: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    language: str | None = None
    origin: str = "-"  # where it was read from, for messages
    extra: dict = field(default_factory=dict)
    verbatim: bool = False  # True: the text is taken as it is (a gold text), not cleaned
    key: str | None = None  # the id the input gives the article itself (JSON Lines "id", a feed item's id)


def decode(data: bytes, origin: str) -> str:
    """Bytes of a text file as str: UTF-8 (with or without BOM), UTF-16 with a BOM, else cp1252."""
    if not data.strip():
        raise QuotesError(f"{origin}: the file is empty" + (" (only whitespace)" if data else ""))
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise QuotesError(f"{origin}: broken UTF-16 text") from None
    for magic, kind in _MAGIC.items():
        if data.startswith(magic):
            raise QuotesError(f"{origin}: binary data ({kind}), not text")
    if b"\x00" in data:
        raise QuotesError(f"{origin}: binary data, not text (a NUL byte at byte {data.index(0)})")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        broken = data.decode("utf-8", errors="replace").count("\ufffd") - data.count("\ufffd".encode())
        if len(_UTF8_MULTIBYTE.findall(data)) > broken:  # mostly UTF-8: damaged, not another encoding
            raise QuotesError(f"{origin}: invalid UTF-8 (byte {err.start}); convert it to UTF-8 first") from None
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = data.decode("latin-1")  # the five bytes cp1252 leaves undefined
    if len(_CONTROL.findall(text[:4096])) > 2:
        raise QuotesError(f"{origin}: binary data, not text")
    return text


#: The most standard input may bring: an article's worth, or this much when it starts as JSON Lines.
MAX_STDIN_JSONL_BYTES = 1_000_000_000
_KINDS = ((stat.S_ISFIFO, "a FIFO"), (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"),
          (stat.S_ISSOCK, "a socket"))


def _not_regular(mode: int) -> str | None:
    """What a file is when it is not a regular file (a FIFO, a device, a socket), else None."""
    if stat.S_ISREG(mode):
        return None
    return next((kind for test, kind in _KINDS if test(mode)), "not a regular file")


def _read_bytes(path: str, limit: int | None = MAX_FILE_BYTES) -> bytes:
    """A regular file's bytes, refusing a FIFO or device (which could block or never end) and reading
    no more than `limit` bytes even when the file grows while it is read."""
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise QuotesError(f"{path}: is a folder, not a file")
        kind = _not_regular(info.st_mode)
        if kind:
            raise QuotesError(f"{path}: {kind}, not a regular file; skipped")
        if limit is not None and info.st_size > limit:
            raise QuotesError(f"{path}: {info.st_size / 1e6:.1f} MB, more than the {limit / 1e6:.0f} MB an article file may hold")
        # O_NONBLOCK: should the path have become a FIFO since, opening it does not wait for a writer.
        with os.fdopen(os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)), "rb") as file:
            if _not_regular(os.fstat(file.fileno()).st_mode):
                raise QuotesError(f"{path}: not a regular file; skipped")
            data = file.read() if limit is None else file.read(limit + 1)
        if limit is not None and len(data) > limit:
            raise QuotesError(f"{path}: more than the {limit / 1e6:.0f} MB an article file may hold")
        return data
    except FileNotFoundError:
        raise QuotesError(f"{path}: no such file") from None
    except OSError as err:
        raise QuotesError(f"{path}: cannot read ({err.strerror})") from None


def read_stdin() -> bytes:
    """Standard input's bytes, read with a limit: MAX_FILE_BYTES, or MAX_STDIN_JSONL_BYTES when it starts as
    JSON Lines (so `quotes add - < /dev/zero` ends with a message, not with all the memory there is)."""
    stream = sys.stdin.buffer
    head = stream.read(65_536)
    limit = MAX_STDIN_JSONL_BYTES if head.lstrip()[:1] == b"{" else MAX_FILE_BYTES
    rest = stream.read(limit + 1 - len(head)) if len(head) == 65_536 else b""
    if len(head) + len(rest) > limit:
        raise QuotesError(f"<stdin>: more than the {limit / 1e6:.0f} MB standard input may bring")
    return head + rest


def checked(source: Source) -> Source:
    """The source, unless its article is longer than MAX_ARTICLE_CHARS."""
    if len(source.text) > MAX_ARTICLE_CHARS:
        raise QuotesError(f"{source.origin}: the article has {len(source.text):,} characters, "
                          f"more than the limit of {MAX_ARTICLE_CHARS:,}")
    return source


def read_text(path: str) -> Source:
    """One plain-text article from a path, or from standard input when path is '-'."""
    if path == "-":
        return checked(Source(text=decode(read_stdin(), "<stdin>"), id="stdin", origin="<stdin>"))
    return checked(Source(text=decode(_read_bytes(path), path), id=Path(path).stem, origin=path))


def _json_objects(text: str, origin: str, report: Report = fail, first: int = 1) -> Iterator[tuple[int, dict]]:
    """(line number, object) of each non-blank line; numbers start at `first`."""
    for number, line in enumerate(text.splitlines(), first):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as err:
            report(QuotesError(f"{origin}:{number}: malformed JSON ({getattr(err, 'msg', 'nested too deeply')})"))
            continue
        if not isinstance(obj, dict):
            report(QuotesError(f"{origin}:{number}: expected a JSON object"))
            continue
        yield number, obj


def read_jsonl(path: str) -> Iterator[dict]:
    """Objects of a JSON Lines file; a malformed line stops with its line number."""
    data = _read_bytes(path, limit=None) if path != "-" else read_stdin()
    for _, obj in _json_objects(decode(data, path), path):
        yield obj


# ---------------------------------------------------------------- metadata
#: Date formats read besides ISO 8601 and RFC 2822 (`Mon, 03 Mar 2025 10:00:00 GMT`, as in RSS and HTTP).
_DATE_FORMATS = ("%Y/%m/%d", "%d %B %Y", "%B %d, %Y", "%d %b %Y", "%b %d, %Y", "%A, %B %d, %Y", "%A, %d %B %Y",
                 "%A %d %B %Y", "%a, %d %b %Y", "%d.%m.%Y", "%Y.%m.%d", "%B %Y", "%b %Y", "%Y-%m", "%Y")
_EPOCH = regex.compile(r"\d{9,10}(?:\.\d+)?|\d{12,13}")


def iso_date(value) -> str | None:
    """A date as YYYY-MM-DD from ISO dates and timestamps, RFC 2822 (`Mon, 03 Mar 2025 10:00:00 GMT`),
    "2025/03/03", "3 March 2025", "March 3, 2025" and the like, or a Unix time in seconds or
    milliseconds; None for anything else (`2025-13-45`)."""
    if value is None or isinstance(value, bool) or not str(value).strip():
        return None
    if _EPOCH.fullmatch(str(value).strip()):  # a number of 9-13 digits; a short one is a year
        return _epoch_date(float(value))
    text = " ".join(str(value).split())
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    if regex.search(r"\d{1,2}:\d{2}", text) and regex.search(r"[A-Za-z]{3}", text):
        from email.utils import parsedate_to_datetime

        try:
            return parsedate_to_datetime(text).date().isoformat()
        except (TypeError, ValueError, IndexError):
            pass
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _epoch_date(seconds: float) -> str | None:
    from datetime import timezone

    if seconds > 1e11:  # milliseconds
        seconds /= 1000
    if not 0 < seconds < 4_102_444_800:  # 1970 to 2100
        return None
    return datetime.fromtimestamp(seconds, timezone.utc).date().isoformat()


def _text_field(value) -> str | None:
    if isinstance(value, list):
        value = ", ".join(str(v) for v in value if v)
    if value is None or isinstance(value, (dict, bool)):
        return None
    value = " ".join(str(value).split())
    return value or None


def web_address(url: str | None) -> str | None:
    """The URL when it is an http(s) address, else None: only stored, never fetched or opened,
    and never a `javascript:`, `data:` or `file:` link on a served page."""
    return url if url and regex.match(r"https?://[^\s/]", url, regex.I) else None


def _with_metadata(source: Source, meta: dict, origin: str) -> Source:
    """Source with metadata fields filled from a dict of possibly differently named keys."""
    for name, keys in _JSON_FIELDS.items():
        for key in keys:
            if meta.get(key) not in (None, ""):
                value = meta[key]
                if name == "published":
                    if isinstance(value, (date, datetime)):
                        value = value.isoformat()
                    raw, value = value, iso_date(value)
                    if value is None:
                        warn(f"{origin}: the date {raw!r} is not one quotes can read; left out")
                if name == "url":
                    value = web_address(_text_field(value))
                setattr(source, name, _text_field(value))
                break
    source.origin = origin
    return source


# ---------------------------------------------------------------- formats
def parse_front_matter(text: str) -> tuple[dict, str]:
    """`key: value` lines between two `---` lines at the top, and the rest of the text."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    meta = {}
    for line in match.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip():
            meta[key.strip().lower()] = value.strip().strip("\"'")
    return meta, text[match.end():]


_MD_HEADING = regex.compile(r"^#{1,6}\s+(.*?)\s*#*\s*$", regex.M)
_MD_LINK = regex.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = regex.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
_MD_LINE_MARKS = regex.compile(r"^(?:>\s?|[-*+]\s+(?=\S)|\d+\.\s+(?=\S))", regex.M)
_MD_RULE = regex.compile(r"^\s*(?:[-*_]\s*){3,}$", regex.M)


def markdown_text(markdown: str) -> tuple[str | None, str]:
    """The first heading (as title) and the prose of a Markdown article without its markup."""
    heading = _MD_HEADING.search(markdown)
    title = heading.group(1) if heading and not markdown[: heading.start()].strip() else None
    body = markdown[heading.end():] if title else markdown
    body = _MD_HEADING.sub(r"\1", body)
    body = _MD_LINK.sub(r"\1", body)
    body = _MD_EMPHASIS.sub(r"\2", body)
    body = _MD_RULE.sub("", body)
    body = _MD_LINE_MARKS.sub("", body)
    return title, body


#: A first line longer than this is not a headline.
MAX_HEADLINE_WORDS = 20
_BYLINE = regex.compile(r"(?i)by\s|photo|updated|published|posted")


def headline(text: str) -> tuple[str | None, str]:
    """The first line of a plain-text article as its title, and the rest, when that line reads as a
    headline: another line follows, 2 to 20 words, it starts with a capital, digit or quotation mark,
    does not end as a sentence or clause does (. , ; :), and is neither a byline nor a date."""
    stripped = text.lstrip()
    first, _, rest = stripped.partition("\n")
    line = " ".join(first.split())
    found = words(line)
    bare = line.rstrip("\"'\u201d\u2019)\u00bb ")
    if (not rest.strip() or not 2 <= len(found) <= MAX_HEADLINE_WORDS or len(line) > 200
            or not regex.match(r"[\p{Lu}\p{N}\"'\u201c\u2018\u00ab]", line) or bare[-1:] in ".,;:-\u2013\u2014"
            or _BYLINE.match(line) or iso_date(line) is not None or line.isupper() and len(found) < 3):
        return None, text
    return line, rest


def read_plain(text: str, origin: str, markdown: bool = False) -> Source:
    """A text or Markdown article, with its front matter as metadata; a Markdown article's first
    heading, or a plain-text one's first line when it reads as a headline, is its title."""
    meta, body = parse_front_matter(text)
    title = None
    if markdown:
        title, body = markdown_text(body)
    elif not meta.get("title") and not meta.get("headline"):
        title, body = headline(body)
    source = _with_metadata(Source(text=body, id=Path(origin).stem), meta, origin)
    source.title = source.title or title
    return source


def read_html(html: str, origin: str) -> Source:
    """The article text and metadata of an HTML page (by trafilatura)."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=False)
    if doc is None or not any(len(words(line)) >= MIN_PROSE_WORDS for line in (doc.text or "").split("\n")):
        raise QuotesError(f"{origin}: no article text found in the HTML page")
    lines = doc.text.split("\n")
    if doc.title and lines and lines[0].strip() == doc.title.strip():
        lines = lines[1:]
    meta = {"title": doc.title, "url": doc.url, "outlet": doc.sitename or doc.hostname,
            "author": doc.author, "published": doc.date, "language": doc.language}
    return _with_metadata(Source(text="\n".join(lines), id=Path(origin).stem), meta, origin)


def read_article_lines(text: str, origin: str, report: Report = fail, first: int = 1, fetcher=None) -> Iterator[Source]:
    """Articles of JSON Lines text, one object with a "text" per line, the first being line `first`
    of `origin`; bad lines go to `report`.  A line with no text but an http(s) "url" is read from
    the web page there (the line's own fields win over the page's)."""
    for number, obj in _json_objects(text, origin, report, first):
        body = obj.get("text")
        try:
            given = str(obj["id"]) if obj.get("id") not in (None, "") else None
            key = given or f"{Path(origin).stem}-{number}"
            if not isinstance(body, str) or not body.strip():
                url = web_address(_text_field(obj.get("url")))
                if url is None:
                    raise QuotesError(f"{origin}:{number}: the article has no \"text\"")
                source = _fetched_line(url, obj, key, f"{origin}:{number}", fetcher)
            else:
                source = checked(_with_metadata(Source(text=body, id=key), obj, f"{origin}:{number}"))
            source.key = given
            yield source
        except QuotesError as err:
            report(err)


def _fetched_line(url: str, obj: dict, key: str, origin: str, fetcher) -> Source:
    from .fetch import fetch, page_source

    try:
        page = (fetcher or fetch)(url)
        if page.kind != "html":
            raise QuotesError(f"{url}: a feed, not an article page")
        source = page_source(page)
    except QuotesError as err:
        raise QuotesError(f"{origin}: {err}") from None
    fetched_origin = source.origin
    given = _with_metadata(Source(text=""), {k: v for k, v in obj.items() if k not in ("url", "link", "canonical_url")},
                           origin)
    for name in _JSON_FIELDS:
        if getattr(given, name) is not None:
            setattr(source, name, getattr(given, name))
    source.id, source.origin = key, f"{origin}: {fetched_origin}"
    return source


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "<" == head[:1])


def _looks_like_jsonl(text: str) -> bool:
    first = text.lstrip()[:1]
    return first == "{"


def _looks_like_feed(text: str) -> bool:
    return bool(regex.match(r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", text[:2048], regex.S))


def read_decoded(text: str, origin: str, suffix: str = "", report: Report = fail, fetcher=None) -> list[Source]:
    """Articles in decoded text, by file suffix or, without one, by content."""
    if suffix in FEED_SUFFIXES or (not suffix and _looks_like_feed(text)):
        from .feeds import feed_sources

        return feed_sources(text.encode("utf-8"), origin, report, fetcher=fetcher)
    if suffix in HTML_SUFFIXES or (not suffix and _looks_like_html(text)):
        return [checked(read_html(text, origin))]
    if suffix in JSONL_SUFFIXES or (not suffix and _looks_like_jsonl(text)):
        return list(read_article_lines(text, origin, report, fetcher=fetcher))
    return [checked(read_plain(text, origin, markdown=suffix in MARKDOWN_SUFFIXES))]


def _files_in(folder: Path, report: Report) -> list[Path]:
    """Article files under a folder, recursively, in a stable order; hidden files skipped, unreadable folders reported."""
    def unreadable(err: OSError) -> None:
        report(QuotesError(f"{err.filename}: cannot read the folder ({err.strerror})"))

    found = []
    for root, dirs, files in os.walk(folder, onerror=unreadable):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found += [Path(root, f) for f in files if not f.startswith(".") and Path(f).suffix.lower() in ARTICLE_SUFFIXES
                  and _regular_or_unknown(Path(root, f))]
    return sorted(found)


def _regular_or_unknown(path: Path) -> bool:
    """False for a FIFO, device or socket in a folder (skipped); True for a file, or one that cannot be
    looked at (reading it reports why)."""
    try:
        return _not_regular(path.stat().st_mode) is None
    except OSError:
        return True


def expand(paths: Iterable[str], report: Report = fail) -> list[str]:
    """Paths with folders replaced by the article files they hold ('-' kept for stdin)."""
    out = []
    for path in paths:
        if path != "-" and os.path.isdir(path):  # False, not an error, when it cannot be looked at
            files = _files_in(Path(path), report)
            if not files:
                report(QuotesError(f"{path}: no article files (.txt, .md, .html, .jsonl) in this folder"))
            out.extend(str(f) for f in files)
        else:
            out.append(path)
    return out


def read_articles(path: str, report: Report = fail, fetcher=None) -> list[Source]:
    """The articles of one file, web address or feed (or '-' for stdin), by its kind; problems with single
    JSON lines or feed items go to `report`.  `fetcher` fetches web addresses (default: fetch.fetch)."""
    if path == "-":
        return read_decoded(decode(read_stdin(), "<stdin>"), "<stdin>", report=report, fetcher=fetcher)
    if web_address(path):
        from .fetch import read_url

        return read_url(path, report, fetcher)
    suffix = Path(path).suffix.lower()
    suffix = suffix if suffix in ARTICLE_SUFFIXES else ".txt"
    data = _read_bytes(path, limit=None if suffix in JSONL_SUFFIXES else MAX_FILE_BYTES)
    if suffix in FEED_SUFFIXES:
        from .feeds import feed_sources

        decode(data, path)  # the same refusals of empty and binary files
        return feed_sources(data, path, report, fetcher=fetcher)
    return read_decoded(decode(data, path), path, suffix, report, fetcher)


def read_inputs(paths: Iterable[str], report: Report = fail, fetcher=None) -> list[Source]:
    """The articles of every path or web address, folders expanded; each unreadable file, page, line or
    feed item goes to `report` and is skipped."""
    sources = []
    for path in expand(paths, report):
        try:
            sources.extend(read_articles(path, report, fetcher))
        except QuotesError as err:
            report(err)
    return sources
