"""A business a story calls by its kind ("the airline", "the bank"): whom the noun means, and what kind of
speaker it is when the story names no business; each case on sentences written for the test
(tests/fixtures/regression/business-nouns.jsonl holds the articles)."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("noun", ["airline", "bank", "charity", "carrier"])
def test_an_unnamed_business_is_a_body_not_a_person(speakers, noun):
    text = f"Flights were cut again this week.\n\u201cWe are sorry for the delays,\u201d the {noun} said."
    assert speakers(text, kinds=True) == [(noun, "organization")]


def test_a_noun_people_are_too_stays_a_person(speakers):
    text = "The Marsh Lane flats were finished this week.\n\u201cEvery flat is sold,\u201d the developer said."
    assert speakers(text, kinds=True) == [("developer", "person")]


def test_a_name_ending_in_air_is_the_airline(speakers):
    text = ("Kestrel Air said it would fly again on Monday.\n"
            "\u201cEvery aircraft has been inspected,\u201d the airline said in a statement.")
    assert speakers(text, kinds=True) == [("Kestrel Air", "organization")]


def test_the_town_a_branch_stands_in_is_not_the_bank(speakers):
    text = ("The last bank branch in Ashwell will close in August.\n"
            "\u201cMost of our customers now bank online,\u201d the bank said.")
    assert speakers(text, kinds=True) == [("bank", "organization")]


def test_a_business_named_before_its_premises_is_still_the_bank(speakers):
    text = ("Harrow & Lyle Bank will close its branch in Ashwell in August.\n"
            "\u201cMost of our customers now bank online,\u201d the bank said.")
    assert speakers(text, kinds=True) == [("Harrow & Lyle Bank", "organization")]
