"""Police ranks, bodies called by a noun, owners of spokespeople and of words, offices in headlines, unnamed
informants and descriptions of the one in focus: each case on sentences written for the test (heldout22's groups)."""
from __future__ import annotations

import pytest

CASES = [
    ("a UK police rank abbreviated before a name is no part of it",
     "Det Insp Ruth Hale said: \"We are keeping an open mind about the motive.\"",
     "open mind", "ruth hale"),
    ("a rank abbreviation before a surname finds the full name",
     "DI Calum Breck led the search.\n\nDI Breck said: \"We will not stop until we find her.\"",
     "stop until", "calum breck"),
    ("letters that begin a company's name are no rank",
     "The publisher DC Thomson said the title would close: \"Print sales have fallen too far.\"",
     "Print sales", "dc thomson"),
    ("'the tribunal' is the tribunal the article brought in unnamed",
     "An employment tribunal in Leeds upheld her claim.\n\n"
     "The tribunal found that the manager's evidence was \"vague and inconsistent\".",
     "vague", "employment tribunal"),
    ("'the panel' stands for that tribunal",
     "An employment tribunal in Bristol upheld his claim.\n\n"
     "In its judgment, the panel said he had been \"a loyal and able employee\".",
     "loyal", "employment tribunal"),
    ("a force's spokesperson is the police force's",
     "Lothian Police said the road would stay closed overnight.\n\n"
     "A force spokesperson said: \"Diversions are in place.\"",
     "Diversions", "lothian police spokesperson"),
    ("'the group' of a company story is the company",
     "Dunmere Foods reported a rise in profits.\n\n"
     "The group said it expected trading to be \"broadly stable\" this year.",
     "broadly stable", "dunmere foods"),
    ("'her spokesperson' speaks for the woman 'her' means",
     "Mayor Helen Ostrova did not attend the ceremony.\n\n"
     "Her spokesperson said the mayor was \"unwell and resting\".",
     "unwell", "helen ostrova spokesperson"),
    ("an unnamed informant is its noun alone, without a body's name before it",
     "A Treasury source said the plans were \"not up for negotiation\".",
     "negotiation", "source"),
    ("'they' after an informant is that informant",
     "Ministers face a revolt.\n\nA Home Office source dismissed the talk. \"It always blows over,\" they said.",
     "blows over", "source"),
    ("the agent of a passive 'described by … as' speaks, not the one described",
     "A woman killed in a fall near Glenshee has been described by her family as \"fearless and funny\".\n\n"
     "Morag Lennie, 38, was an experienced climber.",
     "fearless", "lennie family"),
    ("the owner of a pledge speaks its words, not the one who quotes it",
     "Senator Ada Brisco mocked Governor Luis Ferreira's pledge to \"end homelessness in every city by next spring\".",
     "homelessness", "luis ferreira"),
    ("a verb of saying inside the owner's noun phrase keeps the words its subject's",
     "Critic Mara Quist repeated her claim that the minister had said that \"the buses will run on time\".",
     "buses", "minister"),
    ("the office a headline gives its subject is the lead's person's",
     "PM accused of dodging questions as opposition leader cites backlog\n\n"
     "Nora Penhale was accused of dodging questions as she faced Tom Acland in the Commons.\n\n"
     "\"The waiting list has grown every month,\" Acland told MPs.\n\n"
     "The prime minister said she was \"sorry\" to hear of the case.",
     "sorry", "nora penhale"),
    ("a deck's word is no person the headline's office could be",
     "Minister told school closures are 'a scandal'\n"
     "Holyrood clash as MSPs press for answers\n\n"
     "The Minister has been told by opposition leader Ewan Corrie that the closures are \"a scandal\".\n\n"
     "The Minister insisted the department had \"done all it could\".",
     "done all it could", "minister"),
    ("a quotation naming a noun for words, right after it, is not its owner's words",
     "Union leader Ines Varga led the rally.\n\n"
     "Finance Minister Piet Olsen spoke later. He called the union's latest demand \"Pie in the Sky\" and left.",
     "Pie in the Sky", "piet olsen"),
    ("'the father-of-two' is the man the story is about",
     "Actor Ben Tarrant has split from his wife.\n\n"
     "On Sunday the father-of-two posted a photo on Instagram, with the caption: 'Onwards and upwards, always.'",
     "Onwards", "ben tarrant"),
    ("a subject the parser split at a hyphen is the name nearest the verb",
     "Singer Jade Orme is engaged.\n\nHer co-star Ama 'Mimi' Boateng commented: 'So happy for you.'",
     "So happy", "ama boateng"),
]


@pytest.mark.parametrize(("case", "text", "saying", "name"), CASES, ids=[c[0] for c in CASES])
def test_speaker(speakers, case, text, saying, name):
    found = speakers(text, saying=saying)
    assert [(n or "").lower() for n in found] == [name], case



def test_the_rules_give_a_pledge_to_its_owner_named_by_a_nominal(nlp):
    """The rules' answer: the owner a nominal names, with the mocker relaying the words."""
    from quotes.extract import core

    text = ("Senator Ada Brisco mocked the governor's pledge to \"end homelessness by spring\".\n\n"
            "Governor Luis Ferreira said the target still stood.")
    quotes = core.quotes_in(nlp(text), text, choose=core.rules_choice)
    assert [(q.method, q.speaker_name) for q in quotes if "homelessness" in q.text] == [("words owner", "Luis Ferreira")]


def test_whoever_repeats_an_owners_words_relays_them(nlp):
    """The owner speaks the words; the one whose verb takes them as its object repeats them (`reported_by`), as
    PolNeAR's outermost source would be; never the owner's own subject behind "his"."""
    from quotes.extract import core

    text = ("Senator Ada Brisco mocked Governor Luis Ferreira's pledge to \"end homelessness by spring\". "
            "Mark Jebens found no fault with Donald Trump's claim that Bush \"lied\" about the war. "
            "Cruz defended his call for \"a total ban\".")
    quotes = core.quotes_in(nlp(text), text, choose=core.rules_choice)
    assert [(q.speaker_name, q.reported_by) for q in quotes] == [
        ("Luis Ferreira", "Ada Brisco"), ("Donald Trump", "Mark Jebens"), ("Cruz", None)]
