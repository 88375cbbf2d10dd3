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


def test_a_name_after_a_style_without_a_full_stop_typed_a_body_s_is_a_woman_s_too(speakers):
    text = ("Prayers for missing fisherman\n\nA vigil was held at Castlebay pier yesterday by the Rev Mairi Macneil, "
            "minister of the parish.\n\nSpeaking afterwards, Ms Macneil said the island was \u201cholding its breath\u201d."
            "\n\nLifeboat coxswain Donald Macneil said the crew would go out again. \u201cWe have known him all our "
            "lives,\u201d Mr Macneil said.")
    assert speakers(text) == ["Mairi Macneil", "Donald Macneil"]


def test_a_name_after_a_player_s_position_that_the_recognizer_typed_a_place_s_is_a_person_s(speakers):
    text = ("Sharks hold on\n\nThe Sharks were reduced to 14 men after an early yellow card to lock Eben Strydom.\n\n"
            "Strydom, 34, said he accepted the referee\u2019s decision. \u201cI was a bit late,\u201d he said.")
    assert speakers(text) == ["Eben Strydom"]
