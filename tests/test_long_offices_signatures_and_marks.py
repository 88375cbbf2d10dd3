"""Long offices before a holder's name, a rank's "(Ret’d)", signatures over a place line with commas, honorifics in
a signature, a surname that is also a given name, an ʻokina opening a name, and a day that is nobody: each on
sentences written for the test."""
from __future__ import annotations

import pytest

L, R = "\u201c", "\u201d"

CASES = [
    ("the holder ends a long office opened by 'within'",
     "Replying, Minister within the Ministry of Housing and Water Sharmila Doobay said the Opposition had "
     f"{L}forgotten the dark years{R}.\n",
     ["Sharmila Doobay"]),
    ("the holder ends an office 'in the Office of the President with responsibility for' a topic",
     "Senior Minister in the Office of the President with responsibility for Finance Dr Vikash Ramdass, who presented "
     f"the budget, told reporters that the criticism was {L}predictable and, frankly, tired{R}.\n",
     ["Vikash Ramdass"]),
    ("the holder ends an office of a cabinet of ministers",
     "Chairman of the Cabinet of Ministers Bakyt Osmonov said in a statement that the decision was final. "
     f"{L}The security of residents remains our first priority,{R} the statement continued.\n",
     ["Bakyt Osmonov"]),
    ("a rank's '(Ret’d)' keeps the office before it: 'the commissioner' is its holder, not his assistant",
     "Police Commissioner Major General (Ret\u2019d) Clifton Barrett-Hynes announced the transfers on Monday. "
     "Assistant Commissioner Neville Goffe moves to the Area One division.\n"
     "Speaking in Ocho Rios, Barrett-Hynes said no officer should read the moves as a punishment.\n"
     f"{L}Nobody is being punished,{R} the commissioner said.\n",
     ["Clifton Barrett-Hynes"]),
    ("a signature over a place line with commas and a district number is the writer's",
     "LETTERS\n\n\u2018Fix the stoplights\u2019\n\nDear Editor,\n\nThe lights at the square have been broken for a "
     "month.\n\nDesmond Fairweather\nMona Heights, Kingston 6\n\n\u2018Pay the porters\u2019\n\nDear Editor,\n\n"
     "The porters at the hospital have not been paid since March.\n\nEuphemia Clarke-Hall\nMay Pen, Clarendon\n",
     ["Desmond Fairweather", "Euphemia Clarke-Hall"]),
    ("an honorific opening a signature in capitals is no word of the writer's name",
     "LETTERS\n\n\u2018Keep the market clean\u2019\n\nSir, the market is a disgrace.\n\nADI MERE TUILAU, Suva\n\n"
     "\u2018More buses for Nausori\u2019\n\nSir, the buses are always full.\n\nJONE VAKA, Nausori\n",
     ["Mere Tuilau", "Jone Vaka"]),
    ("a pastor's wife's Samoan honorific is no word of her name",
     "The Reverend Tavita Leota died on Sunday. His wife, Faletua Sina Leota, said he had preached until the end. "
     f"{L}He never missed a Sunday,{R} she said.\n",
     ["Sina Leota"]),
    ("an ʻokina opening a given name keeps it in the name",
     "Ministry of Health chief executive Dr \u02bbAna Fifita said cases were rising. "
     f"{L}Empty every container that holds water,{R} Dr Fifita said.\n",
     ["\u02bbAna Fifita"]),
]


@pytest.mark.parametrize("text,names", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speakers(speakers, text, names):
    assert speakers(text) == names


def test_a_surname_that_is_also_a_given_name_tells_no_gender(speakers):
    """"Baptiste" after "Nalini Baptiste" is her surname: a later "she" is still hers, not the man's before her."""
    text = ("Prosecutor Sgt Anneisha Mohammed said one of the officers, PC Kendell Joseph, had said in his statement "
            f"that the accused {L}started to fire without a word{R}.\n\n"
            f"Attorney Nalini Baptiste, who represented Francois, said the case rested on {L}identification in "
            f"darkness{R}.\n\n"
            f"{L}My client has a young daughter. He is not going anywhere,{R} she said.\n\n"
            f"Baptiste asked for a curfew, which she said was {L}more than enough{R}.\n")
    assert speakers(text)[-2:] == ["Nalini Baptiste", "Nalini Baptiste"]


def test_a_dotted_retired_mark_keeps_the_office_too(speakers):
    text = ("Police Commissioner Major General (Retd.) Clifton Barrett-Hynes announced the transfers on Monday. "
            "Assistant Commissioner Neville Goffe moves to the Area One division.\n"
            "Speaking in Ocho Rios, Barrett-Hynes said no officer should read the moves as a punishment.\n"
            f"{L}Nobody is being punished,{R} the commissioner said.\n")
    assert speakers(text) == ["Clifton Barrett-Hynes"]


def test_a_relative_may_speak(speakers):
    text = ("Firefighters rescued a family from the roof of their car. Chief Fire Officer Dov Peretz said the youngest "
            f"child, aged four, had shouted {L}everything is fine{R} as she was lifted into the boat.\n")
    assert speakers(text) == ["child"]


def test_a_day_opening_the_clause_is_nobody(speakers):
    text = ("Sir \u2013 The park on Victoria Road has not been mowed since Christmas. On Sunday my granddaughter came "
            f"running back to the house shouting: {L}Gogo, there is a snake by the swings!{R}\n")
    assert "Sunday" not in speakers(text)
