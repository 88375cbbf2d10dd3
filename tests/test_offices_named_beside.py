"""An office named with the person who holds it set off by commas is that person's, however the tagger and parser took
it: an office the tagger typed a body's ("the Chief Medical Officer, Prof. X,"), a one-word office before honorifics ("the Speaker, Rt. Hon. X,"), a name the parser hung inside the
office's field ("the Chief Press Secretary to the Speaker, X,"), an office with two phrases of field ("The Commissioner
of Police in the state, Mr X,"), an office whose last words the parser ran into the name ("said Special Agent in
Charge X of the FBI's … office"); on articles written for the test."""
from __future__ import annotations

import pytest

CASES = [
    ("an office typed a body, with an honorific before the name",
     "Lassa fever: Health Ministry urges calm as Kenema records nine cases\n\nBy Mohamed Sorie Kamara\n\nSpeaking at a "
     "press conference at the Youyi Building in Freetown on Tuesday, the Chief Medical Officer, Prof. Aminata "
     "Koroma-Bangura, said the situation was \"under control but serious\".\n",
     ["Aminata Koroma-Bangura"]),
    ("the name hung inside the office's field",
     "Speaker denies bias\n\nIn a statement issued after plenary, the Chief Press Secretary to the Speaker, Kunle "
     "Adebayo, said the Speaker had \"followed the Standing Orders to the letter\".\n",
     ["Kunle Adebayo"]),
    ("an office whose last words run into the name",
     "Treasurer charged\n\n\"Public corruption at any level will be pursued,\" said Special Agent in Charge Lucia "
     "Ferraro of the FBI's Pittsburgh field office.\n",
     ["Lucia Ferraro"]),
    ("two phrases of field before the name",
     "Curfew in Jos\n\nThe Commissioner of Police in the state, Mr Bala Yakubu, said officers had been deployed \"to "
     "every flashpoint\".\n",
     ["Bala Yakubu"]),
    ("a one-word office with honorifics before the name, which the parser did not set in apposition",
     "Member suspended\n\nThe House of Assembly on Wednesday suspended a member for three months.\n\nThe member had "
     "called the Speaker, Rt. Hon. Adaeze Nwachukwu Obi, a puppet on a phone-in programme.\n\nPresiding over the "
     "sitting, the Speaker said the suspension was \"nothing personal\".\n",
     ["Adaeze Nwachukwu Obi"]),
    ("an office of two words with an honorific before the name, named again by the office",
     "Member suspended\n\nThe House of Assembly on Wednesday suspended a member for three months.\n\nThe motion was "
     "moved by the Deputy Leader, Hon. Garba Tanko Aliyu, who told the plenary that the member had insulted the House."
     "\n\nThe Deputy Leader said the suspension was \"nothing personal\".\n",
     ["Garba Tanko Aliyu"]),
]


@pytest.mark.parametrize("text,names", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_office_named_beside(speakers, text, names):
    assert speakers(text) == names


def test_the_one_an_office_serves_is_not_its_holder(speakers):
    """Guard: a name in the office's field with no comma before it is whom the office serves, not who holds it."""
    text = "Road plan\n\nThe special adviser to Governor Kunle Adebayo said the plan was \"on course\".\n"
    assert speakers(text) != ["Kunle Adebayo"]
