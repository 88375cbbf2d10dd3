"""Speaker names made right whatever title, describing word or short form the article writes with them: chiefly
titles, a monk's title after the name, a hyphenated surname after "Ms.", a lead's first word in capitals, a body's
describing words and kind noun, and spokespeople of a body named by its short form or kind (sentences written
for the test)."""
from __future__ import annotations

import pytest

from quotes.extract.bodies import name_head_word
from quotes.extract.body_mentions import initials
from quotes.extract.labels import _KNOWN_AS

CASES = [
    ("a Fijian chief's title is no part of the name, and the given name after it finds him",
     "LABASA – Ratu Sefanaia Vunibola, a chief from Macuata, urged the two clans to meet.\n"
     "\u201cThe land will still be here when we are gone,\u201d Ratu Sefanaia said.",
     "The land will", "Sefanaia Vunibola"),
    ("a title held for a village, alone later, is the chief who holds it",
     "The paramount chief of Lotofaga, Tui Lotofaga Fuimaono Aperila, opened the new school on Monday.\n"
     "\u201cEvery child in the district will learn here,\u201d Tui Lotofaga told the crowd.",
     "Every child", "Fuimaono Aperila"),
    ("a headman's title is dropped",
     "Headman Chilufya of Mpika village met the district officers.\n"
     "\u201cWe were never told about the new boundary,\u201d he said.",
     "We were never", "Chilufya"),
    ("an elder's honorific is dropped, and the given name later finds a Kalenjin name with its particle",
     "Village elder Mzee Kiprono arap Sang said the cattle raiders had been warned.\n"
     "\u201cWe know who they are,\u201d Mzee Kiprono said.",
     "We know who", "Kiprono arap Sang"),
    ("a monk's short title repeats the end of his full name",
     "COLOMBO – Most Ven. Medagoda Piyaratana Nayaka Thera, who heads the temple, led the march.\n"
     "\u201cThe forest is older than any permit,\u201d the Nayaka Thera said.",
     "The forest", "Medagoda Piyaratana Nayaka Thera"),
    ("a hyphenated surname after Ms. is one name, whichever part the parser makes the subject",
     "TORONTO \u2013 Northgate Trust's chief financial officer Yvonne Tremblay-Osei said profit fell. "
     "\u201cWe expected a softer quarter,\u201d she said.\n"
     "Asked about the payout, Ms. Tremblay-Osei said the trust was \u201cwell able to carry it.\u201d\n"
     "\u201cThe dividend is safe,\u201d Ms. Tremblay-Osei replied.",
     "dividend is safe", "Yvonne Tremblay-Osei"),
    ("a lead's first word in capitals is a noun, not the place after it",
     "TEACHERS across the Borders say they are facing \u201can impossible workload\u201d this term.",
     "impossible workload", "teachers"),
    ("a lead's first word in capitals that the tagger calls a name is still the noun",
     "MOTORISTS in Castleford say the new roadworks are causing \u201ctotal chaos\u201d every morning.",
     "total chaos", "motorists"),
    ("a lead's first word in capitals before a lower-case noun is a word of the noun",
     "DAIRY farmers across the Carrick Valley say they face \u201cthe worst year since 2009\u201d after prices fell.",
     "worst year", "dairy farmers"),
    ("a political describing word is no part of a body's name",
     "The far-left Workers Front group said it would \u201cfight every cut in the budget\u201d.",
     "fight every cut", "Workers Front group"),
    ("an acronym before a kind noun is the union itself, and the union later",
     "The PCSU union described the offer as \u201ca pay cut dressed up as a rise\u201d.\n"
     "\u201cOur members will vote on strike action next week,\u201d the union said.",
     "Our members", "PCSU"),
    ("a body's board speaks for the body the article named",
     "The Riverside Youth Orchestra lost its lottery grant this year. "
     "The youth orchestra's trustees said they were \u201cdetermined to keep playing\u201d.",
     "determined to keep", "Riverside Youth Orchestra"),
    ("a name opening with a lower-case prefix is whole, and its acronym spells it",
     "The eThekwini Water Services Unit (EWSU) said it would \u201crestore supply by Friday\u201d.",
     "restore supply", "eThekwini Water Services Unit"),
    ("a spokesperson of a body named by its short form is the body's",
     "THE HAGUE – The International Criminal Court opened an inquiry on Monday.\n"
     "A Court spokesperson said the inquiry would be \u201cquick and thorough\u201d.",
     "quick and thorough", "International Criminal Court spokesperson"),
    ("a spokesperson of a kind is the body whose name it heads, not one that only holds the word",
     "Students at the University of Carrickmore occupied the library. The University and College Union backed them.\n"
     "A university spokesperson said the occupation was \u201cnot helping anyone\u201d.",
     "not helping", "University of Carrickmore spokesperson"),
    ("a Fijian woman's chiefly title 'Adi' is dropped before two words of name, after a party's 'Whip'",
     "SUVA – The cane price bill passed on Friday.\n\nOpposition Whip Adi Litia Qaloveka said the cut was cruel. "
     "\u201cA cane farmer does not have a second salary to fall back on,\u201d she said.",
     "A cane farmer", "Litia Qaloveka"),
    ("'Adi' before one word of name is a given name",
     "The festival opened in Kochi on Friday.\n\nAdi Shankar directed the film. \u201cIt took six years to find the "
     "money for it,\u201d Shankar said.",
     "It took six", "Adi Shankar"),
    ("a pilgrim's title 'Hajji' is no part of the name",
     "KAMPALA – Coffee exporters met on Monday.\n\nHajji Abdul Mutyaba, who chairs the traders, said the levy was too "
     "high. \u201cThe exporter will not eat this cost,\u201d Hajji Mutyaba said.",
     "The exporter", "Abdul Mutyaba"),
]


@pytest.mark.parametrize("why, text, saying, name", CASES, ids=[c[0] for c in CASES])
def test_speaker_name(speakers, why, text, saying, name):
    assert speakers(text, saying=saying) == [name], why


def test_a_nickname_known_in_a_place_is_no_quotation(speakers):
    text = ("BRUSSELS \u2013 The European Commission on Tuesday proposed to cut the cod quota. "
            "\u201cThe stocks need time to recover,\u201d the Commission said in a statement.\n"
            "It also put off its fuel levy, known in the trade as the \u201cpump penny\u201d levy, until 2027.")
    assert speakers(text, saying="pump penny") == []


@pytest.mark.parametrize("before, naming", [
    ("its port rules, known in the harbour as the ", True),
    ("the bridge, known locally as the ", True),
    ("a café known to regulars as ", True),
    ("she has long been known ", False),
])
def test_known_as_ends_before_a_name(before, naming):
    assert (_KNOWN_AS.search(before) is not None) is naming


@pytest.mark.parametrize("name, head", [
    ("University of Northbridge", "university"),
    ("Northbridge University", "university"),
    ("University and College Union", "union"),
    ("Department for Business and Trade", "department"),
])
def test_the_head_word_of_a_body_name(name, head):
    assert name_head_word(name) == head


def test_initials_take_the_capital_after_a_lower_case_prefix():
    assert initials("iTaukei Land Trust Board") == "TLTB"
