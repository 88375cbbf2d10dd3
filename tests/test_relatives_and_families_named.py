"""A relative named by two given names takes the family name ("His daughter, Mary Catherine," of Angus MacIsaac); a
family named by a surname the tagger typed a body ("the Arsenault family") is that family; a curling skip's position
is no part of her name. On articles written for the test."""
from __future__ import annotations

Q, E = "\u201c", "\u201d"


def test_two_given_names_of_a_relative(speakers):
    text = ("Tributes to a fiddler\n\nAngus MacIsaac, 88, died on Friday.\n\nHis daughter, Mary Catherine, said he played "
            f"every night. {Q}He never missed a ceilidh,{E} she said.\n")
    assert speakers(text) == ["Mary Catherine MacIsaac"]


def test_a_family_named_by_a_surname_typed_a_body(speakers):
    text = ("Man killed in ATV crash\n\nGerald Arsenault, 58, died on Sunday.\n\nArsenault worked for 30 years at the "
            "Michelin plant.\n\nIn a statement released through the RCMP, the Arsenault family said he had gone out "
            f"{Q}for one last ride before the leaves came down.{E}\n\n{Q}He knew every back road,{E} the family said.\n")
    assert speakers(text) == ["Arsenault family", "Arsenault family"]


def test_a_skips_position_is_no_part_of_her_name(speakers):
    text = (f"Mercer rink wins\n\nGANDER \u2014 Skip Wanda Mercer had one rock left.\n\n{Q}I knew it was there,{E} "
            f"Mercer said.\n\n{Q}We just refused to lose,{E} said Skip Wanda Mercer.\n")
    assert speakers(text) == ["Wanda Mercer", "Wanda Mercer"]



def test_a_nickname_before_a_double_barrelled_surname_or_of_two_words(speakers):
    text = (f"Five for Smokey\n\nFast bowler Jamal {Q}Smokey{E} Alleyne-Forde took five wickets.\n\n"
            f"{Q}I just bowled straight,{E} Alleyne-Forde said.\n")
    assert speakers(text) == ["Jamal Alleyne-Forde"]
    text = (f"Coconut man\n\nHorace {Q}Brother Ho{E} Mitchell has sold coconuts at the ground for 40 years. "
            f"{Q}It is a good life,{E} Mitchell said.\n")
    assert not any(E in (name or "") for name in speakers(text))  # (was "Ho” Mitchell": no name holds a mark)


def test_a_whanau_is_the_family_of_the_one_named(speakers):
    text = ("Drowning at river mouth\n\nTane Toataua, 19, drowned at the Waitara river mouth on Saturday.\n\n"
            "In a statement, the Toataua wh\u0101nau said: \u201cHe was our light and our joker.\u201d\n")
    assert speakers(text, kinds=True) == [("Toataua family", "organization")]
