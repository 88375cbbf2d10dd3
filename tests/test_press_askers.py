"""An unnamed reporter who asks, then presses with a pronoun ("Another reporter asked whether …. “…?” she pressed."):
the reporter, not the one named before; a pronoun that answers, or one after a named asker, is not taken so. Sentences
written for the test."""
from __future__ import annotations

import pytest

L, R = "\u201c", "\u201d"
OPENING = f"Police Chief Carla Desrosiers presented the report on Monday. {L}We are short four officers,{R} Desrosiers said.\n\n"

CASES = [
    ("a reporter who asked presses with 'she'",
     OPENING + f"Another reporter asked whether the board had been warned. {L}Would four more officers have made a "
     f"difference?{R} she pressed.",
     ["Carla Desrosiers", "reporter"]),
    ("an outlet's reporter keeps the outlet's name",
     OPENING + f"A CKLQ reporter asked about overtime. {L}How many shifts went uncovered?{R} he asked.",
     ["Carla Desrosiers", "CKLQ reporter"]),
    ("'she said' after a reporter's question is the one who answers",
     OPENING + f"A reporter asked whether the board had been warned. {L}It was, twice,{R} she said.",
     ["Carla Desrosiers", "Carla Desrosiers"]),
    ("a named asker presses as herself",
     OPENING + f"Councillor Ann Kerr asked whether the board had been warned. {L}Were you told in writing?{R} she pressed.",
     ["Carla Desrosiers", "Ann Kerr"]),
]


@pytest.mark.parametrize("text,names", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_press_askers(speakers, text, names):
    assert speakers(text) == names


def test_she_answering_a_reporter_s_question_is_the_one_asked(speakers):
    text = ("Police appeal after Makaraka assault\n\n"
            "Detective Inspector Aroha Tamihana told reporters the victim was in a stable condition.\n\n"
            "\u201cWe are keeping an open mind,\u201d Tamihana said.\n\n"
            "Another reporter asked whether residents should be worried. \u201cIs there a risk to the public?\u201d\n\n"
            "\u201cWe don\u2019t believe there is any wider risk to the public,\u201d she said.")
    assert speakers(text, saying="wider risk") == ["Aroha Tamihana"]
