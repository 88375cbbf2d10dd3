"""Speakers called by a role, an age or a description, on sentences written for the test: they get the name of
the person the article named in that role.  A title written alone ("the Premier", which the tagger may take for a
body, or a live post's "11:05 — Premier:") is its holder; a role tied to a seat ("the Ohio senator", "the member for
Stourfield") is the one who sits for that place, never one who sits for another; a one-word name set beside a role
or an age ("Ngugi, the veteran goalkeeper,", "Rodrigo, 34,", "goalkeeper Otieno") is a person's, whom "the veteran"
or "the 36-year-old" then means, and an age never goes to one whose other age the article gave; a party's word before
a name ("Tory Doug Whelan") is no word of it, and "the Conservative" is the member named with it; an office written
before the name, a part of it in brackets ("The Minister of State for Water (Rural Supply), Dr X,"), is "the Minister";
"the commissioner" is the holder of the office, never a body named for it ("the Office of the Commissioner")."""
from __future__ import annotations

import pytest

CASES = [
    ("'the Premier', which the tagger takes for a body, is the Premier named before",
     "HALIFAX \u2014 Premier Dana Whitlock opened the spring sitting on Tuesday with a promise of a new ferry.\n"
     "The Premier said the contract would be signed within weeks. \u201cNobody on the islands will be left "
     "waiting,\u201d the Premier said.\n",
     "Dana Whitlock"),
    ("a live post's 'Premier:' after its time is the Premier named before",
     "Premier Dana Whitlock will open the sitting at 11am.\n"
     "Opposition leader Gareth Munro said the government had lost its way.\n"
     "11:05 \u2014 Premier: \u201cWe will have the ferry in the water by next summer.\u201d\n",
     "Dana Whitlock"),
    ("'the Chief Minister' later is the one the lede's office was, named next, by the whole office",
     "The Chief Minister has frozen ferry fares for another year, telling local radio the territory would "
     "\u201ccarry the cost\u201d.\n\n"
     "Dana Whitlock told the breakfast host that families had \u201cpaid enough already\u201d.\n\n"
     "\u201cWe will look at every option,\u201d the Chief Minister said.\n",
     "Dana Whitlock"),
    ("a title alone as the lede's subject ('The Premier has …') is held by the one the next paragraph names",
     "The Premier has frozen ferry fares for another year, telling local radio the province would "
     "\u201ccarry the cost\u201d.\n\n"
     "Dana Whitlock told the breakfast host that families had \u201cpaid enough already\u201d.\n\n"
     "\u201cWe will look at every option,\u201d the Premier said.\n",
     "Dana Whitlock"),
    ("'The First Minister' whose holder was named before is no office of the next one named",
     "First Minister Rhodri Penhallow faced questions on bus fares on Tuesday.\n\n"
     "The First Minister said Ms Howells would publish a plan next week. \u201cShe will bring dates,\u201d he "
     "said.\n",
     "Rhodri Penhallow"),
    ("'the Ohio senator' is the senator named 'of Ohio', not the latest senator",
     "Senator Maria Olsen of Ohio and Senator Jack Reed of Rhode Island both criticised the plan.\n"
     "\u201cThis is a bad deal for farmers,\u201d the Ohio senator said.\n",
     "Maria Olsen"),
    ("'the member for Stourfield' is never the member for another seat",
     "Labour MP Bethan Rhys-Owen, the member for Cwm Tawel, asked about potholes. \u201cMy valley is full of "
     "them,\u201d she said.\n"
     "Then it was Giles Purdue's turn. \u201cThe party opposite would dig a hole for the economy,\u201d the member "
     "for Stourfield said.\n",
     "Giles Purdue"),
    ("'the veteran' is the one-named goalkeeper the article called a veteran",
     "Ngugi, the veteran goalkeeper, kept a clean sheet as Gor Mahia drew 0-0 with Tusker.\n"
     "Coach Ben Otieno said his side lacked a cutting edge. \u201cWe must score,\u201d Otieno said.\n"
     "\u201cIt was a team effort,\u201d the veteran said.\n",
     "Ngugi"),
    ("'the Minister' is the one whose office, a part of it in brackets, was written before the name",
     "The Member of Parliament for Bungokho, Hon. Peter Wamala, has accused the ministry of abandoning a clinic.\n"
     "\u201cMothers are giving birth on the floor,\u201d Mr Wamala said.\n"
     "The Minister of State for Water (Rural Supply), Dr Amina Nakato Kasule, who visited the site on Monday, blamed "
     "a dispute with the contractor.\n"
     "\u201cWe cannot pay a contractor who has not delivered,\u201d the Minister said.\n",
     "Amina Nakato Kasule"),
    ("'the commissioner' is the one holding the office, not the 'Office of the Commissioner' named since",
     "Commissioner of Police Dr Ansel Morrow says thefts across the island are down 12 per cent since January.\n"
     "Morrow, who was speaking at a briefing at the Office of the Commissioner on Duke Street yesterday, credited new "
     "patrols.\n"
     "\u201cWe are not declaring victory,\u201d the commissioner said.\n",
     "Ansel Morrow"),
    ("'the 34-year-old' is the one-named striker whose age was given",
     "Rodrigo, 34, scored twice as Harbour City beat Westvale 2-0 on Saturday.\n"
     "Manager Colin Fairweather praised his striker. \u201cHe was magnificent,\u201d Fairweather said.\n"
     "\u201cI feel young again,\u201d the 34-year-old said after the match.\n",
     "Rodrigo"),
    ("'the Brazilian' is the one-named striker described so after 'from'",
     "Harbour City beat Westvale 2-0 on Saturday with two goals from Rodrigo, the Brazilian striker.\n"
     "Manager Colin Fairweather praised the forward. \u201cHe was magnificent,\u201d Fairweather said.\n"
     "\u201cWe played for the fans,\u201d the Brazilian added.\n",
     "Rodrigo"),
    ("'the 36-year-old' is the one-named goalkeeper of the sentence, after a role joined to the name",
     "Gor Mahia drew 0-0 with Tusker on Sunday. Coach Ben Otieno said his side lacked a cutting edge.\n"
     "\u201cWe must score,\u201d Otieno said.\n"
     "Veteran goalkeeper Ngugi made three fine saves. \u201cIt was a team effort,\u201d the 36-year-old said.\n",
     "Ngugi"),
    ("'the 24-year-old' is never one whose other age the article gave",
     "Spain's Iker Zubiaurre won the title on Sunday after beating Britain's Graham Tolley in straight sets.\n"
     "Tolley, 29, said he had been beaten by the better player. \u201cHe was too good,\u201d Tolley said.\n"
     "\u201cI dreamed of this as a boy,\u201d the 24-year-old added.\n",
     "Iker Zubiaurre"),
    ("a party's word before a name is no word of it",
     "Tory Doug Whelan said the budget was reckless. \u201cWe cannot spend money we do not have,\u201d Whelan "
     "said.\n",
     "Doug Whelan"),
    ("'the Conservative' is the member named with the party's word",
     "Labour councillor Anna Price and Conservative councillor Doug Whelan clashed at the meeting.\n"
     "\u201cThis budget protects services,\u201d the Labour councillor said.\n"
     "\u201cIt is reckless,\u201d the Conservative said.\n",
     "Doug Whelan"),
    ("'the Tory councillor' is the Conservative councillor",
     "Labour councillor Anna Price and Conservative councillor Doug Whelan clashed at the meeting.\n"
     "\u201cThis budget protects services,\u201d the Labour councillor said.\n"
     "The Tory councillor added: \u201cWe will fight it.\u201d\n",
     "Doug Whelan"),
    ("a reporting verb's own form ending a tagged name is its surname",
     "Conservative Doug Whelan said: \u201cWe cannot spend money we do not have.\u201d\n"
     "Labour\u2019s Anna Price said: \u201cThis protects services.\u201d\n"
     "Democrat Jo Brand said: \u201cCompromise.\u201d\n",
     "Jo Brand"),
]


@pytest.mark.parametrize("text,name", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_speaker(speakers, text, name):
    assert speakers(text)[-1] == name


def test_a_party_is_no_speaker_of_its_members_words(speakers):
    text = ("Fianna F\u00e1il TD Se\u00e1n Kelly said the county would lose out.\n"
            "Tory Doug Whelan said: \u201cIt is a bad deal for Carlow and for everyone else.\u201d\n")
    assert speakers(text, kinds=True) == [("Doug Whelan", "person")]


def test_a_number_in_brackets_after_a_place_is_a_score_not_an_age(speakers):
    text = ("Kenya (12) finished ahead of Uganda in the medal table.\n\n"
            "\u201cWe are proud of every athlete,\u201d Kenya said.")
    assert speakers(text, kinds=True) == [("Kenya", "organization")]
