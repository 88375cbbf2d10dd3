"""The extraction core: article text in, plain quotation records out.

It knows nothing of SQLite, the command line or Datasette.  The stages, in the order
the data flows:

model.py, attributes.py,  loading en_core_web_sm (what this core needs of it, made fast;
  entity_decoding.py,       joined_initials.py keeps "Ts.Oyunchimeg" one token)
  joined_initials.py
parsing.py                parsing the paragraphs attribution needs
marks.py                  quotation spans from the quotation marks
layout.py, grammar.py,    attribution: where the quotation stands, the reporting verb and
attribution.py              its subject, transcripts, "it said" after a statement
letters.py                letters pages: a letter's heading in marks is the writer's who signs below
speaker_book.py           speakers: the mention resolved to a canonical name within the article
                            (speaker.py the resolved Speaker), in parts: book_people.py (names),
                            book_descriptions.py (roles, ages), book_bodies.py (organisations,
                            documents, spokespeople), book_references.py (pronouns, nominals)
person_mentions.py        which tokens make a person's name: titles, roles, ages
body_mentions.py          which capitalised mentions name bodies, and how far their names reach
bodies.py                 canonical names of bodies
confidence.py             how sure each attribution is
records.py                the plain objects returned (Quote, Mention)
lexicon.py                the word lists all of these share

The public functions are imported on first use, so that importing a word list or a
record does not load spaCy.
"""
from __future__ import annotations

from .records import Mention, Quote

__all__ = ["extract_quotes", "extract_many", "quotes_in", "ModelMissing", "Quote", "Mention"]


def __getattr__(name: str):
    if name in ("extract_quotes", "extract_many", "quotes_in"):
        from . import core

        return getattr(core, name)
    if name == "ModelMissing":
        from .model import ModelMissing

        return ModelMissing
    raise AttributeError(f"module 'quotes.extract' has no attribute {name!r}")
