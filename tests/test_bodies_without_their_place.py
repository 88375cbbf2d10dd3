"""A body named in full with its place or people first ("The Ghana Chamber of Mines", "The Asukese Traditional
Council") and later after "the" without it ("the Chamber of Mines", "The Traditional Council") is one body, by its
full name. Sentences written for the test."""
from __future__ import annotations

import pytest

Q, E = "\u201c", "\u201d"

CASES = [
    ("a chamber named with its country first",
     "Mining bill passes\n\nThe Ghana Chamber of Mines has welcomed the passage of the mining bill by Parliament on "
     f"Friday.\n\nIn a statement, the Chamber of Mines said the bill would {Q}restore investor confidence{E}.\n",
     "Ghana Chamber of Mines"),
    ("a traditional council named with its town first",
     "Chiefs reject boundary ruling\n\nThe Asukese Traditional Council has rejected a ruling on the disputed boundary "
     f"with neighbouring Dormaa.\n\nThe Traditional Council said in a statement that the ruling was {Q}a grave "
     f"injustice{E}.\n",
     "Asukese Traditional Council"),
]


@pytest.mark.parametrize("text,name", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speaker(speakers, text, name):
    assert speakers(text) == [name]
