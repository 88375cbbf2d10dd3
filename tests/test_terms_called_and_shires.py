"""Names given by many, no one's words ("a stretch athletes call “…”", "hills which they call “…”", "…, popularly
known as “…”"), while a particular speaker's naming stays a quotation; and a shire, a body that says "it".
Sentences written for the test; fictional people and places."""
from __future__ import annotations

import pytest

from quotes.extract import extract_quotes

L, R = "\u201c", "\u201d"


@pytest.mark.parametrize("text", [
    f"The race turned on a climb outside town that riders call {L}the wall{R}, where the heat passed 30C.",
    f"The group trains in hills which they call {L}the staircase{R} every winter.",
    f"Miners dig the riverbanks for gold, popularly known as {L}galamsey{R}, without licences.",
    f"Fishermen called the channel {L}the graveyard{R} long before the ferry sank.",
    f"Vendors who call the licensing office {L}the house of queues{R} say they pay twice.",
    f"Traders said the new levy is simply called {L}double payment{R} in the market.",
    f"By then staff had begun calling the firm {L}the ghost contractor{R}.",
], ids=["a stretch <plural> call", "which they call", "popularly known as", "<plural> called the <thing>",
        "<plural> who call the <thing>", "<thing> is called", "staff had begun calling"])
def test_a_name_many_give_is_no_quotation(nlp, text):
    assert extract_quotes(text, nlp=nlp) == []


@pytest.mark.parametrize("text,name", [
    (f"Opposition councillors called the budget {L}a fairy tale{R} on Tuesday.", "councillors"),
    (f"Ruling welcomed\n\nDoctors called the ruling {L}the right decision for patients{R} on Monday.", "doctors"),
], ids=["a …", "the <adjective> …"])
def test_a_judgement_many_give_stays_their_words(speakers, text, name):
    assert speakers(text) == [name]


def test_a_judgement_one_speaker_was_called_stays_a_quotation(speakers):
    text = f"Budget row\n\nThe mayor was called {L}a coward{R} by Councillor Ruth Amos on Monday."
    assert speakers(text) != []


def test_a_name_one_speaker_gives_stays_a_quotation(speakers):
    text = f"Council leader Ruth Amos called the scheme {L}a white elephant{R} on Monday."
    assert speakers(text) == ["Ruth Amos"]


def test_a_shire_is_the_body_its_it_speaks_for(speakers):
    text = ("Flags lowered\n\nFormer shire chief executive Alan Roe said the mayor had served well. "
            f"{L}She knew every road,{R} he said.\n\n"
            "The Buloke Shire said in a statement that flags would fly at half-mast.\n\n"
            f"{L}Her service will not be forgotten,{R} it said.")
    assert speakers(text, saying="Her service") == ["Buloke Shire"]
