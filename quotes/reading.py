"""Reading articles from files and standard input into plain records."""
from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import QuotesError


@dataclass
class Source:
    """An article as read: its text and what is known about it."""

    text: str
    id: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    origin: str = "-"  # where it was read from, for messages
    extra: dict = field(default_factory=dict)


def decode(data: bytes, origin: str) -> str:
    """Bytes of a text file as str: UTF-8 (with or without BOM) or UTF-16 with a BOM."""
    if not data.strip():
        raise QuotesError(f"{origin}: the file is empty")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data:
        raise QuotesError(f"{origin}: binary data, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise QuotesError(f"{origin}: not valid UTF-8 text (byte {err.start})") from None


def read_text(path: str) -> Source:
    """One plain-text article from a path, or from standard input when path is '-'."""
    if path == "-":
        return Source(text=decode(sys.stdin.buffer.read(), "<stdin>"), id="stdin", origin="<stdin>")
    p = Path(path)
    if not p.exists():
        raise QuotesError(f"{path}: no such file")
    if p.is_dir():
        raise QuotesError(f"{path}: is a folder, not a file")
    try:
        data = p.read_bytes()
    except OSError as err:
        raise QuotesError(f"{path}: cannot read ({err.strerror})") from None
    return Source(text=decode(data, path), id=p.stem, origin=path)


def read_texts(paths: list[str]) -> Iterator[Source]:
    """Plain-text articles from several paths."""
    for path in paths:
        yield read_text(path)


def read_jsonl(path: str) -> Iterator[dict]:
    """Objects of a JSON Lines file; a malformed line stops with its line number."""
    import json

    source = read_text(path)
    for number, line in enumerate(source.text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as err:
            raise QuotesError(f"{path}:{number}: malformed JSON ({err.msg})") from None
        if not isinstance(obj, dict):
            raise QuotesError(f"{path}:{number}: expected a JSON object")
        yield obj


def read_gold(path: str) -> list[dict]:
    """Articles of a gold file (benchmark format); each needs an id and a text."""
    articles = []
    for number, obj in enumerate(read_jsonl(path), 1):
        if not isinstance(obj.get("text"), str):
            raise QuotesError(f"{path}: article {number} has no text")
        obj.setdefault("id", f"{Path(path).stem}-{number}")
        articles.append(obj)
    return articles
