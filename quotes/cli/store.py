"""Commands around the database: add, search, who-said, show, speakers, reprocess, export."""
from __future__ import annotations

import contextlib
import csv
import functools
import io
import json
import os
import sqlite3
import sys
import time
from itertools import chain

import click

from ..engine.road import BATCH, articles, kept, quotations
from ..engine.runner import WORKER_NICENESS, default_workers, executor, parts_of
from ..errors import QuotesError
from ..extract.model import load as load_model
from ..extract.model import model_name
from ..ingest.fetch import fetch
from ..ingest.sources import read_inputs, web_address
from ..store import corrections, queries
from ..store.articles import plan, store_all, with_stored_outlet
from .options import date_option, db_option, json_option, open_db, progress
from .output import emit_json, open_output, printed, shorten, table


# ---------------------------------------------------------------- add
@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@db_option
@click.option("--title", help="Title of the article (one article only).")
@click.option("--outlet", help="Outlet that published the articles.")
@click.option("--url", help="Canonical URL of the article (one article only).")
@click.option("--published", metavar="DATE", help="Publication date, YYYY-MM-DD.")
@click.option("--author", help="Author of the articles.")
@click.option("--workers", type=click.IntRange(1), metavar="N",
              help="Processes parsing articles at once (default: one per core); the database is written by one.")
@click.option("--strict", is_flag=True, help="Stop at the first unreadable file or line, storing nothing.")
@click.option("--timeout", type=click.FloatRange(0, min_open=True), default=30.0, show_default=True, metavar="SECONDS",
              help="Time a web page or feed may take to arrive, whole.")
@json_option
def add(paths, db_path, title, outlet, url, published, author, workers, strict, timeout, as_json):
    """Add articles: their quotations, speakers and appearances go into the database.

    PATH is a plain-text, Markdown or HTML file, a JSON Lines file (one article
    per line: {"text", "title", "url", "outlet", "published", "author"}; a line
    with a "url" but no "text" is fetched), an RSS or Atom feed (one article
    per item), an http(s) address of a page or a feed, a folder (read
    recursively), or - for standard input.  Boilerplate (photo
    credits, "Join our channel" lines, datelines, trailing teasers) is removed.
    Re-adding an article (same URL, else same text) updates it in place.
    An unreadable file or JSON line is reported on stderr and skipped (the
    exit status is then 1); --strict stops at the first one instead.  An
    article the extractor fails on is reported and skipped (exit status 1).

    \b
    Examples:
      quotes add story.txt --outlet "The Herald" --published 2025-03-03
      quotes add articles/ page.html feed.jsonl --workers 4
      quotes add https://example.com/story https://example.com/feed.rss
      curl -s https://example.com/story | quotes add - --db news.db
    """
    published = date_option(published, "--published")
    if url and web_address(url) is None:
        raise QuotesError(f"--url {url!r}: not an http(s) address")
    model_name()  # no model: stop before reading, fetching or creating anything
    problems = []

    skipped = printed(problems)

    def report(err: QuotesError) -> None:
        if strict:
            raise err
        skipped(err)

    sources = read_inputs(paths, report, fetcher=functools.partial(fetch, timeout=timeout))
    if len(sources) > 1 and (title or url):
        raise QuotesError("--title and --url describe one article, but these paths hold "
                          f"{len(sources)}; add it on its own")
    overrides = {"title": title, "outlet": outlet, "url": url, "published": published, "author": author}
    for source in sources:
        for name, value in overrides.items():
            if value:
                setattr(source, name, value)
    workers = workers or default_workers()
    # The worker processes start now and load the model while this one cleans and plans the articles.
    with contextlib.ExitStack() as cleanup, executor("local", workers, parts=-(-len(sources) // BATCH),
                                                    niceness=WORKER_NICENESS, warm=load_model) as run_map:
        ready = [article for _, article in articles(sources, report)]
        if not ready:  # every input was reported above
            sys.exit(1)
        created = not os.path.exists(db_path)
        conn = open_db(db_path, create=True)
        cleanup.callback(_remove_if_empty, conn, db_path, created)
        before = queries.totals(conn)
        todo = [with_stored_outlet(article, decided) for article in ready
                if (decided := plan(conn, article)).action != "skip"]
        done = {"added": 0, "updated": 0, "skipped": len(ready) - len(todo), "failed": 0}
        appearances, started, waiting = 0, time.perf_counter(), 0.0

        def failed(err: QuotesError) -> None:
            done["failed"] += 1
            skipped(err)

        def extracted():
            nonlocal waiting
            parts = parts_of(todo, BATCH, workers)
            results = run_map(quotations, parts)
            for part in parts:
                wait_start = time.perf_counter()
                part_quotes = next(results)
                waiting += time.perf_counter() - wait_start
                yield from kept(zip(part, part_quotes), failed, name=lambda article: article.origin)

        with progress(len(todo), "Extracting quotes") as bar:
            for quotes, decided in store_all(conn, extracted()):
                done[{"add": "added", "update": "updated", "skip": "skipped"}[decided.action]] += 1
                appearances += len(quotes) if decided.action != "skip" else 0
                bar.update(1)
        elapsed = time.perf_counter() - started
        after = queries.totals(conn)  # (before a new database that holds nothing is removed)
    summary = {**done, "appearances_written": appearances,
               "new_quotes": after["quotes"] - before["quotes"], "new_speakers": after["speakers"] - before["speakers"],
               "database": {"path": db_path, **after},
               "seconds": {"extracting_and_writing": round(elapsed, 3), "writing": round(elapsed - waiting, 3)}}
    if as_json:
        emit_json(summary)
    else:
        click.echo(f"{done['added']} articles added, {done['updated']} updated, {done['skipped']} skipped"
                   + (f", {done['failed']} failed" if done["failed"] else "") + f"; {appearances} quotations stored.")
        click.echo(f"{db_path}: {after['articles']} articles, {after['quotes']} quotes "
                   f"({summary['new_quotes']:+d}), {after['appearances']} appearances, "
                   f"{after['speakers']} speakers ({summary['new_speakers']:+d}).")
    if problems:
        sys.exit(1)


def _remove_if_empty(conn, db_path: str, created: bool) -> None:
    """A database this command created and that holds no article is removed again: a failed add
    (interrupted, or stopped by an error before the first article was stored) leaves no file."""
    try:
        if not created or conn.execute("SELECT EXISTS (SELECT 1 FROM articles)").fetchone()[0]:
            return
    except sqlite3.Error:  # it cannot be read: leave it, and the error that stopped add, as they are
        return
    conn.close()
    for suffix in ("", "-wal", "-shm"):
        try:
            os.remove(db_path + suffix)
        except FileNotFoundError:
            pass


# ---------------------------------------------------------------- search
@click.command()
@click.argument("text", nargs=-1, required=True)
@db_option
@click.option("--speaker", help="Only quotes of speakers whose name or alias contains this.")
@click.option("--outlet", help="Only articles of outlets whose name contains this.")
@click.option("--since", metavar="DATE", help="Only articles published on or after this date.")
@click.option("--until", metavar="DATE", help="Only articles published on or before this date.")
@click.option("--limit", type=click.IntRange(1), default=50, show_default=True, help="At most this many results.")
@json_option
def search(text, db_path, speaker, outlet, since, until, limit, as_json):
    """Full-text search of the quotations (and how they were attributed).

    Words match in any form ("strike" finds "striking"); all must be present.

    \b
    Examples:
      quotes search power vacuum
      quotes search strike --speaker Ortega --since 2025-03-01
      quotes search alliance --outlet "Straits Times" --json
    """
    rows = queries.search(open_db(db_path), " ".join(text), speaker=speaker, outlet=outlet, since=date_option(since, "--since"),
               until=date_option(until, "--until"), limit=limit)
    if as_json:
        emit_json(rows)
        return
    if not rows:
        click.echo("No quotations found.")
        return
    click.echo(table(rows, [("quote_id", "id", None), ("date", "date", 10), ("outlet", "outlet", 20),
                            ("speaker", "speaker", 28), ("quote", "text", 70)]))


# ---------------------------------------------------------------- who-said
@click.command("who-said")
@click.argument("words", nargs=-1, required=True)
@db_option
@click.option("--limit", type=click.IntRange(1), default=5, show_default=True, help="At most this many quotes.")
@json_option
def who_said(words, db_path, limit, as_json):
    """Who said these words, where and when (finds the quote despite small wording differences).

    Word endings and word order do not matter ("printing money" finds "We
    cannot print money"); every word counts, rare words most. When no
    quotation matches, the closest ones are shown and said to be so.

    \b
    Examples:
      quotes who-said "power vacuum"
      quotes who-said "we will not be the ones who pay" --json
    """
    found = queries.who_said(open_db(db_path), " ".join(words), limit=limit)
    if as_json:
        emit_json(found)
        return
    if not found:
        click.echo("Nobody in the database said that.")
        return
    if found[0]["closest"]:
        click.echo("Nobody in the database said that. The closest quotations:\n")
    for q in found:
        click.echo(_quote_heading(q))
        for a in q["appearances"]:
            a["as_written"] = " ".join(filter(None, [a["speaker_mention"], a["cue"]]))
        click.echo(table(q["appearances"], [("date", "date", 10), ("outlet", "outlet", 24),
                                            ("as_written", "attributed as", 36), ("title", "article", 50)]))
        click.echo()


def _quote_heading(q: dict) -> str:
    speaker = q["speaker"] or "unattributed"
    first = q["appearances"][0] if q["appearances"] else {}
    lines = [f"#{q['id']} \u201c{shorten(q['text'], 300)}\u201d",
             f"  said by {speaker}" + (f" ({q['speaker_role']})" if q.get("speaker_role") else "")
             + f" \u2014 {q['appearance_count']} appearances in {q['article_count']} articles, "
               f"{q['outlet_count']} outlets",
             f"  first seen {q['first_seen']} in {first.get('outlet') or 'an unknown outlet'}: "
             f"{shorten(first.get('title') or '(untitled)', 60)}"]
    if q["variant_of"]:
        lines.append(f"  variant of #{q['variant_of']}: {q['variant_diff']}")
    for v in q["variants"]:
        if v["id"] != q["variant_of"]:
            lines.append(f"  variant #{v['id']}: {shorten(v['variant_diff'], 200)}")
    for other in q["also_attributed_to"]:
        lines.append(f"  CONFLICT: the same words are attributed to {other['speaker']} "
                     f"(quote #{other['quote_id']}, {other['article_count']} articles)")
    return "\n".join(lines)


# ---------------------------------------------------------------- show
@click.command()
@click.argument("quote_id", type=int)
@db_option
@json_option
def show(quote_id, db_path, as_json):
    """Every appearance of one quote, with its context and the attribution as written.

    \b
    Example:
      quotes show 12
    """
    q = queries.quote(open_db(db_path), quote_id)
    if as_json:
        emit_json(q)
        return
    if q["redirected_from"] is not None:
        how = {"revised": "reworded in a later revision of its article",
               "reprocessed": "its printings went to it when their article was read again"}.get(q["redirect_reason"], "merged")
        click.echo(f"Quote #{q['redirected_from']} is now quote #{q['id']} ({how}).")
    click.echo(_quote_heading(q))
    for r in q["revisions"]:
        when = f"in a later revision of article {r['article_id']} ({r['title'] or 'untitled'}, {r['replaced'][:10]})"
        if r["new_text"] is None:
            click.echo(f"  REMOVED {when}: \u201c{shorten(r['old_text'], 300)}\u201d")
        else:
            click.echo(f"  CHANGED {when}:\n    was: \u201c{shorten(r['old_text'], 300)}\u201d"
                       f"\n    now: \u201c{shorten(r['new_text'], 300)}\u201d")
    for a in q["appearances"]:
        click.echo(f"\n  [{a['date']}] appearance {a['appearance_id']}: {a['outlet'] or 'unknown outlet'} "
                   f"\u2014 {a['title'] or '(untitled)'}"
                   + (f"  <{a['url']}>" if a["url"] else ""))
        click.echo(f"    attributed as: {a['speaker_mention'] or '-'} / cue: {a['cue'] or '-'} "
                   f"({a['method']}{f' ({resolved})' if (resolved := a['resolved']) not in (None, 'none') else ''}, "
                   f"confidence {a['confidence']:.2f})"
                   + (f", reported by {a['reported_by']}" if a["reported_by"] else ""))
        click.echo(f"    printed: \u201c{a['quote']}\u201d")
        if a["corrected"]:
            click.echo(f"    corrected by hand ({a['corrected']}, {a['corrected_at'][:10]})"
                       + (f": {a['correction_note']}" if a["correction_note"] else ""))
        click.echo(f"    context: {shorten(a['context'], 500)}")


# ---------------------------------------------------------------- speakers
@click.group(invoke_without_command=True)
@db_option
@click.option("--kind", type=click.Choice(["person", "organization", "document", "unknown"]),
              help="Only speakers of this kind.")
@click.option("--name", help="Only speakers whose name or alias contains this.")
@click.option("--limit", type=click.IntRange(1), help="At most this many speakers.")
@json_option
@click.pass_context
def speakers(ctx, db_path, kind, name, limit, as_json):
    """List speakers with their counts, or correct them (merge, rename, split).

    Corrections are kept in the database and survive re-adding and reprocessing.

    \b
    Examples:
      quotes speakers --kind person --limit 20
      quotes speakers merge "Nakatani" "Gen Nakatani"
      quotes speakers rename 7 "Japanese Ministry of Defense" --kind organization
      quotes speakers split "John Smith" "J. Smith" --name "Jane Smith"
    """
    if ctx.invoked_subcommand is not None:
        return
    rows = queries.speakers(open_db(db_path), kind=kind, name=name, limit=limit)
    if as_json:
        emit_json(rows)
        return
    click.echo(table(rows, [("id", "id", None), ("name", "name", 32), ("kind", "kind", 12), ("role", "role", 24),
                            ("quote_count", "quotes", None), ("appearance_count", "appearances", None),
                            ("article_count", "articles", None), ("aliases", "written as", 60)]))


def _print_speaker(row, as_json: bool, verb: str) -> None:
    if as_json:
        emit_json(dict(row))
    else:
        click.echo(f"{verb}: speaker {row['id']} {row['name']} ({row['kind']}).")


@speakers.command()
@click.argument("source")
@click.argument("target")
@db_option
@json_option
def merge(source, target, db_path, as_json):
    """Merge speaker SOURCE into TARGET (by id, name or alias).

    \b
    Example:
      quotes speakers merge "Tokyo" "Japanese Government"
    """
    _print_speaker(corrections.merge(open_db(db_path), source, target), as_json, "Merged into")


@speakers.command()
@click.argument("speaker")
@click.argument("name")
@click.option("--kind", type=click.Choice(["person", "organization", "document", "unknown"]), help="Also set the kind.")
@click.option("--role", help="Also set the role or title.")
@db_option
@json_option
def rename(speaker, name, kind, role, db_path, as_json):
    """Give SPEAKER (id, name or alias) the canonical NAME.

    \b
    Example:
      quotes speakers rename "Gen Nakatani" "Gen Nakatani" --role "Japanese Defense Minister"
    """
    _print_speaker(corrections.rename(open_db(db_path), speaker, name, kind=kind, role=role), as_json, "Renamed")


@speakers.command()
@click.argument("speaker")
@click.argument("aliases", nargs=-1, required=True)
@click.option("--name", help="Name of the new speaker (default: the first alias); no other speaker's name.")
@db_option
@json_option
def split(speaker, aliases, name, db_path, as_json):
    """Move ALIASES of SPEAKER, and the quotes attributed through them, to a new speaker.

    An ALIAS may also be a mention that is no name ("he", "the minister"):
    the quotations it introduced move, each with a correction by hand. The
    new speaker's name may be no other speaker's name.

    \b
    Examples:
      quotes speakers split "Gen Nakatani" "Nakatani" --name "Yuki Nakatani"
      quotes speakers split "Ada Lind" "he" --name "Bo Strand"
    """
    _print_speaker(corrections.split(open_db(db_path), speaker, list(aliases), name=name), as_json, "Split off")


# ---------------------------------------------------------------- reprocess
@click.command()
@db_option
@click.option("--article", "article_ids", type=int, multiple=True, metavar="ID",
              help="Only this article (repeatable); default all.")
@json_option
def reprocess(db_path, article_ids, as_json):
    """Re-run the extractor over stored articles (after an upgrade), keeping speaker corrections.

    An article the extractor fails on keeps its quotations as they were and is
    reported on stderr (exit status 1).

    \b
    Examples:
      quotes reprocess
      quotes reprocess --article 3 --article 4
    """
    conn = open_db(db_path)
    articles = queries.stored_articles(conn, list(article_ids))
    before = queries.totals(conn)
    extracted = chain.from_iterable(map(quotations, parts_of(articles, BATCH, 1)))
    problems = []
    skipped = printed(problems)
    with progress(len(articles), "Reprocessing") as bar:
        for _ in store_all(conn, kept(zip(articles, extracted), skipped, name=lambda article: f"article {article.id}")):
            bar.update(1)
    after = queries.totals(conn)
    done = len(articles) - len(problems)
    if as_json:
        emit_json({"articles": done, "skipped": len(problems), "before": before, "after": after})
    else:
        click.echo(f"{done} articles reprocessed: {before['quotes']} -> {after['quotes']} quotes, "
                   f"{before['appearances']} -> {after['appearances']} appearances, "
                   f"{before['speakers']} -> {after['speakers']} speakers.")
    if problems:
        sys.exit(1)


# ---------------------------------------------------------------- export
@click.command()
@db_option
@click.option("--format", "fmt", type=click.Choice(["csv", "json", "jsonl"]), default="csv", show_default=True,
              help="CSV for spreadsheets, one JSON array, or JSON Lines (one appearance a line).")
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), help="Write to this file, not stdout.")
def export(db_path, fmt, output):
    """Export every appearance (quote, speaker, outlet, date, article) as CSV, JSON or JSON Lines.

    \b
    Examples:
      quotes export --format csv -o quotes.csv
      quotes export --format jsonl | jq .speaker
    """
    rows = queries.export_rows(open_db(db_path))
    buffer = io.StringIO()
    if fmt == "csv":
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]) if rows else ["appearance_id"])
        writer.writeheader()
        writer.writerows(rows)
    elif fmt == "json":
        buffer.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    else:
        buffer.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if output:
        with open_output(output) as out:
            out.write(buffer.getvalue())
        click.echo(f"{len(rows)} appearances written to {output}.", err=True)
    else:
        click.echo(buffer.getvalue(), nl=False)



# ---------------------------------------------------------------- correct
@click.command()
@click.argument("appearance_id", metavar="APPEARANCE", type=int)
@click.option("--speaker", metavar="NAME", help="Who really said it: a speaker's id, name or alias, or a new name.")
@click.option("--not-a-quote", "not_a_quote", is_flag=True, help="It is no quotation: remove it (and keep it removed).")
@click.option("--confirm", is_flag=True, help="The quotation and its speaker are right: mark it checked by hand.")
@click.option("--note", metavar="TEXT", help="Why: kept with the correction and shown with the evidence.")
@db_option
@json_option
def correct(appearance_id, speaker, not_a_quote, confirm, note, db_path, as_json):
    """Correct one appearance (the id `quotes show` prints) by hand: its speaker, or that it is no quotation.

    A correction is kept with its time and note, applied again when the
    article is reprocessed or added again, and shown with the evidence
    ("corrected by hand"). Share them with `quotes corrections export`.

    \b
    Examples:
      quotes correct 412 --speaker "Gen Nakatani" --note "the ministry quoted him"
      quotes correct 413 --not-a-quote --note "a book title"
      quotes correct 414 --confirm
    """
    chosen = [name for name, given in (("--speaker", speaker is not None), ("--not-a-quote", not_a_quote),
                                       ("--confirm", confirm)) if given]
    if len(chosen) != 1:
        raise QuotesError("give one of --speaker NAME, --not-a-quote or --confirm"
                          + (f" (not {' and '.join(chosen)})" if chosen else ""))
    action = {"--speaker": "speaker", "--not-a-quote": "not-a-quote", "--confirm": "confirm"}[chosen[0]]
    done = corrections.correct(open_db(db_path), appearance_id, action, speaker=speaker, note=note)
    if as_json:
        emit_json(done)
    elif action == "not-a-quote":
        click.echo(f"Appearance {appearance_id} is no quotation: removed, and kept removed.")
    elif action == "speaker":
        click.echo(f"Appearance {appearance_id} is now said by {done['speaker']} (quote #{done['quote_id']}).")
    else:
        click.echo(f"Appearance {appearance_id} confirmed (quote #{done['quote_id']}).")


# ---------------------------------------------------------------- corrections
@click.group("corrections")
def corrections_group():
    """Share corrections by hand between databases as JSON Lines (export, import).

    \b
    Examples:
      quotes corrections export -o corrections.jsonl
      quotes corrections import corrections.jsonl --db team.db
    """


@corrections_group.command("export")
@db_option
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), help="Write to this file, not stdout.")
def corrections_export(db_path, output):
    """Every correction by hand as JSON Lines, with the article's URL and text hash to find it elsewhere.

    \b
    Example:
      quotes corrections export -o corrections.jsonl
    """
    rows = corrections.export_corrections(open_db(db_path))
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    if output:
        with open_output(output) as out:
            out.write(text)
        click.echo(f"{len(rows)} corrections written to {output}.", err=True)
    else:
        click.echo(text, nl=False)


@corrections_group.command("import")
@click.argument("path", type=click.Path(dir_okay=False, allow_dash=True))
@db_option
@json_option
def corrections_import(path, db_path, as_json):
    """Apply the corrections of a JSON Lines file (`quotes corrections export`) to this database.

    A correction whose article or quotation is not here is counted and left
    out; one this database has already is not taken twice.

    \b
    Example:
      quotes corrections import corrections.jsonl --db team.db
    """
    try:
        with click.open_file(path, encoding="utf-8") as source:
            lines = source.read().splitlines()
    except OSError as err:
        raise QuotesError(f"{path}: {err.strerror or err}") from None
    records = []
    for n, line in enumerate(lines, 1):
        if line.strip():
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError:
                raise QuotesError(f"{path}:{n}: malformed JSON") from None
    done = corrections.import_corrections(open_db(db_path), records)
    if as_json:
        emit_json(done)
    else:
        click.echo(f"{done['imported']} corrections applied, {done['already_here']} already here, "
                   f"{done['not_found']} not found.")
