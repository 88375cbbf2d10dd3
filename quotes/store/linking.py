"""Quote identity across articles: appearances join quotes, near-identical wordings become variants,
the same words given to different speakers are flagged, and counts are kept up to date; an absorbed
quote or speaker id keeps answering with the one that absorbed it (quote_redirects, speaker_redirects)."""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from ..extract.lexicon import BODY_HEADS, NUMBER_WORDS, PERSON_NOUNS, TITLES, owner_unpossessed
from .db import now
from .identity import add_alias, is_name_like, resolve
from .normalize import name_key, quote_key, variant_score, word_diff
from .speaker_names import (
    before_headline_verb,
    before_headline_words,
    clean_name,
    completed_name,
    is_no_ones_name,
    only_describes,
)


def ids(values: Iterable) -> str:
    """Ids written for an SQL `IN (…)` list: distinct integers joined by commas, None left out, and "NULL"
    (which matches nothing) when none is left."""
    return ",".join(str(int(v)) for v in set(values) if v is not None) or "NULL"


_DETERMINERS = frozenset(("the", "a", "an", "his", "her", "their", "its", "our"))
#: Words that alone never name one speaker: titles, nouns for people, heads of bodies.
_NOT_NAMES = TITLES | PERSON_NOUNS | BODY_HEADS | {w + "s" for w in PERSON_NOUNS | BODY_HEADS}
#: Nouns for several people ("supporters", "officials").
_PEOPLE = frozenset(w + "s" for w in PERSON_NOUNS)

#: Quotations shorter than this (in words) are not flagged as attribution conflicts: "loser" has many speakers.
MIN_CONFLICT_WORDS = 4


def is_description(name: str, kind: str = "unknown") -> bool:
    """"analysts", "the minister", "a 46-year-old", "GOP presidential candidate", "another New Hampshire
    Republican" (a lower-case word for people first): a description, not a name, so not one speaker across
    articles."""
    words = name.split()
    if words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    if not words or not any(w[:1].isupper() for w in words) or words[0] in PERSON_NOUNS and words[0] not in TITLES:
        return True  # (also "another New Hampshire Republican", "many of them conservative Catholics")
    if len(words) == 1 and words[0].lower() in _NOT_NAMES:
        return True  # "Chief", "CEO", "Officials", "Police": a title or a group, not one speaker
    if words[0][:1].isdigit() or words[0].lower() in NUMBER_WORDS:
        return True
    last = words[-1]
    return kind != "person" and last[:1].islower() and last.lower() not in BODY_HEADS


def speaker_of(conn: sqlite3.Connection, appearance: sqlite3.Row) -> int | None:
    """The speakers row of an appearance, from the extractor's name for the speaker, made clean (none
    for unattributed quotes, for speakers only described, like "officials", and for names that name
    no one: see speaker_names.py)."""
    if not appearance["speaker_name"] or is_description(appearance["speaker_name"], appearance["speaker_kind"]) \
            or appearance["resolved"] == "unresolved" and only_describes(appearance["speaker_name"]):
        return None  # (also "the Texas Republican" the extractor found no one for)
    kind = appearance["speaker_kind"] or "unknown"
    row = conn.execute("SELECT text, title FROM articles WHERE id = ?", (appearance["article_id"],)).fetchone()
    text, title = row if row else (None, None)
    name = owner_unpossessed(clean_name(appearance["speaker_name"]))
    name = before_headline_verb(name) if kind in ("person", "unknown") else name
    name = completed_name(before_headline_words(name, text, title), text) if text else name
    if is_no_ones_name(name, kind, text, title):
        return None
    speaker_id = resolve(conn, name, kind, appearance["speaker_role"], appearance["article_id"])
    if is_name_like(appearance["speaker_mention"], appearance["resolved"]):
        add_alias(conn, appearance["speaker_mention"], speaker_id)
    return speaker_id


def said_by_people(appearance) -> bool:
    """Whether the extractor gave an appearance to people it only describes ("Clinton supporters",
    "officials", "the protesters"): words a crowd chants or a group repeats are not a reprint of the
    one person's quotation of the same words."""
    name = appearance["speaker_name"]
    return bool(name) and is_description(name, appearance["speaker_kind"] or "unknown") \
        and name.split()[-1].lower() in _PEOPLE


def quote_for(conn: sqlite3.Connection, text: str, speaker_id: int | None, reprint: bool = True) -> int:
    """The quote these words by this speaker belong to, created (and matched to variants) when new.
    An unattributed reprint joins the quote when only one speaker is known for the words (not words
    given to people only described: `reprint` False, see said_by_people)."""
    key = quote_key(text) or text.strip()
    if speaker_id is None and reprint:
        rows = conn.execute("SELECT id FROM quotes WHERE normalized = ?", (key,)).fetchall()
        if len(rows) == 1:
            return rows[0][0]
    row = conn.execute("SELECT id FROM quotes WHERE normalized = ? AND ifnull(speaker_id, 0) = ifnull(?, 0)",
                       (key, speaker_id)).fetchone()
    if row:
        return row[0]
    quote_id = conn.execute("INSERT INTO quotes(text, normalized, speaker_id) VALUES (?, ?, ?)",
                            (text, key, speaker_id)).lastrowid
    find_variant(conn, quote_id)
    return quote_id


#: A speaker with more quotes than this has variant candidates looked up in the words index, not read one by one.
SCAN_LIMIT = 50
#: How many of the index's best-ranked candidates are compared word by word.
CANDIDATES = 50
#: Words of a quote its variants are looked up by (see variant_candidates).
ASKED_WORDS = 5


def variant_candidates(normalized: str) -> str | None:
    """An FTS query for the possible variants of these words: the quotes with one of its longest
    (rarest) words.  A variant shares at least half of the words (see variant_score), so it has one
    of any half-plus-one of them: up to ASKED_WORDS words that is every variant; for longer quotes,
    those that kept one of the ASKED_WORDS longest."""
    ws = normalized.split()
    if len(ws) < 4 or not all(w.isalnum() for w in ws):  # too short, or no words at all (a key of punctuation)
        return None
    chosen = sorted(set(sorted(ws, key=len, reverse=True)[:min(len(ws) // 2 + 1, ASKED_WORDS)]))
    return " OR ".join(f'"{w}"' for w in chosen)


def _candidates(conn: sqlite3.Connection, quote: sqlite3.Row, match: str) -> list[sqlite3.Row]:
    """Other quotes of the same speaker that may be variants of this one, in id order: all of them
    for a speaker with few quotes, else those the words index ranks best for the quote's rare words."""
    speaker = quote["speaker_id"]
    many = conn.execute("SELECT count(*) FROM (SELECT 1 FROM quotes WHERE speaker_id IS ? LIMIT ?)",
                        (speaker, SCAN_LIMIT + 1)).fetchone()[0] > SCAN_LIMIT
    if not many:
        return conn.execute("SELECT id, normalized, variant_of FROM quotes WHERE speaker_id IS ? AND id != ? ORDER BY id",
                            (speaker, quote["id"])).fetchall()
    asked = (f"speaker_id : {int(speaker or 0)} AND normalized : ({match})", quote["id"])
    matched = ("SELECT q.id, q.normalized, q.variant_of FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid "
               "WHERE quotes_fts MATCH ? AND q.id != ?")
    found = conn.execute(f"{matched} LIMIT ?", (*asked, CANDIDATES + 1)).fetchall()
    if len(found) > CANDIDATES:  # ranking costs more than matching: only when there are too many to compare
        found = conn.execute(f"{matched} ORDER BY quotes_fts.rank LIMIT ?", (*asked, CANDIDATES)).fetchall()
    return sorted(found, key=lambda r: r["id"])


def find_variant(conn: sqlite3.Connection, quote_id: int) -> None:
    """Link a quote to the quote of the same speaker it is a near-identical wording of, if any."""
    quote = conn.execute("SELECT id, text, normalized, speaker_id FROM quotes WHERE id = ?", (quote_id,)).fetchone()
    match = variant_candidates(quote["normalized"])
    if match is None:
        return
    mine = quote["normalized"].split()
    best, best_score = None, 0.0
    for other in _candidates(conn, quote, match):
        score = variant_score(other["normalized"].split(), mine)
        if score > best_score:
            best, best_score = other, score
    if best is None:
        return
    root_id = best["variant_of"] or best["id"]
    if root_id == quote_id:  # the closest is a variant of this one already: it stays their original
        return
    root_text = conn.execute("SELECT text FROM quotes WHERE id = ?", (root_id,)).fetchone()[0]
    conn.execute("UPDATE quotes SET variant_of = ?, variant_diff = ? WHERE id = ?",
                 (root_id, word_diff(root_text, quote["text"]), quote_id))


_FIRST = ("FROM appearances a JOIN articles ar ON ar.id = a.article_id WHERE a.quote_id = quotes.id "
          "ORDER BY coalesce(ar.published, substr(ar.added, 1, 10)), ar.id, a.start LIMIT 1")


def refresh(conn: sqlite3.Connection, quote_ids: Iterable[int], speaker_ids: Iterable[int]) -> None:
    """Recount the given quotes and speakers, drop those nothing supports any more, and re-flag conflicts."""
    quote_ids, speaker_ids = set(quote_ids), set(speaker_ids)
    q = ids(quote_ids)
    speaker_ids |= {r[0] for r in conn.execute(f"SELECT speaker_id FROM quotes WHERE id IN ({q})")}
    keys = [r[0] for r in conn.execute(f"SELECT DISTINCT normalized FROM quotes WHERE id IN ({q})")]
    orphans = f"id IN ({q}) AND NOT EXISTS (SELECT 1 FROM appearances WHERE quote_id = quotes.id)"
    stranded = [r[0] for r in conn.execute(f"SELECT id FROM quotes WHERE variant_of IN (SELECT id FROM quotes WHERE {orphans})")]
    conn.execute(f"DELETE FROM quotes WHERE {orphans}")
    stranded = [r[0] for r in conn.execute(f"SELECT id FROM quotes WHERE id IN ({ids(stranded)}) ORDER BY id")]  # not gone too
    conn.execute(f"UPDATE quotes SET variant_diff = NULL WHERE id IN ({ids(stranded)}) AND variant_of IS NULL")
    for quote_id in stranded:
        find_variant(conn, quote_id)
    conn.execute(f"""UPDATE quotes SET
        (appearance_count, article_count, outlet_count) = (
            SELECT count(*), count(DISTINCT a.article_id), count(DISTINCT ar.outlet)
            FROM appearances a JOIN articles ar ON ar.id = a.article_id WHERE a.quote_id = quotes.id),
        (first_article_id, first_seen, text) = (
            SELECT ar.id, coalesce(ar.published, substr(ar.added, 1, 10)), a.text {_FIRST})
        WHERE id IN ({q})""")  # every quote left has an appearance: the orphans went above
    _reroot(conn, {r[0] for r in conn.execute(f"SELECT ifnull(variant_of, id) FROM quotes WHERE id IN ({q})")})
    conn.executemany("""UPDATE quotes SET conflict = (SELECT count(DISTINCT speaker_id) FROM quotes o
                        WHERE o.normalized = quotes.normalized) > 1 WHERE normalized = ?""",
                     [(k,) for k in keys if len(k.split()) >= MIN_CONFLICT_WORDS])
    s = ids(speaker_ids)
    conn.execute(f"""DELETE FROM speakers WHERE id IN ({s}) AND locked = 0
        AND NOT EXISTS (SELECT 1 FROM quotes WHERE speaker_id = speakers.id)
        AND NOT EXISTS (SELECT 1 FROM speaker_aliases WHERE speaker_id = speakers.id AND confirmed = 1)""")
    # Appearances are counted in the browsing table, which the triggers keep in step: its index on
    # (speaker_id, article_id) answers both counts without reading a row.
    conn.execute(f"""UPDATE speakers SET
        quote_count = (SELECT count(*) FROM quotes WHERE speaker_id = speakers.id),
        appearance_count = (SELECT count(*) FROM quote_appearances WHERE speaker_id = speakers.id),
        article_count = (SELECT count(DISTINCT article_id) FROM quote_appearances WHERE speaker_id = speakers.id)
        WHERE id IN ({s})""")


def _reroot(conn: sqlite3.Connection, roots: set[int]) -> None:
    """Make the earliest-seen wording of each variant group its original, the others variants of it."""
    for root in roots:
        group = conn.execute("SELECT id, text FROM quotes WHERE id = ? OR variant_of = ? "
                             "ORDER BY first_seen IS NULL, first_seen, id", (root, root)).fetchall()
        if len(group) < 2 or group[0]["id"] == root:
            continue
        original = group[0]
        conn.execute("UPDATE quotes SET variant_of = NULL, variant_diff = NULL WHERE id = ?", (original["id"],))
        conn.executemany("UPDATE quotes SET variant_of = ?, variant_diff = ? WHERE id = ?",
                         [(original["id"], word_diff(original["text"], other["text"]), other["id"])
                          for other in group[1:]])


def redirect(conn: sqlite3.Connection, old_id: int, new_id: int, reason: str) -> None:
    """Record that quote `old_id` became part of quote `new_id`: the old id keeps answering with the
    new quote (and so do the ids that had already become `old_id`)."""
    record_redirect(conn, "quote_redirects", "quote_id", old_id, new_id, reason)


def speaker_redirect(conn: sqlite3.Connection, old_id: int, new_id: int, reason: str) -> None:
    """Record that speaker `old_id` became part of speaker `new_id` (and so did the ids that had become `old_id`)."""
    record_redirect(conn, "speaker_redirects", "speaker_id", old_id, new_id, reason)


def record_redirect(conn: sqlite3.Connection, table: str, link: str, old_id: int, new_id: int, reason: str) -> None:
    """Record in `table` (quote_redirects or speaker_redirects, whose column `link` is new_id as a link
    to its row) that id `old_id` now answers with `new_id`, and so do the ids that had already become
    `old_id`; `new_id` is a row."""
    if old_id == new_id:
        return
    conn.execute(f"UPDATE {table} SET new_id = ?, {link} = ? WHERE new_id = ?", (new_id, new_id, old_id))
    conn.execute(f"INSERT OR REPLACE INTO {table}(old_id, new_id, {link}, reason, at) VALUES (?, ?, ?, ?, ?)",
                 (old_id, new_id, new_id, reason, now()))
    conn.execute(f"DELETE FROM {table} WHERE old_id = new_id")


def _existing(conn: sqlite3.Connection, key: str, speaker_id: int | None, other_than: int) -> int | None:
    row = conn.execute("SELECT id FROM quotes WHERE normalized = ? AND ifnull(speaker_id, 0) = ifnull(?, 0) AND id != ?",
                       (key, speaker_id, other_than)).fetchone()
    return row[0] if row else None


def named(conn: sqlite3.Connection, name: str) -> int | None:
    """The speaker a name given by hand stands for now: the owner of that alias, else of that name
    (a speaker merged away left its name as an alias of the one it joined)."""
    row = conn.execute("SELECT speaker_id FROM speaker_aliases WHERE normalized = ?", (name_key(name),)).fetchone() \
        or conn.execute("SELECT id FROM speakers WHERE name = ? COLLATE NOCASE ORDER BY id", (name,)).fetchone()
    return row[0] if row else None


def corrected_speakers(conn: sqlite3.Connection, appearance_ids: Iterable[int]) -> dict[int, int]:
    """The speakers given by hand (`quotes correct --speaker`) to these appearances, by appearance id:
    they hold whatever the extractor's name for the speaker says."""
    out = {}
    for appearance_id, name in conn.execute(f"""SELECT appearance_id, speaker FROM corrections c
            WHERE appearance_id IN ({ids(appearance_ids)}) AND action = 'speaker' AND id = (
                SELECT max(id) FROM corrections d WHERE d.appearance_id = c.appearance_id AND d.action != 'confirm')"""):
        speaker_id = named(conn, name)
        if speaker_id is not None:
            out[appearance_id] = speaker_id
    return out


def relink(conn: sqlite3.Connection, appearance_ids: Iterable[int]) -> None:
    """Re-resolve speakers and quotes of stored appearances (after a correction), then recount.

    Quote ids do not move: a quote whose every printing goes to another speaker keeps its row and
    only changes speaker; when that speaker already has the same words, the two quotes become one and
    the absorbed id is recorded in quote_redirects.  Printings leaving a quote that others keep form
    a quote of their own (or join the speaker's quote of these words)."""
    appearance_ids = list(appearance_ids)
    rows = conn.execute(f"SELECT * FROM appearances WHERE id IN ({ids(appearance_ids)}) ORDER BY id").fetchall()
    old = {r["quote_id"] for r in rows}
    old_speakers = {r[0] for r in conn.execute(f"SELECT speaker_id FROM quotes WHERE id IN ({ids(old)})")}
    by_quote: dict[int, dict[int | None, list[sqlite3.Row]]] = {}
    by_hand = corrected_speakers(conn, appearance_ids)
    for r in rows:
        speaker_id = by_hand[r["id"]] if r["id"] in by_hand else speaker_of(conn, r)
        by_quote.setdefault(r["quote_id"], {}).setdefault(speaker_id, []).append(r)
    new = set()
    for quote_id, groups in by_quote.items():
        quote = conn.execute("SELECT normalized, speaker_id FROM quotes WHERE id = ?", (quote_id,)).fetchone()
        moving = sum(len(g) for g in groups.values())
        kept_elsewhere = conn.execute("SELECT count(*) FROM appearances WHERE quote_id = ?", (quote_id,)).fetchone()[0] > moving
        stays = quote["speaker_id"] if quote["speaker_id"] in groups or kept_elsewhere else \
            max(groups, key=lambda s: (len(groups[s]), -min(r["id"] for r in groups[s])))
        for speaker_id, group in groups.items():
            if speaker_id == quote["speaker_id"]:
                continue
            if speaker_id == stays:  # the whole quote changes speaker
                target = _existing(conn, quote["normalized"], speaker_id, quote_id)
                if target is None:
                    conn.execute("UPDATE quotes SET speaker_id = ?, variant_of = NULL, variant_diff = NULL WHERE id = ?",
                                 (speaker_id, quote_id))
                    left = [r[0] for r in conn.execute("SELECT id FROM quotes WHERE variant_of = ?", (quote_id,))]
                    conn.execute("UPDATE quotes SET variant_of = NULL, variant_diff = NULL WHERE variant_of = ?",
                                 (quote_id,))
                    for other in [quote_id, *left]:
                        find_variant(conn, other)
                    new.update(left)
                    new.add(quote_id)
                    continue
                redirect(conn, quote_id, target, "merged")
            else:
                target = quote_for(conn, group[0]["text"], speaker_id, not said_by_people(group[0]))
            conn.executemany("UPDATE appearances SET quote_id = ? WHERE id = ?", [(target, r["id"]) for r in group])
            new.add(target)
    refresh(conn, old | new, old_speakers)
