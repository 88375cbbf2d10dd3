"""What a worker does with one partition: read it, extract, return or write the records.

Each function depends only on its arguments (the spaCy model is loaded once per
process by quotes.nlp), so the engine may run a partition again elsewhere after a
worker dies and get the same result; written files are replaced whole.
"""
from __future__ import annotations

from ..extract import extract_many
from ..pipeline import extract, prepare
from ..reading import Source
from .partitions import Partition
from .results import record, write_part


def predictions(sources: list[Source]) -> list[dict]:
    """`quotes extract` output: each text's quotations as written (offsets into the text as read)."""
    return [{"id": s.id, "origin": s.origin, "quotes": [q.to_dict() for q in quotes]}
            for s, quotes in zip(sources, extract_many(s.text for s in sources))]


def prepared(sources: list[Source]) -> list[dict]:
    """`quotes add` records: each article cleaned and extracted exactly as `quotes add` does it."""
    return [record(source.id, article, quotes)
            for source, (article, quotes) in zip(sources, extract([prepare(s) for s in sources]))]


def predict_part(part: Partition) -> list[dict]:
    """The predictions of one partition, returned to the client."""
    return predictions(part.read(as_added=False))


def store_part(part: Partition, folder: str, fmt: str) -> dict:
    """The records of one partition, written to the results folder; returns counts."""
    records = prepared(part.read(as_added=True))
    write_part(records, folder, part.index, fmt)
    return {"part": part.index, "articles": len(records), "quotes": sum(len(r["quotes"]) for r in records)}
