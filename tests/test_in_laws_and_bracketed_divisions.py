"""On sentences written for the test: a relative named after a hyphenated word ("Her daughter-in-law, Priya,") takes
the family name of the one "Her" means, as any relative does; a place in brackets inside an office written out
("Deputy Conservator of Forests (Ambegaon division) Kavita Shinde") is no holder of its initials ("the DCF")."""
from __future__ import annotations

Q, E = "\u201c", "\u201d"


def test_a_daughter_in_law_takes_the_family_name(speakers):
    text = ("Among the pilgrims is Kamala Venkatesan, 70, who has walked from Kanchipuram for 25 years. "
            f"{Q}Every year I say it is my last,{E} she says, laughing.\n\n"
            f"Her daughter-in-law, Priya, carries the water. {Q}We will carry her if we have to,{E} says Priya.\n")
    assert speakers(text, saying="carry her") == ["Priya Venkatesan"]


def test_a_place_in_brackets_is_no_holder_of_the_office(speakers):
    text = ("Deputy Conservator of Forests (Ambegaon division) Kavita Shinde said a cage had been set near the village. "
            f"{Q}We expect to trap it within a week,{E} she said.\n\n"
            f"Farmers want more. {Q}The cane fields are a forest for them,{E} the DCF said later.\n")
    assert speakers(text, saying="cane fields") == ["Kavita Shinde"]
