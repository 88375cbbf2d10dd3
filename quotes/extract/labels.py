"""Quotations that label a thing rather than report anybody's words.

- words on a sign that no one named holds: "Some carried placards reading “…”", "a banner that read
  “…”" (where a named person holds it up, the words are taken for theirs, as news annotators do);
- the same words set as a sentence with their sign after them: "“…,” the signs read" (read_off_a_sign);
- a quotation written as the name of a grade, class or sign before its noun: his “hold” rating,
  their “Fix it” placards; or after its noun and "of": a verdict of “accidental death”; a grade after the verb that
  gives it or its noun: rates the stock a “buy”, keeps stance ‘neutral’;
- a photo's caption: "Readers’ pictures: “Quiet streets before the storm”" (a reader's words there, with a
  subject and its verb, are theirs);
- a term of art: what a class of people (a plural noun, no one in particular) call a “…”, or what is
  called a “…”; the name such a class gives a thing: fishermen call the stretch “…”;
- a word set off as a term before its noun in a relative clause sorting people by what they do: those who
  worked “rotating” patterns;
- a headline's scare quote renaming a thing in its clause: Heads warn grades ‘one-word verdicts’ are driving
  staff out (a noun phrase in apposition to the noun before it, not what the clause says).
The nouns are data (data/label_nouns.tsv).
"""
from __future__ import annotations

import regex

from .. import data
from .grammar import is_root
from .layout import Layout
from .lexicon import BODY_NOUNS, REPORTING_FORMS

#: noun -> "inscription" (a thing words are written on) or "label" (a grade, class or name of something).
LABEL_NOUNS = {row[0]: row[1] for row in data.rows("label_nouns.tsv")}
#: Analysts' grades and banks' stances ("buy", "outperform", "neutral"; data/ratings.tsv).
_RATINGS = frozenset(row[0] for row in data.rows("ratings.tsv"))
#: Verbs that give a grade ("rates the stock a", "upgraded it to", "kept").
_RATING_VERBS = frozenset("rate rates rated rating upgrade upgrades upgraded downgrade downgrades downgraded reiterate "
                          "reiterates reiterated maintain maintains maintained keep keeps kept initiate initiates "
                          "initiated assign assigns assigned".split())
#: Verbs by which a sign shows its words ("placards reading", "a shirt that said").
_SHOWING = frozenset("read reads reading say says said saying proclaim proclaims proclaimed proclaiming "
                     "declare declares declared declaring bear bears bore bearing".split())
#: A live page's label over a photo or video ("Readers’ pictures:").
_PICTURES = frozenset("picture pictures photo photos photograph photographs video videos".split())
#: Bearers whose sign's words are taken for their own: one person named, or he, she, I.
_OWN_PRONOUNS = frozenset(("he", "she", "i"))
#: "what researchers call a", "what is known as the", "what has been called", "which they call", "a stretch athletes
#: call": a term, no one's words (not "what they call": PolNeAR's gold takes that for the words of those "they" are).
_CALLING = r"\s+(?:\p{Ll}+ly\s+)?(?:call|term|dub|refer\s+to\s+as|describe\s+as)"
_PEOPLE = r"(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+s"
_TERM = regex.compile(
    rf"(?:\b[Ww]hat\s+(?:{_PEOPLE}{_CALLING}"
    r"|(?:is|are|was|were|has\s+been|have\s+been)\s+(?:\p{Ll}+ly\s+)?"
    r"(?:called|termed|dubbed|known(?:\s+\p{Ll}+ly)?\s+as|referred\s+to\s+as|described\s+as))"
    rf"|\b(?:which|that)\s+(?:{_PEOPLE}|they){_CALLING}|\b(?:a|an|the)\s+[\p{{Ll}}-]+\s+{_PEOPLE}{_CALLING})"
    r"\s+(?:(?:a|an|the)\s+)?$")

#: "the new levy is simply called", "the dish is known as": what a thing goes by now, unless the words after the
#: quotation say who calls it so ("is called “a traitor” by members of her party": a judgement, theirs).
_CALLED_NOW = regex.compile(r"\b(?:is|are)\s+(?:\p{Ll}+ly\s+)?(?:called|termed|dubbed|known\s+as)\s+(?:(?:a|an|the)\s+)?$")
#: An agent or a count right after a quotation's closing mark ("by members of …", "three times").
_AGENT_AFTER = regex.compile(r"[,.]?\s*(?:by\b|\p{Ll}+\s+times\b|once\b|twice\b)")

#: "…, known as", "…, popularly known as", "known to staff as", "known among locals as", "…, known locally as the",
#: "…, known in the corridors as the": the name a thing or person goes by (after a comma or with those who call it so, or where;
#: "it's known as “…”" stays with _TERM's copulas).
_KNOWN_AS = regex.compile(r"(?:,\s*(?:\p{Ll}+ly\s+)?known\s+(?:\p{Ll}+ly\s+)?|\bknown\s+(?=to|among|by))"
                          r"(?:(?:to|among|by|in|around|on|at|inside|within)\s+(?:[\p{L}'\u2019-]+\s+){1,3})?"
                          r"as\s+(?:(?:a|an|the)\s+)?$")


def _noun(word) -> str:
    """The word as LABEL_NOUNS lists it: singular ("placards" -> "placard"; the parse has no lemmas)."""
    low = word.lower_
    return low[:-1] if low not in LABEL_NOUNS and low.endswith("s") else low


def names_a_thing(lay: Layout, k: int, b_lo: int, b_hi: int) -> bool:
    """Whether quotation k labels a thing (see the module); b_lo..b_hi: the tokens before it in its clause."""
    before = [t for t in lay.tokens[b_lo:b_hi] if not t.is_punct and t.lower_ not in ("a", "an", "the")]
    return _label_before_noun(lay, k) or _inscription(before) or _caption(lay, k, b_hi, before) or _term_of_art(lay, k) \
        or _term_before_noun(lay, k) or _headline_term(lay, k) or _label_of(before) or _grade(lay, k, before) \
        or _crowd_naming(lay, k)


def _grade(lay: Layout, k: int, before: list) -> bool:
    """"who rates the stock “outperform.”", "keeps stance ‘neutral’": a grade alone in the marks (data/ratings.tsv),
    after a verb of rating three words before at most or right after a label noun, no one's words."""
    said = lay.text[lay.spans[k].start:lay.spans[k].end].strip(" .,;:!?").lower()
    return said in _RATINGS and bool(before) and (any(t.lower_ in _RATING_VERBS for t in before[-3:])
                                                  or before[-1].pos_ == "NOUN" and LABEL_NOUNS.get(_noun(before[-1])) == "label")


def _label_of(before: list) -> bool:
    """"a verdict of “accidental death”", "a rating of “outstanding”": the quotation is the grade or class a label
    noun with its determiner right before "of" gives something, no one's words; not "X warning of “…”", a verb the
    parser may take for a noun."""
    return len(before) >= 2 and before[-1].lower_ == "of" and before[-2].pos_ == "NOUN" \
        and LABEL_NOUNS.get(_noun(before[-2])) == "label" and _noun(before[-2]) != "warning" \
        and any(c.dep_ in ("det", "poss") for c in before[-2].children)


def _term_before_noun(lay: Layout, k: int) -> bool:
    """“rotating” patterns: one lower-case word quoted as the modifier of the noun right after it, inside a relative
    clause that sorts people by what they do (those who worked “rotating” patterns): a class's term, no one's words.
    Anywhere else such a word is most often what the sentence's subject called it (accusations that they waged
    “sexist” attacks; a book in which he exposes her “eruptive” behaviour), and stays a quotation."""
    a, b = lay.tok_range[k]
    words = [t for t in lay.tokens[a:b] if not t.is_punct]
    if len(words) != 1 or not words[0].is_alpha or not words[0].is_lower or b >= len(lay.doc):
        return False
    nxt, word = lay.tokens[b], words[0]
    if nxt.pos_ != "NOUN" or not (word.head.i == nxt.i and word.dep_ in ("amod", "compound") or nxt.head.i == word.i):
        return False  # (the parser may take the word for a verb with the noun its object: did “split” shifts)
    node = nxt if word.head.i == nxt.i else word
    while node.dep_ != "relcl":
        if is_root(node):
            return False
        node = node.head
        if REPORTING_FORMS.get(node.lower_):
            return False  # (people who called them “rigged” elections: their words)
    return _sorts_people(node)


def _sorts_people(verb) -> bool:
    """Whether a relative clause's verb says what a class of people does: its subject the relative pronoun, the noun
    it hangs on plural or "those" (pupils who attended …, those who worked …; not Smith, whose book features …)."""
    head = verb.head
    return (head.tag_ == "NNS" or head.lower_ in _CLASS_PRONOUNS) \
        and any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in verb.children)


#: Pronouns that stand for a class of people before a relative clause.
_CLASS_PRONOUNS = frozenset(("those", "anyone", "anybody", "everyone", "everybody"))


def _headline_term(lay: Layout, k: int) -> bool:
    """Heads warn grades ‘one-word verdicts’ are driving staff out: in a heading, a quoted noun phrase set in
    apposition to the noun right before it, with the clause's verb right after it, renames that thing; no one's
    words (a quoted subject stays a quotation: Minister says ‘tough choices’ lie ahead)."""
    if not lay.in_heading(k):
        return False
    a, b = lay.tok_range[k]
    inner = [t for t in lay.doc[a:b] if not t.is_punct]
    if not inner:
        return False
    root = next((t for t in inner if not (a <= t.head.i < b) or is_root(t)), None)
    return root is not None and root.pos_ in ("NOUN", "PROPN") and a > 0 and lay.doc[a - 1].pos_ == "NOUN" \
        and b < len(lay.doc) and lay.doc[b].pos_ in ("AUX", "VERB")  # (however the parser hung it)


def _label_before_noun(lay: Layout, k: int) -> bool:
    """“hold” rating, “No water” placards: the quotation's words hang from the label noun right after it."""
    a, b = lay.tok_range[k]
    if b >= len(lay.doc):
        return False
    said = lay.text[lay.spans[k].start:lay.spans[k].end].rstrip()
    nxt = lay.doc[b]
    return said[-1:] not in ".,;:!?" and nxt.pos_ == "NOUN" and _noun(nxt) in LABEL_NOUNS \
        and any(t.head.i == nxt.i for t in lay.tokens[a:b]) and not _runs_into_object(lay, a, b, nxt)


def _runs_into_object(lay: Layout, a: int, b: int, noun) -> bool:
    """Whether the noun after a quotation hangs on its words, which end in a bare verb wanting its object (“a failure
    to recognise and escalate” signs of infection): the quotation runs into the sentence, no label of the noun
    (“Keep the ferry running” banners is)."""
    last = next((t for t in reversed(lay.doc[a:b]) if not t.is_punct), None)
    return last is not None and a <= noun.head.i < b and last.tag_ == "VB"


def _inscription(before: list) -> bool:
    """"placards reading “…”", "a banner that read “…”", "The sign said: “…”": a sign's words, unless a
    person named (or he, she) holds it up."""
    if not before or before[-1].lower_ not in _SHOWING:
        return False
    verb = before[-1]
    sign = verb.head if verb.dep_ in ("acl", "relcl") else next(
        (ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
    if sign is None or LABEL_NOUNS.get(_noun(sign)) != "inscription":
        return False
    bearer = _bearer(sign)
    return bearer is None or not (bearer.ent_type_ == "PERSON" or bearer.pos_ == "PROPN" or bearer.lower_ in _OWN_PRONOUNS)


def read_off_a_sign(lay: Layout, k: int) -> bool:
    """“Save our unit,” the signs read; “No to the quarry,” one banner said: a sign's words, though set as a sentence
    of their own with a cue after them (within four words), unless a person named holds the sign up ("the board
    said" is a body's)."""
    words = [t for t in lay.tokens[slice(*lay.gap_after(k))] if not t.is_punct and t.lower_ not in ("a", "an", "the")]
    verb = next((n for n, t in enumerate(words[:4]) if t.lower_ in _SHOWING), None)
    return verb is not None and not any(t.lower_ in BODY_NOUNS for t in words[:verb]) and _inscription(words[:verb + 1])


def _caption(lay: Layout, k: int, b_hi: int, before: list) -> bool:
    """"Readers’ pictures: “Quiet streets before the storm”": a photo's caption after a picture's label and a colon,
    words with no clause of their own (a reader's own words after it, “the whole sky went orange”, with a subject
    and its verb, are a quotation)."""
    if not before or before[-1].lower_ not in _PICTURES or lay.doc[b_hi - 1].text != ":":
        return False
    a, b = lay.tok_range[k]
    return not any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in lay.tokens[a:b])


def _bearer(sign):
    """Who carries the sign: the subject of the verb it is the object of ("Some carried placards"),
    or of the clause a "with"/"in" phrase hangs from ("a man in a shirt"), else None."""
    head = sign.head
    while head.dep_ in ("prep", "pobj", "conj", "appos") and not is_root(head):
        head = head.head
    subject = next((ch for ch in head.children if ch.dep_ in ("nsubj", "nsubjpass")), None)
    return subject if subject is not None else (head if head.pos_ in ("NOUN", "PROPN", "PRON") and head.i != sign.i else None)


#: Verbs by which people give a thing a name ("fishermen call the stretch “…”").
_NAMING_VERBS = frozenset("call calls called calling dub dubs dubbed dubbing nickname nicknames nicknamed".split())


#: Nouns for a class of people written in the singular ("staff had begun calling the firm “…”").
_COLLECTIVES = frozenset(("staff", "public", "crew", "workforce"))


def _crowd_naming(lay: Layout, k: int) -> bool:
    """"Fishermen called the stretch “the graveyard”", "traders who call the levy office “the bank of nowhere”", "staff
    had begun calling the firm “…”": the name a class of people (a plural noun or a collective one such as "staff", no
    one in particular; the subject of the verb "calling" hangs from) gives the thing the verb's object names: a noun with
    no "a" before it, and in the past tense one of four words at most with no adjective on it; not what one speaker
    or "they" call it (PolNeAR's gold takes "they" for the speakers)."""
    a, b = lay.tok_range[k]
    word = next((t for t in lay.tokens[a:b] if not t.is_punct and lay.outside(lay.heads[t.i])), None)
    words = [t for t in lay.tokens[a:b] if not t.is_punct]
    if word is None or word.dep_ not in ("oprd", "appos", "ccomp", "xcomp") or word.pos_ not in ("NOUN", "PROPN") \
            or words[0].lower_ in ("a", "an"):
        return False  # (a judgement is someone's words: critics called the plan “a wrecking ball”, “too quiet”)
    verb = word.head.head if word.dep_ == "appos" and word.head.dep_ == "dobj" else word.head
    if verb.tag_ not in ("VBP", "VBZ") and (len(words) > 4 or any(c.dep_ == "amod" for c in word.children)):
        return False  # a name goes on being given ("locals call the road “the black snake”"); once, it may be a
        # judgement ("unions called the offer “the final insult”", “the deal of the decade”)
    if verb.lower_ not in _NAMING_VERBS or verb.i >= a \
            or not any(c.dep_ == "dobj" and c.i < a and c.pos_ in ("NOUN", "PROPN") for c in verb.children):
        return False
    doer = verb.head if verb.dep_ == "xcomp" else verb  # "staff had begun calling the firm “…”"
    subject = next((c for c in doer.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("who", "that") and doer.dep_ == "relcl":
        subject = doer.head  # "traders who call the levy office “…”"
    return subject is not None and (subject.tag_ in ("NNS", "NNPS") or subject.lower_ in _COLLECTIVES)


def _term_of_art(lay: Layout, k: int) -> bool:
    """"what transport researchers call a “…”", "what is known as the “…”", "known to staff as “…”", "the levy is
    simply called “…”": a term or name, no one's words."""
    span = lay.spans[k]
    line_start = lay.text.rfind("\n", 0, span.open_at) + 1
    lo = max(line_start, span.open_at - 120)
    if _CALLED_NOW.search(lay.text, lo, span.open_at) is not None and span.close_at is not None \
            and not _AGENT_AFTER.match(lay.text, span.close_at + 1):
        return True
    return _TERM.search(lay.text, lo, span.open_at) is not None or _KNOWN_AS.search(lay.text, lo, span.open_at) is not None
