"""Gaelic bodies' names: a pipe after the entity recognizer, which takes "Foras na Gaeilge" or "Údarás na
Gaeltachta" for a person's name or a work's, types a name with a Gaelic article inside it ("na", "nan") a
body's."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from .lexicon import GIVEN_NAME_GENDER

NAME = "gaelic_bodies"

#: The Gaelic articles written inside bodies' names ("Bòrd na Gàidhlig", "Comhairle nan Eilean Siar"), never
#: inside a person's.
GAELIC_ARTICLES = frozenset(("na", "nan"))


#: Types the recognizer gives a Gaelic body's name that no body's name has.
_MISTYPED = frozenset(("PERSON", "WORK_OF_ART", "PRODUCT"))


@Language.component(NAME)
def gaelic_bodies(doc: Doc) -> Doc:
    """Retype as a body's name every name with a Gaelic article between its words that the recognizer typed a
    person's or a work's ("Údarás na Gaeltachta"), unless it reads as a person's, and join two names it split at the
    article ("Foras" + "na" + "Gaeilge")."""
    ents, out = list(doc.ents), []
    for ent in ents:
        joined = Span(doc, out[-1].start, ent.end, label="ORG") if out and ent.start == out[-1].end + 1 else None
        if joined is not None and doc[ent.start - 1].text in GAELIC_ARTICLES and "PERSON" in (ent.label_, out[-1].label_) \
                and not _a_person(doc, joined):
            out[-1] = joined
        elif ent.label_ in _MISTYPED and any(t.text in GAELIC_ARTICLES for t in ent[1:-1]) and not _a_person(doc, ent):
            out.append(Span(doc, ent.start, ent.end, label="ORG"))
        else:
            out.append(ent)
    if len(out) != len(ents) or any(a.label_ != b.label_ for a, b in zip(out, ents)):
        doc.ents = out
    return doc


def _a_person(doc: Doc, ent: Span) -> bool:
    """Whether a name with "na" inside is a person's: opening with a listed given name ("Pádraig na Buile Ó Conaire")
    or described as someone after a comma ("Sumet Jumsai na Ayudhya, an architect,")."""
    after = doc[ent.end + 1] if ent.end + 1 < len(doc) and doc[ent.end].text == "," else None
    return ent[0].text in GIVEN_NAME_GENDER or after is not None and (after.lower_ in ("a", "an") or after.like_num)
