"""The extraction core: article text in, quotations with their speakers out."""
from __future__ import annotations

import itertools
import math
import unicodedata
from collections.abc import Iterable, Iterator

import regex

from .. import boilerplate
from ..errors import QuotesError
from . import letters, model, name_confidence, parsing, speaker_model
from .attribution import OWN_LINE_METHODS, STRATEGIES, Attribution, context_of, echo_of, leads_headline, proposals
from .capital_leads import running_case
from .confidence import confidence
from .features import Candidate, features, gather, mention_tokens
from .fuller_names import fuller_forms
from .grammar import ASKING, is_partial, trimmed_mention
from .lexicon import BODY_NOUNS, TITLES, unpossessed_campaign
from .marks import QuoteSpan, scan
from .records import Mention, Quote
from .speaker import NO_NAME, ORG, PERSON, Speaker
from .speaker_book import SpeakerBook

#: A quotation with no attribution is still reported when it is at least this long.
MIN_WORDS_UNATTRIBUTED = 6
_PUNCTUATION_RUN = regex.compile(r"[^\w\s]{33,}")
#: A typographic apostrophe inside a name ("O’Keefe", "D’Arcy", "N’Diaye"), which the model reads as it would the
#: typewriter one: with it the tagger finds no person in "Bernadette O’Keefe".
_NAME_APOSTROPHE = regex.compile(r"(?<=\b\p{Lu})\u2019(?=\p{Lu}\p{Ll})")
#: An opening single mark written for the ʻokina at the start of a Polynesian name, after a title or a title and a
#: given name ("Mrs ‘Ana Fifita Taufa", "Dr ‘Aholelei", "Rev. Dr Tevita ‘Aholelei"); it is one only where its
#: paragraph closes no single quotation after it, with either mark.
_OKINA_MARK = regex.compile(r"\b(\p{Lu}[\p{L}.]*)(?:[ \u00a0]\p{Lu}\p{Ll}+)?[ \u00a0]\u2018(?=\p{Lu}\p{Ll})")
_CLOSING_SINGLE = regex.compile(r"[\u2019'](?!\p{L})")
#: The apostrophe that opens a Sesotho name of the 'Ma- kind, written beside another capitalised word ("Tumelo
#: 'Mabathoana", "'Mamosa Ramakhula", "Nurse 'Malerato"); read as the letter ʻ, like an ʻokina, where its
#: paragraph closes no single quotation after it.
_MA_NAME_MARK = regex.compile(r"(?<=\p{Lu}[\p{L}.]*[ \u00a0])['\u2018\u2019](?=Ma\p{Ll}{2,}\b)"
                              r"|(?<![^\s(])['\u2018\u2019](?=Ma\p{Ll}{2,}[ \u00a0]\p{Lu})")


def extract_quotes(text: str, nlp=None, outlet: str | None = None) -> list[Quote]:
    """Every direct quotation in `text`, attributed where possible (`outlet`: the paper that published it)."""
    return next(extract_many([text], nlp=nlp, outlets=[outlet]))


def extract_many(texts: Iterable[str], nlp=None, batch_size: int = 16, parse: str | None = None,
                 choose=None, outlets: Iterable[str | None] | None = None) -> Iterator[list[Quote]]:
    """Quotations for each text, parsing them in batches with one loaded model.

    `parse` is "needed" (the text up to the paragraph after the last quotation), "all" (every
    paragraph) or "quoted" (only quotation paragraphs and their neighbours: faster, speakers
    resolve less well); by default $QUOTES_PARSE, else "needed".  See parsing.py.  `choose`
    picks each quotation's speaker (see quotes_in): by default the trained model.  `outlets`, one
    for each text, name the papers that published them (a letter's "your editorial" is its paper's).
    """
    nlp = nlp or model.load()
    pairs = ((_tokenizable(text, nlp.max_length), text) for text in texts)
    papers = iter(outlets) if outlets is not None else itertools.repeat(None)
    for doc, text in parsing.parse(nlp, pairs, batch_size, parse or parsing.mode()):
        yield quotes_in(doc, text, choose=choose, outlet=next(papers, None))


def _tokenizable(text: str, max_length: int) -> str:
    """The text as the model will read it: too long is an error; long runs of punctuation (which
    spaCy's tokenizer splits in quadratic time) get a space every 32 characters, and paragraphs' lead words
    in capitals are read in running-text case (capital_leads.py), keeping all offsets."""
    if len(text) > max_length:
        raise QuotesError(f"an article of {len(text):,} characters is longer than the model takes ({max_length:,})")
    text = _PUNCTUATION_RUN.sub(lambda m: "".join(c if (k + 1) % 32 else " " for k, c in enumerate(m.group())), text)
    return running_case(_okina_as_letter(_NAME_APOSTROPHE.sub("'", text)))


def _okina_as_letter(text: str) -> str:
    """The text with each opening single mark that stands for an ʻokina (_OKINA_MARK) or opens a Sesotho 'Ma- name
    (_MA_NAME_MARK) read as the letter ʻ, so that the model keeps the name whole ("‘Aholelei", "'Mabathoana");
    offsets unchanged."""
    if "\u2018" not in text and "'Ma" not in text and "\u2019Ma" not in text:
        return text
    chars = list(text)
    marks = [m.end() - 1 for m in _OKINA_MARK.finditer(text, overlapped=True) if m.group(1).lower() in TITLES]
    names = {regex.match(r"\p{L}+", text, pos=m.end()).group() for m in _MA_NAME_MARK.finditer(text)}
    if names:  # (and the name written alone elsewhere: "“…,” 'Mabathoana said")
        marks += [m.start() for m in regex.finditer(rf"(?<![^\s(])['\u2018\u2019](?:{'|'.join(names)})\b", text)]
    for at in marks:
        if not _closed_in_paragraph(text, at + 1):
            chars[at] = "\u02bb"
    return "".join(chars)


def quotes_in(doc, text: str | None = None, choose=None, observe=None, floor: float | None = None,
              outlet: str | None = None) -> list[Quote]:
    """Quotations of a parsed article (`text`: the article as written, when the model read a
    tokenizable copy of it).

    For each quotation every candidate speaker is gathered and resolved (features.py) and
    `choose(candidates, features, quote facts) -> (index, confidence)` picks one: by default the
    trained speaker model (speaker_model.py); `rules_choice` is the first strategy's answer.
    `observe(k, quote, candidates, features, index)` sees every decision (for training).
    A quotation shorter than MIN_WORDS_UNATTRIBUTED is reported only when it has a speaker and its
    confidence is at least `floor` (by default the model's, chosen on cross-validated training data);
    where the model defers to the rules (confidence None), the rules' table gives the confidence.
    A speaker that is the paper itself ("Your editorial", "this newspaper") takes the name of `outlet` when it is known.
    Last, each confidence is scaled by the chance that the speaker's name is right (name_confidence.py)."""
    text = doc.text if text is None else text  # Doc.text is rebuilt on every access: read it once
    spans = scan(text)
    if not spans:
        return []
    ctx = context_of(doc, spans, text)
    lay = ctx.layout
    book = SpeakerBook(doc, text, lay.outside, lay.para_of, lay.tokens, lay.columns)
    noise = _Regions(boilerplate.regions(text))
    mentions = mention_tokens(lay)
    if floor is None:
        floor = speaker_model.load()["raw"].get("short_floor", 0.0) if choose is None else 0.0
    choose = choose or model_choice
    out: dict[int, Quote] = {}
    # ‘…’: … (a headline quoting someone), or a headline's or heading's quotation; whether it is kept, and
    # whether it has a cue and a body or group as speaker of its own ("‘…’, says power firm": kept at once, for
    # an earlier echo; the story may say who in it spoke: "Family say …" -> the Strachan family)
    headline: dict[int, tuple[Quote, bool, bool]] = {}
    for k, span in enumerate(lay.spans):
        if ctx.scare[k] or noise.holds(span.start, span.end):
            continue  # a name in quotation marks, or a teaser's or promotion's words
        partial = is_partial(lay, *ctx.gaps[k][0])
        earlier_k = next(reversed(out), None)
        cands = [c for c in gather(ctx, k, proposals(ctx, k), earlier_k, mentions) if c.proposal.subject is None
                 or not noise.holds(lay.tokens[c.proposal.subject[0]].idx, lay.tokens[c.proposal.subject[1] - 1].idx)]
        # (a photographer's credit is no speaker)
        for c in cands:
            _resolve(c, book, out)
        cands = [c for c in cands if c.speaker is None or c.speaker.resolved != NO_NAME]
        previous_name = out[earlier_k].speaker_name if earlier_k is not None else None
        feats = features(ctx, k, cands, partial, previous_name, earlier_k)
        words = len(text[span.start:span.end].split())
        said = text[span.start:span.end].strip()
        facts = {"partial": float(partial), "short": float(words < MIN_WORDS_UNATTRIBUTED),
                 "words": math.log1p(words), "multi_paragraph": float(span.multi_paragraph),
                 "unterminated": float(span.unterminated), "newline": float("\n" in said),
                 "lower_start": float(next((ch.islower() for ch in said if ch.isalpha()), False)),
                 "no_end_mark": float(said[-1:] not in ".,?!;:\u2026")}
        best, conf = choose(cands, feats, facts)
        quote = _build(doc, text, Attribution(span, partial, cands[best].proposal), book, cands[best])
        quote.confidence = round(conf, 3) if conf is not None else confidence(quote.method, quote.resolved)
        if quote.resolved == "unresolved":  # "the left-hander" found no one: no surer than the rules are of such
            quote.confidence = min(quote.confidence, confidence(quote.method, quote.resolved))
        if observe is not None:
            observe(k, quote, cands, feats, best)
        kept = words >= MIN_WORDS_UNATTRIBUTED or (quote.speaker is not None and (conf is None or conf >= floor))
        heading = (opening := leads_headline(lay, k)) or lay.in_heading(k)
        cued = heading and not opening and quote.speaker is not None and quote.cue is not None \
            and not (quote.resolved == "unresolved" and quote.speaker_kind == "person") \
            and not _common_noun_body(quote, text)
        if heading and not (cued and _named_person(quote)):  # (a person the heading names keeps them)
            headline[k] = quote, kept, cued  # (a heading's words the story gives someone are theirs: below)
        if kept and (cued or not heading):
            out[k] = quote
    for quote in out.values():
        if (asker := _asker_before(doc, text, quote)) is None:
            continue
        lo, hi, head = asker  # "Asked by a reporter, “…?”, the chief replied": the reporter's question
        noun = next((k for k in range(lo + 1, hi) if doc[k].pos_ not in ("ADJ", "NOUN", "PROPN", "NUM")), hi)
        found = Speaker(doc[lo + 1:noun].text, PERSON, None, None, "unresolved") \
            if doc[lo].lower_ in ("a", "an") and noun > lo + 1 else book.resolve(lo, hi, head)
        # (one unnamed, not whom the article names: "a Messenger reporter"; not "… at a news conference in Nairobi")
        if found.name:
            quote.speaker, quote.speaker_name, quote.speaker_kind = _mention(doc, text, (lo, hi)), found.name, found.kind
            quote.speaker_role, quote.resolved = found.role, found.resolved
    signed = letters.signatures(text)
    for quote in out.values() if signed else ():
        if quote.speaker is not None and _the_writer(quote.speaker.text) and quote.resolved in ("none", "unresolved") \
                and (writer := letters.signed_below(text, quote.end, signed)) is not None:
            quote.speaker_name, quote.speaker_kind, quote.resolved = writer[2], PERSON, "pronoun"  # a letter's "I
            # told my husband", "says this ratepayer": its writer, who signs below it
    for k, (quote, kept, cued) in headline.items():
        echo = echo_of(lay, k, [j for j in out if j > k], one_word=kept, own=cued)
        if echo is None and signed and not cued and (writer := letters.writer_of(text, quote.start, quote.end, signed)):
            _signed_by(quote, *writer)  # a letters page's heading ‘…’: the writer who signs the letter below it
            kept = True
        if echo is not None and quote.resolved == "unresolved" == out[echo].resolved:
            echo = None  # "says power firm" repeated by the story's "the power firm said": no surer for it
        if echo is not None and quote.method == "dash attribution" and quote.speaker_kind == "organization" \
                and quote.resolved == "name" and _ends_line(text, quote.speaker.end):
            echo = None  # a live page's key event "‘…’ – Met Department": the body its label names, not whom it quotes
            # (but "‘…’ – Albright Pharma chief executive" is the chief executive the post names)
        if echo is not None:  # the speaker of the quotation in the story that repeats the headline's words
            own = quote.speaker if quote.speaker is not None and quote.method in OWN_LINE_METHODS \
                and not leads_headline(lay, k) and quote.resolved != "unresolved" else None  # ("says evacuee")
            body = quote.speaker_name if quote.speaker_kind == ORG and quote.resolved == "name" \
                and " " in (quote.speaker_name or "") else None  # (a body's name, not "Government: ‘…’")
            _inherit(quote, out[echo], "headline echo")
            quote.speaker = own or quote.speaker  # "Premier: ‘…’": the heading's own mention, of whom the story names
            if body is not None and quote.speaker_name == f"{body} spokesperson":
                quote.speaker_name, quote.speaker_kind = body, ORG  # "Environment Agency: “…”" over its spokesperson's words
            quote.confidence = out[echo].confidence
        if kept or echo is not None:
            out[k] = quote
    found = [out[k] for k in sorted(out)]
    paper = " ".join((outlet or "").split())
    fuller = fuller_forms(lay.tokens, text, [q.speaker_name for q in found if q.speaker_kind == PERSON])
    written: dict[str | None, str | None] = {}  # name -> as the article writes it (each name looked up once)
    for q in found:
        if q.speaker_kind == PERSON and q.speaker_name in fuller and not book.related(q.speaker_name, fuller[q.speaker_name]):
            q.speaker_name = fuller[q.speaker_name]  # "Abdul Rasheed" written "P.M. Abdul Rasheed" (not "Yusuf Al
            # Mannai", the son of "Ebrahim Yusuf Al Mannai")
        for name in (q.speaker_name, q.reported_by):
            if name not in written:
                written[name] = _as_written(name, text)
        q.speaker_name, q.reported_by = written[q.speaker_name], written[q.reported_by]
        if paper and q.speaker is not None and (letters.names_the_paper(q.speaker.text)
                                                or letters.names_the_paper(q.speaker_name or "")):
            q.speaker_name, q.speaker_kind, q.resolved = paper, ORG, "nominal"  # "Your editorial" (and "It" after it)
        elif q.method == "transcript label" and q.speaker is not None \
                and (q.speaker_name or "").lower().endswith(q.speaker.text.lower()) \
                and (interviewer := letters.papers_interviewer(q.speaker.text, text)) is not None:
            q.speaker_name, q.speaker_kind = interviewer, PERSON  # "sat down with the Signal's Derek Blake" ¶ "SIGNAL:"
            # (the label read as itself or as a name ending in it, "Land Signal" of "The Big Land Signal")
        elif paper and q.method == "transcript label" and q.speaker is not None \
                and (q.speaker_name or "").lower() == q.speaker.text.lower() and letters.labels_the_paper(q.speaker.text, paper):
            q.speaker_name, q.speaker_kind = paper, ORG  # "HERALD: “How did you start?”": the paper's interviewer
        elif paper and q.speaker is not None and (staff := letters.papers_staff(text, q.speaker.start, q.speaker_name)) \
                and q.speaker_name in (None, staff):  # (not "A journalist at this newspaper, Jane Cobb,")
            q.speaker_name, q.speaker_kind = f"{paper} {staff}", PERSON  # "A reporter from this paper asked"
    name_confidence.apply(found, text)
    return found


#: Nouns a letter's writer calls themselves by after "this" ("says this ratepayer").
_WRITERS_NOUNS = frozenset(("ratepayer", "taxpayer", "reader"))


def _the_writer(mention: str) -> bool:
    """Whether a speaker's mention is a letter writer's own: "I", "me", "this ratepayer" (not "this doctor told us",
    someone else)."""
    words = mention.lower().split()
    return words in (["i"], ["me"]) or len(words) == 2 and words[0] == "this" and words[1] in _WRITERS_NOUNS
#: Nouns for a kind of body, which a heading capitalises for the one its story names ("Cabinet", "Opposition").
_KIND_OF_BODY = BODY_NOUNS | {"opposition"}


def _ends_line(text: str, at: int) -> bool:
    """Whether nothing but spaces follows offset `at` on its line (a mention may end past its line's break)."""
    at = len(text[:at].rstrip())
    end = text.find("\n", at)
    return not text[at:len(text) if end < 0 else end].strip()


def _named_person(quote: Quote) -> bool:
    """Whether a quotation's speaker is a person known by a full name ("says Anil Rao", "the minister" for Suresh
    Nair), not by a noun for a group ("Family say …", which the story may name: the Strachan family)."""
    words = (quote.speaker_name or "").split()
    return quote.speaker_kind == "person" and len(words) >= 2 and all(w[:1].isupper() for w in words)


def _common_noun_body(quote: Quote, text: str) -> bool:
    """Whether a quotation's speaker is a body named by one word that the story writes in lower case, or a noun for a
    kind of body: a heading's capitalised common noun ("Opposition slams ‘reckless’ budget" of "the opposition
    leader", "Cabinet calls freeze ‘reckless’"), no body's name."""
    name = quote.speaker_name or ""
    return quote.speaker_kind == "organization" and name.isalpha() and name[:1].isupper() \
        and (name.lower() in _KIND_OF_BODY or regex.search(rf"\b{name.lower()}\b", text) is not None)


def rules_choice(cands: list[Candidate], feats: list[dict], facts: dict) -> tuple[int, float | None]:
    """The rules' answer: the first strategy's proposal, else none (confidence from the method table)."""
    return (0 if cands[0].rank < len(STRATEGIES) else len(cands) - 1), None


def model_choice(cands: list[Candidate], feats: list[dict], facts: dict) -> tuple[int, float | None]:
    """The speaker model's answer and its calibrated confidence (None where it defers to the rules)."""
    best, conf, _ = speaker_model.decide(speaker_model.load(), cands, feats, facts)
    return best, conf


def _resolve(c: Candidate, book: SpeakerBook, out: dict[int, Quote]) -> None:
    """Resolve a candidate's mention to a speaker (without remembering it), or find the quotation it inherits from."""
    p = c.proposal
    if p.subject is not None:
        if p.method == "transcript label":
            c.speaker = book.resolve_label(*p.subject)
        else:
            c.speaker = book.resolve(p.subject[0], p.subject[1], p.head)
        c.name = c.speaker.name
    elif p.inherit_from is not None:
        c.inherited = out.get(p.inherit_from)
        c.name = c.inherited.speaker_name if c.inherited is not None and c.inherited.speaker is not None else None


class _Regions:
    """Character ranges of the text that are not prose (see quotes.boilerplate)."""

    def __init__(self, ranges: list[tuple[int, int]]):
        self.ranges = ranges

    def holds(self, start: int, end: int) -> bool:
        return any(lo <= start and end <= hi for lo, hi in self.ranges)


#: A question's asker written before it: "Asked by a reporter, “…?”", the comma left out or not (the words before the
#: opening mark).
_ASKED_BY = regex.compile(r"(?:^|(?<=[\n.!?]\s{0,2}))(?:%s)[ ]+by[ ]+([^,\n\u201c\u2018\"]{2,60}?),?[ ]*$"
                          % "|".join(sorted(word.capitalize() for word in ASKING)))
#: Words that open what was asked, after the asker: the quotation after them is the answer ("Asked by reporters
#: whether he would resign, “Why should I?” the minister replied").
_WHAT_WAS_ASKED = regex.compile(r"(?i)\b(?:whether|if|about|what|why|how|when|where)\b|\bto[ ]+(?!the\b|a\b|an\b)\p{Ll}")


#: A reply's cue ending its sentence right after a quotation (", Dr Owusu replied." — not "…?”, the chief replied: “…”"):
#: the question quoted is the one who replies (a rhetorical answer: "Quizzed by reporters, “Why would I resign?” Dr Ama
#: Owusu replied.").
_ANSWERED_AFTER = regex.compile(r"[\u201d\u2019\"']?[ ,]*[^\u201c\u201d\"\n:!?]{1,60}?\b(?:replied|answered|retorted|snapped"
                                r"|responded|countered|shot[ ]back)\b[^\u201c\u201d\"\n:]{0,40}?[.!](?:\s|$)")


def _asker_before(doc, text: str, quote: Quote) -> tuple[int, int, int] | None:
    """The tokens (start, end, head) of whoever asks the question quoted right after "Asked by …," ("Asked by a
    reporter, “Nana, what do you say …?”, the chief replied: “…”"), or None: not after what was asked ("Asked by reporters
    whether …, “Why should I?”"), nor before a reply's cue that ends the sentence (_ANSWERED_AFTER): the answer."""
    said = quote.text.rstrip()
    if not said.endswith("?") or quote.start < 2:
        return None
    found = _ASKED_BY.search(text, max(0, quote.start - 90), quote.start - 1)
    if found is None or _WHAT_WAS_ASKED.search(found.group(1)) or len(found.group(1).split()) > 10 \
            or _ANSWERED_AFTER.match(text, quote.end):
        return None
    span = doc.char_span(*found.span(1), alignment_mode="expand")
    return (span.start, span.end, span.root.i) if span is not None and len(span) else None


def _mention(doc, text: str, rng: tuple[int, int] | None) -> Mention | None:
    """The mention of tokens `rng` as the article writes it (the model may have read it otherwise: _tokenizable)."""
    if rng is None or rng[1] <= rng[0]:
        return None
    span = doc[rng[0]:rng[1]]
    return Mention(span.start_char, span.end_char, text[span.start_char:span.end_char])


def _as_written(name: str | None, text: str) -> str | None:
    """A name read with the model's apostrophe or ʻokina as the article writes it ("O’Keefe", "‘Ana", "'Makhotso")."""
    if name and "'" in name and name not in text and (curly := name.replace("'", "\u2019")) in text:
        return curly
    if name and "\u02bb" in name and name not in text \
            and (marked := regex.search(regex.escape(name).replace("\u02bb", "[\u2018\u2019']"), text)) is not None:
        return marked.group()  # "‘Ana Fifita Taufa", "'Makhotso Mapheelle", read with the letter ʻ
    return " ".join(_written_as(word, text) for word in name.split(" ")) if name else name


def _written_as(word: str, text: str) -> str:
    """A word of a name read from a label in capitals as the article writes it: with the apostrophe or ʻokina it
    always writes before it ("'MAPULENG:" -> "'Mapuleng", as "I am 'Mapuleng" writes her), with its accents
    where the article writes it only with them ("JOSEPHINE:" -> "Joséphine")."""
    if not word[:1].isupper() or len(word) < 2:
        return word
    found = list(regex.finditer(rf"(?<!\p{{L}}){regex.escape(word)}(?!\p{{L}})", text))
    if not found:
        forms = {w for w in regex.findall(rf"(?<!\p{{L}}){word[0]}\p{{L}}{{{len(word) - 1}}}(?!\p{{L}})", text)
                 if w != word and _unaccented(w) == word}
        return forms.pop() if len(forms) == 1 else word
    marks = {text[m.start() - 1] if m.start() and text[m.start() - 1] in "'\u2018\u2019"
             and (m.start() < 2 or not text[m.start() - 2].isalnum()) and not _closed_in_paragraph(text, m.end()) else None
             for m in found}
    return marks.pop() + word if len(marks) == 1 and None not in marks else word


def _unaccented(word: str) -> str:
    """The word without its accents ("Joséphine" -> "Josephine")."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _closed_in_paragraph(text: str, at: int) -> bool:
    """Whether a single quotation closes after `at` in its paragraph (the mark before it opened one: "‘Zesa tokens
    now a luxury’")."""
    end = text.find("\n", at)
    return _CLOSING_SINGLE.search(text, at, len(text) if end < 0 else end) is not None


def _build(doc, text: str, found: Attribution, book: SpeakerBook, cand: Candidate) -> Quote:
    s: QuoteSpan = found.span
    f = found.proposal
    q = Quote(start=s.start, end=s.end, text=text[s.start:s.end], partial=found.partial,
              multi_paragraph=s.multi_paragraph, unterminated=s.unterminated, segments=list(s.segments),
              method=f.method, cue=_mention(doc, text, f.cue))
    q.context = _paragraph(text, s)
    earlier = cand.inherited
    if f.subject is not None:
        sp = cand.speaker
        book.remember(f.head, sp)
        q.speaker = _mention(doc, text, trimmed_mention(doc, *f.subject, f.subject[1] - 1 if f.head is None else f.head))
        _apply(q, sp)
        q.resolved = sp.resolved
        if f.via is None and (reader := book.read_out_by.get(f.head)) is not None and reader != sp.name:
            q.reported_by, q.reported_by_mention = reader, q.speaker  # "“…,” Pamba read."
    elif earlier is not None and earlier.speaker is not None:
        _inherit(q, earlier, q.method)
    else:
        q.method = "none"
    if f.via is not None:
        head = doc[f.via[0]:f.via[1]].root.i
        relay = book.resolve(f.via[0], f.via[1], head)
        q.reported_by_mention = _mention(doc, text, f.via)
        q.reported_by = relay.name or q.reported_by_mention.text
    return q


def _signed_by(q: Quote, start: int, end: int, name: str) -> None:
    """The quotation is the words of the letter's writer who signs it at text[start:end]."""
    q.speaker, q.speaker_name, q.speaker_kind, q.speaker_role = Mention(start, end, name), name, "person", None
    q.cue, q.reported_by, q.reported_by_mention = None, None, None
    q.resolved, q.method = "name", "letter signature"
    q.confidence = confidence(q.method, q.resolved)


def _inherit(q: Quote, earlier: Quote, method: str) -> None:
    """The quotation's speaker is that of another quotation (found by `method`)."""
    q.speaker, q.speaker_name, q.speaker_kind, q.speaker_role = (
        earlier.speaker, earlier.speaker_name, earlier.speaker_kind, earlier.speaker_role)
    q.cue, q.reported_by, q.reported_by_mention = None, None, None
    q.resolved, q.method = "inherited", method


def _apply(q: Quote, sp: Speaker) -> None:
    q.speaker_name, q.speaker_kind, q.speaker_role = unpossessed_campaign(sp.name) if sp.name else sp.name, sp.kind, sp.role


def _paragraph(text: str, s: QuoteSpan) -> Mention:
    """The paragraph around the quotation (the context a reader needs)."""
    start = text.rfind("\n", 0, s.open_at) + 1
    end = text.find("\n", s.outer_end)
    end = len(text) if end < 0 else end
    return Mention(start, end, text[start:end])
