"""An unnamed member of a body's staff written after the body's name ("A KTN reporter", "one former Halvorsen
executive"): the body's name and the noun, the name a fuller one the article gave; a place or a bloc before the noun
is no body. Sentences written for the test."""
from __future__ import annotations

import pytest

L, R = "\u201c", "\u201d"

CASES = [
    ("a broadcaster's reporter keeps the broadcaster's name",
     f"The governor took questions at the county offices in Kakamega. {L}Will the audit be published?{R} a KTN "
     f"reporter asked.",
     ["KTN reporter"]),
    ("a firm's executive takes the firm's full name the article gave",
     "Halvorsen Foods cut 300 jobs at its Bergen plant on Monday. One former Halvorsen executive said the cuts had "
     f"been {L}planned for a year{R}.",
     ["Halvorsen Foods executive"]),
    ("an acronym's representative takes the name it was spelled out as",
     "The World Health Organization (WHO) sent a team to the islands. The WHO representative said the outbreak was "
     f"{L}contained but not over{R}.",
     ["World Health Organization representative"]),
    ("a firm's name after 'in' in a business phrase is still the firm",
     "Halvorsen Foods cut 300 jobs at its Bergen plant on Monday, and shares in Halvorsen fell 8 per cent. One former "
     f"Halvorsen executive said the cuts had been {L}planned for a year{R}.",
     ["Halvorsen Foods executive"]),
    ("a paper's possessive and a beat before the noun are no body's name",
     f"The Guardian's economics correspondent said the figures were {L}worse than feared{R}.",
     ["economics correspondent"]),
    ("a body's official opening the lede is the one the next paragraph names",
     "Senators grill port authority over crane collapse\n\nA senior Harbour Authority official admitted on Tuesday "
     f"that the cranes had been {L}overdue for inspection{R} when one collapsed last month.\n\nJane Okafor, the "
     "authority's deputy director, told the committee that two inspectors had been on leave.",
     ["Jane Okafor"]),
    ("a bloc before a person's noun is no body the person works for",
     f"Ministers met in Brussels until late. A senior EU diplomat said the talks had been {L}very tense{R}.",
     ["diplomat"]),
    ("a place the article writes after 'in' is no body",
     "Flooding closed roads in Tarrow on Sunday. A Tarrow reporter said the water had risen "
     f"{L}faster than anyone expected{R}.",
     ["reporter"]),
]


@pytest.mark.parametrize("text,names", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_staff_of_a_body(speakers, text, names):
    assert speakers(text) == names
