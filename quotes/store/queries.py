"""Questions asked of the database: search, who said it, speakers, one quote in full, export."""
from __future__ import annotations

import math
import sqlite3
import threading
from difflib import SequenceMatcher
from typing import NamedTuple

from ..errors import QuotesError
from ..words import WORD
from .normalize import name_key, quote_key, words

#: The columns of one appearance with its quote, speaker and article, for listings and export.
APPEARANCE_COLUMNS = """
    a.id AS appearance_id, q.id AS quote_id, a.text AS quote, s.name AS speaker, s.id AS speaker_id,
    s.kind AS speaker_kind, a.speaker_mention, a.cue, ar.outlet, ar.published,
    coalesce(ar.published, substr(ar.added, 1, 10)) AS date, coalesce(ar.title, ar.origin) AS title,
    ar.id AS article_id, ar.url,
    a.method, a.resolved, a.confidence, a.reported_by, a.partial, q.variant_of, q.conflict"""
APPEARANCES = f"""SELECT {APPEARANCE_COLUMNS} FROM appearances a JOIN quotes q ON q.id = a.quote_id
    JOIN articles ar ON ar.id = a.article_id LEFT JOIN speakers s ON s.id = q.speaker_id"""


def fts_query(text: str, any_word: bool = False) -> str:
    """A safe FTS5 query of the words of `text` (all of them, or any)."""
    terms = [f'"{w}"' for w in WORD.findall(text)]
    if not terms:
        raise QuotesError("give some words to search for")
    return (" OR " if any_word else " ").join(terms)


def speaker_ids(conn: sqlite3.Connection, name: str) -> list[int]:
    """Speakers whose name or any alias contains `name` (case and punctuation ignored)."""
    key = name_key(name)
    rows = conn.execute("SELECT speaker_id FROM speaker_aliases WHERE normalized LIKE ? "
                        "UNION SELECT id FROM speakers WHERE name LIKE ?", (f"%{key}%", f"%{name}%")).fetchall()
    return [r[0] for r in rows]


def search(conn: sqlite3.Connection, text: str, speaker: str | None = None, outlet: str | None = None,
           since: str | None = None, until: str | None = None, limit: int = 50) -> list[dict]:
    """Appearances whose words (or attribution) match `text`, best first, with optional filters."""
    where, params = ["appearances_fts MATCH ?"], [fts_query(text)]
    if speaker:
        ids = speaker_ids(conn, speaker)
        where.append(f"q.speaker_id IN ({','.join('?' * len(ids)) or 'NULL'})")
        params += ids
    if outlet:
        where.append("ar.outlet LIKE ?")
        params.append(f"%{outlet}%")
    if since:
        where.append("coalesce(ar.published, substr(ar.added, 1, 10)) >= ?")
        params.append(since)
    if until:
        where.append("coalesce(ar.published, substr(ar.added, 1, 10)) <= ?")
        params.append(until)
    sql = (f"{APPEARANCES} JOIN appearances_fts f ON f.rowid = a.id WHERE {' AND '.join(where)} "
           f"ORDER BY f.rank LIMIT ?")
    return [dict(r) for r in conn.execute(sql, [*params, limit])]


def _coverage(needle: list[str], hay: list[str]) -> float:
    """Share of the words asked for that the quote has, in order."""
    if not needle or not hay:
        return 0.0
    blocks = SequenceMatcher(None, needle, hay, autojunk=False).get_matching_blocks()
    return sum(b.size for b in blocks) / len(needle)


#: Matches of a word counted, at most, to weigh it (a word this common weighs next to nothing anyway).
DF_CAP = 20_000
#: Quotes the rare words of a question bring back, best ranked first, before each is scored.
CANDIDATES = 300


#: A candidates query is ranked (bm25) only when it can match at most this many quotes: ranking costs
#: with every match, and questions of only common words ("the of") are answered in any order.
RANK_LIMIT = 10_000


def _weights(conn: sqlite3.Connection, terms: list[str]) -> tuple[dict[str, float], dict[str, int]]:
    """How much each word of a question counts: rare words most (inverse document frequency over the
    stemmed words index, so "printing" and "print" are one word); a word no quote has counts as much as
    the rarest word some quote has (on a small database "was" may be in no quote, and is no rare word).
    Also how many quotes have each word (counted up to DF_CAP)."""
    total = conn.execute("SELECT max(id) FROM quotes").fetchone()[0] or 0
    dfs = {t: conn.execute("SELECT count(*) FROM (SELECT 1 FROM quotes_stems_fts WHERE quotes_stems_fts MATCH ? LIMIT ?)",
                           (f'"{t}"', DF_CAP)).fetchone()[0] for t in terms}
    found = {t: math.log(1 + total / df) for t, df in dfs.items() if df}
    absent = max(found.values(), default=math.log(2 + total))
    return {t: found.get(t, absent) for t in terms}, dfs


def _matching(conn: sqlite3.Connection, match: str, matches: int) -> list[int]:
    """Up to CANDIDATES quotes of an FTS query on the stemmed index, best ranked first when ranking
    `matches` quotes is cheap."""
    order = "ORDER BY rank " if matches <= RANK_LIMIT else ""
    return [r[0] for r in conn.execute(f"SELECT rowid FROM quotes_stems_fts WHERE quotes_stems_fts MATCH ? {order}LIMIT ?",
                                       (match, CANDIDATES))]


def _asked(weights: dict[str, float], threshold: float) -> list[str]:
    """The rarest words, enough of them that a quote with none of them cannot reach `threshold`."""
    total, chosen, weight = sum(weights.values()), [], 0.0
    for t in sorted(weights, key=lambda t: -weights[t]):
        chosen.append(t)
        weight += weights[t]
        if weight > (1 - threshold) * total + 1e-9:
            break
    return chosen


_STEMS: dict[str, frozenset[str]] = {}
_STEMMER = threading.local()


def stems(ws: list[str]) -> dict[str, frozenset[str]]:
    """Each word's Porter stem(s), as the stemmed words index (quotes_stems_fts) has it: SQLite's own
    porter tokenizer asked through an FTS5 table in memory, apart from the database (cached)."""
    missing = [w for w in dict.fromkeys(ws) if w not in _STEMS]
    if missing:
        conn = getattr(_STEMMER, "conn", None)
        if conn is None:
            conn = _STEMMER.conn = sqlite3.connect(":memory:")
            conn.execute("CREATE VIRTUAL TABLE words USING fts5(w, tokenize='porter unicode61')")
            conn.execute("CREATE VIRTUAL TABLE terms USING fts5vocab(words, 'instance')")
        if len(_STEMS) > 500_000:
            _STEMS.clear()
        conn.execute("DELETE FROM words")
        conn.executemany("INSERT INTO words(rowid, w) VALUES (?, ?)", enumerate(missing, 1))
        found: dict[int, set[str]] = {}
        for doc, term in conn.execute("SELECT doc, term FROM terms"):
            found.setdefault(doc, set()).add(term)
        for n, w in enumerate(missing, 1):
            _STEMS[w] = frozenset(found.get(n, {w}))
    return {w: _STEMS[w] for w in ws}


def who_said(conn: sqlite3.Connection, text: str, limit: int = 5, threshold: float = 0.6) -> list[dict]:
    """Quotes that contain these words, even inflected, in another order or with small differences, with
    who said them where and when.  Every word of the question counts, rare words most: the score is
    the share of the question's weight (see _weights) the quote has; the exact words in order score 1.
    When no quote reaches `threshold`, the closest ones are returned marked "closest": True."""
    needle = words(text)
    key = quote_key(text)
    if not needle:
        raise QuotesError("give some words of the quotation")
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'quotes_stems_fts'").fetchone() is None:
        raise QuotesError("this database was made by an older quotes: open it once with `quotes speakers` "
                          "to bring it up to date")
    terms = list(dict.fromkeys(needle))
    weights, dfs = _weights(conn, terms)
    exact = {r[0] for r in conn.execute("SELECT id FROM quotes WHERE normalized = ?", (key,))}
    every = _matching(conn, " ".join(f'"{t}"' for t in terms), min(dfs.values()))  # every word, any order
    asked = _asked(weights, threshold)
    some = _matching(conn, " OR ".join(f'"{t}"' for t in asked), sum(dfs[t] for t in asked))
    rare, matches = [], 0  # the rarest words alone, ranked, when all of them asked are too common to rank
    for t in sorted((t for t in terms if dfs[t]), key=lambda t: dfs[t]):
        if matches + dfs[t] > RANK_LIMIT:
            break
        rare.append(t)
        matches += dfs[t]
    if rare and matches < sum(dfs[t] for t in asked) and sum(dfs[t] for t in asked) > RANK_LIMIT:
        some += _matching(conn, " OR ".join(f'"{t}"' for t in rare), matches)
    ids = sorted(exact | set(every) | set(some))
    listed = ",".join(map(str, ids)) or "NULL"
    normalized = {r[0]: r[1] for r in conn.execute(f"SELECT id, normalized FROM quotes WHERE id IN ({listed})")}
    asked_stems = stems(terms)
    total = sum(weights.values())
    scored = []
    for quote_id in ids:
        if quote_id not in normalized:
            continue
        has = frozenset().union(*stems(normalized[quote_id].split()).values())
        have = sum(weights[t] for t in terms if asked_stems[t] <= has)
        score = 1.0 if quote_id in exact else min(have / total, 1.0)  # every word in any form: 1
        in_order = _coverage(needle, normalized[quote_id].split())
        scored.append((round(score, 2), in_order, quote_id))
    scored.sort(key=lambda s: (-s[0], -s[1], s[2]))
    found = [s for s in scored if s[0] >= threshold]
    closest = not found
    chosen = found[:limit] if found else [s for s in scored if s[0] > 0][:limit]
    return [dict(quote(conn, quote_id), score=score, closest=closest) for score, _, quote_id in chosen]


#: The largest id SQLite stores (a larger number is no id of anything).
MAX_ID = 2**63 - 1


def valid_id(value: int, what: str) -> int:
    """`value` when it can be an id of a row, else a one-line error: "no quote with id 99999999999999999999"."""
    if not 0 <= value <= MAX_ID:
        raise QuotesError(f"no {what} with id {value}")
    return value


def quote(conn: sqlite3.Connection, quote_id: int) -> dict:
    """One quote with its speaker, every appearance (with context), variants and conflicting speakers.
    An id that another quote absorbed answers with that quote ("redirected_from" says which id was
    asked for, "redirect_reason" why); the wordings earlier revisions of its articles printed, and
    the later rewordings or removals, are in "revisions"."""
    valid_id(quote_id, "quote")
    asked = quote_id
    quote_id, reason = _current(conn, quote_id)
    row = conn.execute("SELECT q.*, s.name AS speaker, s.kind AS speaker_kind, s.role AS speaker_role "
                       "FROM quotes q LEFT JOIN speakers s ON s.id = q.speaker_id WHERE q.id = ?", (quote_id,)).fetchone()
    if row is None:
        became = f"quote #{asked} is now quote #{quote_id}, which" if quote_id != asked else f"quote #{asked}"
        removed = conn.execute(
            "SELECT c.old_text, c.article_id, coalesce(ar.title, ar.origin) AS title, r.replaced "
            "FROM quote_changes c JOIN article_revisions r ON r.id = c.revision_id "
            "JOIN articles ar ON ar.id = c.article_id WHERE c.quote_id = ? AND c.new_quote_id IS NULL "
            "ORDER BY c.id DESC LIMIT 1", (quote_id,)).fetchone()
        if removed:
            raise QuotesError(f"{became} \u201c{removed['old_text']}\u201d was removed in a later revision of "
                              f"article {removed['article_id']} ({removed['title']}, {removed['replaced'][:10]})")
        if was_given(conn, "quotes", quote_id):
            raise QuotesError(f"{became} was removed: no article prints it any more")
        raise QuotesError(f"no quote with id {asked}")
    out = dict(row)
    out["redirected_from"], out["redirect_reason"] = (asked, reason) if asked != quote_id else (None, None)
    out["revisions"] = revisions(conn, quote_id)
    out["appearances"] = [dict(r) for r in conn.execute(
        f"SELECT {APPEARANCE_COLUMNS}, a.start, a.\"end\", a.context, a.context_start, a.speaker_name, "
        f"{CORRECTED} "
        "FROM appearances a JOIN quotes q ON q.id = a.quote_id JOIN articles ar ON ar.id = a.article_id "
        "LEFT JOIN speakers s ON s.id = q.speaker_id WHERE a.quote_id = ? ORDER BY date, ar.id, a.start", (quote_id,))]
    root = row["variant_of"] or row["id"]
    out["variants"] = [dict(r) for r in conn.execute(
        "SELECT q.id, q.text, q.variant_diff, q.article_count, s.name AS speaker FROM quotes q "
        "LEFT JOIN speakers s ON s.id = q.speaker_id WHERE (q.variant_of = ? OR q.id = ?) AND q.id != ? ORDER BY q.id",
        (root, root, quote_id))]
    out["also_attributed_to"] = [dict(r) for r in conn.execute(
        "SELECT q.id AS quote_id, s.id AS speaker_id, s.name AS speaker, q.article_count FROM quotes q "
        "JOIN speakers s ON s.id = q.speaker_id WHERE q.normalized = ? AND q.id != ?", (row["normalized"], quote_id))]
    return out


#: The correction by hand that holds for an appearance `a`, as columns of it.
CORRECTED = """(SELECT c.action FROM corrections c WHERE c.appearance_id = a.id ORDER BY c.id DESC LIMIT 1) AS corrected,
    (SELECT c.note FROM corrections c WHERE c.appearance_id = a.id ORDER BY c.id DESC LIMIT 1) AS correction_note,
    (SELECT c.at FROM corrections c WHERE c.appearance_id = a.id ORDER BY c.id DESC LIMIT 1) AS corrected_at"""


def _current(conn: sqlite3.Connection, quote_id: int) -> tuple[int, str | None]:
    """The id that answers for `quote_id` (its own when it is a row) and why it changed."""
    if conn.execute("SELECT 1 FROM quotes WHERE id = ?", (quote_id,)).fetchone():
        return quote_id, None
    row = conn.execute("SELECT new_id, reason FROM quote_redirects WHERE old_id = ?", (quote_id,)).fetchone()
    return (row[0], row[1]) if row else (quote_id, None)


def was_given(conn: sqlite3.Connection, table: str, row_id: int) -> bool:
    """Whether `row_id` was ever the id of a row of `table` (quotes, speakers, articles, appearances): ids
    are given in turn and never again (AUTOINCREMENT), so every id up to the last one given was."""
    row = conn.execute("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)).fetchone()
    return row is not None and 0 < row_id <= row[0]


def appearance_gone(conn: sqlite3.Connection, appearance_id: int) -> str:
    """Why no appearance answers for `appearance_id`, in one line: a later revision of its article removed
    the quotation (its words, the article, when), a correction by hand said it is no quotation (when, the
    note), or, for another id once given, it was removed (its article read again or deleted); else it
    was never given."""
    revised = conn.execute(
        "SELECT c.old_text, c.article_id, coalesce(ar.title, ar.origin) AS title, r.replaced "
        "FROM quote_changes c JOIN article_revisions r ON r.id = c.revision_id JOIN articles ar ON ar.id = c.article_id "
        "WHERE c.appearance_id = ? AND c.new_quote_id IS NULL ORDER BY c.id DESC LIMIT 1", (appearance_id,)).fetchone()
    if revised:
        return (f"appearance {appearance_id} \u201c{revised['old_text']}\u201d was removed in a later revision of "
                f"article {revised['article_id']} ({revised['title']}, {revised['replaced'][:10]})")
    by_hand = conn.execute("SELECT quote, article_id, at, note FROM corrections WHERE appearance_id = ? "
                           "AND action = 'not-a-quote' ORDER BY id DESC LIMIT 1", (appearance_id,)).fetchone()
    if by_hand:
        return (f"appearance {appearance_id} \u201c{by_hand['quote']}\u201d of article {by_hand['article_id']} was "
                f"removed by hand as no quotation ({by_hand['at'][:10]}" + (f": {by_hand['note']})" if by_hand["note"] else ")"))
    if was_given(conn, "appearances", appearance_id):
        return f"appearance {appearance_id} was removed: its article was read again without it, or deleted"
    return f"no appearance with id {appearance_id} (see `quotes show QUOTE`)"


def revisions(conn: sqlite3.Connection, quote_id: int) -> list[dict]:
    """How later revisions of the articles that printed this quote changed it: each with the article,
    when, the earlier and the later wording (None: the quotation was removed)."""
    ids = ",".join(str(int(i)) for i in {quote_id, *(r[0] for r in conn.execute(
        "SELECT old_id FROM quote_redirects WHERE new_id = ?", (quote_id,)))})
    return [dict(r) for r in conn.execute(
        "SELECT c.article_id, coalesce(ar.title, ar.origin) AS title, r.replaced, c.quote_id, c.old_text, "
        "c.new_quote_id, c.new_text FROM quote_changes c JOIN article_revisions r ON r.id = c.revision_id "
        f"JOIN articles ar ON ar.id = c.article_id WHERE c.quote_id IN ({ids}) OR c.new_quote_id IN ({ids}) "
        "ORDER BY c.id")]


def speakers(conn: sqlite3.Connection, kind: str | None = None, name: str | None = None,
             limit: int | None = None) -> list[dict]:
    """Speakers with their counts and aliases, the most quoted first."""
    where, params = [], []
    if kind:
        where.append("s.kind = ?")
        params.append(kind)
    if name:
        ids = speaker_ids(conn, name)
        where.append(f"s.id IN ({','.join('?' * len(ids)) or 'NULL'})")
        params += ids
    sql = ("SELECT s.id, s.name, s.kind, s.role, s.quote_count, s.appearance_count, s.article_count, "
           "(SELECT group_concat(alias, ' | ') FROM (SELECT alias FROM speaker_aliases WHERE speaker_id = s.id "
           "ORDER BY id)) AS aliases FROM speakers s"
           + (f" WHERE {' AND '.join(where)}" if where else "")
           + " ORDER BY s.appearance_count DESC, s.name" + (" LIMIT ?" if limit else ""))
    return [dict(r) for r in conn.execute(sql, [*params, *([limit] if limit else [])])]


def export_rows(conn: sqlite3.Connection) -> list[dict]:
    """Every appearance with its quote, speaker and article (one flat row each)."""
    import sqlite_utils

    return list(sqlite_utils.Database(conn).query(f"{APPEARANCES} ORDER BY date, ar.id, a.start"))


def totals(conn: sqlite3.Connection) -> dict:
    """How many articles, quotes, appearances and speakers the database holds."""
    return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("articles", "quotes", "appearances", "speakers")}


class StoredArticle(NamedTuple):
    """A stored article's id, text, its hash when read and its outlet (what reprocessing needs)."""

    id: int
    text: str
    content_hash: str
    outlet: str | None = None


def stored_articles(conn: sqlite3.Connection, ids: list[int] | None = None) -> list[StoredArticle]:
    """Stored articles (all, or those with these ids; an unknown id is an error)."""
    if not ids:
        return [StoredArticle(*r) for r in conn.execute("SELECT id, text, content_hash, outlet FROM articles ORDER BY id")]
    for i in ids:
        valid_id(i, "article")
    rows = {r[0]: StoredArticle(*r) for r in conn.execute(
        f"SELECT id, text, content_hash, outlet FROM articles WHERE id IN ({','.join('?' * len(ids))})", ids)}
    missing = [i for i in ids if i not in rows]
    removed = [str(i) for i in missing if was_given(conn, "articles", i)]
    never = [str(i) for i in missing if str(i) not in removed]
    if missing:
        raise QuotesError("; ".join(([f"no article with id {', '.join(never)}"] if never else [])
                                    + ([f"article {', '.join(removed)} was removed from the database"] if removed else [])))
    return [rows[i] for i in dict.fromkeys(ids)]
