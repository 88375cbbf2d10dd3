""""The teenager" or "the octogenarian" is the person whose stated age fits the band (a relative named by a given name
too: "His son Imran, who is 19,"); no one fits a band their age is outside of. Sentences written for the test."""
from __future__ import annotations

import pytest

Q, E = "\u201c", "\u201d"

SON = ("Villagers count flood losses\n\nIn Tando district, a farmer named Ghulam Rasool, 54, said the water rose in "
       "less than an hour. His son Imran, who is {age}, said the family had received {q}one bag of flour and nothing "
       "else{e}.\n\n{q}We lost the buffalo and the wheat store,{e} the teenager said.\n")

CASES = [
    ("a son of 19 is the teenager", SON.format(age=19, q=Q, e=E), "We lost", "Imran Rasool"),
    ("a son of 24 is not", SON.format(age=24, q=Q, e=E), "We lost", "teenager"),
    ("a man of 86 is the octogenarian",
     "Retired miner honoured\n\nWilfred Oakes, 86, was given the freedom of the borough on Friday for his work with "
     f"the colliery band.\n\n{Q}I only ever wanted to play the cornet,{E} the octogenarian said.\n",
     "cornet", "Wilfred Oakes"),
]


@pytest.mark.parametrize("text,saying,name", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speaker(speakers, text, saying, name):
    assert speakers(text, saying=saying) == [name]
