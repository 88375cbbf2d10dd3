"""A body's nouns and pronouns after its officers have spoken: "the company said" after the CFO is the company, not
an office the tagger took for a body; "the city said" is no city manager; "the detachment said" is the police; "it"
after "The X Corporation said" is that body, not an older one. Sentences written for the test."""
from __future__ import annotations

import pytest

L, R = "\u201c", "\u201d"

CASES = [
    ("'the company' after its CFO spoke is the company, the CFO no body",
     "Harrowgate Grain Corp. reported a loss on Tuesday. Chief financial officer Dale Simkin said the harvest had been "
     f"poor. Asked about the dividend, the CFO said: {L}We can carry one bad year.{R}\n\n"
     f"In its outlook, the company said it expected {L}a slow recovery in volumes{R} next spring.",
     ["Dale Simkin", "Harrowgate Grain Corp."]),
    ("'the city' is not its city manager",
     "City manager Wes Pollard presented the water rates to council on Monday. The city said in a news release that the "
     f"rates would be reviewed every year to {L}keep bills fair for ratepayers.{R}",
     ["city"]),
    ("'the detachment' is the police force that spoke, not the mayor before",
     f"Mayor Carla Dunning asked residents to stay away. {L}Please wait until we tell you it is safe,{R} Dunning said.\n\n"
     "RCMP said officers had turned back cars at a checkpoint. In a statement, the detachment said "
     f"{L}the checkpoint is there for everyone's safety.{R}",
     ["Carla Dunning", "RCMP"]),
    ("'it' after 'The X Corporation said' is that body, not the corporation named alone before",
     "The Corporation sent 900 workers to clear the banks after the festival. The Tiruppur Corporation said in a release "
     f"that 60 tonnes of waste had been removed. {L}Visitors are asked not to leave plastic on the banks,{R} it said.",
     ["Tiruppur Corporation"]),
]


@pytest.mark.parametrize("text,names", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bodies_speaking_after_officers(speakers, text, names):
    assert speakers(text) == names
