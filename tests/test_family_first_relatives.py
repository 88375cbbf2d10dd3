"""Names written family name first without hyphens ("Wong Kah Leong", "Khoo Teng Hock"), as papers in Singapore and
Malaysia write them: a relative named by a given name of two syllables takes the family name in front ("his daughter
Mei Xin" is Wong Mei Xin), "Prof Leong" is the Leong named so, not the man whose name ends in Leong, a full name is not
cut ("His son, Kang Min-jae,"), and a relative of someone with a father's name ("binti Ahmad") keeps the one name. On
articles written for the test."""
from __future__ import annotations

import pytest

Q, E = "\u201c", "\u201d"

CASES = [
    ("a daughter's two syllables after a family-first name",
     "Clinic queues\n\nMr Wong Kah Seng, 58, brought his family to the clinic. "
     f"{Q}We will not take chances this year,{E} he said.\n\nHis daughter Mei Xin, 26, waited outside. "
     f"{Q}Dad still worries about everything,{E} she said.\n\nMei Xin, who works nearby, said it was {Q}a long wait{E}.\n",
     "Dad still worries", "Wong Mei Xin"),
    ("the same daughter named alone later",
     "Clinic queues\n\nMr Wong Kah Seng, 58, brought his family to the clinic. "
     f"{Q}We will not take chances this year,{E} he said.\n\nHis daughter Mei Xin, 26, waited outside. "
     f"{Q}Dad still worries about everything,{E} she said.\n\nMei Xin, who works nearby, said it was {Q}a long wait{E}.\n",
     "a long wait", "Wong Mei Xin"),
    ("a grandson after a name of Hokkien syllables",
     "Block party\n\nMr Loh Chee Wah, 81, has lived in the block since 1975. "
     f"{Q}It was all kampung here,{E} he said.\n\nHis grandson Jun Kai, 19, said: {Q}He tells everyone the same stories.{E}\n",
     "same stories", "Loh Jun Kai"),
    ("a daughter after a listed family name and two syllables, behind an honorific",
     "Tycoon dies\n\nTan Sri Khoo Teng Hock opened his first school in 1988. "
     f"{Q}He never forgot where he came from,{E} said his daughter Mei Ling.\n",
     "never forgot", "Khoo Mei Ling"),
]


@pytest.mark.parametrize("text,words,name", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_relative_takes_the_family_name_in_front(speakers, text, words, name):
    assert speakers(text, saying=words) == [name]


def test_a_title_and_family_name_find_the_one_so_named(speakers):
    """"Wong Kah Leong" may be written either way; beside "Leong Hui Min", surely family name first, it is so too."""
    text = ("Flu cases rise\n\nAssociate Professor Leong Hui Min heads infectious diseases at the hospital.\n\n"
            f"{Q}We are seeing more elderly patients,{E} said Prof Leong.\n\n"
            "Mr Wong Kah Leong, 41, brought his daughter Mei Xin to the clinic on Saturday.\n\n"
            f"Mei Xin said it was {Q}only a little bit painful{E}.\n")
    assert speakers(text) == ["Leong Hui Min", "Wong Mei Xin"]


def test_a_relative_named_in_full_is_not_cut(speakers):
    """Guard: "Kang Min" of "His son, Kang Min-jae," is no given name of two syllables."""
    text = ("Admissions case\n\nProsecutors said Kang Dong-won, 61, had pressured two interviewers.\n\n"
            "His son, Kang Min-jae, 23, was also charged.\n\nThe elder Kang did not speak to reporters. His son told "
            f"reporters then: {Q}I trust the court.{E}\n")
    assert speakers(text, saying="trust the court") == ["Kang Min-jae"]


def test_a_relative_of_a_name_with_a_fathers_name_keeps_the_one_name(speakers):
    text = ("Market fire\n\nNorlela binti Ahmad, 44, sells nasi lemak at the market. "
            f"{Q}Business is slow,{E} she said.\n\nHer husband, Ismail, a lorry driver, said: {Q}We will manage.{E}\n")
    assert speakers(text, saying="We will manage") == ["Ismail"]


CASES_AS_WRITTEN = [
    ("a name that may be written either way, in an article that writes no other name family name first",
     "Clinic\n\nDr Hui Ling Tan leads the team. Her husband, Kevin, 40, a pilot, said: "
     f"{Q}We rarely see each other.{E}\n", "Kevin Tan"),
    ("a wife, who keeps her own family name",
     f"Shop\n\nMr Wong Kah Leong, 58, runs the shop. His wife Siew Lian, 55, said: {Q}We open at six.{E}\n",
     "Siew Lian"),
    ("a daughter named in full, a listed family name first",
     "Shop\n\nMr Wong Kah Leong, 58, runs the shop. His daughter Lim Mei, 26, who married last year, said: "
     f"{Q}We open at six.{E}\n", "Lim Mei"),
]


@pytest.mark.parametrize("text,name", [c[1:] for c in CASES_AS_WRITTEN], ids=[c[0] for c in CASES_AS_WRITTEN])
def test_names_that_take_no_family_name_in_front(speakers, text, name):
    assert speakers(text) == [name]


def test_a_relative_of_an_arab_name_with_a_family_name_after_the_fathers(speakers):
    """Guard: "bin Salim" is followed by the family name "Al Rawahi", which the nephew takes."""
    text = ("Wadi rescue\n\nAhmed bin Salim Al Rawahi, 52, was trapped with his family. His nephew, Yousuf, 19, said: "
            f"{Q}They were very calm.{E}\n")
    assert speakers(text) == ["Yousuf Al Rawahi"]


def test_a_relative_of_a_fathers_name_of_two_words_keeps_one_name(speakers):
    text = ("Flood\n\nMohd Ismail bin Abdul Rahman, 60, lost his shop. His son, Hafiz, said: "
            f"{Q}We lost everything.{E}\n")
    assert speakers(text) == ["Hafiz"]
