"""A document speaks for whoever its own clause says made it, not for whoever the sentence around it is about; on
an article written for the test."""
from __future__ import annotations

import pytest

TEXT = ("MUMBAI: The Bombay High Court on Friday quashed a demolition notice that the Pune Municipal Corporation had "
        "served on a private school in Kothrud.\n\nThe school had moved the court challenging the notice issued on "
        "August 3 declaring a portion of the building “dangerous”.\n\nA bench of Justices Anil Kulkarni and Meera "
        "Deshpande said the corporation had not inspected it. “The notice was issued without a site visit,” the "
        "bench said.")


def test_the_notice_is_the_corporation_that_served_it(speakers):
    assert speakers(TEXT) == ["Pune Municipal Corporation", "Bombay High Court"]


RESOLUTION = ("The Sandy Narrows First Nation Band Council passed a resolution on Monday halting the talks until the "
              "federal government puts \"a written commitment\" on the table.")


def test_words_inside_a_resolution_are_its_makers_not_the_party_it_names(nlp):
    from quotes.extract import core

    doc = nlp(RESOLUTION)
    (quote,) = core.quotes_in(doc, RESOLUTION, choose=core.rules_choice, floor=0.0)
    assert quote.speaker_name == "Sandy Narrows First Nation Band Council"


def test_put_reports_only_as_put_it(nlp):
    from quotes.extract.attribution import context_of
    from quotes.extract.grammar import is_cue
    from quotes.extract.marks import scan

    for text, reports in ((RESOLUTION, False),
                          ("Food prices, as the minister put it, are \"a quiet emergency\".", True)):
        doc = nlp(text)
        lay = context_of(doc, scan(text), text).layout
        puts = [t for t in doc if t.lower_ in ("put", "puts")]
        assert [is_cue(lay, t) for t in puts] == [reports], text


@pytest.mark.parametrize("text,name", [
    ("Ruth Kessler\u2019s letter, sent to the council on Monday, is blunt. \u201cWe will sue,\u201d it says.",
     "Ruth Kessler"),
    ("Ruth Kessler\u2019s memoir, Stony Ground, is out this week. \u201cWe had no heating and no money, but we had "
     "books,\u201d it says.", "Ruth Kessler"),
    ("Ruth Kessler said Tom Ward\u2019s letter was unfair. \u201cThe road must close,\u201d it says.", "Tom Ward"),
])
def test_a_persons_own_document_speaks_for_that_person(speakers, text, name):
    assert speakers(text) == [name]


def test_a_bodys_document_still_speaks_for_the_body(speakers):
    text = "The Marsh Valley Trust\u2019s report is blunt. \u201cThe river is dying,\u201d it says."
    assert speakers(text) == ["Marsh Valley Trust"]


def test_a_statement_from_a_body_written_in_lower_case_is_that_body(speakers):
    text = ("Harwood District Council will close the Mill Lane depot in March, the GMB union said on Monday.\n\n"
            "A statement from the council said: \u201cThis was a difficult decision for everyone.\u201d")
    assert speakers(text) == ["Harwood District Council"]


def test_a_document_owned_by_an_unnamed_official_is_no_speaker_named_after_a_word(speakers):
    text = ("Auditors looked at the contracts.\n\nAn inspector general\u2019s report issued in May found what it called "
            "\u201ca pattern of missing signatures on every contract we examined\u201d.")
    assert "general" not in speakers(text)


@pytest.mark.parametrize("text,name", [
    ("In a letter to the Chronicle today, 50 hydrologists urge the council to drop the dam. \"The river cannot take "
     "another wall,\" the letter says.", "hydrologists"),
    ("Hundreds marched on Saturday. A statement signed by 12 vets was read out at the rally.\n\n\"Animals are suffering "
     "in these sheds,\" the statement said.", "vets"),
    ("The prosecutor read from a letter signed by 30 nurses. \"We warned the board every week,\" the letter said.",
     "nurses"),
])
def test_a_letter_of_a_counted_group_speaks_for_the_group_not_the_paper_crowd_or_reader(speakers, text, name):
    assert speakers(text) == [name]


def test_a_letter_someone_else_signed_later_is_not_who_the_letter_speaks_for(speakers):
    text = ("Harlan Voss wrote to the firm's chief executive, threatening a lawsuit. That letter demanded that Dan Pike "
            "make \"a major public apology\". Pike later signed a letter of apology that he said the firm had drafted.")
    assert speakers(text) != ["Dan Pike"]


def test_a_statement_given_in_a_decision_is_the_one_who_decided(speakers):
    text = ("Orla Kennedy has stepped down as Kilbrack manager with a year left on her term.\n\n"
            "Kennedy confirmed her decision in a statement released on Monday evening.\n\n"
            "“It has been the privilege of my life to manage my own county,” the statement read.")
    assert speakers(text) == ["Orla Kennedy"]


def test_a_document_a_participle_names_is_no_statement_it_said_in(speakers):
    text = ("Rates to rise 9 per cent\n\n"
            "Cr Aroha Tipene, who voted against the plan, said the rise would hit renters hardest.\n\n"
            "In a statement after the meeting, Waipā District Council said the final rise was lower than the 12 per "
            "cent proposed in the draft plan.\n\n"
            "\u201cFeedback from 2,100 submitters shaped the final plan,\u201d it said.")
    assert speakers(text, saying="Feedback") == ["Waipā District Council"]
