""""Sayyid Fahad bin Mahmoud Al Said": "Sayyid" is a style, no word of the name, and "Said" after the particle "Al" is
the family name, not the verb; "Sayyid Fahad said" later is the same man.  On articles written for the test."""
from __future__ import annotations

Q, E = "\u201c", "\u201d"


def test_the_style_goes_and_the_family_name_stays(speakers):
    text = ("Oman port deal\n\nSayyid Fahad bin Mahmoud Al Said opened the new terminal on Monday. "
            f"{Q}This port will serve the whole region,{E} Sayyid Fahad said.\n")
    assert speakers(text) == ["Fahad bin Mahmoud Al Said"]


def test_a_headline_verb_after_a_name_is_still_cut(speakers):
    text = f"Lowe Said To Quit\n\nThe manager Tom Lowe spoke on Friday. {Q}I have not decided,{E} Lowe said.\n"
    assert speakers(text) == ["Tom Lowe"]
