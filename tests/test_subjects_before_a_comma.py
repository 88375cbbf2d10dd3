"""A reporting verb after a comma takes the subject after it ("…, said Maria Lind") unless a person is named before
the comma as its subject ("The chief executive of X, Dr Ruth Kellaway, who …, said the findings made for “…”": the
parser's second subject is the clause she reports).  Sentences written for the test; fictional people and bodies."""
from __future__ import annotations

L, R = "\u201c", "\u201d"


def test_a_person_in_apposition_before_the_comma_speaks(speakers):
    text = ("The chief executive of Fenland Hospitals NHS Foundation Trust, Dr Ruth Kellaway, who took up the post in "
            f"March, said the findings made for {L}very difficult reading{R}.")
    assert speakers(text) == ["Ruth Kellaway"]


def test_the_subject_after_an_inverted_verb_still_speaks(speakers):
    text = (f"{L}Everyone on this street knows the river now,{R} and residents get nervous when it rains, said "
            "Maria Lind, who has lived there for 30 years.")
    assert speakers(text) == ["Maria Lind"]
