"""A noun for any public body ("the body", "the health authority", "the agency") right after a body named as the
subject of any verb ("Nova Scotia Health announced", "Natural Resources Wales has issued") is that body, and "it"
and "the statement" then follow it; a body's office ("The World Health Organization's country office") speaks as the
body; "it" after "A statement from Mr Pickering's wife, Judith, was read" is hers; on articles written for the test."""
from __future__ import annotations

import pytest

Q, E = "\u201c", "\u201d"
CASES = [
    ("the health authority after the body that announced",
     "ER to close overnight\n\nThe emergency department at Glace Bay Hospital will close overnight, Nova Scotia Health "
     f"announced Tuesday.\n\nIn a statement, the health authority said the closures were {Q}necessary to keep day "
     f"services safe{E} and that patients should go to Cape Breton Regional Hospital in Sydney.\n\n{Q}We know this is "
     f"hard news for the community,{E} the statement said.\n",
     ["Nova Scotia Health", "Nova Scotia Health"]),
    ("the body after the body that issued a warning, and its it",
     "Flood warning for the Taff\n\nNatural Resources Wales (NRW) has issued a severe flood warning for the River Taff "
     f"at Pontypridd.\n\nIn a statement, the body said river levels were {Q}rising rapidly{E}.\n\n{Q}People in the "
     f"warning area should act now,{E} it said.\n",
     ["Natural Resources Wales", "Natural Resources Wales"]),
]


@pytest.mark.parametrize("text,names", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_body_that_acted(speakers, text, names):
    assert speakers(text) == names


def test_a_body_named_paragraphs_before_is_not_the_one_meant(speakers):
    text = ("Flood warning for the Taff\n\nNatural Resources Wales has issued a severe flood warning for the River Taff.\n\n"
            "Residents were moved to a rest centre overnight.\n\nVolunteers handed out blankets and tea.\n\n"
            f"The body said river levels were {Q}rising rapidly{E}.\n")
    assert speakers(text) != ["Natural Resources Wales"]


def test_a_body_s_office_speaks_as_the_body(speakers):
    text = ("Lassa fever cases rise\n\nBy Mohamed Kamara\n\nThe World Health Organization's country office said it had "
            f"sent {Q}a rapid response team{E} to Kenema.\n\n{Q}WHO stands ready to support,{E} the statement added.\n")
    assert speakers(text) == ["World Health Organization", "World Health Organization"]


def test_a_shop_named_for_its_owner_keeps_its_name(speakers):
    assert speakers(f"Bakery to close\n\nEntwistle\u2019s Bakery said it was {Q}heartbroken{E}.\n") == ["Entwistle\u2019s Bakery"]


def test_it_after_a_statement_from_a_named_person_is_that_person(speakers):
    text = ("Walker dies on Helvellyn\n\nBy Anna Pike\n\nGlenridding Mountain Rescue Team was called out at 3pm on Sunday "
            "after Graham Pickering, 71, fell near Striding Edge.\n\nA statement from Mr Pickering's wife, Judith, was "
            f"read by the team leader at a press briefing.\n\n{Q}Graham loved the fells more than anything. He climbed "
            f"Helvellyn every birthday,{E} it said.\n")
    assert speakers(text) == ["Judith Pickering"]
