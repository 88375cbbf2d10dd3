"""Words relayed inside what a cue reports, whose own speaker is a noun: a telling right before the comma that opens
the words ("He said the trapper shouted, “…”"), and a reporting participle joined to the reported verb ("X said the
boy had run in and shouting: “…”"). Sentences written for the test."""
from __future__ import annotations

import pytest

L, R = "\u201c", "\u201d"

CASES = [
    ("a telling right before the comma opening the words is its own speaker's",
     "Gordon Bear led the search party from Cumberland House. Bear said one of the volunteers, a trapper from Sturgeon "
     "Landing, spotted smoke in the spruce. He said the trapper shouted, "
     f"{L}Over here, I found him,{R} and the others came running.",
     ["trapper"]),
    ("a reporting participle joined to the reported verb shares that verb's subject",
     "The shop owner, Mr Bongani Dlamini, said the girl had arrived in tears and shouting: "
     f"{L}My brother fell into the river!{R}",
     ["girl"]),
    ("a clause of manner on the cue before the comma relays nothing",
     f"Chief Robert Kamau said, as the county had announced, {L}Residents should stay indoors tonight.{R}",
     ["Robert Kamau"]),
    ("a comma after whom the teller speaks to relays nothing",
     f"Gordon Bear led the search party. Bear said the volunteers were tired and told reporters, {L}We walked it foot "
     f"by foot.{R}",
     ["Gordon Bear"]),
]


@pytest.mark.parametrize("text,names", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_relays_inner_speakers(speakers, text, names):
    assert speakers(text) == names
