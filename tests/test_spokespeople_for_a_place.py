""""a spokesman for Ukraine" is Ukraine's, though the article named "the National Bank of Ukraine" before: a place
named alone is not the tail of a body's name.  On articles written for the test."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("body,place", [("The National Bank of Ukraine", "Ukraine"), ("Transport for Wales", "Wales"),
                                        ("Tourism Ireland", "Ireland")])
def test_a_place_is_not_the_body_whose_name_ends_in_it(speakers, body, place):
    text = f"Talks\n\n{body} made news on Thursday. Later a spokesman for {place} said: \"We want a fair deal.\"\n"
    assert speakers(text) == [f"{place} spokesperson"]
