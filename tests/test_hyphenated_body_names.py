"""A body's name the tagger put in no entity keeps the words joined by hyphens inside it ("Kuwait Anti-Corruption
Authority", "Cash-in-Transit Association of South Africa"), not only the words after the last hyphen; on sentences
written for the test."""
from __future__ import annotations

import pytest

Q, E = "\u201c", "\u201d"

CASES = [
    ("a prefix joined by a hyphen",
     f"Graft inquiry widens\n\nThe Kuwait Anti-Corruption Authority said it would {Q}act without fear or favour{E}.\n",
     ["Kuwait Anti-Corruption Authority"]),
    ("a lower-case word between two hyphens",
     f"Guards demand protection\n\nThe Cash-in-Transit Association of South Africa called for {Q}specialised courts for "
     f"these attacks{E}.\n",
     ["Cash-in-Transit Association of South Africa"]),
]


@pytest.mark.parametrize("text,names", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_hyphenated_body_name_is_whole(speakers, text, names):
    assert speakers(text) == names
