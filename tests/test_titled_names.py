"""A person's name after an abbreviated title inside what the recognizer typed a body's or a place's name ("Barangay
Capt. Wilfredo Dacles"): the pipe titled_names.py types the words after the title a person's.  Sentences written
for the test; fictional people."""
from __future__ import annotations


def test_a_name_after_a_title_inside_a_place_s_name_is_a_person_s(speakers):
    text = ("Dengue deaths rise\n\n"
            "Barangay Capt. Wilfredo Dacles of Barangay Mercedes said residents had asked for fogging for weeks.\n\n"
            "\u201cThey say fogging is not the answer. Then what is?\u201d Dacles said.")
    assert speakers(text) == ["Wilfredo Dacles"]


def test_initials_with_full_stops_are_no_title(nlp):
    doc = nlp("The U.S. Consumer Product Safety Commission said the heaters were unsafe.")
    assert any(e.label_ == "ORG" and e.text.endswith("Consumer Product Safety Commission") for e in doc.ents)
    assert not any(e.label_ == "PERSON" for e in doc.ents)


def test_a_name_right_after_a_title_that_the_recognizer_typed_a_body_s_is_a_person_s(speakers):
    text = ("Market fire\n\nCity Fire Marshal Supt. Rowena Alimbon of the Bureau of Fire Protection and Mayor Ismael "
            "Kulat met reporters on Thursday.\n\n\u201cAbout 140 stalls were lost,\u201d Alimbon said.")
    assert speakers(text) == ["Rowena Alimbon"]
