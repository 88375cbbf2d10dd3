"""Titles abbreviated with a full stop ("Coun.", "Atty.", "Supt.") and given names ("Ma." for María): one
token each, and no sentence starts after one when a capitalised word follows, so that "said Coun. Dana
Whitford." keeps its subject.  The list is data/title_abbreviations.tsv (spaCy knows "Gov.", "Sen.", "Dr." …).
"""
from __future__ import annotations

import numpy as np
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

from .lexicon import ABBREVIATIONS

NAME = "title_abbreviations"


@Language.component(NAME)
def title_abbreviations(doc: Doc) -> Doc:
    """No sentence starts at a capitalised word right after an abbreviated title or given name (the
    abbreviations are found among the Doc's word ids, not token by token)."""
    for i in np.flatnonzero(np.isin(doc.to_array(ORTH)[:-1], _orth_ids(doc.vocab.strings))):
        tok, after = doc[int(i)], doc[int(i) + 1]
        if tok.whitespace_ == " " and after.text[:1].isupper() and after.text.rstrip(".").isalpha():
            after.is_sent_start = False
    return doc


def _orth_ids(strings) -> np.ndarray:
    """The ids of the abbreviations in the model's string store."""
    return np.array([strings.add(abbreviation) for abbreviation in ABBREVIATIONS], dtype=np.uint64)


def add_to(nlp) -> None:
    """Make each abbreviation one token and put the pipe before the parser (once)."""
    for abbreviation in ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    if NAME not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(NAME, before="parser")
