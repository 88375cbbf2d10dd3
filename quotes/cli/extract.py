"""`quotes extract` and `quotes evaluate`: quotations of articles, printed or scored, without a database."""
from __future__ import annotations

import json
import sys

import click

from ..engine import partitions, results, runner, tasks
from ..engine.results import FORMATS
from ..engine.road import BATCH
from ..engine.runner import ENGINES
from ..errors import QuotesError
from ..evaluate.scoring import format_errors, format_scores, score
from ..ingest.gold import gold_sources, read_gold
from ..ingest.sources import fail
from .output import open_output, printed, table


@click.command()
@click.argument("files", nargs=-1)
@click.option("--gold", "gold", metavar="FILE.jsonl", help="Read the articles of a gold file (ids kept).")
@click.option("--format", "fmt", type=click.Choice(["json", "table"]), default="json", show_default=True,
              help="JSON Lines in the benchmark's prediction format, or a table for people.")
@click.option("--engine", type=click.Choice(ENGINES), default="local", show_default=True,
              help="Run here, or on Dask distributed (a local cluster unless --scheduler is given).")
@click.option("--scheduler", metavar="ADDRESS", help="Dask scheduler of an existing cluster (implies --engine dask).")
@click.option("--workers", type=click.IntRange(1), default=2, show_default=True,
              help="Processes extracting at once (local processes, or the local Dask cluster's).")
@click.option("--partition-size", type=click.IntRange(1), default=100, show_default=True, metavar="N",
              help="Articles (files, lines) per partition.")
@click.option("--output", metavar="DIR", help="Write results for `quotes load` to this new folder instead.")
@click.option("--output-format", type=click.Choice(FORMATS), default="jsonl", show_default=True,
              help="File format of the --output partitions.")
@click.option("--strict", is_flag=True, help="With --output: stop at the first unreadable file or line.")
@click.option("--outlet", help="Outlet that published the articles (as `quotes add --outlet`).")
def extract(files, gold, fmt, engine, scheduler, workers, partition_size, output, output_format, strict, outlet):
    """Print the quotations of articles (FILES: text, Markdown or HTML files, folders, JSON Lines or
    Parquet; - for stdin).

    Articles are read and cleaned exactly as `quotes add` reads them; offsets refer
    to the article's text as `quotes add` stores it (a gold file's text is taken as
    it is).  An unreadable file or line is reported and skipped (exit status 1);
    --strict stops at the first one.  With --output the results are written in
    partition files that `quotes load` merges into a database.

    \b
    Examples:
      quotes extract story.txt
      cat story.txt | quotes extract - --format table
      quotes extract --gold ../shared/bench/seeds.jsonl > pred.jsonl
      quotes extract --engine dask archive/ feeds/*.jsonl --output results/
      quotes extract --scheduler tcp://10.0.0.5:8786 corpus/*.parquet --output /shared/results
    """
    if not files and not gold:
        raise QuotesError("nothing to read: give FILES, - for standard input, or --gold FILE.jsonl")
    problems = []
    report = printed(problems)
    given = gold_sources(read_gold(gold), gold) if gold else []
    parts = partitions.plan(list(files), given, partition_size, report=fail if strict else report, workers=workers)
    where = {"engine": engine, "scheduler": scheduler, "workers": workers, "strict": strict, "outlet": outlet}
    if not output:
        for done in runner.run(tasks.predict_part, parts, **where):
            for problem in done["problems"]:
                report(QuotesError(problem))
            for rec in done["records"]:
                _print_article(rec, fmt)
    else:
        results.prepare_folder(output)
        done = []
        for summary in runner.run(tasks.store_part, parts, **where, folder=output, fmt=output_format):
            done.append(summary)
            for problem in summary["problems"]:
                report(QuotesError(problem))
        results.write_manifest(output, output_format, done)
        click.echo(f"{sum(d['articles'] for d in done)} articles, {sum(d['quotes'] for d in done)} quotations "
                   f"in {len(done)} partitions written to {output}; merge them with: quotes load {output}", err=True)
    if problems:
        sys.exit(1)


def _print_article(rec: dict, fmt: str) -> None:
    """One article's quotations, as a JSON line or a table."""
    quotes = rec["quotes"]
    if fmt == "json":
        click.echo(json.dumps({"id": rec["id"], "quotes": quotes}, ensure_ascii=False))
        return
    rows = [{"speaker": q["speaker_name"] or (q["speaker"]["text"] if q["speaker"] else "?"),
             "cue": q["cue"]["text"] if q["cue"] else "", "conf": f"{q['confidence']:.2f}", "quote": q["text"]}
            for q in quotes]
    click.echo(f"{rec['origin'] if rec['origin'] != '-' else rec['id']}: {len(quotes)} quotations")
    click.echo(table(rows, [("speaker", "speaker", 30), ("cue", "cue", 16), ("conf", "conf", None),
                            ("quote", "quote", 70)]) + "\n")


@click.command()
@click.argument("gold_file", metavar="GOLD.jsonl")
@click.option("--errors", "errors", type=int, default=0, metavar="N", help="Show up to N examples of each error.")
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as one JSON object.")
@click.option("--predictions", metavar="FILE.jsonl", help="Also write the predictions to this file.")
@click.option("--workers", type=click.IntRange(1), default=1, show_default=True,
              help="Local processes extracting at once.")
def evaluate(gold_file, errors, as_json, predictions, workers):
    """Extract every article of a gold file and score the result.

    Prints quote precision/recall/F1 (lenient and exact), attribution accuracy
    and end-to-end P/R/F1, as defined in the benchmark's README.  An article
    the extractor fails on is reported on stderr and scored as finding
    nothing (exit status 1).

    \b
    Example:
      quotes evaluate ../shared/bench/polnear-dev.jsonl --errors 10
    """
    articles = read_gold(gold_file)
    out = open_output(predictions) if predictions else None
    parts = partitions.plan([], gold_sources(articles, gold_file), size=BATCH)
    problems = []
    report = printed(problems)
    predicted = {}
    for done in runner.run(tasks.predict_part, parts, workers=workers, strict=True):
        for problem in done["problems"]:
            report(QuotesError(problem))
        predicted.update((rec["id"], rec["quotes"]) for rec in done["records"])
    if out:
        with out:
            for key, quotes in predicted.items():
                out.write(json.dumps({"id": key, "quotes": quotes}, ensure_ascii=False) + "\n")
    result = score(articles, predicted)
    if as_json:
        click.echo(json.dumps(result.metrics()))
    else:
        click.echo(format_scores(result))
        if errors:
            click.echo(format_errors(result, errors))
    if problems:
        sys.exit(1)


