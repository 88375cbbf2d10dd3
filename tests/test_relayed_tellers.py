"""Words someone told the one who reports them, on sentences written for the test: "“…,” one machinist told him, Havili
said" are the machinist's (whatever noun names the teller), relayed by Havili; "One of them had told her: “…”" and
"“…,” one of them told her" are one of the group the sentence before names ("exporters" -> "exporter"); "She said he
told detectives: “…”" is his. Words in a telling that runs on after its verb ("graziers had told him they were “…”")
stay the reporter's, and "One of them, fisherman X, said" is X."""
from __future__ import annotations

import pytest

Q, E = "\u201c", "\u201d"

CASES = [
    ("a teller after the words, told to the one who reports them, is the speaker",
     "Strike spreads\n\n"
     "Union organiser Pita Havili said members were angry.\n\n"
     f"{Q}I cannot feed my children on this,{E} one machinist told him, Havili said.\n",
     "machinist", 0),
    ("'One of them had told her' is one of the group named the sentence before",
     "Coffee prices slump\n\n"
     "Tran Thi Lan, who farms two hectares near Buon Ma Thuot, said exporters had stopped calling in October. "
     f"One of them had told her: {Q}We cannot sell what we already bought.{E}\n",
     "exporter", 0),
    ("'one of them told her' after the words is one of the group",
     "Ferry cuts\n\n"
     f"Councillor Ruth Mains said islanders were furious. {Q}We are being cut off,{E} one of them told her.\n",
     "islander", 0),
    ("'She said he told detectives:' opens his words, the colon hung on 'told' or on 'said'",
     "Stock theft charge\n\n"
     "Prosecutor Tegan Murdoch told the court the accused, Dale Prowse, had made admissions in an interview.\n\n"
     f"She said he told detectives: {Q}I only took cleanskins. Everyone does it.{E}\n",
     "Dale Prowse", 0),
]

GUARDS = [
    ("words in a telling that runs on after its verb are the reporter's",
     "Drought loans extended\n\n"
     "Mr Munday, who holds the seat of Barcoo, said graziers had told him they were "
     f"{Q}one bad summer away from selling up{E}.\n",
     "Munday", 0),
    ("'One of them', named beside it, is the one named",
     "Ferry row\n\n"
     "A handful of protesters held a banner outside. One of them, retired fisherman Harry Kermode, 71, said: "
     f"{Q}They sold us a ferry we already paid for.{E}\n",
     "Harry Kermode", 0),
]


@pytest.mark.parametrize("text,name,which", [c[1:] for c in CASES + GUARDS], ids=[c[0] for c in CASES + GUARDS])
def test_speaker(speakers, text, name, which):
    assert speakers(text)[which] == name
