"""Three things the names of people around a storm story get wrong: a storm's name is no one ("Hurricane Odessa
… “…,” she said" is the forecaster); a surname opening with "St" keeps it ("Joel St Rose", his sister Kezia St Rose,
"the St Rose family"); a nickname holding a title word does not cut the name ("Kelvin “Lord Cinnamon” Charles").
On articles written for the test."""
from __future__ import annotations

import pytest

Q, E = "\u201c", "\u201d"


@pytest.mark.parametrize("storm", ["Odessa", "Marisol"])  # (Marisol a listed given name)
def test_a_storm_is_no_one_a_pronoun_may_mean(speakers, storm):
    text = (f"Storm warning\n\nChief meteorologist Lavinia Knowles said Hurricane {storm} was moving north. "
            f"{Q}Residents must prepare now,{E} she said.\n\n{storm} is expected to strengthen. {Q}This is a dangerous "
            f"storm,{E} she said.\n")
    assert speakers(text) == ["Lavinia Knowles", "Lavinia Knowles"]


def test_a_surname_opening_with_st_is_kept_whole(speakers):
    text = ("Fisherman missing\n\nCoastguards are searching for fisherman Joel St Rose, 44. His sister, Kezia, said he "
            f"knew the sea. {Q}He would never go out in that weather,{E} Kezia said.\n\nIn a statement, the St Rose "
            f"family said they were {Q}holding on to hope{E}.\n")
    assert speakers(text) == ["Kezia St Rose", "St Rose family"]


def test_a_nickname_with_a_title_word_stays_inside_the_name(speakers):
    text = ("Calypso king returns\n\nKelvin \u201cLord Cinnamon\u201d Charles, 71, won his first crown in 1979. His "
            f"band played.\n\nLater, Charles said: {Q}I still write every morning.{E}\n\nHis wife, Merle, keeps the "
            f"costumes. {Q}He never throws anything away,{E} Merle says.\n")
    assert speakers(text) == ["Kelvin Charles", "Merle Charles"]
