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


def test_a_bodys_name_before_its_spokesman_is_no_office(speakers):
    """Guard: "the Kremlin said" after "Kremlin spokesman Dmitry Peskov" is the Kremlin, whether or not the article
    names someone in three words."""
    text = (f"Talks\n\nKremlin spokesman Dmitry Peskov spoke to reporters. Maria Anna Zakharova was there. {Q}There is no "
            f"threat,{E} the Kremlin said.\n")
    assert speakers(text, kinds=True) == [("Kremlin", "organization")]
    text = f"Talks\n\nPalace spokesman Hugh Smith spoke. {Q}The King is well,{E} the Palace said.\n"
    assert speakers(text, kinds=True) == [("Palace", "organization")]


def test_a_third_word_the_article_writes_in_lower_case_is_no_given_name(speakers):
    text = ("Mercer rink wins\n\nThird Bernice Kavanagh, who has played with Mercer since they were teenagers, said the "
            f"win meant more than the first two.\n\n{Q}It was special,{E} Kavanagh said.\n")
    assert speakers(text) == ["Bernice Kavanagh"]


def test_a_given_name_the_list_lacks_stays_in_the_name(speakers):
    """Guard: only an ordinal is cut from before a given name ("Guy Edward Bartkus", though the article writes "guy")."""
    text = ("Arrest\n\nPolice identified the suspect as Guy Edward Bartkus, 41. He was a normal guy, neighbours said.\n\n"
            f"Guy Edward Bartkus said: {Q}I did nothing wrong.{E}\n")
    assert speakers(text) == ["Guy Edward Bartkus"]
