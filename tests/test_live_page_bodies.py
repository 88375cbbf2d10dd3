"""Bodies on live pages and headings, on pages written for the test: a key event's label with a name written after a
small prefix ("uMngeni Municipality"), a body whose name opens with a people's two words ("South African Weather
Service") and its initials on a key event, a warning that "reads" as the body that issued it, a body's first word on a
post's heading after its time stamp ("Bureau warns …" over "The Bureau of Meteorology says"); a heading's section
label ("TRANSCRIPT:", "Letters:") is no speaker, and a heading's short quotation the story repeats is the story's
speaker's."""
from __future__ import annotations

import pytest

Q, E = "\u201c", "\u201d"
L, R = "\u2018", "\u2019"

CASES = [
    ("a key event's label written with a small prefix",
     f"LIVE | Storms: residents told to boil water\n\nKey events\n\n{L}Boil all tap water{R} \u2013 uMngeni Municipality\n\n"
     "11:20 \u2014 Update\n\nCrews were still clearing the roads near Howick.\n",
     "Boil all tap water", "uMngeni Municipality"),
    ("a body whose name opens with a people's two words",
     "LIVE | Storms: rain warning extended\n\n15:55 \u2014 Weather update\n\nThe South African Weather Service has "
     f"extended its warning to Monday. {Q}The ground is saturated and rivers will rise again tonight,{E} the weather "
     "service said.\n",
     "The ground is saturated", "South African Weather Service"),
    ("a warning that reads, as the body that upgraded it",
     "Bushfire live: towns told to leave\n\n4.50pm\n\nThe Country Fire Authority has upgraded the warning for "
     f"Dargo and Cobbannah to an emergency warning.\n\n{Q}Leave now if you are in Dargo. Do not wait and see,{E} the "
     "warning reads.\n",
     "Leave now if you are in Dargo", "Country Fire Authority"),
    ("a body's first word on a post's heading after its time stamp",
     f"Bushfire live: towns told to leave\n\n3.30pm\nBureau warns of {L}dangerous{R} wind change\n\nThe Bureau of "
     "Meteorology says a southerly change will bring dangerous conditions by 7pm.\n\n"
     f"{Q}People should not be lulled by the cooler air,{E} senior forecaster Ana Ruiz said.\n",
     "dangerous", "Bureau of Meteorology"),
    ("a heading's section label is no speaker: the words are the spokesperson's the story quotes",
     f"TRANSCRIPT: Palace on sugar import ban, {L}no shortage{R} in lean months\n\nMANILA \u2013 Malaca\u00f1ang on "
     "Monday defended the ban on sugar imports, with Palace Press Officer Andrea Villanueva-Cruz insisting there "
     f"would be {Q}no shortage{E} before the harvest.\n",
     "no shortage", "Andrea Villanueva-Cruz"),
    ("a key event credited to a body's initials, though an officer says the words in the story",
     f"Storm live: roads closed across Antrim\n\nKey events\n{L}Keep off the coast road{R} \u2013 PSNI\n"
     f"Ferries cancelled\n\n14:10\nThe coast road is shut at Glenarm. Sergeant Niamh Corr said: {Q}Keep off the coast road "
     f"until the wind drops. We have had two cars hit by falling branches.{E}\n",
     "Keep off the coast road", "PSNI"),
]


@pytest.mark.parametrize("text,words,name", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_body_or_person_who_speaks(speakers, text, words, name):
    assert speakers(text, saying=words)[:1] == [name]


def test_a_heading_s_one_word_that_one_quotation_of_the_story_repeats_is_its_speaker_s(nlp):
    from quotes.extract import extract_quotes
    text = (f"Bray edge Wicklow after {L}gutsy{R} second half\n\nBray won by two points on Sunday.\n\n"
            f"{Q}That was gutsy from start to finish, and I said so at half-time,{E} manager Ray Dolan said.\n")
    assert [(q.text, q.speaker_name) for q in extract_quotes(text, nlp=nlp)][:1] == [("gutsy", "Ray Dolan")]


def test_a_heading_s_short_quotation_the_story_does_not_repeat_stays_out(speakers):
    text = (f"Row over {L}reckless{R} plan for the quay\n\nCouncillors voted 9-3 against the plan on Monday.\n\n"
            f"{Q}We will come back with something better,{E} the developer's director, Maeve Quinlan, said.\n")
    assert speakers(text, saying="reckless") == []
