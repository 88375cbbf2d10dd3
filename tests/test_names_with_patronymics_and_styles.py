"""Names written with a father's name and "son of" or "daughter of" ("Rashad Vagif oglu Mammadli", "Bakyt Almaz uulu"),
with an honorific after the given name ("Fatma Hanım") or before the given name and surname ("Doña Carmen Ruiz"), and
Malay names whose father's name opens with an honorific ("Yusof bin Haji Ismail"), Singapore's and Malaysia's "s/o"
and "a/l" ("Suresh s/o Govindasamy") and the styles "Dayang" and
"Awang"; the family name a Hong Kong relative takes ("Patrick" of "Grace Cheung Mei-ling" is Patrick Cheung). On articles
written for the test."""
from __future__ import annotations

import pytest

Q, E = "\u201c", "\u201d"

CASES = [
    ("an Azerbaijani patronymic between the given name and the surname",
     "Banker jailed\n\nBAKU \u2014 A court on Tuesday jailed Rashad Vagif oglu Mammadli, the former head of a savings "
     f"bank, for eight years.\n\n{Q}I made mistakes, but I never stole,{E} Mammadli said.\n",
     "I made mistakes", "Rashad Vagif oglu Mammadli"),
    ("a Kyrgyz name that ends with the father's name and \"uulu\"",
     "Derby win\n\nForward Bakyt Almaz uulu scored twice on Sunday.\n\n"
     f"{Q}I waited all week for this match,{E} Almaz uulu said.\n",
     "I waited all week", "Bakyt Almaz uulu"),
    ("a Turkish honorific after the given name",
     "Night in the cars\n\nNearby, Fatma Han\u0131m, 72, said she would sleep in her car. "
     f"{Q}I am not going back inside,{E} she said.\n",
     "not going back inside", "Fatma"),
    ("a Spanish honorific before a given name and surname",
     "The last tenant\n\nDo\u00f1a Carmen Ruiz, 84, has lived in the flat since 1962. "
     f"{Q}Where would I go now?{E} she says.\n",
     "Where would I go", "Carmen Ruiz"),
    ("a Hong Kong relative named by the given name alone",
     "Builder dies at 91\n\nGrace Cheung Mei-ling, his daughter, now chairs the firm.\n\nHer brother, Patrick, said "
     f"their father read every report twice. {Q}He trusted nothing he had not checked,{E} Patrick said.\n",
     "He trusted nothing", "Patrick Cheung"),
    ("a father's honorific after \"bin\", and the short form after a style (Brunei)",
     "Floods\n\nMinister of Home Affairs Yang Berhormat Pehin Orang Kaya Pekerma Laila Diraja Dato Seri Utama Awang Haji "
     "Hamid bin Haji Ali visited the relief centre at Dewan Kemasyarakatan Lumapas on Sunday.\n\n"
     f"{Q}I want to thank the volunteers,{E} Pehin Hamid said.\n",
     "thank the volunteers", "Hamid bin Haji Ali"),
    ("a daughter's name whose father's name opens with an honorific the tagger took for hers (Brunei)",
     "Damage\n\nThe statement quoted the ministry\u2019s Permanent Secretary, Dayang Hajah Norliza binti Haji Md "
     f"Salleh, as saying that damage assessments would begin soon.\n\n{Q}Homeowners should take photographs,{E} she "
     "said.\n",
     "take photographs", "Norliza binti Haji Md Salleh"),
    ("\"Dayang\" before a woman's given names is a style (Brunei)",
     "Water rose in an hour\n\nA resident, Dayang Nur Aisyah binti Yusof, 47, said the water rose quickly. "
     f"{Q}In one hour it was at my knees,{E} she said.\n",
     "In one hour", "Nur Aisyah binti Yusof"),
    ("\"s/o\" between a given name the tagger typed a person and a father's name it typed a place (Singapore)",
     "Cleaner fined\n\nSINGAPORE \u2013 A cleaner was fined $4,000 on Monday for taking cash from a lift lobby.\n\n"
     "Palaniappan s/o Ramasamy, 52, pleaded guilty to theft.\n\n"
     f"Through an interpreter, Palaniappan told the court: {Q}I wanted to return it on payday.{E}\n",
     "return it on payday", "Palaniappan s/o Ramasamy"),
    ("\"a/l\" after a listed given name, the name in the reporting clause (Malaysia)",
     "Stall owner hopeful\n\nIPOH \u2013 Traders at the old market say the roof repairs are late.\n\n"
     f"{Q}We have waited since March,{E} said Ganesh a/l Subramaniam, who sells spices there.\n",
     "We have waited", "Ganesh a/l Subramaniam"),
]


@pytest.mark.parametrize("text,words,name", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_name_as_the_article_gives_it(speakers, text, words, name):
    assert speakers(text, saying=words) == [name]


def test_don_alone_before_a_surname_is_a_given_name(speakers):
    """Guard: "Don" before one word of name is a given name ("Don Johnson"), no honorific."""
    text = f"Club appeal\n\n{Q}We will appeal,{E} said Don Johnson, the club's chairman.\n"
    assert speakers(text) == ["Don Johnson"]
