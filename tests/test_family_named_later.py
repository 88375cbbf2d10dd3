"""A family's statement: "The family of a fisherman …" takes the name of the one family the article names after it
("on behalf of the Lowe family"); "the family of" a person the tagger typed a work is that person's family; a
courthouse is a building, no person whose given name a place's name is; on articles written for the test."""
from __future__ import annotations

Q, E = "\u201c", "\u201d"


def test_the_family_named_after_its_statement(speakers):
    text = ("Family pays tribute to drowned fisherman\n\nThe family of a 61-year-old fisherman who drowned off Eden on "
            f"Sunday has described him as {Q}a quiet man who loved the sea{E}.\n\nSergeant Paula Mercer read a statement "
            "on behalf of the Lowry family at Eden police station.\n\n"
            f"The family said he had been {Q}doing what he loved{E}.\n")
    assert speakers(text) == ["Lowry family", "Lowry family"]


def test_the_family_of_a_person_the_tagger_typed_a_work(speakers):
    text = ("Family of missing Makalu climber ‘still hoping’\n\nThe family of Dawa Chhiring Sherpa, the 38-year-old "
            f"mountain guide missing on Mt Makalu since Monday, has said it is {Q}still hoping for a miracle{E}.\n\n"
            "Himalayan Peaks Treks, the company that employed Dawa Chhiring, said the search would go on.\n\n"
            f"The family also asked the government to {Q}keep the helicopters flying{E}.\n")
    assert speakers(text, saying="helicopters") == ["Sherpa family"]


def test_a_courthouse_is_no_person(speakers):
    text = ("Family of Birr man: ‘We were let down’\n\nTHE family of a Birr man who died after a fall at home have said "
            f"they were {Q}let down at every turn{E}.\n\nAt the inquest at Birr Courthouse on Tuesday, the coroner "
            "recorded a narrative verdict.\n\nA statement on behalf of the family was read by their solicitor.\n\n"
            f"{Q}Seamus was a husband and a father of three,{E} the statement read.\n\nThe HSE extended its condolences "
            "to the Quigley family.\n")
    assert speakers(text, saying="father of three") == ["Quigley family"]


def test_a_family_whose_surname_the_tagger_typed_a_body(speakers):
    text = ("Family of drowned fisherman pay tribute\n\nThe family of a fisherman drowned off Kilkee on Saturday described "
            f"him as {Q}a gentle soul{E}.\n\nSergeant Aisling Hogan read a statement on behalf of the Talty family at "
            f"Kilkee Garda station.\n\nThe family said he had been {Q}doing what he loved{E}.\n")
    assert speakers(text) == ["Talty family", "Talty family"]
