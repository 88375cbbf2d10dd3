""""the RMO said" after "Dr Fatuma Hassan Mziray, the Regional Medical Officer (RMO),": initials an article spells out in
brackets after an office mean the one who holds it, the office ending before the brackets or the sentence ending
there ("Magu District Commissioner (DC)" + "Ms Halima Said Okash"); a body's initials stay the body's.  On articles
written for the test."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("text,name", [
    ("Cholera\n\nDr Fatuma Hassan Mziray, the Regional Medical Officer (RMO), said most cases were in fishing villages."
     "\n\n\"We are asking people to boil their water,\" the RMO said.\n", "Fatuma Hassan Mziray"),
    ("Levy\n\nMagu District Commissioner (DC) Ms Halima Said Okash urged the council to look at leakages. \"Fix that "
     "first,\" the DC said.\n", "Halima Said Okash"),
    ("BBC\n\nThe British Broadcasting Corporation (BBC) said it would appeal. \"We stand by our journalism,\" the BBC "
     "said.\n", "British Broadcasting Corporation"),
], ids=["office before the brackets", "sentence ended at the brackets", "a body's initials"])
def test_initials_of_an_office_are_its_holder(speakers, text, name):
    assert speakers(text) == [name]
