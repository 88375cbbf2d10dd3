"""Cases a read of the fifty-second session's rules found them getting wrong, and the lede's age of the accused; on
sentences written for the test."""
from __future__ import annotations

Q, E = "\u201c", "\u201d"


def test_a_given_name_with_a_noun_s_ending_before_an_initial_stays(speakers):
    text = (f"Outage\n\nChristian J. Bauer, 52, a software engineer, said the outage cost him a day. {Q}I could not even "
            f"send an invoice,{E} he said.")
    assert speakers(text) == ["Christian J. Bauer"]


def test_a_lieutenant_governor_is_no_officer(speakers):
    text = (f"Highway shut\n\nConstable Ryan Doyle said the highway would stay shut until noon.\n\nLieutenant Governor "
            f"Janet Austin visited the crash site.\n\n{Q}Nobody should try to drive through,{E} the officer said.")
    assert speakers(text) == ["Ryan Doyle"]


def test_a_chinese_name_written_given_name_first_keeps_its_last_word_as_family_name(speakers):
    text = (f"Stall\n\nWei Ming Tan, 48, has run the chicken rice stall since 2001.\n\nHis daughter, Chloe, 16, helps after "
            f"school. {Q}I want to keep it going,{E} said Chloe.")
    assert speakers(text) == ["Chloe Tan"]


def test_mr_and_another_s_surname_does_not_make_a_first_word_a_family_name(speakers):
    text = (f"Library\n\nRetired teacher Grant Robert Davies, 67, has run the village library for ten years.\n\nHis daughter, "
            f"Ella, 30, helps on Saturdays. {Q}Dad never misses a day,{E} said Ella.\n\nCouncil chief executive Peter Grant "
            f"praised the volunteers. {Q}They are the heart of the village,{E} Mr Grant said.")
    assert speakers(text) == ["Ella Davies", "Peter Grant"]


def test_a_title_before_a_word_that_begins_a_parent_s_name_writes_it_as_a_surname(speakers):
    text = (f"Bakery\n\nJordan Lewis, 64, opened the bakery in 1994. His daughter, Amy Jordan, 35, now manages it. "
            f"{Q}Dad still comes in at 4am,{E} Ms Jordan said.")
    assert speakers(text) == ["Amy Jordan"]


def test_the_lede_s_aged_noun_for_one_in_the_dock_is_the_accused_the_next_paragraph_tries(speakers):
    text = ("Court remands trader\n\nA circuit court has remanded a 34-year-old trader into custody over an alleged gold "
            "fraud.\n\nKofi Mensah-Bonsu, who was charged with defrauding by false pretences, pleaded not guilty.\n\n"
            "Outside the court, the complainant's brother, who gave his name only as Kwesi, said the family had sold two "
            f"cars.\n\nAsked whether he had anything to say, the 34-year-old replied: {Q}I will clear my name.{E}")
    assert speakers(text) == ["Kofi Mensah-Bonsu"]
