"""The article record: a source cleaned, its words counted and its text hashed (pure, no model, no database)."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from ..errors import QuotesError
from ..words import words
from .cleaning import clean
from .sources import Source

_ENGLISH = frozenset("the of and to in is that for it was on with as said he she by at from his her be has have are".split())


@dataclass(frozen=True)
class Article:
    """An article ready to extract and store: its text, metadata, and the keys that identify it."""

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
    key: str | None = None  # the id the input gave the article (a JSON Lines "id", a feed item's id)


def content_hash(text: str) -> str:
    """Hash of an article's text with whitespace normalised (re-adds of the same text match)."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def guess_language(text: str) -> str | None:
    """"en" when the text reads as English (common function words), else None."""
    found = [w.lower() for w in words(text[:5000])]
    if len(found) < 20:
        return None
    return "en" if sum(w in _ENGLISH for w in found) / len(found) >= 0.15 else None


def prepare(source: Source) -> Article:
    """The article of a source: boilerplate removed (unless the source is verbatim, as gold texts are,
    whose offsets must hold), words counted, text hashed."""
    text = clean(source.text) if not source.verbatim else source.text
    if not text:
        raise QuotesError(f"{source.origin}: no article text left after removing boilerplate")
    return Article(text=text, title=source.title, url=source.url, outlet=source.outlet,
                        author=source.author, published=source.published,
                        language=source.language or guess_language(text),
                        word_count=len(words(text)), content_hash=content_hash(text),
                        origin=source.origin, key=source.key)
