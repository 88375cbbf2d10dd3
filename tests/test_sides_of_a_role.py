"""A role with a capitalised word for a side before it ("the City manager") is never the one the article describes
by another side ("Rovers boss Tom Kerr"), on sentences written for the test; a party word ("the Labour councillor")
or a place ("the Florida senator") is no side here."""
from __future__ import annotations

import pytest

Q, E = "\u201c", "\u201d"

CASES = [
    ("'the City manager' is not the Rovers boss",
     "Derby preview\n\n"
     f"Rovers boss Tom Kerr praised his rival before Saturday's derby. {Q}Jo Baird has built something special "
     f"there,{E} the Rovers boss said.\n\n"
     f"Baird, at her own briefing, returned the favour. {Q}He is a fine coach,{E} the City manager said.\n",
     ["Tom Kerr", "Jo Baird"]),
    ("a party word is no side",
     "Library vote\n\n"
     "Opposition leader Councillor Fiona MacAskill (Labour) accused the ruling group of cuts.\n\n"
     f"{Q}It is a closure, plain and simple,{E} the Labour councillor told the meeting.\n",
     ["Fiona MacAskill"]),
]


@pytest.mark.parametrize("text,names", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speakers(speakers, text, names):
    assert speakers(text) == names
