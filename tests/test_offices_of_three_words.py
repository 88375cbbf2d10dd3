"""A name that ends an office of three words after its title, the tagger finding no person in it ("Senior
Superintendent of Police Dinesh Raj Bhandari"), is the holder's, also before a comma and a description
("…, spokesperson for the office"); on articles written for the test."""
from __future__ import annotations

Q, E = "\u201c", "\u201d"


def test_a_name_after_a_short_office_and_before_a_description(speakers):
    text = ("Three held\n\n" f"{Q}The three had been watching the shop for a week,{E} said Senior Superintendent of Police "
            "Dinesh Raj Bhandari, spokesperson for the office.\n")
    assert speakers(text) == ["Dinesh Raj Bhandari"]


def test_a_name_after_an_office_whose_holder_chairs_a_body(speakers):
    text = ("Ferry row\n\nChair of Seil Parent Council Morag Lindsay, who has two children at the school, said parents had "
            f"{Q}never been asked{E}.\n")
    assert speakers(text) == ["Morag Lindsay"]
