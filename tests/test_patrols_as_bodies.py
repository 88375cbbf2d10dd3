""""the patrol said": a highway or state patrol is a body, never the captain whose title holds its name.  On articles
written for the test."""
from __future__ import annotations

TEXT = ("Storm closes highway\n\nNebraska State Patrol Capt. Luis Marrero said troopers closed the road at noon. "
        "\"Nobody should travel,\" Marrero said.\n\n{}Troopers had helped 40 drivers, the patrol said. "
        "\"Stay where you are,\" the patrol said in a post.\n")


def test_the_patrol_is_the_body_named_so(speakers):
    text = TEXT.format("The Nebraska State Patrol closed two more roads. ")
    assert speakers(text, saying="Stay where") == ["Nebraska State Patrol"]


def test_the_patrol_is_never_the_captain_whose_title_holds_it(speakers):
    assert speakers(TEXT.format(""), saying="Stay where") != ["Luis Marrero"]
    assert speakers(TEXT.format(""), saying="Nobody should") == ["Luis Marrero"]
