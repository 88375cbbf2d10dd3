"""Where things are in a parsed article: quotations, paragraphs, and the words around each quotation."""
from __future__ import annotations

from .marks import QuoteSpan

SENTENCE_END = {".", "!", "?"}


class Layout:
    """Token-level geometry of one parsed article and its quotations."""

    def __init__(self, doc, spans: list[QuoteSpan], text: str):
        self.doc = doc
        self.text = text  # the article as written (Doc.text is rebuilt on every access)
        self.spans = spans
        self.quote_of = [-1] * len(doc)  # token -> index of the quotation containing it (marks included)
        self.tok_range = []
        for k, s in enumerate(spans):
            a, b = self.tokens_between(s.open_at, s.outer_end)
            self.tok_range.append((a, b))
            for i in range(a, b):
                self.quote_of[i] = k
        self.para_of, self.para_start = self._paragraphs()
        self.names = [False] * len(spans)  # quotations that are names, titles or scare quotes

    def tokens_between(self, start: int, end: int) -> tuple[int, int]:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            return span.start, span.end
        toks = [t.i for t in self.doc if t.idx < end and t.idx + len(t) > start]
        return (toks[0], toks[-1] + 1) if toks else (0, 0)

    def _paragraphs(self) -> tuple[list[int], list[int]]:
        """Paragraph number of each token, and the first token of each paragraph."""
        para_of, starts, para, last = [], [0], 0, 0
        for t in self.doc:
            breaks = self.text.count("\n", last, t.idx)
            if breaks:
                para += breaks
                starts.extend([t.i] * breaks)
            last = t.idx
            para_of.append(para)
        return para_of, starts

    def paragraph_range(self, para: int) -> tuple[int, int]:
        """Token range of paragraph number `para`."""
        hi = self.para_start[para + 1] if para + 1 < len(self.para_start) else len(self.doc)
        return self.para_start[para], hi

    def starts_paragraph(self, k: int) -> bool:
        """Whether quotation k is the first thing in its paragraph."""
        a = self.tok_range[k][0]
        return all(t.is_space for t in self.doc[self.para_start[self.para_of[a]]:a])

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
                and self.doc[i].text not in SENTENCE_END:
            i -= 1
        return i + 1, a

    def gap_after(self, k: int) -> tuple[int, int]:
        """Tokens between the closing mark and the end of the sentence."""
        b = self.tok_range[k][1]
        j = b
        while j < len(self.doc) and not self.blocks(j) and self.para_of[j] == self.para_of[b - 1]:
            j += 1
            if self.doc[j - 1].text in SENTENCE_END:
                break
        return b, j

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
        while lo > 0 and self.para_of[lo - 1] == self.para_of[j] and self.doc[lo - 1].text not in SENTENCE_END \
                and self.outside(lo - 1):
            lo -= 1
        return lo

    def whole_paragraph(self, k: int) -> bool:
        """Whether quotation k is all there is in its paragraph."""
        a, b = self.tok_range[k]
        lo, hi = self.paragraph_range(self.para_of[a])
        return all(t.is_space or t.is_punct for t in list(self.doc[lo:a]) + list(self.doc[b:hi]))

    def headline_case(self, k: int) -> bool:
        """Whether the quotation's paragraph is itself in Title Case (a headline)."""
        lo, hi = self.paragraph_range(self.para_of[self.tok_range[k][0]])
        words = [t for t in self.doc[lo:hi] if t.is_alpha and self.outside(t.i)]
        if len(words) < 3:
            return True
        return sum(t.text[:1].isupper() for t in words) >= 0.7 * len(words)

    def gap_of(self, k: int, tok) -> tuple[int, int]:
        return self.gap_before(k) if tok.i < self.tok_range[k][0] else self.gap_after(k)
