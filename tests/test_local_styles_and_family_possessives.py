"""A word the article writes before a full name and before that name's surname alone is a style the lexicons lack
("Elder Simeon Amakali", "Elder Amakali"), unless it is a lineage title papers keep in the name ("Mian"); styles of
more regions ("Meme", "Kgosana", "Nang", "Diyawadana Nilame"); "The Scotts’ grandson, Kemar," is a Scott; "the
suspect's wife" is the wife of the one the court tries; a body whose name opens "Roodepoort and Districts Taxi …" is
no couple whose daughter takes its words.  On sentences written for the test."""
from __future__ import annotations

import pytest

Q, E = "\u201c", "\u201d"


@pytest.mark.parametrize("named, later, full", [
    ("Elder Simeon Amakali chairs the village council at Onaanda.", "Elder Amakali said", "Simeon Amakali"),
    ("Tuakana Hemi Tawhiao opened the hui with a karakia.", "Tuakana Tawhiao said", "Hemi Tawhiao"),
    ("Selectwoman Ruth Harlow and Selectwoman Dana Pike voted no.", "Selectwoman Harlow said", "Ruth Harlow"),
])
def test_a_style_the_article_writes_before_a_surname_alone_is_no_word_of_the_name(speakers, named, later, full):
    text = f"{named}\n\n{Q}We will not move the graves,{E} {later}.\n"
    assert speakers(text, saying="graves") == [full]


@pytest.mark.parametrize("named, later, full", [
    ("Mian Khalid Mehmood Wattoo, the district's former nazim, opened the school.", "Mian Wattoo said",
     "Mian Khalid Mehmood Wattoo"),
    ("Nana Adjoa Serwaa Owusu chairs the cooperative, and Nana Kwame Owusu its board.", "Nana Serwaa said",
     "Adjoa Serwaa Owusu"),
])
def test_a_lineage_title_or_a_listed_style_keeps_its_own_rule(speakers, named, later, full):
    text = f"{named}\n\n{Q}We will not move the graves,{E} {later}.\n"
    assert speakers(text, saying="graves") == [full]


@pytest.mark.parametrize("named, later, full", [
    ("A cuca shop owner, Meme Rauha Iithete, said most villagers backed the plan.", "Iithete said", "Rauha Iithete"),
    ("The headman, Kgosana Lorato Modise, called a kgotla meeting.", "Modise said", "Lorato Modise"),
    ("Local resident Nang Loling, 82, has sold fish at the pier since 1961.", "said Nang Loling", "Loling"),
    ("The Diyawadana Nilame Pradeep Ratnayake Ekanayake received the relic casket.", "Ekanayake said",
     "Pradeep Ratnayake Ekanayake"),
])
def test_styles_of_more_regions(speakers, named, later, full):
    text = f"{named}\n\n{Q}We will not move the graves,{E} {later}.\n"
    assert speakers(text, saying="graves") == [full]


def test_the_grandson_of_the_family_written_in_the_plural(speakers):
    text = ("Elvin Scott, 78, still fishes from a catboat off Cayman Brac.\n\nThe Scotts\u2019 grandson, Kemar, 17, "
            f"goes out with him in the holidays.\n\n{Q}Grandpa say I too slow with the line,{E} Kemar says.\n")
    assert speakers(text, saying="Grandpa") == ["Kemar Scott"]


def test_the_wife_of_the_suspect_the_court_remanded(speakers):
    text = ("Man remanded over temple theft\n\nSuppiah Rajeevan, of Meesalai, appeared before Magistrate Ananthi "
            "Kanagaratnam on Wednesday and was remanded until March 28.\n\nThe suspect\u2019s wife, Tharshini, wept in "
            f"the gallery. Speaking afterwards, she said: {Q}He made a mistake.{E}\n")
    assert speakers(text, saying="mistake") == ["Tharshini Rajeevan"]


def test_a_body_whose_name_opens_with_two_places_is_no_couple(speakers):
    text = ("Taxi violence: Dobsonville rank stays shut\n\nPolice named the dead drivers as Themba Zwane, 42, and Mpho "
            "Ledwaba, 31.\n\nThe rival Roodepoort and Districts Taxi Owners\u2019 Association did not respond to "
            "questions.\n\nZwane\u2019s widow, Mrs Lerato Zwane, said her husband had driven taxis for nineteen years."
            f"\n\nTheir daughter, Naledi, 15, said she wanted the killers found. {Q}My father was not a gangster,{E} "
            "she said.\n")
    assert speakers(text, saying="gangster") == ["Naledi Zwane"]
