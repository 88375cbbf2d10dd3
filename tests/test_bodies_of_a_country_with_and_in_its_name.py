""""The Trinidad and Tobago Chamber of Industry and Commerce": a body named for a listed country whose name holds
"and" keeps the whole country's name, which the tagger may split.  On articles written for the test."""
from __future__ import annotations


def test_the_body_keeps_the_country_whole(speakers):
    text = ("Business leaders warn\n\nThe Trinidad and Tobago Chamber of Industry and Commerce has said the budget will "
            "hurt small firms. \"Costs are rising too fast,\" the chamber said.\n")
    assert speakers(text) == ["Trinidad and Tobago Chamber of Industry and Commerce"]
