"""An age given in a clause after the name ("Chief Kofi Mensah Ansah, who is 58,") describes that person, so "the
58-year-old" paragraphs later is them, on sentences written for the test; no one is the 58-year-old when the article
gives no one that age; "the older man" is the older of the men just named with their ages."""
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


def test_the_older_man_is_the_older_of_the_men_just_named_with_ages(speakers):
    text = ("Three generations on the hill\n\n"
            "Above Llanddewi, Huw Prydderch leans on a gate and watches the ewes.\n\n"
            "\u201cMy grandfather bought this place in 1921,\u201d says the 74-year-old.\n\n"
            "His son, Aled Prydderch, 46, runs the farm now, with help from his own son, Deio, who is 16.\n\n"
            "The older man is wary of the new scheme. \u201cThey want trees on good grazing,\u201d he says.")
    assert speakers(text) == ["Huw Prydderch", "Huw Prydderch"]
