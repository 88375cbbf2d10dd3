"""Surnames that open with a number word ("Sarah Two Bears", "Two Bears said"): a pipe after the entity recognizer,
which cuts such a name at the number and types the number a count and the rest a body's, types the whole a person's,
and so every later mention of the surname the article gave in full."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

NAME = "number_names"

#: Number words that open surnames written capitalised inside a sentence.
_NUMBER_WORDS = frozenset("Two Three Four Five Six Seven Eight Nine Ten".split())


@Language.component(NAME)
def number_names(doc: Doc) -> Doc:
    """Retype as one person's name a person's name followed by a capitalised number word and a capitalised word
    ("Sarah" + "Two" + "Bears"), and then each other "Two Bears" of the Doc."""
    found = [Span(doc, ent.start, ent.end + 2, label="PERSON") for ent in doc.ents
             if ent.label_ == "PERSON" and _number_surname_at(doc, ent.end)]
    if not found:
        return doc
    surnames = {doc[s.end - 2:s.end].text for s in found}
    found += [Span(doc, t.i, t.i + 2, label="PERSON") for t in doc[:-1]
              if t.text in _NUMBER_WORDS and doc[t.i:t.i + 2].text in surnames]
    found = filter_spans(found)
    taken = {i for span in found for i in range(span.start, span.end)}
    doc.ents = sorted([e for e in doc.ents if not any(i in taken for i in range(e.start, e.end))] + found,
                      key=lambda e: e.start)
    return doc


def _number_surname_at(doc: Doc, i: int) -> bool:
    """Whether token `i` is a number word written capitalised inside a sentence, with a capitalised word after it."""
    return i + 1 < len(doc) and doc[i].text in _NUMBER_WORDS and not doc[i].is_sent_start \
        and doc[i + 1].is_alpha and doc[i + 1].text[:1].isupper() and not doc[i + 1].is_sent_start
