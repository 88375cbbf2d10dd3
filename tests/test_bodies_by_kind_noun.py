"""A body called back by the noun for its kind ("the municipality", "the commission", "the group", "the board") is
the one body the article named of that kind, never a person whose role holds the noun; two such bodies, or none,
give no guess. Sentences written for the test."""
from __future__ import annotations

import pytest

from quotes.extract.book_references import body_kind_noun

CASES = [
    ("a municipality the tagger typed a place's is a body",
     "Eastvale District Municipality has failed to collect refuse for three weeks, residents say.\n"
     "Mayor Thandi Mokoena visited the landfill site on Tuesday.\n"
     "\u201cTrucks are being repaired,\u201d the municipality said.",
     "Eastvale District Municipality"),
    ("'the municipality' is never the spokesperson whose role names it",
     "Ridgeway Metro Municipality spokesperson Thabo Nkosi said the pipes were old.\n"
     "\u201cRepairs start on Monday,\u201d the municipality said.",
     "Ridgeway Metro Municipality"),
    ("a body's name with its possessive, typed a building's",
     "Ridgeway Metro Municipality's municipal manager Thabo Nkosi said the pipes were old.\n"
     "\u201cRepairs start on Monday,\u201d the municipality said.",
     "Ridgeway Metro Municipality"),
    ("'the commission' is never a commissioner",
     "The European Commission proposed new limits on fishing in the Baltic Sea on Wednesday.\n"
     "Fisheries commissioner Anna Berg said the stocks were \u201cclose to collapse\u201d.\n"
     "\u201cMember states must act,\u201d the commission said.",
     "European Commission"),
    ("'the board' is the board named, not its chairman",
     "The Leinster Hurling Board has fined referee Colm Daly for his remarks after the final.\n"
     "Board chairman Sean Kehoe said the decision was unanimous.\n"
     "\u201cThe referee's comments were unacceptable,\u201d the board said.",
     "Leinster Hurling Board"),
    ("'the group' after a campaign group named with its noun is that group, not the developer",
     "Greystone Homes wants to build 90 houses on a field in Harlow.\n"
     "Jane Oake, who chairs the Keep Harlow Green group, said: \u201cThe field floods every winter.\u201d\n"
     "The group said in a statement that the plan was \u201creckless\u201d.",
     "Keep Harlow Green"),
    ("a group named before its noun stays a body where a caption makes its last words a person",
     "Members of Save Brookfield Meadow gathered at the site on Saturday. Picture: Dan Hale\n\n"
     "Greystone Homes wants to build 140 homes on a meadow at the edge of Brookfield.\n\n"
     "Brenda Oakley, who chairs the Save Brookfield Meadow group, said: \u201cPeople are not against new homes.\u201d\n\n"
     "The group said in a statement that drainage was \u201chopeless in winter\u201d.",
     "Save Brookfield Meadow"),
    ("'the group' of no campaign group is the business the story is about",
     "Bexmoor Holdings, which owns the Valora supermarket chain, faces a lawsuit from former staff.\n"
     "\u201cWe are reviewing the claims,\u201d the group said.",
     "Bexmoor Holdings"),
    ("'the group' is the business the story is about though an ampersand joins its name",
     "Pellow & Finch, the kitchenware retailer, is to shut 21 of its 160 shops after profits halved.\n"
     "Chief executive Marta Quill said trading had been \u201cbrutal\u201d since the autumn.\n"
     "The group said the closures were \u201cpainful but necessary\u201d.",
     "Pellow & Finch"),
    ("'the agency' of a body named in apposition to that noun",
     "The band's agency, Brightwave Music, said the tour would resume in June.\n"
     "Singer Ha-eun said she had rested for two months.\n"
     "The agency had said in March that she would \u201cput her health first\u201d.",
     "Brightwave Music"),
    ("a body written with its company suffix is no surname, though a headline typed its name a person's",
     "Kimura Denko cuts profit forecast, to close Nara plant\n\n"
     "OSAKA \u2014 Kimura Denko Co. on Monday cut its full-year profit forecast by 12%.\n\n"
     "\u201cWe acted quickly,\u201d President Hiroshi Kimura said.\n\n"
     "Mr. Kimura took over from his father, Kenji Kimura, in 2020.\n\n"
     "In a statement, the company said it would \u201cclose the Nara line by March\u201d.",
     "Kimura Denko Co."),
    ("'the company' is the listed business, not the exchange its shares trade on",
     "Padma Denim Mills PLC, a Dhaka Stock Exchange-listed textile maker, reported a 38 percent drop in profit.\n"
     "Its disclosure was published on the Dhaka Stock Exchange website yesterday.\n"
     "\u201cThe half-year was among the hardest we have seen,\u201d the company said in the disclosure.",
     "Padma Denim Mills PLC"),
    ("'the company' is no word of a person's name that the tagger also typed a body's",
     "The family of Mst Nasima Khatun, who died in the fire, demanded a case against the factory's owners.\n"
     "Nasima's mother, Jahanara Begum, could barely speak.\n"
     "Nasima's brother, Md Rasel, said Nasima had complained about the door. Nasima had worked there for six years.\n"
     "Karnaphuli Knit Composite Ltd, the factory's owner, denied the allegation. In a statement, the company said the "
     "doors were \u201ckept open at all times\u201d.",
     "Karnaphuli Knit Composite Ltd"),
    ("'the group' after a business that just spoke is that business, not the story's company",
     "Padma Knitwear PLC reported a 31 percent fall in profit. The company blamed late orders.\n"
     "Padma Knitwear said its Savar plant had run below capacity.\n"
     "Retail chain Corbel & Finch, which sells the knitwear, said it had cut its order. The group said its customers were "
     "\u201cspending less on clothes\u201d.",
     "Corbel & Finch"),
    ("'the board' after a club's name and its possessive",
     "Ovington Rugby Club's board has sacked head coach Rhys Parry after six defeats.\n"
     "Parry said he was shocked.\n"
     "\u201cIt was not an easy decision,\u201d the board said.",
     "Ovington Rugby Club"),
    ("'the board' after the club's name written before the noun, never the captain it answers",
     "Captain Lena Ortiz has criticised the Dunmore Rovers board after the ground was sold.\n"
     "\u201cThey sold our home,\u201d Ortiz said.\n"
     "\u201cThe captain's remarks were disappointing,\u201d the board said.",
     "Dunmore Rovers"),
    ("'the committee' after 'the club's committee'",
     "Commodore Ann Hale has resigned from Kilnsea Sailing Club after a dispute with the club's committee.\n"
     "\u201cWe thank Ann for her service,\u201d the committee said.",
     "Kilnsea Sailing Club"),
    ("a cooperative the tagger typed a place's",
     "Small-scale fishers in Kalk Bay have formed the Cape Peninsula Fishers Cooperative.\n"
     "Fisher Abdul Jacobs said: \u201cWe have no quota.\u201d\n"
     "\u201cOur members need quota now,\u201d the cooperative said.",
     "Cape Peninsula Fishers Cooperative"),
]


@pytest.mark.parametrize("why,text,name", CASES, ids=[c[0] for c in CASES])
def test_kind_noun_joins_the_body_of_that_kind(speakers, why, text, name):
    assert speakers(text, kinds=True)[-1:] == [(name, "organization")], why


GUARDS = [
    ("two unions joined by 'and': 'the union' may be either",
     "Harlow Teachers Union and the Essex Nurses Union held a joint rally on Saturday.\n"
     "\u201cPay must rise,\u201d the union said.",
     {"Harlow Teachers Union", "Essex Nurses Union"}),
    ("two bodies' committees: 'the committee' may be either",
     "Kilnsea Sailing Club and the Kilnsea Harbour Trust share a slipway. The club's committee and the trust's "
     "committee met on Monday.\n"
     "\u201cThe slipway will close for repairs,\u201d the committee said.",
     {"Kilnsea Sailing Club", "Kilnsea Harbour Trust"}),
    ("no board named: 'the board' is no one, and never the captain it answers",
     "Captain Lena Ortiz criticised the board on Friday over the sale of the ground.\n"
     "\u201cThey have sold our history,\u201d she said.\n"
     "\u201cThe captain's remarks were disappointing,\u201d the board said.",
     {"Lena Ortiz"}),
]


@pytest.mark.parametrize("why,text,not_names", GUARDS, ids=[c[0] for c in GUARDS])
def test_no_guess_between_bodies_nor_a_person(speakers, why, text, not_names):
    name, kind = speakers(text, kinds=True)[-1]
    assert name not in not_names and kind == "organization", why


@pytest.mark.parametrize("noun,kind", [
    ("commission", True), ("municipality", True), ("board", True), ("tribunal", True),
    ("commissioner", False), ("spokesman", False), ("growers", False),  # a person's noun; a plural of a name's end
])
def test_nouns_for_a_kind_of_body(noun, kind):
    assert body_kind_noun(noun) is kind
