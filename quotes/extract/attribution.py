"""Attribution: for each quotation, the reporting cue and the mention of its speaker.

Each strategy is a plain function `(context, quotation index) -> Proposal | None`; STRATEGIES
lists them in the order they are tried; the first proposal is the rules' answer, and every
proposal is a candidate for the speaker model (features.py): a transcript's speaker
label ("PENCE: …"); a headline's "Name:" or "Name Says"; the owner of a noun for words the quotation
hangs from ("his call for “…”", whoever repeats them); the reporting verb that governs the
quotation in the parse (crediting the outer speaker when the inner one is a pronoun for
them or reports a belief inside their statement), else a cue right after it ("…," X
said) or before it (X said: "…"); any verb right after a quotation ending in a comma; a
colon or dash introduction; a signature line; an unlabelled interview's answer (the interviewee the
lead-in names); a reporting sentence just before it; the subject of the
clause it sits in; the quotation before it in the paragraph or the previous quotation
paragraph; the subject of the paragraph before.

A Proposal names the strategy (`method`) and the mention it found; how that mention is
resolved to a name (pronoun, nominal, ...) is speaker_book.py's business, recorded apart.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import islice, takewhile

import regex

from .body_mentions import body_end_words, end_before_headline_verb, written_out
from .grammar import (
    SUBJECT_DEPS,
    ancestors_outside,
    clause_subject,
    cue_range,
    cues_in,
    governing_cues,
    has_own_content,
    i_quote,
    in_place_phrase,
    is_clock,
    is_cue,
    is_dateline,
    is_root,
    listed_after,
    looks_like_name,
    media_label,
    mention_range,
    name_head,
    named_after_roles,
    passive_target,
    plausible,
    quoted_person,
    read_out_authors,
    role_noun,
    stands_alone,
    subject_of,
    subject_starts_gap,
    title_alone,
)
from .interviews import answers, interviewee
from .labels import names_a_thing, read_off_a_sign
from .layout import SENTENCE_END, Layout, layout_of
from .lexicon import (
    ASKING_VERBS,
    BODY_NOUNS,
    DOCUMENT_NOUNS,
    FIRST_PERSON_OBJECTS,
    ISSUING_VERBS,
    MEDIA_LABELS,
    PERSONAL_PRONOUNS,
    REPORTING_FORMS,
    SECTION_LABELS,
    SPEECH_NOUNS,
    STRONG,
    TITLES,
    UNNAMED_LABELS,
)
from .marks import SPEAKER_LABEL, QuoteSpan, named_in_part_label
from .person_mentions import joins_words

#: A first line this short (in tokens) is a headline, whatever its case.
MAX_HEADLINE_TOKENS = 16
_DASHES = ("\u2014", "\u2013", "\u2015", "-", "--")
#: Prepositions that bring in what words are about ("Johnson on Brexit").
_TOPIC_PREPOSITIONS = frozenset(("on", "about", "over"))

Gap = tuple[int, int]


@dataclass(frozen=True, eq=False)
class Context:
    """What every strategy reads: the article's layout and, for each quotation, the words around it."""

    layout: Layout
    gaps: tuple[tuple[Gap, Gap], ...]  # quotation -> (tokens before it in its clause, tokens after it to the sentence end)
    scare: tuple[bool, ...]  # quotation -> a name, title or scare quote rather than a quotation


@dataclass(frozen=True)
class Proposal:
    """A speaker one strategy proposes for a quotation (token indices into the Doc)."""

    method: str  # the strategy: "governing verb", "same paragraph", ...
    subject: tuple[int, int] | None = None  # token range of the speaker mention
    head: int | None = None  # token index of the mention's head
    cue: tuple[int, int] | None = None  # token range of the cue
    via: tuple[int, int] | None = None  # mention of a source that relays the words
    inherit_from: int | None = None  # index of an earlier quotation whose speaker applies


@dataclass(frozen=True)
class Attribution:
    """What attribution found for one quotation: its span, whether it is partial, and the chosen proposal."""

    span: QuoteSpan
    partial: bool
    proposal: Proposal


Strategy = Callable[[Context, int], "Proposal | None"]


def context_of(doc, spans: list[QuoteSpan], text: str) -> Context:
    """The layout of a parsed article, which quotations are mere names or titles, and each one's gaps."""
    lay = layout_of(doc, spans, text)
    labels: list[bool] = []  # slogans, grades, terms (labels.py), and the quotations listed after them
    for k in range(len(spans)):
        gap = lay.gap_before(k)
        labels.append(names_a_thing(lay, k, *gap) or (k > 0 and labels[-1] and listed_after(lay, k, *gap)))
    lay = lay.with_names(label or looks_like_name(lay, k, *lay.gap_before(k)) for k, label in enumerate(labels))
    gaps = tuple((lay.gap_before(k), lay.gap_after(k)) for k in range(len(spans)))
    scare = tuple(lay.names[k] and not stands_alone(lay, *gaps[k]) or read_off_a_sign(lay, k) for k in range(len(spans)))
    return Context(lay, gaps, scare)


def _each_proposal(ctx: Context, k: int, strategies: Sequence[Strategy] | None):
    """The strategies' proposals for quotation k, with each strategy's place in the order, tried lazily."""
    for n, strategy in enumerate(STRATEGIES if strategies is None else strategies):
        p = strategy(ctx, k)
        if p is not None:
            yield n, p


def propose(ctx: Context, k: int, strategies: Sequence[Strategy] | None = None) -> Proposal | None:
    """The first proposal of the strategies (STRATEGIES by default), tried in order, for quotation k."""
    return next((p for _, p in _each_proposal(ctx, k, strategies)), None)


def proposals(ctx: Context, k: int, strategies: Sequence[Strategy] | None = None) -> list[tuple[int, Proposal]]:
    """Every strategy's proposal for quotation k, with the strategy's place in the order."""
    return list(_each_proposal(ctx, k, strategies))


def _take(lay: Layout, subject, method: str, cue=None, relay=None) -> Proposal:
    """A proposal of the speaker whose head token is `subject`, with its cue and a relaying source."""
    via = mention_range(lay, relay) if relay is not None and relay.i != subject.i else None
    return Proposal(method, subject=mention_range(lay, subject), head=subject.i,
                    cue=cue_range(lay, cue) if cue is not None else None, via=via)


# ------------------------------------------------------------------ the strategies, in order

def by_label(ctx: Context, k: int) -> Proposal | None:
    """A transcript turn: the speaker's name in capitals before a colon ("PENCE: Well, …")."""
    lay = ctx.layout
    span = lay.spans[k]
    if span.label is not None:
        start, colon = span.label[0], span.label[1] - 1
    elif (label := SPEAKER_LABEL.match(lay.text, span.start, span.end)) is not None:
        start, colon = span.start, label.end() - 1
    elif (label := _label_before(lay.text, span.open_at)) is not None:
        start, colon = label.start(), label.end() - 1
    else:
        return None
    lo, hi = lay.tokens_between(start, colon)
    bracket = next((t.i for t in lay.tokens[lo:hi] if t.text == "("), hi)
    words = [t for t in lay.tokens[lo:bracket] if t.is_alpha or t.text[:1].isalpha() and not t.is_punct]  # ("O'KEEFFE")
    if not words or len(words) > 4 or all(w.lower_ in MEDIA_LABELS for w in words):
        return None  # ("LETTERS: ‘…’ – and other views": a page's section, no speaker)
    end = max(t.i for t in lay.tokens[lo:hi] if not t.is_space) + 1  # (with its brackets: "CALLER (PAULINE, …)")
    return Proposal("transcript label", subject=(words[0].i, end), head=words[-1].i)


def _label_before(text: str, open_at: int):
    """A speaker label alone before a quotation's opening mark at the start of its line
    ('KERR: "How long will it last?"'), when the label's name is written elsewhere in the article
    ("Presenter Anna Kerr"; initials in capitals, "PIA" of "(PIA)"), or is Q, A, a part no name is given, a part and
    a name ('OPERATOR: "…"', 'HOST ANDREA SPRINGER: "…"'), the name such a part's label ends in ('SPRINGER:') or one
    word labelling two lines or more between other labels' turns (an interview's 'TIMES: "…"', the paper's turns; not
    a repeated heading, 'REACTION: "…," said X'): else a
    heading ('WATCH:
    "…"'); a name in title case too where it
    labels two lines or more ('Sengupta: "Yes. …"', an edited interview's turns)."""
    line = text.rfind("\n", 0, open_at) + 1
    end = line + len(text[line:open_at].rstrip())
    label = SPEAKER_LABEL.fullmatch(text, line, end)
    if label is None and (label := _NAME_LABEL.fullmatch(text, line, end)) is not None:
        opening = regex.compile(rf"^{regex.escape(label.group().strip())} ", regex.M)
        return label if len(opening.findall(text)) >= 2 else None
    if label is None:
        return None
    words = regex.findall(r"\p{L}+", label.group().split("(")[0])  # ("RĀWIRI MOKO"; "REPORTER" of "REPORTER (…)")
    if words in (["Q"], ["A"]) or words[0].lower() in UNNAMED_LABELS \
            or len(words) == 1 and named_in_part_label(words[0], text) is not None \
            or any(_written_otherwise(w, text) for w in words if len(w) > 1) \
            or len(words) == 1 and regex.search(rf"\b{words[0]}\b(?!:)", text) \
            or len(words) == 1 and words[0].isupper() and written_out(words[0], text) is not None \
            or len(words) == 1 and len(regex.findall(rf"(?m)^{regex.escape(label.group().strip())}", text)) >= 2 \
            and len(set(_TURN_LABEL.findall(text))) >= 2:
        return label  # (initials written elsewhere too: "PIA:" of "TAGBILARAN CITY (PIA) —"; or the words they stand
        # for: a live page's "UNRA: ‘…’" above "The Uganda National Roads Authority says …")
    return None


def _written_otherwise(word: str, text: str) -> bool:
    """Whether a label's word is written in the text as a name too: capitalised ("KERR" as "Kerr") or with a
    surname's prefix ("MACKINNON" as "MacKinnon"), not a brand's inner capitals ("YOUTUBE" as "YouTube")."""
    return any(m.group().istitle() or _PREFIXED_SURNAME.fullmatch(m.group())
               for m in regex.finditer(rf"\b{regex.escape(word)}\b", text, regex.I))


#: A surname with its prefix capitalised apart ("MacKinnon", "McLeod", "FitzGerald").
_PREFIXED_SURNAME = regex.compile(r"(?:Mac|Mc|Fitz)\p{Lu}\p{Ll}+")


#: A line opening with a label in capitals before a quotation mark: an interview's turn ("TIMES: “…”", "MAGAGULA: “…”").
_TURN_LABEL = regex.compile(r"(?m)^[ \t]*(['\u2018\u2019]?\p{Lu}[\p{Lu}.'\- ]{0,40}):[ \t]*[\"\u201c\u2018']")

#: A name in title case labelling a turn of an edited interview ("Sengupta:", "Mr Okafor:").
_NAME_LABEL = regex.compile(r"\s*\p{Lu}[\p{Ll}'\u2019\-]+(?: \p{Lu}[\p{Ll}'\u2019\-]+)?:")


def by_headline(ctx: Context, k: int) -> Proposal | None:
    """Headlines: "Sanders: Clinton needs to ‘…’" and "Obama Says … ‘…’" name their speaker first.
    Only the article's first line is a headline (in Title Case, or short: "Clinton: Time for ‘…’ of
    strategy"): a short paragraph later on ("Mr. Ridge said: ‘…’") is prose, which the other strategies read."""
    lay = ctx.layout
    a = lay.tok_range[k][0]
    para = lay.para_of[a]
    lo, hi = lay.paragraph_range(para)
    if not lay.on_first_line(k):
        return None
    while lo < a and lay.doc[lo].is_space:
        lo += 1
    if lo + 1 < a and lay.doc[lo + 1].text == ":" and (media_label(lay.doc[lo]) or lay.doc[lo].lower_ in SECTION_LABELS):
        lo += 2  # "TRANSCRIPT: …", "Letters: …", "OBITUARY: …": the section the headline stands in, no speaker
    if not (lay.headline_case(k) or hi - lo <= MAX_HEADLINE_TOKENS):
        return _headline_shared_subject(lay, lo, a) if lay.in_heading(k) else None
    for i in range(lo, min(a, lo + 6)):
        t = lay.doc[i]
        if not lay.outside(i):
            return None
        if t.text == ":" or (t.lower_ in REPORTING_FORMS and REPORTING_FORMS[t.lower_] in STRONG and i > lo):
            names = [w for w in lay.doc[lo:i] if w.pos_ == "PROPN" or w.text[:1].isupper()]
            if names and len(names) == i - lo:
                cut = end_before_headline_verb(lay.doc, lo, i)  # "Ruth Okonjo Blasts Harbour Board:": Ruth Okonjo
                return Proposal("headline", subject=(lo, cut), head=cut - 1,
                                cue=(cut, cut + 1) if cut < i or t.text != ":" else None)
            return None
    return _headline_shared_subject(lay, lo, a)


def _headline_shared_subject(lay: Layout, lo: int, a: int) -> Proposal | None:
    """"Chief walks away from talks, says Ottawa ‘moving the goalposts’", "HC quashes notice, says civic body
    acted ‘…’": a headline's "…, says" before the quotation has no subject of its own but the first clause's
    (the words before its first verb); the name after "says" is whom the quotation is about."""
    doc = lay.doc
    verb = next((i for i in range(lo, a) if doc[i].pos_ in ("VERB", "AUX") or doc[i].tag_ in ("VBZ", "VBD")
                 or _title_case_verb(doc[i])), None)
    if verb is None or not 1 <= verb - lo <= 6 \
            or any(not t.text[:1].isalnum() or t.pos_ not in ("PROPN", "NOUN", "ADJ", "NUM") for t in doc[lo:verb]):
        return None  # a noun phrase: "Red Willow Cree Nation chief", "HC"
    for i in range(verb + 1, a):
        t = doc[i]
        if t.lower_ in REPORTING_FORMS and REPORTING_FORMS[t.lower_] in STRONG and doc[i - 1].text == "," \
                and t.tag_ != "VBD" and lay.outside(i):
            return Proposal("headline", subject=(lo, verb), head=verb - 1, cue=(i, i + 1))
    return None


def _title_case_verb(tok) -> bool:
    """A Title Case headline's verb the tagger took for a plural name ("Chief Walks Away From …")."""
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    return tok.tag_ == "NNPS" and tok.text.endswith("s") and nxt is not None and nxt.pos_ in ("ADV", "ADP", "PART", "DET")


def by_headline_name(ctx: Context, k: int) -> Proposal | None:
    """‘The river taught me patience’: a conversation with novelist Grace Achebe-Moore — a headline
    quotation before a colon, with the person it quotes named after the colon."""
    lay = ctx.layout
    if not leads_headline(lay, k):
        return None
    b = lay.tok_range[k][1]
    lo, hi = lay.paragraph_range(lay.para_of[b - 1])
    for i in range(b, hi):
        t = lay.doc[i]
        if not lay.outside(i):
            return None
        nxt = lay.doc[i + 1] if i + 1 < hi else None
        if nxt is not None and (nxt.pos_ == "PROPN" or nxt.text == "-" or nxt.tag_ == "POS"):
            continue  # not the end of a name, or an owner ("Harbour Kings’ coach")
        if (t.ent_type_ == "PERSON" or t.pos_ == "PROPN" and t.ent_type_ != "ORG") and not in_place_phrase(lay, t) \
                and not _where(t):
            return Proposal("headline name", subject=mention_range(lay, t), head=i)
    return None


def _where(t) -> bool:
    """Whether a name is where someone is, not who ("a boatbuilder on the Brahmaputra", "a nurse from
    Leeds"): the object of a preposition other than "with", "by" or "of"."""
    t = name_head(t)
    return t.dep_ == "pobj" and t.head.lower_ not in ("with", "by", "of")


def by_cue(ctx: Context, k: int) -> Proposal | None:
    """A reporting verb that governs the quotation, else the nearest one after or before it."""
    lay = ctx.layout
    (b_lo, b_hi), (a_lo, a_hi) = ctx.gaps[k]
    cues_before = cues_in(lay, b_lo, b_hi)
    cues_after = [c for c in cues_in(lay, a_lo, a_hi) if not has_own_content(lay, c)]
    if cues_after and cues_after[0].i - a_lo > 8 \
            and lay.ends_sentence(k) and not subject_starts_gap(lay, cues_after[0], a_lo, a_hi):
        cues_after = []
    if cues_after and lay.ends_sentence(k) and _opens_next(lay, k, a_lo, a_hi):
        cues_after = []  # "“…” She told me, “…”": the cue opens the next quotation, after a sentence that ended
    every = governing_cues(lay, k)
    governing = [c for c in every if b_lo <= c.i < b_hi or a_lo <= c.i < a_hi]
    if not governing:  # one beyond another quotation in the sentence: his endorsements carry “…” and “…”, X said
        s_lo, s_hi = lay.sentence_around(k)
        governing = [c for c in every if s_lo <= c.i < s_hi]
    if governing:
        return _by_governing(lay, k, governing, cues_before, cues_after, a_lo, a_hi)
    if cues_after and (not cues_before or cues_after[0].i - a_lo <= 6):
        choice, method = cues_after[0], "cue after quote"
    elif cues_before:
        choice, method = cues_before[-1], "cue before quote"
    else:
        return None
    lo, hi = (b_lo, b_hi) if choice.i < lay.tok_range[k][0] else (a_lo, a_hi)
    subject = subject_of(lay, choice, lo, hi)
    if subject is None:
        return None
    if (author := _author_read_out(lay, choice)) is not None:
        return _take(lay, author, method, choice, subject)  # (a reading the parser hung on the words read)
    return _take(lay, subject, method, choice, _relay(lay, k, choice, None, cues_after, a_lo, a_hi))


def _opens_next(lay: Layout, k: int, a_lo: int, a_hi: int) -> bool:
    """Whether the words after quotation k run up to the next quotation and end in a comma or colon before it: they
    introduce that one."""
    words = [t for t in lay.doc[a_lo:a_hi] if not t.is_space]
    return k + 1 < len(lay.spans) and a_hi == lay.tok_range[k + 1][0] and bool(words) and words[-1].text in (",", ":")


def _by_governing(lay: Layout, k: int, governing: list, cues_before: list, cues_after: list, a_lo: int,
                  a_hi: int) -> Proposal | None:
    """The innermost governing cue, unless its speaker is a pronoun an outer cue names
    (“he said he believes …”, The Post reported); the next outer cue relays the words.  A governing cue after
    the quotation relays the words of the one whose telling opens it with a colon ("Judge Mary Cole told the
    jury: “…,” the Herald reported": the judge's words, the Herald's report)."""
    chain = [(cue, subject_of(lay, cue, *lay.gap_of(k, cue))) for cue in governing]
    chain = [(cue, subj) for cue, subj in chain if subj is not None]
    if not chain:
        return None
    pick = 0
    while pick + 1 < len(chain) and not _introduces(lay, k, *chain[pick]) \
            and _same_speaker_outside(lay, chain[pick], chain[pick + 1]):
        pick += 1
    cue, subject = chain[pick]
    outer = next((s for _, s in chain[pick + 1:] if s.i != subject.i), None)
    if (inner := _relayed_cue(lay, k, cue)) is not None \
            and (inner_subject := subject_of(lay, inner, *lay.gap_of(k, cue))) is not None:
        outer = subject if inner_subject.i != subject.i else outer
        cue, subject = inner, inner_subject
    if cue.i >= lay.tok_range[k][1] and cues_before:
        opener = cues_before[-1]
        teller = subject_of(lay, opener, *lay.gap_of(k, opener))
        if teller is not None and teller.i != subject.i and _introduces(lay, k, opener, teller):
            return _take(lay, teller, "governing verb", opener, subject)
    if (author := _author_read_out(lay, cue)) is not None:
        return _take(lay, author, "governing verb", cue, subject)  # "The chair read out a statement from Ashcroft:"
    return _take(lay, subject, "governing verb", cue, _relay(lay, k, cue, outer, cues_after, a_lo, a_hi))


def _author_read_out(lay: Layout, cue):
    """The one whose statement, letter or message the cue's subject reads out or reads from (grammar.read_out_authors:
    "The chair, X, read out a statement from Ashcroft, who did not attend: “…”"); None for any other cue."""
    if cue.pos_ != "VERB":
        return None
    document = next((c for c in cue.children if c.dep_ == "dobj" and c.lower_ in DOCUMENT_NOUNS), None)
    if document is None and (read_from := _object_of_from(cue)) is not None and read_from.lower_ in DOCUMENT_NOUNS:
        document = read_from  # ("read from a text message X sent")
    if document is None:
        return None
    return next((o for o in read_out_authors(cue, document) if lay.outside(o.i) and plausible(lay, o)), None)


def _introduces(lay: Layout, k: int, cue, subject) -> bool:
    """Whether a reporting verb whose subject is a noun opens quotation k with a colon after its object: the words
    are that one's, whoever reports the telling ("Ms Milne said a cyclist later told officers: “…”")."""
    start = lay.tok_range[k][0]
    between = lay.doc[cue.i + 1:start]
    return REPORTING_FORMS.get(cue.lower_) in STRONG and subject.pos_ in ("NOUN", "PROPN") and cue.i < start \
        and any(t.text == ":" for t in between) and not any(t.pos_ in ("VERB", "AUX") for t in between)


def _relayed_cue(lay: Layout, k: int, cue):
    """The telling inside what the cue reports whose clause runs on to the colon opening quotation k: the words are
    that telling's speaker's, relayed ("The fiscal told the court that Cairns, when stopped, had said to police:
    “…”", "Ms Baird said a passenger later told officers: “…”", "X said the officer had described it in her
    statement: “…”", "X described a case in which a caller had told a pensioner: “…”", "X said his father had sent
    him a text: “…”"); with no colon, the telling before a comma (_told_before_comma); else None."""
    start = lay.tok_range[k][0]
    if cue.i >= start:
        return None
    last = _word_before_colon(lay, start)
    if last is None:
        return _told_before_comma(lay, cue, start)
    if last <= cue.i:
        return None
    tellings = [t for t in cue.subtree if cue.i < t.i <= last and _tells(t) and not i_quote(t) and _inside_report(lay, cue, t)
                and (t.i == last or t in lay.tokens[last].ancestors)]
    return tellings[-1] if tellings else None


def _told_before_comma(lay: Layout, cue, start: int):
    """The verb the cue reports, when it tells and stands right before the comma opening the quotation at token
    `start` ("He said the trapper shouted, “…”": the trapper's words); None for any other word there, and for a
    clause of time or manner on the cue ("said, as the county had announced, “…”")."""
    i = start - 1
    while i >= 0 and lay.tokens[i].is_space:
        i -= 1
    if i < 1 or lay.tokens[i].text != ",":
        return None
    verb = lay.tokens[i - 1]
    if verb.dep_ != "ccomp" or verb.head.i != cue.i or any(c.dep_ == "mark" and c.lower_ != "that" for c in verb.children):
        return None
    return verb if _tells(verb) and _inside_report(lay, cue, verb) else None


def _inside_report(lay: Layout, cue, inner) -> bool:
    """Whether `inner`, below the cue, may relay the words: not a participle on a noun, whose words are the noun's
    ("She recalled one stallholder telling her:"), nor in a clause on someone the cue's own clause speaks to or acts
    on ("told reporters who had asked …:", "told Evans, whom the officer had described as …:", "after meeting the
    premier, who had criticised …:"); a clause on a thing ("described one call in which a fraudster had told …:") or
    on someone inside what the cue reports ("said the squad was inspired by a message from X, who had told them:")
    may."""
    node = inner
    while node.i != cue.i:
        if node.dep_ == "acl" and node.tag_ == "VBG":
            return False
        if node.dep_ in ("relcl", "acl"):
            noun = node.head
            while noun.dep_ == "appos":
                noun = noun.head
            reported = any(a.dep_ == "ccomp" for a in takewhile(lambda a: a.i != cue.i, (noun, *noun.ancestors)))
            person = noun.pos_ in ("PROPN", "PRON") or noun.ent_type_ == "PERSON" or plausible(lay, noun) \
                or role_noun(noun) or any(w.lower_ in ("who", "whom", "whose") for w in node.subtree if w.i < node.i)
            return not (person and noun.dep_ in ("dobj", "dative", "pobj") and not reported) \
                or (node.i == inner.i and _relative_telling(inner))
        node = node.head
    return True


def _relative_telling(verb) -> bool:
    """Whether a relative clause's verb tells something and its subject is the relative pronoun, the noun it hangs on
    ("I wrote to the Harris Tweed Authority, which told me in reply:"), not a question put ("told reporters who had
    asked …:")."""
    return verb.lower_ not in ASKING_VERBS and any(c.dep_ == "nsubj" and c.lower_ in ("which", "who", "that")
                                                   for c in verb.children)


def _word_before_colon(lay: Layout, start: int):
    """The index of the last word before a colon that opens the quotation starting at `start`, or None."""
    i = start - 1
    while i >= 0 and (lay.tokens[i].is_space or lay.tokens[i].is_punct and lay.tokens[i].text != ":"):
        i -= 1
    if i < 1 or lay.tokens[i].text != ":":
        return None
    i -= 1
    while i >= 0 and lay.tokens[i].is_space:
        i -= 1
    return i


def _tells(tok) -> bool:
    """Whether a verb is a reporting verb that voices words, no thought ("told", "described", "messaged"; not
    "thinking"), or sends a message ("sent him a text")."""
    if tok.pos_ not in ("VERB", "AUX") and not tok.tag_.startswith("VB"):
        return False
    if tok.lower_ in REPORTING_FORMS:
        return REPORTING_FORMS[tok.lower_] not in _THINKING
    return tok.lower_ in ISSUING_VERBS and any(c.dep_ == "dobj" and c.lower_ in _SENT_WORDS for c in tok.children)


_THINKING = frozenset("think believe feel hope fear worry wonder expect guess reckon surmise speculate estimate forecast "
                      "theorize theorise find".split())
_SENT_WORDS = DOCUMENT_NOUNS | frozenset(("text", "texts", "note", "notes", "card"))


def _same_speaker_outside(lay: Layout, inner: tuple, outer: tuple) -> bool:
    """Whether the outer cue's speaker is the one to credit: the inner clause is part of what the
    outer speaker says and its own speaker is a pronoun for them (“Kasich says he'd tell him …”),
    a thing (“she says it shows …”, “the union said the strike would continue ‘…’”) or someone
    whose belief they report (“he says people think …”)."""
    (inner_cue, inner_subj), (outer_cue, outer_subj) = inner, outer
    if outer_subj.i == inner_subj.i or {inner_subj.lower_, outer_subj.lower_} == {"he", "she"}:
        return False  # (“He used to say that …”, she recalled: his words, which she relays)
    if inner_cue.dep_ == "relcl" and inner_subj.lower_ in ("who", "which"):
        return False  # "That was dismissed by Cllr X, who described it as “…”": the one the relative clause is on
    if inner_cue.dep_ == "xcomp" and inner_cue.head.lower_ == "used" and inner_subj.pos_ == "PRON":
        return False  # "Doolan says he used to call it “…”": whom the pronoun means, who may be another (her late
        # husband), words the outer speaker only recalls
    if (inner_subj.lower_ == "it" or not plausible(lay, inner_subj) and not role_noun(inner_subj)
            and not _tells_a_person(inner_cue)) and _reports(outer_cue, inner_cue):
        return True  # “She says it underscores …”: the thing is what she talks about (a coach is no thing)
    if REPORTING_FORMS.get(inner_cue.lower_) not in STRONG and REPORTING_FORMS.get(outer_cue.lower_) in STRONG \
            and _reports(outer_cue, inner_cue) and inner_subj.dep_ != "appos":
        return True  # “He says if people think …”: a belief inside someone's statement (not a relative clause's
        # own subject the parser hung on its noun: "…, a claim the city's department has called “…”")
    if REPORTING_FORMS.get(outer_cue.lower_) in STRONG and _reports(outer_cue, inner_cue) and any(
            c.dep_ in ("aux", "neg") and c.lower_ in _NOT_YET_SAID for c in inner_cue.children):
        return True  # “A spokesman said the minister would respond … ‘in due course’”: words not yet said
    if inner_subj.pos_ != "PRON":
        return False
    if REPORTING_FORMS.get(inner_cue.lower_) in STRONG and not _reports(outer_cue, inner_cue):
        return False
    if any(c.dep_ in ("dobj", "dative") and c.lower_ in FIRST_PERSON_OBJECTS for c in inner_cue.children):
        return False  # "“…,” he told me, Mr Bainbridge said": told the outer speaker, who only relays it
    singular = inner_subj.lower_ in ("he", "she", "i")
    outer_singular = outer_subj.tag_ in ("NNP", "NN") or outer_subj.lower_ in ("he", "she", "i")
    return singular == outer_singular


def _tells_a_person(cue) -> bool:
    """Whether a reporting verb after the words it reports tells them to a person ("“…,” one machinist told him,
    Havili said"): its subject speaks, whatever noun names it (not "graziers had told him they were “…”", the
    words of whoever reports the telling)."""
    return REPORTING_FORMS.get(cue.lower_) == "tell" and any(c.dep_ == "ccomp" and c.i < cue.i for c in cue.children) \
        and any(c.dep_ in ("dobj", "dative") and c.lower_ in _PEOPLE_TOLD for c in cue.children)


_PEOPLE_TOLD = frozenset(("him", "her", "them", "me", "us"))

#: Auxiliaries and negations that make a speech act one not (yet) made: its words are whoever reports it.
_NOT_YET_SAID = frozenset(("would", "will", "could", "might", "may", "should", "'ll", "\u2019ll", "'d", "\u2019d",
                           "not", "n't", "n\u2019t", "never"))


def _reports(outer, inner) -> bool:
    """Whether `inner` stands in the reported content of `outer` (a chain of complements, or a participle
    clause on one: "X said the party would write to the board, calling the order “…”")."""
    node, steps = inner, 0
    while node.i != outer.i and steps < 6:
        participle = node.dep_ == "advcl" and node.tag_ == "VBG" and steps == 0
        if node.dep_ not in ("ccomp", "xcomp", "conj") and not participle or is_root(node):
            return False
        node, steps = node.head, steps + 1
    return node.i == outer.i


def _relay(lay: Layout, k: int, cue, outer, cues_after: list, a_lo: int, a_hi: int):
    """Who relays the words: an outer cue's speaker, else one after the quotation in its own sentence (a token, or
    None): a reporting verb or "according to" after it ("X told the paper: “…”, the agency reported", never the next
    sentence's "He added: “…”"), or, for a cue after it, "according to" on that cue ("“…,” the judge said, according
    to the Post")."""
    if outer is None and cue.i < lay.tok_range[k][0] and not _sentence_ends_with(lay, k, a_lo, a_hi):
        relay = next((c for c in cues_after if REPORTING_FORMS.get(c.lower_) in STRONG or c.lower_ == "according"), None)
        outer = subject_of(lay, relay, a_lo, a_hi) if relay is not None else None
        outer = outer if outer is not None and a_lo <= outer.i < a_hi else None
    elif outer is None and a_lo <= cue.i < a_hi:
        relay = next((c for c in cues_after if c.i > cue.i and c.lower_ == "according" and c.head.i == cue.i), None)
        outer = subject_of(lay, relay, a_lo, a_hi) if relay is not None else None
        outer = outer if outer is not None and a_lo <= outer.i < a_hi else None
    return outer


def _sentence_ends_with(lay: Layout, k: int, a_lo: int, a_hi: int) -> bool:
    """Whether quotation k ends its sentence: it closes on ".", "?" or "!" and no lower-case word carries the sentence on."""
    return lay.ends_sentence(k) and not (a_lo < a_hi and lay.doc[a_lo].is_lower)


def by_unknown_verb_after(ctx: Context, k: int) -> Proposal | None:
    """“…,” an angry Hollande retaliated: any verb right after a quotation ending in a comma."""
    lay = ctx.layout
    a_lo, a_hi = ctx.gaps[k][1]
    ending = lay.text[lay.spans[k].start:lay.spans[k].end].rstrip()[-1:]
    if not (lay.ends_with_comma(k, a_lo, a_hi) or ending in "?!") or a_hi - a_lo > 14:
        return None
    for i in range(a_lo, min(a_hi, a_lo + 8)):
        verb = lay.doc[i]
        if verb.pos_ == "VERB" and not has_own_content(lay, verb):
            subject = subject_of(lay, verb, a_lo, a_hi)
            if subject is not None and a_lo <= subject.i < a_hi and plausible(lay, subject):
                return _take(lay, subject, "verb after quote", verb)
    return None


def _credited_acronym(tok) -> bool:
    """Whether a word in capitals after a quotation's dash is a body's initials ending the line, the credit of a live
    page's key event ("‘Please stay off the roads’ – PSNI"), not a dateline's place ("— LAGOS")."""
    after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return 2 <= len(tok.text) <= 6 and tok.is_alpha and tok.ent_type_ not in ("GPE", "LOC", "NORP") \
        and (after is None or after.is_space and "\n" in after.text)


def _topic_after_dash(tok, lo: int) -> bool:
    """Whether a name after a quotation's dash is what the words are about, the object of "on", "about" or "over" after
    the one who said them ("‘…’ – farmers on Severn Valley floods", "– Teachers’ Leader On Pay Dispute"): no speaker."""
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ in _TOPIC_PREPOSITIONS and lo <= prep.head.i < prep.i


def by_introduction(ctx: Context, k: int) -> Proposal | None:
    """Smith: “…”, “…” — Smith, and a paragraph introduced by a colon at the end of the last one."""
    lay = ctx.layout
    (b_lo, b_hi), (a_lo, a_hi) = ctx.gaps[k]
    doc = lay.doc
    prev = b_hi - 1
    if prev > b_lo and doc[prev].text == ":" and (body := _body_label(lay, b_lo, prev)) is not None:
        return Proposal("colon introduction", subject=body, head=body[1] - 1)  # a live post's "Environment Agency: “…”"
    if prev > b_lo and doc[prev].text in (":",) + _DASHES and not is_dateline(lay, b_lo, prev):
        subject = next((who for t in doc[b_lo:prev] if t.dep_ in SUBJECT_DEPS and t.head.dep_ != "advcl"
                        and (who := _who_answered(t)) is not None and lay.outside(who.i)), None) \
            or clause_subject(lay, b_lo, prev)  # "When she appealed, the response from Guernsey Police was: “…”"
        stamped = all(map(_post_furniture, lay.tokens[b_lo:prev - 1]))
        label = stamped and media_label(doc[prev - 1])
        if subject is None and doc[prev].text == ":" and doc[prev - 1].lower_ in DOCUMENT_NOUNS and not label:
            subject = doc[prev - 1]  # "… exemplified by this finding: “…”", not a post's label ("13:15 Video: “…”")
        if subject is None and doc[prev].text == ":" and stamped and title_alone(doc[prev - 1]) \
                and doc[prev - 1].lower_ not in BODY_NOUNS:
            subject = doc[prev - 1]  # a live post's "10:42 — Premier: “…”", the parser's common noun
        if subject is not None:
            speaker, relay = _quoted_as_saying(subject)
            return _take(lay, speaker, "colon introduction", relay=relay)
    after_mark = lay.text[lay.spans[k].outer_end:lay.spans[k].outer_end + 3].lstrip()[:1]
    if a_lo < a_hi and (doc[a_lo].text in _DASHES or after_mark in _DASHES) and a_hi - a_lo <= 8:
        subject = clause_subject(lay, a_lo + (doc[a_lo].text in _DASHES), a_hi)
        if subject is not None and subject.pos_ == "PROPN" and (not subject.text.isupper() or _credited_acronym(subject)) \
                and not _topic_after_dash(subject, a_lo):
            return _take(lay, subject, "dash attribution")
    a = lay.tok_range[k][0]
    if b_lo != b_hi or a == 0 or lay.para_of[a - 1] == lay.para_of[a]:
        return None
    j = a - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    if j < 0 or doc[j].text != ":" or not lay.outside(j):
        return None
    lo = lay.sentence_start(j)
    subject = clause_subject(lay, lo, j)
    if subject is None:
        return None
    speaker, relay = _quoted_as_saying(subject)
    return _take(lay, speaker, "colon introduction", relay=relay)


def _body_label(lay: Layout, lo: int, colon: int) -> tuple[int, int] | None:
    """The tokens of a body's name written alone before a colon that opens its line, as live pages label a post by
    who speaks in it ("Police: “…”", "Environment Agency: “…”", after a time or not): capitalised words, at most
    five, the last a body's noun or a word only bodies' names end in; else None."""
    start = lay.para_start[lay.para_of[lo]]
    if not all(map(_post_furniture, lay.doc[start:lo])):
        return None  # (a sentence's own words before the name: no label)
    while lo < colon and _post_furniture(lay.doc[lo]):
        lo += 1
    words = lay.doc[lo:colon]
    if not 1 <= len(words) <= 5 \
            or not all(t.is_alpha and t.text[:1].isupper() or t.lower_ in ("of", "for", "&") for t in words):
        return None
    last = words[-1].lower_
    return (lo, colon) if last in BODY_NOUNS and last not in TITLES or last in body_end_words() else None


def _post_furniture(tok) -> bool:
    """A live post's time stamp, punctuation or space before its label ("10.42am", "—")."""
    return is_clock(tok) or tok.is_punct or tok.is_space


def _quoted_as_saying(subject) -> tuple:
    """(speaker, relay) of a clause introducing a quotation: the person its subject quotes "as saying" ("Radio
    Sahel quoted the governor, Moussa Idrissa, as saying:"), relayed by the subject; else the subject alone."""
    saying = next((c for prep in subject.head.children if prep.dep_ == "prep" and prep.lower_ == "as"
                   for c in prep.children if c.dep_ == "pcomp"), None) if subject.dep_ == "nsubj" else None
    quoted = quoted_person(saying) if saying is not None else None
    return (quoted, subject) if quoted is not None else (subject, None)


#: Nouns for an answer given, whose giver is the one the words are of ("The council's response … was:").
_ANSWER_NOUNS = frozenset(("response", "reply", "answer"))


def _who_answered(subject):
    """The one whose answer the subject is: its owner or the object of its "from" ("The council's response to my email
    was:", "The response from Guernsey Police was:"), named there; else None (not "her office", whose holder the
    pronoun finds)."""
    if subject.lower_ not in _ANSWER_NOUNS:
        return None
    who = next((c for c in subject.children if c.dep_ == "poss"), None) or _object_of_from(subject)
    if who is None or who.pos_ == "PRON" or any(c.dep_ == "poss" and c.pos_ == "PRON" for c in who.children):
        return None
    return who


def _object_of_from(tok):
    """The object of a "from" hung on `tok` ("read from a statement", "the response from the council"), or None."""
    return next((o for p in tok.children if p.dep_ == "prep" and p.lower_ == "from" for o in p.children
                 if o.dep_ == "pobj"), None)


def by_previous_sentence(ctx: Context, k: int) -> Proposal | None:
    """A quotation that opens its sentence after a reporting sentence: Bystrom agreed. “…”"""
    lay = ctx.layout
    b_lo, b_hi = ctx.gaps[k][0]
    if b_hi - b_lo > 1 or b_lo == 0 or lay.doc[b_lo - 1].text not in SENTENCE_END:
        return None
    end = b_lo - 1
    if not lay.outside(end) or lay.para_of[end] != lay.para_of[lay.tok_range[k][0]]:
        return None
    lo = lay.sentence_start(end)
    cues = cues_in(lay, lo, end)
    if not cues:
        return None
    cue, relay = cues[-1], None
    if cue.lower_ == "according" and cue.head in cues:  # "The judge said, according to the Post. “…”"
        cue, relay = cue.head, subject_of(lay, cue, lo, end)
    elif (outer := _reporting_over(cue, cues)) is not None:
        cue = outer  # "Makgoba said the SGB had written to the department. “…”": Makgoba's words
    subject = subject_of(lay, cue, lo, end)
    if subject is None or not plausible(lay, subject):
        return None
    return _take(lay, subject, "previous sentence", cue, relay)


def _reporting_over(cue, cues):
    """The reporting verb whose reported clause holds the verb `cue` ("said" of "X said the council had written to
    the minister"), else None: what the clause reports is its speaker's telling, the quotation after it theirs."""
    head = cue
    while head.dep_ in ("ccomp", "conj") and not is_root(head):
        head = head.head
        if head in cues and head.i < cue.i:
            return head
    return None


def by_clause_subject(ctx: Context, k: int) -> Proposal | None:
    """A quotation inside someone's clause with no reporting verb: that clause's subject."""
    lay = ctx.layout
    (b_lo, b_hi), (a_lo, a_hi) = ctx.gaps[k]
    ancestors = ancestors_outside(lay, k)
    document = next((t for t in ancestors if t.lower_ in DOCUMENT_NOUNS and t.pos_ == "NOUN"), None)
    holder = None if document is None or document.dep_ not in ("dobj", "pobj") else \
        document.head.head if document.dep_ == "pobj" else document.head
    if holder is not None and any(c.dep_ in SUBJECT_DEPS and lay.outside(c.i) for c in holder.children):
        ancestors = [holder]  # "X passed a resolution halting the talks until the government puts “…”": the
        # words are the resolution's, so its maker's
    for tok in ancestors:
        if tok.pos_ not in ("VERB", "AUX"):
            continue
        subject = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS and lay.outside(c.i)), None)
        if subject is not None and subject.lower_ in ("who", "that", "which") and tok.dep_ == "relcl":
            continue  # "a liar who is “amoral”": the clause that matters is further up
        if subject is not None and passive_target(lay, subject, tok):
            break  # "Taoiseach accused of ‘walking away’": the subject is whom the words are about
        one_word = len(lay.text[lay.spans[k].start:lay.spans[k].end].split()) < 2
        if subject is not None and plausible(lay, subject) and not one_word \
                and (b_lo <= subject.i < b_hi or a_lo <= subject.i < a_hi):
            return _take(lay, named_after_roles(subject) or subject, "clause subject")  # ("Veridane President and
            # CEO Marcus Ellery-Tan said in a statement": the name, not the first role)
        break
    return None


def by_words_owner(ctx: Context, k: int) -> Proposal | None:
    """A quotation hanging from a noun for someone's words with its owner written before it, whoever repeats them:
    "his call for “a total and complete ban”", "Her warning that the target was “…”", "quoting the premier's own
    pledge, made before the election, to “…”" (data/speech_nouns.tsv): the owner's, relayed by whoever repeats them
    (`_repeater`)."""
    lay = ctx.layout
    for noun in _speech_nouns_over(lay, k):
        owner = next((c for c in noun.lefts if c.dep_ == "poss" and lay.outside(c.i)), None)
        if owner is not None and owner.lower_ != "its" and (plausible(lay, owner) or owner.lower_ in TITLES):
            return _take(lay, owner, "words owner", noun, _repeater(lay, noun, owner))  # (also "the premier's")
    return None


def _repeater(lay: Layout, noun, owner):
    """Who repeats an owner's words, the relay: the subject of the verb whose object the noun for words is, however
    deep in prepositions ("Senator X mocked Governor Y's pledge to “…”", "X found no fault with Y's claim that
    “…”"); None where the owner is a pronoun ("Cruz defended his call for “…”": his own words, most often)."""
    if owner.pos_ == "PRON":
        return None
    node = noun
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX") or node.dep_ not in ("dobj", "pobj", "prep"):
            break
        node = node.head
    if node.pos_ != "VERB":
        return None
    subject = next((c for c in node.children if c.dep_ == "nsubj" and lay.outside(c.i)), None)
    return subject if subject is not None and plausible(lay, subject) else None


def _speech_nouns_over(lay: Layout, k: int) -> list:
    """Nouns for someone's words that quotation k hangs from: up the parse a few steps ("his pledge | to | be |
    “neutral”") and below any verb of saying, or, where the parser hung "to “…”"/"that “…”" on the verb, the one
    whose words run on to that link."""
    nouns = []
    for t in ancestors_outside(lay, k)[:_OWNER_STEPS]:
        if is_cue(lay, t):
            break  # ("his claim that Reyes said “…”": the verb's)
        if t.pos_ == "NOUN" and t.lower_ in SPEECH_NOUNS and not _names_right_after(lay, t, k):
            nouns.append(t)
    before = lay.tok_range[k][0] - 1
    while before > 0 and lay.tokens[before].is_punct:  # (the opening mark)
        before -= 1
    link = lay.tokens[before] if before >= 0 and lay.tokens[before].lower_ in ("to", "that") else None
    if link is not None:
        noun = next((t for t in reversed(lay.tokens[link.sent.start:link.i]) if t.lower_ in SPEECH_NOUNS), None)
        if noun is not None and all((t.is_punct or noun.left_edge.i <= t.i <= noun.right_edge.i)
                                    and not is_cue(lay, t)
                                    for t in lay.tokens[noun.i + 1:link.i]):  # (not "her claim that he said that “…”")
            nouns.append(noun)
    return nouns


def _names_right_after(lay: Layout, noun, k: int) -> bool:
    """Whether quotation k stands right after the noun, as its name ("called the union's demand “Wishful
    Thinking”"), not as its content ("her demand for “…”", "his pledge to be “…”")."""
    start = lay.tok_range[k][0]
    return all(t.is_punct for t in lay.tokens[noun.i + 1:start])


#: How far up the parse from a quotation the noun for someone's words may be ("his pledge | to | be | “neutral”").
_OWNER_STEPS = 4


def by_earlier_quote(ctx: Context, k: int) -> Proposal | None:
    """The quotation before it in the paragraph, or the previous quotation paragraph, speaks on."""
    lay = ctx.layout
    earlier = _earlier_quote(ctx, k)
    if earlier is None:
        return None
    same = lay.para_of[lay.tok_range[earlier][0]] == lay.para_of[lay.tok_range[k][0]]
    return Proposal("same paragraph" if same else "paragraph continuation", inherit_from=earlier)


def by_previous_paragraph(ctx: Context, k: int) -> Proposal | None:
    """A quotation paragraph with no attribution after a paragraph about someone: that someone."""
    lay = ctx.layout
    b_lo, b_hi = ctx.gaps[k][0]
    a = lay.tok_range[k][0]
    para = lay.para_of[a]
    if b_hi > b_lo or para == 0 or not lay.starts_paragraph(k):
        return None
    end = lay.para_start[para] - 1
    while end >= 0 and (lay.doc[end].is_space or lay.doc[end].is_punct):
        end -= 1
    if end < 0 or not lay.outside(end):
        return None
    lo = lay.sentence_start(end)
    root = lay.doc[end].sent.root
    if REPORTING_FORMS.get(root.lower_) and lo <= root.i <= end \
            and (t := subject_of(lay, root, lo, end + 1)) is not None and lo <= t.i < root.i and _named(lay, t):
        return _take(lay, t, "previous paragraph")  # "Outside court, Callum’s mother, Leanne Nairn, said the family
        # had waited …", where the parser took "court" for the subject
    for i in range(lo, end + 1):
        t = lay.doc[i]
        if t.dep_ in SUBJECT_DEPS and t.head.dep_ == "ROOT" and _named(lay, t):
            return _take(lay, t, "previous paragraph")
    return None


def _named(lay: Layout, t) -> bool:
    """Whether token `t` names or stands for a person: a name, a pronoun for one, or a noun with a name in apposition
    ("Jack’s mother, Renee Kinsella,")."""
    return plausible(lay, t) and (t.pos_ == "PROPN" or t.lower_ in PERSONAL_PRONOUNS or t.ent_type_ == "PERSON"
                                  or t.pos_ == "NOUN" and any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in t.children))


def leads_headline(lay: Layout, k: int) -> bool:
    """‘We let our whānau down’: Kings’ coach fronts after loss — a quotation opening the article's first
    line with a colon after it: a headline quoting someone the story names."""
    span = lay.spans[k]
    return lay.para_of[lay.tok_range[k][0]] == 0 and lay.starts_paragraph(k) \
        and lay.text[span.outer_end:span.outer_end + 3].lstrip(" ")[:1] == ":"


def echoes(lay: Layout, k: int, j: int) -> bool:
    """Whether quotation j, in the story, repeats the words of quotation k (three quarters of its longer words)."""
    said = _long_words(lay, k)
    return len(said) >= 2 and lay.para_of[lay.tok_range[j][0]] > 0 and len(said & _long_words(lay, j)) >= 0.75 * len(said)


def echo_of(lay: Layout, k: int, later: list[int], one_word: bool, own: bool = False) -> int | None:
    """The quotation among `later` (in the story) that repeats headline quotation k's words (echoes); where
    `one_word` (a quotation kept for its own cue or mention), for a quotation of one word ("… hears of ‘chaos’"),
    the one quotation of the story that holds it, if only one does. Where `own` (a heading's quotation with its
    own cue and speaker: "‘Worst in a decade’, says power firm"), only a quotation that says no more than it
    (three quarters of its longer words the heading's too), not a longer one the heading shortens."""
    if own:
        said = _long_words(lay, k)
        return next((j for j in later if echoes(lay, k, j) and len(said & (w := _long_words(lay, j))) >= 0.75 * len(w)),
                    None)
    if (found := next((j for j in later if echoes(lay, k, j)), None)) is not None:
        return found
    word = _long_words(lay, k)
    span = lay.spans[k]
    if len(word) != 1 or len(next(iter(word))) < 5 or len(lay.text[span.start:span.end].split()) > (1 if one_word else 2):
        return None
    holding = [j for j in later if lay.para_of[lay.tok_range[j][0]] > 0 and word <= _long_words(lay, j)]
    return holding[0] if len(holding) == 1 else None


def _long_words(lay: Layout, k: int) -> set[str]:
    """The words of three letters or more in quotation k, case folded."""
    span = lay.spans[k]
    return {w.casefold() for w in regex.findall(r"\w{3,}", lay.text[span.start:span.end])}


def _earlier_quote(ctx: Context, k: int) -> int | None:
    """The quotation whose speaker carries over to quotation k, if the convention applies."""
    lay = ctx.layout
    earlier = next((j for j in range(k - 1, -1, -1) if not ctx.scare[j]), None)
    if earlier is None:
        return None
    a = lay.tok_range[k][0]
    prev_b = lay.tok_range[earlier][1]
    para, prev_para = lay.para_of[a], lay.para_of[prev_b - 1]
    if para == prev_para:
        return earlier
    if not lay.starts_paragraph(k) or para - prev_para > 2:
        return None
    # the words after the earlier quotation must be no more than its attribution sentence
    between = [i for i in range(prev_b, a) if not lay.doc[i].is_space and lay.para_of[i] == prev_para]
    if any(lay.doc[i].text in SENTENCE_END for i in between[:-1]):
        return None
    return earlier


def by_signature(ctx: Context, k: int) -> Proposal | None:
    """A quotation ending its paragraph, signed on the next line: “…” ¶ — Bernie Sanders. (a pull
    quote, a fact-check's claim, a reader's letter)."""
    lay = ctx.layout
    b = lay.tok_range[k][1]
    para = lay.para_of[b - 1]
    _, hi = lay.paragraph_range(para)
    if any(not (t.is_space or t.is_punct) for t in lay.tokens[b:hi]):
        return None
    words = []
    while not words and para + 1 < len(lay.para_start):  # the next paragraph with words
        para += 1
        # (the dash, and one word more than a name may have)
        words = list(islice((t for t in lay.tokens[slice(*lay.paragraph_range(para))] if not t.is_space), 10))
    if len(words) < 2 or words[0].text not in _DASHES or not lay.outside(words[0].i):
        return None
    name = []
    for t in words[1:]:
        if t.is_punct and not (name and joins_words(t)):
            break  # the name ends at its comma or full stop, not inside "Lloyd-Evans"
        name.append(t)
    if not name or len(name) > 8 or not all(t.text[:1].isupper() or t.text == "-" for t in name) \
            or not plausible(lay, name[-1]):
        return None
    return _take(lay, name[-1], "signature line")


def by_interview_answer(ctx: Context, k: int) -> Proposal | None:
    """An unlabelled interview's answer: a quoted paragraph right after a question line is the words of
    the person the lead-in names (interviews.py), not of anyone quoted in between."""
    lay = ctx.layout
    if not answers(lay, k):
        return None
    person = interviewee(lay)
    return _take(lay, person, "interview answer") if person is not None else None


#: The methods whose mention stands in the quotation's own sentence or line (not an earlier one).
OWN_LINE_METHODS = frozenset({"transcript label", "headline", "governing verb", "cue after quote", "cue before quote",
                              "verb after quote", "colon introduction", "dash attribution", "clause subject", "words owner",
                              "headline name"})

#: The strategies in the order they are tried: the first proposal is the rules' answer; every one is a candidate.
STRATEGIES: tuple[Strategy, ...] = (
    by_label,
    by_headline,
    by_words_owner,
    by_cue,
    by_unknown_verb_after,
    by_introduction,
    by_signature,
    by_interview_answer,
    by_previous_sentence,
    by_clause_subject,
    by_earlier_quote,
    by_previous_paragraph,
    by_headline_name,
)
