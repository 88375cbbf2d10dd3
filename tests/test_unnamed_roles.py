"""Unnamed officials keep the words of their role: a grade of the title ("chief executive", "junior doctor"), the
level of government they serve ("federal official") and a legislator's party ("Liberal senator", "Labour MP"); "the
senator" after them is that person as first called.  Sentences written for the test."""
from __future__ import annotations

import pytest

CASES = [
    ("a legislator named in apposition is that person, not the seat",
     "A Labour MP, Joanna Pryce, said the cuts were \"a disgrace to this house\".",
     ["Joanna Pryce"]),
    ("'the' and the noun alone after an unnamed legislator is that legislator",
     "One Liberal senator said the bill was \"dead on arrival here\".\n\nThe senator said it \"never had the votes at all\".",
     ["Liberal senator", "Liberal senator"]),
    ("a grade that is part of the title",
     "The chief executive, speaking before the weekly meeting, said fraud was \"the crime that touches every family\".",
     ["chief executive"]),
    ("a junior doctor is no doctor of any grade",
     "On the ward, a junior doctor says the shift is \"fourteen hours and counting\".",
     ["junior doctor"]),
    ("the level of government an official serves",
     "A federal official, speaking on condition of anonymity, said investigators were looking at \"a broken rail\".",
     ["federal official"]),
    ("a legislator's party, which the tagger takes for an adjective",
     "But one Liberal senator, who spoke on condition of anonymity, said the mood was \"grim\".",
     ["Liberal senator"]),
    ("a legislator's party before initials the tagger takes for a body",
     "The Speaker called for order after a Labour MP shouted \"shame\" across the chamber.",
     ["Labour MP"]),
    ("a place before the legislator is no party",
     "An Ohio senator said the plan was \"dead on arrival\".",
     ["senator"]),
    ("the noun alone later is the one first called more fully",
     "One Liberal senator said the mood was \"grim\".\n\n"
     "\"People are frightened,\" the senator said.",
     ["Liberal senator", "Liberal senator"]),
    ("a describing word stays out",
     "A senior official said the talks were \"going nowhere\".",
     ["official"]),
]


@pytest.mark.parametrize("why,text,names", CASES, ids=[c[0] for c in CASES])
def test_unnamed_role(speakers, why, text, names):
    assert speakers(text) == names, why
