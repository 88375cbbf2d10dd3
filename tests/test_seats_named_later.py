"""A seat is no person: a headline's "Burdekin MP" and a lede's "the Member for Burdekin" are the member the article
names later in apposition ("the Member for Burdekin, Hamish Lacey,"), however the tagger typed the seat or the name;
on an article written for the test."""
from __future__ import annotations

Q, E = "\u201c", "\u201d"


def test_a_seat_named_before_its_member(speakers):
    text = ("Stock theft debate turns bitter as Burdekin MP labels bill \u2018window dressing\u2019\n\nA debate on stock "
            f"theft erupted in State Parliament on Wednesday, with the Member for Burdekin accusing the government of {Q}window "
            f"dressing{E}.\n\nIntroducing the bill, Police Minister Carmel Ostrowski said the penalties would double.\n\n"
            "But the Member for Burdekin, Hamish Lacey, said the penalties meant nothing without police.\n\n"
            f"{Q}The nearest car is two hours away,{E} Mr Lacey said.\n")
    assert speakers(text, saying="window dressing") == ["Hamish Lacey", "Hamish Lacey"]
