"""Names the tagger cuts or runs together: a given name it left untagged between an honorific and a surname ("Datuk
Seri" + "Gurdev" + "Singh Bains"), a romanised syllable after a hyphen it read as a noun ("Yoon Sang-wook"), the
short forms "Pak" and "Bu", a name it typed a place with a trade in apposition, a body's acronym whose name has a
hyphenated word, a US party tag's state abbreviation, "the authority" for a council, a body the tagger found that
is no speaking person, a nationality noun it typed a body ("the Dutchman"), a surname alone that ends a hyphenated
one ("Calderón" of Jorge Ruiz-Calderón), and a tour or a publisher by its last word.  Sentences written for the
test; fictional people and places."""
from __future__ import annotations

import pytest

L, R = "\u201c", "\u201d"


#: Sentences and the speakers they must give, one case a phenomenon.
_CASES = {
    "an_untagged_given_name_between_honorifics_and_surname_is_kept": (
        "Counsel Datuk Seri Gurdev Singh Bains, representing Ahmad Nizam, pleaded for leniency and asked for a fine.\n\n"
        f"{L}My client has already lost everything he worked for,{R} Gurdev said.",
        ["Gurdev Singh Bains"]),
    "a_romanised_syllable_after_a_hyphen_ends_the_given_name": (
        "Suwon coach Yoon Sang-wook admitted his side had been beaten.\n\n"
        f"{L}We were second to every ball,{R} Yoon said.",
        ["Yoon Sang-wook"]),
    "an_english_particle_after_a_hyphen_is_no_part_of_a_name": (
        f"Runner-up Grace Wanjiru Mwangi said she was {L}very happy{R} with her time.",
        ["Grace Wanjiru Mwangi"]),
    "a_name_typed_a_place_with_a_trade_in_apposition_is_a_person": (
        "Among the most active contributors is Le Minh Khoa, a 43-year-old ride-hailing driver in Go Vap District, "
        "who says he has sent more than 500 clips since March.\n\n"
        f"{L}At first I did it for the reward money, to be honest,{R} Khoa said.",
        ["Le Minh Khoa"]),
    "an_acronym_stands_for_a_name_with_a_hyphenated_word": (
        "The prosecutor read out a statement from the Malaysian Anti-Corruption Commission (MACC) after the sentence.\n\n"
        f"{L}The commission will keep watching every permit office in the state,{R} the statement read.",
        ["Malaysian Anti-Corruption Commission"]),
    "a_party_tag_state_abbreviation_describes_the_member": (
        "Sen. Carla Whitmore, R-Alaska, who chairs the panel, said she wanted more hearings.\n\n"
        "Sen. Dale Hutchins, R-Neb., who wrote the bill, said families should not pay for the servers next door. "
        f"{L}This is about who carries the bill,{R} the Nebraska Republican told reporters.",
        ["Dale Hutchins"]),
    "the_authority_is_the_council_named_before": (
        "Hallam Metropolitan Borough Council's cabinet had agreed last year to lease land next to two of the sites.\n\n"
        "Council leader Priya Sandhu (Labour) said the leases would be reviewed.\n\n"
        f"{L}We will look at every lease before it is renewed,{R} the authority said.",
        ["Hallam Metropolitan Borough Council"]),
    "a_nationality_noun_the_tagger_typed_a_body_is_no_body": (
        "Harrowgate Athletic were held to a 1-1 draw by Millbrook Town on Saturday.\n\n"
        "Joost van Aalst accused the officials of looking for a reason to rule the goal out.\n\n"
        '"In Holland we say you must earn your luck. Today we did not earn it. I will take the point," the Dutchman said.\n\n'
        "Harrowgate later confirmed that defender Sam Tennick had gone to hospital for a scan on his ankle.\n\n"
        '"Sam was assessed by the medical staff and was able to walk, but we will know more on Monday," the club said.',
        ["Joost van Aalst", "Harrowgate Athletic"]),
    "a_surname_alone_finds_the_hyphenated_surname_it_ends": (
        "The council passed the budget at 4 a.m. on Thursday after a 10-hour meeting.\n\n"
        'A tax Mayor Jorge Ruiz-Calderón had called "off the table" in March was part of the final deal.\n\n'
        '"This is not the budget I would have written alone. It is the budget this city needed tonight," '
        "Calderón told reporters outside the chamber.",
        ["Jorge Ruiz-Calderón", "Jorge Ruiz-Calderón"]),
}


@pytest.mark.parametrize("text, expected", _CASES.values(), ids=_CASES.keys())
def test_names_come_out_whole(speakers, text, expected):
    assert speakers(text) == expected


@pytest.mark.parametrize("honorific", ["Pak", "Bu"])
def test_pak_and_bu_are_no_part_of_a_name(speakers, honorific):
    text = (f"His first coach, {honorific} Darmaji, watched on a phone at the harbour.\n\n"
            f"{L}He was always the fastest boy on the beach,{R} {honorific} Darmaji said.")
    assert speakers(text) == ["Darmaji"]


def test_a_body_the_tagger_found_is_no_person_when_it_speaks(speakers):
    text = ("A Senate panel on Wednesday backed a bill that would make data centers pay more of the cost of new lines.\n\n"
            "Eastern Prairie Power, which serves 1.4 million customers, said demand from data centers would triple. "
            f"{L}We support a fair split of the cost,{R} the company said in a statement.")
    assert speakers(text, kinds=True) == [("Eastern Prairie Power", "organization")]


@pytest.mark.parametrize("name", ["Kestrel Ridge Tour", "Harbour Lane Books"])
def test_a_tour_and_a_publisher_are_bodies(nlp, name):
    from quotes.extract.body_mentions import names_body

    doc = nlp(f"He played on the {name} last year.")
    assert names_body(doc, 4, 4 + len(name.split()))


@pytest.mark.parametrize("name", ["Kandyan Chamber", "Kandyan Chamber of Commerce"])
def test_a_chamber_of_commerce_is_a_body_however_tagged(nlp, name):
    """"The Ceylon Chamber of Commerce has welcomed …", typed a work of art by the tagger in a live page, was the
    person "Ceylon Chamber" (0.906)."""
    from quotes.extract.body_mentions import names_body

    doc = nlp(f"He met the {name} last year.")
    assert names_body(doc, 3, 3 + len(name.split()))


@pytest.mark.parametrize("lead", [
    "Paramedic Rochelle Vandermolen of Sioux Center said the wait had worn her down.",
    "The Iowa EMS Association has lobbied for the change for three sessions. Its president, paramedic Rochelle "
    "Vandermolen of Sioux Center, watched the vote from the gallery.",
])
def test_a_person_of_a_town_is_no_body(speakers, lead):
    """"Rochelle Vandermolen of Sioux Center", untagged or typed a body, was read as a body ending in "Center", so
    "Vandermolen said" lost her given name."""
    assert speakers(f"Waiting for a clinic\n\n{lead}\n\n“I cried a little,” Vandermolen said.") == ["Rochelle Vandermolen"]


def test_a_person_of_a_firm_the_tagger_typed_a_body_whole(speakers):
    """"Marcus Greer of Fundy Capital Markets", one entity typed a body's, was a body's name as speaker, and "Greer
    said" after it a surname of no one."""
    text = ("Marcus Hale of Sable Capital Markets kept his \u201coutperform\u201d rating on the stock and said the quarter "
            "was \u201cnoisy but not broken.\u201d \u201cCrab will come back,\u201d Hale said.")
    assert speakers(text) == ["Marcus Hale", "Marcus Hale"]


def test_a_surname_with_an_elided_particle_is_a_name():
    """"d’Entremont" alone, which the tagger takes for a noun, found no full name: it became a speaker of its own."""
    from quotes.words import capital_name

    assert capital_name("d\u2019Entremont") and capital_name("l'Heureux") and not capital_name("don't")


def test_a_lone_surname_with_an_elided_particle_joins_the_full_name(speakers):
    text = ("Lobster season opens late\n\nRaymond d\u2019Eon, who chairs the wharf committee, says the delay was right.\n\n"
            "\u201cNobody argued with it,\u201d d\u2019Eon says.")
    assert speakers(text) == ["Raymond d\u2019Eon"]


def test_a_name_ending_in_health_is_a_body(nlp):
    """"Renown Health said in a statement …" was given to the district health officer named before (0.834)."""
    from quotes.extract.body_mentions import names_body

    doc = nlp("He met Tamarack Valley Health last year.")
    assert names_body(doc, 2, 5)


def test_an_occupation_before_a_name_the_tagger_typed_a_building(speakers):
    text = ("BASEL: National shuttler Aidil Haikal Rosli pulled off the biggest win of his career yesterday.\n\n"
            f"{L}I only thought about the next rally,{R} said Aidil.\n\n"
            f"{L}He is a great player, but today I wanted it more,{R} the 24-year-old added.")
    assert speakers(text) == ["Aidil Haikal Rosli", "Aidil Haikal Rosli"]


def test_an_occupation_opening_a_headline_is_no_given_name(speakers):
    text = ("SPL: Teenager Ilhan strikes late as Serangoon Tigers stun leaders\n\n"
            "Nineteen-year-old Ilhan Hakimi Zainal came off the bench to score a stoppage-time winner.\n\n"
            f"{L}I just closed my eyes and hit it,{R} said Ilhan.")
    assert speakers(text) == ["Ilhan Hakimi Zainal"]


def test_an_occupation_opening_a_sentence_is_no_part_of_a_body_s_name(speakers):
    text = ("Thornbury shares rose 4 per cent on Monday.\n\n"
            "Activist Greyfriars Capital, which owns 6 per cent of the company, wrote to the board last week. "
            f"{L}The shares have underperformed for five years,{R} Greyfriars said.")
    assert speakers(text) == ["Greyfriars Capital"]


def test_a_firm_of_a_given_name_and_its_sons_is_no_person(speakers):
    """"Warren & Sons of Leeds", typed a body whole, is no person "Warren" of a body "Leeds"."""
    text = "Homes row\n\nWarren & Sons of Leeds, the builder, said: \u201cThe homes are safe.\u201d"
    assert speakers(text, kinds=True) == [("Warren & Sons of Leeds", "organization")]
