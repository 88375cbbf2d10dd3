"""Roles written before names joined by "and", and given names the tagger leaves out, on sentences written for the
test: in "a bench of Chief Justice Omar Iyer and Justices Lata Menon and R.K. Das" the Chief Justice is Iyer alone
(Menon's role was "Chief Justice Omar Iyer and Justices"); "Allah" of "Allah Ditta Khan" is a given name
(data/given_names.tsv), not left out of the name."""
from __future__ import annotations

import pytest

Q, E = "\u201c", "\u201d"

CASES = [
    ("'the Chief Justice' of a bench named together is the Chief Justice",
     "Court hearing\n\n"
     "A bench of Chief Justice Omar Iyer and Justices Lata Menon and R.K. Das heard the petition on Monday.\n\n"
     f"{Q}Why has the state not filed its reply?{E} the Chief Justice asked.\n",
     "Omar Iyer"),
    ("'Allah' opens the name",
     "Flood waters recede\n\n"
     f"{Q}We lost everything in the shop,{E} said Allah Ditta Khan, a shopkeeper in Jampur.\n",
     "Allah Ditta Khan"),
    ("an office with 'and' in it stays whole before its holder",
     "Water cuts\n\n"
     "Minister of Water and Sanitation Ruth Banda visited Chipata on Friday.\n\n"
     f"{Q}Every household will have a tap by 2030,{E} the Minister of Water and Sanitation said.\n",
     "Ruth Banda"),
]


@pytest.mark.parametrize("text,name", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speaker(speakers, text, name):
    assert speakers(text) == [name]
