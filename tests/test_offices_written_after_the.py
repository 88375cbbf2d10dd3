"""A capitalised word the article writes alone after "the" ("the Cornet said") is an office, no word of a name run
into it ("Braxholm Cornet Jamie Scott" is Jamie Scott), and "the Cornet" is its holder; a rank's initials before a
surname with a capital inside it ("DS MacKenzie"). On articles written for the test."""
from __future__ import annotations

S, T = "\u2018", "\u2019"
Q, E = "\u201c", "\u201d"


def test_an_office_written_after_the_is_no_part_of_the_name(speakers):
    text = ("Cornet leads record ride-out\n\nMORE than 320 riders followed Braxholm Cornet Jamie Scott over the hills on "
            f"Saturday.\n\nThe 24-year-old admitted he had been nervous. {S}I didn{T}t sleep a wink,{T} the Cornet said.\n\n"
            f"Scott said the support from his family had been {S}unbelievable{T}.\n")
    assert speakers(text) == ["Jamie Scott", "Jamie Scott"]


def test_rank_initials_before_a_surname_with_a_capital_inside(speakers):
    text = ("Pensioner conned\n\nDetective Sergeant Fiona MacKenzie, of Police Scotland, said the man had lied.\n\n"
            f"{Q}He was plausible and polite,{E} DS MacKenzie said.\n")
    assert speakers(text) == ["Fiona MacKenzie"]
