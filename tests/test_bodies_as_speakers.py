"""Bodies speaking through a noun, a spokesperson or a statement ("the union", "the team", "a council
spokeswoman", "the joint statement"), named whole; each case on sentences written for the test."""
from __future__ import annotations

import pytest

from quotes.extract.bodies import canonical_body
from quotes.extract.book_references import is_kind

CASES = [
    ("initials with a digit followed by 'which' name a body, never a person: 'the station' is it",
     "Tributes paid\n\nS4C, which broadcast a documentary on his life in 2015, said it would show a tribute "
     "programme on Sunday night. \u201cHe gave us some of our finest moments,\u201d the station said.",
     "S4C", "organization"),
    ("a branch's place between a body's name and a role there is no word of the name",
     "Floods in Kisumu\n\nKenya Red Cross Society Nyanza regional coordinator Grace Achieng said 300 families had "
     "been moved.\n\n\u201cOur teams are working through the night,\u201d Achieng said.\n\nThe society posted on X: "
     "\u201cPlease stay away from river banks.\u201d", "Kenya Red Cross Society", "organization"),
    ("'the agency' is the body that spoke before it, named with a lower-case noun for its kind",
     "Measles case confirmed\n\nThe Tamarack Valley Public Health district said the child had returned from travel. "
     "The agency said the risk to the public was \u201clow but not zero.\u201d",
     "Tamarack Valley Public Health", "organization"),
    ("'the release' of 'a TTPS release' is the service's, not a unit named after it",
     "According to a Trinidad and Tobago Police Service (TTPS) release, officers of the task force, assisted by the "
     "Canine Unit, searched a house.\n\u201cInvestigations are continuing,\u201d the release said.",
     "Trinidad and Tobago Police Service", "organization"),
    ("a local service's department keeps its order when it is referred back to",
     "The Harrowgate Volunteer Fire Department posted photographs of the damage on Sunday.\n"
     "\u201cKeep clear of Mill Lane while crews work,\u201d the department wrote.\n",
     "Harrowgate Volunteer Fire Department", "organization"),
    ("a company's legal form is part of its name and no person's",
     "Tallgrass Mowers Inc. said on Monday it would cut 300 jobs.\n"
     "\"Dealers are holding too much stock,\" the company said.",
     "Tallgrass Mowers Inc.", "organization"),
    ("'the union' is the association the story named",
     "Priya Lal, president of the Westfield Nurses Association, said talks had failed.\n"
     "The union said in a statement that members would \"not accept another freeze.\"",
     "Westfield Nurses Association", "organization"),
    ("'the district' is the school district the story named",
     "Harlow Creek Public Schools will close two buildings next year.\n"
     "In a letter to parents, the district said the closures were \"the hardest choice we have made.\"",
     "Harlow Creek Public Schools", "organization"),
    ("'the team' is the club the story is about",
     "The Tacoma Ridgebacks cut their kicker on Friday.\n"
     "\"We thank him for four good seasons,\" the team said in a statement.",
     "Tacoma Ridgebacks", "organization"),
    ("a lower-case 'health board' the tagger calls a body joins the named board",
     "Taf Coast University Health Board said it would review the case.\n"
     "\"Lessons will be learned,\" the health board said.",
     "Taf Coast University Health Board", "organization"),
    ("'a council spokeswoman' is the story's council, not a community council quoted before",
     "Ardmore Council will shut two libraries to save money.\n"
     "Jean Todd, who chairs Balloch Community Council, said: \"It is a sad day.\"\n"
     "A council spokeswoman said: \"We had no other way to balance the books.\"",
     "Ardmore Council spokesperson", "person"),
    ("a spokesperson for an acronym is the body the article spelled out",
     "The Maritime Safety Directorate (MSD) closed the channel.\n"
     "A spokesperson for the MSD said: \"The wreck will be lifted next week.\"",
     "Maritime Safety Directorate spokesperson", "person"),
    ("the body in apposition to the noun a spokesperson speaks for",
     "Bread prices rose again.\n"
     "A spokesman for one of the bakers, Crumb & Co, said: \"Flour has doubled in price.\"",
     "Crumb & Co spokesperson", "person"),
    ("'a government spokesman' under a city-state's dateline",
     "HONG KONG (Meridian) - Ferry fares will rise in April.\n"
     "\"The operators cannot run at a loss,\" a government spokesman said.",
     "Hong Kong Government spokesperson", "person"),
    ("a statement whose issuer is named after it",
     "Talks ended on Friday with what a joint statement called \"real progress\".\n"
     "The statement was issued by the Tana Basin Authority, which hosted the talks.\n"
     "\"Both sides will meet again in May,\" the joint statement said.",
     "Tana Basin Authority", "organization"),
    ("a body's initials after 'the' that no one holds as an office",
     "Stray dogs were found at the farm.\n"
     "\"We will prosecute,\" the RSPCA said in a statement.",
     "RSPCA", "organization"),
    ("a party's initials named before, not a member of it",
     "The NDP has asked for an inquiry into the contract.\n"
     "\"Voters deserve to see the paperwork,\" the NDP said.",
     "NDP", "organization"),
    ("a statement issued after talks: the statement speaks, not the talks",
     "Ministers of the two states met in Tromsø.\n"
     "A joint statement released after the talks said both sides would \"share the cod quota fairly\".",
     "joint statement", "document"),
    ("an aide named by the body they work for, like an official",
     "The bill stalled on Tuesday.\nA Senate aide said the vote was \"a foregone conclusion\".",
     "Senate aide", "person"),
    ("'Organisers' speak for the group just named",
     "About 80 cyclists from the group Pedal Power Leeds rode to the town hall on Sunday.\n"
     "Organisers said the ride was \"only the beginning\".",
     "Pedal Power Leeds", "organization"),
    ("a report to council from a department is that department's",
     "A report to council from Eastgate Planning Services said the tower would \"overshadow the whole square.\"",
     "Eastgate Planning Services", "organization"),
    ("an MP named in apposition to the role is the person, not the party",
     "Dunmore’s Labour MP, Alan Trask, said the closure was \"a blow to the whole town\".",
     "Alan Trask", "person"),
    ("a body's name keeps 'of' and its country",
     "Bakeries may close on Monday.\n"
     "\"We cannot bake at a loss,\" said the Master Bakers Association of Uganda.",
     "Master Bakers Association of Uganda", "organization"),
    ("a noun for a body no name of which holds it, right after that body spoke, whose name ends in 'of' and more",
     "Pay row\n\nThe Royal College of Nursing said members would vote next month. “Nurses have waited long enough "
     "for a fair offer,” the union said.",
     "Royal College of Nursing", "organization"),
    ("'the spokesperson' after a body's spokesperson said so, not the body named in what was said",
     "Aid flights\n\nA Department of Foreign Affairs and Trade spokesperson said an Australian Defence Force C-130 "
     "Hercules carrying shelter kits had landed on Friday. “A second flight is scheduled for tomorrow,” the "
     "spokesperson said.",
     "Department of Foreign Affairs and Trade spokesperson", "person"),
    ("'the centre' right after a body named the Center spoke",
     "Storm\n\nThe National Center for Hydro-Meteorological Forecasting said rain of up to 500 mm was expected. "
     "“Rivers will reach alarm level three by Wednesday,” the centre said.",
     "National Center for Hydro-Meteorological Forecasting", "organization"),
    ("a name the tagger took for a person's, before ', which runs', is a body's that 'it' then means",
     "Line closed\n\nKestrel Trains, which runs most services on the route, said buses would replace trains.\n\n"
     "“We know this is hugely frustrating for our customers,” it said in a statement.",
     "Kestrel Trains", "organization"),
    ("'the company' right after a spokesperson for a company spoke, not the place the story names most",
     "Homes plan approved\n\nCouncillors approved 400 homes on farmland at Oakhurst. Oakhurst residents were furious.\n\n"
     "A spokesperson for Tanhill Homes said: “We have listened carefully to local people.”\n\n"
     "“We expect to begin work in the spring of next year,” the company added.",
     "Tanhill Homes", "organization"),
    ("a company named by its first word, where no person of that name is in the article",
     "Strike at meat plant\n\nAbout 400 workers walked off the job at the Kessler Foods plant in Grand Island.\n\n"
     "Kessler said it was “disappointed that the union chose to strike while talks were still under way.”",
     "Kessler Foods", "organization"),
    ("a country that ends a body's name the tagger found whole is no person's name",
     "Quarry jobs at risk\n\nPRETORIA - Quarry jobs are at risk, the industry warned on Monday.\n\n"
     "The Quarrying Council South Africa said the sector faced “a slow decline” without new permits.",
     "Quarrying Council South Africa", "organization"),
]


@pytest.mark.parametrize("text,name,kind", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_body_speaker(speakers, text, name, kind):
    assert speakers(text, kinds=True)[-1:] == [(name, kind)]


def test_a_headline_role_is_the_person_the_lead_has_speak(speakers):
    text = ("Bridge repairs ‘weeks ahead of schedule’, says minister\n"
            "PETALING JAYA: Repairs to the Sungai Besi bridge are “weeks ahead of schedule”, says Tan Sri Lim Boon Keat.\n"
            "The Works Minister said the bridge would reopen in March.\n")
    assert speakers(text) == ["Lim Boon Keat", "Lim Boon Keat"]


@pytest.mark.parametrize("mention,name", [  # a company's legal form is kept as written
    ("Redfern Appliances Inc.", "Redfern Appliances Inc."),
    ("Halden Corp.", "Halden Corp."),
    ("Brightnest Home Ltd", "Brightnest Home Ltd"),
    ("Keystone Water Co.", "Keystone Water Co."),
    ("Pennock & Co.", "Pennock & Co."),
])
def test_legal_forms(mention, name):
    assert canonical_body(mention) == name


@pytest.mark.parametrize("noun,name,said,fits", [
    ("council", "Glenmorran Council", [], True),
    ("council", "Kilbarchan Community Council", [], False),
    ("council", "Kilbarchan Community Council", ["community"], True),
    ("council", "Glasgow City Council", [], True),
])
def test_lesser_bodies_of_a_kind(noun, name, said, fits):
    assert is_kind(noun, name, said) is fits


@pytest.mark.parametrize("mention,name", [
    ("the Justice Department", "Justice Department"),  # a name written with capitals keeps its order
    ("the Homeland Security Department", "Homeland Security Department"),
    ("the Agriculture Ministry", "Agriculture Ministry"),
    ("the justice department", "Department of Justice"),  # described in lower case: the office's name
    ("Tokyo's defence ministry", "Japanese Ministry of Defense"),
    ("the Harrowgate Volunteer Fire Department", "Harrowgate Volunteer Fire Department"),
    ("the Dunmore Police Department", "Dunmore Police Department"),
    ("the Lower Kettle Valley Water Department", "Lower Kettle Valley Water Department"),
    ("the federal Maritime Safety Commission", "Maritime Safety Commission"),  # no describing word before a name
    ("senior Harlow adviser", "senior Harlow adviser"),
    ("courier firm SwiftLink Logistics", "SwiftLink Logistics"),  # words in lower case that only describe the name
    ("rival Lenscape", "Lenscape"),
    ("city of Toronto", "city of Toronto"),  # (joined to it by a link: kept)
    ("the federal department", "federal department"),  # a level of government is no topic: no name is invented
    ("the provincial ministry", "provincial ministry"),
])
def test_only_a_government_office_described_by_its_topic_is_put_in_order(mention, name):
    assert canonical_body(mention) == name



def test_a_meat_processor_named_with_a_given_name_first_is_a_body(speakers):
    """"Shannon Valley Meats": a business's word ends the name (data/body_words.tsv), though "Shannon" is a given name."""
    text = ("120 jobs at risk as Banagher meat plant to close\n\nUp to 120 jobs are at risk after Shannon Valley Meats "
            "confirmed it will close its beef plant in Banagher, Co Offaly.\n\nIn a statement, the company said the "
            "decision had been taken \u201cwith enormous regret\u201d.\n")
    assert speakers(text, kinds=True) == [("Shannon Valley Meats", "organization")]


def test_a_report_of_people_no_one_names_speaks_for_them(speakers):
    text = ("Tidy Towns\n\nSkibbereen was placed third. The adjudicators\u2019 report said the town had \u201ca real sense "
            "of pride\u201d.\n")
    assert speakers(text) == ["adjudicators"]


def test_a_report_about_children_is_no_childrens(speakers):
    """Guard: "the children's report" is about them; only a plural's bare apostrophe owns ("the adjudicators' report")."""
    text = ("Meals\n\nThe charity surveyed 2,000 families. \u201cOne in four children skip meals,\u201d the children's report "
            "said.\n")
    assert speakers(text) != ["children"]
