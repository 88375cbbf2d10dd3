"""User corrections of speakers: merge, rename, split.  They live in the alias table (confirmed
aliases) and in locked speakers, so re-adding or reprocessing articles keeps them."""
from __future__ import annotations

import sqlite3

from ..errors import QuotesError
from .db import now, transaction
from .identity import add_alias
from .linking import named, refresh, relink, speaker_redirect
from .normalize import name_key, quote_key
from .queries import MAX_ID, appearance_gone, was_given


def find_speaker(conn: sqlite3.Connection, ref: str) -> sqlite3.Row:
    """A speaker by id (an absorbed id: the speaker that absorbed it), by name or by any alias; an
    unknown or ambiguous reference is an error."""
    if ref.strip().isdigit():
        if int(ref) > MAX_ID:
            raise QuotesError(f"no speaker with id {ref.strip()}")
        row = conn.execute("SELECT * FROM speakers WHERE id = ? UNION ALL SELECT s.* FROM speaker_redirects r "
                           "JOIN speakers s ON s.id = r.new_id WHERE r.old_id = ?", (int(ref), int(ref))).fetchone()
        if row is None:
            raise QuotesError(f"speaker {ref.strip()} was removed: no quotation is given to it any more"
                              if was_given(conn, "speakers", int(ref)) else f"no speaker with id {ref}")
        return row
    rows = conn.execute("SELECT * FROM speakers WHERE name = ? COLLATE NOCASE", (ref.strip(),)).fetchall()
    if not rows:
        rows = conn.execute("SELECT s.* FROM speakers s JOIN speaker_aliases a ON a.speaker_id = s.id "
                            "WHERE a.normalized = ?", (name_key(ref),)).fetchall()
    if not rows:
        raise QuotesError(f"no speaker called {ref!r} (see `quotes speakers`)")
    if len(rows) > 1:
        listed = ", ".join(f"{r['id']} ({r['name']}, {r['kind']})" for r in rows)
        raise QuotesError(f"{ref!r} could be several speakers: {listed}; give the id")
    return rows[0]


def _appearances_of(conn: sqlite3.Connection, speaker_id: int) -> list[int]:
    return [r[0] for r in conn.execute(
        "SELECT a.id FROM appearances a JOIN quotes q ON q.id = a.quote_id WHERE q.speaker_id = ?", (speaker_id,))]


def merge(conn: sqlite3.Connection, source: str, target: str) -> sqlite3.Row:
    """Make speaker `source` part of speaker `target`: its aliases and quotes move over."""
    with transaction(conn):
        old, new = find_speaker(conn, source), find_speaker(conn, target)
        if old["id"] == new["id"]:
            raise QuotesError(f"{source!r} and {target!r} are already the same speaker")
        moved = _appearances_of(conn, old["id"])
        conn.execute("UPDATE speaker_aliases SET speaker_id = ?, confirmed = 1 WHERE speaker_id = ?",
                     (new["id"], old["id"]))
        add_alias(conn, old["name"], new["id"], confirmed=True)
        conn.execute("UPDATE speakers SET locked = 1, role = coalesce(role, ?) WHERE id = ?", (old["role"], new["id"]))
        # Redirected before the row goes: the ids that had become `old` follow to `new` instead of
        # going with it (speaker_redirects.new_id cascades).
        speaker_redirect(conn, old["id"], new["id"], "merged")
        relink(conn, moved)
        conn.execute("DELETE FROM speakers WHERE id = ?", (old["id"],))
        return conn.execute("SELECT * FROM speakers WHERE id = ?", (new["id"],)).fetchone()


def rename(conn: sqlite3.Connection, ref: str, name: str, kind: str | None = None,
           role: str | None = None) -> sqlite3.Row:
    """Give a speaker a new canonical name (and optionally kind and role)."""
    if not name.strip():
        raise QuotesError("the new name is empty")
    with transaction(conn):
        row = find_speaker(conn, ref)
        owner = conn.execute("SELECT speaker_id FROM speaker_aliases WHERE normalized = ?", (name_key(name),)).fetchone()
        if owner and owner[0] != row["id"]:
            raise QuotesError(f"{name!r} is already speaker {owner[0]}; use `quotes speakers merge {row['id']} {owner[0]}`")
        conn.execute("UPDATE speakers SET name = ?, kind = coalesce(?, kind), role = coalesce(?, role), locked = 1 "
                     "WHERE id = ?", (name.strip(), kind, role, row["id"]))
        add_alias(conn, name.strip(), row["id"], confirmed=True)
        add_alias(conn, row["name"], row["id"], confirmed=True)
        return conn.execute("SELECT * FROM speakers WHERE id = ?", (row["id"],)).fetchone()


def _new_name(conn: sqlite3.Connection, name: str, option: str, moving: list[str]) -> str:
    """A name for a new speaker: not empty, and no other speaker's name or alias (but one of the
    aliases `moving` to it)."""
    clean = " ".join(name.split())
    if not clean or not name_key(clean):
        raise QuotesError(f"{option}: the name is empty")
    if name_key(clean) in moving:
        return clean
    owner = conn.execute("SELECT speaker_id FROM speaker_aliases WHERE normalized = ? UNION "
                         "SELECT id FROM speakers WHERE name = ? COLLATE NOCASE", (name_key(clean), clean)).fetchone()
    if owner:
        raise QuotesError(f"{option} {clean!r}: that is already the name of speaker {owner[0]}; "
                          f"pick another name, or move the quotes there with `quotes correct`")
    return clean


def split(conn: sqlite3.Connection, ref: str, aliases: list[str], name: str | None = None) -> sqlite3.Row:
    """Take some aliases (and the quotes attributed through them) from a speaker to a new speaker.
    A mention that is no alias ("he", "the minister", "she") moves the speaker's printings written so:
    each gets a correction by hand giving it the new speaker."""
    with transaction(conn):
        row = find_speaker(conn, ref)
        keys, mentions = [], []
        for alias in aliases:
            owner = conn.execute("SELECT speaker_id FROM speaker_aliases WHERE normalized = ?",
                                 (name_key(alias),)).fetchone()
            if owner is not None and owner[0] == row["id"]:
                keys.append(name_key(alias))
                continue
            written = [a for a in conn.execute(
                "SELECT a.* FROM appearances a JOIN quotes q ON q.id = a.quote_id WHERE q.speaker_id = ?", (row["id"],))
                if a["speaker_mention"] and name_key(a["speaker_mention"]) == name_key(alias) and name_key(alias)]
            if not written:
                raise QuotesError(f"{alias!r} is not an alias of speaker {row['id']} ({row['name']}) "
                                  "nor how one of its quotations names it (see `quotes show QUOTE`)")
            mentions += written
        if mentions and name is None:
            mention = next(a for a in aliases if name_key(a) not in keys)
            raise QuotesError(f"give the new speaker's --name: {mention!r} is a mention, not a name")
        if keys and len(keys) == conn.execute("SELECT count(*) FROM speaker_aliases WHERE speaker_id = ?",
                                              (row["id"],)).fetchone()[0]:
            raise QuotesError("that would move every alias; use `quotes speakers rename` instead")
        new_name = _new_name(conn, name if name is not None else aliases[0],
                             "--name" if name is not None else "the new speaker", keys)
        new_id = conn.execute("INSERT INTO speakers(name, kind, locked) VALUES (?, ?, 1)", (new_name, row["kind"])).lastrowid
        if keys:
            conn.execute(f"UPDATE speaker_aliases SET speaker_id = ?, confirmed = 1 WHERE normalized IN "
                         f"({','.join('?' * len(keys))})", (new_id, *keys))
        conn.execute("UPDATE speaker_aliases SET confirmed = 1 WHERE speaker_id = ?", (row["id"],))
        add_alias(conn, new_name, new_id, confirmed=True)
        conn.execute("UPDATE speakers SET locked = 1 WHERE id = ?", (row["id"],))
        new = conn.execute("SELECT * FROM speakers WHERE id = ?", (new_id,)).fetchone()
        for a in mentions:
            _record(conn, a, "speaker", new_name, f"split from speaker {row['id']} ({row['name']})")
            _apply(conn, a["id"], "speaker", new)
        relink(conn, _appearances_of(conn, row["id"]))
        return conn.execute("SELECT * FROM speakers WHERE id = ?", (new_id,)).fetchone()


# ---------------------------------------------------------------- one appearance corrected by hand
ACTIONS = ("speaker", "not-a-quote", "confirm")


def _speaker_for(conn: sqlite3.Connection, name: str, create: bool = True) -> sqlite3.Row:
    """The speaker a correction names: the one speaker of that name or alias, else a new one
    (locked, so it stays even when it has no quotation left)."""
    if not name.strip():
        raise QuotesError("the speaker's name is empty")
    try:
        return find_speaker(conn, name)
    except QuotesError as err:
        if "could be several" in str(err) or name.strip().isdigit() or not create:
            raise
    new_id = conn.execute("INSERT INTO speakers(name, kind, locked) VALUES (?, 'unknown', 1)",
                          (" ".join(name.split()),)).lastrowid
    add_alias(conn, name.strip(), new_id, confirmed=True)
    return conn.execute("SELECT * FROM speakers WHERE id = ?", (new_id,)).fetchone()


def speaker_named(conn: sqlite3.Connection, name: str) -> sqlite3.Row:
    """The speaker a stored correction names (made anew when it went: the correction still holds; of
    several of that name, the one the name is a confirmed alias of)."""
    found = named(conn, name)
    if found is not None:
        return conn.execute("SELECT * FROM speakers WHERE id = ?", (found,)).fetchone()
    try:
        return _speaker_for(conn, name)
    except QuotesError:
        return conn.execute("SELECT s.* FROM speakers s LEFT JOIN speaker_aliases a ON a.speaker_id = s.id "
                            "AND a.normalized = ? AND a.confirmed = 1 WHERE s.name = ? COLLATE NOCASE "
                            "ORDER BY a.id IS NULL, s.id LIMIT 1", (name_key(name), name.strip())).fetchone()


def _record(conn: sqlite3.Connection, appearance: sqlite3.Row, action: str, speaker: str | None,
            note: str | None, at: str | None = None) -> int:
    return conn.execute(
        'INSERT INTO corrections(article_id, start, "end", quote, action, speaker, note, at, appearance_id) '
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (appearance["article_id"], appearance["start"], appearance["end"], appearance["text"], action, speaker,
         note, at or now(), appearance["id"])).lastrowid


def _apply(conn: sqlite3.Connection, appearance_id: int, action: str, speaker: sqlite3.Row | None) -> None:
    """Make a stored appearance what its correction says (inside the caller's transaction)."""
    if action == "not-a-quote":
        quote_id = conn.execute("SELECT quote_id FROM appearances WHERE id = ?", (appearance_id,)).fetchone()[0]
        speakers = [r[0] for r in conn.execute("SELECT speaker_id FROM quotes WHERE id = ?", (quote_id,))]
        conn.execute("DELETE FROM appearances WHERE id = ?", (appearance_id,))
        refresh(conn, [quote_id], speakers)
    elif action == "speaker":
        add_alias(conn, speaker["name"], speaker["id"], confirmed=True)
        conn.execute("UPDATE appearances SET speaker_name = ?, speaker_kind = ?, speaker_role = NULL WHERE id = ?",
                     (speaker["name"], speaker["kind"], appearance_id))
        relink(conn, [appearance_id])


def correct(conn: sqlite3.Connection, appearance_id: int, action: str, speaker: str | None = None,
            note: str | None = None) -> dict:
    """Correct one appearance by hand: give it another speaker, say it is no quotation, or confirm it.
    The correction is kept (with its time and note) and applied again whenever the article is
    reprocessed or added again.  Returns the correction and the quote the appearance belongs to now."""
    if action not in ACTIONS:
        raise QuotesError(f"unknown correction {action!r}")
    if action == "speaker" and not (speaker or "").strip():
        raise QuotesError("--speaker: the speaker's name is empty")
    if not 0 <= appearance_id <= MAX_ID:
        raise QuotesError(f"no appearance with id {appearance_id}")
    with transaction(conn):
        row = conn.execute("SELECT * FROM appearances WHERE id = ?", (appearance_id,)).fetchone()
        if row is None:
            raise QuotesError(appearance_gone(conn, appearance_id))
        who = _speaker_for(conn, speaker) if action == "speaker" else None
        if who is not None:
            add_alias(conn, speaker.strip(), who["id"], confirmed=True)
        _record(conn, row, action, who["name"] if who is not None else None, note)
        _apply(conn, appearance_id, action, who)
        after = conn.execute("SELECT quote_id FROM appearances WHERE id = ?", (appearance_id,)).fetchone()
        return {"appearance_id": appearance_id, "action": action, "speaker": who["name"] if who is not None else None,
                "note": note, "quote_id": after[0] if after else None}


def for_article(conn: sqlite3.Connection, article_id: int) -> list[sqlite3.Row]:
    """The corrections that hold for an article's quotations, one a place, latest first: the latest
    speaker or not-a-quote correction (a later --confirm confirms it, undoes nothing), else the
    latest confirmation."""
    held: dict[tuple[int, int], sqlite3.Row] = {}
    for r in conn.execute('SELECT * FROM corrections WHERE article_id = ? ORDER BY id DESC', (article_id,)):
        place = (r["start"], r["end"])
        if place not in held or (held[place]["action"] == "confirm" and r["action"] != "confirm"):
            held[place] = r
    return sorted(held.values(), key=lambda r: -r["id"])


def matching(held: list[sqlite3.Row], start: int, end: int, text: str) -> sqlite3.Row | None:
    """The correction of a quotation found at start:end with these words: the one made at that place,
    else one made for the same words elsewhere in the article (the text was revised around it)."""
    for r in held:
        if (r["start"], r["end"]) == (start, end) and quote_key(r["quote"]) == quote_key(text):
            return r
    for r in held:
        if quote_key(r["quote"]) == quote_key(text):
            return r
    return None


# ---------------------------------------------------------------- sharing corrections
def export_corrections(conn: sqlite3.Connection) -> list[dict]:
    """Every correction by hand, oldest first, with what finds its article in another database
    (the URL, else the text's hash)."""
    return [dict(r) for r in conn.execute(
        'SELECT ar.url AS article_url, ar.content_hash AS article_hash, c.start, c."end", c.quote, c.action, '
        "c.speaker, c.note, c.at FROM corrections c JOIN articles ar ON ar.id = c.article_id ORDER BY c.at, c.id")]


def import_corrections(conn: sqlite3.Connection, records: list[dict]) -> dict:
    """Take corrections another database exported: each one is kept and applied to its quotation when
    the article and the quotation are here; the others are counted as not found.  A correction this
    database has already (same quotation, action, speaker and time) is not taken twice."""
    done = {"imported": 0, "already_here": 0, "not_found": 0}
    with transaction(conn):
        for n, rec in enumerate(records, 1):
            if not isinstance(rec, dict) or rec.get("action") not in ACTIONS or not isinstance(rec.get("quote"), str):
                raise QuotesError(f"line {n}: not a correction (needs action, quote, article_url or article_hash)")
            article = None
            if rec.get("article_url"):
                article = conn.execute("SELECT id FROM articles WHERE url = ?", (rec["article_url"],)).fetchone()
            if article is None and rec.get("article_hash"):
                article = conn.execute("SELECT id FROM articles WHERE content_hash = ?", (rec["article_hash"],)).fetchone()
            stored = None
            if article is not None and conn.execute(
                    "SELECT 1 FROM corrections WHERE article_id = ? AND quote = ? AND action = ? AND speaker IS ? "
                    "AND at = ?", (article[0], rec["quote"], rec["action"], rec.get("speaker"), rec.get("at"))).fetchone():
                done["already_here"] += 1
                continue
            if article is not None:
                stored = conn.execute('SELECT * FROM appearances WHERE article_id = ? AND start = ? AND "end" = ?',
                                      (article[0], rec.get("start"), rec.get("end"))).fetchone()
                if stored is None or quote_key(stored["text"]) != quote_key(rec["quote"]):
                    stored = next((r for r in conn.execute("SELECT * FROM appearances WHERE article_id = ?", (article[0],))
                                   if quote_key(r["text"]) == quote_key(rec["quote"])), None)
            if stored is None:
                done["not_found"] += 1
                continue
            who = _speaker_for(conn, rec["speaker"]) if rec["action"] == "speaker" else None
            _record(conn, stored, rec["action"], who["name"] if who is not None else None, rec.get("note"), rec.get("at"))
            _apply(conn, stored["id"], rec["action"], who)
            done["imported"] += 1
    return done
