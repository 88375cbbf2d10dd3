"""Names after a title inside a body's or a place's name: a pipe after the entity recognizer, which takes "Barangay
Capt. Wilfredo Dacles" or "Brgy. Kagawad Ana Ruiz" whole for a body's or a place's name, types the words after the
abbreviated title a person's."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from .body_mentions import body_end_words
from .lexicon import TITLES

NAME = "titled_names"

#: Styles only a person's name follows, written without a full stop as they are written (not "MS", a Member of the
#: Senedd).
_STYLES = frozenset(("Mr", "Mrs", "Ms", "Miss", "Dr", "Rev", "Revd", "Prof", "Fr"))
#: Types the recognizer gives such a run that no person's name has.
_MISTYPED = frozenset(("ORG", "GPE", "FAC", "LOC", "NORP"))


@Language.component(NAME)
def titled_names(doc: Doc) -> Doc:
    """Retype as a person's name the words of two or more after an abbreviated title ("Capt.", "Gen.") that end a
    name the recognizer typed a body's or a place's, or that stand right after one ("Supt." + "Rowena Alimbon"); the
    words before the title are left untyped."""
    out, changed = [], False
    for ent in doc.ents:
        title = _title_at(ent)
        if ent.label_ in _MISTYPED and title is not None:
            out.append(Span(doc, title + 1, ent.end, label="PERSON"))
            changed = True
        elif ent.label_ in _MISTYPED and ent.start > 0 and _abbreviated_title(doc[ent.start - 1]) and len(ent) >= 2 \
                and _name_words(ent):
            out.append(Span(doc, ent.start, ent.end, label="PERSON"))  # "Supt." + "Rowena Alimbon", typed a body's
            changed = True
        else:
            out.append(ent)
    if changed:
        doc.ents = out
    return doc


def _title_at(ent: Span) -> int | None:
    """The token of the last abbreviated title inside `ent` with two or more words of a name after it, all
    capitalised, to its end; else None."""
    for tok in reversed(ent[:-2]):
        if _abbreviated_title(tok):
            return tok.i if _name_words(ent.doc[tok.i + 1:ent.end]) else None
    return None


def _abbreviated_title(tok) -> bool:
    """Whether a token is a title abbreviated with a full stop ("Capt.", "Supt."; not initials such as "U.S.") or a
    person's style written without one ("the Rev Mairi Macneil", "Dr Ann Hale")."""
    return tok.text.endswith(".") and tok.text[:-1].isalpha() and tok.lower_ in TITLES or tok.text in _STYLES


def _name_words(span) -> bool:
    """Whether every word of a span is capitalised, as a name's are ("Wilfredo Dacles", "Usman-Tomawis"), and none is a
    word of a body's name ("Dr Gray's Hospital" is none)."""
    return all(t.text[:1].isupper() and (t.is_alpha or "-" in t.text) and t.lower_ not in body_end_words() for t in span)
