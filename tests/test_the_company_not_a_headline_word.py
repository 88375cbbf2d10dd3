"""On sentences written for the test: "the company" is never a headline's capitalised common noun the tagger typed a
body ("Cashier jailed …" over "A cashier at …"), but the business that spoke just before."""
from __future__ import annotations

Q, E = "\u201c", "\u201d"


def test_a_headline_word_written_in_lower_case_is_no_business(speakers):
    text = ("Cashier who took Dh390,000 from Karama exchange house \u2018wanted to clear debts\u2019, court hears\n\n"
            "DUBAI \u2014 A cashier who took Dh390,000 from the Karama exchange house where he worked told investigators "
            f"he {Q}wanted to clear debts at home{E}, according to records read out at the Dubai Criminal Court on Monday.\n\n"
            f"The defendant, Anil Kumar Nair, 36, denied a charge of breach of trust. {Q}I borrowed it and wrote down "
            f"every amount,{E} Nair told the judge.\n\n"
            f"In a statement, Gulf Crescent Exchange said it had {Q}tightened cash checks at all branches{E}.\n\n"
            f"{Q}No customer lost a single dirham,{E} the company said.\n")
    assert speakers(text, saying="single dirham") == ["Gulf Crescent Exchange"]
