"""Mongolian names written with the father's initial joined to the given name by a full stop ("Ts.Oyunchimeg",
"B.Enkhjin"): one name, never cut at the point, and the given name alone later finds it. On articles written for
the test."""
from __future__ import annotations

import pytest

from quotes.extract.joined_initials import given_part

CASES = [
    ("a two-letter initial, then the given name alone",
     "Stoves and smoke\n\nBy Kh.Altan\n\nEvery morning Ts.Oyunchimeg lights the stove before dawn. "
     "\"The smoke is in our clothes,\" Ts.Oyunchimeg said.\n\n\"We have no other fuel,\" Oyunchimeg added.\n",
     "no other fuel", "Ts.Oyunchimeg"),
    ("an untagged name beside a role, then the given name alone",
     "Volunteers\n\nB.Tuvshin, coordinator of a volunteer group, hands out masks.\n\n"
     "\"Nobody talks about the children,\" says Tuvshin.\n",
     "Nobody talks", "B.Tuvshin"),
    ("an office and a place before the name",
     "Traffic rule extended\n\nMayor of Darkhan Ch.Batbayar said the plate rule had cut jams by \"about a fifth\".\n\n"
     "\"We will review it in June,\" Batbayar told the council.\n",
     "about a fifth", "Ch.Batbayar"),
    ("a hyphenated given name",
     "Council vote\n\nCouncil member G.Bat-Orgil voted against the plan.\n\n"
     "\"Temporary has become permanent,\" Bat-Orgil said.\n",
     "Temporary has become", "G.Bat-Orgil"),
]


@pytest.mark.parametrize("text,words,name", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_joined_name_is_whole(speakers, text, words, name):
    assert speakers(text, saying=words) == [name]


@pytest.mark.parametrize("word,given", [("Ts.Oyunchimeg", "Oyunchimeg"), ("B.Bat-Erdene", "Bat-Erdene"),
                                        ("It.The", None), ("U.S.", None), ("Ts.", None)])
def test_given_part(word, given):
    """Only an initial of one capital or a Latin-written Cyrillic letter, a point and a capitalised name."""
    assert given_part(word) == given


def test_a_sentence_still_ends_at_a_point(nlp):
    """Guard: a full stop between a sentence and the next with no space after an ordinary word stays a split."""
    doc = nlp("He left at noon.Then it rained.")
    assert "noon.Then" not in [t.text for t in doc]
