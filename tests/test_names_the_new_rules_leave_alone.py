"""What the family, letter, seat, police and lede rules must leave alone: an unsigned letter's relative, a vox pop's
headed voices, "their" after an official, a Thai or Irish person's name with "na" in it, a family named in passing, a
new member for a seat, a police commission, a victim or a witness beside a delayed lede, a shop's family; on articles
written for the test."""
from __future__ import annotations

Q, E = "\u201c", "\u201d"


def test_an_unsigned_letter_s_relative_takes_no_later_signature(speakers):
    text = ("Letters\n\n\u2018The bus never came\u2019\n\nSir, \u2013 The timetable promised a bus every hour. My husband, "
            f"Ted, waited for two hours. {Q}I have given up on it,{E} he said.\n\nName and address with the editor\n\n"
            "\u2018Keep the library\u2019\n\nSir, \u2013 Closing it would be a mistake.\n\nDesmond Pryce, Ulverston\n\n"
            "\u2018Roads\u2019\n\nSir, \u2013 Fix them.\n\nAnne Baxter, Perth\n")
    assert speakers(text, saying="given up") == ["Ted"]


def test_a_vox_pop_s_header_lines_sign_no_letter(speakers):
    text = ("What do you think of the bypass?\n\nMary Byrne, retired nurse, Tralee\n\nMy son, Tom, drives it every day. He "
            f"says {Q}it is hopeless{E}.\n\nJohn Walsh, dairy farmer, Listowel\n\nIt took ten years too long.\n")
    assert speakers(text, saying="hopeless") == ["Tom"]


def test_their_after_an_official_is_no_one_s_family(speakers):
    text = ("Boys rescued\n\nTwo boys were pulled from the river on Sunday.\n\nInspector Tom Walsh said the boys were cold "
            f"but unhurt.\n\nTheir mother, Anne, said she was grateful. {Q}I cannot thank them enough,{E} she said.\n")
    assert speakers(text) == ["Anne"]


def test_a_person_s_name_with_na_inside_stays_a_person_s(speakers):
    thai = (f"Temple saved\n\nThe temple is {Q}a treasure of the nation{E}, said Sumet Jumsai na Ayudhya, an architect.\n")
    irish = f"Song\n\nThe singer Pádraig na Buile Ó Conaire said the song was {Q}older than the church{E}.\n"
    assert speakers(thai, kinds=True)[0][1] == "person"
    assert speakers(irish, kinds=True)[0][1] == "person"


def test_a_family_named_in_passing_does_not_speak(speakers):
    text = ("Jockey killed\n\nThe family of a young jockey killed in a fall at Leopardstown said he was "
            f"{Q}living his dream{E}.\n\nHe had ridden for trainers employed by the Magnier family.\n")
    assert speakers(text) == ["family"]


def test_a_new_member_for_the_seat_is_not_the_one_who_spoke(speakers):
    text = ("By-election\n\nThe Member for Warrego has conceded defeat, saying voters wanted "
            f"{Q}a fresh face{E}.\n\nThe new Member for Warrego, Ann Leahy, was sworn in on Tuesday.\n")
    assert speakers(text) != ["Ann Leahy"]


def test_police_is_no_police_commission(speakers):
    text = ("Pay rise\n\nThe National Police Service Commission said pay would rise in July.\n\nPolice said a man had "
            f"been arrested, calling the case {Q}a breakthrough{E}.\n")
    assert speakers(text) != ["National Police Service Commission"]


def test_a_victim_or_a_witness_is_not_the_delayed_lede_s_subject(speakers):
    victim = (f"Assault\n\nA Tamworth man who attacked his neighbour told police he {Q}saw red{E}, Tamworth Local Court has "
              "heard.\n\nThe victim, Gary Lowe, 58, needed stitches.\n")
    witness = (f"Assault\n\nA witness told police the man had {Q}just lost it{E}, Orange Local Court has heard.\n\n"
               "Jayden Paul Merritt, 26, of Glenroi, was sentenced on Monday.\n")
    assert speakers(victim) != ["Gary Lowe"]
    assert speakers(witness) != ["Jayden Paul Merritt"]


def test_the_family_of_a_shop_is_no_one_s(speakers):
    text = (f"Closing\n\nThe family of Dunnes Stores, the 80-year-old retailer, said it was {Q}a sad day{E}.\n")
    assert speakers(text) != ["Stores family"]
