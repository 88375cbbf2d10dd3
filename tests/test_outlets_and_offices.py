"""Papers told things, whole offices and role names, unnamed spokespeople of bodies, and who relays the words:
each case on sentences written for the test (tests/fixtures/regression/outlets-and-offices.jsonl holds the
articles)."""
from __future__ import annotations

import pytest

CASES = [
    # a paper one tells something is no person: its name lends no surname to a relative named later
    ("a paper told something is no one whose husband is named by his given name",
     "Agnes Treloar has blown glass above the harbour since 1969.\n"
     "In 1980 she told the Cornish Echo: \u201cI make bottles that people use. That is all.\u201d\n"
     "Her husband, Jory, built the furnace. \u201cShe has never once thanked me for it,\u201d he says, laughing.",
     "never once thanked", "Jory Treloar"),
    ("a paper spoken to is no person either",
     "Speaking to the Kintyre Lantern, Rhona Baird said the pier had been closed for a week.\n"
     "Her son, Calum, runs the boat trips. \u201cWe have lost the whole Easter trade,\u201d he said.",
     "Easter trade", "Calum Baird"),
    # a role of more than one word is kept whole when no one is named
    ("a gerund that names what the role is for stays in an unnamed person's noun",
     "Reece Mallin has spent ten weeks in a Sheffield gym.\n"
     "\u201cHe hits harder than anyone I have been in with,\u201d a sparring partner said.",
     "hits harder", "sparring partner"),
    ("the investigating officer is not cut to officer",
     "A fire gutted the Ellsmere works on Monday.\n"
     "\u201cIt spread through the roof in minutes,\u201d the investigating officer said.",
     "spread through", "investigating officer"),
    ("a participle that only says what someone is doing is no part of the noun",
     "A fire gutted the Ellsmere works on Monday.\n\u201cIt was terrifying,\u201d a grieving neighbour said.",
     "terrifying", "neighbour"),
    # an office written by its initials, its holder in apposition
    ("the PM with a name beside it is that person, and so is the prime minister later",
     "The PM, Rhys Carden, said the country would \u201cstand firm\u201d.\n"
     "\u201cWe will not be pushed around,\u201d the prime minister told reporters.",
     "pushed around", "Rhys Carden"),
    ("the CFO with a name beside it",
     "The company\u2019s CFO, Martin Oyelaran, said margins would \u201crecover by the spring\u201d.",
     "recover by", "Martin Oyelaran"),
    # an office of several words is held by the one named in that whole office
    ("the Prime Minister is not the Deputy Prime Minister named since",
     "Prime Minister Ruth Ansell chaired an emergency cabinet meeting on Monday.\n"
     "The Deputy Prime Minister, Kwame Osei, told reporters afterwards that it had been frank.\n"
     "\u201cNobody walked out of the room,\u201d the Prime Minister said.",
     "Nobody walked out", "Ruth Ansell"),
    ("the first minister is the one named First Minister, not the last minister named",
     "The first minister of Wales, Dafydd Rees, wrote to the cabinet. Health Minister Carys Bevan backed him.\n"
     "\u201cWales will not pay twice for the same road,\u201d the first minister said.",
     "pay twice", "Dafydd Rees"),
    # "Smt." (Shrimati) is an honorific written with a full stop, like "Coun.": no sentence ends at it
    ("Smt. before a name is no speaker of its own",
     "\u201cNobody wants the children to suffer,\u201d said Smt. Pushpa Kumari, who runs a centre in Bodh Gaya.",
     "children to suffer", "Pushpa Kumari"),
    ("Smt. before one name keeps that name",
     "Union leader Smt. Meena said the workers had won. \u201cWe will be back on Monday,\u201d Smt. Meena said.",
     "back on Monday", "Meena"),
    # an unnamed spokesperson or official of a body the article never named keeps that body's words
    ("an official at an office the article never named is that office's official",
     "Seoul urged the North to answer its offer of video reunions.\n"
     "An official at the presidential office said that the government \u201cdeeply regrets\u201d the silence.",
     "deeply regrets", "presidential office official"),
    ("a spokesman for an office written in lower case is that office's spokesperson",
     "Seoul urged the North to answer its offer of video reunions.\n"
     "A spokesman for the prime minister's office said: \u201cWe will keep the line open for as long as it takes.\u201d",
     "keep the line open", "prime minister's office spokesperson"),
    # "the HC" is the High Court the story names, however the tagger typed its name
    ("a court's name after \"the\" is a body's, whose initials \"the HC\" ends",
     "KOCHI: The Kerala High Court on Monday quashed the transfer of a headmistress from Aluva to a school in Idukki.\n"
     "The HC said the school board had acted \u201cwithout hearing her at all\u201d.",
     "without hearing her", "Kerala High Court"),
]


@pytest.mark.parametrize("text,words,name", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_speaker_is_the_one_a_reader_names(speakers, text, words, name):
    assert speakers(text, saying=words)[:1] == [name]


RELAYS = [
    ("a verb that tells a state reports no words: the union's words have no relay",
     "Harbour Ferries cancelled 30 sailings on Friday after dozens of crew members reported sick, in what the "
     "Seafarers' Union called a protest against \u201cunsafe rosters\u201d.",
     "unsafe rosters", ("Seafarers' Union", None)),
    ("a naming in the passive with its agent still reports words",
     "The harbour plan was called \u201creckless and rushed\u201d by the Seafarers' Union on Friday.",
     "reckless", ("Seafarers' Union", None)),
]


@pytest.mark.parametrize("text,words,answer", [c[1:] for c in RELAYS], ids=[c[0] for c in RELAYS])
def test_who_relays_the_words(nlp, text, words, answer):
    from quotes.extract import extract_quotes

    quote = next(q for q in extract_quotes(text, nlp=nlp) if words in q.text)
    assert (quote.speaker_name, quote.reported_by) == answer
