"""Datasette plugin: the evidence pages and the links that lead to them.

`/<db>/-/quote/<id>` shows a quote in every article that printed it, with the
quoted words, the speaker mention and the speech verb highlighted;
`/<db>/-/article/<id>` shows an article with every quotation highlighted and
attributed.  Article text is escaped piece by piece before it is wrapped in
<mark>, so an article quoting `<script>` shows it as text.

This file reads SQLite only and imports nothing from the rest of the package,
so that `datasette publish --plugins-dir` can ship it on its own.
"""
from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path
from typing import NamedTuple

from datasette import hookimpl
from datasette.utils.asgi import NotFound, Response
from jinja2 import ChoiceLoader, FileSystemLoader
from markupsafe import Markup, escape

TEMPLATES = Path(__file__).parent / "templates"
#: Bytes of the database file read through memory mapping (SQLite's own upper limit): counting and
#: faceting thousands of search matches reads table pages without a copy per page (a third faster
#: on the 1M-appearance benchmark database).
MMAP_BYTES = 0x7FFF0000
CLOSING_MARKS = "”’\"'»›"


class Span(NamedTuple):
    """A stretch of article text to highlight: kind is quote, speaker or cue."""

    start: int
    end: int
    kind: str


def highlight(text: str, start: int, end: int, spans, notes=()) -> Markup:
    """text[start:end] as HTML, spans wrapped in <mark class="KIND"> and notes (offset, Markup) inserted.

    The text is cut at every span boundary; each piece is escaped, then marked
    with the kinds of all spans covering it, so overlapping spans never produce
    broken tags.
    """
    spans = [s for s in spans if s.start < end and s.end > start and s.start < s.end]
    notes = sorted((n for n in notes if start <= n[0] <= end), key=lambda n: n[0])
    cuts = {start, end} | {p for s in spans for p in (s.start, s.end) if start < p < end}
    cuts |= {pos for pos, _ in notes}
    out, pending = [], list(notes)
    for a, b in pairwise(sorted(cuts)):
        while pending and pending[0][0] <= a:
            out.append(pending.pop(0)[1])
        kinds = sorted({s.kind for s in spans if s.start <= a and b <= s.end})
        piece = escape(text[a:b])
        out.append(Markup('<mark class="{}">{}</mark>').format(" ".join(kinds), piece) if kinds else piece)
    out.extend(note for _, note in pending)
    return Markup("").join(out)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line of the text: the articles' paragraphs."""
    found, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            found.append((start, start + len(line)))
        start += len(line) + 1
    return found


def spans_of(appearance: dict) -> list[Span]:
    """The quote (one span per paragraph it covers), speaker-mention and cue spans of an appearance row."""
    pieces = json.loads(appearance.get("segments") or "[]") or [(appearance["start"], appearance["end"])]
    spans = [Span(a, b, "quote") for a, b in pieces]
    for kind, a, b in (("speaker", "speaker_start", "speaker_end"), ("cue", "cue_start", "cue_end")):
        if appearance[a] is not None and appearance[b] is not None:
            spans.append(Span(appearance[a], appearance[b], kind))
    return spans


def after_closing_mark(text: str, end: int) -> int:
    """The offset just after the quotation mark that closes words ending at `end`."""
    return end + 1 if end < len(text) and text[end] in CLOSING_MARKS else end


def confidence_label(confidence: float | None) -> str:
    """The confidence as a number and a word a reader can weigh."""
    if confidence is None:
        return "unknown"
    word = "high" if confidence >= 0.9 else "medium" if confidence >= 0.7 else "low"
    return f"{confidence:.2f} ({word})"


def excerpt(text: str, appearance) -> list[Markup]:
    """The paragraphs holding an appearance's quote, speaker mention and cue, highlighted."""
    spans = spans_of(appearance)
    lo, hi = min(s.start for s in spans), max(s.end for s in spans)
    return [highlight(text, a, b, spans) for a, b in paragraphs(text) if a <= hi and b >= lo]


class Urls:
    """Addresses of the evidence pages and of Datasette's own pages for one database."""

    def __init__(self, datasette, database: str):
        self.ds, self.db = datasette, database

    def quote(self, quote_id) -> str:
        return f"{self.ds.urls.database(self.db)}/-/quote/{int(quote_id)}"

    def article(self, article_id) -> str:
        return f"{self.ds.urls.database(self.db)}/-/article/{int(article_id)}"

    def speaker(self, speaker_id) -> str:
        return self.ds.urls.row(self.db, "speakers", str(int(speaker_id)))

    def speaker_quotes(self, speaker_id) -> str:
        return f"{self.ds.urls.table(self.db, 'quote_appearances')}?speaker_id={int(speaker_id)}"


async def _one(db, sql: str, params) -> dict:
    rows = (await db.execute(sql, params)).rows
    if not rows:
        raise NotFound("No such record")
    return dict(rows[0])


async def _all(db, sql: str, params) -> list[dict]:
    return [dict(r) for r in (await db.execute(sql, params)).rows]


def _database(datasette, request):
    name = request.url_vars["database"]
    try:
        return name, datasette.get_database(name)
    except KeyError:
        raise NotFound(f"Database not found: {name}") from None


async def quote_page(datasette, request):
    """A quote, each article that printed it with the paragraph highlighted, and related quotes."""
    name, db = _database(datasette, request)
    quote = await _one(db, """
        select q.*, s.name as speaker, s.kind as speaker_kind, s.role as speaker_role
        from quotes q left join speakers s on s.id = q.speaker_id where q.id = ?""", [request.url_vars["id"]])
    appearances = await _all(db, """
        select a.*, ar.title, ar.origin, ar.outlet, ar.author, ar.published, ar.url, ar.text as article_text
        from appearances a join articles ar on ar.id = a.article_id
        where a.quote_id = ? order by ar.published, ar.id, a.start""", [quote["id"]])
    for a in appearances:
        a["paragraphs"] = excerpt(a.pop("article_text"), a)
        a["confidence_label"] = confidence_label(a["confidence"])
        a["found_by"] = found_by(a)
    related = await _all(db, """
        select q.id, q.text, q.variant_diff, s.name as speaker,
               case when q.id = :variant_of then 'this quote is a variant of it'
                    when q.variant_of = :id then 'a variant of this quote'
                    else 'the same words, attributed to ' || coalesce(s.name, 'nobody') end as relation
        from quotes q left join speakers s on s.id = q.speaker_id
        where q.id != :id and (q.id = :variant_of or q.variant_of = :id or q.normalized = :normalized)
        order by q.first_seen, q.id""", quote)
    context = {"database": name, "quote": quote, "appearances": appearances, "related": related,
               "links": Urls(datasette, name)}
    return Response.html(await datasette.render_template("quote.html", context, request=request))


async def article_page(datasette, request):
    """An article's text with every quotation, speaker mention and cue highlighted and attributed."""
    name, db = _database(datasette, request)
    article = await _one(db, "select * from articles where id = ?", [request.url_vars["id"]])
    appearances = await _all(db, """
        select a.*, s.id as speaker_id, s.name as speaker
        from appearances a join quotes q on q.id = a.quote_id left join speakers s on s.id = q.speaker_id
        where a.article_id = ? order by a.start""", [article["id"]])
    links = Urls(datasette, name)
    text = article["text"]
    spans = [s for a in appearances for s in spans_of(a)]
    notes = [(after_closing_mark(text, a["end"]), _attribution_note(a, links)) for a in appearances]
    body = [highlight(text, a, b, spans, notes) for a, b in paragraphs(text)]
    context = {"database": name, "article": article, "appearances": appearances, "body": body, "links": links}
    return Response.html(await datasette.render_template("article.html", context, request=request))


def found_by(appearance: dict) -> str:
    """The strategy that found the speaker and, when known, how its mention was resolved: "governing verb (pronoun)"."""
    method, resolved = appearance.get("method") or "unknown", appearance.get("resolved")
    return f"{method} ({resolved})" if resolved and resolved != "none" else method


def _attribution_note(appearance, links: Urls) -> Markup:
    """The small label after a quotation in an article: who said it, linking to the quote's evidence."""
    who = appearance["speaker"] or "no speaker found"
    detail = f"{appearance['cue'] or 'no cue'} · {found_by(appearance)} · {confidence_label(appearance['confidence'])}"
    return Markup('<a class="attribution" href="{}" title="{}">{}</a>').format(
        links.quote(appearance["quote_id"]), detail, who)


@hookimpl
def register_routes():
    return [
        (r"^/(?P<database>[^/]+)/-/quote/(?P<id>\d+)$", quote_page),
        (r"^/(?P<database>[^/]+)/-/article/(?P<id>\d+)$", article_page),
    ]


def web_url(url: str | None) -> str:
    """An article's URL when it is a web address (http or https), else "" (never a javascript: link)."""
    return url if isinstance(url, str) and url.lower().startswith(("http://", "https://")) else ""


@hookimpl
def prepare_connection(conn):
    """Every connection Datasette opens reads the file through memory mapping."""
    conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")


@hookimpl
def prepare_jinja2_environment(env):
    """Make the evidence templates findable however the plugin was loaded (entry point or plugins dir)."""
    env.loader = ChoiceLoader([env.loader, FileSystemLoader(str(TEMPLATES))])
    env.filters["web_url"] = web_url


#: (table, column) -> (column holding the id, kind of page): cells that link to an evidence page.
#: table None is a canned or custom SQL query.
_LINKED_CELLS = {
    ("quote_appearances", "quote"): ("quote_id", "quote"),
    ("quote_appearances", "title"): ("article_id", "article"),
    ("quote_appearances", "article_id"): ("article_id", "article"),
    ("quotes", "text"): ("id", "quote"),
    ("articles", "title"): ("id", "article"),
    (None, "quote"): ("quote_id", "quote"),
    (None, "first_version"): ("quote_id", "quote"),
    (None, "other_version"): ("variant_id", "quote"),
    (None, "title"): ("article_id", "article"),
    (None, "first_title"): ("article_id", "article"),
}


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """Quotation words and article titles link to their evidence pages."""
    target = _LINKED_CELLS.get((table, column))
    if target is None or value is None:
        return None
    id_column, page = target
    try:
        record_id = row[id_column]
    except (IndexError, KeyError):
        return None
    if record_id is None:
        return None
    links = Urls(datasette, database)
    href = links.quote(record_id) if page == "quote" else links.article(record_id)
    return Markup('<a class="evidence" href="{}">{}</a>').format(href, value)
