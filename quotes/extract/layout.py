"""Where things are in a parsed article: quotations, paragraphs, and the words around each quotation.

A Layout is a value, computed once per parsed article by `layout_of` (and once more with
`with_names` when attribution knows which quotations are mere names or titles): its
methods only read it.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
import regex
from spacy.attrs import HEAD, IDX

from .marks import QuoteSpan
from .token_columns import TokenColumns

SENTENCE_END = {".", "!", "?"}
_CLOSING_MARKS = "\"'\u2019\u201d\u00bb"
MAX_HEADING_WORDS = 20
_LINE_END = regex.compile("\n")


def heading_line(line: str) -> bool:
    """Whether a line of text reads as a headline, a deck or a heading: at most MAX_HEADING_WORDS words, not
    ending as a sentence does (a full stop, inside the closing marks or not)."""
    line = line.strip().rstrip(_CLOSING_MARKS)
    return len(line.split()) <= MAX_HEADING_WORDS and not line.endswith(".")


def tokens_between(doc, start: int, end: int) -> tuple[int, int]:
    """Token range covering characters start..end of the Doc."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is not None and len(span):
        return span.start, span.end
    toks = [t.i for t in doc if t.idx < end and t.idx + len(t) > start]
    return (toks[0], toks[-1] + 1) if toks else (0, 0)


def _paragraphs(doc, text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Paragraph number of each token (the line ends before it), and the first token of each paragraph
    (the token after each line end, from the token starts by array)."""
    starts = doc.to_array(IDX)
    if not len(starts):
        return (), (0,)
    line_ends = np.array([m.start() for m in _LINE_END.finditer(text, 0, int(starts[-1]))], dtype=starts.dtype)
    para_of = np.searchsorted(line_ends, starts, side="left")
    firsts = np.searchsorted(starts, line_ends, side="right")
    return tuple(para_of.tolist()), (0, *firsts.tolist())


def layout_of(doc, spans: list[QuoteSpan], text: str) -> Layout:
    """The layout of a parsed article and its quotations (none of them taken for a name yet)."""
    quote_of = [-1] * len(doc)  # token -> index of the quotation containing it (marks included)
    tok_range = []
    for k, s in enumerate(spans):
        a, b = tokens_between(doc, s.open_at, s.outer_end)
        tok_range.append((a, b))
        quote_of[a:b] = [k] * (b - a)
    para_of, para_start = _paragraphs(doc, text)
    heads = np.arange(len(doc)) + doc.to_array(HEAD).astype(np.int64)
    columns = TokenColumns(doc)
    return Layout(doc=doc, text=text, spans=tuple(spans), quote_of=tuple(quote_of), tok_range=tuple(tok_range),
                  para_of=para_of, para_start=para_start, names=(False,) * len(spans), tokens=tuple(doc),
                  heads=tuple(heads.tolist()), sentence_ends=frozenset(columns.tokens_with("orth", SENTENCE_END)),
                  columns=columns)


@dataclass(frozen=True, eq=False)
class Layout:
    """Token-level geometry of one parsed article and its quotations."""

    doc: object  # the spaCy Doc
    text: str  # the article as written (Doc.text is rebuilt on every access)
    spans: tuple[QuoteSpan, ...]
    quote_of: tuple[int, ...]  # token -> index of the quotation containing it (marks included), else -1
    tok_range: tuple[tuple[int, int], ...]  # quotation -> its token range, marks included
    para_of: tuple[int, ...]  # token -> paragraph number
    para_start: tuple[int, ...]  # paragraph -> its first token
    names: tuple[bool, ...]  # quotations that are names, titles or scare quotes
    tokens: tuple  # the Doc's tokens, made once (indexing the Doc makes a new Token each time)
    heads: tuple[int, ...]  # token -> the index of its head (the root's is its own)
    sentence_ends: frozenset[int]  # the tokens that end a sentence: ".", "!", "?" (SENTENCE_END)
    columns: TokenColumns  # the Doc's columns, read by array once (shared with the speaker book)

    def with_names(self, names) -> Layout:
        """The same layout, with these quotations taken for names, titles or scare quotes."""
        return replace(self, names=tuple(names))

    def tokens_between(self, start: int, end: int) -> tuple[int, int]:
        return tokens_between(self.doc, start, end)

    def paragraph_range(self, para: int) -> tuple[int, int]:
        """Token range of paragraph number `para`."""
        hi = self.para_start[para + 1] if para + 1 < len(self.para_start) else len(self.doc)
        return self.para_start[para], hi

    def starts_paragraph(self, k: int) -> bool:
        """Whether quotation k is the first thing in its paragraph."""
        a = self.tok_range[k][0]
        return all(t.is_space for t in self.tokens[self.para_start[self.para_of[a]]:a])

    def outside(self, i: int) -> bool:
        return self.quote_of[i] < 0

    def blocks(self, i: int) -> bool:
        """Whether token i ends a gap: it belongs to a quotation that is not a mere name or title."""
        k = self.quote_of[i]
        return k >= 0 and not self.names[k]

    def gap_before(self, k: int) -> tuple[int, int]:
        """Tokens between the start of the quotation's clause and its opening mark."""
        a = self.tok_range[k][0]
        i = a - 1
        while i >= 0 and not self.blocks(i) and self.para_of[i] == self.para_of[a] \
                and i not in self.sentence_ends:
            i -= 1
        return i + 1, a

    def gap_after(self, k: int) -> tuple[int, int]:
        """Tokens between the closing mark and the end of the sentence."""
        b = self.tok_range[k][1]
        j = b
        while j < len(self.doc) and not self.blocks(j) and self.para_of[j] == self.para_of[b - 1]:
            j += 1
            if j - 1 in self.sentence_ends:
                break
        return b, j

    def sentence_around(self, k: int) -> tuple[int, int]:
        """Tokens of the sentence quotation k stands in, across the other quotations in it: from the
        token after the last sentence end before it (a full stop outside quotations, or a quotation
        that ends a sentence) to the first sentence end after it, in its paragraph."""
        a, b = self.tok_range[k]
        para = self.para_of[a]
        lo = a
        while lo > 0 and self.para_of[lo - 1] == para and not self._ends_here(lo - 1):
            lo -= 1
        hi = b
        while hi < len(self.doc) and self.para_of[hi] == para:
            hi += 1
            if self._ends_here(hi - 1):
                break
        return lo, hi

    def _ends_here(self, i: int) -> bool:
        """Whether token i ends a sentence: a full stop outside quotations, or the closing mark of a quotation
        whose words end in one."""
        q = self.quote_of[i]
        if q < 0:
            return i in self.sentence_ends
        return i == self.tok_range[q][1] - 1 and self.ends_sentence(q)

    def ends_sentence(self, k: int) -> bool:
        s = self.spans[k]
        return self.text[s.start:s.end].rstrip()[-1:] in SENTENCE_END

    def ends_with_comma(self, k: int, a_lo: int, a_hi: int) -> bool:
        s = self.spans[k]
        inside = self.text[s.start:s.end].rstrip()[-1:]
        return inside == "," or (a_lo < a_hi and self.doc[a_lo].text == ",")

    # ------------------------------------------------------------------ words

    def sentence_start(self, j: int) -> int:
        """First token of the sentence (outside quotations, same paragraph) that token j ends."""
        lo = j
        while lo > 0 and self.para_of[lo - 1] == self.para_of[j] and lo - 1 not in self.sentence_ends \
                and self.outside(lo - 1):
            lo -= 1
        return lo

    def whole_paragraph(self, k: int) -> bool:
        """Whether quotation k is all there is in its paragraph."""
        a, b = self.tok_range[k]
        lo, hi = self.paragraph_range(self.para_of[a])
        return all(t.is_space or t.is_punct for t in self.tokens[lo:a] + self.tokens[b:hi])

    def on_first_line(self, k: int) -> bool:
        """Whether quotation k is on the article's first line with words (where a headline is)."""
        first = next((t.i for t in self.tokens if not t.is_space), 0)
        return self.para_of[self.tok_range[k][0]] == self.para_of[first]

    def in_heading(self, k: int) -> bool:
        """Whether quotation k is in a headline or a heading: on a line that reads as one (heading_line)."""
        span = self.spans[k]
        start = self.text.rfind("\n", 0, span.open_at) + 1
        end = self.text.find("\n", span.outer_end)
        return heading_line(self.text[start:end if end >= 0 else len(self.text)])

    def headline_case(self, k: int) -> bool:
        """Whether the quotation's paragraph is itself in Title Case (a headline)."""
        lo, hi = self.paragraph_range(self.para_of[self.tok_range[k][0]])
        words = [t for t in self.tokens[lo:hi] if t.is_alpha and self.outside(t.i)]
        if len(words) < 3:
            return True
        return sum(t.text[:1].isupper() for t in words) >= 0.7 * len(words)

    def gap_of(self, k: int, tok) -> tuple[int, int]:
        return self.gap_before(k) if tok.i < self.tok_range[k][0] else self.gap_after(k)
