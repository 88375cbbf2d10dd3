"""Honorifics of Malaysia ("Ir", an engineer's), Sierra Leone ("Pa") and The Gambia ("Aja") before a name, the
syllables of a Chinese given name the tagger cuts from a Singaporean or Malaysian name ("Roy Tan" + "Hock Chye"),
and a name the tagger types a product's: on sentences written for the test."""
from __future__ import annotations

import pytest

NAMES = [
    ("an engineer's title after a federal one",
     "Drains plan\n\nState works committee chairman Datuk Ir Azman Yusof said the drains would be widened.\n\n"
     "“We cannot wait for another monsoon,” he said.",
     "another monsoon", "Azman Yusof"),
    ("an elder's 'Pa' before the name, and the title with the surname later",
     "Ferry fire\n\nPassenger Pa Alimamy Sesay said he lost his stock.\n\n“We are tired,” Pa Sesay said.",
     "We are tired", "Alimamy Sesay"),
    ("a pilgrim woman's 'Aja' before the name, and the title with the surname later",
     "Market fees\n\nAja Fatou Ceesay sells fish at the market in Serekunda.\n\n“I will pay,” Aja Ceesay said.",
     "I will pay", "Fatou Ceesay"),
    ("two syllables of a given name after an English given name and a surname",
     "Lift repairs\n\n“We have heard residents,” said town council chairman Mr Roy Tan Hock Chye.\n\n"
     "Mr Tan said the council had recorded 214 breakdowns.\n\n“Even an hour is too long,” he said.",
     "an hour", "Roy Tan Hock Chye"),
    ("a name opening with a listed given name that the tagger typed a product's",
     "Bottle attack\n\nCalum Sinclair, 34, of Grampian Road, admitted assaulting Declan Munro to his severe injury at "
     "the Strathspey Lodge Hotel when he appeared at Inverness Sheriff Court.\n\nIn a victim statement, Mr Munro "
     "said he no longer felt “safe behind a bar”.",
     "safe behind", "Declan Munro"),
    ("the last syllable of a given name cut by the tagger",
     "Climber missing\n\nThe family's statement was read by his brother-in-law, Mr Desmond Yap Chee Wai.\n\n"
     "“She keeps her phone in her hand,” Mr Yap said.",
     "her phone", "Desmond Yap Chee Wai"),
]


@pytest.mark.parametrize("why,text,saying,name", NAMES, ids=[case[0] for case in NAMES])
def test_speaker_names(speakers, why, text, saying, name):
    assert speakers(text, saying=saying) == [name], why


def test_a_headline_in_title_case_lends_no_syllables(speakers):
    text = ("Roy Tan Says Lifts Will Be Fixed\n\nTown council chairman Roy Tan said the lifts would be fixed.\n\n"
            "“Parts are on the way,” he said.")
    assert speakers(text, saying="Parts") == ["Roy Tan"]
