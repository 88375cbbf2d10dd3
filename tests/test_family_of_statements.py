"""A family that speaks as one, named "the family of X", and the statement it released: sentences written for the
test."""
from __future__ import annotations

import pytest

CASES = [
    ("'the family of' a full name is that surname's family",
     "Speaking outside the court, the family of Callum Reekie said: \u201cWe want answers.\u201d",
     ["Reekie family"]),
    ("'the family of' a couple is the family of the surname they share",
     "The family of Tom and Ngaire Rewiti said they were \u201cbroken by the loss\u201d.",
     ["Rewiti family"]),
    ("'it said' after a family released a statement is the family, not the place named between",
     "The family of Ishbel Lyall, whose car was hit near Invergowrie, released a statement on Thursday.\n\n"
     "\u201cWe were told lessons had been learned. Nothing was learned,\u201d it said.",
     ["Lyall family"]),
    ("'a statement from' a family of a full name is that family",
     "Mairi Dunbar, 58, died in the crash.\n\nA statement from the family of Ms Dunbar said: \u201cShe lived for her "
     "grandchildren.\u201d",
     ["Dunbar family"]),
    ("'his family' after tributes paid to a man is his family: 'to' after 'paid' is no place",
     "Tributes have been paid to Tomasz Wilk, 44, who died in a fire at his home on Friday.\n\n"
     "His family said: \u201cTomasz would help anyone who asked.\u201d",
     ["Wilk family"]),
    ("'a statement from his family' is his family, wherever the quotation stands",
     "Tributes have been paid to Tomasz Wilk, 44, who died in a fire at his home on Friday.\n\n"
     "\u201cTomasz would help anyone who asked,\u201d a statement from his family said.",
     ["Wilk family"]),
    ("'his family's statement' is his family's, not a document named so",
     "Tributes have been paid to Tomasz Wilk, 44, who died in a fire at his home on Friday.\n\n"
     "His family\u2019s statement read: \u201cTomasz would help anyone who asked.\u201d",
     ["Wilk family"]),
    ("'the family said' with no one beside it is the family of the one the story is about",
     "Tomas Reilly, 19, died after his car left the road near Kilcoole. Sergeant Eoin Hanley said the road was wet.\n\n"
     "\u201cHe was the light of our lives,\u201d the family said.",
     ["Reilly family"]),
    ("'the family said' after a family the article named is that family",
     "The Pryce family has campaigned for a crossing since their son was hurt.\n\n"
     "\u201cWe have waited four years,\u201d the family said.",
     ["Pryce family"]),
    ("'the family' of a victim no one named is no family of the officer quoted",
     "A man died when his car hit a wall on the A9. Inspector Ruth Cole said the road was closed for six hours. "
     "Inspector Cole said officers were appealing for witnesses.\n\n\u201cHe was a loving father,\u201d the family "
     "said.",
     ["family"]),
    ("'the family of' a description in the lede is the family of the one the next paragraph names",
     "Tributes paid to \u2018gentle\u2019 walker who died on Ben Lawers\n\n"
     "The family of a hillwalker who fell near the summit of Ben Lawers have described him as \u201cgentle and "
     "endlessly curious\u201d.\n\nFergus Tulloch, 61, from Crieff, was walking with friends when he slipped on "
     "Saturday afternoon.",
     ["Tulloch family", "Tulloch family"]),
    ("'the family of' a description is no family of the one the next paragraph charges",
     "Tributes paid after A9 crash\n\nThe family of a cyclist who was killed in a crash on the A9 have said they are "
     "\u201cheartbroken\u201d.\n\nCallum Reid, 27, of Perth, has been charged with causing death by dangerous driving.",
     ["family"]),
    ("'the family of' a description is no family of the officer the next paragraph quotes",
     "Woman dies in house fire\n\nThe family of a pensioner who died in a house fire have described her as \u201cthe "
     "kindest woman\u201d.\n\nGroup Commander Alan Ferrie said crews had found the woman in a back bedroom.",
     ["family"]),
    ("'the family of' a description named by no next paragraph stays a family no one named",
     "The family of a hillwalker who fell near the summit of Ben Lawers have described him as \u201cgentle\u201d."
     "\n\nMountain rescue teams were called at about 3pm on Saturday.",
     ["family"]),
    ("'the family' of no one named is a family, not a person",
     "A teenager was taken to hospital after a crash on the A470.\n\n\u201cWe just want him home,\u201d the family said.",
     ["family"]),
]


def test_the_family_alone_is_a_family_not_a_person(speakers):
    text = ("Tomas Reilly, 19, died after his car left the road near Kilcoole.\n\n"
            "In a statement, the family said: \u201cHe was the light of our lives.\u201d")
    assert speakers(text, kinds=True) == [("Reilly family", "organization")]


@pytest.mark.parametrize("text,names", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_family_of_speaks_as_one(speakers, text, names):
    assert speakers(text) == names


def test_the_family_is_not_the_one_of_a_quotation_s_his(speakers):
    text = ("Police name man found dead\n\nPolice have named the man whose body was found in a Kaikohe driveway on "
            "Sunday.\n\nHe was Rawiri James Tamihana, 38, of Kaikohe.\n\nDetective Inspector Hamish Kerr told a media "
            "conference on Monday that the death was being treated as a homicide.\n\n\u201cRawiri was a father of two, "
            "and his family are devastated. They deserve answers,\u201d Kerr said.\n\nKerr said the family had asked "
            "for privacy.\n\n\u201cRawiri was loud and generous to a fault,\u201d the family said.")
    assert speakers(text, saying="generous") == ["Tamihana family"]
