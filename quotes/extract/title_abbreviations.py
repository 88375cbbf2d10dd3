"""Titles abbreviated with a full stop ("Coun.", "Atty.", "Supt.") and given names ("Ma." for María): one
token each, and no sentence starts after one when a capitalised word follows, so that "said Coun. Dana
Whitford." keeps its subject.  The list is data/title_abbreviations.tsv (spaCy knows "Gov.", "Sen.", "Dr." …).
"""
from __future__ import annotations

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc

from .lexicon import ABBREVIATIONS

NAME = "title_abbreviations"


@Language.component(NAME)
def title_abbreviations(doc: Doc) -> Doc:
    """No sentence starts at a capitalised word right after an abbreviated title or given name."""
    for tok in doc[:-1]:
        after = doc[tok.i + 1]
        if tok.text in ABBREVIATIONS and tok.whitespace_ == " " and after.text[:1].isupper() and after.text.rstrip(".").isalpha():
            after.is_sent_start = False
    return doc


def add_to(nlp) -> None:
    """Make each abbreviation one token and put the pipe before the parser (once)."""
    for abbreviation in ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
    if NAME not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(NAME, before="parser")
