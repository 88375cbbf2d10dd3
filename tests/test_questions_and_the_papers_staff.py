"""A question quoted after "Asked by …," is the asker's, not the answer's speaker's; a reporter "from this paper" is the
paper's reporter when the outlet is known. On articles written for the test."""
from __future__ import annotations

import pytest

from quotes.extract import extract_quotes

Q, E = "\u201c", "\u201d"

PIER = ("Fishermen protest\n\nThe fishermen chanted as the chief fisherman, Kojo Mensah Arthur, spoke.\n\n"
        f"Asked by a reporter, {Q}What do you say to those who blame the fishermen?{E}, the chief fisherman replied: "
        f"{Q}Show me the fisherman.{E}\n\nPressed by the Coastal Herald, {Q}Will you meet the minister?{E} he said: "
        f"{Q}Yes, on Monday.{E}\n")


@pytest.fixture(scope="module")
def pier(nlp):
    return {q.text: q for q in extract_quotes(PIER, nlp=nlp)}


def test_a_question_after_asked_by_is_the_askers(pier):
    asked = pier["What do you say to those who blame the fishermen?"]
    assert (asked.speaker_name, asked.speaker.text) == ("reporter", "a reporter")
    assert pier["Will you meet the minister?"].speaker_name == "Coastal Herald"


def test_the_answer_stays_with_whom_was_asked(pier):
    assert pier["Show me the fisherman."].speaker_name == "Kojo Mensah Arthur"
    assert pier["Yes, on Monday."].speaker_name == "Kojo Mensah Arthur"


def test_words_after_asked_by_that_ask_nothing_stay_with_the_speaker(speakers):
    """Guard: only a question is the asker's."""
    text = (f"Strike\n\nAsked by a reporter, {Q}We will not go back,{E} the union leader, Ama Owusu, said.\n")
    assert speakers(text) == ["Ama Owusu"]


BRIEFING = ("Council tax plan defended\n\nCllr Martin Keast defended the plan on Monday. {Q}It is for local people,{E} he "
            "said.\n\nA reporter from this paper asked: {Q}How much will go on new homes?{E}\n").format(Q=Q, E=E)


def test_a_reporter_from_this_paper_is_the_outlets_reporter(nlp):
    found = extract_quotes(BRIEFING, nlp=nlp, outlet="Kernow Post")
    assert [q.speaker_name for q in found] == ["Martin Keast", "Kernow Post reporter"]


def test_without_an_outlet_the_reporter_stays_unnamed(nlp):
    assert [q.speaker_name for q in extract_quotes(BRIEFING, nlp=nlp)] == ["Martin Keast", "reporter"]


def test_an_answer_after_what_was_asked_is_the_answerers(speakers):
    """Guard: "Asked by reporters whether he would resign, “Why should I?”": the minister's own question."""
    text = (f"Row\n\nAsked by reporters whether he would resign, {Q}Why should I?{E} Finance Minister Tom Hale replied.\n")
    assert speakers(text) == ["Tom Hale"]


def test_a_named_journalist_of_this_paper_keeps_her_name(nlp):
    text = f"Briefing\n\nA journalist at this newspaper, Jane Cobb, asked: {Q}Who paid for it?{E}\n"
    assert [q.speaker_name for q in extract_quotes(text, nlp=nlp, outlet="Daily Gazette")] == ["Jane Cobb"]


def test_the_reporter_after_one_from_this_paper_is_the_outlets_reporter(nlp):
    text = ("Evacuation\n\nParish president Carl Dugas said buses would leave at 6 p.m. A reporter from this newspaper "
            f"asked Dugas whether there were enough. {Q}Do you have drivers for all of them?{E} the reporter asked.\n")
    assert [q.speaker_name for q in extract_quotes(text, nlp=nlp, outlet="Teche Tribune")] == ["Teche Tribune reporter"]


def test_an_unnamed_asker_keeps_the_words_of_the_noun(nlp):
    text = (f"Fund\n\nAsked by a Messenger reporter, {Q}Why should we believe you?{E}, the minister replied: "
            f"{Q}Watch what we do.{E}\n")
    assert extract_quotes(text, nlp=nlp)[0].speaker_name == "Messenger reporter"


@pytest.mark.parametrize("asker", ["a student at the University of Ghana", "a reporter who had travelled from Leeds",
                                   "a reporter close to the opposition"])
def test_an_asker_described_at_length_still_asks(nlp, asker):
    text = f"Fees\n\nAsked by {asker}, {Q}When will fees fall?{E} the minister, Tom Hale, said he could not say.\n"
    assert extract_quotes(text, nlp=nlp)[0].speaker.text == asker


def test_another_reporter_asking_is_not_the_papers(nlp):
    """Guard: "A reporter asked" after one "from this paper" asked is another reporter."""
    text = (f"Hospital\n\nAsked by a reporter from this paper whether wards would close, she replied: {Q}No.{E}\n\n"
            f"A reporter asked: {Q}Is the board fit to run services?{E}\n")
    found = extract_quotes(text, nlp=nlp, outlet="Deeside Leader")
    assert found[-1].speaker_name == "reporter"


def test_an_asker_is_named_by_the_words_before_the_place_asked_in(nlp):
    text = (f"Resign\n\nAsked by a reporter at a news conference in Nairobi on Monday, {Q}Will you resign?{E} the "
            f"minister replied: {Q}No.{E}\n")
    assert extract_quotes(text, nlp=nlp)[0].speaker_name == "reporter"
    text = f"Resign\n\nAsked by a reporter from this newspaper, {Q}Will you resign?{E} the minister replied: {Q}No.{E}\n"
    assert extract_quotes(text, nlp=nlp, outlet="The Messenger")[0].speaker_name == "The Messenger reporter"
