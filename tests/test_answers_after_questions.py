"""The "he" or "she" who answers a question an unnamed reporter put to someone is the one asked, not the asker:
sentences written for the test."""
from __future__ import annotations

import pytest

CASES = [
    ("a question asked of 'her' is answered by the woman named before",
     "Council leader Bronwen Ashdown said the budget was settled.\n\n"
     "One journalist asked her directly: \u201cWill you stand again?\u201d\n\n"
     "\u201cNo,\u201d she replied. \u201cThat is my final answer.\u201d",
     ["Bronwen Ashdown", "Bronwen Ashdown"]),
    ("a question put 'to him' is answered by the man named before",
     "Coach Arnie Vukovic was asked about his injured captain on Friday.\n\n"
     "A reporter put it to him: \u201cIs she fit for the final?\u201d\n\n"
     "\u201cShe'll play,\u201d he said.",
     ["Arnie Vukovic"]),
]


@pytest.mark.parametrize("text,names", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_answer_after_a_question_put_to_someone(speakers, text, names):
    assert speakers(text)[-len(names):] == names


REPORTED = [
    ("a question told in the writer's words is answered by the woman asked, not the woman asking",
     "Host Imogen Carr opened the phone lines at nine.\n\n"
     "Economist Ana Whitlow joined her.\n\n"
     "Carr asked Ms Whitlow whether the depot would close. \u201cNot while I am leader,\u201d she said.",
     ["Ana Whitlow"]),
    ("a man asked 'how' answers in the next paragraph",
     "Councillor Ben Osei defended the budget on Monday.\n\n"
     "Committee chair Mark Deering asked him how the gap would be closed.\n\n"
     "\u201cWith the reserves we built up,\u201d he replied.",
     ["Ben Osei"]),
    ("a request ('asked her to speak') is no question: 'she' stays the one who asked",
     "Secretary Gwen Pryce spoke on Friday. Gwen Pryce said she had asked Ms Lorne to speak at the meeting. "
     "\u201cNobody knows the pool better,\u201d she said.",
     ["Gwen Pryce"]),
    ("'she replied' after a question a woman asked no one by name is the other woman, not the asker",
     "Counsel Radhika Menon said the lake was shrinking. \u201cThe files move slowly,\u201d she said.\n\n"
     "Justice Kavitha Rao then asked: \u201cHas anyone visited the site this year?\u201d\n\n"
     "\u201cTwice, My Lady,\u201d she replied.",
     ["Radhika Menon"]),
]


@pytest.mark.parametrize("text,names", [c[1:] for c in REPORTED], ids=[c[0] for c in REPORTED])
def test_the_one_who_answers_is_not_the_asker(speakers, text, names):
    assert speakers(text)[-len(names):] == names
