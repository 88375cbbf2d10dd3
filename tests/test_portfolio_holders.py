"""An office written with its portfolio and its holder's name after it, no comma between, which the parser hangs on
the office's "for" ("Secretary for Housing Sandy Ho Wing-yan"): the holder, also where the given name is hyphenated
and a headline comes first; never a seat's words ("Councillor for the Olympic Gardens Division …"), whose holder
other rules find. Sentences written for the test."""
from __future__ import annotations

Q, E = "\u201c", "\u201d"


def test_the_holder_named_after_the_portfolio(speakers):
    text = ("Housing chief defends flat timetable\n\n"
            "Secretary for Housing Sandy Ho Wing-yan on Monday defended the government\u2019s timetable for regulating "
            "subdivided flats, telling lawmakers at the Legislative Council\u2019s housing panel that a "
            f"{Q}rushed crackdown{E} would push tenants onto the street.\n")
    assert speakers(text) == ["Sandy Ho Wing-yan"]


def test_a_seat_after_the_office_is_no_part_of_the_holder_s_name(speakers):
    text = ("Residents block road over broken bridge\n\n"
            "Councillor for the Spanish Town Division Everton Blake said the money for the bridge was "
            f"{Q}stuck in procurement{E}.\n")
    assert "Division" not in (speakers(text)[0] or "")
