"""A body named again by the first word of its name alone, as a subject the tagger put in no entity ("Nordkyst Energi
has shut …" ¶ "Nordkyst rejected that. “…,” it said"), is that body, and "it" after means it; not where the word is
written in lower case too, nor where two bodies start with it; on articles written for the test."""
from __future__ import annotations

import pytest

Q, E = "\u201c", "\u201d"

CASES = [
    ("a one-word subject, then it",
     "Rig leak probe\n\nNorwegian operator Nordkyst Energi has shut the Varg platform after a gas leak, the Petroleum "
     "Safety Authority said.\n\nUnion leader Kari Moen said workers had raised concerns for months. "
     f"{Q}We expect the company to be open about what it knew,{E} Moen said.\n\nNordkyst rejected that. {Q}All "
     f"maintenance on Varg has been carried out according to plan,{E} it said in a statement.\n",
     ["Kari Moen", "Nordkyst Energi"]),
    ("the first word the tagger took for an adjective",
     "Chatbot maker grows\n\nBengaluru-based Tessellate AI Technologies Pvt Ltd said on Monday it had raised $40 million."
     f"\n\nTessellate plans to add Marathi and Odia by June 2027, it said, and is in talks with {Q}two large public "
     f"sector banks{E}.\n",
     ["Tessellate AI Technologies Pvt Ltd"]),
]


@pytest.mark.parametrize("text,names", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_body_by_its_first_word(speakers, text, names):
    assert speakers(text) == names


def test_two_bodies_that_start_alike_are_neither(speakers):
    """Guard: where two bodies met before start with the word, it names neither."""
    text = ("Rig leak probe\n\nNordkyst Energi and Nordkyst Drilling have shut the Varg platform.\n\nNordkyst rejected "
            f"that. {Q}All maintenance has been carried out according to plan,{E} it said in a statement.\n")
    assert speakers(text)[0] not in ("Nordkyst Energi", "Nordkyst Drilling")
