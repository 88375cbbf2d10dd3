"""A generational suffix ("Jr.", "Sr.") is part of the name as written, after a comma or not, and the
surname before it finds the full name later. Sentences written for the test."""
from __future__ import annotations

import pytest

CASES = [
    ("a suffix after a comma, the suffix made a subject of its own by the parser",
     "Central bank governor Rodrigo T. Salcedo, Jr. said the board saw room for \"one more cut at most\".\n"
     "\"We are near the end of the easing cycle,\" Mr. Salcedo said.",
     ["Rodrigo T. Salcedo, Jr.", "Rodrigo T. Salcedo, Jr."]),
    ("a suffix after a comma, then a clause",
     "\"The market will be rebuilt by June,\" said Mayor Arnulfo Dizon, Jr., who took office in 2025.\n"
     "\"No vendor will lose a stall,\" Dizon said.",
     ["Arnulfo Dizon, Jr.", "Arnulfo Dizon, Jr."]),
    ("two people whose names end in Jr. are two people",
     "\"We will appeal,\" said Tomas Reyes Jr., the defendant's counsel.\n"
     "\"The ruling stands,\" said Judge Marcelo Bautista Jr. on Friday.\n"
     "\"It is a sad day,\" Reyes added.",
     ["Tomas Reyes Jr.", "Marcelo Bautista Jr.", "Tomas Reyes Jr."]),
    ("Sr. before a name is a nun's style, not the suffix of the name before it",
     "Principal Ana Cruz, Sr. Teresita Lim and two teachers met the mayor on Monday.\n"
     "\"We asked for a new roof before the rains,\" Cruz said.",
     ["Ana Cruz"]),
]


@pytest.mark.parametrize("text,names", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_name_suffixes(speakers, text, names):
    assert speakers(text) == names
