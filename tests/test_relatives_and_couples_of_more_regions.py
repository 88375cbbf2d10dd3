"""Relatives and couples, on sentences written for the test: "The Scotts’ grandson, Kemar," is a Scott, and "The
Williams’ son" a Williams; "the accused's wife, Vasanthy," (a name the parser takes for an adjective) is the wife of the
one the court tries, and a suspect is not (an officer convicted over what befell him); a body whose name opens
"Roodepoort and Districts Taxi …" is no couple whose daughter takes its words, but a couple before a day or in a
headline in title case is one; a generational suffix is no family name ("Mary" of "Mary and Gerry McCann Jr.")."""
from __future__ import annotations

import pytest

Q, E = "\u201c", "\u201d"


def test_the_grandson_of_the_family_written_in_the_plural(speakers):
    text = ("Elvin Scott, 78, still fishes from a catboat off Cayman Brac.\n\nThe Scotts\u2019 grandson, Kemar, 17, "
            f"goes out with him in the holidays.\n\n{Q}Grandpa say I too slow with the line,{E} Kemar says.\n")
    assert speakers(text, saying="Grandpa") == ["Kemar Scott"]


def test_a_surname_ending_in_s_before_an_apostrophe_is_that_surname(speakers):
    text = f"Hugh Williams and Robert William met on Monday. The Williams\u2019 son, Tom, said: {Q}Dad is proud.{E}\n"
    assert speakers(text) == ["Tom Williams"]


@pytest.mark.parametrize("wife", ["Tharshini", "Vasanthy"])  # (the parser takes the second for an adjective)
def test_the_wife_of_the_accused_named_between_commas(speakers, wife):
    text = ("Man remanded over temple theft\n\nSuppiah Rajeevan, of Meesalai, appeared before Magistrate Ananthi "
            f"Kanagaratnam on Wednesday and was remanded until March 28.\n\nThe accused\u2019s wife, {wife}, wept in "
            f"the gallery. Speaking afterwards, she said: {Q}He made a mistake.{E}\n")
    assert speakers(text, saying="mistake") == [f"{wife} Rajeevan"]


def test_a_body_whose_name_opens_with_two_places_is_no_couple(speakers):
    text = ("Taxi violence: Dobsonville rank stays shut\n\nPolice named the dead drivers as Themba Zwane, 42, and Mpho "
            "Ledwaba, 31.\n\nThe rival Roodepoort and Districts Taxi Owners\u2019 Association did not respond to "
            "questions.\n\nZwane\u2019s widow, Mrs Lerato Zwane, said her husband had driven taxis for nineteen years."
            f"\n\nTheir daughter, Naledi, 15, said she wanted the killers found. {Q}My father was not a gangster,{E} "
            "she said.\n")
    assert speakers(text, saying="gangster") == ["Naledi Zwane"]


@pytest.mark.parametrize("text, saying, name", [
    ("Officer Derek Vance was convicted of assault. The suspect\u2019s brother, Philip, said: "
     f"{Q}Today we can breathe.{E}", "breathe", "Philip"),
    ("A man was stabbed in Limerick. Garda\u00ed arrested a teenage suspect. Patrick Ryan, 45, appeared at Limerick "
     f"District Court on an unrelated charge. The suspect told garda\u00ed: {Q}I was defending myself.{E}", "defending",
     "suspect"),
])
def test_a_suspect_is_not_the_one_in_court(speakers, text, saying, name):
    assert speakers(text, saying=saying) == [name]


@pytest.mark.parametrize("text, name", [
    (f"Kate and Gerry McCann Friday marked the anniversary. {Q}We will never give up,{E} said Kate.", "Kate McCann"),
    (f"Mary and John Smith Celebrate 60 Years of Marriage\n\nThe couple met at a dance. {Q}He stood on my feet,{E} "
     "Mary said.", "Mary Smith"),
])
def test_a_couple_before_a_day_or_in_a_headline_in_title_case_is_a_couple(speakers, text, name):
    assert speakers(text) == [name]


@pytest.mark.parametrize("text, name", [
    (f"Mary and Gerry McCann Jr. marked the anniversary. {Q}We will never give up,{E} said Mary.", "Mary McCann"),
    (f"Mayor Ramon Dizon Jr. opened the market. His wife, Elena, said: {Q}It took ten years.{E}", "Elena Dizon"),
    (f"Eduardo M. Villanueva, Jr. was arrested. His daughter, Carmela, said: {Q}Papa is innocent.{E}",
     "Carmela Villanueva"),
])
def test_a_generational_suffix_is_no_family_name(speakers, text, name):
    assert speakers(text) == [name]
