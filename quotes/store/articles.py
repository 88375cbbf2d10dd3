"""Writing articles and their quotations: each article whole or not at all.

Re-adding an article (same URL, else the same normalised text) updates it in
place: its appearances are replaced, and quotes or speakers only it supported go.
When its text changed, the earlier text is kept in article_revisions and each
quotation reworded or removed by the new text in quote_changes.
Bulk writers hand over a few articles at a time (store_many): one transaction for
them shares the cost of a commit, which is mostly the full-text indexes' flush.
"""
from __future__ import annotations

import dataclasses
import itertools
import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from difflib import SequenceMatcher

from ..extract.records import Quote
from ..ingest.articles import Article
from .corrections import for_article, matching, speaker_named
from .db import now, transaction
from .linking import ids, quote_for, redirect, refresh, said_by_people, speaker_of
from .normalize import quote_key
from .queries import StoredArticle
from .surnames import settle

METADATA = ("url", "title", "outlet", "author", "published", "language")


@dataclass(frozen=True)
class Plan:
    """What storing an article does: "add", "update", "reprocess" or "skip" (with the stored row and a reason)."""

    action: str
    existing: sqlite3.Row | None = None
    reason: str = ""


def plan(conn: sqlite3.Connection, article: Article) -> Plan:
    """Decide between adding, updating in place and skipping an unchanged article."""
    row = None
    if article.url:
        row = conn.execute("SELECT * FROM articles WHERE url = ?", (article.url,)).fetchone()
    if row is None and article.key:  # the same article id again: a later version of that article
        row = conn.execute("SELECT * FROM articles WHERE key = ? AND (url IS NULL OR ? IS NULL) ORDER BY id",
                           (article.key, article.url)).fetchone()
    same_text = conn.execute("SELECT * FROM articles WHERE content_hash = ?", (article.content_hash,)).fetchone()
    row = row or same_text
    if row is None:
        return Plan("add")
    if same_text is not None and same_text["id"] != row["id"]:
        return Plan("skip", same_text, f"same text as article {same_text['id']}")
    if same_text is not None and article.url and row["url"] and article.url != row["url"]:
        return Plan("skip", row, f"same text as article {row['id']} ({row['url']})")
    if row["content_hash"] == article.content_hash and all(
            getattr(article, f) in (None, row[f]) for f in METADATA):
        return Plan("skip", row, "unchanged")
    return Plan("update", row)


def with_stored_outlet(article: Article, decided: Plan) -> Article:
    """The article with the outlet its stored row keeps, where it names none itself: an edited article re-added
    without --outlet is read for the same paper that `reprocess` reads it for (a letter's "your editorial")."""
    if article.outlet is None and decided.existing is not None and decided.existing["outlet"]:
        return dataclasses.replace(article, outlet=decided.existing["outlet"])
    return article


#: The most characters of its paragraph an appearance keeps as context, around the quotation: one
#: 900,000-character paragraph with 301 quotations must not be stored 301 times.
CONTEXT_CHARS = 1000


def bounded_context(text: str | None, start: int | None, quote_start: int, quote_end: int,
                    limit: int = CONTEXT_CHARS) -> tuple[str | None, int | None]:
    """The context (its text and offset in the article) cut to at most `limit` characters around the
    quotation, as much before it as after where the paragraph allows; offsets stay exact."""
    if text is None or start is None or len(text) <= limit:
        return text, start
    at, length = quote_start - start, quote_end - quote_start
    margin = max(0, (limit - length) // 2)
    lo = max(0, at - margin)
    hi = min(len(text), max(lo + limit, at + length + margin))
    lo = max(0, min(lo, hi - limit))
    hi = min(hi, lo + limit)
    return text[lo:hi], start + lo


def _appearance_values(article_id: int, q: Quote) -> dict:
    return {
        "article_id": article_id, "start": q.start, "end": q.end, "text": q.text,
        "speaker_mention": q.speaker.text if q.speaker else None,
        "speaker_start": q.speaker.start if q.speaker else None,
        "speaker_end": q.speaker.end if q.speaker else None,
        "speaker_name": q.speaker_name, "speaker_kind": q.speaker_kind, "speaker_role": q.speaker_role,
        "cue": q.cue.text if q.cue else None, "cue_start": q.cue.start if q.cue else None,
        "cue_end": q.cue.end if q.cue else None, "method": q.method, "resolved": q.resolved, "confidence": q.confidence,
        **dict(zip(("context", "context_start"), bounded_context(
            q.context.text if q.context else None, q.context.start if q.context else None, q.start, q.end))),
        "reported_by": q.reported_by, "partial": int(q.partial), "multi_paragraph": int(q.multi_paragraph),
        "unterminated": int(q.unterminated), "segments": json.dumps([list(s) for s in q.segments]),
    }


def _similar(a: str, b: str) -> float:
    """How alike two wordings are: the share of their words in common, in order (0 to 1)."""
    x, y = quote_key(a).split(), quote_key(b).split()
    return SequenceMatcher(None, x, y, autojunk=False).ratio() if x and y else 0.0


#: A quotation of a revised article is the earlier one reworded when this share of the words is alike.
REWORDED = 0.5


def _pair(old: dict, quotes: list[Quote], revised: bool) -> dict[int, sqlite3.Row]:
    """Which stored appearance each new quotation continues (by its index): the one at the same place,
    else the one with the same words (the text moved around it), else, in a revised article, the one
    nearby with most words alike (the quotation was reworded).  Each stored one continues at most one."""
    free = dict(old)
    paired = {}
    for i, q in enumerate(quotes):
        if (q.start, q.end) in free:
            paired[i] = free.pop((q.start, q.end))
    for i, q in enumerate(quotes):
        if i not in paired:
            same = [k for k, r in free.items() if quote_key(r["text"]) == quote_key(q.text)]
            if same:
                paired[i] = free.pop(min(same, key=lambda k: abs(k[0] - q.start)))
    if revised:
        for i, q in enumerate(quotes):
            if i not in paired and free:
                score, key = max((_similar(r["text"], q.text), k) for k, r in free.items())
                if score >= REWORDED:
                    paired[i] = free.pop(key)
    return paired


def write_quotes(conn: sqlite3.Connection, article_id: int, quotes: list[Quote], revision_id: int | None = None) -> int:
    """Replace an article's appearances by these quotations (inside the caller's transaction). An
    appearance at the same place, or with the same words, keeps its id, and, when its speaker is named
    the same, its speaker: reprocessing unchanged text changes no row, and links to appearances keep
    working.  Corrections by hand are applied again.  With `revision_id` (the earlier text was kept as
    that revision) reworded and removed quotations are recorded in quote_changes."""
    old = {(r["start"], r["end"]): r for r in conn.execute(
        "SELECT a.id, a.start, a.\"end\", a.text, a.speaker_name, a.speaker_kind, a.quote_id, q.speaker_id "
        "FROM appearances a JOIN quotes q ON q.id = a.quote_id WHERE a.article_id = ?", (article_id,))}
    last_speaker = conn.execute("SELECT ifnull(max(id), 0) FROM speakers").fetchone()[0]  # ids after it are new
    old_quotes = {r["quote_id"] for r in old.values()}
    old_speakers = {r["speaker_id"] for r in old.values()}
    held = for_article(conn, article_id)
    kept, fixes = [], []
    for q in quotes:
        fix = matching(held, q.start, q.end, q.text) if held else None
        if fix is None or fix["action"] != "not-a-quote":
            kept.append(q)
            fixes.append(fix)
    paired = _pair(old, kept, revision_id is not None)
    continued = {r["id"] for r in paired.values()}
    gone = [r for r in old.values() if r["id"] not in continued]
    conn.executemany("DELETE FROM appearances WHERE id = ?", [(r["id"],) for r in gone])
    new_quotes, moves = set(), []
    for i, (q, fix) in enumerate(zip(kept, fixes)):
        values = _appearance_values(article_id, q)
        before = paired.get(i)
        if fix is not None and fix["action"] == "speaker":  # the speaker given by hand holds
            who = speaker_named(conn, fix["speaker"])
            values.update(speaker_name=who["name"], speaker_kind=who["kind"], speaker_role=None)
            speaker_id = who["id"]
        else:
            same = before is not None and (before["speaker_name"], before["speaker_kind"]) == (
                values["speaker_name"], values["speaker_kind"])
            speaker_id = before["speaker_id"] if same else speaker_of(conn, values)
        values["quote_id"] = quote_for(conn, q.text, speaker_id, not said_by_people(values))
        new_quotes.add(values["quote_id"])
        if before is None:
            columns = ", ".join(f'"{c}"' for c in values)
            appearance_id = conn.execute(f"INSERT INTO appearances ({columns}) VALUES ({', '.join('?' * len(values))})",
                                         list(values.values())).lastrowid
        else:
            appearance_id = before["id"]
            changed = {c: v for c, v in values.items() if c != "article_id"}
            assignments = ", ".join(f'"{c}" = ?' for c in changed)
            differs = " OR ".join(f'"{c}" IS NOT ?' for c in changed)  # (a row left as it was fires no trigger)
            conn.execute(f"UPDATE appearances SET {assignments} WHERE id = ? AND ({differs})",
                         [*changed.values(), appearance_id, *changed.values()])
            if before["quote_id"] != values["quote_id"]:
                moves.append((before["quote_id"], values["quote_id"]))
                if revision_id is not None and quote_key(before["text"]) != quote_key(q.text):
                    _change(conn, revision_id, article_id, appearance_id, before, values["quote_id"], q.text)
        if fix is not None and fix["appearance_id"] != appearance_id:
            conn.execute('UPDATE corrections SET appearance_id = ? WHERE article_id = ? AND start = ? AND "end" = ?',
                         (appearance_id, article_id, fix["start"], fix["end"]))
    if revision_id is not None:
        for r in gone:
            _change(conn, revision_id, article_id, r["id"], r, None, None)
    # A quote whose printings all went to another quote answers with that one: redirected before refresh
    # drops the row, so that the ids that had become it follow (quote_redirects.new_id cascades).
    for before, after in moves:
        if not conn.execute("SELECT 1 FROM appearances WHERE quote_id = ?", (before,)).fetchone():
            redirect(conn, before, after, "revised" if revision_id is not None else "reprocessed")
    refresh(conn, old_quotes | new_quotes, old_speakers)
    speakers = {r[0] for r in conn.execute(f"SELECT speaker_id FROM quotes WHERE id IN ({ids(new_quotes)})")}
    settle(conn, speakers, {s for s in speakers if s is not None and s > last_speaker})
    return len(kept)


def _change(conn: sqlite3.Connection, revision_id: int, article_id: int, appearance_id: int, before,
            new_quote_id: int | None, new_text: str | None) -> None:
    conn.execute("INSERT INTO quote_changes(revision_id, article_id, appearance_id, quote_id, old_text, new_quote_id, "
                 "new_text) VALUES (?, ?, ?, ?, ?, ?, ?)",
                 (revision_id, article_id, appearance_id, before["quote_id"], before["text"], new_quote_id, new_text))


#: Articles written in one transaction by `store_all`.
GROUP = 16


def store(conn: sqlite3.Connection, article: Article, quotes: list[Quote]) -> Plan:
    """Add or update one article with its quotations in one transaction; returns what was done."""
    return store_many(conn, [(article, quotes)])[0]


def in_groups(pairs: Iterable, size: int = GROUP) -> Iterator[list]:
    """The pairs in lists of `size` (the last one shorter), as they come."""
    pairs = iter(pairs)
    while group := list(itertools.islice(pairs, size)):
        yield group


def store_all(conn: sqlite3.Connection, pairs: Iterable[tuple[Article | StoredArticle, list[Quote]]],
              ) -> Iterator[tuple[Quote | None, Plan]]:
    """Store each (article, quotations) pair as it comes, GROUP articles a transaction: a new or
    re-read Article is added, updated or skipped; a StoredArticle (reprocessing) gets its quotations
    replaced, unless its text changed since it was read.  Yields each pair's quotations and Plan."""
    for group in in_groups(pairs):
        for (_, quotes), done in zip(group, store_many(conn, group)):
            yield quotes, done


def store_many(conn: sqlite3.Connection, pairs: list[tuple[Article | StoredArticle, list[Quote]]]) -> list[Plan]:
    """Store these pairs all in one transaction (each article whole or not at all, and a failure
    stores none of them); returns what was done to each."""
    with transaction(conn):
        return [_replace(conn, article, quotes) if isinstance(article, StoredArticle) else _store(conn, article, quotes)
                for article, quotes in pairs]


def _store(conn: sqlite3.Connection, article: Article, quotes: list[Quote]) -> Plan:
    decided = plan(conn, article)
    if decided.action == "skip":
        return decided
    fields = {f: getattr(article, f) for f in METADATA}
    fields.update(text=article.text, content_hash=article.content_hash, word_count=article.word_count,
                  origin=article.origin, key=article.key)
    revision_id = None
    if decided.action == "add":
        fields["added"] = now()
        article_id = conn.execute(
            f"INSERT INTO articles ({', '.join(fields)}) VALUES ({', '.join('?' * len(fields))})",
            list(fields.values())).lastrowid
    else:
        article_id = decided.existing["id"]
        if decided.existing["content_hash"] != article.content_hash:  # the earlier text is kept as a revision
            was = decided.existing
            revision_id = conn.execute(
                "INSERT INTO article_revisions(article_id, title, text, content_hash, stored, replaced) "
                "VALUES (?, ?, ?, ?, ?, ?)", (article_id, was["title"], was["text"], was["content_hash"],
                                              was["updated"] or was["added"], now())).lastrowid
        kept = {k: v for k, v in fields.items() if v is not None}
        kept["updated"] = now()
        conn.execute(f"UPDATE articles SET {', '.join(f'{k} = ?' for k in kept)} WHERE id = ?",
                     [*kept.values(), article_id])
    write_quotes(conn, article_id, quotes, revision_id)
    return Plan(decided.action, conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone())


def _replace(conn: sqlite3.Connection, article: StoredArticle, quotes: list[Quote]) -> Plan:
    """A stored article's quotations replaced by a new extraction of the same text (user corrections
    live in the aliases); skipped when the stored text is no longer the text that was parsed."""
    row = conn.execute("SELECT * FROM articles WHERE id = ? AND content_hash = ?",
                       (article.id, article.content_hash)).fetchone()
    if row is None:
        return Plan("skip", None, "the article changed or went while it was reprocessed")
    before = _appearances(conn, article.id)
    write_quotes(conn, article.id, quotes)
    if _appearances(conn, article.id) != before:  # (an extraction that changed nothing leaves the row as it was)
        conn.execute("UPDATE articles SET updated = ? WHERE id = ?", (now(), article.id))
    return Plan("reprocess", row)


def _appearances(conn: sqlite3.Connection, article_id: int) -> list[tuple]:
    """Every stored column of an article's appearances, in id order."""
    return [tuple(r) for r in conn.execute("SELECT * FROM appearances WHERE article_id = ? ORDER BY id", (article_id,))]
