"""An honorific used as a title after "the" ("the Kgosi said", "the Alhaji said") is the one person the article named
with it, on sentences written for the test; with two so named, or none, it stays no one's name."""
from __future__ import annotations

import pytest

Q, E = "\u201c", "\u201d"

CASES = [
    ("'the Kgosi' is the one named 'Kgosi …'",
     "Mine expansion\n\nKgosi Tshekedi Modisaotsile, who leads the ward, opposed the expansion.\n\n"
     f"{Q}A chief who keeps quiet is not a chief,{E} the Kgosi said.\n",
     "Tshekedi Modisaotsile"),
    ("two so named leave it no one's",
     "Mine expansion\n\nKgosi Tshekedi Modisaotsile and Kgosi Mothusi Sebele opposed the expansion.\n\n"
     f"{Q}A chief who keeps quiet is not a chief,{E} the Kgosi said.\n",
     "Kgosi"),
]


@pytest.mark.parametrize("text,name", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speaker(speakers, text, name):
    assert speakers(text) == [name]
