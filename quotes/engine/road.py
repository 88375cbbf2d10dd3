"""The one road from article to quotations: every command and every engine extracts through here.

Source (as read) -> Article (cleaned, `quotes.ingest`) -> quotations (`quotes.extract`).
Each function depends only on its arguments and the installed model, so an engine may
run a piece of work again elsewhere and get the same result.
"""
from __future__ import annotations

from collections.abc import Sequence

from ..errors import QuotesError
from ..extract.records import Quote
from ..ingest.articles import Article, prepare
from ..ingest.sources import Report, Source, fail

#: Articles the model parses together (and a worker takes as one task).
BATCH = 16


def quotations(articles: Sequence[Article]) -> list[list[Quote]]:
    """The quotations of each article, in order (spaCy is imported here, on first use, so that the
    process handing out the work need not load it)."""
    if not articles:
        return []
    from ..extract import extract_many

    return list(extract_many([a.text for a in articles], batch_size=BATCH, outlets=[a.outlet for a in articles]))


def articles(sources: Sequence[Source], report: Report = fail) -> list[tuple[Source, Article]]:
    """Each source with its article; a source with no article text left goes to `report`."""
    ready = []
    for source in sources:
        try:
            ready.append((source, prepare(source)))
        except QuotesError as err:
            report(err)
    return ready


def extracted(sources: Sequence[Source], report: Report = fail) -> list[tuple[Source, Article, list[Quote]]]:
    """Each source with its article and the article's quotations."""
    ready = articles(sources, report)
    return [(source, article, quotes)
            for (source, article), quotes in zip(ready, quotations([a for _, a in ready]))]
