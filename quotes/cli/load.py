"""`quotes load`: merging the results of `quotes extract --output` into the database."""
from __future__ import annotations

import click

from ..engine.results import article_and_quotes, manifest, read_all
from ..store.articles import store_all
from ..store.queries import totals
from .options import db_option, json_option, open_db, progress
from .output import emit_json


@click.command()
@click.argument("folders", nargs=-1, required=True, metavar="RESULTS...")
@db_option
@json_option
def load(folders, db_path, as_json):
    """Merge extraction results into the database, as `quotes add` of the same articles would.

    RESULTS are folders written by `quotes extract --output` (on any engine).
    Articles are stored whole (a few to a transaction), in input order, with the same
    cross-article speaker resolution and quote identity as `quotes add`; an
    article already stored (same URL, else same text) is updated or skipped.

    \b
    Examples:
      quotes extract --engine dask archive/ --output results/
      quotes load results/ --db news.db
    """
    total = sum(manifest(folder)["articles"] for folder in folders)
    conn = open_db(db_path, create=True)
    before = totals(conn)
    done = {"add": 0, "update": 0, "skip": 0}
    with progress(total, "Merging articles") as bar:
        for _, decided in store_all(conn, (article_and_quotes(rec) for rec in read_all(folders))):
            done[decided.action] += 1
            bar.update(1)
    after = totals(conn)
    summary = {"added": done["add"], "updated": done["update"], "skipped": done["skip"],
               "new_quotes": after["quotes"] - before["quotes"], "new_speakers": after["speakers"] - before["speakers"],
               "database": {"path": db_path, **after}}
    if as_json:
        emit_json(summary)
        return
    click.echo(f"{done['add']} articles added, {done['update']} updated, {done['skip']} skipped.")
    click.echo(f"{db_path}: {after['articles']} articles, {after['quotes']} quotes ({summary['new_quotes']:+d}), "
               f"{after['appearances']} appearances, {after['speakers']} speakers ({summary['new_speakers']:+d}).")
