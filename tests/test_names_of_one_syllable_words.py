"""Chinese names of three one-syllable words written without hyphens ("Ng Boon Kiat", "Yeoh Soon Hin"), whose
surname the tagger leaves out of the person or whose given names it leaves outside the name: the name is whole, and
the surname alone finds it.  Sentences written for the test; fictional people."""
from __future__ import annotations

L, R = "\u201c", "\u201d"


def test_a_surname_the_tagger_left_before_the_given_names(speakers):
    text = (f"On March 11, Ng Boon Kiat, 47, was sentenced to eight months' jail. {L}I am sorry,{R} the 47-year-old "
            f"said. {L}I never saw him,{R} Ng said.")
    assert speakers(text) == ["Ng Boon Kiat", "Ng Boon Kiat"]


def test_given_names_the_parser_took_for_a_new_sentence(speakers):
    text = ("No new hillside project will be approved in Penang until an audit is completed, says state exco member "
            f"Datuk Yeoh Soon Hin.\n\nYeoh, who chairs the planning committee, told the assembly: {L}We will not sign "
            f"off on a single project.{R}")
    assert speakers(text) == ["Yeoh Soon Hin"]


def test_a_surname_inside_a_name_with_an_english_given_name(speakers):
    text = (f"Paediatrician Ivan Goh Chee Meng, who runs a clinic in Punggol, called the wave {L}busier than usual{R}."
            f"\n\n{L}Most cases are mild and resolve within a week,{R} said Dr Goh.")
    assert speakers(text) == ["Ivan Goh Chee Meng", "Ivan Goh Chee Meng"]


def test_english_words_after_a_surname_are_no_given_names(speakers):
    text = f"{L}We will appeal,{R} said Mr Tan on his way out. Mr Tan On Sun Street was not there."
    assert speakers(text) == ["Tan"]
