"""Who "the statement", "the report" or "the judgment" speaks for: the name that is the subject of the clause a body
noun reports ("Minera Sur halted work …, the company said in a statement"), the person whose name ends a role's field
("a report from director of parks Elaine Budd"), the judge who gave a written judgment; a family whose member is
never named ("the boy's family") is "family", and an untyped surname before "family" names it; on articles written
for the test."""
from __future__ import annotations

import pytest

Q, E = "\u201c", "\u201d"
CASES = [
    ("the company a wire sentence reports on, then its statement",
     "Copper mine halted\n\nSANTIAGO – Minera Cerro Alto suspended operations at its copper mine on Tuesday after a "
     "contract worker was killed by a rockfall, the company said in a statement.\n\n"
     f"{Q}Minera Cerro Alto deeply regrets the death of our colleague,{E} the statement said.\n",
     ["Minera Cerro Alto"]),
    ("a report from a role whose field the name ends",
     "Sidewalk clearing to cost more\n\nA report to council from director of public works Elaine Budd put the cost "
     f"of clearing every sidewalk at $900,000 a year.\n\n{Q}The standard residents want is achievable,{E} the report "
     "said.\n",
     ["Elaine Budd"]),
    ("a written judgment by the judge named",
     "Tribunal finds for machinist\n\nIn a written judgment, Employment Judge Ruth Amberley said the remarks were "
     f"{Q}plainly related to age{E}.\n\n{Q}We find that the scoring was drawn up after the decision was made,{E} the "
     "judgment said.\n",
     ["Ruth Amberley", "Ruth Amberley"]),
    ("the family of a boy never named, and its statement",
     "Cyclist, 12, hurt on highway\n\nCpl. Dana Whitford, a spokesperson for the RCMP, said officers were looking for "
     "a grey pickup.\n\nIn a statement released through police, the boy's family said he was "
     f"{Q}a kind, funny kid{E}.\n\n{Q}He had lights and a vest on,{E} the statement said.\n",
     ["family", "family"]),
    ("an untyped surname before family",
     "Farm tragedy\n\nCathal Dineen, 14, died on the family farm near Kilmeedy on Sunday.\n\nIn a statement, the "
     f"Dineen family said they hoped others would {Q}stop and think{E}.\n",
     ["Dineen family"]),
]


@pytest.mark.parametrize("text,names", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_document_speaks_for_its_maker(speakers, text, names):
    assert speakers(text) == names


def test_a_person_reported_on_is_not_the_bank(speakers):
    """Guard: a person named as the subject of what "the bank" reports is not the bank."""
    text = ("Lender's finance chief quits\n\nGrace Okonjo resigned as finance chief on Monday, the bank said.\n\n"
            f"{Q}We thank her for eleven years of service,{E} the bank said.\n")
    assert "Grace Okonjo" not in speakers(text)


def test_a_note_from_a_firm_is_the_firm_s(speakers):
    text = ("Shares rose 2 per cent. A note from Harbourside Securities described the dividend policy as "
            "\u201cconservative but credible\u201d.\n")
    assert speakers(text, saying="conservative but credible") == ["Harbourside Securities"]
