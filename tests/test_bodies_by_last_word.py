"""A body's name ends in a word only bodies' names end in ("the Nigerian Exchange", "Coolgardie Metals", "Harbourline
Freight", "Prairie Mutual"): it is a body whatever the tagger typed it, and "the exchange" or "the company" later
means it. A person's surname that is also a word of trade stays a person. Sentences written for the test."""
from __future__ import annotations

import pytest

Q, E = "\u201c", "\u201d"

CASES = [
    ("an exchange named, then 'the exchange'",
     "Shares in Kemble Wire rose sharply on their first day of trading in Lagos.\n\n"
     f"In a statement, the Nigerian Exchange said the debut was {Q}a welcome sign for local industry{E}. "
     f"The exchange added that it expected {Q}several more listings{E} before December.\n",
     [("Nigerian Exchange", "organization"), ("Nigerian Exchange", "organization")]),
    ("a freight firm, then 'the company'",
     "Dock strike enters third day\n\nDockers walked out at Port Keswin on Monday over shift patterns set by "
     "Harbourline Freight, which runs the container terminal.\n\n"
     f"{Q}We have made a fair offer and it remains on the table,{E} the company said.\n",
     [("Harbourline Freight", "organization")]),
    ("a miner, then 'the company'",
     "Nickel mine to close\n\nAbout 300 jobs will go when Coolgardie Metals shuts its Kurrajong Flat mine in June.\n\n"
     f"{Q}Prices have fallen for two years and the ore body is nearly worked out,{E} the company said.\n",
     [("Coolgardie Metals", "organization")]),
    ("a surname stays a person's",
     "Bakery expands\n\nThe Ridgeway bakery run by Martha Mills will open a second shop in May.\n\n"
     f"{Q}We have outgrown the old kitchen,{E} Mills said.\n",
     [("Martha Mills", "person")]),
]


@pytest.mark.parametrize("text,pairs", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speaker(speakers, text, pairs):
    assert speakers(text, kinds=True) == pairs
