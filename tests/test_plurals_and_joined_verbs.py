"""Who speaks, on sentences written for the test: "he" or "she" never means a plural noun that spoke just before
("as councillors shouted"), a seat's holder is never the plural noun written near the seat ("Mairead Tolan, the
member for Glenarm East, said her constituents …"), and a verb the parser joined to a verb inside a partial quotation
shares that verb's subject ("he would not “pass the buck” but conceded that people in Glenarm had …")."""
from __future__ import annotations

import pytest

CASES = [
    ("'he' is the person named, not the plural noun that shouted after him",
     "The council leader, Councillor Desmond Rafferty, who chaired the meeting, called for quiet as councillors "
     "shouted from the back benches. \u201cThis is a council chamber, not a football terrace,\u201d he said.",
     "Desmond Rafferty"),
    ("'the member for' a seat is the person named beside the seat, not the plural noun after it",
     "Housing Minister Ruth Akers said the board had cleared its backlog.\n\n"
     "Mairead Tolan, the member for Glenarm East, said her constituents had been told to wait two winters for "
     "repairs.\n\nMs. Akers said she had spoken to the board. \u201cEvery family will be housed by spring,\u201d she "
     "said.\n\nOutside the chamber, the member for Glenarm East was unmoved. \u201cThe housing board has stopped "
     "answering its phones,\u201d she told reporters.",
     "Mairead Tolan"),
    ("a verb joined to one inside a partial quotation shares its subject",
     "Mr. Dunleavy later told reporters he would not \u201cpass the buck\u201d over single cases but conceded that "
     "people in Glenarm had \u201cevery reason to be furious.\u201d",
     "Dunleavy"),
]


@pytest.mark.parametrize("text,name", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speaker(speakers, text, name):
    assert speakers(text)[-1] == name
