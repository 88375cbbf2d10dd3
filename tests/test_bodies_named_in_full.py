"""A body's full name where the story later calls it by a noun: a company whose name ends in "plc" written in lower
case ("Sliema Hotels Group plc", then "the group" and "the company"), and a body called by the capitalised head of its
name ("the Chamber" after "The Gibraltar Chamber of Commerce"). On articles written for the test."""
from __future__ import annotations

Q, E = "\u201c", "\u201d"


def test_a_company_ending_in_plc_keeps_its_name(speakers):
    text = ("Hotels profit up\n\nSliema Hotels Group plc, which owns four hotels, reported a profit of \u20ac11 million. "
            f"{Q}This was the best year in our history,{E} the group said.\n\n{Q}We will pay a dividend,{E} the company "
            "said.\n")
    assert speakers(text) == ["Sliema Hotels Group plc", "Sliema Hotels Group plc"]


def test_the_head_of_a_bodys_name_is_that_body(speakers):
    text = (f"Gaming firm leaves\n\nThe Gibraltar Chamber of Commerce called the news {Q}a wake-up call{E}. "
            f"{Q}Firms are telling us every week that rents have risen,{E} the Chamber said.\n")
    assert speakers(text) == ["Gibraltar Chamber of Commerce", "Gibraltar Chamber of Commerce"]


def test_a_terms_initials_are_no_body_and_a_legal_form_ends_no_persons_name(speakers):
    """"crude palm oil (CPO)" spells a term, not a company "the group" could mean; "Sinar Perdana Holdings Bhd", which
    the tagger types a person, is the group."""
    text = ("Planter's profit jumps on higher CPO prices\n\nKUALA LUMPUR: Plantation and property group Sinar Perdana "
            "Holdings Bhd posted a 41% rise in net profit on the back of higher crude palm oil (CPO) prices.\n\n"
            "In its filing with Bursa Malaysia on Wednesday, the group said the improvement was "
            f"{Q}mainly attributable to higher average CPO prices{E}.\n\n{Q}The special dividend reflects our strong cash "
            f"position,{E} it said.\n")
    assert speakers(text) == ["Sinar Perdana Holdings Bhd", "Sinar Perdana Holdings Bhd"]


def test_a_headlines_short_name_counts_for_the_full_one(speakers):
    """"the company" is the business the story is about, by its full name, though the headline wrote it short."""
    text = ("Harbour Holdings profit rises as cruise calls return\n\nGrand Harbour Holdings plc, which runs the cruise "
            "terminal, reported a profit of \u20ac9.4 million.\n\n"
            f"{Q}Passenger numbers passed their 2019 peak,{E} the group said.\n\n{Q}We expect sales to double,{E} the "
            "company said.\n")
    assert speakers(text) == ["Grand Harbour Holdings plc", "Grand Harbour Holdings plc"]


def test_a_bodys_initials_end_its_name_and_its_release_speaks_for_it(speakers):
    text = ("Boater charged\n\nNorthumberland OPP said a 34-year-old man was charged.\n\n"
            f"{Q}Speed was a factor,{E} the OPP said.\n\nNova Scotia RCMP said the crash happened at 2 a.m. "
            f"{Q}Alcohol is not believed to be a factor,{E} the release said.\n")
    assert speakers(text) == ["Northumberland OPP", "Nova Scotia RCMP"]


def test_a_release_someone_else_put_out_is_not_the_bodys(speakers):
    text = ("Crash\n\nNova Scotia RCMP said the crash happened at 2 a.m.\n\nThe victim\u2019s family issued a news release "
            f"on Monday. {Q}He was a loving father,{E} the release said.\n")
    assert speakers(text) != ["Nova Scotia RCMP"]
