"""Styles before names on sentences written for the test: "Deacon" opens a full name and is no word of it (but stays
a given name before a surname alone); "Her Royal Highness", the tagger's subject, stands for the name set beside it,
and "Chieftainess" is a style too; the Zambian "Ba" is one before a full name; a name with letters after it ends
"Chair of the bench …" or "Member of the Senedd …"; "Member of Parliament" written out is "the MP" and "the
lawmaker"; a Manx "Deemster" is a title, and "the Constable" a Jersey parish's Connétable."""
from __future__ import annotations

Q, E = "\u201c", "\u201d"


def test_deacon_is_a_style_before_a_full_name(speakers):
    text = ("Chapel marks 200 years\n\nDeacon Gethin Prys has kept the books of Capel Horeb for thirty years. "
            f"{Q}We are fewer now, but we still sing,{E} Deacon Prys said.\n")
    assert speakers(text) == ["Gethin Prys"]
    text = f"Veterans night\n\n{Q}The game got faster every year,{E} said Deacon Holloway, the former tight end.\n"
    assert speakers(text) == ["Deacon Holloway"]


def test_her_royal_highness_stands_for_the_chief_named_beside_her(speakers):
    text = ("Chief opens bridge\n\nThe Kafue crossing was opened on Friday. "
            f"{Q}Children will reach school in the rains now,{E} said Her Royal Highness Chieftainess Mweembe.\n")
    assert speakers(text) == ["Mweembe"]


def test_the_name_before_letters_ends_a_title_of_something(speakers):
    text = f"Bench warns driver\n\nChair of the bench Gwenda Price JP told him: {Q}You could have killed a child.{E}\n"
    assert speakers(text) == ["Gwenda Price"]
    text = ("School closure row\n\nLocal Member of the Senedd Elin Morgan MS, who attended the meeting, said: "
            f"{Q}This decision will not stand.{E}\n")
    assert speakers(text) == ["Elin Morgan"]


def test_the_zambian_ba_is_a_style_before_a_full_name_only(speakers):
    text = ("Traders protest levy\n\nA charcoal seller at Chisokone market, Ba Loveness Mwila, 41, said: "
            f"{Q}We cannot pay twice.{E} The mother of three said the council had {Q}forgotten us{E}.\n")
    assert speakers(text) == ["Loveness Mwila", "Loveness Mwila"]


def test_a_member_of_parliament_written_out_is_the_lawmaker_of_the_place_before_it(speakers):
    text = ("Minister grilled over clinic\n\nAnswering Kasama Member of Parliament Hon. Chanda Mulenga, the minister said "
            f"the contractor had been paid.\n\nBut Mr Mulenga said the people had heard {Q}the same song for years{E}.\n\n"
            f"{Q}When will the clinic open?{E} asked the Kasama lawmaker.\n")
    assert speakers(text) == ["Chanda Mulenga", "Chanda Mulenga"]


def test_a_minister_for_planning_is_no_mp_by_initials(speakers):
    text = ("Budget row\n\nThe request was tabled by State Minister for Planning Mr Amos Kato.\n\n"
            f"The Leader of the Opposition, Mr Joel Mpuuga, said the ministries had sent money back. {Q}It is an insult,"
            f"{E} he said.\n\nThe Kawempe North MP added: {Q}Who is supervising these officers?{E}\n")
    assert "Amos Kato" not in speakers(text)


def test_a_festivals_headliner_is_what_she_does_not_her_name(speakers):
    text = f"Festival returns\n\nHeadliner Kasey Moran said the crowd was {Q}the best in the country{E}.\n"
    assert speakers(text) == ["Kasey Moran"]


def test_a_manx_deemster_is_a_title_and_a_jersey_connetable_the_constable(speakers):
    court = ("Man jailed\n\nDeemster Andrew Quine jailed Ryan Kissack for two years at Douglas Courthouse on Monday.\n\n"
             f"{Q}You terrified him,{E} Deemster Quine said. {Q}He will not forget it,{E} he added.\n")
    assert speakers(court) == ["Andrew Quine", "Andrew Quine"]
    parish = ("Parking plan\n\nThe Connétable of St Ouen, Philip Renouf, said the parish could not afford the scheme.\n\n"
              f"{Q}We have looked at every option,{E} the Constable said.\n")
    assert speakers(parish) == ["Philip Renouf"]


def test_a_senate_president_pro_tempore_is_a_title_before_the_name(speakers):
    text = ("Budget talks\n\nSenate President Pro Tempore Diane Marchetti said the vote would be held Friday.\n\n"
            f"{Q}We are not leaving until it is done,{E} Marchetti said.\n")
    assert speakers(text) == ["Diane Marchetti"]
