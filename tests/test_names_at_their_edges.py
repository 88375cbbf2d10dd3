"""Where a person's or a firm's name begins and ends: a sentence's opening "But" before a particle surname, a
hyphenated given name before "von", a name that runs on over "bint" into "Al …", particles that open a firm's name,
a given name the tagger typed a people, an office whose field holds "and the", a name someone is "known as", a
father's name after "bin" that is also a title ("bin Sultan") and the honorific "Maalem"; and names that are no
one's: a paper named after "the" ("an interview with the Beacon") and a ground named after someone (a hyphenated
surname ending in "Hall" is a guard).  Sentences written for the test; fictional people and places."""
from __future__ import annotations

import pytest

L, R = "\u201c", "\u201d"


#: Sentences and the speakers they must give, one case a phenomenon.
_CASES = {
    "an_opening_but_is_no_part_of_a_particle_surname": (
        "Kilbrack won the county final on Sunday.\n\n"
        f"But Ó Ceallaigh said his side had been {L}the better team for an hour{R} and deserved the cup.",
        ["Ó Ceallaigh"]),
    "a_hyphenated_given_name_before_a_particle_is_kept": (
        "The ministry published its report on Monday.\n\n"
        "The transport minister, Carl-Philipp von Ahlefeldt, spoke in Bonn. "
        f"{L}Inland shipping is the backbone of our economy,{R} von Ahlefeldt told public radio.",
        ["Carl-Philipp von Ahlefeldt"]),
    "a_name_runs_on_over_bint_into_al": (
        "New rules for outdoor work begin in June.\n\n"
        "The minister, Sheikha Latifa bint Hamdan Al Qasimi, spoke in Dubai. "
        f"{L}Every worker who builds our roads deserves shade,{R} she said.",
        ["Latifa bint Hamdan Al Qasimi"]),
    "particles_open_a_firms_name": (
        "The regulator fined four barge operators on Monday.\n\n"
        "Van der Veen Binnenvaart, owned by the same family since 1921, said in a statement it "
        f"{L}accepted the decision in full{R}.",
        ["Van der Veen Binnenvaart"]),
    "an_office_whose_field_holds_and_the_ends_before_the_name": (
        "The village hall was full on Tuesday.\n\n"
        "Minister of Culture and the Arts Tomas Eriksen described the singer as "
        f"{L}a national treasure who never once forgot where he came from{R}.",
        ["Tomas Eriksen"]),
    "a_ground_named_after_someone_is_no_one": (
        "Declan Brennan, a 34-year-old mechanic, died in March. Last week his club named its new pitch Declan Brennan "
        "Park.\n\n"
        f"His mother, Noreen, pours the tea. {L}He would have loved the fuss,{R} she says.",
        ["Noreen Brennan"]),
    "a_name_someone_is_known_by_is_theirs": (
        "Farmers in the valley say the water has not come.\n\n"
        "Yusuf Haddad, a 63-year-old tomato farmer known to his neighbours as Abu Khaled, showed the dry canal. "
        f"{L}Without water, we are nothing,{R} Abu Khaled said.",
        ["Yusuf Haddad"]),
    "a_title_word_after_bin_is_a_fathers_name": (
        "The campaign began in May.\n\n"
        "The minister of human resources, Hamad bin Sultan Al Shamsi, visited three sites on Monday. "
        f"{L}We are proud of the partnership with employers,{R} Dr Hamad told reporters.",
        ["Hamad bin Sultan Al Shamsi"]),
    "maalem_is_an_honorific": (
        "The festival opened on Thursday.\n\n"
        "The master musician Maalem Hamid Kasri led the procession. "
        f"{L}Tonight I am not the master, I am the student,{R} Kasri told the crowd.",
        ["Hamid Kasri"]),
    "a_paper_named_after_the_is_no_one_he_means": (
        "Captain Sonny Ebanks, who sailed turtle schooners for 40 years, died on Sunday aged 93.\n\n"
        f"In a 2014 interview with the Beacon, he recalled the last voyage. {L}The sea don't care who you are,{R} he said.",
        ["Sonny Ebanks"]),
    "a_hyphenated_surname_ending_in_hall_is_a_name": (
        "Deputy Superintendent Nadine Russell-Hall said patrols would increase.\n\n"
        f"{L}The people in those communities know who the shooters are,{R} she said.",
        ["Nadine Russell-Hall"]),
}


@pytest.mark.parametrize("text, expected", _CASES.values(), ids=_CASES.keys())
def test_names_begin_and_end_where_they_do(speakers, text, expected):
    assert speakers(text) == expected


def test_a_given_name_typed_a_people_opens_the_name(nlp):
    from quotes.extract.body_mentions import entities
    from quotes.extract.person_mentions import joined_person_entities

    doc = nlp("Adrian Vella was reacting to a report by the National Audit Office.")
    assert doc[0].ent_type_ == "NORP"  # (the tagger's reading this test is about)
    people = [doc[start:end].text for start, end, label in joined_person_entities(list(doc), entities(doc))
              if label == "PERSON"]
    assert people == ["Adrian Vella"]
