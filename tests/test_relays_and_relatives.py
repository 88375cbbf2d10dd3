"""Words a person is remembered by, seats and honorifics, on articles written for the test: "He used to say
that “…”, she recalled" and "“…,” he would tell his students, she said" are his words, relayed by her (a "he" and a
"she" are never one speaker); a seat in brackets after a name ("Hon. Sanjo Adedoyin (Ogbomoso South)") is no one a
pronoun means; "Alhagie", "Mami" and "Lolo" are honorifics, not words of a name; a name after an age ("by 19-year-old
Abdul-Fatawu Seidu", "Sixteen-year-old Tess McAvoy"; not after a possessive, "Aidan O'Brien's three-year-old City Of
Troy") is a person's, whatever type the tagger gave it; "the mother of four" is the woman the paragraph is about."""
from __future__ import annotations

import pytest

Q, E, L, R = "\u201c", "\u201d", "\u2018", "\u2019"
OBITUARY = (
    "Highlife star Emeka Obiora dies at 81\n\nBy Chioma Eze\n\nEmeka Obiora, whose guitar defined a generation of "
    "highlife, has died at his home in Onitsha. He was 81.\n\nHis widow, Adaeze Obiora, said he had played until the "
    f"end. {Q}Even last week he was tuning the old guitar,{E} she said.\n\nHe used to say that {Q}a song that does not "
    f"teach is just noise{E}, she recalled.\n\n{Q}Never play for money alone,{E} he would tell his students, she said.\n")


def _relayed(nlp, text, words):
    from quotes.extract import extract_quotes
    return [(q.speaker_name, q.reported_by) for q in extract_quotes(text, nlp=nlp) if words in q.text]


@pytest.mark.parametrize("words", ["a song that does not teach", "Never play for money"])
def test_his_words_she_recalls_are_his_relayed_by_her(nlp, words):
    assert _relayed(nlp, OBITUARY, words) == [("Emeka Obiora", "Adaeze Obiora")]


def test_her_own_words_stay_hers(speakers):
    assert speakers(OBITUARY, saying="Even last week") == ["Adaeze Obiora"]


def test_a_seat_in_brackets_is_no_one_a_pronoun_means(speakers):
    text = ("Assembly passes water bill\n\nBy Musa Adeyemi\n\nThe Majority Leader, Hon. Sanjo Adedoyin (Ogbomoso South), "
            f"defended the bill. {Q}Today, a woman in Igbeti waits three hours for water,{E} he said.\n")
    assert speakers(text) == ["Sanjo Adedoyin"]


@pytest.mark.parametrize("written,pronoun,name", [("Alhagie Ebrima Touray, a fisherman in Gunjur,", "he", "Ebrima Touray"),
                                                  ("In Bamenda, Mami Grace Nchang, 41,", "she", "Grace Nchang"),
                                                  ("His widow, Lolo Ebele Onuorah,", "she", "Ebele Onuorah")])
def test_west_african_honorifics_are_no_words_of_the_name(speakers, written, pronoun, name):
    text = f"Voices from the market\n\nBy Ndi Eric\n\n{written} said the season had been hard. {Q}We are tired,{E} {pronoun} said.\n"
    assert speakers(text) == [name]


def test_a_name_after_an_age_is_a_person_s_whatever_the_tagger_typed_it(speakers):
    text = ("Victory edge Adonten\n\nBy Kwabena Yeboah-Asare\n\nAccra Victory coach Samuel Tetteh Lartey, 47, defended the "
            'official. "The referee was close to the action," Lartey said.\n\nThe penalty was converted by 19-year-old '
            "Abdul-Fatawu Seidu, who had also scored earlier.\n\n"
            '"My mother always told me I would score in a big game," the teenager said.\n')
    assert speakers(text, saying="My mother") == ["Abdul-Fatawu Seidu"]


@pytest.mark.parametrize("age", ["Sixteen-year-old", "Twenty-two-year-old"])
def test_an_age_in_words_before_a_name_makes_it_a_person_s_too(speakers, age):
    text = (f"Rodeo star\n\n{age} Tess McAvoy won the barrel race at the Mount Isa rodeo on Saturday, her first senior "
            "title.\n\n\u201cI just held on and let Pepper do the work,\u201d Tess said.\n")
    assert speakers(text) == ["Tess McAvoy"]


@pytest.mark.parametrize("age", ["three-year-old", "3-year-old"])
def test_an_age_after_a_possessive_is_an_animal_s_or_a_thing_s(speakers, age):
    text = f"Aidan O'Brien's {age} City Of Troy won the Derby. \u201cHe is a superstar,\u201d he said.\n"
    assert speakers(text) == ["Aidan O'Brien"]


def test_an_age_after_an_article_describes_no_name_after_it(speakers):
    text = ("A Superior Court judge sentenced a 29-year-old Eagle River man to 14 years. \u201cI am sorry,\u201d the "
            "29-year-old said.\n")
    assert speakers(text) != ["Eagle River"]


@pytest.mark.parametrize("epithet,name", [("said the mother of four", "Rohana Ismail"),
                                          ("the mother-of-four said", "Rohana Ismail")])
def test_a_parent_of_a_number_of_children_is_the_one_the_paragraph_is_about(speakers, epithet, name):
    text = ("Flood victims still waiting\n\nBy Nurul Huda\n\nHundreds of families remain in relief centres.\n\n"
            "Rantau Panjang resident Puan Rohana Ismail, 52, said her house had flooded three times in four years.\n\n"
            f"{Q}We don't unpack any more. We keep everything in bags,{E} {epithet}.\n")
    assert speakers(text) == [name]
