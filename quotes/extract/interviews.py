"""Unlabelled question-and-answer interviews: a lead-in names the interviewee ("We spoke to glaciologist
Ingrid …"), each question stands as a line of its own ending in "?", and each answer is a quoted paragraph
with no cue.  The answers are the interviewee's, whoever the answer or the prose between names."""
from __future__ import annotations

from .layout import Layout

#: Words before a name that make it the byline's or the interviewer's, not the interviewee's.
_INTERVIEWER_WORDS = frozenset(("by", "reporter", "correspondent", "editor", "writer", "interviewer", "host"))
#: Verbs of meeting or talking to someone that an interview's lead-in puts after "we" ("We met him at …").
_MEETING_VERBS = frozenset("met meet spoke speak talked talk interviewed caught sat joined visited".split())
#: Verbs of joining "us" and of answering questions, whose subject is the interviewee ("She joined us", "he answers").
_JOINING_VERBS = frozenset("joined joins join".split())
_ANSWERING_VERBS = frozenset("answers answered answer answering tackles tackled".split())
#: Bold or emphasis marks a question line may be wrapped in.
_EMPHASIS = frozenset(("*", "**", "_", "__"))


def question_line(lay: Layout, para: int) -> bool:
    """Whether paragraph `para` is a question standing alone: no quotation in it, at most 40 words, ending in "?"."""
    lo, hi = lay.paragraph_range(para)
    words = [t for t in lay.tokens[lo:hi] if not t.is_space and t.text not in _EMPHASIS]
    return bool(words) and len(words) <= 40 and words[-1].text == "?" and all(lay.outside(t.i) for t in words)


def previous_paragraph(lay: Layout, para: int) -> int | None:
    """The number of the last paragraph with words before paragraph `para`."""
    for p in range(para - 1, -1, -1):
        lo, hi = lay.paragraph_range(p)
        if any(not t.is_space for t in lay.tokens[lo:hi]):
            return p
    return None


def answers(lay: Layout, k: int) -> bool:
    """Whether quotation k is an answer: the whole of its paragraph, right after a question line."""
    para = lay.para_of[lay.tok_range[k][0]]
    before = previous_paragraph(lay, para)
    return lay.whole_paragraph(k) and before is not None and question_line(lay, before)


def interviewee(lay: Layout):
    """The head token of the interviewee's mention: whom the lead-in (the paragraphs before the first question
    line that an answer follows) says "we" met or spoke to ("We caught up with Pinder at the stables") or who joins
    "us" or answers the questions ("Below, she answers listeners' questions"), else the
    first person it names (the headline only when it names no one), not the byline's nor a reporter's; None when
    there is no such interview."""
    first = next((lay.para_of[lay.tok_range[k][0]] for k in range(len(lay.spans)) if answers(lay, k)), None)
    if first is None:
        return None
    doc = lay.doc
    lead = list(doc[:lay.para_start[previous_paragraph(lay, first)]])
    met = next((o for o in reversed(lead) if (_met_by_us(o) or _answers_us(o)) and lay.outside(o.i)), None)
    if met is not None:
        return met
    for tok in sorted(lead, key=lambda t: lay.para_of[t.i] == 0):  # the headline last
        ends_name = tok.ent_type_ == "PERSON" and (tok.i + 1 >= len(doc) or doc[tok.i + 1].ent_iob_ != "I")
        if not ends_name or not lay.outside(tok.i) or _word_before_name_or_number(tok):
            continue
        start = tok.i
        while doc[start].ent_iob_ == "I":
            start -= 1
        if not any(t.lower_ in _INTERVIEWER_WORDS for t in doc[max(lay.para_start[lay.para_of[tok.i]], start - 3):start]):
            return tok
    return None


def _answers_us(tok) -> bool:
    """Whether a name or a pronoun is the subject of joining "us", of speaking to "us" or to a named interviewer, or of
    answering questions ("Dr Marsh joined us this week", "She spoke to us from her home", "She spoke to Mahesh Perera
    in Matara", "Below, she answers listeners' questions")."""
    if tok.pos_ not in ("PROPN", "PRON") or tok.dep_ != "nsubj" or tok.lower_ in ("we", "i", "you"):
        return False
    verb, objects = tok.head, [c.lower_ for c in tok.head.children if c.dep_ == "dobj"]
    spoke_to_us = verb.lower_ in _MEETING_VERBS and any(  # (or to the one who asks: "She spoke to Mahesh Perera", or
        p.lower_ in ("to", "with") and any(o.lower_ == "us" or o.ent_type_ == "PERSON" and o.pos_ == "PROPN"
                                           or _paper(o) for o in p.children)  # to the paper: "spoke with the Ledger")
        for p in verb.children if p.dep_ == "prep")
    return verb.lower_ in _JOINING_VERBS and "us" in objects or spoke_to_us \
        or verb.lower_ in _ANSWERING_VERBS and any(o in ("questions", "queries") for o in objects)


def _met_by_us(tok) -> bool:
    """Whether a name or a pronoun is whom "we" (or the paper) met or spoke to ("we spoke to him", "We caught up with
    Pinder", "Euroview spoke to Dr Hanna Vermeulen"):
    the object of a verb of meeting, directly or after "to"/"with"."""
    if tok.pos_ not in ("PROPN", "PRON") or tok.dep_ not in ("dobj", "pobj") or _paper(tok):
        return False  # (not the paper someone spoke with)
    if tok.dep_ == "pobj" and tok.head.lower_ not in ("to", "with"):
        return False
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    while (verb.dep_ == "prt" or verb.lower_ == "up") and verb.head.i != verb.i:  # "caught up with": the verb, not
        verb = verb.head  # its particle (a particle the parser made the root is its own head: no further)
    return verb.lower_ in _MEETING_VERBS and any(c.dep_ == "nsubj" and (c.lower_ == "we" or _outlet(c)) for c in verb.children)


def _outlet(tok) -> bool:
    """Whether a subject is a name of no person, as a paper or a programme is ("Euroview spoke to Dr Hanna …")."""
    return tok.pos_ == "PROPN" and tok.ent_type_ not in ("PERSON", "NORP", "GPE") and tok.head.i > tok.i


def _paper(tok) -> bool:
    """Whether a name is a paper's or a programme's written after "the" ("spoke with the Ledger"): no person's."""
    return tok.pos_ == "PROPN" and tok.ent_type_ not in ("PERSON", "NORP", "GPE") \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)


def _word_before_name_or_number(tok) -> bool:
    """Whether a one-word name of the tagger's is a word in front of a name or a number ("Agronomist Dr Helen Marsh",
    a podcast's "Episode 12"): no one's name."""
    doc = tok.doc
    if tok.ent_iob_ != "B" or tok.i + 1 >= len(doc):
        return False
    after = doc[tok.i + 1]
    return after.like_num or tok.dep_ == "compound" and tok.head.i > tok.i and tok.head.pos_ == "PROPN"
