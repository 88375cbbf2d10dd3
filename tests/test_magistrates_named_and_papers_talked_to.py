"""A magistrate whose name the tagger ran into her court's, and the paper people talk to, on sentences written for
the test: "the judge" is no official styled "His Honour"; "Harare Magistrate Mrs Rumbidzai Makoni-Dube" is a woman
named after her office (not a Member of the Senedd's "MS"); "told the Gazette" makes the Gazette no business "the
company" may mean, but a bank told to act stays "the bank"; "The developer, Goldcrest Homes Ltd, denied …" speaks as
Goldcrest."""
from __future__ import annotations

Q, E = "\u201c", "\u201d"


def test_an_official_styled_his_honour_is_not_the_judge(speakers):
    text = ("A man who threw an egg at the Administrator of Norfolk Island, His Honour Eric Hutchinson, was fined $500 in "
            f"the Court of Petty Sessions. {Q}Public officials must be able to work without fear,{E} the judge said.\n")
    assert speakers(text) == ["judge"]


def test_a_magistrate_named_after_her_court(speakers):
    text = ("Tafadzwa Chigumba, 34, had pleaded guilty to fraud when he appeared before Harare Magistrate Mrs Rumbidzai "
            "Makoni-Dube.\n\n"
            f"Passing sentence, the magistrate said Chigumba had {Q}betrayed the ratepayers of this city{E}.\n\n"
            f"{Q}The court cannot ignore that public money ended up in the pocket of one man,{E} she said.\n")
    assert speakers(text) == ["Rumbidzai Makoni-Dube", "Rumbidzai Makoni-Dube"]


def test_a_member_of_the_senedd_is_not_a_courtesy_title(speakers):
    text = (f"A Powys County Council spokesperson said: {Q}The council has consulted widely.{E}\n\n"
            "Montgomeryshire MS Gwilym Hughes-Parry said he would raise the cuts in the Senedd. "
            f"{Q}When the bus goes, the village dies a little,{E} he said.\n")
    assert speakers(text, saying="village") == ["Gwilym Hughes-Parry"]


def test_the_paper_people_talked_to_is_not_the_company(speakers):
    text = ("Ms Akosua Dapaah told the Gazette she felt cheated. Her neighbour, Mr Kofi Mensah, also told the Gazette the "
            "drains were blocked.\n\n"
            f"The houses were built by Bravo Homes in 2019. {Q}We will inspect every drain,{E} the company said.\n")
    assert speakers(text) == ["Bravo Homes"]


def test_a_bank_told_to_act_is_still_the_bank(speakers):
    text = (f"The Central Bank of Kenya told Equity Bank to stop charging the fees. {Q}We have complied with the "
            f"directive,{E} the bank said.\n")
    assert speakers(text) == ["Equity Bank"]


def test_a_body_named_beside_its_noun_speaks_in_its_statement(speakers):
    text = ("Ms Akosua Nyarko Dapaah, a trader, told the Herald she felt cheated.\n\n"
            "The developer, Goldcrest Homes Ltd, denied any wrongdoing. In a statement signed by its public relations "
            f"manager, Mr Nii Armah Quaye, the company said it had {Q}followed every legal procedure{E}.\n\n"
            f"{Q}We will defend our title,{E} the statement added.\n")
    assert speakers(text) == ["Goldcrest Homes Ltd", "Goldcrest Homes Ltd"]
