"""Whose relative "the victim's wife, Marites," or "the accused's mother, Savitri," is, and whom "the 61-year-old"
means, on sentences written for the test: the victim is the one a story names as the victim (after "as", or beside
"The victim," over a nickname); the accused, defendant or convict is the one person the court tries (who appears,
stands trial, is charged or sentenced, or whose trial it is), not counsel who appears for them; an age the article gave
no one is the person named beside
the subject of the paragraph before."""
from __future__ import annotations

Q, E = "\u201c", "\u201d"


def test_the_victim_named_after_as(speakers):
    text = ("Police identified the suspect as Jerome Lagura and the victim as Dante Ybañez, 38. They had quarrelled over "
            "a fare.\n\n"
            f"The victim's wife, Marites, said her husband had driven the route for years. {Q}He was the gentlest "
            f"person,{E} Marites said.\n")
    assert speakers(text) == ["Marites Ybañez"]


def test_the_victim_named_locally_as(speakers):
    text = ("The victim, named locally as William John Hemphill, lives alone. He was woken by two men.\n\n"
            f"The victim’s niece, Bernadette, who has been staying with him, said: {Q}He is a proud man.{E}\n")
    assert speakers(text) == ["Bernadette Hemphill"]


def test_the_victim_named_with_a_nickname(speakers):
    text = ("The victim, Rodolfo “Boy” Manalastas, 52, was on his way home when he was attacked.\n\n"
            f"The victim's wife, Marites, said: {Q}He had no enemies.{E}\n")
    assert speakers(text, saying="enemies") == ["Marites Manalastas"]


def test_the_accused_is_the_one_who_appeared(speakers):
    text = ("A 19-year-old man accused of robbing two taxi drivers was denied bail yesterday.\n\n"
            "Kristof Baboolal, of Union Park, appeared before Senior Magistrate Indira Rampersad-Joseph.\n\n"
            f"Outside court, the accused’s mother, Savitri, said her son was innocent. {Q}My son is not a bandit,{E} "
            "Savitri said.\n")
    assert speakers(text) == ["Savitri Baboolal"]


def test_the_defendant_is_the_one_whose_trial_it_is(speakers):
    text = ("A Federal High Court adjourned the trial of a former commissioner, Alhaji Musa Idris Oyibo, to March 18.\n\n"
            "Outside the courtroom, the defendant’s younger brother, Yusuf, said the case was political. "
            f"{Q}This is a vendetta,{E} Yusuf said.\n")
    assert speakers(text) == ["Yusuf Oyibo"]


def test_no_one_is_the_accused_of_two_tried(speakers):
    text = ("Kristof Baboolal and Marlon Ramdass appeared before Senior Magistrate Indira Rampersad-Joseph.\n\n"
            f"Outside court, the accused’s mother, Savitri, said her son was innocent. {Q}My son is not a bandit,{E} "
            "Savitri said.\n")
    assert speakers(text) == ["Savitri"]


def test_an_age_no_one_was_given_is_the_one_beside_the_subject_before(speakers):
    text = ("The judge noted that Goh had no previous convictions.\n\n"
            "Outside court, Goh's mother, Madam Lee Siew Hoon, said her son had been under financial stress.\n\n"
            f"{Q}He is not a violent boy. He made a mistake,{E} the 61-year-old said.\n")
    assert speakers(text) == ["Lee Siew Hoon"]


def test_counsel_who_appears_is_not_the_accused(speakers):
    text = ("Barrister Chinedu Okoye appeared on behalf of the accused, while Mrs Funmi Adeyemi led the prosecution. "
            f"The accused's brother, Yusuf, said outside court: {Q}We have faith in the judiciary.{E}\n")
    assert speakers(text) == ["Yusuf"]


def test_the_one_who_shot_the_victim_is_not_the_victim(speakers):
    text = ("Police have identified the man who shot the victim as Jerome Lagura, 31.\n\n"
            f"The victim's wife, Marites, said: {Q}I want him to rot in jail.{E}\n")
    assert speakers(text) == ["Marites"]
