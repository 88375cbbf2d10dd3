"""The second given name of a South Asian name of three words or more tells the person's gender where the first does
not (data/second_given_names.tsv: "Kumari", "Devi", "Kaur" a woman's; "Prasad", "Bahadur", "Singh" a man's), so that
"he" and "she" do not go to someone of the other sex; on sentences written for the test."""
from __future__ import annotations

import pytest

Q, E = "\u201c", "\u201d"


def test_the_lexicon_gives_a_gender_only_where_the_word_tells_one():
    from quotes.extract.lexicon import SECOND_GIVEN_GENDER

    assert SECOND_GIVEN_GENDER["Kumari"] == "f" and SECOND_GIVEN_GENDER["Bahadur"] == "m"
    assert "Chandra" not in SECOND_GIVEN_GENDER  # (a man's or a woman's)


@pytest.mark.parametrize("named, pronoun", [
    ("Deputy Commissioner Harleen Kaur Brar", "he"),
    ("Block officer Jasvir Singh Gill", "she"),
    ("Ward chair Bhagwati Kumari Chaudhary", "he"),
    ("District officer Dil Prasad Gharti", "she"),
])
def test_a_pronoun_of_the_other_sex_is_not_the_one_named(speakers, named, pronoun):
    text = (f"{named} said cases would be registered.\n\n"
            f"The union hit back at once. {Q}We will not pay a single fine,{E} {pronoun} told reporters by phone.\n")
    assert speakers(text) == [None]
