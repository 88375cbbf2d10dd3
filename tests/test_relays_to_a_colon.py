"""Words relayed through a telling that runs on to the colon before them: a telling inside a relative clause, a
weaker reporting verb ("described", "messaged"), a message sent; not a thought ("said what we were all thinking:").
Each on sentences written for the test."""
from __future__ import annotations

import pytest

L, R = "\u201c", "\u201d"

CASES = [
    ("a telling inside a relative clause relays its own subject's words",
     "Detective Sergeant Olwen Pryce said the gang targeted pensioners.\n"
     f"Pryce described one call in which a fraudster had told a widow in Neath: {L}Your bank account is being "
     f"emptied as we speak. Move the money now.{R}\n",
     ["fraudster"]),
    ("a weaker reporting verb that opens the quotation with a colon relays its subject's words",
     "Crown counsel Ifan Roberts told the court the nurse had described the crash in her statement: "
     f"{L}The van just came out of nowhere.{R}\n",
     ["nurse"]),
    ("'messaged' relays the words of whoever messaged",
     "Her cousin, Tegan Lloyd, said Carys Morgan had messaged her from the summit at noon: "
     f"{L}View is unreal, heading down now.{R}\n",
     ["Carys Morgan"]),
    ("a message sent is the sender's words",
     "Winger Dafydd Rees said his coach, Gareth Pugh, had sent him a message before the final: "
     f"{L}Enjoy it. You have earned this.{R}\n",
     ["Gareth Pugh"]),
    ("a thought the speaker gives others is no telling: the words are the speaker's own",
     f"Coach Dai Evans said the players must have been thinking: {L}We can win this.{R}\n",
     ["Dai Evans"]),
    ("a telling on whom the cue speaks to is theirs, not the words' speaker's",
     f"The chief constable, Mark Hollis, told MPs who had questioned him for three hours: {L}I accept the force "
     f"failed.{R}\n",
     ["Mark Hollis"]),
]


@pytest.mark.parametrize("text,names", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speakers(speakers, text, names):
    assert speakers(text) == names

