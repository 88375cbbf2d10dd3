"""A noun that may stand for a body of any kind ("the organization", "the federation", "the body") is the body the
paragraph or the one before had speak, on sentences written for the test; with no body that spoke, it stays
unnamed."""
from __future__ import annotations

import pytest

Q, E = "\u201c", "\u201d"

CASES = [
    ("'the organization' after the body that spoke",
     "Winter appeal\n\n"
     f"The Salvation Army said demand at its food banks had doubled. {Q}We have never seen queues like this,{E} "
     "the organization said in a statement.\n",
     "Salvation Army"),
    ("no body spoke: 'the organization' stays unnamed",
     "Winter appeal\n\n"
     "Demand at food banks in Leeds has doubled since October.\n\n"
     f"{Q}We have never seen queues like this,{E} the organization said in a statement.\n",
     "organization"),
]


@pytest.mark.parametrize("text,name", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speaker(speakers, text, name):
    assert speakers(text) == [name]
