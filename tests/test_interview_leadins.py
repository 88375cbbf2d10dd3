"""An unlabelled interview's answers are the interviewee's, whom the lead-in names, on articles written for the test:
the one who answers the questions or joins "us" ("Below, agronomist Helen Marsh answers listeners' questions"), not
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
]


@pytest.mark.parametrize("text", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_the_answers_are_the_interviewees(speakers, text):
    assert speakers(text) == ["Helen Marsh", "Helen Marsh"]
