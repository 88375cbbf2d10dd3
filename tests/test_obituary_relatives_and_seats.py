"""An obituary's "His son, Ciarán," with no one named in the paragraphs before is the son of the one whose death is the
news ("…, who has died at his home"), not of the last man quoted; a seat written between a role and the name
("Independent TD for Cork South-Central Mick Dorgan") describes the person, so "the Cork South-Central TD" is them; on
articles written for the test."""
from __future__ import annotations

Q, E = "\u201c", "\u201d"


def test_the_son_of_the_one_who_died(speakers):
    text = ("Tributes paid to Mayo great Tommy Walsh\n\nBy Aoife Gallagher\n\nTributes have been paid to former Mayo "
            "footballer and publican Thomas \u201cTommy\u201d Walsh, who has died at his home in Ballyhaunis at the age "
            "of 81.\n\nHe is survived by his wife Maura and their four children.\n\nClub chairman Gerry Naughton described him "
            f"as {Q}the heart of the parish{E}.\n\n{Q}There is not a family here he did not help,{E} Mr Naughton said.\n\n"
            f"In a statement, Mayo GAA said it was {Q}deeply saddened{E}.\n\n{Q}Our thoughts are with his family,{E} it "
            f"said.\n\nHis son, Declan, said his father had been {Q}a publican first and last{E}.\n")
    assert speakers(text, saying="publican first")[0] == "Declan Walsh"


def test_a_seat_between_role_and_name(speakers):
    text = ("Rent crisis\n\nIndependent TD for Cork South-Central Mick Dorgan said the Minister of State was "
            f"{Q}living on a different planet{E}.\n\n{Q}I have a woman paying 1,900 a month,{E} the Cork South-Central "
            "TD said.\n")
    assert speakers(text) == ["Mick Dorgan", "Mick Dorgan"]


def test_a_who_clause_hung_on_a_word_before_a_name_is_about_the_name(nlp):
    # "the funeral Mass of Nora Kiely, who died …", the parser hanging "who died" on "Mass": no "Mass" who died
    from spacy.tokens import Doc

    from quotes.extract.book_people import person_between
    words = "the funeral Mass of Nora Kiely , who died".split()
    doc = Doc(nlp.vocab, words=words, heads=[2, 2, 2, 2, 5, 3, 2, 8, 2],
              deps=["det", "amod", "ROOT", "prep", "compound", "pobj", "punct", "nsubj", "relcl"],
              ents=["O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O"])
    assert person_between(doc[2], doc[7]) and not person_between(doc[5], doc[7])


def test_parents_named_after_a_son_and_his_are_the_sons(speakers):
    text = ("Fodder crisis bites in north Mayo\n\nFarmers in Erris say they are running out of silage.\n\n"
            f"{Q}It is as bad as 2018,{E} said IFA chairman Peadar Walsh.\n\n"
            "At Belderrig, Ciarán Mulhern and his parents, Tom and Áine, milk 50 cows on land running down to the sea. "
            f"{Q}We have never seen the ground this wet in May,{E} said Ciarán.\n\n"
            f"{Q}The cows were out for three days and we had to bring them back in,{E} his father added.\n\n"
            f"Áine keeps the accounts. {Q}The feed bill for April alone was frightening,{E} she said.\n")
    assert speakers(text)[2:] == ["Tom Mulhern", "Áine Mulhern"]
