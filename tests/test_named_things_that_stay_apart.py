"""Where the rules for seats in brackets, 'who is' clauses, studies by a body, bodies joined by 'and', given-name
syllables, names given now and labels in capitals stop: sentences written for the test, each on the near side of
a rule's reach."""
from __future__ import annotations

L, R = "\u201c", "\u201d"


def test_an_agency_in_brackets_is_no_party_and_seat(speakers):
    text = ("Housing forum\n\nThe forum heard from Ruth Amos (UN-Habitat) and the local MP, Samuel Oti, on Tuesday.\n\n"
            f"{L}We cannot bulldoze our way out of this,{R} the MP said.")
    assert speakers(text) != ["Ruth Amos"]


def test_who_was_the_office_is_no_office_now(speakers):
    text = ("Dam inquiry\n\nAlhaji Musa Bello, who was the Governor when the dam was built, told the inquiry he had "
            f"been misled.\n\n{L}Every family will be paid by December,{R} the Governor said.")
    assert speakers(text) != ["Musa Bello"]


def test_a_later_team_of_its_own_is_not_the_earlier_study_s_body(speakers):
    text = ("Phones and sleep\n\nA survey by the Royal Society of Public Health found that teenagers slept less.\n\n"
            "Meanwhile, a team in Norway tracked 3,000 children for five years.\n\n"
            f"The researchers wrote that phones in bedrooms were {L}the single biggest factor{R}.")
    assert speakers(text) != ["Royal Society of Public Health"]


def test_two_countries_joined_by_and_are_not_one_body(speakers):
    text = f"Border patrols\n\nGhana and Nigeria Police said they would {L}work together on the border{R}."
    assert "Ghana and Nigeria Police" not in speakers(text)


def test_a_hall_named_after_someone_lends_no_syllable_to_their_name(speakers):
    text = (f"Village hall\n\n{L}We have waited ten years for this,{R} said resident Carol Ross. Carol Ross Hall is "
            "where the meeting was held.")
    assert speakers(text) == ["Carol Ross"]


def test_a_judgement_in_the_present_passive_with_its_givers_stays_a_quotation(speakers):
    text = (f"Leaked email\n\nCouncillor Ruth Amos is called {L}a traitor{R} by members of her own party in a leaked "
            "email.")
    assert speakers(text) != []


def test_a_judgement_many_are_giving_now_stays_their_words(speakers):
    text = f"Budget\n\nOpposition MPs are calling the budget {L}the biggest betrayal of working families in a generation{R}."
    assert speakers(text) != []


def test_a_brand_s_inner_capitals_make_no_heading_a_label(speakers):
    text = ("Viral video\n\nA video of a bus driver singing to passengers has been watched a million times on "
            f"YouTube.\n\nYOUTUBE: {L}The bus driver who sang the whole way to Leeds{R}\n\n"
            "The driver, Kevin Marsh, said he had not expected the attention.")
    assert ("Youtube", "person") not in speakers(text, kinds=True)
