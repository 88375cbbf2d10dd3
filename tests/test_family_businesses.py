"""A business named after the family that runs it is no person, on sentences written for the test: after "Ana
Pereira, 50, runs Pereira Hill Wines with her brother, Tomas," the brother is Tomas Pereira (was "Tomas Wines", the
last word of the firm's name taken for "her")."""
from __future__ import annotations

Q, E = "\u201c", "\u201d"


def test_a_relative_takes_the_familys_name_not_the_firms(speakers):
    text = ("Vineyard feature\n\n"
            "Ana Pereira, 50, runs Pereira Hill Wines with her brother, Tomas, who planted the first vines in 1998.\n\n"
            f"{Q}It was bare hillside when we started,{E} he says.\n\n"
            f"The old farmer still walks the rows every morning. {Q}I count the grapes,{E} Tomas says.\n")
    assert speakers(text) == ["Tomas Pereira", "Tomas Pereira"]
