"""Attribution: for each quotation, the reporting cue and the mention of its speaker.

Works on a parsed spaCy Doc of the article and the spans the mark scanner found.
It looks at the words around each quotation (up to the sentence's end, the
paragraph's edge or the next quotation) and tries, in order: the reporting verb
that governs the quotation in the parse; a cue right after it ("…," X said); a
cue before it (X said: "…"); a colon or dash introduction; a reporting sentence
just before it in the paragraph; the quotation before it in the paragraph or the
previous quotation paragraph; a paragraph ending in a colon; and last, for a
quotation inside a clause, that clause's subject.
"""
from __future__ import annotations

from dataclasses import dataclass

from .lexicon import (BODY_NOUNS, DOCUMENT_NOUNS, PERSON_NOUNS, PERSONAL_PRONOUNS, REPORTING_FORMS,
                      SCARE_CUES, STRONG, WORK_NOUNS)
from .marks import SPEAKER_LABEL, QuoteSpan

_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
_LEFT_DEPS = {"det", "amod", "compound", "poss", "nmod", "nummod", "quantmod", "case", "punct", "advmod", "npadvmod"}
_RIGHT_DEPS = {"compound", "flat", "case"}
_SENTENCE_END = {".", "!", "?"}
_DASHES = ("\u2014", "\u2013", "\u2015", "-", "--")
_NOT_SPEAKER_ENTS = ("DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY", "ORDINAL")
_SPEAKER_NOUNS = PERSON_NOUNS | BODY_NOUNS | DOCUMENT_NOUNS
#: Reporting verbs the tagger sometimes calls nouns ("says") and that are never nouns in a cue's place.
_MISTAGGED = {"said", "says", "told", "tells", "added", "adds", "wrote", "writes", "asked", "asks", "tweeted"}
_SMALL_WORDS = {"of", "the", "and", "for", "in", "on", "a", "an", "to", "with", "at", "by", "from", "or", "is"}


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
        self.quote_of = [-1] * len(doc)  # token -> index of the quotation containing it (marks included)
        self.tok_range = []
        for k, s in enumerate(spans):
            a, b = self._tokens_between(s.open_at, s.outer_end)
            self.tok_range.append((a, b))
            for i in range(a, b):
                self.quote_of[i] = k
        self.para_of, self.para_start = self._paragraphs()
        self.names = [False] * len(spans)  # quotations that are names, titles or scare quotes

    # ------------------------------------------------------------------ geometry
    def _tokens_between(self, start: int, end: int) -> tuple[int, int]:
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

    def outside(self, i: int) -> bool:
        return self.quote_of[i] < 0

    def gap_before(self, k: int) -> tuple[int, int]:
        """Tokens between the start of the quotation's clause and its opening mark."""
        a = self.tok_range[k][0]
        i = a - 1
        while i >= 0 and not self.blocks(i) and self.para_of[i] == self.para_of[a] \
                and self.doc[i].text not in _SENTENCE_END:
            i -= 1
        return i + 1, a

    def gap_after(self, k: int) -> tuple[int, int]:
        """Tokens between the closing mark and the end of the sentence."""
        b = self.tok_range[k][1]
        j = b
        while j < len(self.doc) and not self.blocks(j) and self.para_of[j] == self.para_of[b - 1]:
            j += 1
            if self.doc[j - 1].text in _SENTENCE_END:
                break
        return b, j

    def ends_sentence(self, k: int) -> bool:
        s = self.spans[k]
        return self.text[s.start:s.end].rstrip()[-1:] in _SENTENCE_END

    def _ends_with_comma(self, k: int, a_lo: int, a_hi: int) -> bool:
        s = self.spans[k]
        inside = self.text[s.start:s.end].rstrip()[-1:]
        return inside == "," or (a_lo < a_hi and self.doc[a_lo].text == ",")

    # ------------------------------------------------------------------ words
    def is_cue(self, tok) -> bool:
        low = tok.lower_
        if low == "according":
            return tok.i + 1 < len(self.doc) and self.doc[tok.i + 1].lower_ == "to"
        return low in REPORTING_FORMS and (tok.pos_ == "VERB" or tok.pos_ in ("AUX", "NOUN") and low in _MISTAGGED)

    def plausible(self, tok) -> bool:
        """Whether a token can name a speaker: a name, a personal pronoun or a person/body noun."""
        if self._dateline_place(tok):
            return False
        if tok.ent_type_ in ("PERSON", "ORG", "NORP"):
            return True
        if tok.pos_ == "PROPN" or (tok.pos_ == "NOUN" and tok.text[:1].isupper() and not tok.is_sent_start):
            return tok.ent_type_ not in _NOT_SPEAKER_ENTS
        if tok.pos_ == "PRON":
            return tok.lower_ in PERSONAL_PRONOUNS
        return tok.lower_ in _SPEAKER_NOUNS or any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children)

    def _dateline_place(self, tok) -> bool:
        """The place of a dateline opening a paragraph: "HALDEN, March 5 —"."""
        return tok.text.isupper() and len(tok.text) > 2 and tok.i <= self.para_start[self.para_of[tok.i]] + 3

    def subject_of(self, verb, lo: int, hi: int):
        """The speaker token of a reporting verb; lo..hi is the gap the verb stands in."""
        if verb.lower_ == "according":
            for child in self.doc[verb.i + 1].children:
                if child.dep_ == "pobj":
                    return child
            nxt = verb.i + 2
            return self.doc[nxt] if nxt < len(self.doc) and self.outside(nxt) else None
        first, node = None, verb
        for depth in range(6):
            subj = next((c for c in node.children if c.dep_ in _SUBJECT_DEPS and self.outside(c.i)), None)
            if subj is None and node.dep_ == "acl" and node.tag_ == "VBG" and self.plausible(node.head):
                return node.head  # "footage of Trump saying “…”": the noun the participle describes
            if subj is not None:
                if self.plausible(subj) or (depth == 0 and subj.pos_ in ("NOUN", "PROPN") and not self._dateline_place(subj)
                                            and subj.ent_type_ not in _NOT_SPEAKER_ENTS):
                    return subj
                first = first or subj
            if node.head is node or not self.outside(node.head.i) or node.dep_ in ("ccomp", "parataxis"):
                break
            node = node.head
        return self._nearby_speaker(verb, lo, hi) or first

    def _nearby_speaker(self, verb, lo: int, hi: int):
        """For an inverted or misparsed cue: the nearest name or pronoun in the gap."""
        after_quote = lo > 0 and not self.outside(lo - 1) and lo <= verb.i
        order = range(verb.i + 1, hi) if after_quote else range(verb.i - 1, lo - 1, -1)
        for i in order:
            t = self.doc[i]
            if not self.outside(i):
                break
            if self.plausible(t) and (t.pos_ != "NOUN" or after_quote) and t.dep_ != "poss":
                return self._np_head(t)
        return None

    def has_own_content(self, verb) -> bool:
        """Whether a reporting verb after a quotation reports something else ("Reid said both …")."""
        for child in verb.rights:
            if not self.outside(child.i):
                continue
            if child.dep_ in ("ccomp", "xcomp"):
                return True
            if child.dep_ == "dobj" and not self.plausible(child):
                return True  # "said it", not "asked me"
        return False

    def _np_head(self, tok):
        while tok.dep_ in ("compound", "flat", "amod", "det") and tok.head is not tok:
            tok = tok.head
        return tok

    def mention_range(self, head) -> tuple[int, int]:
        """Token range of the noun phrase that names the speaker, without appositives or clauses."""
        lo = hi = head.i
        for child in head.lefts:
            if child.dep_ in _LEFT_DEPS and self.outside(child.i):
                lo = min(lo, child.left_edge.i)
        for child in head.rights:
            if child.dep_ in _RIGHT_DEPS or (child.dep_ == "prep" and child.lower_ == "of" and head.text[:1].isupper()):
                if all(self.outside(i) for i in range(child.i, child.right_edge.i + 1)):
                    hi = max(hi, child.right_edge.i)
        while lo < hi and (self.doc[lo].is_punct or self.doc[lo].dep_ == "advmod"):
            lo += 1
        while hi > lo and self.doc[hi].is_punct:
            hi -= 1
        return lo, hi + 1

    def _ancestors_outside(self, k: int) -> list:
        """Tokens outside quotation k that its words hang from, nearest first: steps up the parse
        from the places where the quotation attaches to the sentence around it."""
        a, b = self.tok_range[k]
        found: dict[int, int] = {}
        for i in range(a, b):
            tok = self.doc[i]
            if not self.outside(tok.head.i):
                continue
            head, steps = tok.head, 1
            while steps <= 8 and head.i != tok.i:
                if self.outside(head.i) and steps < found.get(head.i, 99):
                    found[head.i] = steps
                if head.head is head:
                    break
                head, steps = head.head, steps + 1
        return [self.doc[i] for i, _ in sorted(found.items(), key=lambda item: (item[1], abs(item[0] - a)))]

    def governing_cues(self, k: int) -> list:
        """Reporting verbs outside the quotation that its words depend on, innermost first."""
        return [tok for tok in self._ancestors_outside(k) if self.is_cue(tok)]

    def _cues_in(self, lo: int, hi: int) -> list:
        return [self.doc[i] for i in range(lo, hi) if self.outside(i) and self.is_cue(self.doc[i])]

    # ------------------------------------------------------------------ strategies
    def blocks(self, i: int) -> bool:
        """Whether token i ends a gap: it belongs to a quotation that is not a mere name or title."""
        k = self.quote_of[i]
        return k >= 0 and not self.names[k]

    def attribute(self) -> list[Found]:
        self.names = [self._looks_like_name(k, *self.gap_before(k)) for k in range(len(self.spans))]
        self.found: list[Found] = []
        for k, span in enumerate(self.spans):
            self.found.append(self._attribute_one(k, span))
        return self.found

    def _attribute_one(self, k: int, span: QuoteSpan) -> Found:
        f = Found(span)
        gaps = self.gap_before(k), self.gap_after(k)
        f.partial = self._is_partial(k, *gaps[0])
        f.scare = self.names[k] and not self._stands_alone(k, *gaps)
        for strategy in (self._by_label, self._by_headline, self._by_cue, self._by_unknown_verb_after, self._by_introduction,
                         self._by_previous_sentence, self._by_clause_subject, self._by_earlier_quote,
                         self._by_previous_paragraph):
            if strategy(k, f, *gaps):
                break
        return f

    def _take(self, f: Found, subject, method: str, strength: float, cue=None) -> bool:
        f.head, f.subject = subject.i, self.mention_range(subject)
        f.method, f.strength = method, strength
        if cue is not None:
            f.cue = self._cue_range(cue)
        return True

    def _by_label(self, k, f: Found, before, after) -> bool:
        """A transcript turn: the speaker's name in capitals before a colon ("PENCE: Well, …")."""
        span = self.spans[k]
        label = SPEAKER_LABEL.match(self.text, span.start)
        if label is None:
            return False
        lo, hi = self._tokens_between(span.start, label.end() - 1)
        words = [t for t in self.doc[lo:hi] if t.is_alpha]
        if not words or len(words) > 4:
            return False
        f.subject, f.head = (words[0].i, words[-1].i + 1), words[-1].i
        f.method, f.strength = "transcript label", 0.85
        return True

    def _by_headline(self, k, f: Found, before, after) -> bool:
        """Headlines: "Sanders: Clinton needs to ‘…’" and "Obama Says … ‘…’" name their speaker first."""
        a = self.tok_range[k][0]
        para = self.para_of[a]
        if not self._headline_case(k):
            return False
        lo = self.para_start[para]
        while lo < a and self.doc[lo].is_space:
            lo += 1
        for i in range(lo, min(a, lo + 6)):
            t = self.doc[i]
            if not self.outside(i):
                return False
            if t.text == ":" or (t.lower_ in REPORTING_FORMS and REPORTING_FORMS[t.lower_] in STRONG and i > lo):
                names = [w for w in self.doc[lo:i] if w.pos_ == "PROPN" or w.text[:1].isupper()]
                if names and len(names) == i - lo:
                    f.subject, f.head = (lo, i), i - 1
                    f.method, f.strength = "headline", 0.75
                    if t.text != ":":
                        f.cue = (i, i + 1)
                    return True
                return False
        return False

    def _by_cue(self, k, f: Found, before, after) -> bool:
        """A reporting verb that governs the quotation, else the nearest one after or before it."""
        (b_lo, b_hi), (a_lo, a_hi) = before, after
        cues_before = self._cues_in(b_lo, b_hi)
        cues_after = [c for c in self._cues_in(a_lo, a_hi) if not self.has_own_content(c)]
        if cues_after and cues_after[0].i - a_lo > 8 \
                and self.ends_sentence(k) and not self._subject_starts_gap(cues_after[0], a_lo, a_hi):
            cues_after = []
        governing = [c for c in self.governing_cues(k) if b_lo <= c.i < b_hi or a_lo <= c.i < a_hi]
        if governing:
            return self._by_governing(k, f, governing, cues_after, a_lo, a_hi)
        if cues_after and (not cues_before or cues_after[0].i - a_lo <= 6):
            choice, method, strength = cues_after[0], "cue after quote", 0.9
        elif cues_before:
            choice, method, strength = cues_before[-1], "cue before quote", 0.8
        else:
            return False
        lo, hi = (b_lo, b_hi) if choice.i < self.tok_range[k][0] else (a_lo, a_hi)
        subject = self.subject_of(choice, lo, hi)
        if subject is None:
            return False
        if REPORTING_FORMS.get(choice.lower_) not in STRONG:
            strength -= 0.15
        self._take(f, subject, method, strength, choice)
        self._relay(k, f, choice, None, cues_after, a_lo, a_hi)
        return True

    def _subject_starts_gap(self, verb, lo: int, hi: int) -> bool:
        """“…?” Miller, a retired worker, said: the verb's subject opens the gap."""
        subject = self.subject_of(verb, lo, hi)
        return subject is not None and subject.left_edge.i <= lo + 1

    def _by_governing(self, k, f: Found, governing: list, cues_after: list, a_lo: int, a_hi: int) -> bool:
        """The innermost governing cue, unless its speaker is a pronoun an outer cue names
        (“he said he believes …”, The Post reported); the next outer cue relays the words."""
        chain = [(cue, self.subject_of(cue, *self._gap_of(k, cue))) for cue in governing]
        chain = [(cue, subj) for cue, subj in chain if subj is not None]
        if not chain:
            return False
        pick = 0
        while pick + 1 < len(chain) and self._same_speaker_outside(chain[pick], chain[pick + 1]):
            pick += 1
        cue, subject = chain[pick]
        strength = 0.95 if REPORTING_FORMS.get(cue.lower_) in STRONG else 0.8
        self._take(f, subject, "governing verb", strength, cue)
        outer = next((s for _, s in chain[pick + 1:] if s.i != subject.i), None)
        self._relay(k, f, cue, outer, cues_after, a_lo, a_hi)
        return True

    def _same_speaker_outside(self, inner: tuple, outer: tuple) -> bool:
        """Whether the outer cue's speaker is the one to credit: the inner clause is part of what the
        outer speaker says and its own speaker is a pronoun for them (“Kasich says he'd tell him …”),
        a thing (“she says it shows …”) or someone whose belief they report (“he says people think …”)."""
        (inner_cue, inner_subj), (outer_cue, outer_subj) = inner, outer
        if outer_subj.i == inner_subj.i:
            return False
        if inner_subj.lower_ == "it" and self._reports(outer_cue, inner_cue):
            return True  # “She says it underscores …”: the thing is what she talks about
        if REPORTING_FORMS.get(inner_cue.lower_) not in STRONG and REPORTING_FORMS.get(outer_cue.lower_) in STRONG \
                and self._reports(outer_cue, inner_cue):
            return True  # “He says if people think …”: a belief inside someone's statement
        if inner_subj.pos_ != "PRON":
            return False
        if REPORTING_FORMS.get(inner_cue.lower_) in STRONG and not self._reports(outer_cue, inner_cue):
            return False
        singular = inner_subj.lower_ in ("he", "she", "i")
        outer_singular = outer_subj.tag_ in ("NNP", "NN") or outer_subj.lower_ in ("he", "she", "i")
        return singular == outer_singular

    def _reports(self, outer, inner) -> bool:
        """Whether `inner` stands in the reported content of `outer` (a chain of complements)."""
        node, steps = inner, 0
        while node.i != outer.i and steps < 6:
            if node.dep_ not in ("ccomp", "xcomp", "conj") or node.head is node:
                return False
            node, steps = node.head, steps + 1
        return node.i == outer.i

    def _relay(self, k, f: Found, cue, outer, cues_after: list, a_lo: int, a_hi: int) -> None:
        """Record who relays the words: an outer cue's speaker, else one after the quotation."""
        if outer is None and cue.i < self.tok_range[k][0]:
            relay = next((c for c in cues_after if REPORTING_FORMS.get(c.lower_) in STRONG or c.lower_ == "according"), None)
            outer = self.subject_of(relay, a_lo, a_hi) if relay is not None else None
            outer = outer if outer is not None and a_lo <= outer.i < a_hi else None
        if outer is not None and outer.i != f.head:
            f.via = self.mention_range(outer)

    def _gap_of(self, k: int, tok) -> tuple[int, int]:
        return self.gap_before(k) if tok.i < self.tok_range[k][0] else self.gap_after(k)

    def _by_unknown_verb_after(self, k, f: Found, before, after) -> bool:
        """“…,” an angry Hollande retaliated: any verb right after a quotation ending in a comma."""
        a_lo, a_hi = after
        ending = self.text[self.spans[k].start:self.spans[k].end].rstrip()[-1:]
        if not (self._ends_with_comma(k, a_lo, a_hi) or ending in "?!") or a_hi - a_lo > 14:
            return False
        for i in range(a_lo, min(a_hi, a_lo + 8)):
            verb = self.doc[i]
            if verb.pos_ == "VERB" and not self.has_own_content(verb):
                subject = self.subject_of(verb, a_lo, a_hi)
                if subject is not None and a_lo <= subject.i < a_hi and self.plausible(subject):
                    return self._take(f, subject, "verb after quote", 0.7, verb)
        return False

    def _by_introduction(self, k, f: Found, before, after) -> bool:
        """Smith: “…”, “…” — Smith, and a paragraph introduced by a colon at the end of the last one."""
        (b_lo, b_hi), (a_lo, a_hi) = before, after
        doc = self.doc
        prev = b_hi - 1
        if prev > b_lo and doc[prev].text in (":",) + _DASHES and not self._is_dateline(b_lo, prev):
            subject = self._clause_subject(b_lo, prev)
            if subject is None and doc[prev].text == ":" and doc[prev - 1].lower_ in DOCUMENT_NOUNS:
                subject = doc[prev - 1]  # "… exemplified by this finding: “…”"
            if subject is not None:
                return self._take(f, subject, "colon introduction", 0.75)
        after_mark = self.text[self.spans[k].outer_end:self.spans[k].outer_end + 3].lstrip()[:1]
        if a_lo < a_hi and (doc[a_lo].text in _DASHES or after_mark in _DASHES) and a_hi - a_lo <= 8:
            subject = self._clause_subject(a_lo + (doc[a_lo].text in _DASHES), a_hi)
            if subject is not None and subject.pos_ == "PROPN" and not subject.text.isupper():
                return self._take(f, subject, "dash attribution", 0.7)
        a = self.tok_range[k][0]
        if b_lo != b_hi or a == 0 or self.para_of[a - 1] == self.para_of[a]:
            return False
        j = a - 1
        while j >= 0 and doc[j].is_space:
            j -= 1
        if j < 0 or doc[j].text != ":" or not self.outside(j):
            return False
        lo = self._sentence_start(j)
        subject = self._clause_subject(lo, j)
        return subject is not None and self._take(f, subject, "colon introduction", 0.7)

    def _is_dateline(self, lo: int, hi: int) -> bool:
        """HALDEN, March 5 (Coastline Wire) —: a place and date opening an article, not a speaker."""
        words = [t for t in self.doc[lo:hi] if t.is_alpha]
        return any(t.ent_type_ == "DATE" for t in self.doc[lo:hi]) or bool(words and words[0].text.isupper()
                                                                             and len(words[0]) > 2)

    def _sentence_start(self, j: int) -> int:
        """First token of the sentence (outside quotations, same paragraph) that token j ends."""
        lo = j
        while lo > 0 and self.para_of[lo - 1] == self.para_of[j] and self.doc[lo - 1].text not in _SENTENCE_END \
                and self.outside(lo - 1):
            lo -= 1
        return lo

    def _by_previous_sentence(self, k, f: Found, before, after) -> bool:
        """A quotation that opens its sentence after a reporting sentence: Bystrom agreed. “…”"""
        b_lo, b_hi = before
        if b_hi - b_lo > 1 or b_lo == 0 or self.doc[b_lo - 1].text not in _SENTENCE_END:
            return False
        end = b_lo - 1
        if not self.outside(end) or self.para_of[end] != self.para_of[self.tok_range[k][0]]:
            return False
        lo = self._sentence_start(end)
        cues = self._cues_in(lo, end)
        if not cues:
            return False
        subject = self.subject_of(cues[-1], lo, end)
        if subject is None or not self.plausible(subject):
            return False
        return self._take(f, subject, "previous sentence", 0.65, cues[-1])

    def _by_earlier_quote(self, k, f: Found, before, after) -> bool:
        """The quotation before it in the paragraph, or the previous quotation paragraph, speaks on."""
        earlier = self._earlier_quote(k)
        if earlier is None:
            return False
        same = self.para_of[self.tok_range[earlier][0]] == self.para_of[self.tok_range[k][0]]
        f.inherit_from = earlier
        f.method, f.strength = ("same paragraph", 0.7) if same else ("paragraph continuation", 0.6)
        return True

    def _by_previous_paragraph(self, k, f: Found, before, after) -> bool:
        """A quotation paragraph with no attribution after a paragraph about someone: that someone."""
        b_lo, b_hi = before
        a = self.tok_range[k][0]
        para = self.para_of[a]
        if b_hi > b_lo or para == 0 or any(not self.doc[i].is_space for i in range(self.para_start[para], a)):
            return False
        end = self.para_start[para] - 1
        while end >= 0 and (self.doc[end].is_space or self.doc[end].is_punct):
            end -= 1
        if end < 0 or not self.outside(end):
            return False
        lo = self._sentence_start(end)
        for i in range(lo, end + 1):
            t = self.doc[i]
            if t.dep_ in _SUBJECT_DEPS and t.head.dep_ == "ROOT" and self.plausible(t) \
                    and (t.pos_ == "PROPN" or t.lower_ in PERSONAL_PRONOUNS or t.ent_type_ == "PERSON"):
                return self._take(f, t, "previous paragraph", 0.4)
        return False

    def _by_clause_subject(self, k, f: Found, before, after) -> bool:
        """A quotation inside someone's clause with no reporting verb: that clause's subject."""
        (b_lo, b_hi), (a_lo, a_hi) = before, after
        for tok in self._ancestors_outside(k):
            if tok.pos_ not in ("VERB", "AUX"):
                continue
            subject = next((c for c in tok.children if c.dep_ in _SUBJECT_DEPS and self.outside(c.i)), None)
            if subject is not None and subject.lower_ in ("who", "that", "which") and tok.dep_ == "relcl":
                continue  # "a liar who is “amoral”": the clause that matters is further up
            one_word = len(self.text[self.spans[k].start:self.spans[k].end].split()) < 2
            if subject is not None and self.plausible(subject) and not one_word \
                    and (b_lo <= subject.i < b_hi or a_lo <= subject.i < a_hi):
                return self._take(f, subject, "clause subject", 0.4)
            break
        return False

    def _cue_range(self, verb) -> tuple[int, int]:
        """The cue as written: the verb, with its particle or short object ("told parliament")."""
        hi = verb.i + 1
        if verb.lower_ == "according":
            return verb.i, min(verb.i + 2, len(self.doc))
        for child in verb.rights:
            if child.dep_ == "prt" and child.i == hi:
                hi += 1
            elif child.dep_ in ("dobj", "dative") and child.i == hi and self.outside(child.i) \
                    and child.right_edge.i - verb.i <= 3 and REPORTING_FORMS.get(verb.lower_) == "tell":
                hi = child.right_edge.i + 1
        return verb.i, hi

    def _clause_subject(self, lo: int, hi: int):
        """The subject of the clause in tokens lo..hi, else its first name."""
        for i in range(lo, hi):
            t = self.doc[i]
            if t.dep_ in _SUBJECT_DEPS and self.outside(i) and self.plausible(t):
                return t
        for i in range(lo, hi):
            t = self.doc[i]
            if t.pos_ == "PROPN" and self.outside(i):
                return self._np_head(t)
        return None

    def _earlier_quote(self, k: int) -> int | None:
        """The quotation whose speaker carries over to quotation k, if the convention applies."""
        earlier = next((j for j in range(k - 1, -1, -1) if not self.found[j].scare), None)
        if earlier is None:
            return None
        a = self.tok_range[k][0]
        prev_b = self.tok_range[earlier][1]
        para, prev_para = self.para_of[a], self.para_of[prev_b - 1]
        if para == prev_para:
            return earlier
        starts_para = all(self.doc[i].is_space for i in range(self.para_start[para], a))
        if not starts_para or para - prev_para > 2:
            return None
        # the words after the earlier quotation must be no more than its attribution sentence
        between = [i for i in range(prev_b, a) if not self.doc[i].is_space and self.para_of[i] == prev_para]
        if any(self.doc[i].text in _SENTENCE_END for i in between[:-1]):
            return None
        return earlier

    # ------------------------------------------------------------------ what kind of quotation
    def _is_partial(self, k, b_lo, b_hi) -> bool:
        """A quotation embedded in the reporter's own sentence rather than standing alone."""
        words_before = [t for t in self.doc[b_lo:b_hi] if not t.is_punct and not t.is_space]
        if not words_before:
            return False
        last = self.doc[b_hi - 1]
        if last.text == ":" or (last.text == "," and len(words_before) <= 4):
            return False
        return True

    def _stands_alone(self, k, before, after) -> bool:
        """“Savage,” she said: a quotation that is its own sentence, attributed right after."""
        (b_lo, b_hi), (a_lo, a_hi) = before, after
        if any(not t.is_punct and not t.is_space for t in self.doc[b_lo:b_hi]):
            return False
        return any(self.is_cue(t) for t in self.doc[a_lo:min(a_hi, a_lo + 4)])

    def _looks_like_name(self, k, b_lo, b_hi) -> bool:
        """Scare quotes, titles, nicknames and slogans: flagged phrases or short Title Case."""
        s = self.spans[k]
        words = self.text[s.start:s.end].strip().rstrip(".,;:!?").split()
        before = [t for t in self.doc[b_lo:b_hi] if not t.is_punct and t.lower_ not in ("a", "an", "the")]
        prev = before[-1].lower_ if before else ""
        if prev in SCARE_CUES or self.text[max(0, s.open_at - 10):s.open_at].lower().rstrip().endswith(
                ("so-called", "so called")):
            return True
        if not words or len(words) > 7:
            return False
        title_case = all(w[:1].isupper() or w.lower() in _SMALL_WORDS or not w[:1].isalpha() for w in words)
        if not title_case:
            return False
        if self._whole_paragraph(k):
            return True  # a section heading in quotation marks: 'All Bets Are Off.'
        if self._headline_case(k):
            return False
        work = prev in WORK_NOUNS or (prev == "of" and len(before) > 1 and before[-2].lower_ in WORK_NOUNS)
        return len(words) <= 4 or work or (before and before[-1].text.endswith(("'s", "\u2019s")))

    def _whole_paragraph(self, k: int) -> bool:
        """Whether quotation k is all there is in its paragraph."""
        a, b = self.tok_range[k]
        para = self.para_of[a]
        lo = self.para_start[para]
        hi = self.para_start[para + 1] if para + 1 < len(self.para_start) else len(self.doc)
        return all(t.is_space or t.is_punct for t in list(self.doc[lo:a]) + list(self.doc[b:hi]))

    def _headline_case(self, k: int) -> bool:
        """Whether the quotation's paragraph is itself in Title Case (a headline)."""
        a = self.tok_range[k][0]
        para = self.para_of[a]
        lo = self.para_start[para]
        hi = self.para_start[para + 1] if para + 1 < len(self.para_start) else len(self.doc)
        words = [t for t in self.doc[lo:hi] if t.is_alpha and self.outside(t.i)]
        if len(words) < 3:
            return True
        return sum(t.text[:1].isupper() for t in words) >= 0.7 * len(words)
