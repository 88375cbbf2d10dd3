"""People a sentence describes before or around their name: words someone "used to" say, which the one who recalls
them only reports ("Doolan says he used to call it “…”": her late husband's); two roles joined before one name ("Former
Labor colleague and one-time deputy premier Helen Garside said"); a lede's role held by the one the next paragraph
names first, though other holders come later and a headline already named her so; an office whose holder is named
next by an academic title alone ("the vice-chancellor" … "Professor X told staff"); honorifics and occupations
written before a name ("Haj", "Mamosta", "Hydrologist"). On articles written for the test."""
from __future__ import annotations

import pytest

Q, E = "\u201c", "\u201d"
L, R = "\u2018", "\u2019"

CASES = [
    ("words a late husband used to say, which his widow recalls",
     "Dry winter\n\nMargaret Doolan, 71, has run cattle near Walgett since 1976. Her husband, Kevin, died in 2019.\n\n"
     f"Doolan says he used to call a good autumn break {Q}a deposit from the Almighty{E}.\n",
     "a deposit from the Almighty", "Kevin Doolan"),
    ("two roles joined before one name",
     "Tributes flow\n\nFormer Labor colleague and one-time deputy premier Helen Garside said he was "
     f"{Q}bloody difficult{E} in cabinet.\n",
     "bloody difficult", "Helen Garside"),
    ("a lede's role held by the one named first after it, other holders later",
     f"{L}Nobody checked{R}: Senator grills regulator over inspections\n\nBy Tom Ashby\n\nA Greens senator has accused the "
     f"regulator of leaving homes uninspected, telling a hearing that {Q}nobody checked{E} for three years.\n\n"
     "Tasmanian senator Bridget Cahill tabled figures showing 212 homes had no visit since 2022.\n\n"
     f"Coalition senator Hollie McGrath said the figures were {Q}cherry-picked{E}.\n\n"
     f"Finance Minister Senator Peter Kovacs said funding had risen. {Q}We have doubled the budget,{E} he said.\n",
     "nobody checked", "Bridget Cahill"),
    ("an office whose holder the next paragraph names by an academic title alone",
     "Campus cuts\n\nMolonglo University will cut 280 jobs in a restructure the vice-chancellor has described as "
     f"{Q}painful but necessary{E}.\n\nProfessor Catherine Abernethy told staff in an email on Tuesday that the "
     "university faced a deficit.\n",
     "painful but necessary", "Catherine Abernethy"),
    ("an honorific before a name",
     "The last singer of malhun\n\nIn a room above the souk, Haj Abdelkrim Bennani, 84, teaches six students.\n\n"
     f"{Q}Slower,{E} he tells them. {Q}The words must breathe.{E}\n",
     "Slower", "Abdelkrim Bennani"),
    ("an occupation written before a name as it opens a sentence",
     "Water cuts\n\nHydrologist Amine Chaabane said the cuts were a bandage.\n\n"
     f"{Q}We are in the sixth year of drought,{E} Chaabane said.\n",
     "sixth year of drought", "Amine Chaabane"),
]


@pytest.mark.parametrize("text,words,name", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_person_described(speakers, text, words, name):
    assert speakers(text, saying=words) == [name]


def test_one_s_own_habit_stays_one_s_own(speakers):
    text = ("Coach retires\n\nCoach Ray Dunn, 60, retired last year after 30 seasons.\n\n"
            f"Dunn says he used to tell his players {Q}win the next ball{E}.\n")
    assert speakers(text, saying="win the next ball") == ["Ray Dunn"]
