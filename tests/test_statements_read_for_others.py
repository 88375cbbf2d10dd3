"""A statement read for someone else is theirs, on sentences written for the test: "the family's solicitor, X, read
a statement on their behalf. “…,” the statement said" is the family's (was the solicitor's), as is "X read a
statement on behalf of the club" the club's, and "X read a statement on her behalf" the woman's named before (was
the reader's), as are "X read a statement from the minister, Y,", "her statement was read by X" and "the statement Y
made to investigators", read out by X; a statement read for no one is the reader's."""
from __future__ import annotations

import pytest

Q, E = "\u201c", "\u201d"

CASES = [
    ("'on their behalf' after the family's solicitor: the family's",
     "Inquest hears of crash\n\n"
     "Dylan Morgan, 19, died when his car left the A470 in March.\n\n"
     "After the hearing, the family's solicitor, Owen Pritchard, read a statement on their behalf. "
     f"{Q}Dylan was the light of our lives,{E} the statement said. {Q}We will never stop missing him,{E} it added.\n",
     ["Morgan family", "Morgan family"]),
    ("'on behalf of the club': the club's",
     "Manager leaves Rovers\n\n"
     "Club secretary Ann Hale read a statement on behalf of Dunmore Rovers outside the ground. "
     f"{Q}The board thanks him for six loyal years,{E} the statement said.\n",
     ["Dunmore Rovers"]),
    ("'on her behalf' read by her neighbour: the woman named before's, not the reader's",
     "Clinic closure questioned\n\n"
     "Rosalind Achebe, whose son waited six hours for care, was too upset to attend on Tuesday. "
     "Her neighbour, Paula Kingsley, read a short statement on her behalf.\n\n"
     f"{Q}Nobody told us anything all night,{E} the statement said.\n",
     ["Rosalind Achebe"]),
    ("'on his behalf' with two men named: the one who is not reading",
     "Hearing adjourned\n\n"
     "Farmer Gideon Tolley did not attend the hearing. His solicitor, Martin Oyelaran, read a statement on his behalf.\n\n"
     f"{Q}I have farmed this land for forty years,{E} the statement said.\n",
     ["Gideon Tolley"]),
    ("'in a statement read on his behalf by' another, X said: X's own",
     "Miners set deadline\n\n"
     "Union president Obed Chileshe, in a statement read on his behalf by the union's secretary, Mr Joseph "
     "Banda, said the company had failed to pay the agreed increase.\n\n"
     f"{Q}We negotiated in good faith,{E} the statement read.\n",
     ["Obed Chileshe"]),
    ("a statement read 'from the minister', which the parser hangs on the verb: the minister's",
     "Strike talks stall\n\n"
     "At a briefing, the permanent secretary, Dr Aspect Gumbo, read a statement from the minister, Dr Douglas Chari, "
     f"which said an offer had been made. {Q}Government values its health workers,{E} the statement said.\n",
     ["Douglas Chari"]),
    ("'her statement was read by' another: hers",
     "Farewell to a teacher\n\n"
     "The widow, Rosemary Ouma, 84, was too frail to speak, and her statement was read by her granddaughter, "
     f"Achieng Wekesa. {Q}He was my husband for 62 years,{E} the statement read.\n",
     ["Rosemary Ouma"]),
    ("'the statement X made to investigators', read out by the prosecutor: X's",
     "Harbour bribery trial\n\n"
     "Prosecutor Nirmala Gunasekera told the court the accused had demanded money. She read out the statement "
     f"Mr Asanka Jayawardena made to investigators in 2022.\n\n{Q}He told me the tender would not move without "
     f"payment,{E} the statement said.\n",
     ["Asanka Jayawardena"]),
    ("a statement read for no one is the reader's",
     "Manager leaves Rovers\n\n"
     "Outgoing manager Tom Kerr read a statement outside the ground. "
     f"{Q}I leave with nothing but gratitude,{E} the statement said.\n",
     ["Tom Kerr"]),
]


@pytest.mark.parametrize("text,names", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speakers(speakers, text, names):
    assert speakers(text) == names


def test_the_reader_named_beside_his_role_is_not_the_one_who_said_it(speakers):
    text = ("Dr Chua Kok Leong, 52, was suspended for 18 months by the tribunal.\n\n"
            f"In a statement read out by his lawyer, Mr Darren Lim, Dr Chua said: {Q}I accept the tribunal's "
            f"decision. I was trying to help patients.{E}")
    assert speakers(text) == ["Chua Kok Leong"]


@pytest.mark.parametrize("maker,name", [("the victim's daughter, Ms Lee Hui Min, 39,", "Lee Hui Min"),
                                        ("the victim's son, Mr Tan Wei Jie, 28,", "Tan Wei Jie")])
def test_a_statement_read_out_by_one_is_the_one_the_parser_set_beside_the_reader(speakers, maker, name):
    text = (f"In a victim impact statement read out by the DPP, {maker} said the victim had cycled to the market every "
            f"morning.\n\n{Q}My father survived two heart operations,{E} the statement read.")
    assert speakers(text) == [name]



@pytest.mark.parametrize("surname", ["Lloyd", "Jenkins"])
def test_a_statement_read_by_a_solicitor_named_in_apposition_is_the_one_named_after_the_solicitor(speakers, surname):
    owner = f"Mr {surname}'" if surname.endswith("s") else f"Mr {surname}'s"
    text = ("Cyclist's death: driver was on his phone, inquest told\n\n"
            f"Gwyn Owen {surname}, 61, from Rhayader, died after a van hit his bicycle on the A470 in March.\n\n"
            f"In a statement read to the inquest by the family's solicitor, Carys Pugh, {owner} wife, Eirlys, described "
            f"him as {Q}the heart of our family{E}.\n\n{Q}He rode that road hundreds of times,{E} the statement said.")
    assert speakers(text)[-1] == f"Eirlys {surname}"


def test_the_father_on_whose_behalf_a_statement_was_read_is_the_father_not_the_reader(speakers):
    text = ("Family seeks justice\n\nAt a press conference, advocate Irfan Latif Shah read out a statement on behalf of the "
            "victim\u2019s father, Ghulam Rasool Jatoi, who sat beside him.\n\nAsked what the family would do, Mr Shah "
            f"paused. {Q}Then we will go to the high court,{E} he said.\n\n"
            f"{Q}Bring my son\u2019s killers before me,{E} the father said quietly.")
    assert speakers(text) == ["Irfan Latif Shah", "Ghulam Rasool Jatoi"]
