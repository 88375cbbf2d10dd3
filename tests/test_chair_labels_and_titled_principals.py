"""A hearing's record: "The CHAIR:" opens a turn of the one the article says chairs it ("chaired by Labor MP Trevor
Hollis", "Hollis, who chairs the committee,"), as "Ms ORMOND:" opens hers; and "a spokesperson for Ms Carmody" is the
spokesperson of Danielle Carmody, named before, even where the tagger takes "Ms Carmody" for a body. Sentences written
for the test."""
from __future__ import annotations

import pytest

Q, E = "\u201c", "\u201d"

HEARING = ("Estimates: Treasurer grilled on housing fund\n\nThe Treasurer, Mark Fenwick, faced questions from the "
           "Liberal member for Kew, Sally Ormond, {where}.\n\n"
           f"Ms ORMOND: {Q}How many homes has the fund actually built?{E}\n\n"
           f"Mr FENWICK: {Q}More than four hundred are under way, and the first families move in next month.{E}\n\n"
           f"The CHAIR: {Q}Thank you, Treasurer. The member for Kew has one more question.{E}\n\n"
           f"Ms ORMOND: {Q}Under way is not built. Will you give the committee a number?{E}\n\n"
           f"The CHAIR: {Q}The time for questions has expired.{E}\n")

CASES = [
    ("chaired by",
     HEARING.format(where="at the committee hearing chaired by Labor MP Trevor Hollis on Tuesday"),
     ["Sally Ormond", "Mark Fenwick", "Trevor Hollis", "Sally Ormond", "Trevor Hollis"]),
    ("who chairs",
     HEARING.format(where="on Tuesday. Labor MP Trevor Hollis, who chairs the committee, kept time"),
     ["Sally Ormond", "Mark Fenwick", "Trevor Hollis", "Sally Ormond", "Trevor Hollis"]),
    ("a spokesperson for Ms Carmody",
     "Minister under fire over grants\n\nOpposition MPs have demanded answers from the Sports Minister, Danielle "
     "Carmody, over grants to three clubs in her electorate.\n\n"
     f"A spokesperson for Ms Carmody said: {Q}Every grant followed the guidelines to the letter.{E}\n",
     ["Danielle Carmody spokesperson"]),
]


@pytest.mark.parametrize("text,names", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speakers(speakers, text, names):
    assert speakers(text) == names
