"""An unnamed person who answers for a body is that body's official: "A very polite woman at Metro Tasmania told
me", "I rang the council. The woman who answered said", "an official said" after "Metro Transit officials said";
not "a woman at the scene", "a man from Ballymena", "A man at Heathrow Airport said he had waited" (a traveller),
"A man in the queue told me" after the writer rang a body, nor one after "Detectives contacted Interpol".  On
articles written for the test."""
from __future__ import annotations

import pytest

Q, E = "\u201c", "\u201d"

CASES = [
    ("the one who answered, after the writer rang the body",
     "Letters\n\nSir – North Yorkshire Council plans to cut the park-and-ride to weekends. When I rang the council to "
     f"ask why, the woman who answered told me it was {Q}a matter of priorities{E}. She said she {Q}could not comment "
     f"further{E}.\n\nGeoffrey Wardle, Sandsend\n",
     "a matter of priorities", "North Yorkshire Council official"),
    ("she, after her",
     "Letters\n\nSir – North Yorkshire Council plans to cut the park-and-ride to weekends. When I rang the council to "
     f"ask why, the woman who answered told me it was {Q}a matter of priorities{E}. She said she {Q}could not comment "
     f"further{E}.\n\nGeoffrey Wardle, Sandsend\n",
     "could not comment", "North Yorkshire Council official"),
    ("a man, after the writer called a body the tagger takes for a person",
     f"Letters\n\nEditor: I called Manitoba Highways about the detour. A very polite man told me the work was {Q}on "
     f"schedule.{E}\n\n— Doreen Kowalchuk, Grandview\n",
     "on schedule", "Manitoba Highways official"),
    ("a woman at the body",
     "Letters\n\nSir – The new timetable has left my street without a bus. A very polite woman at Metro Tasmania "
     f"assured me the change was {Q}based on data{E}. I am 81.\n\nPriya Raman, Bellerive\n",
     "based on data", "Metro Tasmania official"),
    ("an official, after the body's officials",
     f"Bus riders protest fare rise\n\nMetro Transit officials said the new fares would start in June. {Q}The rise is "
     f"modest,{E} an official said.\n",
     "The rise is modest", "Metro Transit official"),
]


@pytest.mark.parametrize("text,words,name", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_one_who_answers_for_a_body_is_its_official(speakers, text, words, name):
    assert speakers(text, saying=words) == [name]


@pytest.mark.parametrize("text,words,name", [
    (f"Crash on the coast road\n\nA woman at the scene said the car was {Q}going far too fast{E}.\n",
     "going far too fast", "woman"),
    (f"Crash on the coast road\n\nA man from Ballymena said it was {Q}a miracle{E} that no one died.\n",
     "a miracle", "man"),
    (f"Letters\n\nSir – I rang my sister Ann Ferris about the flood. A woman told me it was {Q}a nightmare{E}.\n\n"
     "Jean Ferris, Omagh\n", "a nightmare", "woman"),
    ("Airport chaos\n\nThousands were stranded. A man at Heathrow Airport said he had been waiting since dawn. "
     f"{Q}I have missed my daughter's wedding,{E} he said.\n", "missed my daughter", "man"),
    ("Letters\n\nSir – I rang Telstra about my bill, and then I went to the shop. A man in the queue told me, "
     f"{Q}They never answer.{E}\n\nJo Bright, Hobart\n", "never answer", "man"),
    (f"Police appeal\n\nDetectives contacted Interpol last week. A man arrested in Madrid told reporters, {Q}I am "
     f"innocent.{E}\n", "I am innocent", "man"),
    (f"Transit\n\nMetro Transit officials said the line would reopen. {Q}The union was never asked,{E} an official "
     "with the drivers' union said.\n", "never asked", "official"),
], ids=["at a place", "from a town", "after ringing a person", "at a body, telling no one", "somewhere else",
        "contacted by others", "an official of another body"])
def test_a_person_at_a_place_or_after_a_call_to_a_person_keeps_the_noun(speakers, text, words, name):
    assert speakers(text, saying=words) == [name]
