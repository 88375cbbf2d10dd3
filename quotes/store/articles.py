"""Writing articles and their quotations: each article whole or not at all.

Re-adding an article (same URL, else the same normalised text) updates it in
place: its appearances are replaced, and quotes or speakers only it supported go.
Bulk writers hand over a few articles at a time (store_many): one transaction for
them shares the cost of a commit, which is mostly the full-text indexes' flush.
"""
from __future__ import annotations

import itertools
import json
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime, timezone

from ..extract.records import Quote
from ..ingest.articles import Article
from .db import transaction
from .linking import quote_for, refresh, speaker_of
from .queries import StoredArticle

METADATA = ("url", "title", "outlet", "author", "published", "language")


@dataclass(frozen=True)
class Plan:
    """What storing an article does: "add", "update", "reprocess" or "skip" (with the stored row and a reason)."""

    action: str
    existing: sqlite3.Row | None = None
    reason: str = ""


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def plan(conn: sqlite3.Connection, article: Article) -> Plan:
    """Decide between adding, updating in place and skipping an unchanged article."""
    row = None
    if article.url:
        row = conn.execute("SELECT * FROM articles WHERE url = ?", (article.url,)).fetchone()
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


def _appearance_values(article_id: int, q: Quote) -> dict:
    return {
        "article_id": article_id, "start": q.start, "end": q.end, "text": q.text,
        "speaker_mention": q.speaker.text if q.speaker else None,
        "speaker_start": q.speaker.start if q.speaker else None,
        "speaker_end": q.speaker.end if q.speaker else None,
        "speaker_name": q.speaker_name, "speaker_kind": q.speaker_kind, "speaker_role": q.speaker_role,
        "cue": q.cue.text if q.cue else None, "cue_start": q.cue.start if q.cue else None,
        "cue_end": q.cue.end if q.cue else None, "method": q.method, "resolved": q.resolved, "confidence": q.confidence,
        "context": q.context.text if q.context else None, "context_start": q.context.start if q.context else None,
        "reported_by": q.reported_by, "partial": int(q.partial), "multi_paragraph": int(q.multi_paragraph),
        "unterminated": int(q.unterminated), "segments": json.dumps([list(s) for s in q.segments]),
    }


def write_quotes(conn: sqlite3.Connection, article_id: int, quotes: list[Quote]) -> int:
    """Replace an article's appearances by these quotations (inside the caller's transaction). An
    appearance at the same place keeps its id, and, when its speaker is named the same, its speaker:
    reprocessing unchanged text changes no row, and links to appearances keep working."""
    old = {(r["start"], r["end"]): r for r in conn.execute(
        "SELECT a.id, a.start, a.\"end\", a.speaker_name, a.speaker_kind, a.quote_id, q.speaker_id "
        "FROM appearances a JOIN quotes q ON q.id = a.quote_id WHERE a.article_id = ?", (article_id,))}
    old_quotes = {r["quote_id"] for r in old.values()}
    old_speakers = {r["speaker_id"] for r in old.values()}
    places = {(q.start, q.end) for q in quotes}
    gone = [r["id"] for key, r in old.items() if key not in places]
    conn.executemany("DELETE FROM appearances WHERE id = ?", [(i,) for i in gone])
    new_quotes = set()
    for q in quotes:
        values = _appearance_values(article_id, q)
        before = old.get((q.start, q.end))
        same = before is not None and (before["speaker_name"], before["speaker_kind"]) == (q.speaker_name, q.speaker_kind)
        values["quote_id"] = quote_for(conn, q.text, before["speaker_id"] if same else speaker_of(conn, values))
        new_quotes.add(values["quote_id"])
        if before is None:
            columns = ", ".join(f'"{c}"' for c in values)
            conn.execute(f"INSERT INTO appearances ({columns}) VALUES ({', '.join('?' * len(values))})",
                         list(values.values()))
        else:
            changed = {c: v for c, v in values.items() if c != "article_id"}
            assignments = ", ".join(f'"{c}" = ?' for c in changed)
            conn.execute(f"UPDATE appearances SET {assignments} WHERE id = ?", [*changed.values(), before["id"]])
    refresh(conn, old_quotes | new_quotes, old_speakers)
    return len(quotes)


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
                  origin=article.origin)
    if decided.action == "add":
        fields["added"] = _now()
        article_id = conn.execute(
            f"INSERT INTO articles ({', '.join(fields)}) VALUES ({', '.join('?' * len(fields))})",
            list(fields.values())).lastrowid
    else:
        article_id = decided.existing["id"]
        kept = {k: v for k, v in fields.items() if v is not None}
        kept["updated"] = _now()
        conn.execute(f"UPDATE articles SET {', '.join(f'{k} = ?' for k in kept)} WHERE id = ?",
                     [*kept.values(), article_id])
    write_quotes(conn, article_id, quotes)
    return Plan(decided.action, conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone())


def _replace(conn: sqlite3.Connection, article: StoredArticle, quotes: list[Quote]) -> Plan:
    """A stored article's quotations replaced by a new extraction of the same text (user corrections
    live in the aliases); skipped when the stored text is no longer the text that was parsed."""
    row = conn.execute("SELECT * FROM articles WHERE id = ? AND content_hash = ?",
                       (article.id, article.content_hash)).fetchone()
    if row is None:
        return Plan("skip", None, "the article changed or went while it was reprocessed")
    conn.execute("UPDATE articles SET updated = ? WHERE id = ?", (_now(), article.id))
    write_quotes(conn, article.id, quotes)
    return Plan("reprocess", row)
