"""A backbencher is a member: "the TD" or "the MP" later is the backbencher the story named (data/role_synonyms.tsv).
Sentences written for the test; fictional people."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("party, noun", [("Fianna Fáil", "TD"), ("Conservative", "MP")])
def test_the_member_is_the_backbencher_named_before(speakers, party, noun):
    text = (f"{party} backbencher Colm Ó Briain said the party would not support the bill without changes.\n\n"
            'Separately, housing spokeswoman Orla Brennan called the bill "a landlord charter".\n\n'
            f'The {party} {noun} said he would seek "clear guarantees" from the minister before the vote.')
    assert speakers(text) == ["Orla Brennan", "Colm Ó Briain"]
