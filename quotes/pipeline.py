"""Per-article processing as a pure function of the article: Source -> cleaned article -> quotations.

Nothing here knows about the database; cross-article steps happen at store time.
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
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
    """A worker's task: the quotations of a batch of texts."""
    from .extract import extract_many

    return list(extract_many(texts, batch_size=WORKER_BATCH))


def _load_model() -> None:
    from . import nlp

    nlp.load()


@contextmanager
def extraction_workers(count: int, workers: int | None = None) -> Iterator:
    """Processes to extract `count` articles (`workers`, default: all cores), started at once so that
    they load the model while the caller prepares the articles; None where this process does better
    (one worker, or no more articles than one task)."""
    from .engine.runner import process_pool

    workers = min(workers or default_workers(), -(-count // WORKER_BATCH))
    if workers <= 1:
        yield None
        return
    with process_pool(workers, WORKER_NICENESS, warm=_load_model) as pool:
        yield pool


def _tasks(articles: list) -> list[list]:
    """The articles in tasks of WORKER_BATCH, the last cores * WORKER_BATCH of them in quarter-size
    tasks, so that the workers run out of work at about the same time."""
    tail, small = max(len(articles) - default_workers() * WORKER_BATCH, 0), max(WORKER_BATCH // 4, 1)
    return ([articles[i:min(i + WORKER_BATCH, tail)] for i in range(0, tail, WORKER_BATCH)]
            + [articles[i:i + small] for i in range(tail, len(articles), small)])


def extract_parallel(articles: Iterable, pool=None) -> Iterator[tuple]:
    """`extract` spread over the processes of `pool` (from extraction_workers; None: in this process),
    results in input order, so the caller writes exactly what one process would."""
    if pool is None:
        yield from extract(articles)
        return
    tasks = _tasks(list(articles))
    for task, results in zip(tasks, pool.imap(_extract_texts, [[a.text for a in task] for task in tasks])):
        yield from zip(task, results)
