"""Candidates for a quotation's speaker and their features, for the speaker model (speaker_model.py).

For each quotation the candidates are: every strategy's proposal (not only the first), the
previous quotation's speaker, the other mentions in reach (people and bodies the entity tagger
marks, personal pronouns and person or body nouns that are subjects, in the quotation's
paragraph and the one before; not a relay that quotes the proposed speaker), and no speaker at
all.  Each candidate's features are read off the parse and the layout already built for the
rules (no second parse): which strategies proposed it and in which place, how its mention
resolves to a name, its grammar (part of speech, entity label, dependency, subject of a
reporting verb), its distance and side, and whether other candidates name the same speaker.
Features are a dict name -> value; the model file lists the names it knows, in order.
"""
from __future__ import annotations

import bisect
import math
from dataclasses import dataclass

import numpy as np
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, LOWER
from spacy.strings import get_string_id

from .attribution import STRATEGIES, Context, Proposal
from .grammar import SUBJECT_DEPS, ancestors_outside, in_place_phrase, is_addressee, mention_range, passive_target
from .layout import Layout
from .lexicon import (
    BODY_NOUNS,
    DOCUMENT_NOUNS,
    PERSON_NOUNS,
    PERSONAL_PRONOUNS,
    REPORTING_FORMS,
    STRONG,
    TITLES,
    pronoun_gender,
)
from .speaker import ORG, PERSON, Speaker

NONE = Proposal("none")
EARLIER = "previous quote"
MENTION = "mention in reach"
_NOUNS = PERSON_NOUNS | BODY_NOUNS | DOCUMENT_NOUNS
_MENTION_ENTS = ("PERSON", "ORG", "NORP", "GPE")
#: The most mentions in reach a quotation takes (nearest first).
MAX_MENTIONS = 8


def _string_ids(strings) -> np.ndarray:
    """The ids Doc.to_array gives these strings."""
    return np.array(sorted(map(get_string_id, strings)), dtype=np.uint64)


# mention_tokens' entity types, subject dependencies, pronouns ("you" and "who" are none) and nouns
_MENTION_ENT_IDS = _string_ids(_MENTION_ENTS)
_SUBJECT_DEP_IDS = _string_ids(SUBJECT_DEPS)
_PERSON_WORD_IDS = frozenset(map(get_string_id, (PERSONAL_PRONOUNS - {"you", "who"}) | _NOUNS))
_IOB_I, _IOB_B = 1, 3  # Token.ent_iob of "I" and "B"


def _equals_any(column: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """Which values of the column are one of the few `ids` (faster than np.isin for so few)."""
    return np.logical_or.reduce([column == i for i in ids])


@dataclass
class Candidate:
    """One possible speaker of a quotation."""

    proposal: Proposal  # how it would be built (subject, cue, via, inherit_from), NONE for no speaker
    methods: list[str]  # the strategies (or EARLIER / MENTION) that proposed it
    rank: int  # place of the first strategy that proposed it (len(STRATEGIES) for the others)
    speaker: Speaker | None = None  # the resolved speaker (None: no speaker, or inherited)
    name: str | None = None  # the canonical name it stands for
    inherited: object = None  # the earlier Quote whose speaker it is, for inherited candidates


def mention_tokens(lay: Layout) -> list[int]:
    """The tokens outside quotations that may be a mention in reach, in order: the last word of a person's,
    body's, people's or place's entity, a personal pronoun or a person's or body's noun that is a subject;
    read by array, once per article."""
    ent, iob, low, dep = (lay.columns.column(attr) for attr in (ENT_TYPE, ENT_IOB, LOWER, DEP))
    entity_end = np.ones(len(iob), dtype=bool)  # (no entity goes on after the last token)
    entity_end[:-1] = iob[1:] != _IOB_I
    ent_root = _equals_any(ent, _MENTION_ENT_IDS) & ((iob == _IOB_B) | (iob == _IOB_I)) & entity_end
    subject = _equals_any(dep, _SUBJECT_DEP_IDS)
    at = np.flatnonzero(subject)  # (few tokens: their words are looked up one by one)
    subject[at] = [word in _PERSON_WORD_IDS for word in low[at].tolist()]
    outside = np.asarray(lay.quote_of) < 0
    return np.flatnonzero(lay.columns.alphabetic() & outside & (ent_root | subject)).tolist()


def gather(ctx: Context, k: int, proposals: list[tuple[int, Proposal]], earlier_k: int | None,
           mentions: list[int]) -> list[Candidate]:
    """The candidates for quotation k: every proposal (strategy index, proposal), the earlier
    quotation (index `earlier_k`), the mentions in reach (of `mentions`, see mention_tokens), and none
    (always last)."""
    lay = ctx.layout
    tokens = lay.tokens
    by_key: dict = {}
    out: list[Candidate] = []
    for rank, p in proposals:
        if p.head is not None and is_addressee(lay, tokens[p.head]):
            continue  # "The First Minister has been told …": whom the words were said to
        key = ("h", p.head) if p.subject is not None else ("q", p.inherit_from)
        if key in by_key:
            by_key[key].methods.append(p.method)
            continue
        by_key[key] = Candidate(p, [p.method], rank)
        out.append(by_key[key])
    if earlier_k is not None and ("q", earlier_k) not in by_key:
        by_key["q", earlier_k] = Candidate(Proposal(EARLIER, inherit_from=earlier_k), [EARLIER], len(STRATEGIES))
        out.append(by_key["q", earlier_k])
    a, b = lay.tok_range[k]
    para = lay.para_of[a]
    lo = lay.para_start[para - 1] if para > 0 else 0
    hi = lay.para_start[para + 1] if para + 1 < len(lay.para_start) else len(tokens)
    found = [(min(abs(i - a), abs(i - b)), i)
             for i in mentions[bisect.bisect_left(mentions, lo):bisect.bisect_left(mentions, hi)]
             if not in_place_phrase(lay, tokens[i])]
    relays = {i for _, p in proposals if p.via is not None and _quoted(tokens[p.head]) for i in range(*p.via)}
    about = _spoken_about(lay, k)
    for _, i in sorted(found)[:MAX_MENTIONS]:
        if ("h", i) in by_key or i in relays or i == about or is_addressee(lay, tokens[i]):
            continue
        t = tokens[i]
        p = Proposal(MENTION, subject=mention_range(lay, t), head=i)
        by_key["h", i] = Candidate(p, [MENTION], len(STRATEGIES))
        out.append(by_key["h", i])
    out.append(Candidate(NONE, ["none"], len(STRATEGIES) + 1))
    return out


def _spoken_about(lay: Layout, k: int) -> int | None:
    """The subject of the passive verb that governs quotation k, whom its words are about and never their speaker
    ("A man … has been described by his family as “…”", "X was accused of “…”"): its token, else None."""
    verb = next((t for t in ancestors_outside(lay, k) if t.pos_ in ("VERB", "AUX")), None)
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None) if verb is not None else None
    return subject.i if subject is not None and passive_target(lay, subject, verb) else None


def _names_inside(lay: Layout, k: int) -> set[str]:
    """The proper nouns of quotation k ("Kofi" of "Kofi is ready"): the names its words may give."""
    a, b = lay.tok_range[k]
    return {t.text for t in lay.tokens[a:b] if t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper()}


def _quoted(tok) -> bool:
    """Whether a proposal's speaker is whom a relay quotes ("The agency quoted a refugee … as saying"): the relay,
    which the proposal names, is then no candidate of its own."""
    return tok.dep_ == "dobj" and REPORTING_FORMS.get(tok.head.lower_) in ("quote", "cite")


def _agrees(sp: Speaker, wanted: str) -> bool | None:
    """Whether a speaker fits a pronoun's gender or number ("she" and a man named Tom do not; "they" and a
    body do), None where the speaker's gender is not known."""
    if sp.kind == ORG:
        return wanted == "plural"
    if sp.kind != PERSON or sp.gender not in ("m", "f"):
        return None
    return sp.gender == wanted


def _log(x: float) -> float:
    return math.log1p(max(x, 0))


def features(ctx: Context, k: int, cands: list[Candidate], partial: bool, previous_name: str | None,
             earlier_k: int | None = None) -> list[dict]:
    """A feature dict for each candidate of quotation k (`earlier_k`: the previous quotation reported, whose
    speaker is `previous_name`)."""
    lay = ctx.layout
    tokens = lay.tokens
    a, b = lay.tok_range[k]
    span = lay.spans[k]
    words = len(lay.text[span.start:span.end].split())
    para = lay.para_of[a]
    names = [c.name for c in cands]
    first = next((c for c in cands if c.proposal.method != "none"), None)
    first = first if first is not None and first.rank < len(STRATEGIES) else None
    ruled = first is not None
    # the pronoun the rules' answer is ("…,” she said): who fits it (gender, number)
    wanted = pronoun_gender(tokens[first.proposal.head].lower_) \
        if first is not None and first.proposal.head is not None else None
    earlier_para = lay.para_of[lay.tok_range[earlier_k][0]] if earlier_k is not None else None
    relays = {i for c in cands if c.proposal.via is not None for i in range(*c.proposal.via)}
    inside = _names_inside(lay, k)
    quote_level = {"partial": float(partial), "words": _log(words), "short": float(words < 6),
                   "unterminated": float(span.unterminated), "ruled": float(ruled),
                   "starts_para": float(lay.starts_paragraph(k)), "n_cands": _log(len(cands))}
    out = []
    for c in cands:
        p = c.proposal
        f: dict[str, float] = {}
        if p.method == "none":
            f["none"] = 1.0
            for key, v in quote_level.items():
                f["none*" + key] = v
            out.append(f)
            continue
        f["bias"] = 1.0
        for m in c.methods:
            f["m:" + m] = 1.0
        f["n_methods"] = float(len(c.methods))
        f["first"] = float(c is first)
        if c is first:
            f["first*partial"] = float(partial)
            f["first*words"] = _log(words)
        f["rank"] = c.rank / len(STRATEGIES)
        f["via"] = float(p.via is not None)
        if p.cue is not None:
            f["cue"] = 1.0
            f["cue_strong"] = float(REPORTING_FORMS.get(tokens[p.cue[0]].lower_) in STRONG)
        sp = c.speaker
        if c.inherited is not None or p.inherit_from is not None:
            f["inherit"] = 1.0
            f["named"] = float(c.name is not None)
            j = p.inherit_from
            jpara = lay.para_of[lay.tok_range[j][0]]
            f["para_d"] = min(para - jpara, 3) / 3
        if sp is not None:
            f["res:" + sp.resolved] = 1.0
            f["kind:" + sp.kind] = 1.0
            f["named"] = float(sp.name is not None)
            f["role"] = float(sp.role is not None)
            fits = _agrees(sp, wanted) if wanted is not None and c is not first else None
            if fits is not None:
                f["fits_pronoun" if fits else "clashes_pronoun"] = 1.0
        if p.head is not None:
            t = tokens[p.head]
            pos, ent, head_dep, low = t.pos_, t.ent_type_, t.dep_, t.lower_
            f["pos:" + (pos if pos in ("PRON", "PROPN", "NOUN") else "other")] = 1.0
            f["ent:" + (ent if ent in _MENTION_ENTS else "other" if ent else "none")] = 1.0
            dep = head_dep if head_dep in ("nsubj", "nsubjpass", "appos", "pobj", "dobj", "poss", "compound") else "other"
            f["dep:" + dep] = 1.0
            if low in PERSONAL_PRONOUNS:
                f["pron:" + low] = 1.0
            f["title"] = float(any(w.lower_ in TITLES for w in tokens[p.subject[0]:p.subject[1]]))
            if head_dep in SUBJECT_DEPS or head_dep == "appos":
                verb = t.head if head_dep != "appos" else t.head.head
                form = REPORTING_FORMS.get(verb.lower_)
                f["rep_subj"] = float(form is not None)
                f["rep_subj_strong"] = float(form in STRONG)
            if head_dep == "pobj" and t.head.lower_ in ("to", "by"):
                f["according_by"] = float(t.head.head.lower_ in ("according", "said", "written", "told"))
            d = a - p.head if p.head < a else p.head - b + 1
            f["dist"] = _log(d) / 5
            f["side_before"] = float(p.head < a)
            pd = para - lay.para_of[p.head]
            f["para_d"] = min(abs(pd), 3) / 3
            f["para_pos"] = _log(p.head - lay.para_start[lay.para_of[p.head]]) / 5
            f["same_gap"] = float(any(lo <= p.head < hi for lo, hi in ctx.gaps[k]))
            f["relays_other"] = float(p.head in relays)
        # conjunctions: the strategy (or mention) with how it resolved and what the quotation is like
        lead = c.methods[0]
        kind = sp.resolved if sp is not None else ("inherit" if p.inherit_from is not None else "-")
        f[f"{lead}*res:{kind}"] = 1.0
        f[f"{lead}*partial"] = float(partial)
        f[f"{lead}*short"] = float(words < 6)
        if p.head is not None:
            f[f"{lead}*pos:{pos}*dep:{head_dep}"] = 1.0
        if c.name is not None:
            same = sum(1 for n in names if n == c.name) - 1
            f["votes"] = _log(same)
            f["same_as_first"] = float(first is not None and c is not first and first.name == c.name)
            f["same_as_previous"] = float(c.name == previous_name)
            f["previous_same_para"] = float(c.name == previous_name and earlier_para == para)
            # a person the words themselves name ("Kofi is ready. He has worked so hard") is seldom their speaker
            f["named_inside"] = float(sp is not None and sp.kind == PERSON and bool(inside & set(c.name.split())))
        out.append(f)
    return out
