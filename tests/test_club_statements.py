"""'The club said': the club's name, never the fans' nickname for it nor a headline's common noun; on sentences
written for the test."""
from __future__ import annotations

import pytest

CASES = [
    ("a club's name ends in a club's word, whatever the tagger took it for",
     "Kilbrannan Rovers defender Callum Reid was taken to hospital.\n"
     "\"Callum is awake and talking,\" the club said in a statement.",
     "Kilbrannan Rovers"),
    ("the fans' nickname is never the club",
     "Glenarden Celtic midfielder Jamie Rennie is in hospital.\n"
     "The Hoops were leading when he fell. The Hoops later abandoned the game.\n"
     "\"Jamie is awake and talking,\" the club said in a statement.",
     "Glenarden Celtic"),
    ("a club's name in capitals is written as the story writes it",
     "GLENWHARRIE ROVERS 2 BALLOCHMYLE THISTLE 1\n\nGlenwharrie Rovers goalkeeper Euan Baird was hurt.\n"
     "\"Euan is in good spirits,\" the club said in a statement.",
     "Glenwharrie Rovers"),
    ("a headline's common noun is no body",
     "Non-league club folds after 112 years\n\nHarford Wanderers have resigned from the league.\n"
     "\"We owe money we simply cannot find,\" the club said.",
     "Harford Wanderers"),
]


@pytest.mark.parametrize("why,text,name", CASES, ids=[c[0] for c in CASES])
def test_the_club_is_the_club(speakers, why, text, name):
    assert speakers(text) == [name], why
