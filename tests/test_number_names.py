"""Surnames that open with a number word, which the recognizer cuts into a count and a body ("Sarah Two Bears"):
number_names.py joins them, and later mentions of the surname are that person.  Sentences written for the test;
fictional people."""
from __future__ import annotations


def test_a_surname_opening_with_a_number_word_is_the_person_s(speakers):
    text = ("Critic blasts rural health plan\n\n"
            "NDP health critic Sarah Two Bears said the plan would close clinics across the north.\n\n"
            "\u201cRural clinics are closing every month,\u201d Two Bears said.")
    assert speakers(text) == ["Sarah Two Bears"]


def test_a_count_before_a_body_stays_a_count(nlp):
    doc = nlp("Coach Ann Hale said Two Rivers and Three Oaks had both declined to play.")
    assert not any(e.label_ == "PERSON" and "Two" in e.text for e in doc.ents)
