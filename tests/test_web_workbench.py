"""The evidence pages show the workbench read-only: absorbed quote ids redirect, corrections by hand
and rewordings in later revisions are shown with the evidence."""
from __future__ import annotations

from test_store_workbench import add, quote_ids

from quotes.cli.web import build_datasette
from quotes.store import corrections
from quotes.store.db import connect

FIRST = [("The harbour stays closed all week long", "Ada Lind", "person", "Ada Lind"),
         ("We were never told about any of this", "Ada Lind", "person", "Ada Lind"),
         ("The crews will be paid in full", "Ada Lind", "person", "Ada Lind")]
LATER = [FIRST[0], ("The crews will be paid in full next month", "Ada Lind", "person", "Ada Lind")]


async def test_quote_pages_redirect_absorbed_ids_and_show_corrections_and_revisions(tmp_path):
    db = tmp_path / "quotes.db"
    conn = connect(str(db))
    add(conn, FIRST, url="https://x.example/1", published="2025-03-01")
    old = quote_ids(conn)
    add(conn, LATER, url="https://x.example/1", published="2025-03-01")
    (closed,) = conn.execute("SELECT id FROM appearances WHERE text LIKE 'The harbour%'").fetchone()
    corrections.correct(conn, closed, "confirm", note="heard it <b>myself</b>")
    conn.close()
    ds = build_datasette(str(db))
    moved = await ds.client.get(f"/quotes/-/quote/{old['The crews will be paid in full']}")
    assert moved.status_code == 302
    new = quote_ids(connect(str(db)))["The crews will be paid in full next month"]
    assert moved.headers["location"].endswith(f"/quotes/-/quote/{new}")
    page = (await ds.client.get(f"/quotes/-/quote/{new}")).text
    assert "Changed in a later revision" in page
    assert '<q class="earlier">The crews will be paid in full</q>' in page
    assert '<q class="later">The crews will be paid in full next month</q>' in page
    confirmed = (await ds.client.get(f"/quotes/-/quote/{old['The harbour stays closed all week long']}")).text
    assert "Corrected by hand" in confirmed and "confirmed as right" in confirmed
    assert "heard it &lt;b&gt;myself&lt;/b&gt;" in confirmed
    article = (await ds.client.get("/quotes/-/article/1")).text
    assert "· corrected by hand" in article and "1 earlier version kept" in article
    gone = await ds.client.get(f"/quotes/-/quote/{old['We were never told about any of this']}")
    assert gone.status_code == 410 and "removed in a later revision" in gone.text
    assert "“We were never told about any of this”" in gone.text
    assert (await ds.client.get(f"/quotes/-/quote/{new + 1000}")).status_code == 404
    assert (await ds.client.post(f"/quotes/-/quote/{new}")).status_code == 405


async def test_who_said_page_finds_inflections_and_says_when_only_close_ones_are_found(tmp_path):
    db = tmp_path / "quotes.db"
    conn = connect(str(db))
    add(conn, [("We cannot print money to pay for the harbour", "Ada Lind", "person", "Ada Lind")], url="https://x.example/1")
    conn.close()
    ds = build_datasette(str(db))
    found = (await ds.client.get("/quotes/-/who-said?q=printing+money")).text
    assert "We cannot print money" in found and "No quotation matches" not in found
    close = (await ds.client.get("/quotes/-/who-said?q=printed+banknotes+in+secret+for+the+harbour")).text
    assert "No quotation matches" in close and "We cannot print money" in close


async def test_a_database_of_an_older_schema_served_as_it_is_still_shows_its_pages(tmp_path):
    import sqlite3

    from test_reliability_store import v1_database

    db = v1_database(tmp_path / "quotes.db")
    (quote_id, article_id), = sqlite3.connect(db).execute("SELECT quote_id, article_id FROM appearances LIMIT 1")
    ds = build_datasette(str(db))
    assert (await ds.client.get(f"/quotes/-/quote/{quote_id}")).status_code == 200
    assert (await ds.client.get(f"/quotes/-/article/{article_id}")).status_code == 200
    assert (await ds.client.get(f"/quotes/-/quote/{quote_id + 1000}")).status_code == 404


async def test_the_speaker_page_of_an_absorbed_speaker_id_redirects_to_the_survivor(tmp_path):
    db = tmp_path / "quotes.db"
    conn = connect(str(db))
    add(conn, [("Nobody in this cabinet wants a strike", "Lind", "person", "Lind")], url="https://x.example/0")
    (lone,) = conn.execute("SELECT id FROM speakers WHERE name = 'Lind'").fetchone()
    for n in range(3):
        add(conn, [(f"The harbour stays closed in week {n}", "Ada Lind", "person", "Ada Lind")], url=f"https://x.example/{n + 1}")
    (person,) = conn.execute("SELECT id FROM speakers WHERE name = 'Ada Lind'").fetchone()
    assert conn.execute("SELECT count(*) FROM speakers").fetchone()[0] == 1
    conn.close()
    ds = build_datasette(str(db))
    moved = await ds.client.get(f"/quotes/-/speaker/{lone}")
    assert moved.status_code == 302 and moved.headers["location"].endswith(f"/quotes/-/speaker/{person}")
    assert (await ds.client.get(f"/quotes/-/speaker/{person + 1000}")).status_code == 404
