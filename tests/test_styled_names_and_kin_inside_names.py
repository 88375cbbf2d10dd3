"""Names as East African, Gulf and Indian papers write them, on sentences written for the test: a full name written
after a title or honorific is the whole name, though the tagger found only its last words ("Governor Joseph Saitoti
Ole Nkaissery" is "Governor Nkaissery"); "Bi" is a Swahili honorific before two words of name; a nationality before a name is no word of it; a
son whose given name is his father's middle name is not his father ("Khalid Rashid Al Hashemi" and "His son, Rashid,");
an obituary's headline may leave a name's middle out; a capitalised occupation may open an office written before its
holder ("Executive Engineer of the Public Works Department (PWD) R. Selvam")."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from quotes.extract.person_mentions import office_holder

Q, E = "\u201c", "\u201d"


def test_a_full_name_written_after_a_title_is_whole(speakers):
    text = (f"Narok Governor Moses Lenku Ole Ntutu said the county had released Sh20 million for relief. "
            f"{Q}We will not wait for Nairobi,{E} Governor Ntutu said.\n")
    assert speakers(text, saying="not wait") == ["Moses Lenku Ole Ntutu"]


def test_a_full_name_after_an_honorific_is_whole(speakers):
    text = (f"The union owes about 6,200 farmers a combined TSh3.4 billion, according to figures presented at the meeting "
            f"by its general manager, Ndugu Elikana Sabas Mrema.\n\n{Q}The money is not lost,{E} Mr Mrema told the farmers.\n")
    assert speakers(text, saying="not lost") == ["Elikana Sabas Mrema"]


def test_an_epithet_before_a_name_is_still_no_part_of_it(speakers):
    text = (f"Crooked Hillary Clinton, the headline said. Hillary Clinton answered on Monday. "
            f"{Q}I have heard worse,{E} Clinton said.\n")
    assert speakers(text, saying="heard worse") == ["Hillary Clinton"]


def test_bi_is_an_honorific_before_two_words_of_name(speakers):
    text = (f"A fishmonger, Bi Rehema Juma Salim, said prices had doubled. {Q}We cannot sell what nobody can buy,{E} "
            f"she said.\n\nFormer food and drug chief Bi Jingquan was appointed on Monday. {Q}Safety is our priority,{E} "
            f"Bi said.\n")
    assert speakers(text, saying="cannot sell") == ["Rehema Juma Salim"]
    assert speakers(text, saying="Safety is") == ["Bi Jingquan"]  # (a Chinese family name)


def test_a_nationality_before_a_name_is_no_word_of_it(speakers):
    text = f"Ugandan Moses Kiplimo won the 10,000m in a championship record. {Q}The last lap was long,{E} Kiplimo said.\n"
    assert speakers(text, saying="last lap") == ["Moses Kiplimo"]


def test_a_son_named_by_his_father_s_middle_name_is_the_son(speakers):
    text = ("Dubai merchant Khalid Al Hashemi dies at 88\n\n"
            "DUBAI \u2014 Khalid Rashid Al Hashemi, one of the last dhow traders of the creek, died at home on Friday. "
            "He was 88.\n\n"
            f"His eldest son, Rashid, 60, said his father never wrote anything down. {Q}He kept every price in his "
            f"head,{E} Rashid said.\n\n"
            f"Fellow trader Saeed Obaid Al Suwaidi, 85, said: {Q}He was fair to everyone.{E}\n\n"
            f"His grandson Omar hopes to keep the shop open. {Q}It was his whole life,{E} he said.\n")
    assert speakers(text, saying="every price") == ["Rashid Al Hashemi"]
    assert speakers(text, saying="whole life") == ["Omar Al Hashemi"]


def test_an_occupation_may_open_an_office_before_its_holder():
    words = ["Executive", "Engineer", "of", "the", "Water", "Resources", "Department", "(", "WRD", ")", "S.", "Kumaravel",
             "said"]
    pos = ["PROPN", "PROPN", "ADP", "DET", "PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB"]
    spaces = [True] * 7 + [False, False, True, True, True, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, pos=pos, ents=["O"] * 10 + ["B-PERSON", "I-PERSON", "O"])
    assert office_holder(doc, 1, 12) == (10, 12)  # the name after "Executive Engineer of the … (WRD)"
    assert office_holder(doc, 2, 12) is None  # ("of" heads no office)


def test_a_capitalised_trade_before_a_name_is_no_word_of_it(speakers):
    text = (f"Additional Government Pleader K. Selvi submitted that the land was never sold. "
            f"{Q}The records are clear,{E} Ms. Selvi said.\n\nGoalscorer Imran Qadri, 24, said the side had earned it. "
            f"{Q}We kept believing,{E} Qadri said.\n")
    assert speakers(text, saying="records are clear") == ["K. Selvi"]
    assert speakers(text, saying="kept believing") == ["Imran Qadri"]


def test_an_epithet_after_a_role_is_no_part_of_the_name(speakers):
    text = ("Former Manchester United manager Big Ron Atkinson was at the game. Ron Atkinson has been a regular since "
            f"2010, and a big fan of the club.\n\n{Q}It was a fantastic match,{E} Atkinson said.\n")
    assert speakers(text, saying="fantastic match") == ["Ron Atkinson"]


def test_an_office_before_its_holder_s_initials_is_no_name(speakers):
    text = ("Villupuram ready for monsoon, says Collector; farmers want canals cleared first\n\n"
            "VILLUPURAM: District Collector K. Venkatesan on Friday said 278 vulnerable places had been identified ahead "
            "of the monsoon.\n\nSpeaking at a review meeting at the Collectorate, Mr. Venkatesan said lessons from the 2015 "
            "floods had been built into this year\u2019s plan.\n\n"
            f"The Collector also appealed to the public not to spread rumours. {Q}Please check with the control room "
            f"first,{E} he said.\n")
    assert speakers(text, saying="control room") == ["K. Venkatesan"]
