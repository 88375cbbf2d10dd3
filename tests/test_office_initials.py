"""An office written later by its initials ("the CFO", "the CJI") is the person the article gave that office:
sentences written for the test."""
from __future__ import annotations

import pytest

CASES = [
    ("'the CFO' is the chief financial officer named before",
     "Chief executive Ruth Adeyemi said output would fall. Chief financial officer Martin Oyelaran said the company "
     "had \"no plans\" to sell assets.\n\n"
     "Asked whether job cuts were coming, \"It is not our plan,\" the CFO replied.",
     ["Martin Oyelaran", "Martin Oyelaran"]),
    ("'the CJI' is the Chief Justice named before",
     "A bench headed by Chief Justice Arvind Malhotra heard the petition on Friday.\n\n"
     "\"We have heard this since 2019,\" the CJI remarked.",
     ["Arvind Malhotra"]),
]


@pytest.mark.parametrize("text,names", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_office_by_its_initials(speakers, text, names):
    assert speakers(text) == names
