"""Whom a role written without a name means, on sentences written for the test: "the lawmaker representing" a seat
is the one named beside that seat ("Senator X (PDP, Oyo Central)")."""
from __future__ import annotations

import pytest

CASES = [
    ("'the lawmaker representing' a seat is the one named beside that seat",
     "The motion, moved by Senator Kunle Adeyemi (PDP, Oyo Central), was defeated by 52 votes to 40.\n\n"
     "Senator Bala Sarki (APC, Gombe North) called the motion \u201ca distraction\u201d.\n\n"
     "\u201cWe will bring it back next session,\u201d the lawmaker representing Oyo Central told reporters.",
     "Kunle Adeyemi"),
]


@pytest.mark.parametrize("text,name", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speaker(speakers, text, name):
    assert speakers(text)[-1] == name
