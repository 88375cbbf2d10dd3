"""The extraction core: article text in, quotations with their speakers out."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

import regex

from .. import boilerplate
from ..errors import QuotesError
from . import model, parsing
from .attribution import Attribution, Proposal, attribute, context_of
from .confidence import confidence
from .marks import QuoteSpan, scan
from .naming import Speaker, SpeakerBook
from .records import Mention, Quote

#: A quotation with no attribution is still reported when it is at least this long.
MIN_WORDS_UNATTRIBUTED = 6
_PUNCTUATION_RUN = regex.compile(r"[^\w\s]{33,}")
#: What a quotation no strategy attributed stands on.
_NOTHING = Proposal("none")


def extract_quotes(text: str, nlp=None) -> list[Quote]:
    """Every direct quotation in `text`, attributed where possible."""
    return next(extract_many([text], nlp=nlp))


def extract_many(texts: Iterable[str], nlp=None, batch_size: int = 16, parse: str | None = None) -> Iterator[list[Quote]]:
    """Quotations for each text, parsing them in batches with one loaded model.

    `parse` is "needed" (the text up to the paragraph after the last quotation), "all" (every
    paragraph) or "quoted" (only quotation paragraphs and their neighbours: faster, speakers
    resolve less well); by default $QUOTES_PARSE, else "needed".  See parsing.py.
    """
    nlp = nlp or model.load()
    pairs = ((_tokenizable(text, nlp.max_length), text) for text in texts)
    for doc, text in parsing.parse(nlp, pairs, batch_size, parse or parsing.mode()):
        yield quotes_in(doc, text)


def _tokenizable(text: str, max_length: int) -> str:
    """The text as the model will read it: too long is an error; long runs of punctuation (which
    spaCy's tokenizer splits in quadratic time) get a space every 32 characters, keeping all offsets."""
    if len(text) > max_length:
        raise QuotesError(f"an article of {len(text):,} characters is longer than the model takes ({max_length:,})")
    return _PUNCTUATION_RUN.sub(lambda m: "".join(c if (k + 1) % 32 else " " for k, c in enumerate(m.group())), text)


def quotes_in(doc, text: str | None = None) -> list[Quote]:
    """Quotations of a parsed article (`text`: the article as written, when the model read a
    tokenizable copy of it)."""
    text = doc.text if text is None else text  # Doc.text is rebuilt on every access: read it once
    spans = scan(text)
    if not spans:
        return []
    ctx = context_of(doc, spans, text)
    book = SpeakerBook(doc, ctx.layout.outside, ctx.layout.para_of)
    noise = _Regions(boilerplate.regions(text))
    out: dict[int, Quote] = {}
    for k, found in enumerate(attribute(ctx)):
        if found.scare or noise.holds(found.span.start, found.span.end):
            continue  # a name in quotation marks, or a teaser's or promotion's words
        p = found.proposal
        if p is not None and p.subject is not None and noise.holds(doc[p.subject[0]].idx, doc[p.subject[1] - 1].idx):
            found = Attribution(found.span, found.partial, found.scare, None)  # a photographer is no speaker
            p = None
        earlier = out.get(p.inherit_from) if p is not None and p.inherit_from is not None else None
        quote = _build(doc, text, found, book, earlier)
        if quote.speaker is None and len(quote.text.split()) < MIN_WORDS_UNATTRIBUTED:
            continue
        out[k] = quote
    return list(out.values())


class _Regions:
    """Character ranges of the text that are not prose (see quotes.boilerplate)."""

    def __init__(self, ranges: list[tuple[int, int]]):
        self.ranges = ranges

    def holds(self, start: int, end: int) -> bool:
        return any(lo <= start and end <= hi for lo, hi in self.ranges)


def _mention(doc, rng: tuple[int, int] | None) -> Mention | None:
    if rng is None or rng[1] <= rng[0]:
        return None
    span = doc[rng[0]:rng[1]]
    return Mention(span.start_char, span.end_char, span.text)


def _build(doc, text: str, found: Attribution, book: SpeakerBook, earlier: Quote | None) -> Quote:
    s: QuoteSpan = found.span
    f = found.proposal or _NOTHING
    q = Quote(start=s.start, end=s.end, text=text[s.start:s.end], partial=found.partial,
              multi_paragraph=s.multi_paragraph, unterminated=s.unterminated, segments=list(s.segments),
              method=f.method, cue=_mention(doc, f.cue))
    q.context = _paragraph(text, s)
    if f.subject is not None:
        if f.method == "transcript label":
            sp = book.resolve_label(*f.subject)
        else:
            sp = book.resolve(f.subject[0], f.subject[1], f.head)
        book.remember(f.head, sp)
        q.speaker = _mention(doc, book.trimmed(*f.subject, f.subject[1] - 1 if f.head is None else f.head))
        _apply(q, sp)
        q.resolved = sp.resolved
    elif earlier is not None and earlier.speaker is not None:
        q.speaker, q.speaker_name, q.speaker_kind, q.speaker_role = (
            earlier.speaker, earlier.speaker_name, earlier.speaker_kind, earlier.speaker_role)
        q.cue = None
        q.resolved = "inherited"
    else:
        q.method = "none"
    q.confidence = confidence(q.method, q.resolved)
    if f.via is not None:
        head = doc[f.via[0]:f.via[1]].root.i
        relay = book.resolve(f.via[0], f.via[1], head)
        q.reported_by_mention = _mention(doc, f.via)
        q.reported_by = relay.name or q.reported_by_mention.text
    return q


def _apply(q: Quote, sp: Speaker) -> None:
    q.speaker_name, q.speaker_kind, q.speaker_role = sp.name, sp.kind, sp.role


def _paragraph(text: str, s: QuoteSpan) -> Mention:
    """The paragraph around the quotation (the context a reader needs)."""
    start = text.rfind("\n", 0, s.open_at) + 1
    end = text.find("\n", s.outer_end)
    end = len(text) if end < 0 else end
    return Mention(start, end, text[start:end])
