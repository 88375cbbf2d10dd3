"""Which tokens of a mention make a person's name, and what stands around it: titles and the gender
they tell, the role before the name ("Japanese Prime Minister"), letters after it, ages.

Plain functions of tokens (for speaker_book.py); body_mentions.py does the same for bodies.
"""
from __future__ import annotations

import regex

from .lexicon import (
    ARTICLES,
    BODY_NOUNS,
    DOCUMENT_NOUNS,
    FEMALE_TITLES,
    MALE_TITLES,
    OCCUPATIONS,
    PERSON_NOUNS,
    PERSON_TITLES,
    POSTNOMINALS,
    REPORTING_FORMS,
    TITLES,
)

#: Every title that may stand before a person's name ("Ms", "Dr", "Judge").
PERSONAL_TITLES = MALE_TITLES | FEMALE_TITLES | PERSON_TITLES
#: Words of bodies' and documents' names, never of a person's.
BODY_WORDS = BODY_NOUNS | DOCUMENT_NOUNS | {"party", "union", "association", "times", "post", "news"}
#: Words before a name that are no part of a role ("the", "Mr").
NOT_ROLE = ARTICLES | MALE_TITLES | FEMALE_TITLES | {"dr", "dr.", "mx", "mx."}
AGE = regex.compile(r"\b(\d{1,3})-year-old\b")
_POSSESSIVE_TOKENS = {"'s", "\u2019s", "'", "\u2019"}


def age_in(text: str) -> str | None:
    """The first age written in `text` ("66-year-old"), if any."""
    m = AGE.search(text)
    return f"{m.group(1)}-year-old" if m else None


def title_gender(word: str) -> str | None:
    """The gender an honorific tells ("mrs" -> "f"), if any."""
    return "m" if word in MALE_TITLES else "f" if word in FEMALE_TITLES else None


def without_postnominals(name: str) -> str:
    """A name without the letters after it ("Fionnuala Breen SC" -> "Fionnuala Breen")."""
    parts = name.split()
    while len(parts) > 2 and parts[-1] in POSTNOMINALS:
        parts.pop()
    return " ".join(parts)


def is_name_token(tok) -> bool:
    """A capitalised proper noun or tagged person's word that is no title nor possessive ending."""
    return (tok.pos_ == "PROPN" or tok.ent_type_ == "PERSON") and tok.text[:1].isupper() \
        and tok.lower_ not in TITLES and tok.text not in _POSSESSIVE_TOKENS


def name_in(doc, lo: int, hi: int) -> str | None:
    """The personal name at the end of tokens lo..hi, without titles or roles."""
    start, end = name_range(doc, lo, hi)
    return " ".join(doc[start:end].text.split()) if end > start else None


def name_range(doc, lo: int, hi: int) -> tuple[int, int]:
    """Token range of the personal name at the end of tokens lo..hi."""
    end = hi
    while end > lo and (doc[end - 1].is_punct or doc[end - 1].text in _POSSESSIVE_TOKENS
                        or REPORTING_FORMS.get(doc[end - 1].lower_)):  # "Obama Says" in a headline
        end -= 1
    start = end
    while start > lo and is_name_token(doc[start - 1]):
        start -= 1
        if start - 2 >= lo and doc[start - 1].text == "-" and not doc[start - 1].whitespace_ \
                and not doc[start - 2].whitespace_ and is_name_token(doc[start - 2]):
            start -= 1  # "Morgan-Evans": one surname
    last = doc[end - 1] if end > lo else None
    if last is not None and last.ent_type_ == "PERSON" and last.ent_iob_ != "B":
        ent_start = last.i
        while ent_start > lo and doc[ent_start].ent_iob_ == "I":
            ent_start -= 1
        start = max(start, ent_start)  # "Harbour Master Ilse Brandt": the tagged name only
        while start < end and doc[start].lower_ in TITLES:
            start += 1
    jobs = [i for i in range(start, end - 2) if doc[i].lower_ in OCCUPATIONS]
    if jobs:  # "Guild organiser Tama Rewiti": the name after the last word of what she does
        start = jobs[-1] + 1
    return start, end


def role_before(doc, lo: int, hi: int) -> str | None:
    """The words of a mention before the name (tokens lo..hi): "Japanese Prime Minister"."""
    words = [t for t in doc[lo:hi] if t.lower_ not in NOT_ROLE and not t.is_space
             and t.text not in _POSSESSIVE_TOKENS and not t.is_punct and t.ent_type_ not in ("DATE", "TIME")]
    if not any(w.is_alpha and w.lower_ not in ("of", "and", "for") for w in words):
        return None
    return " ".join(t.text for t in words) or None


def describes_person(noun) -> bool:
    """Whether a description names a person: a person noun, an age ("a 23-year-old"), a clause
    with "who", or "he" / "she" later in its sentence."""
    if noun.lower_ in PERSON_NOUNS or age_in(noun.doc[noun.left_edge.i:noun.i].text):
        return True
    if any(c.dep_ == "relcl" and any(w.lower_ == "who" for w in c.children) for c in noun.rights):
        return True
    return any(t.lower_ in ("he", "she") for t in noun.sent if t.i > noun.i)
