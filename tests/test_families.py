"""People who share a surname, relatives named by relation or given name, surnames with particles, and the
person a question is put to: each case on sentences written for the test (book_families.py, book_questions.py)."""
from __future__ import annotations

import pytest

from quotes.extract.book_families import family_name

L, R = "\u201c", "\u201d"

CASES = [
    ("a wife named between commas before 'and two of their children' takes the family surname",
     "Chips\n\nGeoff Pennock is cutting haddock.\n\nGeoff, 61, runs the shop with his wife, Lorraine, and two of their "
     f"three children.\n\n{L}I came for one summer. That was thirty-nine summers ago,{R} Lorraine says.\n",
     ["Lorraine Pennock"]),
    ("a given name before 'and' takes the couple's surname",
     f"Iwan and Carys Vaughan keep bees above Llandeilo.\n{L}We started with one hive in 2009,{R} Iwan said.\n",
     ["Iwan Vaughan"]),
    ("a surname after a title before 'and' is no given name of a couple",
     "Mr. Okafor and Grace Mensah met in Accra on Monday.\n"
     f"{L}We agreed on the timetable,{R} Mr. Okafor said.\n",
     ["Okafor"]),
    ("'her husband' is the partner the article named with her",
     "Iwan and Carys Vaughan keep bees above Llandeilo with their son, Gethin.\n"
     f"Mrs Vaughan said the honey sold out in a week. {L}People queued at the gate,{R} she said.\n"
     f"Her husband was less pleased. {L}We kept nothing back for the winter,{R} he said.\n",
     ["Carys Vaughan", "Iwan Vaughan"]),
    ("'his mother' is the mother of the son just quoted",
     "Alun and Sarah Pryce keep 300 hives above Llandeilo with their son, Gethin, and two dogs.\n"
     f"Gethin Pryce, 24, said the bees had been calmer this year. {L}They hardly stung me at all,{R} he said.\n"
     f"His mother said the hives would double next year. {L}We have ordered twelve more,{R} she said.\n",
     ["Gethin Pryce", "Sarah Pryce"]),
    ("'the elder Mr' is the father of the family",
     "Alun and Sarah Pryce keep 300 hives above Llandeilo with their son, Gethin, and two dogs. Alun\u2019s father, "
     f"Huw, is 90.\nGethin Pryce said the hives were his idea. {L}Dad took some persuading,{R} he said.\n"
     f"The elder Mr Pryce, who kept bees in the 1950s, was unimpressed. {L}We never needed a manual,{R} he said.\n",
     ["Gethin Pryce", "Huw Pryce"]),
    ("'the younger' of two brothers is the one of the lower age",
     "Mayo beat Galway by three points.\nCaptain Conor Loftus, 29, kicked six points, while his brother Eoin, 22, "
     f"scored the goal.\n{L}We had that one in our heads all winter,{R} Conor Loftus said.\n"
     f"The younger Loftus, playing his third game, said he had just hit it. {L}I was glad that went in,{R} he grinned.\n",
     ["Conor Loftus", "Eoin Loftus"]),
    ("'the elder' and 'the younger' of a family whose surname comes first, the daughter named in full",
     "Tea grower Lin Cheng-tsung, 66, walked the terraces with his daughter, Lin Pei-shan.\n"
     f"{L}I have never heard hail like that,{R} the elder Lin said.\n"
     f"{L}Now I have to call every buyer,{R} the younger Lin said.\n",
     ["Lin Cheng-tsung", "Lin Pei-shan"]),
    ("'His son' opening a sentence about him is the son named in full before",
     "Fruit farmer Chen Wen-hsiung stood among the broken branches with his son, Chen Yi-chieh.\n"
     f"{L}I have never seen the wind take a whole row,{R} the elder Chen said.\n"
     "His son, who returned from Taipei two years ago, said half the crop was lost. "
     f"{L}There were not enough hands,{R} he said.\n",
     ["Chen Wen-hsiung", "Chen Yi-chieh"]),
    ("'the older' of two brothers whose surname comes first is the one of the higher age",
     "Busan beat Daegu after their goalkeeper, Park Ji-hoon, 33, saved two penalties.\n"
     "His brother, Park Ji-won, 28, had scored the goal.\n"
     f"{L}I told him I would take care of it,{R} the older Park said.\n",
     ["Park Ji-hoon"]),
    ("'the elder' of two sisters is the one of the higher age, named second",
     "Niamh Brennan, 35, bakes the bread.\nHer sister Aoife, 41, opened the shop in 2010.\n"
     f"{L}We fight every morning,{R} the elder Brennan said.\n",
     ["Aoife Brennan"]),
    ("'their daughter' named by given name is the 'she' of her sentence",
     "Kofi Mensah-Bonsu came to Croydon in 1971. His wife, Adwoa, whom he met at church, ran a market stall.\n"
     f"{L}We sold yams to half of south London,{R} she says.\n"
     f"Their daughter, Esi, now a pharmacist in Sutton, remembers the Saturdays. {L}I counted the change from the age of six,{R} she says.\n",
     ["Adwoa Mensah-Bonsu", "Esi Mensah-Bonsu"]),
    ("a parent named by given name after the child's possessive takes the child's surname",
     "Chloe Ashworth, 22, was hurt when a scaffold fell in Bolton.\n"
     "Chloe\u2019s mum Lorraine, 49, who drove her to hospital, wrote on Facebook: \u2018She is lucky to be alive.\u2019\n",
     ["Lorraine Ashworth"]),
    ("a relative takes the family name of the person the obituary is about, never a car's make",
     "Eileen Corcoran, who kept the shop at Inchigeelagh for fifty years, has died aged 90.\n"
     "Born near Bantry, she was one of eleven children.\nShe married in 1956 and moved to the village soon after.\n"
     "Every Friday she drove a rusty grey Austin Cambridge to the mart with eggs.\n"
     f"Her son, Donal, said she never missed a Friday. {L}Snow or no snow, she went,{R} he said.\n",
     ["Donal Corcoran"]),
    ("a relative after a surname's curly possessive apostrophe takes that surname",
     "Bronwen Mathias, 41, died at Tregarn General Hospital in March.\n"
     f"Mrs Mathias\u2019 husband, Owain, said outside the hearing that they had been {L}ignored{R}.\n"
     f"{L}Nobody listened to her,{R} he said.\n",
     ["Owain Mathias", "Owain Mathias"]),
    ("a saint's name in a hospice's name is no relative's family name",
     "Morag Lennie, who ran the post office at Kilbride for 40 years, has died aged 89.\n"
     "Mrs Lennie died at St Ninian\u2019s Hospice in Oban on Tuesday after a short illness.\n"
     f"Her daughter, Fiona, said her mother had known {L}every family in the glen by name{R}.\n",
     ["Fiona Lennie"]),
    ("a birth name ('Born Nora Keegan') is no family name of her children",
     "Nora Halloran, the district nurse who cycled the Beara roads for 40 years, has died aged 95.\n"
     "Born Nora Keegan in Castletownbere in 1930, she trained in Cork before coming home in 1954.\n"
     f"Her son, Finbarr, said she never once took a sick day. {L}She would go out in any weather,{R} he said.\n",
     ["Finbarr Halloran"]),
    ("a surname alone is the sister the tagger missed after a byline, not her brother named later in full",
     "Ward-Lowe holds nerve to win Northern Open at Kingsbarrow\n\nDebut title for 23-year-old after playoff\n\n"
     "By Kate Lister, Golf Correspondent\n\n"
     "Naomi Ward-Lowe had never led a professional event going into the final round.\n\n"
     f"{L}I still can\u2019t quite believe it,{R} Ward-Lowe said, holding the trophy.\n\n"
     "Ward-Lowe\u2019s caddie, her brother Simon, kept her calm. "
     f"{L}We talked about cricket all the way round,{R} Simon Ward-Lowe said.\n",
     ["Naomi Ward-Lowe", "Simon Ward-Lowe"]),
    ("a surname of particles joins the given name before it, after a place",
     "Fianna F\u00e1il TD for Cork South Aoife N\u00ed Mhurch\u00fa said the clinic had closed twice. "
     f"{L}Patients were sent home in the rain,{R} she said.\n",
     ["Aoife N\u00ed Mhurch\u00fa"]),
    ("a party before a role noun is no person",
     "The minister, Owain Tudur, defended the plan.\n"
     "He was questioned by Dr Gwenllian Price-Rowlands, the Plaid Cymru member for Dwyfor Uchaf. "
     f"{L}Who will drive the children to school?{R} she asked.\n",
     ["Gwenllian Price-Rowlands"]),
    ("the person a question is put to answers it",
     "Harbour master Grace Okafor met reporters on Friday.\n"
     f"{L}Ms. Okafor, the pier failed its inspection twice. Why was it open?{R} asked Sam Reilly of WXPT.\n"
     f"She took a moment. {L}Because the second inspection was passed in March,{R} she said.\n",
     ["Sam Reilly", "Grace Okafor"]),
    ("a widow's given name with a nickname in quotation marks after it takes the family's surname",
     "Alf Penrose ran the harbour ferry for 40 years. He died last spring.\n"
     "Now his widow, Doreen \u2013 \u201cDodie\u201d to everyone on the quay \u2013 has raised money for a new boat. "
     f"{L}He would have hated the fuss,{R} she says.\n",
     ["Doreen Penrose"]),
    ("'their son' after paragraphs of quotations only is the son of the couple named before them",
     "Alf Penrose ran the harbour ferry for 40 years. He died last spring. His widow, Doreen, still lives above the "
     f"slipway.\n{L}He went out in every weather,{R} she says.\n{L}I never asked him not to.\n"
     f"{L}He would come home and say nothing at all.{R}\nTheir son, Nick, 41, now runs the ferry. {L}Dad never "
     f"talked about the bad days,{R} he says.\n",
     ["Doreen Penrose", "Doreen Penrose", "Nick Penrose"]),
    ("'Mr Brown senior' and 'Mr Brown junior' are the father and the son, never 'senior' nor 'junior'",
     "Joe Brown, 74, opened the bakery on Mill Street in 1972. His son Mark now runs it.\n"
     f"{L}The oven is older than I am,{R} Mr Brown senior said.\n{L}He still comes in at five,{R} Mr Brown junior said.\n",
     ["Joe Brown", "Mark Brown"]),
    ("'senior' before a noun after a surname is a grade, no generation",
     "Joe Brown, 74, opened the bakery in 1972.\n"
     f"{L}The oven is older than I am,{R} Brown, senior partner at the firm, said.\n",
     ["Joe Brown"]),
    ("a couple sharing a surname, the wife's given name typed a place, gives her the surname",
     "For Shona and Gary Baird, of Paisley, the exercise found 212 pounds a month. That was not wasted on Mrs "
     f"Baird. {L}It paid for the school trip,{R} she said.",
     ["Shona Baird"]),
    ("a son named by the given name after a possessor written by a surname three people share takes that surname",
     "Mrs Wanjiru Kamau has farmed the plot since 1998. Her late husband, Mr Peter Kamau, died in 2021, and his "
     "brother, Mr Samuel Kamau, now claims it.\n\nMrs Kamau's son, Brian, 27, says the family is divided.\n\n"
     f"{L}We only want what my father left us,{R} Brian said.\n",
     ["Brian Kamau"]),
]


@pytest.mark.parametrize("text,names", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_family_and_particle_speakers(speakers, text, names):
    assert speakers(text) == names


@pytest.mark.parametrize("name,family", [
    ("Bethan Llewellyn", "Llewellyn"),
    ("Pieter van der Merwe", "van der Merwe"),
    ("Gr\u00e1inne Nic Dhonnchadha", "Nic Dhonnchadha"),
    ("Kwabena Owusu-Boateng", "Owusu-Boateng"),
    ("Mary Ann Dobbs", "Dobbs"),
])
def test_family_name_keeps_particles(name, family):
    assert family_name(name) == family


def test_a_name_written_with_an_age_is_a_persons_and_her_children_take_her_married_name(speakers):
    """The tagger types "Carmel Power" a body; "Carmel Power, 88," shows a person, whom "Born Carmel Kavanagh" and
    "Her daughter Nuala" then follow; "OBITUARY:" labels the page's section and says nothing."""
    text = ("OBITUARY: Carmel Power, 88, \u2018the heart of the cove\u2019\n\n"
            "TREPASSEY \u2014 Carmel Power, who sang at every wake in the parish for sixty years, died on Oct. 28. "
            "She was 88.\n\nBorn Carmel Kavanagh in St. Shotts in 1936, she married fisherman Ambrose Power in 1958 "
            "and raised five children in a house above the wharf.\n\nHer daughter Nuala said the kettle was never off.\n\n"
            f"{L}Mom fed whoever came through the door,{R} Nuala said.\n\nPower taught Sunday school for forty years. "
            f"{L}I only ever wanted to be useful,{R} she told this newspaper in 2009.\n")
    assert speakers(text) == ["Carmel Power", "Nuala Power", "Carmel Power"]


def test_an_obituarys_relatives_are_the_dead_mans_when_the_lede_describes_him_and_the_next_paragraph_names_him(speakers):
    """"His granddaughter, Catrin," after an organist is quoted is the granddaughter of the one whose death the lede
    told by a description, the subject opening the next paragraph."""
    text = ("Tributes to village postmaster\n\nTributes have been paid to a retired postmaster known across the valley as "
            f"{L}Mr Penmachno{R}, who has died aged 88.\n\nEmlyn Hughes Roberts ran the village post office for 41 years.\n\n"
            f"The chapel organist, Dafydd Lloyd, said he had been {L}the kindest man in the parish{R}.\n\n"
            "His granddaughter, Catrin, 15, will read a poem at the service.\n\n"
            f"{L}Taid taught me every hymn I know,{R} Catrin said.\n")
    assert speakers(text, saying="hymn") == ["Catrin Roberts"]


def test_he_of_a_clause_the_speaker_reports_tells_nothing_of_the_speakers_sex(speakers):
    """"Justice Fortunate Sibanda said … that he had been “…”": that "he" is the accused; "She said" next is the judge,
    whose given name tells no sex."""
    text = ("Bulawayo trader guilty of killing guard\n\nBULAWAYO \u2013 The High Court yesterday convicted a Bulawayo "
            "trader of culpable homicide.\n\nJustice Fortunate Sibanda said the State had failed to prove that "
            f"Kudakwashe Moyo, 51, meant to kill the guard, but that he had been {L}reckless beyond words.{R}\n\n"
            f"She said Moyo had {L}made himself judge and jury.{R}\n")
    assert speakers(text) == ["Fortunate Sibanda", "Fortunate Sibanda"]


def test_one_who_speaks_of_a_death_opening_the_next_paragraph_is_not_the_dead(speakers):
    text = ("Fisherman dies after fall from trawler\n\nTributes have been paid to a fisherman who died after falling from "
            f"a trawler off Newlyn on Sunday.\n\nHarbourmaster Peter Hosking said the port was {L}in shock{R}.\n\n"
            "The trawler\u2019s skipper, John Pascoe, said the crew had tried to save him. His son, Liam, who was also on "
            f"board, said: {L}We did everything we could.{R}\n")
    assert speakers(text) == ["Peter Hosking", "Liam Pascoe"]


def test_a_surname_shared_by_a_couple_is_the_one_whose_sex_the_cue_tells(speakers):
    text = ("Driver jailed for killing teenager\n\nA drink-driver who killed a 16-year-old girl was jailed on Friday.\n\n"
            "Her parents, Desmond and Aileen Corrigan, sat in the front row of the gallery.\n\n"
            f"Aileen Corrigan read a statement to the court. {L}Every morning I still set out two bowls,{R} she wrote.\n\n"
            f"{L}I do not hate him,{R} Corrigan said, his voice breaking.\n")
    assert speakers(text) == ["Aileen Corrigan", "Desmond Corrigan"]


def test_her_after_an_unnamed_woman_spoke_is_hers_not_an_officer_named_before(speakers):
    text = ("Backpackers found safe\n\nTwo French backpackers stranded near Tennant Creek have been found safe, police said.\n\n"
            "Senior Sergeant Kate Mulvaney said the pair, a 25-year-old man and a 23-year-old woman, had "
            f"{L}done everything right{R} by staying with their van.\n\n"
            f"Station manager Russell Doyle said the track was {L}a death trap{R} in January.\n\n"
            f"Speaking outside the hospital, the 23-year-old said she would {L}never trust a map pin again{R}.\n\n"
            f"Her mother, Elodie, said from Lyon she had {L}not slept for two days{R}.\n")
    names = speakers(text)
    assert names[0] == "Kate Mulvaney" and names[-1] == "Elodie"


def test_her_father_between_is_no_unnamed_one_his_son_could_be_of(speakers):
    text = ("Voice of cricket dies at 86\n\nEdmund Perera Jayasuriya, whose radio commentaries made him a household name, "
            "died on Tuesday. He was 86.\n\nBorn in Panadura, the son of a schoolmaster, he joined Radio Ceylon in 1959.\n\n"
            "His daughter, Nirmala, a retired paediatrician, said her father had rehearsed his commentaries in the "
            f"bathroom mirror.\n\n{L}Cricket was his whole life, after the family,{R} she said.\n\n"
            "His son, Rohan, who lives in Melbourne, remembered the morning Sri Lanka won the World Cup.\n\n"
            f"{L}He stood up and sang the national anthem in his sarong,{R} Rohan said.\n")
    assert speakers(text) == ["Nirmala Jayasuriya", "Rohan Jayasuriya"]


def test_the_family_between_is_no_unnamed_one(speakers):
    text = ("Choir conductor dies\n\nTributes have been paid to Idwal Pugh, the conductor of the Bethesda choir, who has "
            "died aged 84.\n\nMr Pugh led the choir for 31 years.\n\nHe died peacefully at home on Sunday.\n\n"
            f"In a statement, the family said: {L}Dad lived for music.{R}\n\n"
            f"His daughter, Non, said her father had {L}a temper like a summer storm{R}.\n")
    assert speakers(text, saying="storm") == ["Non Pugh"]


def test_a_relatives_hong_kong_given_name_follows_the_family_name_and_she_is_hers(speakers):
    text = ("Fisherman mourned\n\n"
            "Lam Kwok-wah, 78, who fished out of Aberdeen harbour for sixty years, died on Sunday.\n\n"
            "His daughter, Wai-man, said he had gone out every morning until he was 75.\n\n"
            f"{L}He loved the sea more than anything,{R} she said.\n\n"
            "His grandson, Ka-chun, 19, helped on the boat every summer.\n\n"
            f"{L}He taught me every knot,{R} Ka-chun said.\n")
    assert speakers(text) == ["Lam Wai-man", "Lam Ka-chun"]


def test_a_hong_kong_name_whose_last_syllable_the_parser_takes_for_a_noun_is_the_one_she_means(speakers):
    text = ("Drugs seized\n\n"
            "Superintendent Cheung Wing-sze of the Narcotics Bureau said the haul was the largest this year.\n\n"
            f"{L}This is a significant seizure,{R} she said.\n\n"
            f"{L}We will keep going,{R} Ms Cheung said.\n")
    assert speakers(text) == ["Cheung Wing-sze", "Cheung Wing-sze"]


def test_a_family_name_written_first_finds_the_elder_not_a_grandson_named_by_given_name(speakers):
    text = ("Typhoon damage\n\n"
            "Fisherman Tam Kwok-wah, 74, lost the sampan he had worked from since 1978.\n\n"
            f"{L}When the eight goes up, you go home,{R} Mr Tam said.\n\n"
            f"His grandson, Ka-chun, 19, has promised to help him rebuild. {L}He taught me every knot,{R} Ka-chun said.\n")
    assert speakers(text) == ["Tam Kwok-wah", "Tam Ka-chun"]
