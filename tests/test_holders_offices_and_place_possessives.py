"""The office of a person named with their post, and a person named after a place's possessive, on sentences written
for the test: "The office of Senate Majority Leader X said" and "House Speaker X's office said" are the post's office
("Senate Majority Leader's office"), whom "the office said" then means; "Okafor's office", with no post written, keeps
its owner.  "Spain's Marta Ruiz", a name the tagger types a place, is a person once she speaks or has a "who" clause."""
from __future__ import annotations

import pytest

Q, E = "\u201c", "\u201d"

CASES = [
    ("'the office of' a leader named with the post is the post's office",
     "Pension vote delayed\n\n"
     f"{Q}We need more time to get this right,{E} the office of Senate Majority Leader Harold Benning said.\n",
     "Senate Majority Leader's office", 0),
    ("'the office said' after the office of a leader was named is that office",
     "Pension vote delayed\n\n"
     "The office of Senate Majority Leader Harold Benning said the vote would be delayed.\n\n"
     f"{Q}We need more time to get this right,{E} the office said in a statement.\n",
     "Senate Majority Leader's office", 0),
    ("a leader's possessive office is the post's",
     "Pension vote delayed\n\n"
     f"{Q}The Speaker will not be rushed,{E} House Speaker Dana Whitfield's office said in a statement.\n",
     "House Speaker's office", 0),
    ("an abbreviated post is written in full",
     "Bridge tolls\n\n"
     f"The office of Gov. Ruth Alder said in a statement that the governor {Q}will consider it carefully.{E}\n",
     "Governor's office", 0),
    ("'said Spain's Marta Ruiz' is the person, not a place",
     "Pay talks stall\n\n"
     f"{Q}We are not moving,{E} said Spain's Marta Ruiz, who chairs the panel.\n",
     "Marta Ruiz", 0),
    ("'she' after 'Spain's Marta Ruiz, who …' is Marta Ruiz",
     "Pay talks stall\n\n"
     "Spain's Marta Ruiz, who chairs the panel, disagreed with the plan.\n\n"
     f"{Q}Delay helps no one,{E} she said.\n",
     "Marta Ruiz", 0),
]

GUARDS = [
    ("an office named by its holder alone keeps the holder",
     "Governor absent\n\n"
     "Governor Emeka Okafor was not at the launch.\n\n"
     f"{Q}The governor has full confidence in the plan,{E} Okafor's office said.\n",
     "Okafor's office", 0),
]


@pytest.mark.parametrize("text,name,which", [c[1:] for c in CASES + GUARDS], ids=[c[0] for c in CASES + GUARDS])
def test_speaker(speakers, text, name, which):
    assert speakers(text)[which] == name
