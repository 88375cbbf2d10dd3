"""People's and bodies' names as the article writes them, made whole: a surname that looks like a
body's word, a name the tagger ran into the body after it. Sentences written for the test."""
from __future__ import annotations

import pytest

CASES = [
    ("a given name and a surname that is a plural of a business noun is a person",
     "Residents packed the hall. Colin Banks, 52, a tenant on Mill Lane, said the lift had been broken for weeks.\n"
     "\u201cMy mother cannot get down the stairs on her own,\u201d Banks said.",
     "My mother", "Colin Banks", "person"),
    ("a surname like a maker's noun, in a Canadian council story",
     "Coun. Nadia Makers asked staff to report back in June.\n"
     "\u201cWe cannot keep deferring this,\u201d Makers said.",
     "We cannot", "Nadia Makers", "person"),
    ("a business noun after a word that is no given name is still a body",
     "Kaweka Timber Processors has been fined $80,000.\n"
     "\u201cWe accept the decision,\u201d Kaweka Timber Processors said.",
     "We accept", "Kaweka Timber Processors", "organization"),
    ("a person's name the tagger ran into the body after it ends before \u201cof\u201d",
     "Analysts at Corran Securities cut the shares to sell, while Priya Dalal of Whitcombe & Hart kept her rating.\n"
     "\u201cThe balance sheet is still sound,\u201d Dalal said.",
     "The balance", "Priya Dalal", "person"),
    ("a party's name runs on over the hyphenated place after \u201cfor\u201d that the tagger took for a body",
     "The opposition Greens backed the plan. But the nationalist Alternative for Schleswig-Holstein accused "
     "Mr Brandt of \u201cwasting taxpayers' money\u201d.",
     "wasting", "Alternative for Schleswig-Holstein", "organization"),
    ("a council of two areas joined by \u201cand\u201d keeps its whole name",
     "In a statement on Friday, Ballymore Town and District Council said it would \u201creview every option\u201d "
     "before the hall closed.",
     "review", "Ballymore Town and District Council", "organization"),
    ("a city and county council named in a Welsh-style story",
     "Carrowdale City and County Council said the rise was \u201cunavoidable\u201d.",
     "unavoidable", "Carrowdale City and County Council", "organization"),
    ("an Igbo ruler's title before a full name is no word of it",
     "The traditional ruler of Umuoji, HRH Eze Ikenna Nwosu, said the community had warned the state.\n"
     "\u201cWe wrote letters in 2019,\u201d the monarch said.",
     "We wrote", "Ikenna Nwosu", "person"),
    ("Eze as a surname stays a name",
     "Mr Emeka Eze, a trader, said the water rose overnight. \u201cWe lost everything,\u201d Eze said.",
     "We lost", "Emeka Eze", "person"),
    ("a business noun opening the sentence before a body's name is no word of it, and the noun later means it",
     "Shares of Tarrow Mining fell 6 per cent.\nBroker Danvers Capital cut its rating, citing weaker copper prices.\n"
     "\"We expect the next two quarters to be difficult,\" the broker said in a note.",
     "We expect", "Danvers Capital", "organization"),
]


@pytest.mark.parametrize("text,said,name,kind", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_name_as_written(speakers, text, said, name, kind):
    assert speakers(text, saying=said, kinds=True)[:1] == [(name, kind)]


MISTAGGED = [
    ("a name the parser hung on the field of a possessive role is the speaker",
     "\"Suppliers must bill accurately,\" said Ofcom's director of retail, Helen Okonjo. \"We will act.\"",
     "Helen Okonjo", "Helen Okonjo"),
    ("a name after a lower-case occupation, the tagger's place, is a person",
     "\u201cNobody from the board has called us,\u201d Dock Workers\u2019 Guild organiser Aroha Ngata said outside the depot.",
     "Aroha Ngata", "Aroha Ngata"),
]


@pytest.mark.parametrize("text,place,name", [c[1:] for c in MISTAGGED], ids=[c[0] for c in MISTAGGED])
def test_name_the_tagger_took_for_a_place(nlp, text, place, name):
    """Whatever the tagger calls the name: here a place (GPE), as it often calls unfamiliar names."""
    from spacy.tokens import Span

    from quotes.extract import core

    doc = nlp(text)
    at = text.index(place)
    span = doc.char_span(at, at + len(place))
    doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [Span(doc, span.start, span.end, "GPE")]
    quotes = core.quotes_in(doc, text, choose=core.rules_choice)
    assert [(q.speaker_name, q.speaker_kind) for q in quotes] == [(name, "person")] * len(quotes)

