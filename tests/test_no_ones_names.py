"""Speakers that are no person nor body get no name: an ordinary word opening its sentence, a plural noun for
people, words of a headline, a numbered heading, words holding markup. Sentences written for the test."""
from __future__ import annotations

import pytest

from quotes.extract.records import Mention, Quote
from quotes.ingest.articles import prepare
from quotes.ingest.sources import Source
from quotes.store import articles
from quotes.store.db import connect
from quotes.store.speaker_names import before_headline_words, is_headline_fragment, is_no_ones_name

SKIPPER = ("Harsh Verdict For Harbour Plan\n\n"
           "The harbour plan of the Marlow council drew a harsh verdict from the fishing fleet on Monday.\n\n"
           "Harsh criticism came first. \"It is a disgrace,\" the fleet's skipper Dan Moyes said.\n\n"
           "Brutal as it sounds, \"the quay will close,\" Moyes warned.\n")


def test_an_adjective_opening_its_sentence_is_no_speaker(speakers):
    assert speakers(SKIPPER, saying="the quay will close") != ["Brutal"]
    assert speakers(SKIPPER, saying="It is a disgrace") == ["Dan Moyes"]


def test_a_word_asked_as_a_question_of_its_own_is_no_one_the_pronoun_after_means(speakers):
    text = ("Financial adviser Callum Reid says most families can save more than they think.\n\n"
            "Harsh? He does not think so. \u201cNobody is forced to pay for a gym they never visit,\u201d he said.")
    assert speakers(text) == ["Callum Reid"]


def test_a_capitalised_plural_subject_of_a_present_verb_is_people_unnamed(speakers):
    text = ("The council will close the library on Sundays from March.\n\n"
            "Politicos dub the plan \"managed decline,\" but readers have a blunter word for it.\n")
    assert speakers(text, saying="managed decline", kinds=True) == [("politicos", "person")]


def test_a_title_alone_before_a_headline_colon_is_not_taken_for_a_plural_subject(speakers):
    text = ("Premier: 'Leave now, do not wait'\n\n"
            "The premier, Rosalind Varga, has told residents of the valley to leave before the fire front arrives.\n\n"
            "\"Leave now, do not wait,\" she said.\n")
    assert set(speakers(text, saying="Leave now")) == {"Rosalind Varga"}


#: An article written for the test whose first line is its title (not in title case), with a heading below.
TITLED = ("Purple Heart Widow Corners Senator: only \u2018a few promises\u2019 were kept\n\n"
          "A widow whose husband was killed in the war confronted Senator Dale Whitcombe on Tuesday.\n\n"
          "Purple Heart families have waited years for the clinic, she said, and the cash never came.\n\n"
          "Harbour Board Blasts Levy Of Fleet\n\n"
          "The board said the levy of the fleet was fair.\n\n"
          "Leading Website Doubts \u2018Miracle\u2019 Cure\n\n"
          "A health website called the cure a \u201cmiracle\u201d in May.")


def test_a_document_name_in_lower_case_is_no_headline_fragment_and_no_error():
    text = "Council Publishes annual report\nBy Jo Bloggs\n\nThe council published its annual report on Monday."
    assert is_headline_fragment("annual report", "document", text) is False


@pytest.mark.parametrize("name, kind, fragment", [
    ("Purple Heart Widow Corners Senator", "person", True),  # a noun for a person: describes her
    ("Board Blasts Levy Of Fleet", "organization", True),  # a headline's verb
    ("Widow Corners Senator", "unknown", True),  # "widow" is written in lower case
    ("Dale Whitcombe", "person", False),  # written in the story
    ("Senator Dale", "person", False),  # written in no headline
    ("Leading Website", "document", True),  # a document the story writes in lower case, described
    ("Harbour Board", "organization", False),  # a body's name, though the story writes "the board"
])
def test_words_only_a_headline_writes_are_no_name(name, kind, fragment):
    assert is_headline_fragment(name, kind, TITLED, title=TITLED.split(":")[0]) is fragment
    assert is_no_ones_name(name, kind, TITLED, title=TITLED.split(":")[0]) is fragment


def test_a_name_is_not_cut_before_a_noun_for_the_person_it_describes():
    assert before_headline_words("Purple Heart Widow Corners Senator", TITLED, title=TITLED.split(":")[0]) \
        == "Purple Heart Widow Corners Senator"  # not "Purple Heart", whom the story writes before "families"


@pytest.mark.parametrize("name, kind", [("Harbour Lights\u201d Star", "organization"), ("Tessa [Ward", "person"),
                                        ("II. Findings", "organization"), ("B. Report", "document")])
def test_markup_and_numbered_headings_name_no_one(name, kind):
    assert is_no_ones_name(name, kind)


@pytest.mark.parametrize("name, kind", [("I. M. Okafor", "person"), ("J. R. Tolland", "person"),
                                        ("Findings Group", "organization")])
def test_initials_and_bodies_are_still_names(name, kind):
    assert not is_no_ones_name(name, kind)


def test_a_title_or_description_the_extractor_found_no_one_for_gets_no_speaker(tmp_path):
    conn = connect(str(tmp_path / "q.db"))
    text = ("\u201cThe levy stays,\u201d the Harbour Board Vice President said.\n"
            "\u201cWe were never asked,\u201d the Wexford Republican said.\n"
            "\u201cThe quay will close,\u201d Ewan Dalgleish said.")
    said = [("The levy stays", "Harbour Board Vice President", "unresolved"),
            ("We were never asked", "Wexford Republican", "unresolved"), ("The quay will close", "Ewan Dalgleish", "name")]
    quotes = []
    for words, name, resolved in said:
        start, at = text.index(words), text.index(name.split()[-1])
        quotes.append(Quote(start=start, end=start + len(words), text=words, speaker_name=name, speaker_kind="person",
                            speaker=Mention(at, at + len(name), name), method="governing verb", confidence=0.9,
                            resolved=resolved))
    articles.store(conn, prepare(Source(text=text, origin="test")), quotes)
    assert [r[0] for r in conn.execute("SELECT name FROM speakers")] == ["Ewan Dalgleish"]
