"""Roles, jobs, ranks and seats written before a name are no part of it: sentences written for the test."""
from __future__ import annotations

import pytest

CASES = [
    ("a treasurer's title is no part of the name",
     "Treasurer Helen Marrick said the deficit was \u201ca choice, not an accident\u201d.\n\n"
     "\u201cWe will not cut hospitals,\u201d Ms Marrick told reporters.",
     ["Helen Marrick", "Helen Marrick"]),
    ("a steelworker's job is no part of the name",
     "Steelworker Lyle Janowski, 61, said: \u201cThey only come here in election years.\u201d",
     ["Lyle Janowski"]),
    ("Garda ranks abbreviated before a surname join it to the full name",
     "Detective Garda Ciara Lenihan told the court the accused had co-operated.\n\n"
     "\u201cShe answered every question put to her,\u201d Det Gda Lenihan said.\n\n"
     "\u201cThe money was never recovered,\u201d Gda Lenihan added.",
     ["Ciara Lenihan", "Ciara Lenihan"]),
    ("a seat of several words after 'MP for' is no part of the name the title's surname finds",
     "Labour MP for Farrow Marsh North Imogen Thackeray, who chairs the transport committee, said the "
     "line was overdue.\n\n\u201cCommuters have waited long enough,\u201d Ms Thackeray said.",
     ["Imogen Thackeray"]),
]


@pytest.mark.parametrize("text,names", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_role_before_name_is_dropped(speakers, text, names):
    assert speakers(text) == names
