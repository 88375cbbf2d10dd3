"""The database schema: tables, indexes, full-text search and the browsing table.

One SQLite file holds everything.  `articles` are what was read; `speakers` are
real-world speakers with every way they were written in `speaker_aliases`;
`quotes` are distinct statements (the same words by the same speaker across
articles), and `appearances` each time a quote was printed in an article.
`quote_appearances` joins the four for browsing; triggers keep it in step.
"""
from __future__ import annotations

import sqlite3

#: Stored in PRAGMA user_version; raise it and add a step to MIGRATIONS when the schema changes.
SCHEMA_VERSION = 11

#: The last word of a speaker's name, lower-cased, in SQL (built-in functions only, so the index on it
#: works in any SQLite): the name with every trailing non-space character trimmed ends before it.
SURNAME = "lower(substr(name, length(rtrim(name, replace(name, ' ', ''))) + 1))"

TABLES = """
CREATE TABLE articles (
    id INTEGER PRIMARY KEY AUTOINCREMENT, -- never given twice, even after the row went (sqlite_sequence)
    url TEXT UNIQUE,                      -- canonical URL when known (several NULLs allowed)
    title TEXT,
    outlet TEXT,
    author TEXT,
    published TEXT,                       -- ISO date YYYY-MM-DD, or NULL
    added TEXT NOT NULL,                  -- ISO timestamp of the first add
    updated TEXT,                         -- ISO timestamp of the last re-add, or reprocess that changed its quotations
    language TEXT,
    word_count INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL,                   -- the cleaned text; all offsets refer to it
    content_hash TEXT NOT NULL UNIQUE,    -- sha256 of the whitespace-normalised text
    origin TEXT,                          -- where it was read from (file, file:line, <stdin>)
    key TEXT                              -- the id the input gave it (JSON Lines "id", a feed item's id)
);

CREATE TABLE speakers (
    id INTEGER PRIMARY KEY AUTOINCREMENT, -- never given twice, even after the row went (sqlite_sequence)
    name TEXT NOT NULL,                   -- canonical name: "Shigeru Ishiba", "Japanese Ministry of Defense"
    kind TEXT NOT NULL DEFAULT 'unknown'
        CHECK (kind IN ('person', 'organization', 'document', 'unknown')),
    role TEXT,                            -- "Japanese Prime Minister" when known
    quote_count INTEGER NOT NULL DEFAULT 0,
    appearance_count INTEGER NOT NULL DEFAULT 0,
    article_count INTEGER NOT NULL DEFAULT 0,
    locked INTEGER NOT NULL DEFAULT 0     -- 1 when a person named or merged it: kept even without quotes
);

CREATE TABLE speaker_aliases (
    id INTEGER PRIMARY KEY,
    alias TEXT NOT NULL,                  -- as written: "Tokyo's defence ministry", "Gen Nakatani"
    normalized TEXT NOT NULL UNIQUE,      -- lookup key (see store.normalize.name_key)
    speaker_id INTEGER NOT NULL REFERENCES speakers(id) ON DELETE CASCADE,
    confirmed INTEGER NOT NULL DEFAULT 0  -- 1 when a person confirmed it (merge / rename / split)
);

CREATE TABLE quotes (
    id INTEGER PRIMARY KEY AUTOINCREMENT, -- never given twice, even after the row went (sqlite_sequence)
    text TEXT NOT NULL,                   -- wording as first seen
    normalized TEXT NOT NULL,             -- identity key (see store.normalize.quote_key)
    speaker_id INTEGER REFERENCES speakers(id) ON DELETE SET NULL,  -- NULL: unattributed
    first_seen TEXT,                      -- date of the first article it appeared in
    first_article_id INTEGER REFERENCES articles(id) ON DELETE SET NULL,
    article_count INTEGER NOT NULL DEFAULT 0,
    outlet_count INTEGER NOT NULL DEFAULT 0,
    appearance_count INTEGER NOT NULL DEFAULT 0,
    variant_of INTEGER REFERENCES quotes(id) ON DELETE SET NULL,    -- near-identical wording of that quote
    variant_diff TEXT,                    -- word-level diff against variant_of: "[-said-] {+stated+}"
    conflict INTEGER NOT NULL DEFAULT 0   -- 1: the same words are attributed to another speaker elsewhere
);

CREATE TABLE appearances (
    id INTEGER PRIMARY KEY AUTOINCREMENT, -- never given twice: `quotes correct 412` cites it (sqlite_sequence)
    quote_id INTEGER NOT NULL REFERENCES quotes(id),
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,                   -- exactly as printed
    speaker_mention TEXT,                 -- the attribution as written: "Tokyo's defence ministry", "it"
    speaker_start INTEGER,
    speaker_end INTEGER,
    speaker_name TEXT,                    -- the extractor's resolved name within the article
    speaker_kind TEXT,
    speaker_role TEXT,
    cue TEXT,
    cue_start INTEGER,
    cue_end INTEGER,
    method TEXT,                          -- the attribution strategy: "governing verb", "same paragraph", ...
    confidence REAL,
    context TEXT,                         -- the paragraph around the quote
    context_start INTEGER,                -- its offset in the article
    reported_by TEXT,
    partial INTEGER NOT NULL DEFAULT 0,
    multi_paragraph INTEGER NOT NULL DEFAULT 0,
    unterminated INTEGER NOT NULL DEFAULT 0,
    segments TEXT,                        -- JSON list of [start, end] pieces of the quotation
    resolved TEXT                         -- how the speaker mention became a name: name, surname, pronoun, nominal,
                                          -- unresolved, inherited, none (NULL: stored before it was kept apart)
);
"""

INDEXES = """
CREATE INDEX articles_outlet ON articles(outlet);
CREATE INDEX articles_key ON articles(key);
CREATE INDEX articles_published ON articles(published);
CREATE INDEX articles_author ON articles(author);
CREATE INDEX articles_language ON articles(language);
CREATE INDEX speakers_name ON speakers(name);
CREATE INDEX speakers_kind ON speakers(kind);
CREATE INDEX speakers_surname ON speakers(""" + SURNAME + """) WHERE kind = 'person';
CREATE INDEX speaker_aliases_speaker ON speaker_aliases(speaker_id);
CREATE UNIQUE INDEX quotes_identity ON quotes(normalized, ifnull(speaker_id, 0));
CREATE INDEX quotes_speaker ON quotes(speaker_id);
CREATE INDEX quotes_first_seen ON quotes(first_seen);
CREATE INDEX quotes_first_article ON quotes(first_article_id);
CREATE INDEX quotes_variant_of ON quotes(variant_of);
CREATE INDEX quotes_conflict ON quotes(conflict);
CREATE INDEX appearances_quote ON appearances(quote_id);
CREATE INDEX appearances_article ON appearances(article_id);
CREATE INDEX appearances_method ON appearances(method);
CREATE INDEX appearances_reported_by ON appearances(reported_by);
CREATE INDEX appearances_speaker_name ON appearances(speaker_name);
"""


def _changed(*columns: str) -> str:
    """A trigger condition: one of these columns took another value (recounts and no-op updates do not)."""
    return " OR ".join(f"old.{c} IS NOT new.{c}" for c in columns)


def _kept_in_step(prefix: str, fts: str, table: str, columns: list[str], only_changes: bool = False,
                  values: dict[str, str] | None = None) -> str:
    """The triggers (`prefix`_ai, _ad, _au) keeping the external-content full-text index `fts` in step with
    the `columns` of `table`'s rows: an update touching none of them (or, where `only_changes`, giving
    none of them another value) leaves it be.  `values` gives what a column puts in the index, of a
    `{row}` ("ifnull({row}.speaker_id, 0)"); else the column's value."""
    names = ", ".join(columns)

    def row(which: str) -> str:
        return ", ".join((values or {}).get(c, "{row}." + c).format(row=which) for c in columns)

    add = f"INSERT INTO {fts}(rowid, {names}) VALUES (new.id, {row('new')});"
    drop = f"INSERT INTO {fts}({fts}, rowid, {names}) VALUES ('delete', old.id, {row('old')});"
    when = f"\nWHEN {_changed(*columns)}" if only_changes else ""
    return f"""CREATE TRIGGER {prefix}_ai AFTER INSERT ON {table} BEGIN
    {add}
END;
CREATE TRIGGER {prefix}_ad AFTER DELETE ON {table} BEGIN
    {drop}
END;
CREATE TRIGGER {prefix}_au AFTER UPDATE OF {names} ON {table}{when} BEGIN
    {drop}
    {add}
END;
"""


FTS = """
CREATE VIRTUAL TABLE appearances_fts USING fts5(
    text, speaker_mention, content='appearances', content_rowid='id', tokenize='porter');
""" + _kept_in_step("appearances", "appearances_fts", "appearances", ["text", "speaker_mention"]) + """
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='id', tokenize='porter');
""" + _kept_in_step("articles", "articles_fts", "articles", ["title", "text"])

#: The words of each quote (its identity key) and its speaker (0: unattributed), to find the few quotes of
#: the same speaker a new one may be a variant of: asking for the speaker in the index keeps a common word
#: from matching every quote of the database.  The speaker column holds 0 where quotes.speaker_id is NULL,
#: so the index is filled by QUOTES_FTS_FILL, never by 'rebuild'.
QUOTES_FTS = """
CREATE VIRTUAL TABLE quotes_fts USING fts5(normalized, speaker_id, content='quotes', content_rowid='id',
                                           tokenize='unicode61');
""" + _kept_in_step("quotes", "quotes_fts", "quotes", ["normalized", "speaker_id"], only_changes=True,
                    values={"speaker_id": "ifnull({row}.speaker_id, 0)"})

#: Fills quotes_fts from the quotes table (a migration, a bulk load).
QUOTES_FTS_FILL = ("INSERT INTO quotes_fts(rowid, normalized, speaker_id) "
                   "SELECT id, normalized, ifnull(speaker_id, 0) FROM quotes;")

#: The columns of the browsing table, from the four tables they come from.
_BROWSE_SELECT = """SELECT
    a.id, q.id, a.text, s.name, s.id, s.kind, ar.outlet, ar.published, ar.title, ar.id, ar.url, a.cue,
    a.method, a.confidence, a.reported_by, a.partial, a.speaker_mention, q.variant_of, q.conflict
FROM appearances a
JOIN quotes q ON q.id = a.quote_id
JOIN articles ar ON ar.id = a.article_id
LEFT JOIN speakers s ON s.id = q.speaker_id"""


def _refill(kept: str, source: str) -> str:
    """Trigger statements rebuilding the browsing rows chosen by `kept` (on the browsing table) from
    the rows chosen by `source` (on the joined tables).  Delete and insert, not INSERT OR REPLACE:
    a foreign-key action firing the trigger would override the REPLACE."""
    return f"DELETE FROM quote_appearances WHERE {kept};\n    INSERT INTO quote_appearances {_BROWSE_SELECT}\nWHERE {source};"


#: One row per appearance with its quote, speaker and article: what people browse and search.  A table
#: kept up to date by triggers rather than a view, so that counting and faceting thousands of search
#: matches reads one table instead of joining four (see the README's performance section).
BROWSE = f"""
CREATE TABLE quote_appearances (
    appearance_id INTEGER PRIMARY KEY,
    quote_id INTEGER NOT NULL,
    quote TEXT NOT NULL,
    speaker TEXT,
    speaker_id INTEGER,
    speaker_kind TEXT,
    outlet TEXT,
    published TEXT,
    title TEXT,
    article_id INTEGER NOT NULL,
    url TEXT,
    cue TEXT,
    method TEXT,
    confidence REAL,
    reported_by TEXT,
    partial INTEGER,
    speaker_mention TEXT,
    variant_of INTEGER,
    conflict INTEGER
);
CREATE INDEX quote_appearances_quote ON quote_appearances(quote_id);
CREATE INDEX quote_appearances_article ON quote_appearances(article_id);
CREATE INDEX quote_appearances_speaker_id ON quote_appearances(speaker_id, article_id);  -- speakers' counts
CREATE INDEX quote_appearances_speaker ON quote_appearances(speaker);
CREATE INDEX quote_appearances_outlet ON quote_appearances(outlet);
CREATE INDEX quote_appearances_published ON quote_appearances(published);
CREATE INDEX quote_appearances_cue ON quote_appearances(cue);
CREATE INDEX quote_appearances_method ON quote_appearances(method);
CREATE TRIGGER browse_appearance_ai AFTER INSERT ON appearances BEGIN
    {_refill("appearance_id = new.id", "a.id = new.id")}
END;
CREATE TRIGGER browse_appearance_au AFTER UPDATE ON appearances BEGIN
    {_refill("appearance_id = new.id", "a.id = new.id")}
END;
CREATE TRIGGER browse_appearance_ad AFTER DELETE ON appearances BEGIN
    DELETE FROM quote_appearances WHERE appearance_id = old.id;
END;
CREATE TRIGGER browse_quote_au AFTER UPDATE OF speaker_id, variant_of, conflict ON quotes
WHEN {_changed("speaker_id", "variant_of", "conflict")} BEGIN
    {_refill("quote_id = new.id", "a.quote_id = new.id")}
END;
CREATE TRIGGER browse_speaker_au AFTER UPDATE OF name, kind ON speakers
WHEN {_changed("name", "kind")} BEGIN
    {_refill("speaker_id = new.id", "q.speaker_id = new.id")}
END;
CREATE TRIGGER browse_speaker_ad AFTER DELETE ON speakers BEGIN
    UPDATE quote_appearances SET speaker = NULL, speaker_id = NULL, speaker_kind = NULL WHERE speaker_id = old.id;
END;
CREATE TRIGGER browse_article_au AFTER UPDATE OF outlet, published, title, url ON articles
WHEN {_changed("outlet", "published", "title", "url")} BEGIN
    {_refill("article_id = new.id", "a.article_id = new.id")}
END;
"""

#: Fills the browsing table of a database that has rows already (a migration, a bulk load).
BROWSE_FILL = f"INSERT INTO quote_appearances {_BROWSE_SELECT};"

#: The workbench (schema 6): ids that never move, corrections by hand, revisions of articles.
WORKBENCH = """
CREATE TABLE quote_redirects (
    old_id INTEGER PRIMARY KEY,           -- a quote id that has no row of its own any more
    new_id INTEGER NOT NULL,              -- the quote that absorbed it (followed by `quotes show` and the quote page,
                                          -- which says so when that quote was removed in its turn)
    quote_id INTEGER REFERENCES quotes(id) ON DELETE SET NULL,  -- new_id as a link while that quote has a row
    reason TEXT NOT NULL,                 -- merged (two quotes became one), revised (a later revision reworded it)
    at TEXT NOT NULL
);
CREATE INDEX quote_redirects_new ON quote_redirects(new_id);
CREATE INDEX quote_redirects_quote ON quote_redirects(quote_id);

CREATE TABLE corrections (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,               -- where the quotation was when corrected
    "end" INTEGER NOT NULL,
    quote TEXT NOT NULL,                  -- its words as printed: found again by them when the offsets moved
    action TEXT NOT NULL CHECK (action IN ('speaker', 'not-a-quote', 'confirm')),
    speaker TEXT,                         -- the speaker's name (action 'speaker')
    note TEXT,
    at TEXT NOT NULL,                     -- when it was made; the latest correction of a quotation holds
    appearance_id INTEGER                 -- the appearance it applies to now, or (not-a-quote) the one it removed
);
CREATE INDEX corrections_article ON corrections(article_id);
CREATE INDEX corrections_appearance ON corrections(appearance_id);

CREATE TABLE article_revisions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    title TEXT,
    text TEXT NOT NULL,                   -- the earlier text, as it was stored
    content_hash TEXT NOT NULL,
    stored TEXT,                          -- when that version was stored
    replaced TEXT NOT NULL                -- when a later version replaced it
);
CREATE INDEX article_revisions_article ON article_revisions(article_id);

CREATE TABLE quote_changes (
    id INTEGER PRIMARY KEY,
    revision_id INTEGER NOT NULL REFERENCES article_revisions(id) ON DELETE CASCADE,
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    appearance_id INTEGER NOT NULL,       -- the appearance (kept when reworded, gone when removed)
    quote_id INTEGER NOT NULL,            -- the quote of the earlier wording
    old_text TEXT NOT NULL,
    new_quote_id INTEGER,                 -- the quote of the later wording; NULL: removed
    new_text TEXT
);
CREATE INDEX quote_changes_quote ON quote_changes(quote_id);
CREATE INDEX quote_changes_new_quote ON quote_changes(new_quote_id);
CREATE INDEX quote_changes_article ON quote_changes(article_id);
"""

#: The words of each quote stemmed (Porter), so `who-said` finds "printing money" in "We cannot print money".
QUOTES_STEMS = """
CREATE VIRTUAL TABLE quotes_stems_fts USING fts5(normalized, content='quotes', content_rowid='id',
                                             tokenize='porter unicode61');
""" + _kept_in_step("quotes_stems", "quotes_stems_fts", "quotes", ["normalized"], only_changes=True)

SPEAKER_REDIRECTS = """
CREATE TABLE speaker_redirects (
    old_id INTEGER PRIMARY KEY,           -- a speaker id that has no row of its own any more
    new_id INTEGER NOT NULL,              -- the speaker that absorbed it (followed by the speaker page and the CLI,
                                          -- which say so when that speaker was removed in its turn)
    speaker_id INTEGER REFERENCES speakers(id) ON DELETE SET NULL,  -- new_id as a link while that speaker has a row
    reason TEXT NOT NULL,                 -- merged (by hand), surname (a lone surname joined its well-known person)
    at TEXT NOT NULL
);
CREATE INDEX speaker_redirects_new ON speaker_redirects(new_id);
CREATE INDEX speaker_redirects_speaker ON speaker_redirects(speaker_id);
"""

#: Every statement creating schema version SCHEMA_VERSION on an empty database.
CREATE = TABLES + INDEXES + FTS + QUOTES_FTS + BROWSE + WORKBENCH + QUOTES_STEMS + SPEAKER_REDIRECTS

#: Contexts over 1,000 characters cut to 1,000 around their quotation (see store.articles.bounded_context).
BOUND_CONTEXTS = """
UPDATE appearances SET
    context = substr(context, 1 + max(0, min(start - context_start - max(0, (1000 - ("end" - start)) / 2),
                                            length(context) - 1000)), 1000),
    context_start = context_start + max(0, min(start - context_start - max(0, (1000 - ("end" - start)) / 2),
                                              length(context) - 1000))
WHERE length(context) > 1000 AND context_start IS NOT NULL;
"""


#: Where a database records the ids of each table whose ids are never given twice, besides that table's own
#: rows (table.column): an id whose row went before AUTOINCREMENT kept count may be named there.
RECORDED_IDS = {
    "speakers": ("speaker_redirects.old_id", "speaker_redirects.new_id"),
    "quotes": ("quote_redirects.old_id", "quote_redirects.new_id", "quote_changes.quote_id", "quote_changes.new_quote_id"),
    "articles": ("appearances.article_id", "quotes.first_article_id", "article_revisions.article_id",
                 "quote_changes.article_id", "corrections.article_id", "quote_appearances.article_id"),
    "appearances": ("quote_changes.appearance_id", "corrections.appearance_id", "quote_appearances.appearance_id"),
}
#: Each redirect table, the column linking to the row that answers, and that row's table.
_LINKS = {"quote_redirects": ("quote_id", "quotes"), "speaker_redirects": ("speaker_id", "speakers")}


def _ids_never_reused(db) -> None:
    """Rebuild quotes and speakers with AUTOINCREMENT and the redirect tables with new_id kept when its row
    goes (the link column quote_id / speaker_id is set NULL instead), every row, id, index and trigger
    kept (see _rebuild), the sequences started after the highest id ever recorded (see _count_from).  A
    redirect whose old id is a row again (its id was given anew before this step) is dropped: the id
    shows that row everywhere else."""
    for table in ("speakers", "quotes", "quote_redirects", "speaker_redirects"):
        _rebuild(db, table)
    for table in ("speakers", "quotes"):
        _count_from(db, table)
    for table, (link, target) in _LINKS.items():
        db.execute(f"DELETE FROM {table} WHERE old_id IN (SELECT id FROM {target})")
        db.execute(f"UPDATE {table} SET {link} = new_id WHERE new_id IN (SELECT id FROM {target})")


def _cited_ids_never_reused(db) -> None:
    """Rebuild articles and appearances with AUTOINCREMENT (`quotes correct 412` and revisions cite an
    appearance id, links and corrections an article id), as _ids_never_reused did quotes and speakers."""
    for table in ("articles", "appearances"):
        _rebuild(db, table)
        _count_from(db, table)


def _count_from(db, table: str) -> None:
    """Start the AUTOINCREMENT sequence of `table` after the highest id the database remembers: its rows',
    those RECORDED_IDS names (a row deleted before ids were kept count of) and the sequence's own."""
    known = [f"SELECT max(id) FROM {table}", "SELECT max(seq) FROM sqlite_sequence WHERE name = ?",
             *(f"SELECT max({column}) FROM {source}" for source, column in
               (place.split(".") for place in RECORDED_IDS[table]))]
    highest = max(db.execute(sql, [table] if "?" in sql else []).fetchone()[0] or 0 for sql in known)
    db.execute("DELETE FROM sqlite_sequence WHERE name = ?", [table])
    db.execute("INSERT INTO sqlite_sequence(name, seq) VALUES (?, ?)", [table, highest])


def _rebuild(db, table: str) -> None:
    """Make `table` anew from its definition in CREATE, its rows copied with their ids (the columns both
    have), its indexes and triggers made again as they were, and those CREATE gives it that it lacked.
    SQLite's procedure for other schema changes: foreign keys are off around the migration's
    transaction (see db._ensure_schema), so dropping the old table fires no ON DELETE action; the
    full-text indexes keep matching, their rowids being the ids kept."""
    every = statements(CREATE)
    (create,) = [s for s in every if s.startswith(f"CREATE TABLE {table} (")]
    kept = [sql for (sql,) in db.execute("SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN "
                                         "('index', 'trigger') AND sql IS NOT NULL ORDER BY rowid", [table])]
    before = {c.name for c in db[table].columns}
    db.execute(create.replace(f"CREATE TABLE {table} (", f"CREATE TABLE {table}_rebuilt (", 1))
    columns = ", ".join(f'"{c.name}"' for c in db[f"{table}_rebuilt"].columns if c.name in before)
    db.execute(f"INSERT INTO {table}_rebuilt ({columns}) SELECT {columns} FROM {table}")
    db.execute(f"DROP TABLE {table}")
    # Triggers of other tables name this one: the renaming must not check them while it is away.
    db.execute("PRAGMA legacy_alter_table = ON")
    db.execute(f"ALTER TABLE {table}_rebuilt RENAME TO {table}")
    db.execute("PRAGMA legacy_alter_table = OFF")
    for sql in kept:
        db.execute(sql)
    for sql in every:
        if sql.startswith("CREATE INDEX ") and f" ON {table}(" in sql:
            db.execute(sql.replace("CREATE INDEX ", "CREATE INDEX IF NOT EXISTS ", 1))


def statements(script: str) -> list[str]:
    """SQL statements of a script (executescript would commit the open transaction)."""
    out, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            out.append(current.strip())
            current = ""
    return [s for s in out if s]


#: version -> SQL bringing a database of that version to the next one.
MIGRATIONS: dict[int, str] = {
    1: QUOTES_FTS + QUOTES_FTS_FILL,
    2: f"CREATE INDEX speakers_surname ON speakers({SURNAME}) WHERE kind = 'person';\n"
       "DROP VIEW quote_appearances;\n" + BROWSE + BROWSE_FILL,
    3: "DROP INDEX quotes_normalized;\n"  # quotes_identity begins with the same column
       "DROP INDEX quote_appearances_speaker_id;\n"
       "CREATE INDEX quote_appearances_speaker_id ON quote_appearances(speaker_id, article_id);\n"
       "DROP TRIGGER quotes_ai;\nDROP TRIGGER quotes_ad;\nDROP TRIGGER quotes_au;\nDROP TABLE quotes_fts;\n"
       + QUOTES_FTS + QUOTES_FTS_FILL,
    # method and resolved apart: "governing verb, pronoun" becomes "governing verb" resolved by "pronoun"
    4: "ALTER TABLE appearances ADD COLUMN resolved TEXT;\n"
       "UPDATE appearances SET resolved = substr(method, instr(method, ', ') + 2), "
       "method = substr(method, 1, instr(method, ', ') - 1) WHERE instr(method, ', ') > 0;\n",
    # 5 -> 6: the workbench tables; the stemmed words index filled from the quotes
    5: WORKBENCH + QUOTES_STEMS + "INSERT INTO quotes_stems_fts(quotes_stems_fts) VALUES ('rebuild');\n" + BOUND_CONTEXTS,
    # 6 -> 7: articles remember the id their input gave them, so a later version with that id is a revision
    6: lambda db: (db["articles"].add_column("key", str), db["articles"].create_index(["key"], "articles_key")),
    # 7 -> 8: a speaker id absorbed by another speaker keeps answering with it
    7: SPEAKER_REDIRECTS,
    # 8 -> 9 (new_id a foreign key) is done by 9 -> 10, which rebuilds the redirect tables from either form
    8: "",
    # 9 -> 10: ids never given twice; a redirect keeps its new_id when that row goes
    9: _ids_never_reused,
    # 10 -> 11: appearance and article ids never given twice either
    10: _cited_ids_never_reused,
}

#: The tables a quotes database must have (to tell it from another SQLite file).
REQUIRED_TABLES = ("articles", "speakers", "speaker_aliases", "quotes", "appearances")
