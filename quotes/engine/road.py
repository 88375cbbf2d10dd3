"""The one road from article to quotations: every command and every engine extracts through here.

Source (as read) -> Article (cleaned, `quotes.ingest`) -> quotations (`quotes.extract`).
Each function depends only on its arguments and the installed model, so an engine may
run a piece of work again elsewhere and get the same result.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from ..errors import QuotesError
from ..extract.records import Quote
from ..ingest.articles import Article, prepare
from ..ingest.sources import Report, Source, fail

#: Articles the model parses together (and a worker takes as one task).
BATCH = 16


@dataclass(frozen=True)
class Unextracted:
    """In place of an article's quotations: the extractor failed on it, for this reason."""

    reason: str


def quotations(articles: Sequence[Article]) -> list[list[Quote] | Unextracted]:
    """The quotations of each article, in order; an article the extractor fails on gets an
    Unextracted instead, and the rest of its batch their quotations still (spaCy is imported here,
    on first use, so that the process handing out the work need not load it)."""
    if not articles:
        return []
    from ..extract import extract_many, model

    nlp = model.load()  # (no model is no one article's fault: it stops the run)
    try:
        return list(extract_many([a.text for a in articles], nlp=nlp, batch_size=BATCH, outlets=[a.outlet for a in articles]))
    except Exception as err:  # whatever it was, it was one article's: the rest of the batch is read again alone
        if len(articles) > 1:
            return [found for article in articles for found in quotations([article])]
        if isinstance(err, QuotesError):
            return [Unextracted(str(err))]
        return [Unextracted(f"the extractor failed on it ({type(err).__name__}: {err})")]


def kept(pairs: Iterable[tuple], report: Report, name: Callable[[object], str]) -> Iterator[tuple]:
    """The (article, quotations) pairs whose article was extracted; each one that was not goes to
    `report`, the article named by `name`."""
    for article, quotes in pairs:
        if isinstance(quotes, Unextracted):
            report(QuotesError(f"{name(article)}: {quotes.reason}; skipped"))
        else:
            yield article, quotes


def articles(sources: Sequence[Source], report: Report = fail) -> list[tuple[Source, Article]]:
    """Each source with its article; a source with no article text left goes to `report`."""
    ready = []
    for source in sources:
        try:
            ready.append((source, prepare(source)))
        except QuotesError as err:
            report(err)
    return ready


def extracted(sources: Sequence[Source], report: Report = fail,
              skipped: Report | None = None) -> list[tuple[Source, Article, list[Quote]]]:
    """Each source with its article and the article's quotations; a source that cannot be read goes
    to `report`, an article the extractor fails on to `skipped` (by default `report` too)."""
    ready = articles(sources, report)
    done = kept(zip(ready, quotations([a for _, a in ready])), skipped or report, name=lambda pair: pair[0].origin)
    return [(source, article, quotes) for (source, article), quotes in done]
