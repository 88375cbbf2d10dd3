"""Bodies named by a field and a place ("Athletics Kenya", "Transport Canada"), which the tagger reads as the
place, and a spokesperson for a body the article names in apposition ("A spokesperson for the manufacturer,
Brightwave,"), who is the body's spokesperson, not the body, and a spokesperson by a short name the article
spelled out in brackets ("A Defra spokesperson").  "Rugby Australia", "Transport Canada" (which the
tagger reads as bodies already) and a person named beside the body are guards.  Sentences written for the test;
fictional bodies."""
from __future__ import annotations

import pytest

L, R = "\u201c", "\u201d"


@pytest.mark.parametrize("body", ["Athletics Kenya", "Cricket Ireland", "Rugby Australia"])
def test_a_field_and_a_place_name_a_body(speakers, body):
    text = ("The trials were held on Saturday.\n\n"
            f"{body} said the selection panel would meet on Tuesday. {L}The panel will look at every result of the "
            f"season,{R} the federation said in a statement.")
    assert speakers(text) == [body]


def test_a_field_and_a_place_speak_through_a_spokesperson(speakers):
    text = ("Flights were cancelled across the north.\n\n"
            f"A spokesperson for Transport Canada said the rules were {L}under review{R}.")
    assert speakers(text) == ["Transport Canada spokesperson"]


@pytest.mark.parametrize("body", ["Telvane Systems", "Brightwave"])
def test_a_spokesperson_for_a_body_named_beside_it(speakers, body):
    text = ("Thousands of home hubs were affected.\n\n"
            f"A spokesperson for the hub's manufacturer, {body}, said the company had {L}closed the interface{R} "
            "and changed its build process.")
    assert speakers(text) == [f"{body} spokesperson"]


def test_a_person_named_beside_the_body_is_the_spokesperson(speakers):
    text = ("Thousands of passengers were stranded.\n\n"
            f"A spokesman for the airline, Jane Moore, said: {L}We apologise to every passenger.{R}")
    assert speakers(text) == ["Jane Moore"]


def test_a_short_name_in_brackets_spells_out_the_body_for_its_spokesperson(speakers):
    text = ("Sewage spills rose again last year, figures from the Department for Environment, Food and Rural Affairs "
            f"(Defra) show.\n\nA Defra spokesperson said: {L}This government inherited a broken system.{R}")
    assert speakers(text) == ["Department for Environment, Food and Rural Affairs spokesperson"]


@pytest.mark.parametrize("body", ["Meat Industry Ireland", "Horse Racing Ireland", "Sport Ireland"])
def test_a_field_inside_a_name_that_ends_in_a_place_names_a_body(speakers, body):
    text = ("Prices fell again in October.\n\n"
            f"{body} rejected the claims on Tuesday. {L}The figures do not show what the critics say they show,{R} "
            "it said.")
    assert speakers(text) == [body]


def test_a_short_name_of_two_capitalised_parts_in_brackets_is_the_body_before_it(speakers):
    text = ("Rain is forecast for the coast.\n\nThe Caribbean Weather Service (CaribWeather) issued an orange "
            f"warning for the parishes on Monday.\n\n{L}Flooding is likely in low-lying areas,{R} CaribWeather said.")
    assert speakers(text) == ["Caribbean Weather Service"]


def test_a_gaa_clubs_name_ends_in_a_word_of_its_own(speakers):
    text = ("Replay ordered\n\nSt Colman\u2019s Gaels have said they are \u201cdeeply disappointed\u201d after the "
            "county board ordered a replay.\n\nThe final against Ardrahan Gaels is fixed for Sunday.\n")
    assert speakers(text, kinds=True) == [("St Colman\u2019s Gaels", "organization")]


def test_a_clubs_first_word_alone_as_a_subject_is_the_club_whatever_the_tagger_typed(speakers):
    text = ("Kilbrack Harps 1-14 Rathcoole Rovers 0-12\n\nKilbrack Harps won a first county title yesterday.\n\n"
            "Rathcoole Rovers manager Tom Byrne said his side had \u201cno complaints\u201d.\n\n"
            "In a statement, Kilbrack thanked the stewards and the people of Rathcoole.\n\n"
            f"{L}Today belongs to every volunteer in this club,{R} it said.\n")
    assert speakers(text, saying="Today belongs") == ["Kilbrack Harps"]


def test_a_bengali_bodys_name_holds_its_small_word_and_its_acronym_stands_for_the_whole(speakers):
    text = ("Deaths in custody\n\nRights organisation Ain o Salish Kendra (ASK), in a statement, said it had recorded 14 "
            f"deaths in custody this year. {L}Custodial deaths will not stop until officers are held responsible,{R} "
            "the statement read.")
    assert speakers(text, kinds=True) == [("Ain o Salish Kendra", "organization")]


def test_a_short_form_its_papers_write_unspelled_gives_the_bodys_full_name(speakers):
    text = ("Pensioners attacked\n\nTwo pensioners were attacked in their home near Letterkenny.\n\n"
            f"A Garda spokesperson said officers were {L}keeping an open mind{R}.\n")
    assert speakers(text) == ["An Garda S\u00edoch\u00e1na spokesperson"]


@pytest.mark.parametrize("text,body", [
    ("The Khyber Pakhtunkhwa Elementary and Secondary Education Department, in a condolence message, described him as "
     f"{L}a beacon of selfless service{R}.", "Khyber Pakhtunkhwa Elementary and Secondary Education Department"),
    ("The flood has cut off three upazilas.\n\nAccording to the Flood Forecasting and Warning Centre, "
     f"{L}the water level of major rivers in the north-east may rise further{R} until Saturday.",
     "Flood Forecasting and Warning Centre"),
])
def test_a_bodys_name_runs_over_and_to_words_the_tagger_split_off(speakers, text, body):
    assert speakers(text) == [body]


def test_a_camel_case_surname_in_brackets_after_a_body_is_no_short_name_of_it(speakers):
    text = ("Rents\n\nA motion from the Labour Party (DeBurca) on rent controls was passed.\n\n"
            f"DeBurca said: {L}Renters have waited long enough for this.{R}\n")
    assert speakers(text) != ["Labour Party"]


@pytest.mark.parametrize("first", ["Ryanair", "Aer Lingus"])
def test_a_business_before_and_is_no_first_part_of_the_body_after_it(speakers, first):
    text = (f"Talks\n\nTalks between {first} and Dublin Airport Authority broke down.\n\n"
            f"{L}We are disappointed,{R} a Dublin Airport Authority spokesman said.\n")
    assert speakers(text) == ["Dublin Airport Authority spokesperson"]


def test_a_plural_for_a_bodys_members_that_speaks_is_the_body(speakers):
    text = ("Attack\n\nTwo pensioners were attacked in their home.\n\nIn a statement later on Wednesday, gard"
            f"a\u00ed said they were {L}following a definite line of inquiry{R}.\n")
    assert speakers(text) == ["An Garda S\u00edoch\u00e1na"]
