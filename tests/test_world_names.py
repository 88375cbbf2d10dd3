"""Names as other countries' papers write them: honorifics and styles, letters after the name, surname
particles, what someone does written before the name, diacritics, and relatives who share a surname.
The canonical name is given name(s) and surname; the short form later joins it. Sentences written for the test."""
from __future__ import annotations

import pytest

from quotes.extract import lexicon
from quotes.extract.person_mentions import name_variants

CASES = [
    ("an Australian councillor's Cr is no part of the name",
     "Cr Joanne Pettigrew moved the motion on Tuesday.\n\"The pool has to stay open,\" Cr Pettigrew said.",
     ["Joanne Pettigrew"]),
    ("a ward before a Singapore MP's Mdm is no part of the name, and her given name joins it",
     "Bukit Serene MP Mdm Nur Aisyah Rahman visited the market.\n\"The hawkers need shade,\" Mdm Nur Aisyah said.",
     ["Nur Aisyah Rahman"]),
    ("Madam before a surname-first name",
     "Madam Tan Siew Mei, 81, has sold kueh at the market since 1970.\n\"My hands are slower now,\" said Madam Tan.",
     ["Tan Siew Mei"]),
    ("Indian honorifics Shri, Smt. and Kumari",
     "Shri Rakesh Menon opened the library.\n\"Every village needs one,\" Shri Menon said.\n"
     "Kumari Divya Nair read a poem. \"I wrote it last night,\" Kumari Nair said.",
     ["Rakesh Menon", "Divya Nair"]),
    ("Malaysian Puan Sri and Encik, and the Malay given name as the short form",
     "Puan Sri Halimah Yaakob opened the clinic.\n\"It took four years,\" Halimah said.\n"
     "Encik Faizal Rahim, a volunteer, agreed. \"We built it ourselves,\" Faizal said.",
     ["Halimah Yaakob", "Faizal Rahim"]),
    ("a Nepali given name of two words, the tagger's name holding only the second",
     "Opposition chief whip Padma Devi Bhattarai said her party would not allow the House to function. "
     "\"We are against the government running away from questions,\" Bhattarai told reporters.",
     ["Padma Devi Bhattarai"]),
    ("'Adviser' after a portfolio is a title",
     "Relief Adviser Shahidul Islam Faruqui told reporters in Sylhet: \"No one will go without food.\"",
     ["Shahidul Islam Faruqui"]),
    ("'Advocate' before a surname is a title",
     "Advocate Prakash Mani Dhakal filed the petition in 2016.\n\"For ten years we waited,\" Advocate Dhakal said.",
     ["Prakash Mani Dhakal"]),
    ("a Nigerian Chief and Engr. are titles",
     "Chief Emeka Nwosu chaired the meeting.\n\"The road must be finished,\" Chief Nwosu said.\n"
     "Engr. Bola Adeyemi replied. \"The rains stopped us,\" Adeyemi said.",
     ["Emeka Nwosu", "Bola Adeyemi"]),
    ("a Ghanaian Nana before two words of name is a chiefly title",
     "Nana Kofi Asante Mensah spoke at the durbar.\n\"Our land is our life,\" Nana Mensah said.",
     ["Kofi Asante Mensah"]),
    ("Fr and Rabbi are titles",
     "Fr Colm Brennan and Rabbi Ruth Adler led the vigil.\n\"We stand together,\" Fr Brennan said.\n"
     "\"Tonight nobody is alone,\" Rabbi Adler said.",
     ["Colm Brennan", "Ruth Adler"]),
    ("Shaikh, the Bahraini spelling, is a style before the name",
     "The stadium was full.\n\"The whole kingdom is proud of you,\" Shaikh Ali bin Khalid Al Khalifa said.\n"
     "\"Now finish the job,\" Shaikh Ali said.",
     ["Ali bin Khalid Al Khalifa", "Ali bin Khalid Al Khalifa"]),
    ("Sheikh after a given name is a surname",
     "Selector Nadeem Sheikh named the squad on Monday.\n\"The young players earned it,\" Sheikh said.",
     ["Nadeem Sheikh"]),
    ("letters after the name: MS, SC, OBE",
     "Siân ap Rhys MS raised the closure in the Senedd.\n\"The valley deserves better,\" ap Rhys said.\n"
     "Thandi Mokoena SC appeared for the council. \"The order was lawful,\" Mokoena said.\n"
     "Agnes Whitlow OBE, who founded the hospice, welcomed it. \"We are grateful,\" said Agnes Whitlow OBE.",
     ["Siân ap Rhys", "Thandi Mokoena", "Agnes Whitlow"]),
    ("a surname's particle capitalised at the start of a sentence",
     "The bid was led by Hendrik van der Merwe.\n\"We will win it back,\" Van der Merwe said.",
     ["Hendrik van der Merwe"]),
    ("an Arabic al- surname capitalised at the start of a sentence",
     "The fund is run by Omar al-Farsi.\nAl-Farsi spoke after the vote. \"We invest for decades,\" he said.",
     ["Omar al-Farsi"]),
    ("an Irish surname of several words",
     "The report was written by Dr Cian Mac an Bhaird.\n\"The numbers are stark,\" Mac an Bhaird said.",
     ["Cian Mac an Bhaird"]),
    ("a player's role before the name",
     "Opener Ravi Sundaram made 88.\n\"I just kept going,\" Sundaram said.",
     ["Ravi Sundaram"]),
    ("a Māori surname of two words and macrons",
     "Kahu Te Whatahoro chairs the marae committee.\n\"The river is our ancestor,\" Te Whatahoro said.",
     ["Kahu Te Whatahoro"]),
    ("Mr and Mrs find the husband and the wife",
     "Derek Pym, 81, has run the post office since 1968. His wife, Maureen Pym, 79, keeps the books.\n"
     "\"We have never had a holiday,\" Mrs Pym said.\nDerek Pym laughed. \"Not one,\" Mr Pym said.",
     ["Maureen Pym", "Derek Pym"]),
    ("a shared surname is the relative last named as a subject, not one named in passing",
     "Jane Ashby opened the gallery in 1990.\nJane Ashby, whose husband, Mark Ashby, died last year, still runs it.\n"
     "\"I paint every day,\" Ashby said.\n\"The light here is the reason,\" she said.",
     ["Jane Ashby", "Jane Ashby"]),
    ("a brother named by his given name alone, then he",
     "Kwame Osei and Kojo Osei, his brother, run the farm.\n"
     "Kojo said the harvest was late. \"We lost a month to the rain,\" he said.",
     ["Kojo Osei"]),
    ("a hyphenated surname whose first part is also a ruler's title (the Igbo Obi)",
     "Defence counsel Chidi Obi-Nwosu asked for bail.\n"
     "\"My client has been coming to this court for two years,\" Obi-Nwosu submitted.",
     ["Chidi Obi-Nwosu"]),
    ("a royal style before a middle initial is a given name",
     "Senator Prince T. Gbowee voted against the bill.\n\"We were not consulted,\" Gbowee told reporters.",
     ["Prince T. Gbowee"]),
    ("a royal style before a given name is no part of the name",
     "Foreign Minister Prince Turki al-Saud arrived on Sunday.\n\"We came to listen,\" Prince Turki said.",
     ["Turki al-Saud"]),
]


@pytest.mark.parametrize("text,names", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_world_names(speakers, text, names):
    assert speakers(text) == names


def test_a_police_chief_is_no_title():
    assert "chief" in lexicon.TITLES  # a word before a name, yet "the police chief" is a description
    assert "chief" not in lexicon.HONORIFICS


@pytest.mark.parametrize("mention,variants", [
    ("Van der Walt", ["van der Walt"]),
    ("Al-Rashidi", ["al-Rashidi"]),
    ("Nana Boateng", ["Boateng"]),
    ("Van", []),
    ("Janabi", ["al-Janabi", "el-Janabi", "Al-Janabi", "El-Janabi"]),
    ("Vanessa Walt", []),
])
def test_name_variants(mention, variants):
    assert name_variants(mention) == variants


def test_postnominals_are_matched_as_written():
    assert {"MS", "SC", "OBE", "PhD"} <= lexicon.POSTNOMINALS and "Ms" not in lexicon.POSTNOMINALS


def test_a_city_demonym_before_a_name_is_no_part_of_it(speakers):
    text = ("Her agent, Dubliner Emer Halpin, reads every manuscript twice.\n"
            "\"I get 200 submissions a month and I answer every one of them,\" Halpin says.")
    assert speakers(text) == ["Emer Halpin"]


def test_a_religious_order_s_letters_are_no_part_of_a_name(speakers):
    text = ("Sir, The Archbishop was right to speak out on the petards.\n\n"
            "\"Nobody in this parish has slept a full night since July,\" Fr Mario Vella OFM writes from Valletta.")
    assert speakers(text) == ["Mario Vella"]
