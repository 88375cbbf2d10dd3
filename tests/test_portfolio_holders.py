"""An office written with its portfolio and its holder's name after it, no comma between, which the parser hangs on
the office's "for" ("Secretary for Housing Cindy Ho Mei-kwan"): the holder, also where the given name is hyphenated
and a headline comes first. Sentences written for the test."""
from __future__ import annotations

Q, E = "\u201c", "\u201d"


def test_the_holder_named_after_the_portfolio(speakers):
    text = ("Housing chief defends flat timetable\n\n"
            "Secretary for Housing Cindy Ho Mei-kwan on Monday defended the government\u2019s timetable for regulating "
            "subdivided flats, telling lawmakers at the Legislative Council\u2019s housing panel that a "
            f"{Q}rushed crackdown{E} would push tenants onto the street.\n")
    assert speakers(text) == ["Cindy Ho Mei-kwan"]

