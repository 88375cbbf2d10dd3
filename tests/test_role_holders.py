"""Whom a role written without a name means, on sentences written for the test: "the lawmaker representing" a seat
is the one named beside that seat ("Senator X (PDP, Oyo Central)"); "the director" is the story's one director
however far back she was named, so that the "she" after it is hers; a title written alone after "the" as a speaker
("The Iyaloja said …", of the one the story called the Iyaloja) is whoever holds it, whom the "she" after it means;
"the fiscal added" is the fiscal named before, whatever tag the tagger gives the word."""
from __future__ import annotations

import pytest

CASES = [
    ("'the lawmaker representing' a seat is the one named beside that seat",
     "The motion, moved by Senator Kunle Adeyemi (PDP, Oyo Central), was defeated by 52 votes to 40.\n\n"
     "Senator Bala Sarki (APC, Gombe North) called the motion \u201ca distraction\u201d.\n\n"
     "\u201cWe will bring it back next session,\u201d the lawmaker representing Oyo Central told reporters.",
     "Kunle Adeyemi"),
    ("'she' after 'the director said' is the story's one director, named paragraphs before",
     "Director Ingrid Halvorsen told the committee that the agency had hired 300 inspectors.\n\n"
     "\u201cWe are not where we want to be,\u201d Halvorsen said.\n\n"
     "Sen. Paul Ridley (R-Ind.) said the backlog had doubled. \u201cThat is not progress,\u201d he said.\n\n"
     "Sen. Nora Quist (D-Vt.) asked about overtime at the Denver office. \u201cWho signed off on that?\u201d she said.\n\n"
     "The director said the overtime had been approved by her deputy.\n\n"
     "\u201cI take full responsibility for it,\u201d she said.",
     "Ingrid Halvorsen"),
    ("'she' after a title written alone after 'the' is the title's holder",
     "Hon. Zainab Musa visited the market on Friday with the Iyaloja of the market, Alhaja Amina Bello.\n\n"
     "Ms Musa said she would raise the matter in the assembly. \u201cThis cannot go on,\u201d she said.\n\n"
     "The Iyaloja said the women had reported the cracks in March. \u201cWe warned them twice,\u201d she said.",
     "Amina Bello"),
    ("'the fiscal' is the fiscal named before, though the tagger calls the word an adjective",
     "Fiscal depute Ailsa Moffat said the bicycles were found in a lock-up.\n\n\u201cWhen he was stopped by officers, "
     "the accused said, \u2018They are mine,\u2019\u201d the fiscal added.",
     "Ailsa Moffat"),
]


@pytest.mark.parametrize("text,name", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speaker(speakers, text, name):
    assert speakers(text)[-1] == name
