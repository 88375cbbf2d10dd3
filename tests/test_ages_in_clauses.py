"""An age given in a clause after the name ("Chief Kofi Mensah Ansah, who is 58,") describes that person, so "the
58-year-old" paragraphs later is them, on sentences written for the test; no one is the 58-year-old when the article
gives no one that age."""
from __future__ import annotations

import pytest

Q, E = "\u201c", "\u201d"

BODY = ("The dispute went to the regional house of chiefs in March. Elders from both families gave evidence.\n\n"
        "A ruling is expected next month. Lawyers for the rival family say they will appeal.\n\n"
        "Traders in the market say the row has hurt business. Stalls stand empty on festival days.\n\n"
        f"{Q}I have served this town with honour,{E} the 58-year-old said.\n")

CASES = [
    ("'who is 58' makes him the 58-year-old, paragraphs later",
     "Chieftaincy row\n\nChief Kofi Mensah Ansah, who is 58, has ruled the town since 2009.\n\n" + BODY,
     "Kofi Mensah Ansah"),
    ("'who is 61' does not",
     "Chieftaincy row\n\nChief Kofi Mensah Ansah, who is 61, has ruled the town since 2009.\n\n" + BODY,
     "58-year-old"),
]


@pytest.mark.parametrize("text,name", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speaker(speakers, text, name):
    assert speakers(text) == [name]
