"""The `quotes` command line: wiring only, between reading, extraction, storage and Datasette."""
from __future__ import annotations

import sys

import click

from ..errors import QuotesError
from .extract import evaluate, extract
from .load import load
from .store import add, export, reprocess, search, show, speakers, who_said
from .watch import watch
from .web import publish, serve


class _Group(click.Group):
    """A click group that turns user errors into one line on stderr and exit status 1."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except QuotesError as err:
            click.echo(f"Error: {err}", err=True)
            sys.exit(1)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="quotes")
def main():
    """quotes: find direct quotations in news articles and who said them.

    \b
    Examples:
      quotes extract article.txt
      quotes extract --gold ../shared/bench/seeds.jsonl > pred.jsonl
      quotes evaluate ../shared/bench/polnear-dev.jsonl --errors 20
    """


for command in (extract, evaluate, add, load, search, who_said, show, speakers, reprocess, export, watch, serve,
                publish):
    main.add_command(command)
