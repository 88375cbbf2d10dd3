"""Ids users can cite never move (schema 10): quote and speaker ids are never given twice, and every id ever
shown answers with its row, a redirect to the id that answers for it, or a page saying it was removed.
On real SQLite files: migration from schemas 8 and 9, deletes, chains of revisions and merges; the
pages through Datasette's client."""
from __future__ import annotations

import sqlite3

import pytest
from test_store_workbench import ALBRECHT, J_ALBRECHT, add, quote_ids

from quotes.cli.web import build_datasette
from quotes.errors import QuotesError
from quotes.store import corrections
from quotes.store.db import connect
from quotes.store.queries import quote
from quotes.store.schema import CREATE, SCHEMA_VERSION, statements

#: The link columns schema 10 added to the redirect tables, and their indexes.
LINKS = {"quote_redirects": "quote_id", "speaker_redirects": "speaker_id"}
#: Filled by triggers from the other tables, or full-text indexes: made again, not copied.
DERIVED = ("quote_appearances", "sqlite_sequence")
#: The tables whose ids schema 11 stopped giving twice.
CITED_LATER = ("CREATE TABLE articles (", "CREATE TABLE appearances (")


def older_schema(version: int) -> list[str]:
    """The statements creating schema 8, 9 or 10.  In 8 and 9 every id given by max(id) + 1 (no
    AUTOINCREMENT), redirects without their link column, in 9 new_id itself the key, cascading; in 10
    only the ids of articles and appearances given so."""
    out = []
    for s in statements(CREATE):
        if version == 10:
            out.append(s.replace(" AUTOINCREMENT", "") if s.startswith(CITED_LATER) else s)
            continue
        s = s.replace(" AUTOINCREMENT", "")
        if any(s.startswith(f"CREATE INDEX {table}_") and f"({link})" in s for table, link in LINKS.items()):
            continue
        for table, link in LINKS.items():
            if s.startswith(f"CREATE TABLE {table} ("):
                s = "\n".join(line for line in s.splitlines() if not line.strip().startswith(f"{link} "))
                if version == 9:
                    target = "quotes" if table == "quote_redirects" else "speakers"
                    s = s.replace("new_id INTEGER NOT NULL,", f"new_id INTEGER NOT NULL REFERENCES {target}(id) "
                                  "ON DELETE CASCADE,")
        out.append(s)
    return out


def copy_as(src, dst, version: int) -> None:
    """The rows of the database `src` in a file of schema `version`, as that version's code made it: the
    tables in the order their keys need, the browsing table and the full-text indexes filled by the
    triggers.  In schema 9 a redirect to a row gone went with it (the key cascaded); schema 10 kept
    count of the quote and speaker ids given."""
    out = sqlite3.connect(dst, isolation_level=None)
    for s in older_schema(version):
        out.execute(s)
    out.execute("ATTACH DATABASE ? AS src", (str(src),))
    tables = [n for (n,) in out.execute("SELECT name FROM main.sqlite_master WHERE type = 'table' AND sql NOT LIKE "
                                        "'CREATE VIRTUAL%' AND name NOT LIKE '%fts%' ORDER BY rowid")]
    for table in tables:
        if table in DERIVED:
            continue
        columns = ", ".join(f'"{r[1]}"' for r in out.execute(f"PRAGMA main.table_info({table})"))
        where = f" WHERE {LINKS[table]} IS NOT NULL" if version == 9 and table in LINKS else ""
        out.execute(f"INSERT INTO main.{table} ({columns}) SELECT {columns} FROM src.{table}{where}")
    if version == 10:  # the last quote and speaker ids given, as that version kept count of them
        out.execute("DELETE FROM main.sqlite_sequence")
        out.execute("INSERT INTO main.sqlite_sequence SELECT * FROM src.sqlite_sequence WHERE name IN ('quotes', 'speakers')")
    out.execute(f"PRAGMA user_version = {version}")
    out.execute("DETACH DATABASE src")
    out.close()


def rows(conn, table: str) -> list[tuple]:
    columns = ", ".join(f'"{r[1]}"' for r in conn.execute(f"PRAGMA table_info({table})") if r[1] != LINKS.get(table))
    return sorted((tuple(r) for r in conn.execute(f"SELECT {columns} FROM {table}")), key=repr)


SAID = ["The crews will be paid in full", "The crews will be paid in full next month"]


def history(path) -> dict[str, int]:
    """A database where ids went every way they can: a speaker merged (with a quote of the same words),
    a quote reworded by a revision, then that quote removed by the next one."""
    conn = connect(str(path))
    add(conn, ALBRECHT, url="https://x.example/1")
    add(conn, J_ALBRECHT, url="https://x.example/2")
    corrections.merge(conn, "J. Albrecht", "Jonas Albrecht")
    ids = {"merged quote": conn.execute("SELECT old_id FROM quote_redirects WHERE reason = 'merged'").fetchone()[0]}
    for words in SAID:
        add(conn, [(words, "Ada Lind", "person", "Ada Lind")], url="https://x.example/3")
        ids[words] = quote_ids(conn)[words]
    add(conn, [("Nothing more about the crews today", "Bo Strand", "person", "Bo Strand")], url="https://x.example/3")
    conn.close()
    return ids


@pytest.mark.parametrize("version", [8, 9])
def test_an_older_database_keeps_every_row_and_never_gives_an_id_again(tmp_path, version):
    ids = history(tmp_path / "now.db")
    db = tmp_path / "old.db"
    copy_as(tmp_path / "now.db", db, version)
    old = sqlite3.connect(db)
    # made before ids were kept count of: the lone surname 900 joined Jonas Albrecht, and the id was given
    # anew to the speaker of the highest id; quote 905, once absorbed by the merged quote, is the highest
    # quote id ever given
    (reused,) = old.execute("SELECT max(id) FROM speakers").fetchone()
    (albrecht,) = old.execute("SELECT id FROM speakers WHERE name = 'Jonas Albrecht'").fetchone()
    (kept,) = old.execute("SELECT new_id FROM quote_redirects WHERE old_id = ?", (ids["merged quote"],)).fetchone()
    old.execute("INSERT INTO speaker_redirects VALUES (?, ?, 'surname', '2025-01-01T00:00:00+00:00')", (reused, albrecht))
    old.execute("INSERT INTO quote_redirects VALUES (905, ?, 'merged', '2025-01-01T00:00:00+00:00')", (kept,))
    old.commit()
    tables = [n for (n,) in old.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%'")]
    before = {t: rows(old, t) for t in tables}
    assert "AUTOINCREMENT" not in old.execute("SELECT sql FROM sqlite_master WHERE name = 'quotes'").fetchone()[0]
    old.close()

    conn = connect(str(db))
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 11
    contradicted = (reused, albrecht, "surname", "2025-01-01T00:00:00+00:00")
    for table in tables:
        expected = [r for r in before[table] if r != contradicted]
        assert rows(conn, table) == expected, table
    assert contradicted in before["speaker_redirects"]  # dropped: the id shows its row everywhere else
    schema = "SELECT type, name, tbl_name FROM sqlite_master ORDER BY type, name"
    fresh = connect(str(tmp_path / "fresh.db"))
    assert [tuple(r) for r in conn.execute(schema)] == [tuple(r) for r in fresh.execute(schema)]
    for table in ("quotes", "speakers", "articles", "appearances"):
        assert "AUTOINCREMENT" in conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    assert [tuple(r) for r in conn.execute("PRAGMA foreign_key_list(quote_redirects)")] == \
        [tuple(r) for r in fresh.execute("PRAGMA foreign_key_list(quote_redirects)")]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    # the indexes and triggers came back with the tables: full-text search and the browsing table answer
    assert conn.execute("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'winter'").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM quote_appearances").fetchone()[0] == before["appearances"].__len__()
    (removed_target,) = [r for r in before["quote_redirects"] if r[1] == ids[SAID[1]]] or [None]
    if version == 8:  # a redirect to a quote removed since was kept: the old id answers as that quote's id
        assert removed_target is not None
        assert conn.execute("SELECT quote_id FROM quote_redirects WHERE old_id = ?", (ids[SAID[0]],)).fetchone()[0] is None
    else:  # schema 9 had let it go with the quote
        assert removed_target is None

    add(conn, [("A quotation stored after the migration", "Kari Holm", "person", "Kari Holm")], url="https://x.example/9")
    new_quote = quote_ids(conn)["A quotation stored after the migration"]
    (new_speaker,) = conn.execute("SELECT id FROM speakers WHERE name = 'Kari Holm'").fetchone()
    assert new_quote > 905 and new_speaker > reused


def test_ids_are_never_given_again_once_their_rows_went(tmp_path):
    conn = connect(str(tmp_path / "q.db"))
    add(conn, [("The harbour stays closed all week", "Ada Lind", "person", "Ada Lind"),
               ("We were never told about any of this", "Bo Strand", "person", "Bo Strand")], url="https://x.example/1")
    highest = quote_ids(conn)["We were never told about any of this"]
    (bo,) = conn.execute("SELECT id FROM speakers WHERE name = 'Bo Strand'").fetchone()
    assert (highest, bo) == tuple(conn.execute("SELECT (SELECT max(id) FROM quotes), (SELECT max(id) FROM speakers)").fetchone())
    add(conn, [("The harbour stays closed all week", "Ada Lind", "person", "Ada Lind")], url="https://x.example/1")
    assert conn.execute("SELECT count(*) FROM quotes WHERE id = ?", (highest,)).fetchone()[0] == 0  # the highest went
    add(conn, [("Our crews will not work for free", "Kari Holm", "person", "Kari Holm")], url="https://x.example/2")
    (kari,) = conn.execute("SELECT id FROM speakers WHERE name = 'Kari Holm'").fetchone()
    assert quote_ids(conn)["Our crews will not work for free"] == highest + 1 and kari == bo + 1
    with pytest.raises(QuotesError, match=f"quote #{highest} .*was removed in a later revision of article 1"):
        quote(conn, highest)
    with pytest.raises(QuotesError, match=f"speaker {bo} was removed"):
        corrections.find_speaker(conn, str(bo))
    with pytest.raises(QuotesError, match=f"no speaker with id {kari + 1}"):
        corrections.find_speaker(conn, str(kari + 1))


async def test_every_old_id_answers_after_a_chain_of_revisions_and_merges(tmp_path):
    db = tmp_path / "q.db"
    conn = connect(str(db))
    # quote A reworded into B by a revision; C, the same words by "A. Lind", merged into B with its speaker
    add(conn, [(SAID[0], "Ada Lind", "person", "Ada Lind")], url="https://x.example/1")
    add(conn, [(SAID[1], "Ada Lind", "person", "Ada Lind")], url="https://x.example/1")
    add(conn, [(SAID[1], "A. Lind", "person", "A. Lind")], url="https://x.example/2")
    (a,) = conn.execute("SELECT old_id FROM quote_redirects").fetchone()
    by = "SELECT q.id FROM quotes q JOIN speakers s ON s.id = q.speaker_id WHERE s.name = ?"
    (b,), (c,) = (conn.execute(by, (name,)).fetchone() for name in ("Ada Lind", "A. Lind"))
    (a_lind,) = conn.execute("SELECT id FROM speakers WHERE name = 'A. Lind'").fetchone()
    (ada,) = conn.execute("SELECT id FROM speakers WHERE name = 'Ada Lind'").fetchone()
    corrections.merge(conn, "A. Lind", "Ada Lind")
    # a lone surname "Strand" joins Bo Strand once he is well known; then every article of his is revised
    add(conn, [("Nobody in this cabinet wants a strike", "Strand", "person", "Strand")], url="https://x.example/10")
    (lone,) = conn.execute("SELECT id FROM speakers WHERE name = 'Strand'").fetchone()
    for n in range(3):
        add(conn, [(f"The harbour stays closed in week {n}", "Bo Strand", "person", "Bo Strand")], url=f"https://x.example/{11 + n}")
    (bo,) = conn.execute("SELECT id FROM speakers WHERE name = 'Bo Strand'").fetchone()
    assert [tuple(r) for r in conn.execute("SELECT old_id, new_id, speaker_id FROM speaker_redirects ORDER BY old_id")] == \
        [(a_lind, ada, ada), (lone, bo, bo)]
    assert corrections.find_speaker(conn, str(lone))["name"] == "Bo Strand"
    # every printing of B and of Bo Strand removed by a revision of its article
    for n in (1, 2, 10, 11, 12, 13):
        add(conn, [(f"Nothing more about this from article {n}", "Kari Holm", "person", "Kari Holm")], url=f"https://x.example/{n}")
    assert not conn.execute("SELECT 1 FROM quotes WHERE id IN (?, ?, ?)", (a, b, c)).fetchone()
    assert not conn.execute("SELECT 1 FROM speakers WHERE id IN (?, ?)", (lone, bo)).fetchone()
    # the redirects stay, their links emptied: the old ids answer as the removed ids do
    assert [tuple(r) for r in conn.execute("SELECT old_id, new_id, quote_id FROM quote_redirects ORDER BY old_id")] == \
        [(a, b, None), (c, b, None)]
    assert [tuple(r) for r in conn.execute("SELECT old_id, new_id, speaker_id FROM speaker_redirects ORDER BY old_id")] == \
        [(a_lind, ada, ada), (lone, bo, None)]
    for old in (a, c):
        with pytest.raises(QuotesError, match=f"quote #{old} is now quote #{b}, which .*was removed in a later revision"):
            quote(conn, old)
    conn.close()

    ds = build_datasette(str(db))
    for old in (a, c):
        moved = await ds.client.get(f"/quotes/-/quote/{old}")
        assert moved.status_code == 302 and moved.headers["location"] == f"/quotes/-/quote/{b}"
    gone = await ds.client.get(f"/quotes/-/quote/{b}")
    assert gone.status_code == 410 and "removed in a later revision" in gone.text and f"“{SAID[1]}”" in gone.text
    moved = await ds.client.get(f"/quotes/-/speaker/{a_lind}")
    assert moved.status_code == 302 and moved.headers["location"] == f"/quotes/-/speaker/{ada}"
    assert (await ds.client.get(f"/quotes/-/speaker/{ada}")).status_code == 200  # merged by hand: kept
    moved = await ds.client.get(f"/quotes/-/speaker/{lone}")
    assert moved.status_code == 302 and moved.headers["location"] == f"/quotes/-/speaker/{bo}"
    gone = await ds.client.get(f"/quotes/-/speaker/{bo}")
    assert gone.status_code == 410 and "This speaker was removed" in gone.text
    (last_quote, last_speaker) = sqlite3.connect(db).execute(
        "SELECT seq FROM sqlite_sequence WHERE name IN ('quotes', 'speakers') ORDER BY name").fetchall()
    assert (await ds.client.get(f"/quotes/-/quote/{last_quote[0] + 1}")).status_code == 404  # never given
    assert (await ds.client.get(f"/quotes/-/speaker/{last_speaker[0] + 1}")).status_code == 404


async def test_a_row_answers_before_a_redirect_in_a_file_served_as_it_is(tmp_path):
    history(tmp_path / "now.db")
    db = tmp_path / "old.db"
    copy_as(tmp_path / "now.db", db, 8)
    old = sqlite3.connect(db)
    (reused, name), = old.execute("SELECT id, name FROM speakers ORDER BY id DESC LIMIT 1")
    (other,) = old.execute("SELECT id FROM speakers WHERE id != ? LIMIT 1", (reused,)).fetchone()
    old.execute("INSERT INTO speaker_redirects VALUES (?, ?, 'surname', '2025-01-01T00:00:00+00:00')", (reused, other))
    old.commit()
    old.close()
    page = await build_datasette(str(db)).client.get(f"/quotes/-/speaker/{reused}")
    assert page.status_code == 200 and f"<h1>{name}</h1>" in page.text


async def test_a_quote_removed_by_a_correction_says_so_without_words(tmp_path):
    db = tmp_path / "q.db"
    conn = connect(str(db))
    add(conn, [("The harbour stays closed all week", "Ada Lind", "person", "Ada Lind"),
               ("Harbour Nights", "Ada Lind", "person", "Ada Lind")], url="https://x.example/1")
    title = quote_ids(conn)["Harbour Nights"]
    (printed,) = conn.execute("SELECT id FROM appearances WHERE quote_id = ?", (title,)).fetchone()
    corrections.correct(conn, printed, "not-a-quote", note="a film title")
    with pytest.raises(QuotesError, match=f"quote #{title} was removed: no article prints it any more"):
        quote(conn, title)
    conn.close()
    gone = await build_datasette(str(db)).client.get(f"/quotes/-/quote/{title}")
    assert gone.status_code == 410 and "This quotation was removed: no article prints it any more" in gone.text
    assert "Harbour Nights" not in gone.text  # its words were not kept
