"""Bad database paths and old databases: a folder, a read-only file, a file that is not SQLite,
schema version 1 (migrated in place), and a migration that fails (rolled back, nothing lost)."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import GOOD, unprivileged

from quotes.cli import main
from quotes.errors import QuotesError
from quotes.store import db as db_module
from quotes.store.schema import SCHEMA_VERSION

SCHEMA_V1 = Path(__file__).parent / "fixtures" / "quotes_schema_v1.sql"


def quotes(*args, nlp=None):
    return CliRunner().invoke(main, [*map(str, args)])


def one_error_line(result) -> str:
    assert result.exit_code == 1, result.output
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("Error: ") and "Traceback" not in result.output
    return line


@pytest.fixture
def article(tmp_path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


def test_a_folder_as_database_is_refused(nlp, tmp_path, article):
    assert "is a folder, not a database file" in one_error_line(quotes("add", article, "--db", tmp_path))


def test_a_database_in_a_folder_that_may_not_be_entered_is_refused(nlp, shared_folder):
    (shared_folder / "private").mkdir(mode=0o700)
    (shared_folder / "good.txt").write_text(GOOD, encoding="utf-8")
    with unprivileged():
        result = quotes("add", shared_folder / "good.txt", "--db", shared_folder / "private" / "q.db")
    assert "private/q.db: cannot open the database (Permission denied)" in one_error_line(result)


@pytest.mark.parametrize("content", [b"just some notes " * 100, b"SQLite format 3\x00" + b"\xff" * 200])
def test_a_file_that_is_not_a_quotes_database_is_left_untouched(nlp, tmp_path, article, content):
    other = tmp_path / "notes.db"
    other.write_bytes(content)
    assert "not a quotes database" in one_error_line(quotes("add", article, "--db", other))
    assert other.read_bytes() == content


def test_a_read_only_database_refuses_add_but_answers_queries(nlp, shared_folder):
    db, article = shared_folder / "q.db", shared_folder / "good.txt"
    article.write_text(GOOD, encoding="utf-8")
    assert quotes("add", article, "--db", db, "--workers", "1").exit_code == 0
    before = db.read_bytes()
    db.chmod(0o444)
    with unprivileged():
        refused = quotes("add", article, "--db", db)
        listed = quotes("speakers", "--db", db, "--json")
        renamed = quotes("speakers", "rename", "Ada Lind", "Ada Lindqvist", "--db", db)
    assert "read-only; cannot add to it" in one_error_line(refused)
    assert listed.exit_code == 0 and "Ada Lind" in listed.stdout
    assert "the database is read-only; the change was rolled back" in one_error_line(renamed)
    assert db.read_bytes() == before


def v1_database(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.executescript(SCHEMA_V1.read_text(encoding="utf-8"))
    conn.close()
    return path


def test_a_schema_1_database_is_migrated_and_keeps_everything(nlp, tmp_path, article):
    db = v1_database(tmp_path / "old.db")
    old = sqlite3.connect(db)
    rows = {t: old.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in ("articles", "quotes", "appearances")}
    columns = {t: ", ".join(f'"{c[1]}"' for c in old.execute(f"PRAGMA table_info({t})")) for t in rows}
    old.close()
    result = quotes("add", article, "--db", db, "--workers", "1")
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    db_module.connect(str(tmp_path / "new.db")).close()
    fresh = sqlite3.connect(tmp_path / "new.db")
    schema = "SELECT type, name FROM sqlite_master ORDER BY type, name"
    assert conn.execute(schema).fetchall() == fresh.execute(schema).fetchall()  # the same tables, indexes and views
    for table, before in rows.items():
        assert conn.execute(f"SELECT {columns[table]} FROM {table} WHERE id <= ? ORDER BY id",
                            (len(before),)).fetchall() == before
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 2
    found = quotes("search", "shops", "suffered", "--db", db, "--json")
    assert "Kari Holm" in found.stdout  # an old quote, found through the migrated indexes


def test_migration_keeps_method_and_resolved_apart(tmp_path):
    db = v1_database(tmp_path / "old.db")
    old = sqlite3.connect(db)
    old.execute("UPDATE appearances SET method = 'governing verb, pronoun' WHERE id = 2")
    old.commit()
    old.close()
    db_module.connect(str(db)).close()
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT id, method, resolved FROM appearances ORDER BY id").fetchall() == [
        (1, "governing verb", None), (2, "governing verb", "pronoun")]
    assert conn.execute("SELECT method FROM quote_appearances WHERE appearance_id = 2").fetchone()[0] == "governing verb"
    fresh = db_module.connect(str(tmp_path / "new.db"))
    info = "SELECT name, type FROM pragma_table_info('appearances')"
    assert conn.execute(info).fetchall() == [tuple(r) for r in fresh.execute(info)]  # the same columns, in order


def test_a_failing_migration_is_rolled_back_and_the_database_still_opens(tmp_path, monkeypatch):
    db = v1_database(tmp_path / "old.db")
    before = sqlite3.connect(db).execute("SELECT count(*), group_concat(text) FROM appearances").fetchone()
    broken = {1: db_module.MIGRATIONS[1] + "\nALTER TABLE no_such_table ADD COLUMN x;"}
    monkeypatch.setattr(db_module, "MIGRATIONS", broken)
    with pytest.raises(QuotesError, match="no such table: no_such_table; the change was rolled back"):
        db_module.connect(str(db))
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
    assert "quotes_fts" not in {n for (n,) in conn.execute("SELECT name FROM sqlite_master")}
    assert conn.execute("SELECT count(*), group_concat(text) FROM appearances").fetchone() == before
    monkeypatch.undo()
    assert db_module.connect(str(db)).execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
