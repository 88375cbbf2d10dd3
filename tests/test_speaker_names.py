"""Canonical speakers a reader believes: each case on sentences written for the test."""
from __future__ import annotations

import pytest

from quotes.extract.bodies import canonical_body

CASES = [
    ("a body's name, a role and a person's name: the person, not the body the parser made the head",
     "Dock Workers Union of Kenya secretary-general Simon Kioko Mwanzia said the unions were \u201cthe most united "
     "in our history\u201d.",
     "Simon Kioko Mwanzia", "person"),
    ("body names stay as written",
     "Flood defences were raised overnight.\n\"We expect the river to peak on Friday,\" The Environment Agency said.",
     "Environment Agency", "organization"),
    ("an inverted title gives the name",
     "\"The bridge will reopen in spring,\" said Councillor James Abbott, leader of City of York Council.",
     "James Abbott", "person"),
    ("a surname joins the full name the tagger took for a body",
     "The plan was drawn up by Angus MacRae, who farms near the loch.\n\"It will not work,\" MacRae said.",
     "Angus MacRae", "person"),
    ("a spokesperson of a named body",
     "Trains were cancelled.\nA Department for Transport spokesperson said: \"We are working with the operator.\"",
     "Department for Transport spokesperson", "person"),
    ("a spokesperson for the body the story is about",
     "Nurses walked out at Caldmoor General Hospital on Monday.\n"
     "\"Patient safety remains our priority,\" a spokesperson for the hospital said.",
     "Caldmoor General Hospital spokesperson", "person"),
    ("the judge is the judge the article named",
     "Judge Helen Carr heard the case in Leeds.\n\"This was a cruel and calculated fraud,\" the judge said.",
     "Helen Carr", "person"),
    ("an age joins the person of that age",
     "Lucien Boudreau, 66, has fished the bay for forty years.\n\"The quotas will finish us,\" the 66-year-old said.",
     "Lucien Boudreau", "person"),
    ("a role given after the name",
     "Wanderers lost again. Martin Ives, the Wanderers coach, was blunt.\n\"We were not good enough,\" the coach said.",
     "Martin Ives", "person"),
    ("a hyphenated surname is one name",
     "Festival director Rhys Morgan-Evans opened the gates.\n\"We have never sold more tickets,\" Morgan-Evans said.",
     "Rhys Morgan-Evans", "person"),
    ("a pronoun after paraphrase goes to the person the paragraph is about",
     "Councillor Peter Duffy and James Abbott clashed over the budget. Abbott said the council had cut maintenance.\n"
     "Duffy rejected that. \"Maintenance spending has risen every year,\" he said.",
     "Peter Duffy", "person"),
    ("she is the daughter the sentence is about, not her mother",
     "Eilidh MacRae runs the shop with her mother, Fiona Grant.\n\"We never close before six,\" she laughed.",
     "Eilidh MacRae", "person"),
    ("a report speaks for whoever it is by",
     "\"Too few children eat a hot meal at school,\" a June 2019 report by the Lunchbox Alliance found.",
     "Lunchbox Alliance", "organization"),
    ("a statement a club's name comes before speaks for the club, not for the body named before it",
     "A striker left the club on Friday. Derbyshire Constabulary said a fan had been arrested.\n\n"
     "A Port Vale Wanderers statement said: \u201cThe club thanks Luca for his service.\u201d",
     "Port Vale Wanderers", "organization"),
    ("a court document speaks for whoever filed it",
     "\u201cThe evidence cannot support a prosecution,\u201d according to a court document filed by state attorney Miriam Okafor.",
     "Miriam Okafor", "person"),
    ("a headline's extra words do not make a new name",
     "Black Lawmakers Rip Donald Trump Over Remarks\nDonald Trump spoke in Ohio on Monday.\n"
     "\"We will win so much,\" Trump said.",
     "Donald Trump", "person"),
    ("a name written family name first is not cut to its given names written alone later",
     "Winger Lim Zhi Hao, 19, headed the winner on his debut.\n"
     "\u201cI just closed my eyes and jumped,\u201d said the teenager.\n"
     "Coach Ahmad Nordin said Zhi Hao had been brave all season.",
     "Lim Zhi Hao", "person"),
    ("a woman named family name first keeps her family name beside her father's",
     "Mr Tan Hock Seng, 80, died at home.\nMr Tan's daughter, Ms Tan Li Ping, said he was \u201cstubborn to the end\u201d.\n"
     "Li Ping told reporters she would keep his shop open.",
     "Tan Li Ping", "person"),
    ("a ministry's second portfolio the tagger typed a body of its own, opening with a given name",
     "The Ministry of Fisheries and Marine Resources said in a statement it \u201ccommends the communities\u201d.",
     "Ministry of Fisheries and Marine Resources", "organization"),
    ("an epithet is not part of the name",
     "Crooked Hillary Clinton is a disaster, the candidate wrote.\nHillary Clinton answered on Tuesday.\n"
     "\"I will not be distracted,\" Clinton said.",
     "Hillary Clinton", "person"),
    ("a first name alone joins the one full name it begins, tagged or not",
     "Bridget Considine opened the cafe in 1998.\n\"We never closed a day,\" Bridget said.",
     "Bridget Considine", "person"),
    ("she skips the newest person when his given name is a man's",
     "Linda Marsh said the council ignored warnings. Her son, Trevor, was at home when the water rose.\n"
     "\"We lost everything downstairs,\" she said.",
     "Linda Marsh", "person"),
    ("he skips a woman named after him in the same sentence",
     "Mayor Robert Okafor defended the plan, which Councilmember Denise Alvarez called reckless.\n"
     "\"Every line adds up,\" he said.",
     "Robert Okafor", "person"),
    ("she skips a place the tagger took for a person",
     "Yaw Boateng opened his shop in Moss Side in 1994. His wife, Abena, keeps the books.\n"
     "Moss Side was a rougher place then. \"People said we would not last a year,\" she said.",
     "Abena Boateng", "person"),
    ("he skips a noun opening a sentence that the tagger took for a person",
     "Church turns 150\n\nThe Rev. Dr. Alvin T. Grayson has led the church since 1998.\n\n"
     "Grayson, 71, said the next chapter is about young people. Attendance has dropped, he said, but a youth "
     "program now draws 40 children.\n\n\u201cWe have to live for the 2030s,\u201d he said.",
     "Alvin T. Grayson", "person"),
    ("a street is no one",
     "Cllr Dewi Roberts said repairs would start this week. Aberteifi Road was still closed on Sunday.\n"
     "\"We will have the promenade open by Friday,\" he said.",
     "Dewi Roberts", "person"),
    ("Mrs is never the husband, and a wife named with her age is of his family",
     "Douglas Ashworth, 74, and his wife Maureen, 70, paid the firm in 2024.\n"
     "\"We thought we were being careful,\" Mrs Ashworth told the court.",
     "Maureen Ashworth", "person"),
    ("Ms is the woman known to be one before a namesake whose given name tells nothing",
     "The study was led by Nancy Foner of Hunter College.\n"
     "Her co-author, Dr. Ashby Foner, reached the same conclusion.\n"
     "\"Muslims feel they have a secondary status,\" Ms. Foner said.",
     "Nancy Foner", "person"),
    ("a position before a name with a quoted nickname is no part of the name",
     "Quarterback Marcus \"Smooth\" Whitley threw for 312 yards.\n\"We just kept believing,\" Whitley said.",
     "Marcus Whitley", "person"),
    ("'Cde' (comrade) before a Zimbabwean minister's name is no part of it",
     "Lands minister Cde Farai Mutasa toured the dam.\n\"This dam will irrigate 3,000 hectares,\" said Cde Mutasa.",
     "Farai Mutasa", "person"),
    ("an opening participle is no speaker: the judge in apposition is",
     "Colin Varley admitted fraud.\nSentencing, the Recorder of Leeds, Judge Alan Hirst, said: \"You laughed at them.\"",
     "Alan Hirst", "person"),
    ("the object of an opening participle, parsed as a second subject, is no speaker: the officer named after it is",
     "Hostages freed\n\nBriefing journalists at the command headquarters in Bompai, the Police Public Relations "
     "Officer, SP Abdullahi Haruna Kiyawa, said the rescue followed a \"48-hour confrontation\" with the kidnappers.",
     "Abdullahi Haruna Kiyawa", "person"),
    ("Recorder is a title",
     "The driver was jailed in June.\nJailing him, Recorder Paul Dent told him: \"You did not look for long enough.\"",
     "Paul Dent", "person"),
    ("a spokesperson of a body named by its acronym",
     "The Food Standards Agency (FSA) warned shoppers on Monday.\n"
     "\"Consumers should not eat these pies,\" an FSA spokesperson said.",
     "Food Standards Agency spokesperson", "person"),
    ("a spokesperson for a body keeps the words after the body's links",
     "Kettles were recalled.\n"
     "A spokesperson for the Office for Product Safety and Standards said: \"We are working with the company.\"",
     "Office for Product Safety and Standards spokesperson", "person"),
    ("an anonymous official is no introduction of the next person named",
     "The Tanzania Shipping Agencies Corporation (TASAC) grounded the ferry.\n"
     "\"The davits were cracked,\" a senior TASAC official said, asking not to be named.\n"
     "Passenger Rehema Mwinyi said she used the ferry every week.",
     "Tanzania Shipping Agencies Corporation official", "person"),
    ("the member for a constituency is the MP named beside it",
     "The Labour MP for Ashby North, Karen Whitlow, opened the debate. The minister, Oliver Penn, replied.\n"
     "\"Every route is a lifeline,\" the member for Ashby North said.",
     "Karen Whitlow", "person"),
    ("an unnamed reporter is named by the outlet",
     "The mayor took questions on Tuesday.\n"
     "\"Why were the side streets left for four days?\" asked a reporter from the Central Alberta Examiner.",
     "Central Alberta Examiner reporter", "person"),
    ("a video's title adds no word to the name",
     "Barack Obama spoke in Washington on Saturday.\n[Video: FULL SPEECH: President Obama Speech at the dinner]\n"
     "\"My name may not be on the ballot, but our progress is,\" the president said.",
     "Barack Obama", "person"),
    ("the Labour councillor is the councillor named, not a name",
     "Labour councillor Moira Dunbar led the opposition.\n"
     "\"Families are choosing between heating and eating,\" the Labour councillor said.",
     "Moira Dunbar", "person"),
    ("a hyphenated label in capitals is the hyphenated surname",
     "Tom Rowlands spoke to the chief executive, Adaeze Okonjo-Bell.\n\n"
     "OKONJO-BELL: \"Because the pipes are eighty years old and have to be replaced.\"",
     "Adaeze Okonjo-Bell", "person"),
    ("her Honour is the judge",
     "Judge Anne Kelleher said the attack was unprovoked.\n"
     "\"You used the glass as a weapon,\" her Honour said.",
     "Anne Kelleher", "person"),
    ("His Lordship is the judge",
     "Justice Kwame Asare adjourned the case to March 3.\n"
     "\"The prosecution must be ready next time,\" His Lordship said.",
     "Kwame Asare", "person"),
    ("Her Worship is the magistrate",
     "Magistrate Ann Opoku granted bail.\n\"You must report weekly,\" Her Worship said.",
     "Ann Opoku", "person"),
    ("'the accused', a participle, is the accused the article named",
     "Peter Mensah, 34, denies fraud. He told the court he had never seen the documents.\n\n"
     "\"I was not there,\" the accused said.",
     "Peter Mensah", "person"),
    ("a mention never reaches into the paragraph before",
     "By Kernow Courier\nAn angry resident said: \"The road has been closed for a month without a word to us.\"",
     None, None),
]


@pytest.mark.parametrize("text,name,kind", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_canonical_speaker(nlp, text, name, kind):
    from quotes.extract import extract_quotes

    (quote,) = extract_quotes(text, nlp=nlp)
    if name is None:
        assert quote.speaker_name is None or "\n" not in quote.speaker_name and "Courier" not in quote.speaker_name
        assert quote.speaker is None or "\n" not in quote.speaker.text
        return
    assert (quote.speaker_name, quote.speaker_kind) == (name, kind)


def test_the_company_is_the_company_the_story_is_about(speakers):
    text = ("Shares in Halvorsen Foods fell sharply after the recall was announced on Tuesday.\n"
            "\"We are contacting every customer who bought the affected batches,\" the company said.")
    assert speakers(text) == ["Halvorsen Foods"]


@pytest.mark.parametrize("mention,name", [
    ("Tokyo\u2019s defence ministry", "Japanese Ministry of Defense"),
    ("the Japanese Ministry of Defense", "Japanese Ministry of Defense"),
    ("the Justice Department", "Justice Department"),
    ("the Transportation Ministry", "Transportation Ministry"),
    ("The Environment Agency", "Environment Agency"),
    ("the Singapore Business Federation", "Singapore Business Federation"),
    ("Centre for Urban Water Research", "Centre for Urban Water Research"),
    ("the Met Office", "Met Office"),
    ("The Scottish Environment Protection Agency", "Scottish Environment Protection Agency"),
    ("the Electricity Authority of Cyprus\u2019", "Electricity Authority of Cyprus"),
    ("New emergency department", "New emergency department"),
])
def test_body_names_are_never_invented_by_reordering_words(mention, name):
    assert canonical_body(mention) == name


def test_people_speaking_for_a_list_of_countries_are_none_of_them(speakers):
    text = ("Shipowners' groups from Greece, Cyprus and Malta said in a joint response that the plan "
            "\u201cpunishes the ships already investing in cleaner engines\u201d.")
    assert speakers(text) == ["groups"]
    firm = ("Analysts at Pemberton & Co said the fall was \u201cmanageable outside of the Columbus market\u201d.")
    assert speakers(firm) == ["Pemberton & Co"]  # (one firm's name, no list)
