"""A participle of speaking the parser hangs on a clause whose subject cannot speak, on sentences written for the
test: "The vote was delayed when Grech interrupted the Prime Minister, shouting “Resign!”" is Grech's (was the Prime
Minister's, the object); where the clause's subject can speak, it keeps the words."""
from __future__ import annotations

import pytest

Q, E = "\u201c", "\u201d"

CASES = [
    ("the participle after 'X interrupted Y,' is X's",
     "Chamber uproar\n\n"
     "Paul Grech is the opposition whip.\n\n"
     f"The vote was delayed when Grech interrupted the Prime Minister, shouting {Q}Resign now, resign today!{E} "
     "across the chamber.\n",
     "Paul Grech"),
    ("a clause whose subject can speak keeps the words",
     "Chamber uproar\n\n"
     f"The Speaker called for order when Grech rose, warning members that {Q}this house is not a circus{E}.\n",
     "Speaker"),
]


@pytest.mark.parametrize("text,name", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speaker(speakers, text, name):
    assert speakers(text) == [name]
