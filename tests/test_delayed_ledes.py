"""A delayed lede: an unnamed description opening the story's first paragraph as the subject of its main verb ("A
Yass shearer who … has told a court he …") is the person the next paragraph opens by naming ("Dean Carlo Pettit,
41, pleaded guilty …"), also across blank lines. Sentences written for the test."""
from __future__ import annotations

Q, E = "\u201c", "\u201d"


def test_the_lede_s_description_is_the_one_the_next_paragraph_names(speakers):
    text = (f"{Q}I had nothing left{E}: Yass shearer admits taking wool bales\n\n"
            "A Yass shearer who took 60 bales of wool from a station shed has told a court he "
            f"{Q}had nothing left{E} after the floods.\n\n"
            "Dean Carlo Pettit, 41, pleaded guilty in Goulburn Local Court on Monday to stealing property.\n\n"
            f"{Q}He knew the shed and he knew when it would be empty,{E} Sergeant Kylie Brennan told the court.\n")
    assert speakers(text) == ["Dean Carlo Pettit", "Dean Carlo Pettit", "Kylie Brennan"]

