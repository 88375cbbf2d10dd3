"""Unlabelled interviews (quotes/extract/interviews.py), on parses built by hand: no model needed."""
import threading

import spacy
from spacy.tokens import Doc

from quotes.extract.interviews import _answers_us, _met_by_us

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


def test_whom_the_paper_spoke_to_is_met_but_not_whom_a_person_spoke_to():
    # "Euroview spoke to Marchetti": the paper's interviewee; "Aalto spoke to Marchetti": no interview
    words, heads = ["Euroview", "spoke", "to", "Marchetti"], [1, 1, 1, 2]
    deps, pos = ["nsubj", "ROOT", "prep", "pobj"], ["PROPN", "VERB", "ADP", "PROPN"]
    assert _met_by_us(_doc(words, heads, deps, pos)[3])
    person = Doc(_VOCAB, words=["Aalto", "spoke", "to", "Marchetti"], heads=heads, deps=deps, pos=pos,
                 ents=["B-PERSON", "O", "O", "B-PERSON"])
    assert not _met_by_us(person[3])


def test_one_who_spoke_to_us_answers():
    doc = _doc(["She", "spoke", "to", "us"], [1, 1, 1, 2], ["nsubj", "ROOT", "prep", "pobj"],
               ["PRON", "VERB", "ADP", "PRON"])
    assert _answers_us(doc[0])
    assert not _answers_us(_doc(["She", "spoke", "to", "them"], [1, 1, 1, 2], ["nsubj", "ROOT", "prep", "pobj"],
                                ["PRON", "VERB", "ADP", "PRON"])[0])


def test_one_who_spoke_to_a_named_interviewer_answers():
    # "She spoke to Mahesh Perera in Galle.": she is the interviewee, the one named the one who asks
    words, heads = ["She", "spoke", "to", "Mahesh", "Perera", "in", "Galle", "."], [1, 1, 1, 4, 2, 1, 5, 1]
    deps = ["nsubj", "ROOT", "prep", "compound", "pobj", "prep", "pobj", "punct"]
    pos = ["PRON", "VERB", "ADP", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT"]
    named = Doc(_VOCAB, words=words, heads=heads, deps=deps, pos=pos,
                ents=["O", "O", "O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O"])
    assert _answers_us(named[0])
    unnamed = Doc(_VOCAB, words=words, heads=heads, deps=deps, pos=pos, ents=["O", "O", "O", "B-ORG", "I-ORG", "O", "B-GPE", "O"])
    assert not _answers_us(unnamed[0])  # (to a body: "She spoke to Ocean Watch in Galle" is no interview's lead-in)
