"""A paragraph whose subject describes someone ("The 22-year-old himself", "one of the striking nurses, who …",
"His cousin, a mechanic who gave his name only as …", "The defendant", "The minister", "The general", "The hydrologist,
51,", whose age beside it names no one else, "the 58-year-old" after "One of them is …") and whose "he" or "she"
then quotes: the person the description means, not the one quoted last.  Sentences written for the test;
fictional people."""
from __future__ import annotations

import pytest

from quotes.extract.lexicon import singular

L, R = "\u201c", "\u201d"

CASES = [
    ("'The <age>-year-old himself' after the age was given",
     "Ashby win at home\n\nWinger Callum Reid, 22, scored twice for Ashby.\n\n"
     f"{L}He was magic today,{R} said manager Pete Dorran.\n\n"
     f"The 22-year-old himself shrugged it off. {L}I only finished what the others made,{R} he said.",
     "I only finished", "Callum Reid"),
    ("'one of the <people>, who …,' then 'he' in the next paragraph",
     f"The union leader, Farid Haddad, said the strike would go on. {L}We have no choice,{R} he said.\n\n"
     "But one of the striking drivers, who did not want his name used, said he could not afford another week.\n\n"
     f"{L}My rent is due on Friday,{R} he said.",
     "My rent", "driver"),
    ("'The defendant' after the court sentenced him",
     "A judge on Tuesday sentenced Piet Jansen, a former bank clerk, to six years.\n\n"
     f"His barrister, Marc de Wit, said he would appeal. {L}The sums were never proven,{R} de Wit said.\n\n"
     f"The defendant stood still in the dock. Earlier he had told the court: {L}I took nothing for myself.{R}",
     "I took nothing", "Piet Jansen"),
    ("'The general' of 'Lt-Gen X' (three tokens), then 'the <age>-year-old' after it",
     "Troops reach flooded villages\n\nLt-Gen Arjun Mehra flew over the valley on Monday. "
     f"{L}We will open the road by Friday,{R} he said.\n\n"
     f"District collector Ravi Nair said 900 people were in camps. {L}We need tents,{R} Mr Nair said.\n\n"
     "The general, who grew up nearby, later walked through a camp and spoke to families.\n\n"
     f"{L}Nobody here will be forgotten,{R} the 58-year-old said.",
     "Nobody here", "Arjun Mehra"),
    ("'The minister … she' of the woman minister, past a man minister and another woman",
     f"{L}The wards are full,{R} Health Minister Ruth Amsel told parliament.\n\n"
     f"Finance Minister Karl Brenner said the budget was fixed. {L}There is no more money,{R} Brenner said.\n\n"
     f"At the clinic, nurse Lena Vogt, 33, said she had worked three doubles. {L}I am tired,{R} she said.\n\n"
     "The minister, who trained as a doctor, visited the clinic that evening. Walking through the ward, she "
     f"thanked the staff. {L}You are holding this country up,{R} she said.",
     "You are holding", "Ruth Amsel"),
    ("'The <occupation>, <age>,' right after the person's introduction, then 'he'",
     "Dr. Ilse Marquardt took over as head of the river authority in March. The hydrologist, 51, who grew up in "
     f"Passau, has measured the Danube for twenty years. She calls the floods {L}a bill that always comes{R}.",
     "a bill that always comes", "Ilse Marquardt"),
    ("'the <age>-year-old' after 'One of them is <name>, …'",
     "Former players are being diagnosed earlier, the study found.\n\nOne of them is Declan Furlong, a former "
     "Kilkenny hurler who played 140 games and was diagnosed last spring.\n\n"
     f"{L}I took knocks every week and nobody counted them,{R} the 58-year-old said from his home in Thomastown.",
     "I took knocks", "Declan Furlong"),
]

GUARDS = [
    ("'His cousin, a mechanic who gave his name only as …'",
     f"Yaw Osei, 40, said the garage had flooded twice. {L}We lost the lot,{R} he said.\n\n"
     "His cousin, a mechanic who gave his name only as Kwame, had stayed behind to move the cars. "
     f"{L}I got four out before the water came in,{R} he said.",
     "I got four out", "Kwame"),
    ("'one of the <people>' named by an appositive is that one",
     "One of the drivers, Sam Hollis, said the route was unsafe.\n\n"
     f"{L}The brakes were going,{R} he said.",
     "The brakes", "Sam Hollis"),
    ("'The minister' whose pronoun fits the minister last named keeps him",
     f"{L}We will cut the tax,{R} Finance Minister Karl Brenner said.\n\n"
     f"Anna Roth, who runs a bakery, said she would wait and see. {L}We have heard this before,{R} she said.\n\n"
     f"The minister later visited her shop. {L}Bread is the test of any budget,{R} he said.",
     "Bread is the test", "Karl Brenner"),
]


@pytest.mark.parametrize("text,saying,name", [c[1:] for c in CASES + GUARDS], ids=[c[0] for c in CASES + GUARDS])
def test_the_person_a_described_subject_means(speakers, text, saying, name):
    assert speakers(text, saying=saying) == [name]


@pytest.mark.parametrize("plural,one", [("fishermen", "fisherman"), ("businesswomen", "businesswoman"),
                                        ("specimen", "specimen"), ("nurses", "nurse")])
def test_singular_of_a_man_noun(plural, one):
    assert singular(plural) == one
