"""Whom a "he" or "she" means after a clause of time opening its sentence: that clause's subject ("When Mr. Velu rose
again, he said …"), or the one it says was asked ("When the judge asked Mr. Varkey whether …, he said …"), not the one
the sentence before was about.  Sentences written for the test; fictional people."""
from __future__ import annotations

import pytest

CASES = [
    ("the subject of 'When … rose' after another man's sentence",
     "Assembly clash\n\nFinance Minister Thangam Velu and Leader of the Opposition Ravi Kumar clashed on Monday.\n\n"
     "Mr. Kumar accused the minister of hiding the figures. When Mr. Velu rose again, he said the Opposition leader "
     "was \u201cmisleading the House\u201d.",
     "Thangam Velu"),
    ("the one asked in 'When the judge asked …', not the advocate named before",
     "Bail hearing\n\nAt the hearing, Advocate K. Menon argued the case for the bank. When the judge asked Mr. Joseph "
     "Varkey whether he had instructions, he said: \u201cI will need instructions, My Lord.\u201d",
     "Joseph Varkey"),
    ("a woman after 'After … finished', not the other woman quoted before",
     "Council vote\n\nCouncillor Ruth Adeyemi called the plan \u201ca disgrace\u201d. Ms Adeyemi then sat down.\n\n"
     "After Mayor Helen Brandt finished reading the report, she said: \u201cThe vote stands.\u201d",
     "Helen Brandt"),
]


@pytest.mark.parametrize("text, name", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_pronoun_after_a_clause_of_time(speakers, text, name):
    assert speakers(text)[-1] == name


def test_a_clause_of_time_naming_someone_of_the_other_sex_is_passed_over(speakers):
    text = ("Council vote\n\nCouncillor Ruth Adeyemi called the plan \u201ca disgrace\u201d.\n\n"
            "When Mr. Tom Brandt rose, she said: \u201cSit down, please.\u201d")
    assert speakers(text)[-1] == "Ruth Adeyemi"


def test_a_pronoun_whose_verb_has_the_clause_s_subject_for_object_is_someone_else(speakers):
    text = ("Speaker warns minister\n\nAdrian Vella, the minister, kept speaking. The Speaker, Joseph Attard, asked him "
            "to sit down. \u201cLet the member finish,\u201d the Speaker said. When Vella continued, he warned him that he "
            "would be \u201cnamed and asked to leave the chamber today\u201d.")
    assert speakers(text)[-1] == "Joseph Attard"
