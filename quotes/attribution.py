"""Attribution: for each quotation, the reporting cue and the mention of its speaker.

Works on a parsed spaCy Doc of the article and the spans the mark scanner found.
It looks in the words around each quotation (up to the sentence's end, the
paragraph's edge or the next quotation), prefers the reporting verb that governs
the quotation in the parse, then one right after it ("…," X said), then one
before it (X said: "…"), and falls back on a colon or dash introduction, on the
quotation before it in the paragraph, or on the previous quotation paragraph.
"""
from __future__ import annotations

from dataclasses import dataclass

from .lexicon import PERSONAL_PRONOUNS, REPORTING_FORMS, SCARE_CUES, STRONG
from .marks import QuoteSpan

_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
_LEFT_DEPS = {"det", "amod", "compound", "poss", "nmod", "nummod", "quantmod", "case", "punct", "advmod", "npadvmod"}
_RIGHT_DEPS = {"compound", "flat", "case"}
_SENTENCE_END = {".", "!", "?"}
_CLIMB_DEPS = {"conj", "xcomp", "advcl", "ccomp", "relcl", "acl", "pcomp", "parataxis"}


@dataclass
class Found:
    """What attribution found for one quotation (token indices into the Doc)."""

    span: QuoteSpan
    cue: tuple[int, int] | None = None  # token range of the cue
    subject: tuple[int, int] | None = None  # token range of the speaker mention
    head: int | None = None  # token index of the mention's head
    via: tuple[int, int] | None = None  # mention of a source that relays the words
    method: str = "none"
    strength: float = 0.0
    partial: bool = False
    scare: bool = False
    inherit_from: int | None = None  # index of an earlier quotation whose speaker applies


class Attributor:
    """Finds cues and speaker mentions for the quotations of one parsed article."""

    def __init__(self, doc, spans: list[QuoteSpan]):
        self.doc = doc
        self.text = doc.text
        self.spans = spans
        n = len(doc)
        self.quote_of = [-1] * n  # token -> index of the quotation containing it (marks included)
        self.tok_range = []
        for k, s in enumerate(spans):
            a, b = self._tokens_between(s.open_at, s.outer_end)
            self.tok_range.append((a, b))
            for i in range(a, b):
                self.quote_of[i] = k
        self.para_of = self._paragraph_index()

    # ------------------------------------------------------------------ geometry
    def _tokens_between(self, start: int, end: int) -> tuple[int, int]:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None or len(span) == 0:
            toks = [t.i for t in self.doc if t.idx < end and t.idx + len(t) > start]
            return (toks[0], toks[-1] + 1) if toks else (0, 0)
        return span.start, span.end

    def _paragraph_index(self) -> list[int]:
        out, para, last = [], 0, 0
        for t in self.doc:
            para += self.text.count("\n", last, t.idx)
            last = t.idx
            out.append(para)
        return out

    def gap_before(self, k: int) -> tuple[int, int]:
        """Tokens between the quotation's opening mark and the start of its clause."""
        a = self.tok_range[k][0]
        i = a - 1
        while i >= 0 and self.quote_of[i] < 0 and self.para_of[i] == self.para_of[a] \
                and self.doc[i].text not in _SENTENCE_END:
            i -= 1
        return i + 1, a

    def gap_after(self, k: int) -> tuple[int, int]:
        """Tokens between the closing mark and the end of the sentence."""
        b = self.tok_range[k][1]
        n = len(self.doc)
        j = b
        while j < n and self.quote_of[j] < 0 and self.para_of[j] == self.para_of[b - 1]:
            j += 1
            if self.doc[j - 1].text in _SENTENCE_END:
                break
        return b, j

    def ends_sentence(self, k: int) -> bool:
        s = self.spans[k]
        return self.text[s.start:s.end].rstrip()[-1:] in ("." , "!", "?")

    # ------------------------------------------------------------------ cues
    def is_cue(self, tok) -> bool:
        low = tok.lower_
        if low == "according":
            return tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "to"
        return low in REPORTING_FORMS and tok.pos_ in ("VERB", "AUX", "NOUN") and not tok.text.istitle() \
            or low in REPORTING_FORMS and tok.pos_ == "VERB"

    def subject_of(self, verb, lo: int, hi: int):
        """The speaker token of a reporting verb (within tokens lo..hi if possible)."""
        if verb.lower_ == "according":
            for child in self.doc[verb.i + 1].children:
                if child.dep_ == "pobj":
                    return child
            nxt = verb.i + 2
            return self.doc[nxt] if nxt < len(self.doc) and self.quote_of[nxt] < 0 else None
        node = verb
        for _ in range(4):
            for child in node.children:
                if child.dep_ in _SUBJECT_DEPS and self.quote_of[child.i] < 0:
                    if child.lower_ in ("who", "that", "which") and node.dep_ == "relcl":
                        return node.head
                    return child
            if node.dep_ in _CLIMB_DEPS and node.head is not node:
                node = node.head
                if self.quote_of[node.i] >= 0:
                    break
            else:
                break
        # inverted or misparsed: the nearest name or pronoun in the gap
        order = range(verb.i + 1, hi) if verb.i + 1 < hi else range(verb.i - 1, lo - 1, -1)
        for i in order:
            t = self.doc[i]
            if self.quote_of[i] >= 0:
                break
            if t.pos_ in ("PROPN", "PRON", "NOUN") and (t.pos_ != "PRON" or t.lower_ in PERSONAL_PRONOUNS):
                return self._np_head(t)
        return None

    def _np_head(self, tok):
        while tok.dep_ in ("compound", "flat", "amod", "det") and tok.head is not tok:
            tok = tok.head
        return tok

    def mention_range(self, head) -> tuple[int, int]:
        """Token range of the noun phrase that names the speaker, without appositives or clauses."""
        lo = hi = head.i
        for child in head.lefts:
            if child.dep_ in _LEFT_DEPS and self.quote_of[child.i] < 0:
                lo = min(lo, child.left_edge.i)
        for child in head.rights:
            if child.dep_ in _RIGHT_DEPS or (child.dep_ == "prep" and child.lower_ == "of" and head.text[:1].isupper()):
                if all(self.quote_of[i] < 0 for i in range(child.i, child.right_edge.i + 1)):
                    hi = max(hi, child.right_edge.i)
        while lo < hi and (self.doc[lo].is_punct or self.doc[lo].dep_ == "advmod"):
            lo += 1
        while hi > lo and self.doc[hi].is_punct:
            hi -= 1
        return lo, hi + 1

    def governing_cue(self, k: int):
        """A reporting verb outside the quotation that the quotation's words depend on."""
        a, b = self.tok_range[k]
        for i in range(a, b):
            head = self.doc[i].head
            steps = 0
            while head.i != head.head.i or steps == 0:
                if self.quote_of[head.i] < 0:
                    if self.is_cue(head):
                        return head
                    if head.pos_ in ("VERB", "AUX") and head.dep_ not in _CLIMB_DEPS:
                        break
                if head.i == head.head.i or steps > 6:
                    break
                head = head.head
                steps += 1
            if self.quote_of[head.i] < 0 and self.is_cue(head):
                return head
        return None

    # ------------------------------------------------------------------ main
    def attribute(self) -> list[Found]:
        found: list[Found] = []
        for k, span in enumerate(self.spans):
            found.append(self._attribute_one(k, span, found))
        return found

    def _cues_in(self, lo: int, hi: int) -> list:
        return [self.doc[i] for i in range(lo, hi) if self.quote_of[i] < 0 and self.is_cue(self.doc[i])]

    def _attribute_one(self, k: int, span: QuoteSpan, found: list[Found]) -> Found:
        f = Found(span)
        b_lo, b_hi = self.gap_before(k)
        a_lo, a_hi = self.gap_after(k)
        before, after = self._cues_in(b_lo, b_hi), self._cues_in(a_lo, a_hi)
        if self.ends_sentence(k) and after and after[0].i - a_lo > 8:
            after = []
        gov = self.governing_cue(k)
        f.partial = self._is_partial(k, b_lo, b_hi, a_lo, a_hi)
        f.scare = self._looks_like_name(k, b_lo, b_hi)
        choice = None
        if gov is not None and (b_lo <= gov.i < b_hi or a_lo <= gov.i < a_hi):
            choice, f.method, f.strength = gov, "governing verb", 0.95
        elif after and (not before or after[0].i - a_lo <= 6):
            choice, f.method, f.strength = after[0], "cue after quote", 0.9
        elif before:
            choice, f.method, f.strength = before[-1], "cue before quote", 0.8
        elif after:
            choice, f.method, f.strength = after[0], "cue after quote", 0.7
        if choice is not None:
            lo, hi = (b_lo, b_hi) if choice.i < self.tok_range[k][0] else (a_lo, a_hi)
            subj = self.subject_of(choice, lo, hi)
            f.cue = self._cue_range(choice)
            if subj is not None:
                f.head, f.subject = subj.i, self.mention_range(subj)
            if choice.lower_ not in REPORTING_FORMS or REPORTING_FORMS[choice.lower_] not in STRONG:
                f.strength -= 0.15
            relay = [c for c in after if c is not choice and REPORTING_FORMS.get(c.lower_) in STRONG] \
                if choice.i < self.tok_range[k][0] else []
            if relay:
                rs = self.subject_of(relay[0], a_lo, a_hi)
                if rs is not None and a_lo <= rs.i < a_hi and (f.head is None or rs.i != f.head):
                    f.via = self.mention_range(rs)
            if f.subject is not None:
                return f
        return self._fallback(k, f, b_lo, b_hi, a_lo, a_hi)

    def _cue_range(self, verb) -> tuple[int, int]:
        """The cue as written: the verb, with its particle or short object ("told parliament")."""
        hi = verb.i + 1
        if verb.lower_ == "according":
            return verb.i, min(verb.i + 2, len(self.doc))
        for child in verb.rights:
            if child.dep_ == "prt" and child.i == hi:
                hi += 1
            elif child.dep_ in ("dobj", "dative") and child.i == hi and self.quote_of[child.i] < 0 \
                    and child.right_edge.i - verb.i <= 3 and REPORTING_FORMS.get(verb.lower_) == "tell":
                hi = child.right_edge.i + 1
        return verb.i, hi

    def _fallback(self, k, f: Found, b_lo, b_hi, a_lo, a_hi) -> Found:
        doc = self.doc
        a, b = self.tok_range[k]
        # colon or dash introduction: "Smith: “…”", "“…” — Smith"
        prev = b_hi - 1
        if prev >= b_lo and doc[prev].text in (":", "\u2014", "\u2013", "-") and prev > b_lo:
            subj = self._clause_subject(b_lo, prev)
            if subj is not None:
                f.head, f.subject = subj.i, self.mention_range(subj)
                f.method, f.strength = "colon introduction", 0.75
                return f
        if a_lo < a_hi and doc[a_lo].text in ("\u2014", "\u2013", "-") and a_hi - a_lo <= 8:
            subj = self._clause_subject(a_lo + 1, a_hi)
            if subj is not None and subj.pos_ == "PROPN":
                f.head, f.subject = subj.i, self.mention_range(subj)
                f.method, f.strength = "dash attribution", 0.7
                return f
        # paragraph introduced by a colon at the end of the previous paragraph
        if b_lo == b_hi and a > 0 and self.para_of[a - 1] != self.para_of[a]:
            j = a - 1
            while j >= 0 and doc[j].is_space:
                j -= 1
            if j >= 0 and doc[j].text == ":" and self.quote_of[j] < 0:
                lo = j
                while lo > 0 and self.para_of[lo - 1] == self.para_of[j] and doc[lo - 1].text not in _SENTENCE_END \
                        and self.quote_of[lo - 1] < 0:
                    lo -= 1
                subj = self._clause_subject(lo, j)
                if subj is not None:
                    f.head, f.subject = subj.i, self.mention_range(subj)
                    f.method, f.strength = "colon introduction", 0.7
                    return f
        f.inherit_from = self._earlier_quote(k)
        if f.inherit_from is not None:
            same_para = self.para_of[self.tok_range[f.inherit_from][0]] == self.para_of[a]
            f.method = "same paragraph" if same_para else "paragraph continuation"
            f.strength = 0.7 if same_para else 0.6
        return f

    def _clause_subject(self, lo: int, hi: int):
        """The subject of the clause in tokens lo..hi, else its first name or noun."""
        for i in range(lo, hi):
            t = self.doc[i]
            if t.dep_ in _SUBJECT_DEPS and self.quote_of[i] < 0:
                return t
        for i in range(lo, hi):
            t = self.doc[i]
            if t.pos_ == "PROPN" and self.quote_of[i] < 0:
                return self._np_head(t)
        return None

    def _earlier_quote(self, k: int) -> int | None:
        """The quotation whose speaker carries over to quotation k, if the convention applies."""
        if k == 0:
            return None
        a = self.tok_range[k][0]
        prev_a, prev_b = self.tok_range[k - 1]
        para, prev_para = self.para_of[a], self.para_of[prev_b - 1]
        if para == prev_para:
            return k - 1
        starts_para = all(self.doc[i].is_space for i in range(a)
                          if self.para_of[i] == para) if a > 0 else True
        if not starts_para or para - prev_para > 2:
            return None
        # the words between the two quotations must be no more than a closing attribution
        between = [i for i in range(prev_b, a) if not self.doc[i].is_space and self.para_of[i] == prev_para]
        if any(self.doc[i].pos_ == "VERB" and not self.is_cue(self.doc[i]) for i in between):
            return None
        return k - 1

    def _is_partial(self, k, b_lo, b_hi, a_lo, a_hi) -> bool:
        """A quotation embedded in the reporter's own sentence, not standing alone."""
        words_before = [t for t in self.doc[b_lo:b_hi] if not t.is_punct and not t.is_space]
        last = self.doc[b_hi - 1] if b_hi > b_lo else None
        if last is not None and last.text in (":", ",") and (len(words_before) <= 4 or last.text == ":"):
            return False
        if not words_before:
            return False
        return last is not None and last.lower_ not in ("that",) or len(words_before) > 0 and not self.ends_sentence(k)

    def _looks_like_name(self, k, b_lo, b_hi) -> bool:
        """Scare quotes, titles, nicknames and slogans: short Title Case or flagged phrases."""
        s = self.spans[k]
        words = self.text[s.start:s.end].split()
        prev = self.doc[b_hi - 1].lower_ if b_hi > b_lo else ""
        if prev in SCARE_CUES or self.text[max(0, s.open_at - 10):s.open_at].lower().rstrip().endswith("so-called"):
            return True
        if not words or len(words) > 4:
            return False
        caps = [w for w in words if w[:1].isupper()]
        small = {"of", "the", "and", "for", "in", "on", "a", "to"}
        if len(caps) == len([w for w in words if w.lower() not in small]) and not words[-1].endswith((".", "!", "?", ",")):
            return not self._headline_case(k)
        return False

    def _headline_case(self, k: int) -> bool:
        """Whether the quotation's paragraph is itself in Title Case (a headline)."""
        a = self.tok_range[k][0]
        para = self.para_of[a]
        words = [t for t in self.doc if self.para_of[t.i] == para and t.is_alpha and self.quote_of[t.i] < 0]
        if len(words) < 3:
            return True
        return sum(t.text[:1].isupper() for t in words) >= 0.7 * len(words)
