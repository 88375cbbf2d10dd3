"""A person's name as the article writes it most fully: initials and a listed given name the tagger left out of the
name ("C.V. Nagesh Prasad", "Dipak Raj Mahato", "Kulwant Singh Grewal"), never a title, honorific, place or other word
run into it.  Sentences written for the test; fictional people."""
from __future__ import annotations

import pytest
import regex

from quotes.extract import fuller_names

L, R = "\u201c", "\u201d"

CASES = [
    ("initials of two letters joined by full stops",
     f"Senior advocate C.V. Lokesh Prasad argued for bail. {L}My client has no record of any kind,{R} Prasad said.",
     "C.V. Lokesh Prasad"),
    ("one initial after an office",
     f"Leader of the Opposition P.M. Abdul Rasheed walked out of the House. {L}They were promised jobs,{R} Rasheed said.",
     "P.M. Abdul Rasheed"),
    ("initials before a surname the tagger found alone",
     f"In a separate matter, Senior advocate S.R. Balakrishnan argued for bail. {L}My client has cooperated at every "
     f"stage,{R} Balakrishnan submitted.",
     "S.R. Balakrishnan"),
    ("a listed given name after a rank",
     f"Chief of Army Staff General Tariq Mehmood Qureshi on Saturday visited forward posts. {L}The nation stands with "
     f"you,{R} Qureshi said.",
     "Tariq Mehmood Qureshi"),
    ("a listed given name after an office's topic",
     f"The opposition wants Minister for Water Supply Dipak Raj Mahato to appear. {L}I will answer every question,{R} "
     "Mahato said.",
     "Dipak Raj Mahato"),
    ("a given name before 'Singh', a second given name",
     f"His neighbour, Kulwant Singh Sandhu, burnt his field on Saturday. {L}The wheat has to be sown by November,{R} "
     "Sandhu said.",
     "Kulwant Singh Sandhu"),
    ("'Te' opening a Māori given name",
     f"Te Rangi Whaanga, who carved the meeting house doors, died on Sunday. He once said: {L}Every panel tells a "
     f"story.{R}",
     "Te Rangi Whaanga"),
    ("a Chinese given name after a listed given name and a Chinese family name, no title before",
     f"Company director Richard Wong Kah Loon said the three bridges would be finished by 2028. {L}It passed every "
     f"test,{R} Wong said.",
     "Richard Wong Kah Loon"),
    ("the same, a counsel",
     f"Defence counsel Stanley Chin Wai Ming asked for a fine. {L}He is a small fish, Your Honour,{R} Chin said.",
     "Stanley Chin Wai Ming"),
]


@pytest.mark.parametrize("text, name", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_the_name_as_written_in_full(speakers, text, name):
    assert speakers("Headline\n\n" + text) == [name]


@pytest.mark.parametrize("before", ["Dubliner", "Conservative", "Tan Sri", "Datuk Seri"])
def test_no_word_before_a_name_that_is_no_given_name_joins_it(speakers, before):
    text = (f"Headline\n\n{before} Rahmat Ismail said the works would finish in March. {L}The project is on track,{R} "
            "Rahmat said.")
    assert speakers(text) == ["Rahmat Ismail"]


def test_written_before_reads_initials_and_listed_given_names(nlp):
    from quotes.extract.fuller_names import written_before

    doc = nlp("Advocate K. P. Anandan met Dubliner Emer Halpin and General Tariq Mehmood.")
    at = {t.text: t.i for t in doc}
    assert written_before(list(doc), at["Anandan"]) == "K. P."
    assert written_before(list(doc), at["Emer"]) is None
    assert written_before(list(doc), at["Mehmood"]) == "Tariq"


def test_a_surname_alone_takes_a_listed_given_name_only_after_a_title(nlp):
    from quotes.extract.fuller_names import fuller_forms

    text = "Dr Anaru Kīngi and Dubliner Emer Halpin spoke."
    assert fuller_forms(nlp(text), text, {"Kīngi", "Halpin"}) == {"Kīngi": "Anaru Kīngi"}


def test_a_surname_written_after_a_name_the_tagger_cut_is_part_of_it(speakers):
    text = ("Army chief visits posts\n\nChief of Army Staff General Tariq Mehmood Qureshi visited forward posts on "
            "Saturday, the military said.\n\n\u201cThe sacrifices of our soldiers will never be forgotten,\u201d the COAS "
            "said.\n\nThe ISPR said General Qureshi also met families of soldiers. \u201cPeace has been bought with blood,"
            "\u201d Qureshi said.")
    assert set(speakers(text)) == {"Tariq Mehmood Qureshi"}


def test_a_word_for_relatives_opening_the_sentence_is_no_word_of_either_name(speakers):
    text = (f"Headline\n\nBrothers Callum and Ewan Strachan took over the station in 2019. {L}The first winter nearly "
            f"broke us,{R} Callum said. {L}We learned fast,{R} Ewan said.")
    assert speakers(text) == ["Callum Strachan", "Ewan Strachan"]


@pytest.mark.parametrize("text", [
    "Aroha Ngata said. Ngata, 40, and Ngatae. (Ngata) Mr.Ngata A.Ngata Ngata_x Ngata2 Ngata-Smith Ngatá ",
    "Ngata", "xNgata Ngata", "NgataNgata Ngata Ngata", "Ngata\u0301 Ngata", "",
])
def test_a_name_is_found_where_the_pattern_finds_it(text):
    """The search without a pattern per name finds the places the pattern (?<![\\w.])name(?!\\w) finds."""
    wanted = [m.start() for m in regex.finditer(r"(?<![\w.])Ngata(?!\w)", text)]
    assert list(fuller_names._written_at("Ngata", text)) == wanted



def test_a_chinese_title_case_headline_run_is_no_given_name(speakers):
    """The syllables after "Richard Wong" join it only where they end the run of capitalised words, never in a
    title-case headline ("Richard Wong Wins Top Award")."""
    text = f"Richard Wong Wins Top Award\n\nEngineer Richard Wong won the award on Friday. {L}I am proud,{R} Wong said."
    assert speakers(text) == ["Richard Wong"]


def test_only_a_listed_given_name_and_a_chinese_family_name_look_for_syllables_after():
    assert fuller_names._western_and_chinese("Richard Wong")
    assert not fuller_names._western_and_chinese("Carol Ross")  # (not a Chinese family name)
    assert not fuller_names._western_and_chinese("Wong Kah")  # (the family name first: no listed given name before)
    assert not fuller_names._western_and_chinese("Richard Wong Kah")
