"""Initials that only say what kind of body follows ("environmental NGO Green Islands") are no word of its name, and
"the NGO" later is that body. Sentences written for the test."""
from __future__ import annotations

import pytest

Q, E = "\u201c", "\u201d"

CASES = [
    ("the body's name after 'NGO'",
     f"VALLETTA - The marina plan has drawn fire.\n\n{Q}This is the last clean bay,{E} said environmental NGO "
     "Blue Cove Trust.\n",
     ["Blue Cove Trust"]),
    ("'the NGO' later is the body so called",
     "The tribunal revoked the permit, a decision that environmental NGO Green Islands described as "
     f"{Q}a victory{E}.\n\nThe NGO had argued that the land was protected.\n\n"
     f"{Q}The Authority ignored the local plan,{E} the NGO said in a statement.\n",
     ["Green Islands", "Green Islands"]),
]


@pytest.mark.parametrize("text,names", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speakers(speakers, text, names):
    assert speakers(text) == names


def test_the_kind_is_a_body_noun():
    from quotes.extract import lexicon

    assert "NGO" in lexicon.KIND_INITIALS and "ngo" in lexicon.BODY_NOUNS
