"""What a worker does with one partition: read it, extract, return or write the records.

Each function depends only on its arguments (the spaCy model is loaded once per
process by quotes.nlp), so the engine may run a partition again elsewhere after a
worker dies and get the same result; written files are replaced whole.
"""
from __future__ import annotations

from ..errors import QuotesError
from ..extract import extract_many
from ..pipeline import extract, prepare
from ..reading import Report, Source, fail
from .partitions import Partition
from .results import record, write_part


def predictions(sources: list[Source]) -> list[dict]:
    """`quotes extract` output: each text's quotations as written (offsets into the text as read)."""
    return [{"id": s.id, "origin": s.origin, "quotes": [q.to_dict() for q in quotes]}
            for s, quotes in zip(sources, extract_many(s.text for s in sources))]


def prepared(sources: list[Source], report: Report = fail) -> list[dict]:
    """`quotes add` records: each article cleaned and extracted exactly as `quotes add` does it;
    an article with nothing left after cleaning goes to `report`."""
    ready = []
    for source in sources:
        try:
            ready.append((source.id, prepare(source)))
        except QuotesError as err:
            report(err)
    return [record(key, article, quotes)
            for (key, _), (article, quotes) in zip(ready, extract(article for _, article in ready))]


def predict_part(part: Partition) -> list[dict]:
    """The predictions of one partition, returned to the client."""
    return predictions(part.read(as_added=False))


def store_part(part: Partition, folder: str, fmt: str, strict: bool = False) -> dict:
    """The records of one partition, written to the results folder; returns counts and the
    problems skipped (unreadable files and lines, as `quotes add` skips them), or stops at one if strict."""
    problems: list[str] = []
    report = fail if strict else (lambda err: problems.append(str(err)))
    records = prepared(part.read(True, report), report)
    write_part(records, folder, part.index, fmt)
    return {"part": part.index, "articles": len(records), "quotes": sum(len(r["quotes"]) for r in records),
            "problems": problems}
