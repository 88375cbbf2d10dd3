"""Words after a colon belong to the main clause's subject, not to a name in a clause opening the sentence ("When X
said …, the judge asked:"): sentences written for the test."""
from __future__ import annotations


def test_the_main_clause_asks_not_the_opening_clause(speakers):
    text = ("Chief Justice Harriet Lomax heard the claim on Monday.\n\n"
            "When Acting Solicitor-General A. Pell said the contract had been awarded, the Chief Justice asked: "
            "\"Awarded to whom, and when do they start?\"")
    assert speakers(text) == ["Harriet Lomax"]
