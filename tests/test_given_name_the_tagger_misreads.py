"""A listed given name the tagger reads as another word ("Ifor", taken for a preposition) still opens the full name
before a surname, so that the surname alone, "he" and the family's relatives find it. On an article written for the
test."""
from __future__ import annotations

Q, E = "\u201c", "\u201d"

FARM = ("Three generations on one hill\n\nIfor Pugh, 78, leans on a hurdle and says he has seen "
        f"{Q}sixty-odd lambings{E} on this hill.\n\n{Q}My father started me at eight years old,{E} he says.\n\n"
        "His son, Geraint, now runs the farm with his wife, Mererid.\n\n"
        f"{Q}Dad still thinks he is in charge,{E} Geraint says.\n")


def test_a_misread_given_name_opens_the_name_and_its_family(speakers):
    assert speakers(FARM) == ["Ifor Pugh", "Ifor Pugh", "Geraint Pugh"]

