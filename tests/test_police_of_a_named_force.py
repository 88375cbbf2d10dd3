""""Police said" is the one force the article named with "Police" inside its name ("the Kathmandu Valley Police
Office", not only one ending in "Police"), named before it or, where the article names only one, after it;
"headquarters" ends a body's name; on articles written for the test."""
from __future__ import annotations

Q, E = "\u201c", "\u201d"


def test_police_is_the_force_named_with_police_inside_its_name(speakers):
    text = ("Three held over gold shop robbery\n\nThe arrested are three men from Dhading, according to the Lalitpur "
            f"Metropolitan Police Office at Pulchowk.\n\nPolice said CCTV footage had been {Q}the key to the case{E}.\n")
    assert speakers(text) == ["Lalitpur Metropolitan Police Office"]


def test_headquarters_ends_a_body_s_name(speakers):
    text = ("Jewellers told to fit alarms\n\nNepal Police Headquarters in Naxal, in a circular issued on Wednesday, urged "
            f"jewellers to install alarms {Q}that work even when the power goes off{E}.\n")
    assert speakers(text, kinds=True) == [("Nepal Police Headquarters", "organization")]


def test_police_opening_the_story_is_the_one_force_named_after_it(speakers):
    text = ("Two sought after Bendigo death\n\n"
            f"Police said the pair were {Q}not suspects at this stage{E}.\n\n"
            f"{Q}Investigators believe they may have information,{E} a Victoria Police statement said.\n")
    assert speakers(text) == ["Victoria Police", "Victoria Police"]
    text = ("Two sought after Bendigo death\n\n"
            f"Police said the pair were {Q}not suspects at this stage{E}.\n\n"
            "Victoria Police and the Australian Federal Police are investigating.\n")
    assert speakers(text) == ["police"]
