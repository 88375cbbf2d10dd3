"""User corrections of speakers: merge, rename, split.  They live in the alias table (confirmed
aliases) and in locked speakers, so re-adding or reprocessing articles keeps them."""
from __future__ import annotations

import sqlite3

from ..errors import QuotesError
from .db import transaction
from .identity import add_alias
from .linking import relink
from .normalize import name_key


def find_speaker(conn: sqlite3.Connection, ref: str) -> sqlite3.Row:
    """A speaker by id, by name or by any alias; an unknown or ambiguous reference is an error."""
    if ref.strip().isdigit():
        row = conn.execute("SELECT * FROM speakers WHERE id = ?", (int(ref),)).fetchone()
        if row is None:
            raise QuotesError(f"no speaker with id {ref}")
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


def split(conn: sqlite3.Connection, ref: str, aliases: list[str], name: str | None = None) -> sqlite3.Row:
    """Take some aliases (and the quotes attributed through them) from a speaker to a new speaker."""
    with transaction(conn):
        row = find_speaker(conn, ref)
        keys = []
        for alias in aliases:
            owner = conn.execute("SELECT speaker_id FROM speaker_aliases WHERE normalized = ?",
                                 (name_key(alias),)).fetchone()
            if owner is None or owner[0] != row["id"]:
                raise QuotesError(f"{alias!r} is not an alias of speaker {row['id']} ({row['name']})")
            keys.append(name_key(alias))
        if len(keys) == conn.execute("SELECT count(*) FROM speaker_aliases WHERE speaker_id = ?", (row["id"],)).fetchone()[0]:
            raise QuotesError("that would move every alias; use `quotes speakers rename` instead")
        new_id = conn.execute("INSERT INTO speakers(name, kind, locked) VALUES (?, ?, 1)",
                              ((name or aliases[0]).strip(), row["kind"])).lastrowid
        conn.execute(f"UPDATE speaker_aliases SET speaker_id = ?, confirmed = 1 WHERE normalized IN "
                     f"({','.join('?' * len(keys))})", (new_id, *keys))
        conn.execute("UPDATE speaker_aliases SET confirmed = 1 WHERE speaker_id = ?", (row["id"],))
        if name:
            add_alias(conn, name.strip(), new_id, confirmed=True)
        conn.execute("UPDATE speakers SET locked = 1 WHERE id = ?", (row["id"],))
        relink(conn, _appearances_of(conn, row["id"]))
        return conn.execute("SELECT * FROM speakers WHERE id = ?", (new_id,)).fetchone()
