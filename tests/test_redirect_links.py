"""Redirects as foreign keys (schema 9): a redirect's new_id points at the quote or speaker that absorbed
the old id, so Datasette links it; a database of schema 8 is rebuilt with the keys, its rows kept; chains
of absorptions still end at the row that answers now."""
from __future__ import annotations

import re
import sqlite3

import pytest
from test_store_workbench import ALBRECHT, J_ALBRECHT, add, quote_ids

from quotes.cli.web import build_datasette
from quotes.store import corrections
from quotes.store.db import connect
from quotes.store.queries import quote
from quotes.store.schema import SCHEMA_VERSION

#: The two tables as schema 8 made them: new_id a bare number.
SCHEMA_8 = {
    "quote_redirects": "CREATE TABLE quote_redirects (old_id INTEGER PRIMARY KEY, new_id INTEGER NOT NULL, "
                       "reason TEXT NOT NULL, at TEXT NOT NULL)",
    "speaker_redirects": "CREATE TABLE speaker_redirects (old_id INTEGER PRIMARY KEY, new_id INTEGER NOT NULL, "
                         "reason TEXT NOT NULL, at TEXT NOT NULL)",
}
TARGETS = {"quote_redirects": "quotes", "speaker_redirects": "speakers"}


@pytest.fixture
def conn(tmp_path):
    return connect(str(tmp_path / "q.db"))


def keys(conn, table: str) -> list[tuple]:
    return [(r[2], r[3], r[4], r[6]) for r in conn.execute(f"PRAGMA foreign_key_list({table})")]


def merged_database(path) -> None:
    """A database where J. Albrecht was merged into Jonas Albrecht: a speaker and a quote redirect."""
    conn = connect(str(path))
    add(conn, ALBRECHT, url="https://x.example/1")
    add(conn, J_ALBRECHT, url="https://x.example/2")
    corrections.merge(conn, "J. Albrecht", "Jonas Albrecht")
    conn.close()


def as_schema_8(path) -> None:
    """Turn the file back into schema 8: the redirect tables without their keys, the same rows."""
    conn = sqlite3.connect(path, isolation_level=None)
    for table, create in SCHEMA_8.items():
        conn.execute(f"ALTER TABLE {table} RENAME TO keyed")
        conn.execute(create)
        conn.execute(f"INSERT INTO {table} SELECT * FROM keyed")
        conn.execute("DROP TABLE keyed")
        conn.execute(f"CREATE INDEX {table}_new ON {table}(new_id)")
    conn.execute("PRAGMA user_version = 8")
    conn.close()


def test_a_schema_8_database_gets_the_keys_and_keeps_every_redirect_that_leads_somewhere(tmp_path):
    db = tmp_path / "q.db"
    merged_database(db)
    as_schema_8(db)
    old = sqlite3.connect(db)
    assert all(keys(old, t) == [] for t in SCHEMA_8)
    before = {t: old.execute(f"SELECT * FROM {t} ORDER BY old_id").fetchall() for t in SCHEMA_8}
    assert all(len(rows) == 1 for rows in before.values())
    # a redirect to a speaker that went afterwards led nowhere: the key cannot hold it
    old.execute("INSERT INTO speaker_redirects VALUES (900, 901, 'surname', '2025-01-01T00:00:00+00:00')")
    old.commit()
    old.close()
    conn = connect(str(db))
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 9
    for table, target in TARGETS.items():
        assert keys(conn, table) == [(target, "new_id", "id", "CASCADE")]
        assert [tuple(r) for r in conn.execute(f"SELECT * FROM {table} ORDER BY old_id")] == before[table]
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    fresh = connect(str(tmp_path / "new.db"))
    schema = "SELECT type, name, tbl_name FROM sqlite_master ORDER BY type, name"
    assert conn.execute(schema).fetchall() == fresh.execute(schema).fetchall()
    assert all(keys(fresh, t) == keys(conn, t) for t in TARGETS)
    (gone,) = before["quote_redirects"]
    assert quote(conn, gone[0])["id"] == gone[1]  # the absorbed id still answers


def test_chains_of_merges_end_at_the_speaker_that_answers_now(conn):
    for n, name in enumerate(("Kari Holm", "Ada Lind", "Mia Sund")):
        add(conn, [(f"The harbour stays closed in week {n}", name, "person", name)], url=f"https://x.example/{n}")
    ids = {r["name"]: r["id"] for r in conn.execute("SELECT id, name FROM speakers")}
    corrections.merge(conn, "Kari Holm", "Ada Lind")
    corrections.merge(conn, "Ada Lind", "Mia Sund")
    assert [tuple(r) for r in conn.execute("SELECT old_id, new_id FROM speaker_redirects ORDER BY old_id")] == [
        (ids["Kari Holm"], ids["Mia Sund"]), (ids["Ada Lind"], ids["Mia Sund"])]
    assert corrections.find_speaker(conn, str(ids["Kari Holm"]))["name"] == "Mia Sund"


def test_a_quote_reworded_twice_answers_with_its_latest_wording(conn):
    said = ["The crews will be paid in full", "The crews will be paid in full next month",
            "The crews will be paid in full next month at the latest"]
    for words in said:
        add(conn, [(words, "Ada Lind", "person", "Ada Lind")], url="https://x.example/1", published="2025-03-01")
        ids = quote_ids(conn)
    first, second = (r[0] for r in conn.execute("SELECT old_id FROM quote_redirects ORDER BY old_id"))
    latest = ids[said[2]]
    assert [tuple(r) for r in conn.execute("SELECT new_id FROM quote_redirects")] == [(latest,), (latest,)]
    assert quote(conn, first)["id"] == quote(conn, second)["id"] == latest


def test_a_redirect_goes_with_the_quote_it_pointed_at(conn):
    add(conn, [("The crews will be paid in full", "Ada Lind", "person", "Ada Lind")], url="https://x.example/1")
    add(conn, [("The crews will be paid in full next month", "Ada Lind", "person", "Ada Lind")], url="https://x.example/1")
    assert conn.execute("SELECT count(*) FROM quote_redirects").fetchone()[0] == 1
    add(conn, [("Nothing more about the crews today", "Ada Lind", "person", "Ada Lind")], url="https://x.example/1")
    assert conn.execute("SELECT count(*) FROM quote_redirects").fetchone()[0] == 0  # not left pointing at no quote


async def test_the_redirect_tables_link_new_id_to_the_row_with_its_label(tmp_path):
    db = tmp_path / "q.db"
    merged_database(db)
    conn = connect(str(db))
    (speaker_old, speaker_new), = conn.execute("SELECT old_id, new_id FROM speaker_redirects")
    (quote_old, quote_new), = conn.execute("SELECT old_id, new_id FROM quote_redirects")
    conn.close()
    ds = build_datasette(str(db))
    page = (await ds.client.get("/quotes/speaker_redirects")).text
    link = re.search(rf'<td class="col-new_id[^"]*"[^>]*><a href="([^"]+)">([^<]+)</a>&nbsp;<em>{speaker_new}</em>', page)
    assert link and link.groups() == (f"/quotes/speakers/{speaker_new}", "Jonas Albrecht")
    assert f">{speaker_old}</a>" in page  # the old id is the row's own link, not a link to a speaker
    page = (await ds.client.get("/quotes/quote_redirects")).text
    link = re.search(rf'<td class="col-new_id[^"]*"[^>]*><a href="([^"]+)">([^<]+)</a>&nbsp;<em>{quote_new}</em>', page)
    assert link and link.groups() == (f"/quotes/quotes/{quote_new}", "The port will stay open all winter")
    row = (await ds.client.get(f"/quotes/speakers/{speaker_new}")).text
    assert "Jonas Albrecht" in row
    labelled = (await ds.client.get("/quotes/speaker_redirects.json?_shape=objects&_labels=on")).json()["rows"]
    assert labelled[0]["new_id"] == {"value": speaker_new, "label": "Jonas Albrecht"}
    assert quote_old != quote_new
