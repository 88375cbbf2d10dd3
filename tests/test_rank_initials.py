"""A rank written out before a name and then as its initials before the surname ("Detective Sergeant Rhian Pritchard",
then "DS Pritchard"; "Assistant Commissioner of Police Rozaini Abdul Rahman", then "AC Rozaini"): one person, the
given name after the rank's body word kept. Initials the article never spells out stay a name's ("DC Thomson"). On
articles written for the test."""
from __future__ import annotations

Q, E = "\u201c", "\u201d"


def test_initials_of_a_rank_written_out_before(speakers):
    text = ("Pensioner robbed\n\nDetective Sergeant Rhian Pritchard said the man fled on foot.\n\n"
            f"{Q}We want to hear from anyone who saw him,{E} DS Pritchard said.\n")
    assert speakers(text) == ["Rhian Pritchard"]


def test_a_given_name_after_a_rank_that_ends_in_a_body_word(speakers):
    text = ("Scam warning\n\nAssistant Commissioner of Police Rozaini Abdul Rahman, said: "
            f"{Q}We will act against the syndicate.{E}\n\nAC Rozaini urged the public to stay calm. "
            f"{Q}Do not share rumours,{E} AC Rozaini said.\n")
    assert speakers(text) == ["Rozaini Abdul Rahman", "Rozaini Abdul Rahman"]


def test_a_name_the_tagger_missed_after_a_rank_ending_in_police(speakers):
    text = ("Job scam\n\nKUALA LUMPUR: Assistant Commissioner of Police Rosli Hamzah Ahmad said the syndicate had posed as "
            f"a recruitment firm.\n\n{Q}Victims were told to pay for training,{E} AC Rosli said.\n")
    assert speakers(text) == ["Rosli Hamzah Ahmad"]


def test_a_title_after_the_and_initials_of_no_written_rank(speakers):
    """"The Chief Constable Jo Farrell" gives "CC Farrell"; a company whose initials spell a title the article wrote
    before another name ("DP World" after "Deputy Prime Minister Angela Rayner") or no title ("GM Korea" after "General
    Motors Korea") stays a company."""
    text = ("Force stretched\n\nThe Chief Constable Jo Farrell said the force was stretched.\n\n"
            f"{Q}We need more officers,{E} CC Farrell said.\n")
    assert speakers(text) == ["Jo Farrell"]
    text = ("Port deal\n\nDeputy Prime Minister Angela Rayner visited the port on Monday.\n\n"
            f"{Q}This investment will create 2,000 jobs,{E} DP World said.\n")
    assert speakers(text, kinds=True) == [("DP World", "organization")]
    text = f"Plant to shut\n\nGeneral Motors Korea will shut its plant.\n\n{Q}We have no other choice,{E} GM Korea said.\n"
    assert speakers(text, kinds=True) == [("GM Korea", "organization")]
