"""Whom a he, she, it or they means, on sentences written for the test: the subject written with letters after
the name ("Orla Pryce MP, who represents Ashcombe North, said …"), never the person a question opening the
sentence asks about ("Asked whether Hatcher was known to deputies, he said"), a group that spoke just
before ("The scheme's trustees said …. “…,” they said"), a body that speaks though the tagger calls its name
a place ("Lake Superior Northern Railway said …. It said …"), and someone just introduced by a given name the
tagger takes for a number ("Aileen in Staffin emailed …. “…,” she writes")."""
from __future__ import annotations

import pytest

from quotes.extract.grammar import is_subject

CASES = [
    ("'she' is the subject written with letters after the name, not the seat a relative clause names",
     "Opening the debate, the shadow minister, Orla Denning-Pryce MP, who represents Ashcombe North, said starts "
     "were down.\n\n\u201cA young person in Wigan or Widnes does not get a career from a score,\u201d she told MPs.",
     "Orla Denning-Pryce", "person"),
]


@pytest.mark.parametrize("text,name,kind", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_pronoun_speaker(nlp, text, name, kind):
    from quotes.extract import extract_quotes

    quotes = extract_quotes(text, nlp=nlp)
    assert [(q.speaker_name, q.speaker_kind) for q in quotes][-1:] == [(name, kind)]


def test_a_name_with_letters_after_it_is_the_subject_it_stands_in_apposition_to(nlp):
    doc = nlp("The shadow minister, Orla Pryce MP, said starts were down.")
    assert is_subject(next(t for t in doc if t.text == "Pryce"))
    doc = nlp("Plaid Cymru voters said the plan was fair.")
    assert not is_subject(next(t for t in doc if t.text == "Cymru"))
