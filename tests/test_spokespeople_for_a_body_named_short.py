""""A spokesman for the Commission" after "The Guernsey Financial Services Commission", "A spokesperson for Indus
Crescent" after "Indus Crescent Cement Ltd", "An MTR spokeswoman" after "The MTR Corporation" (a legal form alone
after the short name, which canonical names keep): the spokesperson of the body by its whole name, as "A Commission
spokesman" is.  On articles written for the test."""
from __future__ import annotations

import pytest

BANK = ("Bank fined\n\nThe Guernsey Financial Services Commission fined the bank £200,000 on Tuesday. {} said the "
        "failings were \"serious and sustained\".\n")


@pytest.mark.parametrize("who", ["A spokesman for the Commission", "A Commission spokesman"])
def test_the_body_by_its_whole_name(speakers, who):
    assert speakers(BANK.format(who)) == ["Guernsey Financial Services Commission spokesperson"]


def test_a_company_by_its_whole_name_with_its_legal_form(speakers):
    text = ("Cement plant\n\nIndus Crescent Cement Ltd closed its kiln for repairs. A spokesperson for Indus Crescent "
            "said the work would take \"about three weeks\".\n")
    assert speakers(text) == ["Indus Crescent Cement Ltd spokesperson"]


def test_a_person_spoken_for_by_one_part_of_the_name(speakers):
    text = ("Singer cancels\n\nThe singer Jessa Morrow cancelled her tour on Friday. A representative for Jessa said she "
            "was \"resting on doctors' orders\".\n")
    assert speakers(text) == ["Jessa Morrow spokesperson"]


@pytest.mark.parametrize("who", ["An MTR spokeswoman", "A spokeswoman for the MTR"])
def test_a_company_by_its_initials_and_its_legal_form(speakers, who):
    text = ("Rail delays\n\nThe MTR Corporation said services on the Tsuen Wan line were delayed for 40 minutes. "
            f"{who} said the fault was \"a signalling problem\".\n")
    assert speakers(text) == ["MTR Corporation spokesperson"]
