"""Running the spaCy model over articles: every paragraph, or only those attribution needs.

In "quoted" mode the model parses the paragraphs that contain a quotation mark, the
paragraph before each of them and the article's first three paragraphs; the others are
only tokenized.  The pieces are joined back into one Doc whose text is the article's,
so offsets do not move.  It parses about a quarter less text (measured on polnear-dev)
for a small loss of accuracy: see the README's speed table.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

import regex
from spacy.tokens import Doc

from .errors import QuotesError

MODES = ("all", "quoted")
#: Paragraphs at the top of an article always parsed: the headline and the lede introduce people.
LEADING_PARAGRAPHS = 3
_LINES = regex.compile(r"[^\n]*\n|[^\n]+$")
_MARK = regex.compile(r"[\"\u201c\u201d\u201e\u2018\u2019\u00ab\u00bb\u2039\u203a]|''|``")  # not the apostrophe-like '"


def mode() -> str:
    """The parse mode: $QUOTES_PARSE, else "all"."""
    chosen = os.environ.get("QUOTES_PARSE", "all").strip() or "all"
    if chosen not in MODES:
        raise QuotesError(f"QUOTES_PARSE must be one of {', '.join(MODES)}, not {chosen!r}")
    return chosen


def parse(nlp, pairs: Iterable[tuple[str, object]], batch_size: int, how: str) -> Iterator[tuple[Doc, object]]:
    """(Doc, context) for each (text, context), parsing all of each text or only its quoted paragraphs."""
    if how == "all":
        yield from nlp.pipe(pairs, batch_size=batch_size, as_tuples=True)
        return
    batch: list[tuple[str, object]] = []
    for pair in pairs:
        batch.append(pair)
        if len(batch) == batch_size:
            yield from _parse_quoted(nlp, batch, batch_size)
            batch = []
    yield from _parse_quoted(nlp, batch, batch_size)


def _parse_quoted(nlp, batch: list[tuple[str, object]], batch_size: int) -> Iterator[tuple[Doc, object]]:
    pieces = [_pieces(text) for text, _ in batch]
    parsed = iter(nlp.pipe((p for ps in pieces for p, wanted in ps if wanted), batch_size=batch_size))
    for (text, context), ps in zip(batch, pieces):
        docs = [next(parsed) if wanted else nlp.make_doc(p) for p, wanted in ps]
        yield (Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"]) if docs else nlp.make_doc(text)), context


def _pieces(text: str) -> list[tuple[str, bool]]:
    """The text cut at line ends into runs of lines to parse (True) or only tokenize (False)."""
    lines = _LINES.findall(text)
    filled = [k for k, line in enumerate(lines) if line.strip()]
    wanted = [False] * len(lines)
    for n, k in enumerate(filled):
        if n < LEADING_PARAGRAPHS or _MARK.search(lines[k]):
            wanted[k] = True
            if n > 0:
                wanted[filled[n - 1]] = True
    pieces: list[tuple[str, bool]] = []
    for line, want in zip(lines, wanted):
        if pieces and pieces[-1][1] == want:
            pieces[-1] = (pieces[-1][0] + line, want)
        else:
            pieces.append((line, want))
    return pieces
