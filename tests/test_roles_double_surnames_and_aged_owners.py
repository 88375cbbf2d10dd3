"""Three ways a name came out wrong on news of other regions, on sentences written for the test: a capitalised word
before a name that the article also writes in small letters as a noun ("the toshao", "other villagers") is what the
person is, not a word of the name, even mid-sentence, and before the surname alone where the article wrote it apart
before the full name too (not "Rain Henry" where "the rain" fell, nor "Said" nor "Sterling"); a double-barrelled surname the
tagger typed alone keeps the given name before it that the lexicon does not list ("Ivy Thomas-Cudjoe"); and "the
61-year-old's daughter, Wairimu," is the daughter of the one person the article gives that age."""
from __future__ import annotations

import pytest

Q, E = "\u201c", "\u201d"


@pytest.mark.parametrize("named, later, small, full", [
    ("LETHEM \u2013 Toshao Marcus Wilburn Atkinson met regional officials on Tuesday.", "Toshao Atkinson said",
     "The toshao has led the council since 2021.", "Marcus Wilburn Atkinson"),
    ("Villager Ho Siu-ming, who runs the only shop, was at the meeting.", "said Mr Ho",
     "Other villagers agreed.", "Ho Siu-ming"),
    ("The prayers were led by Catechist Obadiah Mbeki Ndlovu on Sunday.", "Catechist Ndlovu said",
     "The catechist has served the parish for years.", "Obadiah Mbeki Ndlovu"),
])
def test_a_word_the_article_writes_small_before_a_name_is_what_the_person_is(speakers, named, later, small, full):
    text = f"{named} {Q}We will be ready,{E} {later}.\n\n{small}\n"
    assert speakers(text, saying="ready") == [full]


@pytest.mark.parametrize("named, later, small, full", [
    ("Chairman Said Abdullah Al Kindi opened the meeting.", "Al Kindi said", "He said the port would open.",
     "Said Abdullah Al Kindi"),
    ("The fund was run by Sterling Moyo until May.", "Moyo said", "Gifts came in pounds sterling.", "Sterling Moyo"),
    ("The stall is kept by Rain Henry.", "Rain Henry said", "She blamed the rain.", "Rain Henry"),
    ("The booth belongs to Ivy Thomas-Cudjoe.", "said Ivy Thomas-Cudjoe", "The ivy had grown over the sign.",
     "Ivy Thomas-Cudjoe"),
])
def test_a_name_word_written_small_as_a_verb_a_thing_or_with_no_word_making_it_a_noun_stays(speakers, named, later, small, full):
    text = f"{named} {Q}We will be ready,{E} {later}.\n\n{small}\n"
    assert speakers(text, saying="ready") == [full]


def test_a_double_barrelled_surname_keeps_an_unlisted_given_name_and_gives_it_to_a_son(speakers):
    text = (f"Ivy Thomas-Cudjoe runs one of the nine food booths at Store Bay.\n\n"
            f"{Q}The tourists never walk past my booth,{E} she says.\n\n"
            f"Her son, Marlon, does the morning run. {Q}We lose the lunch crowd,{E} he says.\n")
    assert speakers(text) == ["Ivy Thomas-Cudjoe", "Marlon Thomas-Cudjoe"]


def test_the_relative_of_one_named_by_age_takes_that_ones_family_name(speakers):
    text = (f"Joseph Kamau Njoroge, 61, said he woke to find the boma empty.\n\n"
            f"The 61-year-old\u2019s daughter, Wairimu, raised the alarm. {Q}There were four of them,{E} she told the "
            f"court.\n")
    assert speakers(text, saying="four") == ["Wairimu Njoroge"]


def test_an_age_two_people_share_gives_no_family(speakers):
    text = (f"Kofi Mensah, 40, and Ama Owusu, 40, were hurt in the crash.\n\n"
            f"The 40-year-old\u2019s wife, Abena, said: {Q}We pray every night.{E}\n")
    assert speakers(text) == ["Abena"]
