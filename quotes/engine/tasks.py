"""What a worker does with one partition: read it, take it down the road, return or write the records.

An unreadable file or line is skipped and named in the result's "problems" (as `quotes add`
skips it), or, with `strict`, stops the run; an article the extractor fails on is always skipped
and named there.
"""
from __future__ import annotations

from ..errors import QuotesError
from ..ingest.sources import Report, fail
from .partitions import Partition
from .results import record, write_part
from .road import extracted


def _reporter(strict: bool, problems: list[str]) -> Report:
    def report(err: QuotesError) -> None:
        if strict:
            fail(err)
        problems.append(str(err))
    return report


def _read(part: Partition, report: Report, outlet: str | None) -> list:
    """The partition's sources, each of the `outlet` given on the command line (as `quotes add --outlet` sets it)."""
    sources = part.read(report)
    if outlet:
        for source in sources:
            source.outlet = outlet
    return sources


def predict_part(part: Partition, strict: bool = False, outlet: str | None = None) -> dict:
    """`quotes extract` output of one partition: each article's id, origin and quotations
    (offsets into the article's text as `quotes add` stores it)."""
    problems: list[str] = []
    report = _reporter(strict, problems)
    records = [{"id": source.id, "origin": source.origin, "quotes": [q.to_dict() for q in quotes]}
               for source, _, quotes in extracted(_read(part, report, outlet), report, _reporter(False, problems))]
    return {"part": part.index, "records": records, "problems": problems}


def store_part(part: Partition, folder: str, fmt: str, strict: bool = False, outlet: str | None = None) -> dict:
    """The records of one partition, written to the results folder; returns counts and problems."""
    problems: list[str] = []
    report = _reporter(strict, problems)
    records = [record(source.id, article, quotes)
               for source, article, quotes in extracted(_read(part, report, outlet), report, _reporter(False, problems))]
    write_part(records, folder, part.index, fmt)
    return {"part": part.index, "articles": len(records), "quotes": sum(len(r["quotes"]) for r in records),
            "problems": problems}
