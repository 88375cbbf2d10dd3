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
