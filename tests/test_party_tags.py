"""A legislator's party-and-state tag in parentheses ("Sen. Elizabeth Warren (D-MA) said") and a state's postal code
after its town ("in Berea, OH,") are never the speaker: the name before the tag is.  Sentences written for the test."""
from __future__ import annotations

import pytest

CASES = [
    ("a party tag after the name, the name the object of the office before it",
     "Tuesday on a radio show, while discussing a tweet featuring a star likened to the Star of David, Speaker of "
     "the House Rep. Thomas Varga (R-WI) said \u201cimages like that have no place in a campaign.\u201d",
     "Thomas Varga"),
    ("a town's state code as a first subject of the verb",
     "Tuesday in Berea, OH, after winning the primary, Gov. Harold Pike said, "
     "\u201cI\u2019m getting ready to rent a covered wagon.\u201d",
     "Harold Pike"),
    ("a party and a seat of several words, a Singapore MP's",
     "Mr Yip Hon Seng (PAP-Jurong East-Bukit Batok) raised the hawker succession scheme in Parliament. \u201cThe young "
     "ones come in with passion and leave with debt,\u201d he said.",
     "Yip Hon Seng"),
    ("a party and a seat, a Malaysian assemblywoman's",
     "Mr Tan Wei Ming spoke first. Ms Chong Mei Fong (PH-Pengkalan Kota) disagreed. \u201cResidents downhill are the "
     "ones who hear the rain,\u201d she said.",
     "Chong Mei Fong"),
]


@pytest.mark.parametrize("text,name", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_name_before_the_tag_speaks(speakers, text, name):
    assert speakers(text) == [name]


def test_which_tokens_are_tags(nlp):
    from quotes.extract.grammar import postal_state
    from quotes.extract.person_mentions import in_party_tag

    doc = nlp("Sen. Ann Lowe (D-N.Y.) and Rep. Bo Hart (R-Ohio) met in Akron, OH, with Rep. Cy Dale (I).")
    tagged = {t.text for t in doc if in_party_tag(t)}
    assert {"N.Y.", "Ohio"} <= tagged and not tagged & {"Ann", "Lowe", "Hart", "I", "Akron"}
    assert [t.text for t in doc if postal_state(t)] == ["OH"]


def test_every_word_of_a_long_seat_is_in_the_tag(nlp):
    from quotes.extract.person_mentions import in_party_tag

    doc = nlp("Mr Tan Ah Kow (PAP-Aljunied-Hougang-Punggol East) spoke on Monday.")
    tagged = {t.text for t in doc if in_party_tag(t)}
    assert {"Aljunied", "Hougang", "Punggol", "East"} <= tagged and not tagged & {"Tan", "Kow", "Monday"}
