"""A company's "Ltd." that ends a sentence: the full stop is the sentence's, not the name's.

spaCy's tokenizer keeps "Ltd." whole, as in the North American "Bluenose Seafoods Ltd. said", so "the farm run by
Atlantic Salmon West Ltd." (British copy, which writes "Ltd" without a stop) named the company "Atlantic Salmon West
Ltd." and its sentence ran on into the next.  A pipe set first splits the stop off where neither a lower-case word
nor a role follows.
"""
from __future__ import annotations

import numpy as np
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

from .lexicon import ROLE_WORDS

NAME = "company_full_stops"
_WRITTEN = "Ltd."
#: A company's officers and other roles written before a name, which may follow its "Ltd." inside a sentence ("…
#: Ltd. President Mary Dunlop", "Ltd. Managing Director X").
_BEFORE_NAMES = ROLE_WORDS | frozenset(("president", "vice", "chairman", "chairwoman", "chair", "ceo", "cfo", "coo",
                                        "chief", "managing", "director", "executive", "founder", "owner", "general"))


@Language.component(NAME)
def company_full_stops(doc: Doc) -> Doc:
    """Split "Ltd." into "Ltd" and "." where it ends the text or a line, or a capitalised word or a mark follows."""
    found = np.flatnonzero(doc.to_array(ORTH) == doc.vocab.strings.add(_WRITTEN))
    ends = [int(i) for i in found if _ends_sentence(doc, int(i))]
    if ends:
        with doc.retokenize() as retokenizer:
            for i in ends:
                retokenizer.split(doc[i], ["Ltd", "."], heads=[(doc[i], 0), (doc[i], 0)])
    return doc


def _ends_sentence(doc: Doc, i: int) -> bool:
    """Whether the "Ltd." at token `i` ends its sentence: nothing after it, a line end, or a word next that is no
    lower-case one and no role ("… Ltd. President Mary Dunlop")."""
    if i + 1 == len(doc) or "\n" in doc[i].whitespace_ or doc[i + 1].is_space:
        return True
    after = doc[i + 1].text
    return doc[i].whitespace_ == " " and not after[:1].islower() and after[:1] not in ",;:)(" \
        and after.lower().rstrip(".") not in _BEFORE_NAMES  # (not "said Bluenose Seafoods Ltd. President X")


def add_to(nlp) -> None:
    """Put the pipe first, before the tagger and parser read the tokens (once)."""
    if NAME not in nlp.pipe_names:
        nlp.add_pipe(NAME, first=True)
