"""Opening the database file: checks, pragmas (WAL, synchronous, busy timeout), schema creation and migration.

A file this process may not write is opened read-only: queries work, writes fail
with a clear message.  SQLite errors inside a transaction roll it back and become
one-line QuotesErrors naming the file.
"""
from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from ..errors import QuotesError
from .schema import CREATE, MIGRATIONS, REQUIRED_TABLES, SCHEMA_VERSION, statements

DEFAULT_DB = "db/quotes.db"
ENV_VAR = "QUOTES_DB"
#: How long a writer waits for another one to finish (milliseconds).
BUSY_TIMEOUT_MS = 60_000
#: A writing connection's page cache (KiB) and how many pages the write-ahead log reaches before it is copied back.
WRITER_CACHE_KIB = 65_536
WAL_CHECKPOINT_PAGES = 10_000


def now() -> str:
    """The time of a write as stored: UTC, ISO 8601, to the second."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def default_path() -> str:
    """$QUOTES_DB, else db/quotes.db."""
    return os.environ.get(ENV_VAR) or DEFAULT_DB


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One write transaction, taken at once (BEGIN IMMEDIATE) so concurrent writers queue, not fail."""
    try:
        conn.execute("BEGIN IMMEDIATE")
        yield conn
        conn.execute("COMMIT")
    except BaseException as err:
        if conn.in_transaction:  # SQLite may already have rolled back (disk full, I/O error)
            conn.execute("ROLLBACK")
        if isinstance(err, sqlite3.OperationalError):
            raise QuotesError(f"{_file(conn)}: {_explain(err)}; the change was rolled back") from None
        raise


def _file(conn: sqlite3.Connection) -> str:
    return conn.execute("PRAGMA database_list").fetchone()[2]


def _explain(err: sqlite3.OperationalError) -> str:
    name = getattr(err, "sqlite_errorname", "")
    if name == "SQLITE_FULL":
        return "the disk is full"
    if name.startswith("SQLITE_IOERR"):
        return f"could not write to the disk ({err}: full, over a size limit, or failing)"
    if name.startswith("SQLITE_READONLY"):
        return "the database is read-only"
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return f"another process kept the database locked for over {BUSY_TIMEOUT_MS // 1000} s"
    return str(err)


def _ensure_schema(conn: sqlite3.Connection, path: str) -> None:
    """Create the schema in an empty file, or migrate an older one step by step, in one transaction.

    Foreign keys are off meanwhile (SQLite cannot turn them off inside a transaction), so that a step
    rebuilding a table drops the old one without its ON DELETE actions firing; the migration is rolled
    back if it leaves a row pointing at nothing that did not before."""
    if conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
        return
    import sqlite_utils  # here, not at the top: most commands open an up-to-date database and never need it

    db = sqlite_utils.Database(conn)
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        with transaction(conn):
            version = db.execute("PRAGMA user_version").fetchone()[0]
            names = set(db.table_names()) | set(db.view_names())
            if version == 0 and not names:
                _run(db, CREATE)
            elif version == 0 or not set(REQUIRED_TABLES) <= names:
                raise QuotesError(f"{path}: a SQLite database, but not a quotes database")
            elif version > SCHEMA_VERSION:
                raise QuotesError(f"{path}: made by a newer version of quotes (schema {version}); upgrade quotes")
            else:
                dangling = {tuple(r) for r in db.execute("PRAGMA foreign_key_check")}
                for step in range(version, SCHEMA_VERSION):
                    _run(db, MIGRATIONS[step])
                if {tuple(r) for r in db.execute("PRAGMA foreign_key_check")} - dangling:
                    raise QuotesError(f"{path}: migrating schema {version} to {SCHEMA_VERSION} would leave rows "
                                      "pointing at nothing; the database was left as it was")
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    finally:
        conn.execute("PRAGMA foreign_keys = ON")


def _run(db, step) -> None:
    """A schema step: a SQL script, or a function changing the database through sqlite-utils."""
    if callable(step):
        step(db)
        return
    for statement in statements(step):
        db.execute(statement)


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch to write-ahead logging.  SQLite answers SQLITE_BUSY at once, without waiting, when another
    connection is switching the same new file at that moment, so the switch is retried until the busy timeout."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as err:
            if getattr(err, "sqlite_errorname", "") != "SQLITE_BUSY" or time.monotonic() > deadline:
                raise
            time.sleep(0.005)


def _writable(p: Path) -> bool:
    """Whether this process may write the file and create its -wal and -shm files beside it."""
    return all(os.access(f, os.W_OK, effective_ids=os.access in os.supports_effective_ids)
               for f in (p, p.parent) if f.exists())


def _read_only_uri(p: Path) -> str:
    """A read-only URI; immutable when the shared-memory file a WAL reader needs is absent and cannot be made."""
    shm = p.with_name(p.name + "-shm")
    return f"{p.resolve().as_uri()}?mode=ro" + ("" if shm.exists() else "&immutable=1")


def connect(path: str, create: bool = True) -> sqlite3.Connection:
    """An open quotes database at `path` (created when missing and `create`, which means the caller
    will write); clear errors otherwise."""
    p = Path(path)
    try:
        is_dir, exists = p.is_dir(), p.exists()
    except OSError as err:  # a folder on the way that may not be looked into
        raise QuotesError(f"{path}: cannot open the database ({err.strerror})") from None
    if is_dir:
        raise QuotesError(f"{path}: is a folder, not a database file")
    if not exists:
        if not create:
            raise QuotesError(f"{path}: no such database (add articles first: quotes add --db {path} FILE)")
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
        except OSError as err:
            raise QuotesError(f"{path}: cannot create the database folder ({err.strerror})") from None
    writable = _writable(p)
    if create and not writable:
        raise QuotesError(f"{path}: the database (or its folder) is read-only; cannot add to it")
    try:
        conn = sqlite3.connect(str(p) if writable else _read_only_uri(p), uri=not writable,
                               timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        conn.row_factory = sqlite3.Row
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if writable:
            _use_wal(conn)
            # No disk sync per commit: a killed program loses nothing committed; a power cut may lose
            # the last articles added, never the database's consistency.
            conn.execute("PRAGMA synchronous = NORMAL")
            # A writer touches some twenty indexes per article: keep their pages in memory (64 MiB), and
            # copy the log into the file every 40 MB rather than every 4 MB (pages rewritten in between
            # are copied once).
            conn.execute(f"PRAGMA cache_size = -{WRITER_CACHE_KIB}")
            conn.execute(f"PRAGMA wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
        conn.execute("PRAGMA foreign_keys = ON")
        _ensure_schema(conn, path)
    except sqlite3.OperationalError as err:
        raise QuotesError(f"{path}: cannot open the database ({_explain(err)})") from None
    except sqlite3.DatabaseError as err:
        raise QuotesError(f"{path}: not a quotes database ({err})") from None
    return conn


def open_database(path: str, create: bool = False):
    """The quotes database at `path` as a sqlite_utils.Database, to query from Python:
    `quotes.store.open("db/quotes.db")["speakers"].rows_where("kind = ?", ["person"])`."""
    import sqlite_utils

    return sqlite_utils.Database(connect(path, create=create))
