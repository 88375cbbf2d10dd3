"""A body's name that lists its trades or portfolios with commas and a last "and" is one name, whatever the tagger
made of the words in the list ("Rubber" typed a person's, "Non-Metallic" hyphenated): the tail the tagger read as a
body of its own is no second body; a list may end "and the Marine", and two portfolios may be joined by "and" alone
("Ministry of Roads and Highways"); fields before "and" that the tagger left out, or a name it split at "and",
are the name's too ("The Flood Forecasting and" + "Warning Centre"). A name in apposition to "the company" is a body's. Sentences written for the
test."""
from __future__ import annotations

import pytest

Q, E = "\u201c", "\u201d"

CASES = [
    ("a body's name with its place spelled by the initials in brackets keeps the place",
     "Outages\n\nIn an advisory, the National Grid Corporation of the Philippines (NGCP) said the outages were due to "
     f"{Q}the forced outage of two coal plants.{E}\n",
     "National Grid Corporation of the Philippines"),
    ("'the Office of the City Mayor' is a body's name, no mayor's office by a name",
     "Bridge tender\n\nThe Office of the City Mayor, in a text message, said bidding for the new bridge was "
     f"{Q}on track{E} for August.\n",
     "Office of the City Mayor"),
    ("an office the tagger cut before the title's last word is whole, and 'the office' is it",
     "Floods\n\nThe mayor said the council had asked the Office of the Prime Minister for relief. The office said in "
     f"a statement it had dispatched {Q}emergency relief items{E} to the district.\n",
     "Office of the Prime Minister"),
    ("a union's list of trades",
     "Union threatens strike at fertiliser plant\n\nThe National Union of Chemical, Footwear, Rubber, Leather and "
     "Non-Metallic Products Employees said on Monday that its members would walk out next week.\n\n"
     f"{Q}Our members have waited two years for the new wage scale,{E} the union said in a statement.\n",
     "National Union of Chemical, Footwear, Rubber, Leather and Non-Metallic Products Employees"),
    ("a ministry's portfolios",
     "Roads plan\n\nThe Ministry of Lands, Housing and Urban Development said on Tuesday that the plan would go "
     f"ahead. {Q}Work starts in March,{E} the ministry said.\n",
     "Ministry of Lands, Housing and Urban Development"),
    ("the firm after the union's long name is whom 'it said' means",
     "Workers threaten shutdown at glass plant\n\nThe National Union of Glass, Ceramic, Rubber, Plastic and "
     "Non-Metallic Mineral Workers said on Thursday that its members would down tools on Monday.\n\n"
     f"The company, Lagoon Glassworks, said talks were continuing. {Q}We remain committed to dialogue,{E} it said.\n",
     "Lagoon Glassworks"),
    ("an office whose list ends 'and the …', then 'the minister'",
     "Farm grants extended\n\nThe Minister for Agriculture, Food and the Marine, Charlie McConalogue, said the "
     f"scheme would run for another year. {Q}Farmers need certainty,{E} the minister said.\n",
     "Charlie McConalogue"),
    ("a department whose list ends 'and the …'",
     "Farm grants extended\n\nThe Department of Agriculture, Food and the Marine said the scheme would run for "
     f"another year. {Q}Farmers need certainty,{E} the department said.\n",
     "Department of Agriculture, Food and the Marine"),
    ("a ministry of two portfolios joined by 'and' alone",
     "ACCRA - The Ministry of Roads and Highways said the road would open next month.\n\n"
     f"{Q}Work is 90 per cent done,{E} the ministry said.\n",
     "Ministry of Roads and Highways"),
    ("the second portfolio typed a person's name",
     "ACCRA - The Ministry of Roads and Harbour Works said the road would open next month.\n\n"
     f"{Q}Work is 90 per cent done,{E} the ministry said.\n",
     "Ministry of Roads and Harbour Works"),
    ("a firm after a ministry and 'and' is no portfolio",
     "The Ministry of Defence and Lockheed Martin signed the deal on Monday.\n\n"
     f"{Q}It is a good day for the air force,{E} the ministry said.\n",
     "Ministry of Defence"),
    ("fields before 'and' that the tagger left out of a centre's name",
     "River rising\n\nThe Flood Forecasting and Warning Centre said two of its gauges had passed the danger mark. "
     f"{Q}Rangers know these waters,{E} the centre's spokesperson said.\n",
     "Flood Forecasting and Warning Centre spokesperson"),
    ("a board's name the tagger split in two at 'and'",
     "Search goes on\n\nThe Tiruchi Metropolitan Water Supply and Sewerage Board said two of its boats had joined "
     f"the search. {Q}Rangers know these waters,{E} the board said.\n",
     "Tiruchi Metropolitan Water Supply and Sewerage Board"),
    ("two bodies of several words each joined by 'and' stay two",
     "Rates held\n\nThe Federal Reserve and European Central Bank held rates on Thursday. "
     f"{Q}Inflation is falling,{E} the bank said.\n",
     "European Central Bank"),
    ("an article before a body named after a platform is no list ('on X, the … Police')",
     "Rain alert\n\nIn a post on X, the Pune City Police said: \u201cStay indoors unless necessary.\u201d\n",
     "Pune City Police"),
]


@pytest.mark.parametrize("text,name", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speaker(speakers, text, name):
    assert speakers(text) == [name]
