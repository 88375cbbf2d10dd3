"""Lone surnames settled whatever the order articles came in.

An article that names a speaker only by surname ("Obama said") gets a speakers row of that surname
when no one of that surname is well known yet (identity.well_known).  Once someone is, the earlier
lone-surname quotations join them as later ones would: after each article, the lone-surname rows
of the surnames it touched are linked again.  A row left with no quotation answers, by its id, with
the speaker that absorbed it (speaker_redirects).
"""
from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from .identity import apostrophe_forms, plain_person, well_known
from .linking import ids, relink, speaker_redirect
from .schema import SURNAME


def settle(conn: sqlite3.Connection, speaker_ids: Iterable[int], new_ids: Iterable[int] = ()) -> None:
    """Link again the lone-surname quotations that now stand for a well-known person of the surname of
    one of these speakers (a person with a full name), and, for each new person among `new_ids`, those
    a well-known person of their surname took in articles that write the new person's name more often."""
    names = {sid: plain_person(name) for sid, name in conn.execute(
        f"SELECT id, name FROM speakers WHERE id IN ({ids(speaker_ids)}) AND kind = 'person'")}
    full = {sid: name for sid, name in names.items() if " " in name}
    for sid in sorted(set(full) & set(new_ids)):
        _reconsider(conn, full[sid])
    for surname in sorted({name.split()[-1] for name in full.values()}):
        if well_known(conn, surname) is None:  # no one of that surname for a lone surname to join
            continue
        for lone_id, name in conn.execute(f"SELECT id, name FROM speakers WHERE kind = 'person' AND locked = 0 "
                                          f"AND {SURNAME} = lower(?) ORDER BY id", (surname,)).fetchall():
            if " " not in plain_person(name):  # "Obama", "Mr. Obama"
                _settle_row(conn, lone_id, plain_person(name))


def _reconsider(conn: sqlite3.Connection, name: str) -> None:
    """Link again the lone-surname quotations of this surname given to someone named in full, in the
    articles that write this (new) person's name: the join may not hold there any more."""
    surname = name.split()[-1]
    again = [r[0] for r in conn.execute("""SELECT a.id FROM appearances a JOIN articles ar ON ar.id = a.article_id
        JOIN quotes q ON q.id = a.quote_id JOIN speakers s ON s.id = q.speaker_id
        WHERE a.speaker_name IN (?, ?, ?) AND s.kind = 'person' AND instr(s.name, ' ') > 0 AND instr(ar.text, ?) > 0""",
        (*apostrophe_forms(surname), name))]
    if again:
        relink(conn, again)


def _settle_row(conn: sqlite3.Connection, lone_id: int, surname: str) -> None:
    """Link again the quotations of the lone-surname speaker `lone_id` in each article where a
    well-known person of `surname` stands for it; the row, once emptied, redirects to that person."""
    rows = conn.execute("SELECT a.id, a.article_id FROM appearances a JOIN quotes q ON q.id = a.quote_id "
                        "WHERE q.speaker_id = ? ORDER BY a.id", (lone_id,)).fetchall()
    targets = {}
    for _, article_id in rows:
        if article_id not in targets:
            targets[article_id] = well_known(conn, surname, article_id)
    moving = [appearance_id for appearance_id, article_id in rows if targets[article_id] is not None]
    if not moving:
        return
    relink(conn, moving)
    if not conn.execute("SELECT 1 FROM speakers WHERE id = ?", (lone_id,)).fetchone():
        speaker_redirect(conn, lone_id, next(t for t in targets.values() if t is not None), "surname")
