"""`quotes serve` and `quotes publish`: the database on the web, through Datasette."""
from __future__ import annotations

import asyncio
import shlex
import subprocess
import sys
from pathlib import Path

import click

from ..errors import QuotesError
from ..store.db import default_path

#: The project's Datasette metadata (titles, descriptions, facets, canned queries).
METADATA = Path(__file__).resolve().parents[1] / "web" / "metadata.yml"
#: The plugin and its templates; self-contained, so it can be shipped as a --plugins-dir.
PLUGIN_DIR = Path(__file__).resolve().parents[1] / "web"
#: The name the database is served under; metadata.yml and the canned queries' links use it.
DATABASE = "quotes"
#: Limits that keep a public instance responsive (Datasette 0.65 takes these as settings, not metadata).
SETTINGS = {
    "sql_time_limit_ms": 2000,
    "facet_time_limit_ms": 500,
    "max_returned_rows": 500,
    "default_page_size": 50,
    "allow_download": True,
    "suggest_facets": False,  # up to 50 ms per column on every page of a large database
}


def read_metadata() -> dict:
    """metadata.yml as Datasette expects it."""
    import yaml

    if not METADATA.is_file():
        raise QuotesError(f"{METADATA}: the project's metadata.yml is missing")
    return yaml.safe_load(METADATA.read_text(encoding="utf-8"))


def _database_file(db: str) -> Path:
    path = Path(db)
    if not path.is_file():
        raise QuotesError(f"{db}: no such database; build one first with `quotes add --db {db} ARTICLES`")
    return path


def being_written(path: Path) -> bool:
    """True when the database has a write-ahead log with pages not yet in the main file."""
    wal = path.with_name(path.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def build_datasette(db: str, live: bool = False, allow_sql: bool = False):
    """A Datasette serving one quotes database, read-only, with the project's metadata and limits.

    Arbitrary SQL (`?sql=`, `_where=`) is refused unless `allow_sql` is asked for.

    The file is opened immutable (fastest; Datasette can cache counts) unless
    `live` is asked for or a writer's log is present; then it is opened
    read-only and changes made by `quotes add` show up on the next request.
    """
    from datasette.app import Datasette
    from datasette.database import Database

    path = _database_file(db)
    metadata = read_metadata()
    if allow_sql:
        del metadata["allow_sql"]
    ds = Datasette(memory=False, metadata=metadata, settings=SETTINGS)
    ds.remove_database("_memory")
    ds.add_database(Database(ds, path=str(path), is_mutable=live or being_written(path)), name=DATABASE)
    return ds


@click.command()
@click.option("--db", default=default_path, show_default="$QUOTES_DB or db/quotes.db", help="The database file.")
@click.option("--port", default=8001, show_default=True, type=click.IntRange(1, 65535), help="Port to listen on.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; 0.0.0.0 makes the site reachable from other machines.")
@click.option("--live", is_flag=True,
              help="Show articles added while the server runs (opens the file read-only instead of immutable).")
@click.option("--allow-sql", is_flag=True,
              help="Let visitors run their own SQL (off by default: one query can hold a CPU for seconds).")
def serve(db, port, host, live, allow_sql):
    """Browse a quotes database in Datasette, read-only.

    \b
    Examples:
      quotes serve
      quotes serve --db db/quotes.db --port 8080
      quotes serve --live      # while `quotes add` runs in another terminal
      quotes serve --allow-sql # your own SQL queries, on your own machine
    """
    import uvicorn

    ds = build_datasette(db, live, allow_sql)
    asyncio.run(ds.invoke_startup())
    mode = ("read-only, live" if ds.databases[DATABASE].is_mutable
            else "read-only, immutable: restart it after `quotes add`, or use --live")
    click.echo(f"Serving {db} ({mode})\n  http://{host}:{port}/  (Ctrl+C stops)", err=True)
    uvicorn.run(ds.app(), host=host, port=port, log_level="warning")


@click.command(context_settings={"ignore_unknown_options": True})
@click.argument("target", type=click.Choice(["cloudrun", "heroku", "package"]))
@click.argument("datasette_options", nargs=-1, type=click.UNPROCESSED)
@click.option("--db", default=default_path, show_default="$QUOTES_DB or db/quotes.db", help="The database file.")
@click.option("--dry-run", is_flag=True, help="Print the datasette command instead of running it.")
def publish(target, datasette_options, db, dry_run):
    """Put a quotes database online with `datasette publish` (or build a Docker image with `datasette package`).

    The metadata, the evidence-page plugin and the safety settings go with it;
    further options are passed to datasette (see `datasette publish TARGET --help`).

    \b
    Examples:
      quotes publish cloudrun --service quotes
      quotes publish heroku --name my-quotes
      quotes publish package --tag quotes:latest
    """
    path = _database_file(db)
    if path.stem != DATABASE:
        raise QuotesError(f"{db}: datasette names a database after its file; copy it to {DATABASE}.db to publish it")
    command = publish_command(target, path, datasette_options)
    if dry_run:
        click.echo(shlex.join(command))
        return
    sys.exit(subprocess.call(command))


def publish_command(target: str, path: Path, datasette_options=()) -> list[str]:
    """The datasette command line that publishes `path` with the project's metadata, plugin and settings."""
    verb = ["package"] if target == "package" else ["publish", target]
    settings = " ".join(f"--setting {key} {str(value).lower()}" for key, value in SETTINGS.items())
    return [sys.executable, "-m", "datasette", *verb, str(path),
            "--metadata", str(METADATA), "--plugins-dir", str(PLUGIN_DIR),
            "--extra-options", settings, *datasette_options]
