"""Unnamed sources, families and titled appositions: the canonical speaker each is given, on sentences written for
the test."""
from __future__ import annotations

import pytest

from quotes.extract.lexicon import singular

CASES = [
    ("one of a group is the group's noun, singular",
     "Two people who attended the meeting spoke to us.\n"
     "\"The vote was rigged from the start,\" one of the sources said.",
     ["source"]),
    ("an ordinal is no part of the noun",
     "A second source said the deal \"may well come to nothing\".",
     ["source"]),
    ("adjectives and a bloc's name before the noun are dropped",
     "A senior EU diplomat said the talks had been \"very tense at times\".",
     ["diplomat"]),
    ("a place's name of two words before a resident is dropped, and 'she' is that resident",
     "Senior Superintendent Gary Lindo-Clarke said two men had been arrested.\n\n"
     "One Salt Spring resident, who asked not to be named, said the community was relieved. "
     "\"It has been quiet since,\" she said.\n\nA Mount Salem resident said: \"We can sleep now.\"",
     ["resident", "resident"]),
    ("another diplomat is not the one named before",
     "Norway's ambassador, Ingrid Solvang, said the text was \"a fair compromise\".\n"
     "Another diplomat said it was \"not worth the paper\".",
     ["Ingrid Solvang", "diplomat"]),
    ("the official is the body's official met before",
     "The Pakistan Cricket Board (PCB) denied the report.\n"
     "A PCB official, requesting anonymity, said the coach was \"told what was expected\".\n"
     "\"It was a hard meeting,\" the official said.",
     ["Pakistan Cricket Board official", "Pakistan Cricket Board official"]),
    ("the official is the body's official introduced before, though not quoted",
     "The Pakistan Cricket Board denied the report on Sunday.\n"
     "A PCB official, requesting anonymity, said the coach had been told what the board expected.\n"
     "\"It was a hard meeting,\" the official said.",
     ["Pakistan Cricket Board official"]),
    ("the official is the people's official quoted paragraphs before",
     "\u201cThe talks have stalled,\u201d said a Norwegian official who was not authorised to speak publicly.\n\n"
     "Fishing quotas in the Barents Sea have been disputed for a decade, and both delegations left Troms\u00f8 on Friday.\n\n"
     "Negotiators from the two countries met three times in the spring without agreeing on a timetable.\n\n"
     "The fleet owners have warned that boats may stay in harbour until autumn.\n\n"
     "\u201cWe expect a written answer next week,\u201d the official said.",
     ["Norwegian official", "Norwegian official"]),
    ("the man is no unnamed body's man",
     "A court sentenced a 26-year-old man to probation after the man had posted threats online.\n"
     "\"I regret it,\" the man said.",
     ["man"]),
    ("someone's family is the family by its surname, and so is its statement",
     "Ms Holloway’s family said in a statement: \"We have lost our anchor.\"\n"
     "\"Tamsin lived for her children,\" the statement said.",
     ["Holloway family", "Holloway family"]),
    ("a family named before its noun",
     "In a statement, the Kowalczyk family said they were \"thinking of his children tonight\".",
     ["Kowalczyk family"]),
    ("a title the parser sets apart is no name",
     "The company’s lawyer, Atty. Joaquin Reyes Salcedo, said the firm was \"ready to cooperate\".",
     ["Joaquin Reyes Salcedo"]),
    ("a capitalised determiner opening the sentence is no body's name",
     "The talks broke up at midnight. Another official said the deal was \"dead\".\n"
     "Another Treasury official said it was \"not dead yet\".\n"
     "Another finance ministry official called it \"on life support\".",
     ["official", "Treasury official", "finance ministry official"]),
    ("an unnamed official of a body no one named keeps the body's lower-case words",
     "One official who attended said the two sides were \"a long way apart\".\n"
     "A senior health department official said: \"There is no money.\"",
     ["official", "health department official"]),
]


@pytest.mark.parametrize("why,text,names", CASES, ids=[c[0] for c in CASES])
def test_unnamed_speaker(speakers, why, text, names):
    assert speakers(text) == names, why


@pytest.mark.parametrize("plural,one", [("sources", "source"), ("residents", "resident"), ("people", "person"),
                                        ("police officers", "police officer"), ("authorities", "authority"),
                                        ("witnesses", "witness"), ("boss", "boss")])
def test_singular(plural, one):
    assert singular(plural) == one
