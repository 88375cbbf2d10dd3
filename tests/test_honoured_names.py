"""Names after a Ghanaian or Nigerian honorific, on sentences written for the test: a name the tagger typed a body
("Nana Osei Adomako-Boateng II") is a person's, its regnal number kept; "Nana" and a word of
a full name the article gave ("Nana Adjoa Kyerewaa Boateng" … "Nana Kyerewaa said") is that person; "Maame",
like "Nana", is a style before two words of name."""
from __future__ import annotations

Q, E = "\u201c", "\u201d"


def test_an_honoured_name_typed_a_body_is_a_person_with_its_regnal_number(speakers):
    text = ("Chief calls for calm over Asuboa land\n\n"
            "The Paramount Chief of the Asuboa Traditional Area, Nana Osei Adomako-Boateng II, met the youth on "
            f"Saturday.\n\n{Q}Nobody should carry a cutlass to the farms. The stool will settle this,{E} "
            "Nana Osei Adomako-Boateng II said.\n")
    assert speakers(text, kinds=True) == [("Osei Adomako-Boateng II", "person")]


def test_the_honorific_and_a_middle_name_find_the_full_name(speakers):
    text = ("Processor raises dividend\n\n"
            "The board chairperson, Nana Adjoa Kyerewaa Boateng, told shareholders the plant would double its "
            f"output. {Q}Every bag we process here is a job we keep in Ghana,{E} Nana Kyerewaa said.\n")
    assert speakers(text) == ["Adjoa Kyerewaa Boateng"]


def test_maame_before_two_words_of_name_is_a_style(speakers):
    text = ("Traders count losses after fire\n\n"
            "A cloth seller at the Kejetia market, Maame Afua Owusu, said she had lost her whole stock. "
            f"{Q}Where will I start again? Everything was in that shop,{E} she said.\n")
    assert speakers(text) == ["Afua Owusu"]
