"""A surname after a personal title is a person's name, even where the tagger labels it a date: sentences written
for the test."""
from __future__ import annotations


def test_a_titled_surname_tagged_a_date_still_speaks(speakers):
    text = ("Agriculture Minister Graham Munday announced the loans on Thursday.\n\n"
            "Mr Munday, who holds the Queensland seat of Barcoo, said graziers had told him they were "
            "\"one bad summer away from selling up\".")
    assert speakers(text) == ["Graham Munday"]
