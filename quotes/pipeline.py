"""Per-article processing as a pure function of the article: Source -> cleaned article -> quotations.

Nothing here knows about the database; cross-article steps happen at store time.
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import regex

from .cleaning import clean
from .errors import QuotesError
from .reading import Source
from .records import Quote

_ENGLISH = frozenset("the of and to in is that for it was on with as said he she by at from his her be has have are".split())
_WORD = regex.compile(r"\p{L}+")


@dataclass(frozen=True)
class CleanArticle:
    """An article ready to store: cleaned text, metadata, and the keys that identify it."""

    text: str
    title: str | None
    url: str | None
    outlet: str | None
    author: str | None
    published: str | None
    language: str | None
    word_count: int
    content_hash: str
    origin: str


def content_hash(text: str) -> str:
    """Hash of an article's text with whitespace normalised (re-adds of the same text match)."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def guess_language(text: str) -> str | None:
    """"en" when the text reads as English (common function words), else None."""
    words = [w.lower() for w in _WORD.findall(text[:5000])]
    if len(words) < 20:
        return None
    return "en" if sum(w in _ENGLISH for w in words) / len(words) >= 0.15 else None


def prepare(source: Source) -> CleanArticle:
    """The cleaned article of a source (boilerplate removed, words counted, text hashed)."""
    text = clean(source.text)
    if not text:
        raise QuotesError(f"{source.origin}: no article text left after removing boilerplate")
    return CleanArticle(text=text, title=source.title, url=source.url, outlet=source.outlet,
                        author=source.author, published=source.published,
                        language=source.language or guess_language(text),
                        word_count=len(_WORD.findall(text)), content_hash=content_hash(text),
                        origin=source.origin)


def extract(articles: Iterable, nlp=None) -> Iterator[tuple]:
    """Each article (anything with a cleaned `text`) with its quotations, as parsing proceeds (one model, batched)."""
    from .extract import extract_many

    pending = list(articles)
    yield from zip(pending, extract_many((a.text for a in pending), nlp=nlp))


def default_workers() -> int:
    """The cores this process may run on."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


#: Articles a worker parses per task; inputs no longer than this are parsed in-process.
WORKER_BATCH = 16
#: How much lower the workers' priority is than the process writing their results (the lowest there is):
#: with a worker per core, the single writer would otherwise share a core with a worker and write at half speed.
WORKER_NICENESS = 19


def _extract_texts(texts: list[str]) -> list[list[Quote]]:
    """A worker's task: the quotations of a batch of texts (its model loaded once, on first use)."""
    from .extract import extract_many

    return list(extract_many(texts, batch_size=WORKER_BATCH))


def extract_parallel(articles: Iterable, workers: int | None = None) -> Iterator[tuple]:
    """`extract` spread over `workers` processes (default: all cores), results in input order,
    so the caller writes exactly what one process would.  Small inputs stay in-process."""
    from .engine.runner import run_processes

    pending = list(articles)
    batches = [pending[i:i + WORKER_BATCH] for i in range(0, len(pending), WORKER_BATCH)]
    workers = min(workers or default_workers(), len(batches))
    if workers <= 1:
        yield from extract(pending)
        return
    texts = [[a.text for a in batch] for batch in batches]
    for batch, results in zip(batches, run_processes(_extract_texts, texts, workers, WORKER_NICENESS)):
        yield from zip(batch, results)
