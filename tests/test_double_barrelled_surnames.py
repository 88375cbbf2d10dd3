"""A double-barrelled surname written alone ("Cartwright-Moss said") finds the one full name the article gives it, though
the tagger typed that full name a building, a work or a people ("Kirkland Cartwright-Moss, for the defence,").
On articles written for the test."""
from __future__ import annotations

import pytest

Q, E = "\u201c", "\u201d"

CASES = [
    ("counsel named once with a comma phrase, then by the surname",
     "Former treasurer jailed\n\nA former church treasurer who took 410,000 dollars from a building fund was jailed "
     "for seven years on Thursday.\n\nKirkland Cartwright-Moss, for the defence, said his client had shown remorse.\n\n"
     f"{Q}He is asking for the chance to pay back every cent,{E} Cartwright-Moss said.\n",
     "He is asking for the chance", "Kirkland Cartwright-Moss"),
    ("an official named after his office, then by the surname",
     "Drains blocked again\n\nThe Commissioner for Works, Olalekan Sanni-Bakare, who toured the canal on Monday, "
     "said traders were to blame.\n\n"
     f"{Q}Anyone caught throwing waste into the canal will be prosecuted,{E} Sanni-Bakare warned.\n",
     "Anyone caught throwing waste", "Olalekan Sanni-Bakare"),
]


@pytest.mark.parametrize("text,words,name", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_surname_finds_its_full_name(speakers, text, words, name):
    assert speakers(text, saying=words) == [name]
