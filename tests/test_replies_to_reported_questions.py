"""A reply after a question told in the writer's words and put to no one named is not the asker's, on sentences
written for the test: "Judge Ann Ryle asked whether the fine could be paid in instalments. “…,” she replied." is the
solicitor who spoke before (was the judge); "she said" after it stays the judge's nearest reading."""
from __future__ import annotations

import pytest

Q, E = "\u201c", "\u201d"

LEAD = ("Court case\n\n"
        "Solicitor Emma Corr said her client had no previous convictions.\n\n"
        "Judge Ann Ryle asked whether the fine could be paid in instalments. ")

CASES = [
    ("'she replied' after the judge asked whether: the solicitor",
     LEAD + f"{Q}He can pay fifty euro a week,{E} she replied.\n", "Emma Corr"),
    ("'she said' after it is no reply: the judge",
     LEAD + f"{Q}I will allow that,{E} she said.\n", "Ann Ryle"),
]


@pytest.mark.parametrize("text,name", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speaker(speakers, text, name):
    assert speakers(text) == [name]
