"""Attribution: for each quotation, the reporting cue and the mention of its speaker.

Strategies are tried in order until one finds a speaker: a transcript's speaker label
("PENCE: …"); a headline's "Name:" or "Name Says"; the reporting verb that governs the
quotation in the parse (crediting the outer speaker when the inner one is a pronoun for
them or reports a belief inside their statement), else a cue right after it ("…," X
said) or before it (X said: "…"); any verb right after a quotation ending in a comma; a
colon or dash introduction; a reporting sentence just before it; the subject of the
clause it sits in; the quotation before it in the paragraph or the previous quotation
paragraph; the subject of the paragraph before.
"""
from __future__ import annotations

from dataclasses import dataclass

from .grammar import SUBJECT_DEPS, Grammar
from .layout import SENTENCE_END
from .lexicon import DOCUMENT_NOUNS, PERSONAL_PRONOUNS, REPORTING_FORMS, STRONG
from .marks import SPEAKER_LABEL, QuoteSpan

_DASHES = ("\u2014", "\u2013", "\u2015", "-", "--")


@dataclass
class Found:
    """What attribution found for one quotation (token indices into the Doc)."""

    span: QuoteSpan
    cue: tuple[int, int] | None = None  # token range of the cue
    subject: tuple[int, int] | None = None  # token range of the speaker mention
    head: int | None = None  # token index of the mention's head
    via: tuple[int, int] | None = None  # mention of a source that relays the words
    method: str = "none"
    partial: bool = False
    scare: bool = False
    inherit_from: int | None = None  # index of an earlier quotation whose speaker applies


class Attributor(Grammar):
    """Finds cues and speaker mentions for the quotations of one parsed article."""

    def attribute(self) -> list[Found]:
        self.names = [self.looks_like_name(k, *self.gap_before(k)) for k in range(len(self.spans))]
        self.found: list[Found] = []
        for k, span in enumerate(self.spans):
            self.found.append(self._attribute_one(k, span))
        return self.found

    def _attribute_one(self, k: int, span: QuoteSpan) -> Found:
        f = Found(span)
        gaps = self.gap_before(k), self.gap_after(k)
        f.partial = self.is_partial(*gaps[0])
        f.scare = self.names[k] and not self.stands_alone(*gaps)
        for strategy in (self._by_label, self._by_headline, self._by_cue, self._by_unknown_verb_after, self._by_introduction,
                         self._by_previous_sentence, self._by_clause_subject, self._by_earlier_quote,
                         self._by_previous_paragraph):
            if strategy(k, f, *gaps):
                break
        return f

    def _take(self, f: Found, subject, method: str, cue=None) -> bool:
        f.head, f.subject = subject.i, self.mention_range(subject)
        f.method = method
        if cue is not None:
            f.cue = self.cue_range(cue)
        return True

    def _by_label(self, k, f: Found, before, after) -> bool:
        """A transcript turn: the speaker's name in capitals before a colon ("PENCE: Well, …")."""
        span = self.spans[k]
        label = SPEAKER_LABEL.match(self.text, span.start, span.end)
        if label is None:
            return False
        lo, hi = self.tokens_between(span.start, label.end() - 1)
        words = [t for t in self.doc[lo:hi] if t.is_alpha]
        if not words or len(words) > 4:
            return False
        f.subject, f.head = (words[0].i, words[-1].i + 1), words[-1].i
        f.method = "transcript label"
        return True

    def _by_headline(self, k, f: Found, before, after) -> bool:
        """Headlines: "Sanders: Clinton needs to ‘…’" and "Obama Says … ‘…’" name their speaker first."""
        a = self.tok_range[k][0]
        para = self.para_of[a]
        if not self.headline_case(k):
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
                    f.method = "headline"
                    if t.text != ":":
                        f.cue = (i, i + 1)
                    return True
                return False
        return False

    def _by_cue(self, k, f: Found, before, after) -> bool:
        """A reporting verb that governs the quotation, else the nearest one after or before it."""
        (b_lo, b_hi), (a_lo, a_hi) = before, after
        cues_before = self.cues_in(b_lo, b_hi)
        cues_after = [c for c in self.cues_in(a_lo, a_hi) if not self.has_own_content(c)]
        if cues_after and cues_after[0].i - a_lo > 8 \
                and self.ends_sentence(k) and not self.subject_starts_gap(cues_after[0], a_lo, a_hi):
            cues_after = []
        governing = [c for c in self.governing_cues(k) if b_lo <= c.i < b_hi or a_lo <= c.i < a_hi]
        if governing:
            return self._by_governing(k, f, governing, cues_after, a_lo, a_hi)
        if cues_after and (not cues_before or cues_after[0].i - a_lo <= 6):
            choice, method = cues_after[0], "cue after quote"
        elif cues_before:
            choice, method = cues_before[-1], "cue before quote"
        else:
            return False
        lo, hi = (b_lo, b_hi) if choice.i < self.tok_range[k][0] else (a_lo, a_hi)
        subject = self.subject_of(choice, lo, hi)
        if subject is None:
            return False
        self._take(f, subject, method, choice)
        self._relay(k, f, choice, None, cues_after, a_lo, a_hi)
        return True

    def _by_governing(self, k, f: Found, governing: list, cues_after: list, a_lo: int, a_hi: int) -> bool:
        """The innermost governing cue, unless its speaker is a pronoun an outer cue names
        (“he said he believes …”, The Post reported); the next outer cue relays the words."""
        chain = [(cue, self.subject_of(cue, *self.gap_of(k, cue))) for cue in governing]
        chain = [(cue, subj) for cue, subj in chain if subj is not None]
        if not chain:
            return False
        pick = 0
        while pick + 1 < len(chain) and self._same_speaker_outside(chain[pick], chain[pick + 1]):
            pick += 1
        cue, subject = chain[pick]
        self._take(f, subject, "governing verb", cue)
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

    def _by_unknown_verb_after(self, k, f: Found, before, after) -> bool:
        """“…,” an angry Hollande retaliated: any verb right after a quotation ending in a comma."""
        a_lo, a_hi = after
        ending = self.text[self.spans[k].start:self.spans[k].end].rstrip()[-1:]
        if not (self.ends_with_comma(k, a_lo, a_hi) or ending in "?!") or a_hi - a_lo > 14:
            return False
        for i in range(a_lo, min(a_hi, a_lo + 8)):
            verb = self.doc[i]
            if verb.pos_ == "VERB" and not self.has_own_content(verb):
                subject = self.subject_of(verb, a_lo, a_hi)
                if subject is not None and a_lo <= subject.i < a_hi and self.plausible(subject):
                    return self._take(f, subject, "verb after quote", verb)
        return False

    def _by_introduction(self, k, f: Found, before, after) -> bool:
        """Smith: “…”, “…” — Smith, and a paragraph introduced by a colon at the end of the last one."""
        (b_lo, b_hi), (a_lo, a_hi) = before, after
        doc = self.doc
        prev = b_hi - 1
        if prev > b_lo and doc[prev].text in (":",) + _DASHES and not self.is_dateline(b_lo, prev):
            subject = self.clause_subject(b_lo, prev)
            if subject is None and doc[prev].text == ":" and doc[prev - 1].lower_ in DOCUMENT_NOUNS:
                subject = doc[prev - 1]  # "… exemplified by this finding: “…”"
            if subject is not None:
                return self._take(f, subject, "colon introduction")
        after_mark = self.text[self.spans[k].outer_end:self.spans[k].outer_end + 3].lstrip()[:1]
        if a_lo < a_hi and (doc[a_lo].text in _DASHES or after_mark in _DASHES) and a_hi - a_lo <= 8:
            subject = self.clause_subject(a_lo + (doc[a_lo].text in _DASHES), a_hi)
            if subject is not None and subject.pos_ == "PROPN" and not subject.text.isupper():
                return self._take(f, subject, "dash attribution")
        a = self.tok_range[k][0]
        if b_lo != b_hi or a == 0 or self.para_of[a - 1] == self.para_of[a]:
            return False
        j = a - 1
        while j >= 0 and doc[j].is_space:
            j -= 1
        if j < 0 or doc[j].text != ":" or not self.outside(j):
            return False
        lo = self.sentence_start(j)
        subject = self.clause_subject(lo, j)
        return subject is not None and self._take(f, subject, "colon introduction")

    def _by_previous_sentence(self, k, f: Found, before, after) -> bool:
        """A quotation that opens its sentence after a reporting sentence: Bystrom agreed. “…”"""
        b_lo, b_hi = before
        if b_hi - b_lo > 1 or b_lo == 0 or self.doc[b_lo - 1].text not in SENTENCE_END:
            return False
        end = b_lo - 1
        if not self.outside(end) or self.para_of[end] != self.para_of[self.tok_range[k][0]]:
            return False
        lo = self.sentence_start(end)
        cues = self.cues_in(lo, end)
        if not cues:
            return False
        subject = self.subject_of(cues[-1], lo, end)
        if subject is None or not self.plausible(subject):
            return False
        return self._take(f, subject, "previous sentence", cues[-1])

    def _by_earlier_quote(self, k, f: Found, before, after) -> bool:
        """The quotation before it in the paragraph, or the previous quotation paragraph, speaks on."""
        earlier = self._earlier_quote(k)
        if earlier is None:
            return False
        same = self.para_of[self.tok_range[earlier][0]] == self.para_of[self.tok_range[k][0]]
        f.inherit_from = earlier
        f.method = "same paragraph" if same else "paragraph continuation"
        return True

    def _by_previous_paragraph(self, k, f: Found, before, after) -> bool:
        """A quotation paragraph with no attribution after a paragraph about someone: that someone."""
        b_lo, b_hi = before
        a = self.tok_range[k][0]
        para = self.para_of[a]
        if b_hi > b_lo or para == 0 or not self.starts_paragraph(k):
            return False
        end = self.para_start[para] - 1
        while end >= 0 and (self.doc[end].is_space or self.doc[end].is_punct):
            end -= 1
        if end < 0 or not self.outside(end):
            return False
        lo = self.sentence_start(end)
        for i in range(lo, end + 1):
            t = self.doc[i]
            if t.dep_ in SUBJECT_DEPS and t.head.dep_ == "ROOT" and self.plausible(t) \
                    and (t.pos_ == "PROPN" or t.lower_ in PERSONAL_PRONOUNS or t.ent_type_ == "PERSON"):
                return self._take(f, t, "previous paragraph")
        return False

    def _by_clause_subject(self, k, f: Found, before, after) -> bool:
        """A quotation inside someone's clause with no reporting verb: that clause's subject."""
        (b_lo, b_hi), (a_lo, a_hi) = before, after
        for tok in self.ancestors_outside(k):
            if tok.pos_ not in ("VERB", "AUX"):
                continue
            subject = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS and self.outside(c.i)), None)
            if subject is not None and subject.lower_ in ("who", "that", "which") and tok.dep_ == "relcl":
                continue  # "a liar who is “amoral”": the clause that matters is further up
            one_word = len(self.text[self.spans[k].start:self.spans[k].end].split()) < 2
            if subject is not None and self.plausible(subject) and not one_word \
                    and (b_lo <= subject.i < b_hi or a_lo <= subject.i < a_hi):
                return self._take(f, subject, "clause subject")
            break
        return False

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
        if not self.starts_paragraph(k) or para - prev_para > 2:
            return None
        # the words after the earlier quotation must be no more than its attribution sentence
        between = [i for i in range(prev_b, a) if not self.doc[i].is_space and self.para_of[i] == prev_para]
        if any(self.doc[i].text in SENTENCE_END for i in between[:-1]):
            return None
        return earlier

    # ------------------------------------------------------------------ what kind of quotation
