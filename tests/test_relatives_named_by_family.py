"""A relative named by the given name alone takes the family name of whom they are a relative of: the writer who
signs a letter ("My husband, Ted," over "Margaret Harker, Kendal"), the one parent named ("Mrs Grace Adamu … Their
son, Daniel,"), "the couple's son"; on articles written for the test."""
from __future__ import annotations

from quotes.extract.letters import signatures

Q, E = "\u201c", "\u201d"


def _letters(first: str, second: str) -> str:
    return (f"Letters\n\n\u2018The bus never came\u2019\n\nSir, \u2013 The new timetable promised a bus every hour. {first}"
            f"\n\n{second}\n\n\u2018Keep the library open\u2019\n\nSir, \u2013 Closing the branch library would be a "
            "mistake. It is warm and it is free.\n\nDesmond Pryce, Ulverston\n")


def test_a_letter_writer_s_relative_takes_the_signature_s_family_name(speakers):
    text = _letters(f"My husband, Ted, waited at the stop for two hours. {Q}I have given up on it,{E} he said when he "
                    "came home.", "Margaret Harker, Kendal")
    assert speakers(text, saying="given up") == ["Ted Harker"]


def test_a_signature_with_the_writer_s_trade_before_the_place():
    text = _letters("It never came.", "Kemal Osman, retired teacher, Penrith")
    assert [name for _, _, name in signatures(text)] == ["Kemal Osman", "Desmond Pryce"]


def test_their_son_after_one_parent_named(speakers):
    text = ("Kidnapped pastor freed\n\nA pastor abducted near Zaria has been freed, police said.\n\nThe pastor's wife, "
            "Mrs Ruth Bello, wept as her husband walked into the station.\n\n"
            f"{Q}God has answered us,{E} Mrs Bello said.\n\nTheir son, Samuel, a student at the polytechnic, said the "
            f"family had received three calls. {Q}They told us to sell the car,{E} he said.\n")
    assert speakers(text, saying="sell the car") == ["Samuel Bello"]


def test_the_couple_s_son(speakers):
    text = ("Conman jailed\n\nA man who took savings from a widow was jailed.\n\nNoreen Costigan (80) was called on five "
            "weeks after her husband's funeral. She said her late husband, Jim, had warned her about callers.\n\n"
            f"Outside court, the couple's son, Liam, said the family was relieved. {Q}Mam blamed herself,{E} he said.\n")
    assert speakers(text, saying="blamed herself") == ["Liam Costigan"]


def test_a_relative_described_by_a_body_s_worker(speakers):
    text = ("Rosa Bellini, baker, dies at 91\n\nRosa Bellini, who ran the bakery on Mill Street for 60 years, died on "
            "Monday. She was 91.\n\nHer son, Marco, a former Ohio Agency of Natural Resources ranger, drove up every "
            f"Sunday. {Q}Mom knew every order,{E} Marco said.\n")
    assert speakers(text, saying="every order") == ["Marco Bellini"]


def test_a_given_name_the_tagger_takes_for_a_noun(speakers):
    text = _letters(f"My daughter, Saoirse, trains there five mornings a week. {Q}Without it I would give up,{E} she told "
                    "me.", "Seamus Conroy, Castlebar")
    assert speakers(text, saying="give up") == ["Saoirse Conroy"]


def test_a_name_written_family_name_first_gives_its_first_word_to_the_family(speakers):
    """"Mr Tay" of "Tay Ah Kow": his son Kelvin is Kelvin Tay, the family the Tay family, and "Mr Tay" stays the
    father, not the son named after him."""
    text = ("Hawker dies at 81\n\nHawker Tay Ah Kow, who ran a fried noodle stall for 50 years, has died, his family "
            f"said.\n\n{Q}Papa passed away peacefully,{E} the family said.\n\nHis son, Kelvin, 44, took over the stall. "
            f"{Q}He taught me to control the fire,{E} said Kelvin.\n\nIn a 2016 interview, Mr Tay had said: "
            f"{Q}When the wok retires, I retire.{E}")
    assert speakers(text) == ["Tay family", "Kelvin Tay", "Tay Ah Kow"]


def test_mr_and_a_surname_is_not_the_son_named_by_the_given_name(speakers):
    text = ("Farm sold\n\nGeraint Pugh, 70, has sold the family farm at Llanfair.\n\nHis son, Owen, moved to "
            f"Cardiff in 2010.\n\n{Q}It was time,{E} Mr Pugh said.")
    assert speakers(text) == ["Geraint Pugh"]


def test_a_father_s_given_name_his_son_bears_as_a_surname_is_the_father(speakers):
    """"His father, Fadzil Abu Bakar," beside "Haziq Fadzil": "said Fadzil" is the father."""
    text = ("Late winner\n\nA stoppage-time header from substitute Haziq Fadzil gave Perak a 2-1 win last night.\n\n"
            f"{Q}I just attacked the ball,{E} said Haziq.\n\nHis father, Fadzil Abu Bakar, 52, a lorry driver, was in "
            f"the stands.\n\n{Q}He practised headers under the rambutan tree,{E} said Fadzil, wiping away tears.")
    assert speakers(text) == ["Haziq Fadzil", "Fadzil Abu Bakar"]


def test_mr_and_a_surname_is_the_child_the_paragraph_or_the_line_before_named(speakers):
    text = ("Farm sold\nGeraint Pugh, 70, has sold the family farm at Llanfair. His son, Owen, now works in Cardiff.\n"
            f"Owen said the sale was a relief: {Q}Dad could not keep going.{E}\n{Q}It was time,{E} Mr Pugh said.")
    assert speakers(text) == ["Owen Pugh", "Owen Pugh"]


def test_a_relative_named_after_what_she_plays_takes_the_family_name(speakers):
    text = ("Sisters win final\n\nGoal shooter Ella Tamatea scored 38 goals and her younger sister, wing attack Georgia, "
            f"fed her all afternoon.\n\nGeorgia, 17, said her sister was {Q}the bossiest person on the planet{E}.")
    assert speakers(text) == ["Georgia Tamatea"]


def test_a_place_after_the_relative_s_word_is_no_given_name(speakers):
    text = ("Doctor dies at 81\n\nDr Ruth Calloway, a paediatrician, has died, her son, Michael Calloway, said.\n\n"
            f"{Q}She never turned a child away,{E} her son said.\n\nIn addition to her son, of Lexington, she is survived "
            "by a daughter.")
    assert speakers(text) == ["Michael Calloway"]
