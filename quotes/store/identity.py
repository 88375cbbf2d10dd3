"""Cross-article speaker resolution: from the extractor's name for a speaker to one speakers row.

Within an article the extractor already turned "Mr Ishiba" into "Shigeru Ishiba"
and "Tokyo's defence ministry" into "Japanese Ministry of Defense".  Here names
meet the names of earlier articles: through the alias table (every way a speaker
was written, including user corrections), the shipped alias file, titles dropped
("General Nakatani" -> "Nakatani"), surnames that join the one well-known person of that surname (unless
the article writes the full name of another person of that surname), and full names that
join the same person written with a short given name or without a middle name ("Len Burman",
"Leonard E. Burman"; "Hillary Rodham Clinton", "Hillary Clinton").
"""
from __future__ import annotations

import functools
import sqlite3
import unicodedata
from collections import defaultdict

from .. import data
from ..extract.lexicon import GIVEN_NAME_GENDER, NAME_TITLES
from ..words import doubled_letter_slip
from .normalize import name_key
from .schema import SURNAME
from .speaker_names import other_office_orders

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


@functools.cache
def given_name_forms() -> dict[str, frozenset[str]]:
    """Each given name of the short-names file (lower case) -> the names it may be written as instead:
    "len" -> {"leonard"}, "leonard" -> {"len", "lenny"}."""
    forms = defaultdict(set)
    for short, full in data.rows("short_names.tsv"):
        forms[short.lower()].add(full.lower())
        forms[full.lower()].add(short.lower())
    return {name: frozenset(others) for name, others in forms.items()}


def _folded(word: str) -> str:
    """A word in lower case without accents ("François" -> "francois")."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c))


#: Given names this long or longer may be misspelt by one slip of the keyboard and still be told ("Kristen").
SLIP_LENGTH = 5


@functools.cache
def _listed_given_names() -> dict[str, str]:
    """The given names of data/given_names.tsv as same_given_name compares them (lower case, no accents) -> "m" / "f"."""
    return {_folded(name): gender for name, gender in GIVEN_NAME_GENDER.items()}


def is_slip(a: str, b: str) -> bool:
    """Whether two spellings of a long given name differ by one slip inside the word: two neighbouring letters
    swapped ("Kristen", "Kirsten") or one letter left out ("Rence", "Reince"; a doubled letter written once:
    "Hilary", "Hillary").  Other people's names are no slip: other first or last letters ("Maria", "Mario";
    "Daniel", "Danielle"), listed given names of a man and of a woman ("Daniele", "Danielle"), and two listed
    given names one letter apart that is no doubled one ("Ivana", "Ivanka"; data/given_names.tsv)."""
    if min(len(a), len(b)) < SLIP_LENGTH or a[0] != b[0] or a[-1] != b[-1] or a == b:
        return False
    listed = _listed_given_names()
    both_listed = a in listed and b in listed
    if both_listed and listed[a] != listed[b]:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long = sorted((a, b), key=len)
    if len(long) != len(short) + 1:
        return False
    left_out = [i for i in range(1, len(long) - 1) if long[:i] + long[i + 1:] == short]
    return bool(left_out) and (not both_listed or doubled_letter_slip(a, b))


def same_given_name(a: str, b: str) -> bool:
    """Whether two given names may be one person's: the same (accents aside), one a short form of the
    other, or one a slip in writing the other (see is_slip)."""
    a, b = _folded(a).strip("."), _folded(b).strip(".")
    return a == b or b in given_name_forms().get(a, ()) or is_slip(a, b)


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


def is_personal_name(name: str) -> bool:
    """Whether a person's name is a personal name, which joins other ways of writing it: its last word is
    capitalised.  A speaker named by a role or a noun ("Highland Council spokesperson", "resident") joins
    only the same words: "Council spokesperson" is not the end of another council's name."""
    words = name.split()
    return bool(words) and words[-1][:1].isupper()


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


def apostrophe_forms(name: str) -> tuple[str, str, str]:
    """A name as written and with either apostrophe ("O’Donnell", "O'Donnell")."""
    return name, name.replace("\u2019", "'"), name.replace("'", "\u2019")


def _same_surname(conn: sqlite3.Connection, surname: str) -> list[sqlite3.Row]:
    """Stored people whose name (titles aside) ends with this surname, best known first."""
    rows = sorted((r for written in set(apostrophe_forms(surname))  # O’Donnell
                   for r in conn.execute(f"SELECT id, name, locked, article_count FROM speakers WHERE kind = 'person' "
                                         f"AND {SURNAME} = lower(?)", (written,))),
                  key=lambda r: (-r["article_count"], r["id"]))
    return [r for r in rows if name_key(without_titles(r["name"])).split()[-1:] == [name_key(surname)]]


def _full_names(people: list[sqlite3.Row]) -> list[tuple[sqlite3.Row, list[str]]]:
    """The people with a given name and a surname, with the words of their plain name."""
    return [(p, words) for p in people if len(words := plain_person(p["name"]).split()) > 1]


def _is_full_form(words: list[str], other: list[str]) -> bool:
    """Whether two plain names may be one person: the same surname, given names alike or one a short form
    of the other, and middle names the same, or written out in one of them only ("Rodham", not "H.W.": a
    father and son may differ by initials alone); or one is the end of the other, of two words or more
    ("Wasserman Schultz" of "Debbie Wasserman Schultz", "Kay Henry" of "Mary Kay Henry")."""
    keys, other_keys = [name_key(w) for w in words], [name_key(w) for w in other]
    shorter, longer = sorted((keys, other_keys), key=len)
    if len(shorter) < len(longer) and longer[-len(shorter):] == shorter:
        return True
    if keys[-1] != other_keys[-1] or not same_given_name(words[0], other[0]):
        return False
    mine, theirs = keys[1:-1], other_keys[1:-1]
    if mine and theirs:
        return mine == theirs
    return all(w.isalpha() for w in words[1:-1] + other[1:-1])


def _same_person(conn: sqlite3.Connection, bare: str) -> int | None:
    """The one stored person a full name is another way of writing ("Len Burman" for "Leonard E. Burman",
    "Hillary Rodham Clinton" for "Hillary Clinton"), if exactly one is."""
    words = bare.split()
    found = {p["id"] for p, other in _full_names(_same_surname(conn, words[-1])) if _is_full_form(words, other)}
    return found.pop() if len(found) == 1 else None


def _names_another(conn: sqlite3.Connection, article_id: int, person: sqlite3.Row, others: list[sqlite3.Row]) -> bool:
    """Whether the article writes the full names of this person and of another of the same surname, the
    other's more often ("Bill Clinton" five times, "Hillary Clinton" three): its lone surname, which
    the extractor could not give to either, is then more likely the other's.  (An article that writes
    only another's full name, "Ivanka Trump", and still has a lone "Trump" speaker, was not about her.)"""
    row = conn.execute("SELECT text FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        return False
    written = {p["id"]: row[0].count(" ".join(words)) for p, words in _full_names([person, *others])}
    mine = written.pop(person["id"], 0)
    return mine > 0 and any(n > mine for n in written.values())


def _articles_naming_in_full(conn: sqlite3.Connection, speaker_id: int, enough: int) -> int:
    """In how many articles (counted up to `enough`) a speaker's quotations are given a full name: the
    articles a lone surname joined do not make a person better known, whatever order articles came in."""
    return conn.execute("""SELECT count(*) FROM (SELECT DISTINCT a.article_id FROM quotes q
        JOIN appearances a ON a.quote_id = q.id WHERE q.speaker_id = ? AND instr(trim(a.speaker_name), ' ') > 0
        LIMIT ?)""", (speaker_id, enough)).fetchone()[0]


def well_known(conn: sqlite3.Connection, surname: str, article_id: int | None = None) -> int | None:
    """The person a lone surname stands for across articles: the one of that surname named in full in at
    least WELL_KNOWN_ARTICLES articles and in twice as many as anyone else of that surname, unless the
    surname's article writes the full name of another person of that surname more often than theirs."""
    named = [p for p in _same_surname(conn, surname) if name_key(p["name"]) != name_key(surname)]
    if not named or named[0]["article_count"] < WELL_KNOWN_ARTICLES:
        return None
    rival = max((_articles_naming_in_full(conn, p["id"], p["article_count"]) for p in named[1:]), default=0)
    enough = max(WELL_KNOWN_ARTICLES, 2 * rival)
    if _articles_naming_in_full(conn, named[0]["id"], enough) < enough:
        return None
    if article_id is not None and _names_another(conn, article_id, named[0], named[1:]):
        return None
    return named[0]["id"]


def _by_person_name(conn: sqlite3.Connection, name: str, article_id: int | None = None) -> int | None:
    """A stored person this name joins: the same name without titles, middle initials or suffixes, or
    the one person it is another way of writing; for a lone surname, the well-known person of that
    surname, else the speaker named by the surname alone.  A full name never takes over a lone
    surname's speaker: that surname may have been someone else's in another article."""
    bare = plain_person(name)
    if len(bare.split()) > 1:
        found = by_alias(conn, name_key(bare))
        return found if found is not None else _same_person(conn, bare)
    found = well_known(conn, bare, article_id)
    if found is not None:
        return found
    lone = [p for p in _same_surname(conn, bare) if name_key(p["name"]) == name_key(bare)]
    return lone[0]["id"] if lone else None


def without_company_suffix(name: str) -> str | None:
    """A company's name without the legal form it ends in ("Midstate Packaging Corp." -> "Midstate Packaging", "Boeing
    Co." -> "Boeing"; not "Pennock & Co.", nor "Heart Foundation SA", whose last word may be a place's), or None."""
    words = name.split()
    if len(words) > 1 and words[-1].lower().rstrip(".") in _LEGAL_FORMS and words[-2] not in ("&", "and"):
        return " ".join(words[:-1]).rstrip(",")
    return None


#: Company suffixes that are a legal form and nothing else (data/company_suffixes.tsv holds "SA" and "AG" too).
_LEGAL_FORMS = frozenset(("inc", "corp", "co", "ltd", "llc", "plc", "limited", "corporation", "bhd", "berhad", "pty",
                          "pvt", "gmbh", "llp"))


def _kind(conn: sqlite3.Connection, speaker_id: int) -> str:
    return conn.execute("SELECT kind FROM speakers WHERE id = ?", (speaker_id,)).fetchone()[0]


def resolve(conn: sqlite3.Connection, name: str, kind: str = "unknown", role: str | None = None,
            article_id: int | None = None) -> int:
    """The speakers row for a speaker named `name` in one article (`article_id`), created when new."""
    written, key = name, name_key(name)
    if kind == "unknown" and len(name.split()) == 1:  # a lone surname of a kind the extractor did not tell
        owner = by_alias(conn, key)
        kind = "person" if owner is not None and _kind(conn, owner) == "person" else kind
    found = by_alias(conn, key, confirmed_only=kind == "person" and len(name.split()) == 1)
    if found is None and kind == "person" and len(name.split()) == 1:  # "PolitiFact" taken for a person
        found = by_alias(conn, key)
        found = found if found is not None and _kind(conn, found) == "organization" else None
    if found is None and key in shipped_aliases():
        name, kind = shipped_aliases()[key]
        found = by_alias(conn, name_key(name))
    bare = without_company_suffix(name) if kind == "organization" else None
    if found is None and bare:  # "Midstate Packaging Corp." after "Midstate Packaging"
        found = by_alias(conn, name_key(bare))
    if found is None and kind == "organization":  # "Justice Department" after "Department of Justice"
        found = next((f for f in (by_alias(conn, name_key(o)) for o in other_office_orders(name)) if f is not None), None)
    personal = kind == "person" and is_personal_name(name)
    if found is None and personal:
        found = _by_person_name(conn, name, article_id)
    if found is None:
        found = conn.execute("INSERT INTO speakers(name, kind) VALUES (?, ?)", (name, kind)).lastrowid
    elif kind != "unknown":
        conn.execute("UPDATE speakers SET kind = ? WHERE id = ? AND kind = 'unknown'", (kind, found))
    add_alias(conn, name, found)
    add_alias(conn, written, found)
    if bare:
        add_alias(conn, bare, found)  # (and "Midstate Packaging" after it)
    if personal and len(plain_person(name).split()) > 1:
        add_alias(conn, plain_person(name), found)
    if is_role(role):
        conn.execute("UPDATE speakers SET role = ? WHERE id = ? AND role IS NULL", (" ".join(role.split()), found))
    return found
