"""The "he" or "she" who answers a question an unnamed reporter put to someone is the one asked, not the asker; a
description that replies ("the witness replied") is the one asked too; and "he" or "she" is never the one its own
verb or quotation addresses ("He told Sir Alan", "“…, Ms Mathur,” she said"): sentences written for the test."""
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
    ("the answer is a quotation of two sentences: the question counts from the quotation's first",
     "Senior counsel Priya Menon said the states had not filed replies.\n\n"
     "Justice Asha Varghese asked Ms Menon whether the states had been made parties. "
     "\u201cTwo of them have replied. The third has not appeared at all,\u201d she replied.",
     ["Priya Menon"]),
    ("one pressed 'on whether', whose given name tells no gender, answers the next paragraph's 'she'",
     "Councillor Mia Halloran asked Fire Chief Xochitl Barrera about response times.\n\n"
     "Halloran then pressed Barrera on whether Station 3 could stay open part-time.\n\n"
     "\u201cWe could look at it, but part-time stations carry their own risks,\u201d she said.",
     ["Xochitl Barrera"]),
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


DISJOINT = [
    ("'he' of 'He told Sir Alan' is not Sir Alan, however newly he spoke",
     "Trevor Bexley, 58, approved the cladding in 2017.\n\n"
     "The inquiry chairman, Sir Alan Whitcombe, then intervened. \u201cWere you the last check?\u201d he asked.\n\n"
     "Later, asked by counsel whether anyone had raised concerns, he said a junior surveyor had.\n\n"
     "He told Sir Alan: \u201cShe was right and I was wrong.\u201d",
     ["Trevor Bexley"]),
    ("'she' after a quotation addressing 'Ms Mathur' is not Ms Mathur, though Ms Mathur was just asked",
     "Counsel Rohini Mathur said the states had been reminded twice.\n\n"
     "Justice Hema Kulkarni asked Ms Mathur whether the guidelines had been notified. "
     "\u201cGuidelines on paper do not put out fires, Ms Mathur,\u201d she said.",
     ["Hema Kulkarni"]),
    ("'the witness replied' after a question put to the witness by name is the witness, not the asker",
     "Trevor Bexley, 58, approved the cladding in 2017.\n\n"
     "The inquiry chairman, Sir Alan Whitcombe, then intervened.\n\n"
     "\u201cMr Bexley, you were the last line of defence, weren\u2019t you?\u201d he asked.\n\n"
     "\u201cI was supposed to be, sir,\u201d the witness replied.",
     ["Alan Whitcombe", "Trevor Bexley"]),
]


@pytest.mark.parametrize("text,names", [c[1:] for c in DISJOINT], ids=[c[0] for c in DISJOINT])
def test_the_one_addressed_is_not_the_speaker(speakers, text, names):
    assert speakers(text)[-len(names):] == names
