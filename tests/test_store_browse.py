"""The browsing table stays in step with the tables it is built from, whatever changes them."""
import sqlite3

from quotes.store.schema import _BROWSE_SELECT


def assert_in_step(db) -> int:
    conn = sqlite3.connect(db)
    kept = conn.execute("SELECT * FROM quote_appearances ORDER BY appearance_id").fetchall()
    built = conn.execute(f"{_BROWSE_SELECT} ORDER BY a.id").fetchall()
    assert kept == built
    return len(kept)


def people(db) -> list[tuple[int, str]]:
    conn = sqlite3.connect(db)
    return conn.execute("SELECT id, name FROM speakers WHERE quote_count > 0 ORDER BY quote_count DESC, id").fetchall()


def test_adds_corrections_reprocessing_and_deletions_keep_the_browsing_table_in_step(run, fishing):
    db = fishing["db"]
    assert run("add", fishing["txt"], "--db", db).exit_code == 0
    assert assert_in_step(db) > 0
    assert run("add", fishing["md"], "--db", db, "--outlet", "Coastal Weekly").exit_code == 0
    assert assert_in_step(db) > 0
    (first_id, first), (second_id, _), *_ = people(db)
    assert run("speakers", "rename", str(first_id), "Renamed Speaker", "--db", db).exit_code == 0
    assert sqlite3.connect(db).execute("SELECT count(*) FROM quote_appearances WHERE speaker = 'Renamed Speaker'"
                                       ).fetchone()[0] > 0
    assert_in_step(db)
    assert run("speakers", "merge", str(second_id), str(first_id), "--db", db).exit_code == 0
    assert_in_step(db)
    assert run("reprocess", "--db", db).exit_code == 0
    assert_in_step(db)
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA foreign_keys = ON")
    for statement in (  # edits by hand, each checked on its own
            f"UPDATE speakers SET name = 'Edited By Hand', kind = 'document' WHERE id = {first_id}",
            "UPDATE articles SET outlet = 'Another Outlet', title = 'A new headline' WHERE id = 1",
            "DELETE FROM speakers WHERE id = (SELECT speaker_id FROM quotes WHERE speaker_id IS NOT NULL LIMIT 1)",
            "DELETE FROM articles WHERE id = 2"):  # its appearances go by cascade
        conn.execute(statement)
        conn.commit()
        assert assert_in_step(db) > 0
    assert conn.execute("SELECT count(*) FROM quote_appearances WHERE article_id = 2").fetchone()[0] == 0
