"""Whom a he or she means, on sentences written for the test: the person a nationality's noun or a title ("The Scot
confirmed that …", "The First Minister said …") stands for as the subject of a reporting verb, not someone the
sentence goes on to name; a man named Blessing (a given name of either sex); the golfer named after "The key
moment", no person; and the family a relative named by the given name belongs to ("Her son, Gavin,", "Their
mother, Bridie,"), not the name the woman before was known by."""
from __future__ import annotations

import pytest

CASES = [
    ("'he' is the one 'the Scot' who reported the news stands for, not the player named in the news",
     "Harbury Town manager Callum Baird has called the club's fixture list \u201ca joke\u201d.\n\n"
     "\u201cI have never seen anything like it,\u201d Baird told reporters on Thursday.\n\n"
     "The Scot confirmed that winger Tomasz Wrona is out until March with a hamstring injury, while defender "
     "Ander Ibarra faces a late fitness test.\n\n"
     "\u201cTomasz is a big loss for us,\u201d he said.",
     "Callum Baird"),
    ("'he' is the one 'the First Minister' who reported the plan stands for, not the man who spoke before",
     "First Minister Rhys Penrose faced questions on hospital waiting times on Tuesday.\n\n"
     "Opposition leader Owain Tudor said patients in the north waited longer than anywhere in Britain. "
     "\u201cThe First Minister promised to fix this two years ago,\u201d he said.\n\n"
     "The First Minister said Health Secretary Nia Howells would set out a plan next week. "
     "\u201cShe will come to this chamber with a plan and with dates,\u201d he said.",
     "Rhys Penrose"),
    ("'he' after a man named Blessing is his: the given name is a man's as often as a woman's",
     "Chief Tendai Marufu welcomed the new borehole, saying his people had waited ten years.\n\n"
     "Ward 9 councillor Blessing Moyo said residents had formed a committee to guard the pump against vandals.\n\n"
     "\u201cThose who steal the cables are stealing from their own grandmothers,\u201d he said.",
     "Blessing Moyo"),
    ("'he' is the golfer named after 'The key moment', which is no person",
     "Tom Fenwick has spent most of this season muttering about his putter.\n\n"
     "His caddie, Davey Marsh, who has carried Fenwick\u2019s bag since they were amateurs together, was more "
     "forthright. \u201cHe\u2019s been a nightmare to be around,\u201d Marsh laughed.\n\n"
     "The key moment came at the par-five 14th, where Fenwick, known on tour as \u201cthe Professor\u201d for his "
     "habit of reading course guides cover to cover, found the green with a three-wood from 258 yards.\n\n"
     "\u201cThat was the one,\u201d he said.",
     "Tom Fenwick"),
]


@pytest.mark.parametrize("text,name", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_pronoun_speaker(speakers, text, name):
    assert speakers(text)[-1] == name


RELATIVES = [
    ("'her son' is the son of the woman the story is about, not of the name she was known by",
     "Tributes have been paid to Edith Marlow, the headteacher who ran Fernbank Primary for 20 years, who has died "
     "aged 91.\n\nMrs Marlow, known to generations of pupils simply as Miss E, died on Friday.\n\n"
     "Her son, Gavin, said his mother had been \u201cthe best teacher this town ever had\u201d.\n\n"
     "\u201cShe marked homework until she was 85,\u201d he said.",
     "Gavin Marlow"),
    ("'their mother' is the mother of the two brothers the story named, and takes their surname",
     "Tommy Gallacher runs a boxing gym in a church hall in Paisley.\n\n"
     "His older brother, Hugh, who trained him from the age of ten, keeps the gym's books. "
     "\u2018Tommy was the talent,\u2019 he says.\n\n"
     "Their mother, Bridie, now 88, still comes to every club show. "
     "\u2018I couldn\u2019t watch him fight when he was a boy,\u2019 she says.",
     "Bridie Gallacher"),
    ("'his wife' is the wife of a man brought in by a noun and 'called' his name: his only name, no other one's",
     "The body of a retired fisherman called Brian Hale was found near the harbour on Sunday.\n\n"
     "His wife, Jo, said he had gone out \u201cto check the pots, as he did every morning of his life\u201d.",
     "Jo Hale"),
]


@pytest.mark.parametrize("text,name", [c[1:] for c in RELATIVES], ids=[c[0] for c in RELATIVES])
def test_relative_speaker(speakers, text, name):
    assert speakers(text)[-1] == name
