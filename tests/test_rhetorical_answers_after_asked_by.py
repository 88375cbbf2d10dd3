"""A question quoted after "Asked by …," (the comma left out or not) is the asker's ("Asked by a reporter, “Nana, what …?”, the chief replied:
“…”"), but not where a reply's cue ends the sentence after it: "Quizzed by reporters, “Why would I resign?” Dr Ama
Owusu replied." is her answer, put as a question.  On articles written for the test."""
from __future__ import annotations

import pytest

Q, E = "\u201c", "\u201d"


@pytest.mark.parametrize("asked", ["Asked", "Quizzed", "Pressed"])
def test_a_question_before_a_reply_that_ends_the_sentence_is_the_answer(speakers, asked):
    text = f"Budget\n\nThe minister defended the budget. {asked} by reporters, {Q}Why would I resign?{E} Dr Ama Owusu replied.\n"
    assert speakers(text) == ["Ama Owusu"]


def test_a_question_before_a_reply_with_its_own_quotation_is_the_askers(speakers):
    text = (f"Fishing\n\nAsked by a reporter, {Q}Nana, what do you say to those who sell premix?{E}, the chief replied: "
            f"{Q}Show me the fisherman.{E}\n")
    assert speakers(text) == ["reporter", "chief"]


def test_a_question_after_asked_by_without_a_comma_is_the_askers(speakers):
    text = (f"Flats\n\nAsked by a Heartland Post reporter {Q}Will prices be within reach of first-timers?{E}, Mr Koh said "
            "grants would help.\n")
    assert speakers(text) == ["Heartland Post reporter"]
