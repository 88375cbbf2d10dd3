"""Speaker names that depend on what the article said earlier: which member of a family a title, a given
name or a pronoun means; the named person a role, an age or an office stands for; a company's whole name and
the company "the firm" means.  Each case on sentences written for the test (book_people.py,
book_descriptions.py, book_references.py, book_bodies.py, body_mentions.py)."""
from __future__ import annotations

import pytest

L, R = "\u201c", "\u201d"

FAMILIES = [
    ("a given name described as someone's son takes the family name, and so does his grandmother",
     "Rink keeps the town together\n\nKeisha Clarke runs the canteen at the rink. "
     f"{L}We open at six,{R} she says.\n\nAnd then there is Tyrese, Keisha\u2019s 16-year-old son, who wants to play "
     f"junior hockey. {L}I want to make the Western league,{R} he says.\n\nHis grandmother, Sonia, pretends to be "
     f"unimpressed. {L}He has talent, but talent is cheap,{R} she says.",
     ["Keisha Clarke", "Tyrese Clarke", "Sonia Clarke"]),
    ("a given name described as someone's boyfriend keeps no family name of hers",
     "Fire in Spanish Town\n\nKeisha Clarke said her home was destroyed in the fire.\n\nMarcus, Keisha's boyfriend, "
     f"helped her carry out the children.\n\n{L}I just grabbed whatever I could,{R} Marcus said.",
     ["Marcus"]),
    ("a full name described as someone's mother keeps her own name",
     "Search goes on\n\nJesse Moose, 19, has been missing since Friday.\n\nFlora Bighetty, Jesse's mother, waits at "
     f"the band office. {L}I just want my boy back,{R} she said.",
     ["Flora Bighetty"]),
    ("'Mrs' is the woman of the family, named by her given name alone",
     "Alun Rees, 70, farms at Cwm Isaf with his son, Owain, and Owain\u2019s wife, Ffion.\n"
     f"Mrs Rees said the new barn was finished in May. {L}We moved the calves in that week,{R} Mrs Rees said.\n",
     ["Ffion Rees"]),
    ("'Mr' is the man of the family named last, not the first one named",
     "Alun Rees, 70, farms at Cwm Isaf. His son, Owain, and grandson, Huw, 19, help with the lambing.\n"
     f"Huw said the quad bike had been his idea. {L}Dad took a lot of persuading,{R} Mr Rees said.\n",
     ["Huw Rees"]),
    ("a given name two families share is the one of the family just named",
     "Dr Declan Hughes, a retired GP, thanked the staff for caring for his father.\n"
     "Peggy Doyle, 98, has lived at the home since 2020. Her children, Declan and Aine, visit every week.\n"
     f"Declan said his mother had been a teacher. {L}She taught half the town to read,{R} Declan said.\n",
     ["Declan Doyle"]),
    ("given names after 'She has two sons' take the mother's family name",
     "Efua Quaye-Mensah runs a chop bar in Takoradi. She has two sons, Kojo and Yaw, who cook with her.\n"
     f"Kojo said the queue started at six. {L}We sell out of waakye by nine,{R} Kojo said.\n",
     ["Kojo Quaye-Mensah"]),
    ("a relative joined by 'and' after another's description takes the family name",
     "At 94, Pandit Vasant Patil still plays the veena every morning.\n"
     "His son Milind, a sitar teacher, and grandson Rohan, 19, learn from him.\n"
     f"{L}Ajja corrected my fingering only last month,{R} Rohan said.\n",
     ["Rohan Patil"]),
    ("a relative written with no possessive ('after wife Carla') is of the one named before in the sentence",
     "Soap star\u2019s marriage over\n\nSoap star Jonno Pike is said to be devastated after wife Carla moved out of their "
     "Cheshire home.\n"
     "Carla was seen leaving a gym yesterday. Asked about it, Carla replied: \u2018No comment.\u2019\n",
     ["Carla Pike"]),
    ("'whose husband Seamus' is of the one the clause describes",
     "The fishing families of Kilmore Quay met on Tuesday. One of them, Bridget Kehoe, whose husband Seamus has fished "
     "out of the harbour for 30 years, said prices had never been lower.\n"
     f"{L}We have never seen it like this,{R} Seamus said.\n",
     ["Seamus Kehoe"]),
    ("'the deceased's sister' is of the one the inquest is about",
     "Cyclist Martin Cole, 52, was struck by a van on the A38 near Taunton in March. An inquest opened on Monday.\n"
     f"The deceased\u2019s sister, Claire, told the hearing he had held the family together. {L}He rang our mother "
     f"every single day,{R} Claire said.\n",
     ["Claire Cole"]),
    ("a relative of someone never named keeps the one name the story gives ('The trader's brother, Bwambale,')",
     "Dr Moses Baluku, the district health officer, said the quarantine would last 21 days.\n"
     "A trader from Kasese has been held at the border post since Friday.\n"
     f"The trader\u2019s brother, Bwambale, said the family could not visit. {L}We only want to know he is eating,{R} he "
     "said.\n",
     ["Bwambale"]),
    ("a relative's word opening the sentence is no word of the name ('Grandson Huw added')",
     "Alun Rees, 70, farms at Cwm Isaf with his grandson Huw, 19.\n"
     f"Grandson Huw added: {L}We lamb four hundred ewes.{R}\n",
     ["Huw Rees"]),
    ("'Mrs' is the 'daughter-in-law' named by her given name between commas, not a man of no known gender",
     "Iorwerth Parry, 78, started Penlan farm in 1969. His son, Dylan, and daughter-in-law, Eleri, run it today.\n"
     f"{L}I filled the forms in at midnight,{R} Mrs Parry said.\n",
     ["Eleri Parry"]),
    ("a relative of 'the deceased\u2019s', which the parser reads as no owner, takes the family name",
     "A trader, one Sani Bello, 52, died in the fire at Kurmi market on Monday.\n"
     f"The deceased\u2019s wife, Amina, wept at the scene. {L}Who will feed us now?{R} she said.\n",
     ["Amina Bello"]),
    ("a relative joined by 'and' to another ('her son Cian and daughter Orla') takes the family name",
     "Maura Flynn, 102, is the oldest woman in Sligo. Her son Cian and daughter Orla live nearby.\n"
     f"Orla said her mother still read the paper. {L}She does the crossword before breakfast,{R} Orla said.\n",
     ["Orla Flynn"]),
    ("a relative's given name in parts joined by a hyphen takes the family name, and so does its later mention",
     "Lars Holmqvist has fished out of Grebbestad for fifty years.\n"
     f"His daughter, Anna-Karin, 33, skippers the second boat. {L}The quota is the whole business,{R} she said.\n"
     f"{L}We cannot plan a season like this,{R} Anna-Karin added.\n",
     ["Anna-Karin Holmqvist", "Anna-Karin Holmqvist"]),
    ("a relative's given name after a comma whose closing comma the writer left out ('His son, Oisín is')",
     "Declan Furlong milks 120 cows near Bunclody.\n"
     f"His son, Ruairí is calmer about the weather. {L}We'll get through it,{R} Ruairí said.\n",
     ["Ruairí Furlong"]),
]

ROLES = [
    ("'the DOH chief' is the person heading the department its initials spell",
     "The Department of Health (DOH) ordered an audit of public hospitals.\n"
     "Health Secretary Amado Reyes-Luna said the audit would start on Monday.\n"
     f"{L}Nobody will be protected,{R} the DOH chief said.\n",
     ["Amado Reyes-Luna"]),
    ("'the chief' is a traditional chief, not a chief executive named later",
     "The chief of Asafo, Nana Kwame Ofori III, has closed the beach after a drowning.\n"
     "Adjoa Mensah-Bonsu, the chief executive of the Coastal Safety Board, welcomed the decision.\n"
     f"{L}Nobody swims until the flags are up,{R} the chief said.\n",
     ["Kwame Ofori III"]),
    ("an office named before its holder is the person named next",
     "The Minister for Fisheries and Aquaculture has opened a new landing site at Elmina.\n"
     "Mrs Akua Sarpong-Addo was speaking to fishermen on Saturday.\n"
     f"{L}This site will cut the losses after every catch,{R} the Minister said.\n",
     ["Akua Sarpong-Addo"]),
    ("an office of several fields before the name and a comma describes the person",
     "Families evicted from Nakawa will be paid, the Minister of Works, Housing and Transport, Grace Nalule Kato, has said.\n"
     f"{L}The money is in this year's budget,{R} the Minister said.\n",
     ["Grace Nalule Kato"]),
    ("'the Commissioner of Police' is an office, not a body, and the officer named before it speaks on",
     "A welder, one Musa Ibrahim, 45, was killed on Tuesday.\n"
     "The state Police Public Relations Officer, SP Olumide Adewale, in a statement on Wednesday, said the Commissioner "
     "of Police, CP Abiodun Ajayi-Bello, had visited the scene.\n"
     f"{L}The CP has assured the public that the driver will be arrested,{R} he said.\n",
     ["Olumide Adewale"]),
    ("'the member for' a seat is the person named after the seat, the parser's 'for' hung on the verb",
     f"{L}Will the minister meet me?{R} asked the member for Ashby North, Karen Whitlow.\n",
     ["Karen Whitlow"]),
    ("an age written 'aged 46' after the name is the 46-year-old",
     "Declan Furlong, aged 46, has managed Ardee Celtic since 2019. Striker Tom Ruane, 22, scored twice.\n"
     f"{L}We rode our luck,{R} said the 46-year-old.\n",
     ["Declan Furlong"]),
]

COMPANIES = [
    ("a company the tagger put in no entity is found by its suffix with a full stop, and 'the Saskatoon-based company' is it",
     "Potash mine to idle\n\nSASKATOON \u2014 Northern Prairie Potash Corp. will shut its Burr Creek mine near Lanigan "
     "for 12 weeks starting in August, affecting about 340 workers, the company said Monday.\n\nIn a statement, the "
     f"Saskatoon-based company said the shutdown answered {L}softer-than-expected demand{R} overseas.",
     ["Northern Prairie Potash Corp."]),
    ("'the company' right after another business spoke in its paragraph is that business, not the one named more often",
     "Exporters hit\n\nTagum Highland Fruits Corp. (THFC) said exports fell. "
     f"{L}We lost two ships,{R} the company said.\n\nNorthern Prairie Potash Corp. said the mine would open on time. "
     f"{L}We are ready,{R} the company said.",
     ["Tagum Highland Fruits Corp.", "Northern Prairie Potash Corp."]),
    ("a place and a body's initials the tagger took for a person's name ('Wexford GAA') is the body 'it' means",
     "Wexford win the Leinster title\n\n"
     f"Wexford GAA said on social media that the team would return on Monday evening. {L}Bring the flags, bring the "
     f"noise,{R} it said.\n",
     ["Wexford GAA"]),
    ("a business's name with 'and' after a noun for a business is whole",
     f"The MV Islay Lass needs {L}urgent repairs{R}, operator Clyde and Kintyre Ferries said.\n",
     ["Clyde and Kintyre Ferries"]),
    ("'the firm' is no make named before a noun for its products, with no number before it",
     "Hearthwell Appliances has recalled its AirCrisp Twin air fryers after reports that some overheated.\n"
     "The AirCrisp Twin was sold by supermarkets. Owners of the AirCrisp Twin should unplug it, regulators said.\n"
     f"{L}We have identified a fault in a small number of units,{R} the firm said.\n",
     ["Hearthwell Appliances"]),
    ("a body's name the tagger cut after 'and' runs on",
     "Scottish Ferries and Harbours, which runs the Oban terminal, said repairs would take a week.\n"
     f"{L}We apologise to passengers,{R} Scottish Ferries and Harbours said.\n",
     ["Scottish Ferries and Harbours"]),
    ("'the firm' is the maker, not the make of its products",
     "Home appliance maker Brightnest Home has recalled 40,000 CrispAir Duo air fryers after reports of overheating.\n"
     f"The CrispAir Duo went on sale in March.\n{L}We have found a fault in some units,{R} the firm said.\n",
     ["Brightnest Home"]),
    ("'the company' is no campaign group, however often the story names it",
     "Eleven arrested at gas terminal protest\n\n"
     "Protesters from the climate group Green Tide Action blocked the road to the St Fergus gas terminal, which is run "
     "by Halvard Energy, on Tuesday.\n"
     f"Green Tide Action said the terminal\u2019s expansion would {L}lock in emissions for decades{R}. Green Tide Action "
     "has staged four protests this year, and Green Tide Action supporters have twice glued themselves to the gates.\n"
     "Police Scotland said eleven people had been arrested.\n"
     f"{L}Safety is our absolute priority. We respect people\u2019s right to protest peacefully,{R} a spokesman for the "
     "company said.\n",
     ["Green Tide Action", "Halvard Energy spokesperson"]),
    ("a subject of two roles joined by 'and' after a company's name is the name after them",
     "Agritech firm Veridane has launched a soil sensor.\n"
     f"{L}Farmers need cheap sensors,{R} Veridane President and CEO Marcus Ellery-Tan said in a statement.\n",
     ["Marcus Ellery-Tan"]),
    ("'Ma.' is a word of a Philippine given name, and a hyphenated surname stays whole",
     "Agriculture Secretary Ma. Lourdes Santos-Villareal ordered an inquiry on Tuesday.\n"
     f"{L}We are not hiding anything,{R} Santos-Villareal said.\n",
     ["Ma. Lourdes Santos-Villareal"]),
]


@pytest.mark.parametrize("text,names", [c[1:] for c in FAMILIES + ROLES + COMPANIES],
                         ids=[c[0] for c in FAMILIES + ROLES + COMPANIES])
def test_speaker_named_from_what_the_article_said_before(nlp, text, names):
    from quotes.extract import extract_quotes

    assert [q.speaker_name for q in extract_quotes(text, nlp=nlp)] == names


def test_a_roman_numeral_after_a_name_is_no_bodys_initials(nlp):
    from quotes.extract import extract_quotes

    text = ("Kwaku Boateng III, the chief executive, said the bank would expand.\n"
            f"{L}We are opening six branches,{R} Boateng said.\n")
    (quote,) = extract_quotes(text, nlp=nlp)
    assert quote.speaker_kind == "person" and quote.speaker_name.startswith("Kwaku Boateng")
