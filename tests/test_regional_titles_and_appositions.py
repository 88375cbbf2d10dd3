"""Names written with the styles and titles of regional papers: Tamil "Tmt." and "Thiru." before a name, a Telugu
"Ch." kept as its given name's abbreviation, a judge's title before a given name the tagger left out, a police
commander called "the police boss", a counsel named in apposition, a person named after a business noun ("the water
operator, X,"). Sentences written for the test."""
from __future__ import annotations

import pytest

L, R = "\u201c", "\u201d"

CASES = [
    ("'Tmt.' before a surname alone is her title, not a name",
     "DMK councillor Tmt. K. Valarmathi of Ward 88 said the drains were blocked. "
     f"{L}Which September will it be this time?{R} asked Tmt. Valarmathi.",
     ["K. Valarmathi"]),
    ("'Thiru.' and a priest's 'Sivasri' are styles, no part of the name",
     f"Deputy Mayor Thiru. M. Selvaraj said: {L}The drains will be ready.{R} The temple's chief priest, Sivasri K. "
     f"Ramanatha Gurukkal, said: {L}I have not seen such crowds in forty years.{R}",
     ["M. Selvaraj", "K. Ramanatha Gurukkal"]),
    ("'Ch.' is an abbreviated given name, kept",
     f"TGSRTC Managing Director Ch. Venkata Ramana said: {L}The new buses will run by Dasara.{R}",
     ["Ch. Venkata Ramana"]),
    ("a judge's title before a given name the tagger left out keeps that name",
     "The High Court in Kakamega has stopped the sale.\n\nJustice Fridah Atieno Ouma issued orders barring the county "
     f"from the land.\n\n{L}Pending the hearing, the respondents are restrained,{R} Justice Ouma ruled.",
     ["Fridah Atieno Ouma"]),
    ("'the police boss' is the police commander the story named",
     "Nyeri police boss warns traders\n\nNyeri County Police Commander Daniel Kiprono Mwangi has warned traders "
     f"against opening after midnight.\n\n{L}We will not allow this to go on,{R} the police boss said.",
     ["Daniel Kiprono Mwangi"]),
    ("a counsel named in apposition is that counsel, not the one before",
     "Senior counsel R. Padmanabhan, the amicus curiae, said he had visited the lake.\n\n"
     f"Counsel for the water board, Mr. S. Karthikeyan, said the board was {L}committed to a clean lake{R}.",
     ["S. Karthikeyan"]),
    ("a firm named like a person after a business noun stays the firm",
     f"The retailer, John Lewis, said sales had been {L}resilient{R} over Christmas.",
     [("John Lewis", "organization")]),
    ("a person named after a business noun and a comma is a person, whose surname speaks later",
     "Chief Marlene Ahenakew thanked the community's water operator, Darren Charles, for his work.\n\n"
     f"{L}I'm out there at five in the morning most days,{R} Charles said.",
     ["Darren Charles"]),
    ("'Ch' without its full stop is Pakistan's abbreviated name, kept after a long office too",
     "MULTAN: Opposition members walked out, with Leader of the Opposition Ch Tariq Mehmood accusing the treasury of "
     f"leaving growers {L}at the mercy of middlemen{R}.",
     ["Ch Tariq Mehmood"]),
    ("'Chief' before a name the tagger missed is a traditional leader's title, and 'the chief' that leader",
     "Feature: a chief's notebook\n\nCHOMA \u2014 Outside his palace, Chief Hanjalika keeps an exercise book of every "
     f"cow that dies in his chiefdom.\n\n{L}This book is my weapon,{R} says the chief.",
     ["Hanjalika"]),
    ("'Ch' before a name the tagger typed without it is the name's, which 'Mr' and the surname find",
     "Opposition walks out over wheat price\n\nMULTAN: Opposition members staged a walkout on Thursday, with Leader of "
     f"the Opposition Ch Zahid Bajwa accusing the government of leaving growers {L}at the mercy of middlemen{R}.\n\n"
     f"{L}The government announced a price and then disappeared,{R} Mr Bajwa said.",
     ["Ch Zahid Bajwa", "Ch Zahid Bajwa"]),
    ("'Chief' before an office's words is no traditional leader",
     "Whitty warns of winter\n\nChief Medical Officer Chris Whitty said cases were rising. "
     f"{L}We must be careful,{R} the chief said.",
     ["Chris Whitty"]),
    ("'Maulana' is a religious scholar's style, no part of the name",
     "Jamiat Ulema-e-Islam leader Maulana Fazal Rahim Achakzai said the budget ignored the tribal districts. "
     f"{L}The people are told to tighten their belts,{R} Maulana Achakzai said.",
     ["Fazal Rahim Achakzai"]),
]


@pytest.mark.parametrize("text,names", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_regional_titles_and_appositions(speakers, text, names):
    kinds = any(isinstance(n, tuple) for n in names)
    assert speakers(text, kinds=kinds) == names
