"""Appearance and article ids are never given twice either (schema 11): `quotes correct 412` cites an
appearance, quote_changes and corrections keep appearance ids, links and corrections keep article ids.
On real SQLite files: migration from schema 10, deletes, and what a cited id that went answers in the
CLI and the web pages (through Datasette's client)."""
from __future__ import annotations

import re
import sqlite3

import pytest
from click.testing import CliRunner
from test_cited_ids import copy_as, rows
from test_store_workbench import add

from quotes.cli import main
from quotes.cli.web import build_datasette
from quotes.store import corrections
from quotes.store.db import connect
from quotes.store.schema import SCHEMA_VERSION

FIRST = [("The ferry runs again from Monday", "Ada Lind", "person", "Ada Lind"),
         ("Nobody asked the islanders", "Bo Strand", "person", "Bo Strand")]
SECOND = [("We will rebuild the pier this summer", "Kari Holm", "person", "Kari Holm"),
          ("Storm Season", "Kari Holm", "person", "Kari Holm")]


def appearance_of(conn, words: str) -> int:
    return conn.execute("SELECT id FROM appearances WHERE text = ?", (words,)).fetchone()[0]


def seq(conn, table: str) -> int:
    return conn.execute("SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)).fetchone()[0]


def last_printing_goes(conn, how: str) -> int:
    """Articles 1 and 2; the last printing of article 2 (the highest appearance id) removed by a revision
    of its article or by a correction by hand.  Returns its id."""
    add(conn, FIRST, url="https://x.example/1")
    add(conn, SECOND, url="https://x.example/2")
    last = appearance_of(conn, SECOND[1][0])
    assert last == conn.execute("SELECT max(id) FROM appearances").fetchone()[0]
    if how == "revised":
        add(conn, SECOND[:1], url="https://x.example/2")
    else:
        corrections.correct(conn, last, "not-a-quote", note="a film title")
    assert not conn.execute("SELECT 1 FROM appearances WHERE id = ?", (last,)).fetchone()
    return last


def cli(db, *args) -> tuple[int, str]:
    result = CliRunner().invoke(main, [*map(str, args), "--db", str(db)], catch_exceptions=False)
    return result.exit_code, result.output


@pytest.mark.parametrize("how", ["revised", "corrected"])
def test_a_schema_10_database_keeps_every_row_and_counts_past_every_id_it_remembers(tmp_path, how):
    conn = connect(str(tmp_path / "now.db"))
    last = last_printing_goes(conn, how)
    conn.close()
    db = tmp_path / "old.db"
    copy_as(tmp_path / "now.db", db, 10)
    old = sqlite3.connect(db)
    assert "AUTOINCREMENT" not in old.execute("SELECT sql FROM sqlite_master WHERE name = 'appearances'").fetchone()[0]
    # article 2 deleted by hand in the sqlite3 shell (foreign keys off there): its printings with it, the
    # rows that name it left; so only quote_changes or corrections still name the last appearance id,
    # and only they and article_revisions the last article id
    old.execute("DELETE FROM appearances WHERE article_id = 2")
    old.execute("DELETE FROM articles WHERE id = 2")
    old.commit()
    assert old.execute("SELECT max(id) FROM appearances").fetchone()[0] < last
    assert old.execute("SELECT max(id) FROM articles").fetchone()[0] == 1
    tables = [n for (n,) in old.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%'")]
    before = {t: rows(old, t) for t in tables}
    dangling = sorted(map(tuple, old.execute("PRAGMA foreign_key_check")))
    assert dangling  # the rows naming article 2
    old.close()

    conn = connect(str(db))
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 11
    for table in tables:
        if table != "sqlite_sequence":
            assert rows(conn, table) == before[table], table
    assert sorted(map(tuple, conn.execute("SELECT * FROM sqlite_sequence WHERE name IN ('quotes', 'speakers')"))) == \
        before["sqlite_sequence"]
    assert sorted(map(tuple, conn.execute("PRAGMA foreign_key_check"))) == dangling
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    for fts in ("appearances_fts", "articles_fts"):
        conn.execute(f"INSERT INTO {fts}({fts}) VALUES ('integrity-check')")  # rowids still the ids
    assert conn.execute("SELECT count(*) FROM appearances_fts WHERE appearances_fts MATCH 'ferry'").fetchone()[0] == 1
    assert (seq(conn, "appearances"), seq(conn, "articles")) == (last, 2)

    add(conn, [("The pier opens in August", "Kari Holm", "person", "Kari Holm")], url="https://x.example/3")
    (article,) = conn.execute("SELECT id FROM articles WHERE url = 'https://x.example/3'").fetchone()
    assert (appearance_of(conn, "The pier opens in August"), article) == (last + 1, 3)
    conn.close()
    code, out = cli(db, "correct", last, "--confirm")
    assert code == 1 and out.startswith(f"Error: appearance {last} ") and "Traceback" not in out


def test_appearance_and_article_ids_are_never_given_again_once_their_rows_went(tmp_path):
    conn = connect(str(tmp_path / "q.db"))
    revised = last_printing_goes(conn, "revised")
    add(conn, [("The harbour stays closed all week", "Ada Lind", "person", "Ada Lind")], url="https://x.example/3")
    corrected = appearance_of(conn, "The harbour stays closed all week")
    assert corrected == revised + 1
    corrections.correct(conn, corrected, "not-a-quote")
    # the highest article deleted with foreign keys on: its printings, revisions and corrections with it
    add(conn, [("Our crews will not work for free", "Bo Strand", "person", "Bo Strand")], url="https://x.example/4")
    deleted = appearance_of(conn, "Our crews will not work for free")
    conn.execute("DELETE FROM articles WHERE id = 4")
    assert conn.execute("SELECT max(id) FROM articles").fetchone()[0] == 3
    add(conn, [("The pier opens in August", "Kari Holm", "person", "Kari Holm")], url="https://x.example/5")
    (article,) = conn.execute("SELECT id FROM articles WHERE url = 'https://x.example/5'").fetchone()
    assert (article, appearance_of(conn, "The pier opens in August")) == (5, deleted + 1)


async def test_a_cited_appearance_or_article_id_that_went_answers_in_the_cli_and_the_web(tmp_path):
    db = tmp_path / "q.db"
    conn = connect(str(db))
    revised = last_printing_goes(conn, "revised")
    add(conn, [("Harbour Nights", "Ada Lind", "person", "Ada Lind")], url="https://x.example/3")
    corrected = appearance_of(conn, "Harbour Nights")
    corrections.correct(conn, corrected, "not-a-quote", note="a film title")
    add(conn, [("Our crews will not work for free", "Bo Strand", "person", "Bo Strand")], url="https://x.example/4")
    deleted = appearance_of(conn, "Our crews will not work for free")
    conn.execute("DELETE FROM articles WHERE id = 4")  # as a person may, with foreign keys on
    live = appearance_of(conn, FIRST[1][0])
    (live_quote,) = conn.execute("SELECT quote_id FROM appearances WHERE id = ?", (live,)).fetchone()
    never = seq(conn, "appearances") + 1
    conn.close()

    today = r"\d{4}-\d\d-\d\d"
    answers = {revised: rf"appearance {revised} “Storm Season” was removed in a later revision of article 2 "
                        rf"\(test, {today}\)",
               corrected: rf"appearance {corrected} “Harbour Nights” of article 3 was removed by hand as no "
                          rf"quotation \({today}: a film title\)",
               deleted: rf"appearance {deleted} was removed: its article was read again without it, or deleted",
               never: rf"no appearance with id {never} \(see `quotes show QUOTE`\)"}
    for appearance, said in answers.items():
        code, out = cli(db, "correct", appearance, "--speaker", "Ada Lind")
        assert code == 1 and out.count("\n") == 1, out
        assert re.fullmatch(f"Error: {said}\n", out), out
    code, out = cli(db, "reprocess", "--article", 4)
    assert (code, out) == (1, "Error: article 4 was removed from the database\n")
    code, out = cli(db, "reprocess", "--article", 9)
    assert (code, out) == (1, "Error: no article with id 9\n")

    ds = build_datasette(str(db))
    page = await ds.client.get(f"/quotes/-/appearance/{live}")
    assert page.status_code == 302 and page.headers["location"] == f"/quotes/-/quote/{live_quote}#appearance-{live}"
    evidence = await ds.client.get(f"/quotes/-/quote/{live_quote}")
    assert re.search(f'<a class="appearance-id" href="/quotes/-/appearance/{live}"[^>]*>appearance {live}</a>', evidence.text)
    assert f'id="appearance-{live}"' in evidence.text
    gone = await ds.client.get(f"/quotes/-/appearance/{revised}")
    assert gone.status_code == 410 and "removed in a later revision of" in gone.text and "“Storm Season”" in gone.text
    gone = await ds.client.get(f"/quotes/-/appearance/{corrected}")
    assert gone.status_code == 410 and "removed by hand as no quotation" in gone.text and "a film title" in gone.text
    gone = await ds.client.get(f"/quotes/-/appearance/{deleted}")
    assert gone.status_code == 410 and "its article was read again without it, or deleted" in gone.text
    assert (await ds.client.get(f"/quotes/-/appearance/{never}")).status_code == 404
    gone = await ds.client.get("/quotes/-/article/4")
    assert gone.status_code == 410 and "This article was removed from the database" in gone.text
    assert (await ds.client.get("/quotes/-/article/3")).status_code == 200
    assert (await ds.client.get("/quotes/-/article/6")).status_code == 404
