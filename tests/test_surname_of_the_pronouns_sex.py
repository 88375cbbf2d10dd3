"""A surname written alone that two relatives share, followed by "she" or "he": the one of the pronoun's sex
("Sithole" of the mother, when her son is the Sithole named last), whom the pronoun then means.  The father's case
is a guard (there, the one nearer before is a man of another name).  A given name of either sex ("Lindsay") is no
woman's only: "Mr Warrawee" is Lindsay Warrawee.  Sentences written for the test; fictional people."""
from __future__ import annotations

import pytest

L, R = "\u201c", "\u201d"


def test_she_takes_the_woman_of_a_shared_surname(speakers):
    text = ("Residents of Tsholofelo blocked the road on Monday.\n\n"
            f"Nomvula Sithole, 64, said she had been without water for nine days. {L}I carry water on my head like it "
            f"is 1985,{R} she said.\n\n"
            f"Her son, Lwazi Sithole, 26, said young people were losing patience. {L}We are not going to wait,{R} he said.\n\n"
            "Member of the mayoral committee Thandeka Mbatha visited in the afternoon and promised water by Friday.\n\n"
            f"Sithole, who has lived in Tsholofelo since 1992, was not convinced. {L}She said the same thing in March,{R} "
            "she said.")
    assert speakers(text, saying="same thing") == ["Nomvula Sithole"]


def test_he_takes_the_man_of_a_shared_surname(speakers):
    text = ("The family farm has been sold.\n\n"
            f"Gord Wiebe, 71, farmed the land for 40 years. {L}It was time,{R} he said.\n\n"
            f"His daughter, Carla Wiebe, who runs the seed business, said the sale was {L}the right call{R}.\n\n"
            "Neighbour Joan Penner said the valley would miss them.\n\n"
            f"Wiebe, who plans to stay in the house, smiled. {L}I will still watch the sky every morning,{R} he said.")
    assert speakers(text, saying="watch the sky") == ["Gord Wiebe"]


@pytest.mark.parametrize("given", ["Lindsay", "Jamie", "Ashley", "Courtney"])
def test_a_title_joins_a_surname_to_a_given_name_of_either_sex(speakers, given):
    text = (f"Pipeline row\n\nSenior elder {given} Warrawee told the Courier the pegs appeared without notice.\n\n"
            "\u201cNo one asked us. Not the company, not the government,\u201d Mr Warrawee said.")
    assert speakers(text) == [f"{given} Warrawee"]
