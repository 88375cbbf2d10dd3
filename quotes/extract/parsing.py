"""Running the spaCy model over articles: the text attribution reads, every paragraph, or only quoted ones.

"needed" (the default): the model reads each article up to the end of the paragraph after its
last quotation; the rest, and an article without quotations, is only tokenized.  Attribution
and speaker resolution look back from a quotation, not ahead, so the quotations come out as
with "all": the same quotations, speakers and methods on all of polnear-train and -dev (a full
name given only after the last quotation could no longer complete a surname).  The model
reads 6 % fewer words of polnear-train (8 % of dev).
"all": the model reads every paragraph.
"quoted": it reads only the paragraphs with a quotation mark, the paragraph before each and the
article's first three.  Names and subjects elsewhere are lost, so speakers resolve less well
(fewer full names, other pronoun antecedents), and the paragraphs, parsed as separate pieces,
batch poorly: on polnear-train texts it is slower than "needed" (README, Performance).
In every mode the text the model reads is cut at line ends into runs of at most MAX_PIECE_CHARS.
The pieces are joined back into one Doc whose text is the article's, so offsets do not move.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator

import regex
from spacy.tokens import Doc

from ..errors import QuotesError
from .marks import scan
from .model import one_blas_thread

MODES = ("needed", "all", "quoted")
#: The most text the model reads at once (characters; longer texts are cut at line ends). Above
#: every PolNeAR article (the longest has 33,672), so accuracy is measured as before.
MAX_PIECE_CHARS = 40_000
#: The most text the model reads in one batch (characters): 16 of the longest pieces would need gigabytes.
MAX_BATCH_CHARS = 100_000
#: Paragraphs read after the last quotation's: context for its last words.
FOLLOWING_PARAGRAPHS = 1
#: Paragraphs at the top of an article always parsed in "quoted" mode: the headline and the lede introduce people.
LEADING_PARAGRAPHS = 3
_LINES = regex.compile(r"[^\n]*\n|[^\n]+$")
_MARK = regex.compile(r"[\"\u201c\u201d\u201e\u2018\u2019\u00ab\u00bb\u2039\u203a]|''|``")  # not the apostrophe-like '"


def mode() -> str:
    """The parse mode: $QUOTES_PARSE, else "needed"."""
    chosen = os.environ.get("QUOTES_PARSE", "needed").strip() or "needed"
    if chosen not in MODES:
        raise QuotesError(f"QUOTES_PARSE must be one of {', '.join(MODES)}, not {chosen!r}")
    return chosen


def parse(nlp, pairs: Iterable[tuple[str, object]], batch_size: int, how: str) -> Iterator[tuple[Doc, object]]:
    """(Doc, context) for each (text, context), the model reading as much of each text as `how` says."""
    cut = {"needed": _needed_pieces, "all": _whole, "quoted": _quoted_pieces}[how]
    batch: list[tuple[str, object]] = []
    for pair in pairs:
        batch.append(pair)
        if len(batch) == batch_size:
            yield from _parse_pieces(nlp, batch, batch_size, cut)
            batch = []
    yield from _parse_pieces(nlp, batch, batch_size, cut)


def _parse_pieces(nlp, batch: list[tuple[str, object]], batch_size: int, cut) -> Iterator[tuple[Doc, object]]:
    pieces = [_bounded(cut(text)) for text, _ in batch]
    wanted_texts = (p for ps in pieces for p, wanted in ps if wanted)
    with one_blas_thread():
        parsed = iter([doc for group in _batches(wanted_texts, batch_size)
                       for doc in nlp.pipe(group, batch_size=len(group))])
    for (text, context), ps in zip(batch, pieces):
        docs = [next(parsed) if wanted else nlp.make_doc(p) for p, wanted in ps]
        if len(docs) == 1:
            yield docs[0], context
        else:
            yield (Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor"]) if docs else nlp.make_doc(text)), context


def _batches(texts: Iterable[str], size: int) -> Iterator[list[str]]:
    """The texts in groups of at most `size` texts and MAX_BATCH_CHARS characters (a longer text alone)."""
    group: list[str] = []
    chars = 0
    for text in texts:
        if group and (len(group) == size or chars + len(text) > MAX_BATCH_CHARS):
            yield group
            group, chars = [], 0
        group.append(text)
        chars += len(text)
    if group:
        yield group


def _whole(text: str) -> list[tuple[str, bool]]:
    return [(text, True)]


def _bounded(pieces: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    """The pieces to parse cut at line ends into runs of at most MAX_PIECE_CHARS (a longer line stays
    whole): the model's memory grows with the length of what it reads at once.  Whitespace ending the
    last piece to parse is only tokenized: how the model reads an article's last words does not depend
    on the newlines after them."""
    if pieces and pieces[-1][1] and pieces[-1][0][-1:].isspace() and pieces[-1][0].strip():
        last = pieces[-1][0]
        pieces = [*pieces[:-1], (last.rstrip(), True), (last[len(last.rstrip()):], False)]
    out = []
    for piece, wanted in pieces:
        while wanted and len(piece) > MAX_PIECE_CHARS:
            cut = piece.rfind("\n", 0, MAX_PIECE_CHARS) + 1 or piece.find("\n", MAX_PIECE_CHARS) + 1
            if not 0 < cut < len(piece):
                break
            out.append((piece[:cut], True))
            piece = piece[cut:]
        out.append((piece, wanted))
    return out


def _needed_pieces(text: str) -> list[tuple[str, bool]]:
    """The text up to the end of the paragraph after its last quotation (to parse), and the rest."""
    spans = scan(text)
    if not spans:
        return [(text, False)]
    end = max(s.outer_end for s in spans)
    for step in range(1 + FOLLOWING_PARAGRAPHS):
        while step and end < len(text) and text[end].isspace():
            end += 1
        end = text.find("\n", end)
        if end < 0:
            return [(text, True)]
    return [(text[:end], True), (text[end:], False)]


def _quoted_pieces(text: str) -> list[tuple[str, bool]]:
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
