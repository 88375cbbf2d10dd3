""""the Le Page family", "the de Gruchy family", "the Van der Merwe family", "the Al Busaidi family": a family named
by a surname with particles keeps them.  On articles written for the test."""
from __future__ import annotations

import pytest

Q, E = "\u201c", "\u201d"


@pytest.mark.parametrize("person,family", [
    ("Peter Le Page", "Le Page"), ("Peter de Gruchy", "de Gruchy"), ("Johan van der Merwe", "Van der Merwe"),
    ("Salim Al Busaidi", "Al Busaidi"),
])
def test_a_family_keeps_the_particles_of_its_name(speakers, person, family):
    text = (f"Tributes paid\n\nTributes have been paid to fisherman {person}, 64, who died at sea. In a statement, "
            f"the {family} family said he was {Q}a man of the tides{E}.\n")
    assert speakers(text, saying="man of the tides") == [f"{family} family"]


def test_a_family_without_particles_is_named_as_before(speakers):
    text = (f"Tributes paid\n\nTributes have been paid to fisherman Peter Tostevin, 64. In a statement, the Tostevin "
            f"family said he was {Q}a man of the tides{E}.\n")
    assert speakers(text, saying="man of the tides") == ["Tostevin family"]
