"""Options and helpers the commands share: the database, JSON output, progress, dates."""
from __future__ import annotations

import sys

import click

from ..errors import QuotesError
from ..ingest.sources import iso_date
from ..store.db import DEFAULT_DB, ENV_VAR, connect

db_option = click.option(
    "--db", "db_path", envvar=ENV_VAR, default=DEFAULT_DB, show_default=True, metavar="PATH",
    help=f"The SQLite database file (or set ${ENV_VAR}).")
json_option = click.option("--json", "as_json", is_flag=True, help="Print JSON for machines instead of a table.")


def date_option(value: str | None, option: str) -> str | None:
    """An ISO date from a command-line value, or a one-line error naming the option."""
    if value is None:
        return None
    parsed = iso_date(value)
    if parsed is None:
        raise QuotesError(f"{option} {value!r}: not a date (use YYYY-MM-DD)")
    return parsed


def open_db(db_path: str, create: bool = False):
    """The database at `db_path` (created when asked)."""
    return connect(db_path, create=create)


def progress(length: int, label: str):
    """A progress bar on stderr, hidden for fewer than two items."""
    return click.progressbar(length=length, label=label, file=sys.stderr, hidden=length < 2,
                             show_pos=True, show_eta=True)
