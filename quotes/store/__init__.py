"""Storage: the SQLite database of articles, speakers, quotes and their appearances.

db.py             opening the file, schema creation and migration (sqlite-utils), transactions
schema.py         tables, indexes, full-text search, the browsing table and its triggers
articles.py       storing articles with their quotations, a group to a transaction
identity.py       one speaker across articles: aliases, titles, surnames
speaker_names.py  whether a speaker name names anyone, and the name made clean
surnames.py       lone surnames settled whatever the order articles came in
linking.py        one quote across articles: identity, variants, conflicts, counts; redirects
normalize.py      the keys that decide identity
corrections.py    merge, rename and split speakers by hand
queries.py        read-only questions: search, who said, a quote, speakers, export
"""
from __future__ import annotations


def open(path: str, create: bool = False):  # noqa: A001 - the store's own open
    """The quotes database at `path` as a sqlite_utils.Database (migrated to the current schema)."""
    from .db import open_database

    return open_database(path, create)
