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


def test_a_hyphenated_given_name_of_two_women_s_names_is_a_woman_s(speakers):
    """"Mary-Ann", both of whose parts are women's names, tells a woman: "he" is the man named before her, and
    "His partner" no relative of hers ("Luc-Ann", of a man's name and a woman's, tells nothing)."""
    text = ("Market row\n\nKofi Mensah, the chairman, opened the meeting on Monday.\n\n"
            f"Councillor Mary-Ann Tetteh then spoke about the market. {Q}The stalls will be rebuilt by March,{E} he said.\n")
    assert speakers(text) == ["Kofi Mensah"]
    text = ("Licence ban\n\nDefence counsel Mary-Ann Berntsen said the 34-year-old relied on his licence. His partner, "
            f"Leanne, had told her that {Q}without the vehicle the farm simply does not run{E}.\n")
    assert speakers(text) != ["Leanne Berntsen"]


def test_a_hyphenated_given_name_tells_a_gender_only_where_both_parts_agree(nlp):
    from quotes.extract.core import context_of
    from quotes.extract.marks import scan
    from quotes.extract.speaker_book import SpeakerBook

    text = "Panel\n\nMary-Ann Tetteh and Luc-Ann Moreau spoke.\n"
    doc = nlp(text)
    lay = context_of(doc, scan(text), text).layout
    book = SpeakerBook(doc, text, lay.outside, lay.para_of, lay.tokens, lay.columns)
    assert [book.gender_of_name(n) for n in ("Mary-Ann Tetteh", "Luc-Ann Moreau")] == ["f", None]
