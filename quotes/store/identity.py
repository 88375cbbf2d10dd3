"""Cross-article speaker resolution: from the extractor's name for a speaker to one speakers row.

Within an article the extractor already turned "Mr Ishiba" into "Shigeru Ishiba"
and "Tokyo's defence ministry" into "Japanese Ministry of Defense".  Here names
meet the names of earlier articles: through the alias table (every way a speaker
was written, including user corrections), the shipped alias file, titles dropped
("General Nakatani" -> "Nakatani"), and surnames that join a full name when exactly
one stored person has that surname.
"""
from __future__ import annotations

import functools
import sqlite3

from .. import data
from ..extract.lexicon import NAME_TITLES
from .normalize import name_key
from .schema import SURNAME

#: Words that do not make a role on their own ("Mr" is not a job, "Former Gov." says little).
_EMPTY_ROLE_WORDS = NAME_TITLES | {"former", "the", "then", "new", "acting", "of", "from", "at", "in", "and",
                                   "with", "who"}
_SUFFIXES = frozenset(("jr", "sr", "ii", "iii", "iv"))
#: A lone surname joins a stored full name only when that person is quoted in at least this many
#: articles, and in twice as many as anyone else of that surname: "Cruz" is not given to a passer-by.
WELL_KNOWN_ARTICLES = 3
_PRONOUNS = frozenset("i me we us you he him she her it they them this that who which".split())


@functools.cache
def shipped_aliases() -> dict[str, tuple[str, str]]:
    """The alias file's entries: alias key -> (canonical name, kind)."""
    return {name_key(alias): (name, kind) for alias, name, kind in data.rows("speaker_aliases.tsv")}


def without_titles(name: str) -> str:
    """A personal name without leading titles: "General Nakatani" -> "Nakatani" (the last word kept)."""
    parts = name.split()
    while len(parts) > 1 and parts[0].lower().rstrip(".") in NAME_TITLES:
        parts = parts[1:]
    return " ".join(parts)


def plain_person(name: str) -> str:
    """A personal name as people are matched: no titles, middle initials or suffixes
    ("Donald J. Trump" -> "Donald Trump", "Joseph R. Biden Jr." -> "Joseph Biden")."""
    parts = without_titles(name).split()
    while len(parts) > 1 and parts[-1].lower().strip(".,") in _SUFFIXES:
        parts = parts[:-1]
    return " ".join(p for i, p in enumerate(parts) if i in (0, len(parts) - 1) or len(p.strip(".")) > 1)


def is_role(role: str | None) -> bool:
    """A role worth keeping: words beyond bare titles, and no digits ("12:30 p.m." is not a role)."""
    words = (role or "").split()
    if not words or any(ch.isdigit() for ch in role) or words[0].lower() in ("his", "her", "their", "its"):
        return False
    return any(w.lower().rstrip(".,") not in _EMPTY_ROLE_WORDS for w in words)


def is_name_like(mention: str | None, resolved: str | None) -> bool:
    """Whether a mention as written names the speaker (not "he", not "the statement"); `resolved` is how
    the extractor resolved it to a name (Quote.resolved: a pronoun or a nominal mention is no name)."""
    if not mention or resolved in ("pronoun", "nominal"):
        return False
    return name_key(mention) not in _PRONOUNS and mention[:1].isupper()


def by_alias(conn: sqlite3.Connection, key: str, confirmed_only: bool = False) -> int | None:
    row = conn.execute("SELECT speaker_id, confirmed FROM speaker_aliases WHERE normalized = ?", (key,)).fetchone()
    return row[0] if row and (row[1] or not confirmed_only) else None


def add_alias(conn: sqlite3.Connection, alias: str, speaker_id: int, confirmed: bool = False) -> None:
    """Record a way of writing a speaker; an alias owned by another speaker stays there unless a
    person confirms this one."""
    key = name_key(alias)
    if not key:
        return
    if confirmed:
        conn.execute("INSERT INTO speaker_aliases(alias, normalized, speaker_id, confirmed) VALUES (?, ?, ?, 1) "
                     "ON CONFLICT(normalized) DO UPDATE SET speaker_id = excluded.speaker_id, confirmed = 1",
                     (alias, key, speaker_id))
    else:
        conn.execute("INSERT OR IGNORE INTO speaker_aliases(alias, normalized, speaker_id) VALUES (?, ?, ?)",
                     (alias, key, speaker_id))


def _same_surname(conn: sqlite3.Connection, surname: str) -> list[sqlite3.Row]:
    """Stored people whose name (titles aside) ends with this surname, best known first."""
    rows = conn.execute(f"SELECT id, name, locked, article_count FROM speakers WHERE kind = 'person' AND {SURNAME} = lower(?) "
                        "ORDER BY article_count DESC, id", (surname,)).fetchall()
    return [r for r in rows if name_key(without_titles(r["name"])).split()[-1:] == [name_key(surname)]]


def _by_person_name(conn: sqlite3.Connection, name: str) -> int | None:
    """A stored person this name joins: the same name without titles, middle initials or suffixes;
    for a lone surname, the one well-known person of that surname, else the speaker named by the
    surname alone.  A full name never takes over a lone surname's speaker: that surname may have
    been someone else's in another article."""
    bare = plain_person(name)
    if len(bare.split()) > 1:
        return by_alias(conn, name_key(bare))
    people = _same_surname(conn, bare)
    named = [p for p in people if name_key(p["name"]) != name_key(bare)]
    if named and named[0]["article_count"] >= WELL_KNOWN_ARTICLES and (
            len(named) == 1 or named[0]["article_count"] >= 2 * named[1]["article_count"]):
        return named[0]["id"]
    lone = [p for p in people if name_key(p["name"]) == name_key(bare)]
    return lone[0]["id"] if lone else None


def _kind(conn: sqlite3.Connection, speaker_id: int) -> str:
    return conn.execute("SELECT kind FROM speakers WHERE id = ?", (speaker_id,)).fetchone()[0]


def resolve(conn: sqlite3.Connection, name: str, kind: str = "unknown", role: str | None = None) -> int:
    """The speakers row for a speaker named `name` in one article, created when new."""
    written, key = name, name_key(name)
    found = by_alias(conn, key, confirmed_only=kind == "person" and len(name.split()) == 1)
    if found is None and kind == "person" and len(name.split()) == 1:  # "PolitiFact" taken for a person
        found = by_alias(conn, key)
        found = found if found is not None and _kind(conn, found) == "organization" else None
    if found is None and key in shipped_aliases():
        name, kind = shipped_aliases()[key]
        found = by_alias(conn, name_key(name))
    if found is None and kind == "person":
        found = _by_person_name(conn, name)
    if found is None:
        found = conn.execute("INSERT INTO speakers(name, kind) VALUES (?, ?)", (name, kind)).lastrowid
    elif kind != "unknown":
        conn.execute("UPDATE speakers SET kind = ? WHERE id = ? AND kind = 'unknown'", (kind, found))
    add_alias(conn, name, found)
    add_alias(conn, written, found)
    if kind == "person" and len(plain_person(name).split()) > 1:
        add_alias(conn, plain_person(name), found)
    if is_role(role):
        conn.execute("UPDATE speakers SET role = ? WHERE id = ? AND role IS NULL", (" ".join(role.split()), found))
    return found
