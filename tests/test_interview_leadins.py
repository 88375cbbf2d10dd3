"""An unlabelled interview's answers are the interviewee's, whom the lead-in names, on articles written for the test:
the one who answers the questions, joins "us" or speaks to "us" ("Below, agronomist Helen Marsh answers listeners' questions"), not
the presenter named first; a word the tagger took for a name in front of a name or a number ("Agronomist Dr Helen
Marsh", a podcast's "Episode 12") is no one."""
from __future__ import annotations

import pytest

Q, E = "\u201c", "\u201d"

QUESTIONS = ("Should I irrigate my wheat now?\n\n"
             f"{Q}Not yet. The roots are still finding moisture deeper down, and early watering keeps them shallow.{E}\n\n"
             "What about my potatoes?\n\n"
             f"{Q}Potatoes are different. They need steady water from emergence, so start now if you can.{E}\n")

CASES = [
    ("the one who answers the questions, not the presenter named first",
     "The Soil Show podcast \u00b7 Episode 12 \u00b7 31 min\n\nDry spring worries growers\n\n"
     "Presenter Tom Reid opened the show with the rainfall figures. Below, agronomist Helen Marsh answers listeners' "
     "questions in writing.\n\n" + QUESTIONS),
    ("the one who joined us, not the word before her name nor the episode's",
     "The Soil Show podcast \u00b7 Episode 12 \u00b7 31 min\n\nDry spring worries growers\n\n"
     "Agronomist Dr Helen Marsh joined us this week to talk about the dry spring.\n\n" + QUESTIONS),
    ("the one who spoke to us, not a place in the lead-in the tagger took for a person",
     "Dry spring worries growers\n\nMòrag Mhic Ille Bhàin, 71, from Gleann Cholm Cille, has farmed for fifty years. She "
     "spoke to us from her home.\n\n" + QUESTIONS, "Mòrag Mhic Ille Bhàin"),
]


@pytest.mark.parametrize("text,name", [(c[1], c[2] if len(c) > 2 else "Helen Marsh") for c in CASES],
                         ids=[c[0] for c in CASES])
def test_the_answers_are_the_interviewees(speakers, text, name):
    assert speakers(text) == [name, name]
