"""Unlabelled interviews (quotes/extract/interviews.py), on parses built by hand: no model needed."""
import threading

import spacy
from spacy.tokens import Doc

from quotes.extract.interviews import _met_by_us

_VOCAB = spacy.blank("en").vocab  # (English lexical attributes: lower case)


def _doc(words, heads, deps, pos):
    return Doc(_VOCAB, words=words, heads=heads, deps=deps, pos=pos)


def test_whom_we_caught_up_with_is_met():
    doc = _doc(["We", "caught", "up", "with", "Pinder"], [1, 1, 1, 1, 3],
               ["nsubj", "ROOT", "prt", "prep", "pobj"], ["PRON", "VERB", "ADP", "ADP", "PROPN"])
    assert _met_by_us(doc[4])


def test_a_particle_the_parser_made_the_root_ends_the_walk():
    # "Up with Pinder": the particle is its own head; the walk up from it must stop (it looped for ever)
    doc = _doc(["Up", "with", "Pinder"], [0, 0, 1], ["ROOT", "prep", "pobj"], ["ADP", "ADP", "PROPN"])
    answer = []
    walker = threading.Thread(target=lambda: answer.append(_met_by_us(doc[2])), daemon=True)
    walker.start()
    walker.join(timeout=30)
    assert answer == [False]
