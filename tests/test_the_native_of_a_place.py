""""The Thomastown native" is the person the paragraph is about, whether a man or a woman, as "the Munster man" is;
on an article written for the test."""
from __future__ import annotations


def test_the_native_of_a_place_is_the_person_in_focus(speakers):
    text = ("Kilkenny edge final\n\nWinning manager Aoife Brennan paid tribute to her defence.\n\n\u2018They held out "
            "for the last ten minutes,\u2019 Brennan said.\n\nShe said the panel had been written off in the spring. "
            "\u2018We put that cutting on the dressing-room wall,\u2019 the Callan native said.\n")
    assert speakers(text) == ["Aoife Brennan", "Aoife Brennan"]
