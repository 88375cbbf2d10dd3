"""Redirects as foreign keys (schema 10): a redirect's link column (quote_id, speaker_id) points at the quote or
speaker that absorbed the old id, so Datasette links it; chains of absorptions still end at the row that
answers now; a redirect outlives the row it pointed at (new_id kept, the link emptied).  Migration from
schemas 8 and 9: test_cited_ids.py."""
from __future__ import annotations

import re

import pytest
from test_store_workbench import ALBRECHT, J_ALBRECHT, add, quote_ids

from quotes.cli.web import build_datasette
from quotes.store import corrections
from quotes.store.db import connect
from quotes.store.queries import quote

#: Each redirect table, its column linking to the row that answers, and that row's table.
LINKS = {"quote_redirects": ("quote_id", "quotes"), "speaker_redirects": ("speaker_id", "speakers")}


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


def test_the_link_column_is_the_key_and_is_emptied_not_deleted_when_its_row_goes(conn):
    for table, (link, target) in LINKS.items():
        assert keys(conn, table) == [(target, link, "id", "SET NULL")]


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


def test_a_redirect_outlives_the_quote_it_pointed_at(conn):
    add(conn, [("The crews will be paid in full", "Ada Lind", "person", "Ada Lind")], url="https://x.example/1")
    first = quote_ids(conn)["The crews will be paid in full"]
    add(conn, [("The crews will be paid in full next month", "Ada Lind", "person", "Ada Lind")], url="https://x.example/1")
    second = quote_ids(conn)["The crews will be paid in full next month"]
    assert [tuple(r) for r in conn.execute("SELECT old_id, new_id, quote_id FROM quote_redirects")] == [(first, second, second)]
    add(conn, [("Nothing more about the crews today", "Ada Lind", "person", "Ada Lind")], url="https://x.example/1")
    # the old id still answers as the removed quote's id does (its page says it was removed)
    assert [tuple(r) for r in conn.execute("SELECT old_id, new_id, quote_id FROM quote_redirects")] == [(first, second, None)]


async def test_the_redirect_tables_link_to_the_row_with_its_label(tmp_path):
    db = tmp_path / "q.db"
    merged_database(db)
    conn = connect(str(db))
    (speaker_old, speaker_new), = conn.execute("SELECT old_id, new_id FROM speaker_redirects")
    (quote_old, quote_new), = conn.execute("SELECT old_id, new_id FROM quote_redirects")
    conn.close()
    ds = build_datasette(str(db))
    page = (await ds.client.get("/quotes/speaker_redirects")).text
    link = re.search(rf'<td class="col-speaker_id[^"]*"[^>]*><a href="([^"]+)">([^<]+)</a>&nbsp;<em>{speaker_new}</em>', page)
    assert link and link.groups() == (f"/quotes/speakers/{speaker_new}", "Jonas Albrecht")
    assert f">{speaker_old}</a>" in page  # the old id is the row's own link, not a link to a speaker
    page = (await ds.client.get("/quotes/quote_redirects")).text
    link = re.search(rf'<td class="col-quote_id[^"]*"[^>]*><a href="([^"]+)">([^<]+)</a>&nbsp;<em>{quote_new}</em>', page)
    assert link and link.groups() == (f"/quotes/quotes/{quote_new}", "The port will stay open all winter")
    row = (await ds.client.get(f"/quotes/speakers/{speaker_new}")).text
    assert "Jonas Albrecht" in row
    labelled = (await ds.client.get("/quotes/speaker_redirects.json?_shape=objects&_labels=on")).json()["rows"]
    assert labelled[0]["speaker_id"] == {"value": speaker_new, "label": "Jonas Albrecht"}
    assert labelled[0]["new_id"] == speaker_new
    assert quote_old != quote_new
