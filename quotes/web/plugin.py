"""Datasette plugin: a newsroom front end on a quotes database, and the evidence behind each quotation.

Pages (under /<db>/-/): the home page (also at /), `who-said`, `quote/<id>`,
`article/<id>`, `speaker/<id>`, `appearance/<id>` (to its quote's page), and Atom feeds `speaker/<id>.atom` and
`search.atom?q=words`.  The plugin only reads.  Its folder stands alone, so that
`quotes publish` can ship it as a `--plugins-dir`: sibling modules are loaded from
the package when there is one, else from the folder (see `_sibling`).
"""
from __future__ import annotations

import importlib
import importlib.util
import sqlite3
from pathlib import Path
from urllib.parse import urlencode

from datasette import hookimpl
from datasette.utils.asgi import NotFound, Response
from datasette.views.index import IndexView
from jinja2 import ChoiceLoader, FileSystemLoader
from markupsafe import Markup

HERE = Path(__file__).parent
TEMPLATES = HERE / "templates"
CSS = HERE / "static" / "quotes.css"
#: Bytes of the database file read through memory mapping (SQLite's own upper limit): counting and
#: faceting thousands of search matches reads table pages without a copy per page (a third faster
#: on the 1M-appearance benchmark database).
MMAP_BYTES = 0x7FFF0000
#: The longest string or blob any query may make (SQLITE_LIMIT_LENGTH), in bytes: an article is at most
#: a million characters (4 MB), and `select randomblob(1000000000)` fails at once instead of taking a gigabyte.
MAX_VALUE_BYTES = 10_000_000
#: The status of the page of an id whose quote, speaker, article or appearance was removed: it was there, and is no more.
GONE = 410


def _sibling(name: str):
    """A module of this folder: imported from the package, or read from the file beside this one."""
    if __package__:
        return importlib.import_module(f"{__package__}.{name}")
    spec = importlib.util.spec_from_file_location(f"quotes_web_{name}", HERE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


text, chart, reads = (_sibling(n) for n in ("text", "chart", "reads"))


class Urls:
    """Addresses of the plugin's pages and of Datasette's own pages for one database."""

    def __init__(self, datasette, database: str):
        self.ds, self.db = datasette, database
        self.base = f"{datasette.urls.database(database)}/-"

    def quote(self, quote_id) -> str:
        return f"{self.base}/quote/{int(quote_id)}"

    def article(self, article_id) -> str:
        return f"{self.base}/article/{int(article_id)}"

    def appearance(self, appearance_id) -> str:
        return f"{self.base}/appearance/{int(appearance_id)}"

    def speaker(self, speaker_id) -> str:
        return f"{self.base}/speaker/{int(speaker_id)}"

    def speaker_feed(self, speaker_id) -> str:
        return f"{self.base}/speaker/{int(speaker_id)}.atom"

    def words_feed(self, words: str) -> str:
        return f"{self.base}/search.atom?{urlencode({'q': words})}"

    def who_said(self) -> str:
        return f"{self.base}/who-said"

    def table(self, **args) -> str:
        query = urlencode({k: v for k, v in args.items() if v is not None})
        return self.ds.urls.table(self.db, "quote_appearances") + (f"?{query}" if query else "")

    def speaker_quotes(self, speaker_id) -> str:
        return self.table(speaker_id=int(speaker_id))


async def _one(db, sql: str, params) -> dict:
    rows = (await db.execute(sql, params)).rows
    if not rows:
        raise NotFound("No such record")
    return dict(rows[0])


def _database(datasette, request):
    name = request.url_vars["database"]
    try:
        return name, datasette.get_database(name)
    except KeyError:
        raise NotFound(f"Database not found: {name}") from None


def _record_id(request) -> int:
    """The numeric id in the address; anything else (-1, abc, a huge number) is not found."""
    value = request.url_vars["id"]
    if not value.isdigit() or len(value) > 18:
        raise NotFound("No such record")
    return int(value)


async def _render(datasette, request, template: str, context: dict, status: int = 200, **headers) -> Response:
    html = await datasette.render_template(template, context, request=request)
    return Response.html(html, status=status, headers=headers)


async def home_page(datasette, request):
    """What the database holds, a "who said…?" box, the latest quotations and the most quoted speakers.

    `/.json` and a Datasette serving no quotes database (the plugin is installed for every Datasette
    of the environment) keep Datasette's own index."""
    for name, db in datasette.databases.items():
        if not name.startswith("_") and await db.table_exists("quote_appearances"):
            break
    else:
        name = None
    if name is None or request.url_vars["format"]:
        return await IndexView.as_view(datasette)(request, None)
    held = await reads.holdings(db)
    context = {"database": name, "held": held, "links": Urls(datasette, name), "metadata": datasette.metadata(),
               "latest": await reads.latest(db), "outlets": await reads.outlets(db),
               "top": {days: await reads.top_speakers(db, held["last"], days) for days in (7, 30)}}
    return await _render(datasette, request, "home.html", context)


def _who_said_lookup():
    """The `quotes who-said` look-up and the error it raises for words it cannot use, or None when the
    plugin runs without the quotes package (published with `quotes publish`)."""
    try:
        from quotes.errors import QuotesError
        from quotes.store.queries import who_said
    except ImportError:
        return None
    return who_said, QuotesError


async def who_said_page(datasette, request):
    """Quotations close to the words typed, even reworded, as `quotes who-said` finds them."""
    name, db = _database(datasette, request)
    words = (request.args.get("q") or "").strip()[:500]
    lookup = _who_said_lookup()
    if lookup is None:
        return Response.redirect(f"{datasette.urls.database(name)}/who_said?{urlencode({'words': words})}")
    who_said, unusable = lookup
    found, problem = [], None
    if words:
        try:
            found = await db.execute_fn(lambda conn: who_said(conn, words, limit=20))
        except unusable as error:
            problem = str(error)
    context = {"database": name, "words": words, "found": found, "problem": problem, "links": Urls(datasette, name)}
    return await _render(datasette, request, "who_said.html", context)


async def quote_page(datasette, request):
    """A quote, each article that printed it with the paragraph highlighted, and related quotes."""
    name, db = _database(datasette, request)
    asked = _record_id(request)
    if not await reads.exists(db, "quotes", asked):  # a row answers first; its id was never another's
        moved = await reads.redirect(db, asked)
        if moved is not None:  # an id another quote absorbed answers as that quote's id does
            return Response.redirect(Urls(datasette, name).quote(moved))
        removed = await reads.removed(db, asked)
        if removed is not None:  # no article prints it any more: say so (with its words when a revision removed it)
            context = {"database": name, "quote_id": asked, "removed": removed, "links": Urls(datasette, name)}
            return await _render(datasette, request, "quote_removed.html", context, status=GONE)
    quote = await _one(db, """
        select q.*, s.name as speaker, s.kind as speaker_kind, s.role as speaker_role
        from quotes q left join speakers s on s.id = q.speaker_id where q.id = ?""", [_record_id(request)])
    appearances = await reads.all_rows(db, """
        select a.*, ar.title, ar.origin, ar.outlet, ar.author, ar.published, ar.url, ar.text as article_text
        from appearances a join articles ar on ar.id = a.article_id
        where a.quote_id = ? order by ar.published, ar.id, a.start""", [quote["id"]])
    corrected = await reads.corrections(db, [a["id"] for a in appearances])
    for a in appearances:
        a["correction"] = corrected.get(a["id"])
        a["paragraphs"] = text.excerpt(a.pop("article_text"), a)
        a["confidence_label"] = text.confidence_label(a["confidence"])
        a["check"] = text.needs_checking(a["confidence"])
        a["found_by"] = text.found_by(a)
    related = await reads.all_rows(db, """
        select q.id, q.text, q.variant_diff, q.variant_of, s.name as speaker,
               case when q.id = :variant_of then 'this quote is a variant of it'
                    when q.variant_of = :id then 'a variant of this quote'
                    else 'the same words, attributed to ' || coalesce(s.name, 'nobody') end as relation
        from quotes q left join speakers s on s.id = q.speaker_id
        where q.id != :id and (q.id = :variant_of or q.variant_of = :id or q.normalized = :normalized)
        order by q.first_seen, q.id""", quote)
    context = {"database": name, "quote": quote, "appearances": appearances, "related": related,
               "revisions": await reads.revisions(db, quote["id"]), "links": Urls(datasette, name)}
    return await _render(datasette, request, "quote.html", context)


async def appearance_page(datasette, request):
    """An appearance id (what `quotes show` prints and `quotes correct` takes): its printing on its quote's
    page; once removed, a page saying how (HTTP 410)."""
    name, db = _database(datasette, request)
    asked = _record_id(request)
    links = Urls(datasette, name)
    quote_id = await reads.appearance_quote(db, asked)
    if quote_id is not None:
        return Response.redirect(f"{links.quote(quote_id)}#appearance-{asked}")
    removed = await reads.appearance_removed(db, asked)
    if removed is None:
        raise NotFound("No such appearance")
    context = {"database": name, "appearance_id": asked, "removed": removed, "links": links}
    return await _render(datasette, request, "appearance_removed.html", context, status=GONE)


async def article_page(datasette, request):
    """An article's text with every quotation, speaker mention and cue highlighted and attributed."""
    name, db = _database(datasette, request)
    asked = _record_id(request)
    if not await reads.exists(db, "articles", asked) and await reads.was_given(db, "articles", asked):
        context = {"database": name, "article_id": asked, "links": Urls(datasette, name)}
        return await _render(datasette, request, "article_removed.html", context, status=GONE)
    article = await _one(db, "select * from articles where id = ?", [asked])
    appearances = await reads.all_rows(db, """
        select a.*, s.id as speaker_id, s.name as speaker
        from appearances a join quotes q on q.id = a.quote_id left join speakers s on s.id = q.speaker_id
        where a.article_id = ? order by a.start""", [article["id"]])
    corrected = await reads.corrections(db, [a["id"] for a in appearances])
    for a in appearances:
        a["correction"] = corrected.get(a["id"])
    links = Urls(datasette, name)
    body = article["text"]
    spans = [s for a in appearances for s in text.spans_of(a)]
    notes = [(text.after_closing_mark(body, a["end"]), _attribution_note(a, links)) for a in appearances]
    context = {"database": name, "article": article, "appearances": appearances, "links": links,
               "body": text.highlight_paragraphs(body, spans, notes),
               "revisions": await reads.article_revisions(db, article["id"])}
    return await _render(datasette, request, "article.html", context)


def _attribution_note(appearance, links: Urls) -> Markup:
    """The small label after a quotation in an article: who said it, linking to the quote's evidence."""
    who = appearance["speaker"] or "no speaker found"
    detail = (f"{appearance['cue'] or 'no cue'} · {text.found_by(appearance)} · "
              f"{text.confidence_label(appearance['confidence'])}"
              + (" · corrected by hand" if appearance.get("correction") else ""))
    check = Markup(' <span class="check">check this</span>') if text.needs_checking(appearance["confidence"]) else ""
    return Markup('<a class="attribution" href="{}" title="{}">{}{}</a>').format(
        links.quote(appearance["quote_id"]), detail, who, check)


#: A speaker printed more often than this has their newest quotations read from the date index.
MANY_PRINTINGS = 2000


async def speaker_page(datasette, request):
    """A speaker: names as written, quotations newest first, a timeline, and where outlets disagree."""
    name, db = _database(datasette, request)
    speaker_id = _record_id(request)
    speaker = await reads.speaker(db, speaker_id)
    if speaker is None:
        moved = await reads.speaker_redirect(db, speaker_id)
        if moved is not None:  # an id another speaker absorbed answers as that speaker's id does
            return Response.redirect(Urls(datasette, name).speaker(moved))
        if await reads.was_given(db, "speakers", speaker_id):  # no quotation is given to it any more
            context = {"database": name, "speaker_id": speaker_id, "links": Urls(datasette, name)}
            return await _render(datasette, request, "speaker_removed.html", context, status=GONE)
        raise NotFound("No such speaker")
    months = await reads.speaker_timeline(db, speaker_id, monthly=True)
    spread = sorted({r["period"] for r in months})
    weekly = bool(spread) and len(chart.periods(spread[0], spread[-1], weekly=False)) <= 6
    days = await reads.speaker_timeline(db, speaker_id, monthly=False) if weekly else None
    since = reads.newest_month(months, reads.SPEAKER_PAGE) if speaker["appearance_count"] > MANY_PRINTINGS else None
    quotes = await reads.speaker_quotes(db, speaker_id, since)
    links = Urls(datasette, name)
    context = {"database": name, "speaker": speaker, "links": links, "quotes": quotes,
               "roles": await reads.roles(db, [q["appearance_id"] for q in quotes]),
               "timeline": chart.by_outlet(months, days, f"Quotations of {speaker['name']}, by outlet") if months else "",
               "variants": await reads.speaker_variants(db, speaker_id),
               "conflicts": await reads.speaker_conflicts(db, speaker_id),
               "feed": links.speaker_feed(speaker_id)}
    return await _render(datasette, request, "speaker.html", context)


async def _feed(datasette, request, name: str, title: str, rows: list[dict], self_url: str, page_url: str):
    def absolute(path: str) -> str:
        return datasette.absolute_url(request, path)

    context = {"database": name, "title": title, "entries": rows, "links": Urls(datasette, name), "absolute": absolute,
               "self_url": absolute(self_url), "page_url": absolute(page_url),
               "updated": max((r["added"] for r in rows), default="1970-01-01T00:00:00Z")}
    xml = await datasette.render_template("feed_atom.html", context, request=request)
    return Response(xml, content_type="application/atom+xml; charset=utf-8")


async def speaker_feed(datasette, request):
    """Atom feed of a speaker's newest quotations."""
    name, db = _database(datasette, request)
    speaker = await reads.speaker(db, _record_id(request))
    if speaker is None:
        raise NotFound("No such speaker")
    links = Urls(datasette, name)
    rows = await reads.feed_of_speaker(db, speaker["id"])
    return await _feed(datasette, request, name, f"Quotations of {speaker['name']}", rows,
                       links.speaker_feed(speaker["id"]), links.speaker(speaker["id"]))


async def words_feed(datasette, request):
    """Atom feed of the newest quotations holding every one of some words (?q=)."""
    name, db = _database(datasette, request)
    words = (request.args.get("q") or "").strip()
    query = reads.match_words(words)
    if query is None:
        return Response.text("Give some words to follow: ?q=harbour+strike", status=400)
    links = Urls(datasette, name)
    rows = await reads.feed_of_words(db, query)
    return await _feed(datasette, request, name, f"Quotations with “{words}”", rows,
                       links.words_feed(words), links.table(_search=words))


async def stylesheet(datasette, request):
    return Response(CSS.read_text(encoding="utf-8"), content_type="text/css; charset=utf-8",
                    headers={"Cache-Control": "max-age=300"})


_ID = r"(?P<id>[^/.]+)"


@hookimpl
def register_routes():
    db = r"^/(?P<database>[^/]+)/-/"
    return [
        (r"^/(\.(?P<format>jsono?))?$", home_page),
        (r"^/-/quotes\.css$", stylesheet),
        (db + r"who-said$", who_said_page),
        (db + rf"quote/{_ID}$", quote_page),
        (db + rf"article/{_ID}$", article_page),
        (db + rf"appearance/{_ID}$", appearance_page),
        (db + rf"speaker/{_ID}$", speaker_page),
        (db + rf"speaker/{_ID}\.atom$", speaker_feed),
        (db + r"search\.atom$", words_feed),
    ]


@hookimpl
def startup(datasette):
    """Error pages without `rich`: with it installed (spaCy brings it), Datasette prints every error's
    traceback with its local variables, which costs up to a second of CPU and 20 KB of log per request,
    and its 404 page fails with a 500."""
    import datasette.handle_exception as errors

    errors.rich = None


async def _is_quotes_database(datasette, name: str) -> bool:
    db = datasette.databases.get(name)
    return db is not None and await db.table_exists("quote_appearances")


@hookimpl
def asgi_wrapper(datasette):
    """Refuse POST and other writing methods to a quotes database's pages with 405.

    The site never writes, and Datasette 0.65 answers a POST to a canned query or a table with a 500.
    Other databases a Datasette of this environment serves are left alone."""
    def wrap(app):
        async def only_reads(scope, receive, send):
            if (scope["type"] == "http" and scope["method"] not in ("GET", "HEAD", "OPTIONS")
                    and await _is_quotes_database(datasette, scope["path"].split("/")[1])):
                await Response.text("This site only reads: use GET.", status=405,
                                    headers={"Allow": "GET, HEAD"}).asgi_send(send)
                return
            await app(scope, receive, send)
        return only_reads
    return wrap


@hookimpl
def prepare_connection(conn):
    """Every connection reads the file through memory mapping and caps the size of any value it makes."""
    conn.execute(f"PRAGMA mmap_size = {MMAP_BYTES}")
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)


@hookimpl
def prepare_jinja2_environment(env):
    """Templates findable however the plugin was loaded; no bidirectional controls printed on any page."""
    env.loader = ChoiceLoader([env.loader, FileSystemLoader(str(TEMPLATES))])
    env.finalize = text.unspoofed
    env.filters["web_url"] = text.web_url
    env.filters["diff"] = text.diff_html
    env.filters["needs_checking"] = text.needs_checking


@hookimpl
def extra_css_urls():
    return ["/-/quotes.css"]


#: (table, column) -> (column holding the id, kind of page): cells that link to the plugin's pages.
#: table None is a canned or custom SQL query.
_LINKED_CELLS = {
    ("quote_appearances", "quote"): ("quote_id", "quote"),
    ("quote_appearances", "title"): ("article_id", "article"),
    ("quote_appearances", "article_id"): ("article_id", "article"),
    ("quote_appearances", "speaker"): ("speaker_id", "speaker"),
    ("quotes", "text"): ("id", "quote"),
    ("articles", "title"): ("id", "article"),
    ("speakers", "name"): ("id", "speaker"),
    (None, "quote"): ("quote_id", "quote"),
    (None, "first_version"): ("quote_id", "quote"),
    (None, "other_version"): ("variant_id", "quote"),
    (None, "title"): ("article_id", "article"),
    (None, "first_title"): ("article_id", "article"),
    (None, "speaker"): ("speaker_id", "speaker"),
}


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """Quotations, titles and speakers link to their pages; a stored word diff shows as marks."""
    if column in ("difference", "variant_diff") and isinstance(value, str):
        return Markup('<span class="word-diff">{}</span>').format(text.diff_html(value))
    target = _LINKED_CELLS.get((table, column))
    if target is None or value is None:
        return None
    id_column, page = target
    try:
        record_id = int(row[id_column])
    except (IndexError, KeyError, TypeError, ValueError):  # no such column, or not an id: a custom query
        return None
    links = Urls(datasette, database)
    href = getattr(links, page)(record_id)
    return Markup('<a class="{}" href="{}">{}</a>').format(
        "speaker" if page == "speaker" else "evidence", href, value)
