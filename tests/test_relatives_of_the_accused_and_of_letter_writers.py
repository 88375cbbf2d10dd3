""""the accused's mother, Savitri," is Savitri Baboolal after "The accused, Kristof Baboolal," (the tagger may read
"accused" as a verb); "My son, Aarav," is the son of the letter's writer, who signs "RITU BANSAL, Rohini Sector 9".
On articles written for the test."""
from __future__ import annotations

Q, E = "\u201c", "\u201d"


def test_the_mother_of_the_accused_named_beside_the_word(speakers):
    text = ("Man jailed\n\nThe accused, Kristof Baboolal, 27, was jailed for six years on Monday for stabbing a "
            "neighbour.\n\nOutside court, the accused's mother, Savitri, said the family would appeal. "
            f"{Q}My son is not a violent man,{E} Savitri said.\n")
    assert speakers(text) == ["Savitri Baboolal"]


def test_the_son_of_a_letter_writer_who_signs_with_a_district_number(speakers):
    text = ("Letters to the editor\n\nTrees matter\n\nSir — The felling of trees on Ring Road must stop. I wrote to the "
            "council twice.\n\nHARPREET SINGH GREWAL, Vasant Kunj\n\nCredit where due\n\nSir — Our councillor fixed the "
            f"drain. My son, Aarav, who is nine, has since declared that she is {Q}better than Spider-Man{E}.\n\n"
            "RITU BANSAL, Rohini Sector 9\n")
    assert speakers(text) == ["Aarav Bansal"]
