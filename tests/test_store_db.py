"""The database file: schema, pragmas, whole articles in each transaction, concurrent writers, bad files."""
import multiprocessing
import sqlite3

import pytest

from quotes.errors import QuotesError
from quotes.extract.records import Mention, Quote
from quotes.ingest.articles import prepare
from quotes.ingest.sources import Source
from quotes.store import articles
from quotes.store.db import connect
from quotes.store.schema import SCHEMA_VERSION


def _article(text: str, **meta):
    return prepare(Source(text=text, origin="test", **meta))


def _quote(text: str, article_text: str, name: str | None, kind: str = "person") -> Quote:
    start = article_text.index(text)
    return Quote(start=start, end=start + len(text), text=text, speaker=Mention(0, 1, "X") if name else None,
                 speaker_name=name, speaker_kind=kind, method="governing verb" if name else "none", confidence=0.9)


def test_new_database_has_schema_version_wal_and_foreign_keys(tmp_path):
    conn = connect(str(tmp_path / "sub" / "q.db"))
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert {"articles", "speakers", "speaker_aliases", "quotes", "appearances", "quote_appearances",
            "appearances_fts", "articles_fts"} <= names


def test_files_that_are_not_quotes_databases_are_refused(tmp_path):
    text_file = tmp_path / "notes.db"
    text_file.write_text("just some notes, certainly not SQLite " * 50)
    with pytest.raises(QuotesError, match="not a quotes database"):
        connect(str(text_file))
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)")
    with pytest.raises(QuotesError, match="not a quotes database"):
        connect(str(other))
    with pytest.raises(QuotesError, match="no such database"):
        connect(str(tmp_path / "missing.db"), create=False)
    with pytest.raises(QuotesError, match="folder"):
        connect(str(tmp_path))


def test_a_failure_inside_an_article_leaves_nothing_of_it(tmp_path):
    conn = connect(str(tmp_path / "q.db"))
    text = "\u201cThe harbour will reopen on Monday morning,\u201d said Ada Lind. \u201cSecond one,\u201d she said."
    good = _quote("The harbour will reopen on Monday morning,", text, "Ada Lind")
    broken = _quote("Second one,", text, "Ada Lind")
    broken.text = None  # fails after the article and its first quote were written
    with pytest.raises(TypeError):
        articles.store(conn, _article(text), [good, broken])
    for table in ("articles", "quotes", "appearances", "speakers", "speaker_aliases"):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
    assert conn.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == 0


def test_a_group_of_articles_is_stored_whole_or_not_at_all(tmp_path):
    conn = connect(str(tmp_path / "q.db"))
    texts = [f"Report {n}: \u201cThe harbour will reopen on Monday morning, number {n},\u201d said Ada Lind." for n in range(3)]
    group = [(_article(t), [_quote(f"The harbour will reopen on Monday morning, number {n},", t, "Ada Lind")])
             for n, t in enumerate(texts)]
    group[2][1][0].text = None  # the last article of the group fails after two whole ones were written
    with pytest.raises(TypeError):
        articles.store_many(conn, group)
    for table in ("articles", "quotes", "appearances", "speakers", "quote_appearances"):
        assert conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == 0, table
    group[2][1][0].text = "The harbour will reopen on Monday morning, number 2,"
    assert [p.action for p in articles.store_many(conn, group)] == ["add", "add", "add"]
    assert conn.execute("SELECT count(*) FROM appearances").fetchone()[0] == 3
    assert [len(g) for g in articles.in_groups(range(35), 16)] == [16, 16, 3]


def _add_many(path: str, worker: int) -> None:
    conn = connect(path)
    for i in range(15):
        text = f"Report {worker}-{i}: \u201cWe will keep every terminal open this winter, number {worker} {i},\u201d said Ada Lind."
        articles.store(conn, _article(text), [_quote(f"We will keep every terminal open this winter, number {worker} {i},",
                                                     text, "Ada Lind")])


def test_two_writers_at_once_both_succeed(tmp_path):
    path = str(tmp_path / "q.db")
    connect(path).close()
    workers = [multiprocessing.get_context("spawn").Process(target=_add_many, args=(path, w)) for w in (1, 2)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(60)
    assert [w.exitcode for w in workers] == [0, 0]
    conn = connect(path)
    assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 30
    assert conn.execute("SELECT count(*) FROM speakers").fetchone()[0] == 1
    assert conn.execute("SELECT appearance_count FROM speakers").fetchone()[0] == 30


def _open_new_files(folder: str, rounds: int, start) -> None:
    for n in range(rounds):
        start.wait(60)  # both processes open the same new file at the same moment
        connect(f"{folder}/q{n}.db").close()


def test_two_processes_creating_the_same_new_database_both_succeed(tmp_path):
    """Switching a new file to WAL is answered SQLITE_BUSY at once (no busy wait) when another process is
    switching it too: before the retry, one of two processes failed in about half of the rounds."""
    spawn = multiprocessing.get_context("spawn")
    start = spawn.Barrier(2)
    openers = [spawn.Process(target=_open_new_files, args=(str(tmp_path), 40, start)) for _ in range(2)]
    for p in openers:
        p.start()
    for p in openers:
        p.join(300)
    assert [p.exitcode for p in openers] == [0, 0]
    assert all(connect(str(tmp_path / f"q{n}.db")).execute("PRAGMA journal_mode").fetchone()[0] == "wal"
               for n in range(40))


def test_full_text_indexes_follow_inserts_updates_and_deletes(tmp_path):
    conn = connect(str(tmp_path / "q.db"))
    text = "\u201cThe trawlers are sailing again,\u201d said Ada Lind."
    articles.store(conn, _article(text, url="https://x.example/1"), [_quote("The trawlers are sailing again,", text, "Ada Lind")])
    match = "SELECT count(*) FROM appearances_fts WHERE appearances_fts MATCH ?"
    assert conn.execute(match, ("sail",)).fetchone()[0] == 1  # porter stemming
    new = "\u201cThe ferries are running again,\u201d said Ada Lind."
    articles.store(conn, _article(new, url="https://x.example/1"), [_quote("The ferries are running again,", new, "Ada Lind")])
    assert conn.execute(match, ("sail",)).fetchone()[0] == 0
    assert conn.execute(match, ("ferry",)).fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'trawlers'").fetchone()[0] == 0


def test_the_store_opens_as_a_sqlite_utils_database(tmp_path):
    import sqlite_utils

    import quotes.store

    with pytest.raises(QuotesError, match="no such database"):
        quotes.store.open(str(tmp_path / "none.db"))
    db = quotes.store.open(str(tmp_path / "q.db"), create=True)
    assert isinstance(db, sqlite_utils.Database)
    assert {"articles", "speakers", "quotes", "appearances"} <= set(db.table_names())
    assert "quote_appearances" in db.table_names() or "quote_appearances" in db.view_names()
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn = connect(str(tmp_path / "q.db"))
    articles.store(conn, _article("“The harbour will reopen on Monday morning,” said Ada Lind."),
                   [_quote("The harbour will reopen on Monday morning,", "“The harbour will reopen on Monday morning,” said Ada Lind.", "Ada Lind")])
    assert [r["name"] for r in quotes.store.open(str(tmp_path / "q.db"))["speakers"].rows] == ["Ada Lind"]
