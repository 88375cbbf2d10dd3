"""Court reports: "the defendant" or "the accused" is the one the story says pleaded, was charged, fined or sentenced,
or appeared in court, and words they said that an officer relays are theirs; "a statement from the victim, Lindiwe
Dube," that a prosecutor reads is hers. Sentences written for the test."""
from __future__ import annotations

import pytest

Q, E = "\u201c", "\u201d"

CASES = [
    ("pleaded guilty: the defendant",
     "Woman fined over car park assault\n\nTara Quilty, 31, of Clarecastle, pleaded guilty at Ennis District Court to "
     "assault. Garda Sergeant Niamh Collins said Quilty had been abusive when arrested. Sgt Collins said the defendant "
     f"told her: {Q}I'll do it again if she parks there.{E}\n",
     "Tara Quilty"),
    ("was charged: the accused",
     "Man in court over warehouse fire\n\nA 44-year-old man, Colm Devery, was charged on Friday with arson.\n\n"
     f"{Q}I was nowhere near the place,{E} the accused told the court.\n",
     "Colm Devery"),
    ("appeared in court: the accused",
     "Man in court over warehouse fire\n\nColm Devery, 44, appeared at Limerick District Court on Friday.\n\n"
     f"{Q}I was nowhere near the place,{E} the accused told the court.\n",
     "Colm Devery"),
    ("a statement from the victim, read by the prosecutor",
     "Robbery trial hears victim's statement\n\nState prosecutor Thabo Nkosi read a statement from the victim, "
     f"Lindiwe Dube, who could not attend. {Q}I still cannot sleep with the lights off,{E} the statement read.\n",
     "Lindiwe Dube"),
]


@pytest.mark.parametrize("text,name", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speaker(speakers, text, name):
    assert speakers(text) == [name]


def test_a_name_the_parser_hangs_on_its_place_in_apposition_is_the_one_the_role_describes(speakers):
    text = ("Man remanded over ram\n\nThe prosecutor, Inspector Aliyu Danbaba, told the court that the complainant, "
            "Nura Abdullahi of Gwammaja quarters, reported the matter on July 10.\n\nDanbaba said the complainant told "
            "police: \u201cI tied my ram in front of my house after isha prayers.\u201d\n")
    assert speakers(text) == ["Nura Abdullahi"]
