"""Gold files in the benchmark's format: articles with their annotated quotations, read verbatim."""
from __future__ import annotations

from pathlib import Path

from ..errors import QuotesError
from .sources import Source, read_jsonl


def read_gold(path: str) -> list[dict]:
    """Articles of a gold file (benchmark format); each needs an id and a text."""
    articles = []
    for number, obj in enumerate(read_jsonl(path), 1):
        if not isinstance(obj.get("text"), str):
            raise QuotesError(f"{path}: article {number} has no text")
        obj.setdefault("id", f"{Path(path).stem}-{number}")
        articles.append(obj)
    return articles


def gold_sources(articles: list[dict], path: str) -> list[Source]:
    """The gold articles as sources whose text is kept as it is (the gold offsets refer to it), with their publisher."""
    return [Source(text=a["text"], id=a["id"], origin=f"{path}:{a['id']}", verbatim=True,
                   outlet=a.get("publisher") if isinstance(a.get("publisher"), str) else None) for a in articles]
