""""Association president K.R. Prasad", which the tagger may type a body's: initials and a listed name after a
role are a person's, and "Prasad said" later is the same man.  On articles written for the test."""
from __future__ import annotations

Q, E = "\u201c", "\u201d"

TEXT = ("Metro opens\n\nElectronic City Industries Association president K.R. Prasad said the feeder buses had not "
        f"started. {Q}The last mile is still a nightmare,{E} Prasad said.\n\nCommuters agreed. {Q}We walk two "
        f"kilometres,{E} said Lakshmi Narayanan.\n\nPrasad said he would write to the board. {Q}Every station needs a "
        f"bus,{E} Prasad said.\n")


def test_the_surname_later_is_the_man_named_with_initials(speakers):
    assert speakers(TEXT, saying="last mile") == ["K.R. Prasad"]
    assert speakers(TEXT, saying="Every station") == ["K.R. Prasad"]

